import { env } from 'cloudflare:workers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { canonicalContribution, contentSha256 } from '../../functions/core/consultation/canonical';
import { sha256Hex } from '../../functions/core/digest';
import { newReceiptCode } from '../../functions/core/receipt-code';
import { openSecret } from '../../functions/core/sealed';
import { publicCsv, publishedContributions } from '../../functions/server/consultation-publishing';
import { acceptContribution, changeContribution, removeContribution } from '../../functions/server/consultation-service';
import { findCycle } from '../../functions/server/content/consultations';
import type { ContributionRow } from '../../functions/server/stores/consultation-submissions';
import { asStaff, contribution, postContribution, type Receipt, storedContributions, withSecret, YEAR } from './consultation-helpers';
import { fetchWorker } from './contact-helpers';
import { failing } from './failing';
import { refusalOf } from './refusal';

const PDF = btoa('%PDF-1.4 our report');
const ADDRESS = '192.0.2.10';
const cycle = () => {
  const found = findCycle(YEAR);
  if (!found) throw new Error('no 2026 cycle');
  return found;
};
const input = (overrides: Record<string, unknown> = {}) => {
  const body = contribution(overrides);
  return {
    organisation: body.organisation,
    type: body.type,
    country: body.country,
    contactEmail: body.contactEmail,
    transparencyRegisterId: body.transparencyRegisterId,
    publication: body.publication,
    answers: body.answers,
    consent: body.consent,
  } as Parameters<typeof acceptContribution>[2];
};

describe('POST /api/consultations/{year}/submissions', () => {
  it('stores a valid contribution and returns an ID, a secret and the SHA-256 of what was stored', async () => {
    const response = await postContribution(contribution({ attachment: PDF }));
    expect(response.status).toBe(201);
    const receipt = await response.json<{ id: string; contentSha256: string; secret: string }>();
    expect(receipt.id).toMatch(/^C2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [row] = (await storedContributions()) as unknown as ContributionRow[];
    expect(row?.content_sha256).toBe(receipt.contentSha256);
    expect(await sha256Hex(canonicalContribution(row as ContributionRow))).toBe(receipt.contentSha256);
    expect(JSON.parse(canonicalContribution(row as ContributionRow)).attachment_sha256).toBe(
      await sha256Hex(new TextEncoder().encode('%PDF-1.4 our report')),
    );
    expect(JSON.stringify(row)).not.toContain(receipt.secret);
    const object = await env.ATTACHMENTS.get(`consultations/${receipt.id}.pdf`);
    expect(await object?.text()).toBe('%PDF-1.4 our report');
    const notices = (await env.DB.prepare('SELECT recipient, body FROM outbox').all<{ recipient: string; body: string }>()).results;
    expect(notices).toEqual([{ recipient: 'contact@network.example', body: expect.stringContaining(receipt.contentSha256) }]);
  });

  it('returns the same receipt when the same submission is sent again, and stores it once', async () => {
    const body = contribution();
    const first = await (await postContribution(body)).json<{ id: string; contentSha256: string }>();
    const again = await postContribution(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: first.id, contentSha256: first.contentSha256, replayed: true });
    expect(await storedContributions()).toHaveLength(1);
  });

  it('keeps the receipt true to what is stored and shown when the organisation and an answer hold a lone surrogate', async () => {
    const response = await postContribution(
      contribution({ organisation: 'Defenders \uD800 network', answers: { general: 'Half a pair: \uD800, then more.' } }),
    );
    expect(response.status).toBe(201);
    const receipt = await response.json<Receipt>();
    const shown = await (await withSecret('view', receipt.id, receipt.secret)).json<{
      canonical: { organisation: string; answers: Record<string, string> };
      contentSha256: string;
    }>();
    expect(shown.canonical.organisation).toBe('Defenders \uFFFD network');
    expect(shown.canonical.answers.general).toBe('Half a pair: \uFFFD, then more.');
    expect(shown.contentSha256).toBe(receipt.contentSha256);
    expect(await sha256Hex(JSON.stringify(shown.canonical))).toBe(receipt.contentSha256);
    const [row] = (await storedContributions()) as unknown as ContributionRow[];
    expect(row?.organisation).toBe('Defenders \uFFFD network');
    expect(await sha256Hex(canonicalContribution(row as ContributionRow))).toBe(receipt.contentSha256);
  });

  it.each([
    ['without consent', { consent: false }, 'consent'],
    ['with a bad Transparency Register ID', { transparencyRegisterId: '12345' }, 'transparencyRegisterId'],
    ['with a country not in the list', { country: 'QQ' }, 'country'],
    ['with a bad e-mail address', { contactEmail: 'not-an-address' }, 'contactEmail'],
    ['with no answer at all', { answers: { general: '   ' } }, 'answers'],
    ['with an answer that is too long', { answers: { general: 'x'.repeat(5001) } }, 'answer-general'],
    ['with a file that is not a PDF', { attachment: btoa('GIF89a not a pdf') }, 'attachment'],
    ['with a PDF over 10 MB', { attachment: btoa(`%PDF-${'0'.repeat(10 * 1024 * 1024)}`) }, 'attachment'],
  ])('refuses a contribution %s, naming the field, and stores nothing', async (_label, overrides, field) => {
    const response = await postContribution(contribution(overrides));
    expect(response.status).toBe(422);
    const { error } = await response.json<{ error: { code: string; fields: Record<string, string> } }>();
    expect(error.code).toBe('invalid_submission');
    expect(Object.keys(error.fields)).toContain(field);
    expect(await storedContributions()).toEqual([]);
    expect((await env.ATTACHMENTS.list()).objects).toEqual([]);
  });

  it('refuses a contribution to a closed consultation and stores nothing', async () => {
    const response = await postContribution(contribution(), '2025');
    expect(response.status).toBe(409);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('consultation_closed');
    expect(await storedContributions()).toEqual([]);
  });

  it('refuses a contribution before the consultation opens', async () => {
    const early = acceptContribution(env, cycle(), input(), 'ABCD-EFGH-JKMN-PQRS', new Date('2026-09-01T00:00:00Z'), '192.0.2.9');
    expect(await refusalOf(early)).toMatchObject({ status: 409, code: 'consultation_not_open' });
    expect(await storedContributions()).toEqual([]);
  });

  it('answers 404 for a year without a consultation', async () => {
    expect((await postContribution(contribution(), '1999')).status).toBe(404);
  });
});

