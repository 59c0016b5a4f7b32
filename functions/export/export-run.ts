import type { Resource } from 'fhir/r4.d.ts';
import { auditedDecision, allowsType, decide } from '../access/decide.ts';
import type { Permit } from '../access/decide.ts';
import type { ResearchSystem } from '../access/principal.ts';
import { parseScope } from '../access/smart-scopes.ts';
import type { SmartScope } from '../access/smart-scopes.ts';
import { classifyReference, rewriteReferences } from '../fhir/references.ts';
import { holderScopedId } from '../vault/read/vault-reader.ts';
import type { AuditLog } from '../vault/storage/audit-log.ts';
import type { Catalog, ObjectItem } from '../vault/storage/catalog.ts';
import { holdersOf } from '../vault/storage/catalog.ts';
import { PatientErasedError } from '../vault/storage/patient-keys.ts';
import type { ObjectEntry } from '../vault/storage/vault-objects.ts';
import type { ExportFiles } from './export-files.ts';
import { errorFileKey, errorPartKey, fileKey, partKey } from './export-files.ts';
import type { ExportJob, ExportJobs, OutputFile, PatientCounts } from './export-jobs.ts';
import type { ResearchCohort } from './research-cohort.ts';
import { passesTypeFilters } from './type-filters.ts';

/**
 * The patient loop of an export job, off the request path (the export worker): the cohort is read
 * from the chain as of the job's block; patients are taken one at a time, in a fixed order, each
 * with its own access decision (`research-consent`: the consent in force at that block), and the
 * lines of each checkpoint's patients are written as parts before the job's cursor moves past them.
 * Only one patient's records are open at once, and a chunk holds at most EXPORT_CHUNK_PATIENTS
 * patients or about CHUNK_BYTES of lines, so memory stays bounded whatever the export's size.
 *
 * For each patient and holder: the latest version (committed before the transaction time) of each
 * resource of the types asked for and allowed, newer than `_since`, passing the `_typeFilter`s; ids
 * and references scoped to the holder (as a cross-holder `$everything` shows them), then
 * de-identified; one audit entry per holder, recorded before any line is written. A Group export
 * keeps the patients whose de-identified Patient id is a member of the group.
 */

export interface ExportDeps {
  jobs: ExportJobs;
  files: ExportFiles;
  cohort: ResearchCohort;
  catalog: Catalog;
  audit: AuditLog;
  /** Opens a sealed vault object (ObjectEntry[]), or throws PatientErasedError. */
  open: (objectKey: string, pseudonym: string, holder: string) => Promise<ObjectEntry[] | undefined>;
  deidentify: () => Promise<(resource: Resource) => Resource>;
  /** Group members (de-identified Patient ids) of the job's group, when it is a Group export. */
  groupMembers: (job: ExportJob) => Promise<ReadonlySet<string>>;
  chunkPatients: number;
  leaseSeconds: number;
  /** Stop (and leave the rest to the next run) once this returns true: the function is about to time out. */
  shouldYield?: () => boolean;
}

/** About this much of lines makes a chunk full before its patient count does. */
export const CHUNK_BYTES = 8 * 1024 * 1024;

export type RunOutcome = 'completed' | 'yielded' | 'lost' | 'failed';

export function principalOf(job: ExportJob): ResearchSystem {
  return {
    kind: 'research',
    clientId: job.clientId,
    scopes: job.scopes.map(parseScope).filter((scope): scope is SmartScope => scope !== undefined),
    tokenId: job.jobId,
    purposeOfUse: job.purposeOfUse,
  };
}

