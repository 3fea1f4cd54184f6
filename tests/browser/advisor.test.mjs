// An advisor's day at an outreach event (issue 11): three enterprises, one of them a non-AI manufacturer
// buying AI (art. 8 provider: 20 % of 4 000 000 yuan = 800 000 yuan, paid although the AI-entity gate fails),
// back to the first from the list, the comparison, the exports, one printed report with its enterprise's name,
// the warning before leaving, and the session saved as one file and opened again in a fresh page.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { click, frames, items, launch, newPage, openApp, screenshot, settled, type } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE = readFileSync(join(ROOT, 'examples/analysis-example.json'), 'utf8');
const TRAINING = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'tests/cases/a14-training-base.json'), 'utf8')).profile);
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'ui/ui-strings.json'), 'utf8')).strings;

const status = (page) => page.evaluate(() => window.assess.status());
const profile = (page) => page.evaluate(() => window.assess.currentProfile());
const itemText = async (page, key) => ((await items(page)).find((i) => i.key === key) || {}).text;
const leaveWarning = (page) => page.evaluate(() => document.body.dataset.leaveWarning);

async function chooseFile(page, key, name, text) {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'));
  writeFileSync(join(dir, name), text);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, key)]);
  await chooser.setFiles(join(dir, name));
  await frames(page, 5);
}

// A session file of the given enterprises ([name, profile]) through the real file chooser; waits until the app has
// taken it (the list or the answers on screen changed, or the error dialog is up) and settled.
async function openSession(page, key, enterprises) {
  const shown = () => JSON.stringify([window.assess.status().enterprises, window.assess.currentProfile()]);
  const before = await page.evaluate(shown);  // (the same expression below: a page function cannot be passed in)
  const text = JSON.stringify({
    format: 'suzhou-ai-assess/session@1', policy: 'suzhou-ai-2021',
    enterprises: enterprises.map(([name, p]) => ({ name, profile: JSON.parse(p) })),
  });
  const dir = mkdtempSync(join(tmpdir(), 'assess-'));
  writeFileSync(join(dir, 'session.json'), text);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, key)]);
  await chooser.setFiles(join(dir, 'session.json'));
  await page.waitForFunction((was) =>
    JSON.stringify([window.assess.status().enterprises, window.assess.currentProfile()]) !== was ||
    window.assess.items().some((i) => i.key === 'dialog:ok' && i.visible), before, { timeout: 30000, polling: 100 });
  await settled(page);
}
const errorShown = async (page) => (await items(page)).some((i) => i.key === 'dialog:ok' && i.visible);

