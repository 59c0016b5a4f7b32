/**
 * FHIR R4 JSON as a tree of typed elements, the shape the anonymizer's rules are evaluated on.
 *
 * Each element knows its FHIR type (from the R4 model that ships with the `fhirpath` package), its
 * element name as FHIRPath sees it (`value` for `valueQuantity`), and its children, including the
 * `id` and `extension` of primitives (the `_name` companions of FHIR JSON). Elements unknown to R4
 * and resource types unknown to R4 are rejected, as an R4 parser rejects them.
 */
import r4 from 'fhirpath/fhir-context/r4';

export type Primitive = string | number | boolean;

export interface ElementNode {
  /** The JSON property (`valueQuantity`). */
  readonly key: string;
  /** The element name as FHIRPath sees it (`value`). */
  readonly name: string;
  /** FHIR type: a resource type, a datatype (`HumanName`), a primitive (`date`), or `BackboneElement`. */
  readonly type: string;
  /** Where the children's types are looked up in the model (`HumanName`, `Patient.contact`). */
  readonly typePath: string;
  readonly parent: ElementNode | undefined;
  /** Position in a JSON array, or undefined for a single value. */
  readonly index: number | undefined;
  /** Whether R4 allows more than one (the element is written as a JSON array whatever the input did). */
  readonly repeating: boolean;
  readonly primitive: boolean;
  readonly resource: boolean;
  /** The original JSON of this element (objects only; primitives keep their value in `value`). */
  readonly source: unknown;
  value: Primitive | undefined;
  children: ElementNode[];
  visited: boolean;
}

export class FhirStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FhirStructureError';
  }
}

const model = r4 as unknown as {
  path2Type: Record<string, string>;
  choiceTypePaths: Record<string, string[]>;
  pathsDefinedElsewhere: Record<string, string>;
  path2Repeating: Record<string, boolean>;
  type2Parent: Record<string, string>;
};

/** `Observation.valueQuantity` → `value` for every choice element of R4. */
const choiceNames = new Map<string, string>();
for (const [path, types] of Object.entries(model.choiceTypePaths)) {
  const name = path.slice(path.lastIndexOf('.') + 1);
  for (const type of types) choiceNames.set(`${path}${type}`, name);
}

/** Resource types of R4: every type whose ancestry reaches Resource. */
export function isResourceType(type: string): boolean {
  let current: string | undefined = type;
  while (current) {
    if (current === 'Resource') return true;
    current = model.type2Parent[current];
  }
  return false;
}

/** Whether `type` is `ancestor` or derives from it (Patient → DomainResource → Resource). */
export function isTypeOrSubtype(type: string, ancestor: string): boolean {
  let current: string | undefined = type;
  while (current) {
    if (current === ancestor) return true;
    current = model.type2Parent[current];
  }
  return false;
}

export function isKnownType(type: string): boolean {
  return type in model.type2Parent || isPrimitiveType(type);
}

function isPrimitiveType(type: string): boolean {
  return type.startsWith('System.') || /^[a-z]/.test(type);
}

function primitiveTypeName(type: string, key: string, parentIsResource: boolean): string {
  if (!type.startsWith('System.')) return type;
  if (type === 'System.String') {
    if (key === 'url') return 'uri';
    if (key === 'id') return parentIsResource ? 'id' : 'string';
    return 'string';
  }
  return type.slice('System.'.length).toLowerCase();
}

interface ElementType {
  name: string;
  type: string;
  typePath: string;
  repeating: boolean;
  primitive: boolean;
}

const childTypes = new Map<string, Map<string, ElementType | null>>();

/** The type of element `key` under `parent`, from the model; cached per parent type path and key. */
function childType(parent: ElementNode, key: string): ElementType | undefined {
  let byKey = childTypes.get(parent.typePath);
  if (!byKey) {
    byKey = new Map();
    childTypes.set(parent.typePath, byKey);
  }
  let info = byKey.get(key);
  if (info === undefined) {
    info = lookupChildType(parent.typePath, key, parent.resource) ?? null;
    byKey.set(key, info);
  }
  return info ?? undefined;
}

