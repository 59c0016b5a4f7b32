import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { STRUCTURE_MODEL } from '../../schemas/fhir-r4-model.ts';
import * as grammar from '../../schemas/fhir-r4-primitive-grammar.ts';
import { isBase64Binary } from '../../schemas/fhir-r4-structure-runtime.ts';
import { SYNTHEA_FOLDERS, dataFiles, hl7Example } from '../support/fhir-data.ts';

/** The definitions' regex of each primitive the grammar module has a matcher for. */
const definitions = new Map(STRUCTURE_MODEL.primitives.filter((primitive) => primitive.regex && grammar.MATCHERS[primitive.name]).map((primitive) => [primitive.name, new RegExp(primitive.regex!)]));

/** Values of real resources (strings found anywhere in them), to start the variations from. */
function realStrings(): string[] {
  const found = new Set<string>();
  const files = [...SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder).slice(0, 2)), hl7Example('Patient-example.json'), hl7Example('Observation-example.json')];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length <= 80) found.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  for (const file of files) walk(JSON.parse(readFileSync(file, 'utf8')));
  return [...found];
}

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = '0123456789-:T.Z+zt ./_aA\u00e9\n\t\r\u2028';
const EDGES = ['0000', '0001', '9999', '2020-00', '2020-13', '2020-12-00', '2020-12-32', '2020-02-31', '2020-01-01T24:00:00Z', '2020-01-01T23:60:00Z', '2020-01-01T23:59:60Z', '2020-01-01T23:59:61Z',
  '2020-01-01T10:00:00+14:00', '2020-01-01T10:00:00+14:01', '2020-01-01T10:00:00-13:59', '2020-01-01T10:00:00.Z', '2020-01-01T10:00:00.123456789Z', '2020-01-01T10:00Z', '2020-01-01T10:00:00', '23:59:60', '24:00:00', '10:00:00.5', '10:00:00.',
  'a'.repeat(64), 'a'.repeat(65), 'A-.z9', '', '2020-01-01T10:00:00Z\n', '2020\n', ' a', 'a ', 'a b', 'a  b', 'a\tb', '\ta', 'a\r\nb', 'a\u00a0b', 'http://loinc.org', 'urn:uuid:x y',
  'urn:uuid:c757873d-ec9a-4326-a141-556f43239520', 'urn:uuid:C757873D-EC9A-4326-A141-556F43239520', 'urn:uuid:c757873d-ec9a-4326-a141-556f4323952', 'urn:uuid:c757873dec9a-4326-a141-556f43239520-', 'urn:uuid:g757873d-ec9a-4326-a141-556f43239520'];

describe('the scans of primitive-grammar.ts accept exactly what the definitions regexes accept', () => {
  test('every matcher stands for the regex the definitions give today', () => {
    expect([...definitions.keys()].sort()).toEqual(Object.keys(grammar.MATCHERS).sort());
    for (const [name, { regex }] of Object.entries(grammar.MATCHERS)) expect(definitions.get(name)!.source).toBe(`^(?:${regex})$`);
  });

  test.each(Object.entries(grammar.MATCHERS))('%s, on real values, edge cases and 20,000 variations of them', (name, { matcher }) => {
    const regex = definitions.get(name)!;
    const scan = (grammar as unknown as Record<string, (value: string) => boolean>)[matcher]!;
    const next = random(name.length * 7919);
    const real = realStrings();
    // Times of day as they appear in real dateTimes (no resource here has a time element).
    const times = real.flatMap((value) => /T(\d\d:\d\d:\d\d(?:\.\d+)?)/.exec(value)?.[1] ?? []);
    const seeds = [...real, ...times, ...EDGES];
    let accepted = 0;
    const check = (value: string) => {
      const expected = regex.test(value);
      if (scan(value) !== expected) throw new Error(`${name}: ${JSON.stringify(value)} should be ${expected ? 'accepted' : 'refused'}`);
      if (expected) accepted++;
    };
    seeds.forEach(check);
    for (let round = 0; round < 20_000; round++) {
      let value = seeds[Math.floor(next() * seeds.length)]!;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * (value.length + 1));
        const char = ALPHABET[Math.floor(next() * ALPHABET.length)]!;
        const kind = next();
        value = kind < 0.4 ? value.slice(0, at) + char + value.slice(at + 1) : kind < 0.6 ? value.slice(0, at) + char + value.slice(at) : kind < 0.8 ? value.slice(0, at) + value.slice(at + 1) : value.slice(0, at);
      }
      check(value);
    }
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('base64Binary', () => {
  test('valid: the base64 alphabet, whitespace anywhere, padding only at the end, a multiple of four characters', () => {
    for (const value of ['QUJD', 'QUI=', 'QQ==', 'QU JD', ' QUJD\n', 'QUJD\r\nRUZH', 'QQ= =', 'a+/9']) expect(isBase64Binary(value)).toBe(true);
    for (const value of ['', ' ', 'QUJ', 'QUJDR', 'Q===', '=QUJ', 'QU=D', 'QUJD-', 'QUJD\u00e9', 'QQ==QQ==', 'QQ=\tQ', 42]) expect(isBase64Binary(value)).toBe(false);
  });

  test('a value without whitespace gets the same answer as with whitespace added (the two ways it is read)', () => {
    const next = random(4242);
    const alphabet = 'ABCXYZabcxyz0189+/=';
    let valid = 0;
    for (let round = 0; round < 20_000; round++) {
      let value = '';
      for (let length = Math.floor(next() * 13); length > 0; length--) value += alphabet[Math.floor(next() * alphabet.length)]!;
      if (next() < 0.5) value = value.replace(/=/g, '') + '='.repeat(Math.floor(next() * 3));
      const at = Math.floor(next() * (value.length + 1));
      const spaced = `${value.slice(0, at)} ${value.slice(at)}`;
      expect(isBase64Binary(value)).toBe(isBase64Binary(spaced));
      if (isBase64Binary(value)) valid++;
    }
    expect(valid).toBeGreaterThan(500);
  });
});
