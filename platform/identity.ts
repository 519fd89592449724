import { SignJWT, jwtVerify } from 'jose';

/**
 * Who is calling. The gateway verifies the caller's token and forwards this to the subgraphs, signed;
 * resolvers only read it from the request context. No identity is the anonymous caller (an employer's tool).
 */
export const ROLES = ['authority', 'provider', 'learner', 'analyst', 'service'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** The caller's subject (a person or a system), absent for the anonymous caller. */
  subject?: string;
  roles: Role[];
  /** For providers (and authorities): the organisation they act for. */
  organisationId?: string;
  /** For learners: the learner they are. */
  learnerId?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ roles: [] as Role[] }) as Identity;

export const isAnonymous = (identity: Identity) => identity.roles.length === 0 && !identity.subject;

/** The header that carries the gateway-signed identity from the gateway (or a peer subgraph) to a subgraph. */
export const IDENTITY_HEADER = 'x-hub-identity';
const INTERNAL_ISSUER = 'mikromeriter-hub-internal';
const INTERNAL_AUDIENCE = 'mikromeriter-subgraphs';

/**
 * Signs an identity for a subgraph with the hub's internal secret (HS256). Short-lived: it only has to
 * survive one hop. Subgraphs never see or parse the caller's original token.
 */
export async function signIdentity(identity: Identity, secret: Uint8Array): Promise<string> {
  return new SignJWT({ roles: identity.roles, org: identity.organisationId, learner: identity.learnerId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject ?? 'anonymous')
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(secret);
}

export class ForgedIdentity extends Error {}

/** Reads the identity a subgraph received; throws ForgedIdentity when it was not signed by the hub. */
export async function verifyIdentity(token: string, secret: Uint8Array): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      clockTolerance: 5,
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is Role => ROLES.includes(role as Role)) : [];
    if (payload.sub === 'anonymous' && roles.length === 0) return ANONYMOUS;
    return {
      subject: payload.sub,
      roles,
      organisationId: typeof payload.org === 'string' ? payload.org : undefined,
      learnerId: typeof payload.learner === 'string' ? payload.learner : undefined,
    };
  } catch (error) {
    throw new ForgedIdentity(`the ${IDENTITY_HEADER} header is not a valid identity signed by the hub gateway`);
  }
}

/** A subgraph calling another subgraph acts as itself, with the service role. */
export const serviceIdentity = (name: string): Identity => ({ subject: `service:${name}`, roles: ['service'] });
