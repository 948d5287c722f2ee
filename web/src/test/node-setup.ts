// Setup of the mutation-test run (vitest.mutation.config.mjs), which runs the logic's unit tests
// in Node rather than jsdom (a jsdom per test file would dominate a mutation run): the little of
// the browser the shared modules touch when imported — <html lang> (src/i18n) and localStorage.
const g = globalThis as Record<string, unknown>;
if (!('document' in g)) g.document = { documentElement: { lang: '' } };
if (!('localStorage' in g) || g.localStorage === undefined) {
  const items = new Map<string, string>();
  g.localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
  };
}
