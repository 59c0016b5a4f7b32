import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Group } from 'fhir/r4.d.ts';
import { FHIR_ID } from '../fhir/references.ts';
import { badRequest } from '../fhir/outcomes.ts';

/**
 * Groups a research client defines for `GET [base]/Group/{id}/$export`: a cohort of the patients
 * it has seen in its exports, named by their de-identified Patient ids (the only ids it ever
 * gets). Kept per client in the jobs table (pk `group#<clientId>`, sk the group id), seen and
 * used only by that client. An actual Group of persons (`type: person`, `actual: true`) whose
 * members are `Patient/<id>` references; a member the client never saw matches nobody. A Group
 * export still exports only the members whose research consent is in force at its transaction time.
 */

const MAX_MEMBERS = 10_000;

export interface StoredGroup {
  id: string;
  members: string[];
  lastUpdated: string;
}

/** The members of a Group resource, checked (400 naming the element). */
export function groupMembers(body: unknown, id: string): string[] {
  const group = body as Partial<Group> | undefined;
  if (typeof group !== 'object' || group === null || group.resourceType !== 'Group') throw badRequest('The body must be a Group resource', 'Group');
  if (group.id !== undefined && group.id !== id) throw badRequest('Group.id must be the id in the URL', 'Group.id');
  if (group.type !== 'person') throw badRequest('An export group is a group of persons (type person)', 'Group.type');
  if (group.actual !== true) throw badRequest('An export group lists its members (actual true)', 'Group.actual');
  const members = group.member ?? [];
  if (!Array.isArray(members) || members.length > MAX_MEMBERS) throw badRequest(`Group.member must be an array of at most ${MAX_MEMBERS} members`, 'Group.member');
  return members.map((member, index) => {
    const reference = member?.entity?.reference;
    const match = typeof reference === 'string' ? /^Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(reference) : null;
    if (!match) throw badRequest('Each member is a Patient reference (Patient/{id}, an id from an export)', `Group.member[${index}].entity.reference`);
    return match[1]!;
  });
}

export class ExportGroups {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async put(clientId: string, id: string, members: readonly string[]): Promise<{ group: StoredGroup; created: boolean }> {
    if (!FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    const existing = await this.get(clientId, id);
    const group: StoredGroup = { id, members: [...new Set(members)], lastUpdated: new Date().toISOString() };
    await this.#db.send(new PutCommand({ TableName: this.#table, Item: { pk: `group#${clientId}`, sk: id, ...group } }));
    return { group, created: !existing };
  }

  async get(clientId: string, id: string): Promise<StoredGroup | undefined> {
    const { Item } = await this.#db.send(new GetCommand({ TableName: this.#table, Key: { pk: `group#${clientId}`, sk: id }, ConsistentRead: true }));
    return Item ? { id: String(Item['id']), members: (Item['members'] as string[]) ?? [], lastUpdated: String(Item['lastUpdated']) } : undefined;
  }
}

/** A stored group as the FHIR Group it was defined as. */
export function groupResource(group: StoredGroup): Group {
  return {
    resourceType: 'Group',
    id: group.id,
    meta: { lastUpdated: group.lastUpdated },
    type: 'person',
    actual: true,
    quantity: group.members.length,
    member: group.members.map((id) => ({ entity: { reference: `Patient/${id}` } })),
  };
}
