// `npm start` on an empty database loads the demo market, so a first start shows a living
// network instead of an empty leaderboard. A database with any member is left alone.
import type { Graph } from '../../graph/graph';
import { isEmpty } from '../../graph/network';
import type { Clock } from '../clock';
import { describeDemoSummary, loadDemoMarket, type DemoSummary } from './demo';
import type { PhotoStore } from '../photos/store';

export async function startDemoIfEmpty(graph: Graph, clock: Clock, say: (line: string) => void, photos?: PhotoStore): Promise<DemoSummary | undefined> {
  if (!(await isEmpty(graph))) return undefined;
  say('The database has no members: loading the demo market (set SEED_DEMO=false to start empty)…');
  const summary = await loadDemoMarket(graph, clock, say, { photos });
  for (const line of describeDemoSummary(summary)) say(line);
  return summary;
}
