/**
 * The FHIRPath of one anonymization rule, compiled once.
 *
 * Every path is compiled by the `fhirpath` package (a syntax error is a configuration error). Paths
 * that are chains of member steps, `nodesByType('T')`, `nodesByName('n')`, `where(…)`, `ofType(T)`
 * and a final `as T` (every path of the anonymizer's samples) are then run directly on the element
 * tree, with `where` predicates evaluated by `fhirpath`; any other expression is evaluated by
 * `fhirpath` on the resource (with nodesByType/nodesByName as user functions) and its results are
 * mapped back to the tree's elements.
 */
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { isTypeOrSubtype, selfAndDescendants, toJson, type ElementNode } from './element-tree.ts';

type Step =
  | { kind: 'child'; name: string }
  | { kind: 'nodesByType'; type: string }
  | { kind: 'nodesByName'; name: string }
  | { kind: 'where'; predicate: string }
  | { kind: 'ofType'; type: string };

type Root = { kind: 'type'; type: string } | { kind: 'this' };

type Compiled = (data: unknown) => unknown[];

export interface ResourceIndex {
  byType: Map<string, ElementNode[]>;
  byName: Map<string, ElementNode[]>;
}

export class RulePath {
  readonly text: string;
  /** The type the path starts with, or undefined when it starts with a function (applies to every resource). */
  readonly rootType: string | undefined;
  private readonly chain: { root: Root; steps: Step[] } | undefined;
  private readonly whole: Compiled | undefined;
  private readonly predicates = new Map<string, Compiled>();
  /** The types and names a leading nodesByType/nodesByName looks up in the resource's index. */
  readonly indexedTypes: readonly string[];
  readonly indexedNames: readonly string[];

  constructor(text: string) {
    this.text = text;
    // Throws on a syntax error; the caller names the rule.
    const compiled = fhirpath.compile(text, r4, { resolveInternalTypes: false, userInvocationTable: NODES_BY }) as unknown as Compiled;
    this.chain = parseChain(text);
    if (this.chain) {
      this.rootType = this.chain.root.kind === 'type' ? this.chain.root.type : undefined;
    } else {
      this.whole = compiled;
      const first = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(text)?.[1];
      this.rootType = first && /^[A-Z]/.test(first) ? first : undefined;
    }
    for (const step of this.chain?.steps ?? []) {
      if (step.kind === 'where') fhirpath.compile(step.predicate, r4);
    }
    const first = this.chain?.steps[0];
    this.indexedTypes = first?.kind === 'nodesByType' ? [first.type] : [];
    this.indexedNames = first?.kind === 'nodesByName' ? [first.name] : [];
  }

  /** Whether the rule can match anything in a resource of this type. */
  appliesTo(resourceType: string): boolean {
    return this.rootType === undefined || isTypeOrSubtype(resourceType, this.rootType);
  }

  select(root: ElementNode, index: ResourceIndex): ElementNode[] {
    if (!this.chain) return this.selectByFhirpath(root);
    const { root: start, steps } = this.chain;
    if (start.kind === 'type' && !isTypeOrSubtype(root.type, start.type)) return [];
    let nodes: ElementNode[] = [root];
    for (const [position, step] of steps.entries()) {
      if (nodes.length === 0) return nodes;
      switch (step.kind) {
        case 'child': {
          const next: ElementNode[] = [];
          for (const node of nodes) for (const child of node.children) if (child.name === step.name) next.push(child);
          nodes = next;
          break;
        }
        case 'nodesByType':
          nodes = position === 0 ? (index.byType.get(step.type) ?? []) : descendantsWhere(nodes, (node) => node.type === step.type);
          break;
        case 'nodesByName':
          nodes = position === 0 ? (index.byName.get(step.name) ?? []) : descendantsWhere(nodes, (node) => node.name === step.name);
          break;
        case 'ofType':
          nodes = nodes.filter((node) => isTypeOrSubtype(node.type, step.type));
          break;
        case 'where':
          nodes = nodes.filter((node) => this.holds(step.predicate, node));
          break;
      }
    }
    return nodes;
  }

  private holds(predicate: string, node: ElementNode): boolean {
    if (node.primitive) {
      const parent = node.parent!;
      const fn = this.compiled(`${parent.typePath}|${node.name}.where(${predicate})`, parent.typePath, `${node.name}.where(${predicate})`);
      return fn({ [node.key]: node.value }).length > 0;
    }
    // Evaluated on the element as earlier rules left it, as the anonymizer evaluates each rule on the changed resource.
    const current = toJson(node);
    if (current === undefined) return false;
    const fn = this.compiled(`${node.typePath}|${predicate}`, node.resource ? node.type : node.typePath, predicate);
    const result = fn(current);
    return result.length === 1 && result[0] === true;
  }

  private compiled(cacheKey: string, base: string, expression: string): Compiled {
    let fn = this.predicates.get(cacheKey);
    if (!fn) {
      fn = fhirpath.compile({ base, expression }, r4) as unknown as Compiled;
      this.predicates.set(cacheKey, fn);
    }
    return fn;
  }

  private selectByFhirpath(root: ElementNode): ElementNode[] {
    evaluating = root;
    let results: ResNodeLike[];
    try {
      results = this.whole!(root.source) as ResNodeLike[];
    } finally {
      evaluating = undefined;
    }
    const found: ElementNode[] = [];
    for (const result of results) {
      if (typeof result !== 'object' || result === null || !('parentResNode' in result)) continue;
      const node = locate(root, result);
      if (node) found.push(node);
    }
    return found;
  }
}

