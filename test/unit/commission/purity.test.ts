// The commission domain must stay pure: no GraphQL, no driver, no I/O, no hidden clock or
// randomness (the caller injects `now` and ids). This reads the module's sources and fails on
// any import that is not a sibling file or the (equally pure, import-free) order windows, and
// on any call to the ambient clock or Math.random.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../server/domain/commission');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

test('the module has its files', () => {
  expect(files).toEqual(expect.arrayContaining(['index.ts', 'split.ts', 'lifecycle.ts', 'ledger.ts', 'audit.ts']));
});

test.each(files)('%s imports only sibling domain files and reads no ambient clock', (file) => {
  const source = readFileSync(join(dir, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const specifier of specifiers) expect(specifier).toMatch(/^(\.\/[\w-]+|\.\.\/order-policy)$/);
  expect(source).not.toMatch(/\bimport\s*\(/);
  expect(source).not.toMatch(/\brequire\s*\(/);
  expect(source).not.toMatch(/Date\.now\s*\(|new Date\(\s*\)|Math\.random|process\./);
});

test('the order windows it reads are pure too: no imports, no ambient clock', () => {
  const source = readFileSync(join(dir, '../order-policy.ts'), 'utf8');
  expect(source).not.toMatch(/^\s*import\s/m);
  expect(source).not.toMatch(/Date\.now\s*\(|new Date\(\s*\)|Math\.random|process\./);
});
