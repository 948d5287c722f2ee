// POST /periods/:id/final-evaluation — closes the period (409 period-closed afterwards).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FinalEvaluationInput, Period } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useFinalEvaluation(clientId: string, periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: FinalEvaluationInput) => api.post<Period>(`/periods/${enc(periodId)}/final-evaluation`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
