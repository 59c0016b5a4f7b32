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
 * - `jobs/<jobId>/parts/<position, 8 digits>.ndjson`: one patient's part, all its lines: a first
 *   line indexing the sections (`[[type, lines, bytes], …]`, `$errors` for the OperationOutcomes of
 *   what of that patient could not be exported), then each section's lines in that order;
 * - `jobs/<jobId>/<Type>.ndjson`, `jobs/<jobId>/errors.ndjson`: the files of the manifest, each the
 *   concatenation of its type's sections in patient order, written once every patient is done.
 *
 * A patient's part is written whole (one object) before the job's checkpoint moves past the
 * patient, and a run taking over a job first deletes the part a crashed run may have left of the
 * patient it restarts at: so each line is in exactly one counted part, and no file has a line
 * twice. The files are written by an ExportAssembly, one upload per file, each section appended to
 * its file in patient order: a run that does the whole job hands it each part as soon as the part
 * is written and checkpointed (the parts are never read back); a run that resumes a job, whose
 * first parts another run wrote, assembles at the end from the parts (`assemble`), listing them a
 * page at a time and reading each once (READ_AHEAD at a time, in order). Either way it holds,
 * whatever the number of patients, per file less than one multipart part (PART_BYTES, copied out
 * of the parts, so no part is kept alive by a small file), and at most READ_AHEAD parts and one
 * listing page. Files are downloaded through presigned GET links made when the manifest is
 * asked for (never before the files are final), valid for EXPORT_LINK_SECONDS; the bucket's
 * lifecycle deletes them after the retention period.
 */

export const NDJSON_CONTENT_TYPE = 'application/fhir+ndjson';
/** Multipart parts of the assembled files: S3's smallest part (5 MiB, but the last). */
const PART_BYTES = 5 * 1024 * 1024;
/** Parts read ahead while assembling (their order is kept). */
const READ_AHEAD = 8;
export const ERRORS = '$errors';

const position = (index: number) => String(index).padStart(8, '0');
const partsPrefix = (jobId: string) => `jobs/${jobId}/parts/`;
const PART_NAME = /^\d{8}\.ndjson$/;
export const partKey = (jobId: string, patient: number) => `${partsPrefix(jobId)}${position(patient)}.ndjson`;
export const fileKey = (jobId: string, type: string) => `jobs/${jobId}/${type}.ndjson`;
export const errorFileKey = (jobId: string) => `jobs/${jobId}/errors.ndjson`;

/** A section index entry of a part: type (or ERRORS), number of lines, bytes. */
type Section = [string, number, number];

/** One patient's part: the section index line, then each section's lines (each ending with a newline). */
export function patientPart(sections: ReadonlyMap<string, readonly string[]>): Buffer {
  const index: Section[] = [];
  let total = 0;
  for (const [type, lines] of sections) {
    if (lines.length === 0) continue;
    let bytes = lines.length;
    for (const line of lines) bytes += Buffer.byteLength(line);
    index.push([type, lines.length, bytes]);
    total += bytes;
  }
  // Encoded once into a buffer of the exact size (no joined string, no concatenation).
  const head = `${JSON.stringify(index)}\n`;
  const part = Buffer.allocUnsafe(Buffer.byteLength(head) + total);
  let offset = part.write(head);
  for (const [, lines] of sections) {
    for (const line of lines) {
      offset += part.write(line, offset);
      part[offset++] = 0x0a;
    }
  }
  if (offset !== part.length) throw new Error('An export part was not written to its computed length');
  return part;
}

/** The sections of a part as written by patientPart (views into `part`). */
function* sectionsOf(part: Buffer): Generator<[string, Buffer]> {
  const newline = part.indexOf(0x0a);
  if (newline < 0) throw new Error('An export part has no section index');
  const index = JSON.parse(part.subarray(0, newline).toString()) as Section[];
  let offset = newline + 1;
  for (const [type, , bytes] of index) {
    if (offset + bytes > part.length) throw new Error('An export part is shorter than its section index');
    yield [type, part.subarray(offset, offset + bytes)];
    offset += bytes;
  }
}

export class ExportFiles {
  readonly #s3: S3Client;
  readonly bucket: string;

