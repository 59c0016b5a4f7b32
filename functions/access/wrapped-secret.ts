import { DecryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A 256-bit secret of the exchange's own (for example the access-token signing key), kept in the
 * keys table only as a KMS ciphertext and unwrapped into memory once per cold start.
 *
 * The first caller allowed to create it does so: KMS GenerateDataKey, then a conditional put. If
 * two cold starts race, the loser's put fails its condition and it reads the winner's secret, so
 * every function ends up with the same key. Callers that may only read it (least privilege: most
 * functions only verify tokens) get `undefined` while it does not exist yet. The encryption
 * context names the secret's purpose, so a ciphertext for one purpose cannot be unwrapped as
 * another.
 */
export async function loadWrappedSecret(
  deps: { kms: KMSClient; documents: DynamoDBDocumentClient; table: string; kmsKeyId: string },
  name: string,
  options: { create: boolean },
): Promise<Uint8Array | undefined> {
  const context = { purpose: `fhir-exchange/${name}` };
  const read = async () => {
    const { Item } = await deps.documents.send(new GetCommand({ TableName: deps.table, Key: { name }, ConsistentRead: true }));
    return Item?.['ciphertext'] as Uint8Array | undefined;
  };
  let ciphertext = await read();
  if (!ciphertext && !options.create) return undefined;
  if (!ciphertext) {
    const generated = await deps.kms.send(new GenerateDataKeyCommand({ KeyId: deps.kmsKeyId, KeySpec: 'AES_256', EncryptionContext: context }));
    try {
      await deps.documents.send(
        new PutCommand({
          TableName: deps.table,
          Item: { name, ciphertext: generated.CiphertextBlob, kmsKeyId: generated.KeyId, createdAt: new Date().toISOString() },
          ConditionExpression: 'attribute_not_exists(#name)',
          ExpressionAttributeNames: { '#name': 'name' },
        }),
      );
      return generated.Plaintext!;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      ciphertext = await read();
      if (!ciphertext) throw error;
    }
  }
  const { Plaintext } = await deps.kms.send(new DecryptCommand({ CiphertextBlob: ciphertext, EncryptionContext: context }));
  return Plaintext!;
}
