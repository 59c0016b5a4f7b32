/**
 * De-identification of FHIR R4 resources, configured as the Microsoft FHIR anonymizer is
 * (its `fhirPathRules` format and semantics; see README, "De-identification").
 *
 * Rules run in order on each resource; the first rule that matches an element or one of its
 * ancestors decides what happens to it (`keep` included). Nested resources (Bundle entries,
 * contained resources) are processed on their own with the same rules. Errors and logs never
 * carry element values: they name the rule, its method and path.
 */
import { randomBytes } from 'node:crypto';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { buildResourceTree, FhirStructureError, nestedResources, toJson, type ElementNode } from './element-tree.ts';
import { applyMethod, dateShiftOffset, keyedHash, LABELS, MethodError, type Label, type MethodContext, type RuleSettings, validateRuleSettings } from './methods.ts';
import { RulePath, type ResourceIndex } from './rule-path.ts';
import { SAFE_HARBOR_SAMPLE } from './safe-harbor.ts';

export { FhirStructureError } from './element-tree.ts';

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

/** A rule failed on a resource (processingErrors: raise). Names the rule, never a value. */
export class DeidProcessingError extends Error {
  readonly rule: number;
  constructor(message: string, rule: number) {
    super(message);
    this.name = 'DeidProcessingError';
    this.rule = rule;
  }
}

export const METHODS = ['keep', 'redact', 'dateshift', 'cryptohash', 'encrypt', 'substitute', 'perturb', 'generalize'] as const;
export type Method = (typeof METHODS)[number];

export interface AnonymizerRule {
  /** Position in `fhirPathRules`, from 0. */
  readonly index: number;
  readonly path: RulePath;
  readonly method: Method;
  readonly settings: RuleSettings;
}

export interface AnonymizerParameters {
  readonly dateShiftKey: string;
  readonly dateShiftScope: 'resource' | 'file' | 'folder';
  readonly dateShiftFixedOffsetInDays: number | undefined;
  readonly cryptoHashKey: string;
  readonly encryptKey: string;
  readonly enablePartialAgesForRedact: boolean;
  readonly enablePartialDatesForRedact: boolean;
  readonly enablePartialZipCodesForRedact: boolean;
  readonly restrictedZipCodeTabulationAreas: readonly string[];
  readonly customSettings: Readonly<Record<string, unknown>> | undefined;
}

export interface AnonymizerConfig {
  readonly fhirVersion: string;
  readonly processingErrors: 'raise' | 'skip';
  readonly rules: readonly AnonymizerRule[];
  readonly parameters: AnonymizerParameters;
}

export interface Deidentifier {
  /** A de-identified copy of `resource`; the input is left untouched. */
  deidentify<T extends { resourceType: string }>(resource: T): T;
}

