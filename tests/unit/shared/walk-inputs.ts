import type * as z from 'zod';
import { isoDateSchema, monthSchema } from '../../../src/shared/calendar';
import { channels, contract, type Channel } from '../../../src/shared/contract';
import { localMomentSchema } from '../../../src/shared/incidents';

/** A string input of a channel, found by walking its zod schema. */
export interface StringInput {
  channel: Channel;
  /** `fields.firstName`, `panel[]`, `staffGroupHeadcounts{key}`. */
  path: string;
  schema: z.ZodString;
}

/** Strings whose format already says what they hold: dates, months, moments. */
const structured = new Set<unknown>([isoDateSchema, monthSchema, localMomentSchema]);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function walk(schema: z.ZodType, path: string, found: (path: string, schema: z.ZodString) => void): void {
  if (structured.has(schema)) return;
  const def = defOf(schema);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  switch (def.type) {
    case 'string':
      found(path, schema as z.ZodString);
      return;
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, join(key), found);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType as z.ZodType, path, found);
      return;
    case 'array':
      walk(def.element as z.ZodType, `${path}[]`, found);
      return;
    case 'record':
      walk(def.keyType as z.ZodType, `${path}{key}`, found);
      walk(def.valueType as z.ZodType, `${path}{}`, found);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option, path, found);
      return;
    case 'intersection':
      walk(def.left as z.ZodType, path, found);
      walk(def.right as z.ZodType, path, found);
      return;
    case 'pipe':
      walk(def.in as z.ZodType, path, found);
      return;
    case 'number':
    case 'boolean':
    case 'literal':
    case 'enum':
      return;
    default:
      throw new Error(`The walk does not know zod type ${def.type} at ${path}`);
  }
}

/** Every string input of every channel of the contract (one entry per channel and path). */
export function stringInputs(): StringInput[] {
  const seen = new Map<string, StringInput>();
  for (const channel of channels) {
    walk(contract[channel].input, '', (path, schema) => {
      const key = `${channel} ${path}`;
      if (!seen.has(key)) seen.set(key, { channel, path, schema });
    });
  }
  return [...seen.values()];
}
