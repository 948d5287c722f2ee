// Username + password, used by the login page and by the re-login dialog. Explains a refusal
// (wrong credentials, too many attempts, missing field) next to the form.
import { useState } from 'react';
import type { FormEvent, Ref } from 'react';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
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

export function LoginForm({ idPrefix, initialUsername = '', submitLabel, onLogin, passwordRef }: LoginFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const nowMissing = { username: !username.trim(), password: !password };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) {
      setErrorKey(null);
      return;
    }
    setBusy(true);
    setErrorKey(null);
    try {
      await onLogin(username.trim(), password);
    } catch (e) {
      setPassword('');
      if (isApiError(e, 401) || isApiError(e, 403)) setErrorKey('login.errors.invalid');
      else if (isApiError(e, 429)) setErrorKey('login.errors.throttled');
      else if (isApiError(e, 422)) setErrorKey('login.errors.missing');
      else if (isApiError(e, 0)) setErrorKey('errors.network');
      else setErrorKey('errors.unexpected');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="login-form">
      {errorKey && (
        <InlineAlert status="error" mb="m" role="alert" id={`${idPrefix}-error`}>
          {t(errorKey)}
        </InlineAlert>
      )}
      <TextInput
        id={`${idPrefix}-username`}
        labelText={t('login.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(v) => setUsername(String(v ?? ''))}
        status={missing.username ? 'error' : 'default'}
        statusText={missing.username ? t('form.required') : undefined}
        fullWidth
        mb="m"
      />
      <TextInput
        id={`${idPrefix}-password`}
        labelText={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(v) => setPassword(String(v ?? ''))}
        status={missing.password ? 'error' : 'default'}
        statusText={missing.password ? t('form.required') : undefined}
        ref={passwordRef}
        fullWidth
        mb="l"
      />
      <Button type="submit" aria-disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
