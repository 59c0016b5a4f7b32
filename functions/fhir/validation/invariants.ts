import { createHash } from 'node:crypto';
import type { Resource } from 'fhir/r4.d.ts';
import type { OperationOutcomeIssue } from '../types.ts';
import type { RuleHooks, StructureContext } from '../../../schemas/fhir-r4-structure-runtime.ts';
import { IssueSink } from './issues.ts';
import { FHIR_ID as ID, R4_RESOURCE_TYPES, classifyReference, type ReferenceKind } from '../references.ts';
import { ABSOLUTE_URI } from '../../../schemas/fhir-r4-primitive-grammar.ts';
import { BASE_RULES } from './base-rules.ts';
import { InlineConstraints } from './constraints.ts';
import { validateStructure } from './structure.ts';
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
 * They run from the compiled structure checks ({@link BaseRules} is their RuleHooks): each
 * resource as the walk enters it (contained resources, Bundle.entry.resource,
 * Bundle.entry.response.outcome and Parameters.parameter.resource, nested bundles included), and
 * each Reference, Extension, Narrative and Element.id where the element model puts them. Their
 * issues are kept until {@link BaseRules.flush}: like the constraints, they assume the structure is
 * right, so the validator reports them only for what passed. They never throw on odd input.
 *
 * Not checked: rules that resolve references to other resources (Java's document and message
 * graph checks, ctm-1).
 *
 * Issue texts are ours and never quote values from the resource (they can be PHI).
 */
export function checkInvariants(resource: Resource, sink: IssueSink, path?: string): void {
  const root = resource as unknown;
  if (!isObject(root) || typeof root.resourceType !== 'string') return;
  // The structure's own issues go nowhere: these are the checks beyond it, whatever the structure.
  const rules = new BaseRules(sink.cap);
  const constraints = new InlineConstraints(sink.cap);
  validateStructure(root, new IssueSink(0), path ?? root.resourceType, constraints, rules);
  rules.flush(sink);
  constraints.flush(sink);
}

export { compareDateTimes };

type JsonObject = { [key: string]: unknown };
type Code = OperationOutcomeIssue['code'];
type Segment = string | number;

/** A document Bundle's entries (see DocumentEntries), or nothing when it does not start with a Composition (bdl-11 says so). */
function documentEntries(entries: unknown[], bundleScope: ReferenceScope): { document: DocumentEntries } | undefined {
  const first = entries[0];
  if (!isObject(first) || !isObject(first.resource) || first.resource.resourceType !== 'Composition') return undefined;
  const fullUrls = new Map<string, (string | undefined)[]>();
  for (const entry of entries) {
    if (!isObject(entry) || typeof entry.fullUrl !== 'string') continue;
    const meta = isObject(entry.resource) && isObject(entry.resource.meta) ? entry.resource.meta : undefined;
    const versions = fullUrls.get(entry.fullUrl) ?? [];
    versions.push(typeof meta?.versionId === 'string' ? meta.versionId : undefined);
    fullUrls.set(entry.fullUrl, versions);
  }
  const own = typeof first.fullUrl === 'string' ? RESTFUL_FULL_URL.exec(first.fullUrl) : null;
  const document: DocumentEntries = { composition: first.resource, fullUrls, base: own?.[1], entryScope: bundleScope, compositionScope: bundleScope };
  document.compositionScope = { ...bundleScope, resolveIn: document };
  return { document };
}

