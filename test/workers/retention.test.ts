import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { runMaintenance } from '../../functions/server/maintenance';
import { receiptStatus } from '../../functions/server/receipt-status';
import { enqueueNotice } from '../../functions/server/stores/outbox';
import { encryptedFor, postContact, storedObjects, storedRows } from './contact-helpers';

const DAY = 86_400_000;

describe('retention', () => {
  it('deletes the ciphertext and attachment after 90 days, keeps the receipt as expired, then forgets it', async () => {
    const response = await postContact(await encryptedFor('old message', { name: 'a.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }));
    const { receipt } = await response.json<{ receipt: string }>();
    expect(await storedObjects()).toHaveLength(1);

    const early = await runMaintenance(env, new Date(Date.now() + 30 * DAY));
    expect(early.expired).toBe(0);
    expect(await receiptStatus(env.DB, receipt)).toBe('received');

    const later = await runMaintenance(env, new Date(Date.now() + 91 * DAY));
    expect(later.expired).toBe(1);
    const [row] = await storedRows();
    expect(row?.ciphertext).toBeNull();
    expect(row?.attachment_key).toBeNull();
    expect(await storedObjects()).toEqual([]);
    expect(await receiptStatus(env.DB, receipt)).toBe('expired');

    await runMaintenance(env, new Date(Date.now() + 182 * DAY));
    expect(await storedRows()).toEqual([]);
    expect(await receiptStatus(env.DB, receipt)).toBeUndefined();
  });

  it('removes an attachment that no message refers to', async () => {
    await env.ATTACHMENTS.put('attachments/orphan', 'ciphertext left by a failed write');
    const report = await runMaintenance(env, new Date(Date.now() + 2 * 3600_000));
    expect(report.orphansDeleted).toBe(1);
    expect(await storedObjects()).toEqual([]);
  });

  it('keeps rate-limit keys and their secret nowhere in storage: not in D1, not in the limiter object', async () => {
    await postContact(await encryptedFor('hello'));
    const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rate_limit%'").all();
    expect(tables.results).toEqual([]);
    const stored = await runInDurableObject(env.LIMITER.getByName('limits'), (_instance, state) => state.storage.list());
    expect([...stored.keys()]).toEqual([]);
  });
});

describe('consultation retention', () => {
  const CLOSED = Date.parse('2026-01-31T23:59:59Z');
  async function seedContribution(id: string) {
    await env.DB.prepare(
      `INSERT INTO consultation_submissions (id, cycle, idempotency_key_hash, organisation, organisation_type, country, contact_email, publication, answers,
       attachment_key, content_sha256, moderation, submitted_at, updated_at)
       VALUES (?, '2025', ?, 'Fictional network', 'ngo', 'ML', 'someone@network.example', 'public', '{}', ?, 'hash', 'approved', 0, 0)`,
    )
      .bind(id, `key-${id}`, `consultations/${id}.pdf`)
      .run();
    await env.ATTACHMENTS.put(`consultations/${id}.pdf`, '%PDF-1.4');
    await enqueueNotice(
      env.DB,
      { kind: 'receipt', recipient: 'someone@network.example', subject: 'Receipt', body: 'Received.', about: id },
      new Date(0),
    ).run();
  }
  const contributions = async () => (await env.DB.prepare('SELECT id, contact_email FROM consultation_submissions').all()).results;

  it('forgets contact e-mails and queued receipts six months after the cycle closes, and deletes contributions and PDFs after two years', async () => {
    await seedContribution('C2025-KEEP-0001');
    const cycleEnd = CLOSED;
    await runMaintenance(env, new Date(cycleEnd + 100 * DAY));
    expect(await contributions()).toEqual([{ id: 'C2025-KEEP-0001', contact_email: 'someone@network.example' }]);

    await runMaintenance(env, new Date(cycleEnd + 184 * DAY));
    expect(await contributions()).toEqual([{ id: 'C2025-KEEP-0001', contact_email: null }]);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first<{ n: number }>())?.n).toBe(0);
    expect(await storedObjects()).toEqual(['consultations/C2025-KEEP-0001.pdf']);

    const report = await runMaintenance(env, new Date(cycleEnd + 731 * DAY));
    expect(report.contributionsDeleted).toBe(1);
    expect(await contributions()).toEqual([]);
    expect(await storedObjects()).toEqual([]);
  });
});
