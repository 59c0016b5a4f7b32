import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { OperationOutcomeError, internalError } from '../../fhir/outcomes.ts';
import { logger } from '../../platform/logger.ts';
import type { ExchangeContext } from '../exchange-context.ts';
import { outcomeResponse } from '../responses.ts';
import type { HttpResponse } from '../responses.ts';

/**
 * The one place where errors become responses. Attach it last, so its onError runs first.
 *
 * Known outcomes go out as they are. Anything else is a 500 whose text says nothing about the
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
      logger.error('unhandled error', {
        requestId,
        errorName: error?.name ?? typeof error,
        frames: typeof error?.stack === 'string' ? error.stack.split('\n').slice(1, 12).map((line) => line.trim()) : [],
      });
      request.response = outcomeResponse(internalError(), requestId);
    },
  };
}
