// Configuration comes from environment variables only, each with a default that works on a
// developer's machine. The README's configuration table lists the same names; keep them in step.
import { z } from 'zod';
import { graphSettingsFromEnv, type GraphSettings } from '../graph/settings';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './day';

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
    graph: graphSettingsFromEnv(env),
  };
}
