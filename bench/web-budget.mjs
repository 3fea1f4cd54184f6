// The web app's performance budget, measured in headless Chromium (SwiftShader WebGL, 1280×800):
// cold load to first frame, bytes (as sent: Brotli) fetched before the first frame (requests started by then) and in all
// until every font is in (body[data-fonts="full"]: the subsets that follow the first frame), frame CPU time, and the time to
// re-evaluate after an answer changes, and idle: frames run, pictures sent to the canvas and main-thread busy time while nobody touches
// the page. Prints one table. Usage: node web-budget.mjs URL SITE_DIR
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { click, frames, launch, openApp } from '../tests/browser/driver.mjs';

const [url, site] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length * 0.95)] : NaN; };

const browser = await launch();
const loads = [];
let before = [];
let untilFonts = [];
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext();  // a new context: an empty cache, a cold load
  const page = await context.newPage({ viewport: { width: 1280, height: 800 } });
  // The moment the first frame is drawn, recorded in the page itself (polling from here would be late).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body && document.body.dataset.ready === '1') {
        window.firstFrameAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(`${url}?storage=off`);
  await page.waitForFunction(() => window.firstFrameAt !== undefined, null, { timeout: 60000 });
  const { at, started } = await page.evaluate(() => ({
    at: window.firstFrameAt,
    started: [{ name: location.href, startTime: 0 }, ...performance.getEntriesByType('resource')]
      .filter((e) => e.startTime <= window.firstFrameAt).map((e) => new URL(e.name).pathname),
  }));
  loads.push(at);
  if (run === 0) {
    before = started;
    await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 60000 });
    untilFonts = await page.evaluate(() => [{ name: location.href }, ...performance.getEntriesByType('resource')]
      .map((e) => new URL(e.name).pathname));
  }
  await context.close();
}

// A warm load: the same context again, files now in the browser's cache.
const warmContext = await browser.newContext();
const warmPage = await warmContext.newPage({ viewport: { width: 1280, height: 800 } });
await openApp(warmPage, `${url}?storage=off`);
await warmPage.addInitScript(() => {
  new MutationObserver((_, observer) => {
    if (document.body && document.body.dataset.ready === '1') { window.firstFrameAt = performance.now(); observer.disconnect(); }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
});
const warm = [];
for (let run = 0; run < 5; run++) {
  await warmPage.reload();
  await warmPage.waitForFunction(() => window.firstFrameAt !== undefined, null, { timeout: 60000 });
  warm.push(await warmPage.evaluate(() => window.firstFrameAt));
}
await warmContext.close();

// The size of each file fetched before the first frame as the server sends it to Chromium (the build's Brotli
// copy where there is one: cmake/precompress.py, scripts/serve.py), and of those fetched after it until every
// font is in.
const sentSize = (path) => {
  const file = join(site, path === '/' ? 'index.html' : path);
  return statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
};
let sentBytes = 0;
const files = [];
for (const path of before) {
  const size = sentSize(path);
  files.push(`${path} ${Math.round(size / 1024)} KB`);
  sentBytes += size;
}
let sentAll = sentBytes;
const after = [];
for (const path of untilFonts.filter((p) => !before.includes(p))) {
  const size = sentSize(path);
  after.push(`${path} ${Math.round(size / 1024)} KB`);
  sentAll += size;
}

// Frames and re-evaluations while a person works through the questionnaire.
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await openApp(page, `${url}?storage=off`);
await click(page, 'start');
for (const g of ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou']) await click(page, `q:${g}:yes`);
await click(page, 'nav:next');
for (const a of ['key_tech', 'first_set', 'standards', 'centers']) await click(page, `activity:${a}`);
await click(page, 'nav:next');
for (let i = 0; i < 10; i++) await click(page, 'inc:answers.intl_standards_led');
for (let i = 0; i < 60; i++) { await page.mouse.move(300 + i * 5, 400); await frames(page, 1); }
const t = await page.evaluate(() => window.assess.timings());

// Idle: 10 s with no input, from 1 s after loading is complete (every font subset in, taken by the app when it
// was idle) or the last input (what settling takes aside): frames the app drew (its own count) and the renderer
// main thread's busy time (CDP TaskDuration).
const IDLE_S = 10;
async function idle(p) {
  await p.waitForFunction(() => document.body.dataset.fontsDone === '1', null, { timeout: 60000 });
  await sleep(1000);
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const drawn = () => p.evaluate(() => { const t = window.assess.timings(); return [t.frames, t.frames_shown]; });
  const [[f0, s0], b0] = [await drawn(), await busy()];
  await sleep(IDLE_S * 1000);
  const [[f1, s1], b1] = [await drawn(), await busy()];
  return { frames: f1 - f0, shown: s1 - s0, busy: (b1 - b0) / IDLE_S };
}
const idleRows = [];
for (const [what, query] of [['start page', '?storage=off'], ['kiosk mode, start', '?mode=kiosk'], ['advisor mode', '?mode=advisor']]) {
  const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(p, url + query);
  idleRows.push([what, await idle(p)]);
  await p.close();
}
{
  // The filled results screen: the worked example of the analysis opened through the file chooser.
  const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(p, `${url}?storage=off`);
  const example = new URL('../examples/analysis-example.json', import.meta.url).pathname;
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), click(p, 'header:open')]);
  await chooser.setFiles(example);
  await click(p, 'step:results');
  idleRows.push(['results screen, filled (its toast may end)', await idle(p)]);
  await p.close();
}
{
  // Kiosk with its countdown running (an installation's shortest timers, from its config.json: the warning 10 s
  // after the last input, a 20 s countdown): a frame per second of countdown.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  await context.route('**/config.json', (route) => route.fulfill({ json: { mode: 'kiosk', idle_seconds: 10, countdown_seconds: 20 } }));
  const p = await context.newPage();
  await openApp(p, url);
  await click(p, 'start');
  await p.waitForFunction(() => window.assess.status().idle_warning, null, { timeout: 20000 });
  idleRows.push(['kiosk mode, countdown showing', await idle(p)]);
  await context.close();
}
await browser.close();

const row = (what, value, target) => console.log(`${what.padEnd(44)} ${value.padStart(12)}   ${target}`);
console.log(`${'web app (headless Chromium, 1280×800)'.padEnd(44)} ${'measured'.padStart(12)}   target`);
row('cold load to first frame (median of 5)', `${Math.round(median(loads))} ms`, '≤ 1500 ms');
row('warm load to first frame (median of 5)', `${Math.round(median(warm))} ms`, '');
row('bytes before the first frame (as sent: Brotli)', `${Math.round(sentBytes / 1024)} KB`, '≤ 380 KB');
row('bytes until every font is in (as sent: Brotli)', `${Math.round(sentAll / 1024)} KB`, '');
row('frame CPU, median (p95)', `${median(t.frame_ms).toFixed(2)} ms (${p95(t.frame_ms).toFixed(2)})`, '≤ 4 ms');
row('re-evaluation after an answer, median', `${median(t.evaluation_ms).toFixed(3)} ms`, '≤ 0.2 ms');
for (const [what, r] of idleRows) {
  const timer = what.includes('toast') || what.includes('countdown');
  row(`idle 10 s, ${what}: frames run (pictures sent)`, `${r.frames} (${r.shown})`, timer ? '≤ 10 (≤ 10)' : '0 (0)');
  row(`idle 10 s, ${what}: main thread busy`, `${(r.busy * 100).toFixed(2)} %`, '≤ 2 %');
}
console.log(`  fetched before the first frame: ${files.join(', ')}`);
console.log(`  fetched after it, until every font is in: ${after.join(', ')}`);
