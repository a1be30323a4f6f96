// Replays the buyers' verdicts through the real trust hook, in the order they happened, so the
// demo's trust scores and trust events are exactly what the live network would have produced:
// the feedback (or refund) is written, then recordTrustSignal runs in the same transaction at
// the verdict's own time. Feedback of a later verdict must not exist yet when an earlier one is
// weighed (repeat ratings and reciprocity are read from the graph), hence time order; verdicts
// with no member in common cannot see each other and run side by side (verdict-waves.ts).
import type { Graph, Tx } from '../../graph/graph';
import { recordTrustSignal } from '../../graph/trust-signals';
import type { PlannedVerdict } from './plan-types';
import { wavesByDay, type DayOfVerdicts } from './verdict-waves';
import { dayOf } from '../day';

const VERDICTS_PER_TRANSACTION = 50;
const PROGRESS_EVERY = 300;

/**
 * Writes one wave's feedback nodes and refunds (one statement each). Within a wave no verdict
 * can see another's, so writing them together before the trust hook runs changes nothing.
 */
async function writeWave(tx: Tx, wave: PlannedVerdict[], seedRun: string): Promise<void> {
  const feedback = wave.filter((v) => v.cause === 'FEEDBACK');
  const refunds = wave.filter((v) => v.cause === 'REFUND');
  if (feedback.length > 0) {
    await tx.run(
      `UNWIND $rows AS v
       MATCH (b:Member {id: v.buyerId})-[:PLACED]->(o:Order {id: v.orderId})-[:THROUGH]->(r:Recommendation)
       CREATE (b)-[:GAVE]->(f:Feedback {id: v.feedbackId, orderId: v.orderId, stars: v.stars, heldUp: v.heldUp,
                                        comment: v.comment, at: v.at, seedRun: $seedRun})-[:ON]->(o)
       CREATE (f)-[:RATES]->(r)`,
      { rows: feedback, seedRun },
    );
  }
  if (refunds.length > 0) {
    await tx.run(
      `UNWIND $rows AS v
       MATCH (o:Order {id: v.orderId})
       SET o.status = 'REFUNDED', o.refundedAt = v.at
       CREATE (o)-[:HAD_STATUS]->(:OrderStatusChange {status: 'REFUNDED', at: v.at, byMemberId: v.supplierId,
                                                     reason: 'refund requested by the buyer', seedRun: $seedRun})`,
      { rows: refunds, seedRun },
    );
  }
}

/** The trust hook for one verdict already written, at the verdict's own time. */
async function signal(tx: Tx, v: PlannedVerdict): Promise<boolean> {
  const stars = v.stars ?? undefined;
  const event = await recordTrustSignal(tx, { cause: v.cause, orderId: v.orderId, heldUp: v.heldUp, stars }, new Date(v.at));
  return event !== undefined;
}

/** Consecutive waves in groups of about VERDICTS_PER_TRANSACTION verdicts: one transaction each. */
function* transactions<T>(waves: readonly T[][]): Generator<T[][]> {
  for (let i = 0; i < waves.length; ) {
    const batch: T[][] = [];
    for (let size = 0; i < waves.length && size < VERDICTS_PER_TRANSACTION; i++) {
      batch.push(waves[i]!);
      size += waves[i]!.length;
    }
    yield batch;
  }
}

/**
 * Applies every verdict, with the result of applying them one by one in time order: day by day,
 * each day's waves in order, the verdicts of one wave (no member in common) concurrently, about
 * 50 verdicts per transaction. Returns how many trust events were recorded.
 */
export async function applyVerdicts(
  graph: Graph,
  verdicts: PlannedVerdict[],
  seedRun: string,
  say: (line: string) => void,
  /** Called when the replay crosses into a new day, with the day just finished and the moment just after its last verdict. */
  onDayEnd?: (day: string, lastAt: Date) => Promise<void>,
): Promise<number> {
  let events = 0;
  let done = 0;
  let reported = 0;
  let yesterday: DayOfVerdicts<PlannedVerdict> | undefined;
  for (const today of wavesByDay(verdicts, (at) => dayOf(new Date(at)))) {
    // The day's jobs see every verdict before them and none after (verdict-waves.ts), and run a
    // millisecond after the last one: at the same instant, the recompute's trust event and that
    // verdict's would be ordered only by their random ids, in the member's history too.
    if (onDayEnd && yesterday) await onDayEnd(yesterday.day, new Date(yesterday.lastAt + 1));
    yesterday = today;
    for (const batch of transactions(today.waves)) {
      // Counted inside the work function: the driver may retry it, and only the committed try counts.
      events += await graph.write(async (tx) => {
        let recorded = 0;
        for (const wave of batch) {
          await writeWave(tx, wave, seedRun);
          const results = await Promise.all(wave.map((v) => signal(tx, v)));
          recorded += results.filter(Boolean).length;
        }
        return recorded;
      });
      done += batch.reduce((sum, wave) => sum + wave.length, 0);
      if (done - reported >= PROGRESS_EVERY || done === verdicts.length) {
        reported = done;
        say(`Demo market: ${done.toLocaleString('en')} of ${verdicts.length.toLocaleString('en')} verdicts applied`);
      }
    }
  }
  return events;
}
