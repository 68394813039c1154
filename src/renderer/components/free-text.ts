import { freeTextFields, type FreeTextFieldName } from '../../shared/free-text-fields';

export const freeTextHint = 'Never about a person supported.';

const limits = Object.fromEntries(freeTextFields.map((f) => [f.field, f.maxLength])) as Record<FreeTextFieldName, number>;

/**
 * What every free-text input shows and enforces (§5, §6): the length limit of its field in
 * the list of free-text fields, and the reminder that nothing in it is about a person a
 * member supported, after the field's own description.
 */
export function freeText(field: FreeTextFieldName, description?: string): { maxLength: number; description: string } {
  return { maxLength: limits[field], description: description ? `${description} ${freeTextHint}` : freeTextHint };
}
