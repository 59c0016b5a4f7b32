import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import type { Resource } from 'fhir/r4.d.ts';
import { badRequest } from '../outcomes.ts';
import { unionParts } from './fhirpath-union.ts';
import type { SearchParameterDefinition } from './search-parameters.generated.ts';
import type { SearchCriterion } from './search-request.ts';
import { unescape } from './search-request.ts';

/**
 * Evaluates search criteria over resources (R4 3.1.1.4–3.1.1.5): each parameter's FHIRPath
 * expression (the official definition's, search-parameters.generated.ts) run with the `fhirpath`
 * package over the resource, and its values compared by the parameter's type. Runs in the reader,
 * over decrypted resources: nothing searchable is ever indexed.
 */

/** A stored resource as the search sees it. */
export interface Searchable {
  resource: Resource;
  /** When this version was stored (meta.lastUpdated). */
  lastUpdated: string;
}

type Compiled = (resource: unknown) => unknown[];
const compiled = new Map<string, Compiled>();

/** The values a parameter's expression selects in a resource. */
export function valuesOf(definition: SearchParameterDefinition, searchable: Searchable): unknown[] {
  if (definition.expression === 'Resource.id') return searchable.resource.id === undefined ? [] : [searchable.resource.id];
  if (definition.expression === 'Resource.meta.lastUpdated') return [searchable.resource.meta?.lastUpdated ?? searchable.lastUpdated];
  let evaluate = compiled.get(definition.expression);
  if (!evaluate) {
    // Each union part alone, results concatenated (fhirpath-union.ts says why).
    const parts = unionParts(definition.expression).map((part) => fhirpath.compile(part, r4) as Compiled);
    evaluate = parts.length === 1 ? parts[0]! : (resource) => parts.flatMap((part) => part(resource));
    compiled.set(definition.expression, evaluate);
  }
  const values = evaluate(searchable.resource);
  if (definition.type !== 'reference' || !definition.resolveIs) return values;
  return values.filter((value) => {
    const type = referenceType(value);
    return type === undefined || definition.resolveIs!.includes(type);
  });
}

// ---------------------------------------------------------------------------------------------
// Comparison prefixes and ranges (R4 3.1.1.4.2, 3.1.1.4.3, 3.1.1.4.5)

type Prefix = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le' | 'sa' | 'eb' | 'ap';
const PREFIX = /^(eq|ne|gt|lt|ge|le|sa|eb|ap)/;

function splitPrefix(value: string): { prefix: Prefix; rest: string } {
  const match = PREFIX.exec(value);
  return match ? { prefix: match[1] as Prefix, rest: value.slice(2) } : { prefix: 'eq', rest: value };
}

/** A half-open interval [low, high) on a number line (milliseconds for dates). */
interface Range {
  low: number;
  high: number;
}

/**
 * How a target range compares with the search range for a prefix (R4 3.1.1.4.5): `eq` the target
 * lies within the search range; `gt`/`lt` some of the target lies above/below it; `ge`/`le` either;
 * `sa`/`eb` the target starts after/ends before it; `ap` overlaps the range widened by 10%.
 */
function compareRanges(prefix: Prefix, target: Range, search: Range, approximately: number): boolean {
  const within = target.low >= search.low && target.high <= search.high;
  switch (prefix) {
    case 'eq':
      return within;
    case 'ne':
      return !within;
    case 'gt':
      return target.high > search.high;
    case 'lt':
      return target.low < search.low;
    case 'ge':
      return target.high > search.high || within;
    case 'le':
      return target.low < search.low || within;
    case 'sa':
      return target.low >= search.high;
    case 'eb':
      return target.high <= search.low;
    case 'ap':
      return target.low < search.high + approximately && target.high > search.low - approximately;
  }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** A FHIR date, dateTime or instant as the range of instants its precision covers (no zone: UTC). */
export function dateRange(text: string): Range | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offset = zone === undefined || zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) => Date.UTC(y, mo, d, h, mi, s, ms) - offset;
  const y = Number(year);
  if (month === undefined) return { low: utc(y, 0, 1, 0, 0, 0, 0), high: utc(y + 1, 0, 1, 0, 0, 0, 0) };
  const mo = Number(month) - 1;
  if (mo < 0 || mo > 11) return undefined;
  if (day === undefined) return { low: utc(y, mo, 1, 0, 0, 0, 0), high: utc(y, mo + 1, 1, 0, 0, 0, 0) };
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  if (hour === undefined) return { low: utc(y, mo, d, 0, 0, 0, 0), high: utc(y, mo, d + 1, 0, 0, 0, 0) };
  const h = Number(hour);
  const mi = Number(minute);
  if (h > 23 || mi > 59) return undefined;
  if (second === undefined) return { low: utc(y, mo, d, h, mi, 0, 0), high: utc(y, mo, d, h, mi + 1, 0, 0) };
  const s = Number(second);
  if (s > 59) return undefined;
  if (fraction === undefined) return { low: utc(y, mo, d, h, mi, s, 0), high: utc(y, mo, d, h, mi, s + 1, 0) };
  const digits = Math.min(fraction.length - 1, 3);
  const ms = Math.floor(Number(fraction) * 1000);
  return { low: utc(y, mo, d, h, mi, s, ms), high: utc(y, mo, d, h, mi, s, ms) + 10 ** (3 - digits) };
}

