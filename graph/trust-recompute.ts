// The periodic global recompute, database side: read every trust edge (graph/trust-edges.ts: per
// rater and recommender, the decayed sums of the verdicts between them) and every member's stored
// trust, concurrently; let the pure domain (recomputeFromEdges: EigenTrust from the verified seed
// + Beta evidence) compute every member's trust; write back, in batches two at a time, only the
// members whose stored state changes, recording a RECOMPUTE trust event for each score it moved;
// raise a fraud flag for each reciprocal pair and ring it found. It is a job, not a mutation: each
// read and each write batch is its own transaction, and a run cut short leaves states that the
// next run overwrites.
import { notify, notifyAdmins } from './notify';
import { DEFAULT_PRIVILEGE_LADDER, type PrivilegeLadder } from '../server/domain/privileges';
import { privilegeNotices, type NotificationDraft } from '../server/domain/notifications';
import { randomUUID } from 'node:crypto';
import {
  edgeCount,
  recomputeFromEdges,
  type MemberTrust,
  type RecomputeProgress,
} from '../server/domain/trust';
import type { Graph } from './graph';
import { TRUST_PROP_KEYS, storedAlready, trustFromProps, trustToProps, type TrustProps } from './member-trust-props';
import { packedView, readPath, type ReadPath } from './packed-reads';
import { readTrustEdges } from './trust-edges';

export const WRITE_BATCH = 2000;
// Write-back batches in flight at once. Neo4j runs each transaction on one thread, so on two
// cores two batches took about a quarter less wall time than one after the other (20,007 members
// of the 100k benchmark market: 2.7–3.3 s against 3.9–4.5 s); a third added nothing measurable.
// The batches hold disjoint members, so they never wait on each other's locks.
const WRITE_CONCURRENCY = 2;

/**
 * How hard the recompute leans on the database. Its reads and writes run in Neo4j at the same
 * priority as the API's requests, so a recompute next to live traffic takes their cores: in the
 * bench, feedback's p99 during a recompute was 2.6× its idle p99 with the job already in a niced
 * process of its own. In the background the job gives the database back: one read at a time
 * (one Neo4j thread instead of two), one small write batch at a time, and a rest after each batch as
 * long as the batch took. It takes longer, and nobody waits for it; a recompute someone waits
 * for (the seed, the tests, the bench's timed run) goes at once.
 */
export interface RecomputePacing {
  /** Members and edges read one after the other rather than at once. */
  sequentialReads: boolean;
  /** Write-back batches in flight at once. */
  writeConcurrency: number;
  /** After each write batch, rest this many times as long as the batch took. */
  restRatio: number;
  /** Members per write transaction. */
  writeBatch: number;
}

export const AT_ONCE: RecomputePacing = { sequentialReads: false, writeConcurrency: WRITE_CONCURRENCY, restRatio: 0, writeBatch: WRITE_BATCH };
// Smaller write batches in the background: a batch holds the write locks of every member in it
// until it commits, and a verdict on one of them (it writes its recommender's trust) waits that
// long. 2,000 members a batch held them for about 270 ms at 100,000 members; 250 held them about
// 30 ms, and the slowest verdicts during the write-back waited 37–50 ms against 17–24 idle; 50
// hold them a few ms (the slowest 21–37 ms in the bench's runs), for more commits in a job
// nobody waits for (its write-back 6 s instead of 4.8 at 100,000 members).
const BACKGROUND_WRITE_BATCH = 50;
export const IN_BACKGROUND: RecomputePacing = { sequentialReads: true, writeConcurrency: 1, restRatio: 1, writeBatch: BACKGROUND_WRITE_BATCH };
/** Smaller corrections are noise of rounding and decay, not worth an event a person reads. */
const EVENT_THRESHOLD = 0.1;

export interface RecomputeSummary {
  members: number;
  /** Verdicts and refunds behind the edges (the sum of their counts). */
  ratings: number;
  trustEdges: number;
  /** How members and edges were read (graph/packed-reads.ts): packed by the embedded launcher's procedures, or by Cypher. */
  edgeRead: ReadPath;
  iterations: number;
  residual: number;
  converged: boolean;
  /** Members whose score moved by at least EVENT_THRESHOLD (each got a trust event). */
  membersChanged: number;
  /** Members whose stored state changed and was written (a superset of the moved ones). */
  membersWritten: number;
  maxAbsDelta: number;
  flagsRaised: number;
  seconds: number;
  /** Where the time went: both reads; the domain's recompute and choosing what changed; writing it back and raising flags. */
  phases: { readSeconds: number; computeSeconds: number; writeSeconds: number };
  /**
   * The write-back taken apart, seconds summed over its batches (two run at once, so the parts
   * can add up to more than writeSeconds): the members' statements, the privilege notices'
   * statements, the commits; then the collusion flags' transaction (after the batches, not summed).
   */
  writeParts: WriteParts;
}

