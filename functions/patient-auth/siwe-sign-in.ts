import { randomBytes } from 'node:crypto';
import type { Provider } from 'ethers';
import { Signature, getAddress } from 'ethers';
import { SiweMessage } from 'siwe';
import { unauthorized } from '../fhir/outcomes.ts';
import type { OneTimeCodes } from '../consent/one-time-codes.ts';

/**
 * Sign-In with Ethereum (EIP-4361, https://eips.ethereum.org/EIPS/eip-4361) for patients.
 *
 * The exchange hands out a nonce (single use, a few minutes, kept server-side in the one-time code
 * table by its SHA-256 only); the wallet signs an EIP-4361 message naming the exchange's domain
 * (`host[:port]`) and origin as URI, the exchange's chain id and that nonce; the exchange parses it
 * with the `siwe` library (its ABNF grammar), checks everything EIP-4361 §"Verifying a message"
 * asks of a relying party (scheme and domain, URI, chain id, nonce, issued-at, expiration and
 * not-before, the signature: EOA by recovery, contract wallets by ERC-1271 `isValidSignature` on
 * the chain) and only then takes the nonce, once. Every failure is a 401 that says which check
 * failed and echoes nothing of the message.
 */

/** The statement shown in the wallet (EIP-4361 `statement`). */
export const SIGN_IN_STATEMENT = 'Sign in to fhir-exchange to see who holds your health records, your records, your consents and who looked at them.';

/** Clock skew allowed on `Issued At` and `Not Before`. */
const SKEW_MS = 60_000;
/** Crockford's base32 (no I, L, O, U): alphanumeric as EIP-4361 requires. 20 characters: 100 bits. */
const NONCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_MESSAGE_CHARS = 4096;

/** A fresh nonce: 20 alphanumeric characters (EIP-4361 asks for at least 8). */
export function newNonce(): string {
  return [...randomBytes(20)].map((byte) => NONCE_ALPHABET[byte & 31]).join('');
}

export async function issueNonce(codes: OneTimeCodes, ttlSeconds: number): Promise<{ nonce: string; expiresAt: Date }> {
  const issued = await codes.issue('siwe-nonce', {}, ttlSeconds, newNonce());
  return { nonce: issued.code, expiresAt: issued.expiresAt };
}

/** What a sign-in message must be bound to. */
export interface SignInExpectation {
  /** The origins a patient may sign in from (the exchange's own first). */
  origins: readonly string[];
  chainId: number;
  /** How long a nonce lives: an older `Issued At` cannot go with a live nonce. */
  nonceTtlSeconds: number;
  now?: Date;
}

export interface SignInDeps {
  codes: OneTimeCodes;
  /** For ERC-1271 contract wallets (eth_call `isValidSignature`); without it only EOAs sign in. */
  provider?: Provider;
}

const refused = (text: string) => unauthorized(`Sign-in refused: ${text}`);

/** The domain (`host[:port]`) and URI a page at `origin` puts in its message. */
export function siweBinding(origin: string): { domain: string; uri: string; scheme: string } {
  const url = new URL(origin);
  return { domain: url.host, uri: url.origin, scheme: url.protocol.replace(/:$/, '') };
}

/** Checks a signed EIP-4361 message and takes its nonce; the checksummed address it signs in. */
export async function verifySignIn(deps: SignInDeps, expected: SignInExpectation, message: unknown, signature: unknown): Promise<{ address: string; message: SiweMessage }> {
  if (typeof message !== 'string' || message.length === 0 || message.length > MAX_MESSAGE_CHARS) throw refused('message must be the EIP-4361 text that was signed');
  if (typeof signature !== 'string' || !/^0x([0-9a-fA-F]{2}){65,4096}$/.test(signature)) throw refused('signature must be hex bytes (0x…), at least 65 bytes');
  // A 65-byte signature is an ECDSA signature: one that does not parse is refused here, not logged by the library.
  if (signature.length === 132) {
    try {
      Signature.from(signature);
    } catch {
      throw refused('the signature is not a valid ECDSA signature');
    }
  }
  let siwe: SiweMessage;
  try {
    siwe = new SiweMessage(message);
  } catch {
    throw refused('the message is not an EIP-4361 (Sign-In with Ethereum) message');
  }
  const now = expected.now ?? new Date();
  const origin = expected.origins.find((candidate) => {
    const binding = siweBinding(candidate);
    return binding.domain === siwe.domain && (siwe.scheme === undefined || siwe.scheme === binding.scheme);
  });
  if (!origin) throw refused("the message's domain is not this exchange's");
  let uri: URL | undefined;
  try {
    uri = new URL(siwe.uri);
  } catch {
    uri = undefined;
  }
  if (!uri || uri.origin !== siweBinding(origin).uri) throw refused("the message's URI is not this exchange's origin");
  if (siwe.chainId !== expected.chainId) throw refused(`the message's chain id is not this exchange's chain (${expected.chainId})`);
  const issuedAt = Date.parse(siwe.issuedAt ?? '');
  if (!Number.isFinite(issuedAt) || issuedAt > now.getTime() + SKEW_MS || issuedAt < now.getTime() - expected.nonceTtlSeconds * 1000 - SKEW_MS) {
    throw refused("the message's Issued At is not within the nonce's lifetime");
  }
  if (siwe.expirationTime !== undefined && !(Date.parse(siwe.expirationTime) > now.getTime())) throw refused('the message has expired');
  if (siwe.notBefore !== undefined && !(Date.parse(siwe.notBefore) <= now.getTime() + SKEW_MS)) throw refused('the message is not valid yet');

  const verified = await siwe.verify(
    { signature, domain: siwe.domain, nonce: siwe.nonce, time: now.toISOString(), ...(siwe.scheme ? { scheme: siwe.scheme } : {}) },
    { suppressExceptions: true, ...(deps.provider ? { provider: deps.provider as never } : {}) },
  );
  if (!verified.success) throw refused(verified.error?.type === 'Expired message.' ? 'the message has expired' : 'the signature is not the address\'s over this message');
  // Last, and once: of two requests with the same nonce exactly one gets this far.
  if (!(await deps.codes.redeem('siwe-nonce', siwe.nonce))) throw refused('the nonce is unknown, used already or expired: ask for a new one');
  return { address: getAddress(siwe.address), message: siwe };
}
