// The graph retries a transaction itself (graph/graph.ts; the driver's retry is off), so it must
// retry what the driver did: two writes that take the same two locks in opposite orders deadlock,
// Neo4j aborts one with Neo.TransientError.Transaction.DeadlockDetected, and that one is run
// again and commits. Against the test run's real Neo4j.
import { randomUUID } from 'node:crypto';
import { afterAll, expect, test } from '@jest/globals';
import { connectGraph } from '../../graph/graph';

const graph = connectGraph(process.env.NEO4J_URI!, { user: 'neo4j', password: '', database: undefined }, true);
const tag = randomUUID();

afterAll(async () => {
  await graph.write((tx) => tx.run('MATCH (n:RetryProbe {tag: $tag}) DELETE n', { tag }), { changes: [] });
  await graph.close();
});

test('a deadlock is retried: both writes commit, the aborted one on its second try', async () => {
  await graph.write((tx) => tx.run(`CREATE (:RetryProbe {tag: $tag, name: 'a'}), (:RetryProbe {tag: $tag, name: 'b'})`, { tag }), { changes: [] });
  // Both first tries hold their first lock before either asks for its second.
  let arrived = 0;
  let release!: () => void;
  const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
  const tries: Record<string, number> = { ab: 0, ba: 0 };
  const takeLocks = (first: string, second: string, who: 'ab' | 'ba') =>
    graph.write(
      async (tx) => {
        tries[who]!++;
        const lock = (name: string) => tx.run('MATCH (n:RetryProbe {tag: $tag, name: $name}) SET n.holder = $who', { tag, name, who });
        await lock(first);
        if (tries[who] === 1) {
          if (++arrived === 2) release();
          await bothHoldOne;
        }
        await lock(second);
        return who;
      },
      { changes: [] },
    );
  expect(await Promise.all([takeLocks('a', 'b', 'ab'), takeLocks('b', 'a', 'ba')])).toEqual(['ab', 'ba']);
  expect(tries.ab! + tries.ba!).toBe(3);
  const holders = await graph.read(async (tx) => (await tx.run('MATCH (n:RetryProbe {tag: $tag}) RETURN n.holder AS h', { tag })).records.map((r) => r.get('h') as string));
  // Whichever committed last holds both: the second try ran whole, not half of it.
  expect(new Set(holders).size).toBe(1);
}, 60_000);
