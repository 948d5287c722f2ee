// GET /clients/:id/plan — the current client plan: period, goals with reviews, next reviews.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Plan } from '../../../types/api';
import { enc, pathKey } from './keys';

export const planQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'plan'],
    queryFn: () => api.get<Plan>(`/clients/${enc(clientId)}/plan`),
  });
export const usePlan = (clientId: string) => useQuery(planQuery(clientId));
