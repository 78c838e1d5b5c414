// The covered countries' codes from content/countries.yaml: the one parsed country list, made once
// per build or Worker isolate and used by every schema and validation that checks a country code.
import { parse } from 'yaml';

const countryFile = import.meta.glob<string>('../../../content/countries.yaml', { query: '?raw', import: 'default', eager: true });
let codes: ReadonlySet<string> | undefined;

export function countryCodes(): ReadonlySet<string> {
  codes ??= new Set(Object.values(countryFile).flatMap((text) => Object.keys(parse(text) as object)));
  return codes;
}