/** The latest version of each wanted resource in one holder's objects of a patient, committed by `before`. */
function latestEntries(objects: readonly ObjectItem[], before: number, wanted: (type: string) => boolean): Map<string, { version: number; objectKey: string; position: number }> {
  const latest = new Map<string, { version: number; objectKey: string; position: number }>();
  for (const object of objects) {
    if (Date.parse(object.createdAt) > before) continue;
    object.entries.forEach((text, position) => {
      const slash = text.lastIndexOf('/');
      const reference = text.slice(0, slash);
      if (!wanted(reference.slice(0, reference.indexOf('/')))) return;
      const version = Number(text.slice(slash + 1));
      const known = latest.get(reference);
      if (!known || known.version < version) latest.set(reference, { version, objectKey: object.objectKey, position });
    });
  }
  return latest;
}

/** A holder's resource with its id and relative references scoped to the holder (unique across holders). */
function scopedToHolder(resource: Resource, holder: string): Resource {
  const scoped = rewriteReferences(resource, (reference) => {
    if (classifyReference(reference) !== 'relative') return undefined;
    const [type, id, ...history] = reference.split('/');
    return [type, holderScopedId(holder, id!), ...history].join('/');
  }) as Resource;
  return { ...scoped, id: holderScopedId(holder, resource.id!) };
}

function errorLine(text: string): string {
  return JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', details: { text } }] });
}

interface Chunk {
  lines: Map<string, string[]>;
  errors: string[];
  bytes: number;
  patients: number;
}

/** One patient's lines, by type; nothing if the consent was not in force or nothing is to be exported. */
async function exportPatient(deps: ExportDeps, job: ExportJob, pseudonym: string, deidentify: (resource: Resource) => Resource, members: ReadonlySet<string> | undefined, chunk: Chunk): Promise<'exported' | 'not-in-force' | 'empty'> {
  const researchConsent = await deps.cohort.permittedAt(pseudonym, job.clientId, job.block!);
  const holders = researchConsent ? await holdersOf(deps.catalog, pseudonym) : [];
  const decision = decide(principalOf(job), { kind: 'export' }, { kind: 'person', pseudonym, holders }, { researchConsent });
  if (!decision.allowed) return 'not-in-force';
  const permit: Permit = decision;
  const wanted = (type: string) => allowsType(permit, type) && (!job.types || job.types.includes(type));
  const before = Date.parse(job.transactionTime);
  const since = job.since ? Date.parse(job.since) : undefined;
  const lines = new Map<string, string[]>();
  const errors: string[] = [];
  const patientIds: string[] = [];
  for (const { holder } of permit.partitions) {
    const objects = await deps.catalog.query<ObjectItem>(`p#${pseudonym}`, `obj#${holder}#`);
    const latest = latestEntries(objects, before, wanted);
    if (latest.size === 0) continue;
    await deps.audit.record([{ pseudonym, action: 'export', ...auditedDecision(permit), holder, resources: [...latest].map(([reference, where]) => `${reference}/_history/${where.version}`), requestId: job.jobId }]);
    const opened = new Map<string, ObjectEntry[] | undefined>();
    try {
      for (const objectKey of new Set([...latest.values()].map((where) => where.objectKey))) opened.set(objectKey, await deps.open(objectKey, pseudonym, holder));
    } catch (error) {
      if (error instanceof PatientErasedError) continue; // this holder erased its partition meanwhile
      throw error;
    }
    for (const where of latest.values()) {
      const entry = opened.get(where.objectKey)?.[where.position];
      if (!entry) continue;
      if (since !== undefined && Date.parse(entry.lastUpdated) <= since) continue;
      if (!passesTypeFilters(job.typeFilters, entry.type, entry.resource as unknown as Record<string, unknown>, entry.lastUpdated)) continue;
      let output: Resource;
      try {
        output = deidentify(scopedToHolder(entry.resource, holder));
      } catch {
        // The error names the type only: the resource's id is the holder's and could be meaningful.
        errors.push(errorLine(`A ${entry.type} could not be de-identified and was left out`));
        continue;
      }
      if (output.resourceType === 'Patient') patientIds.push(output.id ?? '');
      const type = output.resourceType;
      lines.set(type, [...(lines.get(type) ?? []), JSON.stringify(output)]);
    }
  }
  if (members && !patientIds.some((id) => members.has(id))) return 'empty';
  if (lines.size === 0) {
    chunk.errors.push(...errors);
    return 'empty';
  }
  for (const [type, typeLines] of lines) {
    chunk.lines.set(type, [...(chunk.lines.get(type) ?? []), ...typeLines]);
    chunk.bytes += typeLines.reduce((sum, line) => sum + line.length + 1, 0);
  }
  chunk.errors.push(...errors);
  return 'exported';
}
/**
 * Runs (or resumes) `job`, which the caller has claimed (its lease is in `job.leaseId`). Returns
 * how the run ended: completed; yielded (time is up, the next run resumes at the checkpoint); lost
 * (the lease was taken over or the job cancelled); failed (recorded on the job).
 */
