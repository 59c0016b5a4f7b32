import { badRequest } from '../outcomes.ts';
import { SEARCH_PARAMETERS } from './search-parameters.generated.ts';
import type { SearchParameterDefinition } from './search-parameters.generated.ts';

/**
 * A FHIR search request (http://hl7.org/fhir/R4/search.html) parsed against the official R4
 * search parameters of the searched type (search-parameters.generated.ts): the criteria to
 * evaluate and the result parameters. Anything the server would not honour is a 400 naming the
 * parameter (R4 3.1.1.5: a server may ignore unknown parameters, but silently widening a search of
 * health records is worse than refusing it).
 */

/** `_id` and `_lastUpdated` (Resource-id, Resource-lastUpdated) are answered from the stored item. */
export const RESOURCE_PARAMETERS: Readonly<Record<string, SearchParameterDefinition>> = {
  _id: { type: 'token', expression: 'Resource.id', url: 'http://hl7.org/fhir/SearchParameter/Resource-id' },
  _lastUpdated: { type: 'date', expression: 'Resource.meta.lastUpdated', url: 'http://hl7.org/fhir/SearchParameter/Resource-lastUpdated' },
};

/** The modifiers served, per parameter type (R4 3.1.1.5.5). `:[type]` on references is checked apart. */
const MODIFIERS: Readonly<Record<SearchParameterDefinition['type'], ReadonlySet<string>>> = {
  token: new Set(['missing', 'not', 'text']),
  string: new Set(['missing', 'exact', 'contains']),
  date: new Set(['missing']),
  reference: new Set(['missing', 'identifier']),
  quantity: new Set(['missing']),
  number: new Set(['missing']),
  uri: new Set(['missing', 'below', 'above']),
};

/** Parameters every search accepts and this server ignores: the format is the HTTP layer's, and the total is always given. */
const IGNORED = new Set(['_format', '_pretty', '_total']);

export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

export interface SearchCriterion {
  /** The parameter as named in the request (`code`, or `code:modifier`). */
  name: string;
  code: string;
  modifier?: string;
  definition: SearchParameterDefinition;
  /** Alternatives (a comma-separated list): any may match. */
  values: string[];
}

export interface SortKey {
  code: string;
  descending: boolean;
  definition: SearchParameterDefinition;
}

/** `_include` (`Source:param[:Target]`) or `_revinclude` of a reference parameter. */
export interface IncludeSpec {
  sourceType: string;
  code: string;
  definition: SearchParameterDefinition;
  targetType?: string;
}

export interface SearchRequest {
  type: string;
  /** All must match (a repeated parameter is one criterion per repetition). */
  criteria: SearchCriterion[];
  count: number;
  offset: number;
  sort: SortKey[];
  include: IncludeSpec[];
  revinclude: IncludeSpec[];
  /** `_summary=count`: the total only. */
  summaryCount: boolean;
  /** `_elements`: the top-level elements to keep. */
  elements?: string[];
  /** The request's own search parameters, as they were given (for the Bundle's links). */
  canonical: [string, string][];
}

/** The search parameters of `type` served here, by code (the type's own and `_id`, `_lastUpdated`). */
export function searchParametersOf(type: string): Readonly<Record<string, SearchParameterDefinition>> {
  return { ...SEARCH_PARAMETERS[type], ...RESOURCE_PARAMETERS };
}

/** A parameter value split at unescaped commas (R4 3.1.1.5.7: `\,` is a literal comma). */
export function splitValues(value: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length && (value[i + 1] === ',' || value[i + 1] === '$' || value[i + 1] === '|' || value[i + 1] === '\\')) {
      current += `\\${value[++i]}`;
    } else if (c === ',') {
      values.push(current);
      current = '';
    } else current += c;
  }
  values.push(current);
  return values;
}

/** A value with its escapes removed (after splitting at `|` where the type has parts). */
export function unescape(value: string): string {
  return value.replace(/\\([,$|\\])/g, '$1');
}

function positiveInteger(name: string, values: string[], max: number): number {
  if (values.length !== 1 || !/^\d{1,7}$/.test(values[0]!)) throw badRequest(`${name} must be one non-negative integer`, name);
  return Math.min(Number(values[0]), max);
}

/** Whether `definition` (a reference parameter) can refer to a resource of `type`. */
function refersTo(definition: SearchParameterDefinition, type: string): boolean {
  return definition.targets === undefined || definition.targets.includes(type);
}

/** The types whose resources a `_revinclude` may add by default: the Patient compartment's searchable types. */
const compartmentSearchTypes = (other: string) => Object.hasOwn(SEARCH_PARAMETERS, other);

/**
 * The `_include` values a search of `type` takes (CapabilityStatement.rest.resource.searchInclude):
 * `Type:code` for each of its reference parameters (a `:TargetType` among the parameter's targets may follow).
 */
export function searchIncludesOf(type: string): string[] {
  return Object.entries(SEARCH_PARAMETERS[type] ?? {})
    .filter(([, definition]) => definition.type === 'reference')
    .map(([code]) => `${type}:${code}`)
    .sort();
}

/**
 * The `_revinclude` values a search of `type` takes (CapabilityStatement.rest.resource.searchRevInclude):
 * `Source:code` for each reference parameter, of a type `sourceTypes` allows, that can refer to a `type`.
 */
