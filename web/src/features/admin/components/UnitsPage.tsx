// Ylläpito › Yksiköt: the county's units and a form to add one.
import { useTranslation } from 'react-i18next';
import { RegisterPage } from '../../../components/RegisterPage';
import { sortByName, useMunicipalities, useUnits } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import type { Unit } from '../../../types/api';
import { useCreateUnit } from '../api/units';
import { AdminNav } from './AdminNav';
import { required } from './form-helpers';

const NO_MUNICIPALITY = 'none';

interface UnitValues {
  code: string;
  name: string;
  municipality: string;
}

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const units = useUnits();
  const municipalities = useMunicipalities(user.county.code);
  const create = useCreateUnit();
  return (
    <RegisterPage<Unit, UnitValues>
      config={{
        i18n: 'admin.units',
        captionParams: { county: user.county.name },
        nav: <AdminNav />,
        list: units,
        rows: (items) => sortByName(items, i18n.language),
        rowId: (u) => u.id,
        columns: [
          { key: 'name', label: t('admin.units.name'), cell: (u) => u.name },
          { key: 'code', label: t('admin.units.code'), cell: (u) => u.code },
          { key: 'municipality', label: t('admin.units.municipality'), cell: (u) => u.municipality?.name ?? t('common.none') },
        ],
        form: {
          prefix: 'unit',
          initial: { code: '', name: '', municipality: NO_MUNICIPALITY },
          fields: [
            { name: 'code', kind: 'text', label: t('admin.units.code'), hint: t('admin.units.codeHint') },
            { name: 'name', kind: 'text', label: t('admin.units.name') },
            {
              name: 'municipality',
              kind: 'select',
              label: t('admin.units.municipality'),
              optional: true,
              options: [
                { value: NO_MUNICIPALITY, label: t('admin.units.noMunicipality') },
                ...sortByName(municipalities.data?.items ?? [], i18n.language).map((m) => ({ value: m.code, label: m.name })),
              ],
            },
          ],
          validate: (v) => ({ code: required(v.code), name: required(v.name) }),
          create: (v) =>
            create.mutateAsync({
              code: v.code.trim(),
              name: v.name.trim(),
              ...(v.municipality !== NO_MUNICIPALITY ? { municipality: v.municipality } : {}),
            }),
          createdParams: (v) => ({ name: v.name.trim() }),
          duplicateKey: 'admin.errors.duplicate',
        },
      }}
    />
  );
}
