import type { Bundle } from 'fhir/r4.d.ts';
import { PATIENT_COMPARTMENT } from '../../../schemas/patient-compartment.generated.ts';
import { allowsType, namespaceOf } from '../../access/decide.ts';
import { checkValues } from '../../fhir/search/search-evaluation.ts';
import type { CompartmentAnchor } from '../../fhir/search/compartment-anchor.ts';
import { includedReferences, matching, pageOf, revincluded, searchBundle } from '../../fhir/search/search-results.ts';
import type { StoredResource } from '../../fhir/search/search-results.ts';
import type { SearchRequest } from '../../fhir/search/search-request.ts';
import type { Catalog, CurrentItem } from '../storage/catalog.ts';
import { keys } from '../storage/catalog.ts';
import type { IdentifierTokens } from '../storage/identifier-tokens.ts';
import type { Reader, VaultReader } from './vault-reader.ts';

/**
 * Search inside one patient's compartment (DESIGN.md "Search"): the access decision names the
 * holder's partition, the reader decrypts the patient's current resources of the types needed and
 * evaluates the request's criteria over them (functions/fhir/search), then adds what `_include`
 * and `_revinclude` ask for: resources of the same compartment, and shared resources (Organization,
 * Practitioner, Location…) from the holder's own partition. Only what the decision's types allow is
 * returned; one audit entry records the page and what it includes before it is returned.
 *
 * `Patient?identifier=system|value` finds the patient through the keyed identifier tokens the
 * catalog keeps for Patients (functions/vault/storage/identifier-tokens.ts): an HMAC of the
 * identifier, never the identifier. The token key is the ingest's; a reader only unwraps it.
 */
export class CompartmentSearch {
  readonly #reader: VaultReader;
  readonly #catalog: Catalog;
  readonly #tokens: () => Promise<IdentifierTokens | undefined>;

  constructor(reader: VaultReader, catalog: Catalog, tokens: () => Promise<IdentifierTokens | undefined>) {
    this.#reader = reader;
    this.#catalog = catalog;
    this.#tokens = tokens;
  }

  /** The patients (ids in the decision's namespace) an anchor names: one by id, any number by identifier. */
  async #patients(reader: Reader, anchor: CompartmentAnchor): Promise<string[]> {
    if (anchor.kind === 'patient') return [anchor.id];
    const tokens = await this.#tokens();
    if (!tokens) return [];
    const holder = namespaceOf(reader.permit);
    const token = tokens.token('Patient', anchor.system, anchor.value);
    const candidates = await this.#catalog.query<{ pk: string; sk: string }>(keys.identifier(holder, 'Patient', token, '').pk);
    const found = await Promise.all(candidates.map((candidate) => this.#catalog.get<CurrentItem>(keys.current(holder, 'Patient', candidate.sk))));
    // A token item outlives an update that dropped the identifier: the current version decides.
    return candidates.flatMap((candidate, index) => (found[index] && !found[index].erasedAt && found[index].tokens?.includes(token) ? [candidate.sk] : [])).sort();
  }

  /**
   * The searchset Bundle of `request` in the compartment `anchor` names. `linkBase` is the URL the
   * search was asked at, without its query (the paging links repeat it).
   */
  async search(reader: Reader, anchor: CompartmentAnchor, request: SearchRequest, fhirBase: string, linkBase: string): Promise<Bundle> {
    checkValues(request.criteria);
    const needed = new Set([request.type, ...request.revinclude.map((include) => include.sourceType)]);
    for (const include of request.include) for (const target of include.targetType ? [include.targetType] : (include.definition.targets ?? [])) if (PATIENT_COMPARTMENT[target]) needed.add(target);
    const patients = await this.#patients(reader, anchor);

    const candidates: StoredResource[] = [];
    const pool: StoredResource[] = [];
    const partitions: { pseudonym: string; holder: string; references: ReadonlySet<string> }[] = [];
    for (const patientId of patients) {
      let compartment: Awaited<ReturnType<VaultReader['compartment']>>;
      try {
        compartment = await this.#reader.compartment(reader, patientId, (type) => needed.has(type));
      } catch (error) {
        // A patient the holder does not know has nothing to find: an empty searchset, as for any search.
        if ((error as { status?: number }).status === 404) continue;
        throw error;
      }
      const { holder, patient, resources } = compartment;
      partitions.push({ pseudonym: patient.pseudonym, holder, references: new Set(resources.map((resource) => `${resource.type}/${resource.id}`)) });
      // A Patient's compartment holds only that Patient; other Patients it refers to are not in it.
      candidates.push(...resources.filter((resource) => resource.type !== 'Patient' || resource.id === patientId));
      pool.push(...resources);
    }
    const matches = allowsType(reader.permit, request.type) ? matching(request, candidates) : [];
    const page = request.summaryCount ? [] : pageOf(request, matches);
    const included: StoredResource[] = [];
    if (page.length > 0) {
      const byReference = new Map(pool.map((resource) => [`${resource.type}/${resource.id}`, resource]));
      const references = includedReferences(request, page);
      included.push(...references.flatMap((reference) => byReference.get(reference) ?? []));
      if (partitions.length > 0) included.push(...(await this.#reader.sharedReferenced(reader, partitions[0]!.holder, references.filter((reference) => !byReference.has(reference)))));
      const seen = new Set(included.map((resource) => `${resource.type}/${resource.id}`));
      included.push(...revincluded(request, page, pool).filter((resource) => !seen.has(`${resource.type}/${resource.id}`)));
    }
    // One entry per patient, with what of theirs is returned (shared resources go with the first:
    // they are the holder's, not any patient's, and were reached through that patient's records).
    const returned = [...page, ...included];
    const claimed = new Set<StoredResource>();
    for (const [index, { pseudonym, holder, references }] of partitions.entries()) {
      const theirs = returned.filter((resource) => !claimed.has(resource) && (references.has(`${resource.type}/${resource.id}`) || (index === 0 && !PATIENT_COMPARTMENT[resource.type])));
      for (const resource of theirs) claimed.add(resource);
      await this.#reader.recordAccess(reader, 'search', pseudonym, holder, theirs);
    }
    return searchBundle(fhirBase, linkBase, request, { total: matches.length, page, included });
  }
}
