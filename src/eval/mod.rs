//! Scorers for the public benchmarks (used by `factlight eval` and the
//! test suite's regression floors).

pub mod body;
pub mod conll;
pub mod extraction;
pub mod figures;
pub mod figures_news;
pub mod kept;
pub mod people;
pub mod people_news;
pub mod people_sets;
#[cfg(feature = "html")]
pub mod run;
pub mod split;
