import type { Reason } from './credential-reading';
import type { RegistryAccreditation, RegistryAccreditationState, RegistryDocument, RegistryOrganisation } from './sources';

/** No real hierarchy of authorities is deeper; a longer (or circular) chain is refused. */
const MAX_CHAIN_DEPTH = 8;

export interface Wanted {
  organisationId: string;
  seqfLevel: number;
  field: string;
  credentialType: string;
  microCredentialId: string | null;
  at: Date;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The registry's organisations by id, indexed once per registry document (a batch asks thousands of times). */
const indexes = new WeakMap<RegistryDocument, Map<string, RegistryOrganisation>>();
export function organisationsById(registry: RegistryDocument): Map<string, RegistryOrganisation> {
  let index = indexes.get(registry);
  if (!index) {
    index = new Map(registry.organisations.map((organisation) => [organisation.id, organisation]));
    indexes.set(registry, index);
  }
  return index;
}

/**
 * The accreditation as it stood at `at`: the latest state recorded by then; before anything was recorded,
 * the grant itself (a decision registered late still covers its own window). Later changes never rewrite
 * the past: a withdrawal after the issue date leaves what was issued before accredited.
 */
export function stateAt(accreditation: RegistryAccreditation, at: Date): RegistryAccreditationState {
  const history = accreditation.history.length
    ? accreditation.history
    : [{ recordedAt: accreditation.validFrom, scope: accreditation.scope, validFrom: accreditation.validFrom, validUntil: accreditation.validUntil, status: accreditation.status, basisAccreditationId: accreditation.basisAccreditationId }];
  let chosen = history[0];
  for (const state of history) if (Date.parse(state.recordedAt) <= at.getTime()) chosen = state;
  return chosen;
}

/** Why this state does not cover `wanted` at `at`, or null when it does. */
function problemOf(state: RegistryAccreditationState, wanted: Wanted): Reason | null {
  const { scope } = state;
  if (!scope.seqfLevels.includes(wanted.seqfLevel)) {
    return { en: `does not cover SeQF level ${wanted.seqfLevel} (it covers ${scope.seqfLevels.join(', ') || 'none'})`, sv: `omfattar inte SeQF-nivå ${wanted.seqfLevel} (den omfattar ${scope.seqfLevels.join(', ') || 'ingen'})` };
  }
  if (!scope.fields.some((field) => wanted.field.startsWith(field))) {
    return { en: `does not cover field ${wanted.field}`, sv: `omfattar inte området ${wanted.field}` };
  }
  if (!scope.credentialTypes.includes(wanted.credentialType)) {
    return { en: `does not cover credential type ${wanted.credentialType}`, sv: `omfattar inte merittypen ${wanted.credentialType}` };
  }
  if (scope.microCredentialIds?.length && wanted.microCredentialId && !scope.microCredentialIds.includes(wanted.microCredentialId)) {
    return { en: 'does not cover this catalogue entry', sv: 'omfattar inte denna katalogpost' };
  }
  const at = wanted.at.getTime();
  if (at < Date.parse(state.validFrom) || (state.validUntil && at >= Date.parse(state.validUntil))) {
    return { en: `was not valid on ${day(wanted.at)} (valid ${state.validFrom.slice(0, 10)}–${state.validUntil?.slice(0, 10) ?? ''})`, sv: `gällde inte ${day(wanted.at)} (giltig ${state.validFrom.slice(0, 10)}–${state.validUntil?.slice(0, 10) ?? ''})` };
  }
  if (state.status !== 'ACTIVE') {
    return { en: `was ${state.status.toLowerCase()} on ${day(wanted.at)}`, sv: `var ${state.status === 'WITHDRAWN' ? 'återkallad' : state.status === 'SUSPENDED' ? 'tillfälligt indragen' : state.status.toLowerCase()} ${day(wanted.at)}` };
  }
  return null;
}

export type ChainResult = { ok: true; path: string[] } | { ok: false; reason: Reason };

/**
 * Walks the registry from the accreditation that allowed the credential up to the registry's trust root:
 * each link must have covered the credential on its issue date, as recorded then. This repeats, from the
 * published registry alone, what the accreditation service decided, as an outside verifier could.
 */
export function walkAccreditationChain(registry: RegistryDocument, accreditationId: string | null, wanted: Wanted): ChainResult {
  const byId = organisationsById(registry);
  const nameOf = (id: string) => byId.get(id)?.legalName ?? id;
  const fail = (en: string, sv: string): ChainResult => ({ ok: false, reason: { en, sv } });
  const root = registry.trustRoot?.organisationId ?? null;
  if (!root) return fail('The registry names no trust root, so no accreditation chain can be confirmed.', 'Registret anger inget förtroendeankare, så ingen ackrediteringskedja kan bekräftas.');
  const issuer = byId.get(wanted.organisationId);
  if (!issuer) return fail('The issuer is not in the trusted issuer registry.', 'Utfärdaren finns inte i registret över betrodda utfärdare.');
  const accreditation = issuer.accreditations.find((candidate) => candidate.id === accreditationId && candidate.kind === 'TO_ISSUE');
  if (!accreditation) {
    return fail(
      `The registry does not list the accreditation ${accreditationId ?? '(none named)'} as ${issuer.legalName}'s accreditation to issue.`,
      `Registret tar inte upp ackrediteringen ${accreditationId ?? '(ingen angiven)'} som ${issuer.legalName}s ackreditering att utfärda.`,
    );
  }
  const issuing = problemOf(stateAt(accreditation, wanted.at), wanted);
  if (issuing) {
    return fail(`In the registry, accreditation ${label(accreditation)} ${issuing.en}.`, `Registret: ackrediteringen ${label(accreditation)} ${issuing.sv}.`);
  }
  const path = [issuer.legalName];
  let current: RegistryAccreditation = accreditation;
  const seen = new Set([issuer.id]);
  for (let depth = 0; depth < MAX_CHAIN_DEPTH; depth += 1) {
    const authorityId = current.accreditingAuthorityId;
    path.push(nameOf(authorityId));
    if (authorityId === root) return { ok: true, path };
    const authority = byId.get(authorityId);
    if (!authority || seen.has(authorityId)) break;
    seen.add(authorityId);
    const basis = stateAt(current, wanted.at).basisAccreditationId ?? current.basisAccreditationId ?? null;
    const next = accreditingFrom(authority, basis, wanted);
    if ('reason' in next) {
      return fail(
        `${authority.legalName}, which granted ${label(current)}, could not accredit it on ${day(wanted.at)}: ${next.reason.en}.`,
        `${authority.legalName}, som beviljade ${label(current)}, fick inte ackreditera den ${day(wanted.at)}: ${next.reason.sv}.`,
      );
    }
    current = next.accreditation;
  }
  return fail(
    `The chain of accreditations from ${issuer.legalName} does not lead to the trust root ${nameOf(root)}.`,
    `Kedjan av ackrediteringar från ${issuer.legalName} leder inte till förtroendeankaret ${nameOf(root)}.`,
  );
}

/** The authority's accreditation to accredit that covered `wanted` then: the one named as the basis first. */
function accreditingFrom(authority: RegistryOrganisation, basisId: string | null, wanted: Wanted): { accreditation: RegistryAccreditation } | { reason: Reason } {
  const candidates = authority.accreditations
    .filter((candidate) => candidate.kind === 'TO_ACCREDIT')
    .sort((a, b) => Number(b.id === basisId) - Number(a.id === basisId));
  if (!candidates.length) return { reason: { en: 'it holds no accreditation to accredit', sv: 'den har ingen ackreditering att ackreditera' } };
  let first: Reason | null = null;
  for (const candidate of candidates) {
    const problem = problemOf(stateAt(candidate, wanted.at), wanted);
    if (!problem) return { accreditation: candidate };
    first ??= { en: `its accreditation to accredit ${label(candidate)} ${problem.en}`, sv: `dess ackreditering att ackreditera ${label(candidate)} ${problem.sv}` };
  }
  return { reason: first! };
}

const label = (accreditation: RegistryAccreditation) => accreditation.decisionReference ?? accreditation.id;
