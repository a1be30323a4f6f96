// `npm run audit`: proves on the live data that the commission rules hold — no commission paid
// to anyone up the buyer's invitation chain (for a recruit), none to more than two
// beneficiaries of a sale, none on a self-purchase, no shares above their pool, and every
// member's stored balance equal to what their ledger entries sum to. The checks are the pure
// domain's auditCommissions over rows read in one transaction (graph/commission-audit.ts).
// Exits 0 with "audit passed: …", or non-zero naming each violation.
import { readAuditData } from '../../graph/commission-audit';
import type { Graph } from '../../graph/graph';
import { auditCommissions, type AuditViolation } from '../domain/commission';
import { runJobCli } from './run-cli';

/** The domain's violations, plus a commission the audit cannot tie to a sale through a recommendation. */
export type AuditFinding = AuditViolation | { code: 'COMMISSION_WITHOUT_SALE'; message: string; commissionId: string };

export interface AuditReport {
  passed: boolean;
  commissions: number;
  ledgerEntries: number;
  members: number;
  violations: AuditFinding[];
}

export async function auditLiveData(graph: Graph): Promise<AuditReport> {
  const { input, withoutSale } = await readAuditData(graph);
  const violations: AuditFinding[] = [
    ...withoutSale.map((m) => ({
      code: 'COMMISSION_WITHOUT_SALE' as const,
      message: `commission ${m.commissionId} names order ${m.orderId}, which is gone or was not placed through a recommendation`,
      commissionId: m.commissionId,
    })),
    ...auditCommissions(input),
  ];
  const members = new Set([...input.ledger.map((e) => e.memberId), ...input.balances.map((b) => b.memberId)]);
  return {
    passed: violations.length === 0,
    commissions: input.commissions.length + withoutSale.length,
    ledgerEntries: input.ledger.length,
    members: members.size,
    violations,
  };
}

export function describeAudit(r: AuditReport): string {
  const scope = `${r.commissions} commission(s), ${r.ledgerEntries} ledger entries, ${r.members} member balance(s)`;
  if (r.passed) {
    return `audit passed: ${scope}; no commission to an inviter, none to more than two beneficiaries, none on a self-purchase, no share above its pool, every balance equals its ledger.`;
  }
  return [`audit FAILED: ${r.violations.length} violation(s) over ${scope}`, ...r.violations.map((v) => `  ${v.code}: ${v.message}`)].join('\n');
}

if (process.argv[1]?.endsWith('audit.ts')) {
  await runJobCli('audit', async (graph) => {
    const report = await auditLiveData(graph);
    if (!report.passed) process.exitCode = 2;
    return describeAudit(report);
  });
}
