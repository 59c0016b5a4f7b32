import { describe, expect, test } from 'vitest';
import { capabilityStatement } from '../../functions/fhir-metadata/capability-statement.ts';
import { routeCapabilities } from '../../functions/routes.ts';

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
});
