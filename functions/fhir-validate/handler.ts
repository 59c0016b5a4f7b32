import { exportKickOff } from '../fhir-export/kick-off.ts';
import { httpHandler } from '../http/http-handler.ts';
import { validateOperation } from './validate-operation.ts';

/**
 * `POST [base]/{type}/$validate` (validate-operation.ts). `POST [base]/$validate` shares create's
 * API Gateway route and is served by fhir-ingest (functions/routes.ts).
 */
export const handler = httpHandler(
  async (event, context) => {
    // POST [base]/Patient/$export shares this function's API Gateway route (POST /fhir/{type}/{operation}).
    if (event.routeKey === 'POST /fhir/Patient/$export') return exportKickOff(event, context);
    return validateOperation(event, context);
  },
  { function: 'fhir-validate', auth: { kind: 'token' }, body: 'json-text' },
);