export interface WriteParts {
  membersSeconds: number;
  noticesSeconds: number;
  commitSeconds: number;
  flagsSeconds: number;
}

export async function recomputeTrust(
  graph: Graph,
  now: Date,
  say: (line: string) => void = () => {},
  /** The ladder "privilege gained / lost" notices are measured against: the server's configured one. */
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
  pacing: RecomputePacing = AT_ONCE,
): Promise<RecomputeSummary> {
  const started = performance.now();
  const via = await readPath(graph);
  // Independent reads, so at once they overlap: the database answers one while the driver decodes another.
  const [members, edges] = pacing.sequentialReads
    ? [await readMembers(graph, via), await readTrustEdges(graph, { via })]
    : await Promise.all([readMembers(graph, via), readTrustEdges(graph, { via })]);
  const read = performance.now();
  const ratings = edges.count.reduce((sum, n) => sum + n, 0);
  say(`Recompute: ${members.length} members, ${edgeCount(edges)} trust edges from ${ratings} outcome-backed ratings (read ${via === 'procedure' ? 'packed, by the launcher\'s procedures' : 'by Cypher'}).`);

  const result = recomputeFromEdges({ members, edges }, now, undefined, (p: RecomputeProgress) => {
    if (p.phase === 'propagate' && p.iteration % 5 === 0) say(`  propagation step ${p.iteration}: residual ${p.residual.toExponential(2)}`);
  });
  say(`  converged=${result.converged} after ${result.iterations} steps (residual ${result.residual.toExponential(2)})`);
  const { writes, membersChanged, maxAbsDelta } = planWriteBack(members, result.trust, now, ladder);
  const computed = performance.now();

  const parts = await writeBack(graph, writes, now, say, pacing);
  if (writes.length === 0) say('  wrote 0 members: every stored state is current');
  const flagging = performance.now();
  const flagsRaised = await raiseCollusionFlags(graph, result.reciprocalPairs, result.rings, now);
  const done = performance.now();
  const seconds = (from: number, to: number) => Math.round(to - from) / 1000;
  const ms = (x: number) => Math.round(x) / 1000;
  return {
    members: members.length,
    ratings,
    trustEdges: edgeCount(edges),
    edgeRead: via,
    iterations: result.iterations,
    residual: result.residual,
    converged: result.converged,
    membersChanged,
    membersWritten: writes.length,
    maxAbsDelta,
    flagsRaised,
    seconds: Math.round((done - started) / 100) / 10,
    phases: { readSeconds: seconds(started, read), computeSeconds: seconds(read, computed), writeSeconds: seconds(computed, done) },
    writeParts: { membersSeconds: ms(parts.membersMs), noticesSeconds: ms(parts.noticesMs), commitSeconds: ms(parts.commitMs), flagsSeconds: seconds(flagging, done) },
  };
}

/** What the write-back writes: the members whose stored state changes, a trust event for each score that moved. */
export interface WriteBackPlan {
  writes: MemberWrite[];
  /** Members whose score moved by at least EVENT_THRESHOLD. */
  membersChanged: number;
  maxAbsDelta: number;
}

/** Compares every member's stored trust with the recompute's: only changed states are written, events only for moved scores. */
export function planWriteBack(
  members: readonly StoredMember[],
  trust: ReadonlyMap<string, MemberTrust>,
  now: Date,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): WriteBackPlan {
  const writes: MemberWrite[] = [];
  let membersChanged = 0;
  let maxAbsDelta = 0;
  for (const m of members) {
    const before = trustFromProps(m.trust, now, m.verified);
    const after = trust.get(m.id) as MemberTrust;
    const delta = Math.round((after.score - before.score) * 10) / 10;
    const moved = Math.abs(delta) >= EVENT_THRESHOLD;
    if (moved) membersChanged++;
    maxAbsDelta = Math.max(maxAbsDelta, Math.abs(delta));
    const next = trustToProps(after);
    if (storedAlready(m.trust, next)) continue;
    const event = moved ? { id: randomUUID(), before: before.score, after: after.score, delta } : null;
    // The privilege steps the recompute opened or closed, told with the member's new state.
    const notices = privilegeNotices(m.id, before, after, ladder);
    writes.push(notices.length ? { id: m.id, trust: next, event, notices } : { id: m.id, trust: next, event });
  }
  return { writes, membersChanged, maxAbsDelta };
}

