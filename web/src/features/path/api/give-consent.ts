// POST /network/:id/consents {scope, given_on} — a new consent (409 when one is in force).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { NetworkMember } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useGiveConsent(clientId: string, memberId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { scope: string; given_on: string }) =>
      api.post<NetworkMember>(`/network/${enc(memberId)}/consents`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
