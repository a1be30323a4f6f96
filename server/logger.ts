// Structured logs (JSON lines, one per event) so a log shipper can parse them; set
// LOG_LEVEL=debug for more, =silent in tests that do not look at logs.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  // Synchronous writes: a line logged just before process.exit ("stopped") is never lost.
  return pino({ level, base: { service: 'trustline' } }, pino.destination({ dest: 1, sync: true }));
}