describe('the secret and the idempotency key', () => {
  const SECRET = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/;
  const bare = (code: string) => code.replace(/-/g, '');
  const objects = async () => (await env.ATTACHMENTS.list({ prefix: 'consultations/' })).objects.map((object) => object.key);

  it('returns a secret of 28 characters made by the server, not the idempotency key, and keeps only hashes of both', async () => {
    const body = contribution();
    const receipt = await (await postContribution(body)).json<Receipt>();
    const other = await (await postContribution(contribution())).json<Receipt>();
    expect(receipt.secret).toMatch(SECRET);
    expect(other.secret).not.toBe(receipt.secret);
    expect(bare(receipt.secret)).not.toContain(bare(body.idempotencyKey));
    const row = (await storedContributions()).find((candidate) => candidate.id === receipt.id);
    expect(row?.idempotency_key_hash).toBe(await sha256Hex(bare(body.idempotencyKey)));
    expect(row?.secret_hash).toBe(await sha256Hex(bare(receipt.secret)));
    for (const code of [receipt.secret, bare(receipt.secret), body.idempotencyKey, bare(body.idempotencyKey)])
      expect(JSON.stringify(row)).not.toContain(code);

    expect((await withSecret('view', receipt.id, body.idempotencyKey)).status).toBe(404);
    expect((await withSecret('withdraw', receipt.id, body.idempotencyKey)).status).toBe(404);
    expect((await withSecret('edit', receipt.id, body.idempotencyKey, { fields: body })).status).toBe(404);
    expect((await withSecret('view', receipt.id, other.secret)).status).toBe(404);
    expect((await withSecret('view', receipt.id, receipt.secret.toLowerCase())).status).toBe(200);
    expect(await storedContributions()).toHaveLength(2);
  });

  it('gives a retry with the same key and the same content the first receipt, secret included, sealed under the key', async () => {
    const body = contribution({ attachment: PDF });
    const first = await (await postContribution(body)).json<Receipt>();
    // The same submission once normalized: spacing around the text does not make it another one.
    const again = await postContribution({ ...body, organisation: `  ${body.organisation}\n` });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...first, replayed: true });
    expect(await storedContributions()).toHaveLength(1);
    expect(await objects()).toEqual([`consultations/${first.id}.pdf`]);

    const [row] = (await storedContributions()) as { sealed_secret: string; request_sha256: string }[];
    expect(row?.sealed_secret).toMatch(/^[0-9a-f]+$/);
    expect(await openSecret(row?.sealed_secret ?? '', bare(body.idempotencyKey), first.id)).toBe(first.secret);
    expect(await openSecret(row?.sealed_secret ?? '', bare(newReceiptCode()), first.id)).toBeUndefined();
    expect(await openSecret(row?.sealed_secret ?? '', bare(body.idempotencyKey), 'C2026-0000-0000')).toBeUndefined();
    expect((await withSecret('view', first.id, first.secret)).status).toBe(200);
  });

  it('refuses the same key with other content with 409 idempotency_conflict, and stores nothing', async () => {
    const body = contribution({ attachment: PDF });
    const first = await (await postContribution(body)).json<Receipt>();
    for (const changed of [
      { ...body, answers: { general: 'Other words.' } },
      { ...body, publication: 'confidential' },
      { ...body, attachment: btoa('%PDF-1.4 another report') },
      { ...body, attachment: undefined },
    ]) {
      const response = await postContribution(changed);
      expect(response.status).toBe(409);
      const { error } = await response.json<{ error: { code: string; message: string } }>();
      expect(error.code).toBe('idempotency_conflict');
      expect(error.message).toContain('Nothing was stored');
    }
    const rows = (await storedContributions()) as unknown as ContributionRow[];
    expect(rows.map((row) => [row.id, row.content_sha256])).toEqual([[first.id, first.contentSha256]]);
    expect(await objects()).toEqual([`consultations/${first.id}.pdf`]);
    const notices = await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first<{ n: number }>();
    expect(notices?.n).toBe(1);
  });

  it('keeps a contribution stored before migration 0004 valid: its old key opens it, and a retry gets its receipt', async () => {
    const queriesOf = (prefix: string) => env.TEST_MIGRATIONS.find((migration) => migration.name.startsWith(prefix))?.queries ?? [];
    const run = (queries: string[]) => env.DB.batch(queries.map((query) => env.DB.prepare(query)));
    // The table as migration 0002 made it, with a contribution whose key was also its secret.
    await run(['DROP TABLE consultation_submissions', ...queriesOf('0002_')]);
    const key = newReceiptCode();
    const fields = {
      id: 'C2026-0000-0001',
      cycle: YEAR,
      organisation: 'Old network (fictional)',
      organisation_type: 'ngo',
      country: 'KE',
      contact_email: null,
      transparency_register_id: null,
      publication: 'confidential',
      answers: JSON.stringify({ general: 'Written before the change.' }),
      attachment_sha256: null,
    };
    await env.DB.prepare(
      `INSERT INTO consultation_submissions (id, cycle, key_hash, organisation, organisation_type, country, publication, answers,
       content_sha256, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1790000000, 1790000000)`,
    )
      .bind(
        fields.id,
        fields.cycle,
        await sha256Hex(bare(key)),
        fields.organisation,
        fields.organisation_type,
        fields.country,
        fields.publication,
        fields.answers,
        await contentSha256(fields),
      )
      .run();
    await run(queriesOf('0004_'));

    const [row] = await storedContributions();
    expect(row).toMatchObject({ idempotency_key_hash: await sha256Hex(bare(key)), secret_hash: await sha256Hex(bare(key)) });
    const view = await withSecret('view', fields.id, key);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ canonical: { organisation: 'Old network (fictional)' } });

    const same = contribution({
      idempotencyKey: key,
      organisation: fields.organisation,
      country: 'KE',
      contactEmail: '',
      transparencyRegisterId: '',
      publication: 'confidential',
      answers: { general: 'Written before the change.' },
    });
    const retry = await postContribution(same);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ id: fields.id, contentSha256: await contentSha256(fields), secret: key, replayed: true });
    expect((await postContribution({ ...same, answers: { general: 'Other words.' } })).status).toBe(409);
    expect((await withSecret('edit', fields.id, key, { fields: { ...same, publication: 'anonymous' } })).status).toBe(200);
    expect((await withSecret('withdraw', fields.id, key)).status).toBe(200);
    expect(await storedContributions()).toEqual([]);
  });
});

