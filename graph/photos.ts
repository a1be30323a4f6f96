// Photos: (:Member)-[:UPLOADED {at}]->(:Photo), attached in order by
// (:Product|Recommendation)-[:HAS_PHOTO {position}]->(:Photo) and (:Member)-[:HAS_AVATAR]->(:Photo).
// A Photo node is its content address (SHA-256 of the uploaded bytes) and the sizes of its stored
// variants; the files themselves are in the photo store (server/photos/store.ts). The same bytes
// uploaded by two members are one Photo with two UPLOADED edges, and a member may attach only a
// photo they uploaded themselves, so nobody can put someone else's picture on their product.
import { forbidden, notFound } from '../server/errors';
import type { PhotoWidth } from '../server/photos/image';
import type { Graph, Tx } from './graph';
import { run } from './write-support';

export interface PhotoRecord {
  id: string;
  /** Upright size of the largest stored variant. */
  width: number;
  height: number;
  /** Stored variants, smallest first: nominal width (the store key) and actual size. */
  variants: { size: PhotoWidth; width: number; height: number }[];
}

interface StoredPhoto {
  id: string;
  width: number;
  height: number;
  sizes: number[];
  widths: number[];
  heights: number[];
}

const photoFields = (p: string) => `${p} { .id, .width, .height, .sizes, .widths, .heights }`;

function toRecord(p: StoredPhoto): PhotoRecord {
  return {
    id: p.id,
    width: p.width,
    height: p.height,
    variants: p.sizes.map((size, k) => ({ size: size as PhotoWidth, width: p.widths[k]!, height: p.heights[k]! })),
  };
}

/** The photo stored under `id`, or undefined: an upload of the same bytes skips re-encoding. */
export async function photoById(graph: Graph, id: string): Promise<PhotoRecord | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run(`MATCH (p:Photo {id: $id}) RETURN ${photoFields('p')} AS photo`, { id });
    const row = result.records[0]?.get('photo') as StoredPhoto | undefined;
    return row ? toRecord(row) : undefined;
  });
}

/** Records that `memberId` uploaded `photo` (its files are already stored); idempotent. */
export async function recordUpload(graph: Graph, memberId: string, photo: PhotoRecord, now: number): Promise<PhotoRecord> {
  const stored = await graph.write(
    async (tx) => {
      const result = await run(
        tx,
        `MATCH (m:Member {id: $memberId})
         MERGE (p:Photo {id: $id})
           ON CREATE SET p.width = $width, p.height = $height, p.sizes = $sizes, p.widths = $widths, p.heights = $heights, p.createdAt = $now
         MERGE (m)-[u:UPLOADED]->(p)
           ON CREATE SET u.at = $now
         RETURN ${photoFields('p')} AS photo`,
        {
          memberId,
          id: photo.id,
          width: photo.width,
          height: photo.height,
          sizes: photo.variants.map((v) => v.size),
          widths: photo.variants.map((v) => v.width),
          heights: photo.variants.map((v) => v.height),
          now,
        },
      );
      return result.records[0]?.get('photo') as StoredPhoto | undefined;
    },
    { changes: [] },
  );
  if (!stored) throw notFound('Your member account'); // the session outlived its member
  return toRecord(stored);
}

const notYours = () => forbidden('You can attach only photos you uploaded yourself.');

/** Refuses unless `memberId` uploaded every photo of `photoIds` (an unknown id is refused alike). */
async function requireUploadedBy(tx: Tx, memberId: string, photoIds: readonly string[]): Promise<void> {
  if (photoIds.length === 0) return;
  const result = await tx.run(
    `MATCH (:Member {id: $memberId})-[:UPLOADED]->(p:Photo) WHERE p.id IN $photoIds RETURN count(DISTINCT p) AS mine`,
    { memberId, photoIds },
  );
  if (Number(result.records[0]?.get('mine') ?? 0) !== new Set(photoIds).size) throw notYours();
}

/** Replaces the ordered photos of a node (label from a fixed set) with `photoIds`. */
async function replacePhotos(tx: Tx, label: 'Product' | 'Recommendation', ownerId: string, photoIds: readonly string[], now: number): Promise<void> {
  await run(
    tx,
    `MATCH (o:${label} {id: $ownerId})
     OPTIONAL MATCH (o)-[old:HAS_PHOTO]->(:Photo)
     DELETE old
     WITH DISTINCT o
     SET o.updatedAt = $now
     WITH o
     UNWIND range(0, size($photoIds) - 1) AS position
     MATCH (p:Photo {id: $photoIds[position]})
     CREATE (o)-[:HAS_PHOTO {position: position}]->(p)`,
    { ownerId, photoIds, now },
  );
}

