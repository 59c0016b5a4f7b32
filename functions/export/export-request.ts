import { badRequest } from '../fhir/outcomes.ts';
import type { ExportLevel, ExportRequest, TypeFilter } from './export-jobs.ts';

/**
 * The kick-off request of a Bulk Data export (Bulk Data Access IG v2.0.0, "Bulk Data Kick-off
 * Request"), from a GET's query or a POST's `Parameters`, checked: repeated parameters are one
 * comma-separated list; `_outputFormat` is NDJSON under any of its three names; `_since` an
 * instant; `_type` storable types; `_typeFilter` FHIR searches on a type with `_lastUpdated` and
 * `code`; `patient` (POST only) references to Patients by the de-identified ids of earlier exports,
 * which narrow the export to those patients (as a Group's members do). What is not supported is a
 * 400 naming the parameter, or, under `Prefer: handling=lenient`, ignored and reported in the
 * manifest's `error`.
 */

export const NDJSON_FORMATS: ReadonlySet<string> = new Set(['application/fhir+ndjson', 'application/ndjson', 'ndjson']);
/** Search parameters a `_typeFilter` may use. */
export const TYPE_FILTER_PARAMETERS: ReadonlySet<string> = new Set(['_lastUpdated', 'code']);
/** A `patient` parameter's reference: a Patient by its (de-identified) id. */
const PATIENT_REFERENCE = /^Patient\/([A-Za-z0-9\-.]{1,64})$/;
/** datatypes.html#instant */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** search.html#date: a prefix and a date, dateTime or instant. */
const DATE_SEARCH = /^(eq|ne|gt|lt|ge|le|sa|eb)?(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?)$/;

export interface KickOffInput {
  level: ExportLevel;
  groupId?: string;
  /** The request's URL (the manifest's `request`). */
  url: string;
  method: 'GET' | 'POST';
  /** GET: the raw query string. */
  query?: string;
  /** POST: the parsed body (a Parameters resource). */
  body?: unknown;
  /** The `Prefer` header, if any. */
  prefer?: string;
  /** Resource types the exchange stores. */
  storableTypes: ReadonlySet<string>;
}

/** Whether the client asked for lenient handling (`Prefer: handling=lenient`, RFC 7240). */
export function isLenient(prefer: string | undefined): boolean {
  return (prefer ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase().replace(/\s+/g, ''))
    .includes('handling=lenient');
}

/** The parameters by name, each name's values in order (a POST's Parameters, or a GET's query). */
function parametersOf(input: KickOffInput): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const add = (name: string, value: string) => byName.set(name, [...(byName.get(name) ?? []), value]);
  if (input.method === 'GET') {
    for (const [name, value] of new URLSearchParams(input.query ?? '')) add(name, value);
    return byName;
  }
  const body = input.body as { resourceType?: unknown; parameter?: unknown } | undefined;
  if (body === undefined) return byName;
  if (typeof body !== 'object' || body === null || body.resourceType !== 'Parameters') throw badRequest('The body of a POST kick-off must be a Parameters resource', 'Parameters');
  if (body.parameter !== undefined && !Array.isArray(body.parameter)) throw badRequest('parameter must be an array', 'Parameters.parameter');
  (body.parameter as unknown[] | undefined)?.forEach((parameter, index) => {
    const item = parameter as Record<string, unknown>;
    const name = item?.['name'];
    if (typeof name !== 'string' || name === '') throw badRequest('Every parameter needs a name', `Parameters.parameter[${index}].name`);
    const valueKey = Object.keys(item).find((key) => key.startsWith('value'));
    if (name === 'patient') {
      add(name, JSON.stringify(item['valueReference'] ?? null));
      return;
    }
    const value = valueKey ? item[valueKey] : undefined;
    if (typeof value !== 'string') throw badRequest(`${name} must have a string, code or instant value`, `Parameters.parameter[${index}].value[x]`);
    add(name, value);
  });
  return byName;
}

/** One comma-separated list of a repeated parameter's values (IG: "treated as one comma-separated value"). */
function commaList(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
}

