import { BarChart } from '@mantine/charts';
import { VisuallyHidden } from '@mantine/core';
import type { Dashboard } from '../../../shared/reports';
import { formatMonth } from '../../format';

/**
 * Twelve months of contacts and hours, with the same figures as a table for screen readers.
 * A month whose tallies are not all due yet is labelled "so far", not read as a drop.
 */
export function ActivityChart({ trend }: { trend: Dashboard['trend'] }) {
  const data = trend.map((t) => ({ month: t.partial ? `${formatMonth(t.month)} (so far)` : formatMonth(t.month), Contacts: t.contacts, Hours: t.hours }));
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={220}
        data={data}
        dataKey="month"
        series={[
          { name: 'Contacts', color: 'pine.6' },
          { name: 'Hours', color: 'gray.5' },
        ]}
        withLegend
        tickLine="y"
        barChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <VisuallyHidden component="figcaption">
        <table>
          <caption>Contacts and hours by month</caption>
          <tbody>
            {data.map((d) => (
              <tr key={d.month}>
                <th scope="row">{d.month}</th>
                <td>{d.Contacts} contacts</td>
                <td>{d.Hours} hours</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
