// A finger, never the mouse (issue: touch, phones and the kiosk screen): a kiosk visitor in portrait and landscape
// and a phone user go from the start page to the results by taps and swipes alone (Chromium touch events from a
// hasTouch context), every tap changing exactly what it touched; a drag that starts on a button scrolls and
// clicks nothing; hand-over QR codes only for addresses a phone can open. Screenshots of each step in zh and en.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import jsQR from 'jsqr';
import { PNG } from 'pngjs';

import { findByTouch, frames, items, launch, newPage, openApp, screenshot, servePublicly, settled, swipe, tap } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const GATES = ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou'];
const ACTIVITIES = ['key_tech', 'standards', 'talent', 'supply'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const status = (page) => page.evaluate(() => window.assess.status());
const answers = async (page) => (await page.evaluate(() => window.assess.currentProfile())).answers;
// The ticked activities, on screen or scrolled away: from the accessible mirror, which lists every widget of the
// screen (ui/accessible_mirror.cpp), refreshed within a few frames of a change.
async function checkedActivities(page) {
  await frames(page, 12);
  return page.evaluate(() => [...document.querySelectorAll('#a11y input[data-key^="activity:"]')].filter((b) => b.checked)
    .map((b) => b.dataset.key.slice(9)).sort());
}

async function touchContext(viewport, extra = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, serviceWorkers: 'block', ...extra });
  return context;
}

