import type { ClientRole } from '../../schemas/clients.ts';
import { oauthError } from '../fhir/outcomes.ts';
import { PURPOSES_OF_USE, isPurposeOfUse } from './principal.ts';
import type { PurposeOfUse } from './principal.ts';

/**
 * The purpose of use a client asks for in its client assertion, the way UDAP / HL7 FAST B2B
 * carries it (Security for Scalable Registration, Authentication, and Authorization, "B2B
 * Authorization Extension Object"): the assertion's `extensions` object holds
 *
 *     "hl7-b2b": { "version": "1", "purpose_of_use": ["urn:oid:2.16.840.1.113883.5.8#TREAT"] }
 *
 * and, for break-glass, this exchange's own extension object with the reason:
 *
 *     "fhir-exchange": { "reason": "unconscious on arrival, no consent on file" }
 *
 * The IG leaves the allowed purposes to the trust community; here they are the HL7 v3
 * PurposeOfUse codes the exchange decides on (principal.ts), exactly one per token (a token is
 * good for one authorization context, so one purpose), written as the IG's preferred URI form
 * (`urn:oid:2.16.840.1.113883.5.8#CODE`, the ActReason code system's OID), as the FHIR canonical
 * URI of that code system followed by `#CODE`, or as the plain code.
 *
 * Everything here runs after the assertion's signature was verified: the claims are the client's.
 * Error texts never quote the request (a reason is free text and may name a person).
 */

/** The HL7 v3 ActReason code system, as an OID URI (UDAP's preferred form) and as its FHIR canonical URI. */
export const ACT_REASON_OID_URI = 'urn:oid:2.16.840.1.113883.5.8';
export const ACT_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

/** The UDAP B2B extension's key and the only version defined. */
export const HL7_B2B_EXTENSION = 'hl7-b2b';
/** This exchange's extension object in the client assertion: the break-glass reason. */
export const EXCHANGE_EXTENSION = 'fhir-exchange';

/** Purposes that open records without consent (DESIGN.md "Break-glass"): the client must be allowed emergency access and give a reason. */
export const BREAK_GLASS_PURPOSES: readonly PurposeOfUse[] = ['BTG', 'ETREAT'];
/** A break-glass reason: 1 to 500 characters once trimmed. */
export const MAX_REASON_LENGTH = 500;

/**
 * Which purposes each kind of client may ask for, and what it gets when it asks for none.
 * Providers act for treatment and around it; research portals only for research; the admin's
 * tokens carry no purpose (its one purposeful act, a person's erasure under a legal order, is
 * HLEGAL by definition of the action, not by the token).
 */
export const PURPOSES_BY_ROLE: Readonly<Record<ClientRole, readonly PurposeOfUse[]>> = {
  provider: ['TREAT', 'ETREAT', 'BTG', 'HOPERAT', 'PATRQT'],
  research: ['HRESCH'],
  admin: [],
};
export const DEFAULT_PURPOSE: Readonly<Record<ClientRole, PurposeOfUse | undefined>> = { provider: 'TREAT', research: 'HRESCH', admin: undefined };

const PURPOSE_EXPRESSION = `extensions.${HL7_B2B_EXTENSION}.purpose_of_use`;
const REASON_EXPRESSION = `extensions.${EXCHANGE_EXTENSION}.reason`;

/** What the assertion asked for, read but not yet authorized. */
export interface PurposeRequest {
  /** Undefined when the assertion carries no `hl7-b2b` extension. */
  purposeOfUse?: PurposeOfUse;
  /** The trimmed reason, when one was given. */
  reason?: string;
}

/** What the access token will carry. */
export interface GrantedPurpose {
  purposeOfUse?: PurposeOfUse;
  /** Only with a break-glass purpose. */
  emergencyReason?: string;
}

export function isBreakGlass(purpose: PurposeOfUse | undefined): boolean {
  return purpose !== undefined && BREAK_GLASS_PURPOSES.includes(purpose);
}

