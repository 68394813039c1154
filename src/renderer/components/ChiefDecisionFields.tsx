import { SimpleGrid, TextInput } from '@mantine/core';
import type { ChiefDecision } from '../../shared/members';
import { freeText } from './free-text';

export const emptyChiefDecision: ChiefDecision = { decidedOn: '', decidedBy: '', exceptionReference: '' };

/**
 * §10: the Chief's prior written decision, the same three fields wherever one is recorded
 * (a member's return from removal, a candidate's exception): when, who signed, its reference.
 */
export function ChiefDecisionFields({ value, onChange, fieldMessage }: { value: ChiefDecision; onChange(value: ChiefDecision): void; fieldMessage(path: string): string | undefined }) {
  const set = (key: keyof ChiefDecision, text: string) => onChange({ ...value, [key]: text });
  return (
    <SimpleGrid cols={3}>
      <TextInput type="date" label="Chief's decision on" value={value.decidedOn} onChange={(e) => set('decidedOn', e.currentTarget.value)} error={fieldMessage('chiefDecision.decidedOn') ?? fieldMessage('chiefDecision')} required />
      <TextInput label="Decided by" value={value.decidedBy} onChange={(e) => set('decidedBy', e.currentTarget.value)} error={fieldMessage('chiefDecision.decidedBy')} required {...freeText('chiefDecision.decidedBy', "The Chief's name or title, as signed.")} />
      <TextInput
        label="Exception reference (§10)"
        value={value.exceptionReference}
        onChange={(e) => set('exceptionReference', e.currentTarget.value)}
        error={fieldMessage('chiefDecision.exceptionReference')}
        required
        {...freeText('chiefDecision.exceptionReference', 'e.g. the memo number.')}
      />
    </SimpleGrid>
  );
}
