import { luhnCheckDigit } from '../platform/luhn';

/**
 * The demo data: the Swedish pilots of micro-credentials (Kompetenspasset) as organisations, accreditations,
 * catalogue entries, learners and awards. Everything here is loaded through the gateway by demo/load.ts,
 * with the same mutations any client uses; nothing is written to a database directly.
 *
 * What is real and what is not:
 * - The organisations are the pilots, by name. The organisation numbers of the three authorities are their
 *   public ones; the others are FICTITIOUS (the 559900-00xx series), valid by the Luhn rule only.
 * - Decision references, learners, names, dates and grades are made up. Personal identity numbers are
 *   synthetic (see syntheticPersonnummer): valid in form, drawn from a fixed range, never anyone's on purpose.
 * - ESCO skill URIs are real (ESCO v1.1.1). This service uses the ESCO classification of the European Commission.
 */

import type {
  AssessmentType,
  CredentialType,
  OrganisationType,
  ParticipationForm,
  QualityAssuranceType,
  StackabilityKind,
  Supervision,
} from './generated/graphql';

export type OrganisationKey = 'myh' | 'skellefteaKommun' | 'skellefteaKraft' | 'textilakademin' | 'handelsradet' | 'sobona' | 'arbetsformedlingen';
export type ProviderKey = Exclude<OrganisationKey, 'myh'>;

export interface DemoOrganisation {
  legalName: string;
  organisationNumber: string;
  type: OrganisationType;
  region: string;
  /** A short description of the pilot, printed by the demo. */
  about: string;
}

export const ORGANISATIONS: Record<OrganisationKey, DemoOrganisation> = {
  // The root of the accreditation chain: registered first, so that a hub without
  // ACCREDITATION_ROOT_ORGANISATION_NUMBER (outside production) makes it the trust root.
  myh: {
    legalName: 'Myndigheten för yrkeshögskolan',
    organisationNumber: '202100-5489',
    type: 'AUTHORITY',
    region: 'Västmanlands län',
    about: 'the national coordination point for SeQF; accredits issuers',
  },
  skellefteaKommun: {
    legalName: 'Skellefteå kommun',
    organisationNumber: '212000-2742',
    type: 'PUBLIC_AGENCY',
    region: 'Västerbottens län',
    about: 'yrkessvenska (Swedish for care work) in elderly care',
  },
  skellefteaKraft: {
    legalName: 'Skellefteå Kraft',
    organisationNumber: '559900-0014', // FICTITIOUS
    type: 'EMPLOYER',
    region: 'Västerbottens län',
    about: 'operating technicians in hydropower, a safety-critical internal career ladder',
  },
  textilakademin: {
    legalName: 'Nordiska Textilakademin',
    organisationNumber: '559900-0022', // FICTITIOUS
    type: 'EDUCATION_PROVIDER',
    region: 'Västra Götalands län',
    about: 'repair sewing (reparationssömnad), jeans included',
  },
  handelsradet: {
    legalName: 'Handelsrådet',
    organisationNumber: '559900-0030', // FICTITIOUS
    type: 'INDUSTRY_BODY',
    region: 'Stockholms län',
    about: 'stand-alone competence modules for retail; textile and fashion valuation',
  },
  sobona: {
    legalName: 'Sobona',
    organisationNumber: '559900-0048', // FICTITIOUS
    type: 'INDUSTRY_BODY',
    region: 'Stockholms län',
    about: 'industry validation on occupational profiles: fibre networks, water and sewage, textile recycling, property work',
  },
  arbetsformedlingen: {
    legalName: 'Arbetsförmedlingen',
    organisationNumber: '202100-2114',
    type: 'PUBLIC_AGENCY',
    region: 'Stockholms län',
    about: 'labour-market training and basic general competences',
  },
};

export const PROVIDERS: ProviderKey[] = ['skellefteaKommun', 'skellefteaKraft', 'textilakademin', 'handelsradet', 'sobona', 'arbetsformedlingen'];

export interface DemoAccreditation {
  /** The decision's number in MYH's register (diarienummer), after the year: MYH <year>/<number>. */
  number: string;
  seqfLevels: number[];
  /** ISCED-F codes (platform/vocabulary.ts); a broad field covers its narrow ones. */
  fields: string[];
  credentialTypes: CredentialType[];
}

/**
 * What MYH accredits each pilot for. The window is set when loading, from the data's anchor date (see
 * load.ts): from 30 months before it to 42 months after, so the two years of awards all fall inside.
 */
