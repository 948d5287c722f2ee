// PATCH /periods/:id {version, phase} — the phase of intensified individual work.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Period } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useUpdatePeriod(clientId: string, periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: { version: number; phase: string }) => api.patch<Period>(`/periods/${enc(periodId)}`, patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
