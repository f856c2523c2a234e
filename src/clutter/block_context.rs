//! The block model's second stage: what the first stage thought of the
//! units around each one. A paragraph among kept paragraphs is kept; a
//! lone prose-like box among clutter (a comment, a teaser) is not. Stacked
//! this way, the model smooths its decisions along the page.

use super::units::Unit;
use crate::page::Page;

pub const NAMES: &[&str] = &[
    "p_self",
    "p_prev",
    "p_next",
    "p_prev2",
    "p_next2",
    "p_a1",
    "p_a2",
    "p_a3",
    "p_a4",
    "p_page",
    "p_kept_share",
    "kept_before",
    "kept_after",
    "p_max_prev5",
    "p_max_next5",
    "in_kept_prose_span",
    "ln_depth_below_span",
];

pub const COUNT: usize = 17;

/// Units looked at on each side for `p_max_prev5` / `p_max_next5`.
const WINDOW: usize = 5;

/// Per-page sums of first-stage probabilities weighed by characters.
pub struct Context {
    weighted: Vec<f64>,
    chars: Vec<f64>,
    /// Share of the page's characters in units the first stage keeps.
    kept_share: f32,
    /// Per unit: shares of the expected kept characters (probability times
    /// characters) before and after it: inside the article's flow both are
    /// above zero.
    before: Vec<f32>,
    after: Vec<f32>,
    /// The lowest element holding every prose unit the first stage keeps.
    span: Option<usize>,
}

impl Context {
    pub fn new(page: &Page, units: &[Unit], p: &[f32]) -> Context {
        let n = page.len();
        let mut weighted = vec![0.0f64; n];
        let mut chars = vec![0.0f64; n];
        for (u, &q) in units.iter().zip(p) {
            weighted[u.el] += q as f64 * u.chars as f64;
            chars[u.el] += u.chars as f64;
        }
        for i in (1..n).rev() {
            if let Some(par) = page.parent(i) {
                weighted[par] += weighted[i];
                chars[par] += chars[i];
            }
        }
        let kept: f64 = units
            .iter()
            .zip(p)
            .filter(|(_, &q)| q >= 0.5)
            .map(|(u, _)| u.chars as f64)
            .sum();
        let kept_share = (kept / chars[0].max(1.0)) as f32;
        let total: f64 = weighted[0].max(1e-9);
        let mut before = Vec::with_capacity(units.len());
        let mut acc = 0.0f64;
        for (u, &q) in units.iter().zip(p) {
            before.push((acc / total) as f32);
            acc += q as f64 * u.chars as f64;
        }
        let mut after = vec![0.0f32; units.len()];
        let mut acc = 0.0f64;
        for k in (0..units.len()).rev() {
            after[k] = (acc / total) as f32;
            acc += p[k] as f64 * units[k].chars as f64;
        }
        let mut span: Option<usize> = None;
        for (u, &q) in units.iter().zip(p) {
            if q >= 0.5 && super::units::is_prose(u) {
                let mut cur = span.unwrap_or(u.el);
                while !page.contains(cur, u.el) {
                    match page.parent(cur) {
                        Some(up) => cur = up,
                        None => break,
                    }
                }
                span = Some(cur);
            }
        }
        Context {
            weighted,
            chars,
            kept_share,
            before,
            after,
            span,
        }
    }

    fn mean(&self, i: usize) -> f32 {
        if self.chars[i] == 0.0 {
            0.0
        } else {
            (self.weighted[i] / self.chars[i]) as f32
        }
    }

    /// Second-stage features of unit `k` (after its first-stage row).
    pub fn row(&self, page: &Page, units: &[Unit], p: &[f32], k: usize, out: &mut Vec<f32>) {
        let at = |j: Option<usize>| j.and_then(|j| p.get(j)).copied().unwrap_or(0.0);
        out.extend([
            p[k],
            at(k.checked_sub(1)),
            at(Some(k + 1)),
            at(k.checked_sub(2)),
            at(Some(k + 2)),
        ]);
        let mut a = page.parent(units[k].el);
        for _ in 0..4 {
            out.push(self.mean(a.unwrap_or(0)));
            a = a.and_then(|i| page.parent(i));
        }
        out.extend([self.mean(0), self.kept_share, self.before[k], self.after[k]]);
        let lo = k.saturating_sub(WINDOW);
        let hi = (k + 1 + WINDOW).min(p.len());
        let max = |s: &[f32]| s.iter().copied().fold(0.0f32, f32::max);
        out.extend([max(&p[lo..k]), max(&p[k + 1..hi])]);
        let el = units[k].el;
        match self.span {
            Some(s) if page.contains(s, el) => {
                out.extend([1.0, (1.0 + (page.depth[el] - page.depth[s]) as f32).ln()])
            }
            _ => out.extend([0.0, -1.0]),
        }
    }
}
