// GET /dashboard — the key worker's week, clients and warnings.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Dashboard } from '../../../types/api';

export const useDashboard = () =>
  useQuery({ queryKey: ['dashboard'], queryFn: () => api.get<Dashboard>('/dashboard'), staleTime: 0 });
