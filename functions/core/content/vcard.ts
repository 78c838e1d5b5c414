// vCard 4.0 (RFC 6350) for /data/vcards/{delegation}.vcf: a small serializer (text escaping, line
// folding at 75 octets, CRLF) and one card per focal point of a delegation, made from its open data.
import { type OpenDelegation, type OpenFocalPoint, PUBLISHER } from './open-data';

export interface VCardProperty {
  name: string;
  parameters?: Readonly<Record<string, string>>;
  /** Already in the property's value syntax: use `text()` for TEXT values, a bare string for URIs. */
  value: string;
}

/** A TEXT value (RFC 6350 §3.4): backslash, comma and semicolon escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/**
 * Folds a content line (RFC 6350 §3.2): no physical line longer than 75 octets, each continuation
 * starting with one space (which counts), and never a break inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

// A parameter value holding ",", ";" or ":" must be quoted; a double quote cannot appear in one at all.
function parameterValue(value: string): string {
  const clean = value.replace(/"/g, "'");
  return /[,;:]/.test(clean) ? `"${clean}"` : clean;
}

function contentLine({ name, parameters = {}, value }: VCardProperty): string {
  const params = Object.entries(parameters).map(([key, parameter]) => `;${key}=${parameterValue(parameter)}`);
  return foldLine(`${name}${params.join('')}:${value}`);
}

export function serializeVCard(properties: readonly VCardProperty[]): string {
  const lines = [{ name: 'BEGIN', value: 'VCARD' }, { name: 'VERSION', value: '4.0' }, ...properties, { name: 'END', value: 'VCARD' }];
  return lines.map((property) => `${contentLine(property)}\r\n`).join('');
}

const text = (name: string, value: string, parameters?: Record<string, string>): VCardProperty => ({
  name,
  value: escapeText(value),
  ...(parameters ? { parameters } : {}),
});

const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const weekday = (day: number) => WEEKDAYS_EN[day - 1] ?? String(day);

// Three or more consecutive days read as a range ("Monday to Friday"), others as a list.
function daysText(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  const consecutive = sorted.every((day, index) => index === 0 || day === (sorted[index - 1] ?? 0) + 1);
  if (first !== undefined && last !== undefined && sorted.length > 2 && consecutive) return `${weekday(first)} to ${weekday(last)}`;
  return sorted.map(weekday).join(', ');
}

// vCard has no property for office hours, so they go into a note, in English like the rest of the card.
export function hoursNote(hours: NonNullable<OpenFocalPoint['hours']>): string {
  return `Office hours: ${daysText(hours.days)}, ${hours.opens}–${hours.closes} (${hours.time_zone} time)`;
}

/** A tel: URI (RFC 3966) from an international number written with spaces. */
export function telUri(phone: string): string {
  return `tel:${phone.trim().replace(/\s+/g, '-')}`;
}

export const SAMPLE_CARD_NOTE = `Fictional sample contact made for demonstrating the ${PUBLISHER}: the mailbox uses the reserved .example domain and reaches no one. Do not send anything to it.`;

function focalPointCard(delegation: OpenDelegation, point: OpenFocalPoint, uid: string): string {
  // FN is required: the person's name where it is published with consent, otherwise the role itself.
  const fullName = point.name ?? `${point.title_en}, ${delegation.name_en}`;
  const properties: VCardProperty[] = [
    text('FN', fullName),
    text('ORG', delegation.name_en),
    text('TITLE', point.title_en),
    text('EMAIL', point.email, { TYPE: 'work' }),
    ...(point.phone ? [{ name: 'TEL', parameters: { VALUE: 'uri', TYPE: 'work,voice' }, value: telUri(point.phone) }] : []),
    ...point.languages.map((tag, index) => ({ name: 'LANG', parameters: { PREF: String(index + 1) }, value: tag })),
    ...(delegation.key ? [{ name: 'KEY', parameters: { MEDIATYPE: 'application/pgp-keys' }, value: delegation.key.url }] : []),
    { name: 'URL', value: delegation.page },
    ...(point.hours ? [text('NOTE', hoursNote(point.hours))] : []),
    ...(delegation.sample ? [text('NOTE', SAMPLE_CARD_NOTE)] : []),
    { name: 'UID', value: uid },
    { name: 'REV', value: `${point.last_verified.replace(/-/g, '')}T000000Z` },
  ];
  if (delegation.vcard) properties.push({ name: 'SOURCE', value: delegation.vcard });
  return serializeVCard(properties);
}

/** One card per focal point; an empty string for a delegation without one (and then no file is published). */
export function delegationVCards(delegation: OpenDelegation): string {
  const base = delegation.vcard ?? delegation.page;
  return delegation.focal_points
    .map((point, index, points) => {
      // The role names the card for address books that update it later; a repeated role adds its position.
      const repeated = points.filter((other) => other.role === point.role).length > 1;
      return focalPointCard(delegation, point, `${base}#${point.role}${repeated ? `-${index + 1}` : ''}`);
    })
    .join('');
}
