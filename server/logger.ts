// Structured logs: JSON lines, one per event, so a log shipper can parse them; in a developer's
// terminal, readable coloured lines instead (pino-pretty, in this process). LOG_FORMAT=json or
// =pretty forces one; `auto` picks pretty only for NODE_ENV=development on a terminal, so a
// container, a CI log or a pipe always gets JSON. LOG_LEVEL=debug for more, =silent in tests
// that do not look at logs.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };
export type LogFormat = 'auto' | 'json' | 'pretty';

export function createLogger(level: string, format: LogFormat = 'json', env = process.env.NODE_ENV ?? 'development'): Logger {
  const readable = format === 'pretty' || (format === 'auto' && env === 'development' && process.stdout.isTTY === true);
  // Synchronous writes either way: a line logged just before process.exit ("stopped") is never lost.
  const destination = readable
    ? pretty({ sync: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' })
    : pino.destination({ dest: 1, sync: true });
  return pino({ level, base: { service: 'trustline' } }, destination);
}
