// The accessibility feedback channel the Act on the Provision of Digital Services (306/2019)
// requires: a message and an optional way to reach the sender.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, InlineAlert, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../components/RequestError';
import { isApiError } from '../../../lib/api-client';
import { useSendFeedback } from '../api/feedback';

export function FeedbackForm() {
  const { t } = useTranslation();
  const send = useSendFeedback();
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<{ message?: string; contact?: string }>({});
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (send.isPending) return;
    setSent(false);
    setErrorKey(null);
    if (!message.trim()) {
      setErrors({ message: t('form.required') });
      return;
    }
    setErrors({});
    try {
      await send.mutateAsync({ message: message.trim(), ...(contact.trim() ? { contact: contact.trim() } : {}) });
      setSent(true);
      setMessage('');
      setContact('');
    } catch (err) {
      if (isApiError(err) && Object.keys(err.fieldErrors).length > 0) setErrors(err.fieldErrors);
      else setErrorKey(errorMessageKey(err));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="feedback-form">
      <div role="status">
        {sent && (
          <InlineAlert status="neutral" mb="m">
            {t('a11y.feedback.sent')}
          </InlineAlert>
        )}
      </div>
      {errorKey && (
        <InlineAlert status="error" mb="m" role="alert">
          {t(errorKey)}
        </InlineAlert>
      )}
      <Textarea
        id="feedback-message"
        labelText={t('a11y.feedback.message')}
        hintText={t('a11y.feedback.messageHint')}
        value={message}
        onChange={(ev) => setMessage(ev.target.value)}
        status={errors.message ? 'error' : 'default'}
        statusText={errors.message}
        fullWidth
        mb="m"
      />
      <TextInput
        id="feedback-contact"
        labelText={t('a11y.feedback.contact')}
        optionalText={t('form.optional')}
        hintText={t('a11y.feedback.contactHint')}
        value={contact}
        onChange={(v) => setContact(String(v ?? ''))}
        status={errors.contact ? 'error' : 'default'}
        statusText={errors.contact}
        autoComplete="email"
        fullWidth
        mb="m"
      />
      <Button type="submit" aria-disabled={send.isPending}>
        {t('a11y.feedback.submit')}
      </Button>
    </form>
  );
}
