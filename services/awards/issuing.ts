import { awardStatistics, factsOfAward, type AwardStatisticsRow } from './statistics/award-ledger';
import { newRecordKey } from './statistics/cell-key';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode, HubError, InvalidInput, isUuid } from '../../platform/errors';
import { buildCredential, signCredentialToStore, type AssessmentDetails, type CredentialFacts, type EvidenceItem } from './credential';
import { issuerDid, type AccreditationAnswer, type AccreditationFacts, type EntryFacts, type IssuerFacts, type IssuingDirectory, type KeyRegistry } from './issuing-peers';
import { recordEuropeanFacts } from './european-credential';
import type { IssuerKeys, SigningKey } from './issuer-keys';
import type { Vault } from './vault';
import { holdsIssuingRight } from '../../platform/issuing-rights';
import { parsePersonalNumber } from './personal-number';
import { allocateStatusEntries } from './status-list';

/** One award to issue, as a provider asks for it (issueAward, one row of issueAwards, one CSV line). */
export interface AwardRequest {
  microCredentialId: string;
  /** `did`: the learner's own identifier (a DID) where the issuer knows it; the credential is then about that holder. */
  learner: { personalNumber: string; name: string; email?: string | null; did?: string | null };
  issuedOn?: string | null;
  validUntil?: Date | null;
  grade?: string | null;
  evidence?: EvidenceItem[] | null;
  assessment?: AssessmentDetails | null;
  idempotencyKey: string;
}

export type RowOutcome = 'ISSUED' | 'ALREADY_ISSUED' | 'FAILED';

export interface RowResult {
  index: number;
  idempotencyKey: string;
  outcome: RowOutcome;
  awardId: string | null;
  error: { code: string; message: string; field: string | null } | null;
}

export interface IssuingDeps {
  db: DataSource;
  vault: Vault;
  keys: IssuerKeys;
  directory: IssuingDirectory;
  registry: KeyRegistry;
  publicBaseUrl: string;
}

export interface IssuingOptions {
  /** Rows per transaction. Each row is all-or-nothing either way; bigger chunks cost fewer round trips. */
  chunkSize?: number;
  /** Called after each chunk is committed (progress bars). */
  onProgress?: (done: number, total: number) => void;
}

export const MAX_COHORT = 10_000;
const MAX_EVIDENCE = 20;

/** A row that is fine so far, with everything its award needs. */
interface Candidate {
  index: number;
  request: AwardRequest;
  digest: string;
  personalNumber: string;
  personalNumberHash: Buffer;
  issuedOn: string;
  entry?: EntryFacts;
  /** The accreditation that allowed the row (the European Digital Credential names it). */
  accreditation?: AccreditationFacts | null;
}

const fail = (index: number, key: string, error: unknown): RowResult => ({
  index,
  idempotencyKey: key,
  outcome: 'FAILED',
  awardId: null,
  error: errorOf(error),
});

function errorOf(error: unknown): RowResult['error'] {
  if (error instanceof HubError) {
    return { code: String(error.extensions.code), message: error.message, field: (error.extensions.field as string | undefined) ?? null };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'The award could not be issued (internal error); retry the row', field: null };
}

const today = () => new Date().toISOString().slice(0, 10);

