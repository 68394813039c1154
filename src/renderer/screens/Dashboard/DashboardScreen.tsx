import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { DashboardItem } from '../../../shared/reports';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, localizeDates } from '../../format';
import type { Destination } from '../../layout/navigation';
import { ActivityChart } from './ActivityChart';

// Dark shades: the words must stay readable (4.5:1) on the page, never colour alone.
const severityColor: Record<DashboardItem['severity'], string> = { urgent: 'red.9', attention: 'blue.9', info: 'gray.7' };
const severityLabel: Record<DashboardItem['severity'], string> = { urgent: 'Urgent', attention: 'Needs attention', info: 'For information' };
const targetLabel: Record<DashboardItem['link']['screen'], string> = { statistics: 'Statistics', training: 'Training', roster: 'Roster', selection: 'Selection', incidents: 'Incidents', resources: 'Resources' };

/** What needs the Coordinator today, each item a step away from the screen that resolves it. */
export function DashboardScreen({ onNavigate }: { onNavigate(destination: Destination): void }) {
  const { data: board, error } = useChannel('dashboard.today', {});

  if (error) return <ErrorAlert error={error.message} title="Could not load the dashboard" />;
  if (!board) return <Loader aria-label="Loading the dashboard" />;
  if (board.empty) {
    return (
      <Alert title="Welcome to PeerDesk" color="pine">
        <Stack gap="xs">
          <Text size="sm">Start with the program details in Settings, then add your team on the Roster (one by one, or import a spreadsheet). Record their training so PeerDesk knows who may be deployed.</Text>
          <Group>
            <Button size="xs" onClick={() => onNavigate({ screen: 'settings' })}>
              Open Settings
            </Button>
            <Button size="xs" variant="default" onClick={() => onNavigate({ screen: 'roster' })}>
              Add members
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <Text size="sm">{formatDate(board.today)}</Text>
      {board.items.length === 0 ? (
        <Text>Nothing needs you today: tallies are in, training is current and the intranet list is up to date.</Text>
      ) : (
        <Stack gap="xs" component="ul" aria-label="Needs your attention" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {board.items.map((item) => (
            <Card key={item.id} component="li" withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Badge color={severityColor[item.severity]} variant="outline" styles={{ label: { textTransform: 'none' } }}>
                      {severityLabel[item.severity]}
                    </Badge>
                    <Text fw={600}>{localizeDates(item.title)}</Text>
                    <Text size="xs" c="dimmed">
                      {item.section}
                    </Text>
                  </Group>
                  <Text size="sm">{localizeDates(item.detail)}</Text>
                </Stack>
                <Button size="xs" variant="default" onClick={() => onNavigate({ screen: item.link.screen, focus: item.link })} aria-label={`Open ${targetLabel[item.link.screen]}: ${localizeDates(item.title)}`}>
                  Open {targetLabel[item.link.screen]}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <Title order={2} size="h4">
        Contacts and hours, last 12 months
      </Title>
      <ActivityChart trend={board.trend} />
    </Stack>
  );
}
