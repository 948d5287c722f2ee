// GET /clients/:id/network — "my team" with each member's consent status.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, NetworkMember } from '../../../types/api';
import { enc, pathKey } from './keys';

export const networkQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'network'],
    queryFn: () => api.get<ListResponse<NetworkMember>>(`/clients/${enc(clientId)}/network`),
  });
export const useNetwork = (clientId: string) => useQuery(networkQuery(clientId));
