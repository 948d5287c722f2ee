#!/usr/bin/env node
// server/tests/contract/check.mjs — the contract test: every response the API tests received is
// validated against docs/openapi.yaml with a JSON Schema validator (Ajv).
//
//   node check.mjs [--spec docs/openapi.yaml] [--list-ok] [--extra-fields] LOG...
//
// --extra-fields also lists (without failing) body properties that the schema never names: the
// document's object schemas are open, so Ajv alone does not see an undocumented field.
//
// Each LOG is a file of JSON lines written by the API tests' HTTP client when SOKU_CONTRACT_LOG is
// set (server/tests/api/http_fixture.cpp): {test, method, path, status, content_type, bytes,
// body}. For each line the checker finds the operation (the path template that matches the
// concrete path — literal templates before templated ones — and the method; HEAD is GET without
// a body), then the response (the status code, else its range key `4XX`, else `default`), then
// the media type (the response's content type, exact or by its type/subtype) and validates the
// body against that media type's schema. Schemas are OpenAPI 3.1 (JSON Schema 2020-12: Ajv2020)
// or OpenAPI 3.0 (Ajv draft-07 with `nullable`), $refs into components resolved.
//
// Two conventions of the document's "Conventions" section are not in `paths` and are checked
// here: an unknown path under /api/ answers 404 and a known path with an undocumented method
// answers 405, both application/problem+json with the `Problem` schema.
//
// Failures: a path, method or status not documented, a content type not documented (or a body
// where none is documented), a body that is not JSON or does not match its schema, an empty or
// missing log. Counting: one result per distinct operation + status (all its responses must
// pass); the last line is "contract: N passed, M failed". Exit 1 on any failure.
// selftest.mjs proves that each kind of failure is reported.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const BASE = 'https://soku.invalid/openapi.json';  // the $id under which components live

// ---- arguments ---------------------------------------------------------------------------------

let specPath = path.resolve(here, '../../../docs/openapi.yaml');
let listOk = false;
let extraFields = false;  // report (not fail) body properties that the schema never names
const logs = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--spec') specPath = process.argv[++i];
  else if (a === '--list-ok') listOk = true;
  else if (a === '--extra-fields') extraFields = true;
  else if (a === '-h' || a === '--help') {
    console.log('usage: node check.mjs [--spec docs/openapi.yaml] [--list-ok] [--extra-fields] LOG...');
    process.exit(0);
  } else logs.push(a);
}
if (logs.length === 0) {
  console.error('contract: no log files given');
  console.log('contract: 0 passed, 1 failed');
  process.exit(1);
}

// ---- the document ------------------------------------------------------------------------------

const doc = YAML.parse(fs.readFileSync(specPath, 'utf8'));
const version = String(doc.openapi ?? '');
const is31 = version.startsWith('3.1');
if (!is31 && !version.startsWith('3.0')) {
  console.error(`contract: unsupported openapi version "${version}"`);
  console.log('contract: 0 passed, 1 failed');
  process.exit(1);
}

const ajvOptions = {
  strict: true,          // an unknown keyword (e.g. 3.0's `nullable` in a 3.1 document) is an error
  strictTypes: false,    // `properties` without `type: object` and the like are fine
  strictTuples: false,
  allowUnionTypes: true, // type: [string, 'null']
  allErrors: false,
  validateFormats: true,
};
const ajv = is31 ? new Ajv2020(ajvOptions) : new AjvDraft7({ ...ajvOptions, nullable: true });
addFormats(ajv);
ajv.addFormat('password', true);  // a UI hint, not a constraint
// OpenAPI's own schema keywords: annotations here (oneOf still validates a discriminated union).
ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
if (!is31) ajv.addVocabulary(['deprecated', 'readOnly', 'writeOnly'].filter((k) => !ajv.getKeyword(k)));
for (const k of collectExtensionKeywords(doc.components?.schemas ?? {})) ajv.addKeyword(k);

