import { mkdtemp, readdir, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, test } from 'vitest';
import { startS3StandIn } from '../../infra/local/aws-stand-ins.ts';
import type { StandIn } from '../../infra/local/aws-stand-ins.ts';
import { ensureBuckets } from '../../infra/local/provision.ts';

/**
 * A process killed mid-ingest must not stop the next start: what s3rver left half-written (an
 * object whose metadata file is empty, cut, or missing) is set aside before it serves again, and
 * provisioning tells a bucket that exists but errors from a missing one.
 */

const BUCKET = 'fhir-exchange-vault';
const dirs: string[] = [];
const running: StandIn[] = [];
const client = (url: string) => new S3Client({ region: 'us-east-1', endpoint: url, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

afterEach(async () => {
  for (const standIn of running.splice(0)) await standIn.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function start(dataDir: string, setAside: string[][] = []) {
  const standIn = await startS3StandIn(dataDir, { onSetAside: (keys) => setAside.push(keys) });
  running.push(standIn);
  return { standIn, s3: client(standIn.url) };
}

describe('the S3 stand-in after a crash', () => {
  test('objects left with empty, cut or missing metadata are set aside; the bucket, and every whole object, work again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'fhirx-s3-'));
    dirs.push(dataDir);
    const first = await start(dataDir);
    await first.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    for (const key of ['o/whole', 'o/empty-metadata', 'o/cut-metadata', 'o/no-metadata']) {
      await first.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `sealed bytes of ${key}`, ContentType: 'application/octet-stream' }));
    }
    await first.standIn.close();
    running.splice(0);
    // What a SIGKILL between the writes of s3rver's filesystem store leaves behind.
    const objects = join(dataDir, 's3', BUCKET, 'o');
    await truncate(join(objects, 'empty-metadata._S3rver_metadata.json'), 0);
    await writeFile(join(objects, 'cut-metadata._S3rver_metadata.json'), '{\n  "content-type": "applic');
    await unlink(join(objects, 'no-metadata._S3rver_metadata.json'));

    const setAside: string[][] = [];
    const second = await start(dataDir, setAside);
    expect((await second.s3.send(new HeadBucketCommand({ Bucket: BUCKET }))).$metadata.httpStatusCode).toBe(200);
    const listed = await second.s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect(listed.Contents!.map((object) => object.Key)).toEqual(['o/whole']);
    const whole = await second.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'o/whole' }));
    expect(await whole.Body!.transformToString()).toBe('sealed bytes of o/whole');
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.sort()).toEqual([`${BUCKET}/o/cut-metadata`, `${BUCKET}/o/empty-metadata`, `${BUCKET}/o/no-metadata`]);
    // Kept for inspection, out of the store.
    expect((await readdir(join(dataDir, 's3-set-aside', BUCKET, 'o'))).sort()).toContain('empty-metadata._S3rver_object');
    // A third start has nothing to set aside.
    await second.standIn.close();
    running.splice(0);
    const again: string[][] = [];
    await start(dataDir, again);
    expect(again).toEqual([]);
  });

  test('provisioning creates a missing bucket, and reports one that exists but errors instead of trying to create it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'fhirx-s3-'));
    dirs.push(dataDir);
    const { s3 } = await start(dataDir);
    const env = await ensureBuckets(s3);
    expect(Object.values(env)).toContain(BUCKET);
    expect((await s3.send(new HeadBucketCommand({ Bucket: BUCKET }))).$metadata.httpStatusCode).toBe(200);

    const sent: string[] = [];
    const failing = {
      send: async (command: object) => {
        sent.push(command.constructor.name);
        throw new S3ServiceException({ name: 'Unknown', $fault: 'server', $metadata: { httpStatusCode: 500 } });
      },
    } as unknown as S3Client;
    await expect(ensureBuckets(failing)).rejects.toThrow(/cannot serve bucket .* \(HeadBucket answered 500\)/);
    expect(sent).toEqual(['HeadBucketCommand']);
  });
});
