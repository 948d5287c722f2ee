// GET /clients/:id/assessments — service need assessments, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Assessment, ListResponse } from '../../../types/api';
import { enc, pathKey } from './keys';

export const assessmentsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'assessments'],
    queryFn: () => api.get<ListResponse<Assessment>>(`/clients/${enc(clientId)}/assessments`),
  });
export const useAssessments = (clientId: string) => useQuery(assessmentsQuery(clientId));
