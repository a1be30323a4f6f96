// Test data factories. They write straight to the graph (fast, and independent of the API under
// test) following docs/data-model.md, and hand back an ApiClient already signed in as that
// member (a real session token, sent as a bearer). Every id is unique per call, so tests never
// see each other's data; `cleanup` deletes exactly what a factory made.
import { randomUUID } from 'node:crypto';
import type { Graph } from '../../graph/graph';
import type { Role } from '../../graph/sessions';
import { initialTrustProps } from '../../graph/member-trust-props';
import { LABEL_IF_ADMIN } from '../../graph/members';
import { newSessionToken } from '../../server/auth/tokens';
import { ApiClient } from './graphql-client';
import { handleWords } from '../../graph/search-query';

export interface TestMember {
  id: string;
  handle: string;
  email: string;
  token: string;
  api: ApiClient;
}

const made = new Set<string>();

export function uniqueSuffix(): string {
  return randomUUID().replace(/-/g, '').slice(0, 10);
}

export async function createMember(
  graph: Graph,
  baseUrl: string,
  opts: { roles?: Role[]; verified?: boolean; handle?: string; displayName?: string; now?: Date; passwordHash?: string } = {},
): Promise<TestMember> {
  const suffix = uniqueSuffix();
  const id = randomUUID();
  const handle = opts.handle ?? `t_${suffix}`;
  const email = `${handle.toLowerCase()}@example.test`;
  const now = opts.now ?? new Date('2026-06-01T08:00:00Z');
  const { token, tokenHash } = newSessionToken();
  await graph.write((tx) =>
    tx.run(
      `CREATE (m:Member {id: $id, handle: $handle, handleKey: toLower($handle), handleWords: $handleWords, displayName: $displayName, email: $email,
                         passwordHash: $passwordHash, roles: $roles, verified: $verified, inviteCode: $inviteCode,
                         bio: '', locale: 'en', createdAt: toInteger($now)})
       SET m += $trust
       ${LABEL_IF_ADMIN('m')}
       CREATE (m)-[:HAS_SESSION]->(:Session {id: randomUUID(), tokenHash: $tokenHash, createdAt: toInteger($now), expiresAt: toInteger($expiresAt)})`,
      {
        id,
        handle,
        handleWords: handleWords(handle),
        displayName: opts.displayName ?? handle,
        email,
        passwordHash: opts.passwordHash ?? 'no-password',
        roles: opts.roles ?? ['MEMBER'],
        verified: opts.verified ?? false,
        inviteCode: `inv${suffix}`,
        now: now.getTime(),
        expiresAt: now.getTime() + 365 * 24 * 3600 * 1000,
        tokenHash,
        trust: initialTrustProps(now, opts.verified ?? false),
      },
    ),
  );
  made.add(id);
  const api = new ApiClient(baseUrl);
  api.bearer = token;
  return { id, handle, email, token, api };
}

export interface TestProduct {
  id: string;
  title: string;
  priceMinor: number;
  commissionRateBps: number;
}

export async function createProduct(
  graph: Graph,
  supplierId: string,
  opts: { title?: string; category?: string; priceMinor?: number; commissionRateBps?: number; now?: Date } = {},
): Promise<TestProduct> {
  const id = randomUUID();
  const product = {
    id,
    title: opts.title ?? `Test product ${uniqueSuffix()}`,
    priceMinor: opts.priceMinor ?? 5900,
    commissionRateBps: opts.commissionRateBps ?? 1000,
  };
  const now = (opts.now ?? new Date('2026-06-01T08:00:00Z')).getTime();
  await graph.write((tx) =>
    tx.run(
      `MATCH (s:Member {id: $supplierId})
       CREATE (s)-[:SUPPLIES]->(:Product {id: $id, title: $title, description: 'A product made by a test.',
         category: $category, priceMinor: toInteger($priceMinor), currency: 'CNY', commissionRateBps: toInteger($commissionRateBps),
         createdAt: toInteger($now), updatedAt: toInteger($now)})`,
      { ...product, supplierId, category: opts.category ?? 'test', now },
    ),
  );
  made.add(id);
  return product;
}

/**
 * Deletes every node a factory made in this test file and everything hanging off them
 * (sessions, orders, recommendations, feedback, trust events, commissions with their shares,
 * ledger entries and payout lines, fraud flags on them), then any payout batch left without a
 * line. Call in afterAll.
 */
export async function cleanup(graph: Graph): Promise<void> {
  const ids = [...made];
  made.clear();
  if (ids.length === 0) return;
  await graph.write((tx) =>
    tx.run(
      `MATCH (n) WHERE (n:Member OR n:Product) AND n.id IN $ids
       OPTIONAL MATCH (n)-[*1..3]-(owned)
       WHERE owned:Session OR owned:Order OR owned:OrderStatusChange OR owned:Recommendation
          OR owned:RecommendationRevision OR owned:Feedback OR owned:TrustEvent
          OR owned:Commission OR owned:CommissionShare OR owned:LedgerEntry OR owned:PayoutLine OR owned:FraudFlag OR owned:Photo
          OR owned:PasswordReset OR owned:DeliveryAddress OR owned:OrderAddress OR owned:AddressAccess OR owned:Notification
          OR owned:CommunityFlag OR owned:FlagReview
          OR owned:GroupBuy OR owned:GroupJoin
       DETACH DELETE owned, n`,
      { ids },
    ),
  );
  await graph.write((tx) => tx.run('MATCH (p:Payout) WHERE NOT (p)-[:HAS_LINE]->() DETACH DELETE p'));
  // Day records among friends name their member by id (as rank snapshots do), not by a relationship.
  await graph.write((tx) => tx.run('MATCH (c:CircleDay) WHERE c.memberId IN $ids DETACH DELETE c', { ids }));
}

/** Registers a node id created through the API so cleanup deletes it too. */
export function track(id: string): void {
  made.add(id);
}