/** Checks one row on its own (no database, no peers); throws InvalidInput naming the field. */
export function validateRow(request: AwardRequest, vault: Vault, now = new Date()): Omit<Candidate, 'index'> {
  const key = request.idempotencyKey?.trim() ?? '';
  if (key.length < 1 || key.length > 200) throw new InvalidInput('idempotencyKey', 'must be 1-200 characters');
  if (!isUuid(request.microCredentialId)) throw new InvalidInput('microCredentialId', `'${String(request.microCredentialId).slice(0, 60)}' is not a valid id (a UUID)`);
  const parsed = parsePersonalNumber(request.learner.personalNumber ?? '', now);
  // The number itself never appears in an error: it is sensitive personal data.
  if ('problem' in parsed) throw new InvalidInput('learner.personalNumber', `the personal identity number ${parsed.problem}`);
  const name = request.learner.name?.trim() ?? '';
  if (name.length < 1 || name.length > 300) throw new InvalidInput('learner.name', 'must be 1-300 characters');
  const email = request.learner.email?.trim() || null;
  if (email && (email.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) throw new InvalidInput('learner.email', 'is not an e-mail address');
  const issuedOn = request.issuedOn ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || Number.isNaN(Date.parse(`${issuedOn}T00:00:00Z`)) || new Date(`${issuedOn}T00:00:00Z`).toISOString().slice(0, 10) !== issuedOn) {
    throw new InvalidInput('issuedOn', 'must be a date, YYYY-MM-DD');
  }
  if (issuedOn > today()) throw new InvalidInput('issuedOn', 'cannot be in the future');
  if (issuedOn < '2000-01-01') throw new InvalidInput('issuedOn', 'is implausibly early');
  if (request.validUntil) {
    if (Number.isNaN(request.validUntil.getTime())) throw new InvalidInput('validUntil', 'is not a date');
    if (request.validUntil.toISOString().slice(0, 10) <= issuedOn) throw new InvalidInput('validUntil', 'must be after issuedOn');
  }
  if (request.grade !== undefined && request.grade !== null && (request.grade.trim().length < 1 || request.grade.length > 100)) {
    throw new InvalidInput('grade', 'must be 1-100 characters');
  }
  const evidence = request.evidence ?? [];
  if (evidence.length > MAX_EVIDENCE) throw new InvalidInput('evidence', `at most ${MAX_EVIDENCE} items`);
  evidence.forEach((item, position) => {
    for (const [field, value] of Object.entries(item)) {
      if (typeof value === 'string' && value.length > 2000) throw new InvalidInput(`evidence[${position}].${field}`, 'at most 2000 characters');
    }
    if (item.url && !/^https?:\/\//.test(item.url)) throw new InvalidInput(`evidence[${position}].url`, 'must be an http(s) URL');
  });
  for (const [field, value] of Object.entries(request.assessment ?? {})) {
    if (typeof value === 'string' && value.length > 500) throw new InvalidInput(`assessment.${field}`, 'at most 500 characters');
  }
  const did = request.learner.did?.trim() || null;
  // A DID (W3C DID syntax: did:<method>:<method-specific id>), no fragment or query: it names the holder.
  if (did && (did.length > 500 || !/^did:[a-z0-9]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-]$/.test(did))) {
    throw new InvalidInput('learner.did', 'is not a DID (did:<method>:<id>, without a fragment)');
  }
  const normalised: AwardRequest = {
    microCredentialId: request.microCredentialId.toLowerCase(),
    learner: { personalNumber: parsed.value, name, email, ...(did ? { did } : {}) },
    issuedOn,
    validUntil: request.validUntil ?? null,
    grade: request.grade?.trim() || null,
    evidence,
    assessment: request.assessment ?? null,
    idempotencyKey: key,
  };
  // What a retry must repeat exactly: the same key with other contents is a conflict, not a retry.
  const digest = createHash('sha256').update(JSON.stringify({ ...normalised, validUntil: normalised.validUntil?.toISOString() ?? null })).digest('base64url');
  return { request: normalised, digest, personalNumber: parsed.value, personalNumberHash: vault.personalNumberHash(parsed.value), issuedOn };
}

/**
 * Whether `issuerId` may issue `entry` for `issuedOn`, signing now: the entry's owner, or an organisation holding
 * a right by the rule the catalogue's canIssue and verification apply (platform/issuing-rights.ts).
 */
function issuingRightProblem(entry: EntryFacts, issuerId: string, issuedOn: string, now = new Date()): string | null {
  if (entry.status !== 'PUBLISHED') return `catalogue entry ${entry.id} is ${entry.status.toLowerCase()}, not published: only a published version can be awarded`;
  if (entry.providerId === issuerId) return null;
  const grants = entry.issuers.filter((candidate) => candidate.organisationId === issuerId);
  if (!grants.length) return 'this organisation has no right to issue this catalogue entry (it is neither its owner nor among the issuers it names)';
  if (holdsIssuingRight(grants, issuerId, issuedOn, now)) return null;
  const withdrawn = grants.filter((grant) => grant.withdrawnAt && grant.withdrawnAt <= now);
  if (withdrawn.length === grants.length) {
    const last = withdrawn.map((grant) => grant.withdrawnAt!).sort((a, b) => b.getTime() - a.getTime())[0];
    return `this organisation's right to issue the entry was withdrawn on ${last.toISOString()}; nothing can be issued under it since`;
  }
  return `this organisation's right to issue the entry did not cover ${issuedOn}`;
}

