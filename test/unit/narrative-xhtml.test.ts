import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkNarrativeXhtml } from '../../functions/fhir/validation/narrative-xhtml.ts';
import { dataFile, dataFiles } from '../support/fhir-data.ts';

/** Official examples whose narrative is itself invalid by these rules, with the reason. */
const INVALID_OFFICIAL_NARRATIVES: Record<string, { reason: RegExp; why: string }> = {
  'Questionnaire-zika-virus-exposure-assessment.json': {
    reason: /txt-2/,
    why: 'its div holds only an empty <pre> and whitespace: no text and no image (txt-2)',
  },
  'ActivityDefinition-blood-tubes-supply.json': { reason: /txt-2/, why: 'its div holds only whitespace (txt-2)' },
  'ActivityDefinition-heart-valve-replacement.json': { reason: /txt-2/, why: 'its div holds only whitespace (txt-2)' },
  'EventDefinition-example.json': { reason: /txt-2/, why: 'its div holds only whitespace (txt-2)' },
};

interface Narrative {
  file: string;
  /** Where in the file, e.g. `entry[3].resource.contained[0].text.div`. */
  path: string;
  div: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

/** Every `text.div` string anywhere in a JSON value: resources, contained resources, bundle entries. */
function narrativesOf(file: string, value: unknown, path: string, out: Narrative[]): Narrative[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => narrativesOf(file, item, `${path}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'text' && child !== null && typeof child === 'object' && typeof (child as { div?: unknown }).div === 'string') {
        out.push({ file: basename(file), path: `${childPath}.div`, div: (child as { div: string }).div });
      }
      narrativesOf(file, child, childPath, out);
    }
  }
  return out;
}

function narrativesIn(folders: string[]): Narrative[] {
  const out: Narrative[] = [];
  for (const folder of folders) for (const file of dataFiles(folder)) narrativesOf(file, readJson(file), '', out);
  return out;
}

const HL7 = narrativesIn(['hl7-r4-examples']);
const SYNTHEA = narrativesIn(['synthea-r4-smart-generated', 'synthea-r4-msft-samples']);

/** A real narrative to make invalid variants of (the official Patient example's). */
const PATIENT = HL7.find((n) => n.file === 'Patient-example.json' && n.path === 'text.div')!.div;
const ROOT = '<div xmlns="http://www.w3.org/1999/xhtml">';
/** Inserts markup just before the root's closing tag. */
const beforeEnd = (div: string, markup: string) => {
  const end = div.lastIndexOf('</div>');
  return div.slice(0, end) + markup + div.slice(end);
};

/** Words of the narrative's content a reason must never repeat (narratives are PHI). */
const PHI_WORDS = ['Peter', 'Chalmers', 'Erewhon', 'Pleasantville', '5555', '12345', 'Acme'];
function expectInvalid(div: string, reason: RegExp): string {
  const result = checkNarrativeXhtml(div);
  expect(result, 'should be rejected').toBeTypeOf('string');
  expect(result).toMatch(reason);
  for (const word of PHI_WORDS) expect(result).not.toContain(word);
  return result!;
}

describe('narrative XHTML on real data', () => {
  test('the data is there: official examples (resources and bundle entries) and Synthea bundles', () => {
    expect(HL7.length).toBeGreaterThan(500);
    expect(HL7.some((n) => n.path.startsWith('entry['))).toBe(true);
    expect(SYNTHEA.length).toBeGreaterThan(0);
    expect(PATIENT.startsWith(ROOT)).toBe(true);
    // The walk reaches contained resources too (no official example has a narrative there).
    const contained = narrativesOf('x.json', { text: { div: 'a' }, contained: [{ text: { div: 'b' } }] }, '', []);
    expect(contained.map((n) => n.path)).toEqual(['text.div', 'contained[0].text.div']);
  });

  test('every narrative of the official HL7 R4 examples is valid, except those documented as invalid', () => {
    const failures: string[] = [];
    const exceptionsSeen = new Set<string>();
    for (const { file, path, div } of HL7) {
      const reason = checkNarrativeXhtml(div);
      const known = INVALID_OFFICIAL_NARRATIVES[file];
      if (known && reason !== undefined) {
        expect(reason, `${file} ${path}: ${known.why}`).toMatch(known.reason);
        exceptionsSeen.add(file);
      } else if (reason !== undefined) {
        failures.push(`${file} ${path}: ${reason}`);
      }
    }
    expect(failures).toEqual([]);
    // The exception list must not rot: each entry present in the data is still a real failure.
    const present = new Set(HL7.map((n) => n.file));
    expect([...exceptionsSeen].sort()).toEqual(Object.keys(INVALID_OFFICIAL_NARRATIVES).filter((file) => present.has(file)).sort());
  });

  test('every narrative of the Synthea bundles is valid', () => {
    const failures = SYNTHEA.flatMap(({ file, path, div }) => {
      const reason = checkNarrativeXhtml(div);
      return reason === undefined ? [] : [`${file} ${path}: ${reason}`];
    });
    expect(failures).toEqual([]);
  });

  test("the validator test case xml-bad-entities fails on &reg;, as the HL7 validator's outcome says", () => {
    const file = dataFile('fhir-test-cases-validator-r4/base-invalid', 'xml-bad-entities.json'); // starts with a BOM
    const [encounter] = narrativesOf(file, readJson(file), '', []);
    expect(encounter?.path).toBe('text.div'); // Encounter.text.div
    const expected = readJson(dataFile('fhir-test-cases-validator-r4/expected-outcomes', 'java__R4.xml-bad-entities-json-base.json')) as {
      issue: { code: string; details: { text: string }; expression: string[] }[];
    };
    expect(expected.issue[0]).toMatchObject({ code: 'invalid', expression: ['Encounter.text.div'] });
    expect(expected.issue[0]?.details.text).toContain('&reg;');
    const reason = checkNarrativeXhtml(encounter!.div);
    expect(reason).toBe('Invalid entity in the XHTML (&reg;)');
  });
});

describe('narrative XHTML rules, on variants of a real narrative', () => {
  test('the original is valid, and so are numeric character references', () => {
    expect(checkNarrativeXhtml(PATIENT)).toBeUndefined();
    expect(checkNarrativeXhtml(beforeEnd(PATIENT, '<p>&#160;&#xA0;&#8364;&#x1F600;</p>'))).toBeUndefined();
    expect(checkNarrativeXhtml(`${ROOT}<p>&lt;&gt;&amp;&quot;&apos;</p></div>`)).toBeUndefined();
  });

  test('well-formedness: root, namespace, unclosed and mismatched tags', () => {
    expectInvalid(PATIENT.replace(' xmlns="http://www.w3.org/1999/xhtml"', ''), /must declare xmlns/);
    expectInvalid(PATIENT.replace('xmlns="http://www.w3.org/1999/xhtml"', 'xmlns="http://www.w3.org/1999/xhtml/"'), /XHTML namespace/);
    expectInvalid(`<span${PATIENT.slice('<div'.length, PATIENT.lastIndexOf('</div>'))}</span>`, /root element must be <div>, not <span>/);
    expectInvalid(beforeEnd(PATIENT, '<p>unclosed'), /not well-formed.*not closed|does not match/);
    expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<b>Chalmers'), /not well-formed/);
    expectInvalid(PATIENT.slice(0, PATIENT.lastIndexOf('</div>')), /not well-formed/);
    expectInvalid(PATIENT.replace('</td>', '</th>'), /not well-formed/);
    expectInvalid(`${PATIENT}${ROOT}x</div>`, /outside the root/);
    expectInvalid(beforeEnd(PATIENT, '<p>a < b</p>'), /not well-formed/);
    expectInvalid(PATIENT.replace('<table>', '<table border=1>'), /not well-formed/);
    expectInvalid(PATIENT.replace('<table>', '<table class="a" class="b">'), /repeated/);
    expectInvalid(beforeEnd(PATIENT, '<p>\u0001</p>'), /character/);
    expectInvalid(beforeEnd(PATIENT, '<svg xmlns="http://www.w3.org/2000/svg"/>'), /XHTML namespace/);
    expectInvalid(beforeEnd(PATIENT, '<x:p xmlns:x="urn:x">a</x:p>'), /non-HTML element/);
    expectInvalid(`<?xml version="1.0"?>${PATIENT}`, /XML declaration/);
    expectInvalid(`<!DOCTYPE div [<!ENTITY nbsp "&#160;">]>${beforeEnd(PATIENT, '&nbsp;')}`, /DOCTYPE/);
    expectInvalid(beforeEnd(PATIENT, '<?php echo 1 ?>'), /Processing instructions/);
  });

  test('entities: only XML predefined ones', () => {
    expect(expectInvalid(beforeEnd(PATIENT, '<p>a&nbsp;b</p>'), /Invalid entity/)).toBe('Invalid entity in the XHTML (&nbsp;)');
    expect(expectInvalid(beforeEnd(PATIENT, '&copy;'), /Invalid entity/)).toBe('Invalid entity in the XHTML (&copy;)');
    expectInvalid(PATIENT.replace('<table>', '<table title="&reg;">'), /Invalid entity in the XHTML \(&reg;\)/);
    // A name that is not an HTML entity is not quoted: it may be mistyped content ("Smith&Chalmers;").
    expect(expectInvalid(beforeEnd(PATIENT, 'Smith&Chalmers;'), /Invalid entity/)).not.toContain('Chalmers');
    expectInvalid(beforeEnd(PATIENT, '&toString;'), /Invalid entity/);
    expectInvalid(beforeEnd(PATIENT, '&#0;'), /character reference/);
    expectInvalid(beforeEnd(PATIENT, '&#xD800;'), /character reference/);
    expectInvalid(beforeEnd(PATIENT, 'Peter & Chalmers'), /not well-formed/);
  });

  test('txt-1: no active content, only the basic formatting elements and attributes', () => {
    expect(expectInvalid(beforeEnd(PATIENT, '<script>alert(1)</script>'), /txt-1/)).toBe('Element <script> is not allowed in a narrative (txt-1)');
    for (const element of ['form', 'input', 'object', 'embed', 'applet', 'base', 'link', 'iframe', 'frame', 'style', 'body', 'head', 'font', 'center', 'u', 'ins']) {
      expectInvalid(beforeEnd(PATIENT, `<${element}/>`), new RegExp(`<${element}> is not allowed.*txt-1`));
    }
    expectInvalid(beforeEnd(PATIENT, '<SCRIPT>x</SCRIPT>'), /txt-1/);
    // An unknown element name is not quoted: it may be text that was not escaped.
    expect(expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<Chalmers>x</Chalmers>'), /txt-1/)).not.toContain('Chalmers');
    expect(expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<b onclick="alert(1)">Chalmers</b>'), /txt-1/)).toMatch(/Event handler/);
    expectInvalid(PATIENT.replace('<table>', '<table onMouseOver="x">'), /Event handler.*txt-1/);
    expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<a href="javascript:alert(1)">Chalmers</a>'), /Script URLs/);
    expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<a href=" JaVaScRiPt:alert(1)">Chalmers</a>'), /Script URLs/);
    expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<a href="x" target="_blank">Chalmers</a>'), /'target' is not allowed on <a>/);
    expectInvalid(PATIENT.replace('<b>Chalmers</b>', '<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="x">Chalmers</a>'), /'xlink:href'/);
    expectInvalid(PATIENT.replace('<table>', '<table src="x.png">'), /'src' is not allowed on <table>/);
    // Allowed: the formatting attributes, a, img, tables, inline style, language.
    expect(
      checkNarrativeXhtml(
        beforeEnd(
          PATIENT,
          '<p style="color: red" class="c" id="i" lang="en" xml:lang="en" dir="ltr" title="t"><a name="n">x</a> <a href="Patient/example">y</a>' +
            '<img src="data:image/png;base64,AAAA" alt="a" width="1" height="1"/><q cite="x">q</q><sub>1</sub><sup>2</sup></p>' +
            '<table border="1" cellpadding="0" cellspacing="0" summary="s"><thead><tr><th colspan="2" scope="col" align="left">h</th></tr></thead>' +
            '<tbody><tr><td rowspan="1" valign="top" nowrap="nowrap">d</td></tr></tbody></table><ul><li>l</li></ul><dl><dt>t</dt><dd>d</dd></dl><pre>p</pre><!-- comment --><![CDATA[ c ]]>',
        ),
      ),
    ).toBeUndefined();
  });

  test('txt-2: some non-whitespace text, or an image', () => {
    expectInvalid(`${ROOT}</div>`, /txt-2/);
    expectInvalid(`${ROOT}\n  <p> </p>\n  <br/>\t<table><tbody><tr><td>\n</td></tr></tbody></table></div>`, /txt-2/);
    expectInvalid(`${ROOT}<p>&#160;</p><!-- only a comment --></div>`, /txt-2/);
    expectInvalid(`${ROOT}<p title="a title is not content"/></div>`, /txt-2/);
    expect(checkNarrativeXhtml(`${ROOT}<img src="x.png"/></div>`)).toBeUndefined();
    expect(checkNarrativeXhtml(`${ROOT}<p><![CDATA[x]]></p></div>`)).toBeUndefined();
    expect(checkNarrativeXhtml(`${ROOT}<p>&#65;</p></div>`)).toBeUndefined();
  });

