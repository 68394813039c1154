import { describe, expect, it } from 'vitest';
import { weaknessOf } from '../../../src/main/store/vault/passphrase-strength';

describe('passphrase strength', () => {
  it.each([
    ['short', /at least 12/],
    ['aaaaaaaaaaaaaaa', /different characters/],
    ['abcabcabcabcabc', /different characters|repeated/],
    ['Password2026!', /guessers try first/],
    ['P@ssword 12345', /guessers try first/],
    ['Passw0rd-2026', /guessers try first/],
    ['qwertyuiop123', /guessers try first|in order/],
    ['123456789012', /in order|only digits/],
    ['abcdefghijklmn', /in order/],
    ['probation2026!', /guessers try first/],
    ['!!!!####$$$$%%%%', /different characters|only digits or symbols/],
  ])('rejects %j with a reason', (passphrase, reason) => {
    expect(weaknessOf(passphrase)).toMatch(reason);
  });

  it.each(['quiet harbour lantern 42', 'amber meadow violin 77', 'Tuesday-cactus-Orbit-9'])('accepts %j', (passphrase) => {
    expect(weaknessOf(passphrase)).toBeNull();
  });
});
