import type { Member } from '../../../shared/members';
import type { PublishedMember } from '../../../shared/roster';

/**
 * §7: THE whitelist of what leaves for the intranet — names, staff group, job title, work
 * and mobile phone, languages — and only for members who may serve now and consented to
 * be listed. Every published file is built from this function's output and nothing else.
 */
function publishedMember(member: Member): PublishedMember {
  return {
    name: member.displayName,
    staffGroup: member.staffGroup,
    jobTitle: member.jobTitle,
    workPhone: member.workPhone,
    mobilePhone: member.mobilePhone,
    languages: [...member.languages],
  };
}

/** `localeCompare`'s order, with the collator made once rather than for every comparison of thousands. */
const byName = new Intl.Collator();

/** The members to publish, grouped in the department's staff-group order, then by last name. */
export function membersToPublish(members: Member[], staffGroupOrder: string[]): PublishedMember[] {
  const order = new Map(staffGroupOrder.map((group, index) => [group, index]));
  const rank = (group: string) => order.get(group) ?? staffGroupOrder.length;
  return members
    .filter((m) => m.standing.listed)
    .sort(
      (a, b) =>
        rank(a.staffGroup) - rank(b.staffGroup) ||
        byName.compare(a.staffGroup, b.staffGroup) ||
        byName.compare(a.lastName, b.lastName) ||
        byName.compare(a.displayName, b.displayName),
    )
    .map(publishedMember);
}

/** Published members grouped by staff group, in the order given. */
export function groupByStaffGroup(members: PublishedMember[]): { staffGroup: string; members: PublishedMember[] }[] {
  const groups = new Map<string, PublishedMember[]>();
  for (const member of members) {
    const group = groups.get(member.staffGroup);
    if (group) group.push(member);
    else groups.set(member.staffGroup, [member]);
  }
  return [...groups].map(([staffGroup, list]) => ({ staffGroup, members: list }));
}
