import { accessServices } from '../access/access-services.ts';
import { exchangeClientCredentials } from '../access/client-credentials.ts';
import { httpHandler } from '../http/http-handler.ts';
import { jsonResponse } from '../http/responses.ts';

/** `POST [base]/auth/token`: SMART Backend Services token endpoint. */
export const handler = httpHandler(
  async (_event, context) => {
    const { fhirBase, form } = context.exchange;
    const services = accessServices();
    const token = await exchangeClientCredentials(form!, `${fhirBase}/auth/token`, { issuer: fhirBase, audience: fhirBase }, {
      clients: services.clients,
      jtis: services.jtis,
      signingKey: services.signingKey,
      tokenTtlSeconds: services.config.ACCESS_TOKEN_TTL_SECONDS,
    });
    // RFC 6749 section 5.1: token responses must not be cached.
    return jsonResponse(200, token, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  },
  { function: 'smart-token', auth: { kind: 'public' }, body: 'form' },
);
