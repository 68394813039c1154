import { AppShell, Button, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { ActorNamesProvider } from '../components/ActorName';
import { DashboardScreen } from '../screens/Dashboard/DashboardScreen';
import { IncidentsScreen } from '../screens/Incidents/IncidentsScreen';
import { ReportsScreen } from '../screens/Reports/ReportsScreen';
import { RosterScreen } from '../screens/Roster/RosterScreen';
import { SelectionScreen } from '../screens/Selection/SelectionScreen';
import { StatisticsScreen } from '../screens/Statistics/StatisticsScreen';
import { TrainingScreen } from '../screens/Training/TrainingScreen';
import { SettingsScreen } from '../screens/Settings/SettingsScreen';
import { screens, type ScreenId } from './navigation';

/** The unlocked app: navigation on the left, the chosen screen, Lock always in reach (Ctrl+L). */
export function AppFrame({ onLock }: { onLock(): void }) {
  const [current, setCurrent] = useState<ScreenId>('dashboard');
  useHotkeys([
    ['mod+L', onLock],
    ...screens.map((screen, index) => [`alt+${index + 1}`, () => setCurrent(screen.id)] as [string, () => void]),
  ]);
  const screen = screens.find((s) => s.id === current) ?? screens[0];

  return (
    <ActorNamesProvider>
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Text fw={700} size="lg">
            PeerDesk
          </Text>
          <Button variant="default" size="xs" onClick={onLock} aria-keyshortcuts="Control+L" rightSection={<Kbd size="xs">Ctrl L</Kbd>}>
            Lock
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <Stack gap={2}>
          {screens.map((s) => (
            <NavLink
              key={s.id}
              component="button"
              label={s.label}
              active={s.id === current}
              variant="filled"
              aria-current={s.id === current ? 'page' : undefined}
              onClick={() => setCurrent(s.id)}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Stack gap="lg" maw={1280}>
          <div>
            <Title order={1}>{screen.label}</Title>
            <Text c="dimmed" size="sm">
              {screen.description}
            </Text>
          </div>
          {current === 'dashboard' ? (
            <DashboardScreen onNavigate={setCurrent} />
          ) : current === 'settings' ? (
            <SettingsScreen />
          ) : current === 'roster' ? (
            <RosterScreen />
          ) : current === 'selection' ? (
            <SelectionScreen />
          ) : current === 'training' ? (
            <TrainingScreen />
          ) : current === 'statistics' ? (
            <StatisticsScreen />
          ) : current === 'incidents' ? (
            <IncidentsScreen />
          ) : (
            <ReportsScreen />
          )}
        </Stack>
      </AppShell.Main>
    </AppShell>
    </ActorNamesProvider>
  );
}
