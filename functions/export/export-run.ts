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
import { ERRORS, errorFileKey, fileKey } from './export-files.ts';
import type { ExportJob, ExportJobs, OutputFile, PatientCounts } from './export-jobs.ts';
import { CONSENT_WINDOW } from './research-cohort.ts';
import type { ResearchCohort } from './research-cohort.ts';
import { passesTypeFilters } from './type-filters.ts';

/**
 * The patient loop of an export job, off the request path (the export worker): the cohort is read
 * from the chain as of the job's block; patients are taken one at a time, in a fixed order, each
 * with its own access decision (`research-consent`: the consent in force at that block, read for
 * CONSENT_WINDOW patients at once in one batch of calls). A patient's records are opened,
 * de-identified and serialised into that patient's lines by type, which are written as the
 * patient's part (export-files.ts, one object) before the job's checkpoint moves past the patient. While a
 * patient's lines are made, the previous patient's are written and the next patient's records are
 * read: the worker holds three patients at most, so memory stays bounded whatever the export's
 * size, and a crash loses at most the patient in progress, whose part the next run deletes before
 * it redoes that patient.
 *
 * For each patient and holder: the latest version (committed before the transaction time) of each
 * resource of the types asked for and allowed, newer than `_since`, passing the `_typeFilter`s; ids
 * and references scoped to the holder (as a cross-holder `$everything` shows them), then
 * de-identified; one audit entry per holder, recorded before any line is written. A Group export
 * keeps the patients whose de-identified Patient id is a member of the group; a kick-off naming
 * patients (`patient`), those it names.
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
  leaseSeconds: number;
  /** Stop (and leave the rest to the next run) once this returns true: the function is about to time out. */
  shouldYield?: () => boolean;
  /** Called once a patient's lines are made, and once its part is assembled into the files (the worker samples its heap there). */
  onPatient?: () => void;
}

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

/**
 * A holder's resource with its id and relative references scoped to the holder (unique across
 * holders). `ids` remembers the holder's scoped ids: a patient's resources name the same few
 * (the Patient, its Encounters) over and over.
 */
function scopedToHolder(resource: Resource, holder: string, ids: Map<string, string>): Resource {
  const scopedId = (id: string) => {
    let scoped = ids.get(id);
    if (scoped === undefined) ids.set(id, (scoped = holderScopedId(holder, id)));
    return scoped;
  };
  const scoped = rewriteReferences(resource, (reference) => {
    if (classifyReference(reference) !== 'relative') return undefined;
    const [type, id, ...history] = reference.split('/');
    return [type, scopedId(id!), ...history].join('/');
  }) as Resource;
  return { ...scoped, id: scopedId(resource.id!) };
}

function errorLine(text: string): string {
  return JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', details: { text } }] });
}

/** One patient's lines by type, and the error lines; nothing if the consent was not in force or nothing is to be exported. */
interface PatientLines {
  result: 'exported' | 'not-in-force' | 'empty';
  lines: Map<string, string[]>;
  errors: string[];
}

/** A patient's records as opened for the export: per holder, the latest entries wanted and the objects holding them. */
interface OpenedPatient {
  result?: 'not-in-force';
  holders: { holder: string; latest: ReturnType<typeof latestEntries>; opened: Map<string, ObjectEntry[] | undefined> }[];
}

/**
 * The reading half of a patient's export: the access decision, then per holder the catalog's object
 * items, the audit entry (before anything is read) and the sealed objects opened.
 */
