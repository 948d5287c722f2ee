// The written decision (issue 8, items 1 and 3), on a phone and on a desktop: a social worker makes
// a decision through the confirmation step (which says what will happen), lands on a focused
// success panel that leads to the print, and the printed page — under print media — carries what
// Hallintolaki §§ 44–45 require: the authority, the decision number, the party's name and identity
// code, the decision maker and the appeal instructions. Then the period is closed through its own
// confirmation step, which shows the closing check's warnings. Each run makes its own client (via
// the API, with a fictional identity code), so the demo data stays as the other specs expect it.
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, randomTestHetu, uniqueSuffix } from './helpers';
import { check, choose, escapeRe, field, inputDate, text } from './path-helpers';

const T = (k: string, v?: Record<string, string | number>) => text('fi', k, v);

/** A client of demo-social_worker with a completed assessment, made through the API. */
async function clientAwaitingDecision(request: APIRequestContext, lastName: string, hetu: string): Promise<string> {
  const session = await request.post('/api/v1/session', { data: { username: 'demo-social_worker', password: DEMO_PASSWORD } });
  expect(session.status()).toBe(200);
  const { csrf_token } = (await session.json()) as { csrf_token: string };
  const headers = { 'X-CSRF-Token': csrf_token };
  let id = '';
  for (let attempt = 0; attempt < 5 && !id; attempt++) {
    const res = await request.post('/api/v1/clients', {
      headers,
      data: {
        first_name: 'Päätös',
        last_name: lastName,
        municipality: 'kurikka',
        languages: ['fi'],
        hetu: attempt === 0 ? hetu : randomTestHetu(),
        contact: { address: 'Koulutie 1, 61300 Kurikka' },
      },
    });
    if (res.status() === 201) id = ((await res.json()) as { id: string }).id;
  }
  expect(id).not.toBe('');
  const a = await request.post(`/api/v1/clients/${id}/assessments`, {
    headers,
    data: {
      life_areas: [{ area: 'work', client_view: 'Haluan arkeen rytmiä.', worker_view: 'Tarve todettu.', strengths: '', need_level: 'considerable' }],
      summary: 'Sosiaalinen kuntoutus on tarpeen.',
      conclusion: 'needed',
      completed_on: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()),
    },
  });
  expect(a.status()).toBe(201);
  await request.delete('/api/v1/session', { headers });
  return id;
}

