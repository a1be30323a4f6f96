// Category names: the network's categories are named in both languages, and any other slug reads
// as words, never as a slug.
import { expect, test } from '@jest/globals';
import { categoryWords } from '../../web/src/lib/category';
import { en } from '../../web/src/i18n/en';
import { zhCN } from '../../web/src/i18n/zh-CN';
import { CATALOGUE } from '../../server/seed/catalogue';

test('a slug nobody named yet reads as its words', () => {
  expect(categoryWords('fresh-fruit')).toBe('Fresh fruit');
  expect(categoryWords('home-and-garden-2')).toBe('Home and garden 2');
  expect(categoryWords('tea')).toBe('Tea');
});

test("every category of the demo's catalogue has a name in English and in Chinese", () => {
  const slugs = Object.keys(CATALOGUE);
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    expect([slug, en.categories[slug]]).toEqual([slug, expect.any(String)]);
    expect([slug, zhCN.categories[slug]]).toEqual([slug, expect.stringMatching(/\p{Script=Han}/u)]);
  }
  expect(Object.keys(zhCN.categories).sort()).toEqual(Object.keys(en.categories).sort());
});
