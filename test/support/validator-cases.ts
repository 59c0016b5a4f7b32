/**
 * Which layer of the exchange's validator rejects each of the 39 HL7 `base-invalid` test cases
 * (FHIR/fhir-test-cases validator/, copied to ../shared/fhir/fhir-test-cases-validator-r4), and at
 * which elements.
 *
 *   json          the payload is not JSON (JSON.parse fails): reported at the document, with a
 *                 position, so no FHIRPath is expected
 *   structure     the structure validator generated from the StructureDefinitions (unknown
 *                 element, primitive format, cardinality, empty array, required binding, id)
 *   invariant     functions/fhir/validation/invariants.ts (constraints and Bundle rules), and the
 *                 rules it runs from functions/fhir/validation/core-definitions.ts (core extensions,
 *                 core SearchParameters: definitions that ship with the base spec)
 *   out-of-scope  needs a terminology server or definitions from outside the base spec
 *
 * `expectedPaths` are the HL7 Java validator's `expression`s (expected-outcomes/), normalised by
 * {@link normalizeJavaPath}, for the problems the named layer must find; problems it does not
 * look for (e.g. terminology display checks in the same file) are listed in `reason`. Where the
 * Java validator's path is wrong (its `diagnostics` line numbers show the real element) the real
 * element is listed and the reason says so. `invariantPaths` are further problems in a file that a
 * lower layer already rejects, which the invariants layer finds too.
 */
export type ValidatorLayer = 'json' | 'structure' | 'invariant' | 'out-of-scope';

export interface ValidatorCase {
  /** The case name in index.json. */
  name: string;
  /** The file in base-invalid/. */
  file: string;
  layer: ValidatorLayer;
  expectedPaths: string[];
  invariantPaths?: string[];
  reason?: string;
}

const entries = (count: number) => Array.from({ length: count }, (_, index) => `Bundle.entry[${index}]`);

