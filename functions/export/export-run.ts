import type { Resource } from 'fhir/r4.d.ts';
import { auditedDecision, allowsType, decide } from '../access/decide.ts';
import type { Permit } from '../access/decide.ts';
import type { ResearchSystem } from '../access/principal.ts';
import { parseScope } from '../access/smart-scopes.ts';
import type { SmartScope } from '../access/smart-scopes.ts';
import { classifyReference } from '../fhir/references.ts';
import { holderScope } from '../vault/read/vault-reader.ts';
import type { AuditEntry, AuditLog } from '../vault/storage/audit-log.ts';
import type { Catalog, ObjectItem } from '../vault/storage/catalog.ts';
import { PatientErasedError } from '../vault/storage/patient-keys.ts';
import type { ObjectEntry } from '../vault/storage/vault-objects.ts';
import type { ExportAssembly, ExportFiles } from './export-files.ts';
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
 * de-identified and serialised into that patient's lines by type; the lines of a few consecutive
 * patients (the first of a run alone, then up to PART_PATIENTS, or PART_LINE_BYTES of lines) are
 * written as one part (export-files.ts, one object) before the job's checkpoint moves past them;
 * a run that started the job hands each part, once checkpointed, to the files being written, so
 * the parts are only read back by a run that resumes a job. The work is pipelined: while a
 * patient's lines are made, the previous group's part and checkpoint are written, the next
 * READ_AHEAD patients' records are read, and the patients after them are planned PLAN_BATCH at a
 * time (consent, catalog query, audit entries: metadata only, no record). So the worker holds the
 * lines of at most PART_PATIENTS + 1 patients and the records of READ_AHEAD + 1, whatever the
 * export's size, and a crash
 * loses at most the group in progress, whose part the next run deletes before it redoes it.
 *
 * For each patient and holder: the latest version (committed before the transaction time) of each
 * resource of the types asked for and allowed, newer than `_since`, passing the `_typeFilter`s; ids
 * and references scoped to the holder (as a cross-holder `$everything` shows them), then
 * de-identified; one audit entry per holder, recorded before any of its records is read (a
 * batch's entries in one call, one batch ahead: a run that stops early may have logged reads it did
 * not get to, never the reverse). A Group export keeps the patients whose de-identified Patient id
 * is a member of the group; a kick-off naming patients (`patient`), those it names.
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

/** A holder's scoping of ids (holderScope) and what it has scoped so far. */
interface HolderScope {
  scope: (id: string) => string;
  ids: Map<string, string>;
  references: Map<string, string | null>;
}

/**
 * Scopes a holder's resource to the holder, in place (the resource was parsed for this export
 * alone): its id and relative references get the holder's prefix (unique across holders), as a
 * cross-holder `$everything` shows them. `scoped` remembers, per holder, the scoped form of each
 * id and reference seen: a patient's resources name the same few (the Patient, its Encounters)
 * over and over.
 */
function scopeToHolder(resource: Resource, scoped: HolderScope): Resource {
  const scopedId = (id: string) => {
    let found = scoped.ids.get(id);
    if (found === undefined) scoped.ids.set(id, (found = scoped.scope(id)));
    return found;
  };
  const scopedReference = (reference: string): string | null => {
    let found = scoped.references.get(reference);
    if (found === undefined) {
      if (classifyReference(reference) !== 'relative') found = null;
      else {
        const [type, id, ...history] = reference.split('/');
        found = [type, scopedId(id!), ...history].join('/');
      }
      scoped.references.set(reference, found);
    }
    return found;
  };
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const member = object[key];
      if (typeof member === 'object' && member !== null) visit(member);
      else if (key === 'reference' && typeof member === 'string') {
        const replaced = scopedReference(member);
        if (replaced !== null) object[key] = replaced;
      }
    }
  };
  visit(resource);
  resource.id = scopedId(resource.id!);
  return resource;
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

/** The latest entries wanted of one holder's objects of a patient, keyed by `Type/id`. */
type LatestEntries = ReturnType<typeof latestEntries>;

/** A patient as planned (metadata only): the access decision made, the latest entries wanted per holder, and their audit entries. */
interface PatientPlan {
  pseudonym: string;
  result?: 'not-in-force';
  holders: { holder: string; latest: LatestEntries }[];
  audit: AuditEntry[];
}

