// The bound on share images drawn at once (server/sharing/render-gate.ts).
import { expect, test } from '@jest/globals';
import { RenderBusy, RenderGate } from '../../server/sharing/render-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

test('at most `concurrent` drawings run; the next wait their turn in order; past the queue, a refusal at once', async () => {
  const gate = new RenderGate(2, 2);
  const started: number[] = [];
  const holds = [0, 1, 2, 3].map(() => deferred());
  const runs = holds.map((hold, i) =>
    gate.run(async () => {
      started.push(i);
      await hold.promise;
      return i;
    }),
  );
  await Promise.resolve();
  expect(started).toEqual([0, 1]);
  await expect(gate.run(async () => 'late')).rejects.toBeInstanceOf(RenderBusy);
  holds[0]!.resolve();
  await runs[0];
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual([0, 1, 2]);
  for (const hold of holds) hold.resolve();
  expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  // All turns given back: two run at once again.
  const again = [deferred(), deferred()];
  const seen: number[] = [];
  const more = again.map((hold, i) => gate.run(async () => (seen.push(i), hold.promise)));
  await Promise.resolve();
  expect(seen).toEqual([0, 1]);
  again.forEach((hold) => hold.resolve());
  await Promise.all(more);
});

test('a drawing that fails gives its turn back', async () => {
  const gate = new RenderGate(1, 0);
  await expect(gate.run(async () => Promise.reject(new Error('bad image')))).rejects.toThrow('bad image');
  expect(await gate.run(async () => 'next')).toBe('next');
});
