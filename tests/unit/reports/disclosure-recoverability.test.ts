import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { addMonths, monthsFrom, type Month } from '../../../src/shared/calendar';
import type { ProgramReport } from '../../../src/shared/reports';
import { concernCategories, referralDestinations } from '../../../src/shared/tallies';
import { addTrainedMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore, valueOf } from '../../helpers/test-backend';

/**
 * §6, read as an adversary would: every monthly report and many period reports of 214
 * generated months are printed; from all their figures together (breakdown cells, totals,
 * "≥ n" bounds, and the activity table's referrals in the month, year-earlier and
 * year-to-date columns) an integer linear program finds the smallest and largest value each
 * hidden cell could have. No hidden cell may be pinned down: each must range over k values.
 */

const K = 3;
const FIRST: Month = '2009-01';
const LAST: Month = '2026-10';
const GROUPS = ['Adult Field Services', 'Juvenile Field Services', 'Juvenile Hall', 'Administration', 'Support Services'];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mostly zeros and small counts, now and then a large one: the cells suppression is for. */
function smallCount(next: () => number): number {
  const r = next();
  if (r < 0.5) return 0;
  if (r < 0.8) return 1 + Math.floor(next() * 2);
  return 1 + Math.floor(next() * 12);
}

/** One linear fact a reader holds: Σ of the cells named (each a month index and a cell index) is = or ≥ a value. */
interface Fact {
  cells: [number, number][];
  relation: '=' | '>=';
  value: number;
}

/** What a reader holds about one breakdown across every report printed. */
interface Reading {
  months: Month[];
  /** Per month, per cell: the value printed in the month's own report, or null when hidden. */
  printed: (number | null)[][];
  facts: Fact[];
}

function readBreakdown(title: string, monthly: Map<Month, ProgramReport>, periods: ProgramReport[], activity?: (f: ProgramReport['current']) => number): Reading {
  const months = [...monthly.keys()];
  const index = new Map(months.map((m, i) => [m, i]));
  const breakdownOf = (r: ProgramReport) => {
    const b = r.breakdowns.find((x) => x.title === title);
    if (!b) throw new Error(`No breakdown "${title}"`);
    return b;
  };
  const printed = months.map((m) => breakdownOf(monthly.get(m) as ProgramReport).cells.map((c) => (c.shown === 'x' ? null : Number(c.shown))));
  const facts: Fact[] = [];
  const cellsOf = (from: Month, to: Month, only?: number) =>
    monthsFrom(from, to).flatMap((m) => {
      const mi = index.get(m);
      if (mi === undefined) return [];
      return (printed[mi] ?? []).flatMap((_, ci) => (only === undefined || only === ci ? [[mi, ci] as [number, number]] : []));
    });
  for (const report of [...monthly.values(), ...periods]) {
    const b = breakdownOf(report);
    facts.push({ cells: cellsOf(report.from, report.to), relation: '=', value: b.total });
    b.cells.forEach((c, ci) => {
      if (c.shown === 'x') return;
      const [relation, value] = c.shown.startsWith('≥') ? (['>=', Number(c.shown.slice(1))] as const) : (['=', Number(c.shown)] as const);
      facts.push({ cells: cellsOf(report.from, report.to, ci), relation, value });
    });
    if (activity) {
      facts.push({ cells: cellsOf(report.from, report.to), relation: '=', value: activity(report.current) });
      if (addMonths(report.from, -12) >= FIRST) facts.push({ cells: cellsOf(addMonths(report.from, -12), addMonths(report.to, -12)), relation: '=', value: activity(report.previousYear) });
      if (report.yearToDate) facts.push({ cells: cellsOf(`${report.to.slice(0, 4)}-01` as Month, report.to), relation: '=', value: activity(report.yearToDate) });
    }
  }
  return { months, printed, facts };
}

/** The integer program's name of a month's cell. */
const name = ([m, c]: [number, number]) => `v${m}_${c}`;

/**
 * For every hidden cell, values it can take that agree with every printed figure (integers
 * ≥ 0), as a range [min, max] that the cell is proved to span. The true data is one such
 * solution; when it does not already show a cell spanning `need(cell)` values, the integer
 * program maximises and then minimises that cell, and each solution found widens every
 * cell's range (most cells need no solve of their own). A cell still short after both
 * solves is pinned to its exact least and greatest values.
 */