function lookupChildType(parentPath: string, key: string, parentIsResource: boolean): ElementType | undefined {
  const path = `${parentPath}.${key}`;
  const declared = model.path2Type[path];
  if (declared === undefined) {
    // An element defined by reference to another (contentReference: QuestionnaireResponse.item.item).
    const elsewhere = model.pathsDefinedElsewhere[path];
    if (elsewhere === undefined) return undefined;
    return { name: key, type: 'BackboneElement', typePath: elsewhere, repeating: model.path2Repeating[path] ?? model.path2Repeating[elsewhere] === true, primitive: false };
  }
  const name = choiceNames.get(path) ?? key;
  const repeating = model.path2Repeating[path] === true;
  if (declared === 'BackboneElement' || declared === 'Element') {
    const own = model.pathsDefinedElsewhere[path] ?? path;
    return { name, type: 'BackboneElement', typePath: own, repeating, primitive: false };
  }
  if (isPrimitiveType(declared)) return { name, type: primitiveTypeName(declared, key, parentIsResource), typePath: declared, repeating, primitive: true };
  return { name, type: declared, typePath: declared, repeating, primitive: false };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the element tree of one resource (with its nested resources); throws FhirStructureError on non-R4 content. */
export function buildResourceTree(json: unknown): ElementNode {
  return buildResource(json, undefined, '', undefined, false);
}

/** Where an element is, for error messages: element names and positions only, never values. */
function locate(parent: ElementNode | undefined, key: string, index: number | undefined): string {
  const parts: string[] = [];
  if (key) parts.push(index === undefined ? key : `${key}[${index}]`);
  for (let node = parent; node; node = node.parent) {
    if (node.parent === undefined) parts.push(node.type);
    else parts.push(node.index === undefined ? node.key : `${node.key}[${node.index}]`);
  }
  return parts.reverse().join('.') || 'resource';
}

function buildResource(json: unknown, parent: ElementNode | undefined, key: string, index: number | undefined, repeating: boolean): ElementNode {
  if (!isObject(json) || typeof json.resourceType !== 'string') throw new FhirStructureError(`${locate(parent, key, index)} is not a FHIR resource`);
  const type = json.resourceType;
  if (!isResourceType(type) || type === 'Resource' || type === 'DomainResource') {
    throw new FhirStructureError(`${locate(parent, key, index)}: resourceType ${JSON.stringify(type).slice(0, 80)} is not an R4 resource type`);
  }
  const node = makeNode(key, key, type, type, parent, index, repeating, false, true, json);
  fillObject(node, json);
  return node;
}

function makeNode(
  key: string,
  name: string,
  type: string,
  typePath: string,
  parent: ElementNode | undefined,
  index: number | undefined,
  repeating: boolean,
  primitive: boolean,
  resource: boolean,
  source: unknown,
): ElementNode {
  return { key, name, type, typePath, parent, index, repeating, primitive, resource, source, value: undefined, children: [], visited: false };
}

function fillObject(node: ElementNode, json: Record<string, unknown>): void {
  const keys = Object.keys(json);
  let companions = false;
  for (const key of keys) {
    if (key.charCodeAt(0) === 95 /* _ */) {
      companions = true;
      break;
    }
  }
  for (const key of keys) {
    if (companions && key.charCodeAt(0) === 95) {
      const base = key.slice(1);
      if (!(base in json)) addElement(node, base, undefined, json[key]);
      continue;
    }
    if (node.resource && key === 'resourceType') continue;
    addElement(node, key, json[key], companions ? json[`_${key}`] : undefined);
  }
}

function addElement(node: ElementNode, key: string, value: unknown, companion: unknown): void {
  const info = childType(node, key);
  if (!info) throw new FhirStructureError(`${locate(node, key, undefined)} is not an element of ${node.typePath} in FHIR R4`);
  if (info.type === 'Resource') {
    if (Array.isArray(value)) value.forEach((item, i) => node.children.push(buildResource(item, node, key, i, info.repeating)));
    else node.children.push(buildResource(value, node, key, undefined, info.repeating));
    return;
  }
  if (!info.primitive) {
    if (companion !== undefined) throw new FhirStructureError(`${locate(node, `_${key}`, undefined)} is not allowed: ${key} is not a primitive element`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) addComplex(node, key, info, value[i], i);
    } else {
      addComplex(node, key, info, value, undefined);
    }
    return;
  }
  const isArray = Array.isArray(value) || Array.isArray(companion);
  if (!isArray) {
    addPrimitive(node, key, info, value, companion, undefined);
    return;
  }
  const values = Array.isArray(value) ? value : [];
  const companions = Array.isArray(companion) ? companion : [];
  const count = Math.max(values.length, companions.length);
  for (let i = 0; i < count; i++) addPrimitive(node, key, info, values[i], companions[i], i);
}

