import type { DashboardLink } from '../../shared/reports';

/** The screens of the app frame, in menu order. Alt+1 … Alt+9 and Alt+0 (the tenth) jump to them. */
export const screens = [
  { id: 'dashboard', label: 'Dashboard', description: 'What needs your attention today.' },
  { id: 'roster', label: 'Roster', description: 'The team, its members and their status; publishing to the intranet.' },
  { id: 'selection', label: 'Selection', description: 'Recruitment rounds, confidential nominations and the candidate pipeline.' },
  { id: 'training', label: 'Training', description: 'Required courses, quarterly sessions and attendance.' },
  { id: 'statistics', label: 'Statistics', description: 'Anonymous monthly tallies of contacts and hours.' },
  { id: 'incidents', label: 'Incidents', description: 'Critical incidents, defusings, debriefings and deployments.' },
  { id: 'reports', label: 'Reports', description: "The Chief's monthly statistical summary and period reports." },
  { id: 'supporters', label: 'Supporters', description: "Each member's load and recent deployments: private to you, never printed or published." },
  { id: 'resources', label: 'Resources', description: 'Outside resources to refer staff to (EAP, clinicians, chaplains, crisis lines), published with the team and printed on the wallet card.' },
  { id: 'settings', label: 'Settings', description: 'Program details, auto-lock, passphrase, policy parameters and the audit log.' },
] as const;

type ScreenId = (typeof screens)[number]['id'];

/** Where the app is: a screen, and what a dashboard item asked it to open there. */
export interface Destination {
  screen: ScreenId;
  focus?: DashboardLink;
}

/** What a screen was asked to open: the dashboard link for that screen, if any. */
export type FocusOf<S extends DashboardLink['screen']> = Extract<DashboardLink, { screen: S }> | undefined;