/** What owns a gallery, who may set it, and how each refusal reads. Fixed fragments, no values. */
const GALLERIES = {
  Product: {
    owner: 'MATCH (m:Member)-[:SUPPLIES]->(:Product {id: $id}) RETURN m.id AS ownerId',
    missing: () => notFound('That product'),
    notOwner: () => forbidden('Only the supplier who lists this product can edit it.'),
  },
  Recommendation: {
    owner: 'MATCH (m:Member)-[:RECOMMENDS]->(:Recommendation {id: $id}) RETURN m.id AS ownerId',
    missing: () => notFound('Recommendation'),
    notOwner: () => forbidden('Only the author can edit this recommendation.'),
  },
} as const;

/** Sets the photos of a gallery in order, as its owner, from the owner's own uploads. */
function setGallery(graph: Graph, label: keyof typeof GALLERIES, callerId: string, id: string, photoIds: readonly string[], now: number): Promise<void> {
  const gallery = GALLERIES[label];
  return graph.write(
    async (tx) => {
      const owner = await tx.run(gallery.owner, { id });
      const ownerId = owner.records[0]?.get('ownerId') as string | undefined;
      if (!ownerId) throw gallery.missing();
      if (ownerId !== callerId) throw gallery.notOwner();
      await requireUploadedBy(tx, callerId, photoIds);
      await replacePhotos(tx, label, id, photoIds, now);
    },
    { changes: [] },
  );
}

/** Sets a product's photos in order (the first is the cover). Only the supplier who lists it. */
export const setProductPhotos = (graph: Graph, supplierId: string, productId: string, photoIds: readonly string[], now: number) =>
  setGallery(graph, 'Product', supplierId, productId, photoIds, now);

/**
 * Sets a recommendation's photos in order. Only its author. Not revision-tracked like the text:
 * photos are proof added after the fact, not a change of verdict.
 */
export const setRecommendationPhotos = (graph: Graph, authorId: string, recommendationId: string, photoIds: readonly string[], now: number) =>
  setGallery(graph, 'Recommendation', authorId, recommendationId, photoIds, now);

/** Sets (or, with null, removes) a member's own avatar. */
export function setAvatar(graph: Graph, memberId: string, photoId: string | null): Promise<void> {
  // Avatars show on the leaderboard: its cached pages must drop (declared as a 'boards' write).
  return graph.write(
    async (tx) => {
      const member = await tx.run('MATCH (m:Member {id: $memberId}) RETURN m.id AS id', { memberId });
      if (!member.records[0]) throw notFound('Your member account');
      if (photoId !== null) await requireUploadedBy(tx, memberId, [photoId]);
      await tx.run(
        `MATCH (m:Member {id: $memberId})
         OPTIONAL MATCH (m)-[old:HAS_AVATAR]->(:Photo)
         DELETE old
         WITH DISTINCT m
         OPTIONAL MATCH (p:Photo {id: $photoId})
         FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (m)-[:HAS_AVATAR]->(p))`,
        { memberId, photoId },
      );
    },
    { changes: ['boards'] },
  );
}

/** The ordered photos of each product or recommendation of `ids` (batched for a DataLoader). */
export function photosOf(graph: Graph, label: 'Product' | 'Recommendation', ids: readonly string[]): Promise<PhotoRecord[][]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS id
       MATCH (o:${label} {id: id})-[h:HAS_PHOTO]->(p:Photo)
       WITH id, h.position AS position, p ORDER BY position
       RETURN id, collect(${photoFields('p')}) AS photos`,
      { ids },
    );
    const byOwner = new Map(result.records.map((r) => [r.get('id') as string, (r.get('photos') as StoredPhoto[]).map(toRecord)]));
    return ids.map((id) => byOwner.get(id) ?? []);
  });
}

/** Each member's avatar of `memberIds`, or null (batched for a DataLoader). */
export function avatarsOf(graph: Graph, memberIds: readonly string[]): Promise<(PhotoRecord | null)[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $memberIds AS id
       MATCH (:Member {id: id})-[:HAS_AVATAR]->(p:Photo)
       RETURN id, ${photoFields('p')} AS photo`,
      { memberIds },
    );
    const byMember = new Map(result.records.map((r) => [r.get('id') as string, toRecord(r.get('photo') as StoredPhoto)]));
    return memberIds.map((id) => byMember.get(id) ?? null);
  });
}

/** The id of a product's cover photo (its first), or undefined: for the share poster. */
export async function productCoverPhotoId(graph: Graph, productId: string): Promise<string | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run('MATCH (:Product {id: $productId})-[:HAS_PHOTO {position: 0}]->(p:Photo) RETURN p.id AS id', { productId });
    return (result.records[0]?.get('id') as string | undefined) ?? undefined;
  });
}

/** The id of a member's avatar photo, or undefined: for the share poster. */
export async function memberAvatarPhotoId(graph: Graph, memberId: string): Promise<string | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run('MATCH (:Member {id: $memberId})-[:HAS_AVATAR]->(p:Photo) RETURN p.id AS id', { memberId });
    return (result.records[0]?.get('id') as string | undefined) ?? undefined;
  });
}
