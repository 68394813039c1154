import { Button, Group, Loader, NumberInput, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { settingsPatchSchema, type Settings } from '../../../shared/settings';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { summaryOf, useAction } from '../../hooks/useAction';
import { showFieldErrors, typedNumber, useSchemaForm } from '../../hooks/useSchemaForm';

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
  const form = useSchemaForm<TeamSettings>(settingsPatchSchema, saved);
  const { staffGroups, staffGroupHeadcounts } = form.values;
  const { busy, error, run } = useAction(
    async (values: TeamSettings) => {
      // Only the groups still listed keep a headcount.
      const headcounts = Object.fromEntries(Object.entries(values.staffGroupHeadcounts).filter(([group]) => values.staffGroups.includes(group)));
      await call('settings.set', settingsPatchSchema.parse({ ...values, staffGroupHeadcounts: headcounts }));
      notifications.show({ message: 'Team settings saved', color: 'pine' });
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  function setHeadcount(group: string, value: number | string) {
    const count = typedNumber(value);
    const next = { ...staffGroupHeadcounts };
    if (count === null) delete next[group];
    else next[group] = count;
    form.setFieldValue('staffGroupHeadcounts', next);
    form.clearFieldError(`staffGroupHeadcounts.${group}`);
  }

  return (
    <form onSubmit={form.onSubmit((values) => void run(values))} aria-label="Team settings" noValidate>
      <Stack gap="md" maw={720}>
        <TagsInput
          label="Staff groups"
          {...freeText('settings.staffGroups', "The department's staff groups, in the order lists show them. Press Enter after each.")}
          {...form.getInputProps('staffGroups')}
        />
        <Text size="sm" fw={600}>
          Department headcount per staff group
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {staffGroups.map((group) => (
            <NumberInput
              key={group}
              label={group}
              min={0}
              max={100_000}
              allowDecimal={false}
              value={staffGroupHeadcounts[group] ?? ''}
              onChange={(value) => setHeadcount(group, value)}
              error={form.errors[`staffGroupHeadcounts.${group}`]}
            />
          ))}
        </SimpleGrid>
        <TagsInput
          label="Support specialties"
          {...freeText('settings.supportSpecialties', 'What members may offer particular support in.')}
          {...form.getInputProps('supportSpecialties')}
        />
        <ErrorAlert error={summaryOf(error)} />
        <Group>
          <Button type="submit" loading={busy}>
            Save team settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
