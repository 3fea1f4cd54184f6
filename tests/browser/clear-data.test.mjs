// "清除我的数据 / Clear my data" and the advisor's "结束本场 / End session" leave no report behind (issue 23, item
// 5): the report tab the app opened, with the answers in it, is closed, and its blob URL no longer opens.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { click, launch, newPage, openApp, pressThenReload, type, walkToFirstProject } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const NAME = 'ZQXJ-report-secret';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A project named NAME, and its report opened in a tab by the app: the tab and the report's (blob:) address.
async function reportWithName(page, context) {
  await walkToFirstProject(page);
  await type(page, 'answers.key_tech_projects[0].subject', NAME);
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, 'header:report')]);
  await tab.waitForLoadState();
  assert.ok((await tab.textContent('body')).includes(NAME), 'the report holds the name');
  assert.match(tab.url(), /^blob:/);
  return { tab, url: tab.url() };
}

// The report's address, opened again in a new tab, shows nothing of the report.
async function assertGone(context, url) {
  const again = await context.newPage();
  await again.goto(url).catch(() => {});  // a revoked blob: URL fails to load
  const text = await again.evaluate(() => document.body ? document.body.innerText : '').catch(() => '');
  assert.ok(!text.includes(NAME), `the report opens again from ${url}`);
  await again.close();
}

describe('no report outlives "clear"', () => {
  test('"clear my data" closes the report tab and its address no longer opens', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, URL_);
    const { tab, url } = await reportWithName(page, context);
    const closed = tab.waitForEvent('close', { timeout: 60000 });
    await click(page, 'header:clear');
    await click(page, 'dialog:clear');
    await closed;
    assert.deepEqual(context.pages(), [page], 'only the app is left');
    await assertGone(context, url);
    assert.deepEqual((await page.evaluate(() => window.assess.currentProfile())).answers, {});
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('the advisor\'s "end session" does the same', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, `${URL_}?mode=advisor`);
    const { tab, url } = await reportWithName(page, context);
    const closed = tab.waitForEvent('close', { timeout: 60000 });
    await click(page, 'header:enterprises');
    await click(page, 'enterprises:end');
    // The end of a session reloads the page (docs/modes.md, "A clean slate").
    await pressThenReload(page, 'dialog:end_session');
    await closed;
    await assertGone(context, url);
    await context.close();
  });
});
