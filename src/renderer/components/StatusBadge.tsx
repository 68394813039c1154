import { Badge } from '@mantine/core';
import { effectiveStatusLabels, type EffectiveStatus } from '../../shared/members';

const colors: Record<EffectiveStatus, string> = {
  active: 'pine',
  'inactive-training': 'red',
  'training-pending': 'yellow',
  'temporarily-inactive': 'orange',
  removed: 'gray',
  resigned: 'gray',
  'term-ended': 'gray',
};

/** The effective status in words (never by colour alone). */
export function StatusBadge({ status }: { status: EffectiveStatus }) {
  return (
    <Badge color={colors[status]} variant="light" radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {effectiveStatusLabels[status]}
    </Badge>
  );
}
