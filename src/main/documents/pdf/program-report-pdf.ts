import type { CanvasElement, Content, Margins, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { activityColumns, activityRows, disclosureNote, type Breakdown, type ProgramReport } from '../../../shared/reports';
import { longDate, monthName, shortMonthName } from './print-dates';

/**
 * The Chief's statistical summary (§3.E, §6) as a pdfmake document: one style for the month
 * and for a period. Counts and hours only; breakdowns carry small-cell protection; the
 * footer says what the paper is, so it is safe to leave on a desk.
 */
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const ACCENT = '#086b4f';
const PAGE_WIDTH = 612 - 2 * 48;

function periodLabel(report: Pick<ProgramReport, 'from' | 'to'>): string {
  return report.from === report.to ? monthName(report.from) : `${monthName(report.from)} – ${monthName(report.to)}`;
}

const th = (text: string, alignment: 'left' | 'right' = 'right'): TableCell => ({ text, style: 'th', alignment });
/** A row label, indented when it breaks down the row above it. */
const indentOf = (indent: boolean | undefined): Margins => [indent ? 12 : 0, 0, 0, 0];

function activityTable(report: ProgramReport): Content {
  const columns = activityColumns(report);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', ...columns.map(() => 88)],
      body: [
        [th('Measure', 'left'), ...columns.map(([title]) => th(title))],
        ...activityRows.map((row) => [
          { text: row.label, margin: indentOf(row.indent), bold: !row.indent },
          ...columns.map(([, figures]) => ({ text: number.format(row.value(figures)), alignment: 'right' as const })),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

/** Twelve months of contacts (bars) and hours (line), drawn as vector graphics. */
function trendChart(report: ProgramReport): Content {
  const height = 110;
  const slot = PAGE_WIDTH / report.trend.length;
  const maxContacts = Math.max(1, ...report.trend.map((t) => t.contacts));
  const maxHours = Math.max(1, ...report.trend.map((t) => t.hours));
  const y = (value: number, max: number) => height - (value / max) * (height - 8);
  const canvas: CanvasElement[] = [
    { type: 'line', x1: 0, y1: height, x2: PAGE_WIDTH, y2: height, lineWidth: 0.5, lineColor: '#888888' },
    ...report.trend.map((t, i): CanvasElement => ({ type: 'rect', x: i * slot + slot * 0.2, y: y(t.contacts, maxContacts), w: slot * 0.6, h: height - y(t.contacts, maxContacts), color: '#9cc9b8' })),
    { type: 'polyline', lineWidth: 1.5, lineColor: ACCENT, points: report.trend.map((t, i) => ({ x: i * slot + slot / 2, y: y(t.hours, maxHours) })) },
  ];
  return {
    unbreakable: true,
    stack: [
      { text: 'Twelve-month trend', style: 'h2' },
      { text: `Bars: contacts (highest ${number.format(maxContacts)}). Line: hours on and off duty (highest ${number.format(maxHours)}).`, fontSize: 8, margin: [0, 0, 0, 4] },
      { canvas },
      { columns: report.trend.map((t) => ({ text: `${shortMonthName(t.month)}${t.partial ? '*' : ''}\n${t.contacts}/${number.format(t.hours)}`, width: slot, alignment: 'center' as const, fontSize: 7 })), columnGap: 0, margin: [0, 2, 0, 0] },
      report.trend.some((t) => t.partial) ? { text: '* Tallies for this month are not all due yet: figures so far.', fontSize: 7, margin: [0, 2, 0, 0] } : '',
    ],
  };
}

/**
 * A breakdown as one table whose first row is its title: pdfmake repeats that row on every
 * page the table runs onto, so a long list of staff groups breaks with its heading.
 */
function breakdownTable(b: Breakdown): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: ['*', 34],
      body: [
        [{ text: b.title, style: 'h3', colSpan: 2 }, ''],
        ...b.cells.map((c) => [c.label, { text: c.shown, alignment: 'right' as const }]),
        [{ text: b.totalLabel, bold: true }, { text: number.format(b.total), bold: true, alignment: 'right' as const }],
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

/** The breakdowns side by side, then how their cells are protected. */
function breakdowns(report: ProgramReport): Content {
  return {
    stack: [
      { text: 'Breakdowns', style: 'h2' },
      { columns: report.breakdowns.map(breakdownTable), columnGap: 16 },
      { text: disclosureNote(report), fontSize: 7, margin: [0, 4, 0, 0] },
    ],
  };
}

const NAME_COLUMNS = 3;

/**
 * A list of names that may run to any length (late and missing tallies, members at risk):
 * a table of three names a row whose heading row repeats on each page it breaks onto, so no
 * name is dropped and no page of names is left without its heading. An empty list is one line.
 */
function namesTable(heading: string, names: string[]): Content {
  if (!names.length) return { text: `${heading}: none`, fontSize: 9, margin: [0, 6, 0, 0] };
  // Plain strings under the table's own font size: a name is one string, not an object of its own.
  const rows: string[][] = [];
  for (let i = 0; i < names.length; i += NAME_COLUMNS) {
    rows.push(Array.from({ length: NAME_COLUMNS }, (_, j) => names[i + j] ?? ''));
  }
  return {
    margin: [0, 6, 0, 0],
    fontSize: 9,
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: Array.from({ length: NAME_COLUMNS }, () => '*'),
      body: [[{ text: `${heading} — ${names.length}`, style: 'th', colSpan: NAME_COLUMNS }, ...Array.from({ length: NAME_COLUMNS - 1 }, () => '')], ...rows],
    },
    layout: 'noBorders',
  };
}

function teamTable(report: ProgramReport): Content {
  const t = report.team;
  const rows: [string, string][] = [
    ['Active', String(t.active)],
    ['Deployable', String(t.deployable)],
    ['Inactive — training deficiency (§4.I)', String(t.inactiveTraining)],
    ['Training pending (§8)', String(t.trainingPending)],
    ['Temporarily inactive (§4.L)', String(t.temporarilyInactive)],
    ['In the selection pipeline (§2)', String(t.inSelection)],
    ['Commitments ending within 90 days (§2.B)', String(t.commitmentsEnding)],
    ['Fully trained', `${t.fullyTrainedPercent}%`],
    ['Next quarterly meeting', t.nextQuarterly ? longDate(t.nextQuarterly) : 'Not scheduled'],
    ['At risk under §4.I (one more missed session)', String(t.atRisk.length)],
  ];
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: ['*', 200],
          body: [[{ text: `Team (as of ${longDate(t.asOf)})`, style: 'h2', colSpan: 2 }, ''], ...rows.map(([label, value]) => [label, { text: value, alignment: 'right' as const }])],
        },
        layout: 'lightHorizontalLines',
      },
      namesTable('At risk under §4.I (one more missed session)', t.atRisk),
    ],
  };
}

function submissions(report: ProgramReport): Content {
  const s = report.submissions;
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: ['*', 60],
          body: [
            [{ text: 'Tally submissions (§6)', style: 'h2', colSpan: 2 }, ''],
            ['On time', { text: String(s.onTime), alignment: 'right' as const }],
            ['Late', { text: String(s.late), alignment: 'right' as const }],
            ['Missing', { text: String(s.missing), alignment: 'right' as const }],
            ['Not yet due', { text: String(s.due), alignment: 'right' as const }],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      namesTable('Late tallies (§6)', s.lateNames),
      namesTable('Missing tallies (§6)', s.missingNames),
    ],
  };
}

