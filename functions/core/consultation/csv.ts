// CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled. A text that a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or a carriage return) gets a leading single quote, as OWASP
// advises against CSV injection, so opening an export never runs what a contributor wrote.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows]
    .map((row) => row.map(field).join(','))
    .join('\r\n')
    .concat('\r\n');
}