export interface DeidentifierOptions {
  /** The file (scope `file`) or folder (scope `folder`) name the date-shift offset derives from. */
  readonly dateShiftPrefix?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and validates a configuration as the anonymizer reads it (trailing commas accepted). */
export function parseAnonymizerConfig(text: string): AnonymizerConfig {
  const errors: ParseError[] = [];
  const raw = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  if (errors.length > 0) throw new DeidConfigError(`configuration is not valid JSON (at offset ${errors[0]!.offset})`);
  return validateConfig(raw);
}

function validateConfig(raw: unknown): AnonymizerConfig {
  if (!isObject(raw)) throw new DeidConfigError('configuration must be a JSON object');
  const fhirVersion = raw.fhirVersion ?? '';
  if (typeof fhirVersion !== 'string' || !['', 'r4', '4.0.1', '4.0'].includes(fhirVersion.toLowerCase())) {
    throw new DeidConfigError('fhirVersion must be R4 (or empty)', { path: 'fhirVersion' });
  }
  const errorsOption = raw.processingErrors ?? 'raise';
  if (typeof errorsOption !== 'string' || !['raise', 'skip'].includes(errorsOption.toLowerCase())) {
    throw new DeidConfigError('processingErrors must be "raise" or "skip"', { path: 'processingErrors' });
  }
  const parameters = parseParameters(raw.parameters);
  const ruleList = raw.fhirPathRules ?? [];
  if (!Array.isArray(ruleList)) throw new DeidConfigError('fhirPathRules must be an array', { path: 'fhirPathRules' });
  const rules = ruleList.map((rule: unknown, index) => parseRule(rule, index, parameters));
  return { fhirVersion: fhirVersion || 'R4', processingErrors: errorsOption.toLowerCase() as 'raise' | 'skip', rules, parameters };
}

function parseRule(rule: unknown, index: number, parameters: AnonymizerParameters): AnonymizerRule {
  const name = `rule ${index + 1}`;
  if (!isObject(rule)) throw new DeidConfigError(`${name} must be a JSON object`, { rule: index });
  const { path, method, ...settings } = rule;
  if (typeof path !== 'string' || path.trim() === '') throw new DeidConfigError(`${name} has no path`, { rule: index });
  if (typeof method !== 'string') throw new DeidConfigError(`${name} (${path}) has no method`, { rule: index, path });
  const normalized = method.toLowerCase() as Method;
  if (!METHODS.includes(normalized)) {
    throw new DeidConfigError(`${name} (${path}): unknown method "${method}" (one of keep, redact, dateShift, cryptoHash, encrypt, substitute, perturb, generalize)`, { rule: index, path });
  }
  let compiled: RulePath;
  try {
    compiled = new RulePath(path);
  } catch (error) {
    throw new DeidConfigError(`${name}: path ${JSON.stringify(path)} is not valid FHIRPath: ${describe(error)}`, { rule: index, path });
  }
  let checked: RuleSettings;
  try {
    checked = validateRuleSettings(normalized, settings);
  } catch (error) {
    throw new DeidConfigError(`${name} (${path}, ${method}): ${describe(error)}`, { rule: index, path });
  }
  if (normalized === 'encrypt' && parameters.encryptKey === '') throw new DeidConfigError(`${name} (${path}) encrypts but parameters.encryptKey is missing`, { rule: index, path });
  return { index, path: compiled, method: normalized, settings: checked };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0]!.slice(0, 300);
  return 'invalid';
}

function parseParameters(raw: unknown): AnonymizerParameters {
  const p = raw === undefined || raw === null ? {} : raw;
  if (!isObject(p)) throw new DeidConfigError('parameters must be a JSON object', { path: 'parameters' });
  const text = (name: string): string => {
    const value = p[name];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') throw new DeidConfigError(`parameters.${name} must be a string`, { path: `parameters.${name}` });
    return value;
  };
  const flag = (name: string): boolean => {
    const value = p[name];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') throw new DeidConfigError(`parameters.${name} must be true or false`, { path: `parameters.${name}` });
    return value;
  };
  const scope = (text('dateShiftScope') || 'resource').toLowerCase();
  if (!['resource', 'file', 'folder'].includes(scope)) throw new DeidConfigError('parameters.dateShiftScope must be resource, file or folder', { path: 'parameters.dateShiftScope' });
  const fixed = p.dateShiftFixedOffsetInDays;
  if (fixed !== undefined && fixed !== null && (typeof fixed !== 'number' || !Number.isInteger(fixed))) {
    throw new DeidConfigError('parameters.dateShiftFixedOffsetInDays must be a whole number of days', { path: 'parameters.dateShiftFixedOffsetInDays' });
  }
  const encryptKey = text('encryptKey');
  const encryptKeyBytes = Buffer.byteLength(encryptKey, 'utf8');
  if (encryptKey !== '' && ![16, 24, 32].includes(encryptKeyBytes)) {
    throw new DeidConfigError(`parameters.encryptKey must be 16, 24 or 32 bytes (UTF-8) for AES; it is ${encryptKeyBytes}`, { path: 'parameters.encryptKey' });
  }
  const zips = p.restrictedZipCodeTabulationAreas ?? [];
  if (!Array.isArray(zips) || zips.some((zip) => typeof zip !== 'string')) {
    throw new DeidConfigError('parameters.restrictedZipCodeTabulationAreas must be an array of strings', { path: 'parameters.restrictedZipCodeTabulationAreas' });
  }
  const custom = p.customSettings;
  return {
    dateShiftKey: text('dateShiftKey') || randomBytes(32).toString('hex'),
    dateShiftScope: scope as 'resource' | 'file' | 'folder',
    dateShiftFixedOffsetInDays: typeof fixed === 'number' ? fixed : undefined,
    cryptoHashKey: text('cryptoHashKey') || randomBytes(32).toString('hex'),
    encryptKey,
    enablePartialAgesForRedact: flag('enablePartialAgesForRedact'),
    enablePartialDatesForRedact: flag('enablePartialDatesForRedact'),
    enablePartialZipCodesForRedact: flag('enablePartialZipCodesForRedact'),
    restrictedZipCodeTabulationAreas: zips as string[],
    customSettings: isObject(custom) ? custom : undefined,
  };
}

