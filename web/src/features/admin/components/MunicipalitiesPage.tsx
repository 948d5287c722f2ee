// Ylläpito › Kunnat: the municipalities of the admin's county and a form to add one.
import { useTranslation } from 'react-i18next';
import { RegisterPage } from '../../../components/RegisterPage';
import { localName, sortByName, useMunicipalities } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import type { CodeName } from '../../../types/api';
import { useCreateMunicipality, useUpdateMunicipalitySwedishName } from '../api/municipalities';
import { SwedishNameCell } from './SwedishNameCell';
import { AdminNav } from './AdminNav';
import { required } from './form-helpers';

export function MunicipalitiesPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const list = useMunicipalities(user.county.code);
  const create = useCreateMunicipality(user.county.code);
  const rename = useUpdateMunicipalitySwedishName(user.county.code);
  return (
    <RegisterPage<CodeName, { code: string; name: string; name_sv: string }>
      config={{
        i18n: 'admin.municipalities',
        captionParams: { county: localName(user.county, i18n.language) },
        nav: <AdminNav />,
        list,
        rows: (items) => sortByName(items, i18n.language),
        rowId: (m) => m.code,
        columns: [
          { key: 'name', label: t('admin.municipalities.name'), cell: (m) => m.name },
          {
            key: 'name_sv',
            label: t('admin.swedishName.column'),
            cell: (m) => (
              <SwedishNameCell
                id={m.code}
                name={m.name}
                nameSv={m.name_sv ?? ''}
                save={(nameSv) => rename.mutateAsync({ code: m.code, nameSv })}
              />
            ),
          },
          { key: 'code', label: t('admin.municipalities.code'), cell: (m) => m.code },
        ],
        form: {
          prefix: 'municipality',
          initial: { code: '', name: '', name_sv: '' },
          fields: [
            { name: 'code', kind: 'text', label: t('admin.municipalities.code'), hint: t('admin.municipalities.codeHint') },
            { name: 'name', kind: 'text', label: t('admin.municipalities.name') },
            { name: 'name_sv', kind: 'text', label: t('admin.swedishName.column'), hint: t('admin.swedishName.hint') },
          ],
          validate: (v) => ({ code: required(v.code), name: required(v.name) }),
          create: (v) =>
            create.mutateAsync({
              code: v.code.trim(),
              name: v.name.trim(),
              ...(v.name_sv.trim() ? { name_sv: v.name_sv.trim() } : {}),
            }),
          createdParams: (v) => ({ name: v.name.trim() }),
          duplicateKey: 'admin.errors.duplicate',
        },
      }}
    />
  );
}
