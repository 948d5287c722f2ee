// Username + password, used by the login page and by the re-login dialog. It is the form kit's
// (components/form): a missing field is marked at the field and in the error summary; a refusal
// (wrong credentials, too many attempts) is explained above the fields, and the password is emptied.
import type { Ref } from 'react';
import { Button, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormShell, useForm } from '../../../components/form/use-form';
import type { ErrorOverride } from '../../../components/form/errors';
import { isApiError } from '../../../lib/api-client';
import type { Me } from '../../../types/api';

export interface LoginFormProps {
  idPrefix: string;
  initialUsername?: string;
  submitLabel: string;
  onLogin(username: string, password: string): Promise<Me>;
  /** Lets a dialog put the focus on the password field (the username is already known). */
  passwordRef?: Ref<HTMLInputElement>;
}

/** Why the server refused a login, in the user's words (field errors of a 422 land at their fields). */
function loginRefusal(e: unknown): ErrorOverride | undefined {
  if (isApiError(e, 401) || isApiError(e, 403)) return { general: 'login.errors.invalid' };
  if (isApiError(e, 429)) return { general: 'login.errors.throttled' };
  if (isApiError(e, 422)) return Object.keys(e.fieldErrors).length > 0 ? undefined : { general: 'login.errors.missing' };
  return undefined;
}

export function LoginForm({ idPrefix, initialUsername = '', submitLabel, onLogin, passwordRef }: LoginFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    prefix: idPrefix,
    initial: { username: initialUsername, password: '' },
    validate: (v) => ({ username: v.username.trim() ? undefined : 'form.required', password: v.password ? undefined : 'form.required' }),
    submit: (v) => onLogin(v.username.trim(), v.password),
    afterSave: 'keep',
    onError: (e) => {
      form.set({ password: '' });
      return loginRefusal(e);
    },
  });

  return (
    <FormShell
      form={form}
      label={(f) => (f === 'password' ? t('login.password') : t('login.username'))}
      fallbackField="username"
      className="login-form"
      actions={
        <Button type="submit" aria-disabled={form.submitting}>
          {submitLabel}
        </Button>
      }
    >
      <TextInput
        {...form.text('username')}
        labelText={t('login.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        fullWidth
        mb="m"
      />
      <TextInput
        {...form.text('password')}
        labelText={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        ref={passwordRef}
        fullWidth
        mb="l"
      />
    </FormShell>
  );
}
