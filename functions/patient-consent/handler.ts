import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { isAddress, getAddress } from 'ethers';
import { accessServices } from '../access/access-services.ts';
import { z } from 'zod';
import { consentResources } from '../consent/consent-resources.ts';
import { consentServices, exchangeIds } from '../consent/consent-services.ts';
import { enrollmentMessage, redeemEnrollment } from '../consent/enrollment.ts';
import { finaliseRecovery, prepareRecovery, redeemRecovery } from '../consent/recovery.ts';
import { badRequest, forbidden, notFound } from '../fhir/outcomes.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse, jsonResponse } from '../http/responses.ts';
import { zodOutcome } from '../http/zod-outcome.ts';
import { CONSENT_PURPOSES, granteeKey } from '../ledger/consent-registry.ts';
import type { ConsentRegistry, PendingRecovery } from '../ledger/consent-registry.ts';
import { pseudonymBytes32 } from '../ledger/record-locator.ts';
import { providerRegistry } from '../ledger/provider-registry.ts';
import { controlledPseudonym as controlledBy } from '../patient-auth/controlled-pseudonym.ts';
import { authenticatePatient } from '../patient-auth/session-auth.ts';
import { sessionCookieValue } from '../patient-auth/patient-session.ts';

/**
 * The patient's side of consent, authorised by the patient's wallet signatures rather than a
 * session (the exchange relays; the contract checks the signer):
 * - `GET /patient/enroll?code=…&address=…`: the text the wallet signs to redeem an enrollment code;
 * - `POST /patient/enroll` `{ code, address, signature }`: redeems it (the operator sets the wallet
 *   as the controller of the patient's pseudonym);
 * - `POST /patient/consents/$prepare` `{ address, action: grant|revoke, grantee, purpose, expires? }`:
 *   the EIP-712 typed data for the controller to sign, with the pseudonym's next nonce;
 * - `POST /patient/consents` `{ primaryType, message, signature }`: relays the signed grant or
 *   revocation and answers with the transaction;
 * - `GET /patient/consents?address=…`: the consents of the patient the wallet controls, as R4 Consents;
 * - `GET /patient/grantees`: who a consent may name (confirmed providers, research clients);
 * - recovery of a lost wallet (functions/consent/recovery.ts):
 *   `POST /patient/recovery/$prepare` `{ code, address }`: the RecoveryProposal the new wallet signs;
 *   `POST /patient/recovery/$propose` `{ code, message, signature }`: redeems the code, the operator proposes;
 *   `GET /patient/recovery?address=…`: the pending recovery of the patient the wallet controls, or
 *   the ones proposing it as the new controller, with the recovery's steps on chain;
 *   `POST /patient/recovery/$prepare-cancel` `{ address?, pseudonym? }` and
 *   `POST /patient/recovery/$cancel` `{ message, signature }`: the controller cancels it;
 *   `POST /patient/recovery/$finalize` `{ pseudonym }`: executes it once its delay has passed
 *   (anyone may: the contract checks the time).
 * With a patient session (patient-auth: bearer or cookie) the wallet is the session's and
 * `address` may be left out ($prepare, consents); a given one must be the session's. Everything
 * these answer is public on chain already (controllers, consents) or the exchange's own list of
 * grantees; nothing about the patient's records is served here.
 */

const address = z.string().refine((value) => isAddress(value), 'must be an EVM address (0x and 40 hex digits)');
const enrollSchema = z.object({ code: z.string().min(1).max(64), address, signature: z.string().max(200) }).strict();
const prepareSchema = z
  .object({
    address: address.optional(),
    action: z.enum(['grant', 'revoke']),
    grantee: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/, 'must be a provider id or a research client id'),
    purpose: z.enum(CONSENT_PURPOSES),
    expires: z.iso.datetime({ offset: true }).optional(),
    /** Which pseudonym, when the wallet controls more than one (a guardian). */
    pseudonym: z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/).optional(),
  })
  .strict();
const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const decimal = z.string().regex(/^[0-9]{1,20}$/);
const relaySchema = z.discriminatedUnion('primaryType', [
  z.object({ primaryType: z.literal('Consent'), message: z.object({ pseudonym: hex32, grantee: hex32, purpose: hex32, scope: hex32, expiry: decimal, nonce: decimal }).strict(), signature: z.string().max(8200) }).strict(),
  z.object({ primaryType: z.literal('Revocation'), message: z.object({ pseudonym: hex32, grantee: hex32, purpose: hex32, nonce: decimal }).strict(), signature: z.string().max(8200) }).strict(),
]);

