import { ErrorCode, HubError } from './errors';

/**
 * An upper bound on the work a service does at once, counted in units (say, credentials being verified).
 * Work that would go past it is refused at once, SERVICE_UNAVAILABLE with a time to retry, instead of
 * queueing: under a flood the excess is turned away and what is accepted is answered as well as ever.
 */
export class WorkBound {
  private inProgress = 0;

  constructor(
    readonly service: string,
    readonly maximum: number,
  ) {}

  get current(): number {
    return this.inProgress;
  }

  async run<T>(units: number, work: () => Promise<T>): Promise<T> {
    // One request larger than the bound still runs when nothing else does, so it is never refused for ever.
    if (this.inProgress > 0 && this.inProgress + units > this.maximum) {
      throw new HubError(ErrorCode.SERVICE_UNAVAILABLE, `The ${this.service} service is busy (at most ${this.maximum} at once); retry after 1 s`, {
        service: this.service,
        retryAfterSeconds: 1,
      });
    }
    this.inProgress += units;
    try {
      return await work();
    } finally {
      this.inProgress -= units;
    }
  }
}
