// A screen-reader user finishes the estimate alone (issue 22): only the page's accessibility tree (role and label
// locators) and the keyboard on the DOM — never the canvas, never window.assess. The walk: start, the five
// conditions, two activities, a project with a Chinese name and two amounts, the results, the report; the focus
// stays on the control just used after each answer; axe finds nothing on any screen or dialog; and the result
// heard is the CLI's for the same answers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

import { AxeBuilder } from '@axe-core/playwright';

import { launch } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = process.env.ASSESS_CLI || join(ROOT, 'build/native-debug/cli/assess');
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'ui/ui-strings.json'), 'utf8')).strings;
const POLICY = JSON.parse(readFileSync(join(ROOT, 'public/policies/suzhou-ai-2021.json'), 'utf8'));
const say = (key, lang, ...args) => args.reduce((s, a) => s.replace('{}', a), STRINGS[key][lang]);
const question = (id) => POLICY.questions.find((q) => q.id === id);
const field = (list, id) => question(list).fields.find((f) => f.id === id);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (s) => new RegExp(`^${escape(s)}$`);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Waits, by the DOM alone, until `check` (run in the page) holds.
const until = (page, check, arg) => page.waitForFunction(check, arg, { timeout: 20000, polling: 100 });
// The heading of the screen, as a screen reader's "go to heading 1" finds it.
const screenTitle = (page) => page.getByRole('heading', { level: 1 });
async function onScreen(page, title) {
  await until(page, (t) => { const h = document.querySelector('h1'); return h && h.textContent.startsWith(t); }, title);
}
// Presses a control with the keyboard, as a screen-reader user does: focus it, then Space (or Enter for buttons).
async function press(page, locator, key = 'Space') {
  await locator.focus();
  await page.keyboard.press(key);
}
// The control a screen reader is on is the one just used: DOM focus stays there after the app answered.
async function focusStaysOn(page, locator) {
  assert.ok(await locator.evaluate((e) => e === document.activeElement), 'the focus stayed on the control just used');
}
async function axeClean(page, where) {
  const result = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(result.violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`), []);
}

for (const lang of ['zh', 'en']) {
  test(`a screen-reader user finishes the estimate alone, with the keyboard on the DOM (${lang})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${URL_}?storage=off${lang === 'en' ? '&lang=en' : ''}`);
    await until(page, () => document.body.dataset.ready === '1' && document.querySelector('#a11y h1'));
    const t = (key, ...args) => say(key, lang, ...args);
    const L = (text) => text[lang];

    // The start page: the policy named by headings, the way in is a button.
    await onScreen(page, t('app_name'));
    assert.equal(await page.getByRole('banner').count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    await axeClean(page, 'start');
    await press(page, page.getByRole('button', { name: t('start') }), 'Enter');

    // The conditions: each a radio group named by its question.
    await onScreen(page, t('step_gates'));
    for (const gate of POLICY.gates) {
      const group = page.getByRole('radiogroup', { name: L(question(gate.question).label) });
      const yes = group.getByRole('radio', { name: t('yes') });
      await press(page, yes);
      await until(page, (key) => document.querySelector(`input[data-key="${key}"]`).checked, `q:${gate.question}:yes`);
      await focusStaysOn(page, yes);
    }
    await axeClean(page, 'gates');
    // Next, from the step's own navigation.
    await press(page, page.getByRole('navigation', { name: t('mirror_navigation') }).getByRole('button', { name: t('next') }), 'Enter');

    // Two activities, as checkboxes.
    await onScreen(page, t('step_activities'));
    for (const id of ['key_tech', 'talent']) {
      const box = page.getByRole('checkbox', { name: L(POLICY.activities.find((a) => a.id === id).label) });
      await press(page, box);
      await until(page, (key) => document.querySelector(`input[data-key="${key}"]`).checked, `activity:${id}`);
      await focusStaysOn(page, box);
    }
    await axeClean(page, 'activities');
    await press(page, page.getByRole('navigation', { name: t('mirror_navigation') }).getByRole('button', { name: t('next') }), 'Enter');

    // The details: a project with a Chinese name and two amounts, typed into labelled text boxes.
    await onScreen(page, t('step_details'));
    const projects = question('key_tech_projects');
    await press(page, page.getByRole('button', { name: t('add_item', L(projects.item_label)) }), 'Enter');
    const name = page.getByRole('textbox', { name: exactly(L(field('key_tech_projects', 'subject').label)) });
    await name.waitFor();
    await name.focus();
    await page.keyboard.insertText('视觉芯片检测平台');  // as an IME commits a composed phrase
    await until(page, (n) => [...document.querySelectorAll('#a11y button')].some((b) => b.textContent.includes(n)), '视觉芯片检测平台');
    await focusStaysOn(page, name);
    // The item's remove button says which item it removes.
    const itemTitle = `${t('item_title', L(projects.item_label), '1')}: 视觉芯片检测平台`;
    assert.equal(await page.getByRole('button', { name: t('remove_item_named', itemTitle) }).count(), 1);
    const inField = page.getByRole('checkbox', { name: L(field('key_tech_projects', 'key_field').label) });
    await press(page, inField);
    await until(page, () => document.querySelector('input[data-key="answers.key_tech_projects[0].key_field"]').checked);
    const costs = field('key_tech_projects', 'costs').fields;
    for (const [id, wan] of [['personnel', '200'], ['equipment_software', '300']]) {
      const box = page.getByRole('textbox', { name: t('amount_name', L(costs.find((f) => f.id === id).label)) });
      assert.equal(await box.getAttribute('inputmode'), 'decimal', 'an amount opens the numeric keyboard');
      await box.focus();
      await page.keyboard.type(wan);
      await focusStaysOn(page, box);
      assert.equal(await box.getAttribute('aria-invalid'), null);
    }
    // A refused spelling is said on the box itself (aria-invalid, its reason as the description), text kept.
    const personnel = page.getByRole('textbox', { name: t('amount_name', L(costs.find((f) => f.id === 'personnel').label)) });
    await personnel.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('.000');
    await until(page, (k) => document.querySelector(`input[data-key="${k}"]`).getAttribute('aria-invalid') === 'true',
      'answers.key_tech_projects[0].costs.personnel');
    assert.match(await personnel.evaluate((e) => e.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' ')),
      new RegExp(escape(t('num_ambiguous_point').slice(0, 8))));
    assert.equal(await personnel.inputValue(), '200.000');
    for (let i = 0; i < 4; ++i) await page.keyboard.press('Backspace');
    await until(page, (k) => !document.querySelector(`input[data-key="${k}"]`).hasAttribute('aria-invalid'), 'answers.key_tech_projects[0].costs.personnel');
    const training = page.getByRole('checkbox', { name: L(question('training_base').label) });
    await press(page, training);
    await until(page, () => document.querySelector('input[data-key="answers.training_base"]').checked);
    await focusStaysOn(page, training);
    await axeClean(page, 'details');

    // The same answers through the CLI: the result heard must be its result.
    const profile = {
      format: 'suzhou-ai-assess/profile@1', policy: POLICY.id,
      answers: {
        ...Object.fromEntries(POLICY.gates.map((g) => [g.question, true])),
        key_tech_projects: [{ subject: '视觉芯片检测平台', key_field: true, costs: { personnel: 2000000, equipment_software: 3000000 } }],
        training_base: true,
      },
    };
    const file = join(tmpdir(), `screen-reader-${lang}.json`);
    writeFileSync(file, JSON.stringify(profile));
    const cli = JSON.parse(execFileSync(CLI, ['--lang', lang, file], { encoding: 'utf8' }));
    const grouped = (n) => n.toLocaleString('en-US');
    // Heard at once, politely: the total of the result.
    await until(page, (text) => document.getElementById('a11y-results').textContent.includes(text), grouped(cli.total.max));

    // The results, from the steps' navigation; then the region a screen reader jumps to.
    await press(page, page.getByRole('navigation', { name: t('mirror_steps') }).getByRole('button', { name: t('step_results') }), 'Enter');
    await onScreen(page, t('step_results'));
    const results = page.getByRole('region', { name: t('results_title') });
    // The headline's exact range, as the CLI computed it for the same answers.
    const exact = lang === 'zh' ? `精确区间:${grouped(cli.total.min)}–${grouped(cli.total.max)} 元`
      : `Exact range: ${grouped(cli.total.min)}–${grouped(cli.total.max)} yuan`;
    await until(page, (text) => document.querySelector('#a11y section').textContent.includes(text), exact);
    for (const m of cli.measures.filter((x) => x.status === 'estimate')) {
      const title = POLICY.measures.find((x) => x.id === m.id).title;
      const heading = results.getByRole('heading', { level: 3, name: new RegExp(escape(L(title))) });
      assert.equal(await heading.count(), 1, `a heading for ${m.id}`);
    }
    assert.equal((await results.textContent()).includes(`${grouped(cli.measures.find((x) => x.id === 'a4_key_tech').max)}`), true);
    await axeClean(page, 'results');

    // An article's text, as a dialog: the focus goes in, and back to the button that opened it.
    const article = results.getByRole('button', { name: lang === 'zh' ? '第四条' : 'Art. 4' });
    await press(page, article, 'Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await until(page, () => document.activeElement && document.activeElement.closest('[role=dialog]'));
    await axeClean(page, 'article dialog');
    await press(page, dialog.getByRole('button', { name: t('close') }), 'Enter');
    await until(page, () => document.querySelector('#a11y [role=dialog]').hidden);
    await until(page, () => document.activeElement && document.activeElement.textContent === (document.documentElement.lang.startsWith('zh') ? '第四条' : 'Art. 4'));

    // The report, from the toolbar: a page of its own with the project in it.
    const [report] = await Promise.all([context.waitForEvent('page'),
      press(page, page.getByRole('banner').getByRole('button', { name: t('report') }), 'Enter')]);
    await report.waitForLoadState();
    assert.match(await report.textContent('body'), /视觉芯片检测平台/);
    await page.screenshot({ path: join(SHOTS, `${lang}-screen-reader-results.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a file that cannot be opened is an alert dialog with its title and its errors as a list, axe-clean', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${URL_}?storage=off`);
  await until(page, () => document.body.dataset.ready === '1' && document.querySelector('#a11y h1'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    press(page, page.getByRole('banner').getByRole('button', { name: say('open', 'zh') }), 'Enter')]);
  await chooser.setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(
    '{"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021", "answers": {"national_standards": -1}}') });
  const alert = page.getByRole('alertdialog', { name: say('open_failed_title', 'zh') });
  await alert.waitFor();
  assert.match(await alert.getByRole('listitem').first().textContent(), /answers\.national_standards/);
  await until(page, () => document.activeElement && document.activeElement.closest('[role=alertdialog]'));
  await axeClean(page, 'error dialog');
  await context.close();
});

