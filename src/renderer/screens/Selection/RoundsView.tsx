import { Button, Group, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { addDays } from '../../../shared/calendar';
import { roundInputSchema, type RecruitmentRound } from '../../../shared/selection';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { RoundActions } from './RoundCorrections';
import { StepForm } from './StepForm';

/** §2.A: recruitment rounds and the memo that announces each. */
export function RoundsView({ rounds, today }: { rounds: RecruitmentRound[]; today: string }) {
  const form = useSchemaForm(roundInputSchema, {
    openedOn: today,
    closesOn: addDays(today, 30),
    howToNominate: 'Send a short memo or e-mail to the Peer Support Coordinator naming the colleague you nominate. Nominations are confidential.',
  });
  const open = useAction(
    async () => {
      await call('selection.openRound', roundInputSchema.parse(form.getValues()));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  const memo = useAction(async (roundId: number) => {
    const saved = await call('selection.announcement', { roundId });
    if (saved.saved) notifications.show({ message: `Saved ${saved.fileName}` });
  });
  return (
    <>
      <StepForm title="Open a recruitment round" submitLabel="Open round" busy={open.busy} error={open.error} onSubmit={() => !form.validate().hasErrors && void open.run()}>
        <SimpleGrid cols={2}>
          <TextInput type="date" label="Opens on" {...form.getInputProps('openedOn')} required />
          <TextInput type="date" label="Nominations close on" {...form.getInputProps('closesOn')} required />
        </SimpleGrid>
        <Textarea label="How to nominate (printed on the memo)" {...form.getInputProps('howToNominate')} autosize minRows={2} required {...freeText('round.howToNominate')} />
      </StepForm>
      <ErrorAlert error={memo.error?.message ?? null} title="Memo not saved" />
      {rounds.length === 0 ? (
        <Text>No recruitment round yet. Open one above, then save its announcement memo to send to all staff.</Text>
      ) : (
        <Table aria-label="Recruitment rounds">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Opened</Table.Th>
              <Table.Th>Closes</Table.Th>
              <Table.Th>Candidates</Table.Th>
              <Table.Th>Announcement</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rounds.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDate(r.openedOn)}</Table.Td>
                <Table.Td>{formatDate(r.closesOn)}</Table.Td>
                <Table.Td>{r.candidates}</Table.Td>
                <Table.Td>
                  <Group>
                    <Button size="xs" variant="default" loading={memo.busy} onClick={() => void memo.run(r.id)}>
                      Save memo (PDF)…
                    </Button>
                    <RoundActions key={JSON.stringify(r)} round={r} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
