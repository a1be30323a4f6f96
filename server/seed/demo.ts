// The deterministic demo market: 220 members (an admin, 8 suppliers, 12 verified founding
// members), 70 products in 7 categories and 60 days of trade — 2,800 orders, first-hand
// recommendations, re-shares, buyers' feedback and refunds — ending at clock.now().
//
// How: plan.ts builds the whole market as plain values from a seeded generator; write-market.ts
// writes it in UNWIND batches; apply-verdicts.ts replays the verdicts through the real trust hook
// in time order, so every trust score and trust event is one the live network would have made.
// Every node created carries `seedRun` (returned in the summary): a run can be counted and
// removed exactly, and tests can load the demo beside other data.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Graph } from '../../graph/graph';
import { hashPassword } from '../auth/passwords';
import type { Clock } from '../clock';
import { applyVerdicts } from './apply-verdicts';
import { replayCommissions } from './replay-commissions';
import { reviewDemoFlags } from './review-flags';
import { recomputeTrust } from '../../graph/trust-recompute';
import { takeDailySnapshot } from '../../graph/snapshots';
import { recordCircleDays } from '../../graph/circle-day';
import { dayOf } from '../day';
import { DEMO_SEED, planDemoMarket } from './plan';
import { writeDemoPhotos } from './demo-photos';
import type { PhotoStore } from '../photos/store';
import { writeAttribution, writeMemberLinks, writeMembers, writeOrders, writeProducts, writeRecommendations } from './write-market';

/** Every demo account signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'trustline-demo';

export interface DemoOptions {
  /** Same seed, same market. Defaults to DEMO_SEED. */
  seed?: number;
  /** Appended to every handle (`wang_lei_ab12`) so a run can sit beside another; '' by default. */
  namespace?: string;
  /**
   * Replay history like the live network would have lived it (default true): a daily rank
   * snapshot at the end of each day, the global trust recompute every week and at the end, and
   * the sales' commissions with a confirmation run and a payout, so the demo opens with
   * movement arrows, history charts, seed-propagated trust and commissions in every status.
   * These jobs cover the whole database, so tests that load the demo beside other data turn
   * this off.
   */
  history?: boolean;
  /** Draw the demo's photos into this store (products, avatars, recommendations); none when absent. */
  photos?: PhotoStore;
}

const RECOMPUTE_EVERY_DAYS = 7;

export interface DemoSummary {
  seed: number;
  /** The `seedRun` property of every node this run created. */
  seedRun: string;
  members: number;
  suppliers: number;
  verified: number;
  products: number;
  categories: number;
  orders: number;
  recommendations: number;
  feedback: number;
  refunds: number;
  trustEvents: number;
  follows: number;
  seconds: number;
}

