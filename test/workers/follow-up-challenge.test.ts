// Without JavaScript, a follow-up past the contact limit is not a dead end: the receipts page keeps
// what the defender wrote, asks the sum a contact form asks, and sends the follow-up once it is right.
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { answerReceiptForm, type ReceiptOutcome, type ShownConversation } from '../../src/lib/conversation-page';
import { encryptedFor, postContact } from './contact-helpers';
import { startConversation } from './conversation-helpers';

const CLIENT = '198.51.100.44';
const TEXT = 'The hearing moved to Friday';

function shown(outcome: ReceiptOutcome): ShownConversation {
  if (outcome.kind !== 'conversation') throw new Error(`expected the conversation, got ${JSON.stringify(outcome)}`);
  return outcome;
}

it('keeps the text, asks a sum, refuses a wrong answer with a new sum, and sends the follow-up with the right one', async () => {
  const defender = await startConversation('Opening message', CLIENT);
  // The opening message counted once; four more reach CONTACT_RATE_LIMIT (5) for this delegation.
  for (let filler = 0; filler < 4; filler += 1)
    expect((await postContact(await encryptedFor(`filler ${filler}`), { address: CLIENT })).status).toBe(201);
  const form = { code: defender.receipt, passphrase: defender.passphrase, action: 'follow-up', message: TEXT, reply: '' };

  const limited = shown(await answerReceiptForm(env, form, CLIENT));
  expect(limited.status).toBe(429);
  expect(limited.followUpError?.key).toBe('contact.challenge.intro');
  expect(limited.draft).toBe(TEXT);
  const first = limited.challenge;
  if (!first) throw new Error('no question offered past the limit');

  const wrong = shown(
    await answerReceiptForm(env, { ...form, challenge: { token: first.token, answer: String(first.a + first.b + 1) } }, CLIENT),
  );
  expect(wrong.status).toBe(422);
  expect(wrong.followUpError?.key).toBe('contact.error.challengeFailed');
  expect(wrong.draft).toBe(TEXT);
  const second = wrong.challenge;
  if (!second) throw new Error('no new question after a wrong answer');
  expect(second.token).not.toBe(first.token);

  const sent = shown(
    await answerReceiptForm(env, { ...form, challenge: { token: second.token, answer: String(second.a + second.b) } }, CLIENT),
  );
  expect(sent.status).toBe(201);
  expect(sent.notice).toBe('receipts.followUp.sent');
  expect(sent.entries.map((entry) => entry.text)).toContain(TEXT);
  expect(sent.challenge).toBeUndefined();
});
