// The form kit: the server's problem+json errors land at their fields and in the summary (in page
// order), the summary takes focus on every failed submit, and a draft whose read failed because
// the session expired is restored once the session is back (the session refetches failed queries).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextInput } from 'suomifi-ui-components';
import { AppProviders, createQueryClient } from '../../app/providers';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { api } from '../../lib/api-client';
import i18n from '../../i18n';
import { FormShell, useForm } from './use-form';

interface Values {
  name: string;
  city: string;
}

function TestForm({ draftKey, onSubmit }: { draftKey?: string; onSubmit(v: Values): Promise<unknown> }) {
  const form = useForm<Values>({
    prefix: 't',
    initial: { name: '', city: '' },
    draft: draftKey ? { key: draftKey, coerce: (d, init) => ({ ...init, ...(d as Partial<Values>) }) } : undefined,
    validate: (v) => ({ name: v.name ? undefined : 'form.required' }),
    submit: onSubmit,
  });
  if (form.loading) return <p>loading</p>;
  return (
    <FormShell form={form} label={(f) => (f === 'name' ? 'Nimi' : 'Kaupunki')} fallbackField="name" actions={<button type="submit">Tallenna</button>}>
      <TextInput {...form.text('name')} labelText="Nimi" />
      <TextInput {...form.text('city')} labelText="Kaupunki" />
    </FormShell>
  );
}

async function show(ui: React.ReactNode) {
  api.endSession();
  await i18n.changeLanguage('fi');
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return { ...render(<AppProviders queryClient={queryClient}>{ui}</AppProviders>), queryClient };
}

const me = makeMe(['social_worker']);

describe('form kit', { timeout: 60_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('maps problem+json errors to their fields and lists them in page order, focusing the summary', async () => {
    const fake = new FakeApi()
      .on('GET', '/me', { status: 200, body: { user: me, csrf_token: 'c' } })
      .on('POST', '/things', {
        status: 422,
        body: problem(422, 'Invalid', {
          errors: [
            { field: 'city', message: 'Kaupunkia ei ole.' },
            { field: 'name', message: 'Nimi on liian pitkä.' },
          ],
        }),
      })
      .install();
    const submit = (v: Values) => api.post('/things', v);
    const user = userEvent.setup();
    await show(<TestForm onSubmit={submit} />);
    await user.type(screen.getByLabelText('Nimi'), 'Liisa');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const links = within(heading.closest('div')!.parentElement!).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Nimi: Nimi on liian pitkä.', 'Kaupunki: Kaupunkia ei ole.']);
    expect(screen.getByLabelText('Kaupunki')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Kaupunkia ei ole.', { selector: ':not(a)' })).toBeInTheDocument();
    // what the user typed stays
    expect(screen.getByLabelText('Nimi')).toHaveValue('Liisa');
    expect(fake.calls('POST', '/things')).toHaveLength(1);
  });

  it('does not send when its own checks fail, and focuses the summary again on every try', async () => {
    new FakeApi().on('GET', '/me', { status: 200, body: { user: me, csrf_token: 'c' } }).install();
    const submit = vi.fn();
    const user = userEvent.setup();
    await show(<TestForm onSubmit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe/ });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByLabelText('Kaupunki'));
    expect(heading).not.toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(heading).toHaveFocus());
    expect(submit).not.toHaveBeenCalled();
  });

  it('says "not saved, log in again" on a 401 and keeps the values', async () => {
    new FakeApi()
      .on('GET', '/me', { status: 200, body: { user: me, csrf_token: 'c' } })
      .on('POST', '/things', { status: 401, body: problem(401, 'Unauthorized') })
      .install();
    const user = userEvent.setup();
    await show(<TestForm onSubmit={(v) => api.post('/things', v)} />);
    await user.type(screen.getByLabelText('Nimi'), 'Liisa');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/istuntosi vanhentui.*kirjoittamasi tiedot ovat tallessa/);
    expect(screen.getByLabelText('Nimi')).toHaveValue('Liisa');
  });

  it('restores a draft whose read failed with 401 once the session is back', async () => {
    const state = { valid: false };
    new FakeApi()
      .on('GET', '/me', { status: 200, body: { user: me, csrf_token: 'c' } })
      .on('GET', '/drafts/t-draft', () =>
        state.valid
          ? { status: 200, body: { key: 't-draft', data: { name: 'Luonnos', city: 'Kurikka' }, updated_at: '2026-11-24T10:03:00Z' } }
          : { status: 401, body: problem(401, 'Unauthorized') },
      )
      .install();
    const { queryClient } = await show(<TestForm draftKey="t-draft" onSubmit={vi.fn()} />);
    // the read failed: the empty form is shown, nothing restored, no "could not be read" warning
    expect(await screen.findByLabelText('Nimi')).toHaveValue('');
    expect(screen.queryByText('Tallennettua luonnosta ei voitu ladata.')).toBeNull();
    // the re-login (lib/session relogin) refetches the queries that failed
    state.valid = true;
    await act(() => queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' }));
    await waitFor(() => expect(screen.getByLabelText('Nimi')).toHaveValue('Luonnos'));
    expect(screen.getByLabelText('Kaupunki')).toHaveValue('Kurikka');
    expect(screen.getByText('Luonnos palautettu')).toBeInTheDocument();
  });
});
