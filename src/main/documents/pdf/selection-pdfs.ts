import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../../../shared/calendar';
import type { PolicyConfig } from '../../../shared/policy';
import type { Candidate, RecruitmentRound } from '../../../shared/selection';
import type { Settings } from '../../../shared/settings';
import { longDate } from './print-dates';

/**
 * §2 paper: the memo announcing a recruitment round, and the outcome letters. Neither ever
 * names a nominator (§2.A: nominations are confidential) nor anything recorded under §2.D.
 */
function memoPage(settings: Settings, title: string, body: Content[]): TDocumentDefinitions {
  return {
    info: { title },
    pageSize: 'LETTER',
    pageMargins: [64, 64, 64, 64],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 },
    content: [{ text: settings.departmentName || 'Probation Department', fontSize: 14, bold: true }, { text: settings.programName, margin: [0, 0, 0, 18] }, ...body],
  };
}

const coordinatorLine = (settings: Settings) => [settings.coordinatorName || 'The Peer Support Coordinator', settings.coordinatorPhone].filter(Boolean).join(', ');

const memoHeader = (settings: Settings, date: IsoDate, subject: string): Content => ({
  table: {
    widths: [70, '*'],
    body: [
      [{ text: 'TO:', bold: true }, 'All staff'],
      [{ text: 'FROM:', bold: true }, `${coordinatorLine(settings)}, Peer Support Coordinator`],
      [{ text: 'DATE:', bold: true }, longDate(date)],
      [{ text: 'SUBJECT:', bold: true }, subject],
    ],
  },
  layout: 'noBorders',
  margin: [0, 0, 0, 14],
});

/** §2.A: the memo that opens a round, with the §2.B–F criteria from the policy in force. */
export function announcementPdf(round: RecruitmentRound, settings: Settings, policy: PolicyConfig): TDocumentDefinitions {
  return memoPage(settings, 'Peer Support Team — call for nominations', [
    memoHeader(settings, round.openedOn, 'Peer Support Team — call for nominations'),
    {
      text: `The department is forming its Peer Support Team of sworn and non-sworn staff from a variety of staff groups. We are asking you to nominate colleagues who are already seen as a source of support for others in the workplace. All nominations are kept confidential.`,
      margin: [0, 0, 0, 10],
    },
    { text: 'A nominee must:', bold: true, margin: [0, 0, 0, 4] },
    {
      ul: [
        `wish to serve, voluntarily, with a minimum commitment of ${policy.commitmentYears} years (§2.B);`,
        'be full-time paid staff of the department who has completed the initial probationary period (§2.C);',
        'not currently be the subject of an internal investigation, nor be suffering from serious personal problems or psychological stress (§2.D);',
        'consistently display solid judgement and strong interpersonal communication skills (§2.E).',
      ],
      margin: [0, 0, 0, 8],
    },
    { text: "The Coordinator will contact each nominee's supervisor and manager for their approval before anyone is selected (§2.F).", margin: [0, 0, 0, 10] },
    { text: 'How to nominate', bold: true, margin: [0, 0, 0, 4] },
    { text: round.howToNominate, margin: [0, 0, 0, 10] },
    { text: [{ text: 'Deadline: ', bold: true }, `nominations close on ${longDate(round.closesOn)}.`], margin: [0, 0, 0, 10] },
    { text: `Questions: ${coordinatorLine(settings)}.` },
  ]);
}

/** The outcome letter to a selected or not selected candidate. */
export function outcomeLetterPdf(candidate: Candidate, settings: Settings, policy: PolicyConfig, today: IsoDate): TDocumentDefinitions {
  const selected = candidate.outcome?.decision === 'selected';
  const paragraphs = selected
    ? [
        `I am pleased to tell you that you have been selected as a member of the Peer Support Team, with effect from ${longDate(candidate.outcome?.decidedOn ?? today)}. Thank you for your willingness to serve for at least ${policy.commitmentYears} years.`,
        'Before your first deployment you will complete the required training (§8): Assisting Individuals in Crisis and Group Crisis Intervention. I will contact you with the dates, and with the schedule of the quarterly team meetings (§4.H).',
        'Your name and phone number will appear on the team list published on the intranet once your training is complete.',
      ]
    : [
        'Thank you for your interest in the Peer Support Team and for the time you gave to the selection process.',
        'After careful consideration, you have not been selected for the team at this time. This is not a judgement of the support you already give your colleagues, and you are welcome to be nominated in a future round.',
      ];
  return memoPage(settings, selected ? 'Selection letter' : 'Selection outcome', [
    { text: longDate(today), margin: [0, 0, 0, 14] },
    { text: [candidate.displayName, candidate.jobTitle, candidate.staffGroup].filter(Boolean).join('\n'), margin: [0, 0, 0, 14] },
    { text: `Dear ${candidate.firstName},`, margin: [0, 0, 0, 10] },
    ...paragraphs.map((text): Content => ({ text, margin: [0, 0, 0, 10] })),
    { text: 'Sincerely,', margin: [0, 8, 0, 28] },
    { text: settings.coordinatorName || '______________________' },
    { text: `Peer Support Coordinator, ${settings.programName}` },
  ]);
}
