import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('data/toasoan.db'),
  // Unset, the site is where `npm start` serves it: localhost on PORT.
  SITE_URL: z
    .url()
    .optional()
    .transform((url) => url?.replace(/\/+$/, '')),
  SITE_NAME: z.string().min(1).default('Tòa soạn'),
  MEDIA_DIR: z.string().min(1).default('data/media'),
  // How often buffered reader views are written, and how stale "Đọc nhiều" may be.
  VIEWS_FLUSH_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  MOST_READ_REFRESH_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  // First-run owner, created unattended by scripts/setup-database.ts when no account exists (tests, CI).
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  ADMIN_NAME: z.string().min(1).default('Quản trị viên'),
  // nginx's cache-refresh server (deploy/nginx.conf): after a takedown the app asks it to fetch
  // the article's pages afresh. Plain HTTP on loopback; unset when no nginx cache is in front.
  PROXY_REFRESH_URL: z
    .url({ protocol: /^http$/, hostname: /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  // Redis shared by several app processes (npm run start:scaled, lib/cache/cache-handler.mjs);
  // unset, each process caches alone, as one process always has.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // A CDN's purge endpoint (or a relay to one): every change readers see is POSTed there with its
  // cache tags, the same names the pages carry in Surrogate-Key and Cache-Tag (lib/http/purge-webhook.ts).
  PURGE_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Signs each purge body (HMAC-SHA256), so the endpoint can refuse purges from anyone else.
  PURGE_WEBHOOK_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  // Tests only: one server standing in for every platform's oEmbed endpoint and thumbnails
  // (lib/media/embed-thumbnails.ts); unset, the platforms' own are asked.
  EMBED_OEMBED_BASE: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});

const parsed = envSchema
  .refine((env) => !env.PURGE_WEBHOOK_URL || env.PURGE_WEBHOOK_SECRET, {
    message: 'PURGE_WEBHOOK_SECRET is required with PURGE_WEBHOOK_URL',
    path: ['PURGE_WEBHOOK_SECRET'],
  })
  .safeParse(process.env);
if (!parsed.success) {
  // Fail at start with every bad variable named, rather than later with a confusing error.
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = {
  ...parsed.data,
  SITE_URL: parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`,
  MEDIA_DIR: path.resolve(parsed.data.MEDIA_DIR),
  // ':memory:' is SQLite's name for a private in-memory database (unit tests), not a file.
  DATABASE_PATH:
    parsed.data.DATABASE_PATH === ':memory:' ? ':memory:' : path.resolve(parsed.data.DATABASE_PATH),
};
