// POST /clients/:id/access-reasons — a worker in the client's unit records why they need the
// client's data; access is then granted for a limited time and flagged for the auditor.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function recordAccessReason(id: string, reason: string): Promise<{ expires_at: string }> {
  return api.post(`/clients/${encodeURIComponent(id)}/access-reasons`, { reason });
}

export function useRecordAccessReason(id: string) {
  return useMutation({ mutationFn: (reason: string) => recordAccessReason(id, reason) });
}
