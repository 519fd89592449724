import { hubClient } from '../demo/client';
import { runStory, type StoryOutcome } from '../demo/story';
import { startTestHub, type TestHub } from './support/hub';

/**
 * `npm run demo:story` as an end-to-end test: the same story, through the gateway of a hub of its own.
 * The verifier keeps no status list here (VERIFICATION_CACHE_MAX_SECONDS=0), so the revocation shows at once.
 */
let hub: TestHub;
let story: StoryOutcome;
const lines: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0', EID_LOCAL_PROVIDER: 'true' });
  const client = hubClient(hub.gatewayUrl, (caller) => hub.token(caller));
  story = await runStory(client, { say: (line) => lines.push(line), statusWait: { timeoutMs: 10_000, intervalMs: 500 } });
}, 120_000);
afterAll(() => hub?.stop());

describe("the pilots' story", () => {
  it('MYH accredits Sobona, which publishes its entry and issues to a cohort of eight', () => {
    expect(story.accreditation).toMatchObject({ grantedNow: true, decisionReference: expect.stringMatching(/^MYH \d{4}\/0315$/) });
    expect(story.entry).toMatchObject({ title: 'Beredskapssvetsare fibernät', publishedNow: true });
    expect(story.cohort.issued).toBe(8);
  });

  it('the learner sees their award and shares it; the employer, with no account, finds every check OK', () => {
    expect(story.learner.awards).toBe(1);
    // The learner signed in to their account; the issuer knows them only by its pseudonym.
    expect(story.learner.issuersId).toMatch(/^lp_/);
    expect(story.learner.issuersId).not.toBe(story.learner.id);
    expect(story.share.url).toBe(`${new URL(hub.gatewayUrl).origin}/shares/${story.share.token}`);
    expect(story.beforeRevocation.verdict).toBe('VALID');
    expect(story.beforeRevocation.checks.map((check) => [check.check, check.status])).toEqual([
      ['FORMAT', 'OK'],
      ['SIGNATURE', 'OK'],
      ['ACCREDITATION', 'OK'],
      ['STATUS', 'OK'],
      ['EXPIRY', 'OK'],
      ['CATALOGUE', 'OK'],
    ]);
    expect(story.beforeRevocation).toMatchObject({ learnerName: story.learner.name, issuerName: 'Sobona', title: 'Beredskapssvetsare fibernät' });
  });

  it('after Sobona revokes the award, the same share verifies INVALID with STATUS failed, and only STATUS', () => {
    expect(story.afterRevocation.verdict).toBe('INVALID');
    const failed = story.afterRevocation.checks.filter((check) => check.status !== 'OK');
    expect(failed.map((check) => [check.check, check.status])).toEqual([['STATUS', 'FAILED']]);
    expect(failed[0].reason).toMatch(/revoked/i);
  });

  it('the analyst sees the figures appear with the cohort and change with the revocation, within the published deviation', () => {
    const { minimumLearners, maximumDeviation, before, afterIssuing, afterRevoking } = story.statistics;
    expect(minimumLearners).toBe(5);
    expect(maximumDeviation).toBe(2);
    // A fresh hub has no awards of Sobona's this month: nothing to show, so suppressed.
    expect(before).toMatchObject({ suppressed: true, awards: null });
    expect(afterIssuing.suppressed).toBe(false);
    expect(afterRevoking.suppressed).toBe(false);
    // 8 awards and learners after issuing, 7 after the revocation, each perturbed by at most 2.
    for (const [figures, truth] of [[afterIssuing, 8], [afterRevoking, 7]] as const) {
      expect(Math.abs(figures.awards! - truth)).toBeLessThanOrEqual(maximumDeviation);
      expect(Math.abs(figures.learners! - truth)).toBeLessThanOrEqual(maximumDeviation);
    }
  });

  it('tells each step in plain words', () => {
    const text = lines.join('\n');
    for (const title of [
      '1. The authority accredits a provider',
      '2. The provider publishes a catalogue entry',
      '3. The provider issues to a cohort',
      '4. A learner lists and shares',
      '5. An employer verifies the share (no account needed)',
      '6. The provider revokes one award',
      '7. The employer verifies again',
      '8. An analyst sees the statistics change',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/Myndigheten för yrkeshögskolan \(MYH\) accredits Sobona/);
    expect(text).toMatch(/STATUS\s+FAILED/);
    expect(text).toMatch(/after the revocation\s+\d awards, \d learners/);
    expect(text).toMatch(/perturbed by at most ±2/);
  });
});
