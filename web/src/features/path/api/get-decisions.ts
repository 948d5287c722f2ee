// GET /clients/:id/decisions — the client's decisions, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Decision, ListResponse } from '../../../types/api';
import { enc, pathKey } from './keys';

export const decisionsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'decisions'],
    queryFn: () => api.get<ListResponse<Decision>>(`/clients/${enc(clientId)}/decisions`),
  });
export const useDecisions = (clientId: string) => useQuery(decisionsQuery(clientId));
