// The demo market's photos: drawn (demo-art.ts), rendered and re-encoded by the same code as a
// member's upload (server/photos/keep.ts), written to the configured photo store, and attached in
// one write per kind. Every product gets a cover and every third a second angle; two members in
// three an avatar; every fourth recommendation a photo of the parcel as it arrived. Drawn at
// 640 px (two stored widths, not three) and two at a time: 326 photos in 22 s on two cores that
// were busy with other work (load average 17), so well under that on a quiet machine.
import neo4j from 'neo4j-driver';
import sharp from 'sharp';
import type { Graph } from '../../graph/graph';
import type { PhotoRecord } from '../../graph/photos';
import { storePhotoFiles } from '../photos/keep';
import type { PhotoStore } from '../photos/store';
import { avatarArt, parcelArt, productArt } from './demo-art';
import type { DemoPlan } from './plan-types';

interface Attachment {
  ownerId: string;
  uploaderId: string;
  position: number;
  svg: string;
  /** Drawn this size; stored at the widths that fit. */
  scale: number;
}

/** Runs `work` on every item, `parallel` at a time, keeping the order of the results. */
async function mapLimited<T, R>(items: readonly T[], parallel: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const k = next++;
        results[k] = await work(items[k]!);
      }
    }),
  );
  return results;
}

async function render(graph: Graph, store: PhotoStore, a: Attachment): Promise<PhotoRecord> {
  const png = await sharp(Buffer.from(a.svg), { density: 72 * a.scale }).png().toBuffer();
  return storePhotoFiles(graph, store, png, [320, 640]);
}

function plannedAttachments(plan: DemoPlan): { products: Attachment[]; avatars: Attachment[]; recommendations: Attachment[] } {
  const productById = new Map(plan.products.map((p) => [p.id, p]));
  const products = plan.products.flatMap((p, k) =>
    ([0, 1] as const)
      .filter((view) => view === 0 || k % 3 === 0)
      .map((view) => ({ ownerId: p.id, uploaderId: p.supplierId, position: view, svg: productArt(p, view), scale: 2 / 3 })),
  );
  const avatars = plan.members
    .filter((_m, k) => k % 3 !== 2)
    .map((m) => ({ ownerId: m.id, uploaderId: m.id, position: 0, svg: avatarArt(m), scale: 1 }));
  const recommendations = plan.recommendations
    .filter((_r, k) => k % 4 === 0)
    .map((r) => ({ ownerId: r.id, uploaderId: r.authorId, position: 0, svg: parcelArt(r, productById.get(r.productId)!), scale: 2 / 3 }));
  return { products, avatars, recommendations };
}

const PHOTO_ROWS = `UNWIND $rows AS row
  MERGE (p:Photo {id: row.photo.id})
    ON CREATE SET p.width = row.photo.width, p.height = row.photo.height, p.sizes = row.photo.sizes,
                  p.widths = row.photo.widths, p.heights = row.photo.heights, p.createdAt = $now, p.seedRun = $seedRun
  WITH row, p
  MATCH (u:Member {id: row.uploaderId})
  MERGE (u)-[up:UPLOADED]->(p) ON CREATE SET up.at = $now
  WITH row, p`;

function rowsOf(attachments: Attachment[], photos: PhotoRecord[]) {
  return attachments.map((a, k) => {
    const p = photos[k]!;
    return {
      ownerId: a.ownerId,
      uploaderId: a.uploaderId,
      position: neo4j.int(a.position),
      photo: {
        id: p.id,
        width: neo4j.int(p.width),
        height: neo4j.int(p.height),
        sizes: p.variants.map((v) => neo4j.int(v.size)),
        widths: p.variants.map((v) => neo4j.int(v.width)),
        heights: p.variants.map((v) => neo4j.int(v.height)),
      },
    };
  });
}

/** Draws, stores and attaches the demo photos; returns how many photos were attached. */
export async function writeDemoPhotos(graph: Graph, plan: DemoPlan, store: PhotoStore, seedRun: string, now: number): Promise<number> {
  const planned = plannedAttachments(plan);
  const params = { seedRun, now: neo4j.int(now) };
  const photosOf = (list: Attachment[]) => mapLimited(list, 2, (a) => render(graph, store, a));
  const [products, avatars, recommendations] = [
    rowsOf(planned.products, await photosOf(planned.products)),
    rowsOf(planned.avatars, await photosOf(planned.avatars)),
    rowsOf(planned.recommendations, await photosOf(planned.recommendations)),
  ];
  await graph.write(async (tx) => {
    await tx.run(`${PHOTO_ROWS} MATCH (o:Product {id: row.ownerId}) CREATE (o)-[:HAS_PHOTO {position: row.position}]->(p)`, { ...params, rows: products });
    await tx.run(`${PHOTO_ROWS} MATCH (o:Recommendation {id: row.ownerId}) CREATE (o)-[:HAS_PHOTO {position: row.position}]->(p)`, {
      ...params,
      rows: recommendations,
    });
    await tx.run(`${PHOTO_ROWS} MATCH (m:Member {id: row.ownerId}) CREATE (m)-[:HAS_AVATAR]->(p)`, { ...params, rows: avatars });
  });
  return products.length + avatars.length + recommendations.length;
}
