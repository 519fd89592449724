import { createHash, createPrivateKey, createPublicKey, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { Arg, Ctx, Field, GraphQLISODateTime, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { HubContext } from '../../platform/context';
import { InvalidInput, requireUuid } from '../../platform/errors';
import { awardsCore, issuingDeps } from './dependencies';
import type { AwardsLoaders } from './loaders';

type Context = HubContext<AwardsLoaders>;

/** The algorithm a seal key signs with, by its type (the kinds the accreditation subgraph registers). */
function algorithmOf(key: KeyObject): 'EdDSA' | 'ES256' | 'ES384' | 'RS256' | null {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec') return key.asymmetricKeyDetails?.namedCurve === 'prime256v1' ? 'ES256' : key.asymmetricKeyDetails?.namedCurve === 'secp384r1' ? 'ES384' : null;
  if (key.asymmetricKeyType === 'rsa') return (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048 ? 'RS256' : null;
  return null;
}

@InputType({ description: "An organisation's electronic seal certificate (qualified seals come from a trust service provider) and its private key." })
export class UploadSealCertificateInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => [String], { description: 'The certificate chain, leaf (the seal certificate) first, each as PEM or base64 DER.' })
  certificateChain: string[];

  @Field({ description: "The seal certificate's private key, PKCS#8 PEM. Stored encrypted with the master key, as issuer keys are; never returned." })
  privateKey: string;
}

@ObjectType({ description: "An organisation's electronic seal certificate, with which its European Digital Credentials are sealed (x5c)." })
export class SealCertificate {
  @Field({ description: 'The key id it is registered under in the issuer JWKS (the RFC 7638 thumbprint), beside the chain.' })
  kid: string;

  @Field()
  algorithm: string;

  @Field({ description: 'The subject of the seal certificate, as it reads.' })
  subject: string;

  @Field({ description: 'Who issued the seal certificate (the trust service provider).' })
  certificateIssuer: string;

  @Field()
  serialNumber: string;

  @Field(() => GraphQLISODateTime)
  notBefore: Date;

  @Field(() => GraphQLISODateTime)
  notAfter: Date;

  @Field({ description: 'x5t#S256: SHA-256 of the seal certificate (base64url), as the seal header names it.' })
  thumbprint: string;

  @Field(() => Int)
  chainLength: number;

  @Field(() => GraphQLISODateTime, { description: 'From when awards issued are sealed with it.' })
  sealsFrom: Date;
}

interface SealCertificateRow {
  id: string;
  organisation_id: string;
  kid: string;
  algorithm: string;
  chain: string[];
  private_key_encrypted: Buffer;
  thumbprint: string;
  not_before: Date;
  not_after: Date;
  seals_from: Date;
  replaced_at: Date | null;
}

const view = (row: SealCertificateRow): SealCertificate => {
  const leaf = new X509Certificate(Buffer.from(row.chain[0], 'base64'));
  return Object.assign(new SealCertificate(), {
    kid: row.kid,
    algorithm: row.algorithm,
    subject: leaf.subject.replace(/\n/g, ', '),
    certificateIssuer: leaf.issuer.replace(/\n/g, ', '),
    serialNumber: leaf.serialNumber,
    notBefore: new Date(row.not_before),
    notAfter: new Date(row.not_after),
    thumbprint: row.thumbprint,
    chainLength: row.chain.length,
    sealsFrom: new Date(row.seals_from),
  });
};

/** PEM blocks or bare base64 DER, to base64 DER. */
function derOf(text: string, position: number): string {
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(text)?.[1] ?? text;
  const base64 = body.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new InvalidInput('certificateChain', `item ${position + 1} is neither PEM nor base64 DER`);
  return base64;
}

/** What the seal header and the registry need of an uploaded chain and key, checked. */
async function readUpload(input: UploadSealCertificateInput, organisationNumber: string | null, now: Date) {
  if (!Array.isArray(input.certificateChain) || !input.certificateChain.length || input.certificateChain.length > 10) {
    throw new InvalidInput('certificateChain', 'give 1 to 10 certificates, the seal certificate first');
  }
  if (input.certificateChain.some((item) => typeof item !== 'string' || item.length > 20_000)) throw new InvalidInput('certificateChain', 'each certificate is at most 20,000 characters');
  const chain = input.certificateChain.map(derOf);
  let certificates: X509Certificate[];
  try {
    certificates = chain.map((der) => new X509Certificate(Buffer.from(der, 'base64')));
  } catch {
    throw new InvalidInput('certificateChain', 'holds something that is not an X.509 certificate');
  }
  certificates.forEach((certificate, position) => {
    const next = certificates[position + 1];
    if (next && !(certificate.checkIssued(next) && certificate.verify(next.publicKey))) {
      throw new InvalidInput('certificateChain', `certificate ${position + 1} is not issued and signed by certificate ${position + 2}: give the chain leaf first`);
    }
  });
  const leaf = certificates[0];
  const notBefore = new Date(leaf.validFrom);
  const notAfter = new Date(leaf.validTo);
  if (notAfter.getTime() <= now.getTime()) throw new InvalidInput('certificateChain', `the seal certificate expired on ${notAfter.toISOString()}`);
  if (leaf.ca) throw new InvalidInput('certificateChain', 'the first certificate is a CA certificate; give the seal certificate first');
  // A legal person's seal certificate names it (ETSI EN 319 412-1: organizationIdentifier NTRSE-<number>): when it does, it must be this organisation.
  const named = /(?:organizationIdentifier|2\.5\.4\.97)=NTR([A-Z]{2})-([0-9-]+)/.exec(leaf.subject);
  if (named && organisationNumber && named[2].replace(/-/g, '') !== organisationNumber.replace(/-/g, '')) {
    throw new InvalidInput('certificateChain', `the seal certificate is for organisation ${named[2]}, not this organisation (${organisationNumber})`);
  }
  if (typeof input.privateKey !== 'string' || input.privateKey.length > 20_000) throw new InvalidInput('privateKey', 'must be a PKCS#8 PEM private key');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: input.privateKey, format: 'pem' });
  } catch {
    throw new InvalidInput('privateKey', 'is not a PEM private key (PKCS#8)');
  }
  const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');
  if (spki(createPublicKey(privateKey)) !== spki(leaf.publicKey)) throw new InvalidInput('privateKey', 'is not the key the seal certificate certifies');
  const algorithm = algorithmOf(privateKey);
  if (!algorithm) throw new InvalidInput('privateKey', 'must be an Ed25519, P-256, P-384 or RSA (2048 bits or more) key');
  const publicJwk = await exportJWK(leaf.publicKey);
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  return {
    chain,
    algorithm,
    kid,
    notBefore,
    notAfter,
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
    publicJwk: { ...publicJwk, kid, alg: algorithm, use: 'sig', x5c: chain },
    thumbprint: createHash('sha256').update(leaf.raw).digest('base64url'),
  };
}