const pseudonymField = z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/, 'must be 32 bytes (64 hex digits)');
const recoveryMessage = z.object({ pseudonym: hex32, newController: address, nonce: decimal }).strict();
const recoveryPrepareSchema = z.object({ code: z.string().min(1).max(64), address }).strict();
const recoveryRedeemSchema = z.object({ code: z.string().min(1).max(64), primaryType: z.literal('RecoveryProposal').optional(), message: recoveryMessage, signature: z.string().max(200) }).strict();
const recoveryPrepareCancelSchema = z.object({ address: address.optional(), pseudonym: pseudonymField.optional() }).strict();
const recoveryCancelSchema = z.object({ primaryType: z.literal('RecoveryCancellation').optional(), message: recoveryMessage, signature: z.string().max(8200) }).strict();
const recoveryFinalizeSchema = z.object({ pseudonym: pseudonymField }).strict();

function recoveryView(recovery: PendingRecovery) {
  return { pseudonym: recovery.pseudonym, newController: recovery.newController, provider: recovery.provider, executableAt: recovery.executableAt.toISOString() };
}

/**
 * What a wallet should know about recoveries: of the patient it controls, the pending one (the
 * proposal it may cancel) and its steps on chain; and the recoveries proposing it as the new
 * controller (it waits for them). All of it public on chain.
 */
async function recoveryStatus(consents: ConsentRegistry, wallet: string, now: Date) {
  const [controlled, incoming] = await Promise.all([consents.pseudonymsControlledBy(wallet), consents.recoveriesProposedTo(wallet)]);
  const patients = await Promise.all(
    controlled.map(async (pseudonym) => {
      const [pending, steps] = await Promise.all([consents.pendingRecoveryOf(pseudonym), consents.recoveryEventsOf(pseudonym)]);
      return {
        pseudonym: pseudonymBytes32(pseudonym),
        pending: pending ? { ...recoveryView(pending), executable: pending.executableAt <= now } : null,
        history: steps.map((step) => ({ kind: step.kind, newController: step.newController, at: step.at.toISOString(), transaction: step.transactionHash })),
      };
    }),
  );
  return { address: wallet, controlled: patients, proposedToThisWallet: incoming.map((recovery) => ({ ...recoveryView(recovery), executable: recovery.executableAt <= now })) };
}

/** A year: what a grant lasts when the patient does not say. */
const DEFAULT_CONSENT_MS = 365 * 24 * 3600 * 1000;

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw zodOutcome(parsed.error, '');
  return parsed.data;
}

/** The pseudonym a wallet controls (404 if none; 409 if several and the request did not say which). */
function controlledPseudonym(wallet: string, chosen?: string): Promise<string> {
  return controlledBy(consentServices().consents, wallet, chosen);
}

/**
 * The wallet a request speaks for: the session's when it has one (a given address must be the
 * same: 403 otherwise), else the `address` it names (public data only, as before sessions).
 */
async function walletOf(event: APIGatewayProxyEventV2, context: ExchangeContext, given: string | undefined): Promise<string> {
  const hasSession = event.headers?.['authorization'] !== undefined || sessionCookieValue(event.cookies) !== undefined;
  if (hasSession) {
    const { principal } = await authenticatePatient(event, context.exchange.fhirBase);
    context.exchange.principal = principal;
    if (given !== undefined && getAddress(given) !== principal.address) throw forbidden("address is not the signed-in wallet's");
    return principal.address;
  }
  if (given === undefined) throw badRequest('Sign in, or give the wallet address', 'address');
  return getAddress(given);
}

/** Who a consent may name: the confirmed providers clients act for, and the research clients (active ones). */
async function grantees(): Promise<{ id: string; name: string; kind: 'provider' | 'research' }[]> {
  const clients = (await accessServices().clients.list()).filter((client) => client.status === 'active');
  const providerIds = [...new Set(clients.flatMap((client) => (client.role === 'provider' && client.providerId ? [client.providerId] : [])))].sort();
  const registry = providerRegistry();
  const found = await Promise.all(providerIds.map((providerId) => registry.find(providerId)));
  const providers = providerIds.flatMap((providerId, index) => (found[index]?.status === 'Confirmed' ? [{ id: providerId, name: found[index].name, kind: 'provider' as const }] : []));
  const research = clients.filter((client) => client.role === 'research').map((client) => ({ id: client.clientId, name: client.clientId, kind: 'research' as const }));
  return [...providers, ...research.sort((a, b) => a.id.localeCompare(b.id))];
}

/** Whether the exchange knows `grantee` (the cached registry first, read again once on a miss). */
async function knownGrantee(grantee: string): Promise<boolean> {
  const key = granteeKey(grantee);
  return (await exchangeIds())(key) !== undefined || (await exchangeIds(true))(key) !== undefined;
}

function queryOf(event: APIGatewayProxyEventV2, name: string): string {
  const values = new URLSearchParams(event.rawQueryString ?? '').getAll(name);
  if (values.length !== 1) throw badRequest(`Give exactly one ${name}`, name);
  return values[0]!;
}

