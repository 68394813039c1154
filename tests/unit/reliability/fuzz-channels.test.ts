import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { channels, contract, type Channel } from '../../../src/shared/contract';
import { errorCodes } from '../../../src/shared/result';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore } from '../../helpers/test-backend';

/**
 * Every channel's input schema, fuzzed: random and malformed inputs never crash the
 * backend, a rejected input changes nothing, and an input the schema refuses is always
 * a `validation` error. Session channels are left out: they lock and unlock the store
 * under test (their own tests cover wrong passphrases and throttling).
 */
const fuzzed = channels.filter((c) => !c.startsWith('session.'));

/** Keys the schema knows, so that random objects also reach the field-level checks. */
function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function inputs(channel: Channel): fc.Arbitrary<unknown> {
  const keys = keysOf(contract[channel].input);
  const value = fc.oneof(fc.anything(), fc.integer({ min: -2, max: 40 }), fc.string(), fc.constantFrom('2026-11-22', '2026-10', '2026-11-20T14:30', '', 'Juvenile Hall'), fc.boolean(), fc.constant(null));
  return fc.oneof(fc.anything(), keys.length ? fc.dictionary(fc.constantFrom(...keys), value) : fc.object(), keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, value]))) : fc.constant({}));
}

describe('fuzzed IPC inputs', () => {
  it(`${fuzzed.length} channels: no crash, rejected inputs change nothing, schema failures are validation errors`, async () => {
    const { backend, clock, dataDir } = await newStore();
    await seedDemo(backend, clock());
    const reader = await openStoreDirectly(dataDir);
    const tables = (reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    const counts = () => tables.map((t) => (reader.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n).join(',');
    try {
      for (const channel of fuzzed) {
        await fc.assert(
          fc.asyncProperty(inputs(channel), async (input) => {
            const before = counts();
            const result = await backend.invoke(channel, input);
            expect(typeof result.ok, channel).toBe('boolean');
            const code = result.ok ? null : result.error.code;
            const message = `${channel}: ${result.ok ? 'ok' : result.error.message}`;
            expect(code === 'internal' || (code !== null && !errorCodes.includes(code)), message).toBe(false);
            expect(code === null ? before : counts(), `${channel} rejected but wrote`).toBe(before);
            const refusedBySchema = !contract[channel].input.safeParse(input === undefined ? {} : input).success;
            expect(refusedBySchema ? code : 'validation', message).toBe('validation');
          }),
          { numRuns: 30, seed: 517 + fuzzed.indexOf(channel) },
        );
      }
    } finally {
      reader.close();
    }
  }, 120_000);
});
