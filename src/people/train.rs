//! Trains the person tagger: an averaged structured perceptron over the
//! hashed features of `features.rs`, then quantised to i8 and pruned.
//! Deterministic: fixed sentence order (a seeded shuffle), sorted tables,
//! no hash-map iteration reaches the output.

use super::evidence;
use super::features::{extract, NONE, STRIDE};
use super::model::{encode, encode_weight, viterbi, CLASSES};
use crate::eval::conll::Doc;
use crate::tokens::tokenize;
use std::collections::HashMap;

/// Span types that are persons: CoNLL's PER, CrossNER's person and
/// politician.
pub const PERSON_TYPES: &[&str] = &["PER", "PERSON", "POLITICIAN"];

/// Tunables.
pub const EPOCHS: usize = 12;
/// Features seen fewer times are dropped before training (size, noise).
pub const MIN_COUNT: u32 = 3;
pub const SEED: u64 = 0x5eed_f1a6;
/// Weights are scaled so this quantile of |w| maps to 127 (larger clip).
pub const QUANTILE: f64 = 1.0;

/// The gold tag of each token, from spans on the document text.
pub fn gold_tags(doc: &Doc, person_types: &[&str]) -> (Vec<crate::tokens::Token>, Vec<u8>) {
    let chars: Vec<char> = doc.text.chars().collect();
    let tokens = tokenize(&chars);
    let mut tags = vec![0u8; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if let Some((s, _, kind)) = doc
            .spans
            .iter()
            .find(|(s, e, _)| t.start >= *s && t.start < *e)
        {
            let per = person_types.contains(&kind.as_str());
            let begin = t.start == *s;
            tags[i] = match (per, begin) {
                (true, true) => 1,
                (true, false) => 2,
                (false, true) => 3,
                (false, false) => 4,
            };
        }
    }
    (tokens, tags)
}

struct Sent {
    feats: Vec<Vec<u32>>,
    gold: Vec<u8>,
}

/// One training document: its gold tags, and each token's local features
/// (raw hashes) by sentence.
struct Prepared {
    tokens: Vec<crate::tokens::Token>,
    gold: Vec<u8>,
    flat: Vec<u32>,
    sents: Vec<std::ops::Range<usize>>,
}

fn prepare(doc: &Doc, person_types: &[&str]) -> Prepared {
    let (tokens, gold) = gold_tags(doc, person_types);
    let (flat, sents) = extract(&tokens);
    Prepared {
        tokens,
        gold,
        flat,
        sents,
    }
}

fn hashes(flat: &[u32], i: usize) -> impl Iterator<Item = u32> + '_ {
    flat[i * STRIDE..(i + 1) * STRIDE]
        .iter()
        .copied()
        .take_while(|&f| f != NONE)
}

/// Sorted feature hashes seen at least MIN_COUNT times in `flats`.
fn kept_keys<'a>(flats: impl Iterator<Item = &'a [u32]>) -> Vec<u32> {
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for flat in flats {
        for row in flat.chunks(STRIDE) {
            for &f in row.iter().take_while(|&&f| f != NONE) {
                *counts.entry(f).or_default() += 1;
            }
        }
    }
    let mut keys: Vec<u32> = counts
        .iter()
        .filter(|(_, &c)| c >= MIN_COUNT)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_unstable();
    keys
}

/// The sentences of `flat` as rows of feature indices into `index`.
fn sentences_of(
    flat: &[u32],
    gold: &[u8],
    sents: &[std::ops::Range<usize>],
    index: &HashMap<u32, u32>,
) -> Vec<Sent> {
    sents
        .iter()
        .map(|s| Sent {
            feats: s
                .clone()
                .map(|i| {
                    hashes(flat, i)
                        .filter_map(|f| index.get(&f).copied())
                        .collect()
                })
                .collect(),
            gold: gold[s.clone()].to_vec(),
        })
        .collect()
}

struct Weights {
    w: Vec<f32>,
    /// Sum of t * update, for the averaging trick (avg = w - acc / t).
    acc: Vec<f64>,
}

impl Weights {
    fn new(n: usize) -> Self {
        Weights {
            w: vec![0.0; n],
            acc: vec![0.0; n],
        }
    }
    fn add(&mut self, k: usize, d: f32, t: f64) {
        self.w[k] += d;
        self.acc[k] += t * d as f64;
    }
    fn averaged(&self, t: f64) -> Vec<f64> {
        self.w
            .iter()
            .zip(&self.acc)
            .map(|(&w, &a)| w as f64 - a / t)
            .collect()
    }
}

fn emissions(w: &[f32], feats: &[Vec<u32>]) -> Vec<[f32; CLASSES]> {
    feats
        .iter()
        .map(|fs| {
            let mut s = [0.0f32; CLASSES];
            for &f in fs {
                let r = f as usize * CLASSES;
                for (c, v) in s.iter_mut().enumerate() {
                    *v += w[r + c];
                }
            }
            s
        })
        .collect()
}

