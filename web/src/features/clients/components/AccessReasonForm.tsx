// Lets a worker in the client's unit record why they need this client's data when no client
// relationship grants it. The reason is written to the access log and shown to the auditor.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../components/RequestError';
import { isApiError } from '../../../lib/api-client';
import { useRecordAccessReason } from '../api/access-reason';

export function AccessReasonForm({ clientId, onRecorded }: { clientId: string; onRecorded(): void }) {
  const { t } = useTranslation();
  const record = useRecordAccessReason(clientId);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (record.isPending) return;
    if (!reason.trim()) {
      setFieldError(t('form.required'));
      return;
    }
    setFieldError(null);
    setErrorKey(null);
    try {
      await record.mutateAsync(reason.trim());
      onRecorded();
    } catch (err) {
      if (isApiError(err, 403)) setErrorKey('client.accessReason.forbidden');
      else if (isApiError(err) && err.fieldErrors.reason) setFieldError(err.fieldErrors.reason);
      else setErrorKey(errorMessageKey(err));
    }
  }

  return (
    <section aria-labelledby="access-reason-heading" className="panel">
      <Heading variant="h2" id="access-reason-heading" mb="s">
        {t('client.accessReason.heading')}
      </Heading>
      <Paragraph mb="m">{t('client.accessReason.explanation')}</Paragraph>
      {errorKey && (
        <InlineAlert status="error" mb="m" role="alert">
          {t(errorKey)}
        </InlineAlert>
      )}
      <form onSubmit={submit} noValidate>
        <Textarea
          id="access-reason"
          labelText={t('client.accessReason.label')}
          hintText={t('client.accessReason.hint')}
          value={reason}
          onChange={(ev) => setReason(ev.target.value)}
          status={fieldError ? 'error' : 'default'}
          statusText={fieldError ?? undefined}
          fullWidth
          mb="m"
        />
        <Button type="submit" aria-disabled={record.isPending}>
          {t('client.accessReason.submit')}
        </Button>
      </form>
    </section>
  );
}
