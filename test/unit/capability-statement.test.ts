import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { capabilityStatement } from '../../functions/fhir-metadata/capability-statement.ts';
import { OPERATION_DEFINITION_IDS, operationDefinition } from '../../functions/fhir-metadata/operation-definitions.ts';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { parseSearch } from '../../functions/fhir/search/search-request.ts';
import { ROUTES, SEARCHABLE_TYPES, STORABLE_RESOURCE_TYPES, routeCapabilities } from '../../functions/routes.ts';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import { readJsonFile } from '../support/fhir-data.ts';

describe('the CapabilityStatement', () => {
  test('lists exactly the capabilities it is given, grouped by resource type', () => {
    const statement = capabilityStatement('https://x/fhir', [
      { level: 'type', resourceType: 'Patient', interaction: 'read' },
      { level: 'type', resourceType: 'Patient', interaction: 'vread' },
      { level: 'operation', resourceType: 'Patient', name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' },
      { level: 'system', interaction: 'transaction' },
      { level: 'operation', name: 'validate', definition: 'http://hl7.org/fhir/OperationDefinition/Resource-validate' },
    ]);
    const rest = statement.rest![0]!;
    expect(rest.resource).toEqual([
      {
        type: 'Patient',
        interaction: [{ code: 'read' }, { code: 'vread' }],
        operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }],
      },
    ]);
    expect(rest.interaction).toEqual([{ code: 'transaction' }]);
    expect(rest.operation).toEqual([{ name: 'validate', definition: 'http://hl7.org/fhir/OperationDefinition/Resource-validate' }]);
  });

  test('claims nothing for an empty capability list, and never writes empty arrays', () => {
    const rest = capabilityStatement('https://x/fhir', []).rest![0]!;
    expect(Object.keys(rest).sort()).toEqual(['mode', 'security']);
  });

  test('the served statement is derived from the route table', () => {
    const claimed = routeCapabilities().length;
    const rest = capabilityStatement('https://x/fhir', routeCapabilities()).rest![0]!;
    const listed = (rest.resource ?? []).reduce((n, r) => n + (r.interaction?.length ?? 0) + (r.operation?.length ?? 0), 0) + (rest.interaction?.length ?? 0) + (rest.operation?.length ?? 0);
    expect(listed).toBe(claimed);
  });
});

describe("the server's own operation definitions", () => {
  test('a definition without a scheme is resolved against the FHIR base', () => {
    const rest = capabilityStatement('https://x/fhir', [{ level: 'operation', name: 'locate', definition: 'OperationDefinition/locate' }]).rest![0]!;
    expect(rest.operation).toEqual([{ name: 'locate', definition: 'https://x/fhir/OperationDefinition/locate' }]);
  });

  test('every operation it links at this server has its OperationDefinition, served by fhir-metadata at that address', () => {
    const base = 'https://x/fhir';
    const rest = capabilityStatement(base, routeCapabilities()).rest![0]!;
    const linked = [...(rest.operation ?? []), ...(rest.resource ?? []).flatMap((resource) => resource.operation ?? [])].map((operation) => ({ name: operation.name, definition: operation.definition }));
    const own = [...new Map(linked.filter((operation) => operation.definition.startsWith(`${base}/`)).map((operation) => [operation.definition, operation])).values()];
    expect(own.map((operation) => operation.name).sort()).toEqual(['enrollment-code', 'erase', 'locate', 'recovery-code', 'verify']);
    const matcher = new RouteMatcher(ROUTES);
    for (const { name, definition } of own) {
      const id = definition.slice(`${base}/OperationDefinition/`.length);
      const served = operationDefinition(id, base)!;
      expect(served).toMatchObject({ resourceType: 'OperationDefinition', url: definition, code: name, status: 'active', kind: 'operation' });
      expect(matcher.match('GET', new URL(definition).pathname)!.route.function).toBe('fhir-metadata');
    }
    expect([...OPERATION_DEFINITION_IDS].sort()).toEqual(own.map(({ definition }) => definition.split('/').pop()).sort());
    expect(operationDefinition('nothing-here', base)).toBeUndefined();
  });

  test('states JSON only; types that can be updated say so, conditionally and as a create too', () => {
    const statement = capabilityStatement('https://x/fhir', routeCapabilities());
    expect(statement.format).toEqual(['json']);
    const observation = statement.rest![0]!.resource!.find((resource) => resource.type === 'Observation')!;
    expect(observation.interaction!.map((interaction) => interaction.code)).toEqual(expect.arrayContaining(['update', 'read', 'vread']));
    expect(observation).toMatchObject({ conditionalUpdate: true, updateCreate: true });
  });

  test('every storable type but Group (the export defines groups) can be created, conditionally (If-None-Exist), by a route that fhir-ingest serves', () => {
    const resources = capabilityStatement('https://x/fhir', routeCapabilities()).rest![0]!.resource!;
    const creatable = resources.filter((resource) => resource.interaction?.some((interaction) => interaction.code === 'create'));
    expect(creatable.map((resource) => resource.type).sort()).toEqual(STORABLE_RESOURCE_TYPES.filter((type) => type !== 'Group'));
    for (const resource of creatable) expect(resource.conditionalCreate, resource.type).toBe(true);
    expect(resources.find((resource) => resource.type === 'Group')!.conditionalCreate).toBeUndefined();
    const matcher = new RouteMatcher(ROUTES);
    for (const type of ['Observation', 'Patient', 'Practitioner', 'Bundle']) expect(matcher.match('POST', `/fhir/${type}`)!.route.function, type).toBe('fhir-ingest');
    expect(matcher.match('POST', '/fhir/$validate')!.route.path).toBe('/fhir/$validate');
  });
});

