// Starts the WebAssembly app: sizes the canvas for the screen, hands it the fonts, bridges files and the
// IME text agent, and publishes window.assess for the host page. Loaded before app.js (Emscripten's output).
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
  // The single-file build (cmake/make_single_file.py) carries its fonts and settings inside the page.
  const embedded = window.ASSESS_EMBEDDED || null;
  const args = [];

  // Settings (docs/modes.md, "config.json"): config.json next to index.html, validated key by key; then the
  // URL, which may choose the language, the mode and the service worker, except where the config names a kiosk:
  // a kiosk installation is set by its config alone (a visitor's ?mode=standard or ?sw=off changes nothing).
  // The kiosk's timers come from config.json only. The single file has no config.json: its URL decides.
  const MODES = ['standard', 'kiosk', 'advisor'];
  const kioskByConfig = (config) => config.mode === 'kiosk';
  function modeOf(config) {
    if (kioskByConfig(config)) return 'kiosk';
    return params.has('mode') ? params.get('mode') : (config.mode || 'standard');
  }
  function applySettings(config) {
    const lang = shell.chosenLang ? shell.lang : params.has('lang') ? params.get('lang') : config.lang;
    if (lang === 'en') args.push('--lang=en');
    // The single file keeps no answers in storage: every file:// page shares one localStorage in Chromium, so any
    // local page could read them. Saving and opening a file is how its answers are kept (docs/modes.md).
    if (storageOff) args.push('--storage=off');
    const mode = modeOf(config);
    if (mode !== 'standard') args.push('--mode=' + mode);
    if (config.idle_seconds !== undefined) args.push('--idle=' + config.idle_seconds);
    if (config.countdown_seconds !== undefined) args.push('--countdown=' + config.countdown_seconds);
    for (const name of ['idle', 'countdown'])
      if (params.has(name)) console.warn(`?${name}= is not read: the kiosk's timers come from config.json (docs/modes.md)`);
    if (kioskByConfig(config) && params.has('mode') && params.get('mode') !== 'kiosk')
      console.warn('?mode= is not read: config.json makes this installation a kiosk');
    // Hand-over links point at the public address of the tool (a kiosk's own address is no use to a phone).
    const base = config.share_url ? config.share_url : location.protocol === 'file:' ? 'file:' : location.origin + location.pathname;
    args.push('--share-base=' + base);
    const code = shareCode();
    if (code) args.push('--share=' + code);
    // The device in hand: a phone or a tablet (a finger is its only pointer) keeps or sends the estimate
    // itself, with the system share sheet where there is one, instead of showing a QR code of its own screen.
    const fine = matchMedia('(any-pointer: fine)').matches;
    if (mode !== 'kiosk' && !fine && (matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0)) args.push('--handheld');
    if (typeof navigator.share === 'function') args.push('--share-sheet');
  }
  // What each key of config.json may hold ('' when the value is right, else what is wrong with it). Any other
  // key is an error too: a misspelt "idle_secs" must not leave a kiosk on the default without a word.
  const wholeSeconds = (min, max) => (v) => Number.isInteger(v) && v >= min && v <= max ? ''
    : `must be a whole number of seconds from ${min} to ${max}`;
  const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
  function shareUrlProblem(v) {
    if (typeof v !== 'string') return 'must be a string: the tool\'s public https: address, or "" for this page\'s own';
    if (v === '') return '';
    let url;
    try { url = new URL(v); } catch (e) { return 'is not an address'; }
    if (url.username || url.password) return 'must not hold a user name or password';
    if (v.includes('#')) return 'must not have a "#" part (hand-over codes go there)';
    if (url.protocol === 'https:') return '';
    // http: only where no phone could be sent: a test on this machine.
    if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return '';
    return 'must be an https: address (http: only for a local test on localhost or 127.0.0.1)';
  }
  const CONFIG_KEYS = {
    about: (v) => typeof v === 'string' ? '' : 'must be a string (a note for people)',
    mode: (v) => MODES.includes(v) ? '' : `must be one of ${MODES.join(', ')} (exactly so, lower case)`,
    lang: (v) => v === 'zh' || v === 'en' ? '' : 'must be "zh" or "en"',
    share_url: shareUrlProblem,
    idle_seconds: wholeSeconds(10, 3600),
    countdown_seconds: wholeSeconds(20, 300),
  };
  // The first key an object of this (valid) JSON text holds twice, or undefined: JSON.parse keeps the last one
  // silently, so {"mode": "kiosk", …, "mode": "standard"} would run a kiosk as the public website.
  function duplicateKey(text) {
    const objects = [];  // the keys seen in each open object (null for an array)
    for (let i = 0; i < text.length; ++i) {
      const c = text[i];
      if (c === '{') objects.push(new Set());
      else if (c === '[') objects.push(null);
      else if (c === '}' || c === ']') objects.pop();
      else if (c === '"') {
        let end = i + 1;
        while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
        const token = text.slice(i, end + 1);
        i = end;
        while (' \t\r\n'.includes(text[end + 1])) ++end;
        if (text[end + 1] !== ':') continue;  // a value, not a key
        const key = JSON.parse(token), keys = objects[objects.length - 1];
        if (keys.has(key)) return key;
        keys.add(key);
      }
    }
    return undefined;
  }
  // What is wrong with the settings, or '' (docs/modes.md: config.json fails closed). A config.json that is
  // missing, is not one JSON object, repeats a key, has a key it should not or a value out of its range, or
  // names no mode, stops the app with a visible error naming the key, rather than running as a website with
  // autosave where a kiosk was meant.
  function configProblem(config, fetched) {
    if (fetched) {
      if (config.mode === undefined) return 'config.json has no "mode"';
      for (const [key, value] of Object.entries(config)) {
        if (!Object.hasOwn(CONFIG_KEYS, key))
          return `config.json: unknown key ${JSON.stringify(key)} (known: ${Object.keys(CONFIG_KEYS).join(', ')})`;
        const why = CONFIG_KEYS[key](value);
        // (1e400 is read as Infinity, which JSON would write as null)
        if (why) return `config.json: ${key} ${why}; it is ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`;
      }
    }
    if (!MODES.includes(modeOf(config)))
      return 'unknown mode ' + JSON.stringify(modeOf(config)) + ' in the address (use one of: ' + MODES.join(', ') + ')';
    return '';
  }
  function configError(why) {
    const div = document.createElement('div');
    div.id = 'config-error';
    div.setAttribute('role', 'alert');
    div.textContent = '配置错误,本机暂停使用,请联系管理员。\nConfiguration error: this installation is stopped; ' +
      'please tell the staff.\n\n' + why;
    document.body.appendChild(div);
    document.body.dataset.configError = '1';
  }
  function readConfig(text) {
    let config;
    try { config = JSON.parse(text); } catch (e) { throw new Error('config.json is not valid JSON: ' + e.message); }
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error('config.json is not a JSON object');
    const twice = duplicateKey(text);
    if (twice !== undefined) throw new Error(`config.json: the key ${JSON.stringify(twice)} appears more than once`);
    return config;
  }
  // A hand-over code: everything after "#p=" (a damaged code is shown its error, never silently ignored).
  // The fragment is removed from the address bar once read, so a reload or "clear my data" cannot bring the
  // answers back.
  function shareCode() {
    if (!location.hash.startsWith('#p=')) return '';
    const code = location.hash.slice(3, 3 + PROFILE_LIMIT + 1);
    history.replaceState(null, '', location.pathname + location.search);
    return code || ' ';
  }
  // core/input_limits.hpp kMaxProfileBytes: no more than this (and one byte to tell) ever enters the wasm heap.
  const PROFILE_LIMIT = 1 << 20;
  const config = embedded ? Promise.resolve(embedded.config || {})
    : fetch('config.json', { cache: 'no-cache' }).then((r) => {
      if (!r.ok) throw new Error('config.json: HTTP ' + r.status);
      return r.text().then(readConfig);
    });
  const settings = config.then((c) => {
    const why = configProblem(c, !embedded);
    if (why) throw new Error(why);
    return c;
  });

  // The app shell (cmake/make_app_shell.py): the start page as HTML, in the page's language, until the canvas
  // draws its first frame (app.css hides it then), laid out as the app draws it so nothing moves at the hand-over.
  // Not for a kiosk (its layout is the app's own, enlarged) nor a hand-over link (which opens on its results): a
  // spinner shows there. A tap on it is not lost: 开始测算 (or "continue") is passed to the app once it runs, the
  // language button switches the shell and the language the app starts in, "open answers" opens the file chooser
  // now (the file reaches the app once it runs).
  const shell = { lang: params.get('lang') === 'en' ? 'en' : 'zh', chosenLang: false, key: '' };
  const root = document.documentElement;
  const opensOnResults = location.hash.startsWith('#p=');  // a hand-over link: the app opens on its results
  function showShell(mode) {
    if (mode === 'kiosk' || opensOnResults || document.body.dataset.ready === '1') { delete root.dataset.shell; return; }
    root.dataset.shellMode = mode;
    root.dataset.shell = shell.lang;
    // The header's title as the app shows it: in full, else short, else none, whichever fits.
    const name = document.querySelector(`.shell-lang[data-lang="${shell.lang}"] .shell-name`);
    if (!name) return;
    name.dataset.full = name.dataset.full || name.textContent;
    for (const text of [name.dataset.full, name.dataset.short, '']) {
      name.textContent = text;
      if (name.scrollWidth <= name.clientWidth) break;
    }
  }
  const storageOff = embedded || params.get('storage') === 'off';
  if (storageOff) root.dataset.shellNostore = '1';
  // Answers an earlier single file left in file:// storage, which every local page can read, are removed.
  if (embedded) {
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith('suzhou-ai-assess.')) localStorage.removeItem(key);
    } catch (e) {}
  }
  try {
    if (!storageOff && localStorage.getItem('suzhou-ai-assess.answers')) root.dataset.shellSaved = '1';
  } catch (e) {}
  showShell(params.get('mode') || 'standard');
  window.addEventListener('resize', () => { if (root.dataset.shell) showShell(root.dataset.shellMode); });
  const shellElement = document.getElementById('shell');
  if (shellElement) shellElement.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-key]');
    if (!button) return;
    const key = button.dataset.key;
    if (key.endsWith(':lang')) {
      shell.lang = shell.lang === 'en' ? 'zh' : 'en';
      shell.chosenLang = true;
      showShell(root.dataset.shellMode);
    } else if (key === 'header:open') {
      document.getElementById('file-input').click();
    } else {
      shell.key = key;
      button.setAttribute('aria-pressed', 'true');
    }
  });
  // Resolved once the app runs (its main() has returned and its loop starts with the next animation frame).
  let appStarted;
  const appRunning = new Promise((resolve) => { appStarted = resolve; });

  // The app draws only when something changed (docs/ARCHITECTURE.md, "The frame loop"): every event that may
  // change the screen wakes it, seen here first (capture phase on window), before GLFW's and ImGui's handlers.
  let running = false;
  let lastInput = -Infinity;
  const wake = () => {
    lastInput = performance.now();
    if (running) Module._app_wake();
  };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'mousedown', 'mousemove', 'mouseup',
    'wheel', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'keydown', 'keyup', 'compositionstart',
    'compositionupdate', 'compositionend', 'input', 'focus', 'blur', 'visibilitychange']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }

  // The canvas is CSS-sized to the window; its pixels follow devicePixelRatio so text stays sharp. Where an
  // on-screen keyboard shrinks only the visual viewport (iOS; Android by default), the canvas covers what is
  // visible of the page, not what the keyboard hides (see "the on-screen keyboard" below).
  function resize() {
    const dpr = Math.min(Math.max(window.devicePixelRatio || 1, 1), 3);
    const area = visibleArea();
    const w = Math.round(area.width * dpr), h = Math.round(area.height * dpr);
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    const inset = area.top > 0 || area.height < window.innerHeight - 1;
    canvas.style.top = inset ? area.top + 'px' : '';
    canvas.style.height = inset ? area.height + 'px' : '';
    wake();
  }
  // What of the page is on screen (CSS px): the visual viewport, unless the person has zoomed into it.
  function visibleArea() {
    const v = window.visualViewport;
    if (!v || Math.abs(v.scale - 1) > 0.01) return { top: 0, width: window.innerWidth, height: window.innerHeight };
    return { top: Math.max(0, v.offsetTop), width: window.innerWidth, height: Math.min(window.innerHeight, v.height) };
  }
  resize();
  window.addEventListener('resize', resize);
  // Zooming changes devicePixelRatio, not always with a resize event: watch the ratio itself.
  (function watchRatio() {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => { resize(); watchRatio(); }, { once: true });
  })();

  // Emscripten 3.1.6's GLFW (on the canvas) and ImGui's Emscripten wheel handler (on the document) register
  // wheel and touch listeners without {passive: false} and then call preventDefault() in them, which Chromium
  // refuses with a console error (document-level wheel listeners are passive by default). Their
  // registrations are made explicitly non-passive here, before app.js runs.
  function nonPassive(target) {
    const add = target.addEventListener.bind(target);
    target.addEventListener = function (type, listener, options) {
      // GLFW's touch listeners press the mouse button at the previous mouse position (it cannot read a touch's
      // position) and let the browser's compatibility mouse events press again: fingers take the pointer path
      // below instead, so GLFW's touch listeners are never registered.
      if (target === canvas && type.startsWith('touch')) return undefined;
      if (type === 'wheel' || type === 'mousewheel' || type.startsWith('touch')) {
        const capture = options === true || !!(options && options.capture);
        return add(type, listener, { capture, passive: false });
      }
      return add(type, listener, options);
    };
  }
  nonPassive(canvas);
  nonPassive(document);

  // Touch and pen: one pointer path (docs/ARCHITECTURE.md, "Touch"). The first finger's Pointer Events go to the
  // app (ui/touch_input), which makes a tap one press and one release where it landed, a drag a scroll, and
  // ignores further fingers. preventDefault on them stops the browser's compatibility mouse events, text
  // selection by long press and the browser's own panning and zooming (with touch-action: none in app.css).
  // Mouse events that still arrive right after a touch (boundary events) are kept from GLFW too.
  let lastTouch = -Infinity;
  const touchPhase = { pointerdown: 0, pointermove: 1, pointerup: 2, pointercancel: 3 };
  function onPointer(e) {
    if (e.pointerType === 'mouse') return;
    e.preventDefault();
    lastTouch = performance.now();
    if (!e.isPrimary || document.body.dataset.ready !== '1') return;  // the app draws from its second frame on
    if (e.type === 'pointerdown') canvas.setPointerCapture(e.pointerId);  // a finger leaving the canvas still counts
    const r = canvas.getBoundingClientRect();
    Module._app_touch(touchPhase[e.type], e.pointerId, e.clientX - r.left, e.clientY - r.top);
  }
  for (const type of Object.keys(touchPhase)) canvas.addEventListener(type, onPointer, { passive: false });
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'mouseenter', 'mouseleave', 'mouseover', 'mouseout']) {
    canvas.addEventListener(type, (e) => { if (performance.now() - lastTouch < 1000) e.stopImmediatePropagation(); }, true);
  }
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());  // a long press opens no menu over the app

  // The single file has no server to fetch from (its CSP says connect-src 'none'): its wasm and fonts are
  // inside it, in base64.
  const embeddedBytes = (name) => {
    const text = atob(embedded.files[name]), bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
  };
  const fetchBytes = (url) => {
    if (embedded && embedded.files && embedded.files[url]) return Promise.resolve(embeddedBytes(url));
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.arrayBuffer();
    });
  };
  // The first frame needs only the start page's characters (fonts/start.otf, in both languages and every mode);
  // the other subsets follow it. A hand-over link opens on its results, so it starts with every character of
  // the app (fonts/initial.otf).
  const FONTS = ['start.otf', 'initial.otf', 'full.otf'];
  const firstFont = location.hash.startsWith('#p=') ? 'initial.otf' : 'start.otf';
  const firstFontBytes = fetchBytes('fonts/' + firstFont);

  function fail(e) {
    const div = document.createElement('div');
    div.id = 'load-error';
    div.textContent = '加载失败,请刷新页面重试。\nThe estimator failed to load; please reload the page.\n\n' + e;
    document.body.appendChild(div);
  }

  window.Module = {
    canvas,
    // Given the wasm, the runtime compiles it without fetching anything.
    wasmBinary: embedded && embedded.files && embedded.files['app.wasm'] ? embeddedBytes('app.wasm') : undefined,
    arguments: args,
    // The font files received so far, by name: the app copies them into its memory when it builds its fonts.
    fonts: {},
    preRun: [function () {
      Module.addRunDependency('config');
      // A bad configuration keeps the dependency: the app never starts, and the error stays on screen.
      settings.then((c) => { applySettings(c); Module.removeRunDependency('config'); }).catch((e) => configError(e.message));
      Module.addRunDependency('initial-font');
      firstFontBytes.then((bytes) => {
        Module.fonts[firstFont] = new Uint8Array(bytes);
        Module.removeRunDependency('initial-font');
      }).catch(fail);
    }],
    onRuntimeInitialized() {
      running = true;
      publishApi();
      // A hand-over link opened while the app runs: the fragment changed, the page did not reload.
      window.addEventListener('hashchange', () => { const c = shareCode(); if (c) callString(Module._app_open_share, c); });
      // The rest of the fonts is not needed for the first frame: once the app shows, the initial subset (every
      // character of the policy and the UI) and then the full one (common hanzi for names people type) are
      // fetched, one after the other, each handed to the app once it has arrived and the app is idle
      // (body[data-fonts] says which is in last); loading is complete when the full one is in
      // (body[data-fonts="full"]).
      const whenReady = new MutationObserver(async () => {
        if (document.body.dataset.ready !== '1') return;
        whenReady.disconnect();
        // Downloaded one after the other (the smaller, needed sooner, first), whether or not the app has taken the
        // one before yet.
        const names = FONTS.slice(FONTS.indexOf(firstFont) + 1);
        let previous = Promise.resolve();
        const downloads = names.map((name) => (previous = previous.catch(() => {}).then(() => fetchBytes('fonts/' + name))));
        downloads.forEach((d) => d.catch(() => {}));  // a failure is handled below, when its turn comes
        for (const [i, name] of names.entries()) {
          try {
            const bytes = await downloads[i];
            await appQuiet();
            Module.fonts[name] = new Uint8Array(bytes);
            Module._app_fonts_ready();
            document.body.dataset.fonts = name.replace('.otf', '');
          } catch (e) {}  // without it, characters the fonts in lack are drawn from the device's fonts
        }
        document.body.dataset.fontsDone = '1';  // what loading fetches is in (or failed): the offline cache may start
      });
      whenReady.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
    },
    postRun() {
      appStarted();
      // What the visitor did in the app shell meanwhile: the language chosen after the app had its settings, and
      // 开始测算 or "continue", pressed in the app as the mirror's buttons are.
      if (shell.chosenLang) callString(Module._app_set_lang, shell.lang);
      if (shell.key) callString(Module._app_activate, shell.key);
    },
    printErr: (text) => console.warn(text),
    onAbort: fail,
  };

  // A font subset that arrives while the visitor taps or types waits until the app is idle: the app rebuilds its
  // atlas with it, a frame of ~35 ms here (~140 ms on a slow phone) that would hold up what the tap shows (on the
  // first visit it arrives just as the first tap comes). It waits 3 s at most.
  const QUIET_MS = 300, LONGEST_WAIT_MS = 3000;
  function appQuiet() {
    const since = performance.now();
    return new Promise((resolve) => {
      const check = () => {
        const now = performance.now();
        if (now - since >= LONGEST_WAIT_MS || (now - lastInput >= QUIET_MS && window.assess.status().settled)) resolve();
        else setTimeout(check, 100);
      };
      check();
    });
  }

  // Strings in and out of the wasm heap.
  function callString(fn, ...strings) {
    const ptrs = strings.map((s) => {
      const n = Module.lengthBytesUTF8(s) + 1, p = Module._malloc(n);
      Module.stringToUTF8(s, p, n);
      return p;
    });
    const out = fn(...ptrs);
    ptrs.forEach((p) => Module._free(p));
    return out;
  }
  function takeString(ptr) {
    const s = Module.UTF8ToString(ptr);
    Module._free(ptr);
    return s;
  }

  function publishApi() {
    window.assess = Object.freeze({
      version: '0.1.0',
      evaluate(profileJson, lang) {
        // Over the limit is refused by the reader; what it is sent stays bounded (limit + 1 characters).
        const text = String(typeof profileJson === 'string' ? profileJson : JSON.stringify(profileJson)).slice(0, PROFILE_LIMIT + 1);
        return JSON.parse(takeString(callString(Module._assess_evaluate, text, lang === 'en' ? 'en' : 'zh')));
      },
      policy() { return JSON.parse(Module.UTF8ToString(Module._assess_policy())); },
      // The answers and the result on screen now (used by the browser tests).
      currentProfile() { return JSON.parse(takeString(Module._app_profile())); },
      currentResult() { return JSON.parse(takeString(Module._app_result())); },
      // Where each widget is (CSS pixels), by its stable key: the browser tests drive the canvas with these.
      items() { return JSON.parse(takeString(Module._app_items())); },
      // Frame and re-evaluation times measured inside the app (bench/web-budget.mjs reads them).
      timings() { return JSON.parse(takeString(Module._app_timings())); },
      reveal(key) { callString(Module._app_reveal, key); },
      // Screen, mode, kiosk warning and advisor enterprises (for the browser tests).
      status() { return JSON.parse(takeString(Module._app_status())); },
    });
  }

  // The accessible mirror (docs/ARCHITECTURE.md, "The accessible mirror"): the canvas is invisible to assistive
  // technology, so what it shows is kept here as real DOM — landmarks and headings, texts, and each widget as the
  // control it is (button, checkbox, a radio of a group named by its question, a labelled text box with its value
  // and error). The DOM has the keyboard: Tab moves the focus here and the canvas draws its ring on the same
  // widget; a control used presses its widget as a keyboard would; text typed goes to the field. Each model the app
  // publishes (ui/accessible_mirror.cpp) updates only the nodes that changed, keyed by widget key, so the focused
  // control and a screen reader's place survive every answer. The result is announced once per change.
  const mirror = document.getElementById('a11y');
  const live = document.getElementById('a11y-results');
  const toastRegion = document.getElementById('a11y-status');
  const el = (tag, attrs = {}) => { const e = document.createElement(tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
  const landmarks = {
    header: el('header'), main: el('main'), steps: el('nav'), footer: el('nav'), results: el('section'),
    dialog: el('div', { role: 'dialog', 'aria-modal': 'true', hidden: '' }), title: el('h1'), list: {},
  };
  landmarks.main.append(landmarks.title, landmarks.steps, el('div', { 'data-slot': 'main' }), landmarks.footer);
  mirror.replaceChildren(landmarks.header, landmarks.main, landmarks.results, landmarks.dialog);
  mirror.hidden = true;  // until the app's first model: meanwhile the app shell is the page
  const slot = { header: landmarks.header, steps: landmarks.steps, main: landmarks.main.querySelector('[data-slot]'),
    footer: landmarks.footer, results: landmarks.results, dialog: landmarks.dialog };
  let ids = 0;
  const idOf = (e) => e.id || (e.id = 'm' + (++ids));
  const press = (key) => callString(Module._app_activate, key);
  let focusFromApp = false;  // a focus the app asked for: not sent back to it
  // What the DOM did that the app has not shown yet: models published before it reached the app are stale for
  // those controls (a radio checked here, the focus moved here), and must not undo it. Each waits until a model
  // shows it, or gives up after some models (the app refused it: its state wins).
  const WAIT_MODELS = 20;
  const awaited = new Map();  // 'g:<group>' → the radio checked, or a checkbox's key → its state
  let awaitedFocus = null;
  function onFocus(e) {
    const key = e.target.dataset && e.target.dataset.key;
    if (!key || focusFromApp) return;
    awaitedFocus = { key, left: WAIT_MODELS };
    callString(Module._app_focus, key);
  }
  function onToggle(input) {
    const radio = input.type === 'radio';
    awaited.set(radio ? 'g:' + input.name : input.dataset.key, { key: input.dataset.key, checked: input.checked, left: WAIT_MODELS });
    press(input.dataset.key);
  }
  // Drops what the model now shows, or has waited for long enough.
  function settleAwaited(model) {
    const state = new Map(model.nodes.filter((n) => n.r === 'radio' || n.r === 'checkbox').map((n) => [n.k, !!n.c]));
    for (const [k, want] of awaited) if (state.get(want.key) === want.checked || --want.left <= 0) awaited.delete(k);
    if (awaitedFocus && (model.focus === awaitedFocus.key || --awaitedFocus.left <= 0)) awaitedFocus = null;
  }

  // One node of the model as DOM. Controls carry their widget's key; texts are plain elements.
  function makeNode(n) {
    let e;
    if (n.r === 'button' || n.r === 'step') {
      e = el('button', { type: 'button' });
      e.addEventListener('click', () => { if (e.getAttribute('aria-disabled') !== 'true') press(n.k); });
    } else if (n.r === 'checkbox' || n.r === 'radio') {
      e = el('label');
      const input = el('input', { type: n.r });
      input.addEventListener('change', () => onToggle(input));
      e.append(input, el('span'));
    } else if (n.r === 'textbox') {
      e = el('div');
      const label = el('label'), input = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
      const say = (v) => callString(Module._app_set_text, input.dataset.key, v);
      input.addEventListener('input', (ev) => { if (!ev.isComposing) say(input.value); });
      input.addEventListener('compositionend', () => say(input.value));
      label.append(el('span'), input);
      e.append(label, el('span', { hidden: '' }), el('span', { role: 'alert' }));
    } else if (n.r === 'heading') {
      e = el('h' + Math.min(6, Math.max(2, n.lv || 2)));
    } else if (n.r === 'li') {
      e = el('li');
    } else {
      e = el('p');
    }
    e.dataset.kind = n.r + (n.lv || '');
    return e;
  }
  const setAttr = (e, name, value) => {
    if (value === null || value === undefined || value === false) { if (e.hasAttribute(name)) e.removeAttribute(name); } else if (e.getAttribute(name) !== String(value)) e.setAttribute(name, String(value));
  };
  const setText = (e, text) => { if (e.textContent !== text) e.textContent = text; };
  function updateNode(e, n) {
    const name = n.n || n.t;
    if (n.r === 'button' || n.r === 'step') {
      e.dataset.key = n.k;
      setText(e, name);
      setAttr(e, 'aria-disabled', n.x ? 'true' : null);
      setAttr(e, 'aria-current', n.r === 'step' && n.c ? 'step' : null);
      setAttr(e, 'aria-description', n.d || null);
    } else if (n.r === 'checkbox' || n.r === 'radio') {
      const input = e.firstChild;
      input.dataset.key = n.k;
      if (n.r === 'radio') setAttr(input, 'name', n.g);
      if (!awaited.has(n.r === 'radio' ? 'g:' + n.g : n.k) && input.checked !== !!n.c) input.checked = !!n.c;
      setAttr(input, 'aria-disabled', n.x ? 'true' : null);
      setAttr(input, 'aria-description', n.d || null);
      setText(e.lastChild, name);
    } else if (n.r === 'textbox') {
      const [label, description, error] = e.children, input = label.lastChild;
      input.dataset.key = n.k;
      setText(label.firstChild, name);
      setAttr(input, 'inputmode', n.im === 'text' ? null : n.im);
      setAttr(input, 'enterkeyhint', 'next');
      // What is being typed stays as typed; the app's copy follows it.
      if (document.activeElement !== input && input.value !== (n.v || '')) input.value = n.v || '';
      setText(description, n.d || '');
      setText(error, n.e || '');
      setAttr(input, 'aria-invalid', n.e ? 'true' : null);
      const described = [n.d ? idOf(description) : '', n.e ? idOf(error) : ''].filter(Boolean).join(' ');
      setAttr(input, 'aria-describedby', described || null);
    } else {
      setText(e, n.t);
    }
  }
  // A group of radios (one question) or of checkboxes, and a run of bullets, are one element holding its nodes.
  function blocksOf(nodes) {
    const blocks = [];
    for (const n of nodes) {
      const last = blocks[blocks.length - 1];
      if (n.g && (n.r === 'radio' || n.r === 'checkbox')) {
        if (last && last.group === n.g) { last.nodes.push(n); continue; }
        blocks.push({ key: 'g:' + n.g, kind: n.r === 'radio' ? 'radiogroup' : 'group', group: n.g, name: n.gn, nodes: [n] });
      } else if (n.r === 'li') {
        if (last && last.kind === 'ul') { last.nodes.push(n); continue; }
        blocks.push({ key: 'ul:' + n.k, kind: 'ul', nodes: [n] });
      } else {
        blocks.push({ key: n.k, kind: n.r + (n.lv || ''), node: n });
      }
    }
    return blocks;
  }
  // Puts `items` into `parent` in order, reusing the element of each key (moved only when the order changed),
  // making the new ones and removing the ones gone: the DOM changes only where the screen did.
  function sync(parent, items, make, update) {
    const wanted = new Map(items.map((item) => [item.key, item.kind]));
    // The ones gone (or now of another kind) first: removing one never moves the others, so a focused control
    // stays where it is (a moved element loses the focus).
    for (const c of [...parent.children]) if (wanted.get(c.dataset.key) !== c.dataset.kind) c.remove();
    const old = new Map();
    for (const c of parent.children) old.set(c.dataset.key, c);
    let cursor = parent.firstElementChild;
    for (const item of items) {
      const e = old.get(item.key) || make(item);
      e.dataset.key = item.key;
      update(e, item);
      if (e === cursor) cursor = cursor.nextElementSibling; else parent.insertBefore(e, cursor);
    }
  }
  function makeBlock(b) {
    if (b.node) return makeNode(b.node);
    const e = el(b.kind === 'ul' ? 'ul' : 'div', b.kind === 'ul' ? {} : { role: b.kind });
    e.dataset.kind = b.kind;
    return e;
  }
  function updateBlock(e, b) {
    if (b.node) { updateNode(e, b.node); if (b.node.r !== 'checkbox' && b.node.r !== 'radio' && b.node.r !== 'textbox') e.dataset.key = b.key; return; }
    if (b.kind !== 'ul') setAttr(e, 'aria-label', b.name);
    sync(e, b.nodes.map((n) => ({ key: n.k, kind: n.r, node: n })), (i) => makeNode(i.node), (c, i) => updateNode(c, i.node));
  }

  let lastFocus = '', lastAnnounce = 0, lastToast = '', dialogKey = '', returnFocus = null;
  window.assessMirror = function (model) {
    mirror.hidden = false;
    settleAwaited(model);
    mirror.lang = model.lang === 'zh' ? 'zh-CN' : 'en';
    setText(landmarks.title, model.title);
    setAttr(landmarks.header, 'aria-label', model.labels.header);
    setAttr(landmarks.steps, 'aria-label', model.labels.steps);
    setAttr(landmarks.footer, 'aria-label', model.labels.footer);
    setAttr(landmarks.results, 'aria-label', model.labels.results);
    const by = { header: [], steps: [], main: [], footer: [], results: [], dialog: [] };
    for (const n of model.nodes) by[n.r === 'step' ? 'steps' : n.reg].push(n);
    for (const region of Object.keys(by)) sync(slot[region], blocksOf(by[region]), makeBlock, updateBlock);
    landmarks.steps.hidden = by.steps.length === 0;
    landmarks.footer.hidden = by.footer.length === 0;
    landmarks.results.hidden = by.results.length === 0;
    // A dialog: the rest of the page is inert while it is open; the focus goes into it and back when it closes.
    const dialog = model.dialog ? model.dialog.key : '';
    const d = landmarks.dialog;
    if (dialog) {
      setAttr(d, 'role', model.dialog.alert ? 'alertdialog' : 'dialog');
      const texts = [...d.querySelectorAll('h2,h3,p,li')];
      setAttr(d, 'aria-labelledby', texts[0] ? idOf(texts[0]) : null);
      setAttr(d, 'aria-describedby', texts.length > 1 ? texts.slice(1).map(idOf).join(' ') : null);
    }
    d.hidden = !dialog;
    for (const other of [landmarks.header, landmarks.main, landmarks.results]) other.inert = !!dialog;
    if (dialog && dialog !== dialogKey) {
      if (!dialogKey) returnFocus = document.activeElement;
      const first = d.querySelector(`input[data-key="${CSS.escape(model.focus)}"],button[data-key="${CSS.escape(model.focus)}"]`) ||
        d.querySelector('button,input');
      if (first) { focusFromApp = true; first.focus({ preventScroll: true }); focusFromApp = false; }
    } else if (!dialog && dialogKey && returnFocus && returnFocus.isConnected && mirror.contains(returnFocus)) {
      focusFromApp = true; returnFocus.focus({ preventScroll: true }); focusFromApp = false;
      returnFocus = null;
    }
    dialogKey = dialog;
    // The canvas moved its focus (a click, its own Tab): the DOM follows, unless a canvas field is being typed in.
    const active = document.activeElement;
    const mirrorHasFocus = mirror.contains(active) || active === document.body || active === canvas;
    if (model.focus && model.focus !== lastFocus && !model.editing && mirrorHasFocus && !awaitedFocus &&
        !(active && active.dataset && active.dataset.key === model.focus)) {
      const target = mirror.querySelector(`input[data-key="${CSS.escape(model.focus)}"],button[data-key="${CSS.escape(model.focus)}"]`);
      if (target && !target.closest('[inert]')) { focusFromApp = true; target.focus({ preventScroll: true }); focusFromApp = false; }
    }
    lastFocus = model.focus;
    if (model.announce.n !== lastAnnounce && model.announce.text) setText(live, model.announce.text);
    lastAnnounce = model.announce.n;
    if (model.toast !== lastToast && model.toast) setText(toastRegion, model.toast);
    lastToast = model.toast;
  };
  mirror.addEventListener('focusin', onFocus);
  // The mirror's keys are the DOM's (Tab, Space, arrows, typing): GLFW, registered after this on window, must not
  // also act on them (it cancels Tab, and would type into a canvas field). Escape closes the open dialog, as on
  // the canvas.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    window.addEventListener(type, (e) => {
      if (!mirror.contains(e.target)) return;
      e.stopImmediatePropagation();
      if (type === 'keydown' && e.key === 'Escape' && running) Module._app_escape();
    }, true);
  }

  // "Open answers": the picked file's text goes to the app, which validates it before using it.
  document.getElementById('file-input').addEventListener('change', (e) => {
    const file = e.target.files && e.target.files[0];
    e.target.value = '';  // the input forgets the file: the next person cannot read it back from the page
    if (!file) return;
    // The raw bytes, not file.text(): decoding would silently turn invalid UTF-8 into U+FFFD and a corrupt
    // file would pass; the app's parser reports it, with its position. At most the limit and one byte more
    // are read: a larger file is refused by the reader as too large without being read whole.
    Promise.all([file.slice(0, PROFILE_LIMIT + 1).arrayBuffer(), appRunning]).then(([buffer]) => {
      const bytes = new Uint8Array(buffer), p = Module._malloc(bytes.length + 1);
      Module.HEAPU8.set(bytes, p);
      callString((name) => Module._platform_file_bytes(name, p, bytes.length), file.name);
      Module._free(p);
    });
  });

  // The IME text agent (the design egui uses): while an ImGui text field is active, a 1-px input follows
  // the caret and holds the focus, so the system IME composes there; committed text goes to ImGui.
  const agent = document.getElementById('text-agent');
  let composing = false;
  agent.addEventListener('compositionstart', () => { composing = true; });
  agent.addEventListener('compositionend', (e) => {
    composing = false;
    if (e.data) callString(Module._app_text_input, e.data);
    agent.value = '';
  });
  agent.addEventListener('input', (e) => {
    if (composing || e.isComposing) return;
    if (e.data) callString(Module._app_text_input, e.data);
    agent.value = '';
  });
  // Printable keys reach ImGui through the input event above. GLFW listens for keypress on window in the
  // capture phase; this listener is registered first (boot.js runs before app.js), so it can stop them.
  window.addEventListener('keypress', (e) => { if (e.target === agent) e.stopImmediatePropagation(); }, true);
  // The field's keyboard (inputmode: a decimal pad for amounts, digits for counts, text for names) and its
  // Enter key ("next" while another field follows; Enter moves there in the app). A phone reads them when the
  // input is focused, so a change while focused refocuses it.
  window.assessTextAgent = function (active, x, y, h, mode, next) {
    if (active) {
      const r = canvas.getBoundingClientRect();
      agent.style.left = (r.left + x) + 'px';
      agent.style.top = (r.top + y + h) + 'px';
      const hint = next ? 'next' : 'done';
      const changed = agent.inputMode !== mode || agent.enterKeyHint !== hint;
      if (changed) { agent.inputMode = mode; agent.enterKeyHint = hint; }
      if (changed && document.activeElement === agent) agent.blur();
      if (document.activeElement !== agent) agent.focus({ preventScroll: true });
    } else if (document.activeElement === agent) {
      agent.blur();
    }
  };

  // The on-screen keyboard: while a field is edited and the visible height is well under what it was with no
  // field edited (at this width), the keyboard is up, and the app lets its footer and total bar step aside and
  // keeps the field in view; when the height comes back (or the edit ends), the layout comes back.
  const restHeight = {};  // the visible height with no field edited, by width
  let keyboardUp = false;
  function followKeyboard(e) {
    const area = visibleArea(), key = Math.round(area.width), typing = document.activeElement === agent;
    // At the blur the keyboard is still up: its height is no resting height.
    if (!typing) restHeight[key] = e && e.type === 'blur' ? Math.max(restHeight[key] || 0, area.height) : area.height;
    else if (!(key in restHeight)) restHeight[key] = area.height;
    const up = typing && area.height < restHeight[key] - 120;
    if (up !== keyboardUp && running) { keyboardUp = up; Module._app_keyboard(up ? 1 : 0); }
    resize();
  }
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', followKeyboard);
    window.visualViewport.addEventListener('scroll', followKeyboard);
  }
  window.addEventListener('resize', followKeyboard);
  agent.addEventListener('focus', followKeyboard);
  agent.addEventListener('blur', followKeyboard);
  followKeyboard();

  // Kiosk: full screen from the first touch (browsers allow it only from a user gesture), no long-press menu.
  settings.then((c) => {
    if (!params.has('lang') && !shell.chosenLang && c.lang) shell.lang = c.lang;
    showShell(modeOf(c));
    document.body.dataset.mode = modeOf(c);
    if (document.body.dataset.mode !== 'kiosk') return;
    const manifest = document.querySelector('link[rel="manifest"]');
    if (manifest) manifest.href = 'kiosk.webmanifest';
    window.addEventListener('contextmenu', (e) => e.preventDefault());
    window.addEventListener('pointerdown', () => {
      if (!document.fullscreenElement && document.documentElement.requestFullscreen)
        document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
    });
  }).catch(() => {});

  // Offline: a service worker keeps every file of this build (sw.js, generated with the build's version), so
  // after the first visit the app opens with no network. Not for the single file, which needs no server.
  // - First visit: registered only once the app is up, its fonts are in and the page is idle, so it never
  //   competes with the first frame; it then revalidates what the page loaded (304s), fetching little anew.
  // - Later visits (a worker controls the page): registered at once, which asks for a newer build (sw.js is
  //   never taken from the HTTP cache). A new build installs beside this page and takes over when its cache is
  //   complete: the next load is the new build's (for a kiosk, the reload after a wipe); this page says a new
  //   version is ready (not a kiosk's visitor: the kiosk reloads after each wipe).
  // - A failed check or install (sw.js missing, a file missing) is logged with the reason; the worker leaves
  //   no cache behind and the installed build keeps serving.
  // - ?sw=off removes the worker, except on a kiosk installation (its offline cache is what lets a wipe reload).
  function startOfflineCache(c) {
    const worker = navigator.serviceWorker;
    if (params.get('sw') === 'off' && !kioskByConfig(c)) {
      worker.getRegistrations()
        .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
        .then((removed) => { if (removed.length) console.warn('?sw=off: the offline cache worker is removed'); });
      return;
    }
    if (params.get('sw') === 'off') console.warn('?sw=off is not read: config.json makes this installation a kiosk');
    const controlled = worker.controller !== null;
    worker.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'install-failed') console.warn('offline cache: ' + e.data.reason);
    });
    worker.addEventListener('controllerchange', () => {
      if (controlled && modeOf(c) !== 'kiosk') showUpdateNotice();
    });
    const register = () => worker.register('sw.js', { updateViaCache: 'none' })
      .then((registration) => {
        registration.update().catch((e) => console.warn('offline cache: the check for a new build failed: ' + e));
        return worker.ready;
      })
      .then(() => { document.body.dataset.offline = 'ready'; })  // every file cached: works with no network now
      .catch((e) => console.warn('offline cache unavailable: ' + e));
    if (controlled) register();
    else whenSettledIn(register);
  }
  // Once the app shows, its fonts are in (or failed) and the main thread is idle.
  function whenSettledIn(then) {
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 0));
    if (document.body.dataset.fontsDone === '1') { idle(); return; }
    new MutationObserver((_, observer) => {
      if (document.body.dataset.fontsDone !== '1') return;
      observer.disconnect();
      idle();
    }).observe(document.body, { attributes: true, attributeFilter: ['data-fonts-done'] });
  }
  // "A new version is ready — reload to use it": a bar over the app with a reload button; what is on screen is
  // the old build until then.
  function showUpdateNotice() {
    if (document.getElementById('update-notice')) return;
    const bar = document.createElement('div');
    bar.id = 'update-notice';
    bar.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = '新版本已就绪,刷新以使用 · ';
    const en = document.createElement('span');
    en.lang = 'en';
    en.textContent = 'A new version is ready — reload to use it';
    text.appendChild(en);
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = '刷新 / Reload';
    reload.addEventListener('click', () => location.reload());
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', '关闭 / Close');
    close.addEventListener('click', () => bar.remove());
    bar.append(text, reload, close);
    document.body.appendChild(bar);
  }
  if (!embedded && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) settings.then(startOfflineCache).catch(() => {});
})();
