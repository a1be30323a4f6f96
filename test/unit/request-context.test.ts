// A request's context (server/context.ts, server/loaders.ts): every loader is there, each request
// has its own (no member's cache serves another), and the logger names the request, and the member
// once a mutation that checks its session itself has found them.
import { Writable } from 'node:stream';
import { expect, test } from '@jest/globals';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { pino } from 'pino';
import { createContext, type Services } from '../../server/context';
import { createLoaders, type Loaders } from '../../server/loaders';
import type { LeaderboardCache } from '../../server/leaderboard-cache';
import type { TrustedPicksCache } from '../../server/trusted-picks-cache';
import type { Graph } from '../../graph/graph';
import type { Viewer } from '../../graph/sessions';
import { systemClock } from '../../server/clock';
import { adoptViewer } from '../../server/auth/session-gate';

// Every name of the Loaders interface: a name missing here or there fails the type check below.
const NAMES = [
  'memberById', 'followCounts', 'follows', 'followPage', 'productById', 'recommendationCount', 'orderHistory', 'feedbackByOrderId',
  'recommendationById', 'recommendationRevisions', 'latestSnapshotDay', 'snapshotRank', 'trustHistory', 'trustEventPage',
  'productPhotos', 'recommendationPhotos', 'avatar', 'flagEvidence', 'underReview', 'flaggedBy', 'openGroupOfRecommendation',
] as const satisfies ReadonlyArray<keyof Loaders>;
type Missing = Exclude<keyof Loaders, (typeof NAMES)[number]>;
const everyNameListed: Missing extends never ? true : Missing = true;

// Making a loader runs no query, so neither is ever asked.
const graph = undefined as unknown as Graph;
const leaderboards = undefined as unknown as LeaderboardCache;

test('every loader is a DataLoader, the same one for the whole request, and another request has its own', () => {
  void everyNameListed; // judged by the type checker (npm run typecheck), not at run time
  const one = createLoaders(graph, leaderboards);
  const other = createLoaders(graph, leaderboards);
  for (const name of NAMES) {
    expect(one[name]).toBeInstanceOf(DataLoader);
    expect(one[name]).toBe(one[name]);
    expect(other[name]).not.toBe(one[name]);
  }
});

test("a request's logger names the request, and the member once a mutation has adopted them", async () => {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const services = {
    graph,
    clock: systemClock,
    log: pino({ level: 'info' }, sink),
    leaderboards,
    trustedPicks: undefined as unknown as TrustedPicksCache,
  } satisfies Services & { leaderboards: LeaderboardCache; trustedPicks: TrustedPicksCache };
  // What createContext reads of the request: its id, headers and address; the response only for cookies.
  const req = { id: 'req-7', headers: { authorization: 'Bearer some-token' }, ip: '127.0.0.1', socket: {} } as unknown as Request;
  const ctx = await createContext(services, req, {} as Response, { deferSession: true });

  expect(ctx.log).toBe(ctx.log);
  ctx.log.info('before the session is checked');
  adoptViewer(ctx, { id: 'member-1' } as Viewer, 'hash'); // as a rating does once its first statement found the session
  ctx.log.info('after');
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines.map((l) => [l.msg, l.requestId, l.viewer])).toEqual([
    ['before the session is checked', 'req-7', undefined],
    ['after', 'req-7', 'member-1'],
  ]);
});
