import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { Dashboard } from '../../../shared/reports';
import { formatMonth } from '../../format';

const HEIGHT = 220;
// Room for the values above the bars, the two-line month labels below and the scale on the left.
const MARGIN = { top: 18, right: 8, bottom: 36, left: 40 };
const TICKS = 4;
// Hours are summed from decimals: a sum such as 7.300000000000001 reads as 7.3.
const figure = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

const series = [
  { key: 'contacts', label: 'Contacts', color: 'var(--mantine-color-pine-6)' },
  { key: 'hours', label: 'Hours', color: 'var(--mantine-color-gray-5)' },
] as const;

/** A round step (1, 2 or 5 times a power of ten) that splits 0…max into at most TICKS parts. */
function tickStep(max: number): number {
  const rough = Math.max(max, 1) / TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  return Math.max(step, 1);
}

/**
 * Twelve months of contacts and hours, with the same figures as a table for screen readers.
 * A month whose tallies are not all due yet is labelled "so far" and drawn with a dashed
 * outline, not read as a drop. Drawn by hand: one chart did not justify a charting library.
 */
export function ActivityChart({ trend }: { trend: Dashboard['trend'] }) {
  const { ref, width } = useElementSize();
  const data = trend.map((t) => ({ ...t, label: t.partial ? `${formatMonth(t.month)} (so far)` : formatMonth(t.month) }));
  const step = tickStep(Math.max(0, ...data.flatMap((d) => [d.contacts, d.hours])));
  const top = step * TICKS;
  const plotWidth = Math.max(width - MARGIN.left - MARGIN.right, 0);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const slot = plotWidth / Math.max(data.length, 1);
  const barWidth = Math.min(28, slot * 0.34);
  const anyPartial = data.some((d) => d.partial);

  return (
    <figure style={{ margin: 0 }}>
      {/* The legend repeats what the table says: screen readers read the table alone. */}
      <Group gap="md" justify="flex-end" aria-hidden>
        {series.map((s) => (
          <Group key={s.key} gap={6}>
            <svg width={12} height={12}>
              <rect width={12} height={12} rx={2} fill={s.color} />
            </svg>
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
        {anyPartial && (
          <Group gap={6}>
            <svg width={12} height={12}>
              <rect x={0.5} y={0.5} width={11} height={11} rx={2} fill="none" stroke="var(--mantine-color-text)" strokeDasharray="2 2" />
            </svg>
            <Text size="xs">So far: tallies not all due yet</Text>
          </Group>
        )}
      </Group>
      <div ref={ref} style={{ height: HEIGHT }}>
        {width > 0 && (
          <svg width={width} height={HEIGHT} role="img" aria-label="Bar chart of contacts and hours by month, last 12 months; the figures follow as a table" style={{ display: 'block', fontSize: 11 }}>
            {Array.from({ length: TICKS + 1 }, (_, i) => i * step).map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-default-border)" />
                <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fill="var(--mantine-color-dimmed)">
                  {figure.format(tick)}
                </text>
              </g>
            ))}
            {data.map((d, i) => {
              const center = MARGIN.left + slot * (i + 0.5);
              return (
                <g key={d.month}>
                  {/* Shown on hover, as the chart's tooltip. */}
                  <title>{`${d.label}: ${figure.format(d.contacts)} contacts, ${figure.format(d.hours)} hours`}</title>
                  {series.map((s, k) => {
                    const value = d[s.key];
                    const x = center + (k - 1) * (barWidth + 1) + 0.5;
                    return (
                      <g key={s.key}>
                        <rect
                          x={x}
                          y={y(value)}
                          width={barWidth}
                          height={y(0) - y(value)}
                          fill={s.color}
                          fillOpacity={d.partial ? 0.4 : 1}
                          stroke={d.partial ? s.color : 'none'}
                          strokeDasharray={d.partial ? '3 2' : undefined}
                        />
                        <text x={x + barWidth / 2} y={y(value) - 4} textAnchor="middle" fill="var(--mantine-color-text)">
                          {figure.format(value)}
                        </text>
                      </g>
                    );
                  })}
                  <text x={center} y={HEIGHT - MARGIN.bottom + 14} textAnchor="middle" fill="var(--mantine-color-dimmed)">
                    {formatMonth(d.month)}
                  </text>
                  {d.partial && (
                    <text x={center} y={HEIGHT - MARGIN.bottom + 28} textAnchor="middle" fill="var(--mantine-color-dimmed)">
                      (so far)
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        )}
      </div>
      <VisuallyHidden component="figcaption">
        <table>
          <caption>Contacts and hours by month</caption>
          <tbody>
            {data.map((d) => (
              <tr key={d.month}>
                <th scope="row">{d.label}</th>
                <td>{figure.format(d.contacts)} contacts</td>
                <td>{figure.format(d.hours)} hours</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
