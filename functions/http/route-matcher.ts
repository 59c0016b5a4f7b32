import type { HttpMethod, RouteSpec } from '../routes.ts';

/**
 * Matches request paths against API Gateway route paths the way API Gateway HTTP APIs do:
 * literal segments before `{param}` segments before a greedy `{param+}`; the most specific route
 * wins. A `{param}` segment never takes an operation name (`$…`) unless it is `{operation}`. Used by the local adapter to dispatch, and by the fallback function to tell 404 from 405.
 */
export interface RouteMatch<R extends RouteSpec = RouteSpec> {
  route: R;
  pathParameters: Record<string, string>;
}

interface Compiled<R> {
  route: R;
  segments: { literal?: string; param?: string; greedy?: boolean }[];
  /** Sort key: more literal segments first, greedy last. */
  rank: number[];
}

export class RouteMatcher<R extends RouteSpec = RouteSpec> {
  readonly #routes: Compiled<R>[];

  constructor(routes: readonly R[]) {
    this.#routes = routes.map((route) => {
      const segments = route.path.split('/').slice(1).map((segment) => {
        const param = /^\{([A-Za-z0-9_]+)(\+)?\}$/.exec(segment);
        return param ? { param: param[1]!, greedy: param[2] === '+' } : { literal: segment };
      });
      const rank = segments.map((s) => (s.literal !== undefined ? 0 : s.greedy ? 2 : 1));
      return { route, segments, rank };
    });
    this.#routes.sort((a, b) => compareRanks(a.rank, b.rank));
  }

  /** All routes whose path matches, most specific first, whatever their method. */
  matchPath(path: string): RouteMatch<R>[] {
    // `POST [base]/` is `POST [base]`: one trailing slash names the same resource.
    const parts = (path.length > 1 && path.endsWith('/') && !path.endsWith('//') ? path.slice(0, -1) : path).split('/').slice(1);
    const matches: RouteMatch<R>[] = [];
    for (const compiled of this.#routes) {
      const pathParameters = matchSegments(compiled.segments, parts);
      if (pathParameters) matches.push({ route: compiled.route, pathParameters });
    }
    return matches;
  }

  /** The route for `method` on `path`; HEAD is served by the GET route (RFC 9110 section 9.3.2). */
  match(method: string, path: string): RouteMatch<R> | undefined {
    const served = (method === 'HEAD' ? 'GET' : method) as HttpMethod;
    return this.matchPath(path).find((candidate) => candidate.route.method === served);
  }
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

function matchSegments(segments: Compiled<unknown>['segments'], parts: string[]): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.greedy) {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.every((part) => part === '')) return undefined;
      parameters[segment.param!] = rest.join('/');
      return parameters;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.literal !== undefined) {
      if (segment.literal !== part) return undefined;
    } else {
      // A parameter is an id, a type or a version: never an operation (`$name`), which only a
      // literal segment names (or `{operation}`, API Gateway's form of one), so `_history/$verify`
      // is not version "$verify" of anything.
      if (part === '' || (segment.param !== 'operation' && (part.startsWith('$') || part.startsWith('%24')))) return undefined;
      parameters[segment.param!] = decodeSegment(part);
    }
  }
  return parts.length === segments.length ? parameters : undefined;
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
