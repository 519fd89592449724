import { randomBytes, randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import { Arg, Ctx, Field, GraphQLISODateTime, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { HubContext } from '../../../platform/context';
import { Conflict, InvalidInput, NotFound, requireUuid } from '../../../platform/errors';
import { awardsCore } from '../dependencies';
import type { AwardsLoaders } from '../loaders';
import { AwardStatus } from '../types';
import { CREDENTIAL_CONFIGURATION_IDS, OFFER_SECONDS, TX_CODE_LENGTH, authorizationCodeFlowEnabled, isCredentialConfigurationId } from './configurations';
import { offerDocument, offerReferenceUrl, offerSecrets } from './offer-document';

@ObjectType({
  description:
    'A credential offer (OpenID4VCI 1.0, pre-authorized code flow) for one of the learner\'s awards: scan the QR code (or open the link) ' +
    'with a wallet and type the transaction code there. The code in the link works once, for a few minutes.',
})
export class CredentialOffer {
  @Field({ description: 'openid-credential-offer://?credential_offer=…, the link a wallet opens, with the offer by value (holds the pre-authorized code).' })
  offerUri: string;

  @Field({
    description:
      'openid-credential-offer://?credential_offer_uri=…, the same offer by reference: the wallet fetches it from the hub ' +
      '(/openid4vci/offers/<id>, until the offer expires or is used). Short, so its QR code is easy to scan.',
  })
  offerByReferenceUri: string;

  @Field({ description: 'The offer by reference (offerByReferenceUri) as a QR code, an SVG image.' })
  qrCodeSvg: string;

  @Field({ description: 'The transaction code (six digits) the wallet asks for; shown to the learner only, never in the link.' })
  transactionCode: string;

  @Field(() => [String], { description: 'The credential configurations offered (micro_credential_jwt_vc_json, micro_credential_dc_sd_jwt).' })
  credentialConfigurationIds: string[];

  @Field({ description: 'The credential issuer identifier (the hub\'s public URL).' })
  credentialIssuer: string;

  @Field(() => GraphQLISODateTime, { description: 'When the pre-authorized code stops working.' })
  expiresAt: Date;
}

@Resolver()
export class CredentialOfferResolver {
  @Mutation(() => CredentialOffer, {
    description:
      'Offers one of the signed-in learner\'s awards to a wallet (OpenID4VCI): a link and QR code with a single-use pre-authorized code, ' +
      'and a transaction code. Both formats by default; credentialConfigurationIds narrows the offer. For the award\'s learner only.',
  })
  async createCredentialOffer(
    @Arg('awardId', () => ID) awardId: string,
    @Arg('credentialConfigurationIds', () => [String], { nullable: true }) configurationIds: string[] | null,
    @Ctx() context: HubContext<AwardsLoaders>,
  ): Promise<CredentialOffer> {
    const id = requireUuid('awardId', awardId);
    const wanted = configurationIds ?? CREDENTIAL_CONFIGURATION_IDS;
    if (!wanted.length || new Set(wanted).size !== wanted.length || !wanted.every(isCredentialConfigurationId)) {
      throw new InvalidInput('credentialConfigurationIds', `must be distinct ids among ${CREDENTIAL_CONFIGURATION_IDS.join(', ')}`);
    }
    const award = await context.loaders.awardById.load(id);
    if (!award) throw new NotFound('award', id);
    if (!award.credential) throw new Conflict('This award holds no credential any more (the account was erased)');
    if (award.status === AwardStatus.REVOKED) throw new Conflict('A revoked award cannot be put into a wallet', { status: award.status });
    const core = awardsCore(context.db, context.config);
    const reference = randomBytes(32).toString('base64url');
    const secrets = offerSecrets(core.vault, reference);
    const transactionCode = String(randomInt(0, 10 ** TX_CODE_LENGTH)).padStart(TX_CODE_LENGTH, '0');
    const [offer] = await context.db.query(
      `insert into credential_offer (learner_id, award_id, configuration_ids, pre_authorized_code_hash, tx_code_hash, issuer_state_hash, reference_hash, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8)) returning expires_at`,
      [award.learnerAccountId, id, wanted, secrets.hashes.preAuthorizedCode, core.vault.walletCodeHash('tx-code', transactionCode), secrets.hashes.issuerState, secrets.hashes.reference, OFFER_SECONDS],
    );
    const credentialIssuer = core.publicBaseUrl;
    const offerObject = offerDocument({
      credentialIssuer,
      configurationIds: wanted,
      preAuthorizedCode: secrets.preAuthorizedCode,
      issuerState: authorizationCodeFlowEnabled(context.config) ? secrets.issuerState : undefined,
    });
    const offerUri = `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(offerObject))}`;
    const offerByReferenceUri = `openid-credential-offer://?credential_offer_uri=${encodeURIComponent(offerReferenceUrl(credentialIssuer, reference))}`;
    return Object.assign(new CredentialOffer(), {
      offerUri,
      offerByReferenceUri,
      qrCodeSvg: await QRCode.toString(offerByReferenceUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 512 }),
      transactionCode,
      credentialConfigurationIds: wanted,
      credentialIssuer,
      expiresAt: offer.expires_at,
    });
  }
}
