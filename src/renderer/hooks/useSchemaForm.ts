import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import type { CallError } from '../api/call';
import { forgetKeptDraft, keepDraft, keptDraft } from './useKeptDraft';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * A form checked by the same zod schema the backend applies to the channel, so the user reads
 * the backend's message beside the field before anything is sent. Fields are checked as they
 * are left, and all at once on submit. With `keepAs`, unsaved values outlive the form in
 * memory (a lock, leaving the screen) until `forgetKeptDraft(keepAs)` after saving.
 */
export function useSchemaForm<Values extends Record<string, unknown>>(schema: Schema, initialValues: Values, keepAs?: string): UseFormReturnType<Values> {
  return useForm<Values>({
    mode: 'controlled',
    initialValues: (keepAs && keptDraft<Values>(keepAs)) || initialValues,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
    onValuesChange: (values) => keepAs && keepDraft(keepAs, values),
  });
}

/** Saved: the form starts again from blank, and its kept draft is forgotten. */
export function resetKept<Values>(form: UseFormReturnType<Values>, keepAs: string, blank: Values): void {
  form.setInitialValues(blank);
  form.setValues(blank);
  forgetKeptDraft(keepAs);
}

/** The backend's field messages (a rule the schema cannot know, e.g. a duplicate) beside their fields. */
export function showFieldErrors<Values>(form: UseFormReturnType<Values>, error: CallError): void {
  const fields = error.payload.details?.fields ?? [];
  form.setErrors(Object.fromEntries(fields.map((f) => [f.path, f.message])));
}
