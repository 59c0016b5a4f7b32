import type { Request } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { providerIdSchema } from '../../schemas/clients.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { requestBody } from '../http/middleware/request-body.ts';
import { jsonResponse } from '../http/responses.ts';
import type { HttpResponse } from '../http/responses.ts';
import { zodOutcome } from '../http/zod-outcome.ts';
import { isOnChainId, providerKey, providerRegistry } from '../ledger/provider-registry.ts';
import { pendingRecoveryViews, recoveryVetoSchema, vetoPendingRecovery } from '../consent/recovery-admin.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import type { OnChainProvider, ProviderKey, ProviderTransaction } from '../ledger/provider-registry.ts';

/**
 * Admin API for the on-chain provider registry (contracts/ProviderRegistry.sol):
 *
 *   GET  /admin/providers                            every provider that applied, with its status
 *   GET  /admin/providers/{providerId}               one provider
 *   POST /admin/providers/{providerId}/$apply        {name, fhirEndpoint, metadata?}: relayed by the operator → Applied (201)
 *   POST /admin/providers/{providerId}/$confirm      by the admin → Confirmed (also reinstates a suspended provider)
 *   POST /admin/providers/{providerId}/$suspend      by the admin → Suspended
 *
 * `{providerId}` is the exchange's provider id (as in the client registry); GET, $confirm and
 * $suspend also take the on-chain id (`0x` + 64 hex digits) that the list shows. Everything
 * here is public on chain: the on-chain id is keccak256 of the provider id, and name, endpoint
 * and metadata are organisational data, never PHI. Admin clients only.
 *
 * The admin's other chain work is served here too (the function that signs as the admin):
 *
 *   GET  /admin/recoveries                           wallet recoveries pending on chain
 *   POST /admin/recoveries/{pseudonym}/$veto         {reason, newController?}: the admin vetoes one
 *                                                    (functions/consent/recovery-admin.ts)
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** A FHIR base URL: https, or http on the loopback interface (local development). Public on chain, so no credentials. */
const fhirEndpointSchema = z
  .string()
  .max(2048)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an https URL' }))
  .superRefine((value, ctx) => {
    if (!URL.canParse(value)) return; // reported by z.url, whose issue does not stop this check
    const url = new URL(value);
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: 'must be an https URL (http only on 127.0.0.1 or localhost)' });
    }
    if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'must not carry credentials: it is public on chain' });
    if (url.search || url.hash) ctx.addIssue({ code: 'custom', message: 'must be a FHIR base URL, without query or fragment' });
  });

/** Flat, small and public: a pointer to or hash of an off-chain document, a region, a contact role. Never PHI. */
const metadataSchema = z
  .record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'keys must be 1-64 letters, digits, ".", "_" or "-"'), z.union([z.string().max(512), z.number(), z.boolean()]))
  .refine((value) => Object.keys(value).length <= 20, 'at most 20 entries')
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= 2048, 'at most 2048 bytes as JSON');

/** `POST /admin/providers/{providerId}/$apply` body. */
export const providerApplicationSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    fhirEndpoint: fhirEndpointSchema,
    metadata: metadataSchema.optional(),
  })
  .strict();
export type ProviderApplicationBody = z.infer<typeof providerApplicationSchema>;

