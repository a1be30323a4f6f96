// The global recompute as the scheduled job runs it (its own process, server/jobs), but on the
// market's clock: the job's command runs on the system clock, and the bench's market lives at
// BENCH_NOW, so the job would decay every member's evidence to today instead. Started by
// test/bench/run.ts for "feedback during a recompute"; NEO4J_URI names the bench's Neo4j.
import { ManualClock } from '../../server/clock';
import { runInBackground, runJobCli } from '../../server/jobs/run-cli';
import { runRecompute } from '../../server/jobs/trust-recompute';

const nowMs = Number(process.env.BENCH_NOW_MS);
if (!Number.isFinite(nowMs)) throw new Error('BENCH_NOW_MS is not set (recompute-job.ts is started by test/bench/run.ts)');
// At the priority the scheduled job runs at (server/jobs/recompute-process.ts).
runInBackground();
await runJobCli('trust:recompute', runRecompute, new ManualClock(new Date(nowMs)));
