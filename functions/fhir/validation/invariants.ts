import type { Resource } from 'fhir/r4.d.ts';
import type { OperationOutcomeIssue } from '../types.ts';
import type { IssueSink } from './issues.ts';
import { ABSOLUTE_URI, FHIR_ID as ID, R4_RESOURCE_TYPES, URN_OID, URN_UUID, classifyReference } from '../references.ts';
import { checkNarrativeXhtml } from './narrative-xhtml.ts';
import { checkCapabilityStatement, checkCoreExtension, checkSearchParameter } from './core-definitions.ts';
import type { ExtensionReport, ResourceReport } from './core-definitions.ts';

/**
 * The rules of FHIR R4 (4.0.1) that lie beyond structure: invariants (`constraint` in the
 * StructureDefinitions, whose FHIRPath is quoted next to each check), the literal-reference
 * grammar of references.html, and the Bundle rules of bundle.html / http.html that the HL7 Java
 * validator enforces. Only what needs neither a terminology server nor definitions from outside
 * the base spec. The rules that need the base spec's own conformance resources (core extensions:
 * value types and contexts; references to core SearchParameters) are in core-definitions.ts, called
 * from here for each Extension and for CapabilityStatement and SearchParameter.
 *
 * It runs on a resource that already passed the structure validator (element names, types,
 * cardinality, primitive formats, required codes, ele-1), so it can rely on the shape of the data;
 * it still never throws on odd input. It recurses into contained resources, Bundle.entry.resource,
 * Bundle.entry.response.outcome and Parameters.parameter.resource, nested bundles included.
 *
 * Finding the datatypes. One walk, linear in the size of the resource; datatypes are recognised
 * by their shape and the name of the property that holds them ({@link shapeOf}), not from a type
 * table derived from the StructureDefinitions: that table would have to be loaded (35 MB of
 * definitions, a dev dependency) or generated and shipped, for no gain in precision. Once the
 * structure layer has rejected unknown properties, an object holding a string `reference` and
 * nothing outside {id, extension, reference, type, identifier, display} can only be a Reference:
 * the only other string `reference` elements are Expression.reference (an Expression always has
 * `language`), DetectedIssue.reference (at resource level) and Immunization.education.reference
 * (excluded by name). Likewise for Period, Range, Ratio, Quantity, Attachment, Narrative,
 * Extension, ContactPoint and Timing.repeat; where a shape is ambiguous the check is narrowed so
 * it cannot misfire (noted at each). The unit test compares shapeOf with a walk typed by the
 * StructureDefinitions over every example, Synthea bundle and bulk resource: they agree. (Extension
 * contexts do need the type of the extended element; core-definitions.ts looks it up, for core
 * extensions only, in a generated table.)
 *
 * Not checked: dom-6 (a best-practice warning; one per narrative-less resource would crowd errors
 * out of the capped outcome); rules that resolve references to other resources (Java's document
 * and message graph checks, ctm-1); unit conversion (rng-2 compares only quantities in the same
 * unit); constraints of conformance resources (StructureDefinition, CodeSystem, ValueSet...).
 *
 * Issue texts are ours and never quote values from the resource (they can be PHI).
 */
export function checkInvariants(resource: Resource, sink: IssueSink, path?: string): void {
  const root = resource as unknown;
  if (!isObject(root) || typeof root.resourceType !== 'string') return;
  const walker = new InvariantWalker(sink, path ?? root.resourceType);
  walker.resource(root, false);
}

type JsonObject = { [key: string]: unknown };
type Code = OperationOutcomeIssue['code'];
type Segment = string | number;

// ---------------------------------------------------------------------------------------------
// Texts. Invariant texts are the spec's human text, prefixed with the constraint key.
// ---------------------------------------------------------------------------------------------

const TEXT = {
  'dom-2': 'dom-2: If the resource is contained in another resource, it SHALL NOT contain nested Resources',
  'dom-3':
    'dom-3: If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource or SHALL refer to the containing resource',
  'dom-4': 'dom-4: If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated',
  'dom-5': 'dom-5: If a resource is contained in another resource, it SHALL NOT have a security label',
  'bdl-1': 'bdl-1: total only when a search or history',
  'bdl-2': 'bdl-2: entry.search only when a search',
  'bdl-3': 'bdl-3: entry.request mandatory for batch/transaction/history, otherwise prohibited',
  'bdl-4': 'bdl-4: entry.response mandatory for batch-response/transaction-response/history, otherwise prohibited',
  'bdl-5': 'bdl-5: must be a resource unless there\'s a request or response',
  'bdl-7': 'bdl-7: FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (except in history bundles)',
  'bdl-8': 'bdl-8: fullUrl cannot be a version specific reference',
  'bdl-9': 'bdl-9: A document must have an identifier with a system and a value',
  'bdl-10': 'bdl-10: A document must have a date',
  'bdl-11': 'bdl-11: A document must have a Composition as the first resource',
  'bdl-12': 'bdl-12: A message must have a MessageHeader as the first resource',
  'ref-1': 'ref-1: SHALL have a contained resource if a local reference is provided',
  'ext-1': 'ext-1: Must have either extensions or value[x], not both',
  'per-1': 'per-1: If present, start SHALL have a lower value than end',
  'rng-2': 'rng-2: If present, low SHALL have a lower value than high',
  'sqty-1': 'sqty-1: The comparator is not used on a SimpleQuantity',
  'rat-1': 'rat-1: Numerator and denominator SHALL both be present, or both are absent. If both are absent, there SHALL be some extension present',
  'qty-3': 'qty-3: If a code for the unit is present, the system SHALL also be present',
  'age-1': 'age-1: There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.  If value is present, it SHALL be positive.',
  'cnt-3': 'cnt-3: There SHALL be a code with a value of "1" if there is a value. If system is present, it SHALL be UCUM.  If present, the value SHALL be a whole number.',
  'dis-1': 'dis-1: There SHALL be a code if there is a value and it SHALL be an expression of length.  If system is present, it SHALL be UCUM.',
  'drt-1': 'drt-1: There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.',
  'att-1': 'att-1: If the Attachment has data, it SHALL have a contentType',
  'cpt-2': 'cpt-2: A system is required if a value is provided.',
  'tim-1': 'tim-1: if there\'s a duration, there needs to be duration units',
  'tim-2': 'tim-2: if there\'s a period, there needs to be period units',
  'tim-4': 'tim-4: duration SHALL be a non-negative value',
  'tim-5': 'tim-5: period SHALL be a non-negative value',
  'tim-6': 'tim-6: If there\'s a periodMax, there must be a period',
  'tim-7': 'tim-7: If there\'s a durationMax, there must be a duration',
  'tim-8': 'tim-8: If there\'s a countMax, there must be a count',
  'tim-9': 'tim-9: If there\'s an offset, there must be a when (and not C, CM, CD, CV)',
  'tim-10': 'tim-10: If there\'s a timeOfDay, there cannot be a when, or vice versa',
} as const;

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

