// GET /clients/:id/periods — for the client page's header (key worker, period, deadline). Shares
// its cache entry with the path feature's period queries (['path', id, 'periods']), so a change
// to a period refreshes the header too.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, Period } from '../../../types/api';

export const useClientPeriods = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['path', id, 'periods'],
    queryFn: () => api.get<ListResponse<Period>>(`/clients/${encodeURIComponent(id)}/periods`),
    enabled,
  });
