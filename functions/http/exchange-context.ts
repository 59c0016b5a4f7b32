import type { Context } from 'aws-lambda';
import type { Principal } from '../access/principal.ts';
import { unauthorized } from '../fhir/outcomes.ts';

/** What the middleware chain learns about a request, handed to the handler beside the event. */
export interface ExchangeRequestState {
  requestId: string;
  /** The FHIR base URL this request was addressed to, without a trailing slash. */
  fhirBase: string;
  startedAt: number;
  principal?: Principal;
  /** The parsed body, when the handler declared one. */
  body?: unknown;
  form?: URLSearchParams;
  /** The body as text, for handlers that parse FHIR JSON themselves. */
  text?: string;
}

export type ExchangeContext = Context & { exchange: ExchangeRequestState };

/** The authenticated caller; a route that authenticates always has one (401 otherwise, never an assertion). */
export function requirePrincipal(context: ExchangeContext): Principal {
  const principal = context.exchange.principal;
  if (!principal) throw unauthorized('An access token is required (Authorization: Bearer)');
  return principal;
}