export const ACCREDITATIONS: Record<ProviderKey, DemoAccreditation> = {
  skellefteaKommun: { number: '0311', seqfLevels: [2, 3, 4], fields: ['023', '09'], credentialTypes: ['NON_FORMAL'] },
  skellefteaKraft: { number: '0312', seqfLevels: [3, 4, 5], fields: ['071'], credentialTypes: ['NON_FORMAL', 'INDUSTRY_VALIDATION'] },
  textilakademin: { number: '0313', seqfLevels: [2, 3, 4], fields: ['072'], credentialTypes: ['INDUSTRY_VALIDATION', 'NON_FORMAL'] },
  handelsradet: { number: '0314', seqfLevels: [2, 3, 4], fields: ['041', '072'], credentialTypes: ['INDUSTRY_VALIDATION'] },
  sobona: { number: '0315', seqfLevels: [2, 3, 4], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'] },
  arbetsformedlingen: { number: '0316', seqfLevels: [1, 2, 3], fields: ['00', '023'], credentialTypes: ['NON_FORMAL'] },
};

/** The ESCO v1.1.1 skills the demo's learning outcomes link to, by preferred label (English). */
export const ESCO = {
  // language
  interactVerballyInSwedish: 'http://data.europa.eu/esco/skill/bdf14dfe-437d-4fb6-95f4-72da1a593384',
  understandSpokenSwedish: 'http://data.europa.eu/esco/skill/cd6484a2-bfa2-4371-8e2f-1ffa2a22dac4',
  understandWrittenSwedish: 'http://data.europa.eu/esco/skill/9bccf172-587b-489b-84b7-5e1c8cc91520',
  writeSwedish: 'http://data.europa.eu/esco/skill/69eb9999-814b-4293-8d6c-633e49f64de4',
  // care
  hygieneInHealthCare: 'http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2',
  tendToElderlyPeople: 'http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b',
  provideBasicSupportToPatients: 'http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d',
  workUnderSupervisionInCare: 'http://data.europa.eu/esco/skill/65a1c226-5d93-4fec-8a15-cb1b2ec4379f',
  // hydropower
  hydroelectricity: 'http://data.europa.eu/esco/skill/50e6eba0-4440-4ba5-bb58-3ee78a96e29b',
  monitorElectricGenerators: 'http://data.europa.eu/esco/skill/f7a4fb1d-d951-4c4c-8643-3212c0958f71',
  electricalPowerSafetyRegulations: 'http://data.europa.eu/esco/skill/6360d655-3494-45f6-bfc6-d5f63afc355b',
  applyHealthAndSafetyStandards: 'http://data.europa.eu/esco/skill/dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb',
  wearAppropriateProtectiveGear: 'http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc',
  followSafetyPrecautions: 'http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176',
  // textiles
  sewPiecesOfFabric: 'http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb',
  sewTextileBasedArticles: 'http://data.europa.eu/esco/skill/0d207bf2-b0dd-4a36-933f-d2cd3da2933d',
  alterWearingApparel: 'http://data.europa.eu/esco/skill/7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf',
  propertiesOfFabrics: 'http://data.europa.eu/esco/skill/db1484fb-3b59-439d-ae82-0905af2790aa',
  evaluateGarmentQuality: 'http://data.europa.eu/esco/skill/018164df-2814-4926-bdf7-398d86b9dfe6',
  checkPotentialOfSecondHandMerchandise: 'http://data.europa.eu/esco/skill/329609d7-2254-44c6-87f7-0e837ee89b61',
  sortTextileItems: 'http://data.europa.eu/esco/skill/8f15d53f-d793-42b8-a080-ad77cebcd6e6',
  operateRecyclingProcessingEquipment: 'http://data.europa.eu/esco/skill/1fe682ad-b8a2-44bb-a557-7eccf79b2014',
  // retail
  customerService: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
  provideCustomerGuidanceOnProductSelection: 'http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32',
  examineMerchandise: 'http://data.europa.eu/esco/skill/25fce4fb-35b6-49b6-a4fa-c7aa168fd770',
  // fibre networks, water and sewage, property
  fibreOptics: 'http://data.europa.eu/esco/skill/fdfa3dcb-b8f0-454f-a659-64c66dc6b6a2',
  spliceCable: 'http://data.europa.eu/esco/skill/4a30802f-827c-4706-9099-de85beee6cb5',
  maintainWaterTreatmentEquipment: 'http://data.europa.eu/esco/skill/2a45f2d1-8f1a-4c62-9332-cfd3535d9d35',
  inspectPipelines: 'http://data.europa.eu/esco/skill/10ac5282-3288-4383-8f69-9864d8564ea9',
  repairPipelines: 'http://data.europa.eu/esco/skill/fd84cf80-b9c9-4329-88b6-d3a4d5b8adb4',
  performMinorRepairsToBuildingsSystems: 'http://data.europa.eu/esco/skill/6768f208-f11e-4a07-8644-c59d5e035b76',
  workErgonomically: 'http://data.europa.eu/esco/skill/156f8c5b-894a-4ccc-a70e-37a2726f3f00',
  // basic competences
  applyNumeracySkills: 'http://data.europa.eu/esco/skill/5dd01a1e-7ba0-4b7f-a76c-ed811c12bfde',
  browseSearchAndFilterDigitalContent: 'http://data.europa.eu/esco/skill/e439742d-558d-4f52-885e-afdc740b48cf',
  cooperateWithColleagues: 'http://data.europa.eu/esco/skill/082967d4-b94c-4305-aa13-35a6aa8c5c7c',
} as const;

/** ESCO occupations the analyst's examples ask about. */
export const ESCO_OCCUPATIONS = {
  healthcareAssistant: 'http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082',
  hydroelectricPlantOperator: 'http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73',
} as const;

export interface Text {
  sv: string;
  en: string;
}

export interface DemoEntry {
  provider: ProviderKey;
  /** The provider's own code: how the loader finds an entry it made before. */
  code: string;
  title: Text;
  description: Text;
  learningOutcomes: { text: Text; escoSkillUris: string[] }[];
  workloadHours: number;
  ectsCredits?: number;
  seqfLevel: number;
  field: string;
  credentialType: CredentialType;
  assessmentType: AssessmentType;
  assessmentDescription: Text;
  participationForm: ParticipationForm;
  qualityAssuranceType: QualityAssuranceType;
  qualityAssuranceDescription: Text;
  supervision: Supervision;
  prerequisites?: Text;
  stackability: StackabilityKind;
  stackabilityDescription?: Text;
  /** Cohorts: how many months before the anchor date they finished, and how many passed. */
  cohorts: { monthsAgo: number; size: number }[];
  /** Which learners (indexes into the synthetic population) the cohorts are drawn from, in order. */
  learnerPool: { from: number; to: number };
}

export const ENTRIES: DemoEntry[] = [
  {
    provider: 'skellefteaKommun',
    code: 'SKE-YSV-01',
    title: { sv: 'Yrkessvenska för vård och omsorg', en: 'Vocational Swedish for health and social care' },
    description: {
      sv: 'Svenska för arbetet i äldreomsorgen: samtal med vårdtagare och kollegor, dokumentation och de ord som vården använder.',
      en: 'Swedish for work in elderly care: talking with care recipients and colleagues, documentation and the words care work uses.',
    },
    learningOutcomes: [
      {
        text: {
          sv: 'Kan samtala med vårdtagare, anhöriga och kollegor om vardagliga omsorgssituationer.',
          en: 'Can talk with care recipients, relatives and colleagues about everyday care situations.',
        },
        escoSkillUris: [ESCO.interactVerballyInSwedish, ESCO.understandSpokenSwedish],
      },
      {
        text: {
          sv: 'Kan läsa instruktioner och skriva korta anteckningar i social dokumentation.',
          en: 'Can read instructions and write short notes in social care records.',
        },
        escoSkillUris: [ESCO.understandWrittenSwedish, ESCO.writeSwedish],
      },
      {
        text: {
          sv: 'Kan använda ord och begrepp för basal hygien och omvårdnad av äldre.',
          en: 'Can use the words and concepts of basic hygiene and care of older people.',
        },
        escoSkillUris: [ESCO.hygieneInHealthCare, ESCO.tendToElderlyPeople],
      },
    ],
    workloadHours: 120,
    seqfLevel: 3,
    field: '023',
    credentialType: 'NON_FORMAL',
    assessmentType: 'COMBINED',
    assessmentDescription: {
      sv: 'Muntligt samtal med bedömare, en skriftlig dokumentationsuppgift och observation på arbetsplatsen.',
      en: 'An oral conversation with an assessor, a written documentation task and observation at the workplace.',
    },
    participationForm: 'BLENDED',
    qualityAssuranceType: 'PROVIDER_OWN',
    qualityAssuranceDescription: {
      sv: 'Vuxenutbildningens kvalitetsarbete i Skellefteå kommun; bedömare med lärarlegitimation i svenska som andraspråk.',
      en: "Skellefteå kommun's quality work in adult education; assessors certified to teach Swedish as a second language.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STACKABLE',
    stackabilityDescription: {
      sv: 'Kan kombineras med Basal hygien och omvårdnad i äldreomsorgen på vägen mot undersköterska.',
      en: 'Combines with Basic hygiene and care in elderly care on the way to a healthcare assistant.',
    },
    cohorts: [
      { monthsAgo: 22, size: 14 },
      { monthsAgo: 16, size: 16 },
      { monthsAgo: 10, size: 12 },
      { monthsAgo: 4, size: 15 },
    ],
    learnerPool: { from: 0, to: 57 },
  },
  {
    provider: 'skellefteaKommun',
    code: 'SKE-OMV-01',
    title: { sv: 'Basal hygien och omvårdnad i äldreomsorgen', en: 'Basic hygiene and care in elderly care' },
    description: {
      sv: 'Basala hygienrutiner, stöd i vardagen och att arbeta under handledning i kommunens äldreomsorg.',
      en: "Basic hygiene routines, everyday support and working under supervision in the municipality's elderly care.",
    },
    learningOutcomes: [
      {
        text: {
          sv: 'Följer basala hygienrutiner och förklarar varför de förebygger smitta.',
          en: 'Follows basic hygiene routines and explains how they prevent infection.',
        },
        escoSkillUris: [ESCO.hygieneInHealthCare],
      },
      {
        text: {
          sv: 'Ger stöd vid måltider, förflyttning och personlig hygien med respekt för vårdtagarens integritet.',
          en: "Supports meals, moving and personal hygiene with respect for the care recipient's integrity.",
        },
        escoSkillUris: [ESCO.provideBasicSupportToPatients, ESCO.tendToElderlyPeople],
      },
      {
        text: {
          sv: 'Arbetar under handledning och rapporterar förändringar i vårdtagarens tillstånd.',
          en: "Works under supervision and reports changes in the care recipient's condition.",
        },
        escoSkillUris: [ESCO.workUnderSupervisionInCare],
      },
    ],
    workloadHours: 60,
    seqfLevel: 3,
    field: '092',
    credentialType: 'NON_FORMAL',
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: {
      sv: 'Praktiska moment bedöms av handledare på arbetsplatsen enligt en bedömningsmall.',
      en: 'Practical tasks assessed by a supervisor at the workplace against an assessment template.',
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'PROVIDER_OWN',
    qualityAssuranceDescription: {
      sv: 'Socialförvaltningens rutiner för introduktion och kompetensutveckling.',
      en: "The social services department's routines for induction and skills development.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STACKABLE',
    stackabilityDescription: {
      sv: 'Kan kombineras med Yrkessvenska för vård och omsorg.',
      en: 'Combines with Vocational Swedish for health and social care.',
    },
    cohorts: [
      { monthsAgo: 19, size: 12 },
      { monthsAgo: 13, size: 10 },
      { monthsAgo: 7, size: 14 },
      { monthsAgo: 1, size: 11 },
    ],
    learnerPool: { from: 0, to: 47 },
  },
  {
    provider: 'skellefteaKraft',
    code: 'SKK-DVK-01',
    title: { sv: 'Drifttekniker vattenkraft, steg 1', en: 'Hydropower operating technician, stage 1' },
    description: {
      sv: 'Första steget i den interna karriärstegen för drifttekniker: anläggningens delar, övervakning av generatorer och säkert arbete i station.',
      en: 'The first stage of the internal career ladder for operating technicians: the plant, monitoring generators and safe work in a station.',
    },
    learningOutcomes: [
      {
        text: {
          sv: 'Kan beskriva hur ett vattenkraftverk omvandlar vattnets energi till el, från intag till generator.',
          en: "Can describe how a hydropower plant turns the water's energy into electricity, from intake to generator.",
        },
        escoSkillUris: [ESCO.hydroelectricity],
      },
      {
        text: {
          sv: 'Övervakar generatorer och larm från driftcentralen och vidtar åtgärder enligt instruktion.',
          en: 'Monitors generators and alarms from the control room and acts as the instructions say.',
        },
        escoSkillUris: [ESCO.monitorElectricGenerators],
      },
      {
        text: {
          sv: 'Arbetar enligt elsäkerhetsföreskrifterna vid drift och underhåll i station.',
          en: 'Works by the electrical safety regulations in operation and maintenance in a station.',
        },
        escoSkillUris: [ESCO.electricalPowerSafetyRegulations, ESCO.applyHealthAndSafetyStandards],
      },
    ],
    workloadHours: 200,
    seqfLevel: 5,
    field: '071',
    credentialType: 'NON_FORMAL',
    assessmentType: 'COMBINED',
    assessmentDescription: {
      sv: 'Skriftligt prov och praktisk bedömning i station av en erfaren drifttekniker.',
      en: 'A written exam and a practical assessment in a station by an experienced operating technician.',
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'PROVIDER_OWN',
    qualityAssuranceDescription: {
      sv: 'Företagets interna utbildningssystem för säkerhetskritiska roller; bedömare utses av driftchefen.',
      en: "The company's internal training system for safety-critical roles; assessors appointed by the head of operations.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    prerequisites: {
      sv: 'Gymnasieutbildning inom el och energi, eller motsvarande kunskaper.',
      en: 'Upper secondary education in electricity and energy, or equivalent knowledge.',
    },
    stackability: 'STACKABLE',
    stackabilityDescription: {
      sv: 'Steg 1 av 3 i karriärstegen för drifttekniker vattenkraft.',
      en: 'Stage 1 of 3 of the career ladder for hydropower operating technicians.',
    },
    cohorts: [
      { monthsAgo: 20, size: 8 },
      { monthsAgo: 11, size: 9 },
      { monthsAgo: 3, size: 8 },
    ],
    learnerPool: { from: 300, to: 325 },
  },
  {
    provider: 'skellefteaKraft',
    code: 'SKK-ELS-01',
    title: { sv: 'Elsäkerhet i vattenkraftstationer', en: 'Electrical safety in hydropower stations' },
    description: {
      sv: 'Elsäkerhet för alla som arbetar i eller nära en vattenkraftstation: risker, skyddsutrustning och arbetsrutiner.',
      en: 'Electrical safety for everyone working in or near a hydropower station: risks, protective equipment and work routines.',
    },
    learningOutcomes: [
      {
        text: {
          sv: 'Kan redogöra för elsäkerhetsföreskrifterna och vad de kräver vid arbete i station.',
          en: 'Can explain the electrical safety regulations and what they require for work in a station.',
        },
        escoSkillUris: [ESCO.electricalPowerSafetyRegulations],
      },
      {
        text: {
          sv: 'Väljer och använder rätt personlig skyddsutrustning för arbetsuppgiften.',
          en: 'Chooses and uses the right personal protective equipment for the task.',
        },
        escoSkillUris: [ESCO.wearAppropriateProtectiveGear, ESCO.applyHealthAndSafetyStandards],
      },
    ],
    workloadHours: 24,
    seqfLevel: 4,
    field: '071',
    credentialType: 'NON_FORMAL',
    assessmentType: 'COMBINED',
    assessmentDescription: {
      sv: 'Skriftligt prov och en praktisk övning i frånkoppling och spänningsprovning.',
      en: 'A written exam and a practical exercise in isolation and voltage testing.',
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'PROVIDER_OWN',
    qualityAssuranceDescription: {
      sv: 'Företagets interna utbildningssystem för säkerhetskritiska roller.',
      en: "The company's internal training system for safety-critical roles.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 21, size: 10 },
      { monthsAgo: 15, size: 12 },
      { monthsAgo: 9, size: 11 },
      { monthsAgo: 2, size: 12 },
    ],
    learnerPool: { from: 300, to: 345 },
  },
  {
    provider: 'textilakademin',
    code: 'NTA-REP-01',
    title: { sv: 'Reparationssömnad', en: 'Repair sewing' },
    description: {
      sv: 'Laga och ändra kläder och textilier för hand och med industrisymaskin, så att de kan användas längre.',
      en: 'Mending and altering clothes and textiles by hand and with an industrial sewing machine, so they last longer.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Syr ihop och lagar tygdelar med lämplig söm och tråd.', en: 'Joins and mends fabric pieces with a suitable seam and thread.' },
        escoSkillUris: [ESCO.sewPiecesOfFabric, ESCO.sewTextileBasedArticles],
      },
      {
        text: { sv: 'Ändrar plagg efter kundens mått och önskemål.', en: "Alters garments to the customer's measurements and wishes." },
        escoSkillUris: [ESCO.alterWearingApparel],
      },
    ],
    workloadHours: 80,
    ectsCredits: 3,
    seqfLevel: 3,
    field: '072',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: {
      sv: 'Praktiskt prov: tre reparationer och en ändring bedöms mot branschens kriterier.',
      en: "Practical test: three repairs and one alteration assessed against the industry's criteria.",
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Branschvalidering enligt textilbranschens yrkesprofil; bedömare certifierade av Nordiska Textilakademin.',
      en: "Industry validation against the textile industry's occupational profile; assessors certified by Nordiska Textilakademin.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STACKABLE',
    stackabilityDescription: {
      sv: 'Grund för Reparationssömnad jeans.',
      en: 'The basis for Repair sewing: jeans.',
    },
    cohorts: [
      { monthsAgo: 23, size: 12 },
      { monthsAgo: 17, size: 14 },
      { monthsAgo: 11, size: 15 },
      { monthsAgo: 5, size: 13 },
    ],
    learnerPool: { from: 100, to: 154 },
  },
  {
    provider: 'textilakademin',
    code: 'NTA-REP-02',
    title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
    description: {
      sv: 'Laga och förstärka jeans: slitna knän och grenpartier, trasiga bälteshällor, byte av blixtlås och nya fållar.',
      en: 'Mending and reinforcing jeans: worn knees and crotches, broken belt loops, new zips and hems.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Lagar slitna partier på jeans med stoppning och lappning.', en: 'Repairs worn areas of jeans by darning and patching.' },
        escoSkillUris: [ESCO.alterWearingApparel, ESCO.sewPiecesOfFabric],
      },
      {
        text: {
          sv: 'Bedömer denimtygets skick och väljer metod efter materialets egenskaper.',
          en: "Judges the denim's condition and chooses a method by the material's properties.",
        },
        escoSkillUris: [ESCO.propertiesOfFabrics],
      },
    ],
    workloadHours: 40,
    ectsCredits: 1.5,
    seqfLevel: 3,
    field: '072',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: {
      sv: 'Praktiskt prov: tre par jeans lagas under övervakning.',
      en: 'Practical test: three pairs of jeans repaired under supervision.',
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Branschvalidering enligt textilbranschens yrkesprofil.',
      en: "Industry validation against the textile industry's occupational profile.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    prerequisites: { sv: 'Reparationssömnad, eller motsvarande kunskaper.', en: 'Repair sewing, or equivalent knowledge.' },
    stackability: 'STACKABLE',
    stackabilityDescription: { sv: 'Bygger på Reparationssömnad.', en: 'Builds on Repair sewing.' },
    cohorts: [
      { monthsAgo: 14, size: 10 },
      { monthsAgo: 8, size: 12 },
      { monthsAgo: 2, size: 11 },
    ],
    learnerPool: { from: 100, to: 133 },
  },
  {
    provider: 'handelsradet',
    code: 'HR-KUND-01',
    title: { sv: 'Kundmöte och service i butik', en: 'Customer encounters and service in retail' },
    description: {
      sv: 'En fristående kompetensmodul för handeln: att möta kunder, förstå behov och ge råd om varor.',
      en: 'A stand-alone competence module for retail: meeting customers, understanding needs and advising on products.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Bemöter kunder professionellt och hanterar synpunkter och reklamationer.', en: 'Serves customers professionally and handles feedback and complaints.' },
        escoSkillUris: [ESCO.customerService],
      },
      {
        text: { sv: 'Tar reda på kundens behov och ger råd om val av vara.', en: "Finds out the customer's needs and advises on the choice of product." },
        escoSkillUris: [ESCO.provideCustomerGuidanceOnProductSelection],
      },
    ],
    workloadHours: 40,
    seqfLevel: 3,
    field: '041',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'WORKPLACE_OBSERVATION',
    assessmentDescription: {
      sv: 'Observation i butik av en branschbedömare, med ett avslutande samtal.',
      en: 'Observation in a shop by an industry assessor, followed by a closing conversation.',
    },
    participationForm: 'BLENDED',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Handelns branschvalidering; modulerna tas fram och revideras av arbetsgivare och fack tillsammans.',
      en: "Retail's industry validation; the modules are written and revised by employers and unions together.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 23, size: 16 },
      { monthsAgo: 18, size: 18 },
      { monthsAgo: 12, size: 15 },
      { monthsAgo: 6, size: 17 },
      { monthsAgo: 1, size: 14 },
    ],
    learnerPool: { from: 160, to: 240 },
  },
  {
    provider: 'handelsradet',
    code: 'HR-VARD-01',
    title: { sv: 'Värdering av textil och mode', en: 'Valuation of textiles and fashion' },
    description: {
      sv: 'Bedöma skick, material och andrahandsvärde på kläder och textilier i handeln.',
      en: 'Judging the condition, material and second-hand value of clothes and textiles in retail.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Granskar plagg och bedömer kvalitet, skick och material.', en: 'Examines garments and judges quality, condition and material.' },
        escoSkillUris: [ESCO.examineMerchandise, ESCO.evaluateGarmentQuality, ESCO.propertiesOfFabrics],
      },
      {
        text: { sv: 'Bedömer andrahandsvärdet och sätter ett rimligt pris.', en: 'Judges the second-hand value and sets a reasonable price.' },
        escoSkillUris: [ESCO.checkPotentialOfSecondHandMerchandise],
      },
    ],
    workloadHours: 60,
    seqfLevel: 4,
    field: '041',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: {
      sv: 'Praktiskt prov: tjugo plagg värderas och motiveras inför en branschbedömare.',
      en: 'Practical test: twenty garments valued and the valuation explained to an industry assessor.',
    },
    participationForm: 'BLENDED',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Handelns branschvalidering.',
      en: "Retail's industry validation.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 15, size: 9 },
      { monthsAgo: 9, size: 11 },
      { monthsAgo: 3, size: 10 },
    ],
    learnerPool: { from: 140, to: 170 },
  },
  {
    provider: 'sobona',
    code: 'SOB-FIB-01',
    title: { sv: 'Beredskapssvetsare fibernät', en: 'Standby fibre splicer for fibre networks' },
    description: {
      sv: 'Skarva (svetsa) optisk fiber vid fel och avbrott i kommunala fibernät, dygnet runt och säkert.',
      en: 'Splicing (fusion welding) optical fibre at faults and outages in municipal fibre networks, around the clock and safely.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Förklarar hur optisk fiber leder ljus och vad som försämrar en skarv.', en: 'Explains how optical fibre carries light and what degrades a splice.' },
        escoSkillUris: [ESCO.fibreOptics],
      },
      {
        text: { sv: 'Svetsar och mäter fiberskarvar som klarar branschens dämpningskrav.', en: "Fusion-splices and measures fibre splices that meet the industry's attenuation limits." },
        escoSkillUris: [ESCO.spliceCable, ESCO.fibreOptics],
      },
      {
        text: { sv: 'Arbetar säkert vid felavhjälpning i brunnar, skåp och vid väg.', en: 'Works safely when repairing faults in manholes, cabinets and by the road.' },
        escoSkillUris: [ESCO.followSafetyPrecautions, ESCO.wearAppropriateProtectiveGear],
      },
    ],
    workloadHours: 80,
    seqfLevel: 4,
    field: '071',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: {
      sv: 'Praktiskt prov: skarvning och mätning av tolv fibrer inom given tid, bedömt mot yrkesprofilen.',
      en: 'Practical test: splicing and measuring twelve fibres within a set time, assessed against the occupational profile.',
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Sobonas nationella branschvalideringsmodell, byggd på yrkesprofiler som arbetsgivare och fack tagit fram.',
      en: "Sobona's national industry validation model, built on occupational profiles written by employers and unions.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 18, size: 9 },
      { monthsAgo: 10, size: 10 },
      { monthsAgo: 4, size: 9 },
    ],
    learnerPool: { from: 250, to: 290 },
  },
  {
    provider: 'sobona',
    code: 'SOB-VA-01',
    title: { sv: 'Underhåll inom vatten och avlopp', en: 'Maintenance in water and sewage' },
    description: {
      sv: 'Tillsyn och underhåll av pumpstationer, ledningar och utrustning i kommunal VA-verksamhet.',
      en: 'Inspection and maintenance of pumping stations, pipes and equipment in municipal water and sewage services.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Utför rutinunderhåll på utrustning i vatten- och avloppsverk.', en: 'Carries out routine maintenance on equipment in water and sewage works.' },
        escoSkillUris: [ESCO.maintainWaterTreatmentEquipment],
      },
      {
        text: { sv: 'Inspekterar ledningar, hittar läckor och gör enklare reparationer.', en: 'Inspects pipes, finds leaks and makes simple repairs.' },
        escoSkillUris: [ESCO.inspectPipelines, ESCO.repairPipelines],
      },
      {
        text: { sv: 'Följer hygien- och säkerhetsregler vid arbete med dricksvatten och avlopp.', en: 'Follows hygiene and safety rules when working with drinking water and sewage.' },
        escoSkillUris: [ESCO.applyHealthAndSafetyStandards],
      },
    ],
    workloadHours: 120,
    seqfLevel: 3,
    field: '071',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'WORKPLACE_OBSERVATION',
    assessmentDescription: {
      sv: 'Observation i ordinarie arbete av en bedömare från branschen, mot yrkesprofilens kriterier.',
      en: "Observation in regular work by an industry assessor, against the occupational profile's criteria.",
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Sobonas nationella branschvalideringsmodell.',
      en: "Sobona's national industry validation model.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 21, size: 8 },
      { monthsAgo: 14, size: 10 },
      { monthsAgo: 6, size: 9 },
    ],
    learnerPool: { from: 325, to: 360 },
  },
  {
    provider: 'sobona',
    code: 'SOB-TXT-01',
    title: { sv: 'Textilåtervinning: sortering och hantering', en: 'Textile recycling: sorting and handling' },
    description: {
      sv: 'Sortera insamlad textil för återbruk och återvinning, och hantera sorteringsutrustningen.',
      en: 'Sorting collected textiles for reuse and recycling, and handling the sorting equipment.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Sorterar textil efter fiber, skick och användning.', en: 'Sorts textiles by fibre, condition and use.' },
        escoSkillUris: [ESCO.sortTextileItems, ESCO.propertiesOfFabrics],
      },
      {
        text: { sv: 'Kör och sköter utrustning för textilåtervinning säkert.', en: 'Runs and looks after textile recycling equipment safely.' },
        escoSkillUris: [ESCO.operateRecyclingProcessingEquipment],
      },
    ],
    workloadHours: 40,
    seqfLevel: 2,
    field: '072',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: {
      sv: 'Praktiskt prov vid en sorteringsanläggning.',
      en: 'Practical test at a sorting plant.',
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Sobonas nationella branschvalideringsmodell.',
      en: "Sobona's national industry validation model.",
    },
    supervision: 'SUPERVISED_NO_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 12, size: 10 },
      { monthsAgo: 5, size: 12 },
    ],
    learnerPool: { from: 150, to: 175 },
  },
  {
    provider: 'sobona',
    code: 'SOB-FAS-01',
    title: { sv: 'Introduktion till fastighetsarbete', en: 'Introduction to property work' },
    description: {
      sv: 'Första steget in i fastighetsskötsel: enklare reparationer, rondering och ett säkert och ergonomiskt arbetssätt.',
      en: 'The first step into property maintenance: simple repairs, inspection rounds and a safe, ergonomic way of working.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Gör enklare reparationer av fastighetens installationer.', en: "Makes simple repairs to the building's installations." },
        escoSkillUris: [ESCO.performMinorRepairsToBuildingsSystems],
      },
      {
        text: { sv: 'Arbetar säkert och ergonomiskt, med rätt skyddsutrustning.', en: 'Works safely and ergonomically, with the right protective equipment.' },
        escoSkillUris: [ESCO.followSafetyPrecautions, ESCO.workErgonomically],
      },
    ],
    workloadHours: 60,
    seqfLevel: 2,
    field: '073',
    credentialType: 'INDUSTRY_VALIDATION',
    assessmentType: 'WORKPLACE_OBSERVATION',
    assessmentDescription: {
      sv: 'Observation under praktik hos en fastighetsägare, mot yrkesprofilens kriterier.',
      en: "Observation during a work placement with a property owner, against the occupational profile's criteria.",
    },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: {
      sv: 'Sobonas nationella branschvalideringsmodell.',
      en: "Sobona's national industry validation model.",
    },
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 16, size: 11 },
      { monthsAgo: 7, size: 12 },
      { monthsAgo: 1, size: 10 },
    ],
    learnerPool: { from: 200, to: 250 },
  },
  {
    provider: 'arbetsformedlingen',
    code: 'AF-GRK-01',
    title: { sv: 'Grundläggande kompetenser för arbetslivet', en: 'Basic competences for working life' },
    description: {
      sv: 'Arbetsmarknadsutbildning i grundläggande kompetenser: vardagsmatematik, digitala verktyg och samarbete på en arbetsplats.',
      en: 'Labour-market training in basic competences: everyday maths, digital tools and working together at a workplace.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Använder vardagsmatematik i arbetet: mått, tid och pengar.', en: 'Uses everyday maths at work: measures, time and money.' },
        escoSkillUris: [ESCO.applyNumeracySkills],
      },
      {
        text: { sv: 'Söker och hittar information med digitala verktyg och bedömer källan.', en: 'Searches for and finds information with digital tools and judges the source.' },
        escoSkillUris: [ESCO.browseSearchAndFilterDigitalContent],
      },
      {
        text: { sv: 'Läser arbetsinstruktioner och samarbetar med kollegor.', en: 'Reads work instructions and cooperates with colleagues.' },
        escoSkillUris: [ESCO.understandWrittenSwedish, ESCO.cooperateWithColleagues],
      },
    ],
    workloadHours: 160,
    seqfLevel: 2,
    field: '00',
    credentialType: 'NON_FORMAL',
    assessmentType: 'COMBINED',
    assessmentDescription: {
      sv: 'Uppgifter under utbildningen och ett avslutande praktiskt prov.',
      en: 'Tasks during the training and a closing practical test.',
    },
    participationForm: 'BLENDED',
    qualityAssuranceType: 'PROVIDER_OWN',
    qualityAssuranceDescription: {
      sv: 'Upphandlad arbetsmarknadsutbildning som Arbetsförmedlingen följer upp.',
      en: 'Procured labour-market training, followed up by Arbetsförmedlingen.',
    },
    supervision: 'SUPERVISED_NO_ID_CHECK',
    stackability: 'STAND_ALONE',
    cohorts: [
      { monthsAgo: 23, size: 18 },
      { monthsAgo: 17, size: 16 },
      { monthsAgo: 11, size: 19 },
      { monthsAgo: 6, size: 17 },
      { monthsAgo: 2, size: 15 },
    ],
    learnerPool: { from: 0, to: 90 },
  },
];