function addComplex(node: ElementNode, key: string, info: ElementType, item: unknown, index: number | undefined): void {
  if (!isObject(item)) throw new FhirStructureError(`${locate(node, key, index)} must be a JSON object`);
  const child = makeNode(key, info.name, info.type, info.typePath, node, index, info.repeating, false, false, item);
  fillObject(child, item);
  node.children.push(child);
}

function addPrimitive(node: ElementNode, key: string, info: ElementType, raw: unknown, extra: unknown, index: number | undefined): void {
  const child = makeNode(key, info.name, info.type, info.typePath, node, index, info.repeating, true, false, extra);
  if (raw !== undefined && raw !== null) {
    if (typeof raw === 'string') child.value = info.type === 'instant' ? canonicalInstant(raw) : raw;
    else if (typeof raw === 'number' || typeof raw === 'boolean') child.value = raw;
    else throw new FhirStructureError(`${locate(node, key, index)} must be a primitive value`);
  }
  if (extra !== undefined && extra !== null) {
    if (!isObject(extra)) throw new FhirStructureError(`${locate(node, `_${key}`, index)} must be a JSON object`);
    // The id and extensions of a primitive are its children, typed as those of Element.
    const element = makeNode(key, info.name, 'Element', 'Element', node, index, false, false, false, extra);
    fillObject(element, extra);
    for (const grandchild of element.children) {
      (grandchild as { parent: ElementNode | undefined }).parent = child;
      child.children.push(grandchild);
    }
  }
  node.children.push(child);
}

/** The node and its descendants in document order, not entering nested resources. */
export function selfAndDescendants(node: ElementNode, into: ElementNode[] = []): ElementNode[] {
  into.push(node);
  for (const child of node.children) if (!child.resource) selfAndDescendants(child, into);
  return into;
}

/** The nested resources directly under `node` (contained, Bundle entries, Parameters resources), at any depth above the next resource. */
export function nestedResources(node: ElementNode): ElementNode[] {
  const found: ElementNode[] = [];
  const visit = (current: ElementNode) => {
    for (const child of current.children) {
      if (child.resource) found.push(child);
      else visit(child);
    }
  };
  visit(node);
  return found;
}

/** The JSON of the current state of an element; undefined when nothing is left in it. */
export function toJson(node: ElementNode): unknown {
  if (node.primitive) return node.value;
  return objectJson(node.children, node.resource ? node.type : undefined);
}

function objectJson(children: readonly ElementNode[], resourceType: string | undefined): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (resourceType !== undefined) out.resourceType = resourceType;
  let primitiveArrays: string[] | undefined;
  let empty = true;
  for (const child of children) {
    const key = child.key;
    const isArray = child.repeating || child.index !== undefined;
    if (child.primitive) {
      const companion = child.children.length > 0 ? objectJson(child.children, undefined) : undefined;
      const value = child.value;
      if (value === undefined && companion === undefined) continue;
      empty = false;
      if (isArray) {
        let values = out[key] as unknown[] | undefined;
        if (!values) {
          values = [];
          out[key] = values;
          out[`_${key}`] = [];
          (primitiveArrays ??= []).push(key);
        }
        values.push(value ?? null);
        (out[`_${key}`] as unknown[]).push(companion ?? null);
      } else {
        if (value !== undefined) out[key] = value;
        if (companion !== undefined) out[`_${key}`] = companion;
      }
      continue;
    }
    const item = child.resource ? objectJson(child.children, child.type) : objectJson(child.children, undefined);
    if (item === undefined) continue;
    empty = false;
    if (isArray) {
      const items = out[key] as unknown[] | undefined;
      if (items) items.push(item);
      else out[key] = [item];
    } else {
      out[key] = item;
    }
  }
  for (const key of primitiveArrays ?? []) {
    if (!(out[key] as unknown[]).some((value) => value !== null)) delete out[key];
    if (!(out[`_${key}`] as unknown[]).some((value) => value !== null)) delete out[`_${key}`];
  }
  if (resourceType === undefined && empty) return undefined;
  return out;
}

/**
 * An instant as the anonymizer writes it back (a .NET DateTimeOffset): no trailing zeros in the
 * fraction of a second, and UTC as +00:00.
 */
export function canonicalInstant(value: string): string {
  return value.replace(/\.(\d*?)0+(?=Z$|[+-]\d{2}:\d{2}$|$)/, (_, digits: string) => (digits ? `.${digits}` : '')).replace(/Z$/, '+00:00');
}
