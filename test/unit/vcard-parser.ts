// A small vCard reader for the tests, written apart from the serializer from RFC 6350 §3.2–3.4:
// unfold the lines, split each into name, parameters and value, and undo the escaping of TEXT values.
export interface ParsedProperty {
  name: string;
  parameters: Record<string, string>;
  /** The raw value, still escaped. */
  value: string;
}

export interface ParsedCard {
  properties: ParsedProperty[];
  /** Every value of a property, unescaped as TEXT. */
  texts: (name: string) => string[];
  /** The first raw value of a property. */
  first: (name: string) => ParsedProperty | undefined;
}

/** The physical lines of a stream: every one ends with CRLF, and no bare CR or LF appears. */
export function physicalLines(stream: string): string[] {
  if (!stream.endsWith('\r\n')) throw new Error('a vCard stream must end with CRLF');
  if (/[^\r]\n|^\n|\r(?!\n)/.test(stream)) throw new Error('a vCard stream must use CRLF line ends only');
  return stream.slice(0, -2).split('\r\n');
}

/** Unfolding: a line break followed by one space or tab joins the two lines (§3.2). */
export function unfold(stream: string): string[] {
  physicalLines(stream);
  return stream
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

export function parseContentLine(line: string): ParsedProperty {
  let quoted = false;
  let colon = -1;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = index;
      break;
    }
  }
  if (colon < 0) throw new Error(`no value in "${line}"`);
  const [name = '', ...rawParameters] = splitOutsideQuotes(line.slice(0, colon), ';');
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`bad property name in "${line}"`);
  const parameters: Record<string, string> = {};
  for (const raw of rawParameters) {
    const equals = raw.indexOf('=');
    if (equals < 1) throw new Error(`bad parameter "${raw}" in "${line}"`);
    parameters[raw.slice(0, equals).toUpperCase()] = raw.slice(equals + 1).replace(/^"(.*)"$/, '$1');
  }
  return { name: name.toUpperCase(), parameters, value: line.slice(colon + 1) };
}

/** A single TEXT value: after its escapes, no backslash, comma or semicolon may be left bare. */
export function unescapeText(value: string): string {
  if (/[\\,;]/.test(value.replace(/\\[\\,;nN]/g, ''))) throw new Error(`bad or missing escape in "${value}"`);
  return value.replace(/\\([\\,;nN])/g, (_whole, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

export function parseVCards(stream: string): ParsedCard[] {
  const cards: ParsedProperty[][] = [];
  let current: ParsedProperty[] | undefined;
  for (const line of unfold(stream)) {
    const property = parseContentLine(line);
    if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VCARD') {
      if (current) throw new Error('BEGIN:VCARD inside a card');
      current = [];
    } else if (property.name === 'END' && property.value.toUpperCase() === 'VCARD') {
      if (!current) throw new Error('END:VCARD outside a card');
      cards.push(current);
      current = undefined;
    } else if (current) current.push(property);
    else throw new Error(`"${line}" is outside a card`);
  }
  if (current) throw new Error('a card has no END:VCARD');
  return cards.map((properties) => ({
    properties,
    texts: (name) => properties.filter((property) => property.name === name).map((property) => unescapeText(property.value)),
    first: (name) => properties.find((property) => property.name === name),
  }));
}
