import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PublishedResource } from '../../../shared/resources';
import type { PublishedMember } from '../../../shared/roster';
import type { PublicationContext } from '../publication/roster-files';
import { whenReachable } from '../publication/published-resources';
import { groupByStaffGroup } from '../publication/published-roster';

/** §4.D, §4.M: the outside resources after the team; nothing when there are none. */
function resourcesTable(resources: PublishedResource[]): Content[] {
  if (!resources.length) return [];
  return [
    { text: 'Outside resources', style: 'group' },
    {
      table: {
        headerRows: 1,
        widths: [62, '*', 86, '*', 70],
        body: [
          ['Kind', 'Name', 'Phone', 'When', 'Languages'].map((text) => ({ text, style: 'th', noWrap: true })),
          ...resources.map((r) => [r.kind, r.name, { stack: r.phones.map((phone) => ({ text: phone, noWrap: true })) }, whenReachable(r), r.languages.join(', ')]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

/** The printable team list for the intranet, from the whitelisted members and resources only. */
export function rosterPdf(members: PublishedMember[], context: PublicationContext, resources: PublishedResource[]): TDocumentDefinitions {
  const coordinator = [context.coordinatorName, context.coordinatorPhone].filter(Boolean).join(', ');
  const groups: Content[] = groupByStaffGroup(members).flatMap((group) => [
    { text: group.staffGroup, style: 'group' },
    {
      table: {
        headerRows: 1,
        // Phone columns are wide enough for "(707) 555-0100 x123" on one line.
        widths: ['*', '*', 86, 86, '*'],
        body: [
          ['Name', 'Job title', 'Work phone', 'Mobile phone', 'Languages'].map((text) => ({ text, style: 'th', noWrap: true })),
          ...group.members.map((m) => [m.name, m.jobTitle, { text: m.workPhone, noWrap: true }, { text: m.mobilePhone, noWrap: true }, m.languages.join(', ')]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ]);
  return {
    info: { title: 'Peer Support Team' },
    pageSize: 'LETTER',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 18, bold: true },
      group: { fontSize: 12, bold: true, margin: [0, 14, 0, 4], color: '#086b4f' },
      th: { bold: true, fontSize: 9 },
    },
    footer: (page, pages) => ({ text: `Page ${page} of ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content: [
      { text: `${context.programName || 'Peer Support Program'} — Peer Support Team`, style: 'title' },
      { text: context.departmentName, margin: [0, 2, 0, 8] },
      {
        text: `Any staff member may contact the peer supporter of their choice. To reach the Peer Support Coordinator${coordinator ? `: ${coordinator}` : ', ask your supervisor'}.`,
        margin: [0, 0, 0, 6],
      },
      ...(groups.length ? groups : [{ text: 'No peer supporters are listed at the moment. Please contact the Peer Support Coordinator.' }]),
      ...resourcesTable(resources),
      { text: `Last updated ${context.updatedOn}.`, fontSize: 8, margin: [0, 16, 0, 0] },
    ],
  };
}
