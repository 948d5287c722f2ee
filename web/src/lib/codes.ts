// The code lists of the client's path, with their fi/sv/en texts, as the server validates them:
// GET /api/v1/codes (server/src/domain/codes.cpp is the one source). Fetched once per session and
// cached; the texts follow the current UI language (or a fixed one, for printed documents).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from './api-client';
import { isLanguage } from '../i18n';
import type { Language } from '../i18n';

export type CodeListName =
  | 'referral_source'
  | 'life_area'
  | 'need_level'
  | 'service_form'
  | 'meeting_mode'
  | 'meeting_content'
  | 'statutory_item'
  | 'meeting_kind'
  | 'period_phase'
  | 'client_phase'
  | 'continuation_path'
  | 'interruption_reason'
  | 'organisation_type'
  | 'assessment_conclusion'
  | 'decision_outcome'
  | 'decision_language'
  | 'gas_level'
  | 'goal_status'
  | 'timeline_type'
  | 'role'
  | 'audit_resource_type'
  | 'audit_action';

export interface CodeItem {
  code: string;
  fi: string;
  sv: string;
  en: string;
}

export interface CodesResponse {
  lists: Record<string, CodeItem[]>;
}

/** Goal attainment scaling: the levels −2…+2 (their texts are the `gas_level` list). */
export const GAS_LEVELS = ['-2', '-1', '0', '1', '2'] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

export const CODES_QUERY_KEY = ['codes'] as const;

export function fetchCodes(): Promise<CodesResponse> {
  return api.get<CodesResponse>('/codes');
}

export interface Codes {
  /** The lists have arrived (until then every list is empty and a text is the code itself). */
  ready: boolean;
  /** The codes of a list, in display order. */
  list(name: CodeListName): string[];
  /** The text of a code in the UI language (or `lang`); the code itself when the list lacks it. */
  label(name: CodeListName, code: string, lang?: Language): string;
  /** label(), or undefined when the list does not have the code. */
  find(name: CodeListName, code: string, lang?: Language): string | undefined;
}

export function codesFrom(data: CodesResponse | undefined, uiLanguage: string | undefined): Codes {
  const fallback: Language = isLanguage(uiLanguage) ? uiLanguage : 'fi';
  const items = (name: CodeListName) => data?.lists[name] ?? [];
  const find = (name: CodeListName, code: string, lang: Language = fallback) => {
    const item = items(name).find((c) => c.code === code);
    return item ? item[lang] : undefined;
  };
  return {
    ready: data !== undefined,
    list: (name) => items(name).map((c) => c.code),
    find,
    label: (name, code, lang) => find(name, code, lang) ?? code,
  };
}

/** The server's code lists (one request per session; login clears the query cache). */
export function useCodes(): Codes {
  const { i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: CODES_QUERY_KEY,
    queryFn: fetchCodes,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return codesFrom(data, i18n.resolvedLanguage);
}
