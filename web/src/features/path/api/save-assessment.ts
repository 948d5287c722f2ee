// POST /clients/:id/assessments (a new one) or PATCH /assessments/:id with the version that was
// read (409 stale-version if someone saved between; 409 completed when it is already a record).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Assessment, AssessmentInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useSaveAssessment(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: AssessmentInput }) =>
      id
        ? api.patch<Assessment>(`/assessments/${enc(id)}`, { ...input, version })
        : api.post<Assessment>(`/clients/${enc(clientId)}/assessments`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
