import { describe, expect, test } from 'vitest';
import { capabilityStatement } from '../../functions/fhir-metadata/capability-statement.ts';
import { OPERATION_DEFINITION_IDS, operationDefinition } from '../../functions/fhir-metadata/operation-definitions.ts';
import { ROUTES, routeCapabilities } from '../../functions/routes.ts';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';

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
});
