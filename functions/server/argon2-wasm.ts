// workerd refuses to compile WebAssembly at run time, and openpgp.js compiles its Argon2 code from
// bytes the first time it makes or opens a key protected with Argon2 S2K (a conversation's reply
// key). The bundler compiles those two modules ahead of time from the argon2id package, which
// openpgp.js inlines byte for byte; this hands them over when openpgp.js asks for exactly those bytes
// (recognised by their SHA-256, see argon2-wasm-hashes.ts).
import noSimd from 'argon2id/dist/no-simd.wasm?module';
import simd from 'argon2id/dist/simd.wasm?module';
import { sha256Hex } from '../core/digest';
import { ARGON2_NO_SIMD_SHA256, ARGON2_SIMD_SHA256 } from './argon2-wasm-hashes';

const PRECOMPILED: Readonly<Record<string, WebAssembly.Module>> = { [ARGON2_SIMD_SHA256]: simd, [ARGON2_NO_SIMD_SHA256]: noSimd };

const compileAtRunTime = WebAssembly.instantiate.bind(WebAssembly);

async function instantiatePrecompiled(source: unknown, imports?: WebAssembly.Imports) {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const module = PRECOMPILED[await sha256Hex(new Uint8Array(source))];
    if (module) return { module, instance: await WebAssembly.instantiate(module, imports) };
  }
  return compileAtRunTime(source as BufferSource, imports);
}

let installed = false;

/** Lets openpgp.js use Argon2 inside the Worker. Idempotent. */
export function installArgon2Wasm(): void {
  if (installed) return;
  installed = true;
  WebAssembly.instantiate = instantiatePrecompiled as typeof WebAssembly.instantiate;
}
