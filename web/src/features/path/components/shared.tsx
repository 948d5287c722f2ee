// Small pieces the tabs of the client's path share: the client from the client page (outlet
// context), a section with its own heading, GAS attainment texts, and the save handler that
// shows field errors from the server.
import type { ReactNode } from 'react';
import { useOutletContext, useParams } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../types/api';
import { useCodes } from '../../../lib/codes';
import type { CodeListName } from '../../../lib/codes';

export function useClientContext(): { client: Client; clientId: string } {
  const { id = '' } = useParams();
  const client = useOutletContext<Client>();
  return { client, clientId: id };
}

export function Section({ title, id, children, level = 'h2' }: { title: string; id: string; children: ReactNode; level?: 'h2' | 'h3' }) {
  return (
    <section aria-labelledby={id} className="path-section">
      <Heading variant={level} id={id} mb="m">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function useGas() {
  const { t } = useTranslation();
  const codes = useCodes();
  return (n: number | string | null | undefined) =>
    n === null || n === undefined || n === '' ? t('common.none') : codes.label('gas_level', String(n));
}

/** The text of a code in the UI language, or the code itself for one the list does not have. */
export function useCodeText() {
  const { t } = useTranslation();
  const codes = useCodes();
  return (list: CodeListName, code: string | null | undefined) => (!code ? t('common.none') : codes.label(list, code));
}
