import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one structured logger. Log resource types, ids of the exchange's own objects, counts and
 * timings; never request bodies, tokens, patient identifiers or anything read from a resource.
 */
export const logger = new Logger({ serviceName: 'fhir-exchange' });
