import { InvalidInput, requireUuid } from '../../platform/errors';
import { CredentialType, ISCED_F_FIELDS, fieldCovers, isFieldCode } from '../../platform/vocabulary';
import { AccreditationStatus, type AccreditationStateRecord } from './accreditation';

/** What an accreditation covers. A single check is a scope of one level, one field and one type. */
export interface Scope {
  seqfLevels: number[];
  fields: string[];
  credentialTypes: CredentialType[];
  /** null: any catalogue entry; for a check, undefined means none was named. */
  microCredentialIds: string[] | null | undefined;
}

export interface Decision extends Scope {
  decisionReference: string;
  microCredentialIds: string[] | null;
  validFrom: Date;
  validUntil: Date | null;
}

/** A reason in both languages the hub answers in, and the input field it concerns. */
export interface Problem {
  field: string;
  en: string;
  sv: string;
}

/** "2-5", "2, 4, 6-8". */
export function describeLevels(levels: number[]): string {
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1;
    parts.push(end > index ? `${sorted[index]}-${sorted[end]}` : `${sorted[index]}`);
    index = end + 1;
  }
  return parts.join(', ');
}

const describeField = (code: string) => `${code} (${ISCED_F_FIELDS[code] ?? 'unknown'})`;
const describeFields = (codes: string[]) => codes.map(describeField).join(', ');

