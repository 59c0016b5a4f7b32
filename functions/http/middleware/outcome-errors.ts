import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { OperationOutcomeError, internalError, serviceUnavailable } from '../../fhir/outcomes.ts';
import { logger } from '../../platform/logger.ts';
import { isTransientAwsError, isTransientNetworkError } from '../../platform/retry.ts';
import type { ExchangeContext } from '../exchange-context.ts';
import { outcomeResponse } from '../responses.ts';
import type { HttpResponse } from '../responses.ts';

/**
 * The one place where errors become responses. Attach it last, so its onError runs first.
 *
 * Known outcomes go out as they are. A dependency that could not be reached or answered 5xx (the
 * chain's JSON-RPC node, an AWS service) is a 503 with Retry-After: nothing was done, the same
 * request may be retried. Anything else is a 500 whose text says nothing about the
 * request; the log keeps the error's name and stack frames but not its message, since messages
 * of parsers and SDKs can quote the input.
 */
export function outcomeErrors(): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  return {
    name: 'outcome-errors',
    onError: (request) => {
      if (request.response) return;
      const error = request.error;
      const requestId = request.context.exchange?.requestId ?? request.event.requestContext?.requestId;
      if (error instanceof OperationOutcomeError) {
        request.response = outcomeResponse(error, requestId);
        return;
      }
      if (isTransientNetworkError(error) || isTransientAwsError(error)) {
        logger.warn('dependency unavailable', { requestId, errorName: error?.name ?? typeof error, code: String((error as { code?: unknown }).code ?? '') });
        request.response = outcomeResponse(serviceUnavailable('A service this request needs (the chain or storage) cannot be reached; nothing was done. Retry later.', 5), requestId);
        return;
      }
      logger.error('unhandled error', {
        requestId,
        errorName: error?.name ?? typeof error,
        frames: typeof error?.stack === 'string' ? error.stack.split('\n').slice(1, 12).map((line) => line.trim()) : [],
      });
      request.response = outcomeResponse(internalError(), requestId);
    },
  };
}
