/**
 * Who is calling. Each subgraph makes it from the request's bearer token (a caller's token as the router
 * forwarded it, or another subgraph's service token); resolvers only read it from the request context. No
 * token is the anonymous caller (an employer's tool).
 */
/**
 * `router`: a federation router or composition tool, which may read a subgraph's schema in production (and
 * nothing else); `service`: a subgraph calling another, which only service tokens carry.
 */
export const ROLES = ['authority', 'provider', 'learner', 'analyst', 'router', 'service'] as const;
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

/** A subgraph calling another subgraph acts as itself, with the service role. */
export const serviceIdentity = (name: string): Identity => ({ subject: `service:${name}`, roles: ['service'] });
