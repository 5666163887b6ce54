// Whole journeys through the built portal in Chromium, against the real gateway, subgraphs and PostgreSQL: each
// person signs in and follows the links a person would follow, typing and clicking (and, for the young person,
// using only the keyboard). The IRO records a review, its recommendations (first with the owner missing) and
// publishes the outcome per audience; the parent reads their version and nothing meant for others; the young
// person messages their IRO and reads the reply; the IRO manager lands on the oversight figures. Every kind of
// page visited is checked with axe. The tests run in order and build on each other.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LA_ID, World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

/** A Monday; Robin (born 14 March 2012) is 14, so PN1 is a valid participation code. */
const TODAY = '2026-11-23';
const CHILD = 'Robin Testwood';
const PRIVATE_WORDS = 'I do not like the new school bus driver.';
const PARENT_VERSION = 'Robin is doing well and will see Pat every other Saturday.';
const CARER_VERSION = 'Please take Robin to football practice on Tuesdays.';
const CHILD_LETTER = 'Dear Robin, you asked to see your mum more, so we agreed every other Saturday.';
const DECISIONS = ['Family time with Pat every other Saturday', 'Football club paid for by the placement'];
const CARER = { name: 'Cara Quillow', line1: '14 Quillow Lane' };
const IRO_EMAIL = 'ivo.testmoor@fernvale.example';

let system: System;
let ui: PortalUi;
let childId: string;
let users: Record<'iro' | 'parent' | 'youngPerson' | 'manager', string>;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  // The local authority shows families the IRO's work email, not their phone (docs/domain.md#who-sees-what).
  await world.workContact(iro.id, { email: IRO_EMAIL, phone: '01632 960777' });
  await world.localAuthoritySettings(LA_ID, { iroContactShown: 'email' });
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', CARER.name);
  const manager = await world.person('iro_manager', 'Mina Testmoor');
  const robin = await world.youngPerson('2012-03-14', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-10-26',
    givenName: 'Robin',
  });
  childId = robin.childId;
  await world.place(childId, carer.id, '2026-10-26', CARER.line1);
  // Two more children on the IRO's caseload, so the manager's figures are about more than one child.
  await world.child({ iro: iro.id, since: '2026-06-01', givenName: 'Ash' }); // no review yet: overdue
  await world.child({ iro: iro.id, since: '2026-11-20', givenName: 'Bea' }); // first review by 18 December 2026
  users = { iro: iro.username, parent: parent.username, youngPerson: robin.person.username, manager: manager.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

/** A fresh browser for one person, signed in; the page is wherever the portal sent them. */
async function signedIn(username: string): Promise<Page> {
  return (await ui.signedIn(username)).page;
}

async function accessible(page: Page, h1: string | RegExp): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await axeViolations(page)).toEqual([]);
}

const path = (page: Page) => new URL(page.url()).pathname;
const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function follow(page: Page, link: string | RegExp): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page
      .getByRole('link', { name: link, exact: typeof link === 'string' })
      .first()
      .click(),
  ]);
}

async function press(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button, exact: true }).click()]);
}

async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

async function recommendationCount(): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT count(*)::int AS n FROM care_planning.recommendations WHERE child_id = $1',
    [childId],
  );
  return row.n;
}

