/** All UI text lives in _locales, in Korean and English, and every key the code asks for exists. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const locale = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const korean = locale('ko');
const english = locale('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('have the same keys in Korean and English, none empty', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(korean).sort());
    for (const messages of [korean, english]) {
      for (const [key, value] of Object.entries(messages)) expect((value as { message: string }).message, key).not.toBe('');
    }
  });

  it('define every key the code uses', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints', 'utils'].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(korean, `missing message "${key}"`).toHaveProperty(key);
  });

  it('name the extension and its commands through __MSG_ placeholders', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const match of config.matchAll(/__MSG_(\w+)__/g)) expect(korean).toHaveProperty(match[1]);
  });
});
