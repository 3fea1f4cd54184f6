// Drives the ImGui canvas like a person: finds a widget by its stable key (window.assess.items(), fed by
// ImGui's item hooks), scrolls it into view, and clicks or types with real mouse and keyboard events.
import { chromium } from 'playwright-core';

// Debian's Chromium, as root, headless, with WebGL on the CPU and no background traffic (TOOLCHAIN.md);
// playwright gives every launch a fresh, empty profile directory of its own.
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
};
export async function launch() {
  return chromium.launch(LAUNCH);
}
// A browser with a real (not incognito) profile in this folder: for what Chromium allows only there, such as
// installing the app.
export async function launchPersistent(dir, options = {}) {
  return chromium.launchPersistentContext(dir, { ...LAUNCH, ...options });
}

// A fresh page (of a browser or a context) that records its console errors and every request it makes.
export async function newPage(owner, viewport = { width: 1280, height: 800 }) {
  const page = await owner.newPage({ viewport });
  page.errors = [];
  page.requests = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('request', (r) => page.requests.push(r.url()));
  return page;
}

export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
  await frames(page, 3);
}

// Waits for n animation frames of the page. They run whether the app draws or not; the app draws in the same
// frames while input, a timer or a change keeps it awake (docs/ARCHITECTURE.md, "The frame loop").
// On a page whose clock a test has paused (page.clock.pauseAt, then page.paused = true), the frames are the
// clock's: it is moved on by n frames of 60 Hz, which runs the animation frames due in that time.
export function frames(page, n = 2) {
  if (page.paused) return page.clock.runFor(Math.ceil((1000 / 60) * n));
  return page.evaluate((count) => new Promise((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

export async function items(page) { return page.evaluate(() => window.assess.items()); }

// The widget with this key, scrolled into view; throws with the keys on screen when there is none.
// ImGui reports only the widgets it draws, so an off-screen one is found as a person finds it: by
// scrolling each column with the mouse wheel (from the top down) until it appears.
export async function find(page, key) {
  const visible = async () => {
    const list = await items(page);
    return { item: list.find((i) => i.key === key && i.visible), list };
  };
  let { item, list } = await visible();
  if (item) return item;
  const size = page.viewportSize();
  for (const x of [size.width * 0.3, size.width * 0.75, size.width * 0.5]) {
    await page.mouse.move(x, size.height * 0.6);
    await page.mouse.wheel(0, -20000);
    await frames(page, 3);
    let previous = '';
    for (let step = 0; step < 40; step++) {
      ({ item, list } = await visible());
      if (item) return item;
      const snapshot = JSON.stringify(list.map((i) => [i.key, i.y]));
      if (snapshot === previous) break;  // this column no longer moves
      previous = snapshot;
      await page.mouse.wheel(0, size.height * 0.5);
      await frames(page, 3);
    }
  }
  throw new Error(`no visible widget "${key}"; on screen: ${list.filter((i) => i.visible).map((i) => i.key).join(', ')}`);
}

// Hover, then press, a frame or two apart, as a hand does: ImGui counts a press only on a widget that was
// already hovered, so moving and pressing in one frame can miss a widget that has just appeared.
async function pressOn(page, key) {
  const it = await find(page, key);
  await page.mouse.move(it.x + it.w / 2, it.y + it.h / 2);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
}

// Hover, press, release.
export async function click(page, key) {
  await pressOn(page, key);
  await page.mouse.up();
  await settled(page);
}

// A wipe ends in a page reload (docs/modes.md, "A clean slate"): presses the button with the mouse and waits
// for the fresh page to be ready (click() would evaluate in the page while it goes away).
export async function pressThenReload(page, key) {
  await pressOn(page, key);
  await Promise.all([page.waitForEvent('load', { timeout: 30000 }), page.mouse.up()]);
  await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
}

// From the start page to the first key-technology project of step 3, with every condition of step 1 met: where
// a test gives a visitor's project a name.
export async function walkToFirstProject(page) {
  await click(page, 'start');
  for (const g of ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou']) await click(page, `q:${g}:yes`);
  await click(page, 'nav:next');
  await click(page, 'activity:key_tech');
  await click(page, 'nav:next');
  await click(page, 'add:answers.key_tech_projects');
}

// Clicks a text field, selects what is in it, and types (through the IME text agent, as a keyboard would).
export async function type(page, key, text) {
  await click(page, key);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 15000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settled(page);
}

// Waits until the app has nothing left to draw: every queued key and character applied (ImGui applies them a
// little per frame), the screen and the accessible mirror up to date, nothing moving. A count of frames was
// not enough on a loaded machine. The app reports it (window.assess.status().settled: its loop is asleep).
export async function settled(page) {
  await page.waitForFunction(() => window.assess.status().settled, null, { timeout: 30000, polling: 'raf' });
}

export async function screenshot(page, path) {
  await frames(page, 2);
  await page.screenshot({ path });
}

// --- A finger -------------------------------------------------------------------------------------------------
// Touch input goes through Chromium's touch pipeline (page.touchscreen, CDP Input.dispatchTouchEvent) in a
// context made with hasTouch: true, so the app sees touch Pointer Events, as from a phone or a kiosk screen.

async function touchSession(page) {
  if (!page.touchCdp) page.touchCdp = await page.context().newCDPSession(page);
  return page.touchCdp;
}

// Puts a finger down at (x, y), moves it by (dx, dy) in `steps` moves one frame apart, rests it (so nothing
// flies on after it is lifted, unless `fling`), and lifts it. CSS pixels.
export async function swipe(page, x, y, dx, dy, { steps = 8, fling = false } = {}) {
  const cdp = await touchSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await frames(page, 2);
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps }] });
    await frames(page, 1);
  }
  if (!fling) await frames(page, 12);  // more than the 100 ms over which the app measures a finger's speed
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(page, 4);
}

