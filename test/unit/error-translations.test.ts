// Error sentences in Simplified Chinese (server/error-translations.ts): the language a request
// asks for, the translation of templates, field rules and named things, and — scanning the
// server's code — that every message a client can be sent has a translation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { errorLanguage, translateError } from '../../server/error-translations';
import { WRONG_CREDENTIALS } from '../../graph/members';

describe('errorLanguage', () => {
  test.each([
    [undefined, 'en'],
    ['', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN,zh;q=0.9', 'zh-CN'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN;q=0.5, en;q=0.9', 'en'],
    ['fr-FR, zh-TW;q=0.8, en;q=0.7', 'zh-CN'],
    ['fr-FR, de', 'en'],
    ['zh-CN;q=0, en', 'en'],
  ] as const)('%s → %s', (header, language) => {
    expect(errorLanguage(header)).toBe(language);
  });
});

describe('translateError', () => {
  test('English stays as written', () => {
    expect(translateError(WRONG_CREDENTIALS, 'en')).toBe(WRONG_CREDENTIALS);
  });

  test('a whole sentence, a sentence with values, a named thing, a plural', () => {
    expect(translateError(WRONG_CREDENTIALS, 'zh-CN')).toBe('用户名或密码错误。');
    expect(translateError('The rating window of this order closed on 2026-05-20 (14 days after delivery).', 'zh-CN')).toBe(
      '此订单的评价期限已于 2026-05-20 结束（送达后 14 天）。',
    );
    expect(translateError('That member was not found.', 'zh-CN')).toBe('未找到该会员。');
    expect(translateError('Too many failed sign-in attempts. Please try again in 1 minute.', 'zh-CN')).toBe('登录失败次数过多，请在 1 分钟后重试。');
    expect(translateError('Too many failed sign-in attempts. Please try again in 15 minutes.', 'zh-CN')).toBe('登录失败次数过多，请在 15 分钟后重试。');
  });

  test("a field's sentence takes the field's Chinese label and the rule's translation", () => {
    expect(translateError('Text must be at most 2000 characters.', 'zh-CN')).toBe('内容最多 2000 个字符。');
    expect(translateError('Display name must not be empty.', 'zh-CN')).toBe('显示名称不能为空。');
    expect(translateError('Commission rate must be at most 3000 (30 %).', 'zh-CN')).toBe('佣金比例最多为 3000（30%）。');
    expect(translateError('Handle or email must not be empty.', 'zh-CN')).toBe('用户名或邮箱不能为空。');
    // A label ending in a Latin word is spaced from the Chinese after it.
    expect(translateError('Product id is not a valid id.', 'zh-CN')).toBe('商品 ID 不是有效的 ID。');
    // A field with no label (a client's own variable name) is named as sent.
    expect(translateError('The field kind must be one of the values of LeaderboardScope.', 'zh-CN')).toBe('字段 kind 必须是 LeaderboardScope 的取值之一。');
    // A refusal that is a sentence of its own.
    expect(translateError('No member has this invitation code.', 'zh-CN')).toBe('没有会员使用此邀请码。');
  });

  test('older "field: rule" messages keep the field name the API uses', () => {
    expect(translateError('input.priceMinor: must be more than 0', 'zh-CN')).toBe('input.priceMinor：必须大于 0');
  });

  test('what it does not know stays English (undefined), including an unknown thing', () => {
    expect(translateError('Variable "$x" got invalid value 1.', 'zh-CN')).toBeUndefined();
    expect(translateError('Spaceship was not found.', 'zh-CN')).toBeUndefined();
    expect(translateError('stars: is made up', 'zh-CN')).toBeUndefined();
    expect(translateError('Stars is made up.', 'zh-CN')).toBeUndefined();
  });
});

// ---- Every message the code can send a client has a translation ----

const ROOTS = ['server', 'graph'];
/** Not client errors: generated types, the demo seed, the audit's findings, settings, the launcher. */
const SKIP = /(^server\/generated\/|^server\/seed\/|^server\/domain\/commission\/|^server\/jobs\/|^server\/config\.ts$|^graph\/launcher\/)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') && !SKIP.test(file.split(path.sep).join('/')) ? [file] : [];
  });
}

