// Counts what a local `wrangler dev` keeps in D1, by reading its SQLite file read-only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

function databaseFile(statePath: string): string {
  const file = readdirSync(statePath, { recursive: true })
    .map(String)
    .find((path) => path.includes('D1DatabaseObject') && path.endsWith('.sqlite'));
  if (!file) throw new Error(`no local D1 database under ${statePath}`);
  return join(statePath, file);
}

export function countRows(statePath: string, tables: readonly string[]): Record<string, number> {
  const db = new DatabaseSync(databaseFile(statePath), { readOnly: true });
  try {
    return Object.fromEntries(
      tables.map((table) => [table, Number((db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n)]),
    );
  } finally {
    db.close();
  }
}