export function createDeidentifier(config: AnonymizerConfig, options: DeidentifierOptions = {}): Deidentifier {
  const rulesByType = new Map<string, AnonymizerRule[]>();
  const rulesFor = (type: string): AnonymizerRule[] => {
    let rules = rulesByType.get(type);
    if (!rules) {
      rules = config.rules.filter((rule) => rule.path.appliesTo(type));
      rulesByType.set(type, rules);
    }
    return rules;
  };
  const parameters = config.parameters;
  const indexedTypes = new Set(config.rules.flatMap((rule) => rule.path.indexedTypes));
  const indexedNames = new Set(config.rules.flatMap((rule) => rule.path.indexedNames));

  /**
   * Runs the rules on one resource, then on each resource nested in it; the date-shift prefix of
   * scope `resource` is the id of the top-level resource as it is when a rule runs.
   */
  function processResource(node: ElementNode, top: ElementNode, now: Date, labels: Set<Label>): void {
    const own = new Set<Label>();
    const index = indexResource(node, indexedTypes, indexedNames);
    const context: MethodContext = { parameters, dateShiftOffset: () => dateShiftOffsetFor(top), hash, now, labels: own };
    for (const rule of rulesFor(node.type)) {
      let matched: ElementNode[];
      try {
        matched = rule.path.select(node, index);
      } catch (error) {
        throw new DeidProcessingError(`rule ${rule.index + 1} (${rule.path.text}) could not be evaluated: ${describe(error)}`, rule.index);
      }
      for (const element of matched) {
        if (element.visited) continue;
        try {
          applyMethod(rule.method, element, rule.settings, context);
        } catch (error) {
          const reason = error instanceof MethodError ? error.message : 'evaluation failed';
          throw new DeidProcessingError(`rule ${rule.index + 1} (${rule.path.text}, ${rule.method}) failed on ${node.type}: ${reason}`, rule.index);
        }
      }
    }
    for (const nested of nestedResources(node)) {
      const nestedLabels = new Set<Label>();
      processResource(nested, top, now, nestedLabels);
      for (const label of nestedLabels) own.add(label);
      // Entries of a Bundle (and other non-contained resources) carry their own labels.
      if (nested.key !== 'contained') addLabels(nested, nestedLabels);
    }
    for (const label of own) labels.add(label);
  }

  const hash = keyedHash(parameters.cryptoHashKey);
  const offsets = new Map<string, number>();
  function dateShiftOffsetFor(root: ElementNode): number {
    if (parameters.dateShiftFixedOffsetInDays !== undefined) return parameters.dateShiftFixedOffsetInDays;
    let prefix = options.dateShiftPrefix ?? '';
    if (parameters.dateShiftScope === 'resource') {
      const id = root.children.find((child) => child.key === 'id');
      prefix = typeof id?.value === 'string' ? id.value : '';
    }
    let offset = offsets.get(prefix);
    if (offset === undefined) {
      offset = dateShiftOffset(prefix, parameters.dateShiftKey);
      if (offsets.size >= 50_000) offsets.clear();
      offsets.set(prefix, offset);
    }
    return offset;
  }

  return {
    deidentify<T extends { resourceType: string }>(resource: T): T {
      const root = buildResourceTree(resource);
      const labels = new Set<Label>();
      try {
        processResource(root, root, new Date(), labels);
      } catch (error) {
        if (config.processingErrors === 'skip' && error instanceof DeidProcessingError) {
          return { resourceType: resource.resourceType, meta: { security: [LABELS.REDACTED] } } as unknown as T;
        }
        throw error;
      }
      addLabels(root, labels);
      return toJson(root) as T;
    },
  };
}

