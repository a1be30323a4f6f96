// Configuration comes from environment variables only, each with a default that works on a
// developer's machine. The README's configuration table lists the same names; keep them in step.
import { z } from 'zod';
import { graphSettingsFromEnv, type GraphSettings } from '../graph/settings';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './day';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './limits';
import { DEFAULT_SESSION_IDLE_MS } from './auth/viewer';
import { DAY_MS } from './clock';
import { DEFAULT_LEADERBOARD_CACHE_MS } from './leaderboard-cache';
import type { LogFormat } from './logger';
import { DEFAULT_LEASE_TTL_MS } from './jobs/lease';
import { photoSettingsFromEnv, type PhotoStoreSettings } from './photos/settings';
import { DEFAULT_MAIL_FROM, DEFAULT_OUTBOX_DIR, type MailSettings } from './mail/mailer';
import { DEFAULT_PRIVILEGE_LADDER, ladderProblem, type PrivilegeSettings, type PrivilegeThreshold } from './domain/privileges';
import { DEFAULT_FLAG_RULES } from './domain/community-flags';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A privilege step as `rankKey/confidence`, e.g. `40/0.2` (server/domain/privileges.ts). */
const thresholdFromEnv = (fallback: PrivilegeThreshold) =>
  z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*\/\s*0?(\.\d+)?\s*$/, 'must be rankKey/confidence, such as 40/0.2 (rank key 0–100, confidence 0–1)')
    .transform((v): PrivilegeThreshold => {
      const [rankKey, confidence] = v.split('/').map((part) => Number(part.trim()));
      return { rankKey: rankKey!, confidence: confidence! };
    })
    .optional()
    .transform((v) => v ?? fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (it guards /metrics from other hosts)').optional(),
  SEED_DEMO: booleanFromEnv.default(true),
  GRAPHQL_INTROSPECTION: booleanFromEnv.default(true),
  TRUSTLINE_TIMEZONE: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai').default(DEFAULT_TIMEZONE),
  JOBS_ENABLED: booleanFromEnv.default(true),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(600).default(DEFAULT_LEASE_TTL_MS / 1000),
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
  REDIS_URL: z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL').optional(),
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), 'must be an smtp:// or smtps:// URL, such as smtp://user:pass@mail.example.com:587'),
  MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_FROM),
  MAIL_OUTBOX_DIR: z.string().min(1).default(DEFAULT_OUTBOX_DIR),
  LEADERBOARD_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_LEADERBOARD_CACHE_MS),
  PUBLIC_ORIGIN: z
    .string()
    .transform((v) => v.trim().replace(/\/+$/, ''))
    .refine((v) => /^https?:\/\/[^/\s?#]+$/.test(v), 'must be the origin people reach the site at, such as https://trustline.example.com (scheme and host, no path)')
    .optional(),
  PRIVILEGE_RESHARE: thresholdFromEnv(DEFAULT_PRIVILEGE_LADDER.reshare),
  PRIVILEGE_GROUP_BUY: thresholdFromEnv(DEFAULT_PRIVILEGE_LADDER.openGroupBuy),
  PRIVILEGE_TRUSTED_PICK: thresholdFromEnv(DEFAULT_PRIVILEGE_LADDER.trustedPick),
  PRIVILEGE_FLAG: thresholdFromEnv(DEFAULT_PRIVILEGE_LADDER.flag),
  FLAG_REVIEW_WEIGHT: z.coerce.number().positive().max(10).default(DEFAULT_FLAG_RULES.reviewWeight),
  FLAG_ABUSE_DISMISSED: z.coerce.number().int().min(1).max(100).default(DEFAULT_FLAG_RULES.abuseDismissed),
  FLAG_ABUSE_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_FLAG_RULES.abuseDays),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  /** `auto`: readable lines in a development terminal, JSON lines otherwise (logger.ts). */
  logFormat: LogFormat;
  /** Lets a scraper on another host read /metrics (loopback needs none); absent = loopback only. */
  metricsToken: string | undefined;
  seedDemo: boolean;
  introspection: boolean;
  timeZone: string;
  jobsEnabled: boolean;
  /** Time to live of the job lease: a dead holder's jobs move to another server within about this (jobs/lease.ts). */
  jobLeaseMs: number;
  secureCookies: boolean;
  /** A session unused for this long stops working; the 30-day absolute expiry stays. */
  sessionIdleMs: number;
  /** Origins allowed to call the API from a browser; empty = same origin only. */
  corsOrigins: string[];
  /** Express's `trust proxy` setting: which X-Forwarded-For hops to believe for the client address. */
  trustProxy: boolean | number | string;
  rateLimits: RateLimits;
  /** Redis shared by the servers for write limits; absent = each server counts alone. */
  redisUrl: string | undefined;
  /** How long a public leaderboard page may be served from this process's cache; 0 = never. */
  leaderboardCacheMs: number;
  /** Where people reach the site (PUBLIC_ORIGIN): shared links, QR codes and link previews start with it. */
  publicOrigin: string;
  /** How mail goes out: SMTP when a URL is set, else the outbox folder. */
  mail: MailSettings;
  graph: GraphSettings;
  /** Where photo files are kept: a local folder or an S3-compatible bucket. */
  photos: PhotoStoreSettings;
  /** The privilege ladder and the community-flag rules (docs/privileges.md). */
  privileges: PrivilegeSettings;
}

export class ConfigError extends Error {}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const ladder = {
    onBoards: DEFAULT_PRIVILEGE_LADDER.onBoards,
    reshare: e.PRIVILEGE_RESHARE,
    openGroupBuy: e.PRIVILEGE_GROUP_BUY,
    trustedPick: e.PRIVILEGE_TRUSTED_PICK,
    flag: e.PRIVILEGE_FLAG,
  };
  const ladderWrong = ladderProblem(ladder);
  if (ladderWrong) throw new ConfigError(`Invalid configuration: PRIVILEGE_*: ${ladderWrong}`);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    metricsToken: e.METRICS_TOKEN,
    seedDemo: e.SEED_DEMO,
    introspection: e.GRAPHQL_INTROSPECTION,
    timeZone: e.TRUSTLINE_TIMEZONE,
    jobsEnabled: e.JOBS_ENABLED,
    jobLeaseMs: e.JOB_LEASE_SECONDS * 1000,
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
    redisUrl: e.REDIS_URL,
    // Unset: the address `npm start` serves on this machine, right for a developer; behind a
    // domain or a proxy it must be set, or previews and QR codes would point at localhost.
    publicOrigin: e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outboxDir: e.MAIL_OUTBOX_DIR },
    graph: graphSettingsFromEnv(env),
    photos: photoSettingsFromEnv(env),
    privileges: {
      ladder,
      flags: { reviewWeight: e.FLAG_REVIEW_WEIGHT, abuseDismissed: e.FLAG_ABUSE_DISMISSED, abuseDays: e.FLAG_ABUSE_DAYS },
    },
  };
}

/** `true`/`false`, a hop count, or a list of trusted proxy addresses (Express's syntax). */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