/** How many synthetic learners the demo has (the pools above index into them). */
export const LEARNER_COUNT = 360;

/**
 * Learners' personal identity numbers, synthetic: born on day 1-28 of a month in 1950-2005, with birth
 * numbers (the three digits after the date) 980-999, and a valid Luhn check digit. Serial n always gives
 * the same number, and different serials (below 376,320) give different numbers. They are valid so that
 * the hub accepts them; they are not meant to be anyone's. Written YYYYMMDD-NNNC (with the century).
 */
export function syntheticPersonnummer(serial: number): string {
  const days = 56 * 12 * 28; // 1950-2005, 12 months, days 1-28
  // Spread consecutive serials over the years: 7919 is coprime to `days`, so no two serials share a date
  // and birth number.
  const dayIndex = (Math.floor(serial / 20) * 7919) % days;
  const year = 1950 + Math.floor(dayIndex / (12 * 28));
  const month = 1 + (Math.floor(dayIndex / 28) % 12);
  const day = 1 + (dayIndex % 28);
  const birthNumber = 980 + (serial % 20);
  const yymmdd = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const nine = `${yymmdd}${birthNumber}`;
  return `${year}${yymmdd.slice(2)}-${birthNumber}${luhnCheckDigit(nine)}`;
}


const FIRST_NAMES = [
  'Aino', 'Erik', 'Fatima', 'Johan', 'Maria', 'Ahmed', 'Linnea', 'Mikael', 'Sara', 'Omar', 'Elin', 'Anders', 'Amina', 'Jonas',
  'Karin', 'Hassan', 'Sofia', 'Per', 'Leila', 'Nils', 'Emma', 'Yusuf', 'Ingrid', 'Oskar', 'Hanna', 'Ali', 'Frida', 'Lars',
  'Maja', 'Daniel', 'Zeynep', 'Viktor', 'Astrid', 'Samir', 'Ida', 'Gustav', 'Nour', 'Henrik', 'Tove', 'Said', 'Greta',
];
const SURNAMES = [
  'Marklund', 'Lindqvist', 'Öberg', 'Nilsson', 'Lundström', 'Hägglund', 'Johansson', 'Abdi', 'Karlsson', 'Burman', 'Holmström',
  'Andersson', 'Hussein', 'Lindgren', 'Sandberg', 'Nordin', 'Persson', 'Mohammed', 'Eriksson', 'Boström', 'Strömberg',
  'Larsson', 'Ahmadi', 'Wikström', 'Åström', 'Nyström', 'Berglund', 'Rahimi', 'Forsberg', 'Sjöberg',
];

