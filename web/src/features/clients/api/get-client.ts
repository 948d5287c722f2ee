// GET /clients/:id — one client; 404 also when the user has no relationship to the client.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api-client';
import type { Client } from '../../../types/api';

export function getClient(id: string): Promise<Client> {
  return api.get(`/clients/${encodeURIComponent(id)}`);
}

export const clientQuery = (id: string) =>
  queryOptions({
    queryKey: ['clients', 'one', id],
    queryFn: () => getClient(id),
    retry: (count, e) => !isApiError(e) || (e.status >= 500 && count < 2),
  });

export function useClient(id: string) {
  return useQuery(clientQuery(id));
}