export async function loadDemoMarket(graph: Graph, clock: Clock, say: (line: string) => void, options: DemoOptions = {}): Promise<DemoSummary> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const seed = options.seed ?? DEMO_SEED;
  const seedRun = `demo-${seed}-${randomUUID()}`;
  const plan = planDemoMarket(seed, options.namespace ?? '', clock.now().getTime());
  say(
    `Demo market: planned ${plan.members.length} members, ${plan.products.length} products, ` +
      `${plan.orders.length.toLocaleString('en')} orders and ${plan.verdicts.length.toLocaleString('en')} verdicts (seed ${seed})`,
  );
  // Argon2 is slow on purpose: hash the one demo password once and share the hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await writeMembers(graph, plan, passwordHash, seedRun);
  await writeProducts(graph, plan, seedRun);
  await writeMemberLinks(graph, plan);
  say(`Demo market: members, products and follows written (${elapsed()})`);
  await writeOrders(graph, plan, seedRun);
  await writeRecommendations(graph, plan, seedRun);
  await writeAttribution(graph, plan);
  say(`Demo market: orders, status history and recommendations written (${elapsed()})`);
  if (options.photos) {
    const attached = await writeDemoPhotos(graph, plan, options.photos, seedRun, clock.now().getTime());
    say(`Demo market: ${attached} photos drawn and attached, kept in ${options.photos.description} (${elapsed()})`);
  }
  const history = options.history ?? true;
  let daysSinceRecompute = 0;
  const endOfDay = async (day: string, lastAt: Date) => {
    if (++daysSinceRecompute >= RECOMPUTE_EVERY_DAYS) {
      daysSinceRecompute = 0;
      await recomputeTrust(graph, lastAt);
    }
    await takeDailySnapshot(graph, day, lastAt);
  };
  await applyVerdicts(graph, plan.verdicts, seedRun, (line) => say(`${line} (${elapsed()})`), history ? endOfDay : undefined);
  if (history) {
    const final = await recomputeTrust(graph, clock.now());
    const admin = plan.members.find((m) => m.baseHandle === 'admin')!;
    const cleared = await reviewDemoFlags(graph, seedRun, admin.id, clock.now());
    say(`Demo market: the admin cleared ${cleared} fraud flag(s) raised more than two days ago (${elapsed()})`);
    await replayCommissions(graph, plan.orders, clock.now(), (line) => say(`${line} (${elapsed()})`));
    await takeDailySnapshot(graph, dayOf(clock.now()), clock.now());
    // Today's day among friends, as the snapshot job records it after every snapshot.
    await recordCircleDays(graph, dayOf(clock.now()), clock.now());
    say(`Demo market: trust recomputed from the verified seed (${final.iterations} iterations) and today's ranks snapshot taken (${elapsed()})`);
  }
  // The trust hook and the recompute do not know about seed runs: tag the members' events, the
  // last recompute's too, so the summary counts them and a run is removed whole.
  await graph.write((tx) =>
    tx.run(
      `MATCH (m:Member {seedRun: $seedRun})-[:HAS_TRUST_EVENT]->(e:TrustEvent)
       WHERE e.seedRun IS NULL
       SET e.seedRun = $seedRun`,
      { seedRun },
    ),
  );
  const counts = await countSeedRun(graph, seedRun);
  return { seed, seedRun, ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

type RunCounts = Omit<DemoSummary, 'seed' | 'seedRun' | 'seconds'>;

/** What one run actually wrote, read back from the graph. */
export function countSeedRun(graph: Graph, seedRun: string): Promise<RunCounts> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `CALL { MATCH (m:Member {seedRun: $seedRun})
              RETURN count(m) AS members,
                     count(CASE WHEN 'SUPPLIER' IN m.roles THEN 1 END) AS suppliers,
                     count(CASE WHEN m.verified THEN 1 END) AS verified }
       CALL { MATCH (p:Product {seedRun: $seedRun}) RETURN count(p) AS products, count(DISTINCT p.category) AS categories }
       CALL { MATCH (o:Order {seedRun: $seedRun})
              RETURN count(o) AS orders, count(CASE WHEN o.status = 'REFUNDED' THEN 1 END) AS refunds }
       CALL { MATCH (r:Recommendation {seedRun: $seedRun}) RETURN count(r) AS recommendations }
       CALL { MATCH (f:Feedback {seedRun: $seedRun}) RETURN count(f) AS feedback }
       CALL { MATCH (e:TrustEvent {seedRun: $seedRun}) RETURN count(e) AS trustEvents }
       CALL { MATCH (:Member {seedRun: $seedRun})-[f:FOLLOWS]->() RETURN count(f) AS follows }
       RETURN members, suppliers, verified, products, categories, orders, refunds, recommendations,
              feedback, trustEvents, follows`,
      { seedRun },
    );
    return result.records[0]!.toObject() as RunCounts;
  });
}

/** The summary as lines a person reads at the end of a load. */
export function describeDemoSummary(s: DemoSummary): string[] {
  const n = (v: number) => v.toLocaleString('en');
  return [
    `Demo market loaded in ${s.seconds} s (seed ${s.seed}, seedRun ${s.seedRun}):`,
    `  ${n(s.members)} members (${s.suppliers} suppliers, ${s.verified} verified), ${s.products} products in ${s.categories} categories`,
    `  ${n(s.orders)} orders (${s.refunds} refunded), ${n(s.recommendations)} recommendations, ${n(s.feedback)} feedback, ` +
      `${n(s.trustEvents)} trust events, ${n(s.follows)} follows`,
    `  Every demo account signs in with the password "${DEMO_PASSWORD}", e.g. admin, hainan_orchard (a supplier).`,
  ];
}