// $refs to components become absolute ($id BASE, components under $defs), so that a response's
// schema compiled on its own still reaches them.
function rewriteRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
      out[k] = `${BASE}#/$defs/${v.slice('#/components/schemas/'.length)}`;
    } else if (k === 'mapping' && v && typeof v === 'object') {
      out[k] = v;  // discriminator mapping: names, not schemas
    } else {
      out[k] = rewriteRefs(v);
    }
  }
  return out;
}

function collectExtensionKeywords(node, acc = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => collectExtensionKeywords(n, acc));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('x-')) acc.add(k);
      collectExtensionKeywords(v, acc);
    }
  }
  return acc;
}

ajv.addSchema({ $id: BASE, $defs: rewriteRefs(doc.components?.schemas ?? {}) });
ajv.getSchema(BASE);  // compiles every component schema now: a bad keyword fails here, named

// A non-schema $ref (responses, headers, parameters): followed within the document.
function deref(obj) {
  let seen = 0;
  while (obj && typeof obj === 'object' && typeof obj.$ref === 'string' && seen++ < 20) {
    const ref = obj.$ref;
    if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
    obj = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((o, key) => (o == null ? undefined : o[key]), doc);
    if (obj === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return obj;
}

// ---- operations --------------------------------------------------------------------------------

// Path templates, most specific first: more literal segments, then longer literal text.
const templates = Object.keys(doc.paths ?? {}).map((tmpl) => {
  const segs = tmpl.split('/');
  const literal = segs.filter((s) => !s.includes('{')).length;
  const source = tmpl
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { tmpl, literal, re: new RegExp(`^${source}$`), item: doc.paths[tmpl] };
});
templates.sort((a, b) => b.literal - a.literal || b.tmpl.replace(/\{[^}]+\}/g, '').length - a.tmpl.replace(/\{[^}]+\}/g, '').length);

const documentedOps = [];  // in the document's order
for (const [tmpl, item] of Object.entries(doc.paths ?? {})) {
  for (const m of METHODS) if (item[m]) documentedOps.push(`${m.toUpperCase()} ${tmpl}`);
}

// The matching template that has the method (as a router picks it), else the most specific match.
function findOperation(method, concrete) {
  const matches = templates.filter((t) => t.re.test(concrete));
  if (matches.length === 0) return { template: null };
  const m = method.toLowerCase();
  const withMethod = matches.find((t) => t.item[m]);
  if (withMethod) return { template: withMethod.tmpl, op: withMethod.item[m] };
  return { template: matches[0].tmpl, op: null };
}

function findResponse(op, status) {
  const responses = op.responses ?? {};
  const key = String(status);
  const range = `${key[0]}XX`;
  if (responses[key]) return { key, response: deref(responses[key]) };
  for (const k of Object.keys(responses)) {
    if (k.toUpperCase() === range) return { key: k, response: deref(responses[k]) };
  }
  if (responses.default) return { key: 'default', response: deref(responses.default) };
  return null;
}

const essence = (ct) => String(ct ?? '').split(';')[0].trim().toLowerCase();
const normalise = (ct) => String(ct ?? '').toLowerCase().replace(/\s*;\s*/g, '; ').trim();
const isJsonType = (ct) => /^application\/(.+\+)?json$/.test(essence(ct));

function findMedia(content, contentType) {
  const keys = Object.keys(content);
  const exact = keys.find((k) => normalise(k) === normalise(contentType));
  if (exact) return exact;
  const ess = essence(contentType);
  return (
    keys.find((k) => essence(k) === ess) ??
    keys.find((k) => essence(k) === `${ess.split('/')[0]}/*`) ??
    keys.find((k) => essence(k) === '*/*')
  );
}

