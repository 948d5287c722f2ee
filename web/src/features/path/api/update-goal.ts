// PATCH /goals/:id with the version that was read → a new version (409 stale-version otherwise).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Goal, GoalInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useUpdateGoal(clientId: string, goalId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: GoalInput & { version: number }) => api.patch<Goal>(`/goals/${enc(goalId)}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