test('the other dialogs are dialogs too, named by their title, with the focus inside and back, axe-clean', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${URL_}?storage=off`);
  await until(page, () => document.body.dataset.ready === '1' && document.querySelector('#a11y h1'));
  await press(page, page.getByRole('button', { name: say('start', 'zh') }), 'Enter');
  await onScreen(page, say('step_gates', 'zh'));
  // Clearing: a question before data goes; "cancel" keeps everything.
  const clear = page.getByRole('banner').getByRole('button', { name: say('clear', 'zh') });
  await press(page, clear, 'Enter');
  const confirm = page.getByRole('dialog', { name: say('clear_title', 'zh') });
  await confirm.waitFor();
  await until(page, () => document.activeElement && document.activeElement.closest('[role=dialog]'));
  await axeClean(page, 'clear dialog');
  await press(page, confirm.getByRole('button', { name: say('cancel', 'zh') }), 'Enter');
  await until(page, () => document.querySelector('#a11y [role=dialog]').hidden);
  await until(page, (name) => document.activeElement && document.activeElement.textContent === name, say('clear', 'zh'));
  // The hand-over dialog, from the results.
  await press(page, page.getByRole('navigation', { name: say('mirror_steps', 'zh') }).getByRole('button', { name: say('step_results', 'zh') }), 'Enter');
  await onScreen(page, say('step_results', 'zh'));
  await press(page, page.getByRole('region', { name: say('results_title', 'zh') }).getByRole('button', { name: say('share', 'zh') }), 'Enter');
  const share = page.getByRole('dialog', { name: say('share_title', 'zh') });
  await share.waitFor();
  await axeClean(page, 'share dialog');
  await context.close();
});
