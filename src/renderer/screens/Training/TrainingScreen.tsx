import { Tabs } from '@mantine/core';
import { useToday } from '../../hooks/useToday';
import type { FocusOf } from '../../layout/navigation';
import { CatalogView } from './CatalogView';
import { MatrixView } from './MatrixView';
import { SessionsView } from './SessionsView';

/** §8 and §4.H–I: the training matrix, sessions with attendance, and the course catalog. */
export function TrainingScreen({ focus }: { focus?: FocusOf<'training'> }) {
  const today = useToday();
  return (
    <Tabs defaultValue={focus?.tab ?? 'matrix'} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
        <Tabs.Tab value="sessions">Sessions</Tabs.Tab>
        <Tabs.Tab value="catalog">Course catalog</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="matrix" pt="lg">
        <MatrixView />
      </Tabs.Panel>
      <Tabs.Panel value="sessions" pt="lg">
        <SessionsView today={today} />
      </Tabs.Panel>
      <Tabs.Panel value="catalog" pt="lg">
        <CatalogView />
      </Tabs.Panel>
    </Tabs>
  );
}
