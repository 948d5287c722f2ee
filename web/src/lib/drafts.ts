// Per-user drafts kept on the server (`/drafts/:key`) so that a half-filled form survives a
// reload, a lost session or a different computer. `useAutosave` saves the form ~1 s after the
// user stops typing and never while the session is expired.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from './api-client';
import { useSession } from './session';
import type { Draft } from '../types/api';

/** The draft under `key`, or null: the server answers 204 when there is none (not an error). */
export async function getDraft<T>(key: string): Promise<Draft<T> | null> {
  const draft = await api.get<Draft<T> | undefined>(`/drafts/${encodeURIComponent(key)}`);
  return draft ?? null;
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

/** A draft's data shaped by `coerce` (a draft may be old or foreign); `initial` if it cannot be. */
function restoreDraft<T>(initial: T, data: unknown, coerce: (data: unknown, initial: T) => T): T {
  try {
    return coerce(data, initial);
  } catch {
    return initial;
  }
}

/**
 * A form's values with their server draft under `key` (none when `key` is null): restored once,
 * only into an untouched form, and autosaved from then on. A draft that could not be read because
 * the session expired is read again after the re-login (the session refetches failed queries) and
 * restored if the user has not typed meanwhile; what they typed stays in any case.
 */
export function useDraftForm<T>(key: string | null, initial: T, coerce: (data: unknown, initial: T) => T) {
  const draft = useQuery({
    queryKey: ['drafts', key],
    queryFn: () => getDraft<unknown>(key ?? ''),
    enabled: key !== null,
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  const [values, setValues] = useState<T>(initial);
  const [ready, setReady] = useState(key === null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const initialJson = JSON.stringify(initial);
  const expiredRead = draft.isError && isApiError(draft.error, 401);

  useEffect(() => {
    if (ready || key === null || draft.isPending || expiredRead) return;
    if (draft.isSuccess && draft.data && JSON.stringify(values) === initialJson) {
      setValues(restoreDraft(initial, draft.data.data, coerce));
      setRestoredAt(draft.data.updated_at);
    }
    setReady(true);
  }, [key, draft.isPending, draft.isSuccess, draft.data, expiredRead, ready, values, initialJson, initial, coerce]);

  const autosave = useAutosave(key ?? '', values, { enabled: ready && key !== null });

  /** Empties the form and deletes the draft (after a successful save, or "discard"). */
  const reset = useCallback(async () => {
    setValues(initial);
    setRestoredAt(null);
    if (key !== null) await autosave.discard(initial).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `initial` by value (a new object each render)
  }, [initialJson, key, autosave.discard]);

  return {
    values,
    setValues,
    /** The draft is still being read (show a loading state instead of the form). */
    loading: key !== null && draft.isPending,
    restoredAt,
    autosave,
    reset,
    loadFailed: draft.isError && !expiredRead,
  };
}
