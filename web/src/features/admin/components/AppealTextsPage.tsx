// Ylläpito › Muutoksenhakuohje: the county's appeal instructions in Finnish and Swedish, prefilled
// into every decision in the decision's language; and the authority's contact details printed on
// every decision (Hallintolaki § 44), also in both languages.
import { useState } from 'react';
import { Button, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { FormShell, useForm } from '../../../components/form/use-form';
import type { CountyTexts } from '../../../types/api';
import { useAppealInstructions, useAuthorityContact, useSaveAppealInstructions, useSaveAuthorityContact } from '../api/county-texts';
import { AdminNav } from './AdminNav';
import { required } from './form-helpers';

function AppealTextsForm({ texts }: { texts: CountyTexts }) {
  const { t } = useTranslation();
  const save = useSaveAppealInstructions();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    prefix: 'appeal',
    initial: { fi: texts.fi, sv: texts.sv },
    validate: (v) => {
      setSaved(false);
      return { fi: required(v.fi), sv: required(v.sv) };
    },
    submit: (v) => save.mutateAsync({ fi: v.fi.trim(), sv: v.sv.trim() }),
    afterSave: 'keep',
    onSuccess: () => setSaved(true),
  });
  return (
    <FormShell
      form={form}
      label={(f) => t(`admin.appeal.${f}`)}
      fallbackField="fi"
      header={
        saved && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t('admin.appeal.saved')}
          </InlineAlert>
        )
      }
      actions={<Button type="submit">{t('form.save')}</Button>}
    >
      <Textarea {...form.textarea('fi')} labelText={t('admin.appeal.fi')} fullWidth mb="m" />
      <Textarea {...form.textarea('sv')} labelText={t('admin.appeal.sv')} fullWidth mb="m" />
    </FormShell>
  );
}

function AuthorityContactForm({ texts }: { texts: CountyTexts }) {
  const { t } = useTranslation();
  const save = useSaveAuthorityContact();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    prefix: 'authority-contact',
    initial: { fi: texts.fi, sv: texts.sv },
    validate: () => {
      setSaved(false);
      return {};
    },
    submit: (v) => save.mutateAsync({ fi: v.fi.trim(), sv: v.sv.trim() }),
    afterSave: 'keep',
    onSuccess: () => setSaved(true),
  });
  return (
    <FormShell
      form={form}
      label={(f) => t(`authorityContact.${f}`)}
      fallbackField="fi"
      header={
        saved && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t('authorityContact.saved')}
          </InlineAlert>
        )
      }
      actions={<Button type="submit">{t('form.save')}</Button>}
    >
      <Textarea {...form.textarea('fi')} labelText={t('authorityContact.fi')} optionalText={t('form.optional')} fullWidth mb="m" />
      <Textarea {...form.textarea('sv')} labelText={t('authorityContact.sv')} optionalText={t('form.optional')} fullWidth mb="m" />
    </FormShell>
  );
}

function AuthorityContact() {
  const { t } = useTranslation();
  const texts = useAuthorityContact();
  return (
    <section aria-labelledby="authority-contact-title">
      <Heading variant="h2" id="authority-contact-title" mt="xl" mb="s">
        {t('authorityContact.title')}
      </Heading>
      <Paragraph mb="m">{t('authorityContact.intro')}</Paragraph>
      {texts.isPending && <LoadingState />}
      {texts.isError && <RequestError error={texts.error} />}
      {texts.data && <AuthorityContactForm texts={texts.data} />}
    </section>
  );
}

export function AppealTextsPage() {
  const { t } = useTranslation();
  const texts = useAppealInstructions();
  return (
    <Page title={t('admin.appeal.title')}>
      <AdminNav />
      <Paragraph mb="m">{t('admin.appeal.intro')}</Paragraph>
      {texts.isPending && <LoadingState />}
      {texts.isError && <RequestError error={texts.error} />}
      {texts.data && <AppealTextsForm texts={texts.data} />}
      <AuthorityContact />
    </Page>
  );
}
