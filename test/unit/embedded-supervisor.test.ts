// The supervisor of `npm start`'s embedded Neo4j, with stand-in JVMs: a death starts a new one,
// a shutdown is not a death, and a JVM that keeps dying makes it give up instead of looping.
import { describe, expect, test } from '@jest/globals';
import type { EmbeddedNeo4j } from '../../graph/embedded';
import { superviseEmbedded } from '../../graph/embedded-supervisor';

class FakeJvm implements EmbeddedNeo4j {
  uri = 'bolt://127.0.0.1:7687';
  stops = 0;
  private die!: (code: number | null) => void;
  exited = new Promise<number | null>((resolve) => (this.die = resolve));
  constructor(readonly pid: number) {}
  kill() {
    this.die(null);
  }
  async stop() {
    this.stops++;
    this.die(0);
  }
}

const quietLog = () => {
  const lines: string[] = [];
  return { lines, error: (_f: Record<string, unknown>, m: string) => void lines.push(m), info: (m: string) => void lines.push(m) };
};
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('superviseEmbedded', () => {
  test('a JVM that dies is replaced by a new one on the same settings, and that one is watched too', async () => {
    const jvms = [new FakeJvm(1)];
    const log = quietLog();
    const gaveUp: string[] = [];
    const supervisor = superviseEmbedded(jvms[0]!, async () => jvms[jvms.push(new FakeJvm(jvms.length + 1)) - 1]!, log, (r) => gaveUp.push(r), { backoffMs: 1 });
    jvms[0]!.kill();
    await settle();
    expect(supervisor.current().pid).toBe(2);
    jvms[1]!.kill();
    await settle();
    expect(supervisor.current().pid).toBe(3);
    expect(log.lines.filter((l) => /exited unexpectedly/.test(l))).toHaveLength(2);
    expect(gaveUp).toEqual([]);
    await supervisor.stop();
    expect(jvms[2]!.stops).toBe(1);
  });

  test('an exit after detach (a shutdown) starts nothing', async () => {
    const first = new FakeJvm(1);
    let starts = 0;
    const supervisor = superviseEmbedded(first, async () => (starts++, new FakeJvm(2)), quietLog(), () => {}, { backoffMs: 1 });
    supervisor.detach();
    await first.stop();
    await settle();
    expect(starts).toBe(0);
  });

  test('a stop while a restart is under way stops the JVM that restart brings up, and starts no other', async () => {
    const first = new FakeJvm(1);
    const second = new FakeJvm(2);
    let starts = 0;
    let finishStart!: () => void;
    const supervisor = superviseEmbedded(
      first,
      () => (starts++, new Promise<EmbeddedNeo4j>((resolve) => (finishStart = () => resolve(second)))),
      quietLog(),
      () => {},
      { backoffMs: 1 },
    );
    first.kill(); // the Ctrl-C reached the JVM before the server
    await settle();
    expect(starts).toBe(1);
    const stopping = supervisor.stop();
    finishStart();
    await stopping;
    expect(second.stops).toBe(1);
    expect(await second.exited).toBe(0);
    await settle();
    expect(starts).toBe(1);
  });

  test('gives up after too many deaths within the window', async () => {
    let pid = 1;
    const gaveUp: string[] = [];
    const current: FakeJvm[] = [new FakeJvm(pid)];
    superviseEmbedded(current[0]!, async () => current[current.push(new FakeJvm(++pid)) - 1]!, quietLog(), (r) => gaveUp.push(r), { backoffMs: 1, maxRestarts: 2 });
    for (let i = 0; i < 3; i++) {
      current.at(-1)!.kill();
      await settle();
    }
    expect(current).toHaveLength(3); // two restarts, then no third
    expect(gaveUp).toHaveLength(1);
  });

  test('gives up when the JVM cannot be started again', async () => {
    const gaveUp: string[] = [];
    const first = new FakeJvm(1);
    superviseEmbedded(first, async () => { throw new Error('port taken'); }, quietLog(), (r) => gaveUp.push(r), { backoffMs: 1, maxRestarts: 3 });
    first.kill();
    await new Promise((r) => setTimeout(r, 100));
    expect(gaveUp).toEqual(['the embedded Neo4j could not be restarted']);
  });
});
