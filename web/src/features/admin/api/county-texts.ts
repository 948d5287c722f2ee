// GET/PUT /county-texts/appeal_instructions — the county's appeal-instruction template (fi, sv),
// prefilled into every decision.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CountyTexts } from '../../../types/api';

const key = ['county-texts', 'appeal_instructions'] as const;

export const useAppealInstructions = () =>
  useQuery({ queryKey: key, queryFn: () => api.get<CountyTexts>('/county-texts/appeal_instructions') });

export function useSaveAppealInstructions() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (texts: { fi: string; sv: string }) => api.put<CountyTexts>('/county-texts/appeal_instructions', texts),
    onSuccess: (data) => qc.setQueryData(key, data),
  });
}

// GET/PUT /county-texts/authority_contact — the authority's contact details (address, phone,
// opening hours) printed on every decision (fi, sv; may be empty).
const contactKey = ['county-texts', 'authority_contact'] as const;

export const useAuthorityContact = () =>
  useQuery({ queryKey: contactKey, queryFn: () => api.get<CountyTexts>('/county-texts/authority_contact') });

export function useSaveAuthorityContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (texts: { fi: string; sv: string }) => api.put<CountyTexts>('/county-texts/authority_contact', texts),
    onSuccess: (data) => qc.setQueryData(contactKey, data),
  });
}
