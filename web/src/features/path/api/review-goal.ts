// POST /goals/:id/reviews {reviewed_on, attainment −2…2, note}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Goal } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useReviewGoal(clientId: string, goalId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { reviewed_on: string; attainment: number; note: string }) =>
      api.post<Goal>(`/goals/${enc(goalId)}/reviews`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
