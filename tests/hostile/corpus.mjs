// The hostile-input corpus of issue 12: crafted profiles, each with the error the one reader must give
// (its code and JSON path). The large ones are generated here, never committed. Used by the CLI test
// (tests/cli/hostile.mjs) and the browser test (tests/browser/hostile.test.mjs).
export const LIMIT = 1 << 20;  // core/input_limits.hpp kMaxProfileBytes
const head = '{"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":';

export const corpus = [
  // Once: out-of-bounds memory access in the app; now a syntax error quoting only the end of what was read.
  { name: 'tabs-then-x', text: () => '\t'.repeat(900_000) + 'x', code: 'json_syntax', path: '$' },
  { name: 'tabs-3mb-then-x', text: () => '\t'.repeat(3 << 20) + 'x', code: 'too_large', path: '$' },
  { name: 'newlines-5mb', text: () => '\n'.repeat(5 << 20), code: 'too_large', path: '$' },
  { name: 'brackets-5mb', text: () => '['.repeat(5 << 20), code: 'too_large', path: '$' },
  // Once: "Maximum call stack size exceeded" and 160 KB of wasm stack lost per attempt.
  { name: 'nested-5000', text: () => '['.repeat(5000) + ']'.repeat(5000), code: 'too_deep', path: '$' },
  { name: 'nested-5000-in-answers', text: () => head + '{"events":' + '['.repeat(5000) + ']'.repeat(5000) + '}}',
    code: 'too_deep', path: 'answers.events[0]' },
  { name: 'big-array-unknown-key', text: () => head + '{"x":[' + '0,'.repeat(400_000) + '0]}}', code: 'unknown_key', path: 'answers.x' },
  // Once: eligible in the CLI and 0–0 in the app.
  { name: 'duplicate-answer', text: () => head + '{"legal_person":true,"in_suzhou":true,"legal_person":false}}',
    code: 'duplicate_key', path: 'answers.legal_person' },
  { name: 'duplicate-policy', text: () => head + '{},"policy":"another-policy"}', code: 'duplicate_key', path: 'policy' },
  { name: 'nul-in-name', text: () => head + '{"events":[{"subject":"Acme\\u0000 Ltd"}]}}', code: 'bad_character',
    path: 'answers.events[0].subject' },
  { name: 'bidi-in-name', text: () => head + '{"events":[{"subject":"Acme \\u202e01 Ltd"}]}}', code: 'bad_character',
    path: 'answers.events[0].subject' },
  { name: 'long-key', text: () => head + '{"' + 'k'.repeat(100_000) + '":1}}', code: 'unknown_key',
    path: 'answers.' + 'k'.repeat(40) + '\u2026' },
  { name: 'long-string', text: () => head + '{"legal_person":"' + 'y'.repeat(500_000) + '"}}', code: 'too_long',
    path: 'answers.legal_person' },
];

// An advisor's session file of issue 23, no. 7: 450 000 elements in 900 KB (once 15–49 s and 564 MB of wasm heap
// to refuse, 450 000 errors on screen), and its budget's answer: the first 100 errors, then one more.
export const sessionBomb = () => '{"format":"suzhou-ai-assess/session@1","policy":"suzhou-ai-2021","enterprises":[' +
  new Array(450_000).fill('1').join(',') + ']}';

// Hand-over links (#p=CODE) that must each get the error dialog.
const b64 = (text) => Buffer.from(text).toString('base64url');
export const badLinks = [
  { name: 'padding', code: 'WyJzdXpob3UtYWktMjAyMSIsMSxbXV0=' },
  { name: 'percent-escape', code: 'WyJzdXpob3UtYWktMjAyMSIsMSxbXV0%3D' },
  { name: 'version-2^32+1', code: b64('["suzhou-ai-2021",4294967297,[]]') },
  { name: 'nested-5000', code: b64('['.repeat(5000) + ']'.repeat(5000)) },
  { name: 'not-json', code: b64('{{{') },
  { name: 'empty', code: '' },
];
