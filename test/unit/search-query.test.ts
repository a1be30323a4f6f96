// The search box's text as a Lucene query (graph/search-query.ts): Chinese as phrases of
// characters, Latin words also as prefixes, and nothing typed can change the query's shape.
import { describe, expect, test } from '@jest/globals';
import { handleWords, MAX_QUERY_WORDS, searchQuery } from '../../graph/search-query';

describe('searchQuery', () => {
  test('a Latin word is required and also matches as a prefix, lower-cased', () => {
    expect(searchQuery('Feng')).toBe('(Feng OR feng*)');
    expect(searchQuery('sarah smi')).toBe('(sarah OR sarah*) AND (smi OR smi*)');
  });

  test('a handle is split at underscores and loses its @', () => {
    expect(searchQuery('@feng_junjie')).toBe('(feng OR feng*) AND (junjie OR junjie*)');
  });

  test('Chinese characters become one phrase per run, mixed words are split by script', () => {
    expect(searchQuery('冯俊杰')).toBe('"冯俊杰"');
    expect(searchQuery('冯')).toBe('"冯"');
    expect(searchQuery('海南芒果 box')).toBe('"海南芒果" AND (box OR box*)');
    expect(searchQuery('iPhone手机')).toBe('(iPhone OR iphone*) AND "手机"');
  });

  test('full-width letters, as Chinese keyboards type them, are folded', () => {
    expect(searchQuery('ｆｅｎｇ')).toBe('(feng OR feng*)');
  });

  test('operators lose their meaning and special characters are escaped', () => {
    expect(searchQuery('AND')).toBe('(and OR and*)');
    expect(searchQuery('cats OR dogs NOT')).toBe('(cats OR cats*) AND (or OR or*) AND (dogs OR dogs*) AND (not OR not*)');
    expect(searchQuery('pu\'er')).toBe("(pu'er)");
    expect(searchQuery('a~2')).toBe('(a\\~2)');
    expect(searchQuery('title:x')).toBe('(title\\:x)');
    expect(searchQuery('c\\')).toBe('(c\\\\)');
    expect(searchQuery('"feng')).toBe('(\\"feng)');
  });

  test('a quote never opens or closes a phrase: only the builder’s own phrase quotes stay unescaped', () => {
    expect(searchQuery('"冯"')).toBe('"冯"');
    const q = searchQuery('x"冯 "y')!;
    expect(q.replace(/\\"/g, '').match(/"/g)).toHaveLength(2);
  });

  test('punctuation alone finds nothing rather than everything', () => {
    for (const input of ['', '   ', '*', '"', '\\', '((', '~', '@', '___', '* ? :']) expect(searchQuery(input)).toBeUndefined();
  });

  test('at most MAX_QUERY_WORDS words count', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(searchQuery(words)!.split(' AND ')).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('handleWords', () => {
  test('a handle as the words the index gets: underscores become spaces', () => {
    expect(handleWords('feng_junjie')).toBe('feng junjie');
    expect(handleWords('wang_lei123')).toBe('wang lei123');
    expect(handleWords('_x__y_')).toBe('x  y');
    expect(handleWords('wanglei42')).toBe('wanglei42');
  });
});
