import type { MiddlewareFn } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { HubContext } from './context';
import { ErrorCode, HubError } from './errors';
import { isAnonymous, type Identity, type Role } from './identity';

/** Who an operation is for. `anyone` includes the anonymous caller. */
export type Audience = 'anyone' | Exclude<Role, 'service'> | 'service';

/**
 * One rule of the access policy. A caller is let through when it holds one of `allow`; for providers and
 * learners, when the rule says whose resource the call touches, they must also act for that organisation
 * or be that learner.
 */
export interface AccessRule {
  allow: Audience[];
  /** The organisation the call acts on or the resource belongs to (providers must act for it). */
  organisationOf?: (args: any, context: HubContext<any>) => Promise<string | null | undefined> | string | null | undefined;
  /** The learner the call acts on (learners must be that learner). */
  learnerOf?: (args: any, context: HubContext<any>) => Promise<string | null | undefined> | string | null | undefined;
}

/** Keys are `Query.<field>`, `Mutation.<field>`, `<Type>.<field>` for guarded fields, `<Type>.@reference`. */
export type AccessPolicy = Record<string, AccessRule>;

export async function isAllowed(rule: AccessRule, identity: Identity, args: unknown, context: HubContext<any>): Promise<boolean> {
  if (rule.allow.includes('anyone')) return true;
  for (const role of identity.roles) {
    if (!rule.allow.includes(role)) continue;
    if (role === 'provider' && rule.organisationOf) {
      const owner = await rule.organisationOf(args, context);
      if (owner && identity.organisationId && owner.toLowerCase() === identity.organisationId) return true;
      continue;
    }
    if (role === 'learner' && rule.learnerOf) {
      const learner = await rule.learnerOf(args, context);
      if (learner && identity.learnerId === learner) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** Says who may, without saying whether the thing asked about exists. */
export function describeAudience(rule: AccessRule): string {
  return rule.allow
    .map((audience) => {
      if (audience === 'provider' && rule.organisationOf) return 'a provider acting for the organisation concerned';
      if (audience === 'learner' && rule.learnerOf) return 'the learner concerned';
      return `the ${audience} role`;
    })
    .join(' or ');
}

export async function assertAllowed(key: string, policy: AccessPolicy, args: unknown, context: HubContext<any>): Promise<void> {
  const rule = policy[key];
  if (!rule) throw new HubError(ErrorCode.FORBIDDEN, `${key} has no declared access policy, so nobody may call it`);
  if (await isAllowed(rule, context.identity, args, context)) return;
  if (isAnonymous(context.identity)) {
    throw new HubError(ErrorCode.UNAUTHENTICATED, `${key} needs ${describeAudience(rule)}; sign in with a token`);
  }
  throw new HubError(ErrorCode.FORBIDDEN, `${key} needs ${describeAudience(rule)}`);
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/**
 * Enforces the policy on every field type-graphql resolves: root operations must have a rule (fail
 * closed), other fields only when the table guards them. Reference resolvers run outside this: the
 * subgraph builder guards them with `guardReference`.
 */
export function accessPolicyMiddleware(policy: AccessPolicy): MiddlewareFn<HubContext<any>> {
  return async ({ root, info, args, context }: { root: unknown; info: GraphQLResolveInfo; args: unknown; context: HubContext<any> }, next) => {
    const key = `${info.parentType.name}.${info.fieldName}`;
    if (ROOT_TYPES.has(info.parentType.name)) {
      if (!FEDERATION_FIELDS.has(info.fieldName)) await assertAllowed(key, policy, args, context);
    } else if (policy[key]) {
      // Field rules see the object the field belongs to as `root`.
      await assertAllowed(key, policy, { ...(args as object), root }, context);
    }
    return next();
  };
}

/** For `__resolveReference`: `_entities` bypasses type-graphql, so the subgraph builder guards each entity type here. */
export async function guardReference(typeName: string, policy: AccessPolicy, reference: unknown, context: HubContext<any>) {
  await assertAllowed(`${typeName}.@reference`, policy, reference, context);
}