/** Dates in reasons: a plain date at midnight UTC, otherwise the moment to the second. */
export function describeMoment(moment: Date): string {
  const iso = moment.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/**
 * The first way `wanted` falls outside `scope`, or null when the scope covers it. Used both for a check (one
 * level, field and type) and for granting (a scope no wider than the accrediting authority's own).
 */
export function scopeProblem(wanted: Scope, scope: Scope): Problem | null {
  const level = wanted.seqfLevels.find((candidate) => !scope.seqfLevels.includes(candidate));
  if (level !== undefined) {
    return {
      field: 'seqfLevels',
      en: `does not cover SeQF level ${level} (it covers levels ${describeLevels(scope.seqfLevels)})`,
      sv: `omfattar inte SeQF-nivå ${level} (den omfattar nivå ${describeLevels(scope.seqfLevels)})`,
    };
  }
  const field = wanted.fields.find((candidate) => !scope.fields.some((own) => fieldCovers(own, candidate)));
  if (field !== undefined) {
    return {
      field: 'fields',
      en: `does not cover field ${describeField(field)} (it covers ${describeFields(scope.fields)})`,
      sv: `omfattar inte området ${describeField(field)} (den omfattar ${describeFields(scope.fields)})`,
    };
  }
  const type = wanted.credentialTypes.find((candidate) => !scope.credentialTypes.includes(candidate));
  if (type !== undefined) {
    return {
      field: 'credentialTypes',
      en: `does not cover credential type ${type} (it covers ${scope.credentialTypes.join(', ')})`,
      sv: `omfattar inte typen ${type} (den omfattar ${scope.credentialTypes.join(', ')})`,
    };
  }
  if (scope.microCredentialIds) {
    if (!wanted.microCredentialIds) {
      return {
        field: 'microCredentialIds',
        en: `is limited to ${scope.microCredentialIds.length} specific micro-credential(s), and none was named`,
        sv: `gäller bara ${scope.microCredentialIds.length} angivna mikromeriter, och ingen angavs`,
      };
    }
    const outside = wanted.microCredentialIds.find((id) => !scope.microCredentialIds!.includes(id));
    if (outside !== undefined) {
      return {
        field: 'microCredentialIds',
        en: `does not cover micro-credential ${outside}`,
        sv: `omfattar inte mikromeriten ${outside}`,
      };
    }
  }
  return null;
}

/** Whether `at` lies in [validFrom, validUntil). */
export function windowProblem(state: { validFrom: Date; validUntil: Date | null }, at: Date): Problem | null {
  if (at.getTime() < state.validFrom.getTime()) {
    return {
      field: 'at',
      en: `was not yet valid on ${describeMoment(at)} (valid from ${describeMoment(state.validFrom)})`,
      sv: `gällde ännu inte ${describeMoment(at)} (gäller från ${describeMoment(state.validFrom)})`,
    };
  }
  if (state.validUntil && at.getTime() >= state.validUntil.getTime()) {
    return {
      field: 'at',
      en: `had expired by ${describeMoment(at)} (valid until ${describeMoment(state.validUntil)})`,
      sv: `hade upphört att gälla ${describeMoment(at)} (gällde till ${describeMoment(state.validUntil)})`,
    };
  }
  return null;
}

export function statusProblem(state: AccreditationStateRecord): Problem | null {
  const because = state.statusReason ? ` (reason: ${state.statusReason})` : '';
  const därför = state.statusReason ? ` (skäl: ${state.statusReason})` : '';
  if (state.status === AccreditationStatus.SUSPENDED) {
    return {
      field: 'status',
      en: `was suspended on ${describeMoment(state.statusChangedAt)}${because}`,
      sv: `var tillfälligt indragen från ${describeMoment(state.statusChangedAt)}${därför}`,
    };
  }
  if (state.status === AccreditationStatus.WITHDRAWN) {
    return {
      field: 'status',
      en: `was withdrawn on ${describeMoment(state.statusChangedAt)}${because}`,
      sv: `återkallades ${describeMoment(state.statusChangedAt)}${därför}`,
    };
  }
  return null;
}

/** A decision's window must lie inside the window of the accreditation it rests on. */
export function windowWithin(inner: { validFrom: Date; validUntil: Date | null }, outer: { validFrom: Date; validUntil: Date | null }): Problem | null {
  if (inner.validFrom.getTime() < outer.validFrom.getTime()) {
    return {
      field: 'validFrom',
      en: `starts before the accrediting authority's own accreditation (valid from ${describeMoment(outer.validFrom)})`,
      sv: `börjar före den ackrediterande myndighetens egen ackreditering (gäller från ${describeMoment(outer.validFrom)})`,
    };
  }
  if (outer.validUntil && (!inner.validUntil || inner.validUntil.getTime() > outer.validUntil.getTime())) {
    return {
      field: 'validUntil',
      en: `must end no later than the accrediting authority's own accreditation (valid until ${describeMoment(outer.validUntil)})`,
      sv: `får inte gälla längre än den ackrediterande myndighetens egen ackreditering (till ${describeMoment(outer.validUntil)})`,
    };
  }
  return null;
}

const CREDENTIAL_TYPES = new Set<string>(Object.values(CredentialType));

/** Checks a decision's input; throws InvalidInput naming the field. Returns it normalised (sorted, unique). */
export function validateDecision(input: {
  decisionReference: string;
  seqfLevels: number[];
  fields: string[];
  credentialTypes: CredentialType[];
  microCredentialIds?: string[] | null;
  validFrom: Date;
  validUntil?: Date | null;
}): Decision {
  const decisionReference = input.decisionReference.trim();
  if (decisionReference.length < 1 || decisionReference.length > 100) {
    throw new InvalidInput('decisionReference', 'must be 1-100 characters (the diarienummer of the decision)');
  }
  if (input.seqfLevels.length === 0) throw new InvalidInput('seqfLevels', 'name at least one SeQF level (1-8)');
  for (const level of input.seqfLevels) {
    if (!Number.isInteger(level) || level < 1 || level > 8) {
      throw new InvalidInput('seqfLevels', `${level} is not a SeQF level; levels are 1-8`);
    }
  }
  if (input.fields.length === 0) throw new InvalidInput('fields', 'name at least one ISCED-F field code');
  const fields = [...new Set(input.fields.map((field) => field.trim()))];
  for (const field of fields) {
    if (!isFieldCode(field)) {
      throw new InvalidInput('fields', `'${field.slice(0, 20)}' is not an ISCED-F field code (for example "09" or "091")`);
    }
  }
  if (input.credentialTypes.length === 0) throw new InvalidInput('credentialTypes', 'name at least one credential type');
  for (const type of input.credentialTypes) {
    if (!CREDENTIAL_TYPES.has(type)) throw new InvalidInput('credentialTypes', `'${String(type).slice(0, 30)}' is not a credential type`);
  }
  let microCredentialIds: string[] | null = null;
  if (input.microCredentialIds) {
    if (input.microCredentialIds.length === 0) {
      throw new InvalidInput('microCredentialIds', 'an empty list would cover nothing; leave it out to cover every micro-credential in scope');
    }
    microCredentialIds = [...new Set(input.microCredentialIds.map((id) => requireUuid('microCredentialIds', id)))].sort();
  }
  assertValidDate('validFrom', input.validFrom);
  const validUntil = input.validUntil ?? null;
  if (validUntil) {
    assertValidDate('validUntil', validUntil);
    if (validUntil.getTime() <= input.validFrom.getTime()) {
      throw new InvalidInput('validUntil', `must be after validFrom (${describeMoment(input.validFrom)})`);
    }
  }
  return {
    decisionReference,
    seqfLevels: [...new Set(input.seqfLevels)].sort((a, b) => a - b),
    fields: fields.sort(),
    credentialTypes: [...new Set(input.credentialTypes)].sort(),
    microCredentialIds,
    validFrom: input.validFrom,
    validUntil,
  };
}

export function assertValidDate(field: string, value: Date) {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new InvalidInput(field, 'is not a valid date-time');
}

/** Whether a stored state carries exactly this decision (a retried grant or amendment). */
export function sameDecision(state: AccreditationStateRecord, decision: Decision): boolean {
  const same = (a: unknown[] | null, b: unknown[] | null) => JSON.stringify(a) === JSON.stringify(b);
  return (
    state.decisionReference === decision.decisionReference &&
    same(state.seqfLevels, decision.seqfLevels) &&
    same([...state.fields].sort(), decision.fields) &&
    same([...state.credentialTypes].sort(), decision.credentialTypes) &&
    same(state.microCredentialIds ? [...state.microCredentialIds].sort() : null, decision.microCredentialIds) &&
    state.validFrom.getTime() === decision.validFrom.getTime() &&
    (state.validUntil?.getTime() ?? null) === (decision.validUntil?.getTime() ?? null)
  );
}

/** Reason text for a person: "1-500 characters". */
export function validateReason(field: string, reason: string | null | undefined, required: boolean): string | null {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) {
    if (required) throw new InvalidInput(field, 'give the reason, in words a person can read');
    return null;
  }
  if (trimmed.length > 500) throw new InvalidInput(field, 'must be at most 500 characters');
  return trimmed;
}
