/**
 * The anonymizer's methods, applied to an element and then to each of its descendants that no
 * earlier rule handled (nested resources excepted), as the anonymizer applies them.
 */
import { createCipheriv, createHmac, createSecretKey, randomBytes, randomInt } from 'node:crypto';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { buildResourceTree, FhirStructureError, type ElementNode, type Primitive } from './element-tree.ts';

export type Label = 'REDACTED' | 'ABSTRED' | 'CRYTOHASH' | 'MASKED' | 'PERTURBED' | 'SUBSTITUTED' | 'GENERALIZED';

const OBSERVATION_VALUE = 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue';

/** The security labels the anonymizer adds (CRYTOHASH is its spelling). */
export const LABELS: Record<Label, { system?: string; code: string; display: string }> = {
  REDACTED: { system: OBSERVATION_VALUE, code: 'REDACTED', display: 'redacted' },
  ABSTRED: { system: OBSERVATION_VALUE, code: 'ABSTRED', display: 'abstracted' },
  CRYTOHASH: { system: OBSERVATION_VALUE, code: 'CRYTOHASH', display: 'cryptographic hash function' },
  MASKED: { system: OBSERVATION_VALUE, code: 'MASKED', display: 'masked' },
  PERTURBED: { code: 'PERTURBED', display: 'exact value is replaced with another exact value' },
  SUBSTITUTED: { code: 'SUBSTITUTED', display: 'exact value is replaced with a predefined value' },
  GENERALIZED: { code: 'GENERALIZED', display: 'exact value is replaced with a general value' },
};

/** A method could not be applied; the message names no value. */
export class MethodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MethodError';
  }
}

export interface MethodParameters {
  readonly dateShiftKey: string;
  readonly dateShiftFixedOffsetInDays: number | undefined;
  readonly cryptoHashKey: string;
  readonly encryptKey: string;
  readonly enablePartialAgesForRedact: boolean;
  readonly enablePartialDatesForRedact: boolean;
  readonly enablePartialZipCodesForRedact: boolean;
  readonly restrictedZipCodeTabulationAreas: readonly string[];
}

export interface MethodContext {
  readonly parameters: MethodParameters;
  /** The date-shift offset in days; for scope `resource`, from the resource's id as it is when the rule runs. */
  readonly dateShiftOffset: () => number;
  /** HMAC-SHA256 of a text with the cryptoHash key, lowercase hex. */
  readonly hash: (value: string) => string;
  /** The time ages are reckoned at (one per resource). */
  readonly now: Date;
  readonly labels: Set<Label>;
}

/** HMAC-SHA256 under one key, remembering recent answers (ids and references repeat across resources). */
export function keyedHash(key: string, remember = 50_000): (value: string) => string {
  const secret = createSecretKey(Buffer.from(key, 'utf8'));
  const seen = new Map<string, string>();
  return (value) => {
    let digest = seen.get(value);
    if (digest === undefined) {
      digest = createHmac('sha256', secret).update(value, 'utf8').digest('hex');
      if (seen.size >= remember) seen.clear();
      seen.set(value, digest);
    }
    return digest;
  };
}

export type RuleSettings =
  | { kind: 'none' }
  | { kind: 'substitute'; replaceWith: unknown }
  | { kind: 'perturb'; span: number; proportional: boolean; roundTo: number | undefined }
  | { kind: 'generalize'; cases: { predicate: string; value: string }[]; keepOthers: boolean };