/** The range a date-typed element covers: a date/dateTime/instant, a Period (open ends unbounded), a Timing's events. */
function elementDateRanges(value: unknown): Range[] {
  if (typeof value === 'string') {
    const range = dateRange(value);
    return range ? [range] : [];
  }
  if (value && typeof value === 'object') {
    const element = value as { start?: string; end?: string; event?: string[]; repeat?: { boundsPeriod?: { start?: string; end?: string } } };
    if ('start' in element || 'end' in element) {
      const start = element.start === undefined ? undefined : dateRange(element.start);
      const end = element.end === undefined ? undefined : dateRange(element.end);
      return [{ low: start?.low ?? -Infinity, high: end?.high ?? Infinity }];
    }
    if (Array.isArray(element.event)) return element.event.flatMap(elementDateRanges);
    if (element.repeat?.boundsPeriod) return elementDateRanges(element.repeat.boundsPeriod);
  }
  return [];
}

function matchesDate(criterion: SearchCriterion, value: string, targets: Range[]): boolean {
  const { prefix, rest } = splitPrefix(value);
  const search = dateRange(rest);
  if (!search) throw badRequest(`${criterion.name}: ${value} is not a FHIR date, dateTime or instant (with an optional prefix such as ge)`, criterion.name);
  // ap: 10% of the gap between the value and now (R4 3.1.1.4.2), at least a day.
  const approximately = Math.max(Math.abs(Date.now() - search.low) * 0.1, 86_400_000);
  return targets.some((target) => compareRanges(prefix, target, search, approximately));
}

/** A decimal as the range its significant figures imply (R4 3.1.1.4.3: `100` is [99.5, 100.5)). */
function numberRange(text: string): Range | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  const [mantissa, exponent] = text.toLowerCase().split('e');
  const decimals = (mantissa!.split('.')[1] ?? '').length - Number(exponent ?? 0);
  const half = 0.5 * 10 ** -decimals;
  return { low: value - half, high: value + half };
}

function matchesNumber(criterion: SearchCriterion, text: string, targetValue: number): boolean {
  const { prefix, rest } = splitPrefix(text);
  const search = numberRange(rest);
  if (!search) throw badRequest(`${criterion.name}: ${text} is not a number (with an optional prefix such as gt)`, criterion.name);
  const exact = Number(rest);
  // The value itself always counts (at 15+ significant digits the range is below a double's resolution).
  const within = targetValue === exact || (targetValue >= search.low && targetValue < search.high);
  switch (prefix) {
    case 'eq':
      return within;
    case 'ne':
      return !within;
    case 'gt':
    case 'sa':
      return targetValue > exact;
    case 'lt':
    case 'eb':
      return targetValue < exact;
    case 'ge':
      return targetValue >= exact;
    case 'le':
      return targetValue <= exact;
    case 'ap':
      return Math.abs(targetValue - exact) <= Math.abs(exact) * 0.1;
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens, strings, references, quantities, URIs

interface TokenValue {
  system?: string;
  code: string;
  text?: string[];
}

/** The (system, code) pairs a token-typed element holds (R4 3.1.1.4.9). */
function tokenValues(value: unknown): TokenValue[] {
  if (typeof value === 'string') return [{ code: value }];
  if (typeof value === 'boolean') return [{ code: String(value) }];
  if (!value || typeof value !== 'object') return [];
  const element = value as Record<string, unknown>;
  if (Array.isArray(element['coding'])) {
    const text = typeof element['text'] === 'string' ? [element['text']] : [];
    return (element['coding'] as Record<string, unknown>[]).flatMap((coding) =>
      typeof coding?.['code'] === 'string'
        ? [{ ...(typeof coding['system'] === 'string' ? { system: coding['system'] } : {}), code: coding['code'], text: [...text, ...(typeof coding['display'] === 'string' ? [coding['display']] : [])] }]
        : [],
    );
  }
  const code = element['code'] ?? element['value'];
  if (typeof code !== 'string') return [];
  const text = [element['display'], (element['type'] as { text?: unknown } | undefined)?.text].filter((part): part is string => typeof part === 'string');
  return [{ ...(typeof element['system'] === 'string' ? { system: element['system'] } : {}), code, text }];
}

function matchesToken(criterion: SearchCriterion, value: string, targets: TokenValue[]): boolean {
  if (criterion.modifier === 'text') {
    const wanted = normalised(unescape(value));
    return targets.some((target) => (target.text ?? []).some((text) => normalised(text).startsWith(wanted)));
  }
  const bar = indexOfUnescaped(value, '|');
  if (bar < 0) {
    const code = unescape(value);
    return targets.some((target) => target.code === code);
  }
  const system = unescape(value.slice(0, bar));
  const code = unescape(value.slice(bar + 1));
  return targets.some((target) => (system === '' ? target.system === undefined : target.system === system) && (code === '' || target.code === code));
}

function indexOfUnescaped(value: string, character: string): number {
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === character) return i;
  }
  return -1;
}

