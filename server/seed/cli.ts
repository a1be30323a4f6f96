// `npm run seed [-- --reset] [-- --seed N]`: loads the demo market into the database that
// `npm start` would use (the embedded one, or NEO4J_URI). Without --reset it refuses a database
// that already has members, so it can never mix a second market into real or existing data.
import { parseArgs } from 'node:util';
import { openGraph, type OpenGraph } from '../../graph/open';
import { isEmpty } from '../../graph/network';
import { graphSettingsFromEnv } from '../../graph/settings';
import { systemClock } from '../clock';
import { DEMO_PASSWORD, describeDemoSummary, loadDemoMarket } from './demo';
import { DEMO_SEED } from './plan';
import { deleteAllTrustlineData } from './reset';
import { photoStoreFromEnv } from '../photos/settings';

const USAGE = `Usage: npm run seed [-- --reset] [-- --seed <n>]

Loads the deterministic demo market (220 members, 70 products, 2,800 orders over the last
60 days, recommendations, feedback and the trust they earned) into the database npm start uses:
the Neo4j at NEO4J_URI, or the embedded one in NEO4J_DATA_DIR (default data/neo4j).

  --reset      delete ALL Trustline data in that database first (the schema is kept)
  --seed <n>   another market (default ${DEMO_SEED}); the same seed at the same time of day gives the same market
  --help       show this text

Every demo account's password is "${DEMO_PASSWORD}" (e.g. sign in as admin).`;

const say = (line: string) => console.log(line);

function parseOptions(): { reset: boolean; seed: number } | undefined {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, seed: { type: 'string' }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help) return undefined;
  const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be a whole number from 0 to 4294967295, got "${values.seed}"`);
  return { reset: values.reset ?? false, seed };
}

let opened: OpenGraph | undefined;
let exitCode = 0;
try {
  const options = parseOptions();
  if (!options) {
    console.log(USAGE);
  } else {
    const settings = graphSettingsFromEnv();
    opened = await openGraph(settings, say);
    const where = settings.uri ?? `the embedded Neo4j in ${settings.embedded.dataDir}`;
    if (options.reset) {
      say(`Deleting all Trustline data in ${where}…`);
      const deleted = await deleteAllTrustlineData(opened.graph);
      say(`Deleted ${deleted.toLocaleString('en')} nodes.`);
    } else if (!(await isEmpty(opened.graph))) {
      throw new Error(`${where} already has members. Run \`npm run seed -- --reset\` to delete everything in it and load the demo market.`);
    }
    const summary = await loadDemoMarket(opened.graph, systemClock, say, { seed: options.seed, photos: photoStoreFromEnv() });
    for (const line of describeDemoSummary(summary)) say(line);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  exitCode = 1;
} finally {
  await opened?.close();
}
process.exit(exitCode);
