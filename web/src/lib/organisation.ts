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

/**
 * The name of a county, municipality or unit in the UI language: its official Swedish name when
 * the UI is in Swedish and one is recorded (`name_sv`), otherwise the Finnish name.
 */
export function localName(item: { name: string; name_sv?: string | null }, lang: string): string {
  return lang.startsWith('sv') && item.name_sv ? item.name_sv : item.name;
}

/** Municipalities (or units) sorted by their name in the UI language, in its collation. */
export function sortByName<T extends { name: string; name_sv?: string | null }>(items: T[], lang: string): T[] {
  return [...items].sort((a, b) => localName(a, lang).localeCompare(localName(b, lang), lang));
}
