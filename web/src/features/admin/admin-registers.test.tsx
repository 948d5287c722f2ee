// The admin registers are instances of the one RegisterPage: the list from the config's query, a
// create form whose own checks, server field errors and 409 land where the config says, and the
// Users page's extra columns and actions (roles, temporary password, (de)activation).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { renderApp } from '../../test/render';

const COUNTY = 'etela-pohjanmaa';

function adminServer() {
  return new FakeApi()
    .on('GET', '/me', { status: 200, body: { user: makeMe(['admin']), csrf_token: 'c' } })
    .on('GET', `/counties/${COUNTY}/municipalities`, {
      status: 200,
      body: { items: [{ code: 'vimpeli', name: 'Vimpeli' }, { code: 'kurikka', name: 'Kurikka' }] },
    })
    .on('GET', '/units', {
      status: 200,
      body: { items: [{ id: 'u1', code: 'kurikka-sote', name: 'Kurikan sote-keskus', municipality: { code: 'kurikka', name: 'Kurikka' } }] },
    })
    .on('GET', '/users', {
      status: 200,
      body: {
        items: [
          {
            id: 'w1',
            username: 'demo-social_worker',
            display_name: 'Sanna',
            active: true,
            password_change_required: true,
            roles: [{ role: 'social_worker', unit: 'u1' }],
          },
        ],
      },
    })
    .install();
}

describe('register pages', { timeout: 60_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists municipalities sorted, checks required fields locally and adds one', async () => {
    const api = adminServer().on('POST', `/counties/${COUNTY}/municipalities`, (req) => ({ status: 201, body: req.body }));
    const user = userEvent.setup();
    await renderApp('/admin/municipalities');
    const table = await screen.findByRole('table', { name: 'Kunnat – Etelä-Pohjanmaa' }, { timeout: 15_000 });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Kurikka');
    expect(rows[2]).toHaveTextContent('Vimpeli');

    await user.click(screen.getByRole('button', { name: 'Lisää kunta' }));
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText(/^Tunnus/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('POST', `/counties/${COUNTY}/municipalities`)).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Tunnus/), 'lapua');
    await user.type(screen.getByLabelText('Nimi'), 'Lapua ');
    await user.click(screen.getByRole('button', { name: 'Lisää kunta' }));
    expect(await screen.findByText('Kunta Lapua lisätty.')).toBeInTheDocument();
    expect(api.calls('POST', `/counties/${COUNTY}/municipalities`)[0].body).toEqual({ code: 'lapua', name: 'Lapua' });
    expect(screen.getByLabelText('Nimi')).toHaveValue('');
  });

  it('shows a server field error at its field and a 409 as "already exists"', async () => {
    let answer = 422;
    adminServer().on('POST', '/units', () =>
      answer === 422
        ? { status: 422, body: problem(422, 'Invalid', { errors: [{ field: 'code', message: 'Tunnus on varattu muodolle.' }] }) }
        : { status: 409, body: problem(409, 'Conflict') },
    );
    const user = userEvent.setup();
    await renderApp('/admin/units');
    await user.type(await screen.findByLabelText(/^Tunnus/, {}, { timeout: 15_000 }), 'x y');
    await user.type(screen.getByLabelText('Nimi'), 'Yksikkö');
    await user.click(screen.getByRole('button', { name: 'Lisää yksikkö' }));
    expect(await screen.findByRole('link', { name: /Tunnus: Tunnus on varattu muodolle\./ })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Tunnus/)).toHaveAttribute('aria-invalid', 'true');

    answer = 409;
    await user.click(screen.getByRole('button', { name: 'Lisää yksikkö' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Samalla tunnuksella on jo olemassa tieto.');
    // what the user typed is kept
    expect(screen.getByLabelText('Nimi')).toHaveValue('Yksikkö');
  });

  it('keeps the users page: roles with units, temporary password, deactivation, roles required', async () => {
    const api = adminServer().on('PATCH', '/users/w1', { status: 200, body: {} });
    const user = userEvent.setup();
    await renderApp('/admin');
    const table = await screen.findByRole('table', { name: 'Käyttäjät ja roolit' }, { timeout: 15_000 });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Sosiaalityöntekijä (Kurikan sote-keskus)');
    expect(row).toHaveTextContent('Väliaikainen salasana');
    await user.click(within(row).getByRole('button', { name: 'Poista käytöstä: demo-social_worker' }));
    await waitFor(() => expect(api.calls('PATCH', '/users/w1')[0]?.body).toEqual({ active: false }));

    await user.type(screen.getByLabelText('Käyttäjätunnus'), 'uusi');
    await user.type(screen.getByLabelText('Nimi', { exact: true }), 'Uusi Käyttäjä');
    await user.type(screen.getByLabelText(/^Alkusalasana/), 'Salasana-2026-pitkä');
    await user.click(screen.getByRole('button', { name: 'Lisää käyttäjä' }));
    expect(await screen.findByText('Valitse vähintään yksi rooli.', { selector: '#user-roles-error' })).toBeInTheDocument();
    expect(api.calls('POST', '/users')).toHaveLength(0);
  });
});
