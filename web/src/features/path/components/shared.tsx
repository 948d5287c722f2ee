// Small pieces the tabs of the client's path share: the client from the client page (outlet
// context), a section with its own heading, GAS attainment texts, and the save handler that
// shows field errors from the server.
import type { ReactNode } from 'react';
import { useOutletContext, useParams } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../types/api';

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
  return (n: number | string | null | undefined) =>
    n === null || n === undefined || n === '' ? t('common.none') : t(`codes.gas.${String(n)}`);
}

/** The translated text of a code, or the code itself for one the UI does not know. */
export function useCodeText() {
  const { t, i18n } = useTranslation();
  return (ns: string, code: string | null | undefined) =>
    !code ? t('common.none') : i18n.exists(`codes.${ns}.${code}`) ? t(`codes.${ns}.${code}`) : code;
}
