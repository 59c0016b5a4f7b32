import type { ReplayResult } from '../vault/erase/erasure-replay.ts';
import { vaultErasureReplay } from '../vault/erase/erasure-services.ts';

/**
 * Applies every erasure journaled on chain after the data's replay cursor
 * (functions/vault/erase/erasure-replay.ts). Not behind a route: the local stack invokes it at
 * every start before its API answers and then on a timer; in AWS the restore runbook invokes it
 * (synchronously, checking the answer) before the API stage is enabled, and a schedule runs it
 * as well. A failure (chain or storage unreachable) throws: the caller must not serve until it
 * has succeeded.
 */
export const handler = async (): Promise<ReplayResult> => vaultErasureReplay().run();
