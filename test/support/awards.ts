import { randomUUID } from 'node:crypto';
import type { JWK } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { readConfig } from '../../platform/config';
import { CredentialType } from '../../platform/vocabulary';
import type { AccreditationAnswer, EntryFacts, IssuerFacts, IssuingDirectory, KeyRegistry } from '../../services/awards/issuing-peers';
import { issueAwards, type AwardRequest, type IssuingDeps, type IssuingOptions } from '../../services/awards/issuing';
import { luhn } from '../../services/awards/personal-number';
import { awardsCore } from '../../services/awards/dependencies';
import type { TestHub } from './hub';

/** A valid personnummer for a fictitious person born in 1990 (serial makes it unique, up to 36,500). */
export function personnummer(serial: number): string {
  const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(serial / 100) * 24 * 3600 * 1000);
  const yymmdd = `${String(day.getUTCFullYear()).slice(2)}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
  const nnn = String(200 + (serial % 100)).padStart(3, '0');
  return `${yymmdd}-${nnn}${luhn(`${yymmdd}${nnn}`)}`;
}

/** A published catalogue version with every Annex I element, as the catalogue subgraph would describe it. */
export function entryFacts(overrides: Partial<EntryFacts> & { providerId: string }): EntryFacts {
  return {
    id: randomUUID(),
    entryId: randomUUID(),
    version: 1,
    status: 'PUBLISHED',
    title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
    description: { sv: 'Laga och förstärka jeans med industrisymaskin.', en: 'Mend and reinforce jeans with an industrial sewing machine.' },
    learningOutcomes: [
      {
        text: { sv: 'Kan laga slitna partier på jeans.', en: 'Can repair worn areas of jeans.' },
        escoSkills: [{ uri: 'http://data.europa.eu/esco/skill/0b5f6f4a-1d2c-4c59-9b35-7a2c51d3f1a9', preferredLabel: 'repair garments' }],
      },
      {
        text: { sv: 'Kan använda industrisymaskin säkert.', en: 'Can use an industrial sewing machine safely.' },
        escoSkills: [{ uri: 'http://data.europa.eu/esco/skill/5c1e4c6b-3f1e-4b8e-8d36-2c7a2f4e9b10', preferredLabel: 'operate sewing machines' }],
      },
    ],
    workloadHours: 40,
    ectsCredits: 1.5,
    seqfLevel: 3,
    eqfLevel: 3,
    seqfLevelUri: 'http://data.europa.eu/snb/qdr/c_4ec9e6c0',
    eqfLevelUri: 'http://data.europa.eu/snb/eqf/3',
    assessmentType: 'Praktiskt prov',
    participationForm: 'På plats',
    qualityAssurance: 'Branschvalidering enligt Nordiska Textilakademins kvalitetssystem',
    credentialType: CredentialType.INDUSTRY_VALIDATION,
    supervision: 'Övervakat på plats',
    identityVerification: 'Legitimation kontrollerad',
    prerequisites: null,
    field: '072',
    language: 'sv',
    stackability: 'Fristående; kan ingå i yrkesprofilen textilreparatör',
    furtherInformation: null,
    issuers: [],
    ...overrides,
  };
}

/**
 * The issuing pipeline's view of the other subgraphs, in memory: for tests of awards that must not depend
 * on the accreditation and catalogue subgraphs. Registered keys are kept as a JWKS per organisation.
 */
export class FakeDirectory implements IssuingDirectory, KeyRegistry {
  entries = new Map<string, EntryFacts>();
  organisations = new Map<string, IssuerFacts>();
  accredited: (question: { organisationId: string; at: Date }) => AccreditationAnswer = () => ({ allowed: true, reason: null, accreditationId: randomUUID() });
  jwks = new Map<string, JWK[]>();
  calls = { microCredential: 0, organisation: 0, accreditationCheck: 0 };

  addOrganisation(facts: Partial<IssuerFacts> & { id: string }): IssuerFacts {
    const organisation = { legalName: 'Nordiska Textilakademin', organisationNumber: '559000-0005', country: 'SE', region: 'Västra Götalands län', ...facts };
    this.organisations.set(organisation.id, organisation);
    return organisation;
  }

  addEntry(overrides: Partial<EntryFacts> & { providerId: string }): EntryFacts {
    const entry = entryFacts(overrides);
    this.entries.set(entry.id, entry);
    return entry;
  }

  async microCredential(id: string) {
    this.calls.microCredential += 1;
    return this.entries.get(id) ?? null;
  }
  async organisation(id: string) {
    this.calls.organisation += 1;
    return this.organisations.get(id) ?? null;
  }
  async accreditationCheck(question: { organisationId: string; at: Date }) {
    this.calls.accreditationCheck += 1;
    return this.accredited(question);
  }
  async registerSigningKey(organisationId: string, publicJwk: JWK) {
    this.jwks.set(organisationId, [...(this.jwks.get(organisationId) ?? []), publicJwk]);
  }
  async rotateSigningKey(organisationId: string, _kid: string, publicJwk: JWK) {
    await this.registerSigningKey(organisationId, publicJwk);
  }
}

/** The awards subgraph's issuing pipeline of a running test hub, with `directory` in place of its peers. */
export function awardsDeps(hub: TestHub, directory: FakeDirectory): IssuingDeps {
  const port = new URL(hub.gatewayUrl).port;
  const config = readConfig({ DATA_DIR: hub.dataDir, NODE_ENV: 'test', GATEWAY_PORT: port });
  const db = hub.hub.subgraphs.awards.db;
  const core = awardsCore(db, config);
  return { db, vault: core.vault, keys: core.keys, directory, registry: directory, publicBaseUrl: core.publicBaseUrl };
}

/**
 * `db` as seen by a process that dies during its `fatal`-th transaction: that transaction's work runs (its
 * rows are written), then it is rolled back, as PostgreSQL does when the connection drops, and the call
 * never returns, so nothing after it runs. `died` settles once the rollback is done.
 */
export function dyingDatabase(db: DataSource, fatal: number): { db: DataSource; died: Promise<void> } {
  let transactions = 0;
  let died!: () => void;
  const diedPromise = new Promise<void>((resolve) => (died = resolve));
  const dying = new Proxy(db, {
    get(target, property) {
      if (property !== 'transaction') {
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (work: (manager: EntityManager) => Promise<unknown>) => {
        transactions += 1;
        if (transactions < fatal) return target.transaction(work);
        const death = new Error('the process died');
        await target
          .transaction(async (manager) => {
            await work(manager);
            throw death;
          })
          .catch((error) => {
            if (error !== death) throw error;
          });
        died();
        return new Promise(() => {});
      };
    },
  });
  return { db: dying, died: diedPromise };
}

export function awardRequest(entry: EntryFacts, serial: number, overrides: Partial<AwardRequest> = {}): AwardRequest {
  return {
    microCredentialId: entry.id,
    learner: { personalNumber: personnummer(serial), name: `Lärande ${serial}`, email: `larande${serial}@example.se` },
    issuedOn: '2025-03-14',
    grade: 'Godkänd',
    evidence: [{ name: 'Praktiskt prov', narrative: 'Lagade tre par jeans under övervakning.' }],
    idempotencyKey: `row-${serial}`,
    ...overrides,
  };
}

export async function issueWithFake(hub: TestHub, directory: FakeDirectory, issuerId: string, requests: AwardRequest[], options?: IssuingOptions) {
  return issueAwards(awardsDeps(hub, directory), issuerId, requests, options);
}
