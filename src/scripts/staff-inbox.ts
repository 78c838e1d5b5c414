// The staff inbox at /staff/. Without JavaScript the page only says that it needs it (and points
// to the GnuPG instructions); with it, this script signs in, opens the desk's key in memory, lists
// and decrypts messages, sends encrypted replies and handles consultation input.
import { announce, showFailure } from './staff/announce';
import { wireConsultations } from './staff/consultations';
import { h, part } from './staff/dom';
import { withdrawAll } from './staff/downloads';
import { deskMessages, showInbox } from './staff/inbox';
import { lock, wireKeyForm } from './staff/key-form';
import { closeMessage, type MessageViewHooks, openMessage, wireMessageView } from './staff/message-view';
import { deskName, readPageData, say } from './staff/page-data';
import { type StaffMe, signIn, wireSignIn } from './staff/sign-in';

const NOT_DESKS = new Set(['consultations', '*']);
let shownDesk: string | undefined;

const hooks: MessageViewHooks = {
  changed: () => void listDesk(shownDesk, false),
  needKey: () => part('key-file').focus(),
};

async function listDesk(desk: string | undefined, announceCount = true): Promise<void> {
  if (!desk) return;
  try {
    const messages = await deskMessages(desk);
    shownDesk = desk;
    showInbox(part('message-lists'), messages, (message) => void openMessage(message, hooks));
    if (announceCount) announce(say('staff.inbox.loaded', { desk: deskName(desk), count: messages.length }));
  } catch (error) {
    showFailure(error, say('staff.error.network'));
  }
}

function forgetDecrypted(): void {
  closeMessage();
  withdrawAll();
}

function showDesks(me: StaffMe): void {
  const desks = me.desks.filter((desk) => !NOT_DESKS.has(desk));
  const select = part<HTMLSelectElement>('desk-select');
  select.replaceChildren(...desks.map((desk) => h('option', { value: desk }, deskName(desk))));
  part('desk-form').hidden = desks.length === 0;
  part('no-desks').hidden = desks.length > 0;
  for (const section of document.querySelectorAll<HTMLElement>('[data-signed-in-only]')) section.hidden = false;
  void listDesk(desks[0], false);
}

function start(): void {
  part('staff-no-script').hidden = true;
  part('staff-app').hidden = false;
  wireSignIn((me) => {
    showDesks(me);
    part('key-heading').focus();
  });
  wireKeyForm(forgetDecrypted);
  wireMessageView(hooks);
  wireConsultations();
  part<HTMLFormElement>('desk-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void listDesk(part<HTMLSelectElement>('desk-select').value);
  });
  // Leaving the page (or its going into the back-forward cache) drops the keys and all plaintext.
  window.addEventListener('pagehide', () => lock(forgetDecrypted));
  void signIn(showDesks);
}

if (readPageData()) start();
