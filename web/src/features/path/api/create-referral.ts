// POST /clients/:id/referrals — who referred the client and why.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Referral, ReferralInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useCreateReferral(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) => api.post<Referral>(`/clients/${enc(clientId)}/referrals`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
