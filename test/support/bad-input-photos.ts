// Bad input for attaching photos: ids that are not content addresses, too many, repeated, and
// well-formed ids of photos the caller never uploaded (refused alike whether or not they exist).
import { INJECTIONS, repeat, type ApiCase } from './bad-input-kit';

const PRODUCT = 'mutation ($p: ID!, $ids: [ID!]!) { setProductPhotos(productId: $p, photoIds: $ids) { id } }';
const RECOMMENDATION = 'mutation ($r: ID!, $ids: [ID!]!) { setRecommendationPhotos(recommendationId: $r, photoIds: $ids) { id } }';
const AVATAR = 'mutation ($id: ID) { setAvatar(photoId: $id) { id } }';

/** A well-formed content address of a photo nobody uploaded. */
const hex = (k: number) => k.toString(16).padStart(64, '0');
const NOBODYS = hex(0xbad);

const product = (name: string, ids: unknown, code: ApiCase['code'] = 'BAD_USER_INPUT'): ApiCase => ({
  name: `setProductPhotos: ${name}`,
  as: 'supplier',
  query: PRODUCT,
  variables: (w) => ({ p: w.productId, ids }),
  code,
});
const recommendation = (name: string, ids: unknown, code: ApiCase['code'] = 'BAD_USER_INPUT'): ApiCase => ({
  name: `setRecommendationPhotos: ${name}`,
  as: 'author',
  query: RECOMMENDATION,
  variables: (w) => ({ r: w.recommendationId, ids }),
  code,
});
const avatar = (name: string, id: unknown, code: ApiCase['code'] = 'BAD_USER_INPUT'): ApiCase => ({
  name: `setAvatar: ${name}`,
  as: 'member',
  query: AVATAR,
  variables: { id },
  code,
});

export const photoCases: ApiCase[] = [
  product('an id that is not hex', ['not-a-photo']),
  product('an id in upper-case hex', [NOBODYS.toUpperCase()]),
  product('an id one digit short', [NOBODYS.slice(1)]),
  product('an id of 10,000 characters', [repeat('a', 10_000)]),
  product('seven photos', [1, 2, 3, 4, 5, 6, 7].map(hex)),
  product('the same photo twice', [NOBODYS, NOBODYS]),
  product('a null in the list', [NOBODYS, null]),
  product('a list of numbers', [1, 2]),
  product('a photo nobody uploaded', [NOBODYS], 'FORBIDDEN'),
  ...Object.entries(INJECTIONS).map(([name, s]) => product(`an injection as an id (${name})`, [s])),
  {
    name: 'setProductPhotos: a product that does not exist',
    as: 'supplier',
    query: PRODUCT,
    variables: { p: '00000000-0000-4000-8000-000000000000', ids: [] },
    code: 'NOT_FOUND',
  },
  {
    name: 'setProductPhotos: a product id that is not an id',
    as: 'supplier',
    query: PRODUCT,
    variables: { p: 'product; DROP', ids: [] },
    code: 'BAD_USER_INPUT',
  },
  recommendation('five photos', [1, 2, 3, 4, 5].map(hex)),
  recommendation('an id that is not hex', ['zz']),
  recommendation('the same photo twice', [NOBODYS, NOBODYS]),
  recommendation('a photo nobody uploaded', [NOBODYS], 'FORBIDDEN'),
  avatar('an id that is not hex', 'me.png'),
  avatar('an empty id', ''),
  avatar('an id with a path in it', `../${NOBODYS.slice(3)}`),
  avatar('a photo nobody uploaded', NOBODYS, 'FORBIDDEN'),
  avatar('a list instead of one id', [NOBODYS]),
];
