import type { KMSClient } from '@aws-sdk/client-kms';
import { FetchRequest, JsonRpcProvider, NonceManager, isError } from 'ethers';
import type { Signer, TransactionRequest, TransactionResponse } from 'ethers';
import { chainConfigSchema, parseConfig } from '../../schemas/config.ts';
import type { ChainConfig, SignerReference } from '../../schemas/config.ts';
import { awsClients } from '../platform/aws-clients.ts';
import { backoffDelay, sleep } from '../platform/retry.ts';
import { KmsSigner, KmsSignerError } from './kms-signer.ts';

/**
 * The one place that connects to the chain: the JSON-RPC provider and the exchange's two signers,
 * built from the chain configuration (schemas/config.ts). No private key is ever in code or in
 * the environment: a signer is a reference.
 *
 * - `rpc-account:N` → the node's unlocked account N, signing through JSON-RPC
 *   (`eth_sendTransaction`). Locally anvil's account 0 holds the registry's DEFAULT_ADMIN_ROLE
 *   (ADMIN_SIGNER=rpc-account:0) and account 1 its OPERATOR_ROLE (OPERATOR_SIGNER=rpc-account:1).
 * - `kms:<key-id>` → an AWS KMS `ECC_SECG_P256K1` / `SIGN_VERIFY` key (key id, key ARN, alias
 *   name or alias ARN), signing locally built transactions with KMS `Sign` ({@link KmsSigner}):
 *   the private key never leaves KMS. The KMS client is the process's (`awsClients().kms`, so
 *   `AWS_ENDPOINT_URL_KMS` points it at the local KMS stand-in). The key is checked (GetPublicKey)
 *   when the signer is first used.
 *
 * Each signer is wrapped in an ethers NonceManager and its sends are serialised within the
 * process ({@link TransactionSender}), so concurrent requests get consecutive nonces without
 * asking the node for each. A send that fails before reaching the node resets the count, and a
 * "nonce too low" or "replacement underpriced" answer (another process sent from the same account)
 * resets and retries, up to NONCE_ATTEMPTS sends.
 * Processes sharing one signer account are only coordinated by that retry.
 */

/** Sends of one transaction when another sender from the same account took its nonce. */
const NONCE_ATTEMPTS = 4;
/** A short random pause between nonce retries, so that processes sharing the account do not keep colliding. */
const NONCE_BACKOFF = { baseMs: 60, maxMs: 400, jitter: 0.8 };

/** How long one JSON-RPC request may take (inside Lambda's 10 s and API Gateway's 30 s). */
const RPC_TIMEOUT_MS = 8_000;


/**
 * The provider for `config`. `staticNetwork` skips the chain id probe before every request;
 * `cacheTimeout: -1` turns off ethers' 250 ms answer cache (which hands out stale nonces and
 * block numbers on a fast chain); `batchMaxCount: 1` sends each request at once instead of
 * waiting 10 ms to batch it.
 */
export function createProvider(config: Pick<ChainConfig, 'CHAIN_RPC_URL' | 'CHAIN_ID'>): JsonRpcProvider {
  const request = new FetchRequest(config.CHAIN_RPC_URL);
  request.timeout = RPC_TIMEOUT_MS;
  return new JsonRpcProvider(request, config.CHAIN_ID, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: 1 });
}

/** The signer reference, or a configuration error for a function that was given none (it reads the chain, it does not write to it). */
function configuredSigner(reference: SignerReference | undefined, variable: string): SignerReference {
  if (!reference) throw new Error(`${variable} is not configured: this function does not send transactions`);
  return reference;
}

/**
 * The signer a reference names, connected to `provider`. `role` labels errors. For `kms:` the KMS
 * key is checked now (GetPublicKey: it must be an enabled ECC_SECG_P256K1 / SIGN_VERIFY key), so
 * that a misconfigured key fails here, labelled, and is retried on next use by TransactionSender.
 * `kms` defaults to the process's KMS client.
 */
