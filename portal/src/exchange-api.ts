import type { AuditEvent, Bundle, Consent, OperationOutcome } from 'fhir/r4.d.ts';

/**
 * The patient API of the exchange (same origin as the page; /patient/*): sign-in with Ethereum,
 * then requests carried by the session cookie (HttpOnly, Path=/patient) with the CSRF token on
 * every POST and DELETE.
 */

export interface PatientConfig {
  chainId: number;
  domain: string;
  uri: string;
  statement: string;
}

export interface SignedIn {
  address: string;
  expires_in: number;
  csrf_token: string;
}

export interface Session {
  address: string;
  expiresAt: string;
  enrolled: boolean;
}

export interface Holder {
  providerId: string;
  name: string;
  fhirEndpoint: string;
}

export interface Grantee {
  id: string;
  name: string;
  kind: 'provider' | 'research';
}

/** EIP-712 typed data as the exchange prepares it (`types` without EIP712Domain). */
export interface TypedData {
  domain: Record<string, unknown>;
  types: Record<string, { name: string; type: string }[]>;
  primaryType: string;
  message: Record<string, unknown>;
}

export interface Relayed {
  transaction: string;
  block: number;
}

/** A wallet recovery waiting for its delay (functions/consent/recovery.ts). */
export interface PendingRecovery {
  pseudonym: string;
  newController: string;
  provider: string;
  executableAt: string;
  executable: boolean;
}

/** GET /patient/recovery: of the patient the wallet controls, the pending recovery; and those proposing this wallet. */
export interface RecoveryStatus {
  controlled: { pseudonym: string; pending: PendingRecovery | null }[];
  proposedToThisWallet: PendingRecovery[];
}

/** A refusal or failure of the exchange, with the OperationOutcome's text. */
export class ExchangeError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The CSRF token lives for the tab (sessionStorage), so a reload keeps the session usable. */
const CSRF_KEY = 'fhir-exchange.csrf';

export class PatientApi {
  #csrf: string | undefined = sessionStorage.getItem(CSRF_KEY) ?? undefined;

  /**
   * The sign-in parameters for this page. Browsers send no Origin header with a same-origin GET,
   * so the page names its origin (the exchange uses it only when it is one of its portal origins).
   */
  config(): Promise<PatientConfig> {
    return this.#request('GET', `/patient/config?origin=${encodeURIComponent(location.origin)}`);
  }

  async nonce(): Promise<string> {
    return (await this.#request<{ nonce: string }>('GET', '/patient/auth/nonce')).nonce;
  }

  async signIn(message: string, signature: string): Promise<SignedIn> {
    const signedIn = await this.#request<SignedIn>('POST', '/patient/auth/siwe', { message, signature });
    this.#csrf = signedIn.csrf_token;
    sessionStorage.setItem(CSRF_KEY, signedIn.csrf_token);
    return signedIn;
  }

  async signOut(): Promise<void> {
    try {
      await this.#request('POST', '/patient/auth/logout', {});
    } finally {
      this.#csrf = undefined;
      sessionStorage.removeItem(CSRF_KEY);
    }
  }

  /** The current session, or undefined when there is none (401). */
  async session(): Promise<Session | undefined> {
    try {
      return await this.#request<Session>('GET', '/patient/session');
    } catch (error) {
      if (error instanceof ExchangeError && error.status === 401) return undefined;
      throw error;
    }
  }

  async holders(): Promise<Holder[]> {
    return (await this.#request<{ holders: Holder[] }>('GET', '/patient/holders')).holders;
  }

  records(): Promise<Bundle> {
    return this.#request('GET', '/patient/records', undefined, 'application/fhir+json');
  }

  async consents(): Promise<Consent[]> {
    return entries<Consent>(await this.#request('GET', '/patient/consents', undefined, 'application/fhir+json'));
  }

  async grantees(): Promise<Grantee[]> {
    return (await this.#request<{ grantees: Grantee[] }>('GET', '/patient/grantees')).grantees;
  }

  prepareConsent(request: { action: 'grant' | 'revoke'; grantee: string; purpose: string; expires?: string }): Promise<TypedData> {
    return this.#request('POST', '/patient/consents/$prepare', request);
  }

  relayConsent(primaryType: string, message: Record<string, unknown>, signature: string): Promise<Relayed> {
    return this.#request('POST', '/patient/consents', { primaryType, message, signature });
  }

  async accessLog(): Promise<AuditEvent[]> {
    return entries<AuditEvent>(await this.#request('GET', '/patient/access-log?_count=200', undefined, 'application/fhir+json'));
  }

  recovery(): Promise<RecoveryStatus> {
    return this.#request('GET', '/patient/recovery');
  }

  prepareRecoveryCancellation(): Promise<TypedData> {
    return this.#request('POST', '/patient/recovery/$prepare-cancel', {});
  }

  cancelRecovery(message: Record<string, unknown>, signature: string): Promise<Relayed> {
    return this.#request('POST', '/patient/recovery/$cancel', { primaryType: 'RecoveryCancellation', message, signature });
  }

  finalizeRecovery(pseudonym: string): Promise<Relayed & { controller: string }> {
    return this.#request('POST', '/patient/recovery/$finalize', { pseudonym });
  }

  prepareErasure(): Promise<TypedData> {
    return this.#request('POST', '/patient/erasure/$prepare', {});
  }

  erase(message: Record<string, unknown>, signature: string): Promise<Relayed & { holders: number }> {
    return this.#request('POST', '/patient/erasure', { message, signature });
  }

  async #request<T>(method: 'GET' | 'POST', path: string, body?: unknown, accept = 'application/json'): Promise<T> {
    const headers: Record<string, string> = { Accept: accept };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.#csrf) headers['X-CSRF-Token'] = this.#csrf;
    const response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) throw new ExchangeError(response.status, outcomeText(parsed) ?? `The exchange answered ${response.status}`);
    return parsed as T;
  }
}

function entries<T>(bundle: Bundle): T[] {
  return (bundle.entry ?? []).map((entry) => entry.resource as T);
}

function outcomeText(body: unknown): string | undefined {
  const outcome = body as OperationOutcome | undefined;
  if (outcome?.resourceType !== 'OperationOutcome') return undefined;
  const texts = outcome.issue.map((issue) => issue.diagnostics ?? issue.details?.text).filter((text): text is string => Boolean(text));
  return texts.length ? texts.join('; ') : undefined;
}
