import { logger } from '../../platform/logging';
import { SIGN_IN_STATE_PATH, type SignInStateCall } from '../../platform/sign-in';

/**
 * What this gateway process shares with the hub's others about sign-ins, through the awards subgraph's internal
 * route (services/awards/sign-in-state.ts): a sign-in answer's state is spent for all of them at once, and a session
 * signed out at one is ended at each within SIGN_IN_SHARED_STATE_SECONDS (each looks for sessions ended elsewhere
 * at most that often, when a request with a session comes; its own sign-outs count at once). The cookies carry the rest, sealed, so any process takes any step.
 */
export class SharedSignInState {
  private since: string | null = null;
  private lastLook = 0;
  private inFlight: Promise<void> | null = null;
  private warned = false;

  constructor(
    private readonly call: (body: SignInStateCall) => Promise<{ status: number; body: unknown }>,
    private readonly endedSessions: Map<string, number>,
    private readonly intervalSeconds: number,
  ) {}

  /** Whether this answer's state is used here for the first time, at any gateway. */
  async useState(state: string, seconds: number): Promise<boolean> {
    const { status, body } = await this.call({ action: 'use-state', state, seconds });
    if (status !== 200) throw new Error(`awards answered ${status}`);
    return (body as { fresh?: boolean }).fresh === true;
  }

  /** A sign-out, for the others to see. A failure is logged: this gateway has ended the session already. */
  async endSession(sid: string, endsAt: number): Promise<void> {
    try {
      const { status } = await this.call({ action: 'end-session', sid, endsAt });
      if (status !== 200) throw new Error(`awards answered ${status}`);
    } catch (error) {
      logger.error({ err: error }, 'a sign-out could not be shared with the other gateways');
    }
  }

  /** Sessions ended at other gateways since the last look. */
  async refresh(): Promise<void> {
    const { status, body } = await this.call({ action: 'ended-sessions', since: this.since ?? undefined });
    if (status !== 200) throw new Error(`awards answered ${status}`);
    const answer = body as { sessions: { sid: string; endsAt: number }[]; now: string };
    for (const { sid, endsAt } of answer.sessions) this.endedSessions.set(sid, endsAt);
    this.since = answer.now;
  }

  /**
   * Brings the sessions ended elsewhere up to date when the last look is older than the interval: on the request
   * that needs it, no timer (one look per interval at most, shared by the requests meanwhile). Awards not answering
   * within 2 seconds does not hold the request: the next look catches up, as it asks since the last that worked.
   */
  async current(): Promise<void> {
    if (Date.now() - this.lastLook < this.intervalSeconds * 1000) return;
    this.inFlight ??= this.refresh()
      .then(() => void (this.warned = false))
      .catch((error) => {
        if (!this.warned) logger.warn({ err: error }, 'sessions ended at other gateways could not be read');
        this.warned = true;
      })
      .finally(() => {
        this.lastLook = Date.now();
        this.inFlight = null;
      });
    await this.inFlight;
  }
}
