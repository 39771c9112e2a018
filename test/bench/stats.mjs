// Small statistics for repeated timings.

/**
 * @param {number[]} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]); // always within bounds here
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * The value below which `fraction` of the values lie (nearest rank).
 * @param {number[]} values
 * @param {number} fraction
 * @returns {number | null}
 */
export function percentile(values, fraction) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]);
}

/**
 * @param {number | null} value
 * @param {number | null} baseline
 */
export function ratio(value, baseline) {
  return value === null || baseline === null || baseline === 0 ? null : value / baseline;
}

/**
 * Rounds for the JSON output: 0.01 ms is far below the noise of a shared machine.
 * @param {number | null | undefined} value
 * @param {number} [digits]
 */
export const round = (value, digits = 2) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
