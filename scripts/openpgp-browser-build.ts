// The OpenPGP.js that the browser gets: the library's lightweight build, without the code of the
// algorithms that the site's curve25519 keys never use. The contact page downloads it on a slow
// phone's network, and RSA, DSA, ElGamal, ECDSA, EAX and the JavaScript DEFLATE fallback (for browsers
// without CompressionStream) are a fifth of it.
//
// In the client build only, `openpgp` resolves to src/scripts/openpgp-browser.ts (the one module
// through which browser code uses OpenPGP.js), and `openpgp/lightweight` to the lightweight build's
// unminified source, whose comments mark where each of the library's modules begins. In the modules
// listed below, every top-level function and class throws "not in this build" and every other value
// becomes such a function: nothing else of the library changes. A key of another type then fails in
// the browser, and the contact page posts its form as without JavaScript, for the Worker (which keeps
// the full build) to encrypt. The build fails if the library no longer has these modules.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

interface Span {
  start: number;
  end: number;
}
/** What this needs of a top-level ESTree statement, as Vite's and Rolldown's parsers give it. */
interface TopLevelNode extends Span {
  type: string;
  body?: Span;
  declarations?: (Span & { init?: Span | null })[];
}
interface ModuleStart {
  at: number;
  name: string;
}
type Edit = [start: number, end: number, text: string];

const BROWSER_MODULE = fileURLToPath(new URL('../src/scripts/openpgp-browser.ts', import.meta.url));
// The package exports only the minified lightweight build; its unminified source sits beside it.
const LIGHTWEIGHT = fileURLToPath(new URL('../lightweight/openpgp.mjs', `file://${createRequire(import.meta.url).resolve('openpgp')}`));
const SUPPORTED_VERSION = /^\/\*! OpenPGP\.js v6\./;

/** Modules left out, by the name in their `@module` comment (or the one moduleStarts gives them). */
export const LEFT_OUT = [
  'biginteger',
  'crypto/public_key/prime',
  'crypto/pkcs1',
  'crypto/public_key/rsa',
  'crypto/public_key/elgamal',
  'crypto/public_key/dsa',
  'crypto/public_key/elliptic/ecdsa',
  // EAX, an optional AEAD mode that GnuPG does not use; OpenPGP.js prefers OCB and GCM, which stay.
  'crypto/cmac',
  'crypto/mode/eax',
  // The JavaScript GCM fallback's hash: every browser with WebCrypto, which OpenPGP.js needs anyway, does GCM itself.
  'noble-ciphers/ghash',
  'fflate',
];

/**
 * Left out of the contact page's encryption worker as well, which only reads a key, makes a reply key
 * and encrypts: all of that runs AES in WebCrypto (CFB encryption through AES-CBC, key wrapping, GCM),
 * so it needs neither noble-ciphers' JavaScript AES (which the pages that decrypt keep, for CFB
 * decryption) nor OCB, which neither the site's keys nor its key protection use.
 */
export const LEFT_OUT_OF_ENCRYPTION_WORKER = [...LEFT_OUT, 'noble-ciphers/aes', 'crypto/mode/ocb'];

/**
 * Where each module begins: at its `@module` comment, and for the two parts of bundled libraries that
 * have none (noble-ciphers' GHASH, fflate), at their own first comment; each part ends where the next
 * begins (noble-ciphers' AES, OpenPGP.js's next GPL header).
 */
function moduleStarts(code: string): ModuleStart[] {
  const marks: [RegExp, (match: RegExpExecArray) => string][] = [
    [/@module ([\w/]+)/g, (match) => match[1] ?? ''],
    [/^ \* GHash from AES-GCM/gm, () => 'noble-ciphers/ghash'],
    [/^ \* \[AES\]\(https:/gm, () => 'noble-ciphers/aes'],
    [/^\/\/ DEFLATE is a complex format/gm, () => 'fflate'],
  ];
  const starts = marks.flatMap(([pattern, name]) => [...code.matchAll(pattern)].map((match) => ({ at: match.index, name: name(match) })));
  const fflate = starts.find((start) => start.name === 'fflate');
  const fflateEnd = fflate ? code.indexOf('// GPG4Browsers', fflate.at) : -1;
  if (fflateEnd > 0) starts.push({ at: fflateEnd, name: 'after fflate' });
  return starts.sort((a, b) => a.at - b.at);
}

function moduleAt(starts: ModuleStart[], position: number): string | undefined {
  let name: string | undefined;
  for (const start of starts) {
    if (start.at > position) break;
    name = start.name;
  }
  return name;
}

const thrower = (name: string) => `function () { throw new Error('OpenPGP.js ${name} is not in this build'); }`;

/** The edits that stub one top-level statement of a module left out. */
function stubEdits(node: TopLevelNode, name: string, code: string): Edit[] {
  const { body, declarations = [] } = node;
  if (node.type === 'FunctionDeclaration' && body)
    return [[body.start, body.end, `{ throw new Error('OpenPGP.js ${name} is not in this build'); }`]];
  if (node.type === 'ClassDeclaration' && body) return [[body.start, body.end, `{ constructor() { (${thrower(name)})(); } }`]];
  if (node.type === 'VariableDeclaration')
    return declarations.flatMap(({ init }): Edit[] => (init ? [[init.start, init.end, thrower(name)]] : []));
  // Statements that only fill the module's own tables.
  if (node.type.endsWith('Statement')) return [[node.start, node.end, '']];
  throw new Error(`openpgp-browser-build: cannot leave out a ${node.type} of ${name}: ${code.slice(node.start, node.start + 80)}`);
}

/** The lightweight build's source without the modules left out. */
export function leaveOutModules(code: string, program: { body: readonly object[] }, leftOut: readonly string[] = LEFT_OUT): string {
  if (!SUPPORTED_VERSION.test(code)) throw new Error('openpgp-browser-build: not OpenPGP.js 6; check the modules left out again');
  const starts = moduleStarts(code);
  const missing = leftOut.filter((name) => !starts.some((start) => start.name === name));
  if (missing.length > 0) throw new Error(`openpgp-browser-build: OpenPGP.js has no module ${missing.join(', ')} any more`);
  const edits = (program.body as TopLevelNode[]).flatMap((node) => {
    const name = moduleAt(starts, node.start);
    return name && leftOut.includes(name) ? stubEdits(node, name, code) : [];
  });
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function openpgpBrowserBuild(leftOut: readonly string[] = LEFT_OUT): Plugin {
  return {
    name: 'hrd-portal:openpgp-browser-build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(source: string) {
      if (source === 'openpgp') return BROWSER_MODULE;
      if (source === 'openpgp/lightweight') return LIGHTWEIGHT;
      return undefined;
    },
    transform: {
      filter: { id: /openpgp\/dist\/lightweight\/openpgp\.mjs$/ },
      handler(code: string, id: string) {
        if (id !== LIGHTWEIGHT) return undefined;
        return { code: leaveOutModules(code, this.parse(code), leftOut), map: null };
      },
    },
  };
}