// Properties a body has that its schema never names (through $ref, allOf/anyOf/oneOf, items,
// additionalProperties); a heuristic for the --extra-fields report.
const extras = new Map();  // "key: json-path" → count
function schemaAt(ref) {
  return ref.startsWith('#/components/schemas/') ? doc.components.schemas[ref.slice(21)] : undefined;
}
function namedProps(schema, acc = { names: new Set(), open: false, subs: [] }, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 30) return acc;
  if (schema.$ref) namedProps(schemaAt(schema.$ref), acc, depth + 1);
  for (const k of ['allOf', 'anyOf', 'oneOf']) for (const s of schema[k] ?? []) namedProps(s, acc, depth + 1);
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    acc.names.add(name);
    acc.subs.push([name, sub]);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    acc.open = true;
    acc.subs.push(['*', schema.additionalProperties]);
  }
  if (schema.patternProperties) acc.open = true;
  return acc;
}
function itemsOf(schema, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 30) return [];
  const out = [];
  if (schema.$ref) out.push(...itemsOf(schemaAt(schema.$ref), depth + 1));
  if (schema.items) out.push(schema.items);
  for (const k of ['allOf', 'anyOf', 'oneOf']) for (const s of schema[k] ?? []) out.push(...itemsOf(s, depth + 1));
  return out;
}
function findExtras(key, schema, body, where = '') {
  if (Array.isArray(body)) {
    const items = itemsOf(schema);
    for (const el of body) findExtras(key, { anyOf: items }, el, `${where}[]`);
  } else if (body && typeof body === 'object') {
    const { names, open, subs } = namedProps(schema);
    if (names.size === 0 && subs.length === 0) return;  // a free-form object
    for (const [k, v] of Object.entries(body)) {
      if (!names.has(k) && !open) {
        const id = `${key}: ${where}.${k}`;
        extras.set(id, (extras.get(id) ?? 0) + 1);
      }
      // Every branch's schema for this property at once (a oneOf's branches name different ones).
      const mine = subs.filter(([name]) => name === k || name === '*').map(([, sub]) => sub);
      if (mine.length) findExtras(key, { anyOf: mine }, v, `${where}.${k}`);
    }
  }
}

const validators = new Map();
function validatorFor(cacheKey, schema) {
  if (!validators.has(cacheKey)) validators.set(cacheKey, ajv.compile(rewriteRefs(schema)));
  return validators.get(cacheKey);
}
const problemValidator = () =>
  validatorFor('#Problem', { $ref: '#/components/schemas/Problem' });

// ---- checking ----------------------------------------------------------------------------------

const groups = new Map();  // "METHOD template → status" → {passed, failed, first failure}
const covered = new Set();
const perLog = [];
let responses = 0;

function shorten(body, n = 300) {
  const s = body === null || body === undefined ? 'null' : JSON.stringify(body);
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
}

function firstError(validate) {
  const errs = validate.errors ?? [];
  if (errs.length === 0) return 'invalid';
  const e = errs[0];
  let params = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '';
  if (params.length > 160) params = `${params.slice(0, 160)}…`;
  return `${e.instancePath || '(body)'} ${e.message}${params} [schema ${e.schemaPath}]`;
}

// Undocumented paths are grouped by shape: 32-hex ids and digits become {…}.
const shape = (p) => p.replace(/\/[0-9a-f]{32}(?=\/|$)/g, '/{…}').replace(/\/\d+(?=\/|$)/g, '/{…}');

function record(key, rec, failure) {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { passed: 0, failed: 0, failure: null, logs: new Set() }));
  if (failure) {
    g.failed++;
    g.logs.add(rec.log);
    if (!g.failure) g.failure = { ...failure, test: rec.test, path: rec.path, log: rec.log, body: rec.body };
  } else {
    g.passed++;
  }
}

