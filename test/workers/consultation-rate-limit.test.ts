import { describe, expect, it } from 'vitest';
import { contribution, storedContributions } from './consultation-helpers';
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
});
