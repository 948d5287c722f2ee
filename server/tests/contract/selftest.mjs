#!/usr/bin/env node
// server/tests/contract/selftest.mjs — proves check.mjs can fail: hand-made log lines against the
// real docs/openapi.yaml, each good one must pass and each bad one must be reported as a failure
// of its own operation+status with the expected reason. Prints "selftest: ok" or throws.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const problem = (status, type) => ({ type, title: 'x', status, request_id: 'abcdefgh' });
const line = (method, p, status, contentType, body, test) => ({
  test, method, path: p, status, content_type: contentType,
  bytes: body === null ? 0 : JSON.stringify(body).length, body,
});

const good = [
  line('GET', '/healthz', 200, 'application/json', { status: 'ok' }, 'good.health'),
  line('HEAD', '/healthz', 200, 'application/json', null, 'good.head'),
  line('GET', '/api/v1/nowhere', 404, 'application/problem+json', problem(404, '/problems/not-found'), 'good.unknown'),
  line('PATCH', '/api/v1/me', 405, 'application/problem+json', problem(405, '/problems/method-not-allowed'), 'good.405'),
  line('GET', '/metrics', 200, 'text/plain; version=0.0.4', null, 'good.metrics'),
  line('DELETE', '/api/v1/session', 204, '', null, 'good.logout'),
];
const bad = [
  // [line, the group it must fail, a part of the reason]
  [line('GET', '/api/v1/me', 200, 'application/json', { status: 'ok' }, 'bad.schema'), 'GET /api/v1/me → 200', "must have required property 'user'"],
  [line('GET', '/api/v1/me', 418, 'application/problem+json', problem(418, '/problems/x'), 'bad.status'), 'GET /api/v1/me → 418', 'status 418 not documented'],
  [line('GET', '/api/v1/nothing/here', 200, 'application/json', {}, 'bad.path'), 'GET /api/v1/nothing/here → 200', 'path not documented'],
  [line('PATCH', '/api/v1/me', 200, 'application/json', {}, 'bad.method'), 'PATCH /api/v1/me → 200', 'method PATCH not documented'],
  [line('GET', '/healthz', 500, 'text/html', null, 'bad.type'), 'GET /healthz → 500', 'content-type "text/html" not documented'],
  [{ ...line('GET', '/healthz', 503, 'application/problem+json', null, 'bad.json'), bytes: 5 }, 'GET /healthz → 503', 'not valid JSON'],
  [line('PUT', '/api/v1/me/password', 204, 'application/json', { a: 1 }, 'bad.body'), 'PUT /api/v1/me/password → 204', 'where none is documented'],
  [line('GET', '/api/v1/clients/0123456789abcdef0123456789abcdef', 404, 'application/problem+json', { type: '/problems/not-found' }, 'bad.problem'), 'GET /api/v1/clients/{id} → 404', 'must have required property'],
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soku-contract-selftest-'));
const run = (lines, ...flags) => {
  const log = path.join(dir, 'log.jsonl');
  fs.writeFileSync(log, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return spawnSync(process.execPath, [path.join(here, 'check.mjs'), ...flags, log], { encoding: 'utf8' });
};
try {
  const ok = run(good);
  assert.equal(ok.status, 0, `good lines must pass:\n${ok.stdout}${ok.stderr}`);
  assert.match(ok.stdout, new RegExp(`^contract: ${good.length} passed, 0 failed$`, 'm'));

  const ko = run([...good, ...bad.map(([l]) => l)]);
  assert.equal(ko.status, 1, ko.stdout + ko.stderr);
  assert.match(ko.stdout, new RegExp(`^contract: ${good.length} passed, ${bad.length} failed$`, 'm'));
  const blocks = ko.stdout.split(/^FAIL /m).slice(1);
  for (const [, group, reason] of bad) {
    const block = blocks.find((b) => b.startsWith(`${group}  (`));
    assert.ok(block, `no failure reported for ${group}:\n${ko.stdout}`);
    assert.ok(block.includes(reason), `failure of ${group} does not say "${reason}":\n${block}`);
  }
  // --extra-fields names a property the schema does not (and still passes: open schemas).
  const extra = run([line('GET', '/healthz', 200, 'application/json', { status: 'ok', surprise: 1 }, 'extra')], '--extra-fields');
  assert.equal(extra.status, 0, extra.stdout);
  assert.match(extra.stdout, /^extra GET \/healthz → 200: \.surprise {2}\(1\)$/m);
  assert.match(extra.stdout, /^contract: 1 undocumented body properties/m);

  const empty = run([]);
  assert.equal(empty.status, 1, 'an empty log must fail');
  console.log(`selftest: ok (${good.length} good lines pass, ${bad.length} bad ones fail, an empty log fails)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