export async function resolveSigner(provider: JsonRpcProvider, reference: SignerReference, role: string, kms?: KMSClient): Promise<Signer> {
  if (reference.kind === 'rpc-account') return provider.getSigner(reference.index);
  const signer = new KmsSigner(kms ?? awsClients().kms, reference.keyId, provider);
  try {
    await signer.getAddress();
  } catch (error) {
    if (error instanceof KmsSignerError) throw new KmsSignerError(`${role}: ${error.message}`, error.kmsErrorName);
    throw error;
  }
  return signer;
}

/**
 * Sends transactions from one account: one at a time until each is handed to the node (not
 * mined: waiting for receipts is concurrent), with the nonce from a NonceManager.
 */
export class TransactionSender {
  readonly #resolve: () => Promise<Signer>;
  #signer: Promise<NonceManager> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** `resolve` is called on first use, and again after it failed. */
  constructor(resolve: () => Promise<Signer>) {
    this.#resolve = resolve;
  }

  #nonceManager(): Promise<NonceManager> {
    this.#signer ??= this.#resolve().then(
      (inner) => new NonceManager(inner),
      (error: unknown) => {
        this.#signer = undefined;
        throw error;
      },
    );
    return this.#signer;
  }

  /**
   * Forgets the nonce count: the next send asks the node. For a transaction that was sent but
   * never mined (dropped, or stuck behind a gap), so that the next one does not queue behind it.
   */
  reset(): void {
    void this.#signer?.then((signer) => signer.reset(), () => undefined);
  }

  async address(): Promise<string> {
    return (await this.#nonceManager()).getAddress();
  }

  /**
   * Sends `tx` (gas estimated first, so that a revert surfaces before a nonce is taken, with
   * the revert data in `error.data`).
   */
  send(tx: TransactionRequest): Promise<TransactionResponse> {
    const sending = this.#queue.then(() => this.#send(tx));
    this.#queue = sending.catch(() => undefined);
    return sending;
  }

  async #send(tx: TransactionRequest): Promise<TransactionResponse> {
    const signer = await this.#nonceManager();
    const from = await signer.getAddress();
    const provider = signer.provider!;
    const gasLimit = tx.gasLimit ?? ((await provider.estimateGas({ ...tx, from })) * 12n) / 10n;
    for (let attempt = 1; ; attempt++) {
      try {
        return await signer.sendTransaction({ ...tx, from, gasLimit });
      } catch (error) {
        // Whether or not the node saw it, the count may be off now: ask the node next time.
        signer.reset();
        // Another process sending from the same account took this nonce (mined, or pending in the
        // pool): ask the node again and retry, a few times, with a short random pause so that the
        // processes do not keep colliding.
        if (attempt < NONCE_ATTEMPTS && (isError(error, 'NONCE_EXPIRED') || isError(error, 'REPLACEMENT_UNDERPRICED'))) {
          await sleep(backoffDelay(attempt, NONCE_BACKOFF));
          continue;
        }
        throw error;
      }
    }
  }
}

export interface ChainClient {
  config: ChainConfig;
  provider: JsonRpcProvider;
  /** The relayer (OPERATOR_ROLE on the registry). */
  operator: TransactionSender;
  /** The exchange admin (DEFAULT_ADMIN_ROLE on the registry). */
  admin: TransactionSender;
  destroy(): void;
}

export function createChainClient(config: ChainConfig): ChainClient {
  const provider = createProvider(config);
  return {
    config,
    provider,
    operator: new TransactionSender(() => resolveSigner(provider, configuredSigner(config.OPERATOR_SIGNER, 'OPERATOR_SIGNER'), 'OPERATOR_SIGNER')),
    admin: new TransactionSender(() => resolveSigner(provider, configuredSigner(config.ADMIN_SIGNER, 'ADMIN_SIGNER'), 'ADMIN_SIGNER')),
    destroy: () => provider.destroy(),
  };
}

let shared: ChainClient | undefined;

/** The process's chain client, from the environment on first use (one NonceManager per account per process). */
export function chainClient(): ChainClient {
  shared ??= createChainClient(parseConfig(chainConfigSchema));
  return shared;
}

/** Closes the process's chain client (the local stack, on stop). */
export function closeChainClient(): void {
  shared?.destroy();
  shared = undefined;
}
