import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { resourceCheck } from '../../schemas/fhir-r4-structure.generated.ts';
import { OperationOutcomeError, badRequest, notFound } from '../fhir/outcomes.ts';
import { parseFhirJson } from '../fhir/validation/fhir-json.ts';
import { IssueSink } from '../fhir/validation/issues.ts';
import { result, validateInto } from '../fhir/validation/validate.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { fhirResponse } from '../http/responses.ts';
import type { HttpResponse } from '../http/responses.ts';

type Body = { resourceType?: unknown; parameter?: { name?: unknown; resource?: unknown; valueUri?: unknown; valueCanonical?: unknown }[] };

/** The only profiles this server has: the base R4 StructureDefinitions of the resource types. */
const BASE_PROFILE = /^http:\/\/hl7\.org\/fhir\/StructureDefinition\/([A-Za-z]{1,64})(\|4\.0(\.1)?)?$/;

/**
 * `$validate` (http://hl7.org/fhir/R4/resource-operation-validate.html) at the system level and
 * for a type (`event.pathParameters.type`). The body is the resource, or a Parameters resource
 * with a `resource` parameter. The answer is 200 with an OperationOutcome whether or not the
 * resource is valid; only a body that is not JSON at all is a 400, since then nothing could be
 * validated. Nothing is stored.
 * A `profile` (query or Parameters) other than the base R4 definition of the resource's type is
 * one this server does not have: the answer says so in a warning, beside the base validation,
 * and never reads "no issues found".
 *
 * fhir-validate serves it; so does fhir-ingest for `POST [base]/$validate`, which shares create's
 * API Gateway route (functions/routes.ts).
 */
export function validateOperation(event: APIGatewayProxyEventV2, context: ExchangeContext): HttpResponse {
  const type = event.pathParameters?.['type'];
  if (type !== undefined && !resourceCheck(type)) throw notFound('Not a FHIR R4 resource type');
  const sink = new IssueSink();
  const body = parseFhirJson(context.exchange.text!, sink) as Body | undefined;
  if (body === undefined) throw new OperationOutcomeError(400, result(sink).outcome);
  // A Parameters body wraps the resource to validate, unless Parameters itself is the type asked about.
  let target: unknown = body;
  if (body?.resourceType === 'Parameters' && type !== 'Parameters') {
    target = body.parameter?.find((parameter) => parameter.name === 'resource')?.resource;
    if (target === undefined) throw badRequest('A Parameters body needs a resource parameter', 'Parameters.parameter');
  }
  const targetType = typeof target === 'object' && target !== null ? (target as { resourceType?: unknown }).resourceType : undefined;
  if (type !== undefined && targetType !== type) sink.error('invalid', 'The resource type does not match the type in the URL', 'resourceType');
  const profiles = [
    ...new URLSearchParams(event.rawQueryString ?? '').getAll('profile'),
    ...(body?.resourceType === 'Parameters' && type !== 'Parameters'
      ? (body.parameter ?? []).filter((parameter) => parameter.name === 'profile').map((parameter) => String(parameter.valueUri ?? parameter.valueCanonical ?? ''))
      : []),
  ];
  for (const profile of profiles) {
    const base = BASE_PROFILE.exec(profile.trim());
    if (base && base[1] === targetType) continue;
    sink.add({
      severity: 'warning',
      code: 'not-supported',
      details: { text: 'The profile asked for is not one this server has: the resource was validated against the base FHIR R4 definition of its type only, not against that profile' },
      expression: ['profile'],
    });
  }
  validateInto(target, sink);
  return fhirResponse(200, result(sink).outcome);
}
