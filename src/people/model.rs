//! The person tagger's weights: a compact binary format (defined here),
//! its loader, and first-order Viterbi decoding. A bad model is an error
//! value, never a panic.
//!
//! Layout (little-endian): b"FLPM", format u8, feature version u16,
//! classes u8, (classes + 1) x classes f32 transitions (row 0 = sentence
//! start), feature count u32, sorted feature hashes as varint deltas, then
//! count x classes i8 weight codes, and an FNV-1a checksum u32 of all
//! before it. A code q stands for sign(q) * (q / 127)^2: the square law
//! keeps the many small averaged weights distinct in one byte. Transitions
//! are in the same units.

use super::features::{FEATURE_VERSION, NONE, STRIDE};
use std::fmt;

pub const MAGIC: &[u8; 4] = b"FLPM";
pub const FORMAT: u8 = 1;
/// O, B-PER, I-PER, B-other entity, I-other entity.
pub const CLASSES: usize = 5;
pub const O: u8 = 0;
pub const B_PER: u8 = 1;
pub const I_PER: u8 = 2;

#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    Truncated,
    BadMagic,
    Version { format: u8, features: u16 },
    Classes(u8),
    Checksum,
    Unsorted,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::Truncated => write!(f, "person model is truncated"),
            Self::BadMagic => write!(f, "not a person model (bad magic)"),
            Self::Version { format, features } => write!(
                f,
                "person model format {format}/features {features}, expected {FORMAT}/{FEATURE_VERSION}: retrain it"
            ),
            Self::Classes(n) => write!(f, "person model has {n} classes, expected {CLASSES}"),
            Self::Checksum => write!(f, "person model checksum mismatch (corrupt file)"),
            Self::Unsorted => write!(f, "person model feature table is not sorted"),
        }
    }
}

pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

pub struct Model {
    /// Open-addressing table of hashes (0 = empty: features never hash to
    /// 0, see `features::NONE`), probed alone so misses touch 4 bytes, and
    /// each slot's row.
    keys: Vec<u32>,
    rows: Vec<u32>,
    mask: usize,
    /// Weight codes (i8), decoded through `lut`: four times smaller in cache.
    weights: Vec<i8>,
    lut: [f32; 256],
    trans: Vec<f32>,
    /// `trans` with the start row replaced by the row after O.
    trans_after_o: Vec<f32>,
    pub features: usize,
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError::Truncated)?;
        let s = self.b.get(self.at..end).ok_or(ModelError::Truncated)?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| ModelError::Unsorted);
            }
        }
        Err(ModelError::Truncated)
    }
}

