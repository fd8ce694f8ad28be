// Validation levels and completeness in the built sites: the search filters `validation` and
// `completeness` give exactly the practices the content files say, the practice page explains
// both, and listings label each practice. Expected entries are computed from the content files
// of each shared build (the fixture under /kb/, the real content under /), never written here.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeness, completenessLevels } from '../../src/lib/completeness.ts';
import { readBody } from '../../src/lib/mdx-body.ts';
import { validationStates } from '../../src/lib/validation.ts';
import { repo } from '../helpers.ts';
import { readContent, type RawEntry } from '../support/content.ts';
import { fixtureSite, mainSite, openSite, type BuiltSite } from '../support/site.ts';

const labels = {
  validation: { expert: 'Validated by an expert', project: 'Approved by the project', none: 'Not yet validated' },
  completeness: { complete: 'Complete', partial: 'Partial', stub: 'Stub' },
} as const;

/** What the content file says: its validation level (none when absent) and its computed completeness. */
const validationOf = (p: RawEntry): string => p.data['validation']?.level ?? 'none';
const completenessOf = (p: RawEntry) => completeness(p.data, readBody(p.body).sections);

const fixture = fixtureSite();
const fixtureContent = readContent(fixture.content);
const main = mainSite();
const mainContent = readContent(process.env['ATLAS_CONTENT'] ? path.resolve(repo, process.env['ATLAS_CONTENT']) : path.join(repo, 'content'));

/** Every result of the search the URL describes, as page paths: clicks "Show more" until all are listed. */
async function allResults(page: Page, url: string): Promise<{ status: string; paths: string[] }> {
  await page.goto(url);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.innerText()).toMatch(/^(\d+ results|1 result|No results.*)$/);
  const total = Number((await status.innerText()).match(/^(\d+)/)?.[1] ?? ((await status.innerText()).startsWith('1 result') ? 1 : 0));
  const links = page.locator('[data-search-results] li h2 a');
  while ((await links.count()) < total) {
    const before = await links.count();
    await page.locator('[data-search-more]').click();
    await expect.poll(() => links.count()).toBeGreaterThan(before);
  }
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { status: await status.innerText(), paths: hrefs };
}

const practicePaths = (site: BuiltSite, practices: readonly RawEntry[]) => practices.map((p) => `${site.base}practices/${p.id}/`).sort();

