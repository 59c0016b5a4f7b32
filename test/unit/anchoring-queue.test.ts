import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, test } from 'vitest';
import { anchoringQueue } from '../../functions/vault/anchoring/anchoring-queue.ts';

describe('the anchoring queue nudge', () => {
  const sqs = mockClient(SQSClient);
  afterEach(() => sqs.reset());

  test('sends ids and counts only, to the configured queue', async () => {
    process.env['AWS_REGION'] ??= 'us-east-1';
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    const nudge = anchoringQueue('https://sqs.us-east-1.amazonaws.com/000000000000/fhir-exchange-anchoring');
    await nudge({ commitId: 'c'.repeat(64), objects: 3, leaves: 1200 });
    await nudge({ sweep: true, leaves: 5 });
    const sent = sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input);
    expect(sent).toEqual([
      { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/fhir-exchange-anchoring', MessageBody: JSON.stringify({ commitId: 'c'.repeat(64), objects: 3, leaves: 1200 }) },
      { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/fhir-exchange-anchoring', MessageBody: '{"sweep":true,"leaves":5}' },
    ]);
  });

  test('a failed send is raised to the caller (the ingest logs it and goes on)', async () => {
    sqs.on(SendMessageCommand).rejects(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));
    await expect(anchoringQueue('https://sqs.us-east-1.amazonaws.com/000000000000/q')({ sweep: true })).rejects.toThrow('throttled');
  });
});
