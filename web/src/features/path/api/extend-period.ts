// POST /periods/:id/extensions {new_deadline, reason} — every extension is kept.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Period } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useExtendPeriod(clientId: string, periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { new_deadline: string; reason: string }) =>
      api.post<Period>(`/periods/${enc(periodId)}/extensions`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
