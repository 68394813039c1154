import { Button, Group, Loader, NumberInput, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/settings';
import { call, toCallError, type CallError } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';

type TeamSettings = Pick<Settings, 'staffGroups' | 'staffGroupHeadcounts' | 'supportSpecialties'>;

/** The lists the roster uses, and the department's headcount per staff group (§2.A). */
export function TeamSettingsForm() {
  const settings = useChannel('settings.get', {});
  if (settings.error) return <ErrorAlert error={settings.error.message} />;
  if (!settings.data) return <Loader aria-label="Loading settings" />;
  const { staffGroups, staffGroupHeadcounts, supportSpecialties } = settings.data;
  return <TeamFields saved={{ staffGroups, staffGroupHeadcounts, supportSpecialties }} />;
}

function TeamFields({ saved }: { saved: TeamSettings }) {
  const [draft, setDraft] = useState<TeamSettings>(saved);
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const headcounts = Object.fromEntries(Object.entries(draft.staffGroupHeadcounts).filter(([group]) => draft.staffGroups.includes(group)));
      await call('settings.set', { ...draft, staffGroupHeadcounts: headcounts });
      notifications.show({ message: 'Team settings saved', color: 'pine' });
    } catch (e) {
      setError(toCallError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Team settings">
      <Stack gap="md" maw={720}>
        <TagsInput
          label="Staff groups"
          {...freeText('settings.staffGroups', "The department's staff groups, in the order lists show them. Press Enter after each.")}
          value={draft.staffGroups}
          onChange={(staffGroups) => setDraft({ ...draft, staffGroups })}
          error={error?.fieldMessage('staffGroups')}
        />
        <Text size="sm" fw={600}>
          Department headcount per staff group
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {draft.staffGroups.map((group) => (
            <NumberInput
              key={group}
              label={group}
              min={0}
              max={100_000}
              allowDecimal={false}
              value={draft.staffGroupHeadcounts[group] ?? ''}
              onChange={(value) => {
                const next = { ...draft.staffGroupHeadcounts };
                if (typeof value === 'number') next[group] = value;
                else delete next[group];
                setDraft({ ...draft, staffGroupHeadcounts: next });
              }}
            />
          ))}
        </SimpleGrid>
        <TagsInput
          label="Support specialties"
          {...freeText('settings.supportSpecialties', 'What members may offer particular support in.')}
          value={draft.supportSpecialties}
          onChange={(supportSpecialties) => setDraft({ ...draft, supportSpecialties })}
          error={error?.fieldMessage('supportSpecialties')}
        />
        <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} />
        <Group>
          <Button type="submit" loading={busy}>
            Save team settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
