// The poster's text layout (server/sharing/text-fit.ts) and where its links point (PUBLIC_ORIGIN).
import { describe, expect, test } from '@jest/globals';
import { ellipsize, initials, textWidth, wrapText, xml } from '../../server/sharing/text-fit';
import { ConfigError, configFromEnv } from '../../server/config';
import { shareLink } from '../../server/sharing/routes';

describe('wrapText', () => {
  test('breaks Latin text at spaces, each line within the width', () => {
    const lines = wrapText('Arrived fresh, tasted exactly as described; would buy again.', 30, 400, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Arrived fresh, tasted exactly as described; would buy again.');
    for (const line of lines) expect(textWidth(line, 30)).toBeLessThanOrEqual(400);
  });

  test('breaks Chinese between any two characters', () => {
    const lines = wrapText('收到的时候还是冰的，颗颗饱满，甜而不腻。', 30, 300, 5);
    expect(lines).toEqual(['收到的时候还是冰的，', '颗颗饱满，甜而不腻。']);
  });

  test('ends the last line in "…" when text is left over, and cuts a word longer than a line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 30, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('x'.repeat(100), 30, 200, 1)[0]!.endsWith('…')).toBe(true);
    expect(textWidth(wrapText('x'.repeat(100), 30, 200, 1)[0]!, 30)).toBeLessThanOrEqual(200);
  });

  test('empty text is no line', () => {
    expect(wrapText('   ', 30, 200, 3)).toEqual([]);
  });
});

test('ellipsize leaves what fits and cuts what does not', () => {
  expect(ellipsize('short', 20, 500)).toBe('short');
  expect(ellipsize('a much longer display name than fits', 20, 120)).toMatch(/…$/);
});

test('initials: two words in Latin, two characters in Chinese', () => {
  expect(initials('Hainan cherries, 2 kg')).toBe('HC');
  expect(initials('海南妃子笑荔枝')).toBe('海南');
  expect(initials('"><script>')).toBe('S');
  expect(initials('')).toBe('?');
});

test('xml escapes everything that could end a text node or an attribute', () => {
  expect(xml(`"><script>&'`)).toBe('&quot;&gt;&lt;script&gt;&amp;&apos;');
});

describe('PUBLIC_ORIGIN', () => {
  test('defaults to the local address on the configured port, and loses a trailing slash', () => {
    expect(configFromEnv({}).publicOrigin).toBe('http://localhost:4000');
    expect(configFromEnv({ PORT: '5000' }).publicOrigin).toBe('http://localhost:5000');
    expect(configFromEnv({ PUBLIC_ORIGIN: 'https://trustline.example/' }).publicOrigin).toBe('https://trustline.example');
  });

  test('refuses anything but a scheme and a host', () => {
    for (const bad of ['trustline.example', 'https://trustline.example/shop', 'ftp://x', 'https://a b']) {
      expect(() => configFromEnv({ PUBLIC_ORIGIN: bad })).toThrow(ConfigError);
    }
  });

  test('share links are absolute on it, with a re-sharer only when it can be a handle', () => {
    expect(shareLink('https://t.example', 'abcd2345', undefined)).toBe('https://t.example/r/ABCD2345');
    expect(shareLink('https://t.example', 'ABCD2345', 'sam_liu')).toBe('https://t.example/r/ABCD2345?via=sam_liu');
    expect(shareLink('https://t.example', 'ABCD2345', '"><b>')).toBe('https://t.example/r/ABCD2345');
    expect(shareLink('https://t.example', 'ABCD2345', ['a', 'b'])).toBe('https://t.example/r/ABCD2345');
  });
});
