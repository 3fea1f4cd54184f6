// A first visit on a phone network (issue 20, item 1): Lighthouse's mobile throttling (4× CPU slowdown;
// 150 ms round trip, 1.6 Mbit/s down, 0.75 Mbit/s up), a 390×844 touch viewport (1 device pixel per CSS pixel),
// an empty cache, the server scripts/run uses. Per visit, from the navigation's start: the app shell readable,
// the first drawn frame, the first tap on 开始测算 taking effect (the questions' first step on screen), and the
// bytes on the wire (headers included) before the first frame; then visits whose tap lands on the app shell's
// 开始测算 as soon as it shows. Median of RUNS visits each. Usage: node phone-first-visit.mjs URL [RUNS]
import { launch } from '../tests/browser/driver.mjs';

const [url, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// Lighthouse's "mobile" preset (Moto G Power on slow 4G), applied with the same CDP calls DevTools uses.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

// What the page records about itself (in its own clock, performance.now()): when the app shell shows, the
// first frame (body[data-ready]), and the animation frame after the one in which the app's screen is no longer
// the start page (the app draws the new screen in its frame after the tap's; it is read once per frame).
function recordMilestones() {
  window.milestones = {};
  const mark = (name) => { if (window.milestones[name] === undefined) window.milestones[name] = performance.now(); };
  const watchScreen = () => {
    if (window.assess.status().screen !== 'start') requestAnimationFrame(() => mark('tap'));
    else requestAnimationFrame(watchScreen);
  };
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.shell) mark('shell');
    if (document.body && document.body.dataset.ready === '1') {
      mark('frame');
      observer.disconnect();
      watchScreen();
      // Where the start button is, told to the bench as soon as the app lists it (polling from outside is late).
      const tell = () => {
        const start = window.assess.items().find((i) => i.key === 'start' && i.visible);
        if (start) window.firstFrameDrawn(start);
        else requestAnimationFrame(tell);
      };
      tell();
    }
  }).observe(document, { attributes: true, childList: true, subtree: true });
}

// One visit in a fresh context (an empty cache); `tapShell`: tap the shell's button as soon as it shows, else the
// canvas's as soon as the first frame is drawn.
async function oneVisit(browser, tapShell) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  let startButton;
  const drawn = new Promise((resolve) => { startButton = resolve; });
  await page.exposeFunction('firstFrameDrawn', (button) => startButton(button));
  await page.addInitScript(recordMilestones);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Bytes on the wire, by when they arrived (CDP's monotonic clock, seconds).
  const finished = [];
  const responses = [];
  let clockOffset = null;  // wall time − monotonic time, from the navigation's request
  cdp.on('Network.requestWillBeSent', (e) => { if (clockOffset === null && e.wallTime) clockOffset = e.wallTime - e.timestamp; });
  cdp.on('Network.responseReceived', (e) => responses.push({ at: e.timestamp, path: new URL(e.response.url).pathname,
    encoding: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || '' }));
  cdp.on('Network.loadingFinished', (e) => finished.push({ at: e.timestamp, bytes: e.encodedDataLength }));
  const worker = [];
  context.on('request', (r) => { if (r.serviceWorker()) worker.push(r.url()); });

  await page.goto(url, { waitUntil: 'commit' });
  if (tapShell) {
    await page.waitForFunction(() => window.milestones.shell !== undefined, null, { timeout: 120000, polling: 50 });
    const box = await page.evaluate(() => {
      const r = document.querySelector('#shell .shell-lang[data-lang="zh"] button[data-key="start"]').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.touchscreen.tap(box.x, box.y);
  } else {
    // As soon as the first frame is drawn, on the start button the app drew.
    const start = await drawn;
    await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
  }
  await page.waitForFunction(() => window.milestones.tap !== undefined, null, { timeout: 60000, polling: 50 });
  const m = await page.evaluate(() => ({ ...window.milestones, origin: performance.timeOrigin }));
  const frameAt = (m.origin + m.frame) / 1000 - clockOffset;
  const bytes = finished.filter((r) => r.at <= frameAt).reduce((sum, r) => sum + r.bytes, 0);
  const files = responses.filter((r) => r.at <= frameAt).map((r) => `${r.path}${r.encoding ? ` (${r.encoding})` : ''}`);
  const load = (await import('node:os')).loadavg()[0];
  await context.close();
  return { shell: m.shell, frame: m.frame, tap: m.tap, bytes, files, worker: worker.length, load };
}

const browser = await launch();
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await oneVisit(browser, false));
const shellRuns = [];
for (let i = 0; i < RUNS; i++) shellRuns.push(await oneVisit(browser, true));
await browser.close();

const ms = (v) => `${Math.round(v)} ms`;
// Rows start with "phone: " (bench/all picks them out by it).
const row = (what, value, target) => console.log(`${`phone: ${what}`.padEnd(58)} ${value.padStart(10)}   ${target}`);
console.log(`phone, first visit: 4× CPU, 150 ms RTT, 1.6/0.75 Mbit/s, 390×844 touch, empty cache; median of ${RUNS}`);
row('app shell readable', ms(median(runs.map((r) => r.shell ?? Infinity))), '≤ 1500 ms');
row('first frame', ms(median(runs.map((r) => r.frame))), '≤ 3000 ms');
row('first tap on 开始测算 (canvas) takes effect', ms(median(runs.map((r) => r.tap))), '≤ 3500 ms');
row('tap on the app shell\'s 开始测算 takes effect', ms(median(shellRuns.map((r) => r.tap))), '');
row('bytes on the wire before the first frame', `${Math.round(median(runs.map((r) => r.bytes)) / 1024)} KB`, '≤ 400 KB');
const each = (list) => list.map((r) => `${Math.round(r.shell ?? -1)}/${Math.round(r.frame)}/${Math.round(r.tap)}`).join(', ');
console.log(`  each visit, shell/frame/tap ms: ${each(runs)}; tapping the shell: ${each(shellRuns)}`);
console.log(`  received before the first frame: ${runs[0].files.join(', ')}`);
console.log(`  requests by the service worker during a visit: ${runs.map((r) => r.worker).join(', ')}`);
console.log(`  load average (1 min) after each visit: ${[...runs, ...shellRuns].map((r) => r.load.toFixed(1)).join(', ')} on ${(await import('node:os')).cpus().length} cores`);
