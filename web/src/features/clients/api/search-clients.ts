// POST /clients/search — search by name or identity code. The query travels in the body and is
// held in memory only: it never goes into a URL (the server's, the app's own, or history).
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ClientSummary, ListResponse } from '../../../types/api';

export const SEARCH_PAGE_SIZE = 25;

export function searchClients(q: string, cursor?: string | null): Promise<ListResponse<ClientSummary>> {
  return api.post('/clients/search', { q, limit: SEARCH_PAGE_SIZE, cursor: cursor ?? undefined });
}

export const clientSearchQuery = (q: string) =>
  infiniteQueryOptions({
    queryKey: ['clients', 'search', q],
    queryFn: ({ pageParam }) => searchClients(q, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
    gcTime: 60_000,
  });

export function useClientSearch(q: string | null) {
  return useInfiniteQuery({ ...clientSearchQuery(q ?? ''), enabled: q !== null });
}
