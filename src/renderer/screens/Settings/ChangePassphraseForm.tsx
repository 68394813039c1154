import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, run } = useAction(async () => {
    await call('session.changePassphrase', { current, next, confirmation });
    setCurrent('');
    setNext('');
    setConfirmation('');
    notifications.show({ message: 'Passphrase changed', color: 'pine' });
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <form onSubmit={submit} aria-label="Change passphrase">
      <Stack gap="md" maw={420}>
        <Text size="sm">
          The data stays as it is; only the key that opens it is locked again under the new passphrase. The recovery code
          keeps working.
        </Text>
        <PasswordInput
          label="Current passphrase"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={error?.fieldMessage('current')}
          autoComplete="current-password"
          required
        />
        <NewPassphraseFields
          value={next}
          confirmation={confirmation}
          onChange={setNext}
          onConfirmationChange={setConfirmation}
          error={error?.fieldMessage('next')}
          confirmationError={error?.fieldMessage('confirmation')}
        />
        <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} title="Passphrase not changed" />
        <Button type="submit" loading={busy}>
          Change passphrase
        </Button>
      </Stack>
    </form>
  );
}