/** `_typeFilter` values: each a FHIR search on one type; several in one value are separated by commas before a type. */
export function parseTypeFilters(values: readonly string[], storableTypes: ReadonlySet<string>, unsupported: (text: string) => void): TypeFilter[] {
  const filters: TypeFilter[] = [];
  for (const value of values) {
    for (const text of value.split(/,(?=[A-Z][A-Za-z]+\?)/)) {
      const match = /^([A-Z][A-Za-z]+)\?(.+)$/.exec(text.trim());
      if (!match) throw badRequest('Each _typeFilter is a resource type, "?" and search parameters (e.g. Observation?code=http://loinc.org|8867-4)', '_typeFilter');
      const [, type, search] = match as unknown as [string, string, string];
      if (!storableTypes.has(type)) throw badRequest(`_typeFilter names ${type}, which is not a resource type the exchange stores`, '_typeFilter');
      const parameters = [...new URLSearchParams(search)];
      if (parameters.some(([name]) => name === '_include' || name === '_revinclude' || name === '_sort')) throw badRequest('_include, _revinclude and _sort must not be used in a _typeFilter', '_typeFilter');
      const bad = parameters.find(([name]) => !TYPE_FILTER_PARAMETERS.has(name));
      if (bad) {
        unsupported(`The _typeFilter search parameter ${bad[0]} is not supported (supported: ${[...TYPE_FILTER_PARAMETERS].join(', ')}); that filter was ignored`);
        continue;
      }
      for (const [name, searchValue] of parameters) {
        if (name === '_lastUpdated' && !DATE_SEARCH.test(searchValue)) throw badRequest('A _typeFilter _lastUpdated must be a date search value (e.g. ge2020-01-01)', '_typeFilter');
        if (name === 'code' && searchValue.trim() === '') throw badRequest('A _typeFilter code needs a token (system|code)', '_typeFilter');
      }
      filters.push({ type, parameters });
    }
  }
  return filters;
}

/** The checked request; throws a 400 naming the parameter, unless lenient handling lets it be ignored. */
export function parseKickOff(input: KickOffInput): ExportRequest {
  const lenient = isLenient(input.prefer);
  const ignored: ExportRequest['ignored'] = [];
  const unsupported = (parameter: string, text: string) => {
    if (!lenient) throw badRequest(text, parameter);
    ignored.push({ parameter, text });
  };
  const parameters = parametersOf(input);
  const request: ExportRequest = { level: input.level, request: input.url, typeFilters: [], ignored, ...(input.groupId ? { groupId: input.groupId } : {}) };
  for (const [name, values] of parameters) {
    switch (name) {
      case '_outputFormat': {
        const formats = commaList(values);
        if (formats.length !== 1 || !NDJSON_FORMATS.has(formats[0]!)) throw badRequest('_outputFormat must be application/fhir+ndjson (or application/ndjson, ndjson)', '_outputFormat');
        break;
      }
      case '_since': {
        const since = values.length === 1 && INSTANT.test(values[0]!) ? new Date(values[0]!) : undefined;
        if (!since || Number.isNaN(since.getTime())) throw badRequest('_since must be one FHIR instant, e.g. 2026-01-31T00:00:00Z', '_since');
        request.since = since.toISOString();
        break;
      }
      case '_type': {
        const types = [...new Set(commaList(values))];
        const known = types.filter((type) => input.storableTypes.has(type));
        for (const type of types.filter((candidate) => !input.storableTypes.has(candidate))) unsupported('_type', `_type names ${type}, which is not a resource type the exchange stores`);
        if (known.length === 0) throw badRequest('_type names no resource type the exchange stores', '_type');
        request.types = known;
        break;
      }
      case '_typeFilter':
        request.typeFilters = parseTypeFilters(values, input.storableTypes, (text) => unsupported('_typeFilter', text));
        break;
      case 'patient': {
        // Never ignored, even under handling=lenient: the export would then hold other patients, which the IG forbids.
        if (input.method === 'GET') throw badRequest('patient is a POST parameter of the kick-off', 'patient');
        const ids = values.map((value) => {
          const reference = (JSON.parse(value) as { reference?: unknown } | null)?.reference;
          const id = typeof reference === 'string' ? PATIENT_REFERENCE.exec(reference)?.[1] : undefined;
          if (!id) throw badRequest('patient must be a reference Patient/<id>, by the de-identified id of an earlier export', 'patient');
          return id;
        });
        request.patientIds = [...new Set([...(request.patientIds ?? []), ...ids])];
        break;
      }
      case '_elements':
        unsupported('_elements', '_elements is not supported: whole de-identified resources are exported');
        break;
      case 'includeAssociatedData':
        unsupported('includeAssociatedData', 'includeAssociatedData is not supported: no associated data is exported');
        break;
      default:
        unsupported(name, `${name} is not a parameter of the $export operation this server supports`);
    }
  }
  // A _typeFilter on a type left out by _type filters nothing that is exported.
  if (request.types) request.typeFilters = request.typeFilters.filter((filter) => request.types!.includes(filter.type));
  return request;
}
