import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../platform/context';
import { ErrorCode, HubError, InvalidInput } from '../../platform/errors';
import { SourceUnavailable } from './sources';
import { verificationBound, verificationSources } from './sources-of';
import { MAX_PRESENTED_CREDENTIALS, verifyPresentation } from './presentation';
import { PresentationVerification, ShareState, ShareVerification, VerificationReport, reportView } from './types';
import { MAX_BATCH, verifyCredentials } from './verifier';

/** Share tokens are 256 random bits in base64url (the awards subgraph makes them). */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

@Resolver()
export class VerificationResolver {
  @Query(() => VerificationReport, {
    nullable: true,
    description:
      'Verifies one credential: a compact vc+jwt, or the JSON the hub exports that carries one. No token needed. Always answers with a report; a credential larger than 64 KiB is refused unread (FORMAT).',
  })
  async verifyCredential(@Arg('credential') credential: string, @Ctx() context: HubContext): Promise<VerificationReport> {
    const [report] = await verificationBound(context).run(1, () => verifyCredentials([credential], verificationSources(context)));
    return reportView(report);
  }

  @Query(() => [VerificationReport], {
    nullable: true,
    description: `Verifies up to ${MAX_BATCH.toLocaleString('en')} credentials in one call: one report each, in the order given. Each source document is read once per call.`,
  })
  async verifyCredentials(@Arg('credentials', () => [String]) credentials: string[], @Ctx() context: HubContext): Promise<VerificationReport[]> {
    if (credentials.length > MAX_BATCH) {
      throw new InvalidInput('credentials', `at most ${MAX_BATCH.toLocaleString('en')} credentials per call; this call has ${credentials.length.toLocaleString('en')}`);
    }
    return (await verificationBound(context).run(credentials.length, () => verifyCredentials(credentials, verificationSources(context)))).map(reportView);
  }

  @Query(() => PresentationVerification, {
    description:
      'Verifies a presentation: is the person presenting the holder? A VP JWT (typ vp+jwt) or an SD-JWT VC with a key-binding JWT, signed with the key the ' +
      'credentials are bound to, over the nonce and audience the verifier chose and gave the holder, made in the last few minutes. Each credential gets the checks of verifyCredential. No token needed.',
  })
  async verifyPresentation(
    @Arg('presentation') presentation: string,
    @Arg('nonce', { description: 'The nonce the verifier gave the holder for this presentation (8 to 200 characters).' }) nonce: string,
    @Arg('audience', { description: 'Who the presentation is for: the verifier\'s identifier, as given to the holder.' }) audience: string,
    @Ctx() context: HubContext,
  ): Promise<PresentationVerification> {
    if (nonce.length < 8 || nonce.length > 200) throw new InvalidInput('nonce', 'must be 8 to 200 characters: a value the verifier chose for this presentation');
    if (!audience.trim() || audience.length > 500) throw new InvalidInput('audience', 'must be 1 to 500 characters');
    const report = await verificationBound(context).run(MAX_PRESENTED_CREDENTIALS, () => verifyPresentation(presentation, { nonce, audience }, verificationSources(context)));
    return Object.assign(new PresentationVerification(), { ...report, credentials: report.credentials.map(reportView) });
  }

  @Query(() => ShareVerification, {
    nullable: true,
    description:
      'Verifies what a learner shared by link: each shared credential with its report. The learner sees the look in their share log. An expired or withdrawn share reveals only that.',
  })
  async verifyShare(@Arg('token') token: string, @Ctx() context: HubContext): Promise<ShareVerification> {
    const link = /\/shares\/([A-Za-z0-9_-]+)\/?$/.exec(token.trim());
    const shareToken = link ? link[1] : token.trim();
    if (!SHARE_TOKEN.test(shareToken)) throw new InvalidInput('token', 'is not a share token (or a share link ending in one)');
    const sources = verificationSources(context);
    let shared;
    try {
      shared = await sources.shareByToken(shareToken);
    } catch (error) {
      if (error instanceof SourceUnavailable) throw new HubError(ErrorCode.PEER_UNAVAILABLE, error.message, { messageSv: error.sv });
      throw error;
    }
    if (!shared) throw new HubError(ErrorCode.NOT_FOUND, 'No share has this token');
    if (shared.state !== 'ACTIVE') {
      return Object.assign(new ShareVerification(), { state: ShareState[shared.state], recipientLabel: null, expiresAt: null, credentials: [] });
    }
    const reports = await verificationBound(context).run(shared.credentials.length, () => verifyCredentials(shared.credentials, sources));
    return Object.assign(new ShareVerification(), {
      state: ShareState.ACTIVE,
      recipientLabel: shared.recipientLabel,
      expiresAt: shared.expiresAt ? new Date(shared.expiresAt) : null,
      credentials: reports.map(reportView),
    });
  }
}
