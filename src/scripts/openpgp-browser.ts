// The one way browser code reaches OpenPGP.js (the site's build resolves every `openpgp` import of
// browser code, functions/core included, to this module, so a page carries one copy): its lightweight
// build, which loads rarely used code (curves without WebCrypto, legacy ciphers, Argon2, bzip2) as
// separate chunks only when a key or message needs it, without the algorithms that curve25519 keys
// never use (scripts/openpgp-browser-build.ts). Only what is named here reaches the page.
export {
  config,
  createMessage,
  decrypt,
  decryptKey,
  encrypt,
  enums,
  generateKey,
  type Key,
  type PartialConfig,
  type PrivateKey,
  readKey,
  readMessage,
  readPrivateKey,
} from 'openpgp/lightweight';
