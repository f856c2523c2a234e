//! Scorers for the public benchmarks (used by `factlight eval` and the
//! test suite's regression floors).

pub mod extraction;
pub mod figures;
#[cfg(feature = "html")]
pub mod run;