/** A containment tree: the resource that is not contained, with its contained resources. */
interface Containment {
  /** Ids of the root's contained resources (ref-1's `%rootResource.contained.id`). */
  readonly containedIds: ReadonlySet<string>;
  /** Every `#id` string met anywhere in the tree, contained resources included (dom-3). */
  readonly localReferences: Set<string>;
}

interface ResourceFrame {
  readonly containment: Containment;
  readonly contained: boolean;
  /** A contained resource that holds a bare `#` reference refers to its container (dom-3). */
  refersToContainer: boolean;
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
const UCUM = 'http://unitsofmeasure.org';

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

  resource(resource: JsonObject, contained: boolean): boolean {
    if (this.depth >= MAX_DEPTH) return false;
    this.depth++;
    const outerFrame = this.frame;
    const outerScope = this.scope;
    const type = resource.resourceType as string;
    const frame: ResourceFrame = {
      containment:
        contained && outerFrame ? outerFrame.containment : { containedIds: containedIds(resource.contained), localReferences: new Set() },
      contained,
      refersToContainer: false,
      elementIds: undefined,
      type,
      start: this.segments.length,
    };
    this.frame = frame;
    if (type === 'Bundle') this.scope = this.bundle(resource);
    if (Object.hasOwn(RESOURCE_RULES, type)) RESOURCE_RULES[type]!(resource, this);

    let containedRefersToContainer: boolean[] | undefined;
    for (const key in resource) {
      if (key === 'resourceType' || this.sink.full) continue;
      const value = resource[key];
      this.segments.push(key);
      if (key === 'contained' && Array.isArray(value)) {
        if (contained) this.fail('invariant', TEXT['dom-2']);
        else containedRefersToContainer = this.containedResources(value);
      } else {
        this.value(value, key);
      }
      this.segments.pop();
    }
    // dom-3 can only be decided once every reference in the tree has been seen.
    // contained.where((('#'+id in (%resource.descendants().reference | ...as(canonical) | ...as(uri) | ...as(url)))
    //   or descendants().where(reference = '#').exists() or ...as(canonical) = '#' ... or ...as(uri) = '#').not()).trace('unmatched', id).empty()
    if (containedRefersToContainer && Array.isArray(resource.contained)) {
      resource.contained.forEach((item, index) => {
        if (!isObject(item)) return;
        const id = item.id;
        const referenced = typeof id === 'string' && frame.containment.localReferences.has(id);
        if (!referenced && !containedRefersToContainer![index]) this.fail('invariant', TEXT['dom-3'], 'contained', index);
      });
    }
    this.frame = outerFrame;
    this.scope = outerScope;
    this.depth--;
    return frame.refersToContainer;
  }