for (const vp of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
]) {
  test.describe(`decision and its print (${vp.name})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, actionTimeout: 15_000 });

    test('a decision through the confirmation step, its print, and closing with warnings', async ({ page, request }) => {
      test.setTimeout(120_000);
      const lastName = `Tuloste-${uniqueSuffix()}`;
      const hetu = randomTestHetu();
      const clientId = await clientAwaitingDecision(request, lastName, hetu);
      await login(page, 'social_worker');
      const workers = (await (await page.request.get('/api/v1/workers')).json()) as { items: { display_name: string; username: string }[] };
      const me = workers.items.find((w) => w.username === 'demo-social_worker');
      if (!me) throw new Error('demo-social_worker is not in /workers');

      // ---- the decision form: continue → the confirmation step says what will happen
      await page.goto(`/clients/${clientId}/documents`);
      const decision = page.getByRole('region', { name: T('path.decision.title') });
      await expect(field(decision, T('path.decision.fields.appeal_instructions'))).toHaveValue(/oikaisua/);
      // the decision language is shown, with the client's language from the client record
      await expect(decision.getByRole('radio', { name: T('client.languages.fi'), exact: true })).toBeChecked();
      await expect(decision.getByText(T('docs.hints.language', { lang: T('client.languages.fi') }))).toBeVisible();
      await check(decision, 'checkbox', T('codes.serviceForm.individual'));
      await field(decision, T('path.decision.fields.starts_on')).fill(inputDate(0));
      await field(decision, T('path.decision.fields.deadline')).fill(inputDate(6));
      await choose(decision, T('path.decision.fields.key_worker_id'), `${me.display_name} (${me.username})`);
      await field(decision, T('path.decision.fields.grounds')).fill('Palvelutarpeen arviointi osoittaa tarpeen sosiaaliseen kuntoutukseen (SHL 17 §).');
      await field(decision, T('docs.fields.decided_by_title')).fill('johtava sosiaalityöntekijä');
      await check(decision, 'radio', T('docs.notice.mail'));
      await expectAccessible(page, `decision form (${vp.name})`);
      await decision.getByRole('button', { name: T('docs.continue') }).click();
      const confirm = decision.getByTestId('confirm-step');
      await expect(confirm.getByRole('heading', { name: T('docs.decisionConfirm.title') })).toBeFocused();
      await expect(confirm).toContainText(T('docs.decisionConfirm.granted', { start: inputDate(0), deadline: inputDate(6), worker: me.display_name }));
      await expectAccessible(page, `decision confirmation (${vp.name})`);
      await confirm.getByRole('button', { name: T('docs.decisionConfirm.save') }).click();

      // ---- saved: the success panel (focused) names the number and leads to the print
      const done = decision.getByTestId('success-step');
      const doneHeading = done.getByRole('heading', { name: /^Päätös SOSKU \d{4}\/\d+ on tallennettu$/ });
      await expect(doneHeading).toBeFocused();
      const number = /SOSKU \d{4}\/\d+/.exec((await doneHeading.textContent()) ?? '')?.[0] ?? '';
      expect(number).not.toBe('');
      await expect(decision.getByRole('listitem').filter({ hasText: number })).toBeVisible();  // the decision list shows it
      await expect(done.getByRole('link', { name: T('docs.decisionDone.plan') })).toBeVisible();
      await expectAccessible(page, `decision saved (${vp.name})`);
      await done.getByRole('link', { name: T('docs.decisionDone.print') }).click();

      // ---- the print, as printed
      await expect(page.getByRole('heading', { name: T('print.decisionHeading') })).toBeVisible();
      await expectAccessible(page, `printable decision (${vp.name})`);
      await page.emulateMedia({ media: 'print' });
      const doc = page.getByTestId('print-doc');
      await expect(doc).toBeVisible();
      await expect(page.getByRole('button', { name: T('print.print') })).toBeHidden();  // the print bar is not printed
      await expect(doc).toContainText('Etelä-Pohjanmaan hyvinvointialue');  // the authority
      await expect(doc).toContainText(number);
      await expect(doc).toContainText(`Päätös ${lastName}`);  // the party's name
      await expect(doc).toContainText(hetu);  // … and full identity code
      await expect(doc).toContainText('Koulutie 1, 61300 Kurikka');  // … and address
      await expect(doc).toContainText(`${me.display_name}, johtava sosiaalityöntekijä`);  // the decision maker and title
      await expect(doc).toContainText(T('docs.print.infoContact'));
      await expect(doc).toContainText(T('docs.print.appendix'));
      await expect(doc).toContainText(/Oikaisuvaatimusohje/);
      await expect(doc).toContainText(/30 päivän kuluessa/);
      await expect(doc).toContainText(/Oikaisuvaatimus on tehtävä viimeistään \d{1,2}\.\d{1,2}\.\d{4}\./);
      await expect(doc).toContainText(new RegExp(`Päätöspäivä${escapeRe(inputDate(0))}`));  // d.M.yyyy
      await expect(doc).not.toContainText(/\d{1,2}\/\d{1,2}\/\d{4}/);  // never the English format
      await expectAccessible(page, `printed decision (print media, ${vp.name})`);
      await page.emulateMedia({ media: 'screen' });

      // ---- closing the period: the confirmation step shows the closing check's warnings
      await page.goto(`/clients/${clientId}/documents`);
      const period = page.getByRole('region', { name: T('path.period.title') });
      await check(period, 'radio', T('path.final.mode.interrupted'));
      await choose(period, T('path.final.fields.reason'), T('codes.interruption.moved_away'));
      await period.getByRole('button', { name: T('docs.continue') }).click();
      const closing = period.getByTestId('confirm-step');
      await expect(closing.getByRole('heading', { name: T('docs.closeConfirm.title') })).toBeFocused();
      const warnings = closing.getByTestId('closing-warnings');
      await expect(warnings).toContainText(T('docs.warnings.no_meetings'));
      await expect(warnings).toContainText(T('docs.warnings.no_goals'));
      await expect(warnings).toContainText(T('docs.warnings.opened_today'));
      await expect(warnings).toContainText(/Määräaikaan on vielä \d+ päivää\./);
      await expectAccessible(page, `closing confirmation (${vp.name})`);
      await closing.getByRole('button', { name: T('docs.closeConfirm.save') }).click();
      const closed = period.getByTestId('success-step');
      await expect(closed.getByRole('heading', { name: T('docs.closeDone.title') })).toBeFocused();
      await expect(period.getByTestId('period-status')).toHaveText(T('path.period.statuses.interrupted'));
      await expectAccessible(page, `period closed (${vp.name})`);
    });
  });
}
