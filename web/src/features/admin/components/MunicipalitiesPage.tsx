// Ylläpito › Kunnat: the municipalities of the admin's county and a form to add one.
import { useTranslation } from 'react-i18next';
import { RegisterPage } from '../../../components/RegisterPage';
import { sortByName, useMunicipalities } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import type { CodeName } from '../../../types/api';
import { useCreateMunicipality } from '../api/municipalities';
import { AdminNav } from './AdminNav';
import { required } from './form-helpers';

export function MunicipalitiesPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const list = useMunicipalities(user.county.code);
  const create = useCreateMunicipality(user.county.code);
  return (
    <RegisterPage<CodeName, CodeName>
      config={{
        i18n: 'admin.municipalities',
        captionParams: { county: user.county.name },
        nav: <AdminNav />,
        list,
        rows: (items) => sortByName(items, i18n.language),
        rowId: (m) => m.code,
        columns: [
          { key: 'name', label: t('admin.municipalities.name'), cell: (m) => m.name },
          { key: 'code', label: t('admin.municipalities.code'), cell: (m) => m.code },
        ],
        form: {
          prefix: 'municipality',
          initial: { code: '', name: '' },
          fields: [
            { name: 'code', kind: 'text', label: t('admin.municipalities.code'), hint: t('admin.municipalities.codeHint') },
            { name: 'name', kind: 'text', label: t('admin.municipalities.name') },
          ],
          validate: (v) => ({ code: required(v.code), name: required(v.name) }),
          create: (v) => create.mutateAsync({ code: v.code.trim(), name: v.name.trim() }),
          createdParams: (v) => ({ name: v.name.trim() }),
          duplicateKey: 'admin.errors.duplicate',
        },
      }}
    />
  );
}