/** Checks a rule's own keys for its method. */
export function validateRuleSettings(method: string, settings: Record<string, unknown>): RuleSettings {
  switch (method) {
    case 'substitute': {
      if (!('replaceWith' in settings) || settings.replaceWith === undefined) throw new Error('substitute needs replaceWith');
      return { kind: 'substitute', replaceWith: settings.replaceWith };
    }
    case 'perturb': {
      const span = settings.span;
      if (typeof span !== 'number' || !Number.isFinite(span) || span < 0) throw new Error('perturb needs a span that is a number ≥ 0');
      const rangeType = settings.rangeType ?? 'fixed';
      if (typeof rangeType !== 'string' || !['fixed', 'proportional'].includes(rangeType.toLowerCase())) throw new Error('rangeType must be fixed or proportional');
      const roundTo = settings.roundTo;
      if (roundTo !== undefined && (typeof roundTo !== 'number' || !Number.isInteger(roundTo) || roundTo < 0 || roundTo > 28)) throw new Error('roundTo must be a whole number from 0 to 28');
      return { kind: 'perturb', span, proportional: rangeType.toLowerCase() === 'proportional', roundTo };
    }
    case 'generalize': {
      const cases = settings.cases;
      if (typeof cases !== 'object' || cases === null || Array.isArray(cases)) throw new Error('generalize needs cases, an object of FHIRPath conditions and values');
      const list = Object.entries(cases as Record<string, unknown>).map(([predicate, value]) => {
        if (typeof value !== 'string') throw new Error('each generalize case value must be a FHIRPath expression (a string)');
        for (const expression of [predicate, value]) {
          try {
            fhirpath.compile(expression, r4);
          } catch (error) {
            throw new Error(`case ${JSON.stringify(expression)} is not valid FHIRPath: ${error instanceof Error ? error.message.split('\n')[0] : 'syntax error'}`);
          }
        }
        return { predicate, value };
      });
      const others = settings.otherValues ?? 'redact';
      if (typeof others !== 'string' || !['redact', 'keep'].includes(others.toLowerCase())) throw new Error('otherValues must be redact or keep');
      return { kind: 'generalize', cases: list, keepOthers: others.toLowerCase() === 'keep' };
    }
    default:
      return { kind: 'none' };
  }
}

export function applyMethod(method: string, node: ElementNode, settings: RuleSettings, context: MethodContext): void {
  switch (method) {
    case 'keep':
      return markVisited(node);
    case 'substitute':
      return substitute(node, settings as Extract<RuleSettings, { kind: 'substitute' }>, context);
    case 'redact':
      return recurse(node, (each) => redactNode(each, context));
    case 'dateshift':
      return recurse(node, (each) => dateShiftNode(each, context));
    case 'cryptohash':
      return recurse(node, (each) => cryptoHashNode(each, context));
    case 'encrypt':
      return recurse(node, (each) => encryptNode(each, context));
    case 'perturb':
      return recurse(node, (each) => perturbNode(each, settings as Extract<RuleSettings, { kind: 'perturb' }>, context));
    case 'generalize':
      return recurse(node, (each) => generalizeNode(each, settings as Extract<RuleSettings, { kind: 'generalize' }>, context));
    default:
      throw new MethodError(`unknown method ${method}`);
  }
}

function recurse(node: ElementNode, process: (node: ElementNode) => void): void {
  if (node.visited) return;
  process(node);
  node.visited = true;
  for (const child of node.children) if (!child.resource) recurse(child, process);
}

function markVisited(node: ElementNode): void {
  node.visited = true;
  for (const child of node.children) if (!child.resource) markVisited(child);
}

// --- redact -------------------------------------------------------------------------------

const DATE_TYPES = new Set(['date', 'dateTime', 'instant']);
// A date may carry a zone without a time (`2001-01-01Z`), which the anonymizer's parser accepts.
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?)?)?$/;
const AGE_THRESHOLD = 89;

function redactNode(node: ElementNode, context: MethodContext): void {
  if (node.value === undefined) return;
  const p = context.parameters;
  if (DATE_TYPES.has(node.type)) return redactDate(node, context);
  if (p.enablePartialAgesForRedact && isAgeValue(node)) {
    const age = Number(node.value);
    if (Number.isFinite(age) && age > AGE_THRESHOLD) node.value = undefined;
    context.labels.add('REDACTED');
    return;
  }
  if (p.enablePartialZipCodesForRedact && node.name === 'postalCode' && typeof node.value === 'string') {
    const code = node.value;
    const restricted = code.length >= 3 && p.restrictedZipCodeTabulationAreas.includes(code.slice(0, 3));
    node.value = restricted ? code.replace(/\d/g, '0') : code.slice(0, 3) + code.slice(3).replace(/\d/g, '0');
    context.labels.add('ABSTRED');
    return;
  }
  node.value = undefined;
  context.labels.add('REDACTED');
}

function isAgeValue(node: ElementNode): boolean {
  return node.name === 'value' && node.parent?.type === 'Age';
}

