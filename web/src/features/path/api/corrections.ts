// Corrections with history: PATCH /meetings/:id, /referrals/:id, /network/:id, /consents/:id with
// {version, reason, …fields} (409 stale-version when someone corrected it first; 422 naming
// `reason` without one), GET …/:id/versions (earlier wordings, newest first) and
// POST /assessments/:id/addenda {text, reason} (a completed assessment is not rewritten).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Assessment, ListResponse, RecordVersion } from '../../../types/api';
import { enc, pathKey } from './keys';

/** The kinds of record corrected with history, and the first path segment of each. */
export type CorrectableKind = 'meeting' | 'referral' | 'network_member' | 'consent';
const segment: Record<CorrectableKind, string> = {
  meeting: 'meetings',
  referral: 'referrals',
  network_member: 'network',
  consent: 'consents',
};
export const recordPath = (kind: CorrectableKind, id: string) => `/${segment[kind]}/${enc(id)}`;

export function useCorrectRecord<R>(clientId: string, kind: CorrectableKind, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown> & { version: number; reason: string }) => api.patch<R>(recordPath(kind, id), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}

export const useRecordVersions = (clientId: string, kind: CorrectableKind, id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...pathKey(clientId), 'versions', kind, id],
    queryFn: () => api.get<ListResponse<RecordVersion>>(`${recordPath(kind, id)}/versions`),
    enabled,
  });

export function useAddAddendum(clientId: string, assessmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; reason: string }) => api.post<Assessment>(`/assessments/${enc(assessmentId)}/addenda`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathKey(clientId) }),
  });
}
