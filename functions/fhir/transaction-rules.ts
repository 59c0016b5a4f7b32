import type { Resource } from 'fhir/r4.d.ts';
import { OperationOutcomeError, issue, outcome } from './outcomes.ts';

/**
 * The FHIR RESTful rules a transaction or batch Bundle's entries follow (http.html#transaction,
 * http.html#trules): the forms of `request.url`, conditional criteria (`ifNoneExist`, conditional
 * update and conditional references) and version ETags (`ifMatch`). The vault's ingest planning
 * applies them; nothing here knows about storage.
 */

/** `POST Type`: a create. */
export const TYPE_URL = /^([A-Z][A-Za-z]+)$/;
/** `PUT Type/id`: an update (or create) at a client-chosen id. */
export const INSTANCE_URL = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/;
/** `Type?criteria`: a conditional update url or a conditional reference. */
export const CONDITIONAL_URL = /^([A-Z][A-Za-z]+)\?(.*)$/;
/** A RESTful fullUrl `[base]/Type/id`: its base, type and id. */
export const RESTFUL_FULL_URL = /^(https?:\/\/\S+)\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/;

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** A search understood by lookups: `identifier=system|value` or `_id=id`. */
export type Criteria = { kind: 'identifier'; system: string; value: string } | { kind: 'id'; id: string };

function ruleError(status: number, code: Parameters<typeof issue>[0], text: string, expression?: string): OperationOutcomeError {
  return new OperationOutcomeError(status, outcome(issue(code, text, expression)));
}

/** Parses conditional criteria; a 400 naming `expression` for anything but one `identifier=system|value` or `_id`. */
export function parseCriteria(query: string, expression: string): Criteria {
  const params = new URLSearchParams(query);
  const entries = [...params.entries()];
  if (entries.length !== 1) throw ruleError(400, 'not-supported', 'Conditional matching supports exactly one parameter: identifier=system|value or _id', expression);
  const [name, text] = entries[0]!;
  if (name === '_id' && FHIR_ID.test(text)) return { kind: 'id', id: text };
  if (name === 'identifier') {
    const bar = text.indexOf('|');
    const system = bar < 0 ? '' : text.slice(0, bar);
    const value = bar < 0 ? text : text.slice(bar + 1);
    if (system !== '' && value !== '') return { kind: 'identifier', system, value };
    throw ruleError(400, 'not-supported', 'Conditional matching by identifier needs system|value', expression);
  }
  throw ruleError(400, 'not-supported', 'Conditional matching supports identifier=system|value and _id only', expression);
}

/** Whether a resource (in the bundle) matches the criteria. */
export function matchesCriteria(resource: Resource, criteria: Criteria): boolean {
  if (criteria.kind === 'id') return resource.id === criteria.id;
  const identifiers = (resource as { identifier?: { system?: string; value?: string }[] }).identifier;
  return Array.isArray(identifiers) && identifiers.some((identifier) => identifier?.system === criteria.system && identifier.value === criteria.value);
}

/** `ifMatch`: a version ETag, `W/"n"` (http.html#concurrency); a 400 naming `expression` otherwise. */
export function parseIfMatch(ifMatch: string, expression: string): number {
  const version = /^(?:W\/)?"(\d{1,10})"$/.exec(ifMatch.trim());
  if (!version) throw ruleError(400, 'invalid', 'If-Match must be a version ETag, W/"n"', expression);
  return Number(version[1]);
}
