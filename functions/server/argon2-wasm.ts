// workerd refuses to compile WebAssembly at run time, and openpgp.js compiles its Argon2 code from
// bytes the first time it makes or opens a key protected with Argon2 S2K (a conversation's reply
// key). The bundler compiles those two modules ahead of time from the argon2id package, which
// openpgp.js inlines byte for byte; this hands them over when openpgp.js asks for exactly those bytes
// (recognised by their SHA-256, checked against the package in test/unit/argon2-wasm.test.ts).
import noSimd from 'argon2id/dist/no-simd.wasm?module';
import simd from 'argon2id/dist/simd.wasm?module';
import { sha256Hex } from '../core/digest';

export const ARGON2_WASM_SHA256: Readonly<Record<string, WebAssembly.Module>> = {
  '50647e10fc8e0adba4f60726f3f0d77db0e3c73516b05a83ad10390b3a8b4b0e': simd,
  '1f16d8de5a6d8a3a4fad5885c4784f57713d3626fd7d55f852fd79ecadbc4f8e': noSimd,
};

const compileAtRunTime = WebAssembly.instantiate.bind(WebAssembly);

async function instantiatePrecompiled(source: unknown, imports?: WebAssembly.Imports) {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const module = ARGON2_WASM_SHA256[await sha256Hex(new Uint8Array(source))];
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
