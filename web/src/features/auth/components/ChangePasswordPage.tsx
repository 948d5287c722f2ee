// "Set your own password": shown instead of every other page while the user's password is
// temporary (set by an admin). Current password, new password twice; an error summary lists what
// is wrong; on success the app continues to the page the user asked for.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary';
import type { SummaryItem } from '../../../components/form/FormErrorSummary';
import { Page } from '../../../components/Page';
import { errorMessageKey } from '../../../components/RequestError';
import { isApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';

/** The server's password policy: 12–256 characters (counted as code points). */
const MIN_LENGTH = 12;
const MAX_LENGTH = 256;

type Field = 'current' | 'next' | 'repeat';
const INPUT_IDS: Record<Field, string> = {
  current: 'own-password-current',
  next: 'own-password-new',
  repeat: 'own-password-repeat',
};

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { changePassword } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [generalKey, setGeneralKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  function localErrors(): Partial<Record<Field, string>> {
    const out: Partial<Record<Field, string>> = {};
    if (!current) out.current = t('form.required');
    const length = [...next].length;
    if (!next) out.next = t('form.required');
    else if (length < MIN_LENGTH || length > MAX_LENGTH) out.next = t('ownPassword.errors.length', { min: MIN_LENGTH });
    else if (next === current) out.next = t('ownPassword.errors.same');
    if (!repeat) out.repeat = t('form.required');
    else if (next && repeat !== next) out.repeat = t('ownPassword.errors.mismatch');
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setGeneralKey(null);
    const local = localErrors();
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    try {
      await changePassword(current, next);
    } catch (e) {
      const fields = isApiError(e) ? e.fieldErrors : {};
      const server: Partial<Record<Field, string>> = {};
      if (fields.current_password) server.current = t('ownPassword.errors.wrongCurrent');
      if (fields.new_password) server.next = t('ownPassword.errors.policy', { min: MIN_LENGTH });
      setErrors(server);
      if (Object.keys(server).length === 0) setGeneralKey(errorMessageKey(e));
      setCurrent('');
      setAttempt((a) => a + 1);
      setBusy(false);
    }
  }

  const summary: SummaryItem[] = (['current', 'next', 'repeat'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ inputId: INPUT_IDS[f], text: `${t(`ownPassword.${f}`)}: ${errors[f]}` }));

  return (
    <Page title={t('ownPassword.title')}>
      <div className="narrow">
        <Paragraph mb="l">{t('ownPassword.intro')}</Paragraph>
        <FormErrorSummary items={summary} focusKey={attempt} />
        {generalKey && (
          <InlineAlert status="error" mb="m" role="alert">
            {t(generalKey)}
          </InlineAlert>
        )}
        <form onSubmit={submit} noValidate>
          <TextInput
            id={INPUT_IDS.current}
            labelText={t('ownPassword.current')}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(v) => setCurrent(String(v ?? ''))}
            status={errors.current ? 'error' : 'default'}
            statusText={errors.current}
            fullWidth
            mb="m"
          />
          <TextInput
            id={INPUT_IDS.next}
            labelText={t('ownPassword.next')}
            hintText={t('ownPassword.hint', { min: MIN_LENGTH })}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(v) => setNext(String(v ?? ''))}
            status={errors.next ? 'error' : 'default'}
            statusText={errors.next}
            fullWidth
            mb="m"
          />
          <TextInput
            id={INPUT_IDS.repeat}
            labelText={t('ownPassword.repeat')}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(v) => setRepeat(String(v ?? ''))}
            status={errors.repeat ? 'error' : 'default'}
            statusText={errors.repeat}
            fullWidth
            mb="l"
          />
          <Button type="submit" aria-disabled={busy}>
            {t('ownPassword.submit')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
