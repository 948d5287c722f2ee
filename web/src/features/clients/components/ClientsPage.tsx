// "Asiakkaat": search by name or identity code; results show the masked identity code, name and
// municipality. The search runs when the user submits it, and its text stays in memory only.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Paragraph, RouterLink, Table, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { can } from '../../../lib/roles';
import { useUser } from '../../../lib/session';
import { useClientSearch } from '../api/search-clients';

export function ClientsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const search = useClientSearch(submitted);

  function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(text.trim());
  }

  const items = search.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    { key: 'name', labelText: t('clients.columns.name') },
    { key: 'hetu', labelText: t('clients.columns.hetu') },
    { key: 'municipality', labelText: t('clients.columns.municipality') },
  ] as const;
  const rows = items.map((c) => ({
    id: c.id,
    name: (
      <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(c.id)}`}>
        {`${c.last_name}, ${c.first_name}`}
      </RouterLink>
    ),
    hetu: c.hetu_masked ?? t('clients.noHetu'),
    municipality: c.municipality.name,
  }));

  return (
    <Page title={t('clients.title')}>
      {can(user, 'clients.create') && (
        <div className="page-actions">
          <RouterLink asComponent={Link} to="/clients/new" className="button-link">
            {t('clients.new')}
          </RouterLink>
        </div>
      )}
      <form role="search" onSubmit={submit} className="search-form">
        <TextInput
          id="client-search"
          labelText={t('clients.searchLabel')}
          hintText={t('clients.searchHint')}
          value={text}
          onChange={(v) => setText(String(v ?? ''))}
          autoComplete="off"
          spellCheck={false}
          fullWidth
        />
        <Button type="submit">{t('clients.searchButton')}</Button>
      </form>

      <div role="status" className="search-status">
        {submitted !== null && search.isSuccess && (
          <Paragraph mb="m">{t('clients.resultCount', { count: items.length })}</Paragraph>
        )}
      </div>
      {search.isFetching && !search.isFetchingNextPage && <LoadingState text={t('clients.searching')} />}
      {search.isError && <RequestError error={search.error} />}
      {items.length > 0 && (
        <>
          <Table caption={t('clients.resultsCaption')} columns={columns} data={rows} mb="m" />
          {search.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() => void search.fetchNextPage()}
              aria-disabled={search.isFetchingNextPage}
            >
              {t('clients.more')}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
