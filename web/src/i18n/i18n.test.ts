// Every visible string exists in Finnish, Swedish and English: the shared texts (src/i18n) and
// each feature's (src/features/<name>/i18n) come in the three languages with exactly the same
// keys, no key is defined in two files, no value is empty, and every key the code asks for
// literally is there. The files are found the way the app finds them (app/features.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import i18n from './index';
import '../app/features';
import { CLIENT_LANGUAGES, ROLES } from '../types/api';
import { CODES } from '../test/codes-fixture';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [k2, v2] of flatten(v, key)) out.set(k2, v2);
  }
  return out;
}

const LANGS = ['fi', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];

// every text file: its group ('shared' or the feature's folder) and language
const texts = Object.entries({
  ...import.meta.glob<Tree>('./*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<Tree>('../features/*/i18n/*.json', { eager: true, import: 'default' }),
}).map(([file, tree]) => ({
  file,
  group: file.startsWith('./') ? 'shared' : file.split('/')[2],
  lang: file.split('/').at(-1)!.replace(/\.json$/, ''),
  tree,
}));
const groups = [...new Set(texts.map((f) => f.group))].sort();

function merged(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of texts.filter((x) => x.lang === lang)) for (const [k, v] of flatten(f.tree)) out.set(k, v);
  return out;
}

const files = { fi: merged('fi'), sv: merged('sv'), en: merged('en') };

function hasKey(key: string): boolean {
  return files.fi.has(key) || (files.fi.has(`${key}_one`) && files.fi.has(`${key}_other`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translation files', () => {
  it('are the shared ones and those of several features, each in fi, sv and en only', () => {
    expect(groups).toContain('shared');
    expect(groups).toContain('clients');
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) {
      expect([group, texts.filter((f) => f.group === group).map((f) => f.lang).sort()]).toEqual([group, ['en', 'fi', 'sv']]);
    }
  });

  it.each(['sv', 'en'] as const)('%s has exactly the keys of fi in every file', (lang) => {
    for (const group of groups) {
      const keys = (l: Lang) => flatten(texts.find((f) => f.group === group && f.lang === l)?.tree ?? {});
      const [fiKeys, langKeys] = [keys('fi'), keys(lang)];
      const missing = [...fiKeys.keys()].filter((k) => !langKeys.has(k));
      const extra = [...langKeys.keys()].filter((k) => !fiKeys.has(k));
      expect({ group, missing, extra }).toEqual({ group, missing: [], extra: [] });
    }
  });

  it.each(LANGS)('%s defines no key in two files', (lang) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const f of texts.filter((x) => x.lang === lang)) {
      for (const k of flatten(f.tree).keys()) {
        if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${f.file}`);
        seen.set(k, f.file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('are all loaded into the running app (Swedish and English when first chosen)', async () => {
    expect(i18n.hasResourceBundle('fi', 'translation')).toBe(true);
    for (const lang of LANGS) {
      await i18n.loadLanguages(lang);
      const loaded = i18n.getResourceBundle(lang, 'translation') as Tree;
      expect([lang, flatten(loaded)]).toEqual([lang, files[lang]]);
    }
  });
});

describe('translations', () => {
  it.each(['sv', 'en'] as const)('%s has exactly the keys of fi', (lang) => {
    const missing = [...files.fi.keys()].filter((k) => !files[lang].has(k));
    const extra = [...files[lang].keys()].filter((k) => !files.fi.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(['fi', 'sv', 'en'] as const)('%s has no empty values', (lang) => {
    const empty = [...files[lang].entries()].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('%s keeps every {{placeholder}} of fi', (lang) => {
    const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched = [...files.fi.entries()]
      .filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(files[lang].get(k) ?? '')))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('has a text for every role, relationship-free enumeration and language the code uses', () => {
    const wanted = [
      ...ROLES.flatMap((r) => [`roles.${r}`, `home.roles.${r}`]),
      ...CLIENT_LANGUAGES.map((l) => `client.languages.${l}`),
      ...['format', 'date', 'individual', 'checksum'].map((p) => `client.errors.hetu.${p}`),
      ...['screenReaders', 'serverMessages', 'tables', 'sessionTimeout'].map((k) => `a11y.limitations.${k}`),
      ...['home', 'clients', 'admin', 'audit', 'accessibility', 'logout'].map((k) => `nav.${k}`),
    ];
    expect(wanted.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('leaves the code lists\' texts to the server (GET /api/v1/codes), which has all three languages', () => {
    for (const { tree } of texts) expect(Object.keys(tree)).not.toContain('codes');
    const missing = Object.entries(CODES.lists).flatMap(([list, items]) =>
      items.filter((c) => !c.fi || !c.sv || !c.en).map((c) => `${list}.${c.code}`),
    );
    expect(missing).toEqual([]);
    expect(['open', 'closed', 'interrupted'].map((s) => `path.period.statuses.${s}`).filter((k) => !hasKey(k))).toEqual([]);
  });

  it('has every key that the source code asks for literally', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/(?:labelKey|Key|key):\s*'([a-z][a-zA-Z0-9]*\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/set(?:General|Error)Key?\w*\(\s*'([a-z][a-zA-Z0-9]*\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/return '([a-z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !hasKey(k)).sort()).toEqual([]);
  });
});
