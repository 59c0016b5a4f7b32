import { z } from 'zod';
import type * as fhir from 'fhir/r4.d.ts';

/**
 * The generic pieces the generated R4 schemas are assembled from: nothing here knows about any
 * particular resource. Each rule cites the part of the spec it implements.
 */

/**
 * zod's default memoizer lets a parse follow reference cycles in its input, at a cost on every
 * object and array of a recursive schema. Parsed JSON cannot contain cycles, so the FHIR schemas
 * are built without it. It must be set before the first schema is constructed, and applies to
 * every zod schema in the process (all of which parse JSON-derived input here).
 */
const acyclicInput: z.core.$ZodMemoizer = {
  attach: () => undefined,
  guard: () => undefined,
  alloc: (_inst, _payload, empty) => empty,
};
z.config({ memoizer: acyclicInput });

export const emptyArrayMessage = 'Arrays must not be empty: omit the element instead (ele-1)';
export const emptyStringMessage = 'Strings must not be empty: omit the element instead (ele-1)';
export const codeMessage = 'The code is not in the value set of the required binding';

export function formatMessage(type: string): string {
  return `Not a valid ${type}`;
}

/** A primitive array item that may be null, while keeping the @types/fhir static type. */
export function nullable<T extends z.ZodType>(schema: T): T {
  return schema.nullable() as unknown as T;
}


function push(ctx: { value: unknown; issues: unknown[] }, message: string, path: (string | number)[] = [], params: Record<string, unknown> = {}) {
  ctx.issues.push({ code: 'custom', message, input: ctx.value, path, params });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** datatypes.html#date: "Dates SHALL be valid dates" (the regex alone accepts 2019-02-31). */
export function realCalendarDate(ctx: { value: string; issues: unknown[] }): void {
  const value = ctx.value;
  if (value.length < 10 || value.charCodeAt(7) !== 45 /* - */) return;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const limit = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  if (limit !== undefined && day > limit) push(ctx, 'Not a valid date: the day does not exist in that month', [], { fhir: 'value' });
}

/**
 * base64Binary (datatypes.html#base64Binary). The definition's regex nests quantifiers and can
 * backtrack for a very long time on a large invalid value; this check is linear and equivalent:
 * base64 characters, optional whitespace, a multiple of four, padding only at the end.
 */
export function base64Binary(maxLength = 64 * 1024 * 1024) {
  return z
    .string()
    .max(maxLength, { abort: true })
    .check((ctx) => {
      const value = ctx.value;
      let count = 0;
      let padding = 0;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        const isBase64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
        if (c === 61) padding++;
        else if (!isBase64 || padding > 0) return push(ctx, formatMessage('base64Binary'), [], { fhir: 'value' });
        count++;
      }
      if (count === 0 || count % 4 !== 0 || padding > 2) push(ctx, formatMessage('base64Binary'), [], { fhir: 'value' });
    });
}

/**
 * Narrative.div (narrative.html#xhtml) is a string here; its XHTML rules (txt-1, txt-2, entities)
 * are checked with the other invariants, by an XML parser.
 */
export function xhtml(maxLength: number) {
  return z.string().min(1, { error: emptyStringMessage, abort: true }).max(maxLength, { abort: true });
}

/**
 * Choice elements (formats.html#choice): at most one `name[x]` variant may appear, and exactly
 * one when the element is required. Groups are [name, variant keys, required].
 */
export function choiceCheck(groups: readonly (readonly [string, readonly string[], boolean])[]) {
  return (ctx: { value: unknown; issues: unknown[] }) => {
    const value = ctx.value as Record<string, unknown>;
    for (const [name, keys, required] of groups) {
      let present = 0;
      for (const key of keys) if (value[key] !== undefined) present++;
      if (present > 1) push(ctx, `Only one ${name}[x] may be present`, [], { fhir: 'structure', element: `${name}[x]` });
      else if (present === 0 && required) push(ctx, `${name}[x] is required`, [], { fhir: 'required', element: `${name}[x]` });
    }
  };
}

let anyResourceSchema: z.ZodType<fhir.FhirResource> | undefined;

/**
 * A resource of any type (contained resources, Bundle.entry.resource, Parameters): dispatched on
 * `resourceType`, so that only the schemas actually met are built and each resource is parsed once.
 */
export function anyResource(lookup: (resourceType: string) => z.ZodType | undefined): z.ZodType<fhir.FhirResource> {
  return (anyResourceSchema ??= z.custom<fhir.FhirResource>(() => true).check((ctx) => {
    const value = ctx.value as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return push(ctx, 'Expected a resource (a JSON object with resourceType)', [], { fhir: 'structure' });
    }
    const resourceType = (value as { resourceType?: unknown }).resourceType;
    if (typeof resourceType !== 'string') return push(ctx, 'resourceType is required', ['resourceType'], { fhir: 'required' });
    const schema = lookup(resourceType);
    if (!schema) return push(ctx, 'Unknown resource type', ['resourceType'], { fhir: 'structure' });
    const result = schema.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) ctx.issues.push(issue as never);
  }));
}

