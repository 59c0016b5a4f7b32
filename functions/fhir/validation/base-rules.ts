/**
 * The checks the exchange makes at base level that are not constraints of the StructureDefinitions
 * (those are generated: schemas/fhir-r4-constraints.generated.ts), in one table: for each, the
 * text of our issue, where the spec states the rule, and the HL7 Java validator's message for the
 * same finding (its published messages, org.hl7.fhir.utilities Messages.properties: key and
 * English text), or null where the validator has no message of its own for it. Our texts never
 * quote values from the resource (they can be PHI); the validator's `{0}` placeholders are left
 * as they are.
 *
 * The structure layer's base checks (unknown elements, cardinality, primitive formats, urn:uuid and
 * urn:oid values, elements defined as absolute URIs, required bindings) are generated from the
 * definitions too (schemas/fhir-r4-structure.generated.ts; the validator's messages for them are
 * in its generator), and the narrative's XHTML rules (htmlChecks()) are in narrative-xhtml.ts.
 */
export interface BaseRule {
  /** Our issue text. */
  readonly text: string;
  /** Where the specification states the rule. */
  readonly spec: string;
  /** The HL7 validator's message key and text for the same finding, if it has one. */
  readonly validator: { readonly key: string; readonly message: string } | null;
}

export const BASE_RULES = {
  'element-id-unique': {
    text: 'Duplicate element id: Element.id SHALL be unique within a resource',
    spec: 'element-definitions.html#Element.id',
    validator: { key: 'DUPLICATE_ID', message: "Duplicate id value '{0}'" },
  },
  'reference-literal': {
    text: 'Reference.reference is not a valid literal reference: expected Type/id (a known R4 resource type and a valid id, optionally /_history/vid), an absolute URL, urn:uuid:<uuid>, urn:oid:<oid>, #<contained id> or a conditional Type?<search>',
    spec: 'references.html#literal',
    validator: {
      key: 'Reference_REF_Format1',
      message: 'Relative URLs must be of the format [ResourceName]/[id], or a search URL is allowed ([type]?parameters. Encountered {0})',
    },
  },
  'reference-urn-in-transaction': {
    text: 'The urn:uuid / urn:oid reference does not resolve to the fullUrl of any entry in the transaction or batch Bundle',
    spec: 'bundle.html#references, http.html#trules',
    validator: { key: 'Bundle_BUNDLE_Not_Local', message: 'URN reference is not locally contained within the bundle {0}' },
  },
  'document-reference-in-bundle': {
    text: "A reference of a document's Composition must resolve to an entry of the Bundle (by its fullUrl; a relative reference only against a RESTful fullUrl of the Composition)",
    spec: 'composition.html ("any other resources referenced from Composition must be included as subsequent entries in the Bundle"), bundle.html#references',
    validator: { key: 'Bundle_BUNDLE_Entry_NotFound', message: "Can't find '{0}' in the bundle ({1})" },
  },
  'document-reference-ambiguous': {
    text: "A reference of a document's Composition matches more than one entry of the Bundle (entries that share a fullUrl): it must name the version (Type/id/_history/vid)",
    spec: 'bundle.html#references ("it is ambiguous which is correct"), bdl-7',
    validator: { key: 'Bundle_BUNDLE_MultipleMatches', message: 'Multiple matches in bundle for reference {0}' },
  },
  'attachment-size': {
    text: 'Attachment.size is not the number of bytes of Attachment.data (decoded)',
    spec: 'datatypes.html#Attachment (size: "The number of bytes of data that make up this content (before base64 encoding, if that is done)")',
    validator: { key: 'TYPE_SPECIFIC_CHECKS_DT_ATT_SIZE_CORRECT', message: 'Stated Attachment Size {0} does not match actual attachment size {1}' },
  },
  'attachment-hash': {
    text: 'Attachment.hash is not the SHA-1 hash of Attachment.data (decoded), in base64',
    spec: 'datatypes.html#Attachment (hash: "The calculated hash of the data using SHA-1. Represented using base64")',
    validator: { key: 'TYPE_SPECIFIC_CHECKS_DT_ATT_HASH_MISMATCH', message: "The hash of the data did not match the data (stated: '{0}', actual: '{1}')" },
  },
  'reference-target-type': {
    text: 'The reference is to a resource of a type this element does not allow (the types its definition lists)',
    spec: 'references.html#Reference, the element\'s type.targetProfile in its StructureDefinition',
    validator: { key: 'Reference_REF_BadTargetType', message: 'Invalid Resource target type. Found {0}, but expected one of ({1})' },
  },
  'reference-conditional': {
    text: 'A conditional reference (Type?search) is only allowed in a transaction or batch Bundle (http.html#trules)',
    spec: 'http.html#trules',
    validator: { key: 'Reference_REF_Format2', message: 'Relative URLs must be of the format [ResourceName]/[id].  Encountered {0}' },
  },
  'bundle-fullurl-absolute': {
    text: 'Bundle.entry.fullUrl must be an absolute URL (an http(s) URL, urn:uuid:<uuid> or urn:oid:<oid>)',
    spec: 'bundle.html#bundle-unique (Bundle.entry.fullUrl)',
    validator: { key: 'BUNDLE_ENTRY_URL_ABSOLUTE', message: "The fullUrl must be an absolute URL (not '{0}')" },
  },
  'bundle-fullurl-matches-id': {
    text: "Bundle.entry.fullUrl looks like a RESTful URL [base]/Type/id, so it must end with the resource's type and id",
    spec: 'bundle.html#bundle-unique: "The fullUrl SHALL NOT disagree with the id in the resource"',
    validator: { key: 'Bundle_BUNDLE_Entry_IdUrlMismatch', message: "Resource ID does not match the ID in the entry full URL ('{0}' vs '{1}')" },
  },
  'transaction-entry-resource': {
    text: 'A POST, PUT or PATCH entry of a transaction or batch SHALL carry a resource',
    spec: 'http.html#transaction',
    validator: null,
  },
  'transaction-put-id': {
    text: 'The resource of a PUT entry must have the type and id named in Bundle.entry.request.url',
    spec: 'http.html#update',
    validator: null,
  },
  'bundle-link-paging': {
    text: 'Paging links (first, previous, next, last) are only used in searchset and history bundles',
    spec: 'http.html#paging',
    validator: null,
  },
  'bundle-link-once': {
    text: 'This link relation can only occur once in a Bundle',
    spec: 'http.html#paging, bundle.html#searchset (the self link)',
    validator: null,
  },
  'search-entry-id': {
    text: 'Search results (search.mode match or include) must have ids',
    spec: 'bundle.html#searchset',
    validator: { key: 'BUNDLE_SEARCH_ENTRY_NO_RESOURCE_ID', message: 'Search results must have ids' },
  },
  'search-entry-type': {
    text: 'This resource is not of a type the search (the self link) asked for',
    spec: 'bundle.html#searchset',
    validator: { key: 'BUNDLE_SEARCH_ENTRY_WRONG_RESOURCE_TYPE_MODE', message: 'This is not a matching resource type for the specified search ({0} expecting {1})' },
  },
  'search-entry-outcome': {
    text: 'An entry with search.mode outcome must be an OperationOutcome',
    spec: 'bundle.html#searchset',
    validator: { key: 'BUNDLE_SEARCH_ENTRY_WRONG_RESOURCE_TYPE_OUTCOME', message: 'This is not an OperationOutcome ({0})' },
  },
} as const satisfies Record<string, BaseRule>;
