// Lets a worker in the client's unit record why they need this client's data when no client
// relationship grants it. The reason is written to the access log and shown to the auditor.
import { Button, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormShell, useForm } from '../../../components/form/use-form';
import { isApiError } from '../../../lib/api-client';
import { useRecordAccessReason } from '../api/access-reason';

export function AccessReasonForm({ clientId, onRecorded }: { clientId: string; onRecorded(): void }) {
  const { t } = useTranslation();
  const record = useRecordAccessReason(clientId);
  const form = useForm({
    prefix: 'access',
    ids: { reason: 'access-reason' },
    initial: { reason: '' },
    validate: (v) => ({ reason: v.reason.trim() ? undefined : 'form.required' }),
    submit: (v) => record.mutateAsync(v.reason.trim()),
    afterSave: 'keep',
    onSuccess: onRecorded,
    onError: (e) => (isApiError(e, 403) ? { general: 'client.accessReason.forbidden' } : undefined),
  });

  return (
    <section aria-labelledby="access-reason-heading" className="panel">
      <Heading variant="h2" id="access-reason-heading" mb="s">
        {t('client.accessReason.heading')}
      </Heading>
      <Paragraph mb="m">{t('client.accessReason.explanation')}</Paragraph>
      <FormShell
        form={form}
        label={() => t('client.accessReason.label')}
        fallbackField="reason"
        actions={
          <Button type="submit" aria-disabled={form.submitting}>
            {t('client.accessReason.submit')}
          </Button>
        }
      >
        <Textarea {...form.textarea('reason')} labelText={t('client.accessReason.label')} hintText={t('client.accessReason.hint')} fullWidth mb="m" />
      </FormShell>
    </section>
  );
}