export interface StoredMember {
  id: string;
  verified: boolean;
  trust: Partial<TrustProps>;
}

/** Every member with their stored trust: packed by the launcher's procedure where there is one, else by Cypher. */
export function readMembers(graph: Graph, via: ReadPath): Promise<StoredMember[]> {
  return via === 'procedure' ? readPackedMembers(graph) : readMembersByCypher(graph);
}

/**
 * Each row is one list, not a map: a map would send its ten key names again in each of 100k
 * records, and decoding them was most of this read's cost.
 */
function readMembersByCypher(graph: Graph): Promise<StoredMember[]> {
  return graph.read(async (tx) => {
    const members: StoredMember[] = [];
    for await (const r of tx.run(MEMBERS)) {
      const [id, verified, ...values] = r.get('m') as [string, boolean, ...unknown[]];
      const trust: Partial<TrustProps> = {};
      // A missing property reads as null: left out, trustFromProps treats it as missing.
      values.forEach((v, k) => {
        if (v !== null) (trust as Record<string, unknown>)[TRUST_PROP_KEYS[k]!] = v;
      });
      members.push({ id, verified, trust });
    }
    return members;
  });
}

const MEMBERS = `MATCH (m:Member) RETURN [m.id, coalesce(m.verified, false), ${TRUST_PROP_KEYS.map((k) => `m.${k}`).join(', ')}] AS m`;

// trustline.memberColumns (MemberColumnsExport.java): `verified` and the number and boolean trust
// properties as float64 (NaN where missing), the text ones as strings (null where missing).
const TEXT_KEYS: readonly string[] = TRUST_PROP_KEYS.filter((k) => k === 'trustEvidenceAt');
const BOOLEAN_KEYS = new Set<string>(['verified', 'trustIsNew']);
const NUMBER_KEYS = ['verified', ...TRUST_PROP_KEYS.filter((k) => !TEXT_KEYS.includes(k))];

function readPackedMembers(graph: Graph): Promise<StoredMember[]> {
  return graph.read(async (tx) => {
    const members: StoredMember[] = [];
    const width = NUMBER_KEYS.length;
    for await (const r of tx.run('CALL trustline.memberColumns($numbers, $texts) YIELD ids, numbers, texts RETURN ids, numbers, texts', { numbers: NUMBER_KEYS, texts: TEXT_KEYS })) {
      const ids = r.get('ids') as string[];
      const numbers = packedView(r.get('numbers') as string);
      const texts = r.get('texts') as (string | null)[];
      ids.forEach((id, i) => {
        const values: Record<string, unknown> = {};
        for (let k = 0; k < width; k++) {
          const v = numbers.getFloat64((i * width + k) * 8, true);
          if (!Number.isNaN(v)) values[NUMBER_KEYS[k]!] = BOOLEAN_KEYS.has(NUMBER_KEYS[k]!) ? v === 1 : v;
        }
        TEXT_KEYS.forEach((key, k) => {
          const v = texts[i * TEXT_KEYS.length + k];
          if (v !== null && v !== undefined) values[key] = v;
        });
        const { verified, ...trust } = values;
        members.push({ id, verified: verified === true, trust: trust as Partial<TrustProps> });
      });
    }
    return members;
  });
}

export interface MemberWrite {
  id: string;
  trust: TrustProps;
  event: { id: string; before: number; after: number; delta: number } | null;
  /** The privilege steps this recompute opened or closed for the member (usually none). */
  notices?: NotificationDraft[];
}

/**
 * Writes the changed members in the pacing's batches and concurrency (AT_ONCE: WRITE_BATCH, WRITE_CONCURRENCY). After a
 * batch fails no new one starts, and the error is thrown once the batch still in flight is done,
 * so the job never exits with a write half-sent.
 */
