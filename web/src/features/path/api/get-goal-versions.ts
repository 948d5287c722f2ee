// GET /goals/:id/versions — every version of a goal, newest first.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { GoalVersion, ListResponse } from '../../../types/api';
import { enc, pathKey } from './keys';

export const useGoalVersions = (clientId: string, goalId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...pathKey(clientId), 'goal-versions', goalId],
    queryFn: () => api.get<ListResponse<GoalVersion>>(`/goals/${enc(goalId)}/versions`),
    enabled,
  });
