import { conflict, notFound } from '../fhir/outcomes.ts';
import type { ConsentRegistry } from '../ledger/consent-registry.ts';

/**
 * The patient a wallet speaks for: the pseudonym it controls on the ConsentRegistry (set at
 * enrollment, or handed over by a recovery). Public on chain; a wallet that controls none is no
 * patient (404), and one that controls several (a guardian) names which with `pseudonym` (409
 * otherwise).
 */
export async function controlledPseudonym(consents: Pick<ConsentRegistry, 'pseudonymsControlledBy'>, wallet: string, chosen?: string): Promise<string> {
  const pseudonyms = await consents.pseudonymsControlledBy(wallet);
  if (pseudonyms.length === 0) throw notFound('This wallet controls no patient: enroll first with a code from your provider');
  if (chosen !== undefined) {
    const match = pseudonyms.find((pseudonym) => pseudonym.replace(/^0x/, '') === chosen.toLowerCase().replace(/^0x/, ''));
    if (!match) throw notFound('This wallet does not control that pseudonym');
    return match;
  }
  if (pseudonyms.length > 1) throw conflict('This wallet controls several patients: name one with pseudonym');
  return pseudonyms[0]!;
}
