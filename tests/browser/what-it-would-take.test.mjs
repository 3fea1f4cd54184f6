// What it would take (issue 21), read as a person reads it, in zh and en: an art. 4 project with 300 万元 of
// personnel cost typed in is paid 50 % (150 万元) under a cap of 500 万元, which a base of 1 000 万元 reaches —
// 700 万元 more. The card says so under the item; "还可以争取 / What else you could claim" says it again under
// the measure's heading, and lists measures not claimed with what they take. Read from the accessible mirror's
// results region (what a screen reader reads) and seen on screenshots.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { click, launch, newPage, openApp, screenshot, type, walkToFirstProject } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const WORDS = {
  zh: {
    section: '还可以争取',
    measure: '第四条 支持关键技术创新',
    take: '攻关投入达到 10,000,000 元,即再增加 700 万元(7,000,000 元)时,上限可达 500 万元(5,000,000 元),比现在多 350 万元(3,500,000 元)',
    item: '#1 视觉芯片',
    notClaimed: /^经苏州市及以上认定的首台\(套\)装备及关键零部件;按单台\(套\)销售价格的 10%–30%;每项最高 1,000 万元\(10,000,000 元\)$/,
  },
  en: {
    section: 'What else you could claim',
    measure: 'Art. 4 Supporting key-technology innovation',
    take: 'At 10,000,000 yuan of research investment, 700 万元 (7,000,000 yuan) more, the upper figure would reach its cap of 500 万元 (5,000,000 yuan), 350 万元 (3,500,000 yuan) more than now',
    item: '#1 vision-chip',
    notClaimed: /^equipment or key components certified first-of-a-kind at Suzhou municipal level or above; 10%–30% of unit sales price; up to 1,000 万元 \(10,000,000 yuan\) each$/,
  },
};

for (const lang of ['zh', 'en']) {
  describe(`what it would take, in ${lang}`, () => {
    test('the card and "what else you could claim" say how much more base reaches the cap', async () => {
      const w = WORDS[lang];
      const page = await newPage(browser, { width: 1280, height: 1000 });
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      await walkToFirstProject(page);
      await type(page, 'answers.key_tech_projects[0].subject', lang === 'zh' ? '视觉芯片' : 'vision-chip');
      await click(page, 'answers.key_tech_projects[0].key_field');
      await type(page, 'answers.key_tech_projects[0].costs.personnel', '300');
      await click(page, 'step:results');
      // The results as a screen reader has them: the card's line, then the section's heading and the line again
      // under the measure's heading.
      await page.waitForFunction((s) => document.querySelector('#a11y section')?.textContent.includes(s), w.section,
        { timeout: 15000 });
      const lines = await page.locator('#a11y section li, #a11y section h2, #a11y section h3, #a11y section h4, #a11y section p')
        .allTextContents();
      const at = (text) => lines.findIndex((l) => l.trim() === text);
      const card = at(w.take);
      const section = at(w.section);
      const again = at(`${w.item}: ${w.take}`);
      assert.ok(card >= 0, `the card's line is read: ${lines.join(' | ')}`);
      assert.ok(section > card, 'the section comes after the cards');
      assert.ok(again > section, 'the line is repeated in the section');
      const heading = lines.slice(section, again).lastIndexOf(w.measure);
      assert.ok(heading >= 0, 'under its measure\'s heading');
      await screenshot(page, join(SHOTS, `${lang}-what-it-would-take-1-card.png`));
      // The measures not claimed, unfolded: each with what it takes, in the policy's words.
      await click(page, 'results:others');
      await page.waitForFunction((src) => [...document.querySelectorAll('#a11y section li')].some((li) => new RegExp(src).test(li.textContent.trim())),
        w.notClaimed.source, { timeout: 15000 });
      await screenshot(page, join(SHOTS, `${lang}-what-it-would-take-2-not-claimed.png`));
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}
