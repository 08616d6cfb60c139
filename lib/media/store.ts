import { randomBytes } from 'node:crypto';
import { open, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { env } from '@/env';
import { EXTENSION, type ImageFormat } from './detect';
import { type CopyFormat, mediaDir } from './limits';

/** A fresh random base name: nothing of the uploader's file name reaches the disk. */
export function newMediaBase(): string {
  return randomBytes(12).toString('hex');
}

export const mainName = (base: string, format: ImageFormat) => `${base}.${EXTENSION[format]}`;
export const variantName = (base: string, width: number, format: CopyFormat) => `${base}-${width}.${format}`;

const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };
export const contentTypeOf = (name: string) => TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

/** Bytes `start`…`end` of a stored file, both included (HTTP's convention). */
export type ByteRange = { start: number; end: number };

/**
 * Where uploaded files live. Names are generated and never reused, so a stored file never
 * changes: stores write once and readers may cache forever.
 */
export interface MediaStore {
  write(files: { name: string; data: Buffer }[]): Promise<void>;
  remove(names: string[]): Promise<void>;
  /** The file's size, or null when there is no such file. */
  size(name: string): Promise<number | null>;
  /** The whole file or one range of it, or null when there is no such file. */
  read(name: string, range?: ByteRange): Promise<Buffer | null>;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A folder on this machine (MEDIA_DIR), or one mounted by every instance (NFS and the like). */
export class LocalMediaStore implements MediaStore {
  constructor(private readonly dir: () => string = mediaDir) {}

  /** Writes new files only ('wx'), so an existing upload is never overwritten. */
  async write(files: { name: string; data: Buffer }[]): Promise<void> {
    const dir = this.dir();
    await mkdir(dir, { recursive: true });
    for (const file of files) await writeFile(path.join(dir, file.name), file.data, { flag: 'wx' });
  }

  async remove(names: string[]): Promise<void> {
    const dir = this.dir();
    await Promise.all(names.map((name) => rm(path.join(dir, name), { force: true })));
  }

  async size(name: string): Promise<number | null> {
    try {
      return (await stat(path.join(this.dir(), name))).size;
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  async read(name: string, range?: ByteRange): Promise<Buffer | null> {
    let file;
    try {
      file = await open(path.join(this.dir(), name), 'r');
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
    try {
      if (!range) return await file.readFile();
      const buffer = Buffer.alloc(range.end - range.start + 1);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, range.start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }
}

export type S3Settings = {
  bucket: string;
  prefix?: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
};

const notFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/** An S3-compatible bucket (AWS, MinIO, Ceph, R2, …), shared by every instance. */
export class S3MediaStore implements MediaStore {
  readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  }

  private key(name: string) {
    return `${this.settings.prefix ?? ''}${name}`;
  }

  async write(files: { name: string; data: Buffer }[]): Promise<void> {
    for (const file of files) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.key(file.name),
          Body: file.data,
          ContentType: contentTypeOf(file.name),
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
    }
  }

  async remove(names: string[]): Promise<void> {
    if (!names.length) return;
    await this.client.send(
      new DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: names.map((name) => ({ Key: this.key(name) })), Quiet: true } }),
    );
  }

  async size(name: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(name) }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  async read(name: string, range?: ByteRange): Promise<Buffer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.key(name),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }
}

let configured: MediaStore | null = null;

/** The store the environment asks for: the S3 bucket when MEDIA_S3_BUCKET is set, else MEDIA_DIR. */
export function mediaStore(): MediaStore {
  configured ??= env.MEDIA_S3_BUCKET
    ? new S3MediaStore({
        bucket: env.MEDIA_S3_BUCKET,
        prefix: env.MEDIA_S3_PREFIX,
        endpoint: env.MEDIA_S3_ENDPOINT,
        region: env.MEDIA_S3_REGION,
        forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE === '1',
        accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID,
        secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY,
      })
    : new LocalMediaStore();
  return configured;
}

/** Stores an upload's files; if one fails, none is left behind. */
export async function writeMediaFiles(files: { name: string; data: Buffer }[]): Promise<void> {
  try {
    await mediaStore().write(files);
  } catch (error) {
    await removeMediaFiles(files.map((file) => file.name)).catch(() => {});
    throw error;
  }
}

export async function removeMediaFiles(names: string[]): Promise<void> {
  await mediaStore().remove(names);
}
