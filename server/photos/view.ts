// A photo as clients see it, the same in the upload's answer and in GraphQL's `Photo`.
import type { PhotoRecord } from '../../graph/photos';
import { photoUrl } from './store';

export interface PhotoView {
  id: string;
  width: number;
  height: number;
  url: string;
  srcset: string;
  variants: { width: number; height: number; url: string }[];
}

export const largestUrl = (p: PhotoRecord): string => photoUrl(p.id, p.variants[p.variants.length - 1]!.size);

export const srcsetOf = (p: PhotoRecord): string => p.variants.map((v) => `${photoUrl(p.id, v.size)} ${v.width}w`).join(', ');

export const variantsOf = (p: PhotoRecord): PhotoView['variants'] =>
  p.variants.map((v) => ({ width: v.width, height: v.height, url: photoUrl(p.id, v.size) }));

export const photoView = (p: PhotoRecord): PhotoView => ({
  id: p.id,
  width: p.width,
  height: p.height,
  url: largestUrl(p),
  srcset: srcsetOf(p),
  variants: variantsOf(p),
});
