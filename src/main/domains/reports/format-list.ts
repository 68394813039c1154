/** Names in a sentence, shortened after a few: "A, B, C and 4 more". */
export function formatList(names: string[], shown = 6): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
