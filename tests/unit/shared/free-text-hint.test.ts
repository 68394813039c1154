import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeText, freeTextHint } from '../../../src/renderer/components/free-text';

const rendererDir = join(__dirname, '../../../src/renderer');

/** Text inputs that take no free text, and why. */
const notFreeText: Record<string, string> = {
  'components/RecoveryCodeFields.tsx': 'a recovery code, a secret',
  'screens/Setup/RecoveryCodeStep.tsx': 'typing back the recovery code, a secret',
  'screens/Roster/RosterScreen.tsx': 'the roster search box, never stored',
  'components/ListTools.tsx': "a list's search box, never stored",
};

/** Each `<TextInput …>`, `<Textarea …>` and `<TagsInput …>` element of a source file, attributes included. */
function textInputElements(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/<(TextInput|Textarea|TagsInput)\b/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    found.push(source.slice(match.index, end + 1));
  }
  return found;
}

const sources = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => ({ file: relative(rendererDir, join(rendererDir, file)).replaceAll('\\', '/'), source: readFileSync(join(rendererDir, file), 'utf8') }));

describe('§5, §6: every free-text input says it is never about a person supported', () => {
  it('each text input of the renderer takes its limit and the hint from the list of free-text fields, unless it is a date, a month, read-only or a secret', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { file, source } of sources) {
      if (Object.hasOwn(notFreeText, file)) continue;
      for (const element of textInputElements(source)) {
        if (/type="(date|datetime-local|month)"|\breadOnly\b/.test(element)) continue;
        checked++;
        if (!element.includes('{...freeText(')) missing.push(`${file}: ${element.slice(0, 80)}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });

  it('the hint follows the field’s own description, and the limit is the list’s', () => {
    expect(freeText('member.adminNote', 'About the member only.')).toEqual({ maxLength: 80, description: `About the member only. ${freeTextHint}` });
    expect(freeText('round.howToNominate')).toEqual({ maxLength: 600, description: 'Never about a person supported.' });
  });
});
