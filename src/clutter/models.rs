//! The shipped clutter models, embedded in the binary (no file system in
//! wasm) and read once. A model file is the decision threshold (f32, little
//! endian), the number of stages (u16), and per stage its length in bytes
//! (u32) and a `learn::forest::Forest`; a later stage reads the earlier
//! stages' features and outputs too. Regenerate both with
//! `factlight train clutter` (README "Clutter detection").

use crate::learn::forest::Forest;
use std::sync::OnceLock;

pub struct Model {
    pub stages: Vec<Forest>,
    /// A probability at or above this is a yes.
    pub threshold: f32,
}

impl Model {
    /// `features[k]`: what stage k must be given.
    pub fn from_bytes(bytes: &[u8], features: &[usize]) -> Result<Model, String> {
        let short = || "model file is cut short".to_string();
        let threshold = f32::from_le_bytes(bytes.get(..4).ok_or_else(short)?.try_into().unwrap());
        let count = u16::from_le_bytes(bytes.get(4..6).ok_or_else(short)?.try_into().unwrap());
        let mut at = 6;
        let mut stages = Vec::new();
        for _ in 0..count {
            let len =
                u32::from_le_bytes(bytes.get(at..at + 4).ok_or_else(short)?.try_into().unwrap());
            at += 4;
            let end = at
                .checked_add(len as usize)
                .filter(|&e| e <= bytes.len())
                .ok_or_else(short)?;
            stages.push(Forest::from_bytes(&bytes[at..end])?);
            at = end;
        }
        if at != bytes.len() {
            return Err("trailing bytes after the last stage".into());
        }
        let got: Vec<usize> = stages.iter().map(|f| f.features).collect();
        if got != features {
            return Err(format!(
                "model stages expect {got:?} features, the code computes {features:?}"
            ));
        }
        Ok(Model { stages, threshold })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.threshold.to_le_bytes().to_vec();
        out.extend((self.stages.len() as u16).to_le_bytes());
        for f in &self.stages {
            let b = f.to_bytes();
            out.extend((b.len() as u32).to_le_bytes());
            out.extend(b);
        }
        out
    }
}

/// Features of the block model's two stages: the unit's own, then those
/// and the first stage's view of its surroundings.
pub const BLOCK_STAGES: [usize; 2] = [
    super::block_features::COUNT,
    super::block_features::COUNT + super::block_context::COUNT,
];

/// Which text units are the page's main content.
pub static BLOCK_MODEL_BYTES: &[u8] = include_bytes!("block.model");

pub fn blocks() -> Result<&'static Model, &'static str> {
    static MODEL: OnceLock<Result<Model, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_bytes(BLOCK_MODEL_BYTES, &BLOCK_STAGES))
        .as_ref()
        .map_err(String::as_str)
}

/// Features of the page gate's one stage.
pub const GATE_STAGES: [usize; 1] = [super::page_features::COUNT];

/// Whether a page is an article at all (the page gate).
pub static GATE_MODEL_BYTES: &[u8] = include_bytes!("gate.model");

pub fn gate() -> Result<&'static Model, &'static str> {
    static MODEL: OnceLock<Result<Model, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_bytes(GATE_MODEL_BYTES, &GATE_STAGES))
        .as_ref()
        .map_err(String::as_str)
}
