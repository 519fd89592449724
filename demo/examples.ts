import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, stripIgnoredCharacters, type OperationDefinitionNode } from 'graphql';
import { projectRoot } from '../platform/config';
import type { HubClient } from './client';
import { ESCO, ORGANISATIONS, PROVIDERS, demoLearner, type ProviderKey } from './data';
import type { DemoData } from './load';

/** The file the gateway's GraphQL IDE is preloaded with; the demo's examples are its operations. */
export const EXAMPLE_OPERATIONS_FILE = path.join(projectRoot(), 'gateway', 'ide', 'example-operations.graphql');

export interface ExampleOperation {
  /** The operation's name in the IDE file. */
  name: string;
  /** What it shows, in a few words. */
  what: string;
  variables?: Record<string, unknown>;
}

export interface DemoExamples {
  roles: RoleExamples[];
  providerTokens: RoleExamples[];
  /** The demo learner's share, as the employer opens it in the browser. */
  share?: { url: string; learnerName: string; recipientLabel: string };
}

export interface RoleExamples {
  role: string;
  /** The shell variable the token is exported as; none for the anonymous employer. */
  tokenVariable?: string;
  token?: string;
  /** Whom the token is for, in words. */
  who: string;
  operations: ExampleOperation[];
}

/** The provider whose token the examples use (all pilots get a token; the operations are the same). */
const EXAMPLE_PROVIDER: ProviderKey = 'sobona';

const shellName = (key: string) => `${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_TOKEN`;

/**
 * A token for each role, and three or four operations each from the IDE's example file, with variables
 * that fit the demo data. Tokens come from the hub's local token issuer.
 */
export async function demoExamples(hub: HubClient, data: DemoData, options: { now?: Date; expiresIn?: string } = {}): Promise<DemoExamples> {
  const now = options.now ?? new Date();
  const { organisations, entries, learner } = data;
  const myhToken = await hub.token({ roles: ['authority'], organisationId: organisations.myh.id, subject: 'demo:myh-handlaggare' });
  const providerTokens: RoleExamples[] = [];
  for (const key of PROVIDERS) {
    providerTokens.push({
      role: 'provider',
      tokenVariable: shellName(key),
      token: await hub.token({ roles: ['provider'], organisationId: organisations[key].id, subject: `demo:${key}` }),
      who: `provider ${organisations[key].legalName} (${ORGANISATIONS[key].about}), organisation ${organisations[key].id}`,
      operations: [],
    });
  }
  const learnerToken = await hub.token({ roles: ['learner'], subject: learner.id });
  const analystToken = await hub.token({ roles: ['analyst'], subject: 'demo:analyst' });
  const provider = organisations[EXAMPLE_PROVIDER];
  const newcomer = demoLearner(9_000);
  const validFrom = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

  const roles: RoleExamples[] = [
    {
      role: 'Employer (anonymous: no token)',
      who: 'anyone, such as a recruitment system',
      operations: [
        { name: 'SearchCatalogue', what: 'search the national catalogue in Swedish', variables: { search: 'sömnad' } },
        { name: 'VerifyShare', what: `verify what ${learner.name} shared with "${learner.share.recipientLabel}"`, variables: { token: learner.share.token } },
        {
          name: 'IsAccredited',
          what: 'ask whether Sobona is accredited for an industry validation at SeQF 4 in field 071',
          variables: { organisationId: organisations.sobona.id, seqfLevel: 4, field: '071', credentialType: 'INDUSTRY_VALIDATION' },
        },
      ],
    },
    {
      role: 'Authority (MYH)',
      tokenVariable: 'MYH_TOKEN',
      token: myhToken,
      who: `authority acting for ${organisations.myh.legalName}, organisation ${organisations.myh.id}`,
      operations: [
        { name: 'Accreditations', what: 'who is accredited for what, and until when' },
        {
          name: 'GrantAccreditation',
          what: 'accredit Nordiska Textilakademin for retail modules too (field 041)',
          variables: {
            input: {
              organisationId: organisations.textilakademin.id,
              decisionReference: `MYH ${validFrom.getUTCFullYear()}/0401`,
              seqfLevels: [3, 4],
              fields: ['041'],
              credentialTypes: ['INDUSTRY_VALIDATION'],
              validFrom: validFrom.toISOString(),
              validUntil: new Date(Date.UTC(validFrom.getUTCFullYear() + 3, validFrom.getUTCMonth(), 1)).toISOString(),
            },
          },
        },
        { name: 'AccreditationHistory', what: "Sobona's accreditation and its history", variables: { id: data.accreditations.sobona.id } },
      ],
    },
    {
      role: `Provider (${provider.legalName})`,
      tokenVariable: shellName(EXAMPLE_PROVIDER),
      token: providerTokens.find((role) => role.tokenVariable === shellName(EXAMPLE_PROVIDER))!.token,
      who: `provider ${provider.legalName}; every pilot has a token above, and the same operations work for each with its own id`,
      operations: [
        { name: 'MyOrganisation', what: 'your accreditations, catalogue entries and issued awards', variables: { id: provider.id } },
        {
          name: 'IssueAward',
          what: `issue "${entries['SOB-FAS-01'].title}" to one more learner`,
          variables: {
            input: {
              issuerId: provider.id,
              microCredentialId: entries['SOB-FAS-01'].id,
              learner: { personalNumber: newcomer.personalNumber, name: newcomer.name, email: newcomer.email },
              grade: 'Godkänd',
              idempotencyKey: 'ide-example-1',
            },
          },
        },
        { name: 'SuspendAward', what: 'suspend an award while something is looked into', variables: { id: data.sampleAwardId, reason: 'Utredning pågår' } },
        { name: 'ReinstateAward', what: 'and reinstate it', variables: { id: data.sampleAwardId, reason: 'Utredningen är klar' } },
      ],
    },
    {
      role: `Learner (${learner.name})`,
      tokenVariable: 'LEARNER_TOKEN',
      token: learnerToken,
      who: `learner ${learner.name} (${learner.awardIds.length} awards, sharing with "${learner.share.recipientLabel}"), id ${learner.id}`,
      operations: [
        { name: 'MyAwards', what: 'your awards' },
        { name: 'MyShares', what: 'your shares and who looked' },
        {
          name: 'ShareAwards',
          what: 'share one award with another employer for 14 days',
          variables: { input: { awardIds: [learner.awardIds[0]], recipientLabel: 'Bemanningsföretag, vård och omsorg', expiresAt: new Date(now.getTime() + 14 * 24 * 3600 * 1000).toISOString() } },
        },
        { name: 'ExportMyData', what: 'everything the hub holds about you' },
      ],
    },
    {
      role: 'Analyst',
      tokenVariable: 'ANALYST_TOKEN',
      token: analystToken,
      who: 'analyst (aggregates only)',
      operations: [
        { name: 'AwardsByRegionAndLevel', what: 'awards and learners by county and SeQF level' },
        { name: 'SkillOverTime', what: '"interact verbally in Swedish" by quarter', variables: { skill: ESCO.interactVerballyInSwedish } },
        { name: 'TopSkills', what: 'the skills most learners in Västerbotten have shown', variables: { region: 'Västerbottens län' } },
      ],
    },
  ];
  return { roles, providerTokens, share: { url: learner.share.url, learnerName: learner.name, recipientLabel: learner.share.recipientLabel } };
}

