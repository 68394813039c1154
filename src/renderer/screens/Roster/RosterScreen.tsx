import { Button, Group, Loader, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { RosterList, TeamComposition } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import { call, errorMessage } from '../../api/call';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useToday } from '../../hooks/useToday';
import { useDiscardGuard } from '../../hooks/useDiscardGuard';
import { CompositionPanel } from './CompositionPanel';
import { distinctValues, filterMembers, noFilters, sortMembers, type RosterFilters, type Sort } from './filter-members';
import { ImportModal } from './ImportModal';
import { MemberDrawer } from './MemberDrawer';
import { emptyMember, MemberForm } from './MemberForm';
import { PublishModal } from './PublishModal';
import { RosterFiltersBar } from './RosterFiltersBar';
import { RosterTable } from './RosterTable';

const exportRoster = (format: 'csv' | 'xlsx') => saveFile('Roster', () => call('roster.export', { format }));

const noMembers: RosterList['members'] = [];

/** The screen the Coordinator opens most: the team, who may serve, and the intranet list. */
export function RosterScreen() {
  const [roster, setRoster] = useState<RosterList | null>(null);
  const [composition, setComposition] = useState<TeamComposition | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<RosterFilters, 'search'>>(noFilters);
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const closeDrawer = useCallback(() => setOpenId(null), []);
  const closeAdd = useCallback(() => setAdding(false), []);
  const closeImport = useCallback(() => setImporting(false), []);
  const closePublish = useCallback(() => setPublishing(false), []);

  const load = useCallback(async () => {
    try {
      const [r, c, s] = await Promise.all([call('roster.list', {}), call('roster.composition', {}), call('settings.get', {})]);
      setRoster(r);
      setComposition(c);
      setSettings(s);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  const reload = useCallback(() => void load(), [load]);
  useEffect(() => {
    // Loads from the backend (an external system) when the screen opens.
    // oxlint-disable-next-line react/set-state-in-effect
    void load();
  }, [load]);

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
        onChanged={reload}
      />
      <AddMemberModal opened={adding} settings={settings} onClose={closeAdd} onAdded={reload} />
      <ImportModal opened={importing} onClose={closeImport} onImported={reload} />
      <PublishModal opened={publishing} onClose={closePublish} onPublished={reload} />
    </Stack>
  );
}

/** The add form in a modal; memoised so that typing in the roster search does not re-render it. */
const AddMemberModal = memo(function AddMemberModal({ opened, settings, onClose, onAdded }: { opened: boolean; settings: Settings; onClose(): void; onAdded(): void }) {
  const today = useToday();
  const initial = useMemo(() => emptyMember(today), [today]);
  const { requestClose, setDirty, guard } = useDiscardGuard(onClose);
  return (
    <Modal opened={opened} onClose={requestClose} title="Add a team member" size="xl">
      {guard}
      <MemberForm
        initial={initial}
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
          onAdded();
        }}
      />
    </Modal>
  );
});
