// POST /clients/:id/meetings — record a meeting (individual or network).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Meeting, MeetingInput } from '../../../types/api';
import { enc, pathKey } from './keys';

export function useCreateMeeting(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingInput) => api.post<Meeting>(`/clients/${enc(clientId)}/meetings`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
