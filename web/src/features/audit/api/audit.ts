// /audit — the auditor's view of the access log (by client, by actor, by account concerned) and the check of
// its hash chain.
import { infiniteQueryOptions, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AuditClientHit, AuditEntry, AuditVerifyResult, ListResponse } from '../../../types/api';

export interface AuditFilter {
  client_id?: string;
  actor?: string;
  /** The account an account event is about (username or id). */
  subject_user?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export function searchAudit(filter: AuditFilter, cursor?: string | null): Promise<ListResponse<AuditEntry>> {
  return api.get('/audit', { query: { ...filter, limit: AUDIT_PAGE_SIZE, cursor } });
}

export const auditQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => searchAudit(filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
    staleTime: 0,
  });

export function useAuditSearch(filter: AuditFilter | null) {
  return useInfiniteQuery({ ...auditQuery(filter ?? {}), enabled: filter !== null });
}

export function verifyAudit(): Promise<AuditVerifyResult> {
  return api.get('/audit/verify');
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}

/**
 * POST /audit/clients {q} — the auditor finds a client by name or identity code. The query is in
 * the body (never in a URL); the server writes an audit entry for every client it returns.
 */
export function lookupClients(q: string): Promise<ListResponse<AuditClientHit>> {
  return api.post('/audit/clients', { q });
}

export function useLookupClients() {
  return useMutation({ mutationFn: lookupClients });
}