async function openPatient(deps: ExportDeps, job: ExportJob, pseudonym: string, researchConsent: boolean): Promise<OpenedPatient> {
  const holders = researchConsent ? await holdersOf(deps.catalog, pseudonym) : [];
  const decision = decide(principalOf(job), { kind: 'export' }, { kind: 'person', pseudonym, holders }, { researchConsent });
  if (!decision.allowed) return { result: 'not-in-force', holders: [] };
  const permit: Permit = decision;
  const wanted = (type: string) => allowsType(permit, type) && (!job.types || job.types.includes(type));
  const before = Date.parse(job.transactionTime);
  const opened: OpenedPatient = { holders: [] };
  for (const { holder } of permit.partitions) {
    const objects = await deps.catalog.query<ObjectItem>(`p#${pseudonym}`, `obj#${holder}#`);
    const latest = latestEntries(objects, before, wanted);
    if (latest.size === 0) continue;
    await deps.audit.record([{ pseudonym, action: 'export', ...auditedDecision(permit), holder, resources: [...latest].map(([reference, where]) => `${reference}/_history/${where.version}`), requestId: job.jobId }]);
    const objectsOpened = new Map<string, ObjectEntry[] | undefined>();
    try {
      for (const objectKey of new Set([...latest.values()].map((where) => where.objectKey))) objectsOpened.set(objectKey, await deps.open(objectKey, pseudonym, holder));
    } catch (error) {
      if (error instanceof PatientErasedError) continue; // this holder erased its partition meanwhile
      throw error;
    }
    opened.holders.push({ holder, latest, opened: objectsOpened });
  }
  return opened;
}

/** Resources de-identified between two turns of the event loop (so that the next patient's reads go on meanwhile). */
const RESOURCES_PER_TURN = 250;

