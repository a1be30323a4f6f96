// `npm run compare:schemes`: what a recruit-based two-level scheme would have paid on the demo
// market, against what Trustline's trust-weighted split pays, by member decile. Loads the demo
// market (server/seed/demo.ts) into the graph beside other demo data (never beside real members:
// refuseRealMembers), reads its sales,
// invitations and trust history back, computes both schemes, prints Markdown tables, and
// deletes its own run (unless --keep). The table in docs/commissions.md is this output.
//
// Both schemes pay on the same sales: orders of the demo that were delivered, not refunded, and
// whose hold (delivery + holdDays) ended before the demo's last day — what Trustline would have
// confirmed by then.
// - Recruit scheme: of each such sale's total, 10% to the buyer's inviter and 5% to the inviter's
//   inviter (the classic "two levels"), whatever the sale came through.
// - Trustline: of each such sale through a recommendation, the pool (price × quantity × the
//   product's rate) split by the domain (openCommission's seats, splitCommission) with each
//   beneficiary's trust at confirmation, replayed from their trust events.
import { pathToFileURL } from 'node:url';
import type { Graph } from '../../graph/graph';
import { trustFromProps } from '../../graph/member-trust-props';
import { systemClock, type Clock } from '../clock';
import { commissionPool, confirmableAt, openCommission, splitCommission, withTrust } from '../domain/commission';
import { loadDemoMarket } from './demo';
import { deleteSeedRun } from './reset';

const LEVEL_BPS = [1000, 500]; // inviter 10%, inviter's inviter 5%

interface Sale {
  id: string;
  buyerId: string;
  authorId: string | null;
  resharerId: string | null;
  unitPriceMinor: number;
  quantity: number;
  totalMinor: number;
  rateBps: number;
  deliveredAt: number;
}

interface Shopper {
  id: string;
  handle: string;
  verified: boolean;
  trustNow: number;
  /** [at, trust after] of each trust event, oldest first. */
  history: [number, number][];
}

export interface SchemeRow {
  decile: number;
  members: number;
  trustMin: number;
  trustMax: number;
  recruitMinor: number;
  trustlineMinor: number;
}

export interface SchemeComparison {
  sales: number;
  attributedSales: number;
  invitations: number;
  byTrust: SchemeRow[];
  recruitTotalMinor: number;
  trustlineTotalMinor: number;
  recruitPaidMembers: number;
  trustlinePaidMembers: number;
  /** Paid by the recruit scheme to members in the lower half of trust. */
  recruitToLowerHalfMinor: number;
  trustlineToLowerHalfMinor: number;
}

async function readRun(graph: Graph, seedRun: string, nowMs: number) {
  return graph.read(async (tx) => {
    const members = await tx.run(
      `MATCH (m:Member {seedRun: $seedRun}) WHERE NOT 'SUPPLIER' IN m.roles AND NOT 'ADMIN' IN m.roles
       RETURN m.id AS id, m.handle AS handle, coalesce(m.verified, false) AS verified, m.trustScore AS trustNow,
              [(m)-[:HAS_TRUST_EVENT]->(e:TrustEvent) | [e.at, e.after]] AS history,
              [(m)-[:INVITED_BY]->(i:Member) | i.id][0] AS inviterId`,
      { seedRun },
    );
    const sales = await tx.run(
      `MATCH (buyer:Member)-[:PLACED]->(o:Order {seedRun: $seedRun, status: 'DELIVERED'})
       OPTIONAL MATCH (o)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
       OPTIONAL MATCH (o)-[:RESHARED_BY]->(resharer:Member)
       RETURN o.id AS id, buyer.id AS buyerId, author.id AS authorId, resharer.id AS resharerId,
              o.unitPriceMinor AS unitPriceMinor, o.quantity AS quantity, o.totalMinor AS totalMinor,
              o.commissionRateBps AS rateBps, o.deliveredAt AS deliveredAt`,
      { seedRun },
    );
    const shoppers = members.records.map((r) => {
      const row = r.toObject() as Omit<Shopper, 'history'> & { history: [number, number][]; inviterId: string | null };
      return { ...row, history: [...row.history].sort((a, b) => a[0] - b[0]) };
    });
    const settled = sales.records
      .map((r) => r.toObject() as Sale)
      .filter((s) => confirmableAt(new Date(s.deliveredAt)).getTime() <= nowMs);
    return { shoppers, settled };
  });
}

