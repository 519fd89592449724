import type { AccessPolicy } from '../../platform/access-policy';

/**
 * Who may call each query of verification: anyone may verify (an employer's tool has no account). Verifying
 * a share shows no more than the share itself does, and the learner sees each look in the share's log.
 */
export const VERIFICATION_ACCESS_RULES: AccessPolicy = {
  'Query.verifyCredential': { allow: ['anyone'] },
  'Query.verifyCredentials': { allow: ['anyone'] },
  'Query.verifyShare': { allow: ['anyone'] },
  'Query.verifyPresentation': { allow: ['anyone'] },
  'Query.verificationHealth': { allow: ['anyone'] },
};
