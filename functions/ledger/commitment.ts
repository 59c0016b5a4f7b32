/**
 * Salted commitments to stored FHIR resources: the values that the ledger anchors on chain
 * (as leaves of a Merkle tree, see merkle-tree.ts).
 *
 * A commitment is
 *
 *     commitment = SHA-256( salt ‖ UTF-8( JCS(resource) ) )
 *
 * where the hashed bytes are exactly, in this order and with nothing in between:
 *   1. the 32 salt bytes (a fresh `newSalt()` per stored resource version), then
 *   2. the UTF-8 encoding of the RFC 8785 (JSON Canonicalization Scheme) text of the resource:
 *      no BOM, no whitespace, no trailing newline, no length prefix or separator. The salt has a
 *      fixed length, so the concatenation is unambiguous.
 * The result is written as `0x` followed by 64 lowercase hex digits (a bytes32 for the chain).
 *
 * Why salted: the salt lives only inside the encrypted stored object. Without it a commitment
 * cannot be confirmed by guessing likely resource contents (a FHIR resource is highly guessable),
 * and once the keys are erased the on-chain value is unlinkable to the person. No PHI and no salt
 * ever goes on chain.
 *
 * What is committed is the JSON *data model* value (the resource as parsed), not the original
 * text: `{"value": 1.50}` and `{"value":1.5}` canonicalise identically (JCS serialises numbers as
 * ECMAScript does), and numbers are IEEE-754 doubles (I-JSON). `$verify` must therefore recompute
 * the commitment from the decrypted resource as stored, and canonicalJson is deterministic for it
 * whatever the order of its object members.
 *
 * Canonicalisation is done by the `canonicalize` package (by an RFC 8785 author). Before handing
 * it a value, canonicalJson checks that the value is plain JSON data, because `canonicalize`
 * follows JSON.stringify's leniency in places (functions and symbols silently dropped or turned
 * into null, toJSON() and boxed primitives honoured, array holes become null), which would make
 * different in-memory values commit to the same bytes. Rejected, with an error naming the path:
 *   - non-finite numbers (NaN, ±Infinity): RFC 8785 §3.2.2.3 requires an error;
 *   - strings or member names with lone surrogates: RFC 8785 §3.2.2.2 requires an error;
 *   - bigint, symbol, function values; `undefined` at the top level or as an array element
 *     (including holes in sparse arrays);
 *   - objects other than arrays and plain objects (Date, Map, Set, Buffer, typed arrays, boxed
 *     primitives, class instances) and member values that are functions (so also `toJSON`);
 *   - cycles.
 * An object member whose value is `undefined` is omitted, as JSON.stringify (and so storage)
 * omits it; that keeps the commitment of an in-memory resource equal to that of its stored copy.
 */
import { createHash, getRandomValues, randomBytes, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Length of a commitment salt, in bytes. */
export const SALT_BYTES = 32;

const COMMITMENT_RE = /^0x[0-9a-fA-F]{64}$/;

/** A value that RFC 8785 cannot represent, with the JSON path (`$`, `$.a[0]`) where it was found. */
export class CanonicalJsonError extends TypeError {
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`canonicalJson: ${problem} at ${path}; RFC 8785 (JCS) can only canonicalise JSON data`);
    this.name = 'CanonicalJsonError';
    this.path = path;
  }
}

/** `$.name` for identifier-like member names, `$["odd name"]` otherwise. */
function memberPath(parent: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function kindOf(value: object): string {
  const ctor = (value as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' && ctor.name !== '' ? ctor.name : 'exotic object';
}

/**
 * Throws CanonicalJsonError unless `value` is plain JSON data that RFC 8785 can represent
 * (see the module documentation). `ancestors` holds the containers on the current path; `at` is
 * that path as member names and indices, made into a string only for an error.
 */
function assertJsonData(value: unknown, at: (string | number)[], ancestors: Set<object>): void {
  switch (typeof value) {
    case 'boolean':
      return;
    case 'string':
      if (!value.isWellFormed()) throw new CanonicalJsonError(pathOf(at), 'string with a lone surrogate (RFC 8785 §3.2.2.2)');
      return;
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalJsonError(pathOf(at), `non-finite number ${String(value)} (RFC 8785 §3.2.2.3)`);
      }
      return;
    case 'undefined':
      throw new CanonicalJsonError(pathOf(at), 'undefined value');
    case 'bigint':
      throw new CanonicalJsonError(pathOf(at), 'bigint value (JSON numbers are IEEE-754 doubles; use a number or a string)');
    case 'symbol':
      throw new CanonicalJsonError(pathOf(at), 'symbol value');
    case 'function':
      throw new CanonicalJsonError(pathOf(at), 'function value');
    case 'object':
      break;
  }
  if (value === null) return;
  if (ancestors.has(value)) throw new CanonicalJsonError(pathOf(at), 'circular reference');
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      // A hole reads as undefined and is rejected like an explicit undefined element.
      at.push(i);
      assertJsonData(value[i], at, ancestors);
      at.pop();
    }
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new CanonicalJsonError(pathOf(at), `${kindOf(value)} object (only plain objects and arrays are JSON data)`);
    }
    for (const key of Object.keys(value)) {
      at.push(key);
      if (!key.isWellFormed()) throw new CanonicalJsonError(pathOf(at), 'member name with a lone surrogate (RFC 8785 §3.2.2.2)');
      const member: unknown = (value as Record<string, unknown>)[key];
      // An undefined member is omitted, as JSON.stringify omits it.
      if (member !== undefined) assertJsonData(member, at, ancestors);
      at.pop();
    }
  }
  ancestors.delete(value);
}

