import { Group, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { RecruitmentRound } from '../../../shared/selection';
import { call } from '../../api/call';
import { EditButton, VoidButton } from '../../components/Corrections';
import { freeText } from '../../components/free-text';
import { formatDate } from '../../format';

/** §2.A: a round's dates or instructions corrected (closing it early is a new closing date); a round with no nomination voided. */
export function RoundActions({ round }: { round: RecruitmentRound }) {
  const what = `the round opened ${formatDate(round.openedOn)}`;
  const [openedOn, setOpenedOn] = useState(round.openedOn);
  const [closesOn, setClosesOn] = useState(round.closesOn);
  const [howToNominate, setHow] = useState(round.howToNominate);
  return (
    <Group gap={4} wrap="nowrap">
      <EditButton what={what} onSave={async (reason) => void (await call('selection.updateRound', { id: round.id, reason, openedOn, closesOn, howToNominate }))}>
        {(error) => (
          <>
            <SimpleGrid cols={2}>
              <TextInput type="date" label="Opens on" value={openedOn} onChange={(e) => setOpenedOn(e.currentTarget.value)} error={error?.fieldMessage('openedOn')} required />
              <TextInput type="date" label="Nominations close on" value={closesOn} onChange={(e) => setClosesOn(e.currentTarget.value)} error={error?.fieldMessage('closesOn')} required />
            </SimpleGrid>
            <Textarea label="How to nominate (printed on the memo)" value={howToNominate} onChange={(e) => setHow(e.currentTarget.value)} error={error?.fieldMessage('howToNominate')} autosize minRows={2} required {...freeText('round.howToNominate')} />
          </>
        )}
      </EditButton>
      {round.candidates === 0 && <VoidButton what={what} undo={{ action: 'selection.voidRound', id: round.id }} onVoid={async (reason) => void (await call('selection.voidRound', { id: round.id, reason }))} />}
    </Group>
  );
}
