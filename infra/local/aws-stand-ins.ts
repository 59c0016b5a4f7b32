import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';

/**
 * S3 and DynamoDB stand-ins, run in-process with their state under the data folder, so that a
 * restart on the same folder finds every object and item again.
 */

export interface StandIn {
  url: string;
  close(): Promise<void>;
}

/** s3rver: signature checks on (it only knows the S3RVER/S3RVER credentials), path-style URLs. */
export async function startS3StandIn(dataDir: string): Promise<StandIn> {
  const directory = join(dataDir, 's3');
  await mkdir(directory, { recursive: true });
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, resetOnClose: false });
  const { port } = (await s3rver.run()) as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => s3rver.close() };
}

/** dynalite on LevelDB; tables are created at once rather than after the usual 500 ms. */
export async function startDynamoStandIn(dataDir: string): Promise<StandIn> {
  const path = join(dataDir, 'dynamodb');
  await mkdir(path, { recursive: true });
  const server: Server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