/**
 * The one issuing path (issueAward, issueAwards and the CSV import use it): every row is checked on its
 * own, then issued in chunks, each in one transaction: the learner found or created, a status entry
 * allocated, the credential built and signed, the award stored. A row either commits with all of that or
 * not at all. The idempotency key (unique per issuer) makes a retried call return the same awards.
 */
export async function issueAwards(deps: IssuingDeps, issuerId: string, requests: AwardRequest[], options: IssuingOptions = {}): Promise<RowResult[]> {
  if (requests.length > MAX_COHORT) throw new InvalidInput('inputs', `at most ${MAX_COHORT} awards in one call`);
  const results: RowResult[] = new Array(requests.length);
  const candidates: Candidate[] = [];
  const keysSeen = new Map<string, Candidate>();
  requests.forEach((request, index) => {
    try {
      const candidate = { index, ...validateRow(request, deps.vault) };
      const earlier = keysSeen.get(candidate.request.idempotencyKey);
      if (earlier) {
        results[index] = earlier.digest === candidate.digest
          ? { index, idempotencyKey: candidate.request.idempotencyKey, outcome: 'ALREADY_ISSUED', awardId: null, error: null }
          : fail(index, candidate.request.idempotencyKey, new HubError(ErrorCode.CONFLICT, `idempotencyKey: row ${earlier.index} uses the same key for another award`, { field: 'idempotencyKey' }));
        return;
      }
      keysSeen.set(candidate.request.idempotencyKey, candidate);
      candidates.push(candidate);
    } catch (error) {
      results[index] = fail(index, String(request.idempotencyKey ?? ''), error);
    }
  });

  // Rows already issued (a retry) are answered from what is stored, before any peer is asked.
  const pending = await answerRetries(deps.db, issuerId, candidates, results);

  if (pending.length) {
    const issuer = await deps.directory.organisation(issuerId);
    if (!issuer) throw new InvalidInput('issuerId', `no organisation with id ${issuerId} is registered`);
    const ready = await checkEntries(deps, issuerId, pending, results);
    if (ready.length) {
      const key = await deps.keys.activeKey(issuerId, deps.registry);
      const openBadgesKey = await deps.keys.activeKey(issuerId, deps.registry, 'open-badges');
      const chunkSize = options.chunkSize ?? 500;
      let done = requests.length - ready.length;
      for (let start = 0; start < ready.length; start += chunkSize) {
        const rows = ready.slice(start, start + chunkSize);
        try {
          await issueChunk(deps, issuer, { key, openBadgesKey }, rows, results);
        } catch {
          // One bad row must not sink the others: issue the chunk's rows one by one.
          for (const row of rows) {
            try {
              await issueChunk(deps, issuer, { key, openBadgesKey }, [row], results);
            } catch (rowError) {
              results[row.index] = fail(row.index, row.request.idempotencyKey, rowError);
            }
          }
        }
        done += rows.length;
        options.onProgress?.(done, requests.length);
      }
    }
  }
  // Rows that repeated an earlier row's key in the same call point at that row's award.
  for (const result of results) {
    if (result.outcome === 'ALREADY_ISSUED' && !result.awardId) {
      const first = keysSeen.get(result.idempotencyKey)!;
      const firstResult = results[first.index];
      results[result.index] = firstResult.outcome === 'FAILED' ? { ...firstResult, index: result.index } : { ...result, awardId: firstResult.awardId };
    }
  }
  return results;
}

/** Idempotency keys are stored hashed: an issuer may have put personal data in them. */
export const idempotencyKeyDigest = (key: string) => createHash('sha256').update(`idempotency-key:${key}`).digest('base64url');

async function answerRetries(db: DataSource | EntityManager, issuerId: string, candidates: Candidate[], results: RowResult[]): Promise<Candidate[]> {
  if (!candidates.length) return [];
  const existing: { id: string; idempotency_key: string; request_digest: string | null; erased: boolean }[] = await db.query(
    'select id, idempotency_key, request_digest, erased_at is not null as erased from award where issuer_id = $1 and idempotency_key = any($2)',
    [issuerId, candidates.map((candidate) => idempotencyKeyDigest(candidate.request.idempotencyKey))],
  );
  const byKey = new Map(existing.map((row) => [row.idempotency_key, row]));
  return candidates.filter((candidate) => {
    const found = byKey.get(idempotencyKeyDigest(candidate.request.idempotencyKey));
    if (!found) return true;
    // An erased learner's award keeps no digest to compare with; a retry still gets the same award.
    results[candidate.index] =
      found.erased || found.request_digest === candidate.digest
        ? { index: candidate.index, idempotencyKey: candidate.request.idempotencyKey, outcome: 'ALREADY_ISSUED', awardId: found.id, error: null }
        : fail(
            candidate.index,
            candidate.request.idempotencyKey,
            new HubError(ErrorCode.CONFLICT, 'idempotencyKey: this key was already used for a different award by this issuer', { field: 'idempotencyKey', awardId: found.id }),
          );
    return false;
  });
}

