/**
 * The shortest passphrase main accepts. Kept apart from the session's schemas so the setup
 * and recovery forms can state the rule without loading zod with the first screen.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
