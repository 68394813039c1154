import { VisuallyHidden } from '@mantine/core';
import type { CourseCell, QuarterlyMark } from '../../../shared/training';
import { formatDate } from '../../format';
import './TrainingCells.css';

const icons: Record<CourseCell['state'], string> = {
  completed: '✓',
  'expiring-soon': '⚠',
  expired: '✗',
  missing: '○',
  'not-taken': '·',
  'not-applicable': '—',
};

export function cellWords(cell: CourseCell): string {
  switch (cell.state) {
    case 'completed':
      return `Completed ${formatDate(cell.completedOn)}`;
    case 'expiring-soon':
      return `Expires ${formatDate(cell.expiresOn)}`;
    case 'expired':
      return `Expired ${formatDate(cell.expiresOn)}`;
    case 'missing':
      return 'Missing';
    case 'not-taken':
      return 'Not taken';
    default:
      return 'Not applicable';
  }
}

/** A course state by icon and words, never by colour alone. */
export function CourseCellView({ cell }: { cell: CourseCell }) {
  return (
    <span className="course-cell" data-state={cell.state}>
      <span aria-hidden="true">{icons[cell.state]}</span>
      {cellWords(cell)}
    </span>
  );
}

const markLetters: Record<QuarterlyMark, string> = { attended: 'P', 'make-up': 'M', excused: 'E', absent: 'A', 'not-recorded': '?', 'not-expected': '·' };
const markWords: Record<QuarterlyMark, string> = {
  attended: 'present',
  'make-up': 'make-up',
  excused: 'excused',
  absent: 'absent',
  'not-recorded': 'not recorded',
  'not-expected': 'not expected',
};

/** The last eight quarterly sessions: P present, M make-up, E excused, A absent. */
export function QuarterlyStrip({ marks }: { marks: { sessionId: number; heldOn: string; mark: QuarterlyMark }[] }) {
  if (marks.length === 0) return <span className="course-cell">No sessions yet</span>;
  const summary = marks.map((m) => `${formatDate(m.heldOn)} ${markWords[m.mark]}`).join('; ');
  return (
    <span className="quarterly-strip">
      <VisuallyHidden>Last quarterly sessions: {summary}</VisuallyHidden>
      {marks.map((m) => (
        <span key={m.sessionId} data-mark={m.mark} title={`${formatDate(m.heldOn)}: ${markWords[m.mark]}`} aria-hidden="true">
          {markLetters[m.mark]}
        </span>
      ))}
    </span>
  );
}
