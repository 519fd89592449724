import type { HubContext } from '../../platform/context';
import {
  AccreditationKind,
  accreditationView,
  stateAt,
  type AccreditationCheck,
  type AccreditationHistory,
  type AccreditationStateRecord,
} from './accreditation';
import { describeMoment, scopeProblem, statusProblem, windowProblem, windowWithin, type Problem, type Scope } from './accreditation-rules';
import type { AccreditationLoaders } from './loaders';

type Context = HubContext<AccreditationLoaders>;

/**
 * How far an accreditation got before it failed, so that when nothing allows a credential the answer
 * names the accreditation that came closest: one that covers it but was suspended says more than one
 * for another field.
 */
enum Stage {
  SCOPE = 1,
  WINDOW = 2,
  STATUS = 3,
  CHAIN = 4,
  ALLOWED = 5,
}

interface Evaluation {
  history: AccreditationHistory;
  state: AccreditationStateRecord;
  stage: Stage;
  problem: Problem | null;
  /** When allowed: the accreditations to accredit from this one's authority up to the root. */
  chain: AccreditationHistory[];
}

/**
 * `check`: was the accreditation in force at `at`? `grant`: may it serve as the basis for a decision with
 * this validity window (the decision's window must lie inside it)?
 */
type Mode = { kind: 'check' } | { kind: 'grant'; window: { validFrom: Date; validUntil: Date | null } };

/** A chain deeper than this is refused: no real hierarchy of authorities is that deep. */
const MAX_CHAIN_DEPTH = 8;

async function evaluate(context: Context, history: AccreditationHistory, at: Date, wanted: Scope, mode: Mode, seen: Set<string>): Promise<Evaluation> {
  const state = stateAt(history, at);
  const failed = (stage: Stage, problem: Problem): Evaluation => ({ history, state, stage, problem, chain: [] });
  const scope = scopeProblem(wanted, state);
  if (scope) return failed(Stage.SCOPE, scope);
  const window = mode.kind === 'check' ? windowProblem(state, at) : windowWithin(mode.window, state);
  if (window) return failed(Stage.WINDOW, window);
  const status = statusProblem(state);
  if (status) return failed(Stage.STATUS, status);
  const path = await accreditingPath(context, history.record.accreditingAuthorityId, at, wanted, seen);
  if ('problem' in path) {
    const authority = await context.loaders.organisationById.load(history.record.accreditingAuthorityId);
    const name = authority?.legalName ?? history.record.accreditingAuthorityId;
    return failed(Stage.CHAIN, {
      field: 'chain',
      en: `was granted by ${name}, which could not accredit this on ${describeMoment(at)}: ${path.problem.en}`,
      sv: `beviljades av ${name}, som inte fick ackreditera detta ${describeMoment(at)}: ${path.problem.sv}`,
    });
  }
  return { history, state, stage: Stage.ALLOWED, problem: null, chain: path.chain };
}

/**
 * Whether `authorityId` could accredit `wanted` at `at`: it is the trust root, or it then held an
 * accreditation to accredit that covered `wanted`, from an authority that could (and so on up).
 */
export async function accreditingPath(
  context: Context,
  authorityId: string,
  at: Date,
  wanted: Scope,
  seen: Set<string>,
  mode: Mode = { kind: 'check' },
): Promise<{ chain: AccreditationHistory[] } | { problem: Problem; closest?: Evaluation }> {
  const root = await context.loaders.trustRoot(context.config);
  if (root?.organisation.id === authorityId) return { chain: [] };
  const authority = await context.loaders.organisationById.load(authorityId);
  const name = authority?.legalName ?? authorityId;
  if (seen.has(authorityId) || seen.size >= MAX_CHAIN_DEPTH) {
    return { problem: { field: 'chain', en: `the chain of accreditations through ${name} does not lead to the trust root`, sv: `kedjan av ackrediteringar via ${name} leder inte till förtroendeankaret` } };
  }
  const held = (await context.loaders.accreditationsByOrganisation.load(authorityId)).filter(
    (history) => history.record.kind === AccreditationKind.TO_ACCREDIT,
  );
  if (!held.length) {
    const problem = root
      ? {
          en: `${name} is neither the trust root (${root.organisation.legalName}) nor accredited to accredit`,
          sv: `${name} är varken förtroendeankaret (${root.organisation.legalName}) eller ackrediterad att ackreditera`,
        }
      : {
          en: `no trust root is designated (ACCREDITATION_ROOT_ORGANISATION_NUMBER), and ${name} is not accredited to accredit`,
          sv: `inget förtroendeankare är utsett (ACCREDITATION_ROOT_ORGANISATION_NUMBER), och ${name} är inte ackrediterad att ackreditera`,
        };
    return { problem: { field: 'chain', ...problem } };
  }
  const next = new Set(seen).add(authorityId);
  const evaluations: Evaluation[] = [];
  for (const history of held) evaluations.push(await evaluate(context, history, at, wanted, mode, next));
  const allowed = evaluations.find((evaluation) => evaluation.stage === Stage.ALLOWED);
  if (allowed) return { chain: [allowed.history, ...allowed.chain] };
  const closest = closestOf(evaluations);
  return {
    closest,
    problem: {
      field: closest.problem!.field,
      en: `its accreditation to accredit ${closest.state.decisionReference} ${closest.problem!.en}`,
      sv: `dess ackreditering att ackreditera ${closest.state.decisionReference} ${closest.problem!.sv}`,
    },
  };
}