/// The averaged perceptron over `sents` (features index rows of
/// `features`): emission and transition weights.
fn perceptron(sents: &[Sent], features: usize, epochs: usize) -> (Vec<f64>, Vec<f64>) {
    let mut em = Weights::new(features * CLASSES);
    let mut tr = Weights::new((CLASSES + 1) * CLASSES);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = SEED;
    let mut t = 1.0f64;
    for _ in 0..epochs {
        // Fisher-Yates with a fixed LCG: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (rng >> 33) as usize % (i + 1));
        }
        for &k in &order {
            let s = &sents[k];
            let pred = viterbi(&emissions(&em.w, &s.feats), &tr.w);
            if pred != s.gold {
                for i in 0..pred.len() {
                    let (g, p) = (s.gold[i] as usize, pred[i] as usize);
                    if g != p {
                        for &f in &s.feats[i] {
                            em.add(f as usize * CLASSES + g, 1.0, t);
                            em.add(f as usize * CLASSES + p, -1.0, t);
                        }
                    }
                    let gp = if i == 0 {
                        0
                    } else {
                        s.gold[i - 1] as usize + 1
                    };
                    let pp = if i == 0 { 0 } else { pred[i - 1] as usize + 1 };
                    if (gp, g) != (pp, p) {
                        tr.add(gp * CLASSES + g, 1.0, t);
                        tr.add(pp * CLASSES + p, -1.0, t);
                    }
                }
            }
            t += 1.0;
        }
    }
    (em.averaged(t), tr.averaged(t))
}

/// Folds for the first pass's out-of-fold tags.
pub const FOLDS: usize = 5;

/// First-pass tags of every document from a model trained without it (K
/// folds by document number), so the second pass learns from evidence as
/// unreliable as it will be on unseen text.
fn out_of_fold_tags(docs: &[Prepared], index: &HashMap<u32, u32>, epochs: usize) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = docs.iter().map(|d| vec![0; d.tokens.len()]).collect();
    for fold in 0..FOLDS {
        let train: Vec<Sent> = docs
            .iter()
            .enumerate()
            .filter(|(k, _)| k % FOLDS != fold)
            .flat_map(|(_, d)| sentences_of(&d.flat, &d.gold, &d.sents, index))
            .collect();
        let (em, tr) = perceptron(&train, index.len(), epochs);
        let em: Vec<f32> = em.iter().map(|&w| w as f32).collect();
        let tr: Vec<f32> = tr.iter().map(|&w| w as f32).collect();
        for (k, d) in docs.iter().enumerate().filter(|(k, _)| k % FOLDS == fold) {
            for s in sentences_of(&d.flat, &d.gold, &d.sents, index)
                .iter()
                .zip(&d.sents)
            {
                let tags = viterbi(&emissions(&em, &s.0.feats), &tr);
                out[k][s.1.clone()].copy_from_slice(&tags);
            }
        }
    }
    out
}

/// Trains on `docs` (span types in `person_types` are persons, all other
/// types are "other entity") and returns the encoded model. The one model
/// serves both passes: every sentence is learnt once with local features
/// only (the first pass) and once more with the document evidence from
/// out-of-fold first-pass tags where it has any (the second).
pub fn train(docs: &[Doc], person_types: &[&str], epochs: usize) -> Vec<u8> {
    let docs: Vec<Prepared> = docs.iter().map(|d| prepare(d, person_types)).collect();
    let local_keys = kept_keys(docs.iter().map(|d| d.flat.as_slice()));
    let local_index = index_of(&local_keys);
    let first = out_of_fold_tags(&docs, &local_index, epochs);
    // The second-pass view of each document, and which sentences it changes.
    let mut second: Vec<(Vec<u32>, Vec<bool>)> = Vec::new();
    for (d, tags) in docs.iter().zip(&first) {
        let mut flat = d.flat.clone();
        let mut changed = vec![false; d.tokens.len()];
        for (i, ev) in evidence::features(&d.tokens, tags).iter().enumerate() {
            if let Some(ev) = ev {
                evidence::add(&mut flat, i, ev);
                changed[i] = true;
            }
        }
        second.push((flat, changed));
    }
    let keys = kept_keys(
        docs.iter()
            .map(|d| d.flat.as_slice())
            .chain(second.iter().map(|s| s.0.as_slice())),
    );
    let index = index_of(&keys);
    let mut sents = Vec::new();
    for (d, (flat, changed)) in docs.iter().zip(&second) {
        sents.extend(sentences_of(&d.flat, &d.gold, &d.sents, &index));
        let again: Vec<std::ops::Range<usize>> = d
            .sents
            .iter()
            .filter(|s| changed[(*s).clone()].contains(&true))
            .cloned()
            .collect();
        sents.extend(sentences_of(flat, &d.gold, &again, &index));
    }
    let (em, tr) = perceptron(&sents, keys.len(), epochs);
    quantise(&keys, &em, &tr)
}

fn index_of(keys: &[u32]) -> HashMap<u32, u32> {
    keys.iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect()
}

fn quantise(keys: &[u32], em: &[f64], tr: &[f64]) -> Vec<u8> {
    let mut mags: Vec<f64> = em.iter().map(|w| w.abs()).filter(|w| *w > 0.0).collect();
    mags.sort_by(f64::total_cmp);
    let top = mags
        .get(((mags.len() as f64 * QUANTILE) as usize).min(mags.len().saturating_sub(1)))
        .copied()
        .unwrap_or(1.0)
        .max(1e-9);
    let q8 = |w: f64| encode_weight((w / top).clamp(-1.0, 1.0));
    let trans: Vec<f32> = tr.iter().map(|&w| (w / top) as f32).collect();
    let rows: Vec<(u32, [i8; CLASSES])> = keys
        .iter()
        .enumerate()
        .map(|(r, &k)| {
            let mut q = [0i8; CLASSES];
            for (c, v) in q.iter_mut().enumerate() {
                *v = q8(em[r * CLASSES + c]);
            }
            (k, q)
        })
        .filter(|(_, q)| q.iter().any(|&v| v != 0))
        .collect();
    encode(&trans, &rows)
}
