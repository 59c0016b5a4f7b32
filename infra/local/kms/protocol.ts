/**
 * AWS JSON 1.1 protocol pieces of the KMS stand-in: the error type and typed readers for request
 * fields. Field limits follow the KMS API reference
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_Operations.html).
 *
 * Error messages here never echo request values: those can be plaintexts or key material.
 * They may name fields and key ids.
 */

/** Exception names exactly as KMS returns them in `__type`; the SDK maps them to its exception classes. */
export type KmsExceptionName =
  | 'AlreadyExistsException'
  | 'DisabledException'
  | 'IncorrectKeyException'
  | 'InvalidCiphertextException'
  | 'InvalidKeyUsageException'
  | 'InvalidMarkerException'
  | 'KMSInternalException'
  | 'KMSInvalidMacException'
  | 'KMSInvalidSignatureException'
  | 'KMSInvalidStateException'
  | 'NotFoundException'
  | 'UnsupportedOperationException'
  | 'ValidationException';

export class KmsError extends Error {
  override name = 'KmsError';
  readonly type: KmsExceptionName;
  readonly status: number;

  constructor(type: KmsExceptionName, message: string, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}

export type JsonObject = Record<string, unknown>;
export type EncryptionContext = Record<string, string>;

/** Parses a request body. An empty body is `{}` (as in AWS); anything but a JSON object is a ValidationException. */
export function parseRequestBody(raw: Buffer): JsonObject {
  if (raw.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new KmsError('ValidationException', 'The request body is not valid JSON.');
  }
  if (!isJsonObject(parsed)) throw new KmsError('ValidationException', 'The request body must be a JSON object.');
  return parsed;
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field that is absent or JSON null is "not set" (the SDK never sends null, but hand-written clients may). */
function field(body: JsonObject, name: string): unknown {
  return Object.hasOwn(body, name) ? (body[name] ?? undefined) : undefined;
}

function invalid(name: string, why: string): KmsError {
  return new KmsError('ValidationException', `1 validation error detected: Value at '${name}' failed to satisfy constraint: ${why}.`);
}

export function optionalString(body: JsonObject, name: string, maxLength = 2048): string | undefined {
  const value = field(body, name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(name, 'Member must be a string');
  if (value.length < 1 || value.length > maxLength) throw invalid(name, `Member must have length between 1 and ${maxLength}`);
  return value;
}

export function requiredString(body: JsonObject, name: string, maxLength = 2048): string {
  const value = optionalString(body, name, maxLength);
  if (value === undefined) throw invalid(name, 'Member must not be null');
  return value;
}

export function optionalEnum<T extends string>(body: JsonObject, name: string, allowed: readonly T[]): T | undefined {
  const value = field(body, name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(name, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return value as T;
}

export function requiredEnum<T extends string>(body: JsonObject, name: string, allowed: readonly T[]): T {
  const value = optionalEnum(body, name, allowed);
  if (value === undefined) throw invalid(name, 'Member must not be null');
  return value;
}

export function optionalInteger(body: JsonObject, name: string, min: number, max: number): number | undefined {
  const value = field(body, name);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(name, 'Member must be an integer');
  if (value < min || value > max) throw invalid(name, `Member must be between ${min} and ${max}`);
  return value;
}

// Strict base64: Buffer.from(s, 'base64') silently skips garbage, which would turn a malformed
// request into a confusing InvalidCiphertextException instead of a ValidationException.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Blobs travel as base64 strings in AWS JSON 1.1. `maxBytes` is the decoded size limit. */
export function optionalBlob(body: JsonObject, name: string, maxBytes: number): Buffer | undefined {
  const value = field(body, name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !BASE64.test(value)) throw invalid(name, 'Member must be a base64-encoded blob');
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length < 1 || bytes.length > maxBytes) throw invalid(name, `Member must have length between 1 and ${maxBytes} bytes`);
  return bytes;
}

export function requiredBlob(body: JsonObject, name: string, maxBytes: number): Buffer {
  const value = optionalBlob(body, name, maxBytes);
  if (value === undefined) throw invalid(name, 'Member must not be null');
  return value;
}

/** EncryptionContext is a string-to-string map; absent means empty. */
export function optionalContext(body: JsonObject, name: string): EncryptionContext {
  const value = field(body, name);
  if (value === undefined) return {};
  if (!isJsonObject(value)) throw invalid(name, 'Member must be a map of strings to strings');
  const context: EncryptionContext = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw invalid(name, 'Member must be a map of strings to strings');
    context[key] = entry;
  }
  return context;
}

/** Request features the stand-in deliberately does not emulate: fail loudly rather than silently ignore them. */
export function rejectUnsupported(body: JsonObject, names: readonly string[]): void {
  for (const name of names) {
    const value = field(body, name);
    if (value !== undefined && value !== false) {
      throw new KmsError('UnsupportedOperationException', `The KMS stand-in does not support '${name}'.`);
    }
  }
}