/**
 * A summary shown as it stood on a past day that could not undo every later change says so:
 * the figures those changes touched are shown as changed. Nothing is added when all were undone.
 */
function keptChangesNote(report: ProgramReport): Content[] {
  const kept = report.asItStood?.keptChanges ?? [];
  if (!kept.length) return [];
  return [{ text: `As it stood on ${longDate(report.asItStood?.day ?? report.preparedOn)}, except these later changes, shown as made (PeerDesk keeps only a record's latest values): ${kept.join('; ')}.`, fontSize: 8.5, italics: true, margin: [0, 0, 0, 8] }];
}

function reviewLine(report: ProgramReport): Content {
  if (report.kind === 'period') return { text: `Coordinator's monthly review (§3.E): ${report.monthsReviewed} of ${report.months} months reviewed.`, margin: [0, 16, 0, 0] };
  return report.review
    ? { text: `Reviewed by ${report.review.reviewedBy} on ${longDate(report.review.reviewedOn)} (§3.E).`, margin: [0, 16, 0, 0] }
    : { text: "Coordinator's review (§3.E): reviewed by ______________________   Date: ______________", margin: [0, 16, 0, 0] };
}

export function programReportPdf(report: ProgramReport): TDocumentDefinitions {
  const heading = `${report.title} — ${periodLabel(report)}`;
  return {
    info: { title: heading },
    pageSize: 'LETTER',
    pageMargins: [48, 60, 48, 52],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: {
      title: { fontSize: 16, bold: true },
      h2: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 14, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 3] },
      th: { bold: true, fontSize: 9 },
    },
    header: { text: `${report.departmentName} · ${report.programName}`, fontSize: 8, margin: [48, 28, 48, 0], color: '#555555' },
    footer: (page, pages) => ({ text: `Page ${page} of ${pages} — Confidential — statistical information only`, alignment: 'center', fontSize: 8, margin: [0, 18, 0, 0] }),
    content: [
      { text: heading, style: 'title' },
      { text: `${report.departmentName} — ${report.programName}`, margin: [0, 2, 0, 0] },
      { text: `Prepared by ${report.preparedBy} on ${longDate(report.preparedOn)}`, margin: [0, 2, 0, 8] },
      ...keptChangesNote(report),
      { text: 'Activity', style: 'h2' },
      activityTable(report),
      trendChart(report),
      breakdowns(report),
      teamTable(report),
      submissions(report),
      reviewLine(report),
    ],
  };
}