describe('the fixture build (/kb/)', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite(fixture);
  });
  afterAll(async () => site?.close());

  it('holds practices at every validation level, so each filter value is tried on real results', () => {
    expect(new Set(fixtureContent.practices.map(validationOf))).toEqual(new Set(validationStates));
  });

  it.each([...validationStates])('filtering /search/ by validation=%s gives exactly those practices', async (value) => {
    const expected = practicePaths(fixture, fixtureContent.practices.filter((p) => validationOf(p) === value));
    const { paths } = await allResults(site.page, `${site.server.url}search/?validation=${value}`);
    expect(paths.sort()).toEqual(expected);
    await expect(site.page.locator(`input[name="validation"][value="${value}"]`).isChecked()).resolves.toBe(true);
    await expect(site.page.locator('details[data-facet="validation"]').getAttribute('open')).resolves.toBe('');
  });

  it.each([...completenessLevels])('filtering /search/ by completeness=%s gives exactly those practices', async (value) => {
    const expected = practicePaths(fixture, fixtureContent.practices.filter((p) => completenessOf(p).level === value));
    const { status, paths } = await allResults(site.page, `${site.server.url}search/?completeness=${value}`);
    expect(paths.sort()).toEqual(expected);
    if (!expected.length) expect(status).toMatch(/^No results/);
  });

  it('combines the two filters: any of the chosen levels, and the completeness', async () => {
    const expected = practicePaths(fixture, fixtureContent.practices.filter((p) => validationOf(p) !== 'none' && completenessOf(p).level === 'stub'));
    expect(expected.length).toBeGreaterThan(0);
    const { paths } = await allResults(site.page, `${site.server.url}search/?validation=expert&validation=project&completeness=stub`);
    expect(paths.sort()).toEqual(expected);
  });

  it('counts each value of the validation group when it is opened', async () => {
    const page = site.page;
    await page.goto(`${site.server.url}search/`);
    await page.locator('details[data-facet="validation"] summary').click();
    for (const value of validationStates) {
      const count = fixtureContent.practices.filter((p) => validationOf(p) === value).length;
      await expect.poll(() => page.locator(`input[name="validation"][value="${value}"] ~ [data-count]`).innerText()).toBe(`(${count})`);
    }
  });

  it('an expert-validated practice page says what the level means, who validated it and when', async () => {
    const practice = fixtureContent.practices.find((p) => validationOf(p) === 'expert')!;
    const { by, date } = practice.data['validation'] as { by: string; date: string };
    await site.page.goto(`${site.server.url}practices/${practice.id}/`);
    const block = site.page.locator('section[aria-labelledby="validation-heading"]');
    await expect(block.locator('h2').innerText()).resolves.toBe('Validation');
    await expect(block.locator('.validation-label').innerText()).resolves.toBe(labels.validation.expert);
    await expect(block.innerText()).resolves.toMatch(/thematic expert of the Interreg Europe Policy Learning Platform \(Interreg level 2\)/);
    await expect(block.locator('[data-validation-signed]').innerText()).resolves.toContain(`Validated by ${by} on `);
    await expect(block.locator('time').getAttribute('datetime')).resolves.toBe(date);
  });

  it('a practice page invites help with what is missing, and its link leads to an existing place', async () => {
    const practice = fixtureContent.practices.find((p) => completenessOf(p).level !== 'complete')!;
    const { level, missing } = completenessOf(practice);
    await site.page.goto(`${site.server.url}practices/${practice.id}/`);
    const block = site.page.locator('section[aria-labelledby="completeness-heading"]');
    await expect(block.locator('strong').innerText()).resolves.toBe(labels.completeness[level]);
    const invitation = await block.locator('[data-completeness-invitation] p').first().innerText();
    expect(invitation).toMatch(/^Help complete this entry: /);
    for (const m of missing) {
      if ('field' in m) expect(invitation).toContain(m.field === 'spectrum' ? 'no participation level' : `no ${m.field}`);
      else expect(invitation).toContain(`“${m.section}”`);
    }
    const href = await block.locator('[data-completeness-invitation] a').getAttribute('href');
    // Without REPO_URL the way to contribute is the about page's section on how entries are written and checked.
    expect(href).toBe(`${fixture.base}about/#how-it-is-written-and-checked`);
    await block.locator('[data-completeness-invitation] a').click();
    await site.page.waitForURL(/\/kb\/about\/#how-it-is-written-and-checked$/);
    await expect(site.page.locator('#how-it-is-written-and-checked').count()).resolves.toBe(1);
  });

  it('practice listings and region pages label every card with its validation level, in words', async () => {
    await site.page.goto(`${site.server.url}practices/`);
    const cards = await site.page.locator('.practice-card').evaluateAll((els) => els.map((el) => [el.querySelector('h3 a')!.getAttribute('href'), el.querySelector('.validation-label')?.textContent ?? '']));
    expect(Object.fromEntries(cards)).toEqual(Object.fromEntries(fixtureContent.practices.map((p) => [`${fixture.base}practices/${p.id}/`, labels.validation[validationOf(p) as keyof typeof labels.validation]])));
    const expert = fixtureContent.practices.find((p) => validationOf(p) === 'expert')!;
    await site.page.goto(`${site.server.url}regions/${expert.data['region']}/`);
    const card = site.page.locator('.practice-card', { has: site.page.locator(`a[href="${fixture.base}practices/${expert.id}/"]`) });
    await expect(card.locator('.validation-label').innerText()).resolves.toBe(labels.validation.expert);
  });

  it('theme tables and the comparison show the validation', async () => {
    const expert = fixtureContent.practices.find((p) => validationOf(p) === 'expert')!;
    const other = fixtureContent.practices.find((p) => validationOf(p) === 'project')!;
    await site.page.goto(`${site.server.url}themes/${expert.data['themes'][0]}/`);
    const row = site.page.locator('sortable-table tbody tr', { has: site.page.locator(`a[href="${fixture.base}practices/${expert.id}/"]`) });
    await expect(row.locator('td').last().innerText()).resolves.toBe(labels.validation.expert);
    await site.page.goto(`${site.server.url}compare/?items=${expert.id},${other.id}`);
    const validationRow = site.page.locator('[data-compare-output] tbody tr', { has: site.page.locator('th', { hasText: /^Validation$/ }) });
    await expect.poll(() => validationRow.locator('td').allInnerTexts()).toEqual([
      expect.stringContaining(labels.validation.expert),
      expect.stringContaining(labels.validation.project),
    ]);
    const completenessRow = site.page.locator('[data-compare-output] tbody tr', { has: site.page.locator('th', { hasText: /^Completeness$/ }) });
    const cells = await completenessRow.locator('td').allInnerTexts();
    expect(cells.map((c) => c.split(':')[0])).toEqual([expert, other].map((p) => labels.completeness[completenessOf(p).level]));
    expect(site.foreign).toEqual([]);
  });
});