export const BASE_INVALID_CASES: readonly ValidatorCase[] = [
  // -- not JSON ----------------------------------------------------------------------------------
  {
    name: 'json-comments-1-no',
    file: 'json-comments-1.json',
    layer: 'json',
    expectedPaths: [],
    reason: 'A // comment: JSON has no comments (Java: "Comments are not allowed in JSON" at Patient).',
  },
  {
    name: 'json-comments-2-no',
    file: 'json-comments-2.json',
    layer: 'json',
    expectedPaths: [],
    reason: 'Comments inside the object (Java: at Patient.id and Patient.gender).',
  },
  { name: 'json-comma-bad-1', file: 'json-comma-bad-1.json', layer: 'json', expectedPaths: [], reason: 'A missing comma (Java: at Patient.name[0]).' },
  {
    name: 'json-no-quotes-1',
    file: 'json-no-quotes-1.json',
    layer: 'json',
    expectedPaths: [],
    reason: 'A property name without quotes (Java: at Patient).',
  },
  { name: 'bad-json-close', file: 'bad-json-close-1.json', layer: 'json', expectedPaths: [], reason: 'A ] closing an object.' },
  { name: 'bad-json-close-3', file: 'bad-json-close-3.json', layer: 'json', expectedPaths: [], reason: 'A } closing an array.' },

  // -- structure ---------------------------------------------------------------------------------
  {
    name: 'synthea',
    file: 'synthea.json',
    layer: 'structure',
    expectedPaths: ['Encounter.reasonCode', 'Encounter.status'],
    reason:
      'reasonCode (0..*) is an object, not an array; status "completed" is not in the required binding encounter-status (R4 has "finished"). The code-list check needs no terminology server: the value set is enumerated in the spec.',
  },
  {
    name: 'empty-array',
    file: 'empty-array.json',
    layer: 'structure',
    expectedPaths: ['DocumentReference.category[0].coding'],
    reason: 'An empty array (ele-1, the generic pre-pass).',
  },
  {
    name: 'hakan-se-nofetch',
    file: 'hakan-se.json',
    layer: 'structure',
    expectedPaths: ['MedicationRequest', 'MedicationRequest.authoredOn'],
    invariantPaths: ['MedicationRequest.requester'],
    reason:
      'medication[x] (1..1) is missing and authoredOn has a time without a timezone. The local reference #… has no contained resource (ref-1, Java at MedicationRequest.requester): the invariants layer finds it as well. The meta.profile warning (profile not fetched) is not an error.',
  },
  { name: 'resource-invalid-id-1', file: 'resource-invalid-id-1.json', layer: 'structure', expectedPaths: ['Location.id'], reason: 'id with / and = characters.' },
  { name: 'resource-invalid-id-2', file: 'resource-invalid-id-2.json', layer: 'structure', expectedPaths: ['Location.id'], reason: 'id longer than 64 characters.' },
  {
    name: 'resource-invalid-id-3',
    file: 'resource-invalid-id-3.json',
    layer: 'structure',
    expectedPaths: ['Location.contained[0].id'],
    reason: 'A contained resource id with an underscore.',
  },
  {
    name: 'resource-invalid-eid-2',
    file: 'resource-invalid-eid-2.json',
    layer: 'structure',
    expectedPaths: ['Location.position.id'],
    reason: 'An element id (a string) longer than 1 MB (datatypes.html#string: strings SHALL NOT exceed 1 MB).',
  },
  { name: 'patient-id-bad-1 / R4', file: 'patient-id-bad-1.json', layer: 'structure', expectedPaths: ['Patient.id'], reason: 'id with an underscore.' },
  { name: 'patient-id-bad-2 / R4', file: 'patient-id-bad-2.json', layer: 'structure', expectedPaths: ['Patient.id'], reason: 'id with a space.' },
  { name: 'patient-id-bad-3 / R4', file: 'patient-id-bad-3.json', layer: 'structure', expectedPaths: ['Patient.id'], reason: 'id longer than 64 characters.' },
  {
    name: 'comments-4',
    file: 'json-comments.json',
    layer: 'structure',
    expectedPaths: ['Patient'],
    reason: 'The DSTU2 fhir_comments property is an unknown element in R4 (Java reports it at Patient; at Patient.fhir_comments is the same element or below).',
  },
  {
    name: 'versioned-extension',
    file: 'versioned-extension.json',
    layer: 'structure',
    expectedPaths: ['Patient.extension[2]'],
    reason:
      'extension[2] has no url (Extension.url 1..1). Not expected from any layer here: Java\'s "the extension URL must not contain a version" for extension[1], which it derives from the patient-congregation definition in the HL7 extensions package (out of scope).',
  },
  { name: 'ai3', file: 'ai3.json', layer: 'structure', expectedPaths: ['Patient'], reason: 'Unknown element unknownElement (Java reports it at Patient).' },
  { name: 'ai4', file: 'ai4.json', layer: 'structure', expectedPaths: ['Patient.birthDate'], reason: 'birthDate is not a date.' },
  {
    name: 'ai7',
    file: 'ai7.json',
    layer: 'structure',
    expectedPaths: ['StructureDefinition'],
    reason: 'StructureDefinition.name, status and abstract (1..1) are missing.',
  },
  {
    name: 'ai8',
    file: 'ai8.json',
    layer: 'structure',
    expectedPaths: ['StructureDefinition'],
    reason:
      'name, status and abstract are missing. Out of scope: snapshot generation against the base Patient definition and the binding-on-date check at StructureDefinition.differential.element[0] (profile authoring, not instance validation).',
  },
  {
    name: 'Observation-ex-pain.json',
    file: 'Observation-ex-pain.json',
    layer: 'structure',
    expectedPaths: ['Observation', 'Observation.valueInteger'],
    reason:
      'Observation.code (1..1) is missing, and _valueInteger carries an unknown property "value" (Java: Observation.value.ofType(integer); in JSON _valueInteger).',
  },

  // -- invariants --------------------------------------------------------------------------------
  {
    name: 'bundle-duplicate-id',
    file: 'bundle-duplicate-id.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.entry[0]', 'Bundle.entry[1]'],
    reason:
      'Relative fullUrls (Patient/1, RelatedPerson/1): Bundle.entry.fullUrl is an absolute URL. Java reports both at Bundle.entry[0]; its line numbers (6, 13) are entries 0 and 1.',
  },
  {
    name: 'mni-patientOverview-bundle-example1b',
    file: 'mni-patientOverview-bundle-example1b.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.entry[0]', 'Bundle.entry[1]', 'Bundle.entry[2]', 'Bundle.entry[1].resource.name[0]'],
    reason:
      'Relative fullUrls (Java reports all three at Bundle.entry[0]; its lines 12, 47, 189 are entries 0-2), and duplicate element ids: "2" on Patient.identifier[0] and name[0], "1a" on Bundle.entry[0] and entry[2] (Java: Bundle.entry[2]). ' +
      'Not reproduced: the LOINC display name (terminology server); Java\'s document-graph checks (Composition.subject/author resolving within the bundle under its relative-fullUrl matching rules, and every entry being reachable from the Composition), whose paths are also off by one entry.',
  },
  {
    name: 'bundle-duplicate-ids-not',
    file: 'bundle-duplicate-ids-not.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.link[1].relation', ...entries(39)],
    reason:
      'A document with a paging link ("first"), and 39 relative fullUrls (Java reports them all at Bundle.entry[0]; index.json lists only its first 10 paths). Not reproduced: nine LOINC display names (terminology server).',
  },
  {
    name: 'bundle-id-2',
    file: 'bundle-id-search-2.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.link[1]', 'Bundle.link[3]'],
    reason: 'A searchset with two self links and two first links.',
  },
  {
    name: 'bundle-id-3',
    file: 'bundle-id-search-3.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.entry[0].resource'],
    reason: 'A search match without an id, and of a type (Immunization) the self link (Patient?…) did not search for. Not reproduced: the CVX display name (terminology server).',
  },
  {
    name: 'bundle-id-4',
    file: 'bundle-id-search-4.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.entry[0].resource', 'Bundle.entry[1].resource'],
    reason:
      'An outcome entry that is not an OperationOutcome; a match without an id whose type is not among _type=Observation,DocumentReference. Not reproduced: the CVX display name (terminology server).',
  },
  {
    name: 'bundle-with-contained',
    file: 'bundle-with-contained.json',
    layer: 'invariant',
    expectedPaths: ['Bundle.entry[0]'],
    reason:
      'The fullUrl …/MessageHeader/LabelerCodeRequestMessage is a RESTful URL that does not end with the resource id. ' +
      'Not reproduced: LOINC and NCI display names (terminology server); Java\'s checks that a narrative hyperlink (#…) resolves to an anchor and that MessageHeader.focus resolves within the bundle under its fullUrl rules (reported at Bundle.entry[1], but the MessageHeader is entry[0], line 25).',
  },
  {
    name: 'risk-assessment-probability-range',
    file: 'risk-assessment-probability-range.json',
    layer: 'invariant',
    expectedPaths: ['RiskAssessment.prediction[0]'],
    reason: 'ras-2: probabilityDecimal 101 > 100.',
  },
  {
    name: 'encounter-period',
    file: 'encounter-period.json',
    layer: 'invariant',
    expectedPaths: ['Encounter.period'],
    reason:
      'per-1: start (a date) and end (a dateTime on the same day) cannot be ordered: FHIRPath gives an empty result for values of different precision that agree to the coarser one, and an empty result fails the constraint.',
  },
  {
    name: 'xml-bad-entities-json',
    file: 'xml-bad-entities.json',
    layer: 'invariant',
    expectedPaths: ['Encounter.text.div'],
    reason:
      'The narrative uses &reg;, an HTML entity XML does not define; the invariants layer checks narratives with functions/fhir/validation/narrative-xhtml.ts.',
  },
  {
    name: 'capstmt',
    file: 'capstmt.json',
    layer: 'invariant',
    expectedPaths: ['CapabilityStatement.rest[0].resource[0].searchParam[0]'],
    reason:
      'searchParam[0] declares type date, but the core SearchParameter its `definition` names (AllergyIntolerance-clinical-status) is a token (core-definitions.ts, from the core SearchParameters generated into schemas/core-definitions.generated.ts).',
  },
  {
    name: 'sp-diff-type',
    file: 'sp-diff-type.json',
    layer: 'invariant',
    expectedPaths: ['SearchParameter'],
    reason: 'The type (token) differs from that of the core SearchParameter named by derivedFrom (Organization-name, a string).',
  },
  {
    name: 'sp-diff-base',
    file: 'sp-diff-base.json',
    layer: 'invariant',
    expectedPaths: ['SearchParameter.expression', 'SearchParameter'],
    reason:
      'The base (Patient) is not among those of the core SearchParameter named by derivedFrom (Organization-name), and the expression starts its paths at Organization, which is not a base (Java finds it with its FHIRPath type check; core-definitions.ts looks at the resource types the union\'s paths start from).',
  },
  {
    name: 'maiden-name-extension',
    file: 'maiden-name.json',
    layer: 'invariant',
    expectedPaths: ['Patient.name[0]'],
    reason:
      'The core extension humanname-mothers-family is used on a HumanName, but its context, in R4 4.0.1 as in the HL7 extensions package (5.x) Java used, is HumanName.family (core-definitions.ts, from the core extension definitions generated into schemas/core-definitions.generated.ts).',
  },

  // -- out of scope ------------------------------------------------------------------------------
  {
    name: 'pat-dob-ext',
    file: 'pat-dob-ext.json',
    layer: 'out-of-scope',
    expectedPaths: ['Patient.birthDate.extension[0]'],
    reason:
      'Java rejects an extension whose definition (a validitron.unimelb.edu.au URL, not a core extension) it cannot fetch. The base spec lets a reader ignore unknown non-modifier extensions (extensibility.html); rejecting them needs the extension definitions from the web. The core extension rules (core-definitions.ts) only look at urls under http://hl7.org/fhir/StructureDefinition/.',
  },
  {
    name: 'bundle-id-5',
    file: 'bundle-id-collection.json',
    layer: 'out-of-scope',
    expectedPaths: ['Bundle.entry[0].resource.vaccineCode.coding[0].display'],
    reason: 'The only error is the CVX display name, checked against the code system by a terminology server (expected_non_tx_error_count is 0).',
  },
];

/**
 * A Java validator expression in the form this project writes: without the `/*Type/id*\/`
 * comments, and with `.value.ofType(integer)` as the JSON property `.valueInteger`.
 */
export function normalizeJavaPath(path: string): string {
  return path
    .replace(/\/\*.*?\*\//g, '')
    .replace(/\[url='[^']*'\]/g, '')
    .replace(/\.([a-zA-Z]+)\.ofType\(([A-Za-z]+)\)/g, (_, name: string, type: string) => `.${name}${type[0]!.toUpperCase()}${type.slice(1)}`);
}

/**
 * Whether an issue expression points at the expected element: the same element or one inside it
 * (the invariants layer points at `Bundle.entry[1].fullUrl` where Java says `Bundle.entry[1]`).
 * A primitive's `_name` twin counts as the element itself.
 */
export function pointsAt(actual: string, expected: string): boolean {
  const a = normalizeJavaPath(actual).replace(/\._/g, '.');
  const e = normalizeJavaPath(expected).replace(/\._/g, '.');
  return a === e || a.startsWith(`${e}.`) || a.startsWith(`${e}[`);
}
