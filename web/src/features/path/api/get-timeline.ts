// GET /clients/:id/timeline?types= — everything about the client in time order, newest first.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, TimelineEvent } from '../../../types/api';
import { enc, pathKey } from './keys';

export const useTimeline = (clientId: string, types: string[]) =>
  useQuery({
    queryKey: [...pathKey(clientId), 'timeline', types.join(',')],
    queryFn: () =>
      api.get<ListResponse<TimelineEvent>>(`/clients/${enc(clientId)}/timeline`, {
        query: { types: types.join(',') || undefined },
      }),
  });
