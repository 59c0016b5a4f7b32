/**
 * Compiles the FHIRPath of the R4 constraints (`ElementDefinition.constraint.expression`) to plain
 * JavaScript source, at generation time (schemas/generate-fhir-constraints.ts). It covers the part
 * of FHIRPath (http://hl7.org/fhirpath/N1/) the base definitions use: paths, choice elements,
 * `$this`, `%resource` / `%rootResource` / `%context` / `%ucum`, the boolean, equality,
 * comparison, membership, union and arithmetic operators, `is` / `as`, and the functions listed in
 * {@link FUNCTIONS}. Anything else throws {@link Unsupported}: the generator then keeps the
 * expression for the `fhirpath` package at run time and lists it.
 *
 * The generated code calls the helpers of functions/fhir/validation/fhirpath-runtime.ts (imported
 * as `R`); collections are arrays. Paths are resolved against the element model of the
 * StructureDefinitions (a {@link Model}), so choice elements (`value` for `value[x]`) and
 * `x is T` on them compile to the JSON property names (`valueQuantity`), and a name that does not
 * exist on the type is an error at generation time, not a silent empty collection.
 */

export class Unsupported extends Error {}

/** The element model: for a type name (or a backbone path like `Patient.contact`), its elements. */
export interface Model {
  element(type: string, name: string): { types: string[]; choice: boolean } | undefined;
  isResource(type: string): boolean;
  isType(name: string): boolean;
}

type Node =
  | { t: 'lit'; v: string | number | boolean | null }
  | { t: 'this' }
  | { t: 'var'; name: string }
  | { t: 'member'; target: Node | undefined; name: string }
  | { t: 'call'; target: Node | undefined; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'type'; op: 'is' | 'as'; e: Node; type: string }
  | { t: 'index'; e: Node; i: Node }
  | { t: 'neg'; e: Node };

// -- lexer ----------------------------------------------------------------------------------------

interface Token {
  k: 'id' | 'str' | 'num' | 'op' | 'var' | 'ext' | 'eof';
  v: string;
}

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === "'") {
      let value = '';
      i++;
      while (i < source.length && source[i] !== "'") {
        if (source[i] === '\\') {
          const next = source[i + 1]!;
          const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', '\\': '\\', "'": "'", '"': '"', '`': '`', '/': '/' };
          if (next === 'u') {
            value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          }
          value += map[next] ?? next;
          i += 2;
          continue;
        }
        value += source[i];
        i++;
      }
      i++;
      tokens.push({ k: 'str', v: value });
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      tokens.push({ k: 'id', v: source.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!;
      tokens.push({ k: 'num', v: match[0] });
      i += match[0].length;
      continue;
    }
    if (c === '%' || c === '$') {
      const match = /^[%$]([A-Za-z_][A-Za-z0-9_]*|'[^']*'|`[^`]*`)/.exec(source.slice(i));
      if (!match) throw new Unsupported(`bad variable at ${i}`);
      tokens.push({ k: 'var', v: match[0] });
      i += match[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))!;
      tokens.push({ k: 'id', v: match[0] });
      i += match[0].length;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (['<=', '>=', '!=', '!~'].includes(two)) {
      tokens.push({ k: 'op', v: two });
      i += 2;
      continue;
    }
    if ('.()[],=<>|+-*/&~{}'.includes(c)) {
      tokens.push({ k: 'op', v: c });
      i++;
      continue;
    }
    throw new Unsupported(`unexpected character ${c}`);
  }
  tokens.push({ k: 'eof', v: '' });
  return tokens;
}

// -- parser (precedence as in fhirpath N1 §"Operator precedence") --------------------------------------

class Parser {
  private position = 0;
  private readonly tokens: Token[];

  constructor(source: string) {
    this.tokens = lex(source);
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    return this.tokens[this.position++]!;
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token.k === 'op' && token.v === value;
  }

  private isWord(...words: string[]): boolean {
    const token = this.peek();
    return token.k === 'id' && words.includes(token.v);
  }

  private expect(value: string): void {
    const token = this.next();
    if (token.v !== value) throw new Unsupported(`expected ${value}, got ${token.v}`);
  }

  parse(): Node {
    const node = this.implies();
    if (this.peek().k !== 'eof') throw new Unsupported(`trailing input at ${this.peek().v}`);
    return node;
  }

  private implies(): Node {
    let left = this.or();
    while (this.isWord('implies')) {
      this.next();
      left = { t: 'bin', op: 'implies', l: left, r: this.or() };
    }
    return left;
  }