impl Model {
    pub fn load(b: &[u8]) -> Result<Model, ModelError> {
        if b.len() < 4 {
            return Err(ModelError::Truncated);
        }
        if &b[..4] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let (body, sum) = b.split_at(b.len() - 4);
        let mut r = Reader { b: body, at: 4 };
        let format = r.u8()?;
        let fv = r.take(2)?;
        let features = u16::from_le_bytes([fv[0], fv[1]]);
        if format != FORMAT || features != FEATURE_VERSION {
            return Err(ModelError::Version { format, features });
        }
        let classes = r.u8()?;
        if classes as usize != CLASSES {
            return Err(ModelError::Classes(classes));
        }
        if checksum(body).to_le_bytes() != sum {
            return Err(ModelError::Checksum);
        }
        let trans: Vec<f32> = r
            .take((CLASSES + 1) * CLASSES * 4)?
            .chunks(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let n =
            u32::from_le_bytes(r.take(4)?.try_into().map_err(|_| ModelError::Truncated)?) as usize;
        // Each feature needs at least one key byte and its weights.
        if n > body.len() {
            return Err(ModelError::Truncated);
        }
        // Load at most 1/2: most lookups miss and should stop at once.
        let size = (n * 2).next_power_of_two().max(16);
        let mut keys = vec![NONE; size];
        let mut rows = vec![0u32; size];
        let mask = size - 1;
        let mut key: u32 = 0;
        for row in 0..n {
            let d = r.varint()?;
            if row > 0 && d == 0 {
                return Err(ModelError::Unsorted);
            }
            key = key.checked_add(d).ok_or(ModelError::Unsorted)?;
            let mut slot = slot_of(key, mask);
            if key == NONE {
                return Err(ModelError::Unsorted);
            }
            while keys[slot] != NONE {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            rows[slot] = row as u32;
        }
        let weights = r.take(n * CLASSES)?.iter().map(|&w| w as i8).collect();
        let mut lut = [0f32; 256];
        for (b, v) in lut.iter_mut().enumerate() {
            *v = decode_weight(b as u8 as i8);
        }
        if r.at != body.len() {
            return Err(ModelError::Truncated);
        }
        let mut trans_after_o = trans.clone();
        let after_o_row = (O as usize + 1) * CLASSES;
        trans_after_o.copy_within(after_o_row..after_o_row + CLASSES, 0);
        Ok(Model {
            keys,
            rows,
            mask,
            weights,
            lut,
            trans,
            trans_after_o,
            features: n,
        })
    }

    fn row(&self, key: u32) -> Option<usize> {
        let mut slot = slot_of(key, self.mask);
        loop {
            let k = self.keys[slot];
            if k == key {
                return Some(self.rows[slot] as usize);
            }
            if k == NONE {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Best tag sequence for a sentence given each token's features.
    /// `feats` holds STRIDE slots per token (see `features::extract`).
    pub fn tag(&self, feats: &[u32]) -> Vec<u8> {
        viterbi(&self.emissions(feats), &self.trans)
    }

    /// Tags and, per token, how much better the best path is than the best
    /// path that tags this token otherwise (a confidence, in weight units;
    /// +inf throughout a sentence without a person).
    pub fn tag_with_margins(&self, feats: &[u32]) -> (Vec<u8>, Vec<f32>) {
        self.tag_window(feats, false)
    }

    /// `tag_with_margins` for a window of a sentence; `after_o`: the window
    /// follows a token already settled as O, not the sentence start.
    pub fn tag_window(&self, feats: &[u32], after_o: bool) -> (Vec<u8>, Vec<f32>) {
        let trans = if after_o {
            &self.trans_after_o
        } else {
            &self.trans
        };
        let em = self.emissions(feats);
        let tags = viterbi(&em, trans);
        // Most sentences name nobody: skip the second pass there.
        if !tags.contains(&B_PER) {
            let n = tags.len();
            return (tags, vec![f32::INFINITY; n]);
        }
        let mm = max_marginals(&em, trans);
        let margins = tags
            .iter()
            .zip(&mm)
            .map(|(&y, m)| {
                let other = (0..CLASSES)
                    .filter(|&c| c != y as usize)
                    .map(|c| m[c])
                    .fold(f32::NEG_INFINITY, f32::max);
                m[y as usize] - other
            })
            .collect();
        (tags, margins)
    }

    fn emissions(&self, feats: &[u32]) -> Vec<[f32; CLASSES]> {
        feats
            .chunks(STRIDE)
            .map(|fs| {
                let mut s = [0f32; CLASSES];
                for &f in fs.iter().take_while(|&&f| f != NONE) {
                    if let Some(r) = self.row(f) {
                        // A fixed-size row: no bounds check per weight.
                        let row: &[i8; CLASSES] = self.weights[r * CLASSES..(r + 1) * CLASSES]
                            .try_into()
                            .expect("row has CLASSES weights");
                        for c in 0..CLASSES {
                            s[c] += self.lut[row[c] as u8 as usize];
                        }
                    }
                }
                s
            })
            .collect()
    }
}

pub fn decode_weight(q: i8) -> f32 {
    let x = q as f32 / 127.0;
    x * x.abs()
}

/// The nearest code for `w` (in units where the largest kept weight is 1).
pub fn encode_weight(w: f64) -> i8 {
    let x = (w.abs().sqrt() * 127.0).round().min(127.0);
    (x * w.signum()) as i8
}

fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b1) >> 7) as usize & mask
}

/// Whether tag `cur` may follow `prev` (None = sentence start) in BIO.
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    match cur {
        2 => matches!(prev, Some(1 | 2)),
        4 => matches!(prev, Some(3 | 4)),
        _ => true,
    }
}

/// Transitions with the BIO constraints folded in (-inf where forbidden);
/// row 0 is the sentence start.
fn constrained(trans: &[f32]) -> [[f32; CLASSES]; CLASSES + 1] {
    let mut t = [[f32::NEG_INFINITY; CLASSES]; CLASSES + 1];
    for (p, row) in t.iter_mut().enumerate() {
        for (c, v) in row.iter_mut().enumerate() {
            let prev = p.checked_sub(1).map(|x| x as u8);
            if allowed(prev, c as u8) {
                *v = trans[p * CLASSES + c];
            }
        }
    }
    t
}

/// Max-marginals: for each token and tag, the score of the best whole path
/// through that tag (forward plus backward Viterbi scores).
pub fn max_marginals(em: &[[f32; CLASSES]], trans: &[f32]) -> Vec<[f32; CLASSES]> {
    let n = em.len();
    let t = constrained(trans);
    let mut fwd = vec![[f32::NEG_INFINITY; CLASSES]; n];
    let mut bwd = vec![[0f32; CLASSES]; n];
    for i in 0..n {
        for c in 0..CLASSES {
            let best = if i == 0 {
                t[0][c]
            } else {
                (0..CLASSES)
                    .map(|p| fwd[i - 1][p] + t[p + 1][c])
                    .fold(f32::NEG_INFINITY, f32::max)
            };
            fwd[i][c] = best + em[i][c];
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        for p in 0..CLASSES {
            bwd[i][p] = (0..CLASSES)
                .map(|c| t[p + 1][c] + em[i + 1][c] + bwd[i + 1][c])
                .fold(f32::NEG_INFINITY, f32::max);
        }
    }
    fwd.iter()
        .zip(&bwd)
        .map(|(f, b)| std::array::from_fn(|c| f[c] + b[c]))
        .collect()
}

/// First-order Viterbi under BIO constraints; `trans` is (CLASSES + 1) x
/// CLASSES with row 0 for the sentence start.
pub fn viterbi(em: &[[f32; CLASSES]], trans: &[f32]) -> Vec<u8> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let t = constrained(trans);
    let mut score = vec![[f32::NEG_INFINITY; CLASSES]; n];
    let mut back = vec![[0u8; CLASSES]; n];
    for c in 0..CLASSES {
        score[0][c] = t[0][c] + em[0][c];
    }
    for i in 1..n {
        for c in 0..CLASSES {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..CLASSES {
                let s = score[i - 1][p] + t[p + 1][c];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            score[i][c] = best + em[i][c];
            back[i][c] = arg;
        }
    }
    let mut last = 0u8;
    for c in 1..CLASSES {
        if score[n - 1][c] > score[n - 1][last as usize] {
            last = c as u8;
        }
    }
    let mut out = vec![0u8; n];
    out[n - 1] = last;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
    out
}

/// Serialises quantised weights: `rows` sorted by hash, each with CLASSES
/// weights.
pub fn encode(trans: &[f32], rows: &[(u32, [i8; CLASSES])]) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(MAGIC);
    b.push(FORMAT);
    b.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    b.push(CLASSES as u8);
    for t in trans {
        b.extend_from_slice(&t.to_le_bytes());
    }
    b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut prev = 0u32;
    for (k, _) in rows {
        let mut d = k - prev;
        prev = *k;
        loop {
            let byte = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                b.push(byte);
                break;
            }
            b.push(byte | 0x80);
        }
    }
    for (_, w) in rows {
        b.extend(w.iter().map(|&x| x as u8));
    }
    let sum = checksum(&b);
    b.extend_from_slice(&sum.to_le_bytes());
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Vec<u8> {
        let trans = vec![0f32; (CLASSES + 1) * CLASSES];
        encode(&trans, &[(7, [0, 5, 0, 0, 0]), (300, [0, 0, 9, 0, 0])])
    }