  private containedResources(list: unknown[]): boolean[] {
    const refersToContainer: boolean[] = [];
    for (let index = 0; index < list.length && !this.sink.full; index++) {
      const item = list[index];
      refersToContainer[index] = false;
      if (!isObject(item) || typeof item.resourceType !== 'string') continue;
      this.segments.push(index);
      const meta = item.meta;
      if (isObject(meta)) {
        // dom-4: contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()
        if (exists(meta, 'versionId') || exists(meta, 'lastUpdated')) this.fail('invariant', TEXT['dom-4'], 'meta');
        // dom-5: contained.meta.security.empty()
        if (exists(meta, 'security')) this.fail('invariant', TEXT['dom-5'], 'meta', 'security');
      }
      refersToContainer[index] = this.resource(item, true);
      this.segments.pop();
    }
    return refersToContainer;
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
        } else if (typeof item === 'string' && item.charCodeAt(0) === 35) {
          this.localReference(item);
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      this.object(value as JsonObject, key);
    } else if (typeof value === 'string' && value.charCodeAt(0) === 35) {
      this.localReference(value);
    }
  }

  private object(object: JsonObject, key: string): void {
    if (typeof object.resourceType === 'string') {
      // Bundle.entry.resource, Bundle.entry.response.outcome, Parameters.parameter.resource
      this.resource(object, false);
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
      } else if (typeof value === 'string' && value.charCodeAt(0) === 35) {
        this.localReference(value);
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
    if (frame.elementIds.has(id)) this.fail('business-rule', 'Duplicate element id: Element.id SHALL be unique within a resource');
    else frame.elementIds.add(id);
  }

  /**
   * A string that starts with `#` (a Reference.reference, or a canonical/uri such as
   * Questionnaire.item.answerValueSet): a reference to a contained resource for dom-3, or with a
   * bare `#`, to the container. Any string counts, which can only make dom-3 more lenient.
   */
  private localReference(value: string): void {
    const frame = this.frame;
    if (!frame) return;
    if (value.length === 1) frame.refersToContainer ||= frame.contained;
    else frame.containment.localReferences.add(value.slice(1));
  }

  /** Datatype invariants, for the datatype the object's shape and property name identify. */
  private datatype(object: JsonObject, key: string): void {
    switch (shapeOf(object, key)) {
      case 'Reference':
        this.reference(object.reference as string);
        return;
      case 'Extension': {
        // ext-1: extension.exists() != value.exists()
        const nested = Array.isArray(object.extension) && object.extension.length > 0;
        if (nested === hasChoice(object, 'value')) this.fail('invariant', TEXT['ext-1']);
        // Core extensions: value type and context (core-definitions.ts).
        if (this.frame) checkCoreExtension(object, this.frame.type, this.segments, this.frame.start, this.extensionReport);
        return;
      }
      case 'Narrative':
        this.narrative(object.div as string);
        return;
      case 'Period':
        // per-1: start.hasValue().not() or end.hasValue().not() or (start <= end)
        if (typeof object.start === 'string' && typeof object.end === 'string' && !lessOrEqual(object.start, object.end)) {
          this.fail('invariant', TEXT['per-1']);
        }
        return;
      case 'Range':
        this.range(object);
        return;
      case 'Ratio':
        // rat-1: (numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())
        if ((object.numerator === undefined) === (object.denominator !== undefined)) this.fail('invariant', TEXT['rat-1']);
        return;
      case 'Quantity':
        this.quantity(object, key);
        return;
      case 'Attachment':
        // att-1: data.empty() or contentType.exists()
        if (!exists(object, 'contentType')) this.fail('invariant', TEXT['att-1']);
        return;
      case 'Timing.repeat':
        this.timingRepeat(object);
        return;
      case 'ContactPoint':
        // cpt-2: value.empty() or system.exists()
        if (!exists(object, 'system')) this.fail('invariant', TEXT['cpt-2']);
        return;
      default:
        return;
    }
  }

  /**
   * rng-2: low.empty() or high.empty() or (low <= high). Quantities in different units are only
   * comparable through UCUM conversion, which is out of scope here: those are not judged.
   */
  private range(range: JsonObject): void {
    const low = range.low;
    const high = range.high;
    for (const [name, bound] of [['low', low], ['high', high]] as const) {
      // Range.low and Range.high are SimpleQuantity: sqty-1 comparator.empty()
      if (isObject(bound) && exists(bound, 'comparator')) this.fail('invariant', TEXT['sqty-1'], name);
    }
    if (isObject(low) && isObject(high) && typeof low.value === 'number' && typeof high.value === 'number' && sameUnit(low, high)) {
      if (low.value > high.value) this.fail('invariant', TEXT['rng-2']);
    }
  }

  /**
   * Quantity and its specialisations. qty-3 holds for all of them. The specialisation is known
   * from a choice-type name (`valueAge`, `onsetAge`, `boundsDuration`, `expectedSupplyDuration`...);
   * a few non-choice Duration elements (Encounter.length...) are not recognised, which can only
   * miss drt-1, never misfire.
   */
  private quantity(quantity: JsonObject, key: string): void {
    const hasCode = exists(quantity, 'code');
    const hasValue = typeof quantity.value === 'number';
    const system = quantity.system;
    // qty-3: code.empty() or system.exists()
    if (hasCode && !exists(quantity, 'system')) this.fail('invariant', TEXT['qty-3']);
    const ucumOrAbsent = system === undefined || system === UCUM;
    if (key.length > 3 && key.endsWith('Age')) {
      // age-1: (code.exists() or value.empty()) and (system.empty() or system = %ucum) and (value.empty() or value.hasValue().not() or value > 0)
      if (!((hasCode || !hasValue) && ucumOrAbsent && (!hasValue || (quantity.value as number) > 0))) this.fail('invariant', TEXT['age-1']);
    } else if (key.length > 5 && key.endsWith('Count')) {
      // cnt-3: (code.exists() or value.empty()) and (system.empty() or system = %ucum) and (code.empty() or code = '1') and (value.empty() or value.hasValue().not() or value.toString().contains('.').not())
      const code = quantity.code;
      if (!((hasCode || !hasValue) && ucumOrAbsent && (code === undefined || code === '1') && (!hasValue || Number.isInteger(quantity.value)))) {
        this.fail('invariant', TEXT['cnt-3']);
      }
    } else if (key.length > 8 && key.endsWith('Distance')) {
      // dis-1: (code.exists() or value.empty()) and (system.empty() or system = %ucum)
      if (!((hasCode || !hasValue) && ucumOrAbsent)) this.fail('invariant', TEXT['dis-1']);
    } else if (key.length > 8 && key.endsWith('Duration')) {
      // drt-1: code.exists() implies ((system = %ucum) and value.exists())
      if (hasCode && !(system === UCUM && exists(quantity, 'value'))) this.fail('invariant', TEXT['drt-1']);
    }
  }

  /** Timing.repeat: tim-1 .. tim-10. */
  private timingRepeat(repeat: JsonObject): void {
    const has = (name: string) => exists(repeat, name);
    if (has('duration') && !has('durationUnit')) this.fail('invariant', TEXT['tim-1']);
    if (has('period') && !has('periodUnit')) this.fail('invariant', TEXT['tim-2']);
    if (typeof repeat.duration === 'number' && repeat.duration < 0) this.fail('invariant', TEXT['tim-4'], 'duration');
    if (typeof repeat.period === 'number' && repeat.period < 0) this.fail('invariant', TEXT['tim-5'], 'period');
    if (has('periodMax') && !has('period')) this.fail('invariant', TEXT['tim-6']);
    if (has('durationMax') && !has('duration')) this.fail('invariant', TEXT['tim-7']);
    if (has('countMax') && !has('count')) this.fail('invariant', TEXT['tim-8']);
    // tim-9: offset.empty() or (when.exists() and when.select($this in ('C' | 'CM' | 'CD' | 'CV')).allFalse())
    if (has('offset')) {
      const when = Array.isArray(repeat.when) ? repeat.when : [];
      if (when.length === 0 || when.some((code) => code === 'C' || code === 'CM' || code === 'CD' || code === 'CV')) this.fail('invariant', TEXT['tim-9']);
    }
    // tim-10: timeOfDay.empty() or when.empty()
    if (has('timeOfDay') && has('when')) this.fail('invariant', TEXT['tim-10']);
  }

  // -- references -------------------------------------------------------------------------------

  /** Reference.reference, at `<path>.reference`. */
  private reference(reference: string): void {
    const kind = classifyReference(reference);
    switch (kind) {
      case 'invalid':
        this.fail(
          'invalid',
          'Reference.reference is not a valid literal reference: expected Type/id (a known R4 resource type and a valid id, optionally /_history/vid), an absolute URL, urn:uuid:<uuid>, urn:oid:<oid>, #<contained id> or a conditional Type?<search>',
          'reference',
        );
        return;
      case 'local': {
        // ref-1: reference.startsWith('#').not() or (reference.substring(1) in %rootResource.contained.id)
        // A bare '#' refers to the container, which only a contained resource has (the R4B/R5
        // wording of ref-1, and what dom-3 already assumes in R4).
        const frame = this.frame;
        if (!frame) return;
        const found = reference === '#' ? frame.contained : frame.containment.containedIds.has(reference.slice(1));
        if (!found) this.fail('invariant', TEXT['ref-1'], 'reference');
        return;
      }
      case 'urn': {
        // bundle.html#references and http.html#trules: in a transaction (and a batch) a urn:uuid /
        // urn:oid reference can only be resolved to the fullUrl of an entry of the same Bundle.
        const fullUrls = this.scope.fullUrls;
        if (fullUrls && !fullUrls.has(reference)) {
          this.fail('invalid', 'The urn:uuid / urn:oid reference does not resolve to the fullUrl of any entry in the transaction or batch Bundle', 'reference');
        }
        return;
      }
      case 'conditional':
        if (!this.scope.conditionalAllowed) {
          this.fail('invalid', 'A conditional reference (Type?search) is only allowed in a transaction or batch Bundle (http.html#trules)', 'reference');
        }
        return;
      default:
        return;
    }
  }

  // -- Narrative --------------------------------------------------------------------------------

  /** txt-1 / txt-2 (narrative.html#xhtml), on Narrative.div at `<path>.div`. */
  private narrative(div: string): void {
    const problem = checkNarrativeXhtml(div);
    if (problem) this.fail(/txt-[12]/.test(problem) ? 'invariant' : 'invalid', problem, 'div');
  }

  // -- Bundle -----------------------------------------------------------------------------------

  /**
   * Bundle rules: bdl-1 .. bdl-12, fullUrl rules (bundle.html#fullUrl), link relations, search
   * result entries (bundle.html#searchset), transaction entries (http.html#transaction). Returns
   * how references inside the entries resolve.
   */
  private bundle(bundle: JsonObject): ReferenceScope {
    const type = typeof bundle.type === 'string' ? bundle.type : undefined;
    const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
    const isBatchOrTransaction = type === 'transaction' || type === 'batch';

    // bdl-1: total.empty() or (type = 'searchset') or (type = 'history')
    if (bundle.total !== undefined && type !== 'searchset' && type !== 'history') this.fail('invariant', TEXT['bdl-1'], 'total');
    if (type === 'document') {
      // bdl-9: type = 'document' implies (identifier.system.exists() and identifier.value.exists())
      const identifier = bundle.identifier;
      if (!isObject(identifier)) this.fail('invariant', TEXT['bdl-9']);
      else if (!exists(identifier, 'system') || !exists(identifier, 'value')) this.fail('invariant', TEXT['bdl-9'], 'identifier');
      // bdl-10: type = 'document' implies (timestamp.hasValue())
      if (typeof bundle.timestamp !== 'string') this.fail('invariant', TEXT['bdl-10']);
    }
    // bdl-11: type = 'document' implies entry.first().resource.is(Composition)
    // bdl-12: type = 'message' implies entry.first().resource.is(MessageHeader)
    if (type === 'document' || type === 'message') {
      const [key, first] = type === 'document' ? (['bdl-11', 'Composition'] as const) : (['bdl-12', 'MessageHeader'] as const);
      const entry = entries[0];
      if (!isObject(entry)) this.fail('invariant', TEXT[key]);
      else if (!isObject(entry.resource) || entry.resource.resourceType !== first) this.fail('invariant', TEXT[key], 'entry', 0);
    }

    if (Array.isArray(bundle.link)) this.bundleLinks(bundle.link, type);
    const searchTypes = type === 'searchset' ? this.searchTypes(bundle.link) : undefined;

    const seen = new Set<string>();
    const fullUrls = isBatchOrTransaction ? new Set<string>() : undefined;
    entries.forEach((entry, index) => {
      if (!isObject(entry) || this.sink.full) return;
      const resource = isObject(entry.resource) ? entry.resource : undefined;
      const fullUrl = typeof entry.fullUrl === 'string' ? entry.fullUrl : undefined;
      // bdl-5: resource.exists() or request.exists() or response.exists()
      if (!resource && entry.request === undefined && entry.response === undefined) this.fail('invariant', TEXT['bdl-5'], 'entry', index);
      // bdl-2: entry.search.empty() or (type = 'searchset')
      if (entry.search !== undefined && type !== 'searchset') this.fail('invariant', TEXT['bdl-2'], 'entry', index, 'search');
      // bdl-3: entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))
      const needsRequest = isBatchOrTransaction || type === 'history';
      if ((entry.request !== undefined) !== needsRequest) {
        if (needsRequest) this.fail('invariant', TEXT['bdl-3'], 'entry', index);
        else this.fail('invariant', TEXT['bdl-3'], 'entry', index, 'request');
      }
      // bdl-4: entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))
      const needsResponse = type === 'batch-response' || type === 'transaction-response' || type === 'history';
      if ((entry.response !== undefined) !== needsResponse) {
        if (needsResponse) this.fail('invariant', TEXT['bdl-4'], 'entry', index);
        else this.fail('invariant', TEXT['bdl-4'], 'entry', index, 'response');
      }
      if (fullUrl !== undefined) {
        this.fullUrl(fullUrl, resource, index);
        fullUrls?.add(fullUrl);
        // bdl-7: (type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()
        if (type !== 'history') {
          const versionId = resource && isObject(resource.meta) && typeof resource.meta.versionId === 'string' ? resource.meta.versionId : '';
          const key = `${fullUrl}\u0000${versionId}`;
          if (seen.has(key)) this.fail('invariant', TEXT['bdl-7'], 'entry', index, 'fullUrl');
          else seen.add(key);
        }
      }
      if (isBatchOrTransaction && isObject(entry.request)) this.transactionEntry(entry.request, resource, index);
      if (searchTypes && isObject(entry.search)) this.searchEntry(entry.search, resource, index, searchTypes);
    });

    return isBatchOrTransaction ? { fullUrls, conditionalAllowed: true } : IN_OTHER_BUNDLE;
  }

  /**
   * Bundle.entry.fullUrl: "The Absolute URL for the resource. The fullUrl SHALL NOT disagree with
   * the id in the resource" (bundle.html#bundle-unique); bdl-8 forbids version-specific URLs.
   */
  private fullUrl(fullUrl: string, resource: JsonObject | undefined, index: number): void {
    // bdl-8: fullUrl.contains('/_history/').not()
    if (fullUrl.includes('/_history/')) this.fail('invariant', TEXT['bdl-8'], 'entry', index, 'fullUrl');
    if (!ABSOLUTE_URI.test(fullUrl) || (fullUrl.startsWith('urn:uuid:') && !URN_UUID.test(fullUrl)) || (fullUrl.startsWith('urn:oid:') && !URN_OID.test(fullUrl))) {
      this.fail('invalid', 'Bundle.entry.fullUrl must be an absolute URL (an http(s) URL, urn:uuid:<uuid> or urn:oid:<oid>)', 'entry', index, 'fullUrl');
      return;
    }
    if (!resource || !/^https?:\/\//i.test(fullUrl) || fullUrl.includes('?') || fullUrl.includes('#')) return;
    // A RESTful URL [base]/Type/id must name this resource's type and id.
    const parts = fullUrl.split('/');
    const urlType = parts[parts.length - 2];
    const urlId = parts[parts.length - 1];
    if (parts.length < 5 || urlType === undefined || urlId === undefined || !R4_RESOURCE_TYPES.has(urlType) || !ID.test(urlId)) return;
    if (resource.resourceType !== urlType || resource.id !== urlId) {
      this.fail('invalid', 'Bundle.entry.fullUrl looks like a RESTful URL [base]/Type/id, so it must end with the resource\'s type and id', 'entry', index, 'fullUrl');
    }
  }

  /**
   * http.html#transaction: POST, PUT and PATCH entries carry the resource (or the patch); an
   * update names the resource in its URL, and "the request body SHALL be a Resource of the type
   * named in the URL with an id element that has an identical value to the [id] in the URL" (http.html#update).
   */
  private transactionEntry(request: JsonObject, resource: JsonObject | undefined, index: number): void {
    const method = request.method;
    if ((method === 'POST' || method === 'PUT' || method === 'PATCH') && !resource) {
      this.fail('required', 'A POST, PUT or PATCH entry of a transaction or batch SHALL carry a resource', 'entry', index, 'resource');
      return;
    }
    if (method === 'PUT' && resource && typeof request.url === 'string') {
      const match = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(request.url);
      if (match && (match[1] !== resource.resourceType || match[2] !== resource.id)) {
        this.fail('invalid', 'The resource of a PUT entry must have the type and id named in Bundle.entry.request.url', 'entry', index, 'request', 'url');
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
      if (paging && !paged && type !== undefined) {
        this.fail('invalid', 'Paging links (first, previous, next, last) are only used in searchset and history bundles', 'link', index, 'relation');
      }
      if (relation === 'self' || (paged && paging)) {
        if (seen.has(relation)) this.fail('invalid', 'This link relation can only occur once in a Bundle', 'link', index, 'relation');
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
      if (typeof resource.id !== 'string') this.fail('invalid', 'Search results (search.mode match or include) must have ids', 'entry', index, 'resource');
      if (mode === 'match' && types.length > 0 && !types.includes(resource.resourceType as string)) {
        this.fail('invalid', 'This resource is not of a type the search (the self link) asked for', 'entry', index, 'resource');
      }
    } else if (mode === 'outcome' && resource.resourceType !== 'OperationOutcome') {
      this.fail('invalid', 'An entry with search.mode outcome must be an OperationOutcome', 'entry', index, 'resource');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Resource invariants (profiles-resources.json): the ones that need no terminology server and no
// resolution of references, for the resources a health information exchange carries.
// ---------------------------------------------------------------------------------------------

type Rule = (resource: JsonObject, walker: InvariantWalker) => void;

/** Calls `check` on each object of `object[key]` (a list or a single object), with its path. */
function each(object: JsonObject, key: string, check: (item: JsonObject, at: Segment[]) => void, at: Segment[] = []): void {
  const value = object[key];
  if (Array.isArray(value)) value.forEach((item, index) => isObject(item) && check(item, [...at, key, index]));
  else if (isObject(value)) check(value, [...at, key]);
}

function codingIn(concept: unknown, system: string, codes: readonly string[]): boolean {
  if (!isObject(concept) || !Array.isArray(concept.coding)) return false;
  return concept.coding.some((coding) => isObject(coding) && coding.system === system && codes.includes(coding.code as string));
}

const ALLERGY_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';

const RESOURCE_RULES: Record<string, Rule> = {
  AllergyIntolerance(resource, w) {
    const enteredInError = codingIn(resource.verificationStatus, ALLERGY_VERIFICATION, ['entered-in-error']);
    const clinical = exists(resource, 'clinicalStatus');
    // ait-1: verificationStatus...code = 'entered-in-error').exists() or clinicalStatus.exists()
    if (!enteredInError && !clinical) w.fail('invariant', 'ait-1: AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error.');
    // ait-2: verificationStatus...code = 'entered-in-error').empty() or clinicalStatus.empty()
    if (enteredInError && clinical) w.fail('invariant', 'ait-2: AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error', 'clinicalStatus');
  },
  Appointment(resource, w) {
    const start = exists(resource, 'start');
    const end = exists(resource, 'end');
    // app-2: start.exists() = end.exists()
    if (start !== end) w.fail('invariant', 'app-2: Either start and end are specified, or neither');
    // app-3: (start.exists() and end.exists()) or (status in ('proposed' | 'cancelled' | 'waitlist'))
    if (!(start && end) && !['proposed', 'cancelled', 'waitlist'].includes(resource.status as string)) {
      w.fail('invariant', 'app-3: Only proposed or cancelled appointments can be missing start/end dates');
    }
    // app-4: Appointment.cancelationReason.exists() implies (Appointment.status='noshow' or Appointment.status='cancelled')
    if (exists(resource, 'cancelationReason') && resource.status !== 'noshow' && resource.status !== 'cancelled') {
      w.fail('invariant', 'app-4: Cancelation reason is only used for appointments that have been cancelled, or no-show', 'cancelationReason');
    }
    // app-1: type.exists() or actor.exists()
    each(resource, 'participant', (participant, at) => {
      if (!exists(participant, 'type') && !exists(participant, 'actor')) w.fail('invariant', 'app-1: Either the type or actor on the participant SHALL be specified', ...at);
    });
  },
  AppointmentResponse(resource, w) {
    // apr-1: participantType.exists() or actor.exists()
    if (!exists(resource, 'participantType') && !exists(resource, 'actor')) w.fail('invariant', 'apr-1: Either the participantType or actor must be specified');
  },
  AuditEvent(resource, w) {
    // sev-1: name.empty() or query.empty()
    each(resource, 'entity', (entity, at) => {
      if (exists(entity, 'name') && exists(entity, 'query')) w.fail('invariant', 'sev-1: Either a name or a query (NOT both)', ...at);
    });
  },
  CarePlan(resource, w) {
    // cpl-3: detail.empty() or reference.empty()
    each(resource, 'activity', (activity, at) => {
      if (exists(activity, 'detail') && exists(activity, 'reference')) w.fail('invariant', 'cpl-3: Provide a reference or detail, not both', ...at);
    });
  },
  Composition(resource, w) {
    const sections = (object: JsonObject, at: Segment[]) =>
      each(
        object,
        'section',
        (section, here) => {
          // cmp-1: text.exists() or entry.exists() or section.exists()
          if (!exists(section, 'text') && !exists(section, 'entry') && !exists(section, 'section')) {
            w.fail('invariant', 'cmp-1: A section must contain at least one of text, entries, or sub-sections', ...here);
          }
          // cmp-2: emptyReason.empty() or entry.empty()
          if (exists(section, 'emptyReason') && exists(section, 'entry')) w.fail('invariant', 'cmp-2: A section can only have an emptyReason if it is empty', ...here);
          sections(section, here);
        },
        at,
      );
    sections(resource, []);
  },
  Condition(resource, w) {
    // con-4: abatement.empty() or clinicalStatus.coding.where(system='...condition-clinical' and (code='resolved' or code='remission' or code='inactive')).exists()
    if (hasChoice(resource, 'abatement') && !codingIn(resource.clinicalStatus, CONDITION_CLINICAL, ['resolved', 'remission', 'inactive'])) {
      w.fail('invariant', 'con-4: If condition is abated, then clinicalStatus must be either inactive, resolved, or remission');
    }
    // con-5: verificationStatus.coding.where(system='...condition-ver-status' and code='entered-in-error').empty() or clinicalStatus.empty()
    if (codingIn(resource.verificationStatus, CONDITION_VERIFICATION, ['entered-in-error']) && exists(resource, 'clinicalStatus')) {
      w.fail('invariant', 'con-5: Condition.clinicalStatus SHALL NOT be present if verification Status is entered-in-error', 'clinicalStatus');
    }
    // con-1: summary.exists() or assessment.exists()
    each(resource, 'stage', (stage, at) => {
      if (!exists(stage, 'summary') && !exists(stage, 'assessment')) w.fail('invariant', 'con-1: Stage SHALL have summary or assessment', ...at);
    });
    // con-2: code.exists() or detail.exists()
    each(resource, 'evidence', (evidence, at) => {
      if (!exists(evidence, 'code') && !exists(evidence, 'detail')) w.fail('invariant', 'con-2: evidence SHALL have code or details', ...at);
    });
  },
  CapabilityStatement(resource, w) {
    checkCapabilityStatement(resource, w.report);
  },
  Consent(resource, w) {
    // ppc-1: policy.exists() or policyRule.exists()
    if (!exists(resource, 'policy') && !exists(resource, 'policyRule')) w.fail('invariant', 'ppc-1: Either a Policy or PolicyRule');
  },
  FamilyMemberHistory(resource, w) {
    // fhs-1: age.empty() or born.empty()
    if (hasChoice(resource, 'age') && hasChoice(resource, 'born')) w.fail('invariant', 'fhs-1: Can have age[x] or born[x], but not both');
    // fhs-2: age.exists() or estimatedAge.empty()
    if (!hasChoice(resource, 'age') && exists(resource, 'estimatedAge')) w.fail('invariant', 'fhs-2: Can only have estimatedAge if age[x] is present', 'estimatedAge');
  },
  Goal(resource, w) {
    // gol-1: (detail.exists() and measure.exists()) or detail.exists().not()
    each(resource, 'target', (target, at) => {
      if (hasChoice(target, 'detail') && !exists(target, 'measure')) w.fail('invariant', 'gol-1: Goal.target.measure is required if Goal.target.detail is populated', ...at);
    });
  },
  Group(resource, w) {
    // grp-1: member.empty() or (actual = true)
    if (exists(resource, 'member') && resource.actual !== true) w.fail('invariant', 'grp-1: Can only have members if group is "actual"');
  },
  Immunization(resource, w) {
    // imm-1: documentType.exists() or reference.exists()
    each(resource, 'education', (education, at) => {
      if (!exists(education, 'documentType') && !exists(education, 'reference')) w.fail('invariant', 'imm-1: One of documentType or reference SHALL be present', ...at);
    });
  },
  ImmunizationRecommendation(resource, w) {
    // imr-1: vaccineCode.exists() or targetDisease.exists()
    each(resource, 'recommendation', (recommendation, at) => {
      if (!exists(recommendation, 'vaccineCode') && !exists(recommendation, 'targetDisease')) {
        w.fail('invariant', 'imr-1: One of vaccineCode or targetDisease SHALL be present', ...at);
      }
    });
  },
  InsurancePlan(resource, w) {
    // ipn-1: (identifier.count() + name.count()) > 0
    if (!exists(resource, 'identifier') && !exists(resource, 'name')) w.fail('invariant', 'ipn-1: The organization SHALL at least have a name or an idendtifier, and possibly more than one');
  },
  Linkage(resource, w) {
    // lnk-1: item.count()>1
    if (!Array.isArray(resource.item) || resource.item.length < 2) w.fail('invariant', 'lnk-1: Must have at least two items');
  },
  List(resource, w) {
    // lst-1: emptyReason.empty() or entry.empty()
    if (exists(resource, 'emptyReason') && exists(resource, 'entry')) w.fail('invariant', 'lst-1: A list can only have an emptyReason if it is empty');
    each(resource, 'entry', (entry, at) => {
      // lst-2: mode = 'changes' or entry.deleted.empty()
      if (resource.mode !== 'changes' && exists(entry, 'deleted')) w.fail('invariant', 'lst-2: The deleted flag can only be used if the mode of the list is "changes"', ...at, 'deleted');
      // lst-3: mode = 'working' or entry.date.empty()
      if (resource.mode !== 'working' && exists(entry, 'date')) w.fail('invariant', 'lst-3: An entry date can only be used if the mode of the list is "working"', ...at, 'date');
    });
  },
  MedicationAdministration(resource, w) {
    // mad-1: dose.exists() or rate.exists()
    each(resource, 'dosage', (dosage, at) => {
      if (!exists(dosage, 'dose') && !hasChoice(dosage, 'rate')) w.fail('invariant', 'mad-1: SHALL have at least one of dosage.dose or dosage.rate[x]', ...at);
    });
  },
  MedicationDispense(resource, w) {
    // mdd-1: whenHandedOver.empty() or whenPrepared.empty() or whenHandedOver >= whenPrepared
    const { whenHandedOver, whenPrepared } = resource;
    if (typeof whenHandedOver === 'string' && typeof whenPrepared === 'string' && !lessOrEqual(whenPrepared, whenHandedOver)) {
      w.fail('invariant', 'mdd-1: whenHandedOver cannot be before whenPrepared');
    }
  },
  Observation(resource, w) {
    const hasValue = hasChoice(resource, 'value');
    // obs-6: dataAbsentReason.empty() or value.empty()
    if (hasValue && exists(resource, 'dataAbsentReason')) w.fail('invariant', 'obs-6: dataAbsentReason SHALL only be present if Observation.value[x] is not present');
    // obs-7: value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()
    if (hasValue && Array.isArray(resource.component) && isObject(resource.code) && Array.isArray(resource.code.coding)) {
      const codings = resource.code.coding;
      const clash = resource.component.some(
        (component) =>
          isObject(component) &&
          isObject(component.code) &&
          Array.isArray(component.code.coding) &&
          component.code.coding.some((coding) => codings.some((other) => sameCoding(coding, other))),
      );
      if (clash) w.fail('invariant', 'obs-7: If Observation.code is the same as an Observation.component.code then the value element associated with the code SHALL NOT be present');
    }
    // obs-3: low.exists() or high.exists() or text.exists()
    const ranges = (object: JsonObject, at: Segment[]) =>
      each(
        object,
        'referenceRange',
        (range, here) => {
          if (!exists(range, 'low') && !exists(range, 'high') && !exists(range, 'text')) {
            w.fail('invariant', 'obs-3: Must have at least a low or a high or text', ...here);
          }
        },
        at,
      );
    ranges(resource, []);
    each(resource, 'component', (component, at) => ranges(component, at));
  },
  Organization(resource, w) {
    // org-1: (identifier.count() + name.count()) > 0
    if (!exists(resource, 'identifier') && !exists(resource, 'name')) w.fail('invariant', 'org-1: The organization SHALL at least have a name or an identifier, and possibly more than one');
  },
  Parameters(resource, w) {
    // inv-1: (part.exists() and value.empty() and resource.empty()) or (part.empty() and (value.exists() xor resource.exists()))
    const parameters = (object: JsonObject, key: string, at: Segment[]) =>
      each(
        object,
        key,
        (parameter, here) => {
          const part = exists(parameter, 'part');
          const value = hasChoice(parameter, 'value');
          const nested = parameter.resource !== undefined;
          if (!(part ? !value && !nested : value !== nested)) {
            w.fail('invariant', 'inv-1: A parameter must have one and only one of (value, resource, part)', ...here);
          }
          parameters(parameter, 'part', here);
        },
        at,
      );
    parameters(resource, 'parameter', []);
  },
  Patient(resource, w) {
    // pat-1: name.exists() or telecom.exists() or address.exists() or organization.exists()
    each(resource, 'contact', (contact, at) => {
      if (!['name', 'telecom', 'address', 'organization'].some((name) => exists(contact, name))) {
        w.fail('invariant', 'pat-1: SHALL at least contain a contact\'s details or a reference to an organization', ...at);
      }
    });
  },
  Questionnaire(resource, w) {
    const linkIds = new Set<string>();
    const items = (object: JsonObject, at: Segment[]) =>
      each(
        object,
        'item',
        (item, here) => {
          const type = item.type;
          const has = (name: string) => exists(item, name);
          // que-2: descendants().linkId.isDistinct()
          if (typeof item.linkId === 'string') {
            if (linkIds.has(item.linkId)) w.fail('invariant', 'que-2: The link ids for groups and questions must be unique within the questionnaire', ...here, 'linkId');
            linkIds.add(item.linkId);
          }
          // que-1: (type='group' implies item.empty().not()) and (type='display' implies item.empty())
          if ((type === 'group' && !has('item')) || (type === 'display' && has('item'))) {
            w.fail('invariant', 'que-1: Group items must have nested items, display items cannot have nested items', ...here);
          }
          // que-3: type!='display' or code.empty()
          if (type === 'display' && has('code')) w.fail('invariant', 'que-3: Display items cannot have a "code" asserted', ...here);
          // que-4: answerOption.empty() or answerValueSet.empty()
          if (has('answerOption') && has('answerValueSet')) w.fail('invariant', 'que-4: A question cannot have both answerOption and answerValueSet', ...here);
          // que-5: (type in choice | open-choice | decimal | integer | date | dateTime | time | string | quantity) or (answerValueSet.empty() and answerOption.empty())
          const answerable = ['choice', 'open-choice', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'quantity'].includes(type as string);
          if (!answerable && (has('answerValueSet') || has('answerOption'))) w.fail('invariant', 'que-5: Only \'choice\' and \'open-choice\' items can have answerValueSet', ...here);
          // que-6: type!='display' or (required.empty() and repeats.empty())
          if (type === 'display' && (has('required') || has('repeats'))) w.fail('invariant', 'que-6: Required and repeat aren\'t permitted for display items', ...here);
          // que-8: (type!='group' and type!='display') or initial.empty()
          if ((type === 'group' || type === 'display') && has('initial')) w.fail('invariant', 'que-8: Initial values can\'t be specified for groups or display items', ...here);
          // que-9: type!='display' or readOnly.empty()
          if (type === 'display' && has('readOnly')) w.fail('invariant', 'que-9: Read-only can\'t be specified for "display" items', ...here);
          // que-10: (type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()
          if (has('maxLength') && !['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'].includes(type as string)) {
            w.fail('invariant', 'que-10: Maximum length can only be declared for simple question types', ...here);
          }
          // que-11: answerOption.empty() or initial.empty()
          if (has('answerOption') && has('initial')) w.fail('invariant', 'que-11: If one or more answerOption is present, initial[x] must be missing', ...here);
          // que-12: "If there are more than one enableWhen, enableBehavior must be specified" (the
          // R4 expression says > 2; the HL7 validator corrects it to >= 2, as the text says).
          if (Array.isArray(item.enableWhen) && item.enableWhen.length >= 2 && !has('enableBehavior')) {
            w.fail('invariant', 'que-12: If there are more than one enableWhen, enableBehavior must be specified', ...here);
          }
          // que-13: repeats=true or initial.count() <= 1
          if (item.repeats !== true && Array.isArray(item.initial) && item.initial.length > 1) {
            w.fail('invariant', 'que-13: Can only have multiple initial values for repeating items', ...here);
          }
          // que-7: operator = 'exists' implies (answer is Boolean)
          each(item, 'enableWhen', (enableWhen, there) => {
            if (enableWhen.operator === 'exists' && typeof enableWhen.answerBoolean !== 'boolean') {
              w.fail('invariant', 'que-7: If the operator is \'exists\', the value must be a boolean', ...there);
            }
          }, here);
          items(item, here);
        },
        at,
      );
    items(resource, []);
  },
  QuestionnaireResponse(resource, w) {
    // qrs-1: (answer.exists() and item.exists()).not(), on every item, also those nested in answers
    const items = (object: JsonObject, at: Segment[]) =>
      each(
        object,
        'item',
        (item, here) => {
          if (exists(item, 'answer') && exists(item, 'item')) w.fail('invariant', 'qrs-1: Nested item can\'t be beneath both item and answer', ...here);
          items(item, here);
          each(item, 'answer', (answer, there) => items(answer, there), here);
        },
        at,
      );
    items(resource, []);
  },
  RiskAssessment(resource, w) {
    each(resource, 'prediction', (prediction, at) => {
      // ras-2: probability.empty() or ((probability is decimal) implies ((probability as decimal) <= 100))
      if (typeof prediction.probabilityDecimal === 'number' && prediction.probabilityDecimal > 100) w.fail('invariant', 'ras-2: Must be <= 100', ...at);
      // ras-1: (low.empty() or ((low.code = '%') and (low.system = %ucum))) and (high.empty() or ((high.code = '%') and (high.system = %ucum)))
      const range = prediction.probabilityRange;
      if (isObject(range)) {
        const percent = (bound: unknown) => bound === undefined || (isObject(bound) && bound.code === '%' && bound.system === UCUM);
        if (!percent(range.low) || !percent(range.high)) w.fail('invariant', 'ras-1: low and high must be percentages, if present', ...at, 'probabilityRange');
      }
    });
  },
  ServiceRequest(resource, w) {
    // prr-1: orderDetail.empty() or code.exists()
    if (exists(resource, 'orderDetail') && !exists(resource, 'code')) w.fail('invariant', 'prr-1: orderDetail SHALL only be present if code is present');
  },
  SearchParameter(resource, w) {
    checkSearchParameter(resource, w.report);
  },
  Task(resource, w) {
    // inv-1: lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn
    const { lastModified, authoredOn } = resource;
    if (typeof lastModified === 'string' && typeof authoredOn === 'string' && !lessOrEqual(authoredOn, lastModified)) {
      w.fail('invariant', 'inv-1: Last modified date must be greater than or equal to authored-on date.');
    }
  },
};

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

/** Whether a choice element `name[x]` is present in any of its type variants. */
function hasChoice(object: JsonObject, name: string): boolean {
  for (const key in object) {
    const offset = key.charCodeAt(0) === 95 /* _ */ ? 1 : 0;
    if (key.startsWith(name, offset)) {
      const next = key.charCodeAt(offset + name.length);
      if (next >= 65 && next <= 90) return true;
    }
  }
  return false;
}

/** The datatypes whose invariants are checked, as recognised by {@link shapeOf}. */
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

function sameUnit(a: JsonObject, b: JsonObject): boolean {
  if (a.code !== undefined || b.code !== undefined) return a.code === b.code && a.system === b.system;
  return a.unit === b.unit;
}

/** FHIRPath equality of two Codings (all their properties). */
function sameCoding(a: unknown, b: unknown): boolean {
  if (!isObject(a) || !isObject(b)) return false;
  for (const key of ['system', 'version', 'code', 'display', 'userSelected']) if (a[key] !== b[key]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Date/time comparison with FHIRPath semantics
// ---------------------------------------------------------------------------------------------

/** date / dateTime / instant (datatypes.html#dateTime: a zone may follow a date without a time). */
const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * FHIRPath `a <= b` on date/dateTime values: true, false, or undefined (the empty result) when
 * they are equal up to the coarser precision but have different precisions ("2023-06-21" vs
 * "2023-06-21T06:20:00Z"). A constraint that evaluates to empty is not satisfied, which is how
 * the HL7 validator reads per-1 (encounter-period).
 */
function lessOrEqual(a: string, b: string): boolean {
  // Not a date at all is the structure layer's finding, not this invariant's.
  if (!DATE_TIME.test(a) || !DATE_TIME.test(b)) return true;
  const order = compareDateTimes(a, b);
  return order !== undefined && order <= 0;
}

export function compareDateTimes(a: string, b: string): number | undefined {
  const x = DATE_TIME.exec(a);
  const y = DATE_TIME.exec(b);
  if (!x || !y) return undefined;
  const xHasTime = x[4] !== undefined;
  const yHasTime = y[4] !== undefined;
  if (xHasTime && yHasTime && x[8] !== undefined && y[8] !== undefined) {
    // Both are instants: compare on the time line (seconds and fractions are one precision).
    const ms = (m: RegExpExecArray) =>
      Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ? `.${m[7].slice(0, 3).padEnd(3, '0')}` : ''}${m[8]}`);
    const difference = ms(x) - ms(y);
    if (Number.isNaN(difference)) return undefined;
    if (difference !== 0) return Math.sign(difference);
    // Equal to the millisecond: compare any further digits of the fractions.
    const fx = (x[7] ?? '').padEnd(9, '0');
    const fy = (y[7] ?? '').padEnd(9, '0');
    return fx === fy ? 0 : fx < fy ? -1 : 1;
  }
  // Otherwise compare field by field as written, down to the coarser precision.
  for (const index of [1, 2, 3, 4, 5, 6]) {
    const p = x[index];
    const q = y[index];
    if (p === undefined || q === undefined) return p === undefined && q === undefined ? 0 : undefined;
    if (p !== q) return Number(p) < Number(q) ? -1 : 1;
  }
  const fx = x[7] ?? '';
  const fy = y[7] ?? '';
  return fx === fy ? 0 : Number(`0.${fx || '0'}`) < Number(`0.${fy || '0'}`) ? -1 : 1;
}

/** Ids of the contained resources of a (root) resource. */
function containedIds(contained: unknown): ReadonlySet<string> {
  const ids = new Set<string>();
  if (Array.isArray(contained)) for (const item of contained) if (isObject(item) && typeof item.id === 'string') ids.add(item.id);
  return ids;
}
