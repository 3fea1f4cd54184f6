// The phone visitor (issue 20, items 2–8), by finger on a 390 × 844 touch phone (320 × 640 for wrapping), in zh
// and en: typing above the on-screen keyboard (emulated by shrinking the viewport while a field is edited), every
// character of a name kept exactly (supplementary planes, emoji, combining marks) through the text agent, the
// saved file, the hand-over link and the report, targets a finger can hit, hand-over on the phone in hand (the
// share sheet stubbed: headless Chromium has none), the report on a phone, words that fit, and an advisor's
// session that survives a reload. Screenshots of each state, the keyboard-up ones included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { click, findByTouch, frames, items, launch, newPage, openApp, screenshot, servePublicly, settled, tap } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const ROOT = new URL('../../', import.meta.url).pathname;
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'ui/ui-strings.json'), 'utf8')).strings;
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const PHONE = { width: 390, height: 844 };
const SMALL = { width: 320, height: 640 };
const GATES = ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou'];
// Names from several supplementary blocks (CJK Extension B: 𠮷 U+20BB7, 𡈽 U+2123D, 𪚥 U+2A6A5 (also B), Extension
// G: 𰻞 U+30EDE), an emoji with a zero-width joiner, and a combining acute accent (e + U+0301).
const NAME = '𠮷野𡈽智能𪚥科技';
const ODD_NAME = '𰻞𰻞面 👩‍💻 Cafe\u0301';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const status = (page) => page.evaluate(() => window.assess.status());
const answers = async (page) => (await page.evaluate(() => window.assess.currentProfile())).answers;
const visible = async (page) => (await items(page)).filter((i) => i.visible);
const agent = (page) => page.evaluate(() => {
  const a = document.getElementById('text-agent');
  return { focused: document.activeElement === a, mode: a.inputMode, hint: a.enterKeyHint };
});

async function phone(viewport = PHONE, extra = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, serviceWorkers: 'block', ...extra });
  const page = await newPage(context, viewport);
  return { context, page };
}

// Start, every gate "yes", the activities named, on to the details step: by taps.
async function toDetails(page, activities) {
  await tap(page, 'start');
  for (const g of GATES) await tap(page, `q:${g}:yes`);
  await tap(page, 'nav:next');
  for (const a of activities) await tap(page, `activity:${a}`);
  await tap(page, 'nav:next');
  await settled(page);
  assert.equal((await status(page)).screen, 'details');
}

// Taps a field and waits for the text agent to take the focus (the system keyboard would come up).
async function tapField(page, key) {
  await tap(page, key);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 15000 });
  await settled(page);
}

// Types as an IME commits (CDP Input.insertText): one commit of the whole text into the focused agent.
async function commit(page, text) {
  await page.keyboard.insertText(text);
  await settled(page);
}

