// GET /periods/:id — one service period (used to find its client from a draft link).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Period } from '../../../types/api';
import { enc } from './keys';

export const usePeriod = (id: string) =>
  useQuery({ queryKey: ['period', id], queryFn: () => api.get<Period>(`/periods/${enc(id)}`) });
