import type { MicroCredentialContentInput } from '../generated/graphql';
import { DraftMicroCredentialDocument, RegisterOrganisationDocument } from '../generated/graphql';
import { fictitiousOrganisationNumber, type TestHub } from './hub';

const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
const occupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;

/** ESCO v1.1.1 concepts from the hub's built-in set (present without an import). */
export const SKILL = {
  weldingTechniques: skill('530cb489-d900-46ab-9350-4d50ccd49eea'),
  operateWeldingEquipment: skill('2fcd95a4-1f9a-41cf-95a9-4701bde476b4'),
  protectiveGear: skill('6122d586-5978-431f-8e7a-96e61fc1f3fc'),
  sewPiecesOfFabric: skill('a3ef84f9-c436-437a-bc6f-4956ae13e1eb'),
  sewTextileArticles: skill('0d207bf2-b0dd-4a36-933f-d2cd3da2933d'),
  alterWearingApparel: skill('7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf'),
  swedish: skill('7ee51257-8947-4b69-9bdf-322baf0a6398'),
  writeSwedish: skill('69eb9999-814b-4293-8d6c-633e49f64de4'),
  supportPatients: skill('24f980ba-b44f-4739-b563-205104c3190d'),
  tendElderly: skill('261e740b-d32d-4356-94a8-3ea29128b70b'),
  hydroelectricity: skill('50e6eba0-4440-4ba5-bb58-3ee78a96e29b'),
  monitorGenerators: skill('f7a4fb1d-d951-4c4c-8643-3212c0958f71'),
  customerGuidance: skill('2b69525c-731c-4813-99a7-673fa5679d32'),
};

export const OCCUPATION = {
  welder: occupation('7aedaa07-3884-4c5b-88f9-80997b2aa54b'),
  hydroelectricPlantOperator: occupation('12938d1a-eeb2-4b1e-a22b-f0bebeadfb73'),
  healthcareAssistant: occupation('d38c2107-98f2-47b7-8bb4-f69750d51082'),
  clothingAlterationMachinist: occupation('db55bf08-3ad3-4bf6-bf59-7f9f426a6de5'),
};

/** A complete entry (every element needed to publish): Sobona's standby welder for fibre networks. */
export function completeContent(overrides: Partial<MicroCredentialContentInput> = {}): MicroCredentialContentInput {
  return {
    title: { sv: 'Beredskapssvetsare för fibernät', en: 'Standby welder for fibre networks' },
    description: {
      sv: 'Svetsning och skarvning i beredskap vid avbrott i fibernät, med säkerhet på arbetsplatsen.',
      en: 'Welding and splicing on standby when fibre networks fail, with safety at the workplace.',
    },
    learningOutcomes: [
      {
        text: { sv: 'Utför svetsning med rätt utrustning.', en: 'Carries out welding with the right equipment.' },
        escoSkillUris: [SKILL.operateWeldingEquipment, SKILL.weldingTechniques],
      },
      { text: { sv: 'Använder skyddsutrustning.', en: 'Wears protective gear.' }, escoSkillUris: [SKILL.protectiveGear] },
    ],
    workloadHours: 40,
    ectsCredits: 1.5,
    seqfLevel: 4,
    assessmentType: 'PRACTICAL_DEMONSTRATION',
    assessmentDescription: { sv: 'Praktiskt prov', en: 'Practical test' },
    participationForm: 'ON_SITE',
    qualityAssuranceType: 'INDUSTRY_VALIDATION',
    qualityAssuranceDescription: { sv: 'Sobonas branschvalidering', en: "Sobona's industry validation" },
    credentialType: 'INDUSTRY_VALIDATION',
    supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
    prerequisites: { sv: 'Grundläggande svetsvana', en: 'Basic welding experience' },
    field: '071',
    language: 'sv',
    stackability: 'STAND_ALONE',
    furtherInformation: { sv: 'Se Sobonas yrkesprofiler.', en: "See Sobona's occupational profiles." },
    furtherInformationUrl: 'https://example.org/beredskapssvetsare',
    ...overrides,
  };
}

let codes = 0;
export const uniqueCode = (prefix = 'MC') => `${prefix}-${Date.now().toString(36)}-${(codes += 1)}`;

export async function registerOrganisation(hub: TestHub, authorityToken: string, legalName: string) {
  const response = await hub.request(
    RegisterOrganisationDocument,
    { input: { legalName, organisationNumber: fictitiousOrganisationNumber(), region: 'Västerbottens län' } },
    { token: authorityToken },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.registerOrganisation;
}

/** A draft through the gateway, as the provider itself. */
export async function draft(hub: TestHub, providerId: string, content: MicroCredentialContentInput = completeContent(), code = uniqueCode()) {
  const token = await hub.token({ roles: ['provider'], organisationId: providerId });
  const response = await hub.request(DraftMicroCredentialDocument, { input: { ...content, providerId, code } }, { token });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.draftMicroCredential;
}
