// The web app as a person uses it, in Debian's Chromium: loading, the questionnaire, the live result
// (which must equal the CLI's for the same answers), save and open, a bad file, autosave and clearing,
// the report, Chinese text input, and privacy (no request after load, none to another origin).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { click, frames, items, launch, newPage as newSharedPage, openApp, screenshot, type } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const CLI = process.env.ASSESS_CLI;
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = new URL('../../', import.meta.url).pathname;
const GATES = ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A fresh page of this browser (or of a context) that records console errors and every request.
const newPage = (context) => newSharedPage(context || browser);

// The walk of the analysis' worked example (§6), through the real widgets.
async function walkExample(page, lang) {
  await click(page, 'start');
  for (const g of GATES) await click(page, `q:${g}:yes`);
  await screenshot(page, join(SHOTS, `${lang}-2-gates.png`));
  await click(page, 'nav:next');
  for (const a of ['lead_goose', 'key_tech', 'innovation', 'first_set', 'first_version', 'standards',
    'scenario_supplier', 'supply', 'centers']) await click(page, `activity:${a}`);
  await screenshot(page, join(SHOTS, `${lang}-3-activities.png`));
  await click(page, 'nav:next');
  await click(page, 'answers.lead_goose_candidate');
  await click(page, 'add:answers.key_tech_projects');
  await type(page, 'answers.key_tech_projects[0].subject', 'vision-chip');
  await click(page, 'answers.key_tech_projects[0].key_field');
  await type(page, 'answers.key_tech_projects[0].costs.personnel', '200');
  await type(page, 'answers.key_tech_projects[0].costs.equipment_software', '300');
  await type(page, 'answers.key_tech_projects[0].costs.design_materials_testing', '50');
  await type(page, 'answers.key_tech_projects[0].costs.outsourced_rnd', '50');
  await type(page, 'answers.key_tech_projects[0].costs.other', '100');
  await click(page, 'add:answers.innovation_projects');
  await type(page, 'answers.innovation_projects[0].subject', 'vision-chip');
  await click(page, 'answers.innovation_projects[0].in_library');
  await click(page, 'add:answers.first_set_equipment');
  await click(page, 'answers.first_set_equipment[0].certification=city');
  await type(page, 'answers.first_set_equipment[0].unit_price', '800');
  await click(page, 'add:answers.first_version_software');
  await click(page, 'answers.first_version_software[0].certification=province');
  await type(page, 'answers.first_version_software[0].annual_sales', '500');
  await click(page, 'inc:answers.national_standards');
  await click(page, 'add:answers.scenario_supplier_projects');
  await type(page, 'answers.scenario_supplier_projects[0].rnd_investment', '300');
  await click(page, 'inc:answers.supply_products_selected');
  await click(page, 'inc:answers.supply_products_selected');
  await click(page, 'add:answers.innovation_centers');
  await type(page, 'answers.innovation_centers[0].subject', 'center');
  await click(page, 'answers.innovation_centers[0].type=manufacturing');
  await click(page, 'answers.innovation_centers[0].level=province');
  await click(page, 'answers.innovation_centers[0].newly_recognized');
  await click(page, 'answers.innovation_centers[0].ai_field');
  await screenshot(page, join(SHOTS, `${lang}-4-details.png`));
}

// The same answers in the other language without the walk (the walk itself is tested in zh): the example
// file opened through the real file chooser, then each step visited for its screenshot.
async function openExample(page, lang) {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'));
  writeFileSync(join(dir, 'analysis-example.json'), readFileSync(join(ROOT, 'examples/analysis-example.json')));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
  await chooser.setFiles(join(dir, 'analysis-example.json'));
  await frames(page, 5);
  for (const [step, shot] of [['gates', 2], ['activities', 3], ['details', 4]]) {
    await click(page, `step:${step}`);
    await screenshot(page, join(SHOTS, `${lang}-${shot}-${step}.png`));
  }
}

function cli(profile, lang) {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'));
  writeFileSync(join(dir, 'p.json'), JSON.stringify(profile));
  return JSON.parse(execFileSync(CLI, ['--lang', lang, join(dir, 'p.json')], { encoding: 'utf8' }));
}