describe('the real content (/)', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite(main);
  });
  afterAll(async () => site?.close());

  it.each([...validationStates])('filtering /search/ by validation=%s gives exactly the practices the files say', async (value) => {
    const expected = practicePaths(main, mainContent.practices.filter((p) => validationOf(p) === value));
    const { status, paths } = await allResults(site.page, `${site.server.url}search/?validation=${value}`);
    expect(paths.sort()).toEqual(expected);
    if (!expected.length) expect(status).toMatch(/^No results/);
  });

  it.each([...completenessLevels])('filtering /search/ by completeness=%s gives exactly the practices the files say', async (value) => {
    const expected = practicePaths(main, mainContent.practices.filter((p) => completenessOf(p).level === value));
    const { status, paths } = await allResults(site.page, `${site.server.url}search/?completeness=${value}`);
    expect(paths.sort()).toEqual(expected);
    if (!expected.length) expect(status).toMatch(/^No results/);
  });

  it('a partial practice page names what is missing and says it is not yet validated', async () => {
    const practice = mainContent.practices.find((p) => completenessOf(p).level === 'partial' && completenessOf(p).missing.some((m) => 'field' in m));
    expect(practice, 'the real content has a partial practice that lacks a field').toBeDefined();
    const { missing } = completenessOf(practice!);
    await site.page.goto(`${site.server.url}practices/${practice!.id}/`);
    await expect(site.page.locator('section[aria-labelledby="validation-heading"] .validation-label').innerText()).resolves.toBe(labels.validation[validationOf(practice!) as keyof typeof labels.validation]);
    const invitation = await site.page.locator('[data-completeness-invitation] p').first().innerText();
    for (const m of missing) expect(invitation).toContain('field' in m ? (m.field === 'spectrum' ? 'no participation level' : `no ${m.field}`) : `“${m.section}”`);
    expect(existsSync(path.join(main.dir, 'about/index.html'))).toBe(true);
  });

  it('a complete practice page says so in a short note, with no invitation', async () => {
    const practice = mainContent.practices.find((p) => completenessOf(p).level === 'complete');
    expect(practice, 'the real content has a complete practice').toBeDefined();
    await site.page.goto(`${site.server.url}practices/${practice!.id}/`);
    const block = site.page.locator('section[aria-labelledby="completeness-heading"]');
    await expect(block.locator('strong').innerText()).resolves.toBe(labels.completeness.complete);
    await expect(block.locator('[data-completeness-invitation]').count()).resolves.toBe(0);
  });
});
