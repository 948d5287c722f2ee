// GET /periods/:id/closing-check — the warnings shown before a period is closed (no meetings, no
// goals, a far deadline, opened today). The rule is the server's (domain/final_evaluation.h).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ClosingCheck } from '../../../types/api';
import { enc, pathKey } from './keys';

export const useClosingCheck = (clientId: string, periodId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...pathKey(clientId), 'closing-check', periodId],
    queryFn: () => api.get<ClosingCheck>(`/periods/${enc(periodId)}/closing-check`),
    enabled,
  });
