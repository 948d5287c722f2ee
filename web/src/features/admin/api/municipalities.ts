// POST /counties/:code/municipalities — add a municipality to the admin's county.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { municipalitiesQuery } from '../../../lib/organisation';
import type { CodeName } from '../../../types/api';

export function createMunicipality(county: string, input: CodeName): Promise<CodeName> {
  return api.post(`/counties/${encodeURIComponent(county)}/municipalities`, input);
}

export function useCreateMunicipality(county: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CodeName) => createMunicipality(county, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalitiesQuery(county).queryKey }),
  });
}

/** PATCH /municipalities/:code {name_sv} — the Swedish name of a municipality of the admin's county ("" for none). */
export function updateMunicipalitySwedishName(code: string, nameSv: string): Promise<CodeName> {
  return api.patch(`/municipalities/${encodeURIComponent(code)}`, { name_sv: nameSv });
}

export function useUpdateMunicipalitySwedishName(county: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, nameSv }: { code: string; nameSv: string }) => updateMunicipalitySwedishName(code, nameSv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalitiesQuery(county).queryKey }),
  });
}