function check(rec) {
  responses++;
  const method = String(rec.method).toUpperCase();
  const head = method === 'HEAD';
  const { template, op } = findOperation(head ? 'GET' : method, rec.path);
  const status = rec.status;

  // The two conventions outside `paths`.
  const convention = (label) => {
    const key = `${label} → ${status}`;
    if (head && rec.bytes === 0) return record(key, rec, null);
    if (essence(rec.content_type) !== 'application/problem+json') {
      return record(key, rec, { why: `content-type "${rec.content_type}", expected application/problem+json` });
    }
    const v = problemValidator();
    return record(key, rec, v(rec.body) ? null : { why: firstError(v) });
  };
  if (!template) {
    if (rec.path.startsWith('/api/') && status === 404) return convention('(unknown /api/ path)');
    return record(`${method} ${shape(rec.path)} → ${status}`, rec, { why: 'path not documented' });
  }
  if (!op) {
    if (status === 405) return convention('(method not allowed)');
    return record(`${method} ${template} → ${status}`, rec, { why: `method ${method} not documented on ${template}` });
  }
  covered.add(`${head ? 'GET' : method} ${template}`);
  const key = `${method} ${template} → ${status}`;
  const found = findResponse(op, status);
  if (!found) return record(key, rec, { why: `status ${status} not documented` });
  const content = found.response.content ?? {};
  if (head && rec.bytes === 0) return record(key, rec, null);
  if (Object.keys(content).length === 0) {
    if (rec.bytes === 0) return record(key, rec, null);
    return record(key, rec, { why: `a body (${rec.bytes} bytes, "${rec.content_type}") where none is documented` });
  }
  if (!rec.content_type) {
    return record(key, rec, { why: `no content-type (${rec.bytes} bytes); documented: ${Object.keys(content).join(', ')}` });
  }
  const media = findMedia(content, rec.content_type);
  if (!media) {
    return record(key, rec, { why: `content-type "${rec.content_type}" not documented (${Object.keys(content).join(', ')})` });
  }
  const schema = deref(content[media]).schema;
  if (!isJsonType(media)) return record(key, rec, null);  // e.g. text/plain metrics: type only
  if (rec.body === null && rec.bytes > 0) return record(key, rec, { why: 'the body is not valid JSON' });
  if (!schema) return record(key, rec, null);
  const v = validatorFor(`${key} ${media} ${found.key}`, schema);
  if (extraFields) findExtras(key, schema, rec.body);
  return record(key, rec, v(rec.body) ? null : { why: firstError(v) });
}

let hardFailures = 0;
for (const file of logs) {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.log(`FAIL cannot read ${file}: ${e.message}`);
    hardFailures++;
    continue;
  }
  const label = path.basename(file);
  let n = 0;
  let bad = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let rec;
    try {
      rec = JSON.parse(line);
    } catch {
      bad++;
      continue;
    }
    rec.log = label;
    n++;
    check(rec);
  }
  perLog.push(`${label}: ${n} responses`);
  if (n === 0) {
    console.log(`FAIL ${file}: no responses recorded`);
    hardFailures++;
  }
  if (bad > 0) {
    console.log(`FAIL ${file}: ${bad} lines are not JSON`);
    hardFailures++;
  }
}

// ---- report ------------------------------------------------------------------------------------

const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
const failedGroups = sorted.filter(([, g]) => g.failed > 0);
const passedGroups = sorted.filter(([, g]) => g.failed === 0);

for (const [key, g] of failedGroups) {
  const f = g.failure;
  console.log(`FAIL ${key}  (${g.failed} of ${g.passed + g.failed} responses; ${[...g.logs].sort().join(', ')})`);
  console.log(`  why:  ${f.why}`);
  console.log(`  test: ${f.test || '(none)'}  path: ${f.path}  log: ${f.log}`);
  console.log(`  body: ${shorten(f.body)}`);
}
if (listOk) for (const [key, g] of passedGroups) console.log(`ok   ${key}  (${g.passed})`);
if (extraFields) {
  for (const [id, n] of [...extras.entries()].sort()) console.log(`extra ${id}  (${n})`);
  console.log(`contract: ${extras.size} undocumented body properties (a report, not a failure)`);
}

const uncovered = documentedOps.filter((o) => !covered.has(o));
console.log('');
console.log(`contract: openapi ${version} (${is31 ? 'Ajv2020' : 'Ajv draft-07, nullable'}), ${specPath}`);
console.log(`contract: ${responses} responses checked (${perLog.join('; ')})`);
console.log(`contract: ${documentedOps.length - uncovered.length} of ${documentedOps.length} documented operations covered`);
if (uncovered.length) console.log(`contract: not covered: ${uncovered.join(', ')}`);
console.log(`contract: ${groups.size} distinct operation+status results, ${failedGroups.length} failing`);
const failed = failedGroups.length + hardFailures;
console.log(`contract: ${passedGroups.length} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