/** `TREAT`, `urn:oid:2.16.840.1.113883.5.8#TREAT` or `http://terminology.hl7.org/CodeSystem/v3-ActReason#TREAT` → TREAT; anything else undefined. */
export function parsePurposeCode(value: string): PurposeOfUse | undefined {
  const hash = value.lastIndexOf('#');
  if (hash === -1) return isPurposeOfUse(value) ? value : undefined;
  const system = value.slice(0, hash);
  const code = value.slice(hash + 1);
  if (system !== ACT_REASON_OID_URI && system !== ACT_REASON_SYSTEM) return undefined;
  return isPurposeOfUse(code) ? code : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const invalidRequest = (text: string, expression: string) => oauthError(400, 'invalid_request', text, { expression });

/**
 * Reads the purpose of use and the break-glass reason from a verified client assertion's claims.
 * A malformed extension, an unknown code, more than one purpose, a break-glass purpose without a
 * reason or a reason without one is a 400 `invalid_request` naming the claim. Other extension
 * objects are ignored (the IG lets servers ignore what they do not recognise).
 */
export function readPurposeRequest(claims: Record<string, unknown>): PurposeRequest {
  const extensions = claims['extensions'];
  if (extensions === undefined) return {};
  if (!isObject(extensions)) throw invalidRequest('The client assertion\'s extensions claim must be a JSON object', 'extensions');

  const request: PurposeRequest = {};
  const b2b = extensions[HL7_B2B_EXTENSION];
  if (b2b !== undefined) {
    if (!isObject(b2b)) throw invalidRequest(`extensions.${HL7_B2B_EXTENSION} must be a JSON object (UDAP B2B Authorization Extension Object)`, `extensions.${HL7_B2B_EXTENSION}`);
    if (b2b['version'] !== '1') throw invalidRequest(`extensions.${HL7_B2B_EXTENSION}.version must be the string "1"`, `extensions.${HL7_B2B_EXTENSION}.version`);
    const purposes = b2b['purpose_of_use'];
    if (!Array.isArray(purposes) || purposes.length === 0 || !purposes.every((purpose) => typeof purpose === 'string')) {
      throw invalidRequest(`${PURPOSE_EXPRESSION} must be an array with one purpose of use code`, PURPOSE_EXPRESSION);
    }
    if (purposes.length > 1) throw invalidRequest(`${PURPOSE_EXPRESSION} must hold exactly one purpose of use: a token is good for one purpose`, PURPOSE_EXPRESSION);
    const purpose = parsePurposeCode(purposes[0] as string);
    if (!purpose) {
      throw invalidRequest(
        `${PURPOSE_EXPRESSION} is not a purpose of use this exchange knows: give one of ${PURPOSES_OF_USE.join(', ')} ` +
          `(HL7 v3 ActReason), as the code or as ${ACT_REASON_OID_URI}#CODE`,
        PURPOSE_EXPRESSION,
      );
    }
    request.purposeOfUse = purpose;
  }

  const own = extensions[EXCHANGE_EXTENSION];
  if (own !== undefined) {
    if (!isObject(own)) throw invalidRequest(`extensions.${EXCHANGE_EXTENSION} must be a JSON object`, `extensions.${EXCHANGE_EXTENSION}`);
    if (own['reason'] !== undefined) request.reason = readReason(own['reason']);
  }

  if (isBreakGlass(request.purposeOfUse) && request.reason === undefined) {
    throw invalidRequest(`Break-glass access (${request.purposeOfUse}) needs a reason in ${REASON_EXPRESSION}`, REASON_EXPRESSION);
  }
  if (request.reason !== undefined && !isBreakGlass(request.purposeOfUse)) {
    throw invalidRequest(`A reason goes only with a break-glass purpose of use (${BREAK_GLASS_PURPOSES.join(' or ')})`, REASON_EXPRESSION);
  }
  return request;
}

function readReason(value: unknown): string {
  if (typeof value !== 'string') throw invalidRequest(`${REASON_EXPRESSION} must be a string`, REASON_EXPRESSION);
  const reason = value.trim();
  const length = [...reason].length;
  if (length === 0 || length > MAX_REASON_LENGTH) throw invalidRequest(`${REASON_EXPRESSION} must be 1 to ${MAX_REASON_LENGTH} characters`, REASON_EXPRESSION);
  // One line of text: it is audited and shown to the patient in the access log.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(reason)) throw invalidRequest(`${REASON_EXPRESSION} must be one line of text without control characters`, REASON_EXPRESSION);
  return reason;
}

/**
 * Authorizes the requested purpose for a client: the role's default when it asked for none; a
 * purpose outside its role's, or break-glass without the emergency permission of its
 * registration, is refused and no token is issued.
 *
 * The refusals are `invalid_scope` (RFC 6749 section 5.2: "the requested scope is invalid,
 * unknown, malformed, or exceeds the scope granted"), answered with 400 as that section says.
 * The purpose of use is part of the access the token grants, like its scopes, and asking for
 * more than the registration allows is exceeding the granted scope. `unauthorized_client` does
 * not fit: it says the client may not use the grant type, and this client may use
 * client_credentials, for other purposes.
 */
export function authorizePurpose(request: PurposeRequest, client: { role: ClientRole; emergencyAccess?: boolean }): GrantedPurpose {
  const purpose = request.purposeOfUse ?? DEFAULT_PURPOSE[client.role];
  if (purpose === undefined) return {};
  const allowed = PURPOSES_BY_ROLE[client.role];
  if (!allowed.includes(purpose)) {
    const which = allowed.length === 0 ? `${client.role} clients' tokens carry no purpose of use` : `${client.role} clients may ask for ${allowed.join(', ')}`;
    throw oauthError(400, 'invalid_scope', `Purpose of use ${purpose} is not available to this client: ${which}`, { expression: PURPOSE_EXPRESSION, issueType: 'forbidden' });
  }
  if (isBreakGlass(purpose)) {
    if (client.emergencyAccess !== true) {
      throw oauthError(400, 'invalid_scope', `This client is not allowed emergency access (${purpose}): its registration does not permit break-glass; the exchange's admin grants it`, {
        expression: PURPOSE_EXPRESSION,
        issueType: 'forbidden',
      });
    }
    return { purposeOfUse: purpose, emergencyReason: request.reason! };
  }
  return { purposeOfUse: purpose };
}
