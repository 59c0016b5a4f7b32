import type { Resource } from 'fhir/r4.d.ts';
import type { OperationOutcomeIssue } from '../types.ts';
import type { IssueSink } from './issues.ts';
import { ABSOLUTE_URI, FHIR_ID as ID, R4_RESOURCE_TYPES, URN_OID, URN_UUID, classifyReference } from '../references.ts';
import { BASE_RULES } from './base-rules.ts';
import { checkConstraints } from './constraints.ts';
import { compareDateTimes } from './datetime.ts';
import { checkNarrativeXhtml } from './narrative-xhtml.ts';
import { checkCapabilityStatement, checkCoreExtension, checkSearchParameter } from './core-definitions.ts';
import type { ExtensionReport, ResourceReport } from './core-definitions.ts';

/**
 * The rules of FHIR R4 (4.0.1) beyond structure. The constraints of the StructureDefinitions
 * (`constraint` with FHIRPath: dom-*, bdl-*, per-1, obs-6...) are generated and compiled
 * (schemas/fhir-r4-constraints.generated.ts, run by constraints.ts); this file adds the checks the
 * HL7 validator makes at base level that are not constraints (listed, with the validator's message
 * for each, in base-rules.ts): the literal-reference grammar of references.html, the Bundle rules
 * of bundle.html / http.html (fullUrl, transaction entries, links, search results), Element.id
 * uniqueness, the XHTML rules of narratives (htmlChecks(), narrative-xhtml.ts), and the rules that
 * need the base spec's own conformance resources (core extensions: value types and contexts;
 * references to core SearchParameters), in core-definitions.ts.
 *
 * It runs on a resource that already passed the structure validator (element names, types,
 * cardinality, primitive formats, required codes, ele-1), so it can rely on the shape of the data;
 * it still never throws on odd input. It recurses into contained resources, Bundle.entry.resource,
 * Bundle.entry.response.outcome and Parameters.parameter.resource, nested bundles included.
 *
 * The datatypes these checks need (Reference, Extension, Narrative) are recognised by their shape
 * and the name of the property that holds them ({@link shapeOf}); the unit test compares shapeOf
 * with a walk typed by the StructureDefinitions over every example, Synthea bundle and bulk
 * resource.
 *
 * Not checked: rules that resolve references to other resources (Java's document and message
 * graph checks, ctm-1).
 *
 * Issue texts are ours and never quote values from the resource (they can be PHI).
 */
export function checkInvariants(resource: Resource, sink: IssueSink, path?: string): void {
  checkBaseRules(resource, sink, path);
  checkConstraints(resource, sink, path);
}

/** The checks of this file alone, without the generated constraints (which the validator runs from the structure checks). */
export function checkBaseRules(resource: Resource, sink: IssueSink, path?: string): void {
  const root = resource as unknown;
  if (!isObject(root) || typeof root.resourceType !== 'string') return;
  const walker = new InvariantWalker(sink, path ?? root.resourceType);
  walker.resource(root);
}

export { compareDateTimes };

type JsonObject = { [key: string]: unknown };
type Code = OperationOutcomeIssue['code'];
type Segment = string | number;

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

interface ResourceFrame {
  /** Element.id values met so far in this resource (not in its contained or nested resources). */
  elementIds: Set<string> | undefined;
  /** The resource type, and where the resource starts in the walker's segments (core extension contexts). */
  readonly type: string;
  readonly start: number;
}

/** How references made in the current resource resolve. */
interface ReferenceScope {
  /** Entry fullUrls of the enclosing transaction or batch Bundle: urn:uuid / urn:oid references must be among them. */
  readonly fullUrls: ReadonlySet<string> | undefined;
  /** Conditional references are resolved by the server in transactions and batches, and are accepted on ingest of a lone resource (bulk NDJSON). */
  readonly conditionalAllowed: boolean;
}

const STANDALONE: ReferenceScope = { fullUrls: undefined, conditionalAllowed: true };
const IN_OTHER_BUNDLE: ReferenceScope = { fullUrls: undefined, conditionalAllowed: false };

/** Deeper than this is not walked (the structure pre-pass rejects far less deep input already). */
const MAX_DEPTH = 256;

