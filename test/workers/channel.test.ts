// The secure channel cannot be locked: junk never counts against a limit, the limit counts accepted
// messages per client and delegation, and past it a person can still send by answering a challenge.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { type ChallengeOffer, solveProofOfWork } from '../../functions/core/challenge';
import { encryptContact } from '../../functions/core/contact/encryption';
import { acceptContact } from '../../functions/server/contact-service';
import { chinaKey, encryptedFor, fetchWorker, postContact } from './contact-helpers';
import { refusalOf } from './refusal';

const address = () => `203.0.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

async function fillTheLimit(client: string, delegation = 'russia') {
  for (let attempt = 0; attempt < 5; attempt += 1)
    expect((await postContact(await encryptedFor(`message ${attempt}`), { address: client, delegation })).status).toBe(201);
}

describe('junk against the contact API', () => {
  it('answers 415 to a body not declared as JSON, the cross-site request a hostile page can send', async () => {
    const response = await fetchWorker('/api/contact/russia', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'CF-Connecting-IP': address() },
      body: JSON.stringify(await encryptedFor('looks fine')),
    });
    expect(response.status).toBe(415);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('unsupported_media_type');
  });

  it('lets a real message through after five junk requests and five invalid ones from the same address', async () => {
    const client = address();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const junk = await fetchWorker('/api/contact/russia', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', 'CF-Connecting-IP': client },
        body: '{"message":"x"}',
      });
      expect(junk.status).toBe(415);
      expect((await postContact({ message: 'x' }, { address: client })).status).toBe(422);
    }
    expect((await postContact(await encryptedFor('the real message'), { address: client })).status).toBe(201);
  });

  it('counts the limit per delegation: a client at its limit for one can still write to another', async () => {
    const client = address();
    await fillTheLimit(client);
    expect((await postContact(await encryptedFor('sixth'), { address: client })).status).toBe(429);
    const toChina = await encryptContact(await chinaKey(), 'china', { message: 'to another delegation', replyTo: '', name: '' });
    expect((await postContact(toChina, { address: client, delegation: 'china' })).status).toBe(201);
  });
});

describe('past the limit', () => {
  it('offers a proof of work with the 429; once solved, the message is accepted, and the solution works only once', async () => {
    const client = address();
    await fillTheLimit(client);
    const limited = await postContact(await encryptedFor('sixth'), { address: client });
    expect(limited.status).toBe(429);
    const { error } = await limited.json<{ error: { code: string; challenge: ChallengeOffer } }>();
    expect(error.code).toBe('rate_limited');
    expect(error.challenge).toMatchObject({ kind: 'proof-of-work', difficulty: expect.any(Number) });
    const answer = await solveProofOfWork(error.challenge.token, error.challenge.difficulty ?? 0);
    const solved = { ...(await encryptedFor('sixth, with the challenge answered')), challenge: { token: error.challenge.token, answer } };
    expect((await postContact(solved, { address: client })).status).toBe(201);
    const replayed = await postContact(solved, { address: client });
    expect(replayed.status).toBe(422);
    expect((await replayed.json<{ error: { code: string; challenge: ChallengeOffer } }>()).error).toMatchObject({
      code: 'challenge_failed',
      challenge: { kind: 'proof-of-work' },
    });
  });

  it('refuses a proof of work that does not meet the difficulty', async () => {
    const client = address();
    await fillTheLimit(client);
    const { error } = await (await postContact(await encryptedFor('sixth'), { address: client })).json<{
      error: { challenge: ChallengeOffer };
    }>();
    const wrong = { ...(await encryptedFor('sixth')), challenge: { token: error.challenge.token, answer: 'not-a-solution' } };
    expect((await postContact(wrong, { address: client })).status).toBe(422);
  });

  it('without JavaScript, offers a sum to write in digits, and accepts the message with the right answer only', async () => {
    const client = address();
    await fillTheLimit(client);
    const send = (challenge?: { token: string; answer: string }) =>
      acceptContact(env, {
        delegationId: 'russia',
        clientAddress: client,
        now: new Date(),
        encrypt: async () => encryptedFor('written without JavaScript'),
        challengeKind: 'question',
        challenge,
      });
    let offer: ChallengeOffer | undefined;
    await send().catch((error: { code: string; challenge: ChallengeOffer }) => {
      expect(error.code).toBe('rate_limited');
      offer = error.challenge;
    });
    expect(offer?.kind).toBe('question');
    const { a = 0, b = 0 } = offer?.question ?? {};
    expect(await refusalOf(send({ token: offer?.token ?? '', answer: String(a + b + 1) }))).toMatchObject({ code: 'challenge_failed' });
    const { challenge: next } = (await send({ token: offer?.token ?? '', answer: '0' }).catch((error) => error)) as {
      challenge: ChallengeOffer;
    };
    const sum = (next.question?.a ?? 0) + (next.question?.b ?? 0);
    // Digits as an Arabic reader may type them count too.
    const arabicDigits = String(sum).replace(/\d/g, (digit) => String.fromCodePoint(0x660 + Number(digit)));
    expect(await send({ token: next.token, answer: ` ${arabicDigits} ` })).toMatch(/^[0-9A-Z]{4}-/);
  });
});