const LABEL_ORDER: readonly Label[] = ['REDACTED', 'ABSTRED', 'CRYTOHASH', 'MASKED', 'PERTURBED', 'SUBSTITUTED', 'GENERALIZED'];

/** Adds the anonymizer's security labels to `meta.security` of a resource node, after its existing ones. */
function addLabels(resource: ElementNode, labels: Set<Label>): void {
  if (labels.size === 0) return;
  let meta = resource.children.find((child) => child.key === 'meta');
  if (!meta) {
    meta = { key: 'meta', name: 'meta', type: 'Meta', typePath: 'Meta', parent: resource, index: undefined, repeating: false, primitive: false, resource: false, source: {}, value: undefined, children: [], visited: true };
    const position = resource.children.findIndex((child) => child.key !== 'id');
    resource.children.splice(position < 0 ? resource.children.length : position, 0, meta);
  }
  const present: unknown[] = [];
  for (const child of meta.children) {
    if (child.key !== 'security') continue;
    for (const part of child.children) if (part.key === 'code') present.push(part.value);
  }
  let next = present.length;
  for (const label of LABEL_ORDER) {
    if (!labels.has(label) || present.includes(label)) continue;
    meta.children.push(codingNode(meta, next++, LABELS[label]));
  }
}

function codingNode(parent: ElementNode, index: number, coding: { system?: string; code: string; display: string }): ElementNode {
  const node: ElementNode = { key: 'security', name: 'security', type: 'Coding', typePath: 'Coding', parent, index, repeating: true, primitive: false, resource: false, source: coding, value: undefined, children: [], visited: true };
  for (const [key, value] of Object.entries(coding)) {
    node.children.push({ key, name: key, type: key === 'system' ? 'uri' : key === 'code' ? 'code' : 'string', typePath: key, parent: node, index: undefined, repeating: false, primitive: true, resource: false, source: undefined, value, children: [], visited: true });
  }
  return node;
}

/** The elements of one resource (not of its nested resources) by the types and names the rules look for. */
function indexResource(root: ElementNode, types: ReadonlySet<string>, names: ReadonlySet<string>): ResourceIndex {
  const byType = new Map<string, ElementNode[]>();
  const byName = new Map<string, ElementNode[]>();
  const visit = (node: ElementNode) => {
    if (types.has(node.type)) {
      const list = byType.get(node.type);
      if (list) list.push(node);
      else byType.set(node.type, [node]);
    }
    if (names.has(node.name)) {
      const list = byName.get(node.name);
      if (list) list.push(node);
      else byName.set(node.name, [node]);
    }
    for (const child of node.children) if (!child.resource) visit(child);
  };
  visit(root);
  return { byType, byName };
}

/**
 * The Microsoft sample's HIPAA Safe Harbor configuration with the given keys; `firstRules` (rules
 * of the same format) run before the sample's, so they win for the nodes they match.
 */
export function safeHarborConfig(
  keys: { dateShiftKey: string; cryptoHashKey: string; encryptKey: string },
  firstRules: readonly Record<string, unknown>[] = [],
): AnonymizerConfig {
  const sample = { ...structuredClone(SAFE_HARBOR_SAMPLE), fhirPathRules: [...structuredClone(firstRules), ...structuredClone(SAFE_HARBOR_SAMPLE.fhirPathRules)] } as { parameters: Record<string, unknown> };
  sample.parameters.dateShiftKey = keys.dateShiftKey;
  sample.parameters.cryptoHashKey = keys.cryptoHashKey;
  sample.parameters.encryptKey = keys.encryptKey;
  return validateConfig(sample);
}

export { FhirStructureError as DeidInputError };
