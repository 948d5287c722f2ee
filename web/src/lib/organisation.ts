// Counties, municipalities and units: read by several features (the client form's municipality
// choice, the admin pages), so they live here rather than inside one feature.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { CodeName, ListResponse, Unit } from '../types/api';

export function getMunicipalities(county: string): Promise<ListResponse<CodeName>> {
  return api.get(`/counties/${encodeURIComponent(county)}/municipalities`);
}

export const municipalitiesQuery = (county: string) =>
  queryOptions({
    queryKey: ['counties', county, 'municipalities'],
    queryFn: () => getMunicipalities(county),
    staleTime: 5 * 60_000,
  });

export function useMunicipalities(county: string) {
  return useQuery(municipalitiesQuery(county));
}

export function getUnits(): Promise<ListResponse<Unit>> {
  return api.get('/units');
}

export const unitsQuery = () =>
  queryOptions({ queryKey: ['units'], queryFn: getUnits, staleTime: 60_000 });

export function useUnits(enabled = true) {
  return useQuery({ ...unitsQuery(), enabled });
}

/** Municipalities sorted by name in the current language's collation. */
export function sortByName<T extends { name: string }>(items: T[], lang: string): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, lang));
}
