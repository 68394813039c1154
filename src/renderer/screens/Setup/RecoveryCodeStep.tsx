import { Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { CenteredCard } from '../../components/CenteredCard';

/**
 * Shows the recovery code once and makes sure it was written down: the Coordinator must
 * type two of its groups back before continuing.
 */
export function RecoveryCodeStep({
  recoveryCode,
  replacesUsedCode = false,
  onConfirmed,
}: {
  recoveryCode: string;
  /** After a recovery: the code just used no longer works, and this one replaces it. */
  replacesUsedCode?: boolean;
  onConfirmed(): void;
}) {
  const groups = recoveryCode.split('-');
  const [first, second] = useMemo(() => pickTwo(groups.length), [groups.length]);
  const [kept, setKept] = useState(false);
  const [typedFirst, setTypedFirst] = useState('');
  const [typedSecond, setTypedSecond] = useState('');
  const [tried, setTried] = useState(false);

  const matches = (typed: string, index: number) => typed.trim().toUpperCase() === groups[index];
  const firstOk = matches(typedFirst, first);
  const secondOk = matches(typedSecond, second);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (kept && firstOk && secondOk) onConfirmed();
  }

  return (
    <CenteredCard
      title={replacesUsedCode ? 'Keep your new recovery code' : 'Keep your recovery code'}
      subtitle={
        replacesUsedCode
          ? 'The code you just used no longer opens PeerDesk. This new code replaces it: put it in the Chief’s safe. Keep the old one with it: backup files made before today still open with the old code; a backup made now carries the new one.'
          : 'It opens PeerDesk if the passphrase is forgotten, and lets a successor Coordinator take over.'
      }
    >
      <Stack gap="md">
        <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
          <Text ff="monospace" fz="lg" fw={600} ta="center" aria-label="Recovery code" data-testid="recovery-code" style={{ letterSpacing: '0.08em', overflowWrap: 'anywhere' }}>
            {recoveryCode}
          </Text>
        </Paper>
        <Text size="sm">
          Print it or write it down and give it to the Chief for the safe. It is shown only now and is never stored
          readable on this computer.
        </Text>
        <Group>
          <Button variant="default" onClick={() => window.print()}>
            Print
          </Button>
        </Group>
        <form onSubmit={submit} aria-label="Confirm the recovery code">
          <Stack gap="sm">
            <Checkbox
              label="I have printed or written down the recovery code"
              checked={kept}
              onChange={(e) => setKept(e.currentTarget.checked)}
              error={tried && !kept ? 'Keep the code before you continue' : undefined}
            />
            <Group grow align="flex-start">
              <TextInput
                label={`Group ${first + 1}`}
                value={typedFirst}
                onChange={(e) => setTypedFirst(e.currentTarget.value)}
                error={tried && !firstOk ? 'Does not match' : undefined}
                autoComplete="off"
              />
              <TextInput
                label={`Group ${second + 1}`}
                value={typedSecond}
                onChange={(e) => setTypedSecond(e.currentTarget.value)}
                error={tried && !secondOk ? 'Does not match' : undefined}
                autoComplete="off"
              />
            </Group>
            <Text size="xs">Type the two groups of the code named above, to show it was written down correctly.</Text>
            <Button type="submit">Continue to PeerDesk</Button>
          </Stack>
        </form>
      </Stack>
    </CenteredCard>
  );
}

function pickTwo(count: number): [number, number] {
  const first = Math.floor(Math.random() * count);
  const second = (first + 1 + Math.floor(Math.random() * (count - 1))) % count;
  return first < second ? [first, second] : [second, first];
}
