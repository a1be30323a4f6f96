// Where photos are kept, from the environment: a local folder by default (PHOTOS_DIR), or an
// S3-compatible bucket when PHOTOS_S3_BUCKET is set. README's configuration table lists the same.
import path from 'node:path';
import { z } from 'zod';
import { LocalPhotoStore, type PhotoStore } from './store';
import { S3PhotoStore, type S3PhotoStoreSettings } from './s3-store';

export type PhotoStoreSettings = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3PhotoStoreSettings);

const PhotoEnv = z.object({
  PHOTOS_DIR: z.string().min(1).default('data/photos'),
  PHOTOS_S3_BUCKET: z.string().default(''),
  PHOTOS_S3_PREFIX: z
    .string()
    .default('photos/')
    .refine((p) => p === '' || p.endsWith('/'), 'must be empty or end with /'),
  PHOTOS_S3_REGION: z.string().min(1).default('us-east-1'),
  PHOTOS_S3_ENDPOINT: z.union([z.literal(''), z.url()]).default(''),
  PHOTOS_S3_PATH_STYLE: z.enum(['true', 'false']).optional(),
});

export function photoSettingsFromEnv(env: NodeJS.ProcessEnv): PhotoStoreSettings {
  const parsed = PhotoEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (!e.PHOTOS_S3_BUCKET) return { kind: 'local', dir: path.resolve(e.PHOTOS_DIR) };
  return {
    kind: 's3',
    bucket: e.PHOTOS_S3_BUCKET,
    prefix: e.PHOTOS_S3_PREFIX,
    region: e.PHOTOS_S3_REGION,
    endpoint: e.PHOTOS_S3_ENDPOINT || undefined,
    // A self-hosted endpoint almost always wants the bucket in the path; AWS itself does not.
    forcePathStyle: e.PHOTOS_S3_PATH_STYLE ? e.PHOTOS_S3_PATH_STYLE === 'true' : Boolean(e.PHOTOS_S3_ENDPOINT),
  };
}

export function openPhotoStore(settings: PhotoStoreSettings): PhotoStore {
  if (settings.kind === 'local') return new LocalPhotoStore(settings.dir);
  const { kind: _kind, ...s3 } = settings;
  return new S3PhotoStore(s3);
}

/** The store the environment names (PHOTOS_DIR or PHOTOS_S3_*): for commands that run without a server. */
export const photoStoreFromEnv = (env: NodeJS.ProcessEnv = process.env): PhotoStore => openPhotoStore(photoSettingsFromEnv(env));