/** The making half: the opened records filtered, scoped to their holder, de-identified and serialised, by type. */
async function patientLines(job: ExportJob, opened: OpenedPatient, deidentify: (resource: Resource) => Resource, members: ReadonlySet<string> | undefined): Promise<PatientLines> {
  const lines = new Map<string, string[]>();
  const errors: string[] = [];
  if (opened.result) return { result: opened.result, lines, errors };
  const since = job.since ? Date.parse(job.since) : undefined;
  const patientIds: string[] = [];
  let made = 0;
  for (const { holder, latest, opened: objects } of opened.holders) {
    const ids = new Map<string, string>();
    for (const where of latest.values()) {
      const entry = objects.get(where.objectKey)?.[where.position];
      if (!entry) continue;
      if (since !== undefined && Date.parse(entry.lastUpdated) <= since) continue;
      if (!passesTypeFilters(job.typeFilters, entry.type, entry.resource as unknown as Record<string, unknown>, entry.lastUpdated)) continue;
      if (++made % RESOURCES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      let output: Resource;
      try {
        output = deidentify(scopedToHolder(entry.resource, holder, ids));
      } catch {
        // The error names the type only: the resource's id is the holder's and could be meaningful.
        errors.push(errorLine(`A ${entry.type} could not be de-identified and was left out`));
        continue;
      }
      if (output.resourceType === 'Patient') patientIds.push(output.id ?? '');
      const typeLines = lines.get(output.resourceType);
      if (typeLines) typeLines.push(JSON.stringify(output));
      else lines.set(output.resourceType, [JSON.stringify(output)]);
    }
  }
  if (members && !patientIds.some((id) => members.has(id))) return { result: 'empty', lines: new Map(), errors: [] };
  return { result: lines.size === 0 ? 'empty' : 'exported', lines, errors };
}

/**
 * Runs (or resumes) `job`, which the caller has claimed (its lease is in `job.leaseId`). Returns
 * how the run ended: completed; yielded (time is up: the lease is given back and the next run
 * resumes at the checkpoint); lost (the lease was taken over or the job cancelled); failed
 * (recorded on the job).
 */
export async function runExport(deps: ExportDeps, claimed: ExportJob): Promise<RunOutcome> {
  const job = { ...claimed };
  if (job.block === undefined) {
    await deps.jobs.fail(job, 'The export has no chain block to read consents at');
    return 'failed';
  }
  const block = job.block;
  const cohort = await deps.cohort.candidates(job.clientId, block);
  const deidentify = await deps.deidentify();
  // Who may be exported besides consenting: the group's members, the patients the kick-off named, or both.
  const inGroup = job.level === 'group' ? await deps.groupMembers(job) : undefined;
  const named = job.patientIds ? new Set(job.patientIds) : undefined;
  const members = inGroup && named ? new Set([...named].filter((id) => inGroup.has(id))) : (inGroup ?? named);
  const total = cohort.length;
  // `cursor` counts the patients done (their part written and counted).
  let next = job.cursor;
  const counts = { ...job.counts };
  const patients: PatientCounts = { ...job.patients };

  // The patient a crashed run was at may have its part written: it goes before the patient is redone.
  if (next < total) await deps.files.clearPatient(job.jobId, next);

  let window: { from: number; permitted: boolean[] } | undefined;
  const consentOf = async (index: number): Promise<boolean> => {
    if (!window || index < window.from || index >= window.from + window.permitted.length) {
      window = { from: index, permitted: await deps.cohort.permittedMany(cohort.slice(index, index + CONSENT_WINDOW), job.clientId, block) };
    }
    return window.permitted[index - window.from]!;
  };

  /** Writes a patient's part, counts its lines, and moves the checkpoint past the patient. False if the lease was lost. */
  const save = async (index: number, made: PatientLines): Promise<boolean> => {
    if (made.lines.size > 0 || made.errors.length > 0) await deps.files.putPart(job.jobId, index, made.errors.length > 0 ? new Map([...made.lines, [ERRORS, made.errors]]) : made.lines);
    for (const [type, typeLines] of made.lines) counts[type] = (counts[type] ?? 0) + typeLines.length;
    if (made.errors.length > 0) counts[ERRORS] = (counts[ERRORS] ?? 0) + made.errors.length;
    patients.considered++;
    if (made.result === 'exported') patients.exported++;
    else if (made.result === 'not-in-force') patients.notInForce++;
    else patients.empty++;
    const update = { cursor: index + 1, counts: { ...counts }, patients: { ...patients }, totalPatients: total };
    if (!(await deps.jobs.checkpoint(job, deps.leaseSeconds, update))) return false;
    Object.assign(job, update);
    return true;
  };

  // While a patient's lines are made, the previous patient's part and checkpoint are written and
  // the next patient's records are read.
  const opening = (index: number): Promise<OpenedPatient> | undefined => {
    if (index >= total) return undefined;
    const opened = (async () => openPatient(deps, job, cohort[index]!, await consentOf(index)))();
    opened.catch(() => undefined); // awaited (and so thrown) in turn; a run that stops first leaves it
    return opened;
  };
  let saving: Promise<boolean> | undefined;
  const saved = async () => (saving ? await saving : true);
  let reading = opening(next);
  try {
    while (next < total) {
      if (deps.shouldYield?.()) {
        if (!(await saved())) return 'lost';
        await deps.jobs.yieldLease(job);
        return 'yielded';
      }
      const opened = await reading!;
      reading = opening(next + 1);
      const made = await patientLines(job, opened, deidentify, members);
      deps.onPatient?.();
      if (!(await saved())) return 'lost';
      saving = save(next, made);
      next++;
    }
    if (!(await saved())) return 'lost';
  } catch (error) {
    await saving?.catch(() => undefined);
    throw error;
  }
  if (total === 0 && !(await deps.jobs.checkpoint(job, deps.leaseSeconds, { cursor: 0, counts, patients, totalPatients: 0 }))) return 'lost';

  const leading = job.ignored.map((ignored) => JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'not-supported', details: { text: ignored.text }, expression: [ignored.parameter] }] }));
  const types = Object.keys(counts).filter((type) => type !== ERRORS && (counts[type] ?? 0) > 0).sort();
  const assembled = await deps.files.assemble(job.jobId, types, (counts[ERRORS] ?? 0) > 0, leading, deps.onPatient);
  const output: OutputFile[] = types.map((type) => ({ type, key: fileKey(job.jobId, type), count: counts[type] ?? 0 }));
  const errorFile = assembled.errors ? { type: 'OperationOutcome', key: errorFileKey(job.jobId), count: (counts[ERRORS] ?? 0) + leading.length } : undefined;
  if (!(await deps.jobs.complete(job, output, errorFile))) return 'lost';
  await deps.files.deleteParts(job.jobId).catch(() => undefined);
  return 'completed';
}
