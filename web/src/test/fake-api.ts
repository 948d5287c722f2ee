// A fake `fetch` for unit tests: a tiny router over method + path that records every request
// (with its headers and JSON body) and answers with JSON or problem+json.
import { vi } from 'vitest';
import type { Me } from '../types/api';
import { CODES } from './codes-fixture';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
}

type Handler = (req: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export class FakeApi {
  readonly requests: RecordedRequest[] = [];
  // GET /codes, and GET /drafts/{key} without a draft (204), answer as the server does unless a
  // test says otherwise.
  private readonly routes: { method: string; pattern: RegExp; handler: Handler }[] = [
    { method: 'GET', pattern: /^\/codes$/, handler: () => ({ status: 200, body: CODES }) },
    { method: 'GET', pattern: /^\/drafts\/[^/]+$/, handler: () => ({ status: 204 }) },
  ];

  on(method: string, path: string | RegExp, handler: Handler | FakeResponse): this {
    const pattern = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path;
    this.routes.unshift({ method, pattern, handler: typeof handler === 'function' ? handler : () => handler });
    return this;
  }

  install(): this {
    vi.stubGlobal('fetch', this.fetch);
    return this;
  }

  /** Requests to `method path`, in order. */
  calls(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k.toLowerCase()] = v;
    });
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const req: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    this.requests.push(req);
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    const res = route ? await route.handler(req) : { status: 404, body: problem(404, 'Not Found') };
    if (res.status === 204) return new Response(null, { status: 204 });
    const isProblem = res.status >= 400;
    return new Response(res.body === undefined ? '' : JSON.stringify(res.body), {
      status: res.status,
      headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' },
    });
  };
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}) {
  return { type: `https://soku.invalid/problems/${status}`, title, status, ...extra };
}

// The actions GET /me gives the demo user of each role (server/tests/api/api_codes_test.cpp checks
// the server's answer against security::authorize()).
const DEMO_ACTIONS: Record<Me['roles'][number]['role'], Me['actions']> = {
  social_worker: ['client_search', 'client_create', 'report_read'],
  social_counsellor: ['client_search', 'client_create', 'report_read'],
  group_instructor: [],
  experience_expert: [],
  manager: ['report_read', 'caseload_view'],
  analyst: ['report_read'],
  admin: ['admin_read', 'admin_write'],
  auditor: ['audit_read'],
};
const ACTION_ORDER: Me['actions'] = ['client_search', 'client_create', 'audit_read', 'admin_read', 'admin_write', 'report_read', 'caseload_view'];

/** The actions the server would give a user with these roles in their county. */
export function actionsOf(roles: Me['roles'][number]['role'][]): Me['actions'] {
  const all = new Set(roles.flatMap((r) => DEMO_ACTIONS[r]));
  return ACTION_ORDER.filter((a) => all.has(a));
}

export function makeMe(roles: Me['roles'][number]['role'][], overrides: Partial<Me> = {}): Me {
  return {
    actions: actionsOf(roles),
    id: 'u-1',
    username: 'demo-social_worker',
    display_name: 'Sanna Sosiaalityöntekijä',
    county: { code: 'etela-pohjanmaa', name: 'Etelä-Pohjanmaa' },
    roles: roles.map((role) => ({ role, county: 'etela-pohjanmaa', unit: null, unit_name: null })),
    ...overrides,
  };
}