/** The IDE file's operations by name, each as one compact line of GraphQL. */
export function exampleOperations(file = EXAMPLE_OPERATIONS_FILE): Map<string, string> {
  const document = parse(fs.readFileSync(file, 'utf8'));
  const operations = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
    operations.set(definition.name.value, stripIgnoredCharacters(print(definition as OperationDefinitionNode)));
  }
  return operations;
}

/** Quotes a string for a POSIX shell, in single quotes. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The examples as text to paste: export lines for the tokens, and for each operation a curl command and how to run it in the IDE. */
export function renderExamples(url: string, examples: DemoExamples, expiresIn: string): string {
  const operations = exampleOperations();
  const lines: string[] = [];
  const ide = url.replace(/\/graphql$/, '/');
  lines.push(`Tokens for each role (valid ${expiresIn}; run the demo again for new ones). Paste these lines into your shell:`);
  const tokens = [examples.roles.find((role) => role.tokenVariable === 'MYH_TOKEN')!, ...examples.providerTokens, ...examples.roles.filter((role) => ['LEARNER_TOKEN', 'ANALYST_TOKEN'].includes(role.tokenVariable ?? ''))];
  for (const role of tokens) lines.push(`  # ${role.who}`, `  export ${role.tokenVariable}=${role.token}`);
  lines.push('  # an employer needs no token', '');
  lines.push(`In the GraphQL IDE (${ide}): pick the operation with ▶, put {"Authorization": "Bearer <token>"} in Headers and the variables in Variables.`);
  const site = url.replace(/\/graphql$/, '');
  lines.push(
    `In the browser: ${site}/verify and ${site}/katalog (anyone), ${site}/wallet ("Logga in med e-legitimation" with the local test provider: the first test person is this learner; or sign in with $LEARNER_TOKEN), ${site}/statistics (sign in with $ANALYST_TOKEN).`,
  );
  if (examples.share) lines.push(`What ${examples.share.learnerName} shared with "${examples.share.recipientLabel}", as the employer opens it: ${examples.share.url}`);
  for (const role of examples.roles) {
    lines.push('', `── ${role.role} ${'─'.repeat(Math.max(3, 96 - role.role.length))}`);
    for (const [index, example] of role.operations.entries()) {
      const query = operations.get(example.name);
      if (!query) throw new Error(`${example.name} is not in ${EXAMPLE_OPERATIONS_FILE}`);
      const body = JSON.stringify({ operationName: example.name, query, ...(example.variables ? { variables: example.variables } : {}) });
      lines.push(`${index + 1}. ${example.name}: ${example.what}`);
      lines.push(`   curl -s ${url} -H 'content-type: application/json'${role.tokenVariable ? ` -H "authorization: Bearer $${role.tokenVariable}"` : ''} \\`);
      lines.push(`     -d ${shellQuote(body)}`);
      lines.push(`   IDE: ${example.name}${example.variables ? `, Variables: ${JSON.stringify(example.variables)}` : ''}`);
    }
  }
  return lines.join('\n');
}
