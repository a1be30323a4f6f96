// Attaching photos through the GraphQL API: a product's up to 6 in the supplier's order (the first
// is the cover), a recommendation's up to 4 of what arrived, a member's avatar; only photos the
// caller uploaded; the reads other features build on (the cover's id, the stored bytes).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { recommend } from '../support/commerce';
import { uploadedPhotoId } from '../support/photos';
import { ApiClient } from '../support/graphql-client';
import { memberAvatarPhotoId, productCoverPhotoId } from '../../graph/photos';

let server: TestServer;
let supplier: TestMember;
let shopper: TestMember;
let product: TestProduct;
beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  shopper = await createMember(server.graph, server.url);
  product = await createProduct(server.graph, supplier.id);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const SET_PRODUCT = 'mutation ($p: ID!, $ids: [ID!]!) { setProductPhotos(productId: $p, photoIds: $ids) { id photos { id } coverPhoto { id url srcset width height } } }';
const SET_REC = 'mutation ($r: ID!, $ids: [ID!]!) { setRecommendationPhotos(recommendationId: $r, photoIds: $ids) { id photos { id } } }';
const SET_AVATAR = 'mutation ($id: ID) { setAvatar(photoId: $id) { id avatar { id url } } }';

const uploads = (member: TestMember, n: number) => Promise.all(Array.from({ length: n }, () => uploadedPhotoId(server.url, member.token)));

describe('product photos', () => {
  test('up to six, in the order given, the first as the cover; read back by anyone, also on lists', async () => {
    const ids = await uploads(supplier, 6);
    const answer = await supplier.api.ok<{ setProductPhotos: { photos: { id: string }[]; coverPhoto: { id: string; url: string; srcset: string } } }>(SET_PRODUCT, {
      p: product.id,
      ids,
    });
    expect(answer.setProductPhotos.photos.map((p) => p.id)).toEqual(ids);
    expect(answer.setProductPhotos.coverPhoto.id).toBe(ids[0]);
    expect(answer.setProductPhotos.coverPhoto.srcset).toContain(`/photos/${ids[0]}/320.webp 320w`);
    const reordered = [ids[3]!, ids[0]!, ids[5]!];
    await supplier.api.ok(SET_PRODUCT, { p: product.id, ids: reordered });
    const anonymous = await new ApiClient(server.url).ok<{
      product: { photos: { id: string }[] };
      products: { edges: { node: { id: string; coverPhoto: { id: string } | null } }[] };
    }>('query ($p: ID!, $s: ID!) { product(id: $p) { photos { id } } products(supplierId: $s) { edges { node { id coverPhoto { id } } } } }', {
      p: product.id,
      s: supplier.id,
    });
    expect(anonymous.product.photos.map((p) => p.id)).toEqual(reordered);
    expect(anonymous.products.edges.find((e) => e.node.id === product.id)?.node.coverPhoto?.id).toBe(reordered[0]);
    expect(await productCoverPhotoId(server.graph, product.id)).toBe(reordered[0]);
  });

  test('a seventh photo, a repeated one or one the supplier did not upload is refused, and nothing changes', async () => {
    const before = await productCoverPhotoId(server.graph, product.id);
    const seven = await uploads(supplier, 7);
    expect(await supplier.api.errorCode(SET_PRODUCT, { p: product.id, ids: seven })).toBe('BAD_USER_INPUT');
    expect(await supplier.api.errorCode(SET_PRODUCT, { p: product.id, ids: [seven[0], seven[0]] })).toBe('BAD_USER_INPUT');
    const shoppers = await uploadedPhotoId(server.url, shopper.token);
    const res = await supplier.api.request(SET_PRODUCT, { p: product.id, ids: [seven[0], shoppers] });
    expect({ code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message }).toEqual({
      code: 'FORBIDDEN',
      message: 'You can attach only photos you uploaded yourself.',
    });
    expect(await productCoverPhotoId(server.graph, product.id)).toBe(before);
  });

  test('an empty list removes them all', async () => {
    const answer = await supplier.api.ok<{ setProductPhotos: { photos: unknown[]; coverPhoto: unknown } }>(SET_PRODUCT, { p: product.id, ids: [] });
    expect(answer.setProductPhotos).toMatchObject({ photos: [], coverPhoto: null });
    expect(await productCoverPhotoId(server.graph, product.id)).toBeUndefined();
  });
});

describe('recommendation photos', () => {
  test('the author adds up to four of what arrived; a fifth is refused; another member cannot', async () => {
    const author = await createMember(server.graph, server.url);
    const rec = await recommend(author, supplier, product.id);
    const ids = await uploads(author, 5);
    const answer = await author.api.ok<{ setRecommendationPhotos: { photos: { id: string }[] } }>(SET_REC, { r: rec.id, ids: ids.slice(0, 4) });
    expect(answer.setRecommendationPhotos.photos.map((p) => p.id)).toEqual(ids.slice(0, 4));
    expect(await author.api.errorCode(SET_REC, { r: rec.id, ids })).toBe('BAD_USER_INPUT');
    // The shopper's own photo on someone else's recommendation.
    expect(await shopper.api.errorCode(SET_REC, { r: rec.id, ids: [await uploadedPhotoId(server.url, shopper.token)] })).toBe('FORBIDDEN');
    const read = await shopper.api.ok<{ recommendation: { photos: { id: string }[] } }>('query ($id: ID!) { recommendation(id: $id) { photos { id } } }', { id: rec.id });
    expect(read.recommendation.photos.map((p) => p.id)).toEqual(ids.slice(0, 4));
  });
});

describe('avatars', () => {
  test('a member sets their own avatar from their upload, and removes it', async () => {
    const id = await uploadedPhotoId(server.url, shopper.token);
    const set = await shopper.api.ok<{ setAvatar: { avatar: { id: string; url: string } } }>(SET_AVATAR, { id });
    expect(set.setAvatar.avatar).toEqual({ id, url: `/photos/${id}/640.webp` });
    expect(await memberAvatarPhotoId(server.graph, shopper.id)).toBe(id);
    const seen = await supplier.api.ok<{ member: { avatar: { id: string } | null } }>('query ($h: String!) { member(handle: $h) { avatar { id } } }', { h: shopper.handle });
    expect(seen.member.avatar?.id).toBe(id);
    const removed = await shopper.api.ok<{ setAvatar: { avatar: unknown } }>(SET_AVATAR, { id: null });
    expect(removed.setAvatar.avatar).toBeNull();
  });

  test("someone else's upload cannot become your avatar, even with its address", async () => {
    const theirs = await uploadedPhotoId(server.url, supplier.token);
    expect(await shopper.api.errorCode(SET_AVATAR, { id: theirs })).toBe('FORBIDDEN');
    expect(await memberAvatarPhotoId(server.graph, shopper.id)).toBeUndefined();
  });
});