// A quoted or template literal; in a template, `${…}` parts (without braces inside) are kept.
const LITERAL = String.raw`'((?:\\.|[^'\\])*)'|` + '`' + String.raw`((?:\\.|\$\{[^}]*\}|[^` + '`' + String.raw`\\])*)` + '`';

/** A sample text for a literal: each `${…}` becomes a number, or "s" right after a letter (a plural ending). */
function sample(literal: string): string {
  return literal.replace(/(\w?)\$\{[^}]*\}/g, (_, before: string) => `${before}${/[a-z]$/i.test(before) ? 's' : '7'}`);
}

function literalsIn(text: string): string[] {
  return [...text.matchAll(new RegExp(LITERAL, 'g'))].map((m) => m[1] ?? m[2] ?? '');
}

/**
 * What a literal in an error call reads like when it is a message rather than a code, a field's
 * name or a composition of messages scanned where they are written (`${what} was not found.`).
 */
const isSentence = (s: string) => /[a-z]{2}/.test(s.replace(/\$\{[^}]*\}/g, '')) && /\s/.test(s) && !s.startsWith('${');

function thrownMessages(): Array<{ file: string; message: string }> {
  const out: Array<{ file: string; message: string }> = [];
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const code = readFileSync(file, 'utf8');
    const add = (message: string) => {
      if (isSentence(message)) out.push({ file, message: sample(message) });
    };
    // badInput('…'), forbidden(cond ? '…' : '…'), conflict(`…`), rateLimited(`…`, n), new UserError('CODE', '…')
    for (const m of code.matchAll(/\b(?:badInput|forbidden|conflict|unauthenticated|rateLimited|tooExpensive)\(([^;]*?)\)\s*[;,)]/g)) {
      literalsIn(m[1]!).forEach(add);
    }
    for (const m of code.matchAll(new RegExp(String.raw`new UserError\(\s*'[A-Z_]+',\s*(?:${LITERAL})`, 'g'))) add(m[1] ?? m[2] ?? '');
    for (const m of code.matchAll(/\bnotFound\('([^']+)'\)/g)) add(`${m[1]} was not found.`);
    // Refusals: { code: 'CONFLICT', message: '…' }, and defaults: (message = '…')
    for (const m of code.matchAll(new RegExp(String.raw`code: '[A-Z_]+',\s*message:\s*(?:${LITERAL})`, 'g'))) add(m[1] ?? m[2] ?? '');
    for (const m of code.matchAll(new RegExp(String.raw`\(message = (?:${LITERAL})\)`, 'g'))) add(m[1] ?? m[2] ?? '');
    // zod rules: .min(1, '…'), .max(n, cond ? '…' : `…`), .regex(/…/, '…'), .refine(fn, '…'), .int('…'), z.email('…')
    if (code.includes("from 'zod'")) {
      for (const line of code.split('\n')) {
        if (!/\.(?:min|max|regex|refine|int|positive|email)\(/.test(line) || line.trim().startsWith('//')) continue;
        literalsIn(line.replace(/\/(?:\\.|[^/\\\n])+\/[a-z]*/g, '')).forEach(add);
      }
    }
  }
  return out;
}

test('the scan finds the messages it should (so the next test means something)', () => {
  const messages = thrownMessages().map((m) => m.message);
  expect(messages.length).toBeGreaterThan(60);
  expect(messages).toEqual(expect.arrayContaining([
    'Please sign in first.',
    'That member was not found.',
    'You cannot rate your own recommendation.',
    'must be at most 7 characters',
    'must be a valid email address',
    'The refund window of this order closed on 7 (7 days after delivery).',
    'Too many failed sign-in attempts. Please try again in 7 minutes.',
  ]));
});

test('every message a client can be sent has a Chinese translation', () => {
  const missing = [...thrownMessages(), { file: 'graph/members.ts', message: WRONG_CREDENTIALS }]
    .filter(({ message }) => translateError(message, 'zh-CN') === undefined)
    .map(({ file, message }) => `${file}: ${message}`);
  expect(missing).toEqual([]);
});
