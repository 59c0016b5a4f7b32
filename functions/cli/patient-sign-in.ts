import { SiweMessage } from 'siwe';

/**
 * The client side of a patient's Sign-In with Ethereum (EIP-4361), as the CLI (and any other
 * client of the patient API) does it: `GET /patient/config` for the domain, URI, chain id and
 * statement, `GET /patient/auth/nonce`, the message built with the `siwe` library and signed by
 * the wallet (EIP-191 personal_sign), then `POST /patient/auth/siwe` for the session.
 */

export interface SignInConfig {
  chainId: number;
  domain: string;
  uri: string;
  statement: string;
}

/** A patient session as `POST /patient/auth/siwe` answers it. */
export interface PatientSessionAnswer {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
  address: string;
  csrf_token: string;
}

/** What signs: an ethers Wallet, or anything with an address and EIP-191 signing. */
export interface MessageSigner {
  address: string;
  signMessage(message: string): Promise<string>;
}

/** The EIP-4361 message a wallet signs to sign in to the exchange described by `config`. */
export function signInMessage(config: SignInConfig, address: string, nonce: string, issuedAt = new Date()): string {
  return new SiweMessage({
    domain: config.domain,
    address,
    statement: config.statement,
    uri: config.uri,
    version: '1',
    chainId: config.chainId,
    nonce,
    issuedAt: issuedAt.toISOString(),
  }).prepareMessage();
}

/** A JSON call to the patient API: the status and the parsed body. */
export type PatientApiCall = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

export class SignInFailed extends Error {
  override name = 'SignInFailed';
  readonly status: number;
  readonly path: string;
  readonly body: unknown;
  constructor(path: string, status: number, body: unknown) {
    super(`${path} answered HTTP ${status}`);
    this.status = status;
    this.path = path;
    this.body = body;
  }
}

/** Signs in with `signer` through `call`; throws SignInFailed with the exchange's answer on any refusal. */
export async function signInWithEthereum(call: PatientApiCall, signer: MessageSigner): Promise<PatientSessionAnswer> {
  const expectOk = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const answer = await call(method, path, body);
    if (answer.status !== 200) throw new SignInFailed(path, answer.status, answer.body);
    return answer.body as Record<string, unknown>;
  };
  const [config, nonce] = await Promise.all([expectOk('GET', '/patient/config'), expectOk('GET', '/patient/auth/nonce')]);
  const message = signInMessage(config as unknown as SignInConfig, signer.address, String(nonce['nonce']));
  const signature = await signer.signMessage(message);
  return (await expectOk('POST', '/patient/auth/siwe', { message, signature })) as unknown as PatientSessionAnswer;
}
