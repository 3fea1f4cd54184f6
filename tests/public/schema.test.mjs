// The published JSON Schemas (public/schema) and the C++ validator agree: the Suzhou policy file is valid
// against the policy schema, and on a corpus of good and bad profiles ajv and `assess` say the same.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url).pathname;
const CLI = process.env.ASSESS_CLI || join(root, 'build/native-debug/cli/assess');
const read = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });

test('the Suzhou policy file is valid against the policy schema', () => {
  const validate = ajv.compile(read('public/schema/policy.schema.json'));
  assert.ok(validate(read('public/policies/suzhou-ai-2021.json')), JSON.stringify(validate.errors));
});

// Every profile of the golden cases (those that are JSON), and variations of the worked example.
function corpus() {
  const out = [];
  const dir = join(root, 'tests/cases');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const c = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (c.profile) out.push([name, c.profile]);
  }
  const example = read('examples/analysis-example.json');
  const variants = {
    'negative amount': (a) => { a.key_tech_projects[0].costs.personnel = -1; },
    'amount at the limit': (a) => { a.first_set_equipment[0].unit_price = 10000000000000; },
    'amount over the limit': (a) => { a.first_set_equipment[0].unit_price = 10000000000001; },
    'fraction': (a) => { a.first_set_equipment[0].unit_price = 0.5; },
    'integral float': (a) => { a.first_set_equipment[0].unit_price = 1e6; },
    'count at the limit': (a) => { a.national_standards = 1000; },
    'count over the limit': (a) => { a.national_standards = 1001; },
    'string for a bool': (a) => { a.legal_person = 'true'; },
    'null': (a) => { a.major_project = null; },
    'unknown key': (a) => { a.colour = 'red'; },
    'unknown item key': (a) => { a.events = [{ prefiled: true, date: '2021' }]; },
    'unknown choice': (a) => { a.first_version_software[0].certification = 'provincial'; },
    'repeated choice': (a) => { a.key_fields = ['nlu', 'nlu']; },
    'name at the limit': (a) => { a.events = [{ subject: '智'.repeat(200) }]; },
    'name over the limit': (a) => { a.events = [{ subject: '智'.repeat(201) }]; },
    'list as object': (a) => { a.events = {}; },
    'empty answers': (a) => { for (const k of Object.keys(a)) delete a[k]; },
  };
  for (const [label, change] of Object.entries(variants)) {
    const p = structuredClone(example);
    change(p.answers);
    out.push([label, p]);
  }
  out.push(['another policy', { ...example, policy: 'wuxi-ai-2022' }]);
  out.push(['newer format', { ...example, format: 'suzhou-ai-assess/profile@2' }]);
  out.push(['answers missing', { format: example.format, policy: example.policy }]);
  return out;
}

test('ajv and the C++ validator agree on every profile of the corpus', () => {
  const validate = ajv.compile(read('public/schema/profile.schema.json'));
  const cases = corpus();
  assert.ok(cases.length > 40);
  let valid = 0;
  for (const [label, profile] of cases) {
    const schemaSays = validate(profile);
    const cli = spawnSync(CLI, ['-'], { input: JSON.stringify(profile), encoding: 'utf8' });
    assert.ok(cli.status === 0 || cli.status === 1, `${label}: exit ${cli.status} ${cli.stderr}`);
    assert.equal(schemaSays, cli.status === 0, `${label}: schema says ${schemaSays}, assess says ${cli.status === 0}: ${cli.stdout.slice(0, 300)}`);
    valid += schemaSays;
  }
  assert.ok(valid > 10 && valid < cases.length, 'the corpus has both good and bad profiles');
});
