// Numbers as people type them (issue 11): each spelling typed through the keyboard into a 万元 field, then the
// yuan stored in the answers (worked out by hand: 1 万元 = 10 000 yuan) or the reason shown for the field, and
// the results saying that an answer is pending instead of a silent total.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { click, items, launch, newPage, openApp, screenshot, type } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'ui/ui-strings.json'), 'utf8')).strings;
const say = (key, lang, ...args) => args.reduce((s, a) => s.replace('{}', a), STRINGS[key][lang]);
const FIELD = 'answers.matching_platforms[0].annual_operating_cost';

// Accepted spellings and the exact yuan each one means.
const ACCEPTED = [
  ['3,000', 30000000],       // a thousands separator, not a decimal point (3 000 万元)
  ['3,000.5', 30005000],     // 3 000.5 万元
  ['3 000', 30000000],       // a space groups thousands too
  ['３０００', 30000000],    // full-width digits
  ['300万', 3000000],        // the unit typed again
  ['3000万元', 30000000],
  ['1,234.5678', 12345678],  // four decimals of 万元 are whole yuan
  ['0.0001', 1],
];
// Refused spellings and the reason shown under the field (the key of its words in ui-strings.json).
const REFUSED = [
  ['1.23456', 'num_fraction_of_yuan'],  // 0.6 yuan
  ['1e3', 'num_exponent'],
  ['abc', 'num_not_a_number_char', 'a'],
  ['1,2,3', 'num_bad_grouping'],
  ['-5', 'num_negative'],
  ['3.000', 'num_ambiguous_point'],  // 3 or 3 000?
  ['1,23', 'num_decimal_comma'],
];

const stored = async (page) => (await page.evaluate(() => window.assess.currentProfile())).answers.matching_platforms[0].annual_operating_cost;
const fieldText = async (page) => (await items(page)).find((i) => i.key === FIELD).text;
const liveResults = (page) => page.evaluate(() => document.querySelector('#a11y section').textContent);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function openAmountField(page, lang) {
  await openApp(page, `${URL_}?storage=off${lang === 'en' ? '&lang=en' : ''}`);
  await click(page, 'start');
  await click(page, 'step:activities');
  await click(page, 'activity:matching');
  await click(page, 'nav:next');
  await click(page, 'add:answers.matching_platforms');
}

describe('amounts as typed', () => {
  test('every accepted spelling is stored as the exact yuan it means, with the yuan echoed', async () => {
    const page = await newPage(browser);
    await openAmountField(page, 'zh');
    for (const [text, yuan] of ACCEPTED) {
      await type(page, FIELD, text);
      assert.equal(await stored(page), yuan, `"${text}"`);
      const shown = await fieldText(page);
      assert.ok(shown.includes(text) && !shown.includes(' — '), `"${text}" is kept as typed, without a message: ${shown}`);
    }
    await screenshot(page, join(SHOTS, 'numbers-zh-1-accepted.png'));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a spelling that cannot be read exactly keeps its text, says why, and the results say an answer is pending', async () => {
    const page = await newPage(browser);
    await openAmountField(page, 'zh');
    await type(page, FIELD, '800');
    assert.equal(await stored(page), 8000000);
    for (const [text, key, culprit] of REFUSED) {
      await type(page, FIELD, text);
      assert.equal(await stored(page), undefined, `"${text}" withdraws the answer (never a stale or changed number)`);
      const shown = await fieldText(page);
      assert.ok(shown.includes(text), `"${text}" stays in the field: ${shown}`);
      assert.ok(shown.includes(say(key, 'zh', culprit)), `"${text}": ${shown}`);
      assert.ok((await liveResults(page)).includes('有 1 个数字无法读取,未计入下列金额'), `"${text}": the total says it is incomplete`);
      if (key === 'num_ambiguous_point') await screenshot(page, join(SHOTS, 'numbers-zh-2-refused.png'));
    }
    // Corrected: the pending note goes, the answer is back.
    await type(page, FIELD, '3,000');
    assert.equal(await stored(page), 30000000);
    assert.ok(!(await liveResults(page)).includes('有 1 个数字无法读取,未计入下列金额'));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('in English the same reason and pending note, in English', async () => {
    const page = await newPage(browser);
    await openAmountField(page, 'en');
    await type(page, FIELD, '3.000');
    assert.equal(await stored(page), undefined);
    assert.ok((await fieldText(page)).includes(say('num_ambiguous_point', 'en')));
    assert.ok((await liveResults(page)).includes('Numbers that could not be read, left out of the figures below: 1'));
    await screenshot(page, join(SHOTS, 'numbers-en-2-refused.png'));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