/** The metadata as it is stored on chain: JSON with sorted keys, or empty. */
export function metadataOnChain(metadata: ProviderApplicationBody['metadata']): string {
  if (!metadata || Object.keys(metadata).length === 0) return '';
  return JSON.stringify(Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** Stored metadata back as JSON when it is a JSON object (anything else on chain is shown as the string it is). */
function metadataView(stored: string): unknown {
  if (stored === '') return undefined;
  try {
    const parsed = JSON.parse(stored) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : stored;
  } catch {
    return stored;
  }
}

function view(provider: OnChainProvider) {
  const metadata = metadataView(provider.metadata);
  return {
    ...(provider.providerId ? { providerId: provider.providerId } : {}),
    onChainId: provider.onChainId,
    status: provider.status,
    name: provider.name,
    fhirEndpoint: provider.fhirEndpoint,
    ...(metadata === undefined ? {} : { metadata }),
    appliedAt: provider.appliedAt.toISOString(),
    updatedAt: provider.updatedAt.toISOString(),
  };
}

function transactionView(result: ProviderTransaction) {
  return { ...view(result.provider), transactionHash: result.transactionHash, blockNumber: result.blockNumber, from: result.from };
}

/** The path's provider: an exchange id, or (`onChain`) also an on-chain id. */
function pathProvider(event: APIGatewayProxyEventV2, onChain: boolean): ProviderKey {
  const value = event.pathParameters?.['providerId'] ?? '';
  if (onChain && isOnChainId(value)) return providerKey(value);
  const parsed = providerIdSchema.safeParse(value);
  if (!parsed.success) throw badRequest(`Invalid provider id: ${parsed.error.issues[0]?.message}`, 'providerId');
  return providerKey(parsed.data);
}

/**
 * The JSON body, parsed by the chain's own body middleware (415, 400 exactly as elsewhere). Only
 * `$apply` has a body, so the function does not declare one: `$confirm` and `$suspend` take none.
 */
const jsonBody = requestBody('json');
async function readJsonBody(event: APIGatewayProxyEventV2, context: ExchangeContext): Promise<unknown> {
  const request: Request<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> = { event, context, response: undefined, error: undefined, internal: {} };
  await jsonBody.before!(request);
  return context.exchange.body;
}

export const handler = httpHandler(
  async (event, context) => {
    const registry = providerRegistry();
    switch (event.routeKey) {
      case 'GET /admin/providers': {
        const { blockNumber, providers } = await registry.list();
        return jsonResponse(200, {
          chainId: registry.chain.config.CHAIN_ID,
          registry: registry.address,
          blockNumber,
          providers: providers.map((provider) => ({ ...view(provider), applicationTransactionHash: provider.applicationTransactionHash, operator: provider.operator })),
        });
      }
      case 'GET /admin/providers/{providerId}':
        return jsonResponse(200, view(await registry.get(pathProvider(event, true))));
      case 'POST /admin/providers/{providerId}/$apply': {
        const key = pathProvider(event, false);
        const parsed = providerApplicationSchema.safeParse(await readJsonBody(event, context));
        if (!parsed.success) throw zodOutcome(parsed.error, 'ProviderApplication');
        const result = await registry.apply({ providerId: key.providerId!, name: parsed.data.name, fhirEndpoint: parsed.data.fhirEndpoint, metadata: metadataOnChain(parsed.data.metadata) });
        const location = `${new URL(context.exchange.fhirBase).origin}/admin/providers/${encodeURIComponent(key.providerId!)}`;
        return jsonResponse(201, transactionView(result), { Location: location });
      }
      case 'POST /admin/providers/{providerId}/$confirm':
        return jsonResponse(200, transactionView(await registry.confirm(pathProvider(event, true))));
      case 'POST /admin/providers/{providerId}/$suspend':
        return jsonResponse(200, transactionView(await registry.suspend(pathProvider(event, true))));
      case 'GET /admin/recoveries':
        return jsonResponse(200, { recoveries: await pendingRecoveryViews() }, { 'Cache-Control': 'no-store' });
      case 'POST /admin/recoveries/{pseudonym}/$veto': {
        const parsed = recoveryVetoSchema.safeParse(await readJsonBody(event, context));
        if (!parsed.success) throw zodOutcome(parsed.error, '');
        return jsonResponse(200, await vetoPendingRecovery(requirePrincipal(context), event.pathParameters?.['pseudonym'] ?? '', parsed.data, context.exchange.requestId));
      }
      default:
        throw notFound('No such endpoint on this server');
    }
  },
  { function: 'admin-providers', auth: { kind: 'role', roles: ['admin'] } },
);
