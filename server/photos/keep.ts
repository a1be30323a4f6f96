// Keeping a photo: content address first, so the same bytes uploaded again (by anyone) reuse the
// files already stored instead of being decoded and encoded again; otherwise checked and
// re-encoded (image.ts), every variant written to the store, and only then the Photo node, so
// the graph never names a file that is not there.
import type { Graph } from '../../graph/graph';
import { photoById, recordUpload, type PhotoRecord } from '../../graph/photos';
import { encodePhoto, PHOTO_WIDTHS, type PhotoWidth } from './image';
import { photoIdOf, photoKey, type PhotoStore } from './store';

/** At most this many photos are encoded at once in this process: libvips uses every core for one. */
const ENCODES_AT_ONCE = 2;
let encoding = 0;
const waiting: (() => void)[] = [];

async function withEncodeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (encoding >= ENCODES_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  encoding++;
  try {
    return await work();
  } finally {
    encoding--;
    waiting.shift()?.();
  }
}

/** Encodes `bytes` (or finds them stored already) and writes the variants; no graph write. */
export async function storePhotoFiles(graph: Graph, store: PhotoStore, bytes: Buffer, widths: readonly PhotoWidth[] = PHOTO_WIDTHS): Promise<PhotoRecord> {
  const id = photoIdOf(bytes);
  const known = await photoById(graph, id);
  if (known && (await store.has(photoKey(id, known.variants[known.variants.length - 1]!.size)))) return known;
  const encoded = await withEncodeSlot(() => encodePhoto(bytes, widths));
  await Promise.all(encoded.variants.map((v) => store.put(photoKey(id, v.size), v.bytes, 'image/webp')));
  return {
    id,
    width: encoded.width,
    height: encoded.height,
    variants: encoded.variants.map(({ size, width, height }) => ({ size, width, height })),
  };
}

/** An upload by `memberId`: stored, then recorded as theirs. */
export async function keepUpload(graph: Graph, store: PhotoStore, memberId: string, bytes: Buffer, now: number): Promise<PhotoRecord> {
  const photo = await storePhotoFiles(graph, store, bytes);
  return recordUpload(graph, memberId, photo, now);
}
