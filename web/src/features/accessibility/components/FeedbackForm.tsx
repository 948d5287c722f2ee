// The accessibility feedback channel the Act on the Provision of Digital Services (306/2019)
// requires: a message and an optional way to reach the sender.
import { useState } from 'react';
import { Button, InlineAlert, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormShell, useForm } from '../../../components/form/use-form';
import { useSendFeedback } from '../api/feedback';

export function FeedbackForm() {
  const { t } = useTranslation();
  const send = useSendFeedback();
  const [sent, setSent] = useState(false);
  const form = useForm({
    prefix: 'feedback',
    initial: { message: '', contact: '' },
    validate: (v) => {
      setSent(false);
      return { message: v.message.trim() ? undefined : 'form.required' };
    },
    submit: (v) => send.mutateAsync({ message: v.message.trim(), ...(v.contact.trim() ? { contact: v.contact.trim() } : {}) }),
    onSuccess: () => setSent(true),
  });

  return (
    <FormShell
      form={form}
      label={(f) => t(`a11y.feedback.${f}`, { defaultValue: f })}
      fallbackField="message"
      className="feedback-form"
      header={
        <div role="status">
          {sent && (
            <InlineAlert status="neutral" mb="m">
              {t('a11y.feedback.sent')}
            </InlineAlert>
          )}
        </div>
      }
      actions={
        <Button type="submit" aria-disabled={form.submitting}>
          {t('a11y.feedback.submit')}
        </Button>
      }
    >
      <Textarea {...form.textarea('message')} labelText={t('a11y.feedback.message')} hintText={t('a11y.feedback.messageHint')} fullWidth mb="m" />
      <TextInput
        {...form.text('contact')}
        labelText={t('a11y.feedback.contact')}
        optionalText={t('form.optional')}
        hintText={t('a11y.feedback.contactHint')}
        autoComplete="email"
        fullWidth
        mb="m"
      />
    </FormShell>
  );
}
