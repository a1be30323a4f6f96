// How many photos each thing may show, and in what order. A product's first photo is its cover
// (cards, the share poster); six cover the angles a buyer asks about without a page of
// near-duplicates. A recommendation's photos are the recommender's first-hand proof of what
// arrived (as on Xiaohongshu and Taobao reviews): four is enough to show the parcel, the thing,
// a detail and it in use.
export const MAX_PRODUCT_PHOTOS = 6;
export const MAX_RECOMMENDATION_PHOTOS = 4;

/** The first id that appears twice in `ids`, if any: a photo is shown once in a gallery. */
export function repeatedPhoto(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}
