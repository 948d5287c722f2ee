// PATCH /clients/:id with the version that was read; 409 stale-version if someone saved between.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Client, ClientPatch } from '../../../types/api';
import { clientQuery } from './get-client';

export function updateClient(id: string, patch: ClientPatch): Promise<Client> {
  return api.patch(`/clients/${encodeURIComponent(id)}`, patch);
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ClientPatch) => updateClient(id, patch),
    onSuccess: (client) => queryClient.setQueryData(clientQuery(id).queryKey, client),
  });
}
