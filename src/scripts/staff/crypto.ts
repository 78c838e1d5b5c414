// The one place this page loads its OpenPGP code: on first use, since it is large and nothing needs
// it until a key is opened.

let openpgp: Promise<typeof import('openpgp')> | undefined;

export function loadOpenpgp(): Promise<typeof import('openpgp')> {
  openpgp ??= import('openpgp');
  return openpgp;
}

let conversation: Promise<typeof import('../../../functions/core/contact/conversation')> | undefined;

/** The reply encryption, which needs OpenPGP as well. */
export function loadConversationCrypto(): Promise<typeof import('../../../functions/core/contact/conversation')> {
  conversation ??= import('../../../functions/core/contact/conversation');
  return conversation;
}
