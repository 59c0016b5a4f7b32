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
}

function childType(parent: ElementNode, key: string): ElementType | undefined {
  const path = `${parent.typePath}.${key}`;
  const declared = model.path2Type[path];
  if (declared === undefined) return undefined;
  const name = choiceNames.get(path) ?? key;
  const repeating = model.path2Repeating[path] === true;
  if (declared === 'BackboneElement' || declared === 'Element') {
    const own = model.pathsDefinedElsewhere[path] ?? path;
    return { name, type: 'BackboneElement', typePath: own, repeating };
  }
  if (isPrimitiveType(declared)) return { name, type: primitiveTypeName(declared, key, parent.resource), typePath: declared, repeating };
  return { name, type: declared, typePath: declared, repeating };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the element tree of one resource (with its nested resources); throws FhirStructureError on non-R4 content. */
export function buildResourceTree(json: unknown, where = 'resource'): ElementNode {
  return buildResource(json, undefined, '', undefined, false, where);
}

function buildResource(json: unknown, parent: ElementNode | undefined, key: string, index: number | undefined, repeating: boolean, where: string): ElementNode {
  if (!isObject(json) || typeof json.resourceType !== 'string') throw new FhirStructureError(`${where} is not a FHIR resource`);
  const type = json.resourceType;
  if (!isResourceType(type) || type === 'Resource' || type === 'DomainResource') throw new FhirStructureError(`${where}: resourceType ${JSON.stringify(type).slice(0, 80)} is not an R4 resource type`);
  const node = makeNode({ key, name: key, type, typePath: type, parent, index, repeating, primitive: false, resource: true, source: json });
  fillObject(node, json, where);
  return node;
}

function makeNode(fields: Omit<ElementNode, 'value' | 'children' | 'visited'>): ElementNode {
  return { ...fields, value: undefined, children: [], visited: false };
}

function fillObject(node: ElementNode, json: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(json)) {
    if (key === 'resourceType' && node.resource) continue;
    if (key.startsWith('_')) {
      const base = key.slice(1);
      if (!(base in json)) addPrimitive(node, base, undefined, value, where);
      continue;
    }
    addPrimitive(node, key, value, json[`_${key}`], where);
  }
}

function addPrimitive(node: ElementNode, key: string, value: unknown, companion: unknown, where: string): void {
  const info = childType(node, key);
  const path = `${where}.${key}`;
  if (!info) throw new FhirStructureError(`${path} is not an element of ${node.typePath} in FHIR R4`);
  if (info.type === 'Resource') {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      node.children.push(buildResource(item, node, key, Array.isArray(value) ? i : undefined, info.repeating, `${path}${Array.isArray(value) ? `[${i}]` : ''}`));
    });
    return;
  }
  const primitive = isPrimitiveType(info.typePath);
  if (!primitive) {
    if (companion !== undefined) throw new FhirStructureError(`${where}._${key} is not allowed: ${key} is not a primitive element`);
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      const at = `${path}${Array.isArray(value) ? `[${i}]` : ''}`;
      if (!isObject(item)) throw new FhirStructureError(`${at} must be a JSON object`);
      const child = makeNode({ ...info, key, parent: node, index: Array.isArray(value) ? i : undefined, primitive: false, resource: false, source: item });
      fillObject(child, item, at);
      node.children.push(child);
    });
    return;
  }
  const isArray = Array.isArray(value) || Array.isArray(companion);
  const values: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const companions: unknown[] = Array.isArray(companion) ? companion : companion === undefined ? [] : [companion];
  const count = Math.max(values.length, companions.length);
  for (let i = 0; i < count; i++) {
    const raw = values[i] ?? undefined;
    const extra = companions[i] ?? undefined;
    const at = `${path}${isArray ? `[${i}]` : ''}`;
    if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') throw new FhirStructureError(`${at} must be a primitive value`);
    const child = makeNode({ ...info, key, parent: node, index: isArray ? i : undefined, primitive: true, resource: false, source: extra });
    if (raw !== null && raw !== undefined) child.value = info.type === 'instant' && typeof raw === 'string' ? canonicalInstant(raw) : raw;
    if (extra !== undefined && extra !== null) {
      if (!isObject(extra)) throw new FhirStructureError(`${where}._${key} must be a JSON object`);
      const element = makeNode({ key, name: info.name, type: 'Element', typePath: 'Element', parent: node, index: undefined, repeating: false, primitive: false, resource: false, source: extra });
      fillObject(element, extra, `${where}._${key}`);
      for (const grandchild of element.children) child.children.push({ ...grandchild, parent: child });
    }
    node.children.push(child);
  }
}

/** The node and its descendants in document order, not entering nested resources. */
export function* selfAndDescendants(node: ElementNode): Generator<ElementNode> {
  yield node;
  for (const child of node.children) if (!child.resource) yield* selfAndDescendants(child);
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
  const out: Record<string, unknown> = {};
  if (node.resource) out.resourceType = node.type;
  const groups = new Map<string, ElementNode[]>();
  for (const child of node.children) {
    const group = groups.get(child.key);
    if (group) group.push(child);
    else groups.set(child.key, [child]);
  }
  for (const [key, members] of groups) {
    const isArray = members[0]!.repeating || members[0]!.index !== undefined;
    if (members[0]!.primitive) {
      const values: unknown[] = [];
      const companions: unknown[] = [];
      for (const member of members) {
        const companion = companionJson(member);
        if (member.value === undefined && companion === undefined) continue;
        values.push(member.value ?? null);
        companions.push(companion ?? null);
      }
      if (values.length === 0) continue;
      if (isArray) {
        if (values.some((v) => v !== null)) out[key] = values;
        if (companions.some((c) => c !== null)) out[`_${key}`] = companions;
      } else {
        if (values[0] !== null) out[key] = values[0];
        if (companions[0] !== null) out[`_${key}`] = companions[0];
      }
      continue;
    }
    const items = members.map((member) => toJson(member)).filter((item) => item !== undefined);
    if (items.length === 0) continue;
    out[key] = isArray ? items : items[0];
  }
  if (!node.resource && Object.keys(out).length === 0) return undefined;
  return out;
}

function companionJson(node: ElementNode): Record<string, unknown> | undefined {
  if (node.children.length === 0) return undefined;
  const holder: ElementNode = { ...node, primitive: false, resource: false };
  const json = toJson(holder) as Record<string, unknown> | undefined;
  return json;
}

/** An instant as the anonymizer writes it back: no trailing zeros in the fraction of a second. */
function canonicalInstant(value: string): string {
  return value.replace(/\.(\d*?)0+(?=Z|[+-]\d{2}:\d{2}$|$)/, (_, digits: string) => (digits ? `.${digits}` : ''));
}
