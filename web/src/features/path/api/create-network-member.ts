// POST /clients/:id/network — a member of the client's network, optionally with a consent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { NetworkMember, NetworkMemberInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useCreateNetworkMember(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NetworkMemberInput) => api.post<NetworkMember>(`/clients/${enc(clientId)}/network`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
