import type { CSSProperties } from 'react';
import { effectiveStatusLabels, type EffectiveStatus } from '../../shared/members';
import './StatusBadge.css';

const tones: Record<EffectiveStatus, string> = {
  active: 'pine',
  'inactive-training': 'red',
  'training-pending': 'blue',
  'temporarily-inactive': 'violet',
  removed: 'gray',
  resigned: 'gray',
  'term-ended': 'gray',
};

/** The effective status in words (never by colour alone). A plain span: it appears in every roster row. */
export function StatusBadge({ status }: { status: EffectiveStatus }) {
  const tone = tones[status];
  const style = {
    '--status-tone-0': `var(--mantine-color-${tone}-0)`,
    '--status-tone-2': `var(--mantine-color-${tone}-2)`,
    '--status-tone-9': `var(--mantine-color-${tone}-9)`,
  } as CSSProperties;
  return (
    <span className="status-badge" style={style}>
      {effectiveStatusLabels[status]}
    </span>
  );
}
