import { GenerateMacCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { Identifier, Patient } from 'fhir/r4.d.ts';
import { awsClients } from '../../platform/aws-clients.ts';
import { isTransientAwsError } from '../../platform/retry.ts';
import { parseConfig, pseudonymConfigSchema, type PseudonymConfig } from '../../../schemas/config.ts';

/**
 * Patient pseudonyms: the name under which the exchange files a patient's object.
 *
 * A pseudonym is HMAC-SHA256, under an exchange secret, of the patient's normalised linking
 * identifier (`system|value`, from a system configured to link one person across providers, by
 * default the US SSN): the same person sent by two providers gets the same pseudonym. The secret
 * is an HMAC_256 KMS key used only through GenerateMac; it never leaves KMS, so it is in no code,
 * environment variable, log or chain record, and neither is any identifier: without the key a
 * pseudonym cannot be recomputed from a guessed SSN (a plain SHA-256 of a nine-digit number is
 * reversed by trying all 10^9 of them).
 *
 * A patient with no linking identifier gets a provider-scoped pseudonym: the HMAC of the
 * provider's id and the provider's own reference to the patient. The two kinds of message start
 * with different domain-separation prefixes, so a provider-scoped pseudonym can never equal a
 * linking one, whatever the ids.
 *
 * Errors and logs never carry identifiers, references or pseudonyms.
 */

export const US_SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn';

/** Domain separation: what the HMAC input is, versioned. Neither prefix is a prefix of the other. */
export const LINKING_PREFIX = 'fhir-exchange:patient-pseudonym:v1:linking-identifier\u0000';
export const PROVIDER_SCOPED_PREFIX = 'fhir-exchange:patient-pseudonym:v1:provider-scoped\u0000';
/** The key id of a provider's own partition (shared resources): never a patient's pseudonym. */
export const PROVIDER_PARTITION_PREFIX = 'fhir-exchange:patient-pseudonym:v1:provider-partition\u0000';

/** Largest KMS GenerateMac message (API reference: 1 to 4096 bytes). */
const MAX_MESSAGE_BYTES = 4096;

export class PseudonymError extends Error {
  override name = 'PseudonymError';
}

/** KMS could not compute a pseudonym. `transient`: throttled or unavailable, worth retrying. */
export class PseudonymUnavailableError extends Error {
  override name = 'PseudonymUnavailableError';
  readonly transient: boolean;
  constructor(kmsErrorName: string, transient: boolean) {
    super(`KMS GenerateMac failed (${kmsErrorName})`);
    this.transient = transient;
  }
}


/**
 * SSNs that are structurally never issued (area 000 or 666, group 00, serial 0000: SSA, "Social
 * Security Number Randomization") or are well-known placeholders. Registration systems fill these in
 * when the real number is unknown; linking on them would merge unrelated people. Area 900-999 is
 * not refused: never issued as an SSN either, it is what synthetic data (Synthea) uses throughout,
 * and an ITIN recorded as an SSN still names one person.
 */
function isPlaceholderSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return true;
  if (/^(\d)\1{8}$/.test(digits)) return true; // 111111111, 999999999...
  return digits === '123456789' || digits === '987654321';
}

/**
 * The normalised `system|value` of an identifier, or undefined when it cannot link anyone.
 *
 * - Both parts are trimmed; an empty part is refused.
 * - The system is compared exactly (case-sensitive), as FHIR compares URIs: no case folding, no
 *   trailing-slash or `urn:oid:` rewriting. Configure every system spelling that should link.
 * - The value is kept as given, except for the US SSN (`http://hl7.org/fhir/sid/us-ssn`), where
 *   dashes and white space are removed and exactly nine digits must remain (`999-33-5538`,
 *   `999 33 5538` and `999335538` are one SSN), and placeholders (see isPlaceholderSsn) are refused.
 */
export function normaliseIdentifier(system: string, value: string): string | undefined {
  const trimmedSystem = system.trim();
  let trimmedValue = value.trim();
  if (trimmedSystem === '' || trimmedValue === '') return undefined;
  if (trimmedSystem === US_SSN_SYSTEM) {
    trimmedValue = trimmedValue.replace(/[\s-]/g, '');
    if (!/^\d{9}$/.test(trimmedValue) || isPlaceholderSsn(trimmedValue)) return undefined;
  }
  return `${trimmedSystem}|${trimmedValue}`;
}

export interface LinkingIdentifier {
  system: string;
  /** The normalised `system|value`. */
  normalised: string;
}

/**
 * The identifier that links this patient across providers: the first configured system (in
 * configuration order) for which the patient has a usable identifier; within one system, the
 * patient's first such identifier. An identifier with `use: 'old'` (no longer valid) or whose
 * value does not normalise (a malformed or placeholder SSN) is passed over.
 */
export function linkingIdentifier(patient: Pick<Patient, 'identifier'>, linkingSystems: readonly string[]): LinkingIdentifier | undefined {
  const identifiers: Identifier[] = Array.isArray(patient.identifier) ? patient.identifier : [];
  for (const system of linkingSystems) {
    for (const identifier of identifiers) {
      if (typeof identifier?.system !== 'string' || typeof identifier.value !== 'string' || identifier.use === 'old') continue;
      if (identifier.system.trim() !== system) continue;
      const normalised = normaliseIdentifier(identifier.system, identifier.value);
      if (normalised !== undefined) return { system, normalised };
    }
  }
  return undefined;
}

