// Opens the graph every entry point uses (server, CLI jobs, tests): the Neo4j at NEO4J_URI if
// one is named, otherwise the embedded one started here; then waits for Bolt and brings the
// schema up to date.
import { connectGraph, type Graph } from './graph';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';
import { migrate } from './schema';
import type { GraphSettings } from './settings';

export interface OpenGraph {
  graph: Graph;
  /** Where it is: NEO4J_URI, or the embedded Neo4j's address (a job's own process connects there too). */
  uri: string;
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export async function openGraph(settings: GraphSettings, log: (line: string) => void): Promise<OpenGraph> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = settings.uri;
  if (!uri) {
    log('NEO4J_URI is not set: starting the embedded Neo4j…');
    embedded = await startEmbeddedNeo4j({ ...settings.embedded, log });
    uri = embedded.uri;
  }
  const graph = connectGraph(uri, settings, embedded !== undefined);
  try {
    await waitForBolt(graph, uri);
    await migrate(graph, log);
  } catch (err) {
    await graph.close();
    await embedded?.stop();
    throw err;
  }
  let closing: Promise<void> | undefined;
  return {
    graph,
    uri,
    embedded,
    close: () =>
      (closing ??= (async () => {
        await graph.close();
        await embedded?.stop();
      })()),
  };
}

async function waitForBolt(graph: Graph, uri: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await graph.driver.getServerInfo();
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Neo4j at ${uri} did not answer within ${timeoutMs / 1000}s: ${reason}`);
}
