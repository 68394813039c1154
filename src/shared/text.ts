import * as z from 'zod';

/*
 * A value not given reads as a person would say it wherever it is checked — beside the field in
 * a form (the renderer validates with these same schemas), in an import's row problems, in a
 * refusal: "Choose one" for a choice (a pick-list, a yes/no), "Required" otherwise, rather
 * than a schema's "expected number, received null". Messages a schema words itself stand.
 */
z.config({
  customError: (issue) => {
    // NaN is what an emptied number input gives.
    if (issue.input !== undefined && issue.input !== null && !Number.isNaN(issue.input)) return undefined;
    return issue.code === 'invalid_value' || (issue.code === 'invalid_type' && issue.expected === 'boolean') ? 'Choose one' : 'Required';
  },
});

/**
 * Characters no name, title or note needs and that change what a reader sees without
 * showing themselves: C0 and C1 control characters (NUL, tab, escape, …), zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) and bidirectional controls (U+200E, U+200F,
 * U+061C, U+202A–U+202E, U+2066–U+2069; U+202E reverses the text after it on the
 * intranet page). A line break in a single-line field has its own message.
 */
const invisible = /[\p{Cc}\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
const lineBreak = /[\r\n\u2028\u2029]/u;

export const invisibleCharactersMessage = 'Remove invisible or control characters';

/**
 * Every free-text string PeerDesk accepts: trimmed, at most `max` characters, and without
 * the characters above. A single line unless `multiline`; then `\n` is the one line break
 * allowed (no carriage return, no Unicode line or paragraph separator).
 */
export function plainText(max: number, options: { multiline?: boolean } = {}) {
  const text = z.string().trim().max(max);
  return options.multiline
    ? text.refine((value) => !invisible.test(value.replaceAll('\n', '')), invisibleCharactersMessage)
    : text
        .refine((value) => !lineBreak.test(value), 'Keep this to one line')
        .refine((value) => !invisible.test(value.replace(/[\r\n\u2028\u2029]/gu, '')), invisibleCharactersMessage);
}