function closestOf(evaluations: Evaluation[]): Evaluation {
  return evaluations.reduce((best, evaluation) => (evaluation.stage > best.stage ? evaluation : best));
}

/** Among overlapping accreditations that all allow it, the one that decides: in force longest after `at`, then the oldest. */
function decidingOrder(a: Evaluation, b: Evaluation): number {
  const until = (evaluation: Evaluation) => evaluation.state.validUntil?.getTime() ?? Number.POSITIVE_INFINITY;
  if (until(a) !== until(b)) return until(b) - until(a);
  const granted = a.history.record.createdAt.getTime() - b.history.record.createdAt.getTime();
  return granted || a.history.record.id.localeCompare(b.history.record.id);
}

/** accreditationCheck: was `organisationId` accredited to issue this credential at `at`? */
export async function checkAccreditation(
  context: Context,
  question: { organisationId: string; seqfLevel: number; field: string; credentialType: Scope['credentialTypes'][number]; microCredentialId?: string; at: Date },
): Promise<AccreditationCheck> {
  const { at } = question;
  const no = (en: string, sv: string, decided: Evaluation | null = null): AccreditationCheck => ({
    allowed: false,
    accreditation: decided ? accreditationView(decided.history, at) : null,
    alsoAllowedBy: [],
    chain: [],
    reason: en,
    reasonSv: sv,
    at,
  });
  const organisation = await context.loaders.organisationById.load(question.organisationId);
  if (!organisation) {
    return no(`No organisation with id ${question.organisationId} is registered in the hub.`, `Ingen organisation med id ${question.organisationId} är registrerad i hubben.`);
  }
  const held = (await context.loaders.accreditationsByOrganisation.load(organisation.id)).filter(
    (history) => history.record.kind === AccreditationKind.TO_ISSUE,
  );
  if (!held.length) {
    return no(`${organisation.legalName} holds no accreditation to issue credentials.`, `${organisation.legalName} har ingen ackreditering för att utfärda meriter.`);
  }
  const wanted: Scope = {
    seqfLevels: [question.seqfLevel],
    fields: [question.field],
    credentialTypes: [question.credentialType],
    microCredentialIds: question.microCredentialId ? [question.microCredentialId] : undefined,
  };
  const seen = new Set([organisation.id]);
  const evaluations: Evaluation[] = [];
  for (const history of held) evaluations.push(await evaluate(context, history, at, wanted, { kind: 'check' }, seen));
  const allowed = evaluations.filter((evaluation) => evaluation.stage === Stage.ALLOWED).sort(decidingOrder);
  if (allowed.length) {
    const [decided, ...others] = allowed;
    return {
      allowed: true,
      accreditation: accreditationView(decided.history, at),
      alsoAllowedBy: others.map((other) => accreditationView(other.history, at)),
      chain: decided.chain.map((history) => accreditationView(history, at)),
      reason: null,
      reasonSv: null,
      at,
    };
  }
  const closest = closestOf(evaluations);
  const others = evaluations.length - 1;
  const more = others ? ` None of its ${others} other accreditation(s) allows it either.` : '';
  const fler = others ? ` Ingen av dess ${others} andra ackreditering(ar) tillåter det heller.` : '';
  return no(
    `${organisation.legalName}: accreditation ${closest.state.decisionReference} ${closest.problem!.en}.${more}`,
    `${organisation.legalName}: ackrediteringen ${closest.state.decisionReference} ${closest.problem!.sv}.${fler}`,
    closest,
  );
}
