import { capabilityStatement, smartConfiguration } from './capability-statement.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse, jsonResponse } from '../http/responses.ts';
import { routeCapabilities } from '../routes.ts';

const capabilities = routeCapabilities();

/** `GET [base]/metadata` and `GET [base]/.well-known/smart-configuration`: public discovery. */
export const handler = httpHandler(
  async (event, context) => {
    const { fhirBase } = context.exchange;
    if (event.routeKey === 'GET /fhir/.well-known/smart-configuration') {
      return jsonResponse(200, smartConfiguration(fhirBase), { 'Cache-Control': 'public, max-age=300' });
    }
    return fhirResponse(200, capabilityStatement(fhirBase, capabilities), { 'Cache-Control': 'public, max-age=300' });
  },
  { function: 'fhir-metadata', auth: { kind: 'public' } },
);
