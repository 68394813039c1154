import { Tabs } from '@mantine/core';
import { BackupsPanel } from './BackupsPanel';
import { AuditLogPanel } from './AuditLogPanel';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { PolicyPanel } from './PolicyPanel';
import { ProgramSettingsForm } from './ProgramSettingsForm';
import { TeamSettingsForm } from './TeamSettingsForm';

export function SettingsScreen() {
  return (
    <Tabs defaultValue="program" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="program">Program</Tabs.Tab>
        <Tabs.Tab value="team">Team</Tabs.Tab>
        <Tabs.Tab value="security">Passphrase</Tabs.Tab>
        <Tabs.Tab value="policy">Policy parameters</Tabs.Tab>
        <Tabs.Tab value="backups">Backups</Tabs.Tab>
        <Tabs.Tab value="audit">Audit log</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="program" pt="lg">
        <ProgramSettingsForm />
      </Tabs.Panel>
      <Tabs.Panel value="team" pt="lg">
        <TeamSettingsForm />
      </Tabs.Panel>
      <Tabs.Panel value="security" pt="lg">
        <ChangePassphraseForm />
      </Tabs.Panel>
      <Tabs.Panel value="policy" pt="lg">
        <PolicyPanel />
      </Tabs.Panel>
      <Tabs.Panel value="backups" pt="lg">
        <BackupsPanel />
      </Tabs.Panel>
      <Tabs.Panel value="audit" pt="lg">
        <AuditLogPanel />
      </Tabs.Panel>
    </Tabs>
  );
}
