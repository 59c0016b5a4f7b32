import { clientIdSchema, clientRegistrationSchema } from '../../schemas/clients.ts';
import type { ClientRecord } from '../../schemas/clients.ts';
import { accessServices } from '../access/access-services.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import { httpHandler } from '../http/http-handler.ts';
import { jsonResponse } from '../http/responses.ts';
import { zodOutcome } from '../http/zod-outcome.ts';

/** The registry entry as the admin API shows it (public keys only ever live in it). */
function view(record: ClientRecord) {
  return {
    clientId: record.clientId,
    role: record.role,
    ...(record.providerId ? { providerId: record.providerId } : {}),
    status: record.status,
    scopes: record.scopes,
    emergencyAccess: record.emergencyAccess === true,
    jwks: record.jwks,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * Admin API for the client registry: `GET /admin/clients`, `GET|PUT /admin/clients/{clientId}`.
 * PUT creates or replaces a registration (201 or 200); setting `status` to `suspended` stops
 * the client from getting tokens and from using the ones it has. `emergencyAccess` (provider
 * clients only, false when left out) allows break-glass tokens; clearing it stops new ones and,
 * within the registry cache, the use of those already issued.
 */
export const handler = httpHandler(
  async (event, context) => {
    const { clients } = accessServices();
    if (event.routeKey === 'GET /admin/clients') {
      return jsonResponse(200, { clients: (await clients.list()).map(view) });
    }
    const clientId = clientIdSchema.safeParse(event.pathParameters?.['clientId']);
    if (!clientId.success) throw badRequest(`Invalid client id: ${clientId.error.issues[0]?.message}`, 'clientId');
    if (event.routeKey === 'GET /admin/clients/{clientId}') {
      const record = await clients.get(clientId.data, { fresh: true });
      if (!record) throw notFound('No such client');
      return jsonResponse(200, view(record));
    }
    if (event.requestContext.http.method === 'PUT') {
      const parsed = clientRegistrationSchema.safeParse(context.exchange.body);
      if (!parsed.success) throw zodOutcome(parsed.error, 'ClientRegistration');
      const { record, created } = await clients.put(clientId.data, parsed.data);
      return jsonResponse(created ? 201 : 200, view(record));
    }
    throw notFound('No such endpoint on this server');
  },
  { function: 'admin-clients', auth: { kind: 'role', roles: ['admin'] }, body: 'json' },
);