/** Case- and accent-insensitive form (R4 3.1.1.4.8: strings match ignoring case and accents). */
function normalised(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The strings a string-typed element holds (HumanName and Address parts included). */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, part]) => {
    if (key === 'use' || key === 'period' || key === 'type' || key === 'extension' || key === 'id') return [];
    return Array.isArray(part) ? part.filter((item): item is string => typeof item === 'string') : typeof part === 'string' ? [part] : [];
  });
}

function matchesString(criterion: SearchCriterion, value: string, targets: string[]): boolean {
  const wanted = unescape(value);
  if (criterion.modifier === 'exact') return targets.includes(wanted);
  const search = normalised(wanted);
  if (criterion.modifier === 'contains') return targets.some((target) => normalised(target).includes(search));
  return targets.some((target) => normalised(target).startsWith(search));
}

function referenceType(value: unknown): string | undefined {
  const reference = typeof value === 'string' ? value : (value as { reference?: unknown } | undefined)?.reference;
  if (typeof reference !== 'string') return (value as { type?: string } | undefined)?.type;
  const parts = reference.split('?')[0]!.split('/');
  const history = parts.lastIndexOf('_history');
  const end = history >= 0 ? history : parts.length;
  return end >= 2 ? parts[end - 2] : undefined;
}

/** `Type/id` of a reference (relative or absolute, a version dropped), or undefined for other forms. */
export function referenceKey(value: unknown): string | undefined {
  const reference = typeof value === 'string' ? value : (value as { reference?: unknown } | undefined)?.reference;
  if (typeof reference !== 'string' || reference.startsWith('#') || reference.startsWith('urn:')) return undefined;
  const parts = reference.split('?')[0]!.split('/');
  const history = parts.lastIndexOf('_history');
  const end = history >= 0 ? history : parts.length;
  if (end < 2) return undefined;
  const type = parts[end - 2]!;
  const id = parts[end - 1]!;
  return /^[A-Z][A-Za-z]+$/.test(type) && id !== '' ? `${type}/${id}` : undefined;
}

function matchesReference(criterion: SearchCriterion, value: string, targets: unknown[]): boolean {
  if (criterion.modifier === 'identifier') {
    const identifiers = targets.flatMap((target) => tokenValues((target as { identifier?: unknown } | undefined)?.identifier));
    return matchesToken({ ...criterion, modifier: undefined } as SearchCriterion, value, identifiers);
  }
  const wanted = unescape(value);
  let key = referenceKey(wanted);
  if (!key || !wanted.includes('/')) {
    // A bare id: the modifier's type, else the parameter's only target type (R4 3.1.1.4.10).
    const type = criterion.modifier ?? (criterion.definition.resolveIs?.length === 1 ? criterion.definition.resolveIs[0] : criterion.definition.targets?.length === 1 ? criterion.definition.targets[0] : undefined);
    if (type === undefined) {
      return targets.some((target) => referenceKey(target)?.split('/')[1] === wanted);
    }
    key = `${type}/${wanted}`;
  }
  if (criterion.modifier && !key.startsWith(`${criterion.modifier}/`)) return false;
  return targets.some((target) => referenceKey(target) === key);
}

interface QuantityValue {
  value: number;
  system?: string;
  code?: string;
  unit?: string;
}

function quantityValues(value: unknown): QuantityValue[] {
  if (typeof value === 'number') return [{ value }];
  if (!value || typeof value !== 'object') return [];
  const element = value as { value?: unknown; system?: unknown; code?: unknown; unit?: unknown; currency?: unknown; low?: unknown; high?: unknown };
  if (typeof element.value === 'number') {
    return [
      {
        value: element.value,
        ...(typeof element.system === 'string' ? { system: element.system } : {}),
        ...(typeof element.code === 'string' ? { code: element.code } : typeof element.currency === 'string' ? { code: element.currency } : {}),
        ...(typeof element.unit === 'string' ? { unit: element.unit } : {}),
      },
    ];
  }
  return [];
}

