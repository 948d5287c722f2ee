// Ylläpito › Käyttäjät: users with their roles, activation and deactivation, and a form for a new
// user with an initial password and one or more roles (each optionally tied to a unit).
import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Table,
  TextInput,
} from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError, errorMessageKey } from '../../../components/RequestError';
import { sortByName, useUnits } from '../../../lib/organisation';
import { ROLES } from '../../../types/api';
import type { Role, Unit, User, UserRoleGrant } from '../../../types/api';
import { useCreateUser, useUpdateUser, useUsers } from '../api/users';
import { AdminNav } from './AdminNav';
import { required, splitError } from './form-helpers';

const NO_UNIT = 'none';

interface RoleRow {
  key: number;
  role: Role | '';
  unit: string;
}

function unitName(units: Unit[], ref: string | null): string | null {
  if (!ref) return null;
  const u = units.find((x) => x.id === ref || x.code === ref);
  return u ? u.name : ref;
}

function RolesCell({ roles, units }: { roles: UserRoleGrant[]; units: Unit[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="plain-list">
      {roles.map((r, i) => {
        const unit = unitName(units, r.unit);
        return <li key={i}>{unit ? `${t(`roles.${r.role}`)} (${unit})` : t(`roles.${r.role}`)}</li>;
      })}
    </ul>
  );
}

function ActivationButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const label = user.active ? t('admin.users.deactivate') : t('admin.users.activate');
  return (
    <>
      <Button
        variant="secondary"
        aria-label={`${label}: ${user.username}`}
        aria-disabled={update.isPending}
        onClick={() => {
          if (update.isPending) return;
          setErrorKey(null);
          update
            .mutateAsync({ id: user.id, patch: { active: !user.active } })
            .catch((e: unknown) => setErrorKey(errorMessageKey(e)));
        }}
      >
        {label}
      </Button>
      {errorKey && (
        <span role="alert" className="cell-error">
          {t(errorKey)}
        </span>
      )}
    </>
  );
}

