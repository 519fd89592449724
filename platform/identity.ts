/**
 * Who is calling. The gateway verifies the caller and forwards this to the subgraphs; resolvers only read
 * it from the request context. A request with no identity is the anonymous caller (an employer's tool).
 */
export type Role = 'authority' | 'provider' | 'learner' | 'analyst' | 'service';

export interface Identity {
  /** The caller's subject (a person or a system), absent for the anonymous caller. */
  subject?: string;
  roles: Role[];
  /** For providers (and authorities acting as an organisation): the organisation they act for. */
  organisationId?: string;
  /** For learners: the learner they are. */
  learnerId?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ roles: [] as Role[] }) as Identity;
