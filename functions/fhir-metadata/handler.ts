import { capabilityStatement, smartConfiguration } from './capability-statement.ts';
import { httpHandler } from '../http/http-handler.ts';
import { notFound } from '../fhir/outcomes.ts';
import { fhirResponse, jsonResponse } from '../http/responses.ts';
import { routeCapabilities } from '../routes.ts';
import { operationDefinition } from './operation-definitions.ts';

const capabilities = routeCapabilities();

/**
 * `GET [base]/metadata`, `GET [base]/.well-known/smart-configuration` and
 * `GET [base]/OperationDefinition/{id}` (the server's own operations): public discovery.
 */
export const handler = httpHandler(
  async (event, context) => {
    const { fhirBase } = context.exchange;
    if (event.routeKey === 'GET /fhir/.well-known/smart-configuration') {
      return jsonResponse(200, smartConfiguration(fhirBase), { 'Cache-Control': 'public, max-age=300' });
    }
    if (event.routeKey === 'GET /fhir/OperationDefinition/{id}') {
      const definition = operationDefinition(event.pathParameters?.['id'] ?? '', fhirBase);
      if (!definition) throw notFound('This server defines no such operation');
      return fhirResponse(200, definition, { 'Cache-Control': 'public, max-age=300' });
    }
    return fhirResponse(200, capabilityStatement(fhirBase, capabilities), { 'Cache-Control': 'public, max-age=300' });
  },
  { function: 'fhir-metadata', auth: { kind: 'public' } },
);
