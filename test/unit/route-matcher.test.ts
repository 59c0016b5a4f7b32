import { describe, expect, test } from 'vitest';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import type { RouteSpec } from '../../functions/routes.ts';

const routes: RouteSpec[] = [
  { method: 'GET', path: '/fhir/{type}/{id}', function: 'fhir-fallback' },
  { method: 'GET', path: '/fhir/metadata', function: 'fhir-metadata' },
  { method: 'GET', path: '/fhir/Patient/{id}', function: 'admin-clients' },
  { method: 'POST', path: '/fhir/{proxy+}', function: 'smart-token' },
];
const matcher = new RouteMatcher(routes);

describe('route matching as API Gateway does it', () => {
  test('a literal segment wins over a parameter', () => {
    expect(matcher.match('GET', '/fhir/Patient/123')).toEqual({ route: routes[2], pathParameters: { id: '123' } });
    expect(matcher.match('GET', '/fhir/Observation/9')!.pathParameters).toEqual({ type: 'Observation', id: '9' });
  });

  test('a greedy parameter takes the rest of the path', () => {
    expect(matcher.match('POST', '/fhir/a/b/c')!.pathParameters).toEqual({ proxy: 'a/b/c' });
    expect(matcher.match('POST', '/fhir/')).toBeUndefined();
  });

  test('path parameters are percent-decoded', () => {
    expect(matcher.match('GET', '/fhir/Patient/a%20b')!.pathParameters).toEqual({ id: 'a b' });
  });

  test('matchPath lists every method the path has, for 405', () => {
    expect(matcher.matchPath('/fhir/metadata').map((m) => m.route.method)).toEqual(['GET', 'POST']);
    expect(matcher.match('DELETE', '/fhir/metadata')).toBeUndefined();
    expect(matcher.matchPath('/other')).toEqual([]);
  });

  test('segment counts must agree', () => {
    expect(matcher.match('GET', '/fhir/Patient/1/extra')).toBeUndefined();
    expect(matcher.match('GET', '/fhir/Patient/')).toBeUndefined();
  });
});