describe('journeys through the portal', () => {
  let reviewPath: string;

  it('the IRO records a review, its recommendations and publishes the outcome per audience', async () => {
    const page = await signedIn(users.iro);
    expect(path(page)).toBe('/caseload');
    await accessible(page, 'Your caseload');
    // The reminder about using children's information is for the professionals (the graph's Me.audience).
    expect(await page.locator('footer').innerText()).toContain('Only use it for your work with the child');

    await follow(page, CHILD);
    expect(path(page)).toBe(`/children/${childId}`);
    await accessible(page, CHILD);
    // The IRO sees the carer and the address: what the parent must not see below is really there to hide.
    expect(await main(page)).toContain(CARER.name);
    expect(await main(page)).toContain(CARER.line1);

    await follow(page, 'Reviews');
    expect(path(page)).toBe(`/children/${childId}/reviews`);
    await accessible(page, 'Reviews');

    await follow(page, 'Record a review');
    await accessible(page, 'Record a review');
    await fillDate(page, 'heldOn', TODAY);
    await page.getByLabel('Venue', { exact: true }).fill('Brackenford family centre');
    await page
      .getByLabel('Who attended')
      .fill('Ivo Testmoor, IRO\nRobin Testwood, young person\nPat Testmoor, mother\nSol Testmoor, social worker');
    await page.getByLabel(/^PN1:/).check();
    await page.getByLabel('Your summary of the review').fill('Robin is settled and wants to see his mum more often.');
    await page.getByRole('group', { name: 'Did the child speak to you in private?' }).getByLabel('Yes').check();
    await page.getByLabel('What the child said to you in private', { exact: true }).fill(PRIVATE_WORDS);
    await page.getByLabel('Decision 1', { exact: true }).fill(DECISIONS[0]);
    await page.getByLabel('Decision 2', { exact: true }).fill(DECISIONS[1]);
    await press(page, 'Save the record');
    reviewPath = path(page);
    expect(reviewPath).toMatch(new RegExp(`^/children/${childId}/reviews/[0-9a-f-]{36}$`));
    const review = await main(page);
    for (const d of DECISIONS) expect(review).toContain(d);
    expect(review).toContain(PRIVATE_WORDS);
    await accessible(page, 'Review');

    await follow(page, 'Recommendations made at this review');
    expect(path(page)).toBe(`${reviewPath}/recommendations`);
    await accessible(page, 'Recommendations at the review on 23 November 2026');

    // No owner: refused with the GOV.UK error summary, what was typed kept, nothing saved.
    await page.getByLabel('Recommendation', { exact: true }).fill('Book Robin’s dental check');
    await fillDate(page, 'dueDate', '2027-01-15');
    await page.getByLabel('How it will be monitored').fill('The IRO checks with the carer at the midway point');
    await press(page, 'Add recommendation');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('A recommendation needs an owner');
    // The summary links to the field to fix, which is on the page.
    const href = await summary.locator('a').first().getAttribute('href');
    expect(href).toMatch(/^#/);
    expect(await page.locator(href!).count()).toBe(1);
    await expect(page.getByLabel('Recommendation', { exact: true }).inputValue()).resolves.toBe(
      'Book Robin’s dental check',
    );
    await expect(page.getByLabel('How it will be monitored').inputValue()).resolves.toBe(
      'The IRO checks with the carer at the midway point',
    );
    await expect(page.locator('#dueDate-year').inputValue()).resolves.toBe('2027');
    expect(await main(page)).toContain('None yet.');
    expect(await recommendationCount()).toBe(0);
    await accessible(page, 'Recommendations at the review on 23 November 2026');

    await page.getByLabel('Owner: a person in the team').selectOption({ label: 'Sol Testmoor' });
    await press(page, 'Add recommendation');
    expect(new URL(page.url()).search).toBe('?saved=added');
    expect(await main(page)).toContain('Book Robin’s dental check – Sol Testmoor, due by 15 January 2027');

    await page.getByLabel('Recommendation', { exact: true }).fill('Find Robin a football club near the placement');
    await page.getByLabel('Or the owner’s role').fill('Virtual School head');
    await fillDate(page, 'dueDate', '2027-02-01');
    await page.getByLabel('How it will be monitored').fill('Reported at the next review');
    await press(page, 'Add recommendation');
    expect(new URL(page.url()).search).toBe('?saved=added');
    const made = await main(page);
    expect(made).toContain('Book Robin’s dental check – Sol Testmoor, due by 15 January 2027');
    expect(made).toContain(
      'Find Robin a football club near the placement – Virtual School head, due by 1 February 2027',
    );
    expect(await recommendationCount()).toBe(2);

    await follow(page, `All recommendations for ${CHILD}`);
    await accessible(page, 'Review recommendations');
    await follow(page, `Back to ${CHILD}`);
    await follow(page, 'Reviews');
    await follow(page, 'Statutory review');
    expect(path(page)).toBe(reviewPath);

    await follow(page, 'Publish the outcome');
    expect(path(page)).toBe(`${reviewPath}/publish`);
    await accessible(page, 'Publish the review outcome');
    const audience = (name: string) => page.getByRole('group', { name });
    await page.getByLabel('Letter to the child', { exact: true }).fill(CHILD_LETTER);
    for (const d of DECISIONS) await audience('Decisions in the letter to the child').getByLabel(d).check();
    await page.getByLabel('Parent version (optional)', { exact: true }).fill(PARENT_VERSION);
    await audience('Decisions in the parent version').getByLabel(DECISIONS[0]).check();
    await page.getByLabel('Carer version (optional)', { exact: true }).fill(CARER_VERSION);
    await audience('Decisions in the carer version').getByLabel(DECISIONS[1]).check();
    await press(page, 'Publish');
    expect(path(page)).toBe(reviewPath);
    const published = await main(page);
    for (const text of [CHILD_LETTER, PARENT_VERSION, CARER_VERSION]) expect(published).toContain(text);
    await accessible(page, 'Review');
  });

  it('the parent reads their version and the next review date, and nothing meant for the child or the carer', async () => {
    const page = await signedIn(users.parent);
    // The parent lands on a page about their child in plain words, not on the professionals' record.
    expect(path(page)).toBe('/home');
    await accessible(page, 'Your child');
    expect(await page.locator('#next-review [data-next-review="due-by"]').textContent()).toBe('23 February 2027');
    expect(await main(page)).toContain(PARENT_VERSION);
    expect(await page.locator('footer').innerText()).not.toContain('Only use it for your work with the child');

    await page.goto(`/children/${childId}`);
    await accessible(page, CHILD);
    // The first review was held today, so the next is due within three months.
    expect(await page.locator('#next-review [data-next-review="due-by"]').textContent()).toBe('23 February 2027');
    // In plain words: who the IRO is, how to contact them as the local authority chose, and the next review.
    const forFamily = await page.locator('#iro-for-family').innerText();
    expect(forFamily).toContain(
      `Your child’s Independent Reviewing Officer is Ivo Testmoor. You can contact them at ${IRO_EMAIL}.`,
    );
    expect(forFamily).not.toContain('01632 960777');
    await expect(page.getByRole('link', { name: IRO_EMAIL }).getAttribute('href')).resolves.toBe(`mailto:${IRO_EMAIL}`);

    await follow(page, 'Reviews');
    await accessible(page, 'Reviews');
    await follow(page, 'Read what was decided');
    expect(path(page)).toBe(reviewPath);
    await accessible(page, 'Review');
    const text = await main(page);
    expect(text).toContain(PARENT_VERSION);
    expect(text).toContain(DECISIONS[0]);
    expect(text).not.toContain(DECISIONS[1]);

    // Not rendered, and not in the page's HTML either (the loader data travels with it).
    for (const p of [page, await childPage(page)]) {
      const html = await p.content();
      for (const hidden of [PRIVATE_WORDS, CARER_VERSION, CHILD_LETTER, CARER.name, CARER.line1])
        expect(html).not.toContain(hidden);
    }
  });

  it('the young person messages their IRO, the IRO replies, and the young person reads what the IRO did', async () => {
    const young = await signedIn(users.youngPerson);
    // Their own page: their IRO, their next review, what was decided (their letter), their messages.
    expect(path(young)).toBe('/home');
    await accessible(young, 'Your page');
    const own = await main(young);
    expect(own).toContain('Your Independent Reviewing Officer is Ivo Testmoor.');
    expect(own).toContain(CHILD_LETTER);
    for (const hidden of [PARENT_VERSION, CARER_VERSION, 'CPPCR', 'latest working day'])
      expect(own).not.toContain(hidden);
    expect(await young.locator('footer').innerText()).not.toContain('Only use it for your work with the child');
    await follow(young, 'Message your IRO');
    await accessible(young, 'Message your IRO');
    expect(await main(young)).toContain('Your IRO is Ivo Testmoor.');
    // With the keyboard only: type in the box, Tab to Send, Enter.
    await young.getByLabel('What do you want to tell your IRO?').focus();
    await young.keyboard.type('Can my mum come to my football match?');
    await young.keyboard.press('Tab');
    await expect(young.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Send');
    await Promise.all([young.waitForEvent('load'), young.keyboard.press('Enter')]);
    expect(await main(young)).toContain('Can my mum come to my football match?');
    expect(await main(young)).toContain('Your IRO has not replied yet.');
    await accessible(young, 'Message your IRO');

    const iro = await signedIn(users.iro);
    await follow(iro, CHILD);
    await follow(iro, 'Messages from the young person');
    await accessible(iro, 'Messages from Robin');
    expect(await main(iro)).toContain('Can my mum come to my football match?');
    await iro
      .getByLabel('Reply to Robin')
      .fill('I asked your social worker: your mum can come to the match on Saturday.');
    await press(iro, 'Send reply');
    expect(await main(iro)).toContain('I asked your social worker: your mum can come to the match on Saturday.');
    await accessible(iro, 'Messages from Robin');

    await young.reload();
    const said = await main(young);
    expect(said).toContain('What your IRO did');
    expect(said).toContain('I asked your social worker: your mum can come to the match on Saturday.');
    expect(said).not.toContain('Your IRO has not replied yet.');

    // And the letter from their review, which is theirs alone.
    await young.goto(`/children/${childId}`);
    await follow(young, 'Your reviews');
    await accessible(young, 'Your reviews');
    await follow(young, 'Read your letter from this review');
    await accessible(young, 'Your review');
    const letter = await main(young);
    expect(letter).toContain(CHILD_LETTER);
    for (const hidden of [PARENT_VERSION, CARER_VERSION]) expect(letter).not.toContain(hidden);
  });

  it('the IRO manager lands on oversight, with the IRO’s caseload figures', async () => {
    const page = await signedIn(users.manager);
    expect(path(page)).toBe('/oversight');
    await accessible(page, 'Oversight');
    const row = page.getByRole('table', { name: 'IRO caseloads' }).getByRole('row', { name: /Ivo Testmoor/ });
    const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
    // Each figure is a link to the children behind it (decision 0020): its text starts with the number.
    const figure = (cell: string) => Number(cell.split(' ')[0]);
    expect([cells[0], figure(cells[1]), cells[2]]).toEqual(['Ivo Testmoor', 3, 'Below 50']);
    expect(figure(cells[3])).toBeGreaterThanOrEqual(1); // Ash has had no review since June
  });
});

/** The child's own page, opened in a new tab of the same browser. */
async function childPage(from: Page): Promise<Page> {
  const page = await from.context().newPage();
  await page.goto(`/children/${childId}`);
  return page;
}