export async function runExport(deps: ExportDeps, claimed: ExportJob): Promise<RunOutcome> {
  const job = { ...claimed };
  if (job.block === undefined) {
    await deps.jobs.fail(job, 'The export has no chain block to read consents at');
    return 'failed';
  }
  const cohort = await deps.cohort.candidates(job.clientId, job.block);
  const deidentify = await deps.deidentify();
  const members = job.level === 'group' ? await deps.groupMembers(job) : undefined;
  const total = cohort.length;
  let next = job.patients.considered;
  let chunkIndex = job.cursor;
  const counts = { ...job.counts };
  const patients: PatientCounts = { ...job.patients };

  while (next < total) {
    if (deps.shouldYield?.()) return 'yielded';
    await deps.files.clearChunk(job.jobId, chunkIndex);
    const chunk: Chunk = { lines: new Map(), errors: [], bytes: 0, patients: 0 };
    while (next < total && chunk.patients < deps.chunkPatients && chunk.bytes < CHUNK_BYTES) {
      const result = await exportPatient(deps, job, cohort[next]!, deidentify, members, chunk);
      chunk.patients++;
      next++;
      patients.considered++;
      if (result === 'exported') patients.exported++;
      else if (result === 'not-in-force') patients.notInForce++;
      else patients.empty++;
    }
    for (const [type, lines] of chunk.lines) {
      await deps.files.put(partKey(job.jobId, chunkIndex, type), `${lines.join('\n')}\n`);
      counts[type] = (counts[type] ?? 0) + lines.length;
    }
    if (chunk.errors.length > 0) {
      await deps.files.put(errorPartKey(job.jobId, chunkIndex), `${chunk.errors.join('\n')}\n`);
      counts['$errors'] = (counts['$errors'] ?? 0) + chunk.errors.length;
    }
    chunkIndex++;
    if (!(await deps.jobs.checkpoint(job, deps.leaseSeconds, { cursor: chunkIndex, counts, patients, totalPatients: total }))) return 'lost';
    Object.assign(job, { cursor: chunkIndex, counts: { ...counts }, patients: { ...patients }, totalPatients: total });
  }
  if (total === 0 && !(await deps.jobs.checkpoint(job, deps.leaseSeconds, { cursor: chunkIndex, counts, patients, totalPatients: 0 }))) return 'lost';

  const leading = job.ignored.map((ignored) => JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'not-supported', details: { text: ignored.text }, expression: [ignored.parameter] }] }));
  const assembled = await deps.files.assemble(job.jobId, chunkIndex, leading);
  const output: OutputFile[] = assembled.types.map((type) => ({ type, key: fileKey(job.jobId, type), count: counts[type] ?? 0 }));
  const errorFile = assembled.errors ? { type: 'OperationOutcome', key: errorFileKey(job.jobId), count: (counts['$errors'] ?? 0) + leading.length } : undefined;
  if (!(await deps.jobs.complete(job, output, errorFile))) return 'lost';
  await deps.files.deleteParts(job.jobId).catch(() => undefined);
  return 'completed';
}
