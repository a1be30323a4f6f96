// The lock file works on every platform npm supports and with the Node the project declares
// (issue 29): `npm ci` on a Mac or Windows machine finds the native packages it needs in the
// lock, and nothing locked asks for a newer Node than package.json's engines admits.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';

interface Locked {
  version?: string;
  engines?: { node?: string };
  os?: string[];
  cpu?: string[];
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Locked> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

/** The lowest Node release package.json admits, from ">=MAJOR.MINOR". */
function declaredMinimum(): [number, number] {
  const m = /^>=\s*(\d+)(?:\.(\d+))?/.exec(pkg.engines.node);
  if (!m) throw new Error(`engines.node should read ">=MAJOR.MINOR", not ${pkg.engines.node}`);
  return [Number(m[1]), Number(m[2] ?? 0)];
}

/**
 * Whether a range admits Node `major.minor`: each `||` alternative's first comparator (">=a.b",
 * "^a.b", "a.x", "*") decides, which is how every range in this lock is written.
 */
function admits(range: string, [major, minor]: [number, number]): boolean {
  return range.split('||').some((alternative) => {
    const a = alternative.trim();
    if (a === '*' || a === '') return true;
    const m = /^(>=|\^|~)?\s*v?(\d+)(?:\.(\d+|x))?/.exec(a);
    if (!m) return true; // a form we do not read: not ours to refuse
    const [want, wantMinor] = [Number(m[2]), m[3] === undefined || m[3] === 'x' ? 0 : Number(m[3])];
    if (m[1] === '>=') return major > want || (major === want && minor >= wantMinor);
    return major === want && minor >= wantMinor; // ^a.b, ~a.b, a.b: within that major
  });
}

describe('package-lock.json', () => {
  test("nothing locked needs a newer Node than package.json's engines admits", () => {
    const minimum = declaredMinimum();
    const tooNew = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && p.engines?.node !== undefined && !admits(p.engines.node, minimum))
      .map(([name, p]) => `${name}@${p.version} wants node ${p.engines!.node}`);
    expect(tooNew).toEqual([]);
  });

  test('the native packages are locked for Linux, macOS and Windows, x64 and arm64', () => {
    const names = new Set(Object.keys(lock.packages).map((k) => k.replace(/^.*node_modules\//, '')));
    const wanted = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];
    const missing: string[] = [];
    for (const family of ['@img/sharp-', '@esbuild/', '@swc/core-', '@node-rs/argon2-']) {
      for (const platform of wanted) {
        if (![...names].some((n) => n.startsWith(family + platform))) missing.push(family + platform);
      }
    }
    expect(missing).toEqual([]);
  });
});
