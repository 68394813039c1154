import { describe, expect, it } from 'vitest';
import { isoDateSchema, monthSchema } from '../../../src/shared/calendar';
import { localMomentSchema } from '../../../src/shared/incidents';
import { newStore } from '../../helpers/test-backend';

describe('data safety: inputs have bounds (issue 13, item 7)', () => {
  it('data safety: dates are accepted from 1900-01-01 to 2100-12-31 and refused outside', () => {
    expect(isoDateSchema.safeParse('1899-12-31').success).toBe(false);
    expect(isoDateSchema.safeParse('2101-01-01').success).toBe(false);
    expect(isoDateSchema.safeParse('0001-01-01').success).toBe(false);
    expect(isoDateSchema.safeParse('9999-12-31').success).toBe(false);
    expect(isoDateSchema.safeParse('1900-01-01').success).toBe(true);
    expect(isoDateSchema.safeParse('2100-12-31').success).toBe(true);
  });

  it('data safety: months are accepted from 1900-01 to 2100-12 and refused outside', () => {
    expect(monthSchema.safeParse('1899-12').success).toBe(false);
    expect(monthSchema.safeParse('2101-01').success).toBe(false);
    expect(monthSchema.safeParse('0001-01').success).toBe(false);
    expect(monthSchema.safeParse('9999-12').success).toBe(false);
    expect(monthSchema.safeParse('1900-01').success).toBe(true);
    expect(monthSchema.safeParse('2100-12').success).toBe(true);
  });

  it('data safety: incident date-and-time moments keep to the same years', () => {
    expect(localMomentSchema.safeParse('1899-12-31T23:59').success).toBe(false);
    expect(localMomentSchema.safeParse('2101-01-01T00:00').success).toBe(false);
    expect(localMomentSchema.safeParse('9999-12-31T10:00').success).toBe(false);
    expect(localMomentSchema.safeParse('1900-01-01T00:00').success).toBe(true);
    expect(localMomentSchema.safeParse('2100-12-31T23:59').success).toBe(true);
  });

  it('data safety: reports.monthly refuses 0001-01 and 9999-12 with a validation error, and answers for 1900-01 and 2100-12', async () => {
    const { backend } = await newStore();
    for (const month of ['0001-01', '9999-12', '1899-12', '2101-01']) {
      const result = await backend.invoke('reports.monthly', { month });
      expect(result, month).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/1900 to 2100/) } });
    }
    for (const month of ['1900-01', '2100-12']) {
      expect((await backend.invoke('reports.monthly', { month })).ok, month).toBe(true);
    }
  });

  it('data safety: reports.period refuses years out of range, an end before the start and more than ten years, each with a plain message', async () => {
    const { backend } = await newStore();
    expect(await backend.invoke('reports.period', { from: '0001-01', to: '9999-12' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('reports.period', { from: '2026-01', to: '9999-12' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('reports.period', { from: '2026-09', to: '2026-07' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ends after it starts/) } });
    expect(await backend.invoke('reports.period', { from: '2000-01', to: '2026-12' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ten years/) } });
    expect((await backend.invoke('reports.period', { from: '2091-01', to: '2100-12' })).ok).toBe(true);
    expect((await backend.invoke('reports.period', { from: '1900-01', to: '1909-12' })).ok).toBe(true);
  });
});
