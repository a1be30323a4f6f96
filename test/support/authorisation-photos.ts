// Authorisation matrix, photos: a product's photos are its supplier's to set, a recommendation's
// its author's, an avatar the member's own. Each actor tries with a photo they uploaded
// themselves, so what decides is who they are, not whose photo it is (that rule has its own
// tests in photos.test.ts). Anonymous callers cannot upload: they try with an empty list.
import { createProduct } from './factories';
import { uploadedPhotoId } from './photos';
import { A, F, SIGNED_IN, U, type Actor, type Row, type World } from './authorisation-matrix';
import { freshRecommendation } from './authorisation-world';

/** A photo the actor (or `owner` playing the owner) uploaded; none for anonymous. */
async function photosOf(world: World, actor: Actor, owner?: { token: string }): Promise<string[]> {
  if (actor === 'anonymous') return [];
  const token = actor === 'owner' ? (owner ?? world.members.owner).token : world.members[actor].token;
  return [await uploadedPhotoId(world.server.url, token)];
}

export const photoRows: Row[] = [
  {
    operation: 'Mutation.setProductPhotos',
    document: 'mutation ($p: ID!, $ids: [ID!]!) { setProductPhotos(productId: $p, photoIds: $ids) { id photos { id } } }',
    expected: [U, F, F, A, F, F],
    prepare: async (world, actor) => {
      const product = await createProduct(world.server.graph, world.members.supplier.id, { now: world.server.clock.now() });
      return { watch: [product.id], variables: { p: product.id, ids: await photosOf(world, actor) } };
    },
    reveal: (d, attempt) => d?.setProductPhotos?.photos[0]?.id === (attempt.variables.ids as string[])[0],
  },
  {
    operation: 'Mutation.setRecommendationPhotos',
    document: 'mutation ($r: ID!, $ids: [ID!]!) { setRecommendationPhotos(recommendationId: $r, photoIds: $ids) { id photos { id } } }',
    expected: [U, A, F, F, F, F],
    prepare: async (world, actor) => {
      const { author, rec } = await freshRecommendation(world);
      return { owner: author, watch: [author.id, rec.id], variables: { r: rec.id, ids: await photosOf(world, actor, author) } };
    },
    reveal: (d, attempt) => d?.setRecommendationPhotos?.photos[0]?.id === (attempt.variables.ids as string[])[0],
  },
  {
    operation: 'Mutation.setAvatar',
    document: 'mutation ($id: ID) { setAvatar(photoId: $id) { id avatar { id } } }',
    expected: SIGNED_IN,
    prepare: async (world, actor) => ({ variables: { id: (await photosOf(world, actor))[0] ?? null } }),
    reveal: (d, attempt) => d?.setAvatar?.avatar?.id === attempt.variables.id,
  },
];