describe('changing a contribution with its secret', () => {
  it('edits and withdraws before the deadline, and refuses both after it', async () => {
    const { id, secret, contentSha256 } = await (await postContribution(contribution())).json<{
      id: string;
      secret: string;
      contentSha256: string;
    }>();
    const edited = await changeContribution(env, cycle(), id, secret, input({ publication: 'anonymous' }), new Date(), ADDRESS);
    expect(edited.contentSha256).not.toBe(contentSha256);
    const [row] = (await storedContributions()) as unknown as ContributionRow[];
    expect(row?.publication).toBe('anonymous');
    expect(row?.content_sha256).toBe(edited.contentSha256);

    const late = new Date(cycle().closes_at.getTime() + 1000);
    await expect(changeContribution(env, cycle(), id, secret, input(), late, ADDRESS)).rejects.toMatchObject({
      code: 'consultation_closed',
    });
    await expect(removeContribution(env, cycle(), id, secret, late, ADDRESS)).rejects.toMatchObject({ code: 'consultation_closed' });
    await expect(removeContribution(env, cycle(), id, 'AAAA-BBBB-CCCC-DDDD', new Date(), ADDRESS)).rejects.toMatchObject({
      code: 'contribution_not_found',
    });

    await removeContribution(env, cycle(), id, secret, new Date(), ADDRESS);
    expect(await storedContributions()).toEqual([]);
  });
});

