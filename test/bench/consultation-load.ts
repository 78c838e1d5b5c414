// Load on consultation submissions (compared with GET /api/health), and the time to export 10,000
// contributions as CSV through the staff endpoint.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonPost, type StaffAccess, staffAccess, staffHeaders } from '../support/api.ts';
import { health, throughputRow } from './contact-load.ts';
import { compareLoad } from './load.ts';
import { type BenchRow, holds, seconds } from './report.ts';

export const EXPORT_ROWS = 10_000;

/** A throwaway Access key pair for the local benchmark server, and a token for an all-delegations staff member. */
export function benchStaffAccess(): Promise<StaffAccess> {
  return staffAccess({ email: 'bench@eeas.example', scopes: ['*'], audience: 'bench-audience', teamDomain: 'bench.cloudflareaccess.com' });
}

/** SQL inserting 10,000 contributions with answers in several scripts, commas, quotes and line breaks. */
export function exportSeedFile(): string {
  const now = Math.floor(Date.now() / 1000);
  const lines = Array.from({ length: EXPORT_ROWS }, (_, index) => {
    const id = `C2026-B${String(index).padStart(3, '0').slice(-3)}-${String(index).padStart(4, '0')}`;
    const answers = JSON.stringify({ general: `Answer ${index}, with "quotes"\nand حقوق الإنسان 人权 ${'text '.repeat(40)}` }).replace(
      /'/g,
      "''",
    );
    return `INSERT INTO consultation_submissions (id, cycle, idempotency_key_hash, organisation, organisation_type, country, publication, answers, content_sha256, submitted_at, updated_at) VALUES ('${id}', '2026', 'seed-${index}', 'Org ${index}, "bench"', 'ngo', 'KE', 'public', '${answers}', '${'0'.repeat(64)}', ${now}, ${now});`;
  });
  const file = join(tmpdir(), 'hrd-bench-seed.sql');
  writeFileSync(file, lines.join('\n'));
  return file;
}

export async function submissionLoadRows(baseUrl: string): Promise<BenchRow[]> {
  let counter = 0;
  const submissions = await compareLoad(health(baseUrl), {
    url: `${baseUrl}/api/consultations/2026/submissions`,
    init: () => {
      counter += 1;
      const key = `BENCH${String(counter).padStart(11, '0')}`.replace(/[ILOU]/g, '0');
      return jsonPost({
        idempotencyKey: key,
        organisation: 'Benchmark organisation',
        type: 'ngo',
        country: 'KE',
        publication: 'anonymous',
        answers: { general: `Benchmark answer ${counter}` },
        consent: true,
      });
    },
    expectStatus: 201,
  });
  return [throughputRow('consultation JSON submission throughput, ratio to health', submissions, 0.8)];
}

export async function csvExportRows(baseUrl: string, token: string): Promise<BenchRow[]> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/staff/consultations/2026/export.csv`, { headers: staffHeaders(token) });
  const csv = await response.text();
  const took = (performance.now() - started) / 1000;
  const rows = response.ok ? csv.split('\r\n').length - 2 : 0;
  return [
    holds(
      `CSV export of ${EXPORT_ROWS} seeded contributions (staff endpoint)`,
      `${rows} rows in ${seconds(took)}`,
      'holds them all',
      rows === EXPORT_ROWS,
      {
        status: response.status,
        seconds: took,
        bytes: csv.length,
      },
    ),
  ];
}