function redactDate(node: ElementNode, context: MethodContext): void {
  context.labels.add('REDACTED');
  const match = typeof node.value === 'string' ? DATE_PATTERN.exec(node.value) : null;
  if (!context.parameters.enablePartialDatesForRedact || !match) {
    node.value = undefined;
    return;
  }
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  node.value = isOverAgeThreshold(year, month, day, context.now) ? undefined : match[1];
}

/** Whether someone born on that date would be older than 89 at `now` (HIPAA §164.514(b)(2)(i)(C)). */
function isOverAgeThreshold(year: number, month: number, day: number, now: Date): boolean {
  let age = now.getUTCFullYear() - year;
  const beforeBirthday = now.getUTCMonth() + 1 < month || (now.getUTCMonth() + 1 === month && now.getUTCDate() < day);
  if (beforeBirthday) age--;
  return age > AGE_THRESHOLD;
}

// --- dateShift ----------------------------------------------------------------------------

/** The offset in days (−50…+50) for a prefix and key, as the anonymizer derives it. */
export function dateShiftOffset(prefix: string, key: string): number {
  let offset = 0;
  for (const byte of Buffer.from(prefix + key, 'utf8')) offset = (offset * 131 + byte) % 101;
  return offset - 50;
}

function dateShiftNode(node: ElementNode, context: MethodContext): void {
  if (node.value === undefined || !DATE_TYPES.has(node.type)) return;
  const match = typeof node.value === 'string' ? DATE_PATTERN.exec(node.value) : null;
  if (!match || !match[3]) return redactDate(node, context);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (isOverAgeThreshold(year, month, day, context.now)) {
    node.value = undefined;
    context.labels.add('REDACTED');
    return;
  }
  const offset = context.dateShiftOffset();
  const shifted = new Date(Date.UTC(year, month - 1, day + offset));
  const date = `${String(shifted.getUTCFullYear()).padStart(4, '0')}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}-${String(shifted.getUTCDate()).padStart(2, '0')}`;
  // Instants are written back as the anonymizer writes them (UTC as +00:00); dateTimes keep their zone as written.
  const zone = node.type === 'instant' && match[7] === 'Z' ? '+00:00' : (match[7] ?? '');
  node.value = match[4] !== undefined ? `${date}T00:00:00${zone}` : date;
  context.labels.add('PERTURBED');
}

// --- cryptoHash ---------------------------------------------------------------------------

const REFERENCE_ID = '[A-Za-z0-9\\-.]{1,64}';
const LITERAL_REFERENCE = new RegExp(`^((?:(?:https?)://[^?#]*/)?[A-Z][A-Za-z]+/)(${REFERENCE_ID})(/_history/${REFERENCE_ID})?$`);
const LOCAL_REFERENCE = new RegExp(`^(#)(${REFERENCE_ID})$`);
const URN_REFERENCE = /^(urn:(?:uuid|oid):)(.+)$/;
const CONDITIONAL_REFERENCE = /^([A-Z][A-Za-z]+\?)(.*)$/;

/** Hashes only the id part of a reference (relative, absolute, versioned, `#id`, `urn:uuid:`, `urn:oid:`, conditional). */
export function hashReference(reference: string, hash: (value: string) => string): string {
  const literal = LITERAL_REFERENCE.exec(reference);
  if (literal) return `${literal[1]}${hash(literal[2]!)}${literal[3] ?? ''}`;
  const local = LOCAL_REFERENCE.exec(reference) ?? URN_REFERENCE.exec(reference);
  if (local) return `${local[1]}${hash(local[2]!)}`;
  const conditional = CONDITIONAL_REFERENCE.exec(reference);
  if (conditional) {
    const query = conditional[2]!
      .split('&')
      .map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? pair : `${pair.slice(0, at + 1)}${hash(decodeURIComponent(pair.slice(at + 1)))}`;
      })
      .join('&');
    return `${conditional[1]}${query}`;
  }
  return hash(reference);
}

/** Elements whose text is a reference: Reference.reference, and the Bundle's fullUrl, request.url and response.location. */
function isReferenceString(node: ElementNode): boolean {
  if (node.name === 'reference') return node.parent?.type === 'Reference';
  if (node.name === 'fullUrl') return node.parent?.typePath === 'Bundle.entry';
  if (node.name === 'url') return node.parent?.typePath === 'Bundle.entry.request';
  if (node.name === 'location') return node.parent?.typePath === 'Bundle.entry.response';
  return false;
}