async function route(event: APIGatewayProxyEventV2, context: ExchangeContext) {
  const { consents } = consentServices();
  switch (event.routeKey) {
    case 'GET /patient/enroll': {
      const wallet = queryOf(event, 'address');
      if (!isAddress(wallet)) throw badRequest('address must be an EVM address (0x and 40 hex digits)', 'address');
      return jsonResponse(200, { message: enrollmentMessage(queryOf(event, 'code'), wallet, consents) }, { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/enroll': {
      const body = parse(enrollSchema, context.exchange.body);
      const enrolled = await redeemEnrollment(consentServices(), body);
      return jsonResponse(200, { controller: enrolled.controller, transaction: enrolled.transactionHash, block: enrolled.blockNumber });
    }
    case 'POST /patient/consents/$prepare': {
      const body = parse(prepareSchema, context.exchange.body);
      const pseudonym = await controlledPseudonym(await walletOf(event, context, body.address), body.pseudonym);
      // A grant names someone the exchange knows (a revocation may name one it no longer does).
      if (body.action === 'grant' && !(await knownGrantee(body.grantee))) throw notFound('The grantee is neither a provider nor a research client of this exchange');
      const typed =
        body.action === 'grant'
          ? await consents.grantTypedData(pseudonym, body.grantee, body.purpose, body.expires ? new Date(body.expires) : new Date(Date.now() + DEFAULT_CONSENT_MS))
          : await consents.revocationTypedData(pseudonym, body.grantee, body.purpose);
      return jsonResponse(200, typed, { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/consents': {
      const body = parse(relaySchema, context.exchange.body);
      const sent = body.primaryType === 'Consent' ? await consents.relayGrant(body.message, body.signature) : await consents.relayRevocation(body.message, body.signature);
      return jsonResponse(200, { transaction: sent.transactionHash, block: sent.blockNumber });
    }
    case 'GET /patient/consents': {
      const addresses = new URLSearchParams(event.rawQueryString ?? '').getAll('address');
      if (addresses.length > 1 || (addresses.length === 1 && !isAddress(addresses[0]!))) throw badRequest('address must be one EVM address (0x and 40 hex digits)', 'address');
      const wallet = await walletOf(event, context, addresses[0]);
      const pseudonym = await controlledPseudonym(wallet);
      const [states, granteeId] = await Promise.all([consents.consentsOf(pseudonym), exchangeIds()]);
      const resources = consentResources(states, { patient: { identifier: { system: 'urn:fhir-exchange:wallet', value: wallet } }, granteeId });
      return fhirResponse(
        200,
        { resourceType: 'Bundle', type: 'searchset', total: resources.length, entry: resources.map((resource) => ({ resource, search: { mode: 'match' } })) },
        { 'Cache-Control': 'no-store' },
      );
    }
    case 'POST /patient/recovery/$prepare': {
      const body = parse(recoveryPrepareSchema, context.exchange.body);
      return jsonResponse(200, await prepareRecovery(consentServices(), body.code, body.address), { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/recovery/$propose': {
      const body = parse(recoveryRedeemSchema, context.exchange.body);
      const proposed = await redeemRecovery(consentServices(), body);
      return jsonResponse(200, { ...recoveryView(proposed.pending), transaction: proposed.transactionHash, block: proposed.blockNumber });
    }
    case 'GET /patient/recovery': {
      const addresses = new URLSearchParams(event.rawQueryString ?? '').getAll('address');
      if (addresses.length > 1 || (addresses.length === 1 && !isAddress(addresses[0]!))) throw badRequest('address must be one EVM address (0x and 40 hex digits)', 'address');
      const wallet = await walletOf(event, context, addresses[0]);
      // The chain's time, not this machine's: a recovery is executable when the contract says so.
      const block = await consents.chain.provider.getBlock('latest');
      return jsonResponse(200, await recoveryStatus(consents, wallet, new Date((block?.timestamp ?? Math.floor(Date.now() / 1000)) * 1000)), { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/recovery/$prepare-cancel': {
      const body = parse(recoveryPrepareCancelSchema, context.exchange.body);
      const pseudonym = await controlledPseudonym(await walletOf(event, context, body.address), body.pseudonym);
      return jsonResponse(200, await consents.recoveryCancellationTypedData(pseudonym), { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/recovery/$cancel': {
      const body = parse(recoveryCancelSchema, context.exchange.body);
      const sent = await consents.relayRecoveryCancellation(body.message, body.signature);
      return jsonResponse(200, { cancelled: true, newController: getAddress(body.message.newController), transaction: sent.transactionHash, block: sent.blockNumber });
    }
    case 'POST /patient/recovery/$finalize': {
      const body = parse(recoveryFinalizeSchema, context.exchange.body);
      const done = await finaliseRecovery(consentServices(), body.pseudonym);
      return jsonResponse(200, { controller: done.controller, transaction: done.transactionHash, block: done.blockNumber });
    }
    case 'GET /patient/grantees': {
      const { principal } = await authenticatePatient(event, context.exchange.fhirBase);
      context.exchange.principal = principal;
      return jsonResponse(200, { grantees: await grantees() }, { 'Cache-Control': 'no-store' });
    }
    default:
      throw notFound('No such endpoint on this server');
  }
}

export const handler = httpHandler(route, { function: 'patient-consent', auth: { kind: 'public' }, body: 'optional-json' });
