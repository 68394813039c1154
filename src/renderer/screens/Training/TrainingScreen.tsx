import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useToday } from '../../hooks/useToday';
import { CatalogView } from './CatalogView';
import { MatrixView } from './MatrixView';
import { SessionsView } from './SessionsView';

/** §8 and §4.H–I: the training matrix, sessions with attendance, and the course catalog. */
export function TrainingScreen() {
  // Bumped on every change so the other tabs reload what they show.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const today = useToday();
  return (
    <Tabs defaultValue="matrix" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
        <Tabs.Tab value="sessions">Sessions</Tabs.Tab>
        <Tabs.Tab value="catalog">Course catalog</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="matrix" pt="lg">
        <MatrixView key={version} onChanged={changed} />
      </Tabs.Panel>
      <Tabs.Panel value="sessions" pt="lg">
        <SessionsView today={today} onChanged={changed} />
      </Tabs.Panel>
      <Tabs.Panel value="catalog" pt="lg">
        <CatalogView onChanged={changed} />
      </Tabs.Panel>
    </Tabs>
  );
}
