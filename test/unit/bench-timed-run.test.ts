// The bench's autocannon runs are timed to their last answer, not to autocannon's next sampling
// tick (test/bench/timed-run.ts): otherwise a short run bounded by a request count reports a rate
// up to a whole second too low.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { timedRun } from '../bench/timed-run';

let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('a run bounded by a count is timed to its last answer, which comes before autocannon reports', async () => {
  const statuses: number[] = [];
  const { result, seconds } = await timedRun({ url, connections: 2, amount: 40 }, (status) => statuses.push(status));
  expect(result['2xx']).toBe(40);
  expect(statuses).toHaveLength(40);
  expect(statuses.every((s) => s === 200)).toBe(true);
  expect(seconds).toBeGreaterThan(0);
  // autocannon reports at its next one-second tick after the last answer: its own duration is
  // always the longer, by up to a second, so a rate over it would be understated.
  expect(seconds).toBeLessThan(result.duration);
  expect(result.duration).toBeGreaterThanOrEqual(0.95);
});
