// The SHA-256 of the two WebAssembly modules of the argon2id package (with and without SIMD), which
// openpgp.js inlines byte for byte; argon2-wasm.ts recognises them by these, and a unit test checks
// them against the installed package so that an upgrade cannot slip past.
export const ARGON2_SIMD_SHA256 = '50647e10fc8e0adba4f60726f3f0d77db0e3c73516b05a83ad10390b3a8b4b0e';
export const ARGON2_NO_SIMD_SHA256 = '1f16d8de5a6d8a3a4fad5885c4784f57713d3626fd7d55f852fd79ecadbc4f8e';