describe('search as the CapabilityStatement states it: exactly what the compartment search serves', () => {
  const rest = capabilityStatement('https://x/fhir', routeCapabilities()).rest![0]!;
  const searched = (rest.resource ?? []).filter((resource) => SEARCHABLE_TYPES.includes(resource.type));
  // The specification's own SearchParameter resources, from HL7's package (not from the generated table).
  const official = (readJsonFile(join(dirname(createRequire(import.meta.url).resolve('hl7.fhir.r4.examples/package.json')), 'Bundle-searchParams.json')) as {
    entry: { resource: { code: string; base: string[]; type: string; target?: string[]; expression?: string } }[];
  }).entry.map((entry) => entry.resource);
  const SERVED_TYPES = new Set(['token', 'date', 'reference', 'string', 'quantity', 'uri', 'number']);
  const officialOf = (type: string) => official.filter((parameter) => parameter.base.includes(type) && SERVED_TYPES.has(parameter.type) && parameter.expression !== undefined);
  const refersTo = (parameter: { target?: string[] }, type: string) => parameter.target === undefined || parameter.target.includes(type) || parameter.target.includes('Resource');
  /** A value of each parameter type that the parser takes. */
  const SAMPLE: Record<string, string> = { token: 'http://loinc.org|1234-5', date: 'ge2020-01-01', reference: 'Patient/p1', string: 'a', quantity: '5.4||mg', number: '1', uri: 'http://example.org/x' };
  const parses = (type: string, query: string) => parseSearch(type, new URLSearchParams(query));

  test('every searchable type is listed with search-type, its searchInclude and searchRevInclude', () => {
    expect(searched.map((resource) => resource.type).sort()).toEqual([...SEARCHABLE_TYPES].sort());
    for (const resource of searched) {
      expect(resource.interaction?.map((interaction) => interaction.code), resource.type).toContain('search-type');
      expect(resource.searchInclude?.length, resource.type).toBeGreaterThan(0);
      expect(resource.searchRevInclude?.length, resource.type).toBeGreaterThan(0);
    }
    const observation = searched.find((resource) => resource.type === 'Observation')!;
    expect(observation.searchInclude).toEqual(expect.arrayContaining(['Observation:encounter', 'Observation:patient', 'Observation:subject', 'Observation:performer']));
    expect(observation.searchRevInclude).toEqual(expect.arrayContaining(['DiagnosticReport:result', 'Provenance:target']));
    expect(observation.searchRevInclude).not.toContain('Encounter:subject');
  });

  test('every listed search parameter is taken by the search, and every official parameter of the type (of the served kinds) is listed', () => {
    for (const resource of searched) {
      const listed = (resource.searchParam ?? []).map((parameter) => parameter.name);
      for (const parameter of resource.searchParam ?? []) expect(() => parses(resource.type, `${parameter.name}=${encodeURIComponent(SAMPLE[parameter.type]!)}`), `${resource.type}?${parameter.name}`).not.toThrow();
      expect(listed.sort(), resource.type).toEqual([...new Set([...officialOf(resource.type).map((parameter) => parameter.code), '_id', '_lastUpdated'])].sort());
      // Anything not listed is refused (a 400 that names it), never ignored.
      expect(() => parses(resource.type, 'not-a-parameter=x')).toThrow(OperationOutcomeError);
    }
  });

  test('every listed _include and _revinclude is taken, and each reference parameter that can serve one is listed', () => {
    for (const resource of searched) {
      for (const include of resource.searchInclude ?? []) expect(parses(resource.type, `_include=${include}`).include, include).toHaveLength(1);
      for (const include of resource.searchRevInclude ?? []) expect(parses(resource.type, `_revinclude=${include}`).revinclude, `${resource.type} ${include}`).toHaveLength(1);
      const references = officialOf(resource.type).filter((parameter) => parameter.type === 'reference');
      expect(resource.searchInclude, resource.type).toEqual(references.map((parameter) => `${resource.type}:${parameter.code}`).sort());
      const revincludes = SEARCHABLE_TYPES.concat(['Consent', 'AuditEvent'])
        .flatMap((source) => officialOf(source).filter((parameter) => parameter.type === 'reference' && refersTo(parameter, resource.type)).map((parameter) => `${source}:${parameter.code}`));
      expect(resource.searchRevInclude, resource.type).toEqual([...new Set(revincludes)].sort());
    }
  });

  test('a _revinclude whose parameter cannot refer to the searched type, or of a type outside the compartment, is refused', () => {
    expect(() => parses('Observation', '_revinclude=Encounter:subject')).toThrow(OperationOutcomeError);
    expect(() => parses('Observation', '_revinclude=Practitioner:organization')).toThrow(OperationOutcomeError);
    expect(() => parses('Observation', '_revinclude=DiagnosticReport:result:Encounter')).toThrow(OperationOutcomeError);
    expect(parses('Observation', '_revinclude=DiagnosticReport:result:Observation').revinclude).toHaveLength(1);
  });
});
