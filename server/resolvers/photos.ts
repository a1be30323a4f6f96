// Photos: attaching uploaded photos to products, recommendations and a member's avatar, and
// reading them back through per-request DataLoaders. Uploading is not GraphQL: see
// server/photos/upload-route.ts.
import { z } from 'zod';
import type { MemberResolvers, MutationResolvers, PhotoResolvers, ProductResolvers, RecommendationResolvers } from '../generated/graphql';
import * as photos from '../../graph/photos';
import { requireRole, requireViewer } from '../auth/guards';
import { id, validate } from '../validation';
import { MAX_PRODUCT_PHOTOS, MAX_RECOMMENDATION_PHOTOS, repeatedPhoto } from '../domain/photo-policy';
import { PHOTO_ID } from '../photos/store';
import { largestUrl, srcsetOf, variantsOf } from '../photos/view';
import { notFound } from '../errors';

const photoId = z.string().regex(PHOTO_ID, 'is not a valid photo id');
const photoList = (max: number) =>
  z
    .array(photoId)
    .max(max, `at most ${max} photos`)
    .refine((ids) => repeatedPhoto(ids) === undefined, 'must not name the same photo twice');

const productPhotosInput = z.object({ productId: id, photoIds: photoList(MAX_PRODUCT_PHOTOS) });
const recommendationPhotosInput = z.object({ recommendationId: id, photoIds: photoList(MAX_RECOMMENDATION_PHOTOS) });
const avatarInput = z.object({ photoId: photoId.nullable() });

export const photoMutations: Pick<MutationResolvers, 'setProductPhotos' | 'setRecommendationPhotos' | 'setAvatar'> = {
  setProductPhotos: async (_parent, args, ctx) => {
    const supplier = requireRole(ctx, 'SUPPLIER');
    const input = validate(productPhotosInput, args);
    await photos.setProductPhotos(ctx.graph, supplier.id, input.productId, input.photoIds, ctx.clock.now().getTime());
    const product = await ctx.loaders.productById.load(input.productId);
    if (!product) throw notFound('That product');
    return product;
  },
  setRecommendationPhotos: async (_parent, args, ctx) => {
    const author = requireViewer(ctx);
    const input = validate(recommendationPhotosInput, args);
    await photos.setRecommendationPhotos(ctx.graph, author.id, input.recommendationId, input.photoIds, ctx.clock.now().getTime());
    const recommendation = await ctx.loaders.recommendationById.load(input.recommendationId);
    if (!recommendation) throw notFound('Recommendation');
    return recommendation;
  },
  setAvatar: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const input = validate(avatarInput, { photoId: args.photoId ?? null });
    await photos.setAvatar(ctx.graph, viewer.id, input.photoId);
    const member = await ctx.loaders.memberById.load(viewer.id);
    if (!member) throw notFound('Your member account');
    return member;
  },
};

export const Photo: PhotoResolvers = {
  url: largestUrl,
  srcset: srcsetOf,
  variants: variantsOf,
};

export const productPhotoFields: Pick<ProductResolvers, 'photos' | 'coverPhoto'> = {
  photos: (p, _args, ctx) => ctx.loaders.productPhotos.load(p.id),
  coverPhoto: async (p, _args, ctx) => (await ctx.loaders.productPhotos.load(p.id))[0] ?? null,
};

export const recommendationPhotoFields: Pick<RecommendationResolvers, 'photos'> = {
  photos: (r, _args, ctx) => ctx.loaders.recommendationPhotos.load(r.id),
};

export const memberPhotoFields: Pick<MemberResolvers, 'avatar'> = {
  avatar: (m, _args, ctx) => ctx.loaders.avatar.load(m.id),
};
