import { Alert } from '@mantine/core';

export function ErrorAlert({ error, title = 'Not saved' }: { error: string | null; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {error}
    </Alert>
  );
}