// A fresh advisor page on its list of enterprises, the first one named as typed (when a name is given).
async function advisorList(name) {
  const page = await newPage(browser, { width: 1366, height: 768 });
  await openApp(page, `${URL_}?mode=advisor`);
  await click(page, 'start');
  if (name) await type(page, 'enterprise:current_name', name);
  await click(page, 'header:enterprises');
  return page;
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

describe('advisor', () => {
  test('three enterprises, back to the first, compare, export, print one, save and reopen the session', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    const page = await newPage(context, { width: 1366, height: 768 });
    await page.addInitScript(() => { window.print = () => {}; });  // headless has no printer dialog
    await openApp(page, `${URL_}?mode=advisor`);
    await click(page, 'start');
    assert.equal(await leaveWarning(page), undefined, 'nothing entered yet: leaving does not ask');

    // 1: an AI enterprise, from its saved answers; its name typed where it is always in view.
    await chooseFile(page, 'header:open', 'alpha.json', EXAMPLE);
    await type(page, 'enterprise:current_name', '甲智能');
    assert.equal(await leaveWarning(page), '1', 'unsaved enterprises: leaving asks first');

    // 2: the non-AI buyer, walked through the widgets.
    await click(page, 'header:enterprises');
    await click(page, 'enterprises:new');
    await type(page, 'enterprise:current_name', '乙制造');
    for (const g of ['legal_person', 'sound_finance', 'independent_accounting', 'in_suzhou']) await click(page, `q:${g}:yes`);
    await click(page, 'q:ai_entity:no');
    await click(page, 'nav:next');
    await click(page, 'activity:scenario_provider');
    await click(page, 'nav:next');
    await click(page, 'add:answers.scenario_provider_projects');
    await type(page, 'answers.scenario_provider_projects[0].subject', 'smart-factory');
    await type(page, 'answers.scenario_provider_projects[0].ai_procurement', '400');
    assert.equal((await profile(page)).answers.scenario_provider_projects[0].ai_procurement, 4000000);
    await click(page, 'step:results');
    await screenshot(page, join(SHOTS, 'advisor-zh-5-buyer-results.png'));
    // Its report, printed from the app, carries its name.
    await click(page, 'results:print');
    await page.waitForFunction(() => document.body.dataset.printed === '1', null, { timeout: 10000 });
    const report = await page.evaluate(() => document.getElementById('print-frame').srcdoc);
    assert.ok(report.includes('企业名称:乙制造'), 'the report names its enterprise');

    // 3: another AI enterprise, from a file.
    await click(page, 'header:enterprises');
    await click(page, 'enterprises:new');
    await chooseFile(page, 'header:open', 'gamma.json', TRAINING);
    await type(page, 'enterprise:current_name', '丙培训');

    // The list: every row opens, the current one too; each shows its own outcome (the buyer: up to 20 % of
    // 4 000 000 = 80 万元, and 0 at the least, as art. 8 pays only projects selected city-wide).
    await click(page, 'header:enterprises');
    assert.match(await itemText(page, 'enterprise:open:1'), /乙制造 · 0–80 万元/);
    assert.doesNotMatch(await itemText(page, 'enterprise:open:1'), new RegExp(STRINGS.not_eligible_short.zh));
    assert.match(await itemText(page, 'enterprise:open:2'), new RegExp(`^${STRINGS.enterprise_continue.zh} · 丙培训`));
    await screenshot(page, join(SHOTS, 'advisor-zh-6-list.png'));
    await click(page, 'enterprise:open:2');
    assert.equal((await status(page)).current_enterprise, 2, 'the current enterprise opens from the list');
    await click(page, 'header:enterprises');
    await click(page, 'enterprise:open:0');
    assert.equal((await status(page)).current_enterprise, 0);
    assert.equal((await profile(page)).answers.key_tech_projects[0].subject, 'vision-chip');
    assert.match(await itemText(page, 'enterprise:current_name'), /甲智能/);

    await click(page, 'header:enterprises');
    await click(page, 'enterprises:compare');
    await screenshot(page, join(SHOTS, 'advisor-zh-7-compare.png'));
    await click(page, 'compare:back');

    // Exports: the buyer's total row is not "ineligible", and its JSON line's outcome is "pays".
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'enterprises:csv')]);
    const rows = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.ok(rows.includes('乙制造,total,,合计(可估算部分),,,0,800000,,'), rows.filter((r) => r.includes(',total,')).join('\n'));
    const [jsonlDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'enterprises:jsonl')]);
    const lines = readFileSync(await jsonlDownload.path(), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [l.enterprise, l.outcome]), [['甲智能', 'pays'], ['乙制造', 'pays'], ['丙培训', 'pays']]);
    assert.equal(lines[1].result.eligible, false, 'the result itself still records the failed gate');

    // "End session": keeping is the first, blue choice; the wipe is red and comes after it.
    await click(page, 'enterprises:end');
    const dialog = await items(page);
    const cancel = dialog.find((i) => i.key === 'dialog:cancel_end'), wipe = dialog.find((i) => i.key === 'dialog:end_session');
    assert.ok(cancel.x < wipe.x);
    await screenshot(page, join(SHOTS, 'advisor-zh-8-end-session.png'));
    await click(page, 'dialog:cancel_end');
    assert.equal((await status(page)).enterprises, 3);

    // The session as one file; saved, leaving no longer asks.
    const [sessionDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'enterprises:save')]);
    assert.equal(sessionDownload.suggestedFilename(), 'suzhou-ai-session.json');
    const session = readFileSync(await sessionDownload.path(), 'utf8');
    assert.deepEqual(JSON.parse(session).enterprises.map((e) => e.name), ['甲智能', '乙制造', '丙培训']);
    await frames(page, 3);
    assert.equal(await leaveWarning(page), '0');
    await click(page, 'header:lang');
    await screenshot(page, join(SHOTS, 'advisor-en-6-list.png'));
    assert.deepEqual(page.errors, []);

    // Opened again in a fresh page: the same three enterprises, each with its answers.
    const again = await newPage(context, { width: 1366, height: 768 });
    await openApp(again, `${URL_}?mode=advisor`);
    await click(again, 'start');
    await click(again, 'header:enterprises');
    // A session with one bad enterprise is refused as a whole, and nothing changes.
    const bad = JSON.parse(session);
    bad.enterprises[1].profile.answers.scenario_provider_projects[0].ai_procurement = -1;
    await chooseFile(again, 'enterprises:open', 'bad-session.json', JSON.stringify(bad));
    assert.equal((await status(again)).enterprises, 1);
    await screenshot(again, join(SHOTS, 'advisor-zh-9-bad-session.png'));
    await click(again, 'dialog:ok');
    await chooseFile(again, 'enterprises:open', 'suzhou-ai-session.json', session);
    assert.equal((await status(again)).enterprises, 3);
    await click(again, 'enterprise:open:1');
    assert.equal((await profile(again)).answers.scenario_provider_projects[0].ai_procurement, 4000000);
    assert.match(await itemText(again, 'enterprise:current_name'), /乙制造/);
    assert.deepEqual(again.errors, []);
    await context.close();
  });

  // Issue 23, no. 6: the typed name of the only enterprise, with no answer yet, was replaced without a word.
  test('a session opened over an enterprise with only a typed name keeps it beside the opened ones', async () => {
    const page = await advisorList('丁科技');
    await openSession(page, 'enterprises:open', [['甲智能', EXAMPLE], ['丙培训', TRAINING]]);
    assert.equal(await errorShown(page), false);
    assert.equal((await status(page)).enterprises, 3);
    const names = (await items(page)).filter((i) => /^enterprise:open:\d$/.test(i.key)).map((i) => i.text).join(' | ');
    for (const name of ['丁科技', '甲智能', '丙培训']) assert.match(names, new RegExp(name), names);
    // Untouched (its default name, no answer), the first enterprise still gives way to the opened ones.
    const fresh = await advisorList();
    await openSession(fresh, 'enterprises:open', [['甲智能', EXAMPLE]]);
    assert.equal((await status(fresh)).enterprises, 1);
    assert.deepEqual([page.errors, fresh.errors], [[], []]);
    await page.close();
    await fresh.close();
  });

  // Issue 23, no. 12: names a project would refuse passed from a session file. Each is refused, nothing changes.
  test('a session file whose names hold TAB, CR, NUL, ESC, U+202E or 300 000 characters is refused', async () => {
    const page = await advisorList('丁科技');
    for (const name of ['甲\t智能', '甲\r智能', '甲\u0000智能', '甲\u001b[31m智能', '甲\u202e智能', 'n'.repeat(300000)]) {
      await openSession(page, 'enterprises:open', [['乙制造', EXAMPLE], [name, EXAMPLE]]);
      assert.ok(await errorShown(page), `refused: ${JSON.stringify(name.slice(0, 12))}`);
      if (name.includes('\u202e')) await screenshot(page, join(SHOTS, 'advisor-zh-10-bad-name.png'));
      await click(page, 'dialog:ok');
      assert.equal((await status(page)).enterprises, 1, 'nothing added');
    }
    assert.match(await itemText(page, 'enterprise:open:0'), /丁科技/, 'the typed name is still there');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
