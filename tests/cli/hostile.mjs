// The hostile corpus (tests/hostile/corpus.mjs) through the assess command: each profile refused (exit 1)
// with its error code and path and a short output; a batch keeps going past a 2 MB line; a directory is
// unreadable (exit 2) in single and batch mode. Usage: node hostile.mjs PATH/TO/assess
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { corpus } from '../hostile/corpus.mjs';

const assess = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'assess-hostile-'));
const run = (...args) => spawnSync(assess, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
let failed = 0;
function check(name, fn) {
  try { fn(); console.log('ok   ' + name); } catch (e) { failed++; console.log('FAIL ' + name + '\n' + e.message); }
}

try {
  for (const c of corpus) {
    check(c.name, () => {
      const file = join(dir, c.name + '.json');
      writeFileSync(file, c.text());
      const r = run('--lang', 'en', file);
      assert.equal(r.status, 1, r.stderr);
      assert.ok(r.stdout.length < 4096, `output of ${r.stdout.length} bytes`);
      const { errors } = JSON.parse(r.stdout);
      assert.equal(errors[0].code, c.code, JSON.stringify(errors[0]));
      assert.equal(errors[0].path, c.path);
      assert.ok(errors.every((e) => e.message.length <= 200), 'every message is short');
    });
  }
  check('batch: a 2 MB line and a 5 000-deep line are refused, the lines around them evaluated', () => {
    const good = JSON.stringify({ format: 'suzhou-ai-assess/profile@1', policy: 'suzhou-ai-2021', answers: {} });
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, [good, ' '.repeat(2 << 20) + good, '['.repeat(5000) + ']'.repeat(5000), good].join('\n') + '\n');
    const r = run('--batch', file);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.ok('total' in lines[0] && 'total' in lines[3]);
    assert.deepEqual([lines[1].line, lines[1].errors[0].code], [2, 'too_large']);
    assert.deepEqual([lines[2].line, lines[2].errors[0].code], [3, 'too_deep']);
  });
  // The batch reader (simdjson where built in) falls back to the single-profile reader for anything not plainly
  // valid: the same errors, word for word, in both languages and with any number of threads.
  for (const lang of ['en', 'zh']) {
    for (const jobs of ['1', '2']) {
      check(`batch (--lang ${lang} --jobs ${jobs}): every corpus profile gives the errors it gives alone`, () => {
        const items = corpus.filter((c) => !c.text().includes('\n'));  // a newline would split it into lines
        const alone = items.map((c) => {
          const file = join(dir, c.name + '.json');
          writeFileSync(file, c.text());
          return run('--lang', lang, file).stdout;
        });
        const file = join(dir, 'corpus.jsonl');
        writeFileSync(file, items.map((c) => c.text()).join('\n') + '\n');
        const r = run('--lang', lang, '--jobs', jobs, '--batch', file);
        assert.equal(r.status, 1);
        const lines = r.stdout.split('\n');
        assert.equal(lines.length, items.length + 1);
        items.forEach((c, i) => assert.equal(lines[i] + '\n', `{"line":${i + 1},` + alone[i].slice(1), c.name));
      });
    }
  }
  check('a directory is unreadable: exit 2, single and batch', () => {
    assert.equal(run(dir).status, 2);
    assert.equal(run('--batch', dir).status, 2);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
