// GET /decisions/:id — one decision (the printable page).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Decision } from '../../../types/api';
import { enc } from './keys';

export const useDecision = (id: string) =>
  useQuery({ queryKey: ['decision', id], queryFn: () => api.get<Decision>(`/decisions/${enc(id)}`) });