/** Trust at an instant: the last trust event's score at or before it, else the starting score. */
function trustAt(shopper: Shopper | undefined, at: number, nowMs: number): number {
  if (!shopper) return 50;
  let score = trustFromProps({ verified: shopper.verified }, new Date(nowMs)).score;
  for (const [when, after] of shopper.history) if (when <= at) score = after;
  return score;
}

export function compareSchemes(
  shoppers: (Shopper & { inviterId: string | null })[],
  sales: Sale[],
  nowMs: number,
): SchemeComparison {
  const byId = new Map(shoppers.map((s) => [s.id, s]));
  const inviterOf = (id: string) => byId.get(id)?.inviterId ?? null;
  const recruit = new Map<string, bigint>();
  const trustline = new Map<string, bigint>();
  const add = (book: Map<string, bigint>, id: string, amount: bigint) => book.set(id, (book.get(id) ?? 0n) + amount);

  let attributedSales = 0;
  for (const sale of sales) {
    // Recruit scheme: up the buyer's invitation chain, two levels.
    let up = inviterOf(sale.buyerId);
    for (const bps of LEVEL_BPS) {
      if (up === null) break;
      add(recruit, up, (BigInt(sale.totalMinor) * BigInt(bps)) / 10_000n);
      up = inviterOf(up);
    }
    // Trustline: the domain's seats and split, with trust when the hold ended.
    if (sale.authorId === null) continue;
    attributedSales += 1;
    const chain: string[] = [];
    for (let i = inviterOf(sale.buyerId); i !== null && !chain.includes(i); i = inviterOf(i)) chain.push(i);
    const at = confirmableAt(new Date(sale.deliveredAt)).getTime();
    const seatHolders = [sale.authorId, ...(sale.resharerId ? [sale.resharerId] : [])];
    const trustByMember = new Map(seatHolders.map((id) => [id, trustAt(byId.get(id), at, nowMs)]));
    const opened = openCommission(
      { commissionId: `c-${sale.id}`, saleId: sale.id, buyerId: sale.buyerId, authorId: sale.authorId, resharerId: sale.resharerId,
        inviterIds: chain, unitPriceMinor: sale.unitPriceMinor, quantity: sale.quantity, rateBps: sale.rateBps, trustByMember },
      new Date(sale.deliveredAt),
    );
    if (!opened.opened) continue;
    const pool = commissionPool(sale.unitPriceMinor, sale.quantity, sale.rateBps);
    for (const share of splitCommission(pool, withTrust(opened.commission.seats, trustByMember)).shares) {
      add(trustline, share.memberId, BigInt(share.amountMinor));
    }
  }

  const ranked = [...shoppers].sort((a, b) => b.trustNow - a.trustNow || a.handle.localeCompare(b.handle));
  const byTrust: SchemeRow[] = [];
  const paid = (book: Map<string, bigint>, ids: string[]) => Number(ids.reduce((t, id) => t + (book.get(id) ?? 0n), 0n));
  for (let d = 0; d < 10; d++) {
    const slice = ranked.slice(Math.floor((d * ranked.length) / 10), Math.floor(((d + 1) * ranked.length) / 10));
    const ids = slice.map((s) => s.id);
    byTrust.push({
      decile: d + 1,
      members: slice.length,
      trustMin: Math.min(...slice.map((s) => s.trustNow)),
      trustMax: Math.max(...slice.map((s) => s.trustNow)),
      recruitMinor: paid(recruit, ids),
      trustlineMinor: paid(trustline, ids),
    });
  }
  const lowerHalf = ranked.slice(Math.floor(ranked.length / 2)).map((s) => s.id);
  const total = (book: Map<string, bigint>) => Number([...book.values()].reduce((t, v) => t + v, 0n));
  const count = (book: Map<string, bigint>) => [...book.values()].filter((v) => v > 0n).length;
  return {
    sales: sales.length,
    attributedSales,
    invitations: shoppers.filter((s) => s.inviterId !== null).length,
    byTrust,
    recruitTotalMinor: total(recruit),
    trustlineTotalMinor: total(trustline),
    recruitPaidMembers: count(recruit),
    trustlinePaidMembers: count(trustline),
    recruitToLowerHalfMinor: paid(recruit, lowerHalf),
    trustlineToLowerHalfMinor: paid(trustline, lowerHalf),
  };
}

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