@Resolver()
export class SealCertificateResolver {
  @Mutation(() => SealCertificate, {
    description:
      "Uploads the organisation's electronic seal certificate chain and its private key: European Digital Credentials of awards issued from now on " +
      'are sealed with it (x5c in the JAdES header), and it is registered with the accreditation subgraph, so verifiers find it in the issuer JWKS. ' +
      'A later upload replaces it for awards issued after; awards issued before keep their seal.',
  })
  async uploadSealCertificate(@Arg('input') input: UploadSealCertificateInput, @Ctx() context: Context): Promise<SealCertificate> {
    const organisationId = requireUuid('organisationId', input.organisationId);
    const deps = issuingDeps(context);
    const organisation = await deps.directory.organisation(organisationId);
    if (!organisation) throw new InvalidInput('organisationId', `no organisation with id ${organisationId} is registered`);
    const upload = await readUpload(input, organisation.organisationNumber, new Date());
    const { vault } = awardsCore(context.db, context.config);
    return context.db.transaction(async (manager) => {
      await manager.query(`select pg_advisory_xact_lock(hashtext('seal:' || $1))`, [organisationId]);
      const [current]: SealCertificateRow[] = await manager.query('select * from seal_certificate where organisation_id = $1 and replaced_at is null', [organisationId]);
      if (current?.kid === upload.kid && current.chain.join() === upload.chain.join()) return view(current);
      // Published before it seals anything, as issuer keys are; the one it replaces is superseded, so what it sealed still verifies.
      if (current && current.kid !== upload.kid) await deps.registry.rotateSigningKey(organisationId, current.kid, upload.publicJwk);
      else await deps.registry.registerSigningKey(organisationId, upload.publicJwk);
      const now = new Date();
      if (current) await manager.query('update seal_certificate set replaced_at = $2 where id = $1', [current.id, now]);
      const [row]: SealCertificateRow[] = await manager.query(
        `insert into seal_certificate (id, organisation_id, kid, algorithm, chain, private_key_encrypted, thumbprint, not_before, not_after, seals_from)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning *`,
        [randomUUID(), organisationId, upload.kid, upload.algorithm, upload.chain, vault.encryptPrivateKey(upload.privateJwk, `seal:${upload.kid}`), upload.thumbprint, upload.notBefore, upload.notAfter, now],
      );
      return view(row);
    });
  }
}