/** A patient's records as opened for the export: per holder, the latest entries wanted and the objects holding them. */
interface OpenedPatient {
  result?: 'not-in-force';
  holders: { holder: string; latest: LatestEntries; opened: Map<string, ObjectEntry[] | undefined> }[];
}

/** Patients planned at once (their catalog queries made together, their audit entries recorded in one call), one batch ahead. */
const PLAN_BATCH = 8;

/**
 * The first half of a patient's export, metadata only: the access decision, then the catalog's
 * object items of the patient (one query: every holder's), the latest entries wanted per holder
 * and the audit entry of each holder with something to export.
 */
async function planPatient(deps: ExportDeps, job: ExportJob, pseudonym: string, researchConsent: boolean): Promise<PatientPlan> {
  const objects = researchConsent ? await deps.catalog.query<ObjectItem>(`p#${pseudonym}`, 'obj#') : [];
  const byHolder = new Map<string, ObjectItem[]>();
  for (const object of objects) {
    const held = byHolder.get(object.providerId);
    if (held) held.push(object);
    else byHolder.set(object.providerId, [object]);
  }
  const decision = decide(principalOf(job), { kind: 'export' }, { kind: 'person', pseudonym, holders: [...byHolder.keys()].sort() }, { researchConsent });
  if (!decision.allowed) return { pseudonym, result: 'not-in-force', holders: [], audit: [] };
  const permit: Permit = decision;
  const wanted = (type: string) => allowsType(permit, type) && (!job.types || job.types.includes(type));
  const before = Date.parse(job.transactionTime);
  const plan: PatientPlan = { pseudonym, holders: [], audit: [] };
  for (const { holder } of permit.partitions) {
    const latest = latestEntries(byHolder.get(holder) ?? [], before, wanted);
    if (latest.size === 0) continue;
    plan.holders.push({ holder, latest });
    plan.audit.push({ pseudonym, action: 'export', ...auditedDecision(permit), holder, resources: [...latest].map(([reference, where]) => `${reference}/_history/${where.version}`), requestId: job.jobId });
  }
  return plan;
}

/** The reading half: the sealed objects of a planned patient opened (its audit entries are recorded by then). */
async function openPatient(deps: ExportDeps, plan: PatientPlan): Promise<OpenedPatient> {
  if (plan.result) return { result: plan.result, holders: [] };
  const opened: OpenedPatient = { holders: [] };
  for (const { holder, latest } of plan.holders) {
    const objectsOpened = new Map<string, ObjectEntry[] | undefined>();
    try {
      for (const objectKey of new Set([...latest.values()].map((where) => where.objectKey))) objectsOpened.set(objectKey, await deps.open(objectKey, plan.pseudonym, holder));
    } catch (error) {
      if (error instanceof PatientErasedError) continue; // this holder erased its partition meanwhile
      throw error;
    }
    opened.holders.push({ holder, latest, opened: objectsOpened });
  }
  return opened;
}

/** Patients whose records are read ahead of the one whose lines are being made. */
const READ_AHEAD = 2;

/** Consecutive patients whose lines are written as one part and covered by one checkpoint. */
interface PatientGroup {
  /** The position of its first patient (its part's key). */
  from: number;
  made: PatientLines[];
  /** Bytes of its lines (about: characters and newlines). */
  bytes: number;
}

