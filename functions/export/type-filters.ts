import type { TypeFilter } from './export-jobs.ts';

/**
 * `_typeFilter` evaluation (Bulk Data IG: a resource of a filtered type is exported when it matches
 * any of that type's filters; a filter matches when every one of its search parameters does).
 * `_lastUpdated` is compared with the version's time in the vault (search.html#date, with the
 * precision of the value given); `code` is a token (search.html#token: `system|code`, `code`,
 * `|code`, `system|`; comma = any of) over the resource's `code` (or a medication's
 * `medicationCodeableConcept`), as the R4 `code` search parameters define it.
 */

interface Coding {
  system?: string;
  code?: string;
}

function codingsOf(resource: Record<string, unknown>): Coding[] {
  const concepts = [resource['code'], resource['medicationCodeableConcept']].filter((value) => typeof value === 'object' && value !== null) as { coding?: Coding[] }[];
  return concepts.flatMap((concept) => (Array.isArray(concept.coding) ? concept.coding : []));
}

function tokenMatches(codings: readonly Coding[], token: string): boolean {
  return token.split(',').some((one) => {
    const bar = one.indexOf('|');
    if (bar < 0) return codings.some((coding) => coding.code === one);
    const system = one.slice(0, bar);
    const code = one.slice(bar + 1);
    return codings.some((coding) => (system === '' ? coding.system === undefined : coding.system === system) && (code === '' || coding.code === code));
  });
}

/** The lowest and highest instants a date search value of its precision covers (search.html#date). */
function dateRange(value: string): [number, number] {
  const [, year, month, day, time] = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T.+)?)?)?$/.exec(value) ?? [];
  if (time) {
    const at = Date.parse(`${year}-${month}-${day}${time}${/(Z|[+-]\d{2}:\d{2})$/.test(time) ? '' : 'Z'}`);
    const precisionMs = /:\d{2}:\d{2}/.test(time) ? (/\.\d+/.test(time) ? 1 : 1000) : 60_000;
    return [at, at + precisionMs - 1];
  }
  const start = Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  const end = day ? Date.UTC(Number(year), Number(month) - 1, Number(day) + 1) : month ? Date.UTC(Number(year), Number(month), 1) : Date.UTC(Number(year) + 1, 0, 1);
  return [start, end - 1];
}

function dateMatches(instant: number, search: string): boolean {
  const [, prefix = 'eq', value] = /^(eq|ne|gt|lt|ge|le|sa|eb)?(.*)$/.exec(search) as unknown as [string, string | undefined, string];
  const [low, high] = dateRange(value);
  switch (prefix) {
    case 'eq':
      return instant >= low && instant <= high;
    case 'ne':
      return instant < low || instant > high;
    case 'gt':
    case 'sa':
      return instant > high;
    case 'lt':
    case 'eb':
      return instant < low;
    case 'ge':
      return instant >= low;
    case 'le':
      return instant <= high;
    default:
      return false;
  }
}

function filterMatches(filter: TypeFilter, resource: Record<string, unknown>, lastUpdated: string): boolean {
  return filter.parameters.every(([name, value]) => (name === '_lastUpdated' ? dateMatches(Date.parse(lastUpdated), value) : tokenMatches(codingsOf(resource), value)));
}

/** Whether a resource of `type` passes the request's `_typeFilter`s (a type without filters passes). */
export function passesTypeFilters(filters: readonly TypeFilter[], type: string, resource: Record<string, unknown>, lastUpdated: string): boolean {
  const own = filters.filter((filter) => filter.type === type);
  return own.length === 0 || own.some((filter) => filterMatches(filter, resource, lastUpdated));
}
