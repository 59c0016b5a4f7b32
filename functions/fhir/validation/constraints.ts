import { BASES, ELEMENT_CONSTRAINTS, ELEMENTS, TYPE_CONSTRAINTS, type GeneratedConstraint } from '../../../schemas/fhir-r4-constraints.generated.ts';
import type { ConstraintFailures } from '../../../schemas/fhir-r4-constraints.generated.ts';
import { type ConstraintHooks, type StructureContext, type TypeCheck } from '../../../schemas/fhir-r4-structure-runtime.ts';
import type { Env } from './fhirpath-runtime.ts';
import type { IssueSink } from './issues.ts';

/**
 * Runs the constraints of the R4 StructureDefinitions (schemas/fhir-r4-constraints.generated.ts,
 * generated with their FHIRPath compiled to JavaScript) over a resource: one walk that follows the
 * types of the element model, running the constraints of each type (and of its base types) on
 * each node of that type, and the constraints of an element on each of its values. Contained
 * resources, Bundle.entry.resource, Bundle.entry.response.outcome and Parameters.parameter.resource
 * are walked as the resources they are.
 *
 * A constraint holds when its expression evaluates to true; false or the empty result is a
 * failure (as the HL7 validator reads them). An error constraint's failure is an error issue
 * `<key>: <human text of the definition>` at the element the constraint is on; a best-practice
 * (warning) constraint's failure is a warning, added after the errors and only where the issue cap
 * leaves room, so warnings never push an error out of the outcome.
 *
 * It runs on a resource that passed the structure validator, and never throws on odd input.
 */
export function checkConstraints(resource: unknown, sink: IssueSink, path?: string, evaluate: Evaluate = evaluateConstraint): void {
  if (!isObject(resource) || typeof resource.resourceType !== 'string') return;
  const walk = new ConstraintWalk(sink, evaluate);
  walk.start(resource, path ?? resource.resourceType);
  walk.flushWarnings();
}

type JsonObject = Record<string, unknown>;

/** How a constraint is evaluated on a node: true, false, undefined (empty), or 'unevaluable'. */
export type Evaluate = (constraint: GeneratedConstraint, node: unknown, env: Env) => boolean | undefined | 'unevaluable';

