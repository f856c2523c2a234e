//! Maps and sets keyed by values that are already hashes (FNV-1a of a
//! string, of a template): the default SipHash would hash them again, and
//! showed as a tenth of the analysis time in a profile.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Passes a u64 key through unchanged.
#[derive(Default, Clone, Copy)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are used; anything else is folded in, FNV-style.
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub type U64Map<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;
pub type U64Set = HashSet<u64, BuildHasherDefault<PassThrough>>;

/// FNV-1a over bytes, continuing from `h` (start with `FNV_START`).
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

pub fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}
