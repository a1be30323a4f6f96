// Configuration comes from environment variables only, each with a default that works on a
// developer's machine. The README's configuration table lists the same names; keep them in step.
import { z } from 'zod';
import { graphSettingsFromEnv, type GraphSettings } from '../graph/settings';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './day';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './limits';
import { DEFAULT_SESSION_IDLE_MS } from './auth/viewer';
import { DAY_MS } from './clock';
import { DEFAULT_LEADERBOARD_CACHE_MS } from './leaderboard-cache';
import { DEFAULT_MAIL_FROM, DEFAULT_OUTBOX_DIR, type MailSettings } from './mail/mailer';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFromEnv.default(true),
  GRAPHQL_INTROSPECTION: booleanFromEnv.default(true),
  TRUSTLINE_TIMEZONE: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai').default(DEFAULT_TIMEZONE),
  JOBS_ENABLED: booleanFromEnv.default(true),
  COOKIE_SECURE: booleanFromEnv.default(false),
  SESSION_IDLE_DAYS: z.coerce.number().positive().max(30).default(DEFAULT_SESSION_IDLE_MS / DAY_MS),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), 'must be comma-separated origins such as https://shop.example.com (scheme and host, no path)'),
  TRUST_PROXY: z.string().default('false'),
  RATE_LIMIT_WRITES_PER_MEMBER: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.writesPerMemberPerMinute),
  RATE_LIMIT_WRITES_PER_ADDRESS: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.writesPerAddressPerMinute),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.signInFailuresBeforeLockout),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.signInLockoutMs / 60_000),
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), 'must be an smtp:// or smtps:// URL, such as smtp://user:pass@mail.example.com:587'),
  MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_FROM),
  MAIL_OUTBOX_DIR: z.string().min(1).default(DEFAULT_OUTBOX_DIR),
  PUBLIC_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(v), 'must be the http(s) address people open the web app at, such as https://shop.example.com'),
  LEADERBOARD_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_LEADERBOARD_CACHE_MS),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  seedDemo: boolean;
  introspection: boolean;
  timeZone: string;
  jobsEnabled: boolean;
  secureCookies: boolean;
  /** A session unused for this long stops working; the 30-day absolute expiry stays. */
  sessionIdleMs: number;
  /** Origins allowed to call the API from a browser; empty = same origin only. */
  corsOrigins: string[];
  /** Express's `trust proxy` setting: which X-Forwarded-For hops to believe for the client address. */
  trustProxy: boolean | number | string;
  rateLimits: RateLimits;
  /** How long a public leaderboard page may be served from this process's cache; 0 = never. */
  leaderboardCacheMs: number;
  /** How mail goes out: SMTP when a URL is set, else the outbox folder. */
  mail: MailSettings;
  /** The address people open the web app at, for links in mail (default: http://localhost:PORT). */
  publicUrl: string;
  graph: GraphSettings;
}

export class ConfigError extends Error {}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    introspection: e.GRAPHQL_INTROSPECTION,
    timeZone: e.TRUSTLINE_TIMEZONE,
    jobsEnabled: e.JOBS_ENABLED,
    secureCookies: e.COOKIE_SECURE,
    sessionIdleMs: Math.round(e.SESSION_IDLE_DAYS * DAY_MS),
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    rateLimits: {
      ...DEFAULT_RATE_LIMITS,
      writesPerMemberPerMinute: e.RATE_LIMIT_WRITES_PER_MEMBER,
      writesPerAddressPerMinute: e.RATE_LIMIT_WRITES_PER_ADDRESS,
      signInFailuresBeforeLockout: e.SIGN_IN_MAX_FAILURES,
      signInLockoutMs: e.SIGN_IN_LOCKOUT_MINUTES * 60_000,
    },
    leaderboardCacheMs: e.LEADERBOARD_CACHE_MS,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outboxDir: e.MAIL_OUTBOX_DIR },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    graph: graphSettingsFromEnv(env),
  };
}

/** `true`/`false`, a hop count, or a list of trusted proxy addresses (Express's syntax). */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