async function provenRanges(reading: Reading, truth: (cell: [number, number]) => number, need: (cell: [number, number]) => number) {
  const highs = await highsLoader();
  const hidden = reading.printed.flatMap((row, m) => row.flatMap((v, c) => (v === null ? [[m, c] as [number, number]] : [])));
  const rows: string[] = [];
  for (const fact of reading.facts) {
    let known = 0;
    const terms: string[] = [];
    for (const cell of fact.cells) {
      const v = reading.printed[cell[0]]?.[cell[1]];
      if (v === null || v === undefined) terms.push(name(cell));
      else known += v;
    }
    const rest = fact.value - known;
    // The true counts agree with every printed figure, so they are one solution.
    const held = fact.cells.reduce((sum, cell) => sum + (reading.printed[cell[0]]?.[cell[1]] ?? truth(cell)), 0);
    expect(fact.relation === '=' ? held === fact.value : held >= fact.value, `a printed figure disagrees with the data: ${JSON.stringify(fact)}`).toBe(true);
    if (!terms.length) continue;
    rows.push(` c${rows.length}: ${terms.join(' + ')} ${fact.relation} ${rest}`);
  }
  const ranges = new Map(hidden.map((cell) => [name(cell), { cell, min: truth(cell), max: truth(cell) }]));
  const solve = (sense: 'Minimize' | 'Maximize', objective: string, cell?: [number, number]) => {
    const lp = [sense, ` obj: ${objective}`, 'Subject To', ...rows, 'Bounds', ...hidden.map((c) => ` ${name(c)} >= 0`), 'General', ` ${hidden.map(name).join(' ')}`, 'End'].join('\n');
    const solution = highs.solve(lp);
    if (solution.Status === 'Unbounded') {
      const range = cell && ranges.get(name(cell));
      if (range) range.max = Number.POSITIVE_INFINITY;
      return;
    }
    expect(solution.Status).toBe('Optimal');
    for (const [column, value] of Object.entries(solution.Columns)) {
      const range = ranges.get(column);
      if (!range) continue;
      range.min = Math.min(range.min, Math.round(value.Primal));
      range.max = Math.max(range.max, Math.round(value.Primal));
    }
  };
  // Solutions that pull every cell one way or the other prove most ranges at once.
  const next = random(7);
  for (let i = 0; i < 8; i++) {
    const weights = hidden.map((c) => `${next() < 0.5 ? '-' : '+'} ${name(c)}`).join(' ');
    solve(i % 2 ? 'Maximize' : 'Minimize', i < 2 ? hidden.map(name).join(' + ') : weights);
  }
  for (const cell of hidden) {
    const range = ranges.get(name(cell));
    if (!range || range.max - range.min >= need(cell)) continue;
    solve('Maximize', name(cell), cell);
    if (range.max - range.min < need(cell)) solve('Minimize', name(cell), cell);
  }
  return [...ranges.values()];
}

