// Drawing a poster or a card costs a tenth of a second of CPU or more, and a link's `?via=` or
// `?lang=` makes each request a new drawing that no cache holds: without a bound, a loop of such
// requests would take the machine from everyone else. At most `concurrent` drawings run at once
// and at most `waiting` wait for a turn; past that a request is refused at once (503, Retry-After)
// instead of queueing without end.

export class RenderBusy extends Error {
  constructor() {
    super('too many share images being drawn');
  }
}

export class RenderGate {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    private readonly concurrent = 2,
    private readonly waiting = 16,
  ) {}

  async run<T>(draw: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) {
      if (this.queue.length >= this.waiting) throw new RenderBusy();
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await draw();
    } finally {
      // Hand the turn straight to the next in line (running stays the same), or give it back.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}
