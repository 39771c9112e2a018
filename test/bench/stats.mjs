// Small statistics for repeated timings.

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `fraction` of the values lie (nearest rank). */
export function percentile(values, fraction) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export function ratio(value, baseline) {
  return value === null || baseline === null || baseline === 0 ? null : value / baseline;
}

/** Rounds for the JSON output: 0.01 ms is far below the noise of a shared machine. */
export const round = (value, digits = 2) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
