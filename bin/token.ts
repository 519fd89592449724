import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { ConfigError, readConfig } from '../platform/config';
import { ROLES, type Role } from '../platform/identity';
import { LocalTokenIssuer } from '../platform/local-token-issuer';

const usage = `Prints a token from the hub's local (development) token issuer.

  npm run token -- --role <role> [--role <role>…] [--org <organisation id>] [--sub <subject>] [--expires 8h]

  roles: authority, provider (needs --org), learner (--sub is the learner's id), analyst, router (a router or
         composition tool reading the subgraphs' schema in production)
  e.g.   npm run token -- --role provider --org 3f0c…
         curl -H "Authorization: Bearer $(npm run -s token -- --role authority)" …`;

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      org: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.role?.length) throw new ConfigError(usage);
  const roles = values.role.flatMap((role) => role.split(','));
  for (const role of roles) {
    if (!ROLES.includes(role as Role) || role === 'service') throw new ConfigError(`Unknown role "${role}".\n\n${usage}`);
  }
  if (roles.includes('provider') && !values.org) throw new ConfigError('A provider token needs --org <organisation id>.');
  const config = readConfig();
  if (config.AUTH_JWKS_URL || config.AUTH_JWKS_FILE) {
    console.error('Note: AUTH_JWKS_URL/AUTH_JWKS_FILE is set, so the gateway will not accept tokens from the local issuer.');
  }
  const issuer = await LocalTokenIssuer.open(config);
  const token = await issuer.issue({
    subject: values.sub ?? `${roles[0]}-${randomUUID()}`,
    roles: roles as Role[],
    organisationId: values.org,
    expiresIn: values.expires,
  });
  console.log(token);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
