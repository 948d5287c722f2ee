// The one way the web app talks to the soku API. It keeps the CSRF token of the current session,
// adds it to every state-changing request, parses RFC 9457 problem+json errors into ApiError (with
// field errors keyed by the API's field names), and reports a 401 on a logged-in session to the
// session layer, which then asks the user to log in again without leaving the page.

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The first message for each field the server named, keyed by the API field name. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      if (e.field && !(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }

  /** 409 because the record changed after it was read (PATCH with an old `version`). */
  get isStaleVersion(): boolean {
    return this.status === 409 && (this.problem.type ?? '').endsWith('/stale-version');
  }
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /**
   * A 401 from this request means "not logged in" rather than "session expired": the login itself
   * and the session probe at start-up.
   */
  authRequest?: boolean;
}

const MUTATING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiClient {
  private csrfToken: string | null = null;
  private loggedIn = false;
  private readonly expiryListeners = new Set<() => void>();

  constructor(private readonly baseUrl = '/api/v1') {}

  /** Called by the session layer after a login or a successful /me. */
  startSession(csrfToken: string): void {
    this.csrfToken = csrfToken;
    this.loggedIn = true;
  }

  endSession(): void {
    this.csrfToken = null;
    this.loggedIn = false;
  }

  get hasSession(): boolean {
    return this.loggedIn;
  }

  /** Subscribe to "a request got 401 while we believed we were logged in". */
  onSessionExpired(listener: () => void): () => void {
    this.expiryListeners.add(listener);
    return () => this.expiryListeners.delete(listener);
  }

  get<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, opts);
  }
  post<T>(path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...opts, body });
  }
  put<T>(path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...opts, body });
  }
  patch<T>(path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', path, { ...opts, body });
  }
  delete<T = void>(path: string, opts: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, opts);
  }

  async request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (MUTATING.has(method) && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;

    let response: Response;
    try {
      response = await fetch(this.url(path, opts.query), {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: opts.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({ status: 0, title: 'network', detail: String(e) });
    }

    if (response.ok) {
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    }

    const problem = await readProblem(response);
    if (response.status === 401 && !opts.authRequest && this.loggedIn) {
      this.loggedIn = false;
      for (const listener of this.expiryListeners) listener();
    }
    throw new ApiError(problem);
  }

  private url(path: string, query?: RequestOptions['query']): string {
    let url = this.baseUrl + path;
    if (query) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) {
        if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
      }
      const qs = params.toString();
      if (qs) url += `?${qs}`;
    }
    return url;
  }
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, title: response.statusText };
  try {
    const text = await response.text();
    if (!text) return fallback;
    const body = JSON.parse(text) as Partial<Problem>;
    if (typeof body !== 'object' || body === null) return fallback;
    return {
      ...body,
      status: response.status,
      errors: Array.isArray(body.errors)
        ? body.errors.filter(
            (e): e is FieldError =>
              typeof e === 'object' && e !== null && typeof e.field === 'string',
          )
        : undefined,
    };
  } catch {
    return fallback;
  }
}

/** The application's API client. Tests may create their own. */
export const api = new ApiClient();
