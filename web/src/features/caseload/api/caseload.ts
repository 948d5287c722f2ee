// GET /caseload — the manager's caseload view, filtered by unit, key worker and phase.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Caseload } from '../../../types/api';
import { caseloadParams } from '../components/caseload-model';
import type { CaseloadFilter } from '../components/caseload-model';

export function getCaseload(filter: CaseloadFilter): Promise<Caseload> {
  return api.get('/caseload', { query: caseloadParams(filter) });
}

export function useCaseload(filter: CaseloadFilter) {
  return useQuery({
    queryKey: ['caseload', filter],
    queryFn: () => getCaseload(filter),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
