import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { accessServices } from '../../access/access-services.ts';
import { verifyAccessToken } from '../../access/access-token.ts';
import { principalClientId } from '../../access/principal.ts';
import { isBreakGlass } from '../../access/purpose-of-use.ts';
import type { Principal, PrincipalKind } from '../../access/principal.ts';
import { permits } from '../../access/smart-scopes.ts';
import type { Permission } from '../../access/smart-scopes.ts';
import { forbidden, unauthorized } from '../../fhir/outcomes.ts';
import type { ExchangeContext } from '../exchange-context.ts';
import type { HttpResponse } from '../responses.ts';

/**
 * What a route asks of its caller:
 * - `public`: nothing (metadata, SMART discovery, the token endpoint itself);
 * - `token`: any valid access token of an active client (unknown routes, so that their shape is
 *   not revealed to strangers, and handlers that check scopes per resource type themselves);
 * - `scope`: a SMART scope permitting `permission` on `resourceType`;
 * - `role`: one of the kinds of caller (provider, research, admin).
 */
export type AuthRequirement =
  | { kind: 'public' }
  | { kind: 'token' }
  | { kind: 'scope'; resourceType: string; permission: Permission }
  | { kind: 'role'; roles: readonly PrincipalKind[] };

/** RFC 6750 section 2.1; the scheme name is case-insensitive (RFC 9110 section 11.1), as SMART clients echo `token_type: "bearer"`. */
const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

export async function authenticate(event: APIGatewayProxyEventV2, fhirBase: string): Promise<Principal> {
  const header = event.headers?.['authorization'];
  if (!header) throw unauthorized('An access token is required (Authorization: Bearer)');
  const match = BEARER.exec(header.trim());
  if (!match) throw unauthorized('The Authorization header is not a bearer token', 'invalid_request');
  const services = accessServices();
  // No signing key yet means no token was ever issued, so this one cannot be valid.
  const key = await services.verificationKey();
  if (!key) throw unauthorized('The access token is not valid for this server', 'invalid_token');
  const principal = await verifyAccessToken(key, { issuer: fhirBase, audience: fhirBase }, match[1]!);
  // A token outlives a suspension only as long as the registry cache.
  const clientId = principalClientId(principal);
  const client = clientId === undefined ? undefined : await services.clients.get(clientId);
  if (!client || client.status !== 'active') throw forbidden('The client is suspended');
  // So does a break-glass token the emergency permission of its client.
  if (principal.kind === 'provider' && isBreakGlass(principal.purposeOfUse) && client.emergencyAccess !== true) {
    throw forbidden('The client is no longer allowed emergency access; ask for a token with another purpose of use');
  }
  return principal;
}

/** Throws 403 unless the principal's scopes permit `permission` on `resourceType`. */
export function requireScope(principal: Principal, resourceType: string, permission: Permission): void {
  if (!permits(principal.scopes, resourceType, permission)) {
    throw forbidden(`The access token's scopes do not permit this interaction on ${resourceType} (needs system/${resourceType}.${permission})`);
  }
}

export function smartAuth(requirement: AuthRequirement): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  return {
    name: 'smart-auth',
    before: async (request) => {
      if (requirement.kind === 'public') return;
      const principal = await authenticate(request.event, request.context.exchange.fhirBase);
      request.context.exchange.principal = principal;
      if (requirement.kind === 'scope') requireScope(principal, requirement.resourceType, requirement.permission);
      if (requirement.kind === 'role' && !requirement.roles.includes(principal.kind)) {
        throw forbidden(`This endpoint is for ${requirement.roles.join(' or ')} clients`);
      }
    },
  };
}
