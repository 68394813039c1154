import type { KdfParams } from '../../src/main/store/vault/key-wrapping';

/** scrypt made cheap for tests that are not about its cost (the real cost is benchmarked). */
export const fastKdf: KdfParams = { N: 1024, r: 8, p: 1 };