/** Catalogue entries and accreditation, asked once per distinct entry and per (entry, issue date). */
async function checkEntries(deps: IssuingDeps, issuerId: string, candidates: Candidate[], results: RowResult[]): Promise<Candidate[]> {
  const entries = new Map<string, Promise<EntryFacts | null>>();
  const checks = new Map<string, Promise<AccreditationAnswer>>();
  const ready: Candidate[] = [];
  for (const candidate of candidates) {
    try {
      const id = candidate.request.microCredentialId;
      if (!entries.has(id)) entries.set(id, deps.directory.microCredential(id));
      const entry = await entries.get(id)!;
      if (!entry) throw new InvalidInput('microCredentialId', `no catalogue entry with id ${id}`);
      const problem = issuingRightProblem(entry, issuerId, candidate.issuedOn);
      if (problem) throw new HubError(ErrorCode.FORBIDDEN, `microCredentialId: ${problem}`, { field: 'microCredentialId' });
      if (!entry.seqfLevel || !entry.field) throw new InvalidInput('microCredentialId', 'the catalogue entry has no level or field, which accreditation is checked against');
      const checkKey = `${id}|${candidate.issuedOn}`;
      if (!checks.has(checkKey)) {
        checks.set(checkKey, deps.directory.accreditationCheck({
          organisationId: issuerId,
          seqfLevel: entry.seqfLevel,
          field: entry.field,
          credentialType: entry.credentialType,
          at: new Date(`${candidate.issuedOn}T12:00:00Z`),
          microCredentialId: id,
        }));
      }
      const check = await checks.get(checkKey)!;
      if (!check.allowed) {
        throw new HubError(ErrorCode.FORBIDDEN, `issuedOn: not accredited to issue this on ${candidate.issuedOn}: ${check.reason ?? 'no accreditation covers it'}`, { field: 'issuedOn' });
      }
      ready.push({ ...candidate, entry, accreditation: check.accreditation ?? null });
    } catch (error) {
      // A peer that cannot be reached fails the whole call: nothing was issued, and a retry is safe.
      if (error instanceof HubError && error.extensions.code === ErrorCode.PEER_UNAVAILABLE) throw error;
      results[candidate.index] = fail(candidate.index, candidate.request.idempotencyKey, error);
    }
  }
  return ready;
}

