import { randomInt } from 'node:crypto';

/**
 * The recovery code printed once at setup for the Chief's safe: 8 groups of 5 characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), about 190 bits.
 */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 8;
const GROUP_LENGTH = 5;

export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += alphabet[randomInt(alphabet.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Accepts the code as typed: any case, with or without dashes and spaces. */
export function normalizeRecoveryCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  return compact.match(new RegExp(`.{1,${GROUP_LENGTH}}`, 'g'))?.join('-') ?? '';
}