const REFERENCE_KEYS = keySet('id extension reference type identifier display');
const PERIOD_KEYS = keySet('id extension start end');
const RANGE_KEYS = keySet('id extension low high');
const RATIO_KEYS = keySet('id extension numerator denominator');
const QUANTITY_KEYS = keySet('id extension value comparator unit system code');
const ATTACHMENT_KEYS = keySet('id extension contentType language data url size hash title creation');
const CONTACT_POINT_KEYS = keySet('id extension system value use rank period');
const NARRATIVE_KEYS = keySet('id extension status div');
const TIMING_REPEAT_KEYS = keySet(
  'id extension boundsDuration boundsRange boundsPeriod count countMax duration durationMax durationUnit frequency frequencyMax period periodMax periodUnit dayOfWeek timeOfDay when offset',
);

class InvariantWalker {
  readonly sink: IssueSink;
  private readonly base: string;
  /** The FHIRPath location below `base`, as a stack: paths are only built when reporting. */
  private readonly segments: Segment[] = [];
  private frame: ResourceFrame | undefined;
  private scope: ReferenceScope = STANDALONE;
  private depth = 0;

  constructor(sink: IssueSink, base: string) {
    this.sink = sink;
    this.base = base;
  }

  /** The current location, optionally followed by further segments. */
  path(...rest: Segment[]): string {
    let path = this.base;
    for (const segment of this.segments) path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    for (const segment of rest) path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    return path;
  }

  /** The location of the first `length` segments: an enclosing element. */
  pathTo(length: number): string {
    let path = this.base;
    for (let index = 0; index < length; index++) {
      const segment = this.segments[index]!;
      path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    }
    return path;
  }

  fail(code: Code, text: string, ...rest: Segment[]): void {
    this.sink.error(code, text, this.path(...rest));
  }

  /** An issue of either severity at the current location or below it (core-definitions.ts). */
  readonly report: ResourceReport = (severity, code, text, ...rest) => {
    this.issue(severity, code, text, this.path(...rest));
  };

  /** An issue about the extension being walked: at the extension, or at the element that holds it. */
  private readonly extensionReport: ExtensionReport = (severity, code, text, at) => {
    this.issue(severity, code, text, at === 'extension' ? this.path() : this.pathTo(this.segments.length - 2));
  };

  /**
   * A warning never takes the last place under the cap: an outcome is valid when it holds no
   * error, so warnings must not crowd out the error that would make it invalid.
   */
  private issue(severity: 'error' | 'warning', code: Code, text: string, expression: string): void {
    if (severity === 'warning' && this.sink.issues.length >= this.sink.cap - 1) {
      this.sink.truncated = true;
      return;
    }
    this.sink.add({ severity, code, details: { text }, expression: [expression] });
  }

  // -- resources --------------------------------------------------------------------------------

  resource(resource: JsonObject): void {
    if (this.depth >= MAX_DEPTH) return;
    this.depth++;
    const outerFrame = this.frame;
    const outerScope = this.scope;
    const type = resource.resourceType as string;
    this.frame = { elementIds: undefined, type, start: this.segments.length };
    if (type === 'Bundle') this.scope = this.bundle(resource);
    if (type === 'SearchParameter') checkSearchParameter(resource, this.report);
    if (type === 'CapabilityStatement') checkCapabilityStatement(resource, this.report);

    for (const key in resource) {
      if (key === 'resourceType' || this.sink.full) continue;
      this.segments.push(key);
      this.value(resource[key], key);
      this.segments.pop();
    }
    this.frame = outerFrame;
    this.scope = outerScope;
    this.depth--;
  }

  // -- elements ---------------------------------------------------------------------------------

  private value(value: unknown, key: string): void {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item = value[index];
        if (typeof item === 'object' && item !== null) {
          this.segments.push(index);
          this.object(item as JsonObject, key);
          this.segments.pop();
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      this.object(value as JsonObject, key);
    }
  }

  private object(object: JsonObject, key: string): void {
    if (typeof object.resourceType === 'string') {
      // contained, Bundle.entry.resource, Bundle.entry.response.outcome, Parameters.parameter.resource
      this.resource(object);
      return;
    }
    if (this.depth >= MAX_DEPTH || this.sink.full) return;
    this.depth++;
    if (typeof object.id === 'string') this.elementId(object.id);
    this.datatype(object, key);
    for (const child in object) {
      const value = object[child];
      if (typeof value === 'object' && value !== null) {
        this.segments.push(child);
        this.value(value, child);
        this.segments.pop();
      }
    }
    this.depth--;
  }

