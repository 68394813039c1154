import type { PublishedResource } from '../../../shared/resources';
import type { PublishedMember } from '../../../shared/roster';
import { toCsv } from '../csv';
import { whenReachable } from './published-resources';
import { groupByStaffGroup } from './published-roster';

/** What the published page says about the program besides the members. */
export interface PublicationContext {
  departmentName: string;
  programName: string;
  coordinatorName: string;
  coordinatorPhone: string;
  /** Formatted for people, e.g. "22 November 2026". */
  updatedOn: string;
}

export function rosterCsv(members: PublishedMember[]): string {
  return toCsv([
    ['Name', 'Staff group', 'Job title', 'Work phone', 'Mobile phone', 'Languages'],
    ...members.map((m) => [m.name, m.staffGroup, m.jobTitle, m.workPhone, m.mobilePhone, m.languages.join('; ')]),
  ]);
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** §4.D, §4.M: the outside resources colleagues may call themselves, after the team; nothing when there are none. */
function resourcesSection(resources: PublishedResource[]): string {
  if (!resources.length) return '';
  const rows = resources
    .map(
      (r) =>
        `\n          <tr><td>${escapeHtml(r.kind)}</td><td>${escapeHtml(r.name)}</td><td>${r.phones.map(escapeHtml).join('<br>')}</td><td>${escapeHtml(whenReachable(r))}</td><td>${escapeHtml(r.languages.join(', '))}</td></tr>`,
    )
    .join('');
  return `
    <section>
      <h2>Outside resources</h2>
      <table>
        <thead><tr><th scope="col">Kind</th><th scope="col">Name</th><th scope="col">Phone</th><th scope="col">When</th><th scope="col">Languages</th></tr></thead>
        <tbody>${rows}
        </tbody>
      </table>
    </section>`;
}

/** A self-contained page for the intranet: no scripts, no outside resources loaded, printable; the team, then the directory of outside resources. */
export function rosterHtml(members: PublishedMember[], context: PublicationContext, resources: PublishedResource[]): string {
  const title = `${context.programName || 'Peer Support Program'} — Peer Support Team`;
  const coordinator = [context.coordinatorName, context.coordinatorPhone].filter(Boolean).map(escapeHtml).join(', ');
  const sections = groupByStaffGroup(members)
    .map(
      (group) => `
    <section>
      <h2>${escapeHtml(group.staffGroup)}</h2>
      <table>
        <thead><tr><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Work phone</th><th scope="col">Mobile phone</th><th scope="col">Languages</th></tr></thead>
        <tbody>${group.members
          .map(
            (m) =>
              `\n          <tr><td>${escapeHtml(m.name)}</td><td>${escapeHtml(m.jobTitle)}</td><td>${escapeHtml(m.workPhone)}</td><td>${escapeHtml(m.mobilePhone)}</td><td>${escapeHtml(m.languages.join(', '))}</td></tr>`,
          )
          .join('')}
        </tbody>
      </table>
    </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
  <title>${escapeHtml(title)}</title>
  <style>
    body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
    h1 { font-size: 1.6rem; margin-bottom: .25rem; }
    h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #086b4f; padding-bottom: .25rem; }
    p { margin: .35rem 0; }
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
    th { font-size: .85rem; color: #444; }
    .how { background: #f1f8f5; border-left: 4px solid #086b4f; padding: .75rem 1rem; margin: 1rem 0; }
    @media print { body { margin: 0; max-width: none; } .how { background: none; } section { break-inside: avoid; } }
  </style>
</head>
<body>
  <h1>${escapeHtml(title)}</h1>
  <p>${escapeHtml(context.departmentName)}</p>
  <div class="how">
    <p>Any staff member may contact the peer supporter of their choice. Conversations are confidential within the limits of Policy 517.</p>
    <p>To reach the Peer Support Coordinator${coordinator ? `: <strong>${coordinator}</strong>` : ', ask your supervisor'}.</p>
  </div>${sections || '\n  <p>No peer supporters are listed at the moment. Please contact the Peer Support Coordinator.</p>'}${resourcesSection(resources)}
  <p><small>Last updated ${escapeHtml(context.updatedOn)}.</small></p>
</body>
</html>
`;
}
