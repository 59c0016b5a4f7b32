/**
 * De-identification of FHIR R4 resources, configured as the Microsoft FHIR anonymizer is
 * (github.com/microsoft/Tools-for-Health-Data-Anonymization, its `fhirPathRules` format).
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';

export class DeidConfigError extends Error {
  readonly rule?: number;
  readonly path?: string;
  constructor(message: string, where: { rule?: number; path?: string } = {}) {
    super(message);
    this.name = 'DeidConfigError';
    if (where.rule !== undefined) this.rule = where.rule;
    if (where.path !== undefined) this.path = where.path;
  }
}

export interface AnonymizerRule {
  readonly index: number;
  readonly path: string;
  readonly method: string;
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface AnonymizerConfig {
  readonly fhirVersion: string;
  readonly processingErrors: 'raise' | 'skip';
  readonly rules: readonly AnonymizerRule[];
  readonly parameters: Readonly<Record<string, unknown>>;
}

export interface Deidentifier {
  /** A de-identified copy of `resource`; the input is left untouched. */
  deidentify<T extends { resourceType: string }>(resource: T): T;
}

/** Parses a configuration as the anonymizer reads it (trailing commas accepted). */
export function parseAnonymizerConfig(text: string): AnonymizerConfig {
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || typeof raw !== 'object' || raw === null) throw new DeidConfigError('configuration is not valid JSON');
  const object = raw as Record<string, unknown>;
  const rules = Array.isArray(object.fhirPathRules) ? object.fhirPathRules : [];
  return {
    fhirVersion: typeof object.fhirVersion === 'string' ? object.fhirVersion : 'R4',
    processingErrors: object.processingErrors === 'skip' ? 'skip' : 'raise',
    rules: rules.map((rule: Record<string, unknown>, index) => {
      const { path, method, ...settings } = rule;
      return { index, path: String(path), method: String(method).toLowerCase(), settings };
    }),
    parameters: (object.parameters ?? {}) as Record<string, unknown>,
  };
}

export function createDeidentifier(config: AnonymizerConfig): Deidentifier {
  void config;
  return {
    deidentify() {
      throw new Error('de-identification is not implemented yet');
    },
  };
}

/** The Microsoft sample's HIPAA Safe Harbor configuration with the given keys. */
export function safeHarborConfig(keys: { dateShiftKey: string; cryptoHashKey: string; encryptKey: string }): AnonymizerConfig {
  void keys;
  throw new Error('the Safe Harbor configuration is not implemented yet');
}
