// Imports the reference facts in ../shared/data into content/ once; editors then keep content/ current in git.
// Run: npm run import-reference-data. It overwrites the reference fields and keeps focal points already present.
// The sample focal points it adds are fictional (mailboxes at the reserved .example domain, no names).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '..', '..', 'shared', 'data');

interface ReferenceDelegation {
  id: string;
  kind: string;
  name_en: string;
  seat_city_en: string;
  host_country_iso2: string;
  accredited_iso2: string[];
  also_covers_territories_iso2?: string[];
  organisations?: string[];
  region: string;
  local_languages: string[];
  uncertain: boolean;
  notes?: string;
}

interface ReferenceCountry {
  iso2: string;
  name_en: string;
  endonym: string;
  endonym_alt?: string[];
  languages: string[];
  covered_by_delegation_id: string;
  territory: boolean;
  note?: string;
}

// Delegations that get fictional sample focal points, with the time zone of their office hours.
const SAMPLE_TIME_ZONES: Record<string, string> = {
  china: 'Asia/Shanghai',
  russia: 'Europe/Moscow',
  burundi: 'Africa/Bujumbura',
  honduras: 'America/Tegucigalpa',
  'saudi-arabia': 'Asia/Riyadh',
  egypt: 'Africa/Cairo',
  morocco: 'Africa/Casablanca',
  tunisia: 'Africa/Tunis',
  algeria: 'Africa/Algiers',
  lebanon: 'Asia/Beirut',
  jordan: 'Asia/Amman',
  iraq: 'Asia/Baghdad',
  turkiye: 'Europe/Istanbul',
  ukraine: 'Europe/Kyiv',
  georgia: 'Asia/Tbilisi',
  armenia: 'Asia/Yerevan',
  azerbaijan: 'Asia/Baku',
  belarus: 'Europe/Minsk',
  kazakhstan: 'Asia/Almaty',
  serbia: 'Europe/Belgrade',
  india: 'Asia/Kolkata',
  pakistan: 'Asia/Karachi',
  bangladesh: 'Asia/Dhaka',
  myanmar: 'Asia/Yangon',
  cambodia: 'Asia/Phnom_Penh',
  vietnam: 'Asia/Ho_Chi_Minh',
  philippines: 'Asia/Manila',
  indonesia: 'Asia/Jakarta',
  brazil: 'America/Sao_Paulo',
  colombia: 'America/Bogota',
  mexico: 'America/Mexico_City',
  guatemala: 'America/Guatemala',
  nicaragua: 'America/Managua',
  venezuela: 'America/Caracas',
  peru: 'America/Lima',
  nigeria: 'Africa/Lagos',
  kenya: 'Africa/Nairobi',
  ethiopia: 'Africa/Addis_Ababa',
  uganda: 'Africa/Kampala',
  'dr-congo': 'Africa/Kinshasa',
  zimbabwe: 'Africa/Harare',
  cameroon: 'Africa/Douala',
  senegal: 'Africa/Dakar',
  mozambique: 'Africa/Maputo',
};

// Every third sample delegation also has a dedicated liaison officer for defenders.
function sampleFocalPoints(delegation: ReferenceDelegation, index: number) {
  const languages = [...new Set([...delegation.local_languages.slice(0, 2), 'en'])];
  const hours = {
    days: [1, 2, 3, 4, 5],
    opens: '09:00',
    closes: index % 2 === 0 ? '17:00' : '16:30',
    time_zone: SAMPLE_TIME_ZONES[delegation.id],
  };
  const verified = `2026-${String(8 + (index % 4)).padStart(2, '0')}-${String(3 + ((index * 7) % 25)).padStart(2, '0')}`;
  const points = [
    {
      role: 'human_rights',
      email: `human-rights.${delegation.id}@delegations.eu.example`,
      hours,
      languages,
      last_verified: verified,
    },
  ];
  if (index % 3 === 0) {
    points.push({
      role: 'hrd_liaison',
      email: `defenders.${delegation.id}@delegations.eu.example`,
      hours,
      languages,
      last_verified: verified,
    });
  }
  return points;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(shared, name), 'utf8')) as T;
}

function writeDelegation(delegation: ReferenceDelegation, sampleIndex: number) {
  const file = join(here, 'delegations', `${delegation.id}.yaml`);
  const existing = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const { id: _id, ...reference } = delegation;
  const record: Record<string, unknown> = { ...reference };
  if (existing.focal_points) {
    record.focal_points = existing.focal_points;
    record.sample_data = existing.sample_data ?? false;
  } else if (sampleIndex >= 0) {
    record.focal_points = sampleFocalPoints(delegation, sampleIndex);
    record.sample_data = true;
  } else {
    record.focal_points = [];
  }
  if (existing.names) record.names = existing.names;
  writeFileSync(file, stringify(record, { lineWidth: 0 }));
}

function writeCountries(countries: ReferenceCountry[]) {
  const byCode = Object.fromEntries(countries.map(({ iso2, ...rest }) => [iso2, rest]));
  writeFileSync(join(here, 'countries.yaml'), stringify(byCode, { lineWidth: 0 }));
}

const delegations = readJson<ReferenceDelegation[]>('delegations.json');
const sampleIds = Object.keys(SAMPLE_TIME_ZONES);
mkdirSync(join(here, 'delegations'), { recursive: true });
for (const delegation of delegations) writeDelegation(delegation, sampleIds.indexOf(delegation.id));
writeCountries(readJson<ReferenceCountry[]>('countries.json'));
console.log(`Imported ${delegations.length} delegations; ${sampleIds.length} have sample focal points.`);
