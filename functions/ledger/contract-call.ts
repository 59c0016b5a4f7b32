import { isError } from 'ethers';
import type { Interface, TransactionReceipt, TransactionResponse } from 'ethers';
import { OperationOutcomeError, conflict, issue, outcome } from '../fhir/outcomes.ts';
import type { TransactionSender } from './chain-client.ts';

/**
 * What every contract adapter does around one transaction: find the contract's custom error in a
 * failure, send, wait for one confirmation within Lambda's budget, and say what happened in
 * OperationOutcome terms when it went wrong.
 */

/** How long a transaction may take to be mined (inside Lambda's 10 s timeout). */
export const TX_WAIT_MS = 8_000;

export interface ContractRevert {
  name: string;
  args: readonly unknown[];
}

/**
 * The contract's custom error in a failed call or gas estimate, decoded through `iface`. ethers
 * decodes custom errors of static calls only; for sends the revert data is in `error.data` (or in
 * the node's own error).
 */
export function parseContractRevert(iface: Interface, error: unknown): ContractRevert | undefined {
  const e = error as { data?: unknown; info?: { error?: { data?: unknown } }; error?: { data?: unknown } } | undefined;
  const data = [e?.data, e?.info?.error?.data, e?.error?.data].find((candidate): candidate is string => typeof candidate === 'string' && /^0x[0-9a-fA-F]{8}/.test(candidate));
  if (!data) return undefined;
  try {
    const parsed = iface.parseError(data);
    return parsed ? { name: parsed.name, args: [...parsed.args] } : undefined;
  } catch {
    return undefined;
  }
}

export interface ConfirmedTransaction {
  transactionHash: string;
  blockNumber: number;
  receipt: TransactionReceipt;
}

/**
 * Sends `data` to `to` from `sender` and waits for one confirmation. A failure to send goes
 * through `translate` (the contract's custom errors become outcomes); a transaction mined but
 * reverted is a 409 (the state changed between the estimate and the block); one not mined in time
 * is a 504 that names the transaction. `what` labels messages ("the consent grant").
 */
export async function sendAndConfirm(sender: TransactionSender, to: string, data: string, what: string, translate: (error: unknown) => unknown): Promise<ConfirmedTransaction> {
  let response: TransactionResponse;
  try {
    response = await sender.send({ to, data });
  } catch (error) {
    throw translate(error);
  }
  let receipt: TransactionReceipt | null;
  try {
    receipt = await response.wait(1, TX_WAIT_MS);
  } catch (error) {
    if (isError(error, 'TIMEOUT')) {
      throw new OperationOutcomeError(504, outcome(issue('timeout', `Transaction ${response.hash} (${what}) was sent but not mined within ${TX_WAIT_MS / 1000} s; check its status later`)));
    }
    if (isError(error, 'CALL_EXCEPTION')) throw conflict(`Transaction ${response.hash} (${what}) reverted on chain: the state changed meanwhile`);
    throw error;
  }
  if (!receipt) throw new Error(`Transaction ${response.hash} has no receipt`);
  return { transactionHash: receipt.hash, blockNumber: receipt.blockNumber, receipt };
}
