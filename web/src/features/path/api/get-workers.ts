// GET /workers — who in the county can be named key worker (social workers and counsellors).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, Worker } from '../../../types/api';

export const useWorkers = () =>
  useQuery({ queryKey: ['workers'], queryFn: () => api.get<ListResponse<Worker>>('/workers'), staleTime: 300_000 });
