import type { OperationOutcome, OperationOutcomeIssue } from './types.ts';

/**
 * Outcomes as values (FHIR R4 OperationOutcome, http://hl7.org/fhir/R4/operationoutcome.html).
 *
 * Domain code throws `OperationOutcomeError`; the HTTP error middleware is the only place that
 * turns it into a response. The status lives beside the outcome because one issue code can mean
 * several statuses (`not-supported` is both 405 and 415).
 *
 * Texts here are written by the exchange. They may name elements (FHIRPath) and the exchange's
 * own ids, but never echo values from a request: those can be PHI.
 */

export type IssueType = OperationOutcomeIssue['code'];

/** OAuth 2.0 error codes (RFC 6749 section 5.2), carried in `issue.details.coding` on token errors. */
export const OAUTH_ERROR_SYSTEM = 'urn:ietf:rfc:6749';
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope';

export class OperationOutcomeError extends Error {
  override name = 'OperationOutcomeError';
  readonly status: number;
  readonly outcome: OperationOutcome;
  readonly headers: Record<string, string>;

  constructor(status: number, outcome: OperationOutcome, headers: Record<string, string> = {}) {
    super(outcome.issue.map((issue) => issue.details?.text ?? issue.code).join('; '));
    this.status = status;
    this.outcome = outcome;
    this.headers = headers;
  }
}

export function outcome(...issues: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: issues };
}

export function issue(code: IssueType, text: string, expression?: string | string[], severity: OperationOutcomeIssue['severity'] = 'error'): OperationOutcomeIssue {
  const result: OperationOutcomeIssue = { severity, code, details: { text } };
  if (expression !== undefined) result.expression = Array.isArray(expression) ? expression : [expression];
  return result;
}

function error(status: number, code: IssueType, text: string, expression?: string | string[], headers?: Record<string, string>) {
  return new OperationOutcomeError(status, outcome(issue(code, text, expression)), headers);
}

export const badRequest = (text: string, expression?: string | string[]) => error(400, 'invalid', text, expression);
export const invalid = (issues: OperationOutcomeIssue[]) => new OperationOutcomeError(400, outcome(...issues));
export const unauthorized = (text: string, bearerError?: 'invalid_token' | 'invalid_request') =>
  error(401, 'login', text, undefined, {
    'WWW-Authenticate': bearerError ? `Bearer realm="fhir-exchange", error="${bearerError}"` : 'Bearer realm="fhir-exchange"',
  });
export const forbidden = (text: string) => error(403, 'forbidden', text);
export const notFound = (text: string) => error(404, 'not-found', text);
export const methodNotAllowed = (method: string, allowed: string[]) =>
  error(405, 'not-supported', `Method ${method} is not allowed here; allowed: ${allowed.join(', ')}`, undefined, { Allow: allowed.join(', ') });
export const conflict = (text: string) => error(409, 'conflict', text);
export const gone = (text: string) => error(410, 'deleted', text);
export const payloadTooLarge = (limitBytes: number) => error(413, 'too-costly', `Request body exceeds the limit of ${limitBytes} bytes`);
export const unsupportedMediaType = (expected: string[]) =>
  error(415, 'not-supported', `Unsupported Content-Type; expected one of: ${expected.join(', ')}`);
export const tooManyRequests = (text: string) => error(429, 'throttled', text);
export const unprocessable = (text: string, expression?: string | string[]) => error(422, 'processing', text, expression);
/** A dependency is throttled or down and nothing was committed: the same request may be retried. */
export const serviceUnavailable = (text: string, retryAfterSeconds = 1) => error(503, 'transient', text, undefined, { 'Retry-After': String(retryAfterSeconds) });
export const internalError = () => error(500, 'exception', 'An internal error occurred; the request id identifies it in the logs');

/**
 * A token-endpoint failure: an OperationOutcome that also carries the OAuth error code.
 * `expression` names the failing part of the request (e.g. a claim of the client assertion);
 * `issueType` overrides the issue code the status implies (a 400 that is a refusal: `forbidden`).
 */
export function oauthError(status: 400 | 401 | 403, oauthCode: OAuthErrorCode, text: string, options: { expression?: string; issueType?: IssueType } = {}): OperationOutcomeError {
  const issueType: IssueType = options.issueType ?? (status === 401 ? 'login' : status === 403 ? 'forbidden' : 'invalid');
  const problem: OperationOutcomeIssue = { severity: 'error', code: issueType, details: { coding: [{ system: OAUTH_ERROR_SYSTEM, code: oauthCode }], text } };
  if (options.expression !== undefined) problem.expression = [options.expression];
  return new OperationOutcomeError(status, outcome(problem), { 'Cache-Control': 'no-store' });
}
