// Where photo files live, behind one small interface: a folder on local disk (the default, under
// the data folder) or an S3-compatible bucket (s3-store.ts) when several servers must see the
// same files. Files are content-addressed: a photo's id is the SHA-256 of the bytes that were
// uploaded, and each stored variant's key is `<id>/<width>.webp`. The same upload twice is the
// same photo, stored once; a key never changes what it holds, so it can be cached forever.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PHOTO_WIDTHS, type PhotoWidth } from './image';

export interface PhotoStore {
  /** A short name for logs and docs ("local /srv/data/photos", "s3 bucket/prefix"). */
  readonly description: string;
  /** Writes a file under `key`; writing the same key again is harmless (same content). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`, or undefined when there are none. */
  get(key: string): Promise<Buffer | undefined>;
  /** Whether `key` holds a file. */
  has(key: string): Promise<boolean>;
}

/** A photo's id: hex SHA-256 of the uploaded bytes. */
export const photoIdOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export const PHOTO_ID = /^[0-9a-f]{64}$/;

export const isPhotoWidth = (n: number): n is PhotoWidth => (PHOTO_WIDTHS as readonly number[]).includes(n);

/** The store key of one variant of a photo. */
export const photoKey = (photoId: string, width: PhotoWidth): string => `${photoId}/${width}.webp`;

/** The URL the server answers a variant at (photo-routes.ts), relative to the site. */
export const photoUrl = (photoId: string, width: PhotoWidth): string => `/photos/${photoKey(photoId, width)}`;

/**
 * The WebP bytes of a stored photo at one of its widths, or undefined when the photo or that
 * width is not stored. For anything that draws with a photo (the share poster, an e-mail).
 */
export function readPhoto(store: PhotoStore, photoId: string, width: PhotoWidth): Promise<Buffer | undefined> {
  if (!PHOTO_ID.test(photoId) || !isPhotoWidth(width)) return Promise.resolve(undefined);
  return store.get(photoKey(photoId, width));
}

/** Files in a folder: `<dir>/<first two hex digits>/<id>/<width>.webp`, so no folder holds millions. */
export class LocalPhotoStore implements PhotoStore {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `local ${dir}`;
  }

  private fileOf(key: string): string {
    // Keys are made by photoKey from a checked id; refuse anything else rather than escape the folder.
    if (!/^[0-9a-f]{64}\/[0-9]+\.webp$/.test(key)) throw new Error(`not a photo key: ${key}`);
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed: a reader never sees half a file, and two servers writing the
    // same key leave one whole copy of identical bytes.
    const partial = `${file}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, bytes);
    await rename(partial, file);
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.fileOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(key))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }
}
