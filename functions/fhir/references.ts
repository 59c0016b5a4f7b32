import { ABSOLUTE_URI, isUrnUuidOf } from '../../schemas/fhir-r4-primitive-grammar.ts';
import { RESOURCE_TYPES } from '../../schemas/fhir-r4-structure.generated.ts';

/**
 * FHIR R4 references: the literal-reference grammar of references.html, and walks over the
 * `reference` elements of a resource. Used by validation (invariants.ts), by the Patient
 * compartment split (patient-compartments.ts) and by ingest planning.
 */

/** R4 resource types, from the generated schemas, for relative and conditional references and fullUrls. */
export const R4_RESOURCE_TYPES: ReadonlySet<string> = new Set(RESOURCE_TYPES);

// ---------------------------------------------------------------------------------------------
// Literal references (references.html#literal)
// ---------------------------------------------------------------------------------------------

/** datatypes.html#id */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
/** `Type/id` or `Type/id/_history/vid`, relative to the service base (references.html#literal). */
const RELATIVE_REFERENCE = /^([A-Z][A-Za-z]{1,63})\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
/** `Type?search-parameters` (http.html#trules, "conditional references"). */
const CONDITIONAL_REFERENCE = /^([A-Z][A-Za-z]{1,63})\?[^\s?#]*=[^\s#]*$/;
/**
 * `urn:uuid:` and an RFC 4122 UUID, 8-4-4-4-12 hex digits in either case (datatypes.html#uuid asks
 * for lower case, which the structure layer checks; references compare literally anyway).
 */
export function isUrnUuid(value: string): boolean {
  return isUrnUuidOf(value, false);
}
/** datatypes.html#oid */
export const URN_OID = /^urn:oid:[0-2](?:\.(?:0|[1-9][0-9]*))+$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export type ReferenceKind = 'local' | 'relative' | 'absolute' | 'urn' | 'conditional' | 'invalid';

/** Classifies Reference.reference by the forms of references.html; anything else is invalid. */
export function classifyReference(reference: string): ReferenceKind {
  const first = reference.charCodeAt(0);
  // A local reference names a contained resource; whether it does is ref-1's question.
  if (first === 35 /* # */) return 'local';
  if (reference.startsWith('urn:')) {
    if (reference.startsWith('urn:uuid:')) return isUrnUuid(reference) ? 'urn' : 'invalid';
    if (reference.startsWith('urn:oid:')) return URN_OID.test(reference) ? 'urn' : 'invalid';
    return ABSOLUTE_URI.test(reference) ? 'absolute' : 'invalid';
  }
  let match = RELATIVE_REFERENCE.exec(reference);
  if (match) return R4_RESOURCE_TYPES.has(match[1]!) ? 'relative' : 'invalid';
  match = CONDITIONAL_REFERENCE.exec(reference);
  if (match) return R4_RESOURCE_TYPES.has(match[1]!) ? 'conditional' : 'invalid';
  if (/^https?:/i.test(reference)) return HTTP_URL.test(reference) ? 'absolute' : 'invalid';
  // Other schemes are absolute URIs; a bare `Word:` with no `/` before it is read as a scheme.
  return ABSOLUTE_URI.test(reference) ? 'absolute' : 'invalid';
}

// ---------------------------------------------------------------------------------------------
// The references a resource makes
// ---------------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null;

/** Every `reference` string in a resource (contained resources included), with its path. */
export function referencesWithPaths(resource: unknown): { reference: string; path: string }[] {
  const found: { reference: string; path: string }[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: resource, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
    } else if (isObject(value)) {
      for (const [key, member] of Object.entries(value)) {
        if (key === 'text' && path === '') continue;
        const memberPath = path === '' ? key : `${path}.${key}`;
        if (key === 'reference' && typeof member === 'string') found.push({ reference: member, path: memberPath });
        else if (typeof member === 'object' && member !== null) stack.push({ value: member, path: memberPath });
      }
    }
  }
  return found;
}

/** The `reference` strings of {@link referencesWithPaths} (the same ones, in document order), without making their paths. */
export function referencesOf(resource: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, top: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, false);
      return;
    }
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      if (top && key === 'text') continue;
      const member = value[key];
      if (key === 'reference' && typeof member === 'string') found.push(member);
      else if (typeof member === 'object' && member !== null) visit(member, false);
    }
  };
  visit(resource, true);
  return found;
}

/** A copy of `value` with every `reference` string that `map` knows replaced. */
export function rewriteReferences(value: unknown, map: (reference: string) => string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, map));
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (key === 'reference' && typeof member === 'string') copy[key] = map(member) ?? member;
    else copy[key] = typeof member === 'object' && member !== null ? rewriteReferences(member, map) : member;
  }
  return copy;
}