  constructor(s3: S3Client, bucket: string) {
    this.#s3 = s3;
    this.bucket = bucket;
  }

  /** Writes the part of the patient at `patient`: its lines by type (and ERRORS), as one object. Returns the part's bytes (patientPart). */
  async putPart(jobId: string, patient: number, sections: ReadonlyMap<string, readonly string[]>): Promise<Buffer> {
    const part = patientPart(sections);
    await this.#s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: partKey(jobId, patient), Body: part, ContentType: NDJSON_CONTENT_TYPE }));
    return part;
  }

  /**
   * Starts writing the job's files: hand it each part (patientPart's bytes) in patient order, then
   * finish it with the types counted. The error file starts with `leading`.
   */
  begin(jobId: string, leading: readonly string[]): ExportAssembly {
    return new ExportAssembly(this.#s3, this.bucket, jobId, leading);
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

  /** Deletes the part a run may have written of the patient at `patient` before it crashed (no error if there is none). */
  async clearPatient(jobId: string, patient: number): Promise<void> {
    await this.#deleteKeys([partKey(jobId, patient)]);
  }

  /** Deletes every file of the job (a cancelled job). */
  async deleteJob(jobId: string): Promise<void> {
    await this.#deleteUnder(`jobs/${jobId}/`);
  }

  /**
   * Writes the manifest's files from the parts: one file per type of `types` (those with lines) and
   * the error file (`leading` error lines, then the parts' error sections) if there is any error at
   * all. Each part is read once, in patient order, and its sections appended to their files.
   * Idempotent: run again, it writes the same files. Returns whether the error file was written.
   * `onPart` is called once each part's sections are handed over.
   */
  async assemble(jobId: string, types: readonly string[], errorParts: boolean, leading: readonly string[], onPart?: () => void): Promise<{ errors: boolean }> {
    const assembly = new ExportAssembly(this.#s3, this.bucket, jobId, leading, new Set(errorParts ? [...types, ERRORS] : types));
    try {
      for await (const part of this.#parts(jobId)) {
        await assembly.add(part);
        onPart?.();
      }
      return await assembly.finish(types, errorParts);
    } catch (error) {
      await assembly.abort();
      throw error;
    }
  }

  async #read(key: string): Promise<Buffer> {
    const { Body } = await this.#s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return Buffer.from(await Body!.transformToByteArray());
  }

  /** The job's parts in patient order, READ_AHEAD of them read at once. */
  async *#parts(jobId: string): AsyncGenerator<Buffer> {
    const prefix = partsPrefix(jobId);
    for await (const page of this.#pages(prefix)) {
      const keys = page.filter((key) => PART_NAME.test(key.slice(prefix.length)));
      for (let start = 0; start < keys.length; start += READ_AHEAD) {
        for (const bytes of await Promise.all(keys.slice(start, start + READ_AHEAD).map((key) => this.#read(key)))) yield bytes;
      }
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

const UNCOUNTED = 'An export part has a section of a type the job did not count';

/**
 * The manifest's files being written from the parts, in patient order: each part's sections go
 * to their type's file (and ERRORS to the error file, after the leading lines). `expected`, when
 * given, is every section type the parts may have (a section of another type stops it at once);
 * `finish` checks the files against the types counted either way.
 */
export class ExportAssembly {
  readonly #s3: S3Client;
  readonly #bucket: string;
  readonly #jobId: string;
  readonly #leading: readonly string[];
  readonly #expected: ReadonlySet<string> | undefined;
  readonly #files = new Map<string, FileUpload>();

  constructor(s3: S3Client, bucket: string, jobId: string, leading: readonly string[], expected?: ReadonlySet<string>) {
    this.#s3 = s3;
    this.#bucket = bucket;
    this.#jobId = jobId;
    this.#leading = leading;
    this.#expected = expected;
  }

  async #file(type: string): Promise<FileUpload> {
    let file = this.#files.get(type);
    if (file) return file;
    if (this.#expected && !this.#expected.has(type)) throw new Error(UNCOUNTED);
    file = new FileUpload(this.#s3, this.#bucket, type === ERRORS ? errorFileKey(this.#jobId) : fileKey(this.#jobId, type));
    this.#files.set(type, file);
    if (type === ERRORS && this.#leading.length > 0) await file.append(Buffer.from(this.#leading.map((line) => `${line}\n`).join('')));
    return file;
  }

  /** Appends a part's sections (patientPart's bytes) to their files. */
  async add(part: Buffer): Promise<void> {
    for (const [type, lines] of sectionsOf(part)) await (await this.#file(type)).append(lines);
  }

  /**
   * Writes the files out: one per type of `types` (those with lines) and the error file if any
   * part had errors or there are leading lines. Returns whether the error file was written.
   */
  async finish(types: readonly string[], errorParts: boolean): Promise<{ errors: boolean }> {
    const errors = errorParts || this.#leading.length > 0;
    if (errors) await this.#file(ERRORS);
    const wanted = new Set(errors ? [...types, ERRORS] : types);
    if ([...this.#files.keys()].some((type) => !wanted.has(type))) throw new Error(UNCOUNTED);
    if (this.#files.size !== wanted.size) throw new Error('A type the job counted has no section in any export part');
    await Promise.all([...this.#files.values()].map((file) => file.finish()));
    return { errors };
  }

  /** Aborts every multipart upload in progress (best effort). */
  async abort(): Promise<void> {
    await Promise.all([...this.#files.values()].map((file) => file.abort()));
  }
}

/**
 * One file of the manifest being written: appended bytes are copied and buffered until they make
 * a multipart part; a file that never reaches one is written with one PutObject.
 */
class FileUpload {
  readonly #s3: S3Client;
  readonly #bucket: string;
  readonly #key: string;
  #buffered: Buffer[] = [];
  #bufferedBytes = 0;
  #upload: { id: string; parts: { ETag: string; PartNumber: number }[] } | undefined;

  constructor(s3: S3Client, bucket: string, key: string) {
    this.#s3 = s3;
    this.#bucket = bucket;
    this.#key = key;
  }

  async append(bytes: Buffer): Promise<void> {
    // A copy: `bytes` is usually a view into a whole part, which a small file would otherwise keep alive to the end.
    this.#buffered.push(Buffer.from(bytes));
    this.#bufferedBytes += bytes.length;
    if (this.#bufferedBytes >= PART_BYTES) await this.#flush();
  }

  async #flush(): Promise<void> {
    const Body = Buffer.concat(this.#buffered);
    this.#buffered = [];
    this.#bufferedBytes = 0;
    if (!this.#upload) {
      const created = await this.#s3.send(new CreateMultipartUploadCommand({ Bucket: this.#bucket, Key: this.#key, ContentType: NDJSON_CONTENT_TYPE }));
      this.#upload = { id: created.UploadId!, parts: [] };
    }
    const PartNumber = this.#upload.parts.length + 1;
    const { ETag } = await this.#s3.send(new UploadPartCommand({ Bucket: this.#bucket, Key: this.#key, UploadId: this.#upload.id, PartNumber, Body }));
    this.#upload.parts.push({ ETag: ETag!, PartNumber });
  }

  async finish(): Promise<void> {
    if (!this.#upload) {
      await this.#s3.send(new PutObjectCommand({ Bucket: this.#bucket, Key: this.#key, Body: Buffer.concat(this.#buffered), ContentType: NDJSON_CONTENT_TYPE }));
      this.#buffered = [];
      this.#bufferedBytes = 0;
      return;
    }
    if (this.#bufferedBytes > 0) await this.#flush();
    await this.#s3.send(new CompleteMultipartUploadCommand({ Bucket: this.#bucket, Key: this.#key, UploadId: this.#upload.id, MultipartUpload: { Parts: this.#upload.parts } }));
    this.#upload = undefined;
  }

  /** Aborts the multipart upload in progress, if any. */
  async abort(): Promise<void> {
    const upload = this.#upload;
    this.#upload = undefined;
    this.#buffered = [];
    this.#bufferedBytes = 0;
    if (upload) await this.#s3.send(new AbortMultipartUploadCommand({ Bucket: this.#bucket, Key: this.#key, UploadId: upload.id })).catch(() => undefined);
  }
}
