//! Trains a `Forest` by gradient boosting with log loss (second-order, as
//! XGBoost and LightGBM do) over features cut into at most `bins` bins.
//! Single-threaded and without randomness: the same data gives the same
//! bytes, which the retrain tests check.

use super::forest::{Forest, Node, LEAF};

#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub trees: usize,
    pub depth: usize,
    pub rate: f64,
    /// L2 penalty on leaf values.
    pub lambda: f64,
    /// Each side of a split needs at least this much hessian (weight).
    pub min_hessian: f64,
    pub bins: usize,
}

/// The training set: `x` holds `features` values per sample, row by row;
/// `y` is 0 or 1; `w` weighs each sample.
pub struct Samples<'a> {
    pub x: &'a [f32],
    pub features: usize,
    pub y: &'a [f32],
    pub w: &'a [f32],
}

pub fn train(s: &Samples, p: &Params) -> Forest {
    let n = s.y.len();
    let f = s.features;
    assert_eq!(s.x.len(), n * f, "x must hold features values per sample");
    assert!(p.bins >= 2 && p.bins <= 256);
    let edges: Vec<Vec<f32>> = (0..f).map(|j| bin_edges(s, j, p.bins)).collect();
    let binned: Vec<u8> = (0..n * f)
        .map(|k| edges[k % f].partition_point(|&e| e < s.x[k]) as u8)
        .collect();
    let (pos, all): (f64, f64) = (0..n).fold((0.0, 0.0), |(a, b), i| {
        (a + (s.w[i] * s.y[i]) as f64, b + s.w[i] as f64)
    });
    let prior = (pos / all).clamp(1e-6, 1.0 - 1e-6);
    let base = (prior / (1.0 - prior)).ln();
    let mut margin = vec![base; n];
    let mut trees = Vec::with_capacity(p.trees);
    let mut g = vec![0.0f64; n];
    let mut h = vec![0.0f64; n];
    for _ in 0..p.trees {
        for i in 0..n {
            let prob = 1.0 / (1.0 + (-margin[i]).exp());
            let w = s.w[i] as f64;
            g[i] = w * (prob - s.y[i] as f64);
            h[i] = (w * prob * (1.0 - prob)).max(1e-12);
        }
        let tree = grow(&binned, f, &edges, &g, &h, p, &mut margin);
        trees.push(tree);
    }
    Forest {
        features: f,
        base: base as f32,
        trees,
    }
}

/// Thresholds between bins for feature `j`: every distinct value when there
/// are few, else values at evenly spaced ranks.
fn bin_edges(s: &Samples, j: usize, bins: usize) -> Vec<f32> {
    let mut v: Vec<f32> = (0..s.y.len()).map(|i| s.x[i * s.features + j]).collect();
    v.sort_by(|a, b| a.total_cmp(b));
    let mut distinct = v.clone();
    distinct.dedup();
    let mut edges: Vec<f32> = if distinct.len() <= bins {
        distinct
    } else {
        (1..bins).map(|k| v[k * v.len() / bins]).collect()
    };
    edges.dedup();
    // The largest value needs no edge: everything is <= it.
    if edges.last() == v.last() {
        edges.pop();
    }
    edges
}

struct Pending {
    node: usize,
    rows: Vec<u32>,
    depth: usize,
}

/// One tree, breadth first (children always after their parent); adds its
/// leaves to `margin`.
fn grow(
    binned: &[u8],
    f: usize,
    edges: &[Vec<f32>],
    g: &[f64],
    h: &[f64],
    p: &Params,
    margin: &mut [f64],
) -> Vec<Node> {
    let leaf = |v: f64| Node {
        feature: LEAF,
        threshold: v as f32,
        left: 0,
        right: 0,
    };
    let mut nodes = vec![leaf(0.0)];
    let mut queue = std::collections::VecDeque::from([Pending {
        node: 0,
        rows: (0..g.len() as u32).collect(),
        depth: 0,
    }]);
    let nb = p.bins;
    let mut hist_g = vec![0.0f64; f * nb];
    let mut hist_h = vec![0.0f64; f * nb];
    while let Some(Pending { node, rows, depth }) = queue.pop_front() {
        let (sg, sh) = rows.iter().fold((0.0, 0.0), |(a, b), &r| {
            (a + g[r as usize], b + h[r as usize])
        });
        let value = -sg / (sh + p.lambda) * p.rate;
        let mut best: Option<(f64, usize, usize)> = None;
        if depth < p.depth && sh >= 2.0 * p.min_hessian {
            hist_g.iter_mut().for_each(|v| *v = 0.0);
            hist_h.iter_mut().for_each(|v| *v = 0.0);
            for &r in &rows {
                let r = r as usize;
                let row = &binned[r * f..(r + 1) * f];
                for (j, &b) in row.iter().enumerate() {
                    hist_g[j * nb + b as usize] += g[r];
                    hist_h[j * nb + b as usize] += h[r];
                }
            }
            let parent = sg * sg / (sh + p.lambda);
            for j in 0..f {
                let (mut lg, mut lh) = (0.0, 0.0);
                for b in 0..edges[j].len() {
                    lg += hist_g[j * nb + b];
                    lh += hist_h[j * nb + b];
                    let (rg, rh) = (sg - lg, sh - lh);
                    if lh < p.min_hessian || rh < p.min_hessian {
                        continue;
                    }
                    let gain = lg * lg / (lh + p.lambda) + rg * rg / (rh + p.lambda) - parent;
                    if gain > 1e-9 && best.is_none_or(|(bg, _, _)| gain > bg) {
                        best = Some((gain, j, b));
                    }
                }
            }
        }
        let Some((_, j, b)) = best else {
            nodes[node] = leaf(value);
            for &r in &rows {
                margin[r as usize] += value;
            }
            continue;
        };
        let (left, right): (Vec<u32>, Vec<u32>) = rows
            .iter()
            .partition(|&&r| binned[r as usize * f + j] as usize <= b);
        let l = nodes.len();
        nodes.push(leaf(0.0));
        nodes.push(leaf(0.0));
        nodes[node] = Node {
            feature: j as u16,
            threshold: edges[j][b],
            left: l as u16,
            right: (l + 1) as u16,
        };
        queue.push_back(Pending {
            node: l,
            rows: left,
            depth: depth + 1,
        });
        queue.push_back(Pending {
            node: l + 1,
            rows: right,
            depth: depth + 1,
        });
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_an_interaction_and_retrains_to_the_same_bytes() {
        // y = (a > 0.5) xor (b > 0.5): no single feature separates it.
        let mut x = Vec::new();
        let mut y = Vec::new();
        for i in 0..400 {
            let a = (i % 20) as f32 / 20.0;
            let b = (i / 20) as f32 / 20.0;
            x.extend([a, b, 0.3]);
            y.push(((a > 0.5) != (b > 0.5)) as u8 as f32);
        }
        let w = vec![1.0; y.len()];
        let s = Samples {
            x: &x,
            features: 3,
            y: &y,
            w: &w,
        };
        let p = Params {
            trees: 30,
            depth: 3,
            rate: 0.3,
            lambda: 1.0,
            min_hessian: 1.0,
            bins: 32,
        };
        let m = train(&s, &p);
        let right = (0..y.len())
            .filter(|&i| (m.probability(&x[i * 3..i * 3 + 3]) > 0.5) == (y[i] > 0.5))
            .count();
        assert!(right as f64 / y.len() as f64 > 0.95, "{right}");
        assert_eq!(train(&s, &p).to_bytes(), m.to_bytes());
        assert_eq!(Forest::from_bytes(&m.to_bytes()).unwrap(), m);
    }
}
