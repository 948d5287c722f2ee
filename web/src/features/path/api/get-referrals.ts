// GET /clients/:id/referrals — contacts and referrals, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, Referral } from '../../../types/api';
import { enc, pathKey } from './keys';

export const referralsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...pathKey(clientId), 'referrals'],
    queryFn: () => api.get<ListResponse<Referral>>(`/clients/${enc(clientId)}/referrals`),
  });
export const useReferrals = (clientId: string) => useQuery(referralsQuery(clientId));
