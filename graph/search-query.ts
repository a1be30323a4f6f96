// What a person types into a search box, turned into a Lucene query for Neo4j's full-text
// indexes (member_search, product_search). Two scripts, two ways:
//
// - Latin words and digits: every word is required and also matches as a prefix ("feng" finds
//   feng_junjie, "cher" finds cherries). A prefix query is not analysed, so it is added only for
//   plain words, lower-cased as the indexes are.
// - Chinese and Japanese: the indexes' analyzers make one token per character, so a run of
//   characters becomes a phrase of them ("俊杰" matches 冯俊杰 but not 杰俊): any part of
//   a name matches, one character included, and the characters must stand in that order. (The
//   `cjk` analyzer's bigrams were tried and lose single characters: "冯" found nobody.)
//
// Nothing a person types can change the query's shape: characters with a meaning in Lucene's
// syntax are escaped with a backslash, the words AND, OR, NOT and TO are lower-cased (the
// analyzers lower-case everything, so they still match as words), and a phrase holds only CJK
// characters, which have no meaning in the syntax.

// Characters with a meaning in Lucene's query syntax; a backslash makes each one literal.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);
// Scripts written without spaces, tokenised one character at a time.
const CJK_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/u;
const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
const PLAIN = /^[\p{L}\p{N}]+$/u;

/**
 * A handle as words, stored beside it on the member (handleWords) for the full-text index: the
 * index's `classic` tokenizer keeps "wang_lei123" whole (a "product number" to it), so the
 * words are given to it apart. Kept by every write of a handle and backfilled by migration 9.
 */
export function handleWords(handle: string): string {
  return handle.replace(/_/g, ' ').trim();
}

/** At most this many words count; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_WORDS = 12;

function latinClause(segment: string): string | undefined {
  // A part with no letter or digit (say "((" or "*") has nothing an index could match.
  if (!/[\p{L}\p{N}]/u.test(segment)) return undefined;
  const word = LUCENE_OPERATORS.has(segment) ? segment.toLowerCase() : segment;
  const escaped = word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  return PLAIN.test(word) ? `(${escaped} OR ${escaped.toLowerCase()}*)` : `(${escaped})`;
}

function wordClauses(word: string): string[] {
  return word
    .split(CJK_RUN)
    .filter((part) => part !== '')
    .map((part) => (CJK_ONLY.test(part) ? `"${part}"` : latinClause(part)))
    .filter((clause): clause is string => clause !== undefined);
}

/**
 * The Lucene query for `input`: every word required, Latin words also as prefixes, CJK runs as
 * phrases. Undefined when nothing searchable is left (empty, or only punctuation).
 */
export function searchQuery(input: string): string | undefined {
  // NFKC folds full-width letters (ｆｅｎｇ, as Chinese keyboards type them) into plain ones.
  // Handles separate their words with "_" and are written with a leading "@".
  const words = input
    .normalize('NFKC')
    .split(/[\s_]+/u)
    .map((w) => w.replace(/^@+/, ''))
    .filter((w) => w !== '')
    .slice(0, MAX_QUERY_WORDS);
  const clauses = words.flatMap(wordClauses);
  return clauses.length === 0 ? undefined : clauses.join(' AND ');
}
