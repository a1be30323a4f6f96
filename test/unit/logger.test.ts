// Logs: JSON lines for machines unless a person reads them in a development terminal
// (LOG_FORMAT=auto), or LOG_FORMAT says otherwise (issue 29).
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';

/** What a process logging one line with `createLogger('info', format, env)` writes to stdout. */
function logged(format: string, env: string): string {
  const script = `import { createLogger } from './server/logger.ts'; createLogger('info', '${format}', '${env}').info({ job: 'demo' }, 'hello there');`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout;
}

describe('log format', () => {
  test('json is one parseable line per event', () => {
    const line = JSON.parse(logged('json', 'production').trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'hello there', job: 'demo', service: 'trustline' });
  });

  test('pretty is a readable line: time, level, message and fields, no JSON', () => {
    const text = logged('pretty', 'development');
    expect(() => JSON.parse(text.trim())).toThrow();
    expect(text).toMatch(/\[\d\d:\d\d:\d\d\.\d{3}\] INFO: hello there/);
    expect(text).toContain('job: "demo"');
  });

  test('auto writes JSON when stdout is not a terminal (a pipe, a container log), even in development', () => {
    expect(() => JSON.parse(logged('auto', 'development').trim())).not.toThrow();
  });
});
