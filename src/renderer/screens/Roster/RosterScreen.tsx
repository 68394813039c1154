import { Button, Group, Loader, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { RosterList } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useToday } from '../../hooks/useToday';
import { useDiscardGuard } from '../../hooks/useDiscardGuard';
import type { FocusOf } from '../../layout/navigation';
import { CompositionPanel } from './CompositionPanel';
import { defaultFilters, distinctValues, filterMembers, noFilters, sortMembers, type RosterFilters, type Sort } from './filter-members';
import { ImportModal } from './ImportModal';
import { MemberDrawer } from './MemberDrawer';
import { forgetKeptDraft, hasKeptDraft, keptDraftKeys } from '../../hooks/useKeptDraft';
import { emptyMember, MemberForm, memberDraftKey } from './MemberForm';
import { PublishModal } from './PublishModal';
import { RosterFiltersBar } from './RosterFiltersBar';
import { RosterTable } from './RosterTable';

const exportRoster = (format: 'csv' | 'xlsx') => saveFile('Roster', () => call('roster.export', { format }));

const noMembers: RosterList['members'] = [];

/** The screen the Coordinator opens most: the team, who may serve, and the intranet list. */
export function RosterScreen({ focus }: { focus?: FocusOf<'roster'> }) {
  const { data: roster, error: rosterError } = useChannel('roster.list', {});
  const { data: composition, error: compositionError } = useChannel('roster.composition', {});
  const { data: settings, error: settingsError } = useChannel('settings.get', {});
  const error = (rosterError ?? compositionError ?? settingsError)?.message;
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<RosterFilters, 'search'>>(defaultFilters);
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  // A member's unsaved edits (kept through a lock) reopen where they were typed.
  const [openId, setOpenId] = useState<number | null>(() => focus?.memberId ?? keptMemberEdit());
  const [adding, setAdding] = useState(() => hasKeptDraft(memberDraftKey('new')));
  const [importing, setImporting] = useState(false);
  const [publishing, setPublishing] = useState(focus?.publish ?? false);
  const searchRef = useRef<HTMLInputElement>(null);
  const closeDrawer = useCallback(() => setOpenId(null), []);
  const closeAdd = useCallback(() => setAdding(false), []);
  const closeImport = useCallback(() => setImporting(false), []);
  const closePublish = useCallback(() => setPublishing(false), []);

  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['N', () => setAdding(true)],
  ]);

  // Typing in the search box stays responsive: the table catches up a frame later if needed.
  const deferredSearch = useDeferredValue(search);
  const members = roster?.members ?? noMembers;
  const shown = useMemo(() => sortMembers(filterMembers(members, { ...filters, search: deferredSearch }), sort), [members, filters, deferredSearch, sort]);
  const languages = useMemo(() => distinctValues(members, (m) => m.languages), [members]);

  if (error) return <ErrorAlert error={error} title="Could not load the roster" />;
  if (!roster || !settings || !composition) return <Loader aria-label="Loading the roster" />;

  const deployable = members.filter((m) => m.standing.deployable).length;
  const listed = members.filter((m) => m.standing.listed).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" component="output" aria-live="polite">
          Showing {shown.length} of {members.length} members · {deployable} deployable · {listed} listed on the intranet
        </Text>
        <Group gap="xs">
          <Button onClick={() => setAdding(true)} aria-keyshortcuts="N">
            Add member
          </Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            Import…
          </Button>
          <Menu>
            <Menu.Target>
              <Button variant="default">Export</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportRoster('csv')}>Roster as CSV…</Menu.Item>
              <Menu.Item onClick={() => void exportRoster('xlsx')}>Roster as Excel (XLSX)…</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="light" onClick={() => setPublishing(true)}>
            Publish to intranet…
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          ref={searchRef}
          label="Search"
          placeholder="Name or phone  ( / )"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={220}
          type="search"
        />
        <RosterFiltersBar filters={filters} onChange={setFilters} staffGroups={settings.staffGroups} languages={languages} specialties={settings.supportSpecialties} />
      </Group>
      {members.length === 0 ? (
        <Stack gap="xs" py="xl" align="center">
          <Text fw={600}>No team members yet.</Text>
          <Text size="sm">Add the current peer supporters one by one with “Add member”, or bring them in from a spreadsheet with “Import…”.</Text>
        </Stack>
      ) : shown.length === 0 ? (
        <Stack gap="xs" py="lg" align="center">
          <Text>No member matches these filters.</Text>
          <Button
            variant="subtle"
            onClick={() => {
              setSearch('');
              setFilters(noFilters);
            }}
          >
            Clear filters
          </Button>
        </Stack>
      ) : (
        <RosterTable members={shown} sort={sort} onSort={setSort} onOpen={setOpenId} />
      )}
      <CompositionPanel composition={composition} onOpen={setOpenId} />

      <MemberDrawer
        memberId={openId}
        staffGroups={settings.staffGroups}
        specialties={settings.supportSpecialties}
        onClose={closeDrawer}
      />
      <AddMemberModal opened={adding} settings={settings} onClose={closeAdd} />
      <ImportModal opened={importing} onClose={closeImport} />
      <PublishModal opened={publishing} onClose={closePublish} />
    </Stack>
  );
}

/** The member whose profile has unsaved edits kept, if any. */
function keptMemberEdit(): number | null {
  const id = keptDraftKeys('member:').map((k) => Number(k.slice('member:'.length))).find(Number.isInteger);
  return id ?? null;
}

/** The add form in a modal; memoised so that typing in the roster search does not re-render it. */
const AddMemberModal = memo(function AddMemberModal({ opened, settings, onClose }: { opened: boolean; settings: Settings; onClose(): void }) {
  const today = useToday();
  const initial = useMemo(() => emptyMember(today), [today]);
  const { requestClose, setDirty, guard } = useDiscardGuard(() => {
    forgetKeptDraft(memberDraftKey('new'));
    onClose();
  });
  return (
    <Modal opened={opened} onClose={requestClose} title="Add a team member" size="xl">
      {guard}
      <MemberForm
        initial={initial}
        draftKey={memberDraftKey('new')}
        staffGroups={settings.staffGroups}
        specialties={settings.supportSpecialties}
        submitLabel="Add to the roster"
        isNew
        onCancel={requestClose}
        onDirtyChange={setDirty}
        onSubmit={async (fields) => {
          const created = await call('roster.create', fields);
          setDirty(false);
          onClose();
          notifications.show({ message: `${created.displayName} added`, color: 'pine' });
        }}
      />
    </Modal>
  );
});