    #[test]
    fn round_trip_and_decode() {
        let m = Model::load(&tiny()).unwrap();
        assert_eq!(m.features, 2);
        let slots = |fs: &[&[u32]]| -> Vec<u32> {
            fs.iter()
                .flat_map(|f| {
                    let mut v = f.to_vec();
                    v.resize(STRIDE, NONE);
                    v
                })
                .collect()
        };
        assert_eq!(m.tag(&slots(&[&[7], &[300, 99]])), vec![B_PER, I_PER]);
        // I-PER cannot start a sentence.
        assert_eq!(m.tag(&slots(&[&[300]])), vec![O]);
        // Margins: B-PER beats the runner-up by its weight (5/127)^2 * ... > 0.
        let (tags, margins) = m.tag_with_margins(&slots(&[&[7], &[300, 99]]));
        assert_eq!(tags, vec![B_PER, I_PER]);
        assert!(margins.iter().all(|&x| x > 0.0), "{margins:?}");
    }

    #[test]
    fn max_marginals_agree_with_viterbi() {
        let em = vec![
            [0.1, 0.9, 0.0, 0.3, 0.0],
            [0.2, 0.1, 0.8, 0.0, 0.4],
            [0.5, 0.3, 0.1, 0.2, 0.1],
        ];
        let trans: Vec<f32> = (0..(CLASSES + 1) * CLASSES)
            .map(|k| (k % 7) as f32 * 0.05)
            .collect();
        let path = viterbi(&em, &trans);
        let mm = max_marginals(&em, &trans);
        let t = constrained(&trans);
        let mut best = t[0][path[0] as usize] + em[0][path[0] as usize];
        for i in 1..path.len() {
            best += t[path[i - 1] as usize + 1][path[i] as usize] + em[i][path[i] as usize];
        }
        for (i, m) in mm.iter().enumerate() {
            // The path's own tag reaches the best score; no tag beats it.
            assert!((m[path[i] as usize] - best).abs() < 1e-5);
            assert!(m.iter().all(|&x| x <= best + 1e-5));
        }
    }

    #[test]
    fn weight_codes_round_trip() {
        for w in [-1.0, -0.25, 0.0, 0.0004, 0.3, 1.0] {
            let back = decode_weight(encode_weight(w)) as f64;
            assert!(
                (back - w).abs() <= 0.01 * w.abs().sqrt() + 1e-4,
                "{w} -> {back}"
            );
        }
    }

    #[test]
    fn bad_models_are_errors() {
        let good = tiny();
        assert_eq!(Model::load(&[]).err(), Some(ModelError::Truncated));
        assert_eq!(Model::load(b"XXXXXXXX").err(), Some(ModelError::BadMagic));
        let mut corrupt = good.clone();
        let k = corrupt.len() - 6;
        corrupt[k] ^= 1;
        assert_eq!(Model::load(&corrupt).err(), Some(ModelError::Checksum));
        let mut old = good.clone();
        old[4] = 0;
        assert!(matches!(
            Model::load(&old).err(),
            Some(ModelError::Version { .. })
        ));
        for cut in 0..good.len() {
            assert!(Model::load(&good[..cut]).is_err());
        }
    }
}