for (const lang of ['zh', 'en']) {
  describe(`the questionnaire in ${lang}`, () => {
    const how = lang === 'zh' ? 'walks to the worked example' : 'opens the worked example';
    test(`loads without console errors, ${how}, and agrees with the CLI`, async () => {
      const page = await newPage();
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 30000 });
      await screenshot(page, join(SHOTS, `${lang}-1-start.png`));
      if (lang === 'zh') await walkExample(page, lang);
      else await openExample(page, lang);
      const profile = await page.evaluate(() => window.assess.currentProfile());
      const result = await page.evaluate(() => window.assess.currentResult());
      // The worked example of POLICY-ANALYSIS §6, by hand: 1 300 000 .. 13 900 000 (art. 8's lower bound is 0).
      assert.equal(result.total.min, 1300000);
      assert.equal(result.total.max, 13900000);
      assert.deepEqual(result, cli(profile, lang), 'the screen and the CLI agree on the same answers');
      assert.deepEqual(await page.evaluate((p) => window.assess.evaluate(p, 'en'), profile), cli(profile, 'en'));
      await click(page, 'nav:next');
      await screenshot(page, join(SHOTS, `${lang}-5-results.png`));
      // The report: a new tab with the same figures, the article texts and the disclaimer.
      const [report] = await Promise.all([page.context().waitForEvent('page'), click(page, 'results:report')]);
      await report.waitForLoadState();
      const text = await report.evaluate(() => document.body.innerText);
      // In 万元 first, with the exact yuan: 13 900 000 yuan = 1 390 万元 at the most, of which 1 300 000 yuan =
      // 130 万元 by the policy's lower figures (art. 6's 10 %).
      assert.match(text, lang === 'zh' ? /最高可申请 1,390 万元\(13,900,000 元\)/ : /Up to 1,390 万元 \(13,900,000 yuan\) in all/);
      assert.match(text, lang === 'zh' ? /其中按政策规定的下限计算为 130 万元\(1,300,000 元\)/
        : /of which 130 万元 \(1,300,000 yuan\) at the policy's lower figures/);
      assert.match(text, /第四条|Art\. 4/);
      await report.screenshot({ path: join(SHOTS, `${lang}-6-report.png`), fullPage: false });
      await report.close();
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}

describe('answers kept and moved', () => {
  test('save then open round-trips; a bad file is refused and changes nothing', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    await openApp(page, `${URL_}?storage=off`);
    await click(page, 'start');
    for (const g of GATES) await click(page, `q:${g}:yes`);
    await click(page, 'nav:next');
    await click(page, 'activity:standards');
    await click(page, 'nav:next');
    await click(page, 'inc:answers.intl_standards_led');
    const before = await page.evaluate(() => window.assess.currentProfile());
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'header:save')]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(saved, before);

    // A bad file: errors listed with their paths, nothing on screen changes.
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021", "answers": {"intl_standards_led": -3}}');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
    await chooser.setFiles(join(dir, 'bad.json'));
    await frames(page, 5);
    await screenshot(page, join(SHOTS, 'zh-7-open-error.png'));
    assert.ok((await items(page)).some((i) => i.key === 'dialog:ok' && i.visible), 'the error dialog is shown');
    assert.deepEqual(await page.evaluate(() => window.assess.currentProfile()), before);
    await click(page, 'dialog:ok');

    // Change something, then open the saved file: the saved answers come back.
    await click(page, 'inc:answers.intl_standards_led');
    assert.notDeepEqual(await page.evaluate(() => window.assess.currentProfile()), before);
    writeFileSync(join(dir, 'good.json'), JSON.stringify(saved));
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
    await chooser2.setFiles(join(dir, 'good.json'));
    await frames(page, 5);
    assert.deepEqual(await page.evaluate(() => window.assess.currentProfile()), before);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('autosave survives a reload; "clear my data" empties the storage', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, URL_);
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    await click(page, 'q:in_suzhou:no');
    const stored = await page.evaluate(() => localStorage.getItem('suzhou-ai-assess.answers'));
    assert.ok(stored && JSON.parse(stored).answers.in_suzhou === false);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    await frames(page, 3);
    await click(page, 'start:continue');
    assert.deepEqual((await page.evaluate(() => window.assess.currentProfile())).answers, { legal_person: true, in_suzhou: false });
    await click(page, 'header:clear');
    await click(page, 'dialog:clear');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.deepEqual((await page.evaluate(() => window.assess.currentProfile())).answers, {});
    await context.close();
  });

  test('with storage off nothing is written', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, `${URL_}?storage=off`);
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await context.close();
  });
});

