// Photo files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2, Aliyun OSS in S3
// mode…), for several servers behind a load balancer: each server reads and writes the same
// bucket, and the server still answers /photos/… itself (same origin, same caching headers), so
// nothing about the web app changes. Credentials come the AWS SDK's usual way (AWS_ACCESS_KEY_ID
// and AWS_SECRET_ACCESS_KEY, a profile, an instance role); they are never part of our config.
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { PhotoStore } from './store';

export interface S3PhotoStoreSettings {
  bucket: string;
  /** Key prefix inside the bucket ("" or ending in "/"). */
  prefix: string;
  region: string;
  /** For a non-AWS server, e.g. http://127.0.0.1:9000; absent = AWS itself. */
  endpoint?: string;
  /** Bucket in the path, not the host name: what most self-hosted servers want. */
  forcePathStyle: boolean;
  /** Explicit credentials (tests); absent = the SDK's default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const isMissing = (err: unknown) =>
  err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404);

export class S3PhotoStore implements PhotoStore {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly settings: S3PhotoStoreSettings) {
    this.description = `s3 ${settings.bucket}/${settings.prefix}${settings.endpoint ? ` at ${settings.endpoint}` : ''}`;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
    });
  }

  private keyOf(key: string): string {
    return `${this.settings.prefix}${key}`;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.keyOf(key),
        Body: bytes,
        ContentType: contentType,
        // For a CDN or browser that reads the bucket directly: the same promise the server makes.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
      if (!answer.Body) return undefined;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
