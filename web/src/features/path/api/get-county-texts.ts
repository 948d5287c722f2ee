// GET /county-texts/appeal_instructions — the county's appeal instructions in Finnish and Swedish.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CountyTexts } from '../../../types/api';

export const appealTextsKey = ['county-texts', 'appeal_instructions'] as const;
export const useAppealTexts = () =>
  useQuery({ queryKey: appealTextsKey, queryFn: () => api.get<CountyTexts>('/county-texts/appeal_instructions') });