export interface DemoLearner {
  serial: number;
  personalNumber: string;
  name: string;
  email: string;
}

/** The synthetic learner with this serial: a name from common first names and surnames, and an example.org address. */
export function demoLearner(serial: number): DemoLearner {
  const first = FIRST_NAMES[serial % FIRST_NAMES.length];
  const last = SURNAMES[Math.floor(serial / FIRST_NAMES.length + serial * 7) % SURNAMES.length];
  const ascii = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  return { serial, personalNumber: syntheticPersonnummer(serial), name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}.${serial}@example.org` };
}

/** The learner whose token the demo prints: she has several awards and shares two of them. */
export const DEMO_LEARNER_SERIAL = 3;

/** Qualifications the pilots' entries stack into (defineQualification; the same code again replaces the definition). */
export const QUALIFICATIONS: {
  owner: ProviderKey;
  code: string;
  kind: 'FULL' | 'PARTIAL';
  title: Text;
  seqfLevel?: number;
  components: { entryCode: string; mandatory: boolean }[];
  requiredCount: number;
}[] = [
  {
    owner: 'skellefteaKommun',
    code: 'SKE-VO-INTRO',
    kind: 'PARTIAL',
    title: { sv: 'Introduktion till vård och omsorg', en: 'Introduction to health and social care' },
    // A level, so that Europass publishes it as a Qualification the entries are part of (the LOQ shapes need one).
    seqfLevel: 3,
    components: [
      { entryCode: 'SKE-YSV-01', mandatory: true },
      { entryCode: 'SKE-OMV-01', mandatory: true },
    ],
    requiredCount: 2,
  },
  {
    // The internal career ladder: stage 1 and the electrical safety that goes with it.
    owner: 'skellefteaKraft',
    code: 'SKK-DVK-STEG1',
    kind: 'PARTIAL',
    title: { sv: 'Drifttekniker vattenkraft, steg 1 med elsäkerhet', en: 'Hydropower operating technician, stage 1 with electrical safety' },
    seqfLevel: 5,
    components: [
      { entryCode: 'SKK-DVK-01', mandatory: true },
      { entryCode: 'SKK-ELS-01', mandatory: true },
    ],
    requiredCount: 2,
  },
];

/** Shares learners make (idempotent: a learner's active share with the same recipient is kept). */
export const SHARES: { learnerSerial: number; entryCodes: string[]; recipientLabel: string; days: number }[] = [
  { learnerSerial: DEMO_LEARNER_SERIAL, entryCodes: ['SKE-YSV-01', 'SKE-OMV-01'], recipientLabel: 'Rekrytering, hemtjänsten i Skellefteå', days: 60 },
  { learnerSerial: 105, entryCodes: ['NTA-REP-01', 'NTA-REP-02'], recipientLabel: 'Second hand-butik i Borås', days: 30 },
  { learnerSerial: 252, entryCodes: ['SOB-FIB-01'], recipientLabel: 'Fiberentreprenör, jourlistan', days: 14 },
];

/** A few awards end revoked or suspended, the way issuers do: these reasons, on every Nth award. */
export const STATUS_CHANGES = {
  revokeEvery: 67,
  suspendEvery: 53,
  revokeReasons: ['Utfärdat till fel person', 'Bedömningen underkändes vid omprövning'],
  suspendReasons: ['Utredning pågår om provets genomförande'],
};

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The day a cohort finished: `monthsAgo` months before the anchor month, on a day from 5 to 26 that
 * depends on the entry, so cohorts do not all end on the same date. Never after `latest`.
 */
export function cohortDate(anchor: Date, monthsAgo: number, entryIndex: number, latest: Date): string {
  const month = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - monthsAgo, 1));
  const day = 5 + ((entryIndex * 7 + monthsAgo * 3) % 22);
  const date = `${month.getUTCFullYear()}-${pad(month.getUTCMonth() + 1)}-${pad(day)}`;
  const cap = latest.toISOString().slice(0, 10);
  return date > cap ? cap : date;
}

export interface PlannedAward {
  entryCode: string;
  provider: ProviderKey;
  learner: DemoLearner;
  issuedOn: string;
  grade: string;
  /** Stable per award, so that loading again never issues twice. */
  idempotencyKey: string;
  status: 'ACTIVE' | 'REVOKED' | 'SUSPENDED';
  statusReason?: string;
}

/**
 * Every award of the demo, in a fixed order: each entry's cohorts take consecutive learners from its
 * pool (wrapping around), so pools that overlap give learners several awards, as stacking would.
 * `anchor` is the month the demo data was first loaded; `today` caps dates.
 */
export function plannedAwards(anchor: Date, today: Date): PlannedAward[] {
  const awards: PlannedAward[] = [];
  ENTRIES.forEach((entry, entryIndex) => {
    const poolSize = entry.learnerPool.to - entry.learnerPool.from;
    let next = 0;
    for (const cohort of entry.cohorts) {
      const issuedOn = cohortDate(anchor, cohort.monthsAgo, entryIndex, today);
      const taken = new Set<number>();
      for (let seat = 0; seat < cohort.size; seat += 1) {
        const serial = entry.learnerPool.from + (next % poolSize);
        next += 1;
        // A learner passes an entry once.
        if (taken.has(serial) || awards.some((award) => award.entryCode === entry.code && award.learner.serial === serial)) continue;
        taken.add(serial);
        awards.push({
          entryCode: entry.code,
          provider: entry.provider,
          learner: demoLearner(serial),
          issuedOn,
          grade: (serial + entryIndex) % 4 === 0 ? 'Väl godkänd' : 'Godkänd',
          idempotencyKey: `demo:${entry.code}:${serial}`,
          status: 'ACTIVE',
        });
      }
    }
  });
  // The learners whose shares the demo makes keep their awards in force.
  const sharing = new Set(SHARES.map((share) => share.learnerSerial));
  awards.forEach((award, index) => {
    if (sharing.has(award.learner.serial)) return;
    if (index % STATUS_CHANGES.revokeEvery === 11) {
      award.status = 'REVOKED';
      award.statusReason = STATUS_CHANGES.revokeReasons[index % STATUS_CHANGES.revokeReasons.length];
    } else if (index % STATUS_CHANGES.suspendEvery === 7) {
      award.status = 'SUSPENDED';
      award.statusReason = STATUS_CHANGES.suspendReasons[0];
    }
  });
  return awards;
}

export { luhnCheckDigit };