function matchesQuantity(criterion: SearchCriterion, value: string, targets: QuantityValue[]): boolean {
  const [number, system, code, ...rest] = splitUnescaped(value, '|');
  if (rest.length > 0 || number === undefined) throw badRequest(`${criterion.name}: a quantity is [prefix]number|system|code`, criterion.name);
  return targets.some((target) => {
    if (code !== undefined && code !== '') {
      if (system !== undefined && system !== '' ? target.system !== system || target.code !== code : target.code !== code && target.unit !== code) return false;
    }
    return matchesNumber(criterion, number, target.value);
  });
}

function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === separator) {
      parts.push(unescape(value.slice(start, i)));
      start = i + 1;
    }
  }
  parts.push(unescape(value.slice(start)));
  return parts;
}

function uriValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const reference = (value as { reference?: unknown } | undefined)?.reference;
  return typeof reference === 'string' ? [reference] : [];
}

function matchesUri(criterion: SearchCriterion, value: string, targets: string[]): boolean {
  const wanted = unescape(value);
  if (criterion.modifier === 'below') return targets.some((target) => target === wanted || target.startsWith(wanted.endsWith('/') ? wanted : `${wanted}/`));
  if (criterion.modifier === 'above') return targets.some((target) => target === wanted || wanted.startsWith(target.endsWith('/') ? target : `${target}/`));
  return targets.includes(wanted);
}

// ---------------------------------------------------------------------------------------------

/** Whether one criterion (one parameter occurrence, its comma-separated alternatives OR'ed) matches. */
export function matchesCriterion(criterion: SearchCriterion, searchable: Searchable): boolean {
  const values = valuesOf(criterion.definition, searchable);
  if (criterion.modifier === 'missing') return (criterion.values[0] === 'true') === (values.length === 0);
  const { type } = criterion.definition;
  switch (type) {
    case 'token': {
      const targets = values.flatMap(tokenValues);
      const any = criterion.values.some((value) => matchesToken(criterion, value, targets));
      // :not matches resources with no value equal to any of the alternatives (including none at all).
      return criterion.modifier === 'not' ? !criterion.values.some((value) => matchesToken({ ...criterion, modifier: undefined } as SearchCriterion, value, targets)) : any;
    }
    case 'string': {
      const targets = values.flatMap(stringValues);
      return criterion.values.some((value) => matchesString(criterion, value, targets));
    }
    case 'date': {
      const targets = values.flatMap(elementDateRanges);
      return criterion.values.some((value) => matchesDate(criterion, value, targets));
    }
    case 'reference':
      return criterion.values.some((value) => matchesReference(criterion, value, values));
    case 'quantity': {
      const targets = values.flatMap(quantityValues);
      return criterion.values.some((value) => matchesQuantity(criterion, value, targets));
    }
    case 'number': {
      const targets = values.flatMap(quantityValues);
      return criterion.values.some((value) => targets.some((target) => matchesNumber(criterion, value, target.value)));
    }
    case 'uri': {
      const targets = values.flatMap(uriValues);
      return criterion.values.some((value) => matchesUri(criterion, value, targets));
    }
  }
}

/** Whether every criterion matches (R4 3.1.1.5: parameters AND, alternatives OR). */
export function matchesAll(criteria: readonly SearchCriterion[], searchable: Searchable): boolean {
  return criteria.every((criterion) => matchesCriterion(criterion, searchable));
}

/** Checks every criterion's values once, so a bad value is a 400 even when nothing is there to compare it with. */
export function checkValues(criteria: readonly SearchCriterion[]): void {
  for (const criterion of criteria) {
    if (criterion.modifier === 'missing') continue;
    for (const value of criterion.values) {
      const { rest } = splitPrefix(value);
      if (criterion.definition.type === 'date' && !dateRange(rest)) throw badRequest(`${criterion.name}: ${value} is not a FHIR date, dateTime or instant (with an optional prefix such as ge)`, criterion.name);
      if (criterion.definition.type === 'number' && !numberRange(rest)) throw badRequest(`${criterion.name}: ${value} is not a number (with an optional prefix such as gt)`, criterion.name);
      if (criterion.definition.type === 'quantity' && !numberRange(splitPrefix(splitUnescaped(value, '|')[0] ?? '').rest)) throw badRequest(`${criterion.name}: ${value} is not a quantity ([prefix]number|system|code)`, criterion.name);
    }
  }
}

/** The earliest start (ascending) or latest end (descending) of a date parameter's values: a sort key. */
export function dateSortKey(definition: SearchParameterDefinition, searchable: Searchable, descending: boolean): number | undefined {
  const ranges = valuesOf(definition, searchable).flatMap(elementDateRanges);
  if (ranges.length === 0) return undefined;
  return descending ? Math.max(...ranges.map((range) => range.high)) : Math.min(...ranges.map((range) => range.low));
}