  /**
   * Element.id: "Unique id for the element within a resource (for internal references)". The
   * scope is one resource: contained and nested resources have their own.
   */
  private elementId(id: string): void {
    const frame = this.frame;
    if (!frame) return;
    frame.elementIds ??= new Set();
    if (frame.elementIds.has(id)) this.fail('business-rule', BASE_RULES['element-id-unique'].text);
    else frame.elementIds.add(id);
  }

  /** The checks of the datatypes recognised by their shape: references, core extensions, narratives. */
  private datatype(object: JsonObject, key: string): void {
    switch (shapeOf(object, key)) {
      case 'Reference':
        this.reference(object.reference as string);
        return;
      case 'Extension':
        // Core extensions: value type and context (core-definitions.ts).
        if (this.frame) checkCoreExtension(object, this.frame.type, this.segments, this.frame.start, this.extensionReport);
        return;
      case 'Narrative':
        this.narrative(object.div as string);
        return;
      default:
        return;
    }
  }

  // -- references -------------------------------------------------------------------------------

  /** Reference.reference, at `<path>.reference` (ref-1 is a generated constraint). */
  private reference(reference: string): void {
    const kind = classifyReference(reference);
    switch (kind) {
      case 'invalid':
        this.fail('invalid', BASE_RULES['reference-literal'].text, 'reference');
        return;
      case 'urn': {
        // bundle.html#references and http.html#trules: in a transaction (and a batch) a urn:uuid /
        // urn:oid reference can only be resolved to the fullUrl of an entry of the same Bundle.
        const fullUrls = this.scope.fullUrls;
        if (fullUrls && !fullUrls.has(reference)) this.fail('invalid', BASE_RULES['reference-urn-in-transaction'].text, 'reference');
        return;
      }
      case 'conditional':
        if (!this.scope.conditionalAllowed) this.fail('invalid', BASE_RULES['reference-conditional'].text, 'reference');
        return;
      default:
        return;
    }
  }

  // -- Narrative --------------------------------------------------------------------------------

  /** txt-1 / txt-2 (htmlChecks(), narrative.html#xhtml), on Narrative.div at `<path>.div`. */
  private narrative(div: string): void {
    const problem = checkNarrativeXhtml(div);
    if (problem) this.fail(/txt-[12]/.test(problem) ? 'invariant' : 'invalid', problem, 'div');
  }

  // -- Bundle -----------------------------------------------------------------------------------

  /**
   * Bundle rules beyond bdl-1 .. bdl-12 (generated): fullUrl rules (bundle.html#fullUrl), link
   * relations, search result entries (bundle.html#searchset), transaction entries
   * (http.html#transaction). Returns how references inside the entries resolve.
   */
  private bundle(bundle: JsonObject): ReferenceScope {
    const type = typeof bundle.type === 'string' ? bundle.type : undefined;
    const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
    const isBatchOrTransaction = type === 'transaction' || type === 'batch';

    if (Array.isArray(bundle.link)) this.bundleLinks(bundle.link, type);
    const searchTypes = type === 'searchset' ? this.searchTypes(bundle.link) : undefined;

    const fullUrls = isBatchOrTransaction ? new Set<string>() : undefined;
    entries.forEach((entry, index) => {
      if (!isObject(entry) || this.sink.full) return;
      const resource = isObject(entry.resource) ? entry.resource : undefined;
      const fullUrl = typeof entry.fullUrl === 'string' ? entry.fullUrl : undefined;
      if (fullUrl !== undefined) {
        this.fullUrl(fullUrl, resource, index);
        fullUrls?.add(fullUrl);
      }
      if (isBatchOrTransaction && isObject(entry.request)) this.transactionEntry(entry.request, resource, index);
      if (searchTypes && isObject(entry.search)) this.searchEntry(entry.search, resource, index, searchTypes);
    });

    return isBatchOrTransaction ? { fullUrls, conditionalAllowed: true } : IN_OTHER_BUNDLE;
  }

