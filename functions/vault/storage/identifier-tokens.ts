import { createHmac } from 'node:crypto';
import type { Identifier } from 'fhir/r4.d.ts';

/**
 * Keyed tokens of resource identifiers, so that the catalog can answer "which of this provider's
 * Practitioners has NPI 123?" (conditional references, `ifNoneExist`, conditional updates) without
 * holding any identifier in clear, nor a plain hash of one (an MRN or SSN has too few values for
 * an unkeyed hash to hide it).
 *
 * token = HMAC-SHA256(key, type NUL system NUL value), hex. The key is a 256-bit secret of the
 * exchange, kept only as a KMS ciphertext in the keys table and unwrapped into memory once per
 * cold start (functions/access/wrapped-secret.ts), so tokens cost no KMS call each.
 *
 * Which resources get tokens: Patient and the types outside the Patient compartment (Organization,
 * Practitioner, Location...): the targets of conditional references in practice. Tokens of other
 * types (an Encounter's identifiers) would cost a catalog write per resource and serve no lookup.
 */

export const IDENTIFIER_TOKEN_SECRET = 'vault-identifier-tokens';

export class IdentifierTokens {
  readonly #key: Uint8Array;

  constructor(key: Uint8Array) {
    if (key.length !== 32) throw new Error('The identifier token key must be 32 bytes');
    this.#key = key;
  }

  token(type: string, system: string, value: string): string {
    return createHmac('sha256', this.#key).update(`${type}\u0000${system}\u0000${value}`).digest('hex');
  }

  /** The tokens of a resource's identifiers that have both a system and a value (distinct, in order). */
  tokensOf(type: string, identifiers: readonly Identifier[] | undefined): string[] {
    const tokens = new Set<string>();
    for (const identifier of identifiers ?? []) {
      if (typeof identifier?.system === 'string' && typeof identifier.value === 'string' && identifier.value !== '') {
        tokens.add(this.token(type, identifier.system, identifier.value));
      }
    }
    return [...tokens];
  }
}
