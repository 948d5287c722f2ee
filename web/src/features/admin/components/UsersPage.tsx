// Ylläpito › Käyttäjät: users with their roles, activation and deactivation, and a form for a new
// user with an initial password and one or more roles (each optionally tied to a unit).
import { useState } from 'react';
import { Button, Dropdown, DropdownItem, Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { RegisterPage } from '../../../components/RegisterPage';
import { errorMessageKey } from '../../../components/RequestError';
import type { Form } from '../../../components/form/use-form';
import { sortByName, useUnits } from '../../../lib/organisation';
import { ROLES } from '../../../types/api';
import type { Role, Unit, User, UserRoleGrant } from '../../../types/api';
import { useCreateUser, useUpdateUser, useUsers } from '../api/users';
import { AdminNav } from './AdminNav';
import { required } from './form-helpers';

const NO_UNIT = 'none';

interface RoleRow {
  key: number;
  role: Role | '';
  unit: string;
}

interface UserValues {
  username: string;
  display_name: string;
  password: string;
  roles: RoleRow[];
}

const EMPTY_USER: UserValues = { username: '', display_name: '', password: '', roles: [{ key: 0, role: '', unit: NO_UNIT }] };

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

/** The roles of a new user: one or more, each optionally tied to a unit. */
function RolesFieldset({ form, units }: { form: Form<UserValues>; units: Unit[] }) {
  const { t, i18n } = useTranslation();
  const roles = form.values.roles;
  const error = form.error('roles');
  const setRoles = (f: (rs: RoleRow[]) => RoleRow[]) => form.setValues((p) => ({ ...p, roles: f(p.roles) }));
  const setRole = (key: number, patch: Partial<RoleRow>) => setRoles((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const sortedUnits = sortByName(units, i18n.language);
  return (
    <fieldset id={form.id('roles')} className="roles-fieldset" aria-describedby={error ? 'user-roles-error' : undefined} tabIndex={-1}>
      <legend>
        <Heading variant="h3" as="span">
          {t('admin.users.roles')}
        </Heading>
      </legend>
      {error && (
        <p id="user-roles-error" className="field-error" role="alert">
          {error}
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
        onClick={() => setRoles((rs) => [...rs, { key: Math.max(0, ...rs.map((x) => x.key)) + 1, role: '', unit: NO_UNIT }])}
      >
        {t('admin.users.addRole')}
      </Button>
    </fieldset>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const units = useUnits();
  const create = useCreateUser();
  const unitList = units.data?.items ?? [];
  return (
    <RegisterPage<User, UserValues>
      config={{
        i18n: 'admin.users',
        nav: <AdminNav />,
        list: users,
        rowId: (u) => u.id,
        condensed: true,
        columns: [
          { key: 'username', label: t('admin.users.username'), cell: (u) => u.username },
          { key: 'displayName', label: t('admin.users.displayName'), cell: (u) => u.display_name },
          { key: 'roles', label: t('admin.users.roles'), cell: (u) => <RolesCell roles={u.roles} units={unitList} /> },
          {
            key: 'status',
            label: t('admin.users.status'),
            cell: (u) => (
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
          },
          { key: 'actions', label: t('admin.users.actions'), cell: (u) => <ActivationButton user={u} /> },
        ],
        form: {
          prefix: 'user',
          initial: EMPTY_USER,
          fields: [
            { name: 'username', kind: 'text', label: t('admin.users.username'), autoCapitalize: 'none', spellCheck: false },
            { name: 'display_name', kind: 'text', label: t('admin.users.displayName') },
            { name: 'password', kind: 'password', label: t('admin.users.password'), hint: t('admin.users.passwordHint'), autoComplete: 'new-password' },
            { name: 'roles', kind: 'custom', label: t('admin.users.roles'), render: (form) => <RolesFieldset form={form} units={unitList} /> },
          ],
          validate: (v) => ({
            username: required(v.username),
            display_name: required(v.display_name),
            password: required(v.password),
            roles: v.roles.some((r) => r.role !== '') ? undefined : 'admin.users.errors.noRoles',
          }),
          create: (v) =>
            create.mutateAsync({
              username: v.username.trim(),
              display_name: v.display_name.trim(),
              password: v.password,
              roles: v.roles
                .filter((r) => r.role !== '')
                .map((r) => ({ role: r.role as Role, ...(r.unit !== NO_UNIT ? { unit: r.unit } : {}) })),
            }),
          createdParams: (v) => ({ username: v.username.trim() }),
          duplicateKey: 'admin.errors.duplicate',
          // roles[0].unit, roles.0.role … are shown at the roles group
          mapField: (f) => (f.startsWith('roles') ? 'roles' : f),
        },
      }}
    />
  );
}
