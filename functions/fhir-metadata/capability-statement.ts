import type { CapabilityStatement, CapabilityStatementRestResource } from '../fhir/types.ts';
import type { Capability } from '../routes.ts';
import { ASSERTION_ALGORITHMS } from '../access/client-credentials.ts';

export const SOFTWARE = { name: 'fhir-exchange', version: '0.1.0' } as const;
const STARTED = new Date().toISOString();

/**
 * The server's CapabilityStatement, built from the route table so that it lists exactly what is
 * implemented. Security: SMART Backend Services with the token endpoint in the oauth-uris
 * extension (http://hl7.org/fhir/smart-app-launch/conformance.html).
 */
export function capabilityStatement(fhirBase: string, capabilities: readonly Capability[]): CapabilityStatement {
  // A definition without a scheme is one of this server's own, relative to its FHIR base.
  const canonical = (definition: string) => (/^[a-z][a-z0-9+.-]*:/i.test(definition) ? definition : `${fhirBase}/${definition}`);
  const resources = new Map<string, CapabilityStatementRestResource>();
  const systemInteractions = new Set<string>();
  const systemOperations = new Map<string, string>();
  for (const capability of capabilities) {
    if (capability.level === 'system') systemInteractions.add(capability.interaction);
    else if (capability.level === 'operation' && !capability.resourceType) systemOperations.set(capability.name, canonical(capability.definition));
    else {
      const type = capability.resourceType!;
      const resource: CapabilityStatementRestResource = resources.get(type) ?? { type: type as CapabilityStatementRestResource['type'] };
      resources.set(type, resource);
      if (capability.level === 'type') {
        (resource.interaction ??= []).push({ code: capability.interaction });
        // Creates take If-None-Exist; updates create what does not exist yet and take search criteria (fhir-ingest).
        if (capability.interaction === 'create') resource.conditionalCreate = true;
        if (capability.interaction === 'update') Object.assign(resource, { updateCreate: true, conditionalUpdate: true });
        for (const param of capability.searchParams ?? []) (resource.searchParam ??= []).push({ name: param.name, type: param.type, definition: param.definition });
        if (capability.searchInclude?.length) resource.searchInclude = [...(resource.searchInclude ?? []), ...capability.searchInclude];
        if (capability.searchRevInclude?.length) resource.searchRevInclude = [...(resource.searchRevInclude ?? []), ...capability.searchRevInclude];
      }
      else (resource.operation ??= []).push({ name: capability.name, definition: canonical(capability.definition) });
    }
  }
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STARTED,
    kind: 'instance',
    software: { name: SOFTWARE.name, version: SOFTWARE.version },
    implementation: { description: 'fhir-exchange health information exchange', url: fhirBase },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        security: {
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [{ url: 'token', valueUri: `${fhirBase}/auth/token` }],
            },
          ],
          service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }],
          description: `SMART Backend Services: client_credentials with a private_key_jwt assertion signed with ${ASSERTION_ALGORITHMS.join(' or ')}; SMART v2 system scopes.`,
        },
        ...(resources.size > 0 ? { resource: [...resources.values()].sort((a, b) => a.type.localeCompare(b.type)) } : {}),
        ...(systemInteractions.size > 0 ? { interaction: [...systemInteractions].map((code) => ({ code: code as 'transaction' })) } : {}),
        ...(systemOperations.size > 0 ? { operation: [...systemOperations].map(([name, definition]) => ({ name, definition })) } : {}),
      },
    ],
  };
}

/** SMART configuration (http://hl7.org/fhir/smart-app-launch/conformance.html#metadata). */
export function smartConfiguration(fhirBase: string) {
  return {
    token_endpoint: `${fhirBase}/auth/token`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: [...ASSERTION_ALGORITHMS],
    scopes_supported: ['system/*.cruds', 'system/*.rs', 'system/*.read', 'system/*.write'],
    capabilities: ['client-confidential-asymmetric', 'permission-v2', 'permission-v1'],
  };
}
