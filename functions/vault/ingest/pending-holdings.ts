import { logger } from '../../platform/logger.ts';
import type { RecordLocator } from '../../ledger/record-locator.ts';
import type { Catalog, Item, Key } from '../storage/catalog.ts';
import { itemId, keys } from '../storage/catalog.ts';

/**
 * Registers on chain the holdings that ingests left pending: "provider P holds records for
 * pseudonym X", the first time P commits data for X. Pending items come from the index step of
 * vault-ingest.ts; a holder item marks each pair once it is on chain, so that later commits do not
 * send it again. The RecordLocator is idempotent too: a pair sent twice registers once. A chain
 * that is down leaves the items pending for the next run; nothing is lost.
 */

interface PendingHoldings extends Key {
  providerId: string;
  pseudonyms: string[];
}

export async function registerPendingHoldings(catalog: Catalog, locator: RecordLocator, limit = 500): Promise<{ registered: number; skipped: number; items: number }> {
  const pending = await catalog.query<PendingHoldings>('holdings#pending', undefined, { limit });
  if (pending.length === 0) return { registered: 0, skipped: 0, items: 0 };
  const pairs = new Map<string, { pseudonym: string; providerId: string }>();
  for (const item of pending) for (const pseudonym of item.pseudonyms) pairs.set(`${pseudonym} ${item.providerId}`, { pseudonym, providerId: item.providerId });
  const held = await catalog.getMany(
    [...pairs.values()].map((pair) => keys.holder(pair.pseudonym, pair.providerId)),
  );
  const toSend = [...pairs.values()].filter((pair) => !held.has(itemId(keys.holder(pair.pseudonym, pair.providerId))));
  let registered = 0;
  if (toSend.length > 0) {
    const result = await locator.registerHoldings(toSend);
    registered = result.registered;
    const at = new Date().toISOString();
    const holders: Item[] = toSend.map((pair) => ({ ...keys.holder(pair.pseudonym, pair.providerId), providerId: pair.providerId, registeredAt: at, transactionHash: result.batches.at(-1)?.transactionHash }));
    await catalog.writeMany(holders);
  }
  await catalog.writeMany([], pending.map((item) => ({ pk: item.pk, sk: item.sk })));
  logger.info('holdings registered', { pairs: toSend.length, registered, items: pending.length });
  return { registered, skipped: pairs.size - toSend.length, items: pending.length };
}
