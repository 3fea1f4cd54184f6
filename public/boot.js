// Starts the WebAssembly app: sizes the canvas for the screen, hands it the fonts, bridges files and the
// IME text agent, and publishes window.assess for the host page. Loaded before app.js (Emscripten's output).
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
  // The single-file build (cmake/make_single_file.py) carries its fonts and settings inside the page.
  const embedded = window.ASSESS_EMBEDDED || null;
  const args = [];

  // Settings: the URL first, then config.json next to index.html (docs/modes.md), then the defaults.
  function applySettings(config) {
    const get = (name, key) => params.has(name) ? params.get(name) : (config[key] !== undefined ? String(config[key]) : null);
    const lang = get('lang', 'lang');
    if (lang === 'en') args.push('--lang=en');
    if (params.get('storage') === 'off') args.push('--storage=off');
    const mode = modeOf(config);
    if (mode !== 'standard') args.push('--mode=' + mode);
    // Kiosk timers in seconds. The URL may shorten them (for tests); config.json may not go under the 20 s
    // that WCAG 2.2.1 gives a person to ask for more time.
    const idle = Number(get('idle', 'idle_seconds')), countdown = Number(get('countdown', 'countdown_seconds'));
    if (idle > 0) args.push('--idle=' + idle);
    if (countdown > 0 && (params.has('countdown') || countdown >= 20)) args.push('--countdown=' + countdown);
    else if (countdown > 0) console.warn('config.json: countdown_seconds must be at least 20; using the default');
    // Hand-over links point at the public address of the tool (a kiosk's own address is no use to a phone).
    const base = typeof config.share_url === 'string' && /^https?:\/\//.test(config.share_url) ? config.share_url
      : location.protocol === 'file:' ? 'file:' : location.origin + location.pathname;
    args.push('--share-base=' + base);
    const code = shareCode();
    if (code) args.push('--share=' + code);
    // The device in hand: a phone or a tablet (a finger is its only pointer) keeps or sends the estimate
    // itself, with the system share sheet where there is one, instead of showing a QR code of its own screen.
    const fine = matchMedia('(any-pointer: fine)').matches;
    if (mode !== 'kiosk' && !fine && (matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0)) args.push('--handheld');
    if (typeof navigator.share === 'function') args.push('--share-sheet');
  }
  // Modes are these exact names. An installation that says "kiosk" stays a kiosk whatever the URL says (a
  // visitor must not turn the kiosk's wiping off with ?mode=standard); otherwise the URL may choose.
  const MODES = ['standard', 'kiosk', 'advisor'];
  function modeOf(config) {
    if (config.mode === 'kiosk') return 'kiosk';
    return params.has('mode') ? params.get('mode') : (config.mode || 'standard');
  }
  // What is wrong with the settings, or '' (docs/modes.md: config.json fails closed). A config.json that is
  // missing, is not a JSON object, or names no mode or an unknown one stops the app with a visible error,
  // rather than running as a website with autosave where a kiosk was meant.
  function configProblem(config, fetched) {
    if (!config || typeof config !== 'object' || Array.isArray(config)) return 'config.json is not a JSON object';
    if (fetched && config.mode === undefined) return 'config.json has no "mode"';
    if (config.mode !== undefined && !MODES.includes(config.mode))
      return 'config.json: unknown mode ' + JSON.stringify(config.mode) + ' (use one of: ' + MODES.join(', ') + ')';
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
      return r.json().catch(() => { throw new Error('config.json is not valid JSON'); });
    });
  const settings = config.then((c) => {
    const why = configProblem(c, !embedded);
    if (why) throw new Error(why);
    return c;
  });

  // The app draws only when something changed (docs/ARCHITECTURE.md, "The frame loop"): every event that may
  // change the screen wakes it, seen here first (capture phase on window), before GLFW's and ImGui's handlers.
  let running = false;
  const wake = () => { if (running) Module._app_wake(); };
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
      // fetched, one after the other, each handed to the app as it arrives (body[data-fonts] says which is in
      // last); loading is complete when the full one is in (body[data-fonts="full"]).
      const whenReady = new MutationObserver(async () => {
        if (document.body.dataset.ready !== '1') return;
        whenReady.disconnect();
        for (const name of FONTS.slice(FONTS.indexOf(firstFont) + 1)) {
          try {
            const bytes = await fetchBytes('fonts/' + name);
            Module.fonts[name] = new Uint8Array(bytes);
            Module._app_fonts_ready();
            document.body.dataset.fonts = name.replace('.otf', '');
          } catch (e) {}  // without it, characters the fonts in lack are drawn from the device's fonts
        }
      });
      whenReady.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
    },
    printErr: (text) => console.warn(text),
    onAbort: fail,
  };

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

  // The accessible mirror: the canvas is invisible to screen readers, so what it shows is mirrored here as
  // DOM — a heading, the widgets as buttons and checkboxes that act on the canvas, and the results in an
  // aria-live region — whenever the app publishes a change (ui/accessible_mirror.cpp).
  const mirror = document.getElementById('a11y');
  const live = document.getElementById('a11y-results');
  window.assessMirror = function (model) {
    const list = document.createElement('ul');
    for (const item of model.items) {
      const li = document.createElement('li');
      if (item.role === 'field') {
        li.textContent = item.text;
      } else {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = item.text;
        b.dataset.key = item.key;
        if (item.role === 'choice') { b.setAttribute('role', 'checkbox'); b.setAttribute('aria-checked', String(item.checked)); }
        if (item.focused) b.setAttribute('aria-current', 'true');  // where the keyboard is on the canvas
        b.addEventListener('click', () => callString(Module._app_activate, item.key));
        li.appendChild(b);
      }
      list.appendChild(li);
    }
    const heading = document.createElement('h1');
    heading.textContent = model.title;
    mirror.lang = model.lang === 'zh' ? 'zh-CN' : 'en';
    mirror.replaceChildren(heading, list);
    const text = model.results.join('\n');
    if (live.dataset.text !== text) {
      live.dataset.text = text;
      live.replaceChildren(...model.results.map((r) => { const p = document.createElement('p'); p.textContent = r; return p; }));
    }
  };

  // "Open answers": the picked file's text goes to the app, which validates it before using it.
  document.getElementById('file-input').addEventListener('change', (e) => {
    const file = e.target.files && e.target.files[0];
    e.target.value = '';  // the input forgets the file: the next person cannot read it back from the page
    if (!file) return;
    // The raw bytes, not file.text(): decoding would silently turn invalid UTF-8 into U+FFFD and a corrupt
    // file would pass; the app's parser reports it, with its position. At most the limit and one byte more
    // are read: a larger file is refused by the reader as too large without being read whole.
    file.slice(0, PROFILE_LIMIT + 1).arrayBuffer().then((buffer) => {
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
  // Each load asks for a newer build at once (sw.js is never taken from the HTTP cache): a new worker installs
  // beside this page and serves the next load — for a kiosk, the reload after a wipe. ?sw=off removes the
  // worker. A failed check (sw.js missing, a network error) says so in the console instead of going quiet.
  if (!embedded && 'serviceWorker' in navigator && params.get('sw') === 'off') {
    navigator.serviceWorker.getRegistrations()
      .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
      .then((removed) => { if (removed.length) console.warn('?sw=off: the offline cache worker is removed'); });
  } else if (!embedded && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' })
      .then((registration) => {
        registration.update().catch((e) => console.warn('offline cache: the check for a new build failed: ' + e));
        return navigator.serviceWorker.ready;
      })
      .then(() => { document.body.dataset.offline = 'ready'; })  // every file cached: works with no network now
      .catch((e) => console.warn('offline cache unavailable: ' + e));
  }
})();
