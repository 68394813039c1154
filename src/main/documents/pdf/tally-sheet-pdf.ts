import type { Margins, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Settings } from '../../../shared/settings';
import { concernCategories, concernLabels, contactTypeLabels, contactTypes, referralDestinations, referralLabels } from '../../../shared/tallies';

/**
 * §6: the blank monthly tally sheet a member fills in by hand. It asks for counts and hours
 * only and says so: no names, no identifying details, no description of anyone helped.
 */
const blankCell: Margins = [0, 6, 0, 6];
const titleMargin: Margins = [0, 10, 0, 4];
const rows = (labels: string[]) => labels.map((label) => [label, { text: '', margin: blankCell }]);

const section = (title: string, labels: string[]) => [
  { text: title, bold: true, margin: titleMargin },
  { table: { widths: ['*', 90], body: [[{ text: 'Type', bold: true }, { text: 'Number', bold: true }], ...rows(labels)] }, layout: 'lightHorizontalLines' },
];

export function blankTallySheetPdf(month: string, dueOn: string, settings: Settings): TDocumentDefinitions {
  return {
    info: { title: `Monthly tally ${month}` },
    pageSize: 'LETTER',
    pageMargins: [48, 44, 48, 44],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: (page, pages) => ({ text: `Page ${page} of ${pages} — Confidential: statistical information only`, alignment: 'center', fontSize: 8, margin: [0, 12, 0, 0] }),
    content: [
      { text: `${settings.programName} — Monthly tally (§6)`, fontSize: 15, bold: true },
      { text: `${settings.departmentName}`, margin: [0, 2, 0, 0] },
      { text: `Month: ${month}     Due to your supervisor and the Coordinator by ${dueOn}`, margin: [0, 6, 0, 0] },
      { text: 'Peer supporter: ______________________________     [  ] No contacts this month', margin: [0, 10, 0, 0] },
      { text: 'Counts and hours only. Do not write names, ID numbers or anything that could identify a person you supported.', bold: true, fontSize: 9, margin: [0, 8, 0, 0] },
      ...section('Contacts', contactTypes.map((k) => contactTypeLabels[k])),
      { text: 'Hours', bold: true, margin: [0, 10, 0, 4] },
      { table: { widths: ['*', 90], body: [['On duty', ''], ['Off duty / overtime', '']] }, layout: 'lightHorizontalLines' },
      ...section('Referrals', referralDestinations.map((k) => referralLabels[k])),
      ...section('Concerns (optional)', concernCategories.map((k) => concernLabels[k])),
    ],
  };
}
