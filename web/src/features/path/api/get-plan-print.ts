// GET /clients/:id/plan/print — the client plan as printed (unit, birth date, goals with their
// latest reviews, meeting rhythm, network; late review dates flagged). Audited as "print".
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PlanPrint } from '../../../types/api';
import { enc, pathKey } from './keys';

export const usePlanPrint = (clientId: string) =>
  useQuery({ queryKey: [...pathKey(clientId), 'plan-print'], queryFn: () => api.get<PlanPrint>(`/clients/${enc(clientId)}/plan/print`), staleTime: Infinity });
