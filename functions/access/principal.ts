import type { SmartScope } from './smart-scopes.ts';

/**
 * The authenticated caller of a request, one variant per kind of user (DESIGN.md "Who uses it"):
 * a provider system (an EHR posting and reading for one provider), a research system, a patient
 * signed in with a wallet, and the exchange's admin. Handlers switch on `kind`; the access decision
 * (decide.ts) is the only place that turns a principal into permissions.
 */

/**
 * Purpose of use, from the HL7 v3 PurposeOfUse value set
 * (http://terminology.hl7.org/CodeSystem/v3-ActReason): TREAT treatment, ETREAT emergency
 * treatment, BTG break the glass, HOPERAT healthcare operations, PATRQT at the patient's request,
 * HRESCH research, HLEGAL legal (an order).
 */
export const PURPOSES_OF_USE = ['TREAT', 'ETREAT', 'BTG', 'HOPERAT', 'PATRQT', 'HRESCH', 'HLEGAL'] as const;
export type PurposeOfUse = (typeof PURPOSES_OF_USE)[number];

export function isPurposeOfUse(value: unknown): value is PurposeOfUse {
  return typeof value === 'string' && (PURPOSES_OF_USE as readonly string[]).includes(value);
}

interface SystemClient {
  clientId: string;
  /** The SMART system scopes the access token grants. */
  scopes: SmartScope[];
  /** The access token's `jti`. */
  tokenId: string;
}

/** An EHR system acting for one provider (SMART Backend Services). */
export interface ProviderSystem extends SystemClient {
  kind: 'provider';
  providerId: string;
  /** From the access token; TREAT when the client asked for none. */
  purposeOfUse: PurposeOfUse;
  /** The reason given for break-glass access (purpose BTG or ETREAT), from the access token. */
  emergencyReason?: string;
}

/** A research portal (SMART Backend Services, research scopes). */
export interface ResearchSystem extends SystemClient {
  kind: 'research';
  purposeOfUse: PurposeOfUse;
}

/** A patient signed in with a wallet (Sign-In with Ethereum); how the session is made comes with the patient portal. */
export interface PatientUser {
  kind: 'patient';
  /** The wallet's address (0x + 40 hex, checksummed). */
  address: string;
  sessionId: string;
  scopes: SmartScope[];
}

/** The exchange's admin client. */
export interface ExchangeAdmin extends SystemClient {
  kind: 'admin';
}

export type Principal = ProviderSystem | ResearchSystem | PatientUser | ExchangeAdmin;
export type PrincipalKind = Principal['kind'];

/** Who the principal is, for logs and audit entries: a client id, or `patient` (never a wallet address in logs). */
export function principalClientId(principal: Principal): string | undefined {
  return principal.kind === 'patient' ? undefined : principal.clientId;
}