async function issueChunk(
  deps: IssuingDeps,
  issuer: IssuerFacts,
  { key, openBadgesKey }: { key: SigningKey; openBadgesKey: SigningKey },
  rows: Candidate[],
  results: RowResult[],
) {
  const chunkResults = await deps.db.transaction(async (manager) => {
    // Issuance is serialised per issuer: the idempotency check below and the insert cannot interleave with
    // a concurrent retry of the same rows.
    await manager.query(`select pg_advisory_xact_lock(hashtext('issue:' || $1))`, [issuer.id]);
    const local: RowResult[] = [];
    const fresh = await answerRetries(manager, issuer.id, rows, local);
    const learners = await findOrCreateLearners(manager, deps.vault, fresh);
    const entries = await allocateStatusEntries(manager, issuer.id, fresh.length);
    const did = issuerDid(deps.publicBaseUrl, issuer.id);
    const issuedAt = new Date();
    // What the European Digital Credential needs besides the award's row, stored once per cohort; the EDC is
    // made and sealed from it when asked for (services/awards/european-credential.ts).
    const europeanFacts = await recordEuropeanFacts(manager, fresh.map((row) => ({ issuer, entry: row.entry!, accreditation: row.accreditation ?? null })));
    // Built and signed in batches, each batch's insert in flight while the next is signed: PostgreSQL writes
    // one while this thread signs the other.
    const signedAward = (row: Candidate, position: number) => {
      const entry = row.entry!;
      const awardId = randomUUID();
      const status = entries[position];
      const facts: CredentialFacts = {
        awardId,
        issuer,
        issuerDid: did,
        providerDid: issuerDid(deps.publicBaseUrl, entry.providerId),
        entry,
        subject: { name: row.request.learner.name, email: row.request.learner.email ?? null, id: row.request.learner.did ?? null },
        issuedAt,
        issuedOn: row.issuedOn,
        validUntil: row.request.validUntil ?? null,
        grade: row.request.grade ?? null,
        evidence: row.request.evidence ?? [],
        assessment: row.request.assessment ?? null,
        statusEntry: status,
        publicBaseUrl: deps.publicBaseUrl,
      };
      const credential = buildCredential(facts);
      // Only the vc+jwt is signed here, in the issuing transaction. The other forms are made from the stored
      // credential when first asked for: the Open Badges JWT (RS256, deterministic) and the Data Integrity
      // form (eddsa-rdfc-2022, whose RDF canonicalization costs tens of milliseconds); see forms.ts.
      const { stored } = signCredentialToStore(credential, key);
      return {
        row,
        values: {
          id: awardId,
          issuer_id: issuer.id,
          learner_id: learners.get(row.personalNumberHash.toString('hex'))!,
          micro_credential_id: entry.id,
          entry_id: entry.entryId,
          entry_version: entry.version,
          provider_id: entry.providerId,
          idempotency_key: idempotencyKeyDigest(row.request.idempotencyKey),
          request_digest: row.digest,
          title: String(credential.name),
          issued_on: row.issuedOn,
          issued_at: issuedAt,
          valid_until: row.request.validUntil ?? null,
          subject_name: row.request.learner.name,
          grade: row.request.grade ?? null,
          evidence: row.request.evidence?.length ? JSON.stringify(row.request.evidence) : null,
          assessment: row.request.assessment ? JSON.stringify(row.request.assessment) : null,
          jws_header: stored.header,
          signed_before: stored.before,
          signed_part: stored.part === null ? null : partDigest(stored.part),
          signed_after: stored.after,
          jws_signature: stored.signature,
          open_badge_kid: openBadgesKey.kid,
          kid: key.kid,
          status_list_id: status.listId,
          status_index: status.index,
          skills: skillsOf(entry).skills,
          seqf_level: entry.seqfLevel,
          eqf_level: entry.eqfLevel,
          field: entry.field,
          credential_type: entry.credentialType,
          issuer_country: issuer.country,
          issuer_region: issuer.region,
          quality_assurance: entry.qualityAssuranceType ?? null,
          skill_groups: skillsOf(entry).skillGroups,
          statistics_key: newRecordKey(),
          european_facts: europeanFacts[position],
        },
      };
    };
    // The shared parts of the signed payloads (one per catalogue version in a cohort), each stored once.
    const parts = new Map<string, { digest: Buffer; text: string; stored: boolean }>();
    const partDigest = (text: string) => {
      let part = parts.get(text);
      if (!part) parts.set(text, (part = { digest: createHash('sha256').update(text).digest(), text, stored: false }));
      return part.digest;
    };
    const awards: ReturnType<typeof signedAward>[] = [];
    let writing: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < fresh.length; start += WRITE_BATCH) {
      const batch = fresh.slice(start, start + WRITE_BATCH).map((row, offset) => signedAward(row, start + offset));
      await writing;
      writing = insertAwards(manager, batch.map((built) => built.values), parts);
      // Awaited in the next round or below; a failure rolls the chunk back either way.
      writing.catch(() => undefined);
      awards.push(...batch);
    }
    await writing;
    // Statistics move in the same transaction: an award is counted exactly when it exists.
    await awardStatistics.recordIssued(manager, awards.map((award) => factsOfAward(award.values as unknown as AwardStatisticsRow)));
    for (const award of awards) {
      local.push({ index: award.row.index, idempotencyKey: award.row.request.idempotencyKey, outcome: 'ISSUED', awardId: award.values.id, error: null });
    }
    return local;
  });
  // `local` is indexed by row, so it has holes: only the rows of this chunk are set.
  for (const result of chunkResults) if (result) results[result.index] = result;
}

