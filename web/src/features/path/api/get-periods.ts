// GET /clients/:id/periods — service periods with extensions and final evaluation, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, Period } from '../../../types/api';
import { enc, pathKey } from './keys';

export const periodsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'periods'],
    queryFn: () => api.get<ListResponse<Period>>(`/clients/${enc(clientId)}/periods`),
  });
export const usePeriods = (clientId: string) => useQuery(periodsQuery(clientId));
