import { QueryClient, keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { forgetAllKeptDrafts } from '../hooks/useKeptDraft';
import { call, onCallSucceeded } from './call';

/**
 * The renderer's cache of what the backend said. The backend is a local process, so every
 * call is made whatever the network (networkMode 'always'), and nothing is retried: a failed
 * read is shown at once, and a write must never run twice. Data is refetched whenever a screen
 * opens (staleTime 0), so a change made by the CLI in a second process shows on the next visit.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: 'always', retry: false, staleTime: 0, refetchOnWindowFocus: false },
    mutations: { networkMode: 'always', retry: false },
  },
});

/** The channels that only read: their answers are cached, keyed by channel and input. */
const readChannels = new Set<Channel>([
  'session.status',
  'settings.get',
  'audit.list',
  'policy.get',
  'roster.list',
  'roster.get',
  'roster.composition',
  'roster.publishPreview',
  'roster.publications',
  'training.courses',
  'training.sessions',
  'training.session',
  'training.matrix',
  'training.member',
  'tallies.month',
  'tallies.summary',
  'incidents.list',
  'overtime.list',
  'overtime.approvedHours',
  'notices.list',
  'notices.retention',
  'selection.overview',
  'selection.candidate',
  'reports.monthly',
  'reports.period',
  'dashboard.today',
  'backups.list',
  'resources.list',
  'incidents.checkIns',
  'supporters.load',
]);

/**
 * Writes that change no record the screens show: a document saved or printed, a preview, a
 * check. Only the audit log (and, for a backup, the list of backups) is stale after them.
 */
const recordsUnchanged = new Set<Channel>([
  'roster.export',
  'roster.importPreview',
  'tallies.historyPreview',
  'training.historyPreview',
  'training.exportMatrix',
  'training.signInSheet',
  'tallies.export',
  'tallies.blankSheet',
  'tallies.blankWorkbook',
  'tallies.intakePreview',
  'overtime.export',
  'selection.announcement',
  'selection.letter',
  'reports.saveMonthly',
  'reports.savePeriod',
  'reports.printMonthly',
  'reports.printPeriod',
  'backups.verifyFile',
  'backups.create',
  'resources.walletCard',
  // The integrity check and the day's backup after unlocking.
  'session.maintenance',
]);

/** The channels that replace the whole store with a backup. */
const restoreChannels = new Set<Channel>(['backups.restoreFile', 'backups.restoreAutomatic', 'session.restoreBackup', 'session.restoreFromBackupFile']);

type Domain = Channel extends `${infer D}.${string}` ? D : never;
const domainOf = (channel: string) => channel.slice(0, channel.indexOf('.')) as Domain;

/**
 * What a successful write makes stale, by the written channel's domain. Every write is in the
 * audit log and may change a dashboard figure or a report, so those always go; names and
 * statuses of members appear on nearly every screen, so roster and settings writes refresh all,
 * as does a restore.
 */
const staleAfter: Record<Domain, readonly Domain[] | 'everything'> = {
  // Unlocking starts from an empty cache, locking empties it.
  session: [],
  settings: 'everything',
  policy: 'everything',
  roster: 'everything',
  selection: 'everything',
  training: ['training', 'roster', 'tallies', 'incidents', 'selection'],
  tallies: ['tallies', 'supporters'],
  incidents: ['incidents', 'overtime', 'supporters'],
  overtime: ['overtime', 'incidents'],
  notices: ['notices'],
  backups: 'everything',
  // An undo brings back records of any area.
  audit: 'everything',
  reports: [],
  dashboard: [],
  // The directory is published with the team: the publish preview shows it.
  resources: ['resources', 'roster'],
  supporters: [],
};
const alwaysStale: readonly Domain[] = ['audit', 'dashboard', 'reports', 'backups'];

function invalidateAfter(channel: Channel): void {
  if (readChannels.has(channel)) return;
  // A restore replaces every record: a draft kept for one of them could land on another.
  if (restoreChannels.has(channel)) forgetAllKeptDrafts();
  const stale = recordsUnchanged.has(channel) ? (['audit', 'backups'] as const) : staleAfter[domainOf(channel)];
  void queryClient.invalidateQueries(
    stale === 'everything' ? {} : { predicate: (query) => [...stale, ...alwaysStale].includes(domainOf(String(query.queryKey[0]))) },
  );
}
onCallSucceeded(invalidateAfter);

/**
 * A channel's answer for this screen: loaded when the screen opens, refetched after any write
 * that can change it. `keepPrevious` keeps showing the last answer while a new input loads
 * (the next page, the next month) instead of a spinner.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  return useQuery<ChannelOutput<C>, Error>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}
