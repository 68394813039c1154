import { AppShell, Button, Group, Kbd, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import type { CallError } from '../api/call';
import type { MaintenanceStep } from '../../shared/session';
import { screens, type Destination } from './navigation';
import { StatusBar } from './StatusBar';

// Each screen is its own chunk, loaded when first opened: the window starts with only what the
// Unlock screen needs, and zod, the forms and the tables arrive after the passphrase is typed.
const DashboardScreen = lazy(() => import('../screens/Dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })));
const RosterScreen = lazy(() => import('../screens/Roster/RosterScreen').then((m) => ({ default: m.RosterScreen })));
const SelectionScreen = lazy(() => import('../screens/Selection/SelectionScreen').then((m) => ({ default: m.SelectionScreen })));
const TrainingScreen = lazy(() => import('../screens/Training/TrainingScreen').then((m) => ({ default: m.TrainingScreen })));
const StatisticsScreen = lazy(() => import('../screens/Statistics/StatisticsScreen').then((m) => ({ default: m.StatisticsScreen })));
const IncidentsScreen = lazy(() => import('../screens/Incidents/IncidentsScreen').then((m) => ({ default: m.IncidentsScreen })));
const ReportsScreen = lazy(() => import('../screens/Reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })));
const ResourcesScreen = lazy(() => import('../screens/Resources/ResourcesScreen').then((m) => ({ default: m.ResourcesScreen })));
const SupportersScreen = lazy(() => import('../screens/Supporters/SupportersScreen').then((m) => ({ default: m.SupportersScreen })));
const SettingsScreen = lazy(() => import('../screens/Settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

interface Props {
  /** Kept by the caller, so that after a lock the Coordinator is back where they were. */
  destination: Destination;
  /** Bumped on every navigation: a screen opened again starts afresh with its focus. */
  visit: number;
  onNavigate(destination: Destination): void;
  onLock(): void;
  /** What the unlock still owes (the integrity check, today's backup): run from the status bar. */
  maintenance: MaintenanceStep | null;
  onDamaged(error: CallError): void;
}

/** The unlocked app: navigation on the left, the chosen screen, Lock always in reach (Ctrl+L). */
export function AppFrame({ destination, visit, onNavigate, onLock, maintenance, onDamaged }: Props) {
  const current = destination.screen;
  const setCurrent = (screen: Destination['screen']) => onNavigate({ screen });
  useHotkeys([
    ['mod+L', onLock],
    ...screens.map((screen, index) => [`alt+${(index + 1) % 10}`, () => setCurrent(screen.id)] as [string, () => void]),
  ]);
  const screen = screens.find((s) => s.id === current) ?? screens[0];
  const focus = destination.focus;

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 190, breakpoint: 0 }} footer={{ height: 28 }} padding="lg">
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
        <Stack gap="lg" key={visit}>
          <div>
            <Title order={1}>{screen.label}</Title>
            <Text c="dimmed" size="sm">
              {screen.description}
            </Text>
          </div>
          {/* The screen's title shows at once; its body follows when its chunk has loaded (a local file: a moment). */}
          <Suspense fallback={<Loader aria-label="Loading the screen" />}>
            {current === 'dashboard' ? (
              <DashboardScreen onNavigate={onNavigate} />
            ) : current === 'settings' ? (
              <SettingsScreen />
            ) : current === 'roster' ? (
              <RosterScreen focus={focus?.screen === 'roster' ? focus : undefined} />
            ) : current === 'selection' ? (
              <SelectionScreen focus={focus?.screen === 'selection' ? focus : undefined} />
            ) : current === 'training' ? (
              <TrainingScreen focus={focus?.screen === 'training' ? focus : undefined} />
            ) : current === 'statistics' ? (
              <StatisticsScreen focus={focus?.screen === 'statistics' ? focus : undefined} />
            ) : current === 'resources' ? (
              <ResourcesScreen />
            ) : current === 'incidents' ? (
              <IncidentsScreen focus={focus?.screen === 'incidents' ? focus : undefined} />
            ) : current === 'supporters' ? (
              <SupportersScreen />
            ) : (
              <ReportsScreen />
            )}
          </Suspense>
        </Stack>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar owed={maintenance} onDamaged={onDamaged} />
      </AppShell.Footer>
    </AppShell>
  );
}
