import { randomBytes, randomInt } from 'node:crypto';
import { ISCED_F_FIELDS } from '../platform/vocabulary';
import type { HubClient } from './client';
import { ACCREDITATIONS, ENTRIES, ORGANISATIONS, demoLearner } from './data';
import {
  DemoAwardDocument,
  DemoCreateShareDocument,
  DemoGrantAccreditationDocument,
  DemoIssueAwardsDocument,
  DemoMeDocument,
  DemoRevokeAwardDocument,
  DemoStatisticsDocument,
  DemoTrustRootDocument,
  DemoVerifyShareDocument,
  type DemoVerifyShareQuery,
} from './generated/graphql';
import { accreditationInput, ensureOrganisation, ensurePublishedEntry } from './load';

/** The entry the story follows: Sobona's industry validation for standby fibre splicers. */
const STORY_ENTRY = ENTRIES.find((entry) => entry.code === 'SOB-FIB-01')!;
const EMPLOYER = 'Rekrytering, fiberentreprenör i Skellefteå';
const REVOCATION_REASON = 'Provet gjordes om: skarvarna klarade inte dämpningskravet';

type Report = NonNullable<DemoVerifyShareQuery['verifyShare']>['credentials'][number];
export interface Figures {
  awards: number | null;
  learners: number | null;
  suppressed: boolean;
}

export interface StoryOptions {
  /** Where each line of the story goes (default: console.log). */
  say?: (line: string) => void;
  /** How many learners the cohort has: at least the statistics' minimum group, so the analyst sees figures. */
  cohortSize?: number;
  /**
   * How long to keep verifying again after the revocation: the verification service reuses an issuer's
   * status list for up to VERIFICATION_STATUS_MAX_SECONDS (default 60), so the change can take that long to show.
   */
  statusWait?: { timeoutMs: number; intervalMs: number };
  now?: () => Date;
}

export interface StoryOutcome {
  provider: { id: string; legalName: string };
  accreditation: { id: string; decisionReference: string; grantedNow: boolean };
  entry: { id: string; title: string; publishedNow: boolean };
  cohort: { issued: number; awardIds: string[] };
  /** The learner's account id (from signing in) and the id their issuer sees (its pseudonym). */
  learner: { id: string; issuersId: string; name: string; awards: number };
  share: { token: string; url: string };
  beforeRevocation: Report;
  revokedAwardId: string;
  afterRevocation: Report;
  /** How long the second verification had to wait for the revocation to show. */
  waitedMs: number;
  statistics: { minimumLearners: number; maximumDeviation: number; before: Figures; afterIssuing: Figures; afterRevoking: Figures };
}

const CREDENTIAL_TYPE_WORDS: Record<string, string> = {
  FORMAL: 'formal credentials',
  NON_FORMAL: 'non-formal credentials',
  INDUSTRY_VALIDATION: 'industry validations',
  INFORMAL: 'informal credentials',
};

const monthStart = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ranges = (levels: number[]) => (levels.length > 1 && levels.at(-1)! - levels[0] === levels.length - 1 ? `${levels[0]}-${levels.at(-1)}` : levels.join(', '));
const figures = (total: Figures, minimum: number) =>
  total.suppressed ? `suppressed (fewer than ${minimum} learners)` : `${total.awards} awards, ${total.learners} learners`;

/**
 * The pilots' story, through the gateway, step by step: MYH accredits Sobona; Sobona publishes an entry and
 * issues it to a cohort; a learner lists and shares; an employer verifies the share (all checks OK); Sobona
 * revokes the learner's award; the employer verifies again (STATUS failed); an analyst sees the statistics
 * change. It can run on a fresh hub or on one with the demo data: what exists is reused, and each run
 * issues to a new cohort.
 */
