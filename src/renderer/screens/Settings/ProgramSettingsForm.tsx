import { Button, Group, Loader, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/settings';
import { call, CallError, toCallError } from '../../api/call';
import { useRefreshActorNames } from '../../components/ActorName';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';

type TextSetting = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings];

const textFields: { key: TextSetting; label: string; description?: string }[] = [
  { key: 'departmentName', label: 'Department' },
  { key: 'programName', label: 'Program' },
  { key: 'chiefName', label: "Chief's name", description: 'Printed on the monthly summary.' },
  { key: 'chiefTitle', label: "Chief's title" },
  { key: 'coordinatorName', label: "Coordinator's name", description: 'Shown as “prepared by” and on the published roster.' },
  { key: 'coordinatorPhone', label: "Coordinator's phone", description: 'How staff reach you; printed on the published roster.' },
];

export function ProgramSettingsForm() {
  const refreshActorNames = useRefreshActorNames();
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('settings.get', {}).then(
      (settings) => {
        setSaved(settings);
        setDraft(settings);
      },
      (e) => setError(toCallError(e)),
    );
  }, []);

  if (!draft || !saved) return error ? <ErrorAlert error={error.message} title="Could not load settings" /> : <Loader aria-label="Loading settings" />;

  const changes = Object.fromEntries(
    [...textFields.map((f) => f.key), 'autoLockMinutes' as const].filter((k) => draft[k] !== saved[k]).map((k) => [k, draft[k]]),
  ) as Partial<Settings>;
  const dirty = Object.keys(changes).length > 0;

  async function chooseNasFolder() {
    try {
      const next = await call('settings.chooseNasFolder', {});
      setSaved(next);
      setDraft((d) => (d ? { ...d, nasFolder: next.nasFolder } : next));
    } catch (e) {
      setError(toCallError(e));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await call('settings.set', changes);
      setSaved(next);
      setDraft(next);
      refreshActorNames();
      notifications.show({ message: 'Settings saved', color: 'pine' });
    } catch (e) {
      setError(toCallError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Program settings">
      <Stack gap="md" maw={720}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {textFields.map((field) => (
            <TextInput
              key={field.key}
              label={field.label}
              {...freeText(`settings.${field.key}`, field.description)}
              value={draft[field.key]}
              onChange={(e) => setDraft({ ...draft, [field.key]: e.currentTarget.value })}
              error={error?.fieldMessage(field.key)}
            />
          ))}
          <TextInput
            label="Intranet (NAS) folder"
            description="Where the team list is published (§7). Chosen in the system's folder dialog."
            value={draft.nasFolder || 'Not chosen yet'}
            readOnly
            rightSectionWidth={90}
            rightSection={
              <Button size="compact-sm" variant="light" onClick={() => void chooseNasFolder()}>
                Choose…
              </Button>
            }
          />
          <NumberInput
            label="Lock after idle minutes"
            description="PeerDesk locks itself when nobody has used it for this long (1–240)."
            value={draft.autoLockMinutes}
            onChange={(value) => setDraft({ ...draft, autoLockMinutes: typeof value === 'number' ? value : Number.NaN })}
            min={1}
            max={240}
            allowDecimal={false}
            error={error?.fieldMessage('autoLockMinutes')}
          />
        </SimpleGrid>
        <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} />
        <Group>
          <Button type="submit" loading={busy} disabled={!dirty}>
            Save settings
          </Button>
          <Button variant="default" disabled={!dirty || busy} onClick={() => setDraft(saved)}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