interface ResNodeLike {
  parentResNode?: ResNodeLike | null;
  propName?: string | null;
  index?: number | null;
}

/** fhirpath's own node objects, made through their class so that the rest of the expression can navigate them. */
interface ResNodeClass {
  makeResNode(ctx: unknown, data: unknown, parent: ResNodeLike, path: string, _data: unknown, type: string, propName: string, index: number | null): ResNodeLike;
}

/** The element tree of the resource a full-FHIRPath rule is being evaluated on (evaluation is synchronous). */
let evaluating: ElementNode | undefined;

/**
 * nodesByType('T') and nodesByName('n') for full FHIRPath expressions: the elements of the input
 * (itself included) of that FHIR type or element name, not entering nested resources.
 */
function nodesBy(test: (node: ElementNode, argument: string) => boolean) {
  return {
    internalStructures: true,
    arity: { 1: ['String' as const] },
    fn(this: unknown, inputs: unknown[], argument: unknown): unknown[] {
      const wanted = String(Array.isArray(argument) ? argument[0] : argument);
      const found: unknown[] = [];
      const root = evaluating;
      if (!root) return found;
      for (const input of inputs) {
        if (typeof input !== 'object' || input === null || !('parentResNode' in input)) continue;
        const start = locate(root, input as ResNodeLike);
        if (!start) continue;
        for (const node of selfAndDescendants(start)) if (test(node, wanted)) found.push(resNodeFor(this, input as ResNodeLike, start, node));
      }
      return found;
    },
  };
}

const NODES_BY = {
  nodesByType: nodesBy((node, type) => node.type === type),
  nodesByName: nodesBy((node, name) => node.name === name),
};

function resNodeFor(ctx: unknown, input: ResNodeLike, start: ElementNode, node: ElementNode): ResNodeLike {
  const steps: ElementNode[] = [];
  for (let current: ElementNode | undefined = node; current && current !== start; current = current.parent) steps.push(current);
  const maker = (input as { constructor: ResNodeClass }).constructor;
  let result = input;
  for (const step of steps.reverse()) {
    result = step.primitive
      ? maker.makeResNode(ctx, step.value ?? null, result, `${step.parent!.typePath}.${step.name}`, step.source ?? null, step.type, step.name, step.index ?? null)
      : maker.makeResNode(ctx, step.source, result, step.typePath, null, step.type, step.name, step.index ?? null);
  }
  return result;
}

function locate(root: ElementNode, result: ResNodeLike): ElementNode | undefined {
  const chain: ResNodeLike[] = [];
  for (let current: ResNodeLike | null | undefined = result; current?.parentResNode; current = current.parentResNode) chain.push(current);
  let node: ElementNode | undefined = root;
  for (const step of chain.reverse()) {
    node = node.children.find((child) => (child.key === step.propName || child.name === step.propName) && (child.index ?? null) === (step.index ?? null));
    if (!node) return undefined;
  }
  return node;
}

function descendantsWhere(nodes: ElementNode[], test: (node: ElementNode) => boolean): ElementNode[] {
  const found: ElementNode[] = [];
  const seen = new Set<ElementNode>();
  for (const node of nodes) {
    for (const candidate of selfAndDescendants(node)) {
      if (test(candidate) && !seen.has(candidate)) {
        seen.add(candidate);
        found.push(candidate);
      }
    }
  }
  return found;
}

/** Parses the chain form; undefined for any other expression. */
function parseChain(text: string): { root: Root; steps: Step[] } | undefined {
  let rest = text.trim();
  let trailingType: string | undefined;
  const asMatch = /^(.*\S)\s+as\s+([A-Za-z][A-Za-z0-9]*)$/s.exec(rest);
  if (asMatch) {
    rest = asMatch[1]!;
    trailingType = asMatch[2]!;
  }
  const parts = splitTopLevel(rest);
  if (!parts || parts.length === 0) return undefined;
  const steps: Step[] = [];
  let root: Root | undefined;
  for (const [position, part] of parts.entries()) {
    const call = /^([A-Za-z_][A-Za-z0-9_]*)\s*\((.*)\)$/s.exec(part);
    if (call) {
      const [, name, args] = call as unknown as [string, string, string];
      const quoted = /^\s*'([^'\\]*)'\s*$/.exec(args)?.[1];
      let step: Step;
      if (name === 'nodesByType' && quoted !== undefined) step = { kind: 'nodesByType', type: quoted };
      else if (name === 'nodesByName' && quoted !== undefined) step = { kind: 'nodesByName', name: quoted };
      else if (name === 'where' && args.trim() !== '') step = { kind: 'where', predicate: args };
      else if (name === 'ofType' && /^\s*[A-Za-z][A-Za-z0-9]*\s*$/.test(args)) step = { kind: 'ofType', type: args.trim() };
      else return undefined;
      if (position === 0) {
        if (step.kind !== 'nodesByType' && step.kind !== 'nodesByName') return undefined;
        root = { kind: 'this' };
      }
      steps.push(step);
      continue;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) return undefined;
    if (position === 0) {
      if (!/^[A-Z]/.test(part)) return undefined;
      root = { kind: 'type', type: part };
      continue;
    }
    steps.push({ kind: 'child', name: part });
  }
  if (trailingType) steps.push({ kind: 'ofType', type: trailingType });
  return root ? { root, steps } : undefined;
}

/** Splits `a.b(x.y).c` at the dots outside parentheses and quotes; undefined if unbalanced. */
function splitTopLevel(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '`') quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '.' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || quote) return undefined;
  parts.push(text.slice(start).trim());
  return parts;
}