/** A RESTful URL of a resource, [base]/Type/id, optionally /_history/vid: its Type. */
const RESTFUL_REFERENCE = /^https?:\/\/[^?#]+\/([A-Z][A-Za-z]{1,63})\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** [base]/Type/id (bundle.html#references: a RESTful fullUrl), with its base. */
const RESTFUL_FULL_URL = /^(https?:\/\/[^?#]+)\/[A-Z][A-Za-z]{1,63}\/[A-Za-z0-9\-.]{1,64}$/;

/**
 * How a reference of a document's Composition resolves to its entries (composition.html: "any
 * other resources referenced from Composition must be included as subsequent entries in the
 * Bundle"), by the rules of bundle.html#references: an absolute URL or a urn names an entry's
 * fullUrl; a relative reference Type/id resolves against the base of the Composition's fullUrl,
 * and only when that is a RESTful URL; a version-specific reference names the entry of that
 * fullUrl whose meta.versionId is its version, any other must name exactly one entry (with more
 * "it is ambiguous which is correct").
 */
function resolveInDocument(reference: string, kind: ReferenceKind, document: DocumentEntries): 'found' | 'missing' | 'ambiguous' {
  const history = reference.indexOf('/_history/');
  const target = history < 0 ? reference : reference.slice(0, history);
  if (kind === 'relative' && document.base === undefined) return 'missing';
  const versions = document.fullUrls.get(kind === 'relative' ? `${document.base}/${target}` : target);
  if (versions === undefined) return 'missing';
  if (history >= 0) return versions.includes(reference.slice(history + '/_history/'.length)) ? 'found' : 'missing';
  return versions.length === 1 ? 'found' : 'ambiguous';
}

/** `snapshot` or `differential` when the path ends at the id of an element of that list (`....snapshot.element[3].id`). */
function elementDefinitionList(segments: readonly Segment[]): string | undefined {
  const length = segments.length;
  if (length < 4 || segments[length - 3] !== 'element' || typeof segments[length - 2] !== 'number') return undefined;
  const list = segments[length - 4];
  return list === 'snapshot' || list === 'differential' ? list : undefined;
}

// ---------------------------------------------------------------------------------------------
// The hooks
// ---------------------------------------------------------------------------------------------

/** A resource being checked. Frames are reused: one per level of nesting, for the whole validation. */
interface ResourceFrame {
  /** Element.id values met so far in this resource (not in its contained or nested resources). */
  elementIds: Set<string> | undefined;
  /** The ids of a StructureDefinition's differential elements: a scope of their own. */
  differentialIds: Set<string> | undefined;
  resource: JsonObject;
  /** The resource type, and where the resource starts in the context's segments (core extension contexts). */
  type: string;
  start: number;
  /** How references made in this resource resolve. */
  scope: ReferenceScope;
  readonly outer: ResourceFrame | undefined;
}

/** How references made in the current resource resolve. */
interface ReferenceScope {
  /**
   * Entry fullUrls of the enclosing Bundle, with the kind of reference each reads as and the type
   * of its resource (bundle.html#references: a reference that is an entry's fullUrl resolves to that
   * entry). A reference to an entry (nearly every reference of a transaction) is classified once
   * per entry, not once per reference.
   */
  readonly fullUrls: ReadonlyMap<string, EntryTarget> | undefined;
  /** In a transaction or batch, urn:uuid / urn:oid references must be among the fullUrls (http.html#trules). */
  readonly urnsMustResolve: boolean;
  /** Conditional references are resolved by the server in transactions and batches, and are accepted on ingest of a lone resource (bulk NDJSON). */
  readonly conditionalAllowed: boolean;
  /** In a document Bundle: its entries, and the Composition whose references must resolve to them. */
  readonly document?: DocumentEntries;
  /** The references of this resource must resolve to entries of the document (the Composition and what it contains). */
  readonly resolveIn?: DocumentEntries;
}

/**
 * A document Bundle's entries as references resolve to them (bundle.html#references): their
 * fullUrls, and the base of the Composition's fullUrl when it is a RESTful URL ([base]/Type/id),
 * against which its relative references resolve.
 */
interface DocumentEntries {
  readonly composition: JsonObject;
  /** Each fullUrl with the meta.versionId of each entry that has it (bdl-7 lets entries share a fullUrl when their versions differ). */
  readonly fullUrls: ReadonlyMap<string, (string | undefined)[]>;
  readonly base: string | undefined;
  /** How the references of its entries resolve: the Composition's (and what it contains) to entries of the document. */
  readonly entryScope: ReferenceScope;
  compositionScope: ReferenceScope;
}

/** An entry of a Bundle as references find it: how its fullUrl reads as a reference, and its resource's type. */
interface EntryTarget {
  readonly kind: ReferenceKind;
  readonly type: string | undefined;
}

/**
 * One EntryTarget per kind and type, shared by all entries: a transaction's map holds one for
 * each of its entries for as long as its walk lasts, and objects of their own would be copied by
 * every collection of the young generation meanwhile.
 */
const ENTRY_TARGETS = new Map<ReferenceKind, Map<string | undefined, EntryTarget>>();
function entryTarget(kind: ReferenceKind, type: string | undefined): EntryTarget {
  let byType = ENTRY_TARGETS.get(kind);
  if (byType === undefined) ENTRY_TARGETS.set(kind, (byType = new Map()));
  let target = byType.get(type);
  if (target === undefined) {
    // Only the R4 resource types are kept: another name (a wrong resourceType) gets an object of its own.
    target = { kind, type };
    if (type === undefined || R4_RESOURCE_TYPES.has(type)) byType.set(type, target);
  }
  return target;
}

const STANDALONE: ReferenceScope = { fullUrls: undefined, urnsMustResolve: false, conditionalAllowed: true };

interface Kept {
  readonly severity: 'error' | 'warning';
  readonly code: Code;
  readonly text: string;
  readonly path: string;
}

export class BaseRules implements RuleHooks {
  private readonly cap: number;
  /** Issues in the order found, until {@link flush}. */
  private readonly kept: Kept[] = [];
  private dropped = false;
  private frame: ResourceFrame | undefined;
  /** The frames made so far, by depth (frames[depth] is this.frame while a resource is checked). */
  private readonly frames: ResourceFrame[] = [];
  private depth = -1;
  /** The context of the hook being run (set by each hook before it reports). */
  private context!: StructureContext;

  /** Kept for the life of the process, so that V8 keeps the map of these objects (see StructureContext.keptAlive). */
  static readonly keptAlive = new BaseRules(0);

  constructor(cap: number) {
    this.cap = cap;
  }

  /** Adds the issues to `sink` in the order found (those at a path `reported` accepts); a warning never takes the last place under the cap. */
  flush(sink: IssueSink, reported: (path: string) => boolean = () => true): void {
    if (this.dropped) sink.truncated = true;
    for (const issue of this.kept) {
      if (!reported(issue.path)) continue;
      if (issue.severity === 'warning' && sink.issues.length >= sink.cap - 1) {
        sink.truncated = true;
        continue;
      }
      sink.add({ severity: issue.severity, code: issue.code, details: { text: issue.text }, expression: [issue.path] });
    }
  }

  private errors = 0;
  private warnings = 0;

  /** No more are kept than the outcome can hold: errors up to the cap, warnings one fewer (never the last place). */
  private issue(severity: 'error' | 'warning', code: Code, text: string, path: string): void {
    if (severity === 'error' ? this.errors++ < this.cap : this.warnings++ < this.cap - 1) this.kept.push({ severity, code, text, path });
    else this.dropped = true;
  }

  /** The current location, followed by further segments. */
  private path(rest: readonly Segment[]): string {
    let path = this.context.path();
    for (const segment of rest) path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    return path;
  }

  private fail(code: Code, text: string, ...rest: Segment[]): void {
    this.issue('error', code, text, this.path(rest));
  }

  /** An issue of either severity at the current location or below it (core-definitions.ts). */
  private readonly report: ResourceReport = (severity, code, text, ...rest) => {
    this.issue(severity, code, text, this.path(rest));
  };

  /** An issue about the extension being checked: at the extension, or at the element that holds it. */
  private readonly extensionReport: ExtensionReport = (severity, code, text, at) => {
    this.issue(severity, code, text, at === 'extension' ? this.context.path() : this.context.pathTo(this.context.segments.length - 2));
  };

  // -- resources --------------------------------------------------------------------------------

  enterResource(resource: JsonObject, context: StructureContext): void {
    this.context = context;
    const outer = this.frame;
    const type = resource.resourceType as string;
    let scope = outer?.scope ?? STANDALONE;
    // In a document, the Composition's references (and its contained resources') must resolve to entries.
    if (scope.document) scope = scope.document.composition === resource ? scope.document.compositionScope : scope.document.entryScope;
    if (type === 'Bundle') scope = this.bundle(resource);
    if (type === 'SearchParameter') checkSearchParameter(resource, this.report);
    if (type === 'CapabilityStatement') checkCapabilityStatement(resource, this.report);
    const depth = outer === undefined ? 0 : this.depth + 1;
    let frame = this.frames[depth];
    if (frame === undefined) {
      frame = { elementIds: undefined, differentialIds: undefined, resource, type, start: context.segments.length, scope, outer };
      this.frames.push(frame);
    } else {
      frame.elementIds = undefined;
      frame.differentialIds = undefined;
      frame.resource = resource;
      frame.type = type;
      frame.start = context.segments.length;
      frame.scope = scope;
    }
    this.depth = depth;
    this.frame = frame;
  }

  leaveResource(): void {
    this.frame = this.frame?.outer;
    this.depth--;
  }

  // -- elements ---------------------------------------------------------------------------------

  /**
   * Element.id: "Unique id for the element within a resource (for internal references)". The
   * scope is one resource: contained and nested resources have their own. An ElementDefinition's
   * id is its path-based id (elementdefinition.html#id), unique within its snapshot or its
   * differential: the same element has the same id in both.
   */
  elementId(id: string, context: StructureContext): void {
    const frame = this.frame;
    if (!frame) return;
    this.context = context;
    const ids = elementDefinitionList(context.segments) === 'differential' ? (frame.differentialIds ??= new Set()) : (frame.elementIds ??= new Set());
    if (ids.has(id)) this.fail('business-rule', BASE_RULES['element-id-unique'].text);
    else ids.add(id);
  }

  /** Core extensions: value type and context (core-definitions.ts). */
  extension(object: JsonObject, context: StructureContext): void {
    const frame = this.frame;
    if (!frame) return;
    this.context = context;
    checkCoreExtension(object, frame.type, context.segments, frame.start, this.extensionReport);
  }

  // -- references -------------------------------------------------------------------------------

  /**
   * Reference.reference, at `<path>.reference` (ref-1 is a generated constraint), with the
   * resource types its element allows (undefined: any).
   */
  reference(reference: unknown, context: StructureContext, targets?: readonly string[]): void {
    if (typeof reference !== 'string') return;
    this.context = context;
    const scope = this.frame?.scope ?? STANDALONE;
    const entry = scope.fullUrls?.get(reference);
    const kind = entry?.kind ?? classifyReference(reference);
    if (targets !== undefined && kind !== 'invalid' && !this.mayReferTo(reference, kind, entry, targets)) this.fail('invalid', BASE_RULES['reference-target-type'].text, 'reference');
    switch (kind) {
      case 'invalid':
        this.fail('invalid', BASE_RULES['reference-literal'].text, 'reference');
        return;
      case 'urn': {
        // bundle.html#references and http.html#trules: in a transaction (and a batch) a urn:uuid /
        // urn:oid reference can only be resolved to the fullUrl of an entry of the same Bundle.
        if (scope.urnsMustResolve && entry === undefined) this.fail('invalid', BASE_RULES['reference-urn-in-transaction'].text, 'reference');
        else if (scope.resolveIn) this.inDocument(reference, kind, scope.resolveIn);
        return;
      }
      case 'conditional':
        if (!scope.conditionalAllowed) this.fail('invalid', BASE_RULES['reference-conditional'].text, 'reference');
        return;
      default:
        if (scope.resolveIn && kind !== 'local') this.inDocument(reference, kind, scope.resolveIn);
        return;
    }
  }

  /**
   * Whether the reference's target is of one of the `targets` types, as far as the reference says
   * what it is: its Type in Type/id, Type?search and a RESTful URL, the type of the entry of the
   * Bundle a urn names, the type of the contained resource a #id names. A target whose type
   * cannot be told (another URL, a urn that is no entry's fullUrl) passes.
   */
  private mayReferTo(reference: string, kind: ReferenceKind, entry: EntryTarget | undefined, targets: readonly string[]): boolean {
    switch (kind) {
      case 'relative':
      case 'conditional': {
        const end = kind === 'relative' ? 47 /* / */ : 63; /* ? */
        for (const type of targets) if (reference.charCodeAt(type.length) === end && reference.startsWith(type)) return true;
        return false;
      }
      case 'urn':
        return entry?.type === undefined || targets.includes(entry.type);
      case 'local': {
        const type = this.containedType(reference.slice(1));
        return type === undefined || targets.includes(type);
      }
      case 'absolute': {
        const match = RESTFUL_REFERENCE.exec(reference);
        return match === null || !R4_RESOURCE_TYPES.has(match[1]!) || targets.includes(match[1]!);
      }
      default:
        return true;
    }
  }

  /** The type of the contained resource `#id` names, from the resource that contains it. */
  private containedType(id: string): string | undefined {
    if (id === '') return undefined;
    for (let frame = this.frame; frame; frame = frame.outer) {
      const contained = frame.resource.contained;
      if (!Array.isArray(contained)) continue;
      for (const resource of contained) if (isObject(resource) && resource.id === id && typeof resource.resourceType === 'string') return resource.resourceType;
    }
    return undefined;
  }

  /** A reference of a document's Composition: one entry of the Bundle (resolveInDocument). */
  private inDocument(reference: string, kind: ReferenceKind, document: DocumentEntries): void {
    const resolved = resolveInDocument(reference, kind, document);
    if (resolved === 'missing') this.fail('invalid', BASE_RULES['document-reference-in-bundle'].text, 'reference');
    else if (resolved === 'ambiguous') this.fail('invalid', BASE_RULES['document-reference-ambiguous'].text, 'reference');
  }

  // -- Narrative --------------------------------------------------------------------------------

  /** txt-1 / txt-2 (htmlChecks(), narrative.html#xhtml), on Narrative.div at `<path>.div`. */
  narrative(div: unknown, context: StructureContext): void {
    if (typeof div !== 'string') return;
    this.context = context;
    const problem = checkNarrativeXhtml(div);
    if (problem) this.fail(/txt-[12]/.test(problem) ? 'invariant' : 'invalid', problem, 'div');
  }

  // -- Attachment -------------------------------------------------------------------------------

  /**
   * Attachment.size, "the number of bytes of data that make up this content (before base64
   * encoding)", and Attachment.hash, "the calculated hash of the data using SHA-1, represented
   * using base64" (datatypes.html#Attachment): when the data is there, they must be its own.
   * The base64 grammar of the data is the structure layer's; only data that passed it is decoded.
   */
  attachment(object: JsonObject, context: StructureContext): void {
    const { data, size, hash } = object;
    if (typeof data !== 'string' || (size === undefined && hash === undefined)) return;
    this.context = context;
    const bytes = Buffer.from(data, 'base64');
    if (typeof size === 'number' && size !== bytes.length) this.fail('value', BASE_RULES['attachment-size'].text);
    if (typeof hash === 'string' && createHash('sha1').update(bytes).digest('base64') !== hash) this.fail('value', BASE_RULES['attachment-hash'].text);
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

    const fullUrls = new Map<string, EntryTarget>();
    entries.forEach((entry, index) => {
      if (!isObject(entry)) return;
      const resource = isObject(entry.resource) ? entry.resource : undefined;
      const fullUrl = typeof entry.fullUrl === 'string' ? entry.fullUrl : undefined;
      if (fullUrl !== undefined) {
        const kind = classifyReference(fullUrl);
        this.fullUrl(fullUrl, kind, resource, index);
        fullUrls.set(fullUrl, entryTarget(kind, typeof resource?.resourceType === 'string' ? resource.resourceType : undefined));
      }
      if (isBatchOrTransaction && isObject(entry.request)) this.transactionEntry(entry.request, resource, index);
      if (searchTypes && isObject(entry.search)) this.searchEntry(entry.search, resource, index, searchTypes);
    });

    if (isBatchOrTransaction) return { fullUrls, urnsMustResolve: true, conditionalAllowed: true };
    const scope: ReferenceScope = { fullUrls, urnsMustResolve: false, conditionalAllowed: false };
    return type === 'document' ? { ...scope, ...documentEntries(entries, scope) } : scope;
  }

  /**
   * Bundle.entry.fullUrl: "The Absolute URL for the resource. The fullUrl SHALL NOT disagree with
   * the id in the resource" (bundle.html#bundle-unique); bdl-8 (generated) forbids version-specific URLs.
   */
  private fullUrl(fullUrl: string, kind: ReferenceKind, resource: JsonObject | undefined, index: number): void {
    // A urn:uuid / urn:oid is one by the reference grammar (classifyReference), others are absolute URIs.
    const absolute = fullUrl.startsWith('urn:uuid:') || fullUrl.startsWith('urn:oid:') ? kind === 'urn' : ABSOLUTE_URI.test(fullUrl);
    if (!absolute) {
      this.fail('invalid', BASE_RULES['bundle-fullurl-absolute'].text, 'entry', index, 'fullUrl');
      return;
    }
    if (!resource || fullUrl.startsWith('urn:') || !/^https?:\/\//i.test(fullUrl) || fullUrl.includes('?') || fullUrl.includes('#')) return;
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
