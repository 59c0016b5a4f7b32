import { httpHandler } from '../http/http-handler.ts';
import { answerUnrouted } from '../http/unrouted.ts';

/** The `$default` route: every request that no route matched (404, or 405 with Allow). */
export const handler = httpHandler((event, context) => answerUnrouted(event, context), { function: 'fhir-fallback', auth: { kind: 'public' } });