export interface PatientPseudonym {
  pseudonym: string;
  /** `linked`: from a linking identifier, the same at every provider; `provider`: this provider only. */
  scope: 'linked' | 'provider';
}

export interface PseudonymServiceOptions {
  kms: KMSClient;
  /** The HMAC_256 KMS key (id, ARN or alias). */
  keyId: string;
  /** Systems whose identifiers link a person across providers, in order of preference. */
  linkingSystems?: readonly string[];
  /** Most pseudonyms kept in memory (least recently used dropped first). */
  cacheSize?: number;
}

/**
 * Computes pseudonyms with KMS GenerateMac (HMAC_SHA_256), caching them in memory so that KMS sees
 * one call per distinct identifier per process (concurrent requests for one identifier share the
 * call). The cache is bounded (LRU) and lives only in this process's memory.
 */
export class PseudonymService {
  private readonly kms: KMSClient;
  private readonly keyId: string;
  private readonly linkingSystems: readonly string[];
  private readonly cacheSize: number;
  private readonly cache = new Map<string, Promise<string>>();

  constructor(options: PseudonymServiceOptions) {
    this.kms = options.kms;
    this.keyId = options.keyId;
    this.linkingSystems = options.linkingSystems ?? [US_SSN_SYSTEM];
    this.cacheSize = options.cacheSize ?? 10_000;
    if (!Number.isInteger(this.cacheSize) || this.cacheSize < 1) throw new PseudonymError('cacheSize must be a positive integer');
  }

  /** The linking pseudonym of an identifier. Throws PseudonymError if the identifier does not normalise. */
  forIdentifier(system: string, value: string): Promise<string> {
    const normalised = normaliseIdentifier(system, value);
    if (normalised === undefined) return Promise.reject(new PseudonymError('The identifier cannot be used for linking (empty, or not a valid value for its system)'));
    return this.mac(LINKING_PREFIX + normalised);
  }

  /**
   * The provider-scoped pseudonym of a patient known only by the provider's own reference to it
   * (for example `Patient/123`, or the bundle fullUrl). The provider id may not contain `|`, so
   * that the message splits one way only.
   */
  providerScoped(providerId: string, patientReference: string): Promise<string> {
    if (providerId === '' || providerId.includes('|')) return Promise.reject(new PseudonymError('The provider id must be non-empty and contain no "|"'));
    if (patientReference === '') return Promise.reject(new PseudonymError('The patient reference must be non-empty'));
    return this.mac(`${PROVIDER_SCOPED_PREFIX}${providerId}|${patientReference}`);
  }

  /**
   * The branch key id of a provider's own partition, where its shared resources (Organization,
   * Practitioner, Location...) are sealed. Domain-separated from every patient pseudonym.
   */
  providerPartition(providerId: string): Promise<string> {
    if (providerId === '') return Promise.reject(new PseudonymError('The provider id must be non-empty'));
    return this.mac(PROVIDER_PARTITION_PREFIX + providerId);
  }

  /** The pseudonym for a Patient sent by a provider: linked if it has a linking identifier, else provider-scoped. */
  async forPatient(patient: Pick<Patient, 'identifier'>, providerId: string, patientReference: string): Promise<PatientPseudonym> {
    const linking = linkingIdentifier(patient, this.linkingSystems);
    if (linking) return { pseudonym: await this.mac(LINKING_PREFIX + linking.normalised), scope: 'linked' };
    return { pseudonym: await this.providerScoped(providerId, patientReference), scope: 'provider' };
  }

  private mac(message: string): Promise<string> {
    const cached = this.cache.get(message);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.cache.delete(message);
      this.cache.set(message, cached);
      return cached;
    }
    const bytes = new TextEncoder().encode(message);
    if (bytes.length > MAX_MESSAGE_BYTES) return Promise.reject(new PseudonymError('The pseudonym input is longer than KMS GenerateMac accepts'));
    const pending = this.generate(bytes);
    this.cache.set(message, pending);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    // A failure is not cached: the next request asks KMS again.
    pending.catch(() => {
      if (this.cache.get(message) === pending) this.cache.delete(message);
    });
    return pending;
  }

  private async generate(message: Uint8Array): Promise<string> {
    let mac: Uint8Array | undefined;
    try {
      ({ Mac: mac } = await this.kms.send(new GenerateMacCommand({ KeyId: this.keyId, Message: message, MacAlgorithm: 'HMAC_SHA_256' })));
    } catch (error) {
      // The KMS error names the key and the failure, never the message; keep only its name.
      const name = (error as Error)?.name ?? 'unknown error';
      throw new PseudonymUnavailableError(name, isTransientAwsError(error));
    }
    if (!mac || mac.length !== 32) throw new PseudonymError('KMS GenerateMac returned no 32-byte HMAC-SHA-256');
    return Buffer.from(mac).toString('hex');
  }
}

/** The service configured from the environment (pseudonymConfigSchema) with the process's KMS client. */
export function pseudonymServiceFromEnv(env: NodeJS.ProcessEnv = process.env, kms: KMSClient = awsClients().kms): PseudonymService {
  const config: PseudonymConfig = parseConfig(pseudonymConfigSchema, env);
  return new PseudonymService({ kms, keyId: config.PSEUDONYM_KMS_KEY_ID, linkingSystems: config.LINKING_IDENTIFIER_SYSTEMS });
}
