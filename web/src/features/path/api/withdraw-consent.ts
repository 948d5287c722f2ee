// POST /consents/:id/withdraw {reason?} — the member list shows the withdrawal at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { NetworkMember } from '../../../types/api';
import { enc, networkQueryKey, pathKey } from './keys';

export function useWithdrawConsent(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, reason }: { consentId: string; reason?: string }) =>
      api.post<NetworkMember>(`/consents/${enc(consentId)}/withdraw`, reason ? { reason } : {}),
    onSuccess: (member) => {
      qc.setQueryData<{ items: NetworkMember[] }>(networkQueryKey(clientId), (old) =>
        old ? { ...old, items: old.items.map((m) => (m.id === member.id ? member : m)) } : old,
      );
      void qc.invalidateQueries({ queryKey: pathKey(clientId) });
    },
  });
}
