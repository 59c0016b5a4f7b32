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
 * An export's files in the export bucket. Keys are the job's id, resource types and patient
 * positions only (a patient's position in the job's fixed order, never an id of theirs):
 *
 * - `jobs/<jobId>/parts/<Type>/<position, 8 digits>.ndjson`: one patient's lines of that type;
 * - `jobs/<jobId>/parts/$errors/<position>.ndjson`: OperationOutcomes for what of that patient could not be exported;
 * - `jobs/<jobId>/<Type>.ndjson`, `jobs/<jobId>/errors.ndjson`: the files of the manifest, each the
 *   concatenation of its type's parts in patient order, written once every patient is done.
 *
 * A patient's parts are written whole before the job's checkpoint moves past the patient, and a
 * run taking over a job first deletes what a crashed run may have left of the patient it restarts
 * at: so each line is in exactly one counted part, and no file has a line twice. The parts of a
 * type are listed a page at a time and concatenated part by part, so neither writing nor
 * assembling holds more than one patient's lines, and, for each of the FILES_AT_ONCE files being
 * written, one listing page and one multipart part, whatever the number of patients. Files are
 * downloaded through presigned GET links made when the manifest is asked for (never before the
 * files are final), valid for EXPORT_LINK_SECONDS; the bucket's lifecycle deletes them after the
 * retention period.
 */

export const NDJSON_CONTENT_TYPE = 'application/fhir+ndjson';
/** Multipart parts of the assembled files: at least S3's smallest part (5 MiB, but the last). */
const PART_BYTES = 8 * 1024 * 1024;
/** Parts read ahead while concatenating (their order is kept). */
const READ_AHEAD = 8;
/** Files assembled at once. */
const FILES_AT_ONCE = 4;
export const ERRORS = '$errors';

const position = (index: number) => String(index).padStart(8, '0');
const partsPrefix = (jobId: string, type: string) => `jobs/${jobId}/parts/${type}/`;
export const partKey = (jobId: string, patient: number, type: string) => `${partsPrefix(jobId, type)}${position(patient)}.ndjson`;
export const errorPartKey = (jobId: string, patient: number) => partKey(jobId, patient, ERRORS);
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

  /** The keys under `prefix`, a listing page (at most 1,000) at a time, in key order. */
  async *#pages(prefix: string): AsyncGenerator<string[]> {
    let ContinuationToken: string | undefined;
    do {
      const page = await this.#s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken }));
      yield (page.Contents ?? []).map((object) => object.Key).filter((key): key is string => key !== undefined);
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  async #deleteKeys(keys: readonly string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 1000) {
      await this.#s3.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true } }));
    }
  }

  async #deleteUnder(prefix: string): Promise<void> {
    for await (const keys of this.#pages(prefix)) await this.#deleteKeys(keys);
  }

  /**
   * Deletes what a run may have written of the patient at `patient` before it crashed: its part of
   * each of `types` (every type the job may write) and its error part. Deleting a key that does not
   * exist is no error, so this needs no listing.
   */
  async clearPatient(jobId: string, patient: number, types: readonly string[]): Promise<void> {
    await this.#deleteKeys([...types, ERRORS].map((type) => partKey(jobId, patient, type)));
  }

  /** Deletes every file of the job (a cancelled job). */
  async deleteJob(jobId: string): Promise<void> {
    await this.#deleteUnder(`jobs/${jobId}/`);
  }

  /**
   * Writes the manifest's files from the parts of `types` (those with lines) and the error parts (the
   * error file, after `leading` error lines, if there is any error at all): one file per type,
   * streamed part by part. Idempotent: run again, it writes the same files. Returns whether the
   * error file was written.
   */
  async assemble(jobId: string, types: readonly string[], errorParts: boolean, leading: readonly string[]): Promise<{ errors: boolean }> {
    const errors = errorParts || leading.length > 0;
    const files = [...types.map((type) => () => this.#concatenate(fileKey(jobId, type), partsPrefix(jobId, type), [])), ...(errors ? [() => this.#concatenate(errorFileKey(jobId), errorParts ? partsPrefix(jobId, ERRORS) : undefined, leading)] : [])];
    // FILES_AT_ONCE files are written at a time (each reads READ_AHEAD parts ahead).
    let next = 0;
    const writer = async () => {
      while (next < files.length) await files[next++]!();
    };
    await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, files.length) }, writer));
    return { errors };
  }

  async #read(key: string): Promise<Buffer> {
    const { Body } = await this.#s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return Buffer.from(await Body!.transformToByteArray());
  }

  /** The parts under `prefix` in key order, READ_AHEAD of them read at once. */
  async *#partsUnder(prefix: string): AsyncGenerator<Buffer> {
    for await (const keys of this.#pages(prefix)) {
      for (let start = 0; start < keys.length; start += READ_AHEAD) {
        for (const bytes of await Promise.all(keys.slice(start, start + READ_AHEAD).map((key) => this.#read(key)))) yield bytes;
      }
    }
  }

  async #concatenate(target: string, prefix: string | undefined, leading: readonly string[]): Promise<void> {
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
      if (prefix !== undefined) {
        for await (const bytes of this.#partsUnder(prefix)) {
          buffered.push(bytes);
          bufferedBytes += bytes.length;
          if (bufferedBytes >= PART_BYTES) await flush();
        }
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
    await this.#deleteUnder(`jobs/${jobId}/parts/`);
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