/** The ESCO skills (and their broader skills) an entry's awards are counted under, once per entry. */
const skillsOfEntry = new WeakMap<EntryFacts, { skills: string[]; skillGroups: string[] }>();
function skillsOf(entry: EntryFacts) {
  let known = skillsOfEntry.get(entry);
  if (!known) {
    known = {
      skills: [...new Set(entry.learningOutcomes.flatMap((outcome) => outcome.escoSkills.map((skill) => skill.uri)))],
      skillGroups: [...new Set(entry.learningOutcomes.flatMap((outcome) => outcome.escoSkills.flatMap((skill) => (skill.broaderSkills ?? []).map((broader) => broader.uri))))],
    };
    skillsOfEntry.set(entry, known);
  }
  return known;
}

const AWARD_COLUMNS = [
  'id', 'issuer_id', 'learner_id', 'micro_credential_id', 'entry_id', 'entry_version', 'provider_id', 'idempotency_key',
  'request_digest', 'title', 'issued_on', 'issued_at', 'valid_until', 'subject_name', 'grade', 'evidence', 'assessment',
  'jws_header', 'signed_before', 'signed_part', 'signed_after', 'jws_signature', 'open_badge_kid', 'kid', 'status_list_id', 'status_index', 'skills', 'seqf_level', 'eqf_level', 'field',
  'credential_type', 'issuer_country', 'issuer_region', 'quality_assurance', 'skill_groups', 'statistics_key', 'european_facts',
] as const;

/** Rows per insert statement: a chunk's batches are signed while the batch before is written. */
const WRITE_BATCH = 100;

/** One multi-row insert per batch (PostgreSQL's 65,535 parameters allow about 1,700 rows of 37 columns), after the shared parts it names. */
async function insertAwards(manager: EntityManager, rows: Record<(typeof AWARD_COLUMNS)[number], unknown>[], parts: Map<string, { digest: Buffer; text: string; stored: boolean }>) {
  const unstored = [...parts.values()].filter((part) => !part.stored);
  if (unstored.length) {
    await manager.query('insert into credential_part (digest, text) select * from unnest($1::bytea[], $2::text[]) on conflict (digest) do nothing', [
      unstored.map((part) => part.digest),
      unstored.map((part) => part.text),
    ]);
    for (const part of unstored) part.stored = true;
  }
  for (let start = 0; start < rows.length; start += 1000) {
    const slice = rows.slice(start, start + 1000);
    const parameters: unknown[] = [];
    const tuples = slice.map((row) => `(${AWARD_COLUMNS.map((column) => `$${parameters.push(row[column])}`).join(', ')})`);
    await manager.query(`insert into award (${AWARD_COLUMNS.join(', ')}) values ${tuples.join(', ')}`, parameters);
  }
}

/**
 * Learners by personal identity number: an existing learner is found by the keyed hash, a new one is
 * created with the name and e-mail the issuer gave. An existing learner's details are never changed by an
 * issuer, and nothing about them is returned but their id.
 */
async function findOrCreateLearners(manager: EntityManager, vault: Vault, rows: Candidate[]): Promise<Map<string, string>> {
  const byHash = new Map<string, Candidate>();
  for (const row of rows) if (!byHash.has(row.personalNumberHash.toString('hex'))) byHash.set(row.personalNumberHash.toString('hex'), row);
  if (!byHash.size) return new Map();
  const fresh = [...byHash.values()];
  const ids = fresh.map(() => randomUUID());
  await manager.query(
    `insert into learner (id, personal_number_hash, personal_number_sealed, name_sealed, email_sealed)
     select * from unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[], $5::bytea[])
     on conflict (personal_number_hash) do nothing`,
    [
      ids,
      fresh.map((row) => row.personalNumberHash),
      fresh.map((row, position) => vault.sealPersonalData(row.personalNumber, `learner:${ids[position]}`)),
      // Name and e-mail are sealed as the personal number is: only the learner reads them back.
      fresh.map((row, position) => vault.sealPersonalData(row.request.learner.name, `learner-name:${ids[position]}`)),
      fresh.map((row, position) => (row.request.learner.email ? vault.sealPersonalData(row.request.learner.email, `learner-email:${ids[position]}`) : null)),
    ],
  );
  const found: { id: string; personal_number_hash: Buffer }[] = await manager.query(
    'select id, personal_number_hash from learner where personal_number_hash = any($1::bytea[])',
    [fresh.map((row) => row.personalNumberHash)],
  );
  return new Map(found.map((row) => [row.personal_number_hash.toString('hex'), row.id]));
}
