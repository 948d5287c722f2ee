// The logged-in session as the whole app sees it: who the user is, whether the server still knows
// the session, and the actions login / re-login / logout. A 401 on any request while logged in
// marks the session expired; nothing is unmounted or navigated away, so forms keep what the user
// typed, and the re-login dialog (features/auth) brings the session back.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from './api-client';
import type { Me, SessionResponse } from '../types/api';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

export interface SessionValue {
  status: SessionStatus;
  user: Me | null;
  /** The server no longer accepts the session; the user is asked to log in again. */
  expired: boolean;
  /** The user pressed "log out" (the next login should not return to their last page). */
  loggedOut: boolean;
  /** The password was set by an admin; the app shows only the "set your own password" page. */
  passwordChangeRequired: boolean;
  login(username: string, password: string): Promise<Me>;
  relogin(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  /** PUT /me/password {current_password, new_password}; clears passwordChangeRequired. */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// Whether this browser may hold a live session. The session cookie is HttpOnly (the app cannot
// see it), so asking GET /me on every start would answer 401 on every login page load (issue 8).
// A hint in localStorage — "1", nothing personal — says that a login happened here and no logout
// since; only then is /me asked at start. localStorage (not sessionStorage): a new tab of a
// logged-in browser still carries the cookie, and a login with a live cookie needs that session's
// CSRF token (login() below recovers anyway). A 401 from /me clears the hint.
const SIGNED_IN_HINT = 'soku.signedIn';

export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_HINT, '1');
    else localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // storage unavailable (private mode, policy): /me is then asked at every start
  }
}

export function mayBeSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_HINT) === '1';
  } catch {
    return true;
  }
}

export function fetchMe(): Promise<SessionResponse> {
  return api.get<SessionResponse>('/me', { authRequest: true });
}

export function createSession(username: string, password: string): Promise<SessionResponse> {
  return api.post<SessionResponse>('/session', { username, password }, { authRequest: true });
}

export function putOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.put('/me/password', { current_password: currentPassword, new_password: newPassword });
}

export function deleteSession(): Promise<void> {
  return api.delete('/session', { authRequest: true });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<Me | null>(null);
  const [expired, setExpired] = useState(false);
  const [loggedOut, setLoggedOut] = useState(false);
  const [passwordChangeRequired, setPasswordChangeRequired] = useState(false);

  useEffect(() => {
    let cancelled = false;
    if (!mayBeSignedIn()) {
      setStatus('anonymous');
      return;
    }
    fetchMe()
      .then((res) => {
        if (cancelled) return;
        api.startSession(res.csrf_token);
        setUser(res.user);
        setPasswordChangeRequired(res.password_change_required === true);
        setStatus('authenticated');
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        if (isApiError(e, 401)) rememberSignedIn(false);
        setStatus('anonymous');
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => api.onSessionExpired(() => setExpired(true)), []);

  const login = useCallback(
    async (username: string, password: string) => {
      let res: SessionResponse;
      try {
        res = await createSession(username, password);
      } catch (e) {
        // A live session cookie without the hint (storage cleared): the server wants that
        // session's CSRF token on the login. Take it from /me and log in again.
        if (!isApiError(e, 403) || !(e.problem.type ?? '').endsWith('/csrf')) throw e;
        const current = await fetchMe();
        api.startSession(current.csrf_token);
        res = await createSession(username, password);
      }
      rememberSignedIn(true);
      queryClient.clear();
      api.startSession(res.csrf_token);
      setUser(res.user);
      setPasswordChangeRequired(res.password_change_required === true);
      setExpired(false);
      setLoggedOut(false);
      setStatus('authenticated');
      return res.user;
    },
    [queryClient],
  );

  const relogin = useCallback(
    async (username: string, password: string) => {
      const previous = user;
      const res = await createSession(username, password);
      rememberSignedIn(true);
      api.startSession(res.csrf_token);
      if (previous && previous.id !== res.user.id) {
        // Someone else logged in: nothing typed or loaded for the previous user may stay.
        queryClient.clear();
        window.location.assign('/');
        return res.user;
      }
      setUser(res.user);
      setPasswordChangeRequired(res.password_change_required === true);
      setExpired(false);
      setStatus('authenticated');
      // Reload what failed while the session was gone; successful data and forms stay as they are.
      void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
      return res.user;
    },
    [queryClient, user],
  );

  const logout = useCallback(async () => {
    try {
      await deleteSession();
    } catch (e) {
      if (!isApiError(e)) throw e;
      // already logged out on the server: fine
    }
    api.endSession();
    rememberSignedIn(false);
    queryClient.clear();
    setUser(null);
    setPasswordChangeRequired(false);
    setExpired(false);
    setLoggedOut(true);
    setStatus('anonymous');
  }, [queryClient]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await putOwnPassword(currentPassword, newPassword);
      // Anything fetched while the password was temporary was refused; start clean.
      queryClient.clear();
      setPasswordChangeRequired(false);
    },
    [queryClient],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status,
      user,
      expired,
      loggedOut,
      passwordChangeRequired,
      login,
      relogin,
      logout,
      changePassword,
    }),
    [status, user, expired, loggedOut, passwordChangeRequired, login, relogin, logout, changePassword],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside <SessionProvider>');
  return ctx;
}

/** The logged-in user; only for components rendered behind the login guard. */
export function useUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useUser needs a logged-in user');
  return user;
}
