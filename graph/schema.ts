// The database schema is code. Constraints and indexes are created idempotently at start, and a
// single (:SchemaVersion) node records which migrations have run, so an older database is
// upgraded in order and a newer one (written by a later Trustline) is refused, never misread.
import type { Graph } from './graph';
import { rebuildTrustEdges } from './trust-edges';
import { LABEL_IF_ADMIN } from './members';

interface Migration {
  version: number;
  description: string;
  statements: string[];
  /** Data to derive once, after the statements and before the version bump (a crash repeats it). */
  upgrade?: (graph: Graph, log: (line: string) => void) => Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'members, products, orders, recommendations: identity constraints',
    statements: [
      'CREATE CONSTRAINT member_id IF NOT EXISTS FOR (m:Member) REQUIRE m.id IS UNIQUE',
      'CREATE CONSTRAINT member_handle IF NOT EXISTS FOR (m:Member) REQUIRE m.handleKey IS UNIQUE',
      'CREATE CONSTRAINT member_email IF NOT EXISTS FOR (m:Member) REQUIRE m.email IS UNIQUE',
      'CREATE CONSTRAINT member_invite_code IF NOT EXISTS FOR (m:Member) REQUIRE m.inviteCode IS UNIQUE',
      'CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE',
      'CREATE CONSTRAINT product_id IF NOT EXISTS FOR (p:Product) REQUIRE p.id IS UNIQUE',
      'CREATE CONSTRAINT order_id IF NOT EXISTS FOR (o:Order) REQUIRE o.id IS UNIQUE',
      // A retried placeOrder finds the first order by (buyer, client key) instead of making a second.
      'CREATE CONSTRAINT order_idempotency IF NOT EXISTS FOR (o:Order) REQUIRE o.idempotencyScope IS UNIQUE',
      'CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (r:Recommendation) REQUIRE r.id IS UNIQUE',
      'CREATE CONSTRAINT recommendation_code IF NOT EXISTS FOR (r:Recommendation) REQUIRE r.code IS UNIQUE',
      // One recommendation per member and product: edits are revisions of the same node.
      'CREATE CONSTRAINT recommendation_author_product IF NOT EXISTS FOR (r:Recommendation) REQUIRE r.authorProduct IS UNIQUE',
      'CREATE CONSTRAINT feedback_id IF NOT EXISTS FOR (f:Feedback) REQUIRE f.id IS UNIQUE',
      // One verdict per order.
      'CREATE CONSTRAINT feedback_order IF NOT EXISTS FOR (f:Feedback) REQUIRE f.orderId IS UNIQUE',
      'CREATE CONSTRAINT trust_event_id IF NOT EXISTS FOR (e:TrustEvent) REQUIRE e.id IS UNIQUE',
      'CREATE INDEX member_trust_rank IF NOT EXISTS FOR (m:Member) ON (m.trustRankKey)',
      'CREATE INDEX member_created IF NOT EXISTS FOR (m:Member) ON (m.createdAt)',
      'CREATE INDEX product_category IF NOT EXISTS FOR (p:Product) ON (p.category)',
      'CREATE INDEX product_created IF NOT EXISTS FOR (p:Product) ON (p.createdAt)',
      'CREATE FULLTEXT INDEX product_search IF NOT EXISTS FOR (p:Product) ON EACH [p.title, p.description]',
      'CREATE INDEX order_status_placed IF NOT EXISTS FOR (o:Order) ON (o.status, o.placedAt)',
      'CREATE INDEX recommendation_created IF NOT EXISTS FOR (r:Recommendation) ON (r.createdAt)',
      'CREATE INDEX trust_event_at IF NOT EXISTS FOR (e:TrustEvent) ON (e.at)',
    ],
  },
  {
    version: 2,
    description: 'daily rank snapshots and fraud flags',
    statements: [
      'CREATE CONSTRAINT rank_snapshot_key IF NOT EXISTS FOR (s:RankSnapshot) REQUIRE s.key IS UNIQUE',
      'CREATE INDEX rank_snapshot_member_day IF NOT EXISTS FOR (s:RankSnapshot) ON (s.memberId, s.scope, s.day)',
      'CREATE CONSTRAINT rank_snapshot_day IF NOT EXISTS FOR (d:RankSnapshotDay) REQUIRE d.day IS UNIQUE',
      'CREATE CONSTRAINT fraud_flag_id IF NOT EXISTS FOR (f:FraudFlag) REQUIRE f.id IS UNIQUE',
      'CREATE CONSTRAINT fraud_flag_key IF NOT EXISTS FOR (f:FraudFlag) REQUIRE f.key IS UNIQUE',
      'CREATE INDEX fraud_flag_status IF NOT EXISTS FOR (f:FraudFlag) ON (f.status)',
    ],
  },
  {
    version: 3,
    description: 'commissions, their shares, the commission ledger and payouts',
    statements: [
      'CREATE CONSTRAINT commission_id IF NOT EXISTS FOR (c:Commission) REQUIRE c.id IS UNIQUE',
      // One commission per sale: a retried or racing hook can never open a second one.
      'CREATE CONSTRAINT commission_order IF NOT EXISTS FOR (c:Commission) REQUIRE c.orderId IS UNIQUE',
      // The confirmation job: PENDING commissions whose hold is over, oldest first.
      'CREATE INDEX commission_status_confirmable IF NOT EXISTS FOR (c:Commission) ON (c.status, c.confirmableAt)',
      'CREATE INDEX commission_share_member IF NOT EXISTS FOR (s:CommissionShare) ON (s.memberId, s.kind)',
      'CREATE CONSTRAINT ledger_entry_id IF NOT EXISTS FOR (e:LedgerEntry) REQUIRE e.id IS UNIQUE',
      'CREATE INDEX ledger_entry_member IF NOT EXISTS FOR (e:LedgerEntry) ON (e.memberId, e.account)',
      'CREATE INDEX ledger_entry_commission IF NOT EXISTS FOR (e:LedgerEntry) ON (e.commissionId)',
      'CREATE CONSTRAINT payout_id IF NOT EXISTS FOR (p:Payout) REQUIRE p.id IS UNIQUE',
      'CREATE INDEX payout_at IF NOT EXISTS FOR (p:Payout) ON (p.at)',
      'CREATE INDEX payout_line_member IF NOT EXISTS FOR (l:PayoutLine) ON (l.memberId, l.at)',
    ],
  },
  {
    version: 4,
    description: 'sign-in throttling: one counter per handle and per address',
    statements: [
      // MERGE on the key from racing sign-ins must never make two counters for one key.
      'CREATE CONSTRAINT sign_in_throttle_key IF NOT EXISTS FOR (t:SignInThrottle) REQUIRE t.key IS UNIQUE',
    ],
  },
  {
    version: 5,
    description: 'trust edges: per rater and recommender, the decayed sums of their verdicts',
    statements: [],
    // Verdicts written before this version have no edges yet: derive them all once.
    upgrade: async (graph, log) => {
      await rebuildTrustEdges(graph, log);
    },
  },
  {
    version: 6,
    description: 'sign-up does not tell whether an email is registered: a second account keeps it as unconfirmedEmail',
    statements: ['CREATE INDEX member_unconfirmed_email IF NOT EXISTS FOR (m:Member) ON (m.unconfirmedEmail)'],
  },
  {
    version: 7,
    description: 'trust edges weigh let-downs double and weak evidence a quarter (issue 23)',
    statements: [],
    // The edges hold base weights, and the base weight of a let-down and of weak evidence
    // changed: fold every verdict again. Member states follow at the next global recompute.
    upgrade: async (graph, log) => {
      await rebuildTrustEdges(graph, log);
    },
  },
  {
    version: 8,
    description: 'photos: one node per content address (SHA-256 of the uploaded bytes)',
    statements: ['CREATE CONSTRAINT photo_id IF NOT EXISTS FOR (p:Photo) REQUIRE p.id IS UNIQUE'],
  },
  {
    version: 9,
    description: 'member search: a full-text index on display names and handles (issue 25)',
    // The `classic` analyzer, the one of Neo4j's that suits both scripts (graph/search.ts): one
    // token per Chinese character, so any part of 冯俊杰 is found, and Latin words apart. The
    // handle is indexed also as words (handleWords: feng_junjie → "feng junjie"), since the
    // tokenizer keeps a handle with digits ("wang_lei123") whole. One index over the fields lets
    // one query's words match across them ("冯 feng").
    statements: [
      "CREATE FULLTEXT INDEX member_search IF NOT EXISTS FOR (m:Member) ON EACH [m.displayName, m.handle, m.handleWords] OPTIONS {indexConfig: {`fulltext.analyzer`: 'classic'}}",
    ],
    upgrade: async (graph) => {
      // Members from before search get their handle's words (as graph/search-query.ts handleWords).
      await graph.runAutoCommit(
        `MATCH (m:Member) WHERE m.handleWords IS NULL AND m.handle IS NOT NULL
         CALL (m) { SET m.handleWords = trim(replace(m.handle, '_', ' ')) } IN TRANSACTIONS OF 10000 ROWS`,
      );
      // On a database with members the new index fills in the background; a search before it is
      // online would fail, so the upgrade waits for it.
      await graph.runAutoCommit("CALL db.awaitIndex('member_search', 300)");
    },
  },
  {
    version: 10,
    description: 'accounts: session ids, password reset tokens, delivery addresses and their erasure from orders',
    statements: [
      // A member ends one of their sessions by this id; the token hash never leaves the server.
      'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE',
      'CREATE CONSTRAINT password_reset_token IF NOT EXISTS FOR (r:PasswordReset) REQUIRE r.tokenHash IS UNIQUE',
      'CREATE INDEX password_reset_expires IF NOT EXISTS FOR (r:PasswordReset) ON (r.expiresAt)',
      'CREATE CONSTRAINT delivery_address_id IF NOT EXISTS FOR (a:DeliveryAddress) REQUIRE a.id IS UNIQUE',
    ],
    // Sessions opened before this version have no id: give each one, so they can be listed and ended.
    upgrade: async (graph) => {
      await graph.write((tx) => tx.run('MATCH (s:Session) WHERE s.id IS NULL SET s.id = randomUUID()'));
    },
  },
  {
    version: 12,
    description: 'one lease node per name: the scheduled jobs run on exactly one server (issue 29)',
    statements: ['CREATE CONSTRAINT job_lease_id IF NOT EXISTS FOR (l:JobLease) REQUIRE l.id IS UNIQUE'],
  },
  {
    version: 13,
    description: 'notifications: one id each (marked read by it); the mail outbox is their :PendingMail label',
    statements: ['CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE'],
  },
  {
    version: 14,
    description: 'community flags and the review items they raise (issue 27): one flag per member per recommendation',
    statements: [
      'CREATE CONSTRAINT community_flag_id IF NOT EXISTS FOR (f:CommunityFlag) REQUIRE f.id IS UNIQUE',
      // flagger id | recommendation id: two racing requests of one member cannot both flag.
      'CREATE CONSTRAINT community_flag_key IF NOT EXISTS FOR (f:CommunityFlag) REQUIRE f.key IS UNIQUE',
      'CREATE CONSTRAINT flag_review_id IF NOT EXISTS FOR (v:FlagReview) REQUIRE v.id IS UNIQUE',
      'CREATE INDEX flag_review_status IF NOT EXISTS FOR (v:FlagReview) ON (v.status)',
    ],
  },
  {
    version: 15,
    description: 'the daily ranking among friends: one record per member and day, its history by member (issue 27)',
    statements: [
      'CREATE CONSTRAINT circle_day_key IF NOT EXISTS FOR (c:CircleDay) REQUIRE c.key IS UNIQUE',
      'CREATE INDEX circle_day_member_day IF NOT EXISTS FOR (c:CircleDay) ON (c.memberId, c.day)',
      'CREATE CONSTRAINT circle_day_run_day IF NOT EXISTS FOR (r:CircleDayRun) REQUIRE r.day IS UNIQUE',
    ],
  },
  {
    version: 16,
    description: 'group buys: one open group per leader and product, joins idempotent on their key (issue 28)',
    statements: [
      'CREATE CONSTRAINT group_buy_id IF NOT EXISTS FOR (g:GroupBuy) REQUIRE g.id IS UNIQUE',
      // leader:product while the group is OPEN (removed when it settles): two racing opens cannot both commit.
      'CREATE CONSTRAINT group_buy_open_key IF NOT EXISTS FOR (g:GroupBuy) REQUIRE g.openKey IS UNIQUE',
      // The deadline job: OPEN groups whose deadline has passed, earliest first.
      'CREATE INDEX group_buy_status_deadline IF NOT EXISTS FOR (g:GroupBuy) ON (g.status, g.deadline)',
      'CREATE CONSTRAINT group_join_id IF NOT EXISTS FOR (j:GroupJoin) REQUIRE j.id IS UNIQUE',
      // A retried join finds the first by (member, client key) instead of making a second.
      'CREATE CONSTRAINT group_join_idempotency IF NOT EXISTS FOR (j:GroupJoin) REQUIRE j.idempotencyScope IS UNIQUE',
    ],
  },
  {
    version: 19,
    description: 'notifications by when they were written: the daily prune finds those past their keeping',
    statements: ['CREATE INDEX notification_at IF NOT EXISTS FOR (n:Notification) ON (n.at)'],
  },
  {
    version: 20,
    description: 'admins by label: a new fraud flag finds the admins to tell without reading every member',
    // Label lookups go through Neo4j's token lookup index, there by default: no statement.
    statements: [],
    upgrade: (graph) => graph.runAutoCommit(`MATCH (m:Member) ${LABEL_IF_ADMIN('m')}`),
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class SchemaVersionError extends Error {}

export async function currentSchemaVersion(graph: Graph): Promise<number> {
  return graph.read(async (tx) => {
    const result = await tx.run('MATCH (v:SchemaVersion {id: $id}) RETURN v.version AS version', { id: 'trustline' });
    const version = result.records[0]?.get('version');
    return typeof version === 'number' ? version : 0;
  });
}

/** Brings the database to SCHEMA_VERSION; returns the migrations applied. */
export async function migrate(graph: Graph, log: (line: string) => void = () => {}): Promise<number[]> {
  const from = await currentSchemaVersion(graph);
  if (from > SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `The database has schema version ${from}, newer than this Trustline understands (${SCHEMA_VERSION}). ` +
        'Upgrade Trustline, or point NEO4J_URI / NEO4J_DATA_DIR at another database.',
    );
  }
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    // Every statement is IF NOT EXISTS, so re-asserting them at each start also repairs a
    // constraint someone dropped by hand; only the version bump is once per migration.
    for (const statement of migration.statements) await graph.runAutoCommit(statement);
    if (migration.version <= from) continue;
    log(`Schema migration ${migration.version}: ${migration.description}`);
    await migration.upgrade?.(graph, log);
    await graph.write((tx) =>
      tx.run('MERGE (v:SchemaVersion {id: $id}) SET v.version = $version, v.migratedAt = datetime()', {
        id: 'trustline',
        version: migration.version,
      }),
    );
    applied.push(migration.version);
  }
  return applied;
}