/** `$.name[0]["odd name"]` for a path of member names and indices. */
function pathOf(at: readonly (string | number)[]): string {
  let path = '$';
  for (const part of at) path = typeof part === 'number' ? `${path}[${part}]` : memberPath(path, part);
  return path;
}

/**
 * The RFC 8785 (JCS) canonical JSON text of `value`: object members sorted by the UTF-16 code
 * units of their names, no whitespace, strings escaped and numbers written as ECMAScript's
 * JSON.stringify / Number.prototype.toString do (-0 → `0`, 1e21 → `1e+21`, 1E-7 → `1e-7`).
 * Throws CanonicalJsonError for values that are not JSON data (see the module documentation).
 */
export function canonicalJson(value: unknown): string {
  assertJsonData(value, [], new Set());
  const text = canonicalize(value);
  // Unreachable after the check above (only undefined/function/symbol canonicalise to undefined).
  if (typeof text !== 'string') throw new CanonicalJsonError('$', 'value without a JSON representation');
  return text;
}

/** 32 fresh random bytes (node:crypto CSPRNG) to salt one commitment. */
export function newSalt(): Uint8Array {
  return getRandomValues(new Uint8Array(SALT_BYTES));
}

/** `count` salts of 32 fresh random bytes each, drawn from the CSPRNG in one call (views of one buffer, none shared). */
export function newSalts(count: number): Uint8Array[] {
  const pool = randomBytes(count * SALT_BYTES);
  return Array.from({ length: count }, (_, i) => pool.subarray(i * SALT_BYTES, (i + 1) * SALT_BYTES));
}

function assertSalt(salt: Uint8Array): void {
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_BYTES) {
    throw new TypeError(`commitment salt must be a Uint8Array of ${SALT_BYTES} bytes`);
  }
}

/** SHA-256(salt ‖ UTF-8(canonicalJson(resource))) as 32 raw bytes. */
function commitmentDigest(salt: Uint8Array, resource: unknown): Buffer {
  return canonicalDigest(salt, canonicalJson(resource));
}

function canonicalDigest(salt: Uint8Array, canonicalText: string): Buffer {
  assertSalt(salt);
  // canonicalJson rejected lone surrogates, so this UTF-8 encoding is lossless.
  return createHash('sha256').update(salt).update(canonicalText, 'utf8').digest();
}

/**
 * The commitment of a resource whose canonical JSON text (`canonicalJson(resource)`) the caller
 * already has: the same value as `commitment(salt, resource)` without canonicalising twice.
 */
export function commitmentOfCanonical(salt: Uint8Array, canonicalText: string): string {
  return `0x${canonicalDigest(salt, canonicalText).toString('hex')}`;
}

/**
 * The salted commitment to `resource`: `0x` + 64 lowercase hex digits of
 * SHA-256(salt ‖ UTF-8(RFC 8785 canonical JSON of resource)). `salt` must be 32 bytes.
 * Throws CanonicalJsonError if the resource is not JSON data.
 */
export function commitment(salt: Uint8Array, resource: unknown): string {
  return `0x${commitmentDigest(salt, resource).toString('hex')}`;
}

/**
 * Whether `expected` is the commitment of `resource` under `salt`, compared in constant time.
 * `expected` must be `0x` + 64 hex digits (either case); anything else throws TypeError, as do a
 * salt that is not 32 bytes and a resource that is not JSON data.
 */
export function verifyCommitment(salt: Uint8Array, resource: unknown, expected: string): boolean {
  if (typeof expected !== 'string' || !COMMITMENT_RE.test(expected)) {
    throw new TypeError('expected commitment must be 0x followed by 64 hex digits');
  }
  const actual = commitmentDigest(salt, resource);
  return timingSafeEqual(actual, Buffer.from(expected.slice(2), 'hex'));
}
