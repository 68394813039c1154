import { Alert, Badge, Drawer, Group, Loader, Stack, Tabs, Text, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo } from 'react';
import { effectiveStatusLabels, memberFieldsOf, statusReasonLabels } from '../../../shared/members';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatDateTime, localizeDates } from '../../format';
import { useToday } from '../../hooks/useToday';
import { useDiscardGuard } from '../../hooks/useDiscardGuard';
import { useActorName } from '../../components/ActorName';
import { MemberTrainingPanel } from '../Training/MemberTrainingPanel';
import { forgetKeptDraft } from '../../hooks/useKeptDraft';
import { MemberForm, memberDraftKey } from './MemberForm';
import { RejoinForm, StatusChangeForm } from './StatusChangeForm';

interface Props {
  memberId: number | null;
  staffGroups: string[];
  specialties: string[];
  onClose(): void;
}

const saved = (message: string) => notifications.show({ message, color: 'pine' });

/** One member: profile, status history and the tabs later features fill. */
export const MemberDrawer = memo(function MemberDrawer({ memberId, staffGroups, specialties, onClose }: Props) {
  const actorName = useActorName();
  const today = useToday();
  const member = useChannel('roster.get', { id: memberId ?? 0 }, { enabled: memberId !== null });
  const error = member.error?.message;

  const shown = member.data && member.data.id === memberId ? member.data : null;
  const { requestClose, setDirty, guard } = useDiscardGuard(() => {
    if (memberId !== null) forgetKeptDraft(memberDraftKey(memberId));
    onClose();
  });
  return (
    <Drawer opened={memberId !== null} onClose={requestClose} position="right" size="xl" title={shown ? shown.displayName : 'Member'}>
      {guard}
      {error && <ErrorAlert error={error} title="Could not load the member" />}
      {!shown && !error && <Loader aria-label="Loading member" />}
      {shown && (
        <Stack gap="md">
          <Group gap="xs">
            <StatusBadge status={shown.standing.effective} />
            <Badge variant="outline" color={shown.standing.deployable ? 'pine' : 'gray'} styles={{ label: { textTransform: 'none' } }}>
              {shown.standing.deployable ? 'Deployable' : 'Not deployable'}
            </Badge>
            <Badge variant="outline" color={shown.standing.listed ? 'pine' : 'gray'} styles={{ label: { textTransform: 'none' } }}>
              {shown.standing.listed ? 'Listed on the intranet' : 'Not on the intranet list'}
            </Badge>
            <Text size="sm">Commitment ends {formatDate(shown.standing.commitmentEndsOn)} (§2.B)</Text>
          </Group>
          {shown.standing.findings.map((f) => (
            <Alert key={f.ruleId} color={f.severity === 'block' ? 'red' : f.severity === 'warn' ? 'orange' : 'blue'} variant="light" title={f.section}>
              {localizeDates(f.message)}
            </Alert>
          ))}
          <Tabs defaultValue="profile">
            <Tabs.List>
              <Tabs.Tab value="profile">Profile</Tabs.Tab>
              <Tabs.Tab value="status">Status history</Tabs.Tab>
              <Tabs.Tab value="training">Training</Tabs.Tab>
              <Tabs.Tab value="activity">Activity</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="profile" pt="md">
              <MemberForm
                key={shown.updatedAt}
                initial={memberFieldsOf(shown)}
                draftKey={memberDraftKey(shown.id)}
                staffGroups={staffGroups}
                specialties={specialties}
                submitLabel="Save changes"
                isNew={false}
                onCancel={requestClose}
                onDirtyChange={setDirty}
                onSubmit={async (fields) => {
                  await call('roster.update', { id: shown.id, fields });
                  saved('Member saved');
                }}
              />
            </Tabs.Panel>
            <Tabs.Panel value="status" pt="md">
              <Stack gap="lg">
                <Timeline active={shown.history.length - 1} bulletSize={14} lineWidth={2} aria-label="Status history">
                  {shown.history.map((entry) => (
                    <Timeline.Item key={entry.id} title={`${effectiveStatusLabels[entry.status]} from ${formatDate(entry.effectiveOn)}`}>
                      {entry.reasonCategory && <Text size="sm">{statusReasonLabels[entry.reasonCategory]}</Text>}
                      {entry.chiefDecisionOn && (
                        <Text size="sm">
                          Chief's decision {formatDate(entry.chiefDecisionOn)}
                          {entry.chiefDecidedBy ? ` by ${entry.chiefDecidedBy}` : ''}
                          {entry.exceptionReference ? `, exception ${entry.exceptionReference} (§10)` : ''}
                        </Text>
                      )}
                      {entry.commitmentStartsOn && <Text size="sm">Rejoined: new commitment from {formatDate(entry.commitmentStartsOn)} (§2.B)</Text>}
                      {entry.expectedReturnOn && <Text size="sm">Expected back {formatDate(entry.expectedReturnOn)}</Text>}
                      {entry.reason && <Text size="sm">{entry.reason}</Text>}
                      <Text size="xs" c="dimmed">
                        Recorded by {actorName(entry.recordedBy)}, {formatDateTime(entry.recordedAt)}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
                {(shown.history.at(-1)?.status === 'resigned' || shown.history.at(-1)?.status === 'term-ended') && (
                  <RejoinForm key={`rejoin-${shown.history.length}`} member={shown} onChanged={() => saved('Member rejoined')} />
                )}
                <StatusChangeForm key={shown.history.length} member={shown} onChanged={() => saved('Status recorded')} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="training" pt="md">
              <MemberTrainingPanel
                memberId={shown.id}
                memberName={shown.displayName}
                today={today}
              />
            </Tabs.Panel>
            <Tabs.Panel value="activity" pt="md">
              <Text>Monthly tallies and deployments will appear here with program activity.</Text>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
});
