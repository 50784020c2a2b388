/**
 * Configuration from the environment, parsed once by zod. Only the entry points read
 * process.env; everything else receives a Config. A bad value fails start-up with one
 * line naming the variable and the fix.
 */
import { z } from 'zod';
import { KgError } from './errors.ts';

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be 1..65535')
  .max(65535, 'must be 1..65535');

const apiKeys = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    // KG_API_KEYS="key1:reader,key2:editor,key3:admin"
    const keys = new Map<string, 'reader' | 'editor' | 'admin'>();
    for (const entry of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const [key, role] = entry.split(':');
      if (!key || (role !== 'reader' && role !== 'editor' && role !== 'admin')) {
        ctx.addIssue({ code: 'custom', message: `entry "${entry}" must look like <key>:<reader|editor|admin>` });
        return z.NEVER;
      }
      keys.set(key, role);
    }
    return keys;
  });

export const configSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).optional(),
  NODE_ENV: z.string().default('development'),
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j://host:7687').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('kg-local-password'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  KG_DATA_DIR: z.string().min(1).default('./data'),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  KG_MAX_REPORT_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  KG_API_KEYS: apiKeys,
  KG_MUTATIONS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  KG_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

/** Parse the environment; a bad value becomes a KgError('BAD_CONFIG') naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(blankless);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new KgError('BAD_CONFIG', `${name}=${JSON.stringify(env[name] ?? '')} ${issue.message}: fix ${name} in the environment.`);
  }
  return parsed.data;
}

/** Where the server listens: localhost only unless API keys protect it. */
export function listenHost(config: Config): string {
  const keyed = config.KG_API_KEYS.size > 0;
  const host = config.HOST ?? (keyed ? '0.0.0.0' : '127.0.0.1');
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!keyed && !loopback) {
    throw new KgError('BAD_CONFIG', `HOST=${host} would expose the API without keys: set KG_API_KEYS (key:role,...) or use HOST=127.0.0.1.`);
  }
  return host;
}
