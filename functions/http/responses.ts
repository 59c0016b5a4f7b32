import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { OperationOutcomeError } from '../fhir/outcomes.ts';

export type HttpResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string | number | boolean> };

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** A FHIR resource as the response body (http://hl7.org/fhir/R4/http.html#mime-type). */
export function fhirResponse(statusCode: number, resource: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { statusCode, headers: { 'Content-Type': FHIR_JSON, ...headers }, body: JSON.stringify(resource) };
}

/** Plain JSON, for the OAuth token endpoint and other non-FHIR documents. */
export function jsonResponse(statusCode: number, document: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { statusCode, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(document) };
}

export function outcomeResponse(error: OperationOutcomeError, requestId?: string): HttpResponse {
  const headers: Record<string, string> = { ...error.headers };
  if (requestId) headers['X-Request-Id'] = requestId;
  return fhirResponse(error.status, error.outcome, headers);
}
