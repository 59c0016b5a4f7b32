import type { Bundle, BundleEntry, BundleLink, Resource } from 'fhir/r4.d.ts';
import { dateSortKey, matchesAll, referenceKey, valuesOf } from './search-evaluation.ts';
import type { Searchable } from './search-evaluation.ts';
import type { IncludeSpec, SearchRequest } from './search-request.ts';

/**
 * From matches to a searchset Bundle (R4 3.1.1.6, 3.1.1.7 and 3.1.3): the order (`_sort`, else
 * by type and id, so that pages stay stable between requests), the page (`_count`, `_offset`), the
 * resources `_include` and `_revinclude` add, `_elements` (marked SUBSETTED), `_summary=count`, and
 * the `self`, `first`, `previous`, `next` and `last` links: plain URLs of the same search with
 * another `_offset`, so they keep working for as long as the data stays as it is.
 */

/** A stored resource (its current version) as a search handles it. */
export interface StoredResource extends Searchable {
  type: string;
  id: string;
  versionId: number;
}

export const SUBSETTED = { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED', display: 'subsetted' } as const;

/** The candidates that match every criterion, in the request's order. */
export function matching(request: SearchRequest, candidates: readonly StoredResource[]): StoredResource[] {
  const matches = candidates.filter((candidate) => candidate.type === request.type && matchesAll(request.criteria, candidate));
  return sorted(request, matches);
}

function sorted(request: SearchRequest, resources: StoredResource[]): StoredResource[] {
  const keyed = resources.map((resource) => ({
    resource,
    keys: request.sort.map((key) => (key.code === '_id' ? resource.id : dateSortKey(key.definition, resource, key.descending))),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < request.sort.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      if (x === y) continue;
      // Resources without a value sort last, either way (R4 3.1.1.7 leaves it to the server).
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const order = x < y ? -1 : 1;
      return request.sort[i]!.descending ? -order : order;
    }
    return a.resource.type === b.resource.type ? compareIds(a.resource.id, b.resource.id) : a.resource.type < b.resource.type ? -1 : 1;
  });
  return keyed.map(({ resource }) => resource);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The page the request asks for. */
export function pageOf<T>(request: Pick<SearchRequest, 'count' | 'offset'>, matches: readonly T[]): T[] {
  return matches.slice(request.offset, request.offset + request.count);
}

/** `Type/id` of what the page's `_include` parameters refer to (R4 3.1.1.5.6), other than the page itself. */
export function includedReferences(request: SearchRequest, page: readonly StoredResource[]): string[] {
  const onPage = new Set(page.map((resource) => `${resource.type}/${resource.id}`));
  const references = new Set<string>();
  for (const include of request.include) {
    for (const resource of page) {
      for (const value of valuesOf(include.definition, resource)) {
        const key = referenceKey(value);
        if (key && !onPage.has(key) && (include.targetType === undefined || key.startsWith(`${include.targetType}/`))) references.add(key);
      }
    }
  }
  return [...references].sort();
}

/** The resources of `pool` whose `_revinclude` parameter refers to a resource on the page. */
export function revincluded(request: SearchRequest, page: readonly StoredResource[], pool: readonly StoredResource[]): StoredResource[] {
  if (request.revinclude.length === 0) return [];
  const onPage = new Set(page.map((resource) => `${resource.type}/${resource.id}`));
  const found = new Map<string, StoredResource>();
  for (const include of request.revinclude) {
    for (const resource of pool) {
      if (resource.type !== include.sourceType || onPage.has(`${resource.type}/${resource.id}`)) continue;
      if (refersToPage(include, resource, onPage)) found.set(`${resource.type}/${resource.id}`, resource);
    }
  }
  return [...found.values()].sort((a, b) => (a.type === b.type ? compareIds(a.id, b.id) : a.type < b.type ? -1 : 1));
}

function refersToPage(include: IncludeSpec, resource: StoredResource, onPage: ReadonlySet<string>): boolean {
  return valuesOf(include.definition, resource).some((value) => {
    const key = referenceKey(value);
    return key !== undefined && onPage.has(key) && (include.targetType === undefined || key.startsWith(`${include.targetType}/`));
  });
}

/** The resource cut to `elements` (and the mandatory id and meta), tagged SUBSETTED (R4 3.1.1.5.9). */
export function subsetted(resource: Resource, elements: readonly string[]): Resource {
  const kept: Record<string, unknown> = { resourceType: resource.resourceType };
  for (const [key, value] of Object.entries(resource)) if (key === 'id' || elements.includes(key)) kept[key] = value;
  kept['meta'] = { ...resource.meta, tag: [...(resource.meta?.tag ?? []), SUBSETTED] };
  return kept as unknown as Resource;
}

/** A search's URL with the given offset: its own parameters, as given, in their order. */
export function searchUrl(linkBase: string, request: Pick<SearchRequest, 'canonical'>, offset: number): string {
  const query = new URLSearchParams(request.canonical);
  if (offset > 0) query.set('_offset', String(offset));
  const text = query.toString();
  return text === '' ? linkBase : `${linkBase}?${text}`;
}

/** The paging links of a result of `total` matches (R4 3.1.3.2). */
export function pagingLinks(linkBase: string, request: Pick<SearchRequest, 'canonical' | 'count' | 'offset'>, total: number): BundleLink[] {
  const links: BundleLink[] = [{ relation: 'self', url: searchUrl(linkBase, request, request.offset) }];
  if (request.count === 0) return links;
  const last = total === 0 ? 0 : Math.floor((total - 1) / request.count) * request.count;
  links.push({ relation: 'first', url: searchUrl(linkBase, request, 0) });
  if (request.offset > 0) links.push({ relation: 'previous', url: searchUrl(linkBase, request, Math.max(0, Math.min(request.offset - request.count, last))) });
  if (request.offset + request.count < total) links.push({ relation: 'next', url: searchUrl(linkBase, request, request.offset + request.count) });
  links.push({ relation: 'last', url: searchUrl(linkBase, request, last) });
  return links;
}

export interface SearchResult {
  total: number;
  page: readonly StoredResource[];
  included: readonly StoredResource[];
}

/** The searchset Bundle of a result. `linkBase` is the searched URL without its query. */
export function searchBundle(fhirBase: string, linkBase: string, request: SearchRequest, result: SearchResult): Bundle {
  if (request.summaryCount) return { resourceType: 'Bundle', type: 'searchset', total: result.total, link: [{ relation: 'self', url: searchUrl(linkBase, request, 0) }] };
  const entry = (resource: StoredResource, mode: 'match' | 'include'): BundleEntry => ({
    fullUrl: `${fhirBase}/${resource.type}/${resource.id}`,
    resource: request.elements && mode === 'match' ? subsetted(resource.resource, request.elements) : resource.resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: result.total,
    link: pagingLinks(linkBase, request, result.total),
    entry: [...result.page.map((resource) => entry(resource, 'match')), ...result.included.map((resource) => entry(resource, 'include'))],
  };
}