  private or(): Node {
    let left = this.and();
    while (this.isWord('or', 'xor')) {
      const op = this.next().v;
      left = { t: 'bin', op, l: left, r: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.membership();
    while (this.isWord('and')) {
      this.next();
      left = { t: 'bin', op: 'and', l: left, r: this.membership() };
    }
    return left;
  }

  private membership(): Node {
    let left = this.equality();
    while (this.isWord('in', 'contains')) {
      const op = this.next().v;
      left = { t: 'bin', op, l: left, r: this.equality() };
    }
    return left;
  }

  private equality(): Node {
    let left = this.inequality();
    while (this.isOp('=') || this.isOp('!=') || this.isOp('~') || this.isOp('!~')) {
      const op = this.next().v;
      left = { t: 'bin', op, l: left, r: this.inequality() };
    }
    return left;
  }

  private inequality(): Node {
    let left = this.union();
    while (this.isOp('<') || this.isOp('<=') || this.isOp('>') || this.isOp('>=')) {
      const op = this.next().v;
      left = { t: 'bin', op, l: left, r: this.union() };
    }
    return left;
  }

  private union(): Node {
    let left = this.typeOp();
    while (this.isOp('|')) {
      this.next();
      left = { t: 'bin', op: '|', l: left, r: this.typeOp() };
    }
    return left;
  }

  private typeOp(): Node {
    let left = this.additive();
    while (this.isWord('is', 'as')) {
      const op = this.next().v as 'is' | 'as';
      left = { t: 'type', op, e: left, type: this.typeName() };
    }
    return left;
  }

  private typeName(): string {
    let name = this.next().v;
    while (this.isOp('.')) {
      this.next();
      name = this.next().v; // FHIR.Quantity, System.Boolean: the last part names the type
    }
    return name;
  }

  private additive(): Node {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-') || this.isOp('&')) {
      const op = this.next().v;
      left = { t: 'bin', op, l: left, r: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Node {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isWord('div', 'mod')) {
      const op = this.next().v;
      left = { t: 'bin', op, l: left, r: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.isOp('-')) {
      this.next();
      return { t: 'neg', e: this.unary() };
    }
    if (this.isOp('+')) this.next();
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.term();
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        node = this.invocation(node);
      } else if (this.isOp('[')) {
        this.next();
        const index = this.implies();
        this.expect(']');
        node = { t: 'index', e: node, i: index };
      } else {
        return node;
      }
    }
  }

  private invocation(target: Node | undefined): Node {
    const token = this.next();
    if (token.k !== 'id') throw new Unsupported(`expected a name, got ${token.v}`);
    if (this.isOp('(')) {
      this.next();
      const args: Node[] = [];
      if (!this.isOp(')')) {
        args.push(this.implies());
        while (this.isOp(',')) {
          this.next();
          args.push(this.implies());
        }
      }
      this.expect(')');
      return { t: 'call', target, name: token.v, args };
    }
    return { t: 'member', target, name: token.v };
  }

  private term(): Node {
    const token = this.peek();
    if (token.k === 'str') {
      this.next();
      return { t: 'lit', v: token.v };
    }
    if (token.k === 'num') {
      this.next();
      return { t: 'lit', v: Number(token.v) };
    }
    if (token.k === 'var') {
      this.next();
      if (token.v === '$this') return { t: 'this' };
      return { t: 'var', name: token.v.slice(1).replace(/^['`]|['`]$/g, '') };
    }
    if (token.k === 'op' && token.v === '(') {
      this.next();
      const inner = this.implies();
      this.expect(')');
      return inner;
    }
    if (token.k === 'op' && token.v === '{') {
      this.next();
      this.expect('}');
      return { t: 'lit', v: null };
    }
    if (token.k === 'id' && (token.v === 'true' || token.v === 'false') && !this.tokens[this.position + 1]?.v.startsWith('(')) {
      this.next();
      return { t: 'lit', v: token.v === 'true' };
    }
    if (token.k === 'id') return this.invocation(undefined);
    throw new Unsupported(`unexpected ${token.v}`);
  }
}

export function parse(source: string): Node {
  return new Parser(source).parse();
}

// -- code generation -----------------------------------------------------------------------------

/** The static type of an expression: the FHIR types its items can have, or undefined if unknown. */
type Types = string[] | undefined;
interface Out {
  /** JS expression evaluating to a collection (array). */
  code: string;
  types: Types;
  /** When set, a JS expression for the same value as a three-valued boolean (avoids wrapping). */
  bool?: string;
  /** An element of the context node (`R.own(value, twin)`): its two JS expressions, for the run-time functions that take them instead of the collection. */
  own?: [string, string];
}

const PRIMITIVE_KIND: Record<string, 'string' | 'number' | 'boolean' | 'integer'> = {
  boolean: 'boolean',
  Boolean: 'boolean',
  decimal: 'number',
  Decimal: 'number',
  integer: 'integer',
  Integer: 'integer',
  positiveInt: 'integer',
  unsignedInt: 'integer',
  string: 'string',
  String: 'string',
  code: 'string',
  uri: 'string',
  url: 'string',
  canonical: 'string',
  id: 'string',
  markdown: 'string',
  date: 'string',
  dateTime: 'string',
  instant: 'string',
  time: 'string',
  oid: 'string',
  uuid: 'string',
  base64Binary: 'string',
};

/** The functions the compiler knows; anything else is Unsupported. */
export const FUNCTIONS = [
  'exists', 'empty', 'not', 'count', 'hasValue', 'where', 'select', 'all', 'allTrue', 'allFalse', 'first', 'last', 'tail',
  'isDistinct', 'distinct', 'startsWith', 'endsWith', 'contains', 'substring', 'matches', 'replaceMatches', 'length', 'toString',
  'toInteger', 'iif', 'intersect', 'combine', 'union', 'exclude', 'descendants', 'children', 'trace', 'ofType', 'is', 'as',
] as const;

export interface Compiled {
  /** JS source of `(node, env) => boolean | undefined`. */
  source: string;
}

/**
 * Compiles one constraint. `contextTypes` are the types of the element the constraint sits on
 * (several for a choice element); `resourceType` is the resource the element belongs to, if any.
 */
export function compileConstraint(expression: string, contextTypes: string[], resourceType: string | undefined, model: Model): Compiled {
  if (/\bresolve\s*\(/.test(expression)) throw new Unsupported('function resolve(): needs the referenced resources');
  const ast = parse(expression);
  const compiler = new Generator(model, contextTypes, resourceType);
  const out = compiler.gen(ast, { focus: 'T', types: contextTypes });
  const result = compiler.asBool(out);
  // Subexpressions that do not depend on an iteration variable are computed once, when first needed.
  // (Those that nothing reads any more, replaced by a walk for a membership test, are left out.)
  // Each is read where it is used as `(cN ??= <code>)`: no closure is made on each evaluation.
  const inline = (code: string): string => code.replace(/\bh(\d+)\(\)/g, (_, index: string) => `(c${index} ??= ${inline(compiler.hoisted[Number(index)]!)})`);
  const inlined = inline(result);
  const memos = compiler.hoisted.map((_, index) => (new RegExp(`\\bc${index}\\b`).test(inlined) ? `let c${index}; ` : '')).join('');
  // The left operands of and / or / implies, kept while the right one is computed.
  const temps = compiler.temps > 0 ? `let ${Array.from({ length: compiler.temps }, (_, index) => `t${index}: R.Bool`).join(', ')}; ` : '';
  const body = `${temps}${memos}return ${inlined};`;
  const test = `(n, e) => { ${/\bT\b/.test(body) ? 'const T = [n]; ' : ''}${body} }`;
  if (compiler.literals.length === 0 && compiler.walkOf.size === 0) return { source: test };
  const walks = Array.from({ length: compiler.walkOf.size }, (_, index) => `const w${index} = new R.DescendantsNavWalk();`);
  const literals = [...compiler.literals.map((code, index) => `const k${index}: R.Coll = ${code};`), ...walks].join(' ');
  return { source: `(() => { ${literals} return ${test}; })()` };
}

/** Operators whose result is a boolean (three-valued). */
const LOGICAL_OPERATORS = new Set(['and', 'or', 'xor', 'implies', '=', '!=', '<', '<=', '>', '>=', 'in', 'contains']);

interface Scope {
  /** JS expression of the focus collection (`$this` for names without a target). */
  focus: string;
  types: Types;
}

class Generator {
  private lambdas = 0;
  /** Temporaries t<i> the boolean operators use (one each, declared at the top of the test). */
  temps = 0;
  /** Nesting depth of iteration lambdas (where, select, all, exists(criteria)) being generated. */
  private inLambda = 0;
  /** Lambda-invariant collection expressions, emitted as memoised getters `h<i>()`. */
  readonly hoisted: string[] = [];
  private readonly hoistedIndex = new Map<string, number>();

  private readonly model: Model;
  private readonly contextTypes: string[];
  private readonly resourceType: string | undefined;

  constructor(model: Model, contextTypes: string[], resourceType: string | undefined) {
    this.model = model;
    this.contextTypes = contextTypes;
    this.resourceType = resourceType;
  }

  /** Literal collections, made once when the module loads (the run-time helpers never change their inputs). */
  readonly literals: string[] = [];
  /** The walks made (`w0`...), each a DescendantsNavWalk of the compiled test's own, by the descendantsNav call they stand for. */
  readonly walkOf = new Map<string, string>();

  private literal(code: string): string {
    let index = this.literals.indexOf(code);
    if (index < 0) index = this.literals.push(code) - 1;
    return `k${index}`;
  }

  asBool(out: Out): string {
    return out.bool ?? `R.bool(${out.code})`;
  }

  private boolOut(code: string): Out {
    return { code: `R.coll(${code})`, types: ['boolean'], bool: code };
  }

  private member(target: Out, name: string): Out {
    const types = target.types;
    if (types === undefined) return { code: `R.navAny(${target.code}, ${JSON.stringify(name)})`, types: undefined };
    const found: string[] = [];
    let choice = false;
    let known = false;
    for (const type of types) {
      const element = this.model.element(type, name);
      if (element) {
        known = true;
        choice ||= element.choice;
        found.push(...element.types);
      }
    }
    if (!known) throw new Unsupported(`no element ${name} on ${types.join('|')}`);
    const node = choice ? undefined : this.direct(target, name);
    // Only a primitive has a `_name` twin (json.html#primitive); an element of complex type is read without looking for one.
    const complex = found.every((type) => /^[A-Z]/.test(type));
    const twin = complex ? 'undefined' : `${node}._${name}`;
    if (node) return { code: `R.own(${node}.${name}, ${twin})`, types: [...new Set(found)], own: [`${node}.${name}`, twin] };
    if (choice) return { code: `R.navChoice(${target.code}, ${JSON.stringify(name)})`, types: [...new Set(found)] };
    // Below an element of a single node (`n.text.div`, `x0.resource.meta`): from its value.
    if (target.own) return { code: `R.${complex ? 'navObject' : 'nav'}Own(${target.own.join(', ')}, ${JSON.stringify(name)})`, types: [...new Set(found)] };
    return { code: `R.${complex ? 'navObject' : 'nav'}(${target.code}, ${JSON.stringify(name)})`, types: [...new Set(found)] };
  }

  /**
   * The variable holding the single node whose element can be read as a property written out
   * (`n.reference`), if there is one: each such read has its own inline cache, where a shared
   * helper reading `item[name]` sees every name and shape. The context node (`T` is `[n]`) and
   * the item of an iteration (`[x0]`), when its types are all complex types or backbone elements
   * (objects, never primitives) and the name is no property every object inherits.
   */
  private direct(target: Out, name: string): string | undefined {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name) || name in Object.prototype) return undefined;
    const item = /^\[(x\d+)\]$/.exec(target.code)?.[1];
    const node = target.code === 'T' ? 'n' : item;
    const types = target.code === 'T' ? this.contextTypes : target.types;
    if (!node || !types || types.length === 0) return undefined;
    // A resource as the context node is an object too (the constraints of DomainResource, dom-2..6).
    const resource = (type: string) => (type === 'Resource' || type === 'DomainResource') && target.code !== 'T';
    return types.every((type) => PRIMITIVE_KIND[type] === undefined && !/^[a-z]/.test(type) && !resource(type)) ? node : undefined;
  }

  private lambda(target: Out, body: Node, scope: Scope): { param: string; code: (out: (o: Out) => string) => string } {
    const param = `x${this.lambdas++}`;
    const inner: Scope = { focus: `[${param}]`, types: target.types };
    void scope;
    return {
      param,
      code: (wrap) => {
        this.inLambda++;
        try {
          return `(${param}: any) => ${wrap(this.gen(body, inner))}`;
        } finally {
          this.inLambda--;
        }
      },
    };
  }

  gen(node: Node, scope: Scope): Out {
    const out = this.genRaw(node, scope);
    // Inside an iteration, a path or call that does not use the iteration variable (x<n>) is the
    // same for every item: `%resource.descendants()` in dom-3 is computed once, not per contained resource.
    // So is a comparison or a boolean operation on such paths (`%resource.type = 'batch' or ...` in
    // bdl-3): it is kept as its collection, and read as a boolean from there.
    const logical = node.t === 'bin' && LOGICAL_OPERATORS.has(node.op) && out.bool !== undefined;
    if (this.inLambda > 0 && (node.t === 'member' || node.t === 'call' || (node.t === 'bin' && node.op === '|') || logical) && !/\bx\d+\b/.test(out.code) && out.code.length > 24 && !out.code.startsWith('h')) {
      let index = this.hoistedIndex.get(out.code);
      if (index === undefined) {
        index = this.hoisted.push(out.code) - 1;
        this.hoistedIndex.set(out.code, index);
      }
      return logical ? { ...out, code: `h${index}()`, bool: `R.bool(h${index}())`, own: undefined } : { ...out, code: `h${index}()`, own: undefined };
    }
    return out;
  }

  private genRaw(node: Node, scope: Scope): Out {
    switch (node.t) {
      case 'lit':
        if (node.v === null) return { code: 'R.EMPTY', types: [] };
        if (typeof node.v === 'boolean') return { code: this.literal(`[${node.v}]`), types: ['boolean'], bool: String(node.v) };
        return { code: this.literal(`[${JSON.stringify(node.v)}]`), types: [typeof node.v === 'number' ? 'decimal' : 'string'] };
      case 'this':
        return { code: scope.focus, types: scope.types };
      case 'var':
        switch (node.name) {
          case 'ucum':
            return { code: this.literal('[R.UCUM]'), types: ['uri'] };
          case 'resource':
            return { code: '[e.resource]', types: this.resourceType ? [this.resourceType] : undefined };
          case 'rootResource':
            return { code: '[e.rootResource]', types: undefined };
          case 'context':
            return { code: 'T', types: this.contextTypes };
          default:
            throw new Unsupported(`variable %${node.name}`);
        }
      case 'member': {
        // `x.descendants().name`: the names below x, without building every descendant first.
        if (node.target?.t === 'call' && node.target.name === 'descendants' && node.target.args.length === 0) {
          const base: Out = node.target.target ? this.gen(node.target.target, scope) : { code: scope.focus, types: scope.types };
          return { code: `R.descendantsNav(${base.code}, ${JSON.stringify(node.name)})`, types: undefined };
        }
        if (node.target === undefined) {
          // A leading type name is the context itself (`Appointment.status` on Appointment).
          if (scope.focus === 'T' && scope.types?.length === 1 && node.name === scope.types[0]) return { code: scope.focus, types: scope.types };
          return this.member({ code: scope.focus, types: scope.types }, node.name);
        }
        return this.member(this.gen(node.target, scope), node.name);
      }
      case 'index': {
        const target = this.gen(node.e, scope);
        const index = this.gen(node.i, scope);
        return { code: `((c, i) => i.length === 1 && typeof i[0] === 'number' && i[0] < c.length ? [c[i[0]]] : R.EMPTY)(${target.code}, ${index.code})`, types: target.types };
      }
      case 'neg': {
        const inner = this.gen(node.e, scope);
        return { code: `R.minus([0], ${inner.code})`, types: inner.types };
      }
      case 'type':
        return this.typeOp(node.op, node.e, node.type, scope);
      case 'bin':
        return this.binary(node.op, node.l, node.r, scope);
      case 'call':
        return this.call(node, scope);
    }
  }

  /** `x is T` / `x as T`: a choice element compiles to its typed property; resources by resourceType. */
  private typeOp(op: 'is' | 'as' | 'ofType', expression: Node, type: string, scope: Scope): Out {
    if (expression.t === 'member') {
      const target: Out = expression.target ? this.gen(expression.target, scope) : { code: scope.focus, types: scope.types };
      const owner = target.types;
      if (owner) {
        const element = owner.map((t) => this.model.element(t, expression.name)).find((found) => found !== undefined);
        if (element?.choice) {
          const property = expression.name + type.charAt(0).toUpperCase() + type.slice(1);
          const narrowed = { code: `R.nav(${target.code}, ${JSON.stringify(property)})`, types: [type] };
          if (op === 'is') return this.boolOut(`(${narrowed.code}.length === 1 ? true : (${narrowed.code}.length === 0 ? (R.navChoice(${target.code}, ${JSON.stringify(expression.name)}).length === 1 ? false : undefined) : undefined))`);
          return narrowed;
        }
      }
    }
    const subject = this.gen(expression, scope);
    let filtered: string;
    if (this.model.isResource(type) || type === 'Resource' || type === 'DomainResource') {
      filtered = type === 'Resource' || type === 'DomainResource' ? `${subject.code}.filter((r) => typeof r === 'object' && r !== null && typeof r.resourceType === 'string')` : `R.ofResourceType(${subject.code}, ${JSON.stringify(type)})`;
    } else if (PRIMITIVE_KIND[type]) {
      // A primitive kind is only decidable from the JSON when the static type says which.
      if (subject.types && subject.types.every((t) => PRIMITIVE_KIND[t] !== undefined)) {
        filtered = subject.types.includes(type) ? subject.code : 'R.EMPTY';
      } else {
        filtered = `R.ofPrimitive(${subject.code}, ${JSON.stringify(PRIMITIVE_KIND[type])})`;
      }
    } else if (subject.types && subject.types.length === 1 && subject.types[0] === type) {
      filtered = subject.code;
    } else {
      throw new Unsupported(`type test ${op} ${type}`);
    }
    if (op === 'is') return this.boolOut(`((c, f) => c.length === 1 ? f.length === 1 : undefined)(${subject.code}, ${filtered})`);
    return { code: filtered, types: [type] };
  }

  /**
   * `item in collection`. Membership in a union (`a | b | c`) is membership in any of its parts:
   * the parts are tested one by one, without building the union and removing its duplicates.
   */
  private membership(item: Node, collection: Node, scope: Scope): Out {
    const parts: Node[] = [];
    const flatten = (node: Node) => {
      if (node.t === 'bin' && node.op === '|') {
        flatten(node.l);
        flatten(node.r);
      } else {
        parts.push(node);
      }
    };
    flatten(collection);
    const subject = this.gen(item, scope).code;
    if (parts.length === 1) return this.boolOut(`R.inColl(${subject}, ${this.gen(parts[0]!, scope).code})`);
    const codes = [...new Set(parts.map((part) => this.walkedAsFarAsNeeded(this.gen(part, scope).code)))];
    return this.boolOut(`R.inAny(${subject}, [${codes.map((code) => `() => ${code}`).join(', ')}])`);
  }

  /**
   * A part of a membership test that is `descendants().name` (hoisted or not): a walk that goes
   * only as far as the test needs (R.DescendantsNavWalk), kept like any hoisted value when it does
   * not depend on the iteration.
   */
  private walkedAsFarAsNeeded(code: string): string {
    const hoisted = /^h(\d+)\(\)$/.exec(code);
    const source = hoisted ? this.hoisted[Number(hoisted[1])]! : code;
    if (!source.startsWith('R.descendantsNav(')) return code;
    // One walk object for these arguments, started again for each evaluation (DescendantsNavWalk.start).
    let walk = this.walkOf.get(source);
    if (walk === undefined) {
      walk = `w${this.walkOf.size}.start(${source.slice('R.descendantsNav('.length)}`;
      this.walkOf.set(source, walk);
    }
    if (!hoisted) return walk;
    let index = this.hoistedIndex.get(walk);
    if (index === undefined) {
      index = this.hoisted.push(walk) - 1;
      this.hoistedIndex.set(walk, index);
    }
    return `h${index}()`;
  }

  /** `(t = <left>) === <decides> ? <result> : R.<then>(t, <right>)`. */
  private shortCircuit(left: Out, right: () => Out, decides: 'true' | 'false', result: 'true' | 'false', then: string): Out {
    const temp = `t${this.temps++}`;
    return this.boolOut(`((${temp} = ${this.asBool(left)}) === ${decides} ? ${result} : R.${then}(${temp}, ${this.asBool(right())}))`);
  }

  private binary(op: string, l: Node, r: Node, scope: Scope): Out {
    const left = () => this.gen(l, scope);
    const right = () => this.gen(r, scope);
    switch (op) {
      // Three-valued and / or / implies, the right operand computed only when the left one does not decide (no closure).
      case 'and':
        return this.shortCircuit(left(), right, 'false', 'false', 'andThen');
      case 'or':
        return this.shortCircuit(left(), right, 'true', 'true', 'orThen');
      case 'xor':
        return this.boolOut(`R.xor(${this.asBool(left())}, ${this.asBool(right())})`);
      case 'implies':
        return this.shortCircuit(left(), right, 'false', 'true', 'impliesThen');
      case '=':
      case '!=': {
        const a = left();
        const b = right();
        // Two booleans (`request.exists() = (type = 'batch' or ...)`, bdl-3): compared as values, not as collections.
        if (a.bool !== undefined && b.bool !== undefined) return this.boolOut(`R.${op === '=' ? 'eqBool' : 'neBool'}(${a.bool}, ${b.bool})`);
        if (a.own) return this.boolOut(`R.${op === '=' ? 'eqOwn' : 'neOwn'}(${a.own.join(', ')}, ${b.code})`);
        return this.boolOut(`R.${op === '=' ? 'eq' : 'ne'}(${a.code}, ${b.code})`);
      }
      case '<':
      case '<=':
      case '>':
      case '>=':
      {
        const a = left();
        const b = right();
        if (a.own && b.own) return this.boolOut(`R.compareOwn(${a.own.join(', ')}, ${b.own.join(', ')}, '${op}')`);
        return this.boolOut(`R.compare(${a.code}, ${b.code}, '${op}')`);
      }
      case 'in':
        return this.membership(l, r, scope);
      case 'contains':
        return this.membership(r, l, scope);
      case '|': {
        const a = left();
        const b = right();
        return { code: `R.union(${a.code}, ${b.code})`, types: a.types && b.types ? [...new Set([...a.types, ...b.types])] : undefined };
      }
      case '+': {
        const a = left();
        return { code: `R.plus(${a.code}, ${right().code})`, types: a.types };
      }
      case '-': {
        const a = left();
        return { code: `R.minus(${a.code}, ${right().code})`, types: a.types };
      }
      case '&': {
        // Each side's text read straight from an element of a single node, without its collection.
        const text = (side: Out) => (side.own ? `R.ownText(${side.own.join(', ')})` : `R.concatText(${side.code})`);
        return { code: `R.concatTexts(${text(left())}, ${text(right())})`, types: ['string'] };
      }
      default:
        throw new Unsupported(`operator ${op}`);
    }
  }

  /**
   * `a.b.exists()` without building the collection: `R.has(<a>, 'b')` (or R.hasChoice) when the
   * last step is a plain element name.
   */
  private presence(target: Node | undefined, scope: Scope): string | undefined {
    if (!target || target.t !== 'member') return undefined;
    const owner: Out = target.target ? this.gen(target.target, scope) : { code: scope.focus, types: scope.types };
    const member = this.member(owner, target.name);
    if (member.code.startsWith('R.own(')) return `R.ownExists(${member.code.slice('R.own('.length)}`;
    if (member.code.startsWith('R.navChoice(')) {
      // On the context node or an iteration's item: its properties for the element's types, each
      // read written out (valueQuantity, valueString and _valueString...).
      const node = this.direct(owner, target.name);
      if (node && member.types) {
        const keys = member.types.map((type) => {
          const key = `${target.name}${type[0]!.toUpperCase()}${type.slice(1)}`;
          return `R.ownExists(${node}.${key}, ${/^[a-z]/.test(type) ? `${node}._${key}` : 'undefined'})`;
        });
        return `(${keys.join(' || ')})`;
      }
      return `R.hasChoice(${owner.code}, ${JSON.stringify(target.name)})`;
    }
    if (/^R\.nav(?:Object)?(?:Own)?\(/.test(member.code)) {
      return owner.own ? `R.hasOwn(${owner.own.join(', ')}, ${JSON.stringify(target.name)})` : `R.has(${owner.code}, ${JSON.stringify(target.name)})`;
    }
    return undefined;
  }

  private call(node: Extract<Node, { t: 'call' }>, scope: Scope): Out {
    const target: Out = node.target ? this.gen(node.target, scope) : { code: scope.focus, types: scope.types };
    const args = node.args;
    const arg = (index: number) => this.gen(args[index]!, scope);
    const arity = (...counts: number[]) => {
      if (!counts.includes(args.length)) throw new Unsupported(`${node.name} with ${args.length} arguments`);
    };
    switch (node.name) {
      case 'exists':
        arity(0, 1);
        if (args.length === 1) {
          const test = this.lambda(target, args[0]!, scope);
          return this.boolOut(`R.where(${target.code}, ${test.code((o) => this.asBool(o))}).length > 0`);
        }
        return this.boolOut(this.presence(node.target, scope) ?? `${target.code}.length > 0`);
      case 'empty': {
        arity(0);
        const present = this.presence(node.target, scope);
        return this.boolOut(present ? `!${present}` : `${target.code}.length === 0`);
      }
      case 'not':
        arity(0);
        return this.boolOut(`R.not(${this.asBool(target)})`);
      case 'count':
        arity(0);
        return { code: `[${target.code}.length]`, types: ['integer'] };
      case 'hasValue':
        arity(0);
        return this.boolOut(target.own ? `R.hasValueOwn(${target.own.join(', ')})` : `R.hasValue(${target.code})`);
      case 'where': {
        arity(1);
        const test = this.lambda(target, args[0]!, scope);
        return { code: `R.where(${target.code}, ${test.code((o) => this.asBool(o))})`, types: target.types };
      }
      case 'select': {
        arity(1);
        const param = `x${this.lambdas++}`;
        this.inLambda++;
        let inner: Out;
        try {
          inner = this.gen(args[0]!, { focus: `[${param}]`, types: target.types });
        } finally {
          this.inLambda--;
        }
        return { code: `R.select(${target.code}, (${param}: any) => ${inner.code})`, types: inner.types };
      }
      case 'all': {
        arity(1);
        const test = this.lambda(target, args[0]!, scope);
        return this.boolOut(`R.all(${target.code}, ${test.code((o) => this.asBool(o))})`);
      }
      case 'allTrue':
        arity(0);
        return this.boolOut(`R.allTrue(${target.code})`);
      case 'allFalse':
        arity(0);
        return this.boolOut(`R.allFalse(${target.code})`);
      case 'first':
        arity(0);
        return { code: `R.first(${target.code})`, types: target.types };
      case 'last':
        arity(0);
        return { code: `${target.code}.slice(-1)`, types: target.types };
      case 'tail':
        arity(0);
        return { code: `R.tail(${target.code})`, types: target.types };
      case 'isDistinct':
        arity(0);
        // `a.select(b).isDistinct()` (bdl-7) looks at each value as select makes it.
        if (node.target?.t === 'call' && node.target.name === 'select' && target.code.startsWith('R.select(')) return this.boolOut(`R.selectIsDistinct(${target.code.slice('R.select('.length)}`);
        return this.boolOut(`R.isDistinct(${target.code})`);
      case 'distinct':
        arity(0);
        return { code: `R.distinct(${target.code})`, types: target.types };
      case 'startsWith':
        arity(1);
        return this.boolOut(target.own ? `R.startsWithOwn(${target.own.join(', ')}, ${arg(0).code})` : `R.startsWith(${target.code}, ${arg(0).code})`);
      case 'endsWith':
        arity(1);
        return this.boolOut(target.own ? `R.endsWithOwn(${target.own.join(', ')}, ${arg(0).code})` : `R.endsWith(${target.code}, ${arg(0).code})`);
      case 'contains':
        arity(1);
        return this.boolOut(target.own ? `R.containsTextOwn(${target.own.join(', ')}, ${arg(0).code})` : `R.containsText(${target.code}, ${arg(0).code})`);
      case 'substring':
        arity(1, 2);
        return { code: `R.substring(${target.code}, ${arg(0).code}${args.length === 2 ? `, ${arg(1).code}` : ''})`, types: ['string'] };
      case 'matches': {
        arity(1);
        const pattern = args[0]!;
        if (pattern.t !== 'lit' || typeof pattern.v !== 'string') throw new Unsupported('matches with a computed pattern');
        new RegExp(pattern.v, 's'); // the pattern must be a JS regex too
        return this.boolOut(`R.matches(${target.code}, ${JSON.stringify(pattern.v)})`);
      }
      case 'replaceMatches': {
        arity(2);
        const pattern = args[0]!;
        if (pattern.t !== 'lit' || typeof pattern.v !== 'string') throw new Unsupported('replaceMatches with a computed pattern');
        return { code: `R.replaceMatches(${target.code}, ${JSON.stringify(pattern.v)}, ${arg(1).code})`, types: ['string'] };
      }
      case 'length':
        arity(0);
        return { code: `R.length(${target.code})`, types: ['integer'] };
      case 'toString':
        arity(0);
        return { code: `R.toString(${target.code})`, types: ['string'] };
      case 'toInteger':
        arity(0);
        return { code: `R.toInteger(${target.code})`, types: ['integer'] };
      case 'iif': {
        arity(2, 3);
        const condition = this.gen(args[0]!, { focus: target.code, types: target.types });
        const then = this.gen(args[1]!, { focus: target.code, types: target.types });
        const otherwise = args[2] ? this.gen(args[2], { focus: target.code, types: target.types }) : { code: 'R.EMPTY', types: [] };
        return { code: `R.iif(${this.asBool(condition)}, () => ${then.code}, () => ${otherwise.code})`, types: undefined };
      }
      case 'intersect':
      case 'combine':
      case 'union':
      case 'exclude': {
        arity(1);
        const other = arg(0);
        return { code: `R.${node.name}(${target.code}, ${other.code})`, types: target.types && other.types ? [...new Set([...target.types, ...other.types])] : undefined };
      }
      case 'descendants':
        arity(0);
        return { code: `R.descendants(${target.code})`, types: undefined };
      case 'children':
        arity(0);
        return { code: `R.children(${target.code})`, types: undefined };
      case 'trace':
        return target;
      case 'ofType':
      case 'as':
      case 'is': {
        arity(1);
        const typeArg = args[0]!;
        if (typeArg.t !== 'member' || typeArg.target !== undefined) throw new Unsupported(`${node.name} with a computed type`);
        const subject: Node = node.target ?? { t: 'this' };
        if (node.name === 'ofType') return this.typeOp('as', subject, typeArg.name, scope);
        return this.typeOp(node.name, subject, typeArg.name, scope);
      }
      default:
        throw new Unsupported(`function ${node.name}()`);
    }
  }
}

// -- guards ---------------------------------------------------------------------------------------

/**
 * What an expression is known to evaluate to when some elements of its context node are absent:
 * the empty collection, true, false, the context node itself, or not known.
 */
type Known = 'empty' | 'true' | 'false' | 'context' | 'unknown';

/** Functions whose result is empty when their input is (fhirpath N1: "if the input collection is empty, the result is empty"). */
const EMPTY_IN_EMPTY_OUT = new Set([
  'where', 'select', 'first', 'last', 'tail', 'distinct', 'descendants', 'children', 'trace', 'ofType', 'as', 'is', 'substring', 'startsWith',
  'endsWith', 'contains', 'matches', 'replaceMatches', 'length', 'toString', 'toInteger', 'intersect', 'exclude', 'not',
]);
/** Functions that are true on the empty collection. */
const TRUE_ON_EMPTY = new Set(['all', 'allTrue', 'allFalse', 'isDistinct', 'empty']);
/** Functions that are false on the empty collection. */
const FALSE_ON_EMPTY = new Set(['exists', 'hasValue']);
/** Functions whose argument is evaluated for each item of the input (its focus is not the context). */
const ITERATING = new Set(['where', 'select', 'all', 'exists']);

/**
 * Partial evaluation of an expression in which the elements `absent` of the context node are
 * empty. The three-valued logic of fhirpath N1 (#boolean-logic): `and` is false if either side is,
 * `or` true if either side is, `{} implies x` is true when x is, `false implies x` is true;
 * comparisons and arithmetic with an empty operand are empty.
 */
function known(node: Node, absent: ReadonlySet<string>, atContext: boolean, contextTypes: readonly string[]): Known {
  const focus: Known = atContext ? 'context' : 'unknown';
  const of = (child: Node, here = atContext) => known(child, absent, here, contextTypes);
  switch (node.t) {
    case 'lit':
      return node.v === null ? 'empty' : node.v === true ? 'true' : node.v === false ? 'false' : 'unknown';
    case 'this':
      return focus;
    case 'var':
      return node.name === 'context' ? 'context' : 'unknown';
    case 'member': {
      const target = node.target ? of(node.target) : focus;
      if (target === 'empty') return 'empty';
      if (target !== 'context') return 'unknown';
      // A leading type name is the context itself (`Appointment.status` on Appointment).
      if (!node.target && contextTypes.length === 1 && node.name === contextTypes[0]) return 'context';
      return absent.has(node.name) ? 'empty' : 'unknown';
    }
    case 'index':
    case 'neg':
      return of(node.e) === 'empty' ? 'empty' : 'unknown';
    case 'type':
      return of(node.e) === 'empty' ? 'empty' : 'unknown';
    case 'call': {
      const target = node.target ? of(node.target) : focus;
      if (node.name === 'iif' && !node.target) {
        const criterion = of(node.args[0]!);
        if (criterion === 'true') return of(node.args[1]!);
        if (criterion === 'false' || criterion === 'empty') return node.args[2] ? of(node.args[2]) : 'empty';
        return 'unknown';
      }
      if (node.name === 'not') return target === 'empty' ? 'empty' : target === 'true' ? 'false' : target === 'false' ? 'true' : 'unknown';
      if (target !== 'empty') return node.name === 'empty' && target === 'context' ? 'false' : 'unknown';
      if (TRUE_ON_EMPTY.has(node.name)) return 'true';
      if (FALSE_ON_EMPTY.has(node.name)) return 'false';
      if (EMPTY_IN_EMPTY_OUT.has(node.name) || ITERATING.has(node.name)) return 'empty';
      return 'unknown';
    }
    case 'bin': {
      const l = of(node.l);
      const r = of(node.r);
      const logical = (value: Known) => (value === 'context' ? 'unknown' : value);
      const [a, b] = [logical(l), logical(r)];
      switch (node.op) {
        case 'and':
          if (a === 'false' || b === 'false') return 'false';
          if (a === 'unknown' || b === 'unknown') return 'unknown';
          return a === 'true' && b === 'true' ? 'true' : 'empty';
        case 'or':
          if (a === 'true' || b === 'true') return 'true';
          if (a === 'unknown' || b === 'unknown') return 'unknown';
          return a === 'false' && b === 'false' ? 'false' : 'empty';
        case 'xor':
          if (a === 'empty' || b === 'empty') return 'empty';
          if (a === 'unknown' || b === 'unknown') return 'unknown';
          return a !== b ? 'true' : 'false';
        case 'implies':
          if (a === 'false' || b === 'true') return 'true';
          if (a === 'true') return b;
          if (a === 'empty') return b === 'false' || b === 'empty' ? 'empty' : 'unknown';
          return 'unknown';
        case '=':
        case '!=':
        case '<':
        case '<=':
        case '>':
        case '>=':
        case '+':
        case '-':
        case '*':
        case '/':
        case 'div':
        case 'mod':
          return l === 'empty' || r === 'empty' ? 'empty' : 'unknown';
        case 'in':
          return l === 'empty' ? 'empty' : 'unknown';
        case 'contains':
          return r === 'empty' ? 'empty' : 'unknown';
        case '|':
          return l === 'empty' && r === 'empty' ? 'empty' : 'unknown';
        default:
          return 'unknown';
      }
    }
  }
}

/** The element names an expression reads directly from its context node. */
function contextMembers(node: Node, atContext: boolean, out: Set<string>): void {
  switch (node.t) {
    case 'member':
      if (!node.target && atContext) out.add(node.name);
      else if (node.target) contextMembers(node.target, atContext, out);
      return;
    case 'call':
      if (node.target) contextMembers(node.target, atContext, out);
      for (const arg of node.args) contextMembers(arg, atContext && !ITERATING.has(node.name), out);
      return;
    case 'bin':
      contextMembers(node.l, atContext, out);
      contextMembers(node.r, atContext, out);
      return;
    case 'index':
      contextMembers(node.e, atContext, out);
      contextMembers(node.i, atContext, out);
      return;
    case 'neg':
    case 'type':
      contextMembers(node.e, atContext, out);
      return;
    default:
      return;
  }
}

/**
 * Elements of the context node without which the constraint holds, whatever else the node has:
 * one element if its absence alone makes the expression true (`contained` for dom-2..dom-5,
 * `dataAbsentReason` for obs-6), else all the elements it reads if their absence together does,
 * else none. A validator can skip the constraint on a node that has none of them.
 */
export function holdsWithout(expression: string, contextTypes: readonly string[]): string[] {
  const ast = parse(expression);
  const members = new Set<string>();
  contextMembers(ast, true, members);
  for (const name of members) if (known(ast, new Set([name]), true, contextTypes) === 'true') return [name];
  if (members.size > 0 && known(ast, members, true, contextTypes) === 'true') return [...members];
  return [];
}
