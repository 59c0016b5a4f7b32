import { parseConfig, pseudonymConfigSchema } from '../../../schemas/config.ts';
import { badRequest } from '../../fhir/outcomes.ts';
import { awsClients } from '../../platform/aws-clients.ts';
import { PseudonymService, normaliseIdentifier } from './patient-pseudonym.ts';

/**
 * A person named across providers: a request's `identifier=system|value` in one of the linking
 * identifier systems the exchange links patients by (the US SSN by default), turned into the
 * person's pseudonym (an HMAC under a KMS key). `$locate`, cross-provider `$everything` and a
 * person's erasure find people this way; the identifier itself is never logged, stored or echoed.
 */

/** The one `identifier` parameter of a query string, as `system|value` (400 otherwise, naming it). */
export function identifierParameter(rawQueryString: string | undefined, operation: string): { system: string; value: string } {
  const values = new URLSearchParams(rawQueryString ?? '').getAll('identifier');
  if (values.length !== 1) throw badRequest(`${operation} needs exactly one identifier parameter (identifier=system|value)`, 'identifier');
  return splitIdentifier(values[0]!);
}

/** `system|value` split in two (400 when either part is missing). */
export function splitIdentifier(text: string): { system: string; value: string } {
  const bar = text.indexOf('|');
  if (bar < 0) throw badRequest('The identifier must be system|value', 'identifier');
  const system = text.slice(0, bar).trim();
  const value = text.slice(bar + 1).trim();
  if (system === '' || value === '') throw badRequest('The identifier must be system|value, with neither part empty', 'identifier');
  return { system, value };
}

export class PersonIdentifiers {
  readonly service: PseudonymService;
  readonly linkingSystems: readonly string[];

  constructor(service: PseudonymService, linkingSystems: readonly string[]) {
    this.service = service;
    this.linkingSystems = linkingSystems;
  }

  /** The pseudonym of the person `system|value` names; 400 when the system is not a linking one or the value is not valid for it. */
  async pseudonymOf(identifier: { system: string; value: string }): Promise<string> {
    if (!this.linkingSystems.includes(identifier.system)) {
      throw badRequest(`The identifier system is not one the exchange links patients by (${this.linkingSystems.join(', ')})`, 'identifier');
    }
    if (normaliseIdentifier(identifier.system, identifier.value) === undefined) throw badRequest('The identifier value is not valid for its system', 'identifier');
    return this.service.forIdentifier(identifier.system, identifier.value);
  }
}

let shared: PersonIdentifiers | undefined;

/** The process's lookup, configured from the environment on first use (pseudonymConfigSchema). */
export function personIdentifiers(): PersonIdentifiers {
  if (!shared) {
    const config = parseConfig(pseudonymConfigSchema);
    shared = new PersonIdentifiers(new PseudonymService({ kms: awsClients().kms, keyId: config.PSEUDONYM_KMS_KEY_ID, linkingSystems: config.LINKING_IDENTIFIER_SYSTEMS }), config.LINKING_IDENTIFIER_SYSTEMS);
  }
  return shared;
}