  test('never throws, whatever the input', () => {
    const inputs: unknown[] = ['', ' ', '<', '>', '&', '<div', '<div xmlns="http://www.w3.org/1999/xhtml"', '</div>', '<!--', '<![CDATA[', '<?', '<!DOCTYPE', '\u0000', '\uFEFF' + PATIENT, '\uD800'];
    inputs.push(undefined, null, 42, {});
    for (let end = 0; end < PATIENT.length; end += 7) inputs.push(PATIENT.slice(0, end)); // every truncation is invalid
    for (const input of inputs) {
      const result = checkNarrativeXhtml(input as string);
      if (typeof input === 'string' && input.length < PATIENT.length) expect(result, JSON.stringify(input.slice(-20))).toBeTypeOf('string');
    }
    // Deep nesting (saxes keeps its own stack; namespaces are checked in O(1) per element) and a large input.
    const deep = `${ROOT}${'<span>'.repeat(100_000)}x${'</span>'.repeat(100_000)}</div>`;
    expect(checkNarrativeXhtml(deep)).toBeUndefined();
    expect(checkNarrativeXhtml(`${ROOT}${'<b>'.repeat(100_000)}`)).toMatch(/not well-formed/);
    expect(checkNarrativeXhtml(`${ROOT}<p>${'lorem ipsum &amp; '.repeat(300_000)}</p></div>`)).toBeUndefined();
    expect(checkNarrativeXhtml(`${ROOT}<p title="${'a'.repeat(5_000_000)}`)).toMatch(/not well-formed/);
  });
});

describe('narrative XHTML throughput', () => {
  test('over every narrative in the data (printed, not asserted)', () => {
    const all = [...HL7, ...SYNTHEA];
    const bytes = all.reduce((sum, n) => sum + Buffer.byteLength(n.div), 0);
    for (const n of all) checkNarrativeXhtml(n.div); // warm-up
    const rounds = 5;
    const start = performance.now();
    for (let round = 0; round < rounds; round++) for (const n of all) checkNarrativeXhtml(n.div);
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `checkNarrativeXhtml: ${all.length} narratives, ${(bytes / 1e6).toFixed(2)} MB, ` +
        `${((rounds * bytes) / 1e6 / seconds).toFixed(1)} MB/s, ${((seconds / (rounds * all.length)) * 1e6).toFixed(1)} µs per narrative`,
    );
  });
});
