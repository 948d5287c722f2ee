// GET /decisions/:id/print — the decision as printed: with the party (name, identity code,
// address). Audited as "print" on the server; fetched only by the print page.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DecisionPrint } from '../../../types/api';
import { enc } from './keys';

export const useDecisionPrint = (id: string) =>
  useQuery({ queryKey: ['decision-print', id], queryFn: () => api.get<DecisionPrint>(`/decisions/${enc(id)}/print`), staleTime: Infinity });