  /**
   * Bundle.entry.fullUrl: "The Absolute URL for the resource. The fullUrl SHALL NOT disagree with
   * the id in the resource" (bundle.html#bundle-unique); bdl-8 (generated) forbids version-specific URLs.
   */
  private fullUrl(fullUrl: string, resource: JsonObject | undefined, index: number): void {
    if (!ABSOLUTE_URI.test(fullUrl) || (fullUrl.startsWith('urn:uuid:') && !URN_UUID.test(fullUrl)) || (fullUrl.startsWith('urn:oid:') && !URN_OID.test(fullUrl))) {
      this.fail('invalid', BASE_RULES['bundle-fullurl-absolute'].text, 'entry', index, 'fullUrl');
      return;
    }
    if (!resource || !/^https?:\/\//i.test(fullUrl) || fullUrl.includes('?') || fullUrl.includes('#')) return;
    // A RESTful URL [base]/Type/id must name this resource's type and id.
    const parts = fullUrl.split('/');
    const urlType = parts[parts.length - 2];
    const urlId = parts[parts.length - 1];
    if (parts.length < 5 || urlType === undefined || urlId === undefined || !R4_RESOURCE_TYPES.has(urlType) || !ID.test(urlId)) return;
    if (resource.resourceType !== urlType || resource.id !== urlId) this.fail('invalid', BASE_RULES['bundle-fullurl-matches-id'].text, 'entry', index, 'fullUrl');
  }

  /**
   * http.html#transaction: POST, PUT and PATCH entries carry the resource (or the patch); an
   * update names the resource in its URL, and "the request body SHALL be a Resource of the type
   * named in the URL with an id element that has an identical value to the [id] in the URL" (http.html#update).
   */
  private transactionEntry(request: JsonObject, resource: JsonObject | undefined, index: number): void {
    const method = request.method;
    if ((method === 'POST' || method === 'PUT' || method === 'PATCH') && !resource) {
      this.fail('required', BASE_RULES['transaction-entry-resource'].text, 'entry', index, 'resource');
      return;
    }
    if (method === 'PUT' && resource && typeof request.url === 'string') {
      const match = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(request.url);
      if (match && (match[1] !== resource.resourceType || match[2] !== resource.id)) {
        this.fail('invalid', BASE_RULES['transaction-put-id'].text, 'entry', index, 'request', 'url');
      }
    }
  }

  /**
   * Bundle.link: the paging relations (first, previous, next, last) belong to searchset and
   * history bundles (http.html#paging), and a relation that identifies one page can only occur once.
   */
  private bundleLinks(links: unknown[], type: string | undefined): void {
    const paged = type === 'searchset' || type === 'history';
    const seen = new Set<string>();
    links.forEach((link, index) => {
      if (!isObject(link) || typeof link.relation !== 'string') return;
      const relation = link.relation;
      const paging = relation === 'first' || relation === 'previous' || relation === 'next' || relation === 'last';
      if (paging && !paged && type !== undefined) this.fail('invalid', BASE_RULES['bundle-link-paging'].text, 'link', index, 'relation');
      if (relation === 'self' || (paged && paging)) {
        if (seen.has(relation)) this.fail('invalid', BASE_RULES['bundle-link-once'].text, 'link', index, 'relation');
        seen.add(relation);
      }
    });
  }


  /** The resource types a searchset's self link searched for: `[base]/Type?...` or `_type=`. */
  private searchTypes(links: unknown): string[] {
    if (!Array.isArray(links)) return [];
    const self = links.find((link) => isObject(link) && link.relation === 'self');
    if (!isObject(self) || typeof self.url !== 'string') return [];
    const url = self.url;
    const query = url.indexOf('?');
    const head = (query < 0 ? url : url.slice(0, query)).split('/');
    const last = head[head.length - 1];
    if (last !== undefined && R4_RESOURCE_TYPES.has(last)) return [last];
    if (query < 0) return [];
    const types: string[] = [];
    for (const parameter of url.slice(query + 1).split('&')) {
      if (!parameter.startsWith('_type=')) continue;
      let value = parameter.slice(6);
      try {
        value = decodeURIComponent(value);
      } catch {
        // keep the raw value
      }
      types.push(...value.split(','));
    }
    return types;
  }

  /**
   * bundle.html#searchset, Bundle.entry.search.mode: a `match` or `include` is a resource found
   * on the server (it has an id); a `match` has one of the types searched for; an `outcome` is an
   * OperationOutcome.
   */
  private searchEntry(search: JsonObject, resource: JsonObject | undefined, index: number, types: string[]): void {
    const mode = search.mode;
    if (!resource) return;
    if (mode === 'match' || mode === 'include') {
      if (typeof resource.id !== 'string') this.fail('invalid', BASE_RULES['search-entry-id'].text, 'entry', index, 'resource');
      if (mode === 'match' && types.length > 0 && !types.includes(resource.resourceType as string)) {
        this.fail('invalid', BASE_RULES['search-entry-type'].text, 'entry', index, 'resource');
      }
    } else if (mode === 'outcome' && resource.resourceType !== 'OperationOutcome') {
      this.fail('invalid', BASE_RULES['search-entry-outcome'].text, 'entry', index, 'resource');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The names and their `_name` primitive-extension twins (formats.html#json primitive elements). */
function keySet(names: string): ReadonlySet<string> {
  const list = names.split(' ');
  return new Set([...list, ...list.map((name) => `_${name}`)]);
}

function onlyKeys(object: JsonObject, allowed: ReadonlySet<string>): boolean {
  for (const key in object) if (!allowed.has(key)) return false;
  return true;
}

/** FHIRPath `exists()`: a primitive exists when it has a value or only extensions (`_name`). */
function exists(object: JsonObject, name: string): boolean {
  const value = object[name];
  if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) return true;
  return object[`_${name}`] !== undefined;
}

/** The datatypes recognised by {@link shapeOf} (the unit test cross-checks them with the StructureDefinitions). */
export type Shape = 'Reference' | 'Extension' | 'Narrative' | 'Period' | 'Range' | 'Ratio' | 'Quantity' | 'Attachment' | 'Timing.repeat' | 'ContactPoint';

/**
 * Which checked datatype an element (an object held by property `key`) is, from its shape, on
 * data the structure layer has accepted (so no unknown properties). Exported for the test that
 * cross-checks it against the StructureDefinitions over the example corpora. Only elements that
 * carry what the invariants look at are recognised: a Reference with a `reference`, a Period with
 * a start or end, a Quantity with a value, unit or comparator, an Attachment with data...
 */
export function shapeOf(object: JsonObject, key: string): Shape | undefined {
  if (key === 'extension' || key === 'modifierExtension') return 'Extension';
  // Immunization.education.reference is a uri; Expression.reference (uri) always has `language`.
  if (typeof object.reference === 'string') return key !== 'education' && onlyKeys(object, REFERENCE_KEYS) ? 'Reference' : undefined;
  if (typeof object.div === 'string') return key === 'text' && onlyKeys(object, NARRATIVE_KEYS) ? 'Narrative' : undefined;
  // MolecularSequence's integer start/end fail the typeof test.
  if (typeof object.start === 'string' || typeof object.end === 'string') return onlyKeys(object, PERIOD_KEYS) ? 'Period' : undefined;
  // Observation.referenceRange can have just low and high, but it is not a Range (obs-3 covers it).
  if (isObject(object.low) || isObject(object.high)) return key !== 'referenceRange' && onlyKeys(object, RANGE_KEYS) ? 'Range' : undefined;
  if (object.numerator !== undefined || object.denominator !== undefined) return onlyKeys(object, RATIO_KEYS) ? 'Ratio' : undefined;
  // Coding {system, code} has the same keys minus value/unit/comparator; Money has currency.
  if (typeof object.value === 'number' || typeof object.unit === 'string' || typeof object.comparator === 'string') {
    if (onlyKeys(object, QUANTITY_KEYS)) return 'Quantity';
  }
  // Signature.data and SampledData.data come with keys an Attachment does not have.
  if (typeof object.data === 'string') return onlyKeys(object, ATTACHMENT_KEYS) ? 'Attachment' : undefined;
  // SubstancePolymer.repeat has other keys.
  if (key === 'repeat') return onlyKeys(object, TIMING_REPEAT_KEYS) ? 'Timing.repeat' : undefined;
  // Identifier has the same shape as ContactPoint, so only where the property is one whose type
  // is ContactPoint: every `telecom`, the `contact` of Device, DeviceDefinition, Endpoint,
  // Subscription and MessageHeader.source (the backbone `contact`s have no `value`), and
  // `valueContactPoint`-style choices.
  if ((key === 'telecom' || key === 'contact' || key.endsWith('ContactPoint')) && exists(object, 'value') && onlyKeys(object, CONTACT_POINT_KEYS)) {
    return 'ContactPoint';
  }
  return undefined;
}
