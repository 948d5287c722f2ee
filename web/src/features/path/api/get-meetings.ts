// GET /clients/:id/meetings — meetings, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, Meeting } from '../../../types/api';
import { enc, pathKey } from './keys';

export const meetingsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'meetings'],
    queryFn: () => api.get<ListResponse<Meeting>>(`/clients/${enc(clientId)}/meetings`),
  });
export const useMeetings = (clientId: string) => useQuery(meetingsQuery(clientId));
