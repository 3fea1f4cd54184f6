// A first visit on a phone network (issue 20, item 1): Lighthouse's mobile throttling (4× CPU slowdown;
// 150 ms round trip, 1.6 Mbit/s down, 0.75 Mbit/s up), a 390×844 touch viewport, an empty cache, the server
// scripts/run uses. Per run, from the navigation's start: the app shell's text readable, the first drawn frame,
// the first tap on 开始测算 taking effect (the questions' first step on screen), and the bytes on the wire
// (headers included, the service worker's requests too) before the first frame. Median of N runs.
// Usage: node phone-first-visit.mjs URL [RUNS]
import { launch } from '../tests/browser/driver.mjs';

const [url, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// Lighthouse's "mobile" preset (Moto G Power on slow 4G), applied with the same CDP calls DevTools uses.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

// What the page records about itself (in its own clock, performance.now()): when the shell's heading is in the
// DOM, the first frame (body[data-ready]), and when the accessible mirror first names a screen other than the
// start page (the app publishes it the frame after it draws that screen).
function recordMilestones() {
  window.milestones = {};
  const mark = (name) => { if (window.milestones[name] === undefined) window.milestones[name] = performance.now(); };
  new MutationObserver(() => {
    if (document.getElementById('shell-title')) mark('shell');
    if (document.body && document.body.dataset.ready === '1') mark('frame');
    const heading = document.querySelector('#a11y h1');
    if (heading && window.milestones.frame !== undefined) {
      if (window.startTitle === undefined) window.startTitle = heading.textContent;
      else if (heading.textContent !== window.startTitle) mark('tap');
    }
  }).observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
}

async function oneVisit(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true,
    deviceScaleFactor: Number(process.env.DPR || 3) });
  const page = await context.newPage();
  await page.addInitScript(recordMilestones);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Bytes on the wire, by when they arrived (CDP's monotonic clock, seconds), for the page and its worker alike.
  const received = [];
  let clockOffset = null;  // wall time − monotonic time, from the navigation's request
  cdp.on('Network.requestWillBeSent', (e) => { if (clockOffset === null && e.wallTime) clockOffset = e.wallTime - e.timestamp; });
  cdp.on('Network.dataReceived', (e) => received.push({ at: e.timestamp, bytes: e.encodedDataLength }));
  cdp.on('Network.responseReceived', (e) => received.push({ at: e.timestamp, bytes: 0, url: e.response.url,
    headers: e.response.encodedDataLength, encoding: (e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || '') }));
  cdp.on('Network.loadingFinished', (e) => received.push({ at: e.timestamp, bytes: 0, total: e.encodedDataLength, id: e.requestId }));
  const workerBytes = [];
  context.on('request', (r) => { if (r.serviceWorker()) workerBytes.push(r); });

  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.milestones.frame !== undefined, null, { timeout: 120000, polling: 50 });
  // The first tap, as soon as the start button is on the canvas (asked once: the app's widget list is costly).
  const start = await page.evaluate(() => window.assess.items().find((i) => i.key === 'start' && i.visible));
  await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
  await page.waitForFunction(() => window.milestones.tap !== undefined, null, { timeout: 60000, polling: 50 });
  const m = await page.evaluate(() => ({ ...window.milestones, origin: performance.timeOrigin }));
  // Everything received before the first frame, in the monotonic clock of the CDP events.
  const frameAt = (m.origin + m.frame) / 1000 - clockOffset;
  const finished = received.filter((r) => r.total !== undefined && r.at <= frameAt);
  const bytes = finished.reduce((sum, r) => sum + r.total, 0);
  const files = received.filter((r) => r.url && r.at <= frameAt).map((r) => `${new URL(r.url).pathname}${r.encoding ? ` (${r.encoding})` : ''}`);
  await context.close();
  return { shell: m.shell, frame: m.frame, tap: m.tap, bytes, files, worker: workerBytes.length };
}

const browser = await launch();
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await oneVisit(browser));
await browser.close();

const ms = (v) => (v === undefined ? 'none' : `${Math.round(v)} ms`);
const row = (what, value, target) => console.log(`${what.padEnd(52)} ${value.padStart(12)}   ${target}`);
console.log(`${'phone, first visit (4× CPU, 150 ms RTT, 1.6/0.75 Mbit/s, 390×844)'.padEnd(52)} ${'measured'.padStart(12)}   target`);
row(`app shell readable (median of ${RUNS})`, ms(median(runs.map((r) => r.shell ?? Infinity))), '≤ 1500 ms');
row(`first frame (median of ${RUNS})`, ms(median(runs.map((r) => r.frame))), '≤ 3000 ms');
row(`first tap on 开始测算 takes effect (median of ${RUNS})`, ms(median(runs.map((r) => r.tap))), '≤ 3500 ms');
row(`bytes on the wire before the first frame (median of ${RUNS})`, `${Math.round(median(runs.map((r) => r.bytes)) / 1024)} KB`, '≤ 400 KB');
console.log(`  each run (shell / frame / tap ms, KB): ${runs.map((r) => `${Math.round(r.shell ?? -1)} / ${Math.round(r.frame)} / ${Math.round(r.tap)}, ${Math.round(r.bytes / 1024)}`).join('; ')}`);
console.log(`  received before the first frame: ${runs[0].files.join(', ')}`);
console.log(`  requests by the service worker during the visit: ${runs.map((r) => r.worker).join(', ')}`);
