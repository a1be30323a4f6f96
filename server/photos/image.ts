// What becomes of an uploaded image: its type is read from its bytes by libvips (sharp), never
// from the file name or the Content-Type a client claims; its size and pixel count are bounded
// before it is decoded; then it is turned upright (EXIF orientation) and re-encoded as WebP at a
// few widths. Re-encoding keeps no metadata at all: EXIF (GPS, camera serials), XMP, IPTC and
// colour profiles other than sRGB go, so a photo of a parcel on a doorstep does not tell where the
// doorstep is. The output is a new file written by us, so a crafted upload (a polyglot, a
// decompression bomb, a script hidden in a comment) never reaches another member's browser.
//
// No I/O here: bytes in, bytes out, or a PhotoRefusal that the upload route turns into the
// API's error shape.
import sharp, { type Metadata } from 'sharp';

/** Largest upload accepted, in bytes (a phone's full-size JPEG is 2–8 MB). */
export const MAX_PHOTO_BYTES = 12 * 1024 * 1024;
/** Most pixels an upload may have (about a 48-megapixel phone camera), checked before decoding. */
export const MAX_PHOTO_PIXELS = 50_000_000;
/** The widths each photo is stored at (never enlarged): a card, a phone-wide view, a desktop gallery. Ascending. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];
/** Formats accepted on upload, as libvips names them after reading the bytes. */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif']);
/** WebP at this quality is about a third of the JPEG a phone makes, with no visible loss on a screen. */
const WEBP_QUALITY = 78;

export type PhotoRefusalKind = 'NOT_AN_IMAGE' | 'UNSUPPORTED_TYPE' | 'TOO_BIG' | 'TOO_MANY_PIXELS';

export class PhotoRefusal extends Error {
  constructor(
    readonly kind: PhotoRefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoRefusal';
  }
}

export const tooBig = () =>
  new PhotoRefusal('TOO_BIG', `This photo is too large: the limit is ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`);

export interface PhotoVariant {
  /** The nominal width it is stored under (a key in the store). */
  size: PhotoWidth;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface EncodedPhoto {
  /** Upright dimensions of the largest variant. */
  width: number;
  height: number;
  /** Smallest first. */
  variants: PhotoVariant[];
}

/** The upright size of `bytes` after reading their header, or a refusal. */
async function sniff(bytes: Buffer): Promise<{ width: number; height: number }> {
  let meta: Metadata;
  try {
    // The header only: nothing is decoded yet, so a bomb is refused before it explodes.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw notAnImage();
  }
  // HEIF with AV1 inside is AVIF; other HEIF (HEIC from iPhones) needs a codec we do not ship.
  const format = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : meta.format;
  if (!ACCEPTED.has(format ?? '')) {
    throw new PhotoRefusal('UNSUPPORTED_TYPE', 'This type of file is not accepted: upload a JPEG, PNG, WebP or AVIF photo.');
  }
  const { width = 0, height = 0 } = meta.autoOrient ?? meta;
  if (width <= 0 || height <= 0) throw notAnImage();
  if (width * height > MAX_PHOTO_PIXELS) {
    throw new PhotoRefusal('TOO_MANY_PIXELS', `This photo has too many pixels: the limit is ${MAX_PHOTO_PIXELS / 1_000_000} megapixels.`);
  }
  return { width, height };
}

const notAnImage = () => new PhotoRefusal('NOT_AN_IMAGE', 'This file is not an image we can read: upload a JPEG, PNG, WebP or AVIF photo.');

/**
 * Checks and re-encodes an upload: upright, metadata stripped, WebP at each of `widths` not
 * wider than the image (at least one variant, at the image's own width when it is narrower).
 */
export async function encodePhoto(bytes: Buffer, widths: readonly PhotoWidth[] = PHOTO_WIDTHS): Promise<EncodedPhoto> {
  if (bytes.length > MAX_PHOTO_BYTES) throw tooBig();
  const upright = await sniff(bytes);
  // Every width up to the first that reaches the image's own; that one is stored at the image's
  // width (1200 wide: 320, 640 and 1200 under the name 1280), so nothing is enlarged and the
  // largest file keeps all the detail there is.
  const sizes = widths.filter((_w, k) => k === 0 || widths[k - 1]! < upright.width);
  const variants: PhotoVariant[] = [];
  for (const size of sizes) {
    try {
      // Each width decodes the upload again: JPEG and WebP shrink while decoding, which is faster
      // and holds far less memory than one full-size decode shared by all. `failOn: 'error'`
      // refuses a truncated or corrupt file instead of encoding a half-grey picture.
      const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: Math.min(size, upright.width), withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ size, width: info.width, height: info.height, bytes: data });
    } catch {
      throw notAnImage();
    }
  }
  const largest = variants[variants.length - 1]!;
  return { width: largest.width, height: largest.height, variants };
}