function NewUserForm({ units }: { units: Unit[] }) {
  const { t, i18n } = useTranslation();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<RoleRow[]>([{ key: 0, role: '', unit: NO_UNIT }]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [generalKey, setGeneralKey] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const setRole = (key: number, patch: Partial<RoleRow>) =>
    setRoles((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    const chosen = roles.filter((r) => r.role !== '');
    const local: Record<string, string | undefined> = {
      username: required(t, username),
      display_name: required(t, displayName),
      password: required(t, password),
      roles: chosen.length === 0 ? t('admin.users.errors.noRoles') : undefined,
    };
    setErrors(local);
    setGeneralKey(null);
    setCreated(null);
    if (Object.values(local).some(Boolean)) return;
    try {
      await create.mutateAsync({
        username: username.trim(),
        display_name: displayName.trim(),
        password,
        roles: chosen.map((r) => ({ role: r.role as Role, ...(r.unit !== NO_UNIT ? { unit: r.unit } : {}) })),
      });
      setCreated(username.trim());
      setUsername('');
      setDisplayName('');
      setPassword('');
      setRoles([{ key: nextKey, role: '', unit: NO_UNIT }]);
      setNextKey((k) => k + 1);
    } catch (err) {
      const { fields, generalKey: g } = splitError(err);
      // roles[0].unit, roles.0.role … are shown at the roles group
      const mapped: Record<string, string> = {};
      for (const [f, m] of Object.entries(fields)) mapped[f.startsWith('roles') ? 'roles' : f] ??= m;
      setErrors(mapped);
      setGeneralKey(g);
    }
  }

  const sortedUnits = sortByName(units, i18n.language);

  return (
    <section aria-labelledby="new-user" className="panel">
      <Heading variant="h2" id="new-user" mb="m">
        {t('admin.users.new')}
      </Heading>
      <div role="status">
        {created && (
          <InlineAlert status="neutral" mb="m">
            {t('admin.users.created', { username: created })}
          </InlineAlert>
        )}
      </div>
      {generalKey && (
        <InlineAlert status="error" mb="m" role="alert">
          {t(generalKey)}
        </InlineAlert>
      )}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="user-username"
          labelText={t('admin.users.username')}
          value={username}
          onChange={(v) => setUsername(String(v ?? ''))}
          status={errors.username ? 'error' : 'default'}
          statusText={errors.username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          mb="m"
        />
        <TextInput
          id="user-display-name"
          labelText={t('admin.users.displayName')}
          value={displayName}
          onChange={(v) => setDisplayName(String(v ?? ''))}
          status={errors.display_name ? 'error' : 'default'}
          statusText={errors.display_name}
          autoComplete="off"
          mb="m"
        />
        <TextInput
          id="user-password"
          labelText={t('admin.users.password')}
          hintText={t('admin.users.passwordHint')}
          type="password"
          value={password}
          onChange={(v) => setPassword(String(v ?? ''))}
          status={errors.password ? 'error' : 'default'}
          statusText={errors.password}
          autoComplete="new-password"
          mb="l"
        />
        <fieldset className="roles-fieldset" aria-describedby={errors.roles ? 'user-roles-error' : undefined}>
          <legend>
            <Heading variant="h3" as="span">
              {t('admin.users.roles')}
            </Heading>
          </legend>
          {errors.roles && (
            <p id="user-roles-error" className="field-error" role="alert">
              {errors.roles}
            </p>
          )}
          {roles.map((r, index) => (
            <div className="role-row" key={r.key}>
              <Dropdown
                id={`user-role-${r.key}`}
                labelText={t('admin.users.roleN', { n: index + 1 })}
                visualPlaceholder={t('admin.users.chooseRole')}
                value={r.role === '' ? null : r.role}
                onChange={(v: string) => setRole(r.key, { role: v as Role })}
              >
                {ROLES.map((role) => (
                  <DropdownItem key={role} value={role}>
                    {t(`roles.${role}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={`user-unit-${r.key}`}
                labelText={t('admin.users.unitN', { n: index + 1 })}
                optionalText={t('form.optional')}
                value={r.unit}
                onChange={(v: string) => setRole(r.key, { unit: v })}
              >
                {[
                  <DropdownItem key={NO_UNIT} value={NO_UNIT}>
                    {t('admin.users.noUnit')}
                  </DropdownItem>,
                  ...sortedUnits.map((u) => (
                    <DropdownItem key={u.id} value={u.id}>
                      {u.name}
                    </DropdownItem>
                  )),
                ]}
              </Dropdown>
              {roles.length > 1 && (
                <Button
                  variant="secondaryNoBorder"
                  aria-label={t('admin.users.removeRoleN', { n: index + 1 })}
                  onClick={() => setRoles((rs) => rs.filter((x) => x.key !== r.key))}
                >
                  {t('admin.users.removeRole')}
                </Button>
              )}
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() => {
              setRoles((rs) => [...rs, { key: nextKey, role: '', unit: NO_UNIT }]);
              setNextKey((k) => k + 1);
            }}
          >
            {t('admin.users.addRole')}
          </Button>
        </fieldset>
        <Button type="submit" aria-disabled={create.isPending} mt="l">
          {t('admin.users.submit')}
        </Button>
      </form>
    </section>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const units = useUnits();
  const unitList = units.data?.items ?? [];

  const columns = [
    { key: 'username', labelText: t('admin.users.username') },
    { key: 'displayName', labelText: t('admin.users.displayName') },
    { key: 'roles', labelText: t('admin.users.roles') },
    { key: 'status', labelText: t('admin.users.status') },
    { key: 'actions', labelText: t('admin.users.actions') },
  ] as const;
  const rows = (users.data?.items ?? []).map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    roles: <RolesCell roles={u.roles} units={unitList} />,
    status: (
      <>
        {u.active ? t('admin.users.active') : t('admin.users.inactive')}
        {u.password_change_required && (
          <>
            <br />
            <span className="temporary-password">{t('admin.users.temporaryPassword')}</span>
          </>
        )}
      </>
    ),
    actions: <ActivationButton user={u} />,
  }));

  return (
    <Page title={t('admin.users.title')}>
      <AdminNav />
      {users.isPending && <LoadingState />}
      {users.isError && <RequestError error={users.error} />}
      {users.isSuccess && <Table caption={t('admin.users.caption')} columns={columns} data={rows} mb="xl" condensed />}
      <NewUserForm units={unitList} />
    </Page>
  );
}
