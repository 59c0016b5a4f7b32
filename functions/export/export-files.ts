import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/**
 * An export's files in the export bucket. Keys are the job's id and resource types only:
 *
 * - `jobs/<jobId>/parts/<chunk, 8 digits>/<Type>.ndjson`: the lines of one checkpoint's patients, by type;
 * - `jobs/<jobId>/parts/<chunk>/$errors.ndjson`: OperationOutcomes for what could not be exported in that chunk;
 * - `jobs/<jobId>/<Type>.ndjson`, `jobs/<jobId>/errors.ndjson`: the files of the manifest, each the
 *   concatenation of its parts in chunk order, written once every patient is done.
 *
 * A chunk's parts are written whole before the job's checkpoint moves past it, and a run taking
 * over a job first deletes what a crashed run left of the chunk it restarts: so each line is in
 * exactly one counted part, and no file has a line twice. Files are downloaded through presigned
 * GET links made when the manifest is asked for (never before the files are final), valid for
 * EXPORT_LINK_SECONDS; the bucket's lifecycle deletes them after the retention period.
 */

export const NDJSON_CONTENT_TYPE = 'application/fhir+ndjson';
/** S3's smallest multipart part (but the last). */
const PART_BYTES = 8 * 1024 * 1024;
const ERRORS = '$errors';

const chunkName = (chunk: number) => String(chunk).padStart(8, '0');
export const partKey = (jobId: string, chunk: number, type: string) => `jobs/${jobId}/parts/${chunkName(chunk)}/${type}.ndjson`;
export const errorPartKey = (jobId: string, chunk: number) => `jobs/${jobId}/parts/${chunkName(chunk)}/${ERRORS}.ndjson`;
export const fileKey = (jobId: string, type: string) => `jobs/${jobId}/${type}.ndjson`;
export const errorFileKey = (jobId: string) => `jobs/${jobId}/errors.ndjson`;

export class ExportFiles {
  readonly #s3: S3Client;
  readonly bucket: string;

  constructor(s3: S3Client, bucket: string) {
    this.#s3 = s3;
    this.bucket = bucket;
  }

  async put(key: string, body: string): Promise<void> {
    await this.#s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: NDJSON_CONTENT_TYPE }));
  }

  async #list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.#s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken }));
      keys.push(...(page.Contents ?? []).map((object) => object.Key!).filter((key) => key !== undefined));
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return keys.sort();
  }

  async #deleteKeys(keys: readonly string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 1000) {
      await this.#s3.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true } }));
    }
  }

  /** Deletes what a run may have written of `chunk` before it crashed. */
  async clearChunk(jobId: string, chunk: number): Promise<void> {
    await this.#deleteKeys(await this.#list(`jobs/${jobId}/parts/${chunkName(chunk)}/`));
  }

  /** Deletes every file of the job (a cancelled job). */
  async deleteJob(jobId: string): Promise<void> {
    await this.#deleteKeys(await this.#list(`jobs/${jobId}/`));
  }

  /**
   * Writes the manifest's files from the parts of chunks before `chunks`: one file per type (and
   * the error file, after `leading` error lines), streamed part by part, so memory holds at most
   * one multipart part. Idempotent: run again, it writes the same files. Returns the written types.
   */
  async assemble(jobId: string, chunks: number, leading: readonly string[]): Promise<{ types: string[]; errors: boolean }> {
    const byType = new Map<string, string[]>();
    for (const key of await this.#list(`jobs/${jobId}/parts/`)) {
      const [chunk, file] = key.slice(`jobs/${jobId}/parts/`.length).split('/') as [string, string];
      if (Number(chunk) >= chunks) continue;
      const type = file.replace(/\.ndjson$/, '');
      byType.set(type, [...(byType.get(type) ?? []), key]);
    }
    const types = [...byType.keys()].filter((type) => type !== ERRORS).sort();
    for (const type of types) await this.#concatenate(fileKey(jobId, type), byType.get(type)!, []);
    const errorParts = byType.get(ERRORS) ?? [];
    const errors = errorParts.length > 0 || leading.length > 0;
    if (errors) await this.#concatenate(errorFileKey(jobId), errorParts, leading);
    return { types, errors };
  }

  async #read(key: string): Promise<Buffer> {
    const { Body } = await this.#s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return Buffer.from(await Body!.transformToByteArray());
  }

  async #concatenate(target: string, parts: readonly string[], leading: readonly string[]): Promise<void> {
    let buffered: Buffer[] = leading.length > 0 ? [Buffer.from(leading.map((line) => `${line}\n`).join(''))] : [];
    let bufferedBytes = buffered.reduce((sum, piece) => sum + piece.length, 0);
    let upload: { id: string; parts: { ETag: string; PartNumber: number }[] } | undefined;
    const flush = async () => {
      if (!upload) {
        const created = await this.#s3.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: target, ContentType: NDJSON_CONTENT_TYPE }));
        upload = { id: created.UploadId!, parts: [] };
      }
      const PartNumber = upload.parts.length + 1;
      const { ETag } = await this.#s3.send(new UploadPartCommand({ Bucket: this.bucket, Key: target, UploadId: upload.id, PartNumber, Body: Buffer.concat(buffered) }));
      upload.parts.push({ ETag: ETag!, PartNumber });
      buffered = [];
      bufferedBytes = 0;
    };
    try {
      for (const part of parts) {
        const bytes = await this.#read(part);
        buffered.push(bytes);
        bufferedBytes += bytes.length;
        if (bufferedBytes >= PART_BYTES) await flush();
      }
      if (!upload) {
        await this.#s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: target, Body: Buffer.concat(buffered), ContentType: NDJSON_CONTENT_TYPE }));
        return;
      }
      if (bufferedBytes > 0) await flush();
      await this.#s3.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: target, UploadId: upload.id, MultipartUpload: { Parts: upload.parts } }));
    } catch (error) {
      if (upload) await this.#s3.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: target, UploadId: upload.id })).catch(() => undefined);
      throw error;
    }
  }

  /** Deletes the parts once the files are written (what is left is deleted by the lifecycle anyway). */
  async deleteParts(jobId: string): Promise<void> {
    await this.#deleteKeys(await this.#list(`jobs/${jobId}/parts/`));
  }

  /** Deletes these files (a finished job cancelled: its files are known, no listing needed). */
  async deleteFiles(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.#deleteKeys(keys);
  }

  /** A presigned GET link to `key`, valid `seconds`. */
  async link(key: string, seconds: number): Promise<string> {
    return getSignedUrl(this.#s3, new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentType: NDJSON_CONTENT_TYPE }), { expiresIn: seconds });
  }
}
