import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { OperationOutcomeError, badRequest, issue, outcome, payloadTooLarge, unsupportedMediaType } from '../../fhir/outcomes.ts';
import type { ExchangeContext } from '../exchange-context.ts';
import type { HttpResponse } from '../responses.ts';

/** FHIR's JSON media types (http://hl7.org/fhir/R4/http.html#mime-type); plain JSON is accepted too. */
export const FHIR_JSON_TYPES = ['application/fhir+json', 'application/json', 'application/json+fhir'];
export const FORM_TYPES = ['application/x-www-form-urlencoded'];

/** `json`: parsed here; `json-text`: media type checked, the text left to the handler (FHIR JSON parsing); `form`: URL-encoded. */
export type BodyKind = 'json' | 'json-text' | 'form' | 'optional-json';
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export function rawBody(event: APIGatewayProxyEventV2): Buffer | undefined {
  if (event.body === undefined || event.body === null) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
}

/** Rejects bodies over the configured limit (413) before anything else looks at them. */
export function bodyLimit(options: { maxBytes: number }): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  return {
    name: 'body-limit',
    before: (request) => {
      const { body, isBase64Encoded } = request.event;
      if (!body) return;
      // A cheap upper bound first: base64 is 4/3 of the bytes, UTF-8 at most 3 bytes per UTF-16 unit.
      const bound = isBase64Encoded ? Math.ceil((body.length * 3) / 4) : body.length * 3;
      if (bound <= options.maxBytes) return;
      const bytes = isBase64Encoded ? Buffer.byteLength(body, 'base64') : Buffer.byteLength(body, 'utf8');
      if (bytes > options.maxBytes) throw payloadTooLarge(options.maxBytes);
    },
  };
}

function mediaType(event: APIGatewayProxyEventV2): { type: string; charset: string | undefined } | undefined {
  const header = event.headers?.['content-type'];
  if (!header) return undefined;
  const [type = '', ...parameters] = header.split(';').map((part) => part.trim());
  const charset = parameters.find((p) => p.toLowerCase().startsWith('charset='))?.slice('charset='.length).replace(/"/g, '').toLowerCase();
  return { type: type.toLowerCase(), charset };
}

/**
 * Parses the body the handler declared: JSON (415 for another media type, 400 for malformed
 * JSON, naming the offset but never quoting the text) or an HTML form (the OAuth token endpoint).
 */
export function requestBody(kind: BodyKind): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  const accepted = kind === 'form' ? FORM_TYPES : FHIR_JSON_TYPES;
  return {
    name: 'request-body',
    before: (request) => {
      if (!BODY_METHODS.has(request.event.requestContext.http.method)) return;
      const bytes = rawBody(request.event);
      if ((!bytes || bytes.length === 0) && kind === 'optional-json') return;
      if (!bytes || bytes.length === 0) throw new OperationOutcomeError(400, outcome(issue('required', 'A request body is required')));
      const media = mediaType(request.event);
      if (!media || !accepted.includes(media.type)) throw unsupportedMediaType(accepted);
      if (media.charset && media.charset !== 'utf-8' && media.charset !== 'utf8') throw unsupportedMediaType(accepted.map((type) => `${type}; charset=utf-8`));
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
      if (kind === 'form') {
        request.context.exchange.form = new URLSearchParams(text);
        return;
      }
      if (kind === 'json-text') {
        request.context.exchange.text = text;
        return;
      }
      try {
        request.context.exchange.body = JSON.parse(text);
      } catch (error) {
        const position = /position (\d+)/.exec((error as Error).message)?.[1];
        throw new OperationOutcomeError(
          400,
          outcome(issue('structure', position ? `The body is not valid JSON (error at offset ${position})` : 'The body is not valid JSON')),
        );
      }
      if (request.context.exchange.body === null || typeof request.context.exchange.body !== 'object' || Array.isArray(request.context.exchange.body)) {
        throw badRequest('The body must be a JSON object');
      }
    },
  };
}
