import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  CanonicalJsonError,
  SALT_BYTES,
  canonicalJson,
  commitment,
  newSalt,
  newSalts,
  verifyCommitment,
} from '../../functions/ledger/commitment.ts';
import { SYNTHEA_FOLDERS, dataFiles, readJsonFile } from '../support/fhir-data.ts';

// ---------------------------------------------------------------------------------------------
// RFC 8785 (JSON Canonicalization Scheme) vectors. Section numbers refer to RFC 8785.

/** An IEEE-754 double given as 16 hex digits (RFC 8785 Appendix B's "IEEE 754" column). */
function ieee(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalJson: RFC 8785 vectors', () => {
  test('§3.2.2 / §3.2.3 / §3.2.4: the primitive serialisation example, its canonical text and UTF-8 bytes', () => {
    // The RFC's input text, parsed (escapes and number spellings are the point of the example).
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`);
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    const canonical = canonicalJson(input);
    expect(canonical).toBe(expected);
    // §3.2.4: the UTF-8 encoding; the Euro sign is the only non-ASCII character (e2 82 ac).
    const bytes = Buffer.from(canonical, 'utf8');
    expect(bytes.length).toBe(canonical.length + 2);
    expect(bytes.subarray(0, 12).toString('hex')).toBe('7b226c69746572616c73223a');
    expect(bytes.toString('hex')).toContain('22e282ac245c7530303066');
  });

  test('§3.2.3: member names sort by UTF-16 code units (not code points, not locale)', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    // U+1F600 is the surrogate pair D83D DE00, so it sorts BEFORE U+FB33 (by code point it would
    // sort after). U+0080 is emitted literally: only U+0000..U+001F are escaped.
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  test('sorting is recursive, by code unit (uppercase before lowercase, "10" before "9", prefix first); arrays keep their order', () => {
    const input = { b: [{ z: 1, y: 2 }, 3, [{ d: 4, c: 5 }]], a: { ab: 1, a: 2, B: 3, '10': 4, '9': 5, é: 6, e: 7 } };
    expect(canonicalJson(input)).toBe(
      '{"a":{"10":4,"9":5,"B":3,"a":2,"ab":1,"e":7,"é":6},"b":[{"y":2,"z":1},3,[{"c":5,"d":4}]]}',
    );
    // French-like names: code-unit order, not a locale collation (cyberphone testdata "french").
    expect(canonicalJson({ peach: 1, péché: 2, pêche: 3, sin: 4 })).toBe('{"peach":1,"péché":2,"pêche":3,"sin":4}');
  });

  test('Appendix B: number serialisation (ECMAScript Number.prototype.toString)', () => {
    const table: Array<[string, string]> = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'], // minus zero
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [hex, text] of table) {
      expect(canonicalJson(ieee(hex)), hex).toBe(text);
      expect(canonicalJson([ieee(hex)]), hex).toBe(`[${text}]`);
    }
    // Appendix B's error rows: NaN and Infinity.
    expect(() => canonicalJson(ieee('7fffffffffffffff'))).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(ieee('7ff0000000000000'))).toThrow(CanonicalJsonError);
  });

  test('numbers as written in JSON input: 1e21, 1E-7, -0, 4.50, 1e20, 1E400 is not I-JSON', () => {
    const parsed = JSON.parse('[1e21, 1E-7, -0, 4.50, 100000000000000000000, 0.0000010, 1E+2, -1.5e-10]');
    expect(canonicalJson(parsed)).toBe('[1e+21,1e-7,0,4.5,100000000000000000000,0.000001,100,-1.5e-10]');
    expect(canonicalJson({ v: -0 })).toBe('{"v":0}');
    // 1E400 parses to Infinity, which JCS must reject (§3.2.2.3).
    expect(() => canonicalJson(JSON.parse('{"v":1E400}'))).toThrow(/non-finite number Infinity .* at \$\.v/);
  });

  test('string escaping: C0 controls as \\u00xx (lowercase) except \\b \\t \\n \\f \\r; " and \\ escaped; the rest literal', () => {
    const value = '\u0000\u0001\b\t\n\u000b\f\r\u001f "\\/\u007f\u0080\u2028\u2029é€\ud83d\ude00<>&\'';
    expect(canonicalJson(value)).toBe(
      '"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f \\"\\\\/\u007f\u0080\u2028\u2029é€\ud83d\ude00<>&\'"',
    );
    // Member names are escaped the same way.
    expect(canonicalJson({ '\n"': 1 })).toBe('{"\\n\\"":1}');
  });

  test('Unicode is not normalised (cyberphone testdata "unicode"): A + U+030A ≠ U+00C5', () => {
    expect(canonicalJson({ 'Unnormalized Unicode': 'A\u030a' })).toBe('{"Unnormalized Unicode":"A\u030a"}');
    expect(canonicalJson('A\u030a')).not.toBe(canonicalJson('\u00c5'));
  });

  test('literals, empty containers and null-prototype objects', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson({ '': 'empty', a: {}, A: [] })).toBe('{"":"empty","A":[],"a":{}}');
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 2;
    bare.a = 1;
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});

describe('canonicalJson: values JCS cannot represent are rejected with the path', () => {
  class Custom {
    x = 1;
  }
  const cyclic: Record<string, unknown> = { a: { b: [] as unknown[] } };
  ((cyclic.a as { b: unknown[] }).b).push(cyclic);

  const cases: Array<[string, unknown, RegExp]> = [
    ['NaN', { valueQuantity: { value: Number.NaN } }, /non-finite number NaN .* at \$\.valueQuantity\.value;/],
    ['Infinity', [1, Number.POSITIVE_INFINITY], /non-finite number Infinity .* at \$\[1\];/],
    ['-Infinity', Number.NEGATIVE_INFINITY, /non-finite number -Infinity .* at \$;/],
    ['lone high surrogate in a value', { text: 'ok \ud83d' }, /lone surrogate \(RFC 8785 §3\.2\.2\.2\) at \$\.text;/],
    ['lone low surrogate in a member name', { ['\ude00x']: 1 }, /member name with a lone surrogate .* at \$\["\\ude00x"\];/],
    ['bigint', { n: 10n }, /bigint value .* at \$\.n;/],
    ['function', { f: () => 1 }, /function value at \$\.f;/],
    ['toJSON method', { toJSON: () => 'x' }, /function value at \$\.toJSON;/],
    ['symbol', [Symbol('s')], /symbol value at \$\[0\];/],
    ['undefined at the top level', undefined, /undefined value at \$;/],
    ['undefined array element', [1, undefined], /undefined value at \$\[1\];/],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case under test
    ['sparse array hole', [1, , 3], /undefined value at \$\[1\];/],
    ['Date', { when: new Date(0) }, /Date object .* at \$\.when;/],
    ['Map', { m: new Map() }, /Map object .* at \$\.m;/],
    ['typed array', { b: new Uint8Array(2) }, /Uint8Array object .* at \$\.b;/],
    ['boxed string', { s: new String('x') }, /String object .* at \$\.s;/],
    ['class instance', { c: new Custom() }, /Custom object .* at \$\.c;/],
    ['cycle', cyclic, /circular reference at \$\.a\.b\[0\];/],
  ];
  for (const [name, value, message] of cases) {
    test(name, () => {
      let caught: unknown;
      try {
        canonicalJson(value);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(CanonicalJsonError);
      expect((caught as Error).message).toMatch(message);
      expect(() => commitment(newSalt(), value)).toThrow(CanonicalJsonError);
    });
  }

  test('a member whose value is undefined is omitted (as JSON.stringify, and so storage, omits it)', () => {
    expect(canonicalJson({ b: 1, a: undefined })).toBe('{"b":1}');
    const salt = newSalt();
    expect(commitment(salt, { b: 1, a: undefined })).toBe(commitment(salt, { b: 1 }));
  });

  test('a shared (non-cyclic) reference is fine', () => {
    const coding = { system: 'http://loinc.org', code: '8302-2' };
    expect(canonicalJson({ a: coding, b: [coding, coding] })).toBe(
      '{"a":{"code":"8302-2","system":"http://loinc.org"},"b":[{"code":"8302-2","system":"http://loinc.org"},{"code":"8302-2","system":"http://loinc.org"}]}',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Commitments over real Synthea resources.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Resource = { resourceType: string; [key: string]: Json };

/** The first Synthea patient bundle's resources, one per resource type. */
function syntheaResources(): Resource[] {
  for (const file of dataFiles(SYNTHEA_FOLDERS[0]!)) {
    const bundle = readJsonFile(file) as { entry?: Array<{ resource: Resource }> };
    const resources = (bundle.entry ?? []).map((e) => e.resource);
    if (!resources.some((r) => r.resourceType === 'Patient')) continue;
    const byType = new Map<string, Resource>();
    for (const r of resources) if (!byType.has(r.resourceType)) byType.set(r.resourceType, r);
    return [...byType.values()];
  }
  throw new Error('no Synthea patient bundle found');
}

const RESOURCES = syntheaResources();
const PATIENT = RESOURCES.find((r) => r.resourceType === 'Patient')!;

type Path = Array<string | number>;

/** Paths of every primitive (string, number, boolean, null) inside `value`. */
function primitivePaths(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((v, i): [number, Json] => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => primitivePaths(v, [...path, k]));
}

/** A copy of `root` with the primitive at `path` changed (string +"x", number +1, boolean flipped, null → ""). */
function mutated(root: Resource, path: Path): Resource {
  const copy = structuredClone(root);
  let parent: Record<string | number, Json> = copy as Record<string, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const old = parent[last];
  parent[last] = typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : '';
  return copy;
}

/** `value` with every object's members inserted in reverse order (arrays untouched). */
function reversedKeys(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(reversedKeys);
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

const sha256 = (...parts: Uint8Array[]) => `0x${createHash('sha256').update(Buffer.concat(parts)).digest('hex')}`;

describe('commitment over real Synthea resources', () => {
  test('newSalt: 32 fresh random bytes', () => {
    const salts = Array.from({ length: 200 }, () => newSalt());
    for (const s of salts) {
      expect(s).toBeInstanceOf(Uint8Array);
      expect(s.length).toBe(SALT_BYTES);
    }
    expect(SALT_BYTES).toBe(32);
    expect(new Set(salts.map((s) => Buffer.from(s).toString('hex'))).size).toBe(salts.length);
  });

  test('newSalts: as many distinct 32-byte salts as asked, beyond one getRandomValues call (64 KiB)', () => {
    const salts = newSalts(3000);
    expect(salts).toHaveLength(3000);
    for (const s of salts) expect(s.length).toBe(SALT_BYTES);
    expect(new Set(salts.map((s) => Buffer.from(s).toString('hex'))).size).toBe(3000);
    // Each salt commits like a standalone one: the view's offset in its pool does not leak into the hash.
    const resource = RESOURCES[0];
    expect(commitment(salts[2999]!, resource)).toBe(commitment(Uint8Array.from(salts[2999]!), resource));
    expect(newSalts(0)).toEqual([]);
  });

  test('is 0x + 64 hex of SHA-256(salt ‖ UTF-8 canonical JSON), and not the unsalted hash', () => {
    expect(RESOURCES.length).toBeGreaterThan(5);
    for (const resource of RESOURCES) {
      const salt = newSalt();
      const c = commitment(salt, resource);
      expect(c).toMatch(/^0x[0-9a-f]{64}$/);
      const canonical = Buffer.from(canonicalJson(resource), 'utf8');
      expect(c).toBe(sha256(salt, canonical));
      // Not the plain hash of the canonical JSON, nor the salt appended instead of prepended.
      expect(c).not.toBe(sha256(canonical));
      expect(c).not.toBe(sha256(canonical, salt));
      // Deterministic for the same salt and resource.
      expect(commitment(salt, resource)).toBe(c);
      // The canonical text is the same JSON data.
      expect(JSON.parse(canonicalJson(resource))).toEqual(resource);
    }
  });

  test('a Patient with non-ASCII text hashes its UTF-8 bytes', () => {
    const salt = newSalt();
    const patient = structuredClone(PATIENT);
    patient.name = [{ family: 'Müller-Łukasiewicz', given: ['Zoë', '晓明'] }];
    const canonical = canonicalJson(patient);
    expect(commitment(salt, patient)).toBe(sha256(salt, Buffer.from(canonical, 'utf8')));
    expect(commitment(salt, patient)).not.toBe(sha256(salt, Buffer.from(canonical, 'latin1')));
  });

  test('changing any single field of the resource changes the commitment', () => {
    const salt = newSalt();
    let checked = 0;
    for (const resource of RESOURCES) {
      const base = commitment(salt, resource);
      const seen = new Set([base]);
      const paths = primitivePaths(resource);
      for (const path of paths) {
        const c = commitment(salt, mutated(resource, path));
        expect(seen.has(c), `${resource.resourceType} ${path.join('.')}`).toBe(false);
        seen.add(c);
      }
      // Removing any top-level member, adding one, and (where there is one) reordering an array.
      for (const key of Object.keys(resource)) {
        const { [key]: _removed, ...rest } = resource;
        const c = commitment(salt, rest);
        expect(seen.has(c), `${resource.resourceType} without ${key}`).toBe(false);
        seen.add(c);
      }
      expect(seen.has(commitment(salt, { ...resource, extra: null }))).toBe(false);
      checked += paths.length;
    }
    expect(checked).toBeGreaterThan(200);
    // The Patient's own fields include its id, name, birth date, address and identifiers.
    const patientPaths = primitivePaths(PATIENT).map((p) => p.join('.'));
    expect(patientPaths).toContain('id');
    expect(patientPaths.some((p) => p.startsWith('name.0.family'))).toBe(true);
  });

  test('reordering an array (e.g. Patient.identifier) changes the commitment; array order is data', () => {
    const salt = newSalt();
    const ids = PATIENT.identifier as Json[];
    expect(ids.length).toBeGreaterThan(1);
    expect(commitment(salt, { ...PATIENT, identifier: [...ids].reverse() })).not.toBe(commitment(salt, PATIENT));
  });

  test('changing the salt changes the commitment (also a single flipped bit)', () => {
    const salt = newSalt();
    const base = commitment(salt, PATIENT);
    expect(commitment(newSalt(), PATIENT)).not.toBe(base);
    for (const bit of [0, 7, 8 * 16 + 3, 8 * SALT_BYTES - 1]) {
      const flipped = Uint8Array.from(salt);
      flipped[bit >> 3] = flipped[bit >> 3]! ^ (1 << (bit & 7));
      expect(commitment(flipped, PATIENT), `bit ${bit}`).not.toBe(base);
    }
  });

  test('member order in the input does not matter; the stored (JSON round-tripped) copy commits the same', () => {
    const salt = newSalt();
    for (const resource of RESOURCES) {
      const reversed = reversedKeys(resource) as Resource;
      expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(resource));
      expect(canonicalJson(reversed)).toBe(canonicalJson(resource));
      expect(commitment(salt, reversed)).toBe(commitment(salt, resource));
      expect(commitment(salt, JSON.parse(JSON.stringify(resource, null, 2)))).toBe(commitment(salt, resource));
    }
  });

  test('verifyCommitment: true only for the same salt and resource, compared in constant time', () => {
    const salt = newSalt();
    const c = commitment(salt, PATIENT);
    expect(verifyCommitment(salt, PATIENT, c)).toBe(true);
    expect(verifyCommitment(salt, reversedKeys(PATIENT), c)).toBe(true);
    expect(verifyCommitment(salt, PATIENT, c.toUpperCase().replace('0X', '0x'))).toBe(true);
    expect(verifyCommitment(newSalt(), PATIENT, c)).toBe(false);
    expect(verifyCommitment(salt, { ...PATIENT, gender: 'other' }, c)).toBe(false);
    expect(verifyCommitment(salt, PATIENT, commitment(salt, RESOURCES[1]!))).toBe(false);
    // The unsalted hash of the same resource is not accepted.
    expect(verifyCommitment(salt, PATIENT, sha256(Buffer.from(canonicalJson(PATIENT))))).toBe(false);
  });

  test('malformed salts and expected commitments are rejected', () => {
    const c = commitment(newSalt(), PATIENT);
    for (const bad of [new Uint8Array(31), new Uint8Array(33), new Uint8Array(0)]) {
      expect(() => commitment(bad, PATIENT)).toThrow(/32 bytes/);
      expect(() => verifyCommitment(bad, PATIENT, c)).toThrow(/32 bytes/);
    }
    expect(() => commitment([...newSalt()] as unknown as Uint8Array, PATIENT)).toThrow(/Uint8Array/);
    for (const bad of [c.slice(2), `${c}00`, c.slice(0, -1), `0x${'g'.repeat(64)}`, '']) {
      expect(() => verifyCommitment(newSalt(), PATIENT, bad)).toThrow(/64 hex digits/);
    }
  });
});