/** The generated test: compiled code, or the fhirpath package for the constraints listed in FALLBACK. */
export const evaluateConstraint: Evaluate = (constraint, node, env) => {
  try {
    return constraint.test(node, env);
  } catch {
    // The structure layer has vetted the data; a value the compiled code cannot handle is not judged.
    return 'unevaluable';
  }
};

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a constraint holds on `node` without being run: it is an object with none of the properties the constraint needs to fail. */
function holdsTrivially(constraint: GeneratedConstraint, node: unknown): boolean {
  const absent = constraint.holdsWithout;
  if (absent === undefined || typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  const object = node as JsonObject;
  for (let index = 0; index < absent.length; index++) if (object[absent[index]!] !== undefined) return false;
  return true;
}

/** What the walk needs to know of one property of a type: the child's type, and the element's own constraints. */
interface Property {
  readonly type: string;
  readonly own: readonly GeneratedConstraint[] | undefined;
}

/** Parsed element model, per type: JSON property name -> property (built on first use of the type). */
const model = new Map<string, Map<string, Property>>();

function elementsOf(type: string): Map<string, Property> {
  let map = model.get(type);
  if (!map) {
    map = new Map();
    const encoded = ELEMENTS[type];
    if (encoded) {
      for (const pair of encoded.split(',')) {
        const equals = pair.indexOf('=');
        const name = pair.slice(0, equals);
        const child = pair.slice(equals + 1);
        map.set(name, { type: child === '.' ? `${type}.${name}` : child, own: ELEMENT_CONSTRAINTS[`${type}.${name}`] });
      }
    }
    model.set(type, map);
  }
  return map;
}

const MAX_PROPERTIES_PER_TYPE = 1024;

/** A property the model leaves out (a type without constraints in reach) or an `_x` extension: walked generically. */
function propertyOf(elements: Map<string, Property>, type: string, key: string): Property {
  let property = elements.get(key);
  if (property === undefined) {
    // Extensions are Extensions wherever they are; anything else unknown to the model is an Element.
    const extension = key.charCodeAt(0) === 95; /* _ */
    property = { type: key === 'extension' || key === 'modifierExtension' ? 'Extension' : 'Element', own: extension ? undefined : ELEMENT_CONSTRAINTS[`${type}.${key}`] };
    // Kept for the next node of this type: the structure layer has limited names to those of R4,
    // and the bound keeps a direct caller's odd input from growing the map.
    if (elements.size < MAX_PROPERTIES_PER_TYPE) elements.set(key, property);
  } else if (key === 'extension' || key === 'modifierExtension') {
    property = { type: 'Extension', own: property.own };
    elements.set(key, property);
  }
  return property;
}

/** The constraints of a type and of its base types (DomainResource for resources, Quantity for Age...). */
const typeChains = new Map<string, readonly GeneratedConstraint[]>();

function constraintsOf(type: string): readonly GeneratedConstraint[] {
  let list = typeChains.get(type);
  if (!list) {
    const all: GeneratedConstraint[] = [];
    for (let current: string | undefined = type; current; current = BASES[current]) all.push(...(TYPE_CONSTRAINTS[current] ?? []));
    list = all;
    typeChains.set(type, list);
  }
  return list;
}

const MAX_DEPTH = 256;

class ConstraintWalk {
  private readonly sink: IssueSink;
  private readonly evaluate: Evaluate;
  private readonly warnings: { text: string; path: string }[] = [];
  private warningsDropped = false;
  /** The FHIRPath location as a stack of segments: a path string is only built for an issue. */
  private readonly segments: (string | number)[] = [];
  private depth = 0;

  constructor(sink: IssueSink, evaluate: Evaluate) {
    this.sink = sink;
    this.evaluate = evaluate;
  }

  private path(): string {
    let path = '';
    for (const segment of this.segments) path += typeof segment === 'number' ? `[${segment}]` : path === '' ? segment : `.${segment}`;
    return path;
  }

  start(resource: JsonObject, path: string): void {
    this.segments.push(path);
    this.resource(resource, undefined);
    this.segments.pop();
  }

  private resource(resource: JsonObject, rootResource: unknown): void {
    const type = resource.resourceType;
    if (typeof type !== 'string' || !Object.hasOwn(ELEMENTS, type)) return;
    const env: Env = { resource, rootResource: rootResource ?? resource };
    this.node(resource, type, env);
  }

  private node(object: JsonObject, type: string, env: Env): void {
    if (this.depth >= MAX_DEPTH || this.sink.full) return;
    this.depth++;
    const constraints = constraintsOf(type);
    for (let index = 0; index < constraints.length; index++) this.run(constraints[index]!, object, env);
    const elements = elementsOf(type);
    const segments = this.segments;
    for (const key in object) {
      const value = object[key];
      if (value === null) continue;
      const property = propertyOf(elements, type, key);
      if (typeof value !== 'object') {
        const own = property.own;
        if (own) {
          segments.push(key);
          for (const constraint of own) this.run(constraint, value, env);
          segments.pop();
        }
        continue;
      }
      const childType = key.charCodeAt(0) === 95 /* _ */ ? 'Element' : property.type;
      const own = property.own;
      segments.push(key);
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
          segments.push(index);
          this.child(value[index], childType, env, key, own);
          segments.pop();
        }
      } else {
        this.child(value, childType, env, key, own);
      }
      segments.pop();
    }
    this.depth--;
  }

  private child(value: unknown, type: string, env: Env, key: string, own: readonly GeneratedConstraint[] | undefined): void {
    if (value === null || value === undefined) return;
    if (own) for (const constraint of own) this.run(constraint, value, env);
    if (!isObject(value)) return;
    if (type === 'Resource' || typeof value.resourceType === 'string') {
      // A contained resource's %rootResource is its container; other nested resources are roots.
      this.resource(value, key === 'contained' ? env.rootResource : undefined);
      return;
    }
    this.node(value, type, env);
  }

  private run(constraint: GeneratedConstraint, node: unknown, env: Env): void {
    if (holdsTrivially(constraint, node)) return;
    const result = this.evaluate(constraint, node, env);
    if (result === 'unevaluable') return;
    if (result === true) return;
    const text = `${constraint.key}: ${constraint.human}`;
    if (constraint.severity === 'error') this.sink.error('invariant', text, this.path());
    // No more warnings are kept than the outcome can hold (dom-6 fires on every resource without a narrative).
    else if (this.warnings.length < this.sink.cap) this.warnings.push({ text, path: this.path() });
    else this.warningsDropped = true;
  }

  /** Warnings go after the errors, where the cap leaves room (never in the last place). */
  flushWarnings(): void {
    if (this.warningsDropped) this.sink.truncated = true;
    for (const warning of this.warnings) {
      if (this.sink.issues.length >= this.sink.cap - 1) {
        this.sink.truncated = true;
        return;
      }
      this.sink.add({ severity: 'warning', code: 'invariant', details: { text: warning.text }, expression: [warning.path] });
    }
  }
}