export function describeComparison(c: SchemeComparison): string {
  return [
    `${c.sales} settled sales (${c.attributedSales} through a recommendation); ${c.invitations} members joined by invitation.`,
    '',
    '| trust decile (1 = most trusted) | members | trust | recruit scheme pays | share | Trustline pays | share |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
    ...c.byTrust.map(
      (r) =>
        `| ${r.decile} | ${r.members} | ${r.trustMin.toFixed(1)}–${r.trustMax.toFixed(1)} | ${yuan(r.recruitMinor)} | ` +
        `${pct(r.recruitMinor, c.recruitTotalMinor)} | ${yuan(r.trustlineMinor)} | ${pct(r.trustlineMinor, c.trustlineTotalMinor)} |`,
    ),
    `| **all** | ${c.byTrust.reduce((t, r) => t + r.members, 0)} | | **${yuan(c.recruitTotalMinor)}** | | **${yuan(c.trustlineTotalMinor)}** | |`,
    '',
    `Members paid anything: recruit scheme ${c.recruitPaidMembers}, Trustline ${c.trustlinePaidMembers}. ` +
      `Paid to the less trusted half: recruit scheme ${yuan(c.recruitToLowerHalfMinor)} (${pct(c.recruitToLowerHalfMinor, c.recruitTotalMinor)}), ` +
      `Trustline ${yuan(c.trustlineToLowerHalfMinor)} (${pct(c.trustlineToLowerHalfMinor, c.trustlineTotalMinor)}).`,
  ].join('\n');
}

/**
 * The demo's history replays the network's jobs — the global recompute, daily snapshots,
 * commission confirmations and a payout — and those work on every member and commission in the
 * database. Beside demo data that is harmless; beside real members it would pay their
 * commissions. So a database with any member not from a demo run is refused, before anything is
 * written.
 */
export async function refuseRealMembers(graph: Graph): Promise<void> {
  const real = await graph.read(async (tx) =>
    (await tx.run('MATCH (m:Member) WHERE m.seedRun IS NULL RETURN count(m) AS n')).records[0]!.get('n') as number,
  );
  if (real > 0) {
    throw new Error(
      `compare:schemes refused: the database holds ${real} member(s) not from a demo run, and the demo's replay runs ` +
        'the recompute, confirmations and a payout over everyone. Run it on a database of demo data only ' +
        '(npm run seed -- --reset), or at NEO4J_URI on a scratch database.',
    );
  }
}

export async function runComparison(graph: Graph, clock: Clock, say: (line: string) => void, keep = false): Promise<SchemeComparison> {
  await refuseRealMembers(graph);
  const summary = await loadDemoMarket(graph, clock, say, { namespace: `cmp${Date.now().toString(36).slice(-4)}` });
  try {
    const nowMs = clock.now().getTime();
    const { shoppers, settled } = await readRun(graph, summary.seedRun, nowMs);
    return compareSchemes(shoppers, settled, nowMs);
  } finally {
    if (!keep) await deleteSeedRun(graph, summary.seedRun);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runJobCli } = await import('../jobs/run-cli');
  await runJobCli('compare:schemes', async (graph, _clock, say, args) =>
    describeComparison(await runComparison(graph, systemClock, say, args.includes('--keep'))),
  );
}
