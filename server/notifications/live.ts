// Live delivery to open pages over server-sent events: GET /api/notifications/stream, signed in
// by the session cookie (or a bearer token), answers a stream of `unread` events (the new unread
// count) and `notification` events (one new notification each), with a comment line as a
// heartbeat so proxies and browsers keep the connection open.
//
// Why polling Neo4j, not Redis pub/sub: a notification is written inside its cause's transaction,
// possibly on another server, and is only real once that commits. Reading the committed graph
// every POLL_MS for the members with a page open on this server sees exactly what committed,
// wherever it was written, with no second system to keep in step and nothing lost when a server
// dies between commit and publish. One read serves every member connected here, so the cost is
// one small query per second per server, not per member. (docs/notifications.md, "Several servers".)
import type express from 'express';
import type { Graph } from '../../graph/graph';
import { liveStates, type NotificationRecord } from '../../graph/notifications';
import { resolveViewer } from '../auth/viewer';
import { linkOf } from '../domain/notifications';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

export const POLL_MS = 1000;
export const HEARTBEAT_MS = 25_000;
/** How many of the newest notifications each poll compares: more new ones than this within one poll are counted, not sent. */
const NEWEST = 10;

interface Watcher {
  unread: number | undefined;
  seen: Set<string> | undefined;
  pages: Set<express.Response>;
}

/** What a page receives for one notification: the inbox's fields, with the link made. */
export function liveNotification(n: NotificationRecord) {
  return {
    id: n.id, kind: n.kind, createdAt: new Date(n.at).toISOString(), read: n.read, link: linkOf(n.kind, n),
    actorHandle: n.actorHandle, productTitle: n.productTitle, trustDelta: n.trustDelta, stars: n.stars, heldUp: n.heldUp,
  };
}

export class LiveNotifications {
  private readonly watchers = new Map<string, Watcher>();
  private poller: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly graph: Graph,
    private readonly log: Logger,
    private readonly pollMs = POLL_MS,
  ) {}

  /** The Express route. */
  route(clock: Clock, sessionIdleMs?: number): express.RequestHandler {
    return async (req, res) => {
      let viewerId: string | undefined;
      try {
        viewerId = (await resolveViewer(req, this.graph, clock, sessionIdleMs)).viewer?.id;
      } catch {
        res.status(503).json({ error: 'Trustline cannot reach its database right now. Please try again in a moment.' });
        return;
      }
      if (!viewerId) {
        res.status(401).json({ error: 'Please sign in first.' });
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        // no-transform: the compression middleware leaves the stream unbuffered; nginx is told by X-Accel-Buffering.
        'Cache-Control': 'no-cache, no-store, no-transform',
        'X-Accel-Buffering': 'no',
        Connection: 'keep-alive',
      });
      res.write(`retry: ${Math.max(this.pollMs, 2000)}\n\n`);
      this.add(viewerId, res);
      req.on('close', () => this.remove(viewerId!, res));
    };
  }

  /** Members with a page open here (a metric and a test's wait). */
  get connected(): number {
    return [...this.watchers.values()].reduce((n, w) => n + w.pages.size, 0);
  }

  private add(memberId: string, res: express.Response) {
    const watcher = this.watchers.get(memberId) ?? { unread: undefined, seen: undefined, pages: new Set() };
    watcher.pages.add(res);
    this.watchers.set(memberId, watcher);
    // A new page learns the count at the next poll: forget it so that poll sends it to every page.
    watcher.unread = undefined;
    this.poller ??= setInterval(() => void this.poll(), this.pollMs);
    this.heartbeat ??= setInterval(() => this.everyPage((page) => page.write(': heartbeat\n\n')), HEARTBEAT_MS);
    void this.poll();
  }

  private remove(memberId: string, res: express.Response) {
    const watcher = this.watchers.get(memberId);
    watcher?.pages.delete(res);
    if (watcher && watcher.pages.size === 0) this.watchers.delete(memberId);
    if (this.watchers.size === 0) this.stopTimers();
  }

  private everyPage(write: (page: express.Response) => void) {
    for (const w of this.watchers.values()) for (const page of w.pages) write(page);
  }

  /** One read for every connected member; sends what changed since the last one. */
  async poll(): Promise<void> {
    if (this.polling || this.watchers.size === 0) return;
    this.polling = true;
    try {
      const states = await liveStates(this.graph, [...this.watchers.keys()], NEWEST);
      for (const [memberId, state] of states) {
        const watcher = this.watchers.get(memberId);
        if (!watcher) continue;
        const fresh = watcher.seen === undefined ? [] : state.latest.filter((n) => !watcher.seen!.has(n.id)).reverse();
        watcher.seen = new Set(state.latest.map((n) => n.id));
        const events = fresh.map((n) => `event: notification\ndata: ${JSON.stringify(liveNotification(n))}\n\n`);
        if (watcher.unread !== state.unread) events.push(`event: unread\ndata: ${JSON.stringify({ unread: state.unread })}\n\n`);
        watcher.unread = state.unread;
        if (events.length > 0) for (const page of watcher.pages) page.write(events.join(''));
      }
    } catch (err) {
      // An outage: the pages keep their last count; the next poll tries again.
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'live notifications: poll failed');
    } finally {
      this.polling = false;
    }
  }

  private stopTimers() {
    clearInterval(this.poller);
    clearInterval(this.heartbeat);
    this.poller = undefined;
    this.heartbeat = undefined;
  }

  /** Ends every stream (shutdown): browsers reconnect to another server by themselves. */
  stop(): void {
    this.stopTimers();
    this.everyPage((page) => page.end());
    this.watchers.clear();
  }
}