// Decodes the QR code on screen (a screenshot of the widget that draws it).
async function readQr(page) {
  const qr = (await items(page)).find((i) => i.key === 'share:qr' && i.visible);
  assert.ok(qr, 'a QR code is drawn');
  const png = PNG.sync.read(await page.screenshot({ clip: { x: qr.x, y: qr.y, width: qr.w, height: qr.h } }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code decodes');
  return code.data;
}

// The kiosk visitor's whole visit, by finger; `shot` names the screenshots.
async function kioskVisit(page, shot) {
  await tap(page, 'start');
  await screenshot(page, `${shot}-2-gates.png`);
  const expected = {};
  for (const g of GATES) {
    await tap(page, `q:${g}:yes`);
    expected[g] = true;
    assert.deepEqual(await answers(page), expected, `after tapping ${g}: exactly that gate answered`);
  }
  await tap(page, 'nav:next');
  assert.equal((await status(page)).screen, 'activities');
  const ticked = await checkedActivities(page);  // the basic questions are always asked
  for (const a of ACTIVITIES) {
    await tap(page, `activity:${a}`);
    ticked.push(a);
    assert.deepEqual(await checkedActivities(page), [...ticked].sort(), `after tapping ${a}: exactly the tapped ones`);
  }
  await screenshot(page, `${shot}-3-activities.png`);
  await tap(page, 'nav:next');
  assert.deepEqual(await checkedActivities(page), [], 'no activity rows on the details step');
  assert.equal((await status(page)).screen, 'details');
  const top = (await items(page)).filter((i) => i.visible).map((i) => i.key);
  assert.ok(top.includes('step:gates'), `the details step opens at its top: ${top.join(', ')}`);
  await tap(page, 'add:answers.key_tech_projects');
  await tap(page, 'keypad:answers.key_tech_projects[0].costs.personnel');
  for (const k of ['1', '2', '3', 'dot', '4']) await tap(page, `keypad:${k}`);
  await screenshot(page, `${shot}-4-keypad.png`);
  await tap(page, 'keypad:ok');
  const a = await answers(page);
  assert.equal(a.key_tech_projects[0].costs.personnel, 1234000, '1 2 3 . 4 万元 on the keypad is 1 234 000 yuan');
  await screenshot(page, `${shot}-5-details.png`);
  // The results: from the footer's total bar on one column, from the step tab beside the estimate otherwise.
  const onScreen = (await items(page)).map((i) => i.key);
  await tap(page, onScreen.includes('footer:results') ? 'footer:results' : 'step:results');
  assert.equal((await status(page)).screen, 'results');
  await screenshot(page, `${shot}-6-results.png`);
  await tap(page, 'results:share');  // at the bottom of the results: reached by swiping
  const link = await readQr(page);
  assert.ok(link.startsWith('https://assess.example/app/#p='), link);
  await screenshot(page, `${shot}-7-share.png`);
  await tap(page, 'share:close');
  return link;
}

// The same screens in the other language, by the step tabs (shorter than a second visit).
async function otherLanguageTour(page, shot) {
  await tap(page, 'header:lang');
  await screenshot(page, `${shot}-6-results.png`);
  for (const [step, n] of [['gates', 2], ['activities', 3], ['details', 5]]) {
    await tap(page, `step:${step}`);
    await screenshot(page, `${shot}-${n}-${step}.png`);
  }
  await tap(page, 'keypad:answers.key_tech_projects[0].costs.personnel');
  await screenshot(page, `${shot}-4-keypad.png`);
  await tap(page, 'keypad:cancel');
  await tap(page, 'header:clear');  // "finish and clear", confirmed: a fresh page for the next visitor
  const confirm = await findByTouch(page, 'dialog:clear');
  const reloaded = page.waitForEvent('load', { timeout: 30000 });
  await page.touchscreen.tap(confirm.x + confirm.w / 2, confirm.y + confirm.h / 2);
  await reloaded;
  await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
  assert.equal((await status(page)).screen, 'start');
  assert.deepEqual(await answers(page), {}, 'nothing of the visitor is left');
  await frames(page, 3);
  await tap(page, 'header:lang');  // the next visitor starts in the configured language: switch for the picture
  await screenshot(page, `${shot}-1-start.png`);
}

describe('kiosk by finger', () => {
  // Portrait walked in Chinese and landscape in English, each then toured in the other language.
  for (const [name, viewport, lang] of [['portrait', { width: 1080, height: 1920 }, 'zh'], ['landscape', { width: 1920, height: 1080 }, 'en']]) {
    {
      test(`${name} (${lang}): gates, four activities, the keypad, results and the QR code, by taps and swipes`, async () => {
        const context = await touchContext(viewport);
        await servePublicly(context, URL_);
        const page = await newPage(context, viewport);
        await openApp(page, `${URL_}?mode=kiosk&lang=${lang}`);
        const shot = join(SHOTS, `touch-kiosk-${name}-${lang}`);
        await screenshot(page, `${shot}-1-start.png`);
        // Kiosk type and targets grow with the screen: at least 60 CSS px targets, 20 px text.
        const start = (await items(page)).find((i) => i.key === 'start');
        assert.ok(start.h >= 60, `start button ${start.h} px high`);
        const link = await kioskVisit(page, shot);
        // The visitor's answers came to the phone intact.
        const phone = await touchContext({ width: 390, height: 844 }, { isMobile: true });
        await servePublicly(phone, URL_);
        const phonePage = await newPage(phone, { width: 390, height: 844 });
        await openApp(phonePage, link.replace('#', `?lang=${lang}#`));
        assert.equal((await status(phonePage)).screen, 'results');
        assert.equal((await answers(phonePage)).key_tech_projects[0].costs.personnel, 1234000);
        await phone.close();
        await otherLanguageTour(page, join(SHOTS, `touch-kiosk-${name}-${lang === 'zh' ? 'en' : 'zh'}`));
        assert.deepEqual(page.errors, []);
        await context.close();
      });
    }
  }
});

describe('phone by finger', () => {
  for (const lang of ['zh', 'en']) {
    test(`390 × 844 (${lang}): start to results by taps and swipes; one column, a one-row header and a total bar`, async () => {
      const viewport = { width: 390, height: 844 };
      const context = await touchContext(viewport, { isMobile: true });
      const page = await newPage(context, viewport);
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      const shot = join(SHOTS, `touch-phone-${lang}`);
      await screenshot(page, `${shot}-1-start.png`);
      await tap(page, 'start');
      // One header row: its buttons share one line.
      const header = (await items(page)).filter((i) => i.key.startsWith('header:'));
      assert.equal(new Set(header.map((i) => Math.round(i.y))).size, 1, JSON.stringify(header));
      for (const g of GATES) await tap(page, `q:${g}:yes`);
      await screenshot(page, `${shot}-2-gates.png`);
      await tap(page, 'nav:next');
      const always = await checkedActivities(page);  // the basic questions
      // The last activities are below the first screen: reached by swiping.
      for (const a of ['key_tech', 'talent', 'service']) await tap(page, `activity:${a}`);
      assert.deepEqual(await checkedActivities(page), [...always, 'key_tech', 'service', 'talent'].sort());
      await screenshot(page, `${shot}-3-activities.png`);
      await tap(page, 'nav:next');
      await tap(page, 'answers.training_base');
      assert.equal((await answers(page)).training_base, true);
      // A name typed after tapping its field: the tap focuses the text agent, the system keyboard types.
      await tap(page, 'add:answers.key_tech_projects');
      await tap(page, 'answers.key_tech_projects[0].subject');
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
      await page.keyboard.type('Vision chip');
      await page.keyboard.press('Enter');
      await settled(page);
      assert.equal((await answers(page)).key_tech_projects[0].subject, 'Vision chip');
      const bar = await findByTouch(page, 'footer:results');
      assert.ok(bar.text.includes('100'), `the total bar shows 100 万元: ${bar.text}`);
      await screenshot(page, `${shot}-4-details.png`);
      await tap(page, 'footer:results');
      assert.equal((await status(page)).screen, 'results');
      assert.equal((await page.evaluate(() => window.assess.currentResult())).total.max, 1000000);
      await screenshot(page, `${shot}-5-results.png`);
      await findByTouch(page, 'results:share');  // the bottom of the results, by swiping
      await screenshot(page, `${shot}-6-results-end.png`);
      // The menu holds the other actions; the language button stays in the header.
      await tap(page, 'header:menu');
      assert.ok((await items(page)).some((i) => i.key === 'header:report' && i.visible));
      await screenshot(page, `${shot}-7-menu.png`);
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
});

describe('a finger that moves', () => {
  test('a drag that starts on a button scrolls and does not click it; a swipe that flings keeps scrolling', async () => {
    const viewport = { width: 390, height: 844 };
    const context = await touchContext(viewport, { isMobile: true });
    const page = await newPage(context, viewport);
    await page.clock.install();  // the page's clock is Playwright's: the fling below pauses it
    await openApp(page, `${URL_}?storage=off`);
    await tap(page, 'start');
    for (const g of GATES) await tap(page, `q:${g}:yes`);
    await tap(page, 'nav:next');
    const always = await checkedActivities(page);  // the basic questions
    const row = (await items(page)).find((i) => i.key === 'activity:attraction');
    await swipe(page, row.x + row.w / 2, row.y + row.h / 2, 0, -200);
    assert.deepEqual(await checkedActivities(page), always, 'nothing ticked by a drag');
    const moved = (await items(page)).find((i) => i.key === 'activity:attraction');
    assert.ok(Math.abs(moved.y - (row.y - 200)) < 2, `the list followed the finger: ${row.y} → ${moved.y}`);
    // A short wobble within the slop is still a tap.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: moved.x + 40, y: moved.y + moved.h / 2 }] });
    await frames(page, 2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: moved.x + 44, y: moved.y + moved.h / 2 + 3 }] });
    await frames(page, 2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await frames(page, 6);
    const ticked = [...always, 'attraction'].sort();
    assert.deepEqual(await checkedActivities(page), ticked);
    // A second finger put down on a row while the first drags does nothing.
    const row2 = (await items(page)).find((i) => i.key === 'activity:merger');
    const p0 = { x: 200, y: 500, id: 0 }, p1 = { x: row2.x + 40, y: row2.y + row2.h / 2, id: 1 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [p0] });
    await frames(page, 2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [p0, p1] });
    await frames(page, 2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...p0, y: 440 }, p1] });
    await frames(page, 12);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await frames(page, 6);
    assert.deepEqual(await checkedActivities(page), ticked, 'the second finger changed nothing');
    // A fling: lifted while moving fast, the list goes on after the finger. Speed is distance over time, so the
    // clock is paused and moved on one 60 Hz frame per move: on the real clock a loaded machine made the same
    // swipe slow, and nothing flew.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    page.paused = true;
    const before = (await items(page)).find((i) => i.key === 'activity:merger');
    await swipe(page, 200, 600, 0, -240, { steps: 4, fling: true });
    await frames(page, 30);
    const afterFling = (await items(page)).find((i) => i.key === 'activity:merger');
    assert.ok(!afterFling || afterFling.y < before.y - 240 - 20, `it flew on: ${before.y} → ${afterFling && afterFling.y}`);
    assert.deepEqual(await checkedActivities(page), ticked);
    await context.close();
  });

  test('on a local address the QR dialog says a phone cannot open it and shows no code', async () => {
    const context = await touchContext({ width: 1080, height: 1920 });
    const page = await newPage(context, { width: 1080, height: 1920 });
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await openApp(page, `${URL_}?mode=kiosk`);
    assert.ok(warnings.some((w) => w.includes('share_url')), `a kiosk without share_url warns once: ${warnings.join(' | ')}`);
    await tap(page, 'start');
    await tap(page, 'header:share');
    await frames(page, 3);
    assert.equal((await items(page)).some((i) => i.key === 'share:qr'), false, 'no code for 127.0.0.1');
    await screenshot(page, join(SHOTS, 'touch-kiosk-portrait-zh-share-local-address.png'));
    await context.close();
  });
});
