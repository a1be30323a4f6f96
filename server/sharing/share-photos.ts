// The photos the share poster and preview cards draw (sharing/routes.ts): a product's cover and
// a member's avatar, read from the photo store at the smallest stored width that fills the
// poster's panel sharply (or the largest there is, for a photo uploaded smaller).
import type { Graph } from '../../graph/graph';
import { memberByHandle } from '../../graph/members';
import { memberAvatarPhotoId, photoById, productCoverPhotoId } from '../../graph/photos';
import { readPhoto, type PhotoStore } from '../photos/store';
import type { SharePhotos } from './routes';

/** The poster is 900 px wide; its cover panel and the 1200 px preview cards take the next width up. */
const COVER_WIDTH = 1280;
/** Avatars are drawn at most 160 px across. */
const AVATAR_WIDTH = 320;

export function sharePhotosFrom(graph: Graph, store: PhotoStore): SharePhotos {
  const bytesOf = async (photoId: string | undefined, wanted: number): Promise<Buffer | undefined> => {
    if (!photoId) return undefined;
    const photo = await photoById(graph, photoId);
    const variants = photo?.variants ?? [];
    const variant = variants.find((v) => v.size >= wanted) ?? variants[variants.length - 1];
    return variant ? readPhoto(store, photoId, variant.size) : undefined;
  };
  return {
    productCover: async (productId) => bytesOf(await productCoverPhotoId(graph, productId), COVER_WIDTH),
    memberAvatar: async (handle) => {
      const member = await memberByHandle(graph, handle);
      return bytesOf(member ? await memberAvatarPhotoId(graph, member.id) : undefined, AVATAR_WIDTH);
    },
  };
}
