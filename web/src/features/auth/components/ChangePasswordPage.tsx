// "Set your own password": shown instead of every other page while the user's password is
// temporary (set by an admin). Current password, new password twice; an error summary lists what
// is wrong; on success the app continues to the page the user asked for. The form kit's form.
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { FieldMessages, LocalErrors } from '../../../components/form/field-messages';
import { FormShell, useForm } from '../../../components/form/use-form';
import { Page } from '../../../components/Page';
import { isApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';

/** The server's password policy: 12–256 characters (counted as code points). */
const MIN_LENGTH = 12;
const MAX_LENGTH = 256;

interface PasswordValues {
  current: string;
  next: string;
  repeat: string;
}

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { changePassword } = useSession();

  function validate({ current, next, repeat }: PasswordValues): LocalErrors {
    const out: LocalErrors = {};
    if (!current) out.current = 'form.required';
    const length = [...next].length;
    if (!next) out.next = 'form.required';
    else if (length < MIN_LENGTH || length > MAX_LENGTH) out.next = { text: t('ownPassword.errors.length', { min: MIN_LENGTH }) };
    else if (next === current) out.next = 'ownPassword.errors.same';
    if (!repeat) out.repeat = 'form.required';
    else if (next && repeat !== next) out.repeat = 'ownPassword.errors.mismatch';
    return out;
  }

  const form = useForm<PasswordValues>({
    prefix: 'own-password',
    ids: { current: 'own-password-current', next: 'own-password-new', repeat: 'own-password-repeat' },
    initial: { current: '', next: '', repeat: '' },
    validate,
    submit: (v) => changePassword(v.current, v.next),
    afterSave: 'keep',
    onError: (e) => {
      form.set({ current: '' });
      const fields = isApiError(e) ? e.fieldErrors : {};
      const server: FieldMessages = {};
      if (fields.current_password) server.current = { key: 'ownPassword.errors.wrongCurrent' };
      if (fields.new_password) server.next = { text: t('ownPassword.errors.policy', { min: MIN_LENGTH }) };
      return Object.keys(server).length > 0 ? { fields: server } : undefined;
    },
  });

  return (
    <Page title={t('ownPassword.title')}>
      <div className="narrow">
        <Paragraph mb="l">{t('ownPassword.intro')}</Paragraph>
        <FormShell
          form={form}
          label={(f) => t(`ownPassword.${f}`)}
          fallbackField="current"
          actions={
            <Button type="submit" aria-disabled={form.submitting}>
              {t('ownPassword.submit')}
            </Button>
          }
        >
          <TextInput {...form.text('current')} labelText={t('ownPassword.current')} type="password" autoComplete="current-password" fullWidth mb="m" />
          <TextInput
            {...form.text('next')}
            labelText={t('ownPassword.next')}
            hintText={t('ownPassword.hint', { min: MIN_LENGTH })}
            type="password"
            autoComplete="new-password"
            fullWidth
            mb="m"
          />
          <TextInput {...form.text('repeat')} labelText={t('ownPassword.repeat')} type="password" autoComplete="new-password" fullWidth mb="l" />
        </FormShell>
      </div>
    </Page>
  );
}
