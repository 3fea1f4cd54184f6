// The JsonLogic peer: reads the same JSONL as `assess --batch`, evaluates the same rules written in
// JsonLogic (rules.json) with json-logic-js, and writes one JSON result per line (ids, statuses, amounts;
// no explanation texts, so it does less work than assess). Usage: node peer.mjs IN.jsonl > OUT.jsonl
import { readFileSync, writeSync } from 'node:fs';
import jsonLogic from 'json-logic-js';

const rules = JSON.parse(readFileSync(new URL('./rules.json', import.meta.url)));
const order = ['estimate', 'case_by_case', 'referral', 'unspecified', 'superseded', 'not_applicable', 'ineligible'];
const exempt = rules.gates;

function evaluate(answers) {
  const failed = Object.keys(exempt).filter((g) => !answers[g]);
  const out = [];
  const groups = {};
  for (const m of rules.measures) {
    const r = { id: m.id, status: 'not_claimed', min: 0, max: 0 };
    out.push(r);
    if (m.fixed) { r.status = m.fixed; continue; }
    const claimed = m.list ? (answers[m.list] || []).length > 0 : m.count ? (answers[m.count] || 0) > 0 : jsonLogic.apply(m.claim, { answers });
    if (!claimed) continue;
    if (failed.some((g) => !exempt[g].includes(m.id))) { r.status = 'ineligible'; continue; }
    const decide = (item) => {
      const data = { answers, item };
      const rule = m.rules.find((x) => !x.when || jsonLogic.apply(x.when, data));
      const o = { status: rule.status, min: 0, max: 0 };
      if (rule.status === 'estimate') { o.min = jsonLogic.apply(rule.min, data); o.max = jsonLogic.apply(rule.max, data); }
      const other = item && item.other_policy_support;
      if (o.status === 'estimate' && other > 0) { o.min = Math.max(0, o.min - other); o.max = Math.max(0, o.max - other); }
      return o;
    };
    if (!m.list) { Object.assign(r, decide(null)); continue; }
    r.items = answers[m.list].map((item, index) => ({ index, ...decide(item), subject: item.subject || '' }));
    if (m.overlap) for (const it of r.items) if (it.status === 'estimate' && it.subject) ((groups[m.overlap] ||= {})[it.subject] ||= []).push(it);
  }
  for (const buckets of Object.values(groups)) for (const items of Object.values(buckets)) {
    if (items.length < 2) continue;
    const best = items.reduce((a, b) => (b.max > a.max ? b : a));
    for (const it of items) if (it !== best) { it.status = 'superseded'; it.min = it.max = 0; }
  }
  const total = { min: 0, max: 0 };
  for (const r of out) {
    if (!r.items) { if (r.status === 'estimate') { total.min += r.min; total.max += r.max; } continue; }
    if (!r.items.length) continue;
    r.status = r.items.reduce((s, it) => (order.indexOf(it.status) < order.indexOf(s) ? it.status : s), 'ineligible');
    r.min = r.items.reduce((s, it) => s + (it.status === 'estimate' ? it.min : 0), 0);
    r.max = r.items.reduce((s, it) => s + (it.status === 'estimate' ? it.max : 0), 0);
    total.min += r.min; total.max += r.max;
  }
  return { policy: 'suzhou-ai-2021', eligible: failed.length === 0, gate_failures: failed, measures: out, total };
}

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
let buf = [];
const t0 = process.hrtime.bigint();
let n = 0;
for (let i = 0; i < lines.length; i++) {
  if (!lines[i].trim()) continue;
  n++;
  let doc;
  try { doc = JSON.parse(lines[i]); } catch (e) { buf.push(JSON.stringify({ line: i + 1, errors: [{ path: '$', message: String(e) }] })); continue; }
  buf.push(JSON.stringify(evaluate(doc.answers || {})));
  if (buf.length >= 2000) { writeSync(1, buf.join('\n') + '\n'); buf = []; }
}
if (buf.length) writeSync(1, buf.join('\n') + '\n');
const s = Number(process.hrtime.bigint() - t0) / 1e9;
process.stderr.write(`jsonlogic: ${n} profiles in ${s.toFixed(2)} s = ${Math.round(n / s)} profiles/s\n`);
