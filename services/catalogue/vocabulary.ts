import { registerEnumType } from 'type-graphql';

/**
 * The catalogue's own code lists. Shared ones (credential type, ISCED-F fields, SeQF/EQF URIs) live in
 * platform/vocabulary.ts; these belong to the catalogue alone.
 */

/** Where a version of an entry is in its life. */
export enum EntryStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(EntryStatus, {
  name: 'EntryStatus',
  description: 'The lifecycle of a version of a catalogue entry.',
  valuesConfig: {
    DRAFT: { description: 'Being written; only its provider and authorities see it. The only state that can change.' },
    PUBLISHED: {
      description: 'In the national catalogue and immutable. At most one version of an entry is published at a time: the one searches show.',
    },
    RETIRED: { description: 'No longer offered: superseded by a newer version (see supersededBy) or withdrawn by its provider. Awards issued against it stay valid.' },
  },
});

/** Form of participation (Council Recommendation, Annex I, element 10). */
export enum ParticipationForm {
  ONLINE = 'ONLINE',
  ON_SITE = 'ON_SITE',
  BLENDED = 'BLENDED',
}
registerEnumType(ParticipationForm, { name: 'ParticipationForm', description: 'Form of participation in the learning activity.' });

/** Type of quality assurance used to create the micro-credential (Annex I, element 11). */
export enum QualityAssuranceType {
  NATIONAL = 'NATIONAL',
  INDUSTRY_VALIDATION = 'INDUSTRY_VALIDATION',
  EXTERNAL_CERTIFICATION = 'EXTERNAL_CERTIFICATION',
  PROVIDER_OWN = 'PROVIDER_OWN',
}
registerEnumType(QualityAssuranceType, {
  name: 'QualityAssuranceType',
  description: 'Who assures the quality of the learning and its assessment.',
  valuesConfig: {
    NATIONAL: { description: 'National quality assurance (for example MYH, UKÄ or Skolverket for the formal system).' },
    INDUSTRY_VALIDATION: { description: "An industry body's validation model (branschvalidering)." },
    EXTERNAL_CERTIFICATION: { description: 'An external certification or accreditation body (for example against an ISO standard).' },
    PROVIDER_OWN: { description: "The provider's own quality assurance only." },
  },
});

/** Type of assessment (Annex I, element 9). */
export enum AssessmentType {
  WRITTEN_EXAM = 'WRITTEN_EXAM',
  ORAL_EXAM = 'ORAL_EXAM',
  PRACTICAL_DEMONSTRATION = 'PRACTICAL_DEMONSTRATION',
  PROJECT = 'PROJECT',
  PORTFOLIO = 'PORTFOLIO',
  WORKPLACE_OBSERVATION = 'WORKPLACE_OBSERVATION',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  COMBINED = 'COMBINED',
}
registerEnumType(AssessmentType, {
  name: 'AssessmentType',
  description: 'How the learning outcomes are assessed; assessmentDescription says more.',
  valuesConfig: {
    WORKPLACE_OBSERVATION: { description: 'Observed at work against the outcomes (common in industry validation).' },
    SELF_ASSESSMENT: { description: 'The learner assesses themself; show this weight, never hide it.' },
    COMBINED: { description: 'Several of the above; assessmentDescription lists them.' },
  },
});

/** Supervision and identity verification during assessment (Annex I, optional element). */
export enum Supervision {
  UNSUPERVISED_NO_ID_CHECK = 'UNSUPERVISED_NO_ID_CHECK',
  SUPERVISED_NO_ID_CHECK = 'SUPERVISED_NO_ID_CHECK',
  SUPERVISED_ONLINE_WITH_ID_CHECK = 'SUPERVISED_ONLINE_WITH_ID_CHECK',
  SUPERVISED_ON_SITE_WITH_ID_CHECK = 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
}
registerEnumType(Supervision, {
  name: 'Supervision',
  description: 'Supervision and identity verification during assessment, as the Council Recommendation lists them.',
});

/** Integration or stackability options (Annex I, optional element). */
export enum StackabilityKind {
  STAND_ALONE = 'STAND_ALONE',
  STACKABLE = 'STACKABLE',
}
registerEnumType(StackabilityKind, {
  name: 'StackabilityKind',
  description: 'Stand-alone, or part of a larger qualification or partial qualification (see stackability.qualifications).',
});

/** Why an organisation may issue an entry. */
export enum IssuingBasis {
  OWNER = 'OWNER',
  GRANTED = 'GRANTED',
}
registerEnumType(IssuingBasis, {
  name: 'IssuingBasis',
  valuesConfig: {
    OWNER: { description: 'The creator of the entry, who may always issue it while a version is published.' },
    GRANTED: { description: 'A right the creator granted, with its own dates.' },
  },
});

/** A qualification that micro-credentials stack into. */
export enum QualificationKind {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}
registerEnumType(QualificationKind, { name: 'QualificationKind', description: 'A full qualification, or a partial one (delkvalifikation).' });

/** ESCO's skill types (skill/competence, knowledge). */
export enum EscoSkillType {
  SKILL_COMPETENCE = 'SKILL_COMPETENCE',
  KNOWLEDGE = 'KNOWLEDGE',
}
registerEnumType(EscoSkillType, { name: 'EscoSkillType', description: "ESCO's skill type: skill/competence or knowledge." });

/** ESCO's reuse levels. */
export enum EscoReuseLevel {
  TRANSVERSAL = 'TRANSVERSAL',
  CROSS_SECTOR = 'CROSS_SECTOR',
  SECTOR_SPECIFIC = 'SECTOR_SPECIFIC',
  OCCUPATION_SPECIFIC = 'OCCUPATION_SPECIFIC',
}
registerEnumType(EscoReuseLevel, { name: 'EscoReuseLevel', description: 'How widely an ESCO skill applies across occupations and sectors.' });

/** ESCO's CSV spells these in lower case with separators; the graph uses enum names. */
export const escoSkillType = (value: string | null): EscoSkillType | null =>
  value === 'skill/competence' ? EscoSkillType.SKILL_COMPETENCE : value === 'knowledge' ? EscoSkillType.KNOWLEDGE : null;
export const escoReuseLevel = (value: string | null): EscoReuseLevel | null => {
  const name = value?.toUpperCase().replace(/-/g, '_');
  return name && name in EscoReuseLevel ? (name as EscoReuseLevel) : null;
};
