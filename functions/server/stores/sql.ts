// What every store needs to bind a list: D1 takes at most 100 bound parameters a query, so lists
// are handled in pages of that size, and an `IN (…)` gets one placeholder per value.
export const MAX_BOUND_PARAMETERS = 100;

/** `?, ?, ?` for a list of values, for `IN (${placeholders(values)})`. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
