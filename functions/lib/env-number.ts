/** A whole number above zero from a string setting, or the fallback when it is missing or invalid. */
export function positiveInteger(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}
