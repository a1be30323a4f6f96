// The share poster as a pure function (server/sharing/poster.ts): photos, when given, are laid
// where the no-photo panels are — the cover over the top, the avatar in its circle — and the
// same input always gives the same picture (what lets the route answer by ETag).
import { expect, test } from '@jest/globals';
import sharp from 'sharp';
import { POSTER_HEIGHT, POSTER_WIDTH, posterLayout, renderPoster, type PosterInput } from '../../server/sharing/poster';

const INPUT: PosterInput = {
  language: 'en',
  product: { title: 'Hainan cherries', price: '¥88.00' },
  recommender: { displayName: 'Yi Zhu', handle: 'yi_zhu', trust: '81.0', vouched: false, isNew: false },
  stars: 5,
  text: 'Arrived fresh, tasted exactly as described.',
  url: 'https://trustline.example/r/ABCD2345',
};

const solid = (background: string) => sharp({ create: { width: 400, height: 300, channels: 3, background } }).jpeg().toBuffer();

async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data } = await sharp(png).extract({ left: x, top: y, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return [...data];
}

const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 8);

test('a cover photo fills the top and an avatar its circle; without them the panels show', async () => {
  const plain = await renderPoster(INPUT);
  const withPhotos = await renderPoster({ ...INPUT, cover: await solid('#20a060'), avatar: await solid('#a02060') });
  const meta = await sharp(withPhotos).metadata();
  expect({ width: meta.width, height: meta.height }).toEqual({ width: POSTER_WIDTH, height: POSTER_HEIGHT });
  const { avatarTop } = posterLayout(INPUT);
  // The cover's corner and the avatar's centre are the photos' colours; without photos, they are not.
  expect(near(await pixel(withPhotos, 10, 10), [0x20, 0xa0, 0x60])).toBe(true);
  expect(near(await pixel(withPhotos, 56 + 52, avatarTop + 52), [0xa0, 0x20, 0x60])).toBe(true);
  expect(near(await pixel(plain, 10, 10), [0x20, 0xa0, 0x60])).toBe(false);
  // Outside its circle the avatar leaves the paper as it was.
  expect(await pixel(withPhotos, 57, avatarTop + 1)).toEqual(await pixel(plain, 57, avatarTop + 1));
});

test('the same input draws the same bytes; the words "unvouched" are in the drawing only when they apply', async () => {
  expect((await renderPoster(INPUT)).equals(await renderPoster(INPUT))).toBe(true);
  expect(posterLayout(INPUT).svg).toContain('>unvouched<');
  expect(posterLayout({ ...INPUT, recommender: { ...INPUT.recommender, vouched: true } }).svg).not.toContain('>unvouched<');
  expect(posterLayout({ ...INPUT, language: 'zh-CN' }).svg).toContain('>未经担保<');
});

test('what members typed is text in the drawing, never markup', () => {
  const { svg } = posterLayout({ ...INPUT, recommender: { ...INPUT.recommender, displayName: '</text><script>x</script>' }, text: '"]]><svg onload=x>' });
  expect(svg).not.toContain('<script>');
  expect(svg).not.toContain('<svg onload');
  expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
});

test("a group buy's poster: the group price, the full price only once a tier is reached, the standing and deadline instead of stars", () => {
  const group = { fullPrice: '¥92.00', standing: '2 of 3 buyers so far', until: 'Open until Apr 4, 2023, 12:00 PM GMT+8' };
  const { svg } = posterLayout({ ...INPUT, text: 'Join me!', group });
  expect(svg).toContain('¥88.00 each in the group');
  expect(svg).toContain('instead of ¥92.00');
  expect(svg).toContain('leads a group buy');
  expect(svg).toContain('2 of 3 buyers so far');
  expect(svg).toContain('Open until Apr 4, 2023, 12:00 PM GMT+8');
  expect(svg).toContain('Scan to join the group and pay less');
  expect(svg).not.toContain('★');
  // No tier yet: no "instead of"; closed: no deadline line; no note: no empty quote marks.
  const closed = posterLayout({ ...INPUT, text: ' ', group: { fullPrice: '', standing: 'Ended without reaching a group price', until: '' } }).svg;
  expect(closed).not.toContain('instead of');
  expect(closed).not.toContain('Open until');
  expect(closed).not.toContain('“');
});
