// The main navigation follows the actions the server permits (/me `actions`, as the server gives
// them to the demo users of each role): workers get clients, managers the caseload, the admin gets
// administration, the auditor the access log; roles without pages get only the home page, which
// says what they will be able to do, and nothing about clients.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { navItemsFor } from './features';
import type { Role } from '../types/api';
import { FakeApi, makeMe, problem } from '../test/fake-api';
import { renderApp } from '../test/render';

const me = (roles: Role[]) => makeMe(roles);
const paths = (roles: Role[]) => navItemsFor(me(roles)).map((i) => i.to);

describe('navItemsFor', () => {
  it.each<[Role[], string[]]>([
    [['social_worker'], ['/', '/clients', '/accessibility']],
    [['social_counsellor'], ['/', '/clients', '/accessibility']],
    [['manager'], ['/', '/caseload', '/accessibility']],
    [['admin'], ['/', '/admin', '/accessibility']],
    [['auditor'], ['/', '/audit', '/accessibility']],
    [['analyst'], ['/', '/accessibility']],
    [['experience_expert'], ['/', '/accessibility']],
    [['group_instructor'], ['/', '/accessibility']],
    [['social_worker', 'auditor'], ['/', '/clients', '/audit', '/accessibility']],
    [[], ['/', '/accessibility']],
  ])('%j → %j', (roles, expected) => {
    expect(paths(roles)).toEqual(expected);
  });

  it('follows the actions from the server, not a copy of the policy', () => {
    // roles alone open nothing: the server's answer does
    expect(navItemsFor(makeMe(['social_worker', 'admin'], { actions: [] })).map((i) => i.to)).toEqual(['/', '/accessibility']);
    expect(navItemsFor(makeMe([], { actions: ['audit_read', 'client_search'] })).map((i) => i.to)).toEqual([
      '/',
      '/clients',
      '/audit',
      '/accessibility',
    ]);
  });
});

describe('layout by role', () => {
  afterEach(() => vi.unstubAllGlobals());

  function serve(roles: Role[]) {
    return new FakeApi()
      .on('GET', '/me', { status: 200, body: { user: me(roles), csrf_token: 't' } })
      .install();
  }

  it('shows a worker the clients link, their name and county', async () => {
    serve(['social_worker']);
    await renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    const links = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Etusivu', 'Asiakkaat', 'Saavutettavuusseloste']);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Sanna Sosiaalityöntekijä')).toBeInTheDocument();
    expect(within(banner).getByText('Etelä-Pohjanmaa')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Kirjaudu ulos' })).toBeInTheDocument();
    // pages are loaded on first use (React.lazy): wait for the page under the frame
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Tervetuloa, Sanna Sosiaalityöntekijä');
    expect(document.title).toBe('Etusivu – soku');
  });

  it('shows the admin administration and no clients', async () => {
    serve(['admin']);
    await renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getByRole('link', { name: 'Ylläpito' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Asiakkaat' })).toBeNull();
  });

  it('shows the auditor the access log and no clients', async () => {
    serve(['auditor']);
    await renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getByRole('link', { name: 'Lokivalvonta' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Asiakkaat' })).toBeNull();
  });

  it.each<Role>(['analyst', 'experience_expert', 'group_instructor'])(
    'gives %s a home page about what is to come and nothing of clients',
    async (role) => {
      const api = serve([role]);
      await renderApp('/');
      const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
      expect(within(nav).queryByRole('link', { name: 'Asiakkaat' })).toBeNull();
      expect(await screen.findByText(/Tulevaisuudessa näet täällä/)).toBeInTheDocument();
      expect(api.calls('GET', /^\/clients/)).toEqual([]);
    },
  );

  it('tells a role without client search that the clients page is not for them, without asking the server', async () => {
    const api = serve(['experience_expert']);
    await renderApp('/clients');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
    expect(api.calls('GET', /^\/clients/)).toEqual([]);
  });

  it('guards a page by the server\'s actions: a worker whose county grants nothing gets no clients page', async () => {
    const api = new FakeApi()
      .on('GET', '/me', { status: 200, body: { user: makeMe(['social_worker'], { actions: [] }), csrf_token: 't' } })
      .install();
    await renderApp('/clients');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
    expect(api.calls('GET', /^\/clients/)).toEqual([]);
  });

  it('sends an anonymous visitor to the login page with a language switch and no navigation', async () => {
    new FakeApi().on('GET', '/me', { status: 401, body: problem(401, 'Unauthorized') }).install();
    await renderApp('/clients');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Päävalikko' })).toBeNull();
    expect(screen.getByRole('button', { name: /Suomeksi \(FI\)/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saavutettavuusseloste' })).toBeInTheDocument();
  });

  it('renders the navigation in Swedish and sets <html lang>', async () => {
    serve(['social_worker']);
    await renderApp('/', { lang: 'sv' });
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Klienter' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });
});
