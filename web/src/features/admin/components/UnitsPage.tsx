// Ylläpito › Yksiköt: the county's units and a form to add one.
import { useTranslation } from 'react-i18next';
import { RegisterPage } from '../../../components/RegisterPage';
import { localName, sortByName, useMunicipalities, useUnits } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import type { Unit } from '../../../types/api';
import { useCreateUnit, useUpdateUnitSwedishName } from '../api/units';
import { SwedishNameCell } from './SwedishNameCell';
import { AdminNav } from './AdminNav';
import { required } from './form-helpers';

const NO_MUNICIPALITY = 'none';

interface UnitValues {
  code: string;
  name: string;
  name_sv: string;
  municipality: string;
}

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const units = useUnits();
  const municipalities = useMunicipalities(user.county.code);
  const create = useCreateUnit();
  const rename = useUpdateUnitSwedishName();
  return (
    <RegisterPage<Unit, UnitValues>
      config={{
        i18n: 'admin.units',
        captionParams: { county: localName(user.county, i18n.language) },
        nav: <AdminNav />,
        list: units,
        rows: (items) => sortByName(items, i18n.language),
        rowId: (u) => u.id,
        columns: [
          { key: 'name', label: t('admin.units.name'), cell: (u) => u.name },
          {
            key: 'name_sv',
            label: t('admin.swedishName.column'),
            cell: (u) => (
              <SwedishNameCell id={u.id} name={u.name} nameSv={u.name_sv} save={(nameSv) => rename.mutateAsync({ id: u.id, nameSv })} />
            ),
          },
          { key: 'code', label: t('admin.units.code'), cell: (u) => u.code },
          {
            key: 'municipality',
            label: t('admin.units.municipality'),
            cell: (u) => (u.municipality ? localName(u.municipality, i18n.language) : t('common.none')),
          },
        ],
        form: {
          prefix: 'unit',
          initial: { code: '', name: '', name_sv: '', municipality: NO_MUNICIPALITY },
          fields: [
            { name: 'code', kind: 'text', label: t('admin.units.code'), hint: t('admin.units.codeHint') },
            { name: 'name', kind: 'text', label: t('admin.units.name') },
            { name: 'name_sv', kind: 'text', label: t('admin.swedishName.column'), hint: t('admin.swedishName.hint') },
            {
              name: 'municipality',
              kind: 'select',
              label: t('admin.units.municipality'),
              optional: true,
              options: [
                { value: NO_MUNICIPALITY, label: t('admin.units.noMunicipality') },
                ...sortByName(municipalities.data?.items ?? [], i18n.language).map((m) => ({ value: m.code, label: localName(m, i18n.language) })),
              ],
            },
          ],
          validate: (v) => ({ code: required(v.code), name: required(v.name) }),
          create: (v) =>
            create.mutateAsync({
              code: v.code.trim(),
              name: v.name.trim(),
              ...(v.name_sv.trim() ? { name_sv: v.name_sv.trim() } : {}),
              ...(v.municipality !== NO_MUNICIPALITY ? { municipality: v.municipality } : {}),
            }),
          createdParams: (v) => ({ name: v.name.trim() }),
          duplicateKey: 'admin.errors.duplicate',
        },
      }}
    />
  );
}
