// The scheduled global recompute runs in a process of its own — the job's command,
// `server/jobs/trust-recompute.ts --json` — at a lower CPU priority (issue 29: the recompute must
// not hurt the API). In the server's own process its compute phase (0.6 s of one JavaScript thread
// at 100,000 members, ten times that at a million) would stall every request the server holds; in
// a process of its own at a lower priority (run-cli.ts BACKGROUND_NICENESS) the event loop never waits for it, and where
// the recompute shares the cores with request serving the OS runs the requests first. Neo4j's own
// work for it (the reads, the write-back) keeps Neo4j's priority.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RecomputeSummary } from '../../graph/trust-recompute';

/** What the recompute's process says of itself beside its summary (for the log and the tests). */
export interface RecomputeRun extends RecomputeSummary {
  pid: number;
  niceness: number;
}

const COMMAND = fileURLToPath(new URL('./trust-recompute.ts', import.meta.url));

export class RecomputeProcess {
  private child: ChildProcess | undefined;

  /** `neo4jUri`: the Neo4j the server uses (the embedded one's address when it started it). */
  constructor(private readonly neo4jUri: string, private readonly say: (line: string) => void) {}

  /** Runs one recompute to its end; rejects with the process's last words when it fails. */
  run(): Promise<RecomputeRun> {
    const child = spawn(process.execPath, ['--import', 'tsx', COMMAND, '--json'], {
      env: { ...process.env, NEO4J_URI: this.neo4jUri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const lines = err.split('\n');
      err = lines.pop()!;
      for (const line of lines) if (line) this.say(line);
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        this.child = undefined;
        const last = out.trim().split('\n').pop() ?? '';
        if (code === 0 && last.startsWith('{')) return resolve(JSON.parse(last) as RecomputeRun);
        reject(new Error(`the recompute's process ended ${signal ? `by ${signal}` : `with code ${code}`}${err ? `: ${err}` : ''}`));
      });
    });
  }

  /** Stops a recompute under way (the server is stopping); the next run reconciles what it left. */
  stop(): void {
    this.child?.kill('SIGTERM');
  }
}
