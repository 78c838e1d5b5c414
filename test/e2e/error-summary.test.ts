// GOV.UK's error summary on the two forms: after a failed submit it is the first thing in <main>,
// has the focus (without JavaScript too), links to each field with a problem, and the page's title
// starts with "Error:" in the page's language. Every message sent here is invalid, so none counts
// against the contact form's rate limit.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it } from '../support/browser';

const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const errorPrefix = (lang: string) => (strings(lang)['form.error.title'] ?? '').replace('{title}', '');

interface SummaryState {
  focused: string | undefined;
  firstInMain: string | undefined;
  links: { href: string | null; text: string }[];
}

function summaryState(page: Page, id: string): Promise<SummaryState> {
  return page.evaluate(
    (summaryId) => ({
      focused: document.activeElement?.id,
      firstInMain: document.querySelector('main')?.firstElementChild?.id,
      links: [...document.querySelectorAll(`#${summaryId} a`)].map((link) => ({
        href: link.getAttribute('href'),
        text: link.textContent ?? '',
      })),
    }),
    id,
  );
}

async function sendWrongFile(page: Page, lang: string) {
  await page.goto(`/${lang}/delegations/russia/contact/`);
  await page.locator('#message').fill('رسالة قصيرة');
  await page.locator('#attachment').setInputFiles({ name: 'x.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await page.locator('form button[type="submit"]').click();
  await page.locator('#contact-problem').waitFor({ state: 'visible' });
}

describe('the contact form after a failed submit', () => {
  for (const lang of ['en', 'ar']) {
    it(`without JavaScript on /${lang}/: the summary comes first, has the focus and links to the file field`, async ({ open }) => {
      const { page } = await open({ javaScriptEnabled: false });
      const plainTitle = await page.goto(`/${lang}/delegations/russia/contact/`).then(() => page.title());
      expect(plainTitle.startsWith(errorPrefix(lang))).toBe(false);
      await sendWrongFile(page, lang);
      expect(await page.title()).toBe(`${errorPrefix(lang)}${plainTitle}`);
      expect(await summaryState(page, 'contact-problem')).toEqual({
        focused: 'contact-problem',
        firstInMain: 'contact-problem',
        links: [{ href: '#attachment', text: strings(lang)['contact.error.fileType'] }],
      });
      expect(await page.locator('#attachment-error').textContent()).toBe(strings(lang)['contact.error.fileType']);
      await page.locator('#contact-problem a').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('attachment');
    });
  }

  it('with JavaScript on /ar/: the same summary, title and focus, and a second failed try says "Error:" once', async ({ open }) => {
    const { page } = await open({ locale: 'ar' });
    await page.goto('/ar/delegations/russia/contact/');
    const plainTitle = await page.title();
    await sendWrongFile(page, 'ar');
    expect(await page.title()).toBe(`${errorPrefix('ar')}${plainTitle}`);
    expect(await summaryState(page, 'contact-problem')).toEqual({
      focused: 'contact-problem',
      firstInMain: 'contact-problem',
      links: [{ href: '#attachment', text: strings('ar')['contact.error.fileType'] }],
    });
    await page.locator('#attachment').setInputFiles([]);
    await page.locator('#message').fill('');
    await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.locator('form button[type="submit"]').click();
    await page.locator('#message-error').waitFor({ state: 'visible' });
    expect(await page.title()).toBe(`${errorPrefix('ar')}${plainTitle}`);
    expect((await summaryState(page, 'contact-problem')).links).toEqual([
      { href: '#message', text: strings('ar')['contact.error.messageRequired'] },
    ]);
  });
});

describe('the consultation form after a failed submit', () => {
  for (const lang of ['en', 'ar']) {
    it(`without JavaScript on /${lang}/: every problem is linked in the order of the form, and the summary has the focus`, async ({
      open,
    }) => {
      const { page } = await open({ javaScriptEnabled: false });
      await page.goto(`/${lang}/consultations/2026/`);
      const plainTitle = await page.title();
      // The browser's own checks would stop an empty form: the server's are the ones under test.
      await page.locator('form.consultation-form').evaluate((form) => form.setAttribute('novalidate', ''));
      await page.locator('.consultation-form button[type="submit"]').click();
      await page.locator('#consultation-problem').waitFor({ state: 'visible' });
      const t = strings(lang);
      expect(await page.title()).toBe(`${errorPrefix(lang)}${plainTitle}`);
      expect(await summaryState(page, 'consultation-problem')).toEqual({
        focused: 'consultation-problem',
        firstInMain: 'consultation-problem',
        links: [
          { href: '#organisation', text: t['consultation.error.organisationRequired'] },
          { href: '#type', text: t['consultation.error.typeRequired'] },
          { href: '#country', text: t['consultation.error.countryRequired'] },
          { href: '#publication-public', text: t['consultation.error.publicationRequired'] },
          { href: '#answer-protecting-individuals', text: t['consultation.error.answerRequired'] },
          { href: '#consent', text: t['consultation.error.consentRequired'] },
        ],
      });
      await page.locator('#consultation-problem a[href="#publication-public"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('publication-public');
    });
  }

  it('names the line of action of an answer that is too long, with and without JavaScript; once sent, the title is plain again', async ({
    open,
  }) => {
    for (const javaScriptEnabled of [false, true]) {
      const { page } = await open({ javaScriptEnabled });
      await page.goto('/en/consultations/2026/');
      const plainTitle = await page.title();
      await page.locator('#organisation').fill('Colectivo Tierra (fictional)');
      await page.locator('#type').selectOption('ngo');
      await page.locator('#country').selectOption('HN');
      await page.locator('#publication-anonymous').check();
      const answer = page.locator('#answer-working-together');
      const max = Number(await answer.getAttribute('maxlength'));
      await answer.evaluate((field, length) => {
        field.removeAttribute('maxlength');
        (field as HTMLTextAreaElement).value = 'a'.repeat(length + 1);
      }, max);
      await page.locator('#consent').check();
      await page.locator('.consultation-form button[type="submit"]').click();
      await page.locator('#answer-working-together-error').waitFor({ state: 'visible' });
      const t = strings('en');
      const text = (t['form.error.summaryItem'] ?? '')
        .replace('{field}', t['line.working-together'] ?? '')
        .replace('{message}', t['consultation.error.answerTooLong'] ?? '');
      expect((await summaryState(page, 'consultation-problem')).links, `JavaScript ${javaScriptEnabled}`).toEqual([
        { href: '#answer-working-together', text },
      ]);
      await answer.fill('Joint trial observation worked; keep it.');
      if (!javaScriptEnabled) await page.locator('#consent').check();
      await page.locator('.consultation-form button[type="submit"]').click();
      await page.locator('[data-receipt-id]').waitFor();
      expect(await page.title()).toBe(plainTitle);
    }
  });
});
