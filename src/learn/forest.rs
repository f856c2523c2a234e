//! A forest of boosted regression trees: the sum of the trees' leaves plus a
//! base score is a log-odds. Stored in a small binary format (little
//! endian), so a model ships inside the wasm and loads without a parser:
//!
//! `"FLGB1"`, features u16, base f32, trees u16, then per tree nodes u16 and
//! per node feature u16, threshold f32, left u16, right u16. A node whose
//! feature is `LEAF` is a leaf and its threshold is its value.

/// Marks a leaf in `Node::feature`.
pub const LEAF: u16 = u16::MAX;
const MAGIC: &[u8] = b"FLGB1";

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node {
    pub feature: u16,
    /// `x[feature] <= threshold` goes left; a leaf's value.
    pub threshold: f32,
    pub left: u16,
    pub right: u16,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Forest {
    pub features: usize,
    pub base: f32,
    /// Each tree's nodes, the root first.
    pub trees: Vec<Vec<Node>>,
}

impl Forest {
    /// The log-odds for one feature vector (`x.len() == self.features`).
    pub fn score(&self, x: &[f32]) -> f32 {
        debug_assert_eq!(x.len(), self.features);
        let mut s = self.base;
        for tree in &self.trees {
            let mut k = 0usize;
            loop {
                let n = tree[k];
                if n.feature == LEAF {
                    s += n.threshold;
                    break;
                }
                k = if x[n.feature as usize] <= n.threshold {
                    n.left
                } else {
                    n.right
                } as usize;
            }
        }
        s
    }

    /// The probability for one feature vector.
    pub fn probability(&self, x: &[f32]) -> f32 {
        1.0 / (1.0 + (-self.score(x)).exp())
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.features as u16).to_le_bytes());
        out.extend(self.base.to_le_bytes());
        out.extend((self.trees.len() as u16).to_le_bytes());
        for tree in &self.trees {
            out.extend((tree.len() as u16).to_le_bytes());
            for n in tree {
                out.extend(n.feature.to_le_bytes());
                out.extend(n.threshold.to_le_bytes());
                out.extend(n.left.to_le_bytes());
                out.extend(n.right.to_le_bytes());
            }
        }
        out
    }

    /// Reads a model, checking every index so a damaged file is an error,
    /// never a panic or a loop.
    pub fn from_bytes(bytes: &[u8]) -> Result<Forest, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a forest model (bad magic)".into());
        }
        let features = r.u16()? as usize;
        let base = r.f32()?;
        let count = r.u16()?;
        let mut trees = Vec::with_capacity(count as usize);
        for t in 0..count {
            let n = r.u16()? as usize;
            let mut nodes = Vec::with_capacity(n);
            for _ in 0..n {
                nodes.push(Node {
                    feature: r.u16()?,
                    threshold: r.f32()?,
                    left: r.u16()?,
                    right: r.u16()?,
                });
            }
            for (k, node) in nodes.iter().enumerate() {
                let bad_split = node.feature != LEAF
                    && (node.feature as usize >= features
                        || node.left as usize <= k
                        || node.right as usize <= k
                        || node.left as usize >= n
                        || node.right as usize >= n);
                if bad_split {
                    return Err(format!("tree {t}: node {k} is malformed"));
                }
            }
            if nodes.is_empty() {
                return Err(format!("tree {t} is empty"));
            }
            trees.push(nodes);
        }
        if r.at != bytes.len() {
            return Err("trailing bytes after the last tree".into());
        }
        Ok(Forest {
            features,
            base,
            trees,
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("model file is cut short")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stump() -> Forest {
        Forest {
            features: 2,
            base: 0.5,
            trees: vec![vec![
                Node {
                    feature: 1,
                    threshold: 3.0,
                    left: 1,
                    right: 2,
                },
                Node {
                    feature: LEAF,
                    threshold: -1.0,
                    left: 0,
                    right: 0,
                },
                Node {
                    feature: LEAF,
                    threshold: 2.0,
                    left: 0,
                    right: 0,
                },
            ]],
        }
    }

    #[test]
    fn scores_follow_the_splits_and_survive_a_round_trip() {
        let f = stump();
        assert_eq!(f.score(&[0.0, 3.0]), -0.5);
        assert_eq!(f.score(&[0.0, 3.5]), 2.5);
        assert_eq!(Forest::from_bytes(&f.to_bytes()).unwrap(), f);
    }

    #[test]
    fn damaged_models_are_errors() {
        let bytes = stump().to_bytes();
        assert!(Forest::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Forest::from_bytes(b"nope").is_err());
        let mut looped = stump();
        looped.trees[0][0].left = 0;
        assert!(Forest::from_bytes(&looped.to_bytes()).is_err());
    }
}
