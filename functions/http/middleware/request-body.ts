import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { OperationOutcomeError, badRequest, issue, outcome, payloadTooLarge, unsupportedMediaType } from '../../fhir/outcomes.ts';
import { describeJsonStringProblem, findJsonStringProblem } from '../../fhir/validation/json-strings.ts';
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

/** Content codings a request body may come in (RFC 9110 section 8.4.1); `identity` is none. */
export const REQUEST_CODINGS = ['gzip', 'x-gzip', 'deflate', 'br', 'identity'];

/**
 * Undoes the body's Content-Encoding: gzip, deflate and br are decoded, bounded by `maxBytes`
 * (a body that inflates past it, a decompression bomb, is a 413 without being inflated further);
 * a body that is not in the coding it names is a 400; any other coding a 415.
 */
export function decodeContent(event: APIGatewayProxyEventV2, bytes: Buffer, maxBytes: number): Buffer {
  const header = event.headers?.['content-encoding'];
  if (!header) return bytes;
  const codings = header.split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding !== '' && coding !== 'identity');
  let body = bytes;
  // Codings are listed in the order they were applied: undo them last first.
  for (const coding of codings.reverse()) {
    if (!REQUEST_CODINGS.includes(coding)) {
      throw new OperationOutcomeError(415, outcome(issue('not-supported', `Unsupported Content-Encoding; accepted: ${REQUEST_CODINGS.join(', ')}`, 'Content-Encoding')), { 'Accept-Encoding': 'gzip, deflate, br' });
    }
    try {
      const options = { maxOutputLength: maxBytes };
      body = coding === 'br' ? brotliDecompressSync(body, options) : coding === 'deflate' ? inflateSync(body, options) : gunzipSync(body, options);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw payloadTooLarge(maxBytes);
      throw new OperationOutcomeError(400, outcome(issue('structure', `The body is not ${coding}-encoded data, as its Content-Encoding says`, 'Content-Encoding')));
    }
  }
  return body;
}

/**
 * The body as it came, when it is text already (not base64, no Content-Encoding): API Gateway
 * passes a body of a text media type that way, decoded from UTF-8. Encoding it to bytes and
 * decoding them again would only copy it twice; a string that no UTF-8 could have made (one with
 * a lone surrogate) is refused as invalid bytes are. Undefined when the bytes are to be decoded.
 */
function plainText(event: APIGatewayProxyEventV2): string | undefined {
  if (event.isBase64Encoded || event.body === undefined || event.headers?.['content-encoding'] !== undefined) return undefined;
  if (!event.body.isWellFormed()) throw new OperationOutcomeError(400, outcome(issue('structure', 'The body is not valid UTF-8')));
  return event.body;
}

/** UTF-8 text, or a 400: invalid bytes are refused, never replaced by U+FFFD. */
export function utf8Text(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new OperationOutcomeError(400, outcome(issue('structure', 'The body is not valid UTF-8')));
  }
}

/**
 * Parses the body the handler declared: JSON (415 for another media type, 400 for malformed
 * JSON, naming the offset but never quoting the text) or an HTML form (the OAuth token endpoint).
 * The body is first decoded from its Content-Encoding, then as UTF-8 (strictly); JSON strings
 * with lone surrogates or control characters are a 400 naming the element before any handler runs.
 */
export function requestBody(kind: BodyKind, options: { maxBytes?: number } = {}): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  const accepted = kind === 'form' ? FORM_TYPES : FHIR_JSON_TYPES;
  const maxBytes = options.maxBytes ?? 6 * 1024 * 1024;
  return {
    name: 'request-body',
    before: (request) => {
      if (!BODY_METHODS.has(request.event.requestContext.http.method)) return;
      const { body } = request.event;
      if ((body === undefined || body === null || body.length === 0) && kind === 'optional-json') return;
      if (body === undefined || body === null || body.length === 0) throw new OperationOutcomeError(400, outcome(issue('required', 'A request body is required')));
      const media = mediaType(request.event);
      if (!media || !accepted.includes(media.type)) throw unsupportedMediaType(accepted);
      if (media.charset && media.charset !== 'utf-8' && media.charset !== 'utf8') throw unsupportedMediaType(accepted.map((type) => `${type}; charset=utf-8`));
      const text = plainText(request.event) ?? utf8Text(decodeContent(request.event, rawBody(request.event)!, maxBytes));
      if (kind !== 'form') {
        // A resource's path starts at its type; any other JSON body's at its own top-level element.
        const problem = findJsonStringProblem(text, '');
        if (problem) throw new OperationOutcomeError(400, outcome(issue('invalid', describeJsonStringProblem(problem), problem.path)));
      }
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
