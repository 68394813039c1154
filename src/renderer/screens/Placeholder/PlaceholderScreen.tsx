import { Text } from '@mantine/core';

/** A screen whose feature has not arrived yet says what it will hold. */
export function PlaceholderScreen({ description }: { description: string }) {
  return <Text>{description}</Text>;
}
