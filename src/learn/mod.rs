//! Small learned models the clutter decisions use: boosted decision trees
//! over plain feature vectors. Inference is here for every build; training
//! (`boost`) only with the `train` feature, for `factlight train clutter`.

#[cfg(feature = "train")]
pub mod boost;
pub mod forest;
