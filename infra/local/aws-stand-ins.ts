import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
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

/** What s3rver's filesystem store writes per object, in this order: the bytes, their MD5, the metadata. */
const OBJECT_FILES = /^(.*)\._S3rver_(object|object\.md5|metadata\.json)$/;

/**
 * Sets aside the objects a killed process left half-written: s3rver writes an object's bytes,
 * then its MD5, then its metadata JSON, and answers the PUT only after all three; a SIGKILL in
 * between leaves an object without metadata, or with an empty or cut metadata file, which makes
 * s3rver answer 500 to HeadBucket, ListObjects and GetObject on that bucket from then on. Such an
 * object was never acknowledged, so nothing committed refers to it: its files move to
 * `<dataDir>/s3-set-aside/` (kept for inspection), and the bucket works again. Returns the keys
 * set aside (`bucket/key`).
 */
export async function setAsideHalfWrittenObjects(dataDir: string): Promise<string[]> {
  const directory = join(dataDir, 's3');
  const files = (await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile());
  const objects = new Map<string, { files: string[]; metadata?: string; hasObject: boolean }>();
  for (const file of files) {
    const match = OBJECT_FILES.exec(file.name);
    if (!match) continue;
    const path = join(file.parentPath, file.name);
    const base = join(file.parentPath, match[1]!);
    const object = objects.get(base) ?? { files: [], hasObject: false };
    object.files.push(path);
    if (match[2] === 'metadata.json') object.metadata = path;
    if (match[2] === 'object') object.hasObject = true;
    objects.set(base, object);
  }
  const setAside: string[] = [];
  for (const [base, object] of objects) {
    if (object.hasObject && object.metadata && (await parsesAsJson(object.metadata))) continue;
    for (const file of object.files) {
      const target = join(dataDir, 's3-set-aside', relative(directory, file));
      await mkdir(dirname(target), { recursive: true });
      await rename(file, target);
    }
    setAside.push(relative(directory, base));
  }
  return setAside;
}

async function parsesAsJson(file: string): Promise<boolean> {
  try {
    JSON.parse(await readFile(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * s3rver: signature checks on (it only knows the S3RVER/S3RVER credentials), path-style URLs.
 * What a killed earlier run left half-written is set aside first (setAsideHalfWrittenObjects).
 */
export async function startS3StandIn(dataDir: string, options: { onSetAside?: (keys: string[]) => void } = {}): Promise<StandIn> {
  const directory = join(dataDir, 's3');
  await mkdir(directory, { recursive: true });
  const setAside = await setAsideHalfWrittenObjects(dataDir);
  if (setAside.length > 0) options.onSetAside?.(setAside);
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
