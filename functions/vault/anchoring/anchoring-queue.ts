import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { awsConfigSchema, parseConfig } from '../../../schemas/config.ts';

/**
 * The anchoring queue (SQS, in AWS): a message per commit tells the anchoring function that
 * commitments are pending, and the function's event source batches messages by count and by time
 * (the batch size and batching window are the anchoring batch's size and time bounds). Messages
 * carry ids and counts only; what to anchor is read from the catalog, so a lost or repeated
 * message changes nothing but when anchoring runs.
 */

export interface AnchoringNudge {
  commitId?: string;
  objects?: number;
  leaves?: number;
  /** Sent by the scheduled worker when commitments wait longer than the batch wait. */
  sweep?: true;
}

let client: SQSClient | undefined;

export function anchoringQueue(queueUrl: string): (nudge: AnchoringNudge) => Promise<void> {
  client ??= new SQSClient({ region: parseConfig(awsConfigSchema).AWS_REGION });
  const sqs = client;
  return async (nudge) => {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(nudge) }));
  };
}
