// Renders the real app (routes, providers, i18n) at a given path, for tests.
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders, createQueryClient } from '../app/providers';
import { routes } from '../app/routes';
import { resetPageFocusForTests } from '../components/Page';
import { api } from '../lib/api-client';
import i18n from '../i18n';

export async function renderApp(path: string, { lang = 'fi' }: { lang?: string } = {}) {
  api.endSession();
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
