// Order statistics for benchmark reports (nearest-rank, so every value is one we measured).
'use strict';

function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

const median = (v) => quantile(v, 0.5);
const summary = (v) => ({ median: quantile(v, 0.5), p95: quantile(v, 0.95), max: quantile(v, 1) });

module.exports = { quantile, median, summary };
