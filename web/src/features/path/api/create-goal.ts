// POST /clients/:id/goals — a goal in the client's words, with GAS levels (all five or none).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Goal, GoalInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useCreateGoal(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: GoalInput) => api.post<Goal>(`/clients/${enc(clientId)}/goals`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
