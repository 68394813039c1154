import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import type { CallError } from '../api/call';
import { forgetKeptDraft, keepDraft, keptDraft } from './useKeptDraft';
// zod's wording for a value not given is set once, globally, by this module. Screens load on
// demand, and not every schema module imports it: a form loads it itself before checking anything.
import '../../shared/text';

type Schema = Parameters<typeof schemaResolver>[0];

interface SchemaFormOptions<Values> {
  /** Unsaved values outlive the form in memory under this key (a lock, leaving the screen) until `forgetKeptDraft(keepAs)`. */
  keepAs?: string;
  /**
   * What the channel would be sent, when the form holds its values in another shape (one set
   * of fields for every variant of a union): the schema checks that, and its messages go
   * beside the fields of the same names.
   */
  toInput?(values: Values): unknown;
}

/**
 * A form checked by the same zod schema the backend applies to the channel, so the user reads
 * the backend's message beside the field before anything is sent. Fields are checked as they
 * are left, and all at once on submit. With `keepAs`, unsaved values outlive the form in
 * memory (a lock, leaving the screen) until `forgetKeptDraft(keepAs)` after saving.
 *
 * A field not chosen yet holds null (undefined where null is itself an answer, e.g. "not
 * known"): the schema refuses it, and the form says "Choose one" or "Required" beside it
 * (the wording every schema uses for a value not given: src/shared/text.ts).
 * A message about a list's entry or an object's part shows on the list's or object's input.
 */
export function useSchemaForm<Values extends Record<string, unknown>>(schema: Schema, initialValues: Values, options?: string | SchemaFormOptions<Values>): UseFormReturnType<Values> {
  const { keepAs, toInput } = typeof options === 'string' ? { keepAs: options, toInput: undefined } : (options ?? {});
  const check = schemaResolver(schema, { sync: true });
  return useForm<Values>({
    mode: 'controlled',
    initialValues: (keepAs && keptDraft<Values>(keepAs)) || initialValues,
    validate: (values: Values) => check(toInput ? toInput(values) : values),
    validateInputOnBlur: true,
    onValuesChange: (values) => keepAs && keepDraft(keepAs, values),
    enhanceGetInputProps: ({ inputProps, field, options: { withError = true }, form }) => {
      if (!withError) return undefined;
      const nested = errorsUnder(form, field);
      if (nested.length === 0) return undefined;
      return {
        error: inputProps.error ?? form.errors[nested[0] ?? ''],
        onChange: (...args: unknown[]) => {
          (inputProps.onChange as (...a: unknown[]) => void)(...args);
          clearErrorsUnder(form, field);
        },
      };
    },
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

/** The paths with a message under `path` (a list's entries, an object's parts), its own excluded. */
function errorsUnder<Values>(form: UseFormReturnType<Values>, path: string): string[] {
  return Object.keys(form.errors).filter((key) => key.startsWith(`${path}.`));
}

function clearErrorsUnder<Values>(form: UseFormReturnType<Values>, path: string): void {
  for (const key of [path, ...errorsUnder(form, path)]) form.clearFieldError(key);
}

/**
 * An object field edited by a group of inputs that takes `value`, `onChange` and
 * `fieldMessage(path)` (e.g. the Chief's decision): a part edited loses its message.
 */
export function objectFieldProps<Values, Part extends Record<string, unknown>>(form: UseFormReturnType<Values>, path: string, value: Part) {
  return {
    value,
    onChange: (next: Part) => {
      form.setFieldValue(path, next as never);
      for (const key of Object.keys(next)) if (next[key] !== value[key]) clearErrorsUnder(form, `${path}.${key}`);
    },
    fieldMessage: (at: string) => form.errors[at]?.toString(),
  };
}

/**
 * A NumberInput bound to a number field: the form holds a number, or null while the input is
 * empty (the schema then says "Required"); the input keeps what is typed ("2." on the way to
 * "2.5").
 */
export function numberInputProps<Values>(form: UseFormReturnType<Values>, path: string) {
  const props = form.getInputProps(path);
  return {
    ...props,
    value: (props.value as number | null | undefined) ?? '',
    onChange: (value: number | string) => (props.onChange as (v: number | null) => void)(typedNumber(value)),
  };
}

/** A Select of records (members, courses) bound to a field holding the chosen record's id, or null. */
export function idSelectProps<Values>(form: UseFormReturnType<Values>, path: string) {
  const props = form.getInputProps(path);
  const id = props.value as number | null | undefined;
  return {
    ...props,
    value: id === null || id === undefined ? null : String(id),
    onChange: (value: string | null) => (props.onChange as (v: number | null) => void)(value === null ? null : Number(value)),
  };
}

/** A text input (a date, a moment) bound to an optional field: the form holds null while it is empty. */
export function optionalTextProps<Values>(form: UseFormReturnType<Values>, path: string) {
  const props = form.getInputProps(path);
  return {
    ...props,
    value: (props.value as string | null | undefined) ?? '',
    onChange: (event: { currentTarget: { value: string } }) => (props.onChange as (v: string | null) => void)(event.currentTarget.value || null),
  };
}

/** What a NumberInput gives (a number, or its text when empty or half typed) as a number or null. */
export function typedNumber(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