describe('§6 no hidden cell can be worked out from everything printed', () => {
  it('§6: over 214 months of generated data, with every monthly report and the year-to-date, quarterly, yearly, rolling and overlapping period reports, every hidden cell ranges over at least k values', { timeout: 300_000 }, async () => {
    const { backend, dataDir } = await newStore();
    const member = await addTrainedMember(backend);
    const next = random(20261204);
    const months = monthsFrom(FIRST, LAST);
    const truth = new Map<Month, { concerns: number[]; referrals: number[]; groups: number[] }>();
    const db = await openStoreDirectly(dataDir);
    const insertTally = db.prepare(
      `INSERT INTO tallies (member_id, month, no_contacts, contacts_one_on_one, hours_on_duty, hours_off_duty, submitted_on, ${referralColumns.join(', ')}, ${concernColumns.join(', ')})
       VALUES (?, ?, 0, 1, 1, 0, ?, ${referralColumns.map(() => '?').join(', ')}, ${concernColumns.map(() => '?').join(', ')})`,
    );
    const insertIncident = db.prepare("INSERT INTO incidents (occurred_at, category) VALUES (?, 'other')");
    const insertGroup = db.prepare('INSERT INTO incident_staff_groups (incident_id, staff_group) VALUES (?, ?)');
    db.transaction(() => {
      for (const month of months) {
        const concerns = concernCategories.map(() => smallCount(next));
        const referrals = referralDestinations.map(() => smallCount(next));
        const groups = GROUPS.map(() => 0);
        for (let i = Math.floor(next() * 4); i > 0; i--) {
          const id = Number(insertIncident.run(`${month}-1${i}T10:00`).lastInsertRowid);
          const first = Math.floor(next() * GROUPS.length);
          const affected = next() < 0.3 ? [first, (first + 1) % GROUPS.length] : [first];
          for (const g of affected) {
            insertGroup.run(id, GROUPS[g]);
            groups[g] = (groups[g] ?? 0) + 1;
          }
        }
        insertTally.run(member.id, month, `${month}-05`, ...referrals, ...concerns);
        truth.set(month, { concerns, referrals, groups });
      }
    })();
    db.close();

    const monthly = new Map<Month, ProgramReport>();
    for (const month of months) monthly.set(month, await valueOf(backend.invoke('reports.monthly', { month })));
    const spans: [Month, Month][] = [];
    for (const month of months) {
      if (month.endsWith('-01')) continue;
      spans.push([`${month.slice(0, 4)}-01` as Month, month]); // year to date
      if (['03', '06', '09', '12'].includes(month.slice(5))) spans.push([addMonths(month, -2), month]); // quarter
      if (month.endsWith('-12')) spans.push([addMonths(month, -11), month]); // calendar year
      if (month.slice(5) === '04' || month.slice(5) === '10') spans.push([addMonths(month, -11) < FIRST ? FIRST : addMonths(month, -11), month]); // rolling twelve months
    }
    for (let i = 0; i < 30; i++) {
      const from = months[Math.floor(next() * months.length)] as Month;
      const to = addMonths(from, 1 + Math.floor(next() * 20));
      spans.push([from, to > LAST ? LAST : to]); // periods that overlap the others anyhow
    }
    const periods = await Promise.all(spans.map(([from, to]) => valueOf(backend.invoke('reports.period', { from, to }))));

    // What leaves the main process is what prints: a cell is a label and its printed text, nothing more.
    for (const report of [...monthly.values(), ...periods]) {
      for (const b of report.breakdowns) for (const c of b.cells) expect(Object.keys(c).sort()).toEqual(['label', 'shown']);
      expect(JSON.stringify(report)).not.toMatch(/"(concerns|referrals|count)"/);
    }

    const tables: { title: string; values: (m: Month) => number[]; activity?: (f: ProgramReport['current']) => number }[] = [
      { title: 'Contacts by concern', values: (m) => truth.get(m)?.concerns ?? [] },
      { title: 'Referrals by destination', values: (m) => truth.get(m)?.referrals ?? [], activity: (f) => f.referralsTotal },
      { title: 'Incidents by staff group affected', values: (m) => truth.get(m)?.groups ?? [] },
    ];
    let hiddenCount = 0;
    for (const table of tables) {
      const reading = readBreakdown(table.title, monthly, periods, table.activity);
      const valuesOf = (mi: number) => table.values(reading.months[mi] as Month);
      // A hidden cell spans k values, or every value from 0 to its month's total when that is smaller.
      const need = ([mi]: [number, number]) => Math.min(K - 1, valuesOf(mi).reduce((a, b) => a + b, 0));
      for (const { cell, min, max } of await provenRanges(reading, ([mi, ci]) => valuesOf(mi)[ci] ?? -1, need)) {
        expect(max - min, `${table.title}, ${reading.months[cell[0]]}, cell ${cell[1]}: could be ${min}–${max}`).toBeGreaterThanOrEqual(need(cell));
        hiddenCount += 1;
      }
    }
    // The generated data must exercise suppression: hundreds of hidden cells, not a handful.
    expect(hiddenCount).toBeGreaterThan(500);
  });

  it('§6: the same reading recovers cells of the old printing, small cells as "<k" beside an exact total, so the check can fail', async () => {
    const reading = readBreakdown('Contacts by concern', new Map([['2026-10', oldPrinting([0, 4, 2, 10])]]), []);
    expect(await provenRanges(reading, () => 2, () => K - 1)).toEqual([{ cell: [0, 2], min: 2, max: 2 }]);
  });
});

/** A month's concerns as the summary printed them before: "<k" cells (here "x") beside an exact total, nothing else hidden. */
const oldPrinting = (concerns: number[]): ProgramReport =>
  ({
    from: '2026-10',
    to: '2026-10',
    breakdowns: [{ title: 'Contacts by concern', totalLabel: 'Total', total: concerns.reduce((a, b) => a + b, 0), cells: concerns.map((n, i) => ({ label: String(i), shown: n >= 1 && n < K ? 'x' : String(n) })) }],
  }) as unknown as ProgramReport;

const referralColumns = ['eap', 'clinician', 'chaplain', 'other'].map((r) => `referrals_${r}`);
const concernColumns = ['critical_incident_stress', 'family', 'grief', 'substance_use', 'workplace', 'health', 'finances', 'legal', 'suicide_risk', 'undisclosed'].map((c) => `concern_${c}`);
