// Per-user drafts kept on the server (`/drafts/:key`) so that a half-filled form survives a
// reload, a lost session or a different computer. `useAutosave` saves the form ~1 s after the
// user stops typing and never while the session is expired.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError } from './api-client';
import { useSession } from './session';
import type { Draft } from '../types/api';

export async function getDraft<T>(key: string): Promise<Draft<T> | null> {
  try {
    return await api.get<Draft<T>>(`/drafts/${encodeURIComponent(key)}`);
  } catch (e) {
    if (isApiError(e, 404)) return null;
    throw e;
  }
}

export function saveDraft<T>(key: string, data: T): Promise<void> {
  return api.put(`/drafts/${encodeURIComponent(key)}`, { data });
}

export function deleteDraft(key: string): Promise<void> {
  return api.delete(`/drafts/${encodeURIComponent(key)}`);
}

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed' };

export interface Autosave<T> {
  state: AutosaveState;
  /** Stop autosaving and delete the draft on the server (after a successful submit or a discard). */
  clear(): Promise<void>;
  /** Delete the draft on the server and take `values` (the emptied form) as the new starting point. */
  discard(values: T): Promise<void>;
}

export function useAutosave<T>(
  key: string,
  values: T,
  { enabled, delayMs = 1000 }: { enabled: boolean; delayMs?: number },
): Autosave<T> {
  const { expired } = useSession();
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const lastSaved = useRef<string | null>(null);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const serialized = JSON.stringify(values);

  useEffect(() => {
    if (!enabled || expired || stopped.current) return;
    if (lastSaved.current === null) {
      // The first values seen are the starting point, not a change worth saving.
      lastSaved.current = serialized;
      return;
    }
    if (serialized === lastSaved.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      setState({ kind: 'saving' });
      saveDraft(key, JSON.parse(serialized) as T)
        .then(() => {
          if (stopped.current) return;
          lastSaved.current = serialized;
          setState({ kind: 'saved', at: new Date() });
        })
        .catch(() => {
          if (!stopped.current) setState({ kind: 'failed' });
        });
    }, delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [key, serialized, enabled, expired, delayMs]);

  const clear = useCallback(async () => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setState({ kind: 'idle' });
    try {
      await deleteDraft(key);
    } catch (e) {
      if (!isApiError(e, 404)) throw e;
    }
  }, [key]);

  const discard = useCallback(
    async (v: T) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      lastSaved.current = JSON.stringify(v);
      setState({ kind: 'idle' });
      try {
        await deleteDraft(key);
      } catch (e) {
        if (!isApiError(e, 404)) throw e;
      }
    },
    [key],
  );

  return { state, clear, discard };
}
