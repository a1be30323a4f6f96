// The demo's commissions, replayed through the same graph functions the live order mutations
// call: every attributed sale opens its commission at its own time, delivery starts its hold,
// a refund reverses it; then a confirmation run and a payout a week ago, and a confirmation run
// today. The demo thus opens with commissions in every status — paid, confirmed, pending,
// reversed — each one explained by the trust at its confirmation.
import type { Graph } from '../../graph/graph';
import { openSaleCommission, recordCommissionDeliveries, reverseSaleCommission } from '../../graph/commissions';
import { ManualClock } from '../clock';
import { confirmCommissions } from '../jobs/commissions-confirm';
import { runPayouts } from '../jobs/payouts';
import type { PlannedOrder } from './plan-types';

const ORDERS_PER_TRANSACTION = 100;
const DAY_MS = 86_400_000;

export async function replayCommissions(graph: Graph, orders: PlannedOrder[], now: Date, say: (line: string) => void): Promise<void> {
  const attributed = orders.filter((o) => o.recommendationId).sort((a, b) => a.placedAt - b.placedAt);
  // Refund verdicts moved some orders to REFUNDED after the bulk write: read the final state.
  const refundedAt = await graph.read(async (tx) => {
    const result = await tx.run(`MATCH (o:Order {status: 'REFUNDED'}) WHERE o.id IN $ids RETURN o.id AS id, o.refundedAt AS at`, {
      ids: attributed.map((o) => o.id),
    });
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('at') as number]));
  });
  for (let i = 0; i < attributed.length; i += ORDERS_PER_TRANSACTION) {
    const batch = attributed.slice(i, i + ORDERS_PER_TRANSACTION);
    await graph.write(async (tx) => {
      for (const order of batch) {
        await openSaleCommission(tx, order.id, new Date(order.placedAt));
        if (order.deliveredAt !== null) await recordCommissionDeliveries(tx, [order.id], order.deliveredAt);
        const refunded = refundedAt.get(order.id);
        if (refunded !== undefined) await reverseSaleCommission(tx, order.id, new Date(refunded));
      }
    });
  }
  const weekAgo = new ManualClock(new Date(now.getTime() - 7 * DAY_MS));
  const earlier = await confirmCommissions(graph, weekAgo);
  const payout = await runPayouts(graph, weekAgo);
  const today = await confirmCommissions(graph, new ManualClock(now));
  say(
    `Demo market: ${attributed.length} sales' commissions replayed; ${earlier.confirmed} confirmed and ` +
      `${payout.commissionsPaid} paid a week ago, ${today.confirmed} confirmed since`,
  );
}
