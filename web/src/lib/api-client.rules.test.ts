// The API client's rules at their edges, with a fetch stub that records exactly what was sent:
// the base path, headers, credentials and caching of every request; what a success returns
// (body, empty body, 204); how an error body of any shape becomes a Problem; which statuses end
// a session; and that an aborted request stays an abort.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, api, isApiError } from './api-client';

interface Sent {
  url: string;
  init: RequestInit;
}

let sent: Sent[];
let answer: () => Response | Promise<Response>;

beforeEach(() => {
  sent = [];
  answer = () => new Response(null, { status: 204 });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(answer());
  });
});
afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown, statusText = '') =>
  new Response(JSON.stringify(body), { status, statusText, headers: { 'Content-Type': 'application/json' } });
const text = (status: number, body: string, statusText = '') => new Response(body, { status, statusText });
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('resolved'), (e: unknown) => e as ApiError);

describe('requests', () => {
  it('go to /api/v1 with JSON accepted, same-origin credentials and no caching', async () => {
    await new ApiClient().get('/clients');
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/v1/clients');
    expect(sent[0].init).toMatchObject({ method: 'GET', credentials: 'same-origin', cache: 'no-store', body: undefined });
    expect(sent[0].init.headers).toEqual({ Accept: 'application/json, application/problem+json' });
    await new ApiClient('/base').delete('/x');
    expect(sent[1].url).toBe('/base/x');
    expect(sent[1].init.method).toBe('DELETE');
  });

  it('send a JSON body with its content type, and no content type without a body', async () => {
    const c = new ApiClient();
    await c.post('/things', { a: 1 });
    await c.post('/things');
    expect(sent[0].init.body).toBe('{"a":1}');
    expect(sent[0].init.headers).toEqual({ Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json' });
    expect(sent[1].init.body).toBeUndefined();
    expect(sent[1].init.headers).toEqual({ Accept: 'application/json, application/problem+json' });
  });

  it('carry no CSRF token after the session ended', async () => {
    const c = new ApiClient();
    c.startSession('t1');
    expect(c.hasSession).toBe(true);
    c.endSession();
    expect(c.hasSession).toBe(false);
    await c.post('/things', {});
    expect(sent[0].init.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('add no "?" when every query parameter is empty', async () => {
    const c = new ApiClient();
    await c.get('/clients', { query: { q: '', cursor: null, x: undefined } });
    await c.get('/clients', { query: {} });
    await c.get('/clients', { query: { n: 0 } });
    expect(sent.map((s) => s.url)).toEqual(['/api/v1/clients', '/api/v1/clients', '/api/v1/clients?n=0']);
  });

  it('pass the abort signal on, and an abort stays an abort (not a network error)', async () => {
    const controller = new AbortController();
    answer = () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    };
    const e = await new ApiClient().get('/x', { signal: controller.signal }).catch((x: unknown) => x);
    expect(sent[0].init.signal).toBe(controller.signal);
    expect(e).toBeInstanceOf(DOMException);
    expect(isApiError(e)).toBe(false);
    // another DOMException is a network failure like any other
    answer = () => {
      throw new DOMException('nope', 'NetworkError');
    };
    const n = await failure(new ApiClient().get('/x'));
    expect(n).toBeInstanceOf(ApiError);
    expect(n.problem).toEqual({ status: 0, title: 'network', detail: 'NetworkError: nope' });
  });
});

describe('responses', () => {
  it('return the parsed body, or undefined for an empty body and for 204', async () => {
    const c = new ApiClient();
    answer = () => json(200, { id: 'c1' });
    await expect(c.get('/x')).resolves.toEqual({ id: 'c1' });
    answer = () => text(200, '');
    await expect(c.get('/x')).resolves.toBeUndefined();
    answer = () => new Response(null, { status: 204 });
    await expect(c.put('/x', {})).resolves.toBeUndefined();
    answer = () => json(201, { id: 'new' });
    await expect(c.post('/x', {})).resolves.toEqual({ id: 'new' });
  });

  it('turn an error body that is not a problem object into status and status text', async () => {
    const c = new ApiClient();
    for (const body of ['<html>Bad gateway</html>', '', 'null', '"oops"', '42']) {
      answer = () => text(502, body, 'Bad Gateway');
      const e = await failure(c.get('/x'));
      expect(e.problem).toEqual({ status: 502, title: 'Bad Gateway' });
      expect(e.message).toBe('Bad Gateway');
    }
  });

  it('keep the server\'s problem fields, with its status, and only well-formed field errors', async () => {
    answer = () =>
      json(422, {
        type: 'https://soku.invalid/problems/validation',
        title: 'Invalid',
        status: 400,
        errors: [{ field: 'a', message: 'x' }, null, 'text', { message: 'no field' }, { field: 7, message: 'n' }, { field: 'b', message: 'y' }],
      });
    const e = await failure(new ApiClient().post('/x', {}));
    expect(e.problem).toEqual({
      type: 'https://soku.invalid/problems/validation',
      title: 'Invalid',
      status: 422,
      errors: [{ field: 'a', message: 'x' }, { field: 'b', message: 'y' }],
    });
    answer = () => json(422, { title: 'Invalid', errors: 'not a list' });
    expect((await failure(new ApiClient().post('/x', {}))).problem).toEqual({ title: 'Invalid', status: 422, errors: undefined });
  });

  it('end the session on a 401 only, and let a listener unsubscribe', async () => {
    const c = new ApiClient();
    const first = vi.fn();
    const second = vi.fn();
    c.onSessionExpired(first);
    const unsubscribe = c.onSessionExpired(second);
    c.startSession('t');
    for (const status of [400, 403, 404, 409, 500]) {
      answer = () => json(status, { title: 'x' });
      await failure(c.get('/x'));
    }
    expect(c.hasSession).toBe(true);
    expect(first).not.toHaveBeenCalled();
    unsubscribe();
    answer = () => json(401, { title: 'Unauthorized' });
    await failure(c.get('/x'));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    expect(c.hasSession).toBe(false);
  });

  it('does not announce an expiry for a client that never had a session', async () => {
    const c = new ApiClient();
    const expired = vi.fn();
    c.onSessionExpired(expired);
    expect(c.hasSession).toBe(false);
    answer = () => json(401, { title: 'Unauthorized' });
    await failure(c.get('/x'));
    expect(expired).not.toHaveBeenCalled();
  });
});

describe('ApiError', () => {
  it('takes its message from the detail, else the title, else the status', () => {
    expect(new ApiError({ status: 422, title: 'Invalid', detail: 'Bad hetu' }).message).toBe('Bad hetu');
    expect(new ApiError({ status: 422, title: 'Invalid' }).message).toBe('Invalid');
    expect(new ApiError({ status: 422, title: 'Invalid', detail: '' }).message).toBe('Invalid');
    expect(new ApiError({ status: 502 }).message).toBe('HTTP 502');
    expect(new ApiError({ status: 502 }).name).toBe('ApiError');
  });

  it('keeps the first message of each named field and skips unnamed ones', () => {
    const e = new ApiError({
      status: 422,
      errors: [{ field: '', message: 'nameless' }, { field: 'hetu', message: 'first' }, { field: 'hetu', message: 'second' }],
    });
    expect(e.fieldErrors).toEqual({ hetu: 'first' });
    expect(new ApiError({ status: 422 }).fieldErrors).toEqual({});
  });

  it('is a stale version only as a 409 of the stale-version type', () => {
    const type = 'https://soku.invalid/problems/stale-version';
    expect(new ApiError({ status: 409, type }).isStaleVersion).toBe(true);
    expect(new ApiError({ status: 422, type }).isStaleVersion).toBe(false);
    expect(new ApiError({ status: 409 }).isStaleVersion).toBe(false);
    expect(new ApiError({ status: 409, type: `${type}/not` }).isStaleVersion).toBe(false);
  });

  it('is recognised by isApiError, with or without a status', () => {
    const e = new ApiError({ status: 404 });
    expect(isApiError(e)).toBe(true);
    expect(isApiError(e, 404)).toBe(true);
    expect(isApiError(e, 401)).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError(new Error('x'), 404)).toBe(false);
    expect(isApiError({ status: 404, problem: {} }, 404)).toBe(false);
    expect(isApiError(undefined)).toBe(false);
  });

  it('the application client talks to /api/v1', async () => {
    await api.get('/me');
    expect(sent[0].url).toBe('/api/v1/me');
  });
});