/** A database in which deleting a contribution fails, and everything else works. */
/** A D1 that refuses to delete contribution rows, alone or in a batch. */
function failingRowDeletes(db: D1Database): D1Database {
  const deletes = new WeakSet<object>();
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'batch')
        return (statements: D1PreparedStatement[]) =>
          statements.some((statement) => deletes.has(statement)) ? Promise.reject(new Error('D1 unavailable')) : target.batch(statements);
      if (property === 'prepare') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          if (!sql.startsWith('DELETE FROM consultation_submissions')) return statement;
          return {
            bind: (...values: unknown[]) => {
              const bound = failing(statement.bind(...values), 'run');
              deletes.add(bound);
              return bound;
            },
          };
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('withdrawing a contribution with a PDF', () => {
  const submit = async () => (await postContribution(contribution({ attachment: PDF }))).json<Receipt>();
  const objects = async () => (await env.ATTACHMENTS.list({ prefix: 'consultations/' })).objects.map((object) => object.key);
  const rowIds = async () => (await storedContributions()).map((row) => row.id);

  it('deletes the PDF before the row, and the row even when the PDF cannot be deleted', async () => {
    // The row cannot be deleted: the PDF is already gone, the row stays, and a second try removes it.
    const first = await submit();
    await expect(
      removeContribution({ ...env, DB: failingRowDeletes(env.DB) }, cycle(), first.id, first.secret, new Date(), ADDRESS),
    ).rejects.toThrow();
    expect(await objects()).toEqual([]);
    expect(await rowIds()).toEqual([first.id]);
    await removeContribution(env, cycle(), first.id, first.secret, new Date(), ADDRESS);
    expect(await rowIds()).toEqual([]);

    // The PDF cannot be deleted: the row goes anyway, and the object stays listed for the sweep of orphans.
    const second = await submit();
    await removeContribution(
      { ...env, ATTACHMENTS: failing(env.ATTACHMENTS, 'delete') },
      cycle(),
      second.id,
      second.secret,
      new Date(),
      ADDRESS,
    );
    expect(await rowIds()).toEqual([]);
    expect(await objects()).toEqual([`consultations/${second.id}.pdf`]);
    await env.ATTACHMENTS.delete(`consultations/${second.id}.pdf`);

    // Both work: nothing is left.
    const third = await submit();
    expect(await objects()).toEqual([`consultations/${third.id}.pdf`]);
    await removeContribution(env, cycle(), third.id, third.secret, new Date(), ADDRESS);
    expect(await rowIds()).toEqual([]);
    expect(await objects()).toEqual([]);
  });
});