/**
 * The constraints run from the compiled structure checks (schemas/fhir-r4-structure.generated.ts)
 * at each node as they meet it, instead of in a walk of their own: a type's constraints (and its
 * base types') on each object of that type, an element's on each of its values. Failures are kept
 * until {@link flush}, which the validator calls once the resource has passed the structure and
 * base checks: errors, then warnings where the cap leaves room, as {@link checkConstraints} adds them.
 */
export class InlineConstraints implements ConstraintHooks, ConstraintFailures {
  private readonly evaluate: Evaluate;
  private readonly cap: number;
  /** Failures with where they were: their text is made only by {@link flush}. */
  private readonly errors: Failure[] = [];
  private readonly warnings: Failure[] = [];
  private dropped = false;
  /** The node being checked by a type's generated function (where its failures are reported). */
  private context: StructureContext | undefined;

  /** Kept for the life of the process, so that V8 keeps the map of these objects (see StructureContext.keptAlive). */
  static readonly keptAlive = new InlineConstraints(0);

  constructor(cap: number, evaluate: Evaluate = evaluateConstraint) {
    this.cap = cap;
    this.evaluate = evaluate;
  }

  type(object: Record<string, unknown>, type: string, context: StructureContext, check?: TypeCheck): void {
    // The generated function runs the constraints with their own tests; another `evaluate` (a test's) goes through the list.
    if (check !== undefined && this.evaluate === evaluateConstraint) {
      this.context = context;
      check(object, context, this);
      return;
    }
    const constraints = constraintsOf(type);
    for (let index = 0; index < constraints.length; index++) this.run(constraints[index]!, object, context);
  }

  element(value: unknown, element: string, context: StructureContext): void {
    if (value === null || value === undefined) return;
    const constraints = ELEMENT_CONSTRAINTS[element];
    if (constraints) for (const constraint of constraints) this.run(constraint, value, context);
  }

  private run(constraint: GeneratedConstraint, node: unknown, context: StructureContext): void {
    if (holdsTrivially(constraint, node)) return;
    const result = this.evaluate(constraint, node, context);
    if (result === true || result === 'unevaluable') return;
    this.record(constraint, context);
  }

  /** A constraint that failed on the node a type's generated function is checking. */
  failed(constraint: GeneratedConstraint): void {
    this.record(constraint, this.context!);
  }

  private record(constraint: GeneratedConstraint, context: StructureContext): void {
    const list = constraint.severity === 'error' ? this.errors : this.warnings;
    // No more are kept than the outcome can hold (dom-6 fires on every resource without a narrative).
    if (list.length < this.cap) list.push({ constraint, path: context.path() });
    else this.dropped = true;
  }

  /** Adds the failures to `sink` (those at a path `reported` accepts): errors, then warnings, never a warning in the last place. */
  flush(sink: IssueSink, reported: (path: string) => boolean = () => true): void {
    if (this.dropped) sink.truncated = true;
    for (const error of this.errors) if (reported(error.path) && !sink.error('invariant', failureText(error), error.path)) return;
    for (const warning of this.warnings) {
      if (!reported(warning.path)) continue;
      if (sink.issues.length >= sink.cap - 1) {
        sink.truncated = true;
        return;
      }
      sink.add({ severity: 'warning', code: 'invariant', details: { text: failureText(warning) }, expression: [warning.path] });
    }
  }
}

interface Failure {
  constraint: GeneratedConstraint;
  path: string;
}

/** `key: human text`, made once per constraint (dom-6 alone words a warning for each resource without a narrative). */
const failureTexts = new Map<GeneratedConstraint, string>();
function failureText({ constraint }: Failure): string {
  let text = failureTexts.get(constraint);
  if (text === undefined) {
    text = `${constraint.key}: ${constraint.human}`;
    failureTexts.set(constraint, text);
  }
  return text;
}