describe('input', () => {
  test('Chinese typed through the IME text agent reaches the field', async () => {
    const page = await newPage();
    await openApp(page, `${URL_}?storage=off`);
    await click(page, 'start');
    await click(page, 'step:activities');
    await click(page, 'activity:events');
    await click(page, 'nav:next');
    await click(page, 'add:answers.events');
    await click(page, 'answers.events[0].subject');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
    // What an IME does: compose, then commit the text (Chrome DevTools Protocol input events).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '人工智', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '人工智能大会' });
    await frames(page, 4);
    const profile = await page.evaluate(() => window.assess.currentProfile());
    assert.equal(profile.answers.events[0].subject, '人工智能大会');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('an amount in 万元 is exact in yuan; a malformed one is kept on screen and withdrawn from the answers', async () => {
    const page = await newPage();
    await openApp(page, `${URL_}?storage=off`);
    await click(page, 'start');
    await click(page, 'step:activities');
    await click(page, 'activity:matching');
    await click(page, 'nav:next');
    await click(page, 'add:answers.matching_platforms');
    await type(page, 'answers.matching_platforms[0].annual_operating_cost', '800.5001');
    assert.equal((await page.evaluate(() => window.assess.currentProfile())).answers.matching_platforms[0].annual_operating_cost, 8005001);
    // Five decimals: the field keeps the text and says why; the answer is withdrawn, not clamped or stale.
    await type(page, 'answers.matching_platforms[0].annual_operating_cost', '1.23456');
    await screenshot(page, join(SHOTS, 'zh-8-amount-error.png'));
    assert.equal((await page.evaluate(() => window.assess.currentProfile())).answers.matching_platforms[0].annual_operating_cost, undefined);
    await type(page, 'answers.matching_platforms[0].annual_operating_cost', '1.2345');
    assert.equal((await page.evaluate(() => window.assess.currentProfile())).answers.matching_platforms[0].annual_operating_cost, 12345);
    await page.close();
  });
});

describe('privacy', () => {
  test('from load through questionnaire, save, report and reset: no request after load, none to another origin, no CSP violation', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));  // every page of the context, the report's too
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openApp(page, URL_);
    await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 30000 });
    // Loading includes the offline cache of the first visit: the service worker fetches this site's files once.
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
    const atLoad = requests.length;
    await click(page, 'start');
    for (const g of GATES) await click(page, `q:${g}:yes`);
    await click(page, 'nav:next');
    await click(page, 'activity:key_tech');
    await click(page, 'nav:next');
    await click(page, 'add:answers.key_tech_projects');
    await type(page, 'answers.key_tech_projects[0].costs.personnel', '123');
    await Promise.all([page.waitForEvent('download'), click(page, 'header:save')]);
    const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'header:report')]);
    await report.waitForLoadState();
    await report.close();
    await click(page, 'header:clear');
    await click(page, 'dialog:clear');
    const after = requests.slice(atLoad).filter((u) => !u.startsWith('blob:'));  // the report is a local blob
    assert.deepEqual(after, [], 'nothing is requested after the page has loaded');
    const origin = new URL(URL_).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'reset leaves nothing stored');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.doesNotMatch(csp, /'unsafe-eval'|https?:|\*/);
    assert.match(csp, /default-src 'none'/);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});

describe('bad input in the app', () => {
  test('every bad golden case, opened as a file, is refused with its errors and changes nothing', async () => {
    const page = await newPage();
    await openApp(page, `${URL_}?storage=off`);
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    const before = await page.evaluate(() => window.assess.currentProfile());
    const dir = join(new URL('../cases', import.meta.url).pathname);
    const { readdirSync } = await import('node:fs');
    const bad = readdirSync(dir).filter((n) => n.startsWith('bad-'));
    assert.ok(bad.length >= 8);
    const work = mkdtempSync(join(tmpdir(), 'assess-bad-'));
    for (const name of bad) {
      const c = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const text = c.profile_text ?? (c.profile_latin1 ? Buffer.from(c.profile_latin1, 'latin1') : JSON.stringify(c.profile));
      writeFileSync(join(work, name), text);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
      await chooser.setFiles(join(work, name));
      await frames(page, 5);
      assert.ok((await items(page)).some((i) => i.key === 'dialog:ok' && i.visible), `${name}: the errors are shown`);
      assert.deepEqual(await page.evaluate(() => window.assess.currentProfile()), before, `${name}: nothing changed`);
      await click(page, 'dialog:ok');
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
