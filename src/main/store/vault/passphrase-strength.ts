import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase';

/**
 * Phrases that guessers try first. Matched after lower-casing and removing digits,
 * spaces and punctuation, so "Password 2026!" is caught too.
 */
const commonStems = [
  'password', 'passphrase', 'passwort', 'letmein', 'welcome', 'iloveyou', 'qwerty', 'qwertyuiop', 'asdfgh',
  'zxcvbn', 'abcdef', 'abc', 'admin', 'administrator', 'changeme', 'secret', 'monkey', 'dragon', 'sunshine',
  'football', 'baseball', 'princess', 'trustno', 'master', 'login', 'default', 'peerdesk', 'peersupport',
  'probation', 'solano', 'county', 'coordinator', 'chief', 'support', 'correctcorrect', 'summer', 'winter',
  'spring', 'autumn', 'january', 'december',
];

const digits = '0123456789'.repeat(4);
const orderedRuns = ['qwertyuiopasdfghjklzxcvbnm', 'abcdefghijklmnopqrstuvwxyz', digits, [...digits].reverse().join('')];

/** A common word, alone or repeated ("passwordpassword"). */
function isCommon(word: string): boolean {
  return commonStems.some((common) => word === common || word.replace(/(.+)\1+$/, '$1') === common);
}

/** Returns why a passphrase is too weak, or null when it is acceptable. */
export function weaknessOf(passphrase: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters (this one has ${passphrase.length}).`;
  }
  const lower = passphrase.toLowerCase();
  if (new Set(lower).size < 5) return 'Use more different characters: this one repeats too few.';
  if (/^(.{1,4})\1+$/.test(lower)) return 'A short pattern repeated is easy to guess.';
  const compact = lower.replace(/[^a-z0-9]/g, '');
  if (orderedRuns.some((run) => run.includes(compact))) return 'A run of keys, letters or digits in order is easy to guess.';
  const stem = lower.replace(/[^a-z]/g, '');
  if (stem.length === 0) return 'Use words, not only digits or symbols.';
  // "P@ssw0rd2026!" is "password": undo look-alike substitutions inside the word.
  const unLeet = lower
    .replace(/[^a-z]+$/, '')
    .replace(/[@4]/g, 'a')
    .replace(/[0]/g, 'o')
    .replace(/[1!|]/g, 'i')
    .replace(/[3]/g, 'e')
    .replace(/[$5]/g, 's')
    .replace(/[7]/g, 't')
    .replace(/[^a-z]/g, '');
  if (isCommon(stem) || isCommon(unLeet)) {
    return 'This is one of the passphrases guessers try first. Try three or four unrelated words.';
  }
  return null;
}