// The widget with this key, brought into view as a person with a finger would: swiping each column (from the
// top down) until it appears.
export async function findByTouch(page, key) {
  const visible = async () => {
    const list = await items(page);
    return { item: list.find((i) => i.key === key && i.visible), list };
  };
  let { item, list } = await visible();
  if (item) return item;
  const size = page.viewportSize();
  const columns = size.width >= 820 ? [size.width * 0.25, size.width * 0.78] : [size.width * 0.5];
  const snapshotOf = (l) => JSON.stringify(l.map((i) => [i.key, Math.round(i.y)]));
  for (const x of columns) {
    for (let k = 0, last = ''; k < 8; k++) {  // to the top: until the column no longer moves
      ({ item, list } = await visible());
      if (item) return item;
      if (snapshotOf(list) === last) break;
      last = snapshotOf(list);
      await swipe(page, x, size.height * 0.3, 0, size.height * 0.45, { steps: 4 });
    }
    let previous = '';
    for (let step = 0; step < 40; step++) {
      ({ item, list } = await visible());
      if (item) return item;
      const snapshot = snapshotOf(list);
      if (snapshot === previous) break;  // this column no longer moves
      previous = snapshot;
      await swipe(page, x, size.height * 0.7, 0, -size.height * 0.35, { steps: 6 });
    }
  }
  throw new Error(`no visible widget "${key}" by touch; on screen: ${list.filter((i) => i.visible).map((i) => i.key).join(', ')}`);
}

// A tap on the widget with this key (swiped into view first), then the frames ImGui needs to act on it.
export async function tap(page, key) {
  const it = await findByTouch(page, key);
  await page.touchscreen.tap(it.x + it.w / 2, it.y + it.h / 2);
  await frames(page, 6);
  // Then until the app has acted on it and drawn the outcome: six page frames were not always enough on a
  // loaded machine (two large kiosk screens drawn on the CPU at once).
  await settled(page);
  return it;
}

// Serves the app under a public-looking address (routed to the local test server), with config.json naming it
// as share_url: hand-over QR codes are only drawn for addresses a phone could open.
export async function servePublicly(context, localUrl, publicBase = 'https://assess.example/app/', config = {}) {
  await context.route(`${publicBase}**`, async (route) => {
    const url = new URL(route.request().url());
    const local = new URL(url.pathname.slice(new URL(publicBase).pathname.length) + url.search, localUrl);
    // A font subset may still be on its way when a test closes its page: the request ends with it.
    await route.fetch({ url: local.href }).then((response) => route.fulfill({ response })).catch(() => {});
  });
  // Registered last, so it answers first (Playwright runs matching routes newest first), at either address.
  await context.route('**/config.json', (route) => route.fulfill({ json: { mode: 'standard', share_url: publicBase, ...config } }));
  return publicBase;
}
