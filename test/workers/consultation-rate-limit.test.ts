import { describe, expect, it } from 'vitest';
import { newSecretCode } from '../../functions/core/receipt-code';
import { contribution, postContribution, type Receipt, storedContributions, withSecret, YEAR } from './consultation-helpers';
import { fetchWorker } from './contact-helpers';

describe('rate limiting of contributions', () => {
  it('accepts 20 contributions an hour from one connection, then answers 429 with Retry-After and stores nothing more', async () => {
    const send = () =>
      fetchWorker('/api/consultations/2026/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '198.51.100.77' },
        body: JSON.stringify(contribution()),
      });
    for (let count = 0; count < 20; count += 1) expect((await send()).status).toBe(201);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await storedContributions()).toHaveLength(20);
  });

  it('returns the stored receipt to a retry from a connection over its limit, and counts a retry with other content', async () => {
    const address = '198.51.100.78';
    const first = contribution();
    const receipt = await (await postContribution(first, YEAR, address)).json<Receipt>();
    for (let count = 1; count < 20; count += 1) expect((await postContribution(contribution(), YEAR, address)).status).toBe(201);
    expect((await postContribution(contribution(), YEAR, address)).status).toBe(429);

    const retry = await postContribution(first, YEAR, address);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ...receipt, replayed: true });
    const conflicting = await postContribution({ ...first, answers: { general: 'Other words.' } }, YEAR, address);
    expect(conflicting.status).toBe(429);
    expect(await storedContributions()).toHaveLength(20);
  });

  it('does not count a retry of a stored contribution under the limit: the connection can still send its 20', async () => {
    const address = '198.51.100.80';
    const first = contribution();
    expect((await postContribution(first, YEAR, address)).status).toBe(201);
    for (let retry = 0; retry < 3; retry += 1) expect((await postContribution(first, YEAR, address)).status).toBe(200);
    for (let count = 1; count < 20; count += 1) expect((await postContribution(contribution(), YEAR, address)).status).toBe(201);
    expect((await postContribution(contribution(), YEAR, address)).status).toBe(429);
    expect(await storedContributions()).toHaveLength(20);
  });
});

describe('rate limiting of secret checks', () => {
  it('counts every attempt to view, change or withdraw, 10 an hour per connection, then answers 429 even to the right secret', async () => {
    const address = '198.51.100.79';
    const body = contribution();
    const receipt = await (await postContribution(body)).json<Receipt>();
    const wrong = newSecretCode();
    const right = () => withSecret('view', receipt.id, receipt.secret, { address });
    const wrongTries = [
      () => withSecret('view', receipt.id, wrong, { address }),
      () => withSecret('edit', receipt.id, wrong, { address, fields: body }),
      () => withSecret('withdraw', receipt.id, wrong, { address }),
    ];
    const statuses: number[] = [];
    for (const attempt of [right, ...wrongTries, right, ...wrongTries, right, ...wrongTries.slice(0, 1)])
      statuses.push((await attempt()).status);
    expect(statuses).toEqual([200, 404, 404, 404, 200, 404, 404, 404, 200, 404]);

    for (const refused of [
      await withSecret('view', receipt.id, receipt.secret, { address }),
      await withSecret('edit', receipt.id, receipt.secret, { address, fields: body }),
      await withSecret('withdraw', receipt.id, receipt.secret, { address }),
    ]) {
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect((await refused.json<{ error: { code: string } }>()).error.code).toBe('rate_limited');
    }
    expect(await storedContributions()).toHaveLength(1);
    expect((await withSecret('view', receipt.id, receipt.secret, { address: '198.51.100.80' })).status).toBe(200);
  });
});
