// Issue 23, nos. 8, 10, 11: the assess command's exit status tells the truth about its input and output, a batch
// line that never ends stops the batch, and every byte written is valid UTF-8. Redirections go through /bin/sh,
// as a user's would. Usage: node exit_status.mjs PATH/TO/assess EXAMPLE.json
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';

const [assess, example] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'assess-exit-'));
const GOOD = JSON.stringify({ format: 'suzhou-ai-assess/profile@1', policy: 'suzhou-ai-2021', answers: {} });
const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
// Runs `assess ARGS` with the shell redirections given; stdout and stderr as bytes. `exec`: the shell becomes
// assess, so the timeout ends assess itself (an old build read /dev/zero forever, and outlived a killed shell).
const sh = (args, redirections = '') =>
  spawnSync('/bin/sh', ['-c', `exec ${quote(assess)} ${args} ${redirections}`],
    { maxBuffer: 64 << 20, timeout: 60_000, killSignal: 'SIGKILL' });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8 = (bytes) => strictUtf8.decode(bytes);  // throws on any byte that is not UTF-8
let failed = 0;
function check(name, fn) {
  try { fn(); console.log('ok   ' + name); } catch (e) { failed++; console.log('FAIL ' + name + '\n' + e.message); }
}
function expectExit(r, code, stderrHas) {
  assert.equal(r.status, code, `exit ${r.status} (signal ${r.signal}), stderr: ${r.stderr}`);
  if (stderrHas) assert.match(r.stderr.toString(), stderrHas);
}

try {
  const goodBatch = join(dir, 'good.jsonl');
  writeFileSync(goodBatch, `${GOOD}\n${GOOD}\n`);

  check('output lost to a full disk or a closed stdout: exit 2 with the reason', () => {
    expectExit(sh(quote(example), '> /dev/full'), 2, /cannot write the output: No space left on device/);
    expectExit(sh(quote(example), '>&-'), 2, /cannot write the output/);
    expectExit(sh('--help', '> /dev/full'), 2, /cannot write/);
    expectExit(sh('--check-policy', '>&-'), 2, /cannot write/);
    expectExit(sh(`--batch ${quote(goodBatch)}`, '> /dev/full'), 2, /cannot write/);
    expectExit(sh(`--jobs 2 --batch ${quote(goodBatch)}`, '> /dev/full'), 2, /cannot write/);
    expectExit(sh(`--batch ${quote(goodBatch)}`, '>&-'), 2, /cannot write/);
    // Still 0 when the output is kept.
    expectExit(sh(quote(example), '> /dev/null'), 0);
  });

  check('input that cannot be read (a directory, a closed stdin): exit 2 with the reason', () => {
    expectExit(sh('--batch -', `< ${quote(dir)}`), 2, /cannot read -: Is a directory/);
    expectExit(sh('-', `< ${quote(dir)}`), 2, /cannot read -: Is a directory/);
    expectExit(sh('--batch -', '<&-'), 2, /cannot read -/);
    expectExit(sh('-', '<&-'), 2, /cannot read -/);
    expectExit(sh(quote(dir)), 2, /Is a directory/);
    expectExit(sh(`--batch ${quote(dir)}`), 2, /Is a directory/);
    expectExit(sh(`--policy ${quote(dir)} ${quote(example)}`), 2, /Is a directory/);
  });

  check('a batch line that never ends: refused as line 1, then the batch stops (exit 2)', () => {
    for (const args of ['--batch /dev/zero', '--batch - < /dev/zero', '--jobs 2 --batch /dev/zero']) {
      const r = sh(args);
      expectExit(r, 2, /line 1 is longer than 1048576 bytes and does not end within 67108864 bytes more/);
      const lines = utf8(r.stdout).trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 1, args);
      assert.deepEqual([lines[0].line, lines[0].errors[0].code], [1, 'too_large'], args);
    }
  });

  check('a long line that ends (3 MB of NUL bytes) is refused and skipped; the lines after it are evaluated', () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(GOOD + '\n'), Buffer.alloc(3 << 20), Buffer.from('\n' + GOOD + '\n')]));
    const r = sh(`--batch ${quote(file)}`);
    expectExit(r, 1);
    const lines = utf8(r.stdout).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.ok('total' in lines[0] && 'total' in lines[2]);
    assert.deepEqual([lines[1].line, lines[1].errors[0].code], [2, 'too_large']);
  });

  check('bytes that are not UTF-8 in the input come out as \\xFF escapes: valid UTF-8 and valid JSON', () => {
    const bad = join(dir, 'ff.json');
    writeFileSync(bad, Buffer.from([0x7b, 0x22, 0x61, 0xff, 0xfe]));  // {"a\xFF\xFE
    const single = sh(quote(bad));
    expectExit(single, 1);
    const message = JSON.parse(utf8(single.stdout)).errors[0].message;
    assert.match(message, /last read: '"a\\xFF'/);
    const text = sh(`--format text --lang en ${quote(bad)}`);
    expectExit(text, 1);
    assert.match(utf8(text.stderr), /\\xFF/);
    const batch = join(dir, 'ff.jsonl');
    writeFileSync(batch, Buffer.concat([Buffer.from(GOOD + '\n'), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d, 0x0a])]));
    const lines = utf8(sh(`--batch ${quote(batch)}`).stdout).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines[1].errors[0].code, 'json_syntax');
    // A file name that is not UTF-8 is quoted the same way on stderr.
    const r = sh(`${quote(join(dir, 'x'))}"$(printf '\\377\\376')".json`);
    expectExit(r, 2);
    assert.match(utf8(r.stderr), /x\\xFF\\xFE\.json/);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
