import { Button, Group, Loader, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { settingsPatchSchema, type Settings } from '../../../shared/settings';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { summaryOf, useAction } from '../../hooks/useAction';
import { showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';

type TextSetting = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings];

const textFields: { key: TextSetting; label: string; description?: string }[] = [
  { key: 'departmentName', label: 'Department' },
  { key: 'programName', label: 'Program' },
  { key: 'chiefName', label: "Chief's name", description: 'Printed on the monthly summary.' },
  { key: 'chiefTitle', label: "Chief's title" },
  { key: 'coordinatorName', label: "Coordinator's name", description: 'Shown as “prepared by” and on the published roster.' },
  { key: 'coordinatorPhone', label: "Coordinator's phone", description: 'How staff reach you; printed on the published roster.' },
];
const editable = [...textFields.map((f) => f.key), 'autoLockMinutes' as const, 'fiscalYearStartMonth' as const];
const monthNames = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: new Date(2026, i, 1).toLocaleDateString(undefined, { month: 'long' }) }));

export function ProgramSettingsForm() {
  const settings = useChannel('settings.get', {});
  if (settings.error) return <ErrorAlert error={settings.error.message} title="Could not load settings" />;
  if (!settings.data) return <Loader aria-label="Loading settings" />;
  return <SettingsFields saved={settings.data} />;
}

function SettingsFields({ saved }: { saved: Settings }) {
  const form = useSchemaForm(settingsPatchSchema, saved);
  const draft = form.getValues();
  const changes = Object.fromEntries(editable.filter((k) => draft[k] !== saved[k]).map((k) => [k, draft[k]])) as Partial<Settings>;
  const dirty = Object.keys(changes).length > 0;

  const save = useAction(async () => {
    const next = await call('settings.set', changes);
    form.setInitialValues(next);
    form.setValues(next);
    notifications.show({ message: 'Settings saved', color: 'pine' });
  }, { onError: (error) => showFieldErrors(form, error) });
  const chooseFolder = useAction(async () => {
    const next = await call('settings.chooseNasFolder', {});
    form.setFieldValue('nasFolder', next.nasFolder);
  });

  return (
    <form onSubmit={form.onSubmit(() => void save.run())} aria-label="Program settings" noValidate>
      <Stack gap="md" maw={720}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {textFields.map((field) => (
            <TextInput key={field.key} label={field.label} {...freeText(`settings.${field.key}`, field.description)} {...form.getInputProps(field.key)} />
          ))}
          <TextInput
            label="Intranet (NAS) folder"
            description="Where the team list is published (§7). Chosen in the system's folder dialog."
            value={draft.nasFolder || 'Not chosen yet'}
            readOnly
            rightSectionWidth={90}
            rightSection={
              <Button size="compact-sm" variant="light" onClick={() => void chooseFolder.run()} loading={chooseFolder.busy}>
                Choose…
              </Button>
            }
          />
          <NumberInput
            label="Lock after idle minutes"
            description="PeerDesk locks itself when nobody has used it for this long (1–240)."
            {...form.getInputProps('autoLockMinutes')}
            min={1}
            max={240}
            allowDecimal={false}
          />
          <Select
            label="Fiscal year starts in"
            description="For the fiscal-year periods on the Reports screen."
            data={monthNames}
            value={String(draft.fiscalYearStartMonth)}
            onChange={(v) => v && form.setFieldValue('fiscalYearStartMonth', Number(v))}
            allowDeselect={false}
          />
        </SimpleGrid>
        <ErrorAlert error={summaryOf(save.error) ?? chooseFolder.error?.message ?? null} />
        <Group>
          <Button type="submit" loading={save.busy} disabled={!dirty}>
            Save settings
          </Button>
          <Button variant="default" disabled={!dirty || save.busy} onClick={() => form.reset()}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
