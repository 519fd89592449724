import path from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from './identity';

/** The four subgraphs, in the order the hub starts them. */
export const SUBGRAPH_NAMES = ['accreditation', 'catalogue', 'awards', 'verification'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Default ports: the gateway on 4000, the subgraphs on 4001.. in the order above. */
export const DEFAULT_GATEWAY_PORT = 4000;
export const defaultSubgraphPort = (name: SubgraphName) => 4001 + SUBGRAPH_NAMES.indexOf(name);
export const defaultSubgraphUrl = (name: SubgraphName) => `http://localhost:${defaultSubgraphPort(name)}/graphql`;
/**
 * A subgraph on this machine at `port`. Port 0 (any free port) is only known once it listens: the hub started
 * in one process hands the actual URLs on, so the default port's URL stands in.
 */
const localSubgraphUrl = (name: SubgraphName, port: number) =>
  port === 0 ? defaultSubgraphUrl(name) : `http://localhost:${port}/graphql`;

/** The roles a caller's token may carry: all but "service", which only subgraphs hold. */
const CALLER_ROLES = ROLES.filter((role): role is Exclude<Role, 'service'> => role !== 'service');

const port = z.coerce.number().int().min(0).max(65535);
const url = z.url();

/**
 * Everything the hub reads from the environment, validated once. A bad value stops start-up with a message
 * that names the variable, instead of failing later somewhere else.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Where the local hub keeps its embedded PostgreSQL and generated keys. */
  DATA_DIR: z.string().default('.data'),
  /** A PostgreSQL server to use instead of the embedded one. */
  DATABASE_URL: url.optional(),
  /** Prefix of each subgraph's database name on the shared server: <prefix>_<subgraph>. */
  DATABASE_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'lower-case letters, digits and _').default('hub'),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
  GATEWAY_PORT: port.default(DEFAULT_GATEWAY_PORT),
  HOST: z.string().default('0.0.0.0'),
  /**
   * Where the all-in-one start (`npm start`) binds the subgraphs: loopback, so only the gateway (on HOST) is
   * reachable from outside. A subgraph started alone (`npm run start:<subgraph>`) listens on HOST.
   */
  SUBGRAPH_HOST: z.string().default('127.0.0.1'),
  /** npm start: worker threads for the parts, 2 (the gateway; the four subgraphs) or 5 (one per part). */
  START_THREADS: z.enum(['2', '5']).default('2').transform(Number),
  /**
   * npm start: each worker thread's heap limit (V8's old generation, MB). V8 lets a heap grow to 4 times what it
   * kept at the last full collection when its limit is 2 GB or more (the default on this machine is about 4 GB),
   * 1.6 times at 1 GB: the limit is what keeps the hub's memory near what it uses.
   */
  START_THREAD_HEAP_MB: z.coerce.number().int().min(128).default(1024),
  /**
   * The hub's public base URL (the gateway's address as the world sees it). Documents that name their own
   * address use it: status list URLs in credentials, did:web identifiers. Default http://localhost:<gateway port>.
   */
  PUBLIC_URL: url.optional(),
  /**
   * The organisationsnummer of the authority at the root of the accreditation trust chain (for example MYH).
   * Unset: in production there is no root (nothing can be accredited); elsewhere the first authority
   * registered is the root.
   */
  ACCREDITATION_ROOT_ORGANISATION_NUMBER: z.string().optional(),
  ACCREDITATION_PORT: port.default(defaultSubgraphPort('accreditation')),
  CATALOGUE_PORT: port.default(defaultSubgraphPort('catalogue')),
  AWARDS_PORT: port.default(defaultSubgraphPort('awards')),
  VERIFICATION_PORT: port.default(defaultSubgraphPort('verification')),
  /** Where the gateway and peer subgraphs reach each subgraph; unset, it follows the subgraph's port (below). */
  ACCREDITATION_URL: url.optional(),
  CATALOGUE_URL: url.optional(),
  AWARDS_URL: url.optional(),
  VERIFICATION_URL: url.optional(),
  ACCREDITATION_DATABASE_URL: url.optional(),
  CATALOGUE_DATABASE_URL: url.optional(),
  AWARDS_DATABASE_URL: url.optional(),
  VERIFICATION_DATABASE_URL: url.optional(),
  /**
   * Each subgraph's service key (a private Ed25519 or P-256 JWK, or a JWKS whose first key signs), which signs
   * its calls to the other subgraphs. Unset: one is made on first start in DATA_DIR/identity/service-keys/.
   */
  ACCREDITATION_SERVICE_KEY_FILE: z.string().optional(),
  CATALOGUE_SERVICE_KEY_FILE: z.string().optional(),
  AWARDS_SERVICE_KEY_FILE: z.string().optional(),
  VERIFICATION_SERVICE_KEY_FILE: z.string().optional(),
  /** Where the other subgraphs read a subgraph's public service keys; unset, /.well-known/jwks.json beside its URL. */
  ACCREDITATION_SERVICE_JWKS_URL: url.optional(),
  CATALOGUE_SERVICE_JWKS_URL: url.optional(),
  AWARDS_SERVICE_JWKS_URL: url.optional(),
  VERIFICATION_SERVICE_JWKS_URL: url.optional(),
  /**
   * verification: the longest the verifier reuses a fetched document (keys, registry, status lists, answers of
   * the accreditation and catalogue services), whatever lifetime the document declares. It bounds how long a
   * revocation or suspension can go unseen.
   */
  VERIFICATION_CACHE_MAX_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  /** verification: a JSON file listing issuers beyond the hub whose credentials it verifies (see the README). */
  VERIFICATION_TRUSTED_ISSUERS_FILE: z.string().optional(),
  // The hub's own verification revalidates a status list (ETag, 304) after at most this long: a revocation shows within it.
  VERIFICATION_STATUS_MAX_SECONDS: z.coerce.number().int().min(0).max(300).default(60),
  /** catalogue: searches count their total and facets exactly up to this many results; above it they estimate (flagged). */
  CATALOGUE_EXACT_COUNT_LIMIT: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** catalogue: about how many rows of the catalogue table an estimate samples. */
  CATALOGUE_COUNT_SAMPLE_ROWS: z.coerce.number().int().min(100).max(1_000_000).default(2000),
  /** Caller authentication at the gateway: a JWKS URL (as an OpenID Connect provider publishes it) or file. */
  AUTH_JWKS_URL: url.optional(),
  AUTH_JWKS_FILE: z.string().optional(),
  AUTH_ISSUER: z.string().default('mikromeriter-local'),
  AUTH_AUDIENCE: z.string().default('mikromeriter-hub'),
  /** Asymmetric algorithms only: HMAC and `none` are never accepted for caller tokens. */
  AUTH_ALGORITHMS: z
    .string()
    .default('EdDSA,ES256,ES384,RS256,PS256')
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .refine((algorithms) => algorithms.every((alg) => /^(EdDSA|ES(256|384|512)|RS(256|384|512)|PS(256|384|512))$/.test(alg)), {
      message: 'only asymmetric algorithms (EdDSA, ES*, RS*, PS*) are allowed',
    }),
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /**
   * How long the gateway and each subgraph keep a caller's or a subgraph's token they verified (under its hash),
   * at most until it expires; 0 verifies every token on every request. It bounds how long a token signed with a
   * key the identity provider has just withdrawn still works beyond what re-reading its JWKS takes.
   */
  AUTH_VERIFIED_TOKEN_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** The caller-token claim that carries the hub roles: a name or a dotted path (Keycloak: realm_access.roles). */
  AUTH_ROLES_CLAIM: z.string().min(1).default('roles'),
  /** The caller-token claim that names the organisation a provider (or authority) acts for. */
  AUTH_ORGANISATION_CLAIM: z.string().min(1).default('org'),
  /**
   * Optional: the identity provider's own values of the roles claim (for example its groups) mapped to hub
   * roles, as "value=role,value=role". Set, only mapped values count; unset, the values are hub role names.
   */
  AUTH_ROLE_MAP: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value?.trim()) return undefined;
      const map = new Map<string, Role>();
      for (const pair of value.split(',').map((item) => item.trim()).filter(Boolean)) {
        const at = pair.lastIndexOf('=');
        const role = pair.slice(at + 1).trim();
        if (at <= 0 || !CALLER_ROLES.includes(role as Exclude<Role, 'service'>)) {
          context.addIssue({ code: 'custom', message: `"${pair}" is not value=role with a role of ${CALLER_ROLES.join(', ')}` });
          return z.NEVER;
        }
        map.set(pair.slice(0, at).trim(), role as Role);
      }
      return map;
    }),
  /**
   * Learners' sign-in with e-ID (gateway/sign-in/): the OpenID Connect provider (in Sweden an e-identification
   * broker for BankID / Freja eID), the hub's client there, and the claim that carries the personnummer.
   * Unset: development and tests run a local OpenID Provider (EID_LOCAL_PROVIDER); production has no learner sign-in.
   */
  EID_ISSUER_URL: url.optional(),
  EID_CLIENT_ID: z.string().min(1).optional(),
  EID_CLIENT_SECRET: z.string().min(1).optional(),
  /** Where the provider sends the browser back; registered with the provider. Default <PUBLIC_URL>/sign-in/callback. */
  EID_REDIRECT_URL: url.optional(),
  /** The ID token (or userinfo) claim with the personnummer; the default is the Swedish OIDC profile's. */
  EID_PERSONAL_NUMBER_CLAIM: z.string().min(1).default('https://id.oidc.se/claim/personalIdentityNumber'),
  EID_SCOPE: z.string().min(1).default('openid profile https://id.oidc.se/scope/naturalPersonNumber'),
  /** The local OpenID Provider with test people (gateway/sign-in/local-provider.ts): on unless EID_ISSUER_URL is set; never in production. */
  EID_LOCAL_PROVIDER: z.stringbool().optional(),
  /** Encrypts the sign-in and session cookies (32+ characters). Unset: created in DATA_DIR/identity/; production with sign-in must set it. */
  SIGN_IN_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** A web session ends after this long without a request (each request renews it) ... */
  SIGN_IN_SESSION_IDLE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1800),
  /** ... and at the latest this long after signing in, however active. */
  SIGN_IN_SESSION_MAX_SECONDS: z.coerce.number().int().min(1).max(7 * 86_400).default(8 * 3600),
  /**
   * Where a part on another host reads the public key of the sign-in's hub tokens: the gateway's
   * <PUBLIC_URL>/sign-in/jwks.json. Unset: the local token issuer's key in DATA_DIR/identity/ (one host).
   */
  SIGN_IN_JWKS_URL: url.optional(),
  /**
   * How stale a gateway's knowledge of sessions signed out at the hub's other gateway processes may be: each looks
   * (in the awards database) at most this often, on a request with a session. 0: on every such request.
   */
  SIGN_IN_SHARED_STATE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  /** Lifetime of the hub tokens sign-in hands out (POST /sign-in/token, and forwarded for a web session). */
  SIGN_IN_TOKEN_SECONDS: z.coerce.number().int().min(1).max(3600).default(900),
  /**
   * OpenID4VCI's authorization endpoint (gateway/sign-in/wallet-authorization.ts): when true, a wallet must push its
   * authorization request first (RFC 9126, POST /openid4vci/par) and the query form is refused; advertised as
   * require_pushed_authorization_requests. Default false: both forms are accepted.
   */
  WALLET_REQUIRE_PUSHED_AUTHORIZATION_REQUESTS: z.stringbool().default(false),
  /**
   * The wallets (OAuth public clients) accepted at the authorization, PAR and token endpoints, as JSON:
   * [{"client_id": "...", "redirect_uris": ["https://...", "app.scheme:/callback"]}, ...]. Set, any other client_id is
   * invalid_client and a redirect_uri not on its client's list is refused without a redirect. Unset: any wallet names
   * itself (development and tests), with the redirect_uri rules of the README.
   */
  WALLET_CLIENTS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value?.trim()) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        context.addIssue({ code: 'custom', message: 'must be JSON: [{"client_id": "...", "redirect_uris": ["..."]}]' });
        return z.NEVER;
      }
      const clients = z
        .array(z.object({ client_id: z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/), redirect_uris: z.array(z.string().min(1).max(500)).min(1).max(20) }).strict())
        .min(1)
        .safeParse(parsed);
      if (!clients.success) {
        context.addIssue({ code: 'custom', message: `must be a list of {"client_id", "redirect_uris"} (${clients.error.issues[0]?.message ?? 'not well formed'})` });
        return z.NEVER;
      }
      const map = new Map<string, readonly string[]>();
      for (const client of clients.data) {
        if (map.has(client.client_id)) {
          context.addIssue({ code: 'custom', message: `client_id ${client.client_id} is listed twice` });
          return z.NEVER;
        }
        map.set(client.client_id, client.redirect_uris);
      }
      return map as ReadonlyMap<string, readonly string[]>;
    }),
  /**
   * OAuth 2.0 Attestation-Based Client Authentication (draft-ietf-oauth-attestation-based-client-auth), as HAIP / EUDI
   * wallets send it: the public keys (a JWKS) of the wallet providers (attesters) the hub trusts, from a file or a URL.
   * Set, the PAR and token endpoints require OAuth-Client-Attestation and OAuth-Client-Attestation-PoP; unset, wallets
   * are public clients as before.
   */
  WALLET_CLIENT_ATTESTATION_JWKS_FILE: z.string().min(1).optional(),
  WALLET_CLIENT_ATTESTATION_JWKS_URL: url.optional(),
  /** Statistics: a cell with fewer distinct learners than this is suppressed. */
  STATISTICS_MIN_LEARNERS: z.coerce.number().int().min(2).max(100).default(5),
  /** In production the IDE and introspection are off unless switched on here. */
  GRAPHQL_IDE: z.stringbool().default(false),
  GRAPHQL_INTROSPECTION: z.stringbool().default(false),
  /**
   * awards: the master key (32 bytes, base64 or base64url) that encrypts issuers' private signing keys and
   * seals learners' personal identity numbers at rest. Unset: a local start creates one in DATA_DIR/awards/;
   * production must set it.
   */
  AWARDS_MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, { message: 'must be 32 bytes, base64-encoded' })
    .optional(),
  /** awards: the algorithm of new issuer keys: EdDSA (Ed25519) or ES256 (P-256). */
  AWARDS_SIGNING_ALGORITHM: z.enum(['EdDSA', 'ES256']).default('EdDSA'),
  /**
   * Limits of one GraphQL operation, at the gateway and in every subgraph (README, "Limits"): characters and
   * tokens of the document, field depth, aliases, directives, GraphQL Armor's structural cost, and the items
   * of list arguments over the whole operation (a batch of credentials counts one per credential).
   */
  OPERATION_MAX_CHARACTERS: z.coerce.number().int().min(100).default(50_000),
  OPERATION_MAX_TOKENS: z.coerce.number().int().min(10).default(2_000),
  OPERATION_MAX_DEPTH: z.coerce.number().int().min(1).default(8),
  OPERATION_MAX_ALIASES: z.coerce.number().int().min(0).default(20),
  OPERATION_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  OPERATION_MAX_COST: z.coerce.number().int().min(1).default(5_000),
  OPERATION_MAX_LIST_ITEMS: z.coerce.number().int().min(1).default(1_000),
  /** The same for a mutation: the largest batch a mutation takes (a cohort of 10,000 awards). */
  OPERATION_MAX_MUTATION_LIST_ITEMS: z.coerce.number().int().min(1).default(10_000),
  /**
   * Requests per caller (token subject, else client address) per RATE_LIMIT_WINDOW_SECONDS at the gateway;
   * past it: HTTP 429 with Retry-After.
   */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Requests one caller may have in progress at the gateway at once; more get 429 with Retry-After. */
  RATE_LIMIT_CONCURRENT: z.coerce.number().int().min(1).default(32),
  /**
   * verification: credentials being verified at once, over all requests. A request that would go past it is
   * refused at once (SERVICE_UNAVAILABLE, retry later) rather than making every verification slower.
   */
  VERIFICATION_MAX_CONCURRENT: z.coerce.number().int().min(1).default(5_000),
  /** The longest the gateway works on one request before answering 503 (REQUEST_TIMEOUT). */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(300),
  /** Express "trust proxy": set it when the gateway runs behind a proxy, so the client address is the caller's. */
  TRUST_PROXY: z.string().optional(),
  /**
   * Browser origins allowed to call the GraphQL endpoint (comma-separated, e.g. https://app.example.se); the
   * public documents are open to any origin.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((item) => item.trim().replace(/\/+$/, '')).filter(Boolean))
    .refine((origins) => origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin)), {
      message: 'a comma-separated list of origins such as https://app.example.se (scheme, host, optional port)',
    }),
  SUPERGRAPH_PATH: z.string().default(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
}).transform(({ ACCREDITATION_URL, CATALOGUE_URL, AWARDS_URL, VERIFICATION_URL, ...config }) => ({
  ...config,
  // A subgraph's URL follows its port unless set, so that ACCREDITATION_PORT=4101 alone moves both.
  ACCREDITATION_URL: ACCREDITATION_URL ?? localSubgraphUrl('accreditation', config.ACCREDITATION_PORT),
  CATALOGUE_URL: CATALOGUE_URL ?? localSubgraphUrl('catalogue', config.CATALOGUE_PORT),
  AWARDS_URL: AWARDS_URL ?? localSubgraphUrl('awards', config.AWARDS_PORT),
  VERIFICATION_URL: VERIFICATION_URL ?? localSubgraphUrl('verification', config.VERIFICATION_PORT),
}));

export type HubConfig = z.infer<typeof environmentSchema>;

export class ConfigError extends Error {}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): HubConfig {
  const result = environmentSchema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const config = result.data;
  // SUPERGRAPH_PATH's default is relative to this file, which lives in dist/platform when built.
  if (!environment.SUPERGRAPH_PATH) config.SUPERGRAPH_PATH = path.join(projectRoot(), 'schema', 'supergraph.graphql');
  return config;
}

/** The repository root, whether running from source (ts) or from dist/. */
export function projectRoot(): string {
  const here = __dirname;
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '..', '..') : path.resolve(here, '..');
}

export const subgraphPort = (config: HubConfig, name: SubgraphName): number =>
  config[`${name.toUpperCase()}_PORT` as 'ACCREDITATION_PORT'];
export const subgraphUrl = (config: HubConfig, name: SubgraphName): string =>
  config[`${name.toUpperCase()}_URL` as 'ACCREDITATION_URL'];
export const subgraphDatabaseUrl = (config: HubConfig, name: SubgraphName): string | undefined =>
  config[`${name.toUpperCase()}_DATABASE_URL` as 'ACCREDITATION_DATABASE_URL'];

/** The hub's public base URL without a trailing slash (see PUBLIC_URL). */
export const publicBaseUrl = (config: HubConfig): string =>
  (config.PUBLIC_URL ?? `http://localhost:${config.GATEWAY_PORT}`).replace(/\/+$/, '');
