// The pure parts of photos: repeated ids in a gallery, where photos are kept by configuration,
// and the demo's drawings (the same seed draws the same picture; initials from any name).
import { describe, expect, test } from '@jest/globals';
import { repeatedPhoto } from '../../server/domain/photo-policy';
import { photoSettingsFromEnv } from '../../server/photos/settings';
import { avatarArt, initialsOf, productArt } from '../../server/seed/demo-art';

test('a gallery names each photo once', () => {
  expect(repeatedPhoto([])).toBeUndefined();
  expect(repeatedPhoto(['a', 'b', 'c'])).toBeUndefined();
  expect(repeatedPhoto(['a', 'b', 'a'])).toBe('a');
});

describe('photo store settings', () => {
  test('a local folder by default, resolved to an absolute path', () => {
    const settings = photoSettingsFromEnv({});
    expect(settings).toEqual({ kind: 'local', dir: expect.stringMatching(/\/data\/photos$/) });
  });

  test('a bucket when PHOTOS_S3_BUCKET is set: path style with an endpoint, host style on AWS', () => {
    expect(photoSettingsFromEnv({ PHOTOS_S3_BUCKET: 'b', PHOTOS_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toMatchObject({
      kind: 's3',
      bucket: 'b',
      prefix: 'photos/',
      region: 'us-east-1',
      forcePathStyle: true,
    });
    expect(photoSettingsFromEnv({ PHOTOS_S3_BUCKET: 'b', PHOTOS_S3_REGION: 'ap-east-1' })).toMatchObject({ forcePathStyle: false, endpoint: undefined });
  });

  test('a prefix without its slash or an endpoint that is not a URL is refused at start', () => {
    expect(() => photoSettingsFromEnv({ PHOTOS_S3_BUCKET: 'b', PHOTOS_S3_PREFIX: 'photos' })).toThrow(/PHOTOS_S3_PREFIX/);
    expect(() => photoSettingsFromEnv({ PHOTOS_S3_BUCKET: 'b', PHOTOS_S3_ENDPOINT: 'minio' })).toThrow(/PHOTOS_S3_ENDPOINT/);
  });
});

describe('demo drawings', () => {
  test('initials from the first two words, digits kept, something for a name without letters', () => {
    expect(initialsOf('Hainan Guifei Mangoes, 5 kg box')).toBe('HG');
    expect(initialsOf('feng junjie')).toBe('FJ');
    expect(initialsOf('3M tape')).toBe('3T');
    expect(initialsOf('冯俊杰')).toBe('TL');
  });

  test('the same product and view draw the same picture; another view another one', () => {
    const product = { id: 'p-1', title: 'West Lake Longjing', category: 'tea' };
    expect(productArt(product, 0)).toBe(productArt({ ...product }, 0));
    expect(productArt(product, 1)).not.toBe(productArt(product, 0));
    expect(avatarArt({ handle: 'yi_zhu', displayName: 'Yi Zhu' })).toBe(avatarArt({ handle: 'yi_zhu', displayName: 'Yi Zhu' }));
  });
});