export function searchRevIncludesOf(type: string, sourceTypes: (source: string) => boolean = compartmentSearchTypes): string[] {
  return Object.entries(SEARCH_PARAMETERS)
    .filter(([source]) => sourceTypes(source))
    .flatMap(([source, parameters]) => Object.entries(parameters).filter(([, definition]) => definition.type === 'reference' && refersTo(definition, type)).map(([code]) => `${source}:${code}`))
    .sort();
}

/**
 * `_include` (`searched` is the source) or `_revinclude` (`searched` is the target) of a reference parameter:
 * exactly the values searchIncludesOf and searchRevIncludesOf list.
 */
function includeSpec(name: '_include' | '_revinclude', value: string, searched: string, sourceTypes: (source: string) => boolean): IncludeSpec {
  const [sourceType, code, targetType, ...rest] = value.split(':');
  if (!sourceType || !code || rest.length > 0) throw badRequest(`${name} must be Type:parameter or Type:parameter:TargetType`, name);
  if (!sourceTypes(sourceType)) throw badRequest(`${name}=${sourceType}:… names a type whose resources this search does not return`, name);
  const definition = SEARCH_PARAMETERS[sourceType]?.[code];
  if (!definition || definition.type !== 'reference') throw badRequest(`${name}: ${sourceType} has no reference search parameter ${code}`, name);
  if (targetType !== undefined && !refersTo(definition, targetType)) throw badRequest(`${name}: ${sourceType}.${code} does not refer to ${targetType}`, name);
  if (name === '_revinclude' && !refersTo(definition, targetType ?? searched)) throw badRequest(`${name}: ${sourceType}.${code} does not refer to ${targetType ?? searched}`, name);
  if (name === '_revinclude' && targetType !== undefined && targetType !== searched) throw badRequest(`${name}: a search of ${searched} returns no ${targetType}`, name);
  return { sourceType, code, definition, ...(targetType === undefined ? {} : { targetType }) };
}

/**
 * Parses a search's query against `type`'s parameters. `compartmentTypes` tells which types a
 * `_revinclude` may name (those searchable in the same compartment).
 */
export function parseSearch(type: string, query: URLSearchParams, compartmentTypes: (type: string) => boolean = compartmentSearchTypes): SearchRequest {
  const parameters = searchParametersOf(type);
  const request: SearchRequest = { type, criteria: [], count: DEFAULT_COUNT, offset: 0, sort: [], include: [], revinclude: [], summaryCount: false, canonical: [] };
  const grouped = new Map<string, string[]>();
  for (const [name, value] of query) grouped.set(name, [...(grouped.get(name) ?? []), value]);

  for (const [name, values] of grouped) {
    if (IGNORED.has(name)) continue;
    if (name !== '_offset') for (const value of values) request.canonical.push([name, value]);
    switch (name) {
      case '_count':
        request.count = positiveInteger(name, values, MAX_COUNT);
        continue;
      case '_offset':
        request.offset = positiveInteger(name, values, Number.MAX_SAFE_INTEGER);
        continue;
      case '_summary':
        if (values.length !== 1 || values[0] !== 'count') throw badRequest('_summary: only _summary=count is served', name);
        request.summaryCount = true;
        continue;
      case '_elements': {
        const elements = values.flatMap((value) => value.split(',')).map((element) => element.trim());
        if (elements.some((element) => !/^[a-z][A-Za-z0-9]*$/.test(element))) throw badRequest('_elements must list top-level element names', name);
        request.elements = [...new Set([...(request.elements ?? []), ...elements])];
        continue;
      }
      case '_sort':
        for (const key of values.flatMap((value) => value.split(','))) {
          const descending = key.startsWith('-');
          const code = descending ? key.slice(1) : key;
          const definition = parameters[code];
          if (!definition || (definition.type !== 'date' && code !== '_id')) throw badRequest(`_sort: ${type} is sorted by its date parameters, _lastUpdated or _id; not by ${code}`, name);
          request.sort.push({ code, descending, definition });
        }
        continue;
      case '_include':
        for (const value of values) request.include.push(includeSpec(name, value, type, (source) => source === type));
        continue;
      case '_revinclude':
        for (const value of values) request.revinclude.push(includeSpec(name, value, type, compartmentTypes));
        continue;
    }
    const colon = name.indexOf(':');
    const code = colon < 0 ? name : name.slice(0, colon);
    const modifier = colon < 0 ? undefined : name.slice(colon + 1);
    const definition = parameters[code];
    if (!definition) {
      throw badRequest(
        code.startsWith('_') ? `${code} is not a search parameter this server serves` : `${code} is not a search parameter of ${type} (the official R4 SearchParameter definitions)`,
        name,
      );
    }
    if (modifier !== undefined) {
      const typeModifier = definition.type === 'reference' && /^[A-Z][A-Za-z]+$/.test(modifier);
      if (typeModifier ? definition.targets !== undefined && !definition.targets.includes(modifier) : !MODIFIERS[definition.type].has(modifier)) {
        throw badRequest(`${name}: the modifier :${modifier} is not served for ${definition.type} parameters`, name);
      }
    }
    for (const value of values) {
      if (value === '') throw badRequest(`${name} has an empty value`, name);
      const alternatives = splitValues(value);
      if (modifier === 'missing' && (alternatives.length !== 1 || !/^(true|false)$/.test(alternatives[0]!))) throw badRequest(`${name} must be true or false`, name);
      request.criteria.push({ name, code, ...(modifier === undefined ? {} : { modifier }), definition, values: alternatives });
    }
  }
  return request;
}
