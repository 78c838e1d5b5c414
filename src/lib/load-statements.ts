// Loads the EU statements concerning defenders once per build, newest first.
import { getCollection } from 'astro:content';
import type { StatementData } from '../../functions/core/content/statement-schemas';
import { assertLanguagesNamed } from './display-names';

export interface Statement extends StatementData {
  id: string;
}

async function load(): Promise<Statement[]> {
  const entries = await getCollection('statements');
  assertLanguagesNamed(
    entries.flatMap(({ data }) => data.languages),
    'content/statements',
  );
  return entries.map(({ id, data }) => ({ id, ...data })).sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

let loading: Promise<Statement[]> | undefined;
let grouping: Promise<Map<string, Statement[]>> | undefined;

export function loadStatements(): Promise<Statement[]> {
  loading ??= load();
  return loading;
}

/** The statements grouped by country, once per build (every delegation page asks). */
export function loadStatementsByCountry(): Promise<ReadonlyMap<string, Statement[]>> {
  grouping ??= loadStatements().then(statementsByCountry);
  return grouping;
}

/** The countries that at least one statement concerns, each with its statements (newest first). */
export function statementsByCountry(statements: readonly Statement[]): Map<string, Statement[]> {
  const byCountry = new Map<string, Statement[]>();
  for (const statement of statements) {
    for (const code of statement.countries) byCountry.set(code, [...(byCountry.get(code) ?? []), statement]);
  }
  return byCountry;
}
