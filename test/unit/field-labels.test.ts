// Field labels (server/field-labels.ts): every argument and input field of the schema has one in
// both languages, and a refusal reads as a sentence with the label, never the API's name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import { FIELD_LABELS, fieldMessage, fieldOf, sentence } from '../../server/field-labels';
import { translateError } from '../../server/error-translations';

function argumentAndInputNames(): string[] {
  const dir = path.resolve('server/schema');
  const sdl = readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) names.add(field.name);
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) for (const arg of field.args) names.add(arg.name);
  }
  return [...names].sort();
}

test('every argument and input field of the schema has a label in English and Chinese', () => {
  const names = argumentAndInputNames();
  expect(names.length).toBeGreaterThan(30);
  expect(names.filter((name) => !FIELD_LABELS[name]?.en || !FIELD_LABELS[name]?.zh)).toEqual([]);
});

describe('fieldMessage', () => {
  test('the label, the rule, a full stop', () => {
    expect(fieldMessage('displayName', 'must not be empty')).toBe('Display name must not be empty.');
    expect(fieldMessage('input.items[2].priceMinor', 'must be more than 0')).toBe('Price must be more than 0.');
    expect(fieldMessage('flavour', 'must not be null')).toBe('The field flavour must not be null.');
    expect(fieldMessage('', 'give exactly one of id and handle')).toBe('Give exactly one of id and handle.');
  });

  test('no raw "field: rule" in any label, and each reads back in Chinese', () => {
    for (const [name, label] of Object.entries(FIELD_LABELS)) {
      const message = fieldMessage(name, 'must not be empty');
      expect(message).not.toMatch(/^\w+:/);
      expect(translateError(message, 'zh-CN')).toBe(`${label.zh}${/[A-Za-z0-9]$/.test(label.zh) ? ' ' : ''}不能为空。`);
    }
  });

  test('paths and sentences', () => {
    expect(fieldOf('input.items.0')).toBe('items');
    expect(fieldOf('after')).toBe('after');
    expect(sentence('this cursor is not one we gave out.')).toBe('This cursor is not one we gave out.');
  });
});
