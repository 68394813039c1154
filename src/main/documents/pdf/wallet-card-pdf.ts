import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PublishedResource } from '../../../shared/resources';
import type { PublishedMember } from '../../../shared/roster';
import { whenReachable } from '../publication/published-resources';

/**
 * The two-sided wallet card: the team's names and phones on the front, the outside resources
 * on the back (§4.D, §4.M, §7). Built from the published members and resources only.
 *
 * A Letter sheet of eight cards (two across, four down), each 85.6 × 54 mm (a credit card),
 * rather than card-sized pages: office printers do not feed card stock of that size, and a
 * card-sized page printed on Letter paper is placed wherever the driver chooses. Page 1 holds
 * eight fronts, page 2 eight backs, and the grid is centred on the page, so whichever way the
 * printer turns the sheet for its second side (long or short edge) each back lands on a front.
 * Cut lines are drawn on the front only, so a slightly shifted back shows no double lines.
 */

const MM = 72 / 25.4;
const CARD = { width: 85.6 * MM, height: 54 * MM };
const PAGE = { width: 612, height: 792 };
const GRID = { columns: 2, rows: 4 };
const PAD = 7;
const LINE = 7.6;
const origin = { x: (PAGE.width - GRID.columns * CARD.width) / 2, y: (PAGE.height - GRID.rows * CARD.height) / 2 };
/** Lines for entries below the card's heading and above its footnote. */
const ENTRY_LINES = Math.floor((CARD.height - 2 * PAD - 2 * LINE - 10) / LINE);

export interface WalletCardContext {
  programName: string;
  departmentName: string;
  coordinatorName: string;
  coordinatorPhone: string;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const line = (left: string, right: string, leftLength: number, bold = false): Content => ({
  columns: [
    { text: clip(left, leftLength), width: '*', noWrap: true, bold },
    { text: right, width: 'auto', noWrap: true },
  ],
  columnGap: 3,
});

/** The front: one member a line, with both phones while the team fits in one column, else two columns with one phone each. */
function front(members: PublishedMember[], context: WalletCardContext): Content[] {
  const coordinator = [context.coordinatorName, context.coordinatorPhone].filter(Boolean).join(' ');
  const heading: Content[] = [
    { text: clip(`${context.programName || 'Peer Support Program'} — Peer Support Team`, 60), bold: true, fontSize: 7.5, noWrap: true },
    { text: clip(coordinator ? `Coordinator: ${coordinator}` : context.departmentName, 70), noWrap: true, margin: [0, 0, 0, 2] },
  ];
  let entries: Content[];
  if (members.length <= ENTRY_LINES) {
    entries = members.map((m) => line(m.name, [m.workPhone, m.mobilePhone].filter(Boolean).join('  ·  '), 30));
  } else {
    const room = 2 * ENTRY_LINES;
    const shown = members.length > room ? members.slice(0, room - 1) : members;
    const cells: Content[] = shown.map((m) => line(m.name, m.mobilePhone || m.workPhone, 17));
    if (shown.length < members.length) cells.push({ text: `+ ${members.length - shown.length} more: see the intranet list`, italics: true, noWrap: true });
    const half = Math.ceil(cells.length / 2);
    entries = [{ columns: [{ stack: cells.slice(0, half), width: '*' }, { stack: cells.slice(half), width: '*' }], columnGap: 6 }];
  }
  if (!members.length) entries = [{ text: 'Ask the Peer Support Coordinator for the team list.', italics: true }];
  return [...heading, ...entries];
}

/** The back: each resource on two lines (name and first phone; kind, hours, after hours and any other phone). */
function back(resources: PublishedResource[]): Content[] {
  const heading: Content[] = [{ text: 'Outside resources — confidential help for staff', bold: true, fontSize: 7.5, noWrap: true, margin: [0, 0, 0, 2] }];
  const fits = Math.floor((ENTRY_LINES + 1) / 2);
  const shown = resources.length > fits ? resources.slice(0, fits - 1) : resources;
  const entries: Content[] = shown.map((r) => ({
    stack: [line(r.name, r.phones[0] ?? '', 34, true), line([r.kind, whenReachable(r)].filter(Boolean).join(' · '), r.phones.slice(1).join('  ·  '), 40)],
    margin: [0, 0, 0, 0.5],
  }));
  if (shown.length < resources.length) entries.push({ text: `+ ${resources.length - shown.length} more: see the intranet list`, italics: true, noWrap: true });
  if (!resources.length) entries.push({ text: 'Ask the Peer Support Coordinator for outside resources.', italics: true });
  return [...heading, ...entries];
}

/** Each card's content at its place in the grid, as wide as the card (made anew for each: pdfmake writes into what it lays out). */
function placed(side: () => Content[]): Content[] {
  const cards: Content[] = [];
  for (let row = 0; row < GRID.rows; row++) {
    for (let column = 0; column < GRID.columns; column++) {
      cards.push({
        absolutePosition: { x: origin.x + column * CARD.width + PAD, y: origin.y + row * CARD.height + PAD },
        columns: [{ width: CARD.width - 2 * PAD, stack: side() }],
      });
    }
  }
  return cards;
}

/** The cut lines of the grid, on the front page only. */
function cutLines(): Content {
  return {
    absolutePosition: { x: 0, y: 0 },
    canvas: Array.from({ length: GRID.rows * GRID.columns }, (_, i) => ({
      type: 'rect' as const,
      x: origin.x + (i % GRID.columns) * CARD.width,
      y: origin.y + Math.floor(i / GRID.columns) * CARD.height,
      w: CARD.width,
      h: CARD.height,
      r: 6,
      lineWidth: 0.4,
      lineColor: '#9a9a9a',
      dash: { length: 2, space: 2 },
    })),
  };
}

export function walletCardPdf(members: PublishedMember[], resources: PublishedResource[], context: WalletCardContext): TDocumentDefinitions {
  return {
    info: { title: 'Peer Support wallet cards' },
    pageSize: 'LETTER',
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: 'Roboto', fontSize: 6.5, lineHeight: 1 },
    content: [
      cutLines(),
      ...placed(() => front(members, context)),
      { text: '', pageBreak: 'before' },
      ...placed(() => back(resources)),
    ],
  };
}
