// `npm run db`: the embedded Neo4j alone, in the foreground, for a server started elsewhere with
// NEO4J_URI pointing at it. Ctrl-C stops it cleanly.
import { startEmbeddedNeo4j } from './embedded';
import { graphSettingsFromEnv } from './settings';

const settings = graphSettingsFromEnv();
const log = (line: string) => console.log(line);
try {
  const neo4j = await startEmbeddedNeo4j({ ...settings.embedded, log });
  log(`Use it from another terminal with: NEO4J_URI=${neo4j.uri} npm start`);
  log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping Neo4j…`);
    await neo4j.stop();
    process.exit(0);
  };
  // `on`, not `once`: the tsx loader re-raises a signal once no listener is left.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const code = await neo4j.exited;
  log(`Neo4j exited (code ${code}).`);
  process.exit(code ?? 1);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
