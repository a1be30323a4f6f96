// `npm run payouts`: one payout batch. Every CONFIRMED commission becomes PAID (but those with a
// beneficiary under an open fraud flag, which wait); each member is paid the sum of their
// confirmed shares minus what they owe from refunds after earlier payouts (never below zero —
// the rest of a debt is carried to the next batch). One transaction: the batch happens whole
// or not at all. Prints the batch, member by member.
import { randomUUID } from 'node:crypto';
import { payConfirmedCommissions, type PayoutResult } from '../../graph/commission-settlement';
import type { Graph } from '../../graph/graph';
import type { Clock } from '../clock';
import { runJobCli } from './run-cli';

export function runPayouts(graph: Graph, clock: Clock): Promise<PayoutResult> {
  return payConfirmedCommissions(graph, clock.now(), randomUUID());
}

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

export function describePayout(p: PayoutResult): string {
  if (p.payoutId === null) {
    return `payouts at ${p.at.toISOString()}: nothing confirmed to pay${p.skipped ? ` (${p.skipped} commission(s) held by open fraud flags)` : ''}.`;
  }
  const lines = p.lines.map(
    (l) => `  ${l.memberId}: gross ${l.grossMinor}, recovered ${l.recoveredMinor}, net ${l.netMinor} fen, still owed ${l.carriedOwedMinor}`,
  );
  return [
    `payout ${p.payoutId} at ${p.at.toISOString()}: ${p.commissionsPaid} commission(s) to ${p.lines.length} member(s), ` +
      `${p.totalNetMinor} fen (${yuan(p.totalNetMinor)}) paid, ${p.recoveredMinor} fen of clawbacks recovered, ` +
      `${p.carriedOwedMinor} fen still owed, ${p.skipped} held by fraud flags.`,
    ...lines,
  ].join('\n');
}

if (process.argv[1]?.endsWith('payouts.ts')) {
  await runJobCli('payouts', async (graph, clock) => describePayout(await runPayouts(graph, clock)));
}
