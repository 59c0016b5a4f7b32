import { describe, expect, test } from 'vitest';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import type { RouteSpec } from '../../functions/routes.ts';

const routes: RouteSpec[] = [
  { method: 'GET', path: '/fhir/{type}/{id}', function: 'fhir-fallback' },
  { method: 'GET', path: '/fhir/metadata', function: 'fhir-metadata' },
  { method: 'GET', path: '/fhir/Patient/{id}', function: 'admin-clients' },
  { method: 'POST', path: '/fhir/{proxy+}', function: 'smart-token' },
  { method: 'GET', path: '/fhir/{type}/{id}/_history/{vid}', function: 'fhir-read' },
  { method: 'GET', path: '/fhir/{type}/{id}/$verify', function: 'fhir-read' },
  { method: 'POST', path: '/fhir', function: 'fhir-ingest' },
];
const matcher = new RouteMatcher(routes);

describe('route matching as API Gateway does it', () => {
  test('a literal segment wins over a parameter', () => {
    expect(matcher.match('GET', '/fhir/Patient/123')).toEqual({ route: routes[2], pathParameters: { id: '123' } });
    expect(matcher.match('GET', '/fhir/Observation/9')!.pathParameters).toEqual({ type: 'Observation', id: '9' });
  });

  test('a greedy parameter takes the rest of the path', () => {
    expect(matcher.match('POST', '/fhir/a/b/c')!.pathParameters).toEqual({ proxy: 'a/b/c' });
  });

  test('path parameters are percent-decoded', () => {
    expect(matcher.match('GET', '/fhir/Patient/a%20b')!.pathParameters).toEqual({ id: 'a b' });
  });

  test('matchPath lists every method the path has, for 405', () => {
    expect(matcher.matchPath('/fhir/metadata').map((m) => m.route.method)).toEqual(['GET', 'POST']);
    expect(matcher.matchPath('/fhir/x/y/z').map((m) => m.route.method)).toEqual(['POST']);
    expect(matcher.match('DELETE', '/fhir/metadata')).toBeUndefined();
    expect(matcher.matchPath('/other')).toEqual([]);
  });

  test('a parameter never takes an operation name: _history/$verify is no version of anything', () => {
    expect(matcher.match('GET', '/fhir/Patient/1/_history/$verify')).toBeUndefined();
    expect(matcher.match('GET', '/fhir/Patient/1/_history/%24verify')).toBeUndefined();
    expect(matcher.match('GET', '/fhir/Patient/1/_history/2')!.pathParameters).toEqual({ type: 'Patient', id: '1', vid: '2' });
    expect(matcher.match('GET', '/fhir/Patient/1/$verify')!.route).toBe(routes[5]);
    expect(matcher.match('GET', '/fhir/$verify/1')).toBeUndefined();
    // API Gateway's form of an operation segment takes one.
    const deployed = new RouteMatcher([{ method: 'GET', path: '/fhir/Patient/{id}/{operation}', function: 'fhir-read' } as RouteSpec]);
    expect(deployed.match('GET', '/fhir/Patient/1/$everything')!.pathParameters).toEqual({ id: '1', operation: '$everything' });
  });

  test('HEAD is served by the GET route', () => {
    expect(matcher.match('HEAD', '/fhir/metadata')!.route).toBe(routes[1]);
    expect(matcher.match('HEAD', '/fhir/a/b/c')).toBeUndefined();
  });

  test('one trailing slash names the same path: POST [base]/ is POST [base]', () => {
    expect(matcher.match('POST', '/fhir/')!.route).toBe(routes[6]);
    expect(matcher.match('GET', '/fhir/metadata/')!.route).toBe(routes[1]);
  });

  test('segment counts must agree', () => {
    expect(matcher.match('GET', '/fhir/Patient/1/extra')).toBeUndefined();
    expect(matcher.match('GET', '/fhir/Patient/')).toBeUndefined();
  });
});