function cryptoHashNode(node: ElementNode, context: MethodContext): void {
  if (node.value === undefined || node.value === '') return;
  const text = String(node.value);
  node.value = isReferenceString(node) ? hashReference(text, context.hash) : context.hash(text);
  context.labels.add('CRYTOHASH');
}

// --- encrypt ------------------------------------------------------------------------------

function encryptNode(node: ElementNode, context: MethodContext): void {
  if (node.value === undefined || node.value === '') return;
  const key = Buffer.from(context.parameters.encryptKey, 'utf8');
  const iv = randomBytes(16);
  const cipher = createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
  const encrypted = Buffer.concat([iv, cipher.update(String(node.value), 'utf8'), cipher.final()]);
  node.value = encrypted.toString('base64');
  context.labels.add('MASKED');
}

// --- perturb ------------------------------------------------------------------------------

const INTEGER_TYPES = new Set(['integer', 'positiveInt', 'unsignedInt', 'integer64']);
const NUMERIC_TYPES = new Set(['decimal', ...INTEGER_TYPES]);
const QUANTITY_TYPES = new Set(['Quantity', 'Age', 'Count', 'Distance', 'Duration', 'SimpleQuantity', 'MoneyQuantity', 'Money']);

function perturbNode(node: ElementNode, settings: Extract<RuleSettings, { kind: 'perturb' }>, context: MethodContext): void {
  let target = node;
  if (QUANTITY_TYPES.has(node.type)) {
    const value = node.children.find((child) => child.name === 'value');
    if (!value) return;
    target = value;
  } else if (!NUMERIC_TYPES.has(node.type)) {
    return;
  }
  if (target.visited || target.value === undefined) return;
  const original = Number(target.value);
  if (!Number.isFinite(original)) return;
  const span = settings.proportional ? settings.span * Math.abs(original) : settings.span;
  const noise = (randomInt(0, 2 ** 32) / 2 ** 32 - 0.5) * span;
  const digits = INTEGER_TYPES.has(target.type) ? 0 : (settings.roundTo ?? 2);
  let perturbed = Number((original + noise).toFixed(digits));
  if (target.type === 'positiveInt') perturbed = Math.max(1, perturbed);
  if (target.type === 'unsignedInt') perturbed = Math.max(0, perturbed);
  target.value = perturbed;
  target.visited = true;
  context.labels.add('PERTURBED');
}

// --- substitute ---------------------------------------------------------------------------

function substitute(node: ElementNode, settings: Extract<RuleSettings, { kind: 'substitute' }>, context: MethodContext): void {
  if (node.visited) return;
  const replacement = settings.replaceWith;
  if (node.primitive) {
    node.value = primitiveReplacement(node, replacement);
    node.children = node.children.filter((child) => hasVisited(child));
  } else {
    if (typeof replacement !== 'object' || replacement === null || Array.isArray(replacement)) {
      throw new MethodError(`replaceWith must be a JSON object for an element of type ${node.type}`);
    }
    const fresh = buildFragment(node, replacement as Record<string, unknown>);
    node.children = mergeKept(node, fresh);
  }
  markVisited(node);
  context.labels.add('SUBSTITUTED');
}

function primitiveReplacement(node: ElementNode, replacement: unknown): Primitive | undefined {
  if (replacement === null) return undefined;
  if (typeof replacement === 'object') throw new MethodError(`replaceWith must be a primitive value for an element of type ${node.type}`);
  const text = String(replacement);
  if (node.type === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new MethodError('replaceWith is not a boolean');
    return text === 'true';
  }
  if (NUMERIC_TYPES.has(node.type)) {
    const number = Number(text);
    if (text.trim() === '' || !Number.isFinite(number)) throw new MethodError(`replaceWith is not a ${node.type}`);
    return number;
  }
  return text;
}

/** The children of a JSON fragment read as an element of the node's type. */
function buildFragment(node: ElementNode, fragment: Record<string, unknown>): ElementNode[] {
  try {
    const typed = buildTypedElement(node, fragment);
    return typed.children.map((child) => ({ ...child, parent: node }));
  } catch (error) {
    if (error instanceof FhirStructureError) throw new MethodError(`replaceWith is not a valid ${node.type}`);
    throw error;
  }
}