async function writeBack(
  graph: Graph,
  writes: readonly MemberWrite[],
  now: Date,
  say: (line: string) => void,
  pacing: RecomputePacing,
): Promise<{ membersMs: number; noticesMs: number; commitMs: number }> {
  let next = 0;
  let written = 0;
  let said = 0;
  let failure: { error: unknown } | undefined;
  const spent = { membersMs: 0, noticesMs: 0, commitMs: 0 };
  const writer = async () => {
    while (!failure && next < writes.length) {
      const batch = writes.slice(next, (next += pacing.writeBatch));
      try {
        const batchStarted = performance.now();
        let workDone = 0;
        await graph.write(async (tx) => {
          const t0 = performance.now();
          await tx.run(WRITE_MEMBERS, writeParams(batch, now));
          const t1 = performance.now();
          await notify(tx, batch.flatMap((w) => w.notices ?? []), now.getTime());
          workDone = performance.now();
          spent.membersMs += t1 - t0;
          spent.noticesMs += workDone - t1;
        });
        spent.commitMs += performance.now() - workDone;
        if (pacing.restRatio > 0 && next < writes.length) await rest((performance.now() - batchStarted) * pacing.restRatio);
      } catch (error) {
        failure ??= { error };
        return;
      }
      written += batch.length;
      // A line per WRITE_BATCH members at most, however small the batches.
      if (written - said >= WRITE_BATCH || written === writes.length) {
        said = written;
        say(`  wrote ${written}/${writes.length} changed members`);
      }
    }
  };
  await Promise.all(Array.from({ length: pacing.writeConcurrency }, writer));
  if (failure) throw failure.error;
  return spent;
}

const rest = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One list per property, not a map per member: ten trust keys and the event keys sent again in each
// of 2,000 rows were measured to cost the database about a fifth of the batch. Each property is
// named rather than `SET m += row.trust`: with a map the planner cannot tell the write from the
// `id` the MATCH seeks on, and puts Eager barriers around it. The event's two sentences are not
// stored: they follow from its delta and score (explainReconcile), and graph/trust-events.ts
// writes them when the event is read. Interleaved, 20,000 members a batch at a time: 1.3 s without
// them, 1.4-1.5 s with them, besides two strings per moved member on every run kept forever.
export const WRITE_MEMBERS = `
  UNWIND range(0, size($ids) - 1) AS i
  MATCH (m:Member {id: $ids[i]})
  SET ${TRUST_PROP_KEYS.map((k) => `m.${k} = $${k}[i]`).join(', ')}
  WITH m, i WHERE $eventId[i] IS NOT NULL
  CREATE (m)-[:HAS_TRUST_EVENT]->(:TrustEvent {id: $eventId[i], at: toInteger($at), cause: 'RECOMPUTE',
    before: $before[i], after: $after[i], delta: $delta[i]})`;

/** WRITE_MEMBERS's parameters for one batch: the members' ids, then one list per property. */
export function writeParams(batch: readonly MemberWrite[], now: Date): Record<string, unknown> {
  const params: Record<string, unknown> = { ids: batch.map((w) => w.id), at: now.getTime() };
  for (const k of TRUST_PROP_KEYS) params[k] = batch.map((w) => w.trust[k]);
  const event = <K extends keyof NonNullable<MemberWrite['event']>>(key: K) => batch.map((w) => w.event?.[key] ?? null);
  Object.assign(params, {
    eventId: event('id'), before: event('before'), after: event('after'), delta: event('delta'),
  });
  return params;
}

/**
 * One open flag per pattern (keyed by its sorted members), flagging each member in it. A flag
 * an admin already cleared stays cleared; the same pattern is not raised again.
 */
async function raiseCollusionFlags(graph: Graph, pairs: Array<[string, string]>, rings: string[][], now: Date): Promise<number> {
  const patterns = [
    ...pairs.map((ids) => ({ kind: 'RECIPROCAL', ids })),
    ...rings.map((ids) => ({ kind: 'RING', ids })),
  ].map((p) => ({ ...p, key: `${p.kind}:${[...p.ids].sort().join(',')}`, id: randomUUID() }));
  if (patterns.length === 0) return 0;
  return graph.write(async (tx) => {
    // Which flags this statement creates is asked of the store before its MERGE, not read back
    // by creation time: a recompute run twice at one instant (a fixed clock) would notify again.
    const result = await tx.run(
      `UNWIND $patterns AS p
       OPTIONAL MATCH (old:FraudFlag {key: p.key})
       WITH p, old IS NULL AS created
       MERGE (f:FraudFlag {key: p.key})
         ON CREATE SET f.id = p.id, f.kind = p.kind, f.status = 'OPEN', f.createdAt = toInteger($now), f.raisedBy = 'RECOMPUTE'
       WITH f, p, created
       UNWIND p.ids AS memberId
       MATCH (m:Member {id: memberId})
       MERGE (f)-[:FLAGS]->(m)
       WITH DISTINCT f, created
       RETURN count(f) AS flags, collect(CASE WHEN created THEN f.id END) AS createdIds`,
      { patterns, now: now.getTime() },
    );
    const row = result.records[0];
    await notifyAdmins(tx, 'FRAUD_FLAG', ((row?.get('createdIds') as string[] | undefined) ?? []).map((flagId) => ({ flagId })), now.getTime());
    return (row?.get('flags') as number | undefined) ?? 0;
  });
}
