// POST /clients/:id/decisions — only with decision authority (else 403). A granted decision opens
// a service period (`period_id`); 409 period-open when one is open already.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Decision, DecisionInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useCreateDecision(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => api.post<Decision>(`/clients/${enc(clientId)}/decisions`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