function buildTypedElement(node: ElementNode, fragment: Record<string, unknown>): ElementNode {
  // A Parameters resource holds any datatype in valueX; a Basic extension would narrow it.
  if (node.resource) return buildResourceTree({ ...fragment, resourceType: node.type });
  const wrapper = buildResourceTree({ resourceType: 'Parameters', parameter: [{ name: 'x', [`value${node.type}`]: fragment }] });
  const parameter = wrapper.children[0]!;
  const value = parameter.children.find((child) => child.name === 'value');
  if (value) return value;
  // Backbone elements have no datatype name: read the fragment at the element's own path.
  return buildBackbone(node, fragment);
}

function buildBackbone(node: ElementNode, fragment: Record<string, unknown>): ElementNode {
  let resource: ElementNode | undefined = node;
  while (resource && !resource.resource) resource = resource.parent;
  const path = node.typePath.split('.');
  const resourceType = path[0]!;
  let json: Record<string, unknown> = fragment;
  for (const key of path.slice(1).reverse()) json = { [key]: json };
  const tree = buildResourceTree({ resourceType, ...json });
  let current = tree;
  for (const key of path.slice(1)) current = current.children.find((child) => child.key === key)!;
  return current;
}

function hasVisited(node: ElementNode): boolean {
  return node.visited || node.children.some((child) => !child.resource && hasVisited(child));
}

/** The replacement's children, with every descendant an earlier rule handled put back in place. */
function mergeKept(original: ElementNode, fresh: ElementNode[]): ElementNode[] {
  const result = [...fresh];
  for (const child of original.children) {
    if (child.resource || !hasVisited(child)) continue;
    if (child.visited) {
      const sameSlot = result.findIndex((other) => other.key === child.key && (other.index ?? -1) === (child.index ?? -1));
      if (sameSlot >= 0) result[sameSlot] = child;
      else result.push(child);
      continue;
    }
    const counterpart = result.find((other) => other.key === child.key && (other.index ?? -1) === (child.index ?? -1));
    if (counterpart && !counterpart.primitive) {
      counterpart.children = mergeKept(child, counterpart.children);
    } else {
      const shell: ElementNode = { ...child, children: [] };
      if (shell.primitive && !shell.visited) shell.value = undefined;
      shell.children = mergeKept(child, []);
      if (counterpart) result[result.indexOf(counterpart)] = shell;
      else result.push(shell);
    }
  }
  return result;
}

// --- generalize ---------------------------------------------------------------------------

const generalizeCache = new Map<string, (data: unknown) => unknown[]>();

function evaluateOn(node: ElementNode, expression: string): unknown[] {
  const parent = node.parent!;
  const text = `${node.name}.select(${expression})`;
  const key = `${parent.typePath}|${text}`;
  let fn = generalizeCache.get(key);
  if (!fn) {
    fn = fhirpath.compile({ base: parent.typePath, expression: text }, r4) as unknown as (data: unknown) => unknown[];
    generalizeCache.set(key, fn);
  }
  return fn({ [node.key]: node.value });
}

function generalizeNode(node: ElementNode, settings: Extract<RuleSettings, { kind: 'generalize' }>, context: MethodContext): void {
  if (!node.primitive) {
    if (node.type === 'Extension' || node.type === 'Element') return;
    throw new MethodError(`generalize applies to primitive elements only, not to ${node.type}`);
  }
  if (node.value === undefined) return;
  for (const { predicate, value } of settings.cases) {
    let holds: unknown[];
    try {
      holds = evaluateOn(node, predicate);
    } catch {
      throw new MethodError('a generalize case could not be evaluated on the element');
    }
    if (holds.length === 1 && holds[0] === true) {
      let result: unknown[];
      try {
        result = evaluateOn(node, value);
      } catch {
        throw new MethodError('a generalize value could not be evaluated on the element');
      }
      const next = result[0];
      node.value = next === undefined || next === null ? undefined : toPrimitive(next);
      context.labels.add('GENERALIZED');
      return;
    }
  }
  if (!settings.keepOthers) {
    node.value = undefined;
    context.labels.add('REDACTED');
  }
}

function toPrimitive(value: unknown): Primitive {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
