// Renders the real app (routes, providers, i18n) at a given path, for tests.
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders, createQueryClient } from '../app/providers';
import { routes } from '../app/routes';
import { resetPageFocusForTests } from '../components/Page';
import { api } from '../lib/api-client';
import { rememberSignedIn } from '../lib/session';
import i18n from '../i18n';

/**
 * `signedIn`: the browser's "signed in here" hint (lib/session.tsx) is set, so the app asks GET /me
 * at start (the default; a test of a logged-out start passes false).
 */
export async function renderApp(
  path: string,
  { lang = 'fi', signedIn = true }: { lang?: string; signedIn?: boolean } = {},
) {
  api.endSession();
  rememberSignedIn(signedIn);
  resetPageFocusForTests();
  await i18n.changeLanguage(lang);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
    { container: document.getElementById('root') ?? undefined },
  );
  return { ...result, router, queryClient };
}