/** At most this many patients, or this many bytes of lines (once reached), in one part. */
const PART_PATIENTS = 4;
const PART_LINE_BYTES = 4 * 1024 * 1024;

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
    const scoped: HolderScope = { scope: holderScope(holder), ids: new Map(), references: new Map() };
    for (const where of latest.values()) {
      const entry = objects.get(where.objectKey)?.[where.position];
      if (!entry) continue;
      if (since !== undefined && Date.parse(entry.lastUpdated) <= since) continue;
      if (!passesTypeFilters(job.typeFilters, entry.type, entry.resource as unknown as Record<string, unknown>, entry.lastUpdated)) continue;
      if (++made % RESOURCES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      let output: Resource;
      try {
        output = deidentify(scopeToHolder(entry.resource, scoped));
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
  // A crashed run may have written the part of the patients it was at (keyed by the checkpoint): it goes before they are redone.
  const [cohort, deidentify, inGroup] = await Promise.all([
    deps.cohort.candidates(job.clientId, block),
    deps.deidentify(),
    job.level === 'group' ? deps.groupMembers(job) : undefined,
    deps.files.clearPatient(job.jobId, job.cursor),
  ]);
  // Who may be exported besides consenting: the group's members, the patients the kick-off named, or both.
  const named = job.patientIds ? new Set(job.patientIds) : undefined;
  const members = inGroup && named ? new Set([...named].filter((id) => inGroup.has(id))) : (inGroup ?? named);
  const total = cohort.length;
  // `cursor` counts the patients done (their part written and counted).
  const first = job.cursor;
  let next = first;
  const counts = { ...job.counts };
  const patients: PatientCounts = { ...job.patients };
  const leading = job.ignored.map((ignored) => JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'not-supported', details: { text: ignored.text }, expression: [ignored.parameter] }] }));

  // A run that starts the job writes the files as it goes; one that resumes it assembles them from the parts at the end.
  const assembly: ExportAssembly | undefined = first === 0 ? deps.files.begin(job.jobId, leading) : undefined;

  // Consents are read CONSENT_WINDOW patients at a time (one batch of calls), each window once.
  const windows = new Map<number, Promise<boolean[]>>();
  const consentOf = async (index: number): Promise<boolean> => {
    const from = first + Math.floor((index - first) / CONSENT_WINDOW) * CONSENT_WINDOW;
    let permitted = windows.get(from);
    if (!permitted) {
      for (const earlier of windows.keys()) if (earlier < from) windows.delete(earlier);
      permitted = deps.cohort.permittedMany(cohort.slice(from, from + CONSENT_WINDOW), job.clientId, block);
      windows.set(from, permitted);
    }
    return (await permitted)[index - from]!;
  };

  // Patients are planned a batch at a time, one batch ahead: each batch's audit entries are
  // recorded (one call) before any of its patients' records is read.
  const batches = new Map<number, Promise<PatientPlan[]>>();
  const planBatch = (from: number): Promise<PatientPlan[]> => {
    let batch = batches.get(from);
    if (!batch) {
      batch = (async () => {
        const indexes = Array.from({ length: Math.min(PLAN_BATCH, total - from) }, (_, offset) => from + offset);
        const consents = await Promise.all(indexes.map(consentOf));
        const plans = await Promise.all(indexes.map((index, offset) => planPatient(deps, job, cohort[index]!, consents[offset]!)));
        const entries = plans.flatMap((plan) => plan.audit);
        if (entries.length > 0) await deps.audit.recordBatch(entries);
        return plans;
      })();
      batch.catch(() => undefined); // awaited (and so thrown) in turn; a run that stops first leaves it
      batches.set(from, batch);
    }
    return batch;
  };
  const planOf = async (index: number): Promise<PatientPlan> => {
    const from = first + Math.floor((index - first) / PLAN_BATCH) * PLAN_BATCH;
    for (const earlier of batches.keys()) if (earlier < from) batches.delete(earlier);
    const plans = planBatch(from);
    if (from + PLAN_BATCH < total) planBatch(from + PLAN_BATCH);
    return (await plans)[index - from]!;
  };

  /**
   * Writes a group of consecutive patients' lines as one part (keyed by the group's first
   * position), counts them, moves the checkpoint past the group, then hands the part to the files.
   * False if the lease was lost.
   */
  const save = async (group: PatientGroup): Promise<boolean> => {
    const sections = new Map<string, string[]>();
    for (const made of group.made) {
      for (const [type, typeLines] of made.errors.length > 0 ? [...made.lines, [ERRORS, made.errors] as const] : made.lines) {
        const lines = sections.get(type);
        if (lines) for (const line of typeLines) lines.push(line);
        else sections.set(type, [...typeLines]);
      }
    }
    const part = sections.size > 0 ? await deps.files.putPart(job.jobId, group.from, sections) : undefined;
    for (const [type, lines] of sections) counts[type] = (counts[type] ?? 0) + lines.length;
    for (const made of group.made) {
      patients.considered++;
      if (made.result === 'exported') patients.exported++;
      else if (made.result === 'not-in-force') patients.notInForce++;
      else patients.empty++;
    }
    const update = { cursor: group.from + group.made.length, counts: { ...counts }, patients: { ...patients }, totalPatients: total };
    if (!(await deps.jobs.checkpoint(job, deps.leaseSeconds, update))) return false;
    Object.assign(job, update);
    if (part && assembly) await assembly.add(part);
    return true;
  };

  // A patient's records, read once its batch is planned (and audited).
  const opening = (index: number): Promise<OpenedPatient> | undefined => {
    if (index >= total) return undefined;
    const opened = (async () => openPatient(deps, await planOf(index)))();
    opened.catch(() => undefined); // awaited (and so thrown) in turn; a run that stops first leaves it
    return opened;
  };
  let saving: Promise<boolean> | undefined;
  const saved = async () => (saving ? await saving : true);
  // Patients made but not yet saved: the first patient of a run is saved alone (its progress shows
  // at once), then each group twice as many, up to PART_PATIENTS or PART_LINE_BYTES of lines.
  let group: PatientGroup | undefined;
  let groupSize = 1;
  const saveGroup = async (): Promise<boolean> => {
    if (!(await saved())) return false;
    if (group) saving = save(group);
    group = undefined;
    groupSize = Math.min(groupSize * 2, PART_PATIENTS);
    return true;
  };
  // The records of the next READ_AHEAD patients are read while a patient's lines are made.
  const reading: (Promise<OpenedPatient> | undefined)[] = Array.from({ length: READ_AHEAD }, (_, ahead) => opening(next + ahead));
  try {
    while (next < total) {
      if (deps.shouldYield?.()) {
        if (!(await saveGroup()) || !(await saved())) return await stopped(assembly, 'lost');
        await deps.jobs.yieldLease(job);
        return await stopped(assembly, 'yielded');
      }
      const opened = await reading.shift()!;
      reading.push(opening(next + READ_AHEAD));
      const made = await patientLines(job, opened, deidentify, members);
      deps.onPatient?.();
      group ??= { from: next, made: [], bytes: 0 };
      group.made.push(made);
      for (const lines of [...made.lines.values(), made.errors]) for (const line of lines) group.bytes += line.length + 1;
      next++;
      if (group.made.length >= groupSize || group.bytes >= PART_LINE_BYTES || next === total) {
        if (!(await saveGroup())) return await stopped(assembly, 'lost');
      }
    }
    if (!(await saved())) return await stopped(assembly, 'lost');
  } catch (error) {
    await saving?.catch(() => undefined);
    await assembly?.abort();
    throw error;
  }
  if (total === 0 && !(await deps.jobs.checkpoint(job, deps.leaseSeconds, { cursor: 0, counts, patients, totalPatients: 0 }))) return stopped(assembly, 'lost');

  const types = Object.keys(counts).filter((type) => type !== ERRORS && (counts[type] ?? 0) > 0).sort();
  const errorParts = (counts[ERRORS] ?? 0) > 0;
  let assembled: { errors: boolean };
  if (assembly) {
    try {
      assembled = await assembly.finish(types, errorParts);
    } catch (error) {
      await assembly.abort();
      throw error;
    }
    deps.onPatient?.();
  } else assembled = await deps.files.assemble(job.jobId, types, errorParts, leading, deps.onPatient);
  const output: OutputFile[] = types.map((type) => ({ type, key: fileKey(job.jobId, type), count: counts[type] ?? 0 }));
  const errorFile = assembled.errors ? { type: 'OperationOutcome', key: errorFileKey(job.jobId), count: (counts[ERRORS] ?? 0) + leading.length } : undefined;
  if (!(await deps.jobs.complete(job, output, errorFile))) return 'lost';
  await deps.files.deleteParts(job.jobId).catch(() => undefined);
  return 'completed';
}

/** A run that stops before the end: the files it was writing are left unfinished (their uploads aborted); the next run assembles them from the parts. */
async function stopped(assembly: ExportAssembly | undefined, outcome: 'lost' | 'yielded'): Promise<RunOutcome> {
  await assembly?.abort();
  return outcome;
}