for (const lang of ['zh', 'en']) {
  describe(`phone (${lang})`, () => {
    test('typing above the keyboard: the field stays in view, the footer steps aside, Enter moves on, the layout comes back', async () => {
      const { context, page } = await phone();
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      await toDetails(page, ['key_tech']);
      await tap(page, 'add:answers.key_tech_projects');
      // A name: the text keyboard; an amount: the decimal pad; each with "next" while another field follows.
      await tapField(page, 'answers.key_tech_projects[0].subject');
      assert.deepEqual(await agent(page), { focused: true, mode: 'text', hint: 'next' });
      const key = 'answers.key_tech_projects[0].costs.personnel';
      await tapField(page, key);
      assert.deepEqual(await agent(page), { focused: true, mode: 'decimal', hint: 'next' });
      // The keyboard comes up: the visible height shrinks to 470 px while the field is edited.
      await page.setViewportSize({ width: 390, height: 470 });
      await frames(page, 4);  // the page's resize events, then the app's frames
      await settled(page);
      await screenshot(page, join(SHOTS, `phone-${lang}-keyboard-up.png`));
      let on = await visible(page);
      const field = on.find((i) => i.key === key);
      assert.ok(field, `the field being edited is on screen: ${on.map((i) => i.key).join(', ')}`);
      assert.ok(field.y >= 0 && field.y + field.h <= 470, `inside the visible 470 px: ${JSON.stringify(field)}`);
      for (const aside of ['nav:back', 'nav:next', 'footer:results'])
        assert.ok(!on.some((i) => i.key === aside), `${aside} steps aside while typing`);
      // Typed blind no more: "300" is 3 000 000 yuan; Enter moves to the next amount, where "20" is typed.
      await commit(page, '300');
      await page.keyboard.press('Enter');
      await settled(page);
      assert.equal((await agent(page)).focused, true, 'the keyboard stays up for the next field');
      await commit(page, '20');
      await page.keyboard.press('Enter');
      await settled(page);
      const costs = (await answers(page)).key_tech_projects[0].costs;
      assert.equal(costs.personnel, 3000000);
      assert.equal(costs.equipment_software, 200000, 'Enter moved to the next field: equipment_software');
      on = await visible(page);
      const next = on.find((i) => i.key === 'answers.key_tech_projects[0].costs.pilot_equipment');
      assert.ok(next && next.y + next.h <= 470, 'the field Enter moved to is in view too');
      await screenshot(page, join(SHOTS, `phone-${lang}-keyboard-next.png`));
      await page.setViewportSize(PHONE);
      await frames(page, 4);
      await settled(page);
      // The keyboard goes down: the layout comes back with "back", "next" and the total bar.
      on = await visible(page);
      for (const back of ['nav:back', 'nav:next', 'footer:results'])
        assert.ok(on.some((i) => i.key === back), `${back} is back when the keyboard is down`);
      await screenshot(page, join(SHOTS, `phone-${lang}-keyboard-down.png`));
      // A count: the digits pad.
      await tap(page, 'step:activities');
      await tap(page, 'activity:standards');
      await tap(page, 'nav:next');
      await findByTouch(page, 'answers.national_standards');
      await tapField(page, 'answers.national_standards');
      assert.equal((await agent(page)).mode, 'numeric');
      assert.deepEqual(page.errors, []);
      await context.close();
    });

    test('targets for a finger: 44 × 44 px or more, 8 px apart, on every phone screen', async () => {
      const { context, page } = await phone();
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      const checked = [];
      // Every visible widget at least 44 × 44 CSS px, and no two closer than 8 px (those inside one another, such as
      // a dialog over the screen, are compared only among themselves: `keys` picks them). A widget of the scrolled
      // panel is cut by the panel's edges (under the header, 8 px above the footer's buttons): only what shows of it
      // can be touched, and one cut short by an edge is measured for its gaps only.
      async function check(screen, keys = () => true) {
        await settled(page);
        const all = (await visible(page)).filter((i) => keys(i.key));
        const fixed = (i) => /^(header|nav|footer):/.test(i.key);
        const header = all.filter((i) => i.key.startsWith('header:')), footer = all.filter((i) => /^(nav|footer):/.test(i.key));
        // The header bar ends 8 px under its buttons, and the panel starts 8 px under the bar.
        const top = header.length ? Math.max(...header.map((i) => i.y + i.h)) + 16 : -Infinity;
        const bottom = footer.length ? Math.min(...footer.map((i) => i.y)) - 8 : Infinity;
        const on = all.map((i) => {
          if (fixed(i)) return { ...i, whole: true };
          const y0 = Math.max(i.y, top), y1 = Math.min(i.y + i.h, bottom);
          return { ...i, y: y0, h: y1 - y0, whole: y0 === i.y && y1 === i.y + i.h };
        }).filter((i) => i.h > 0);
        for (const i of on.filter((x) => x.whole)) {
          assert.ok(i.w >= 44 && i.h >= 44, `${screen}: ${i.key} is ${i.w} × ${i.h}`);
        }
        for (let a = 0; a < on.length; a++) {
          for (let b = a + 1; b < on.length; b++) {
            const p = on[a], q = on[b];
            const dx = Math.max(q.x - (p.x + p.w), p.x - (q.x + q.w)), dy = Math.max(q.y - (p.y + p.h), p.y - (q.y + q.h));
            assert.ok(Math.max(dx, dy) >= 8, `${screen}: ${p.key} and ${q.key} are ${Math.max(dx, dy)} px apart`);
          }
        }
        checked.push(`${screen} (${on.length})`);
      }
      await check('start');
      await tap(page, 'start');
      await check('gates');
      for (const g of GATES) await tap(page, `q:${g}:yes`);
      await tap(page, 'nav:next');
      await check('activities');
      for (const a of ['key_tech', 'innovation', 'standards']) await tap(page, `activity:${a}`);
      await tap(page, 'nav:next');
      await tap(page, 'add:answers.key_tech_projects');
      await check('details');
      await findByTouch(page, 'add:answers.innovation_projects');
      await tap(page, 'add:answers.innovation_projects');
      await findByTouch(page, 'answers.innovation_projects[0].in_library');
      await check('details, lower');
      await tap(page, 'footer:results');
      await check('results');
      await findByTouch(page, 'results:share');
      await check('results, end');
      await tap(page, 'results:share');
      await check('hand-over dialog', (k) => k.startsWith('share:'));
      await tap(page, 'share:close');
      await tap(page, 'header:menu');
      await check('menu', (k) => k.startsWith('header:') && k !== 'header:menu' && k !== 'header:lang');
      await tap(page, 'header:clear');
      await check('clear dialog', (k) => k.startsWith('dialog:'));
      await tap(page, 'dialog:cancel');
      await findByTouch(page, 'article:a4_key_tech');
      await tap(page, 'article:a4_key_tech');
      await check('article dialog', (k) => k.startsWith('dialog:'));
      await screenshot(page, join(SHOTS, `phone-${lang}-article.png`));
      assert.ok(checked.length >= 11, checked.join(', '));
      assert.deepEqual(page.errors, []);
      await context.close();
    });

    test('words that fit at 320 px: nothing cut at the edge, the tabs do not jump, Escape closes the article, "edit" returns to the answer', async () => {
      const { context, page } = await phone(SMALL);
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      // The step tabs are where they will stay from the first frame of the screen: collected every frame after the tap.
      const start = await findByTouch(page, 'start');  // below the fold at 320 × 640 in English
      const watch = page.evaluate(() => new Promise((resolve) => {
        const seen = [];
        let frame = 0;
        const each = () => {
          const tab = window.assess.items().find((i) => i.key === 'step:details' && i.visible);
          if (tab) seen.push(tab.y);
          if (seen.length >= 30 || ++frame > 3000) resolve(seen); else requestAnimationFrame(each);
        };
        requestAnimationFrame(each);
      }));
      await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
      const ys = await watch;
      assert.ok(ys.length >= 30, `the tabs show: ${ys.length} frames`);
      assert.equal(new Set(ys).size, 1, `the tabs never move: ${ys.join(' ')}`);
      // Every widget of every screen within the 320 px (a label that does not fit wraps).
      async function fits(screen) {
        await settled(page);
        for (const i of await visible(page)) assert.ok(i.x >= 0 && i.x + i.w <= 320, `${screen}: ${i.key} ${i.x}+${i.w} (${i.text})`);
      }
      await fits('gates');
      for (const g of GATES) await tap(page, `q:${g}:yes`);
      await tap(page, 'nav:next');
      await fits('activities');
      for (const a of ['key_tech', 'innovation']) await tap(page, `activity:${a}`);
      await tap(page, 'nav:next');
      await fits('details');
      await screenshot(page, join(SHOTS, `phone-320-${lang}-details.png`));
      // The key support fields (an English label is longer than the screen is wide): each on lines of its own.
      const wide = await findByTouch(page, 'answers.key_fields=industry_application');
      assert.ok(wide.x + wide.w <= 320 && wide.h >= 44, JSON.stringify(wide));
      await fits('details, key fields');
      await screenshot(page, join(SHOTS, `phone-320-${lang}-key-fields.png`));
      await tap(page, 'add:answers.key_tech_projects');
      await tapField(page, 'answers.key_tech_projects[0].subject');
      await commit(page, lang === 'zh' ? '视觉芯片研发与产业化应用示范项目' : 'Vision chip for industrial inspection and quality control');
      await page.keyboard.press('Enter');
      await findByTouch(page, 'add:answers.innovation_projects');
      await tap(page, 'add:answers.innovation_projects');
      const link = await findByTouch(page, 'link:answers.innovation_projects[0].subject=answers.key_tech_projects[0]');
      assert.ok(link.x + link.w <= 320, `a long name wraps in its button: ${JSON.stringify(link)}`);
      await fits('details, linked names');
      await screenshot(page, join(SHOTS, `phone-320-${lang}-link.png`));
      await tap(page, 'footer:results');
      await fits('results');
      await screenshot(page, join(SHOTS, `phone-320-${lang}-results.png`));
      // Escape closes the article's text.
      await tap(page, 'article:a4_key_tech');
      assert.ok((await visible(page)).some((i) => i.key === 'dialog:close'));
      await page.keyboard.press('Escape');
      await settled(page);
      assert.ok(!(await items(page)).some((i) => i.key === 'dialog:close'), 'Escape closed the article');
      // "Edit" on the art. 4 card: back on the details step at that measure's first field, in view and focused.
      await tap(page, 'results:edit:a4_key_tech');
      await settled(page);
      assert.equal((await status(page)).screen, 'details');
      const target = (await items(page)).find((i) => i.key === 'answers.key_tech_projects[0].subject');
      assert.ok(target && target.visible && target.focused, `the card's answer, focused: ${JSON.stringify(target)}`);
      await screenshot(page, join(SHOTS, `phone-320-${lang}-edit-from-card.png`));
      assert.deepEqual(page.errors, []);
      await context.close();
    });

    test('hand-over on the phone in hand: the share sheet gets the link, copy puts it on the clipboard, no QR code', async () => {
      const { context, page } = await phone(PHONE, { permissions: ['clipboard-read', 'clipboard-write'] });
      const base = await servePublicly(context, URL_);
      // Headless Chromium has no share sheet: a stand-in records what the page hands it.
      await context.addInitScript(() => {
        window.shared = [];
        navigator.share = (data) => { window.shared.push({ title: data.title, text: data.text, url: data.url, files: (data.files || []).map((f) => f.name) }); return Promise.resolve(); };
        navigator.canShare = () => true;
      });
      await openApp(page, `${base}?storage=off&lang=${lang}`);
      assert.equal((await status(page)).handheld, true, 'a touch phone is the device in hand');
      await toDetails(page, ['key_tech']);
      await tap(page, 'add:answers.key_tech_projects');
      await tapField(page, 'answers.key_tech_projects[0].subject');
      await commit(page, NAME);
      await page.keyboard.press('Enter');
      await tap(page, 'footer:results');
      await tap(page, 'results:share');
      await settled(page);  // the dialog sized and shown (a window appears hidden while it sizes itself)
      const keys = (await visible(page)).map((i) => i.key);
      assert.ok(!keys.includes('share:qr'), 'no QR code of the phone\'s own screen');
      for (const k of ['share:send', 'share:copy', 'share:report_share', 'share:report_save', 'share:save']) assert.ok(keys.includes(k), k);
      await screenshot(page, join(SHOTS, `phone-${lang}-share.png`));
      await tap(page, 'share:send');
      const shared = await page.evaluate(() => window.shared);
      assert.equal(shared.length, 1);
      assert.ok(shared[0].url.startsWith(`${base}#p=`), shared[0].url);
      await tap(page, 'share:copy');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shared[0].url, 'the same link copied');
      // The link opens elsewhere with the name exactly as typed.
      const other = await newPage(context, PHONE);
      await openApp(other, shared[0].url);
      assert.equal((await answers(other)).key_tech_projects[0].subject, NAME);
      // The report as a file, to the share sheet.
      await tap(page, 'share:report_share');
      const files = await page.evaluate(() => window.shared.map((s) => s.files).flat());
      assert.deepEqual(files, ['suzhou-ai-report.html']);
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  });
}

describe('phone, both languages', () => {
  test('every character kept: supplementary planes, emoji and combining marks through the agent, the file, the link, the report', async () => {
    const { context, page } = await phone(PHONE, { acceptDownloads: true });
    await openApp(page, `${URL_}?storage=off`);
    await toDetails(page, ['key_tech', 'innovation']);
    await tap(page, 'add:answers.key_tech_projects');
    const before = (await page.evaluate(() => window.assess.timings())).device_glyphs;
    await tapField(page, 'answers.key_tech_projects[0].subject');
    await commit(page, NAME);  // one IME commit
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal((await answers(page)).key_tech_projects[0].subject, NAME);
    // Typed one character at a time too (each a separate input event, as a keyboard sends them).
    await findByTouch(page, 'add:answers.innovation_projects');
    await tap(page, 'add:answers.innovation_projects');
    await tapField(page, 'answers.innovation_projects[0].subject');
    for (const ch of ODD_NAME) await page.keyboard.insertText(ch);
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal((await answers(page)).innovation_projects[0].subject, ODD_NAME);
    // Drawn from the device's fonts (Noto Sans CJK has 𠮷 and 𪚥): asked for, beyond U+FFFF.
    assert.ok((await page.evaluate(() => window.assess.timings())).device_glyphs > before, 'supplementary characters were drawn');
    await screenshot(page, join(SHOTS, 'phone-zh-rare-names.png'));
    // The saved file.
    await tap(page, 'header:menu');
    const [download] = await Promise.all([page.waitForEvent('download'), tap(page, 'header:save')]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(saved.answers.key_tech_projects[0].subject, NAME);
    assert.equal(saved.answers.innovation_projects[0].subject, ODD_NAME);
    // The report, opened in a tab.
    await tap(page, 'footer:results');
    const report = await findByTouch(page, 'results:report');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.touchscreen.tap(report.x + report.w / 2, report.y + report.h / 2)]);
    await tab.waitForLoadState();
    const html = await tab.content();
    assert.ok(html.includes(NAME) && html.includes(ODD_NAME), 'the report carries both names unchanged');
    // Legible on the phone: the device's width, 16 px text, nothing wider than the screen; the touch hint, no Ctrl+P.
    const look = await tab.evaluate(() => ({
      viewport: document.querySelector('meta[name=viewport]').content,
      font: parseFloat(getComputedStyle(document.body).fontSize),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      touchHint: getComputedStyle(document.querySelector('.hint-touch')).display,
      desktopHint: getComputedStyle(document.querySelector('.hint-desktop')).display,
      first: document.body.firstElementChild.textContent,
    }));
    assert.equal(look.viewport, 'width=device-width, initial-scale=1');
    assert.ok(look.font >= 16, `body text ${look.font} px`);
    assert.ok(look.overflow <= 0, `no sideways scrolling: ${look.overflow} px too wide`);
    assert.equal(look.desktopHint, 'none', 'no Ctrl+P on a touch screen');
    assert.notEqual(look.touchHint, 'none');
    assert.match(look.first, /^生成时间:\d{4}-\d\d-\d\d \d\d:\d\d$/, 'the date first (no enterprise name outside advisor mode)');
    await tab.setViewportSize(PHONE);
    await tab.screenshot({ path: join(SHOTS, 'phone-zh-report.png') });
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('on a local address the phone offers the files, no link; the administrator\'s advice is in the console only', async () => {
    const { context, page } = await phone();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await context.addInitScript(() => { navigator.share = () => Promise.resolve(); });
    await openApp(page, `${URL_}?storage=off`);
    assert.ok(warnings.some((w) => w.includes('share_url')), `the console tells the administrator: ${warnings.join(' | ')}`);
    await tap(page, 'start');
    await tap(page, 'footer:results');
    await tap(page, 'results:share');
    const keys = (await visible(page)).map((i) => i.key);
    for (const k of ['share:send', 'share:copy', 'share:qr']) assert.ok(!keys.includes(k), `${k} is not offered for 127.0.0.1`);
    for (const k of ['share:report_save', 'share:save']) assert.ok(keys.includes(k), `${k}: another way to keep the result`);
    await screenshot(page, join(SHOTS, 'phone-zh-share-local.png'));
    // Nothing the app says to a visitor is addressed to an administrator (the words are all in ui-strings.json).
    for (const [key, text] of Object.entries(STRINGS))
      for (const words of [text.zh, text.en]) assert.doesNotMatch(words, /share_url|config\.json|管理员|[Aa]dministrator/, key);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('on a desktop the QR code is large enough to scan from 40 cm (6 cm and more)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const base = await servePublicly(context, URL_);
    const page = await newPage(context, { width: 1280, height: 800 });
    await openApp(page, `${base}?storage=off`);
    assert.equal((await status(page)).handheld, false);
    await click(page, 'start');
    await click(page, 'step:results');
    await click(page, 'results:share');
    const qr = (await items(page)).find((i) => i.key === 'share:qr' && i.visible);
    // 6 cm at the CSS reference of 96 px per inch: 227 px.
    assert.ok(qr && qr.w >= 227 && qr.h >= 227, `the code is ${qr && qr.w} px across`);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('an advisor\'s day survives a reload; a typed name is work; the list counts what is not in a file; the CSV by enterprise', async () => {
    const { context, page } = await phone(PHONE, { acceptDownloads: true });
    page.on('dialog', (d) => d.accept());  // "leave the page?" — yes: the test reloads on purpose
    await openApp(page, `${URL_}?mode=advisor`);
    await tap(page, 'start');
    assert.equal(await page.evaluate(() => document.body.dataset.leaveWarning), undefined);
    // A name with no answers yet is work to keep.
    await tapField(page, 'enterprise:current_name');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await commit(page, NAME);
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal(await page.evaluate(() => document.body.dataset.leaveWarning), '1', 'a typed name counts');
    assert.equal((await status(page)).unsaved, 1);
    // A second enterprise, answered and named.
    await tap(page, 'header:menu');
    await tap(page, 'header:enterprises');
    await tap(page, 'enterprises:new');
    await tapField(page, 'enterprise:current_name');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await commit(page, '乙制造');
    await page.keyboard.press('Enter');
    await tap(page, 'q:legal_person:yes');
    assert.equal((await status(page)).unsaved, 2);
    const stored = await page.evaluate(() => ({ tab: Object.keys(sessionStorage), lasting: Object.keys(localStorage) }));
    assert.deepEqual(stored, { tab: ['suzhou-ai-assess.advisor-session'], lasting: [] }, 'this tab only, never localStorage');
    // The reload (a slip of the finger): both come back, on the list, which says so.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    await settled(page);
    const back = await status(page);
    assert.equal(back.screen, 'enterprises');
    assert.equal(back.enterprises, 2);
    assert.equal(back.restored, 2);
    assert.equal(back.unsaved, 2);
    assert.equal(back.current_enterprise, 1);
    assert.equal((await answers(page)).legal_person, true);
    assert.match((await items(page)).find((i) => i.key === 'enterprise:open:0').text, new RegExp(NAME));
    await screenshot(page, join(SHOTS, 'phone-zh-advisor-restored.png'));
    // The CSV with a row per enterprise: the header and two rows, the names exact.
    const csvButton = await findByTouch(page, 'enterprises:csv_wide');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.touchscreen.tap(csvButton.x + csvButton.w / 2, csvButton.y + csvButton.h / 2)]);
    const rows = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(rows.length, 3);
    assert.ok(rows[1].startsWith(`${NAME},0,0,`) && rows[2].startsWith('乙制造,0,0,'), rows.join('\n'));
    // Saved to a session file: nothing unsaved, leaving does not ask.
    const save = await findByTouch(page, 'enterprises:save');
    const [file] = await Promise.all([page.waitForEvent('download'), page.touchscreen.tap(save.x + save.w / 2, save.y + save.h / 2)]);
    assert.deepEqual(JSON.parse(readFileSync(await file.path(), 'utf8')).enterprises.map((e) => e.name), [NAME, '乙制造']);
    await settled(page);
    assert.equal((await status(page)).unsaved, 0);
    assert.equal(await page.evaluate(() => document.body.dataset.leaveWarning), '0');
    // "End session" wipes the tab's copy too: the next page starts empty.
    await tap(page, 'enterprises:end');
    const wipe = await findByTouch(page, 'dialog:end_session');
    const reloaded = page.waitForEvent('load', { timeout: 30000 });
    await page.touchscreen.tap(wipe.x + wipe.w / 2, wipe.y + wipe.h / 2);
    await reloaded;
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
    const fresh = await status(page);
    assert.equal(fresh.enterprises, 1);
    assert.equal(fresh.restored, 0);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