export async function runStory(hub: HubClient, options: StoryOptions = {}): Promise<StoryOutcome> {
  const say = options.say ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const started = now();
  const cohortSize = options.cohortSize ?? 8;
  const statusWait = options.statusWait ?? { timeoutMs: 90_000, intervalMs: 5_000 };
  const step = (number: number, title: string) => say(`\n${number}. ${title}`);

  say(`The pilots' story, through the gateway at ${hub.url}`);

  // 1. The authority accredits a provider.
  step(1, 'The authority accredits a provider');
  const registrar = await hub.token({ roles: ['authority'], subject: 'story:registrar' });
  const myh = await ensureOrganisation(hub, registrar, 'myh');
  const { trustRoot } = await hub.request(DemoTrustRootDocument, {}, registrar);
  if (trustRoot?.id !== myh.id) throw new Error(`MYH is not the trust root of this hub (${trustRoot ? trustRoot.legalName : 'none'} is): run the story on a fresh hub`);
  const sobona = await ensureOrganisation(hub, registrar, 'sobona');
  const myhToken = await hub.token({ roles: ['authority'], organisationId: myh.id, subject: 'story:myh-handlaggare' });
  const anchor = monthStart(new Date(myh.createdAt));
  const { grantAccreditation: accreditation } = await hub.request(DemoGrantAccreditationDocument, { input: accreditationInput('sobona', sobona.id, anchor) }, myhToken);
  const grantedNow = new Date(accreditation.grantedAt).getTime() >= started.getTime() - 1_000;
  const scope = ACCREDITATIONS.sobona;
  say(
    `   ${ORGANISATIONS.myh.legalName} (MYH) ${grantedNow ? 'accredits' : 'has accredited'} ${sobona.legalName} to issue ` +
      `${scope.credentialTypes.map((type) => CREDENTIAL_TYPE_WORDS[type]).join(' and ')} at SeQF ${ranges(scope.seqfLevels)} ` +
      `in ${scope.fields.map((code) => `${ISCED_F_FIELDS[code]} (ISCED-F ${code})`).join(', ')}, until ${accreditation.validUntil?.slice(0, 10) ?? 'further notice'}.`,
  );
  say(`   Decision ${accreditation.decisionReference}${grantedNow ? '' : ', granted earlier'}.`);

  // 2. The provider drafts and publishes an entry.
  step(2, 'The provider publishes a catalogue entry');
  const sobonaToken = await hub.token({ roles: ['provider'], organisationId: sobona.id, subject: 'story:sobona' });
  const entry = await ensurePublishedEntry(hub, sobonaToken, sobona.id, STORY_ENTRY);
  const skills = new Set(STORY_ENTRY.learningOutcomes.flatMap((outcome) => outcome.escoSkillUris)).size;
  say(
    `   ${sobona.legalName} ${entry.created ? 'drafts' : 'drafted'} "${STORY_ENTRY.title.sv}" (${STORY_ENTRY.title.en}): SeQF ${STORY_ENTRY.seqfLevel}, ` +
      `${STORY_ENTRY.workloadHours} hours, ${STORY_ENTRY.learningOutcomes.length} learning outcomes linked to ${skills} ESCO skills.`,
  );
  say(
    entry.created
      ? '   It publishes the entry: the catalogue asked the accreditation register first, and the answer was yes.'
      : '   The entry was published in the national catalogue earlier.',
  );

  // 3. The provider issues to a cohort (the analyst's figures are read before and after, for step 8).
  step(3, 'The provider issues to a cohort');
  const analystToken = await hub.token({ roles: ['analyst'], subject: 'story:analyst' });
  const statisticsFilter = { issuerIds: [sobona.id], from: monthStart(started).toISOString() };
  const readStatistics = async () => (await hub.request(DemoStatisticsDocument, { filter: statisticsFilter }, analystToken)).competenceStatistics;
  const before = await readStatistics();
  const today = started.toISOString().slice(0, 10);
  const run = randomBytes(4).toString('hex');
  // Synthetic learners of their own for each run (serials far above the demo data's), so a run never meets another's awards.
  const firstSerial = 100_000 + randomInt(0, 25_000) * 10;
  const cohort = Array.from({ length: cohortSize }, (_, seat) => demoLearner(firstSerial + seat));
  const { issueAwards } = await hub.request(
    DemoIssueAwardsDocument,
    {
      issuerId: sobona.id,
      inputs: cohort.map((learner) => ({
        microCredentialId: entry.id,
        learner: { personalNumber: learner.personalNumber, name: learner.name, email: learner.email },
        issuedOn: today,
        grade: 'Godkänd',
        evidence: [{ name: 'Praktiskt prov', narrative: 'Tolv fiberskarvar svetsade och mätta inom given tid.' }],
        idempotencyKey: `story:${run}:${learner.serial}`,
      })),
    },
    sobonaToken,
  );
  const failed = issueAwards.results.find((result) => result.error);
  if (failed) throw new Error(`Issuing failed for a learner: ${failed.error!.message}`);
  const awardIds = issueAwards.results.map((result) => result.awardId!);
  say(`   ${sobona.legalName} issues "${STORY_ENTRY.title.sv}" to a cohort of ${cohort.length} who passed today: ${issueAwards.issued} signed credentials.`);
  const afterIssuing = await readStatistics();

  // 4. A learner lists their awards and shares one.
  step(4, 'A learner lists and shares');
  const learner = cohort[0];
  const { award } = await hub.request(DemoAwardDocument, { id: awardIds[0] }, sobonaToken);
  const { token: learnerToken } = await hub.signIn(learner.personalNumber);
  const { me } = await hub.request(DemoMeDocument, {}, learnerToken);
  say(`   ${learner.name} signs in with e-ID and sees ${me.awards.length === 1 ? '1 award' : `${me.awards.length} awards`}:`);
  for (const held of me.awards) say(`     ${held.title} (${held.issuer?.legalName ?? '?'}, ${held.issuedOn}, ${held.status})`);
  const { createShare: share } = await hub.request(
    DemoCreateShareDocument,
    { input: { awardIds: [awardIds[0]], recipientLabel: EMPLOYER, expiresAt: new Date(started.getTime() + 30 * 24 * 3600 * 1000).toISOString() } },
    learnerToken,
  );
  say(`   (${sobona.legalName} knows ${learner.name.split(' ')[0]} as ${award.learnerId}, its own pseudonym; no issuer sees the account id ${me.id}.)`);
  say(`   ${learner.name.split(' ')[0]} shares "${STORY_ENTRY.title.sv}" with "${EMPLOYER}" for 30 days:`);
  say(`     ${share.url}`);

  // 5. An employer verifies the share, with no account.
  step(5, 'An employer verifies the share (no account needed)');
  const verify = async () => {
    const { verifyShare } = await hub.request(DemoVerifyShareDocument, { token: share.token }, undefined);
    if (verifyShare.state !== 'ACTIVE' || !verifyShare.credentials.length) throw new Error(`The share is ${verifyShare.state}`);
    return verifyShare.credentials[0];
  };
  const first = await verify();
  tellReport(say, first);

  // 6. The provider revokes one award.
  step(6, 'The provider revokes one award');
  await hub.request(DemoRevokeAwardDocument, { id: awardIds[0], reason: REVOCATION_REASON }, sobonaToken);
  say(`   ${sobona.legalName} revokes ${learner.name}'s award: "${REVOCATION_REASON}".`);
  say('   The status list it publishes now marks the credential revoked.');

  // 7. The employer verifies again; the verifier may hold the old status list for a while.
  step(7, 'The employer verifies again');
  const waitStarted = Date.now();
  let second = await verify();
  let told = false;
  while (statusOf(second) !== 'FAILED' && Date.now() - waitStarted < statusWait.timeoutMs) {
    if (!told) {
      say(
        `   The verifier still has the status list it read a moment ago (it keeps one up to VERIFICATION_STATUS_MAX_SECONDS); ` +
          `asking again every ${Math.round(statusWait.intervalMs / 1000)} s, for at most ${Math.round(statusWait.timeoutMs / 1000)} s…`,
      );
      told = true;
    }
    await sleep(statusWait.intervalMs);
    second = await verify();
  }
  const waitedMs = Date.now() - waitStarted;
  if (told) say(`   After ${Math.round(waitedMs / 1000)} s:`);
  tellReport(say, second);

  // 8. An analyst sees the statistics change.
  step(8, 'An analyst sees the statistics change');
  const afterRevoking = await readStatistics();
  const minimum = afterRevoking.minimumLearners;
  say(`   ${sobona.legalName}'s awards issued this month, as an analyst sees them (no names, and groups under ${minimum} learners suppressed):`);
  say(`   (published counts are perturbed by at most ±${afterRevoking.maximumDeviation}, the same way every time, so that no two queries can be subtracted to reveal a small group)`);
  say(`     before the cohort      ${figures(before.total, minimum)}`);
  say(`     after issuing          ${figures(afterIssuing.total, minimum)}`);
  say(`     after the revocation   ${figures(afterRevoking.total, minimum)}`);
  say('\nThe end.');

  return {
    provider: { id: sobona.id, legalName: sobona.legalName },
    accreditation: { id: accreditation.id, decisionReference: accreditation.decisionReference, grantedNow },
    entry: { id: entry.id, title: entry.title, publishedNow: entry.created },
    cohort: { issued: issueAwards.issued, awardIds },
    learner: { id: me.id, issuersId: award.learnerId!, name: learner.name, awards: me.awards.length },
    share: { token: share.token, url: share.url },
    beforeRevocation: first,
    revokedAwardId: awardIds[0],
    afterRevocation: second,
    waitedMs,
    statistics: { minimumLearners: minimum, maximumDeviation: afterRevoking.maximumDeviation, before: before.total, afterIssuing: afterIssuing.total, afterRevoking: afterRevoking.total },
  };
}

const statusOf = (report: Report) => report.checks.find((check) => check.check === 'STATUS')?.status;

function tellReport(say: (line: string) => void, report: Report) {
  say(`   Verdict: ${report.verdict}. ${report.summary}`);
  for (const check of report.checks) say(`     ${check.check.padEnd(13)} ${check.status.padEnd(7)} ${check.reason}`);
}
