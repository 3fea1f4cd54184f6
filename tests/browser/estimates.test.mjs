// Honest estimates in the app (issue 10), walked as a person would, in zh and en, with screenshots: the result
// header of an organisation outside Suzhou and of a buyer that is not an AI entity (the failure and what it does
// not affect), a card whose figures depend on a selection (its precondition), and an art. 5 project linked to
// an art. 4 project by choosing its name, which then shows as superseded, and a project just added that waits
// for its answer (no verdict before it) and is pre-answered from the enterprise's key fields (issue 11).
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { click, find, frames, launch, newPage, openApp, screenshot, settled, type } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const TALL = { width: 1280, height: 1500 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function start(lang, gates) {
  const page = await newPage(browser, TALL);
  await openApp(page, `${URL_}?storage=off&lang=${lang}`);
  await click(page, 'start');
  for (const [g, yes] of Object.entries(gates)) await click(page, `q:${g}:${yes ? 'yes' : 'no'}`);
  return page;
}

const ALL = { legal_person: true, sound_finance: true, independent_accounting: true, ai_entity: true, in_suzhou: true };
const result = (page) => page.evaluate(() => window.assess.currentResult());
const measure = (r, id) => r.measures.find((m) => m.id === id);

// Chinese as an IME commits it (Chrome DevTools Protocol input events), into the field with this key.
async function typeChinese(page, key, text) {
  await click(page, key);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 15000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await page.keyboard.press('Enter');
  await settled(page);
}

for (const lang of ['zh', 'en']) {
  describe(`honest estimates in ${lang}`, () => {
    test('an organisation outside Suzhou: out of the city scope, and told art. 1 and art. 3 still apply', async () => {
      const page = await start(lang, { ...ALL, in_suzhou: false });
      await screenshot(page, join(SHOTS, `${lang}-estimates-1-outsider-gates.png`));
      await click(page, 'nav:next');
      await click(page, 'activity:major_project');
      await click(page, 'nav:next');
      await click(page, 'answers.major_project');
      await click(page, 'nav:next');
      await screenshot(page, join(SHOTS, `${lang}-estimates-2-outsider-result.png`));
      const r = await result(page);
      assert.equal(r.eligible, false);
      assert.deepEqual(r.gate_failures, ['in_suzhou']);
      assert.equal(measure(r, 'a3_major_project').status, 'case_by_case');
      // The scope of a municipal policy, not an art. 17 condition; the exempt measures and why.
      assert.match(r.gate_report[0], lang === 'zh' ? /^本政策适用于在苏州市.*:您的回答为“否”。这不影响第一条“支持重点企业引育”、第三条/ : /^The policy is for organisations .*: you answered no\. This does not affect art\. 1 .* and art\. 3 /);
      assert.doesNotMatch(r.gate_report[0], /第十七条|Art\. 17/);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test('a buyer that is not an AI entity: told art. 8 still applies, and the card says "if selected"', async () => {
      const page = await start(lang, { ...ALL, ai_entity: false });
      await click(page, 'nav:next');
      await click(page, 'activity:scenario_provider');
      await click(page, 'nav:next');
      await click(page, 'add:answers.scenario_provider_projects');
      await type(page, 'answers.scenario_provider_projects[0].ai_procurement', '1500');
      await click(page, 'nav:next');
      await screenshot(page, join(SHOTS, `${lang}-estimates-3-non-ai-buyer-result.png`));
      const r = await result(page);
      assert.deepEqual(r.gate_failures, ['ai_entity']);
      assert.match(r.gate_report[0], lang === 'zh' ? /这不影响第八条“场景提供主体\(非政府投资主体\)奖励”:第八条的场景提供主体是人工智能产品及服务的采购方/ : /This does not affect art\. 8 "Award for the scenario provider \(not government-invested\)": an art\. 8 scenario provider is the buyer/);
      // 20% of 15 000 000 = 3 000 000, capped at 2 000 000; the lower figure is 0 (only selected projects are paid).
      const a8 = measure(r, 'a8_scenario_provider');
      assert.equal(a8.status, 'estimate');
      assert.equal(a8.min, 0);
      assert.equal(a8.max, 2000000);
      assert.match(a8.explanation[0], lang === 'zh' ? /^前提:“在全市范围内遴选苏州人工智能应用场景示范项目”.*下列金额为项目获遴选后可得的估算。$/ : /^Precondition: .*The figures below apply if the project is selected\.$/);
      assert.equal(r.total.min, 0);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test('an art. 5 project linked to an art. 4 project by choosing its name is superseded by it', async () => {
      const page = await start(lang, ALL);
      await click(page, 'nav:next');
      await click(page, 'activity:key_tech');
      await click(page, 'activity:innovation');
      await click(page, 'nav:next');
      await click(page, 'add:answers.key_tech_projects');
      await typeChinese(page, 'answers.key_tech_projects[0].subject', '视觉芯片');
      await click(page, 'answers.key_tech_projects[0].key_field');
      await type(page, 'answers.key_tech_projects[0].costs.personnel', '800');
      await click(page, 'add:answers.innovation_projects');
      // Choosing the earlier project's name (no retyping): the name is copied exactly.
      await click(page, 'link:answers.innovation_projects[0].subject=answers.key_tech_projects[0]');
      await click(page, 'answers.innovation_projects[0].in_library');
      await screenshot(page, join(SHOTS, `${lang}-estimates-4-link-by-name.png`));
      const profile = await page.evaluate(() => window.assess.currentProfile());
      assert.equal(profile.answers.innovation_projects[0].subject, '视觉芯片');
      await click(page, 'nav:next');
      await screenshot(page, join(SHOTS, `${lang}-estimates-5-superseded.png`));
      // a4: 50% x 8 000 000 = 4 000 000 (under the 5 000 000 cap) > a5's 2 000 000: the a4 project stands.
      const r = await result(page);
      const a5 = measure(r, 'a5_innovation_project').items[0];
      assert.equal(a5.status, 'superseded');
      assert.deepEqual(a5.superseded_by, { measure: 'a4_key_tech', index: 0 });
      assert.equal(a5.explanation.length, 1, 'no arithmetic that reads as payable');
      assert.match(a5.explanation[0], lang === 'zh' ? /以该项\(最高 400 万元\(4,000,000 元\)\)为准;本项单独计算最高 200 万元\(2,000,000 元\),不再计入。/ : /that item \(up to 400 万元 \(4,000,000 yuan\)\) stands; this one \(up to 200 万元 \(2,000,000 yuan\) on its own\) is not counted\./);
      assert.equal(r.total.max, 4000000);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test('a project just added waits for its answer; the enterprise\'s key fields pre-answer the next one', async () => {
      const page = await start(lang, ALL);
      await click(page, 'nav:next');
      await click(page, 'activity:key_tech');
      await click(page, 'nav:next');
      await click(page, 'add:answers.key_tech_projects');
      await frames(page, 4);
      await screenshot(page, join(SHOTS, `${lang}-estimates-6-project-awaiting-answer.png`));
      // Not a verdict yet: the question it waits on is named, and the app says "answer needed", not "not eligible".
      let r = await result(page);
      let item = measure(r, 'a4_key_tech').items[0];
      assert.deepEqual(item.unanswered, ['key_field']);
      assert.match(item.explanation[0], lang === 'zh' ? /^尚未回答“属于第十六条所列重点支持领域”;/ : /^Not answered yet: "In a key support field listed in art\. 16"\./);
      const live = () => page.locator('#a11y section').textContent();
      // The mirror follows the canvas within a few frames: wait for it, then read it.
      const liveSays = (re) => page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#a11y section').textContent), re.source, { timeout: 10000 });
      await liveSays(lang === 'zh' ? /支持关键技术创新: 待回答/ : /Supporting key-technology innovation: answer needed/);
      assert.doesNotMatch(await live(), lang === 'zh' ? /支持关键技术创新: 不符合条件/ : /Supporting key-technology innovation: not eligible/);
      // Answered "no" (tick, then untick): now it is a verdict.
      await click(page, 'answers.key_tech_projects[0].key_field');
      await click(page, 'answers.key_tech_projects[0].key_field');
      r = await result(page);
      item = measure(r, 'a4_key_tech').items[0];
      assert.equal(item.status, 'ineligible');
      assert.equal(item.unanswered, undefined);
      await liveSays(lang === 'zh' ? /支持关键技术创新: 不符合条件/ : /Supporting key-technology innovation: not eligible/);
      // The enterprise ticks a key support field (art. 16): the next project starts as in a key field, and can
      // still be changed; the first project keeps its own answer.
      await click(page, 'answers.key_fields=computer_vision');
      await click(page, 'add:answers.key_tech_projects');
      let profile = await page.evaluate(() => window.assess.currentProfile());
      assert.equal(profile.answers.key_tech_projects[0].key_field, false);
      assert.equal(profile.answers.key_tech_projects[1].key_field, true);
      assert.equal((await find(page, 'answers.key_tech_projects[1].key_field')).checked, true);
      await screenshot(page, join(SHOTS, `${lang}-estimates-7-prefilled-from-key-fields.png`));
      await click(page, 'answers.key_tech_projects[1].key_field');
      profile = await page.evaluate(() => window.assess.currentProfile());
      assert.equal(profile.answers.key_tech_projects[1].key_field, false);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}
