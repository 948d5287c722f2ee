// The client's path end to end through the UI only, in Finnish and again in Swedish: a social
// worker registers a fictional client (temporary identity code 900–999), records the referral,
// completes the service need assessment (rehabilitation needed) and makes a granted decision naming
// the demo social counsellor as key worker; the counsellor then writes a goal with GAS levels,
// edits it (version 2 in the history), records a meeting, adds a network member with a consent
// and withdraws it, extends the deadline, reviews the goal and closes the period with a final
// evaluation; the timeline shows it all. axe-core runs on every page visited.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible, randomTestHetu, uniqueSuffix } from './helpers';
import { check, choose, escapeRe, field, inputDate, loginIn, logout, openTab, text } from './path-helpers';
import type { Lang } from './path-helpers';

async function createClientIn(page: Page, lang: Lang, lastName: string): Promise<string> {
  const T = (k: string, v?: Record<string, string | number>) => text(lang, k, v);
  await page.goto('/clients/new');
  await expect(page.getByRole('heading', { level: 1, name: T('client.new.title') })).toBeVisible();
  await expect(page.getByLabel(T('client.fields.firstName'))).toBeVisible();
  const discard = page.getByRole('button', { name: T('drafts.discard') });
  if (await discard.isVisible()) await discard.click();
  await page.getByLabel(T('client.fields.firstName')).fill('Polku');
  await page.getByLabel(T('client.fields.lastName')).fill(lastName);
  await choose(page, T('client.fields.municipality'), 'Kurikka');
  await check(page, 'checkbox', T(`client.languages.${lang}`));
  await field(page, T('client.fields.safetyNotes')).fill('Kuvitteellinen huomio.');
  await expectAccessible(page, `new client (${lang})`);
  for (let attempt = 0; attempt < 5; attempt++) {
    await field(page, T('client.fields.hetu')).fill(randomTestHetu());
    await page.getByRole('button', { name: T('client.new.submit') }).click();
    const created = await page
      .waitForURL((url) => !url.pathname.endsWith('/clients/new'), { timeout: 10_000 })
      .then(() => true, () => false);
    if (created) break;
  }
  await expect(page.getByRole('heading', { level: 1, name: `Polku ${lastName}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.use({ actionTimeout: 15_000 });

for (const lang of ['fi', 'sv'] as const) {
  test(`a client's path from referral to final evaluation (${lang})`, async ({ page }) => {
    test.setTimeout(300_000);
    const T = (k: string, v?: Record<string, string | number>) => text(lang, k, v);
    const lastName = `Polku-${lang}-${uniqueSuffix()}`;
    const goalText = lang === 'fi' ? 'Haluan käydä kaupassa itse' : 'Jag vill gå till affären själv';
    const goalText2 = lang === 'fi' ? 'Käyn kaupassa kerran viikossa' : 'Jag går till affären en gång i veckan';

    // ---- the social worker: client, referral, assessment, decision
    await loginIn(page, 'social_worker', lang);
    await expectAccessible(page, `dashboard (social worker, ${lang})`);
    const clientPath = await createClientIn(page, lang, lastName);
    const clientId = clientPath.split('/').pop() ?? '';
    await expect(page.getByRole('navigation', { name: T('client.tabs.label') })).toBeVisible();
    await expectAccessible(page, `client overview (${lang})`);

    await openTab(page, lang, 'documents');
    const referral = page.getByRole('region', { name: T('path.referral.title') });
    await choose(referral, T('path.referral.fields.source'), T('codes.referralSource.te_services'));
    await field(referral, T('path.referral.fields.reason')).fill('Pitkä työttömyys, yksinäisyys');
    await expectAccessible(page, `documents (${lang})`);
    await referral.getByRole('button', { name: T('path.referral.save') }).click();
    await expect(referral.getByText('Pitkä työttömyys, yksinäisyys')).toBeVisible();

    const assessment = page.getByRole('region', { name: T('path.assessment.title') });
    const housing = assessment.getByRole('group', { name: T('codes.lifeArea.housing') });
    await field(housing, T('path.assessment.fields.client_view')).fill('Asunto on liian kallis.');
    await field(housing, T('path.assessment.fields.worker_view')).fill('Vuokrarästejä kolme kuukautta.');
    await field(housing, T('path.assessment.fields.strengths')).fill('Hyvä suhde vuokranantajaan.');
    await choose(housing, T('path.assessment.fields.need_level'), T('codes.needLevel.considerable'));
    await assessment.getByRole('button', { name: T('path.assessment.addStatement') }).click();
    const statement = assessment.getByRole('group', { name: T('path.assessment.statement', { n: 1 }) });
    await field(statement, T('path.assessment.fields.source')).fill('Psykiatrinen sairaanhoitaja');
    await field(statement, T('path.assessment.fields.summary_statement')).fill('Tukee kuntoutusta.');
    await check(assessment, 'radio', T('path.assessment.conclusion.needed'));
    await assessment.getByRole('button', { name: T('path.assessment.complete') }).click();
    // completed: a read-only record with the conclusion
    await expect(assessment.getByRole('table', { name: T('path.assessment.lifeAreas') })).toContainText('Vuokrarästejä kolme kuukautta.');
    await expect(assessment.getByRole('radio')).toHaveCount(0);
    await expect(assessment).toContainText(T('path.assessment.conclusion.needed'));

    const decision = page.getByRole('region', { name: T('path.decision.title') });
    await expect(field(decision, T('path.decision.fields.appeal_instructions'))).toHaveValue(lang === 'fi' ? /oikaisua/ : /omprövning/);
    await check(decision, 'checkbox', T('codes.serviceForm.group'));
    await field(decision, T('path.decision.fields.starts_on')).fill(inputDate(0));
    await field(decision, T('path.decision.fields.deadline')).fill(inputDate(4));
    await choose(decision, T('path.decision.fields.key_worker_id'), await counsellorOption(page));
    await field(decision, T('path.decision.fields.grounds')).fill('Tarve todettu palvelutarpeen arvioinnissa.');
    await expectAccessible(page, `decision form (${lang})`);
    await decision.getByRole('button', { name: T('docs.continue') }).click();
    await decision.getByRole('button', { name: T('docs.decisionConfirm.save') }).click();
    await expect(decision.getByTestId('success-step')).toBeVisible();
    const period = page.getByRole('region', { name: T('path.period.title') });
    await expect(period.getByTestId('period-status')).toHaveText(T('path.period.statuses.open'));

    // the printable decision, in the decision's language
    await decision.getByRole('link', { name: new RegExp(`^${T('print.decisionLink', { date: 'X' }).split(' (')[0]}`) }).click();
    await expect(page.getByRole('heading', { name: T('print.decisionHeading') })).toBeVisible();
    await expect(page.locator('article[lang]')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('button', { name: T('print.print') })).toBeVisible();
    await expectAccessible(page, `printable decision (${lang})`);
    await logout(page, lang);

    // ---- the counsellor (key worker): plan, meetings, network, extension, review, final evaluation
    await loginIn(page, 'social_counsellor', lang);
    await page.goto(clientPath);
    await expect(page.getByRole('heading', { level: 1, name: `Polku ${lastName}` })).toBeVisible();
    // the header names the key worker and the period
    const header = page.getByLabel(T('client.header.label'));
    await expect(header).toContainText(T('client.header.keyWorker'));
    await expect(header).toContainText((await counsellorOption(page)).split(' (')[0]);
    await expectAccessible(page, `client overview (counsellor, ${lang})`);

    // the counsellor may not decide: no decision form
    await openTab(page, lang, 'documents');
    await expect(page.getByText(T('path.decision.noAuthority'))).toBeVisible();
    await expect(page.getByRole('region', { name: T('path.decision.title') }).getByRole('button', { name: T('docs.continue') })).toHaveCount(0);

    await openTab(page, lang, 'plan');
    const newGoal = page.getByRole('region', { name: T('path.goal.newTitle') });
    await field(newGoal, T('path.goal.fields.text')).fill(goalText);
    await field(newGoal, T('path.goal.fields.means')).fill('Harjoitellaan yhdessä');
    await field(newGoal, T('path.goal.fields.responsible')).fill('Asiakas ja omatyöntekijä');
    await field(newGoal, T('path.goal.fields.review_on')).fill(inputDate(0, 7));
    await field(newGoal, T('path.goal.fields.weight')).fill('2');
    const levels: Record<string, string> = { '-2': 'Ei käy kaupassa', '-1': 'Käy saatettuna', '0': 'Käy kerran kuussa', '1': 'Käy kahdesti kuussa', '2': 'Käy viikoittain' };
    for (const [l, v] of Object.entries(levels)) {
      await field(newGoal, T('path.goal.gasLevel', { level: T(`codes.gas.${l}`) })).fill(v);
    }
    await expectAccessible(page, `plan with goal form (${lang})`);
    await newGoal.getByRole('button', { name: T('path.goal.add') }).click();
    const card = page.getByRole('article', { name: T('path.goal.cardTitle', { n: 1 }) });
    await expect(card.getByText(goalText)).toBeVisible();
    await expect(card.getByRole('table', { name: T('path.goal.gasTitle') })).toContainText('Käy viikoittain');

    await card.getByRole('button', { name: T('path.goal.edit') }).click();
    await field(card, T('path.goal.fields.text')).fill(goalText2);
    await card.getByRole('button', { name: T('path.goal.saveVersion') }).click();
    await expect(card.getByText(goalText2, { exact: true })).toBeVisible();
    await card.getByRole('button', { name: T('path.goal.versions_other', { count: 2 }) }).click();
    await expect(card.getByText(T('path.goal.version', { version: 2 }))).toBeVisible();
    await expect(card.getByText(T('path.goal.version', { version: 1 }))).toBeVisible();
    await expect(card.getByText(goalText, { exact: true })).toBeVisible();
    await expectAccessible(page, `plan with version history (${lang})`);

    // record a meeting from the header's quick action
    await page.getByRole('link', { name: T('client.actions.recordMeeting') }).click();
    const meeting = page.getByRole('region', { name: T('path.meeting.newTitle') });
    await expect(field(meeting, T('path.meeting.fields.held_on'))).toHaveValue(inputDate(0));
    await choose(meeting, T('path.meeting.fields.mode'), T('codes.meetingMode.home_visit'));
    await check(meeting, 'checkbox', T('codes.meetingContent.doing_together'));
    await check(meeting, 'checkbox', T('codes.meetingContent.errands'));
    await field(meeting, T('path.meeting.fields.tasks')).fill('Soita Kelaan');
    await field(meeting, T('path.meeting.fields.note')).fill('Kävimme yhdessä kaupassa.');
    await expectAccessible(page, `meetings (${lang})`);
    await meeting.getByRole('button', { name: T('path.meeting.save') }).click();
    await expect(meeting.getByText(T('path.meeting.saved'))).toBeVisible();
    const meetings = page.getByRole('region', { name: T('path.meeting.listTitle') });
    await expect(meetings.getByText('Kävimme yhdessä kaupassa.')).toBeVisible();
    await expect(meetings).toContainText(T('codes.meetingMode.home_visit'));

    // network member with a consent, then the consent withdrawn — visible at once
    await openTab(page, lang, 'network');
    const addMember = page.getByRole('region', { name: T('path.network.newTitle') });
    await choose(addMember, T('path.network.fields.organisation_type'), T('codes.organisationType.kela'));
    await field(addMember, T('path.network.fields.name')).fill('Kela Kurikka');
    await field(addMember, T('path.network.fields.role')).fill('Etuuskäsittelijä');
    await check(addMember, 'checkbox', T('path.network.withConsent'));
    await field(addMember, T('path.network.fields.scope')).fill('Toimeentulotuki');
    await expectAccessible(page, `network (${lang})`);
    await addMember.getByRole('button', { name: T('path.network.add') }).click();
    const member = page.getByRole('listitem', { name: 'Kela Kurikka' });
    await expect(member.getByTestId('consent-status')).toContainText('Toimeentulotuki');
    await expect(member.getByTestId('consent-status')).toHaveClass(/consent--given/);
    await member.getByRole('button', { name: T('path.network.withdraw') }).click();
    await field(member, T('path.network.withdrawReason')).fill('Asiakas peruu');
    await member.getByRole('button', { name: T('path.network.confirmWithdraw') }).click();
    await expect(member.getByTestId('consent-status')).toHaveText(new RegExp(T('path.network.consentWithdrawn', { date: 'X' }).replace('X', '.+')));
    await expect(member.getByRole('button', { name: T('path.network.giveConsent') })).toBeVisible();

    // extend the deadline; the history shows it
    await openTab(page, lang, 'documents');
    const periodSection = page.getByRole('region', { name: T('path.period.title') });
    await check(periodSection, 'radio', T('codes.phase.working'));
    await periodSection.getByRole('button', { name: T('path.period.savePhase') }).click();
    await expect(periodSection.getByRole('definition').filter({ hasText: new RegExp(`^${T('codes.phase.working')}$`) })).toHaveCount(1);
    await field(periodSection, T('path.period.fields.new_deadline')).fill(inputDate(6));
    await field(periodSection, T('path.period.fields.reason')).fill('Tavoitteet kesken');
    await periodSection.getByRole('button', { name: T('path.period.extend'), exact: true }).click();
    const history = periodSection.getByRole('table', { name: T('path.period.extensions') });
    await expect(history.getByRole('row').filter({ hasText: 'Tavoitteet kesken' })).toHaveCount(1);
    await expectAccessible(page, `documents with the period (${lang})`);

    // review the goal
    await openTab(page, lang, 'plan');
    const card2 = page.getByRole('article', { name: T('path.goal.cardTitle', { n: 1 }) });
    await card2.getByRole('button', { name: T('path.goal.review.open') }).click();
    // the attainment is a radio group, each level with the goal's own description as its hint
    // (Suomi.fi draws the label over the input: a user clicks the label)
    await card2.locator('label').filter({ hasText: new RegExp(`^${escapeRe(T('codes.gas.0'))}$`) }).click();
    await expect(card2.getByRole('radio', { name: T('codes.gas.0'), exact: true })).toBeChecked();
    await field(card2, T('path.goal.review.note')).fill('Hyvä alku');
    await expectAccessible(page, `goal review form (${lang})`);
    await card2.getByRole('button', { name: T('path.goal.saveReview') }).click();
    await expect(card2.getByTestId('latest-attainment')).toHaveText(T('codes.gas.0'));

    // the printable plan, in the client's language
    await page.getByRole('link', { name: T('print.planLink') }).click();
    await expect(page.getByRole('heading', { name: T('print.planHeading') })).toBeVisible();
    await expect(page.locator('article[lang]')).toHaveAttribute('lang', lang);
    await expect(page.getByText(goalText2)).toBeVisible();
    await expectAccessible(page, `printable plan (${lang})`);
    // printed on A4 (print stylesheet: no navigation), the plan fits on one or two pages
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.getByRole('link', { name: T('print.back') }).click();

    // final evaluation closes the period
    await openTab(page, lang, 'documents');
    const closing = page.getByRole('region', { name: T('path.period.title') });
    const goalGroup = closing.getByRole('group', { name: new RegExp(T('path.goal.cardTitle', { n: 1 })) });
    await choose(goalGroup, T('path.final.fields.attainment'), T('codes.gas.1'));
    await choose(closing, T('path.final.fields.continuation'), T('codes.continuation.rehabilitative_work_activity'));
    await field(closing, T('path.final.fields.client_view')).fill('Arki sujuu paremmin.');
    await field(closing, T('path.final.fields.worker_view')).fill('Tavoite saavutettiin odotettua paremmin.');
    await expectAccessible(page, `final evaluation form (${lang})`);
    await closing.getByRole('button', { name: T('docs.continue') }).click();
    await closing.getByRole('button', { name: T('docs.closeConfirm.save') }).click();
    await expect(closing.getByTestId('period-status')).toHaveText(T('path.period.statuses.closed'));
    await expect(closing.getByText(T('codes.continuation.rehabilitative_work_activity'))).toBeVisible();
    await expect(closing.getByRole('button', { name: T('docs.closeConfirm.save') })).toHaveCount(0);

    // the timeline shows the path; the filter narrows it
    await openTab(page, lang, 'timeline');
    const timeline = page.getByRole('list', { name: T('path.timeline.title') });
    for (const type of ['referral', 'assessment', 'decision', 'period', 'extension', 'goal', 'goal_review', 'meeting', 'network', 'consent', 'final_evaluation']) {
      await expect(timeline.getByText(T(`codes.timelineType.${type}`), { exact: true }).first()).toBeVisible();
    }
    await expectAccessible(page, `timeline (${lang})`);
    await check(page, 'checkbox', T('codes.timelineType.meeting'));
    await expect(timeline.getByRole('listitem')).toHaveCount(1);
    await expect(timeline).toContainText(T('codes.meetingMode.home_visit'));
    expect(page.url()).toContain(clientId);
    expect(page.url()).not.toContain(lastName);
  });
}

/** The key worker picker's text for the demo counsellor ("<name> (demo-social_counsellor)"). */
async function counsellorOption(page: Page): Promise<string> {
  const res = await page.request.get('/api/v1/workers');
  const body = (await res.json()) as { items: { display_name: string; username: string }[] };
  const w = body.items.find((x) => x.username === 'demo-social_counsellor');
  if (!w) throw new Error('demo-social_counsellor is not in /workers');
  return `${w.display_name} (${w.username})`;
}
