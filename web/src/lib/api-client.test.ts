import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError } from './api-client';
import { FakeApi, problem } from '../test/fake-api';

describe('ApiClient', () => {
  let fake: FakeApi;
  let client: ApiClient;

  beforeEach(() => {
    fake = new FakeApi().install();
    client = new ApiClient();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the CSRF token on every state-changing request, and only on those', async () => {
    fake.on('GET', '/things', { status: 200, body: { items: [] } });
    fake.on('POST', '/things', { status: 201, body: { id: '1' } });
    fake.on('PUT', '/drafts/x', { status: 204 });
    fake.on('PATCH', '/things/1', { status: 200, body: { id: '1' } });
    fake.on('DELETE', '/things/1', { status: 204 });
    client.startSession('token-123');

    await client.get('/things');
    await client.post('/things', { a: 1 });
    await client.put('/drafts/x', { data: {} });
    await client.patch('/things/1', { version: 1 });
    await client.delete('/things/1');

    const csrf = fake.requests.map((r) => [r.method, r.headers['x-csrf-token']]);
    expect(csrf).toEqual([
      ['GET', undefined],
      ['POST', 'token-123'],
      ['PUT', 'token-123'],
      ['PATCH', 'token-123'],
      ['DELETE', 'token-123'],
    ]);
    expect(fake.requests[1].headers['content-type']).toBe('application/json');
    expect(fake.requests[1].body).toEqual({ a: 1 });
  });

  // The server requires the session's token on a login that comes with a live session's cookie
  // (e.g. the re-login dialog, or logging in as someone else without logging out).
  it('sends the CSRF token of the session it holds with a login too', async () => {
    fake.on('POST', '/session', { status: 200, body: { user: {}, csrf_token: 'new' } });
    await client.post('/session', { username: 'u', password: 'p' }, { authRequest: true });
    client.startSession('held-token');
    await client.post('/session', { username: 'u', password: 'p' }, { authRequest: true });
    expect(fake.requests.map((r) => r.headers['x-csrf-token'])).toEqual([undefined, 'held-token']);
  });

  it('uses the newest token after a new session starts', async () => {
    fake.on('POST', '/things', { status: 201, body: {} });
    client.startSession('old');
    client.startSession('new');
    await client.post('/things', {});
    expect(fake.requests[0].headers['x-csrf-token']).toBe('new');
  });

  it('builds query strings without empty parameters', async () => {
    fake.on('GET', '/clients', { status: 200, body: { items: [], next_cursor: null } });
    await client.get('/clients', { query: { q: 'Virtanen', limit: 25, cursor: null, x: '' } });
    expect(fake.requests[0].query.toString()).toBe('q=Virtanen&limit=25');
  });

  it('parses problem+json into an ApiError with field errors keyed by API field name', async () => {
    fake.on('POST', '/clients', {
      status: 422,
      body: problem(422, 'Invalid', {
        detail: 'Some fields are invalid',
        errors: [
          { field: 'hetu', message: 'invalid check character' },
          { field: 'contact.email', message: 'not an email address' },
          { field: 'hetu', message: 'second message is ignored' },
        ],
      }),
    });
    const error = await client.post('/clients', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(422);
    expect(e.message).toBe('Some fields are invalid');
    expect(e.fieldErrors).toEqual({ hetu: 'invalid check character', 'contact.email': 'not an email address' });
  });

  it('recognises a stale version conflict', async () => {
    fake.on('PATCH', '/clients/c1', { status: 409, body: { ...problem(409, 'Conflict'), type: 'https://soku.invalid/problems/stale-version' } });
    fake.on('POST', '/clients', { status: 409, body: { ...problem(409, 'Conflict'), type: 'https://soku.invalid/problems/duplicate' } });
    const stale = (await client.patch('/clients/c1', {}).catch((e: unknown) => e)) as ApiError;
    const dup = (await client.post('/clients', {}).catch((e: unknown) => e)) as ApiError;
    expect(stale.isStaleVersion).toBe(true);
    expect(dup.isStaleVersion).toBe(false);
    expect(dup.status).toBe(409);
  });

  it('copes with an error body that is not JSON', async () => {
    fake.on('GET', '/boom', () => ({ status: 502 }));
    const e = (await client.get('/boom').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.fieldErrors).toEqual({});
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const e = (await client.get('/x').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(0);
  });

  it('announces an expired session once when a logged-in request gets 401', async () => {
    fake.on('GET', '/clients', { status: 401, body: problem(401, 'Unauthorized') });
    const expired = vi.fn();
    client.onSessionExpired(expired);
    client.startSession('t');

    await expect(client.get('/clients')).rejects.toMatchObject({ status: 401 });
    await expect(client.get('/clients')).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledTimes(1);
    expect(client.hasSession).toBe(false);
  });

  it('does not treat a refused login or the start-up probe as an expired session', async () => {
    fake.on('POST', '/session', { status: 401, body: problem(401, 'Unauthorized') });
    fake.on('GET', '/me', { status: 401, body: problem(401, 'Unauthorized') });
    const expired = vi.fn();
    client.onSessionExpired(expired);
    client.startSession('t');
    await expect(client.post('/session', {}, { authRequest: true })).rejects.toBeInstanceOf(ApiError);
    await expect(client.get('/me', { authRequest: true })).rejects.toBeInstanceOf(ApiError);
    expect(expired).not.toHaveBeenCalled();
  });

  it('returns undefined for 204', async () => {
    fake.on('DELETE', '/session', { status: 204 });
    await expect(client.delete('/session')).resolves.toBeUndefined();
  });
});
