// Corrections with history (issue 8, item 4), on a phone (390 × 844) and on a desktop (1366 × 900):
// the demo social counsellor, key worker of a fresh fictional client (granted decision made through
// the API by the demo social worker), records a meeting, is warned that the client already has a
// meeting that day, corrects the meeting with a reason (the reason is required), and sees the
// entry marked "Korjattu" with the earlier wording, its author and the reason under "Näytä aiemmat
// versiot"; the timeline marks the corrected meeting. axe-core runs on every page visited.
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, uniqueSuffix } from './helpers';

function helsinkiIso(months = 0): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

/** A fresh client with an open period whose key worker is the demo social counsellor. */
async function clientOfTheCounsellor(request: APIRequestContext): Promise<string> {
  const session = await request.post('/api/v1/session', { data: { username: 'demo-social_worker', password: DEMO_PASSWORD } });
  expect(session.status()).toBe(200);
  const { csrf_token } = (await session.json()) as { csrf_token: string };
  const headers = { 'X-CSRF-Token': csrf_token };
  const client = await request.post('/api/v1/clients', {
    headers,
    data: { first_name: 'Korjaus', last_name: `Testi-${uniqueSuffix()}`, municipality: 'kurikka' },
  });
  expect(client.status()).toBe(201);
  const { id } = (await client.json()) as { id: string };
  const workers = (await (await request.get('/api/v1/workers')).json()) as { items: { id: string; username: string }[] };
  const counsellor = workers.items.find((w) => w.username === 'demo-social_counsellor');
  expect(counsellor).toBeDefined();
  const decision = await request.post(`/api/v1/clients/${id}/decisions`, {
    headers,
    data: {
      outcome: 'granted',
      service_forms: ['individual'],
      starts_on: helsinkiIso(0),
      deadline: helsinkiIso(3),
      key_worker_id: counsellor?.id,
      grounds: 'Tarve todettu palvelutarpeen arvioinnissa.',
      language: 'fi',
    },
  });
  expect(decision.status(), await decision.text()).toBe(201);
  await request.delete('/api/v1/session', { headers });
  return id;
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test.describe(`corrections at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, actionTimeout: 15_000 });

    test('a key worker records a meeting, corrects it with a reason and sees the earlier wording', async ({ page, request }) => {
      test.setTimeout(90_000);
      const clientId = await clientOfTheCounsellor(request);
      await login(page, 'social_counsellor');
      await page.goto(`/clients/${clientId}/meetings`);

      const form = page.getByRole('region', { name: 'Kirjaa tapaaminen' });
      const discard = form.getByRole('button', { name: 'Tyhjennä lomake' });
      await expect(form.getByLabel(/^Lyhyt muistiinpano/)).toBeVisible();
      if (await discard.isVisible()) await discard.click();
      await expect(form.getByTestId('same-day-warning')).toHaveCount(0);
      await form.getByLabel(/^Lyhyt muistiinpano/).fill('Kävimme yhdessä Kelassa.');
      await expectAccessible(page, `meetings (${viewport.width})`);
      await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
      await expect(form.getByText('Tapaaminen tallennettu.')).toBeVisible();
      // the form starts again at today: the client already has a meeting today, said before saving
      await expect(form.getByTestId('same-day-warning')).toContainText('Asiakkaalla on jo tapaaminen');

      const list = page.getByRole('region', { name: 'Tapaamiset' }).getByTestId('meeting');
      await expect(list).toHaveCount(1);
      const meeting = list.first();
      await expect(meeting).toContainText('Kävimme yhdessä Kelassa.');
      await expect(meeting.getByText('Korjattu')).toHaveCount(0);

      await meeting.getByRole('button', { name: /^Korjaa tapaaminen/ }).click();
      const note = meeting.getByLabel(/^Lyhyt muistiinpano/);
      await expect(note).toHaveValue('Kävimme yhdessä Kelassa.');
      await note.fill('Kävimme yhdessä TE-toimistossa.');
      // no reason: refused before saving, the error at the reason field
      await meeting.getByRole('button', { name: 'Tallenna korjaus' }).click();
      await expect(meeting.getByText('Kerro korjauksen syy.').first()).toBeVisible();
      await expectAccessible(page, `meeting correction form (${viewport.width})`);
      await meeting.getByLabel(/^Korjauksen syy/).fill('Paikka kirjattiin väärin.');
      await meeting.getByRole('button', { name: 'Tallenna korjaus' }).click();

      await expect(meeting.getByText('Korjaus tallennettu.', { exact: false })).toBeVisible();
      await expect(meeting).toContainText('Kävimme yhdessä TE-toimistossa.');
      await expect(meeting.getByText('Korjattu', { exact: true })).toBeVisible();
      await meeting.getByRole('button', { name: /^Näytä aiemmat versiot/ }).click();
      const earlier = meeting.getByTestId('earlier-version');
      await expect(earlier).toHaveCount(1);
      await expect(earlier).toContainText('Versio 1');
      await expect(earlier).toContainText('Kävimme yhdessä Kelassa.');
      await expect(earlier).toContainText('Syy: Paikka kirjattiin väärin.');
      await expectAccessible(page, `meeting with earlier versions (${viewport.width})`);

      await page.goto(`/clients/${clientId}/timeline`);
      const timeline = page.getByRole('list', { name: 'Aikajana' });
      await expect(timeline.locator('li', { hasText: 'Tapaamiset' }).getByText('Korjattu')).toBeVisible();
      await expectAccessible(page, `timeline with a corrected meeting (${viewport.width})`);
    });
  });
}