describe('staff access to consultation input', () => {
  it('requires an Access token (401) and the consultations grant (403)', async () => {
    expect((await fetchWorker('/api/staff/consultations/2026/submissions')).status).toBe(401);
    expect((await asStaff('/api/staff/consultations/2026/submissions', 'russia.desk@eeas.example')).status).toBe(403);
    expect((await asStaff('/api/staff/consultations/2026/submissions')).status).toBe(200);
  });

  it("lets staff download a contribution's PDF as it was sent, and answers 404 for one without", async () => {
    const withPdf = await (await postContribution(contribution({ attachment: PDF }))).json<Receipt>();
    const withoutPdf = await (await postContribution(contribution())).json<Receipt>();
    const listed = await (await asStaff('/api/staff/consultations/2026/submissions')).json<{
      contributions: { id: string; attachment: string | null }[];
    }>();
    const link = listed.contributions.find((entry) => entry.id === withPdf.id)?.attachment;
    expect(link).toBe(`/api/staff/consultations/2026/submissions/${withPdf.id}/attachment`);
    const download = await asStaff(link ?? '');
    expect(download.status).toBe(200);
    expect(download.headers.get('Content-Type')).toBe('application/pdf');
    expect(await download.text()).toBe(atob(PDF));
    expect((await asStaff(`/api/staff/consultations/2026/submissions/${withoutPdf.id}/attachment`)).status).toBe(404);
    expect((await asStaff(link ?? '', 'russia.desk@eeas.example')).status).toBe(403);
  });

  it('exports CSV that parses back into the same data, with Arabic, Chinese, commas, quotes and line breaks', async () => {
    await postContribution(contribution());
    await postContribution(
      contribution({
        organisation: '人权观察站 (fictional)',
        publication: 'confidential',
        answers: { general: 'Line one, "quoted"\r\nline two' },
      }),
    );
    const json = await (await asStaff('/api/staff/consultations/2026/export.json')).json<
      { id: string; organisation: string; answers: Record<string, string> }[]
    >();
    const csv = await (await asStaff('/api/staff/consultations/2026/export.csv')).text();
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    for (const contribution of json) {
      const record = records.find((candidate) => candidate.id === contribution.id);
      expect(record?.organisation).toBe(contribution.organisation);
      for (const [question, answer] of Object.entries(contribution.answers)) expect(record?.[question]).toBe(answer);
    }
  });

  it('moderates publication, and the public sees only approved, non-confidential contributions, never an e-mail', async () => {
    const ids: string[] = [];
    for (const publication of ['public', 'anonymous', 'confidential', 'public']) {
      ids.push((await (await postContribution(contribution({ publication }))).json<{ id: string }>()).id);
    }
    for (const id of ids.slice(0, 2)) {
      const moderated = await asStaff(`/api/staff/consultations/2026/submissions/${id}/moderation`, undefined, {
        method: 'POST',
        body: JSON.stringify({ decision: 'approved' }),
      });
      expect(moderated.status).toBe(200);
    }
    const confidential = await asStaff(`/api/staff/consultations/2026/submissions/${ids[2]}/moderation`, undefined, {
      method: 'POST',
      body: JSON.stringify({ decision: 'approved' }),
    });
    expect(confidential.status).toBe(404);

    const published = await publishedContributions(env.DB, cycle());
    expect(published.map((entry) => entry.id).sort()).toEqual(ids.slice(0, 2).sort());
    const anonymous = published.find((entry) => entry.publication === 'anonymous');
    expect(anonymous?.organisation).toBeNull();
    const everythingPublic = JSON.stringify(published) + publicCsv(cycle(), published);
    expect(everythingPublic).not.toContain('contact@network.example');
    expect(everythingPublic).not.toContain(ids[2]);
    expect(everythingPublic).not.toContain(ids[3]);
  });
});
