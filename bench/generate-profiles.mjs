// Writes N varied but reproducible profiles (JSONL) for the batch benchmarks: node generate-profiles.mjs N > file
// A fixed-seed PRNG makes every run measure the same file; the mix covers every measure, failed gates,
// overlaps, netting and a few invalid lines.
const n = Number(process.argv[2] || 100000);
let seed = 20211600;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const yuan = (max) => Math.floor(rand() * max);
// The same names spelled differently too (spaces, case, full width): 就高不重复 matches them after folding.
const subjects = ['vision-chip', 'speech-engine', 'robot-arm', 'lidar', 'smart-factory', '', ' Vision-Chip ', 'ＬＩＤＡＲ'];
const certs = ['none', 'district', 'city', 'province', 'national'];
const list = (p, max, make) => (chance(p) ? Array.from({ length: 1 + Math.floor(rand() * max) }, make) : []);
const out = [];
for (let i = 0; i < n; i++) {
  if (i % 1000 === 999) { out.push('{"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021", "answers": {"national_standards": -1}}'); continue; }
  const gate = () => chance(0.97);
  const a = {
    legal_person: gate(), sound_finance: gate(), independent_accounting: gate(), ai_entity: gate(), in_suzhou: gate(),
    government_invested: chance(0.1), key_fields: chance(0.5) ? ['computer_vision', 'nlu'] : [],
    hq_relocation: chance(0.1), lead_goose_candidate: chance(0.2), lead_goose_previously_selected: chance(0.3),
    chain_merger_projects: list(0.05, 2, () => ({ subject: pick(subjects), other_policy_support: yuan(2e6) })),
    major_project: chance(0.05),
    key_tech_projects: list(0.5, 3, () => ({ subject: pick(subjects), key_field: chance(0.8),
      costs: { personnel: yuan(5e6), equipment_software: yuan(5e6), pilot_equipment: yuan(1e6),
               design_materials_testing: yuan(1e6), outsourced_rnd: yuan(1e6), other: yuan(1e6) },
      other_policy_support: chance(0.2) ? yuan(2e6) : 0 })),
    innovation_projects: list(0.3, 2, () => ({ subject: pick(subjects), in_library: chance(0.7) })),
    first_set_equipment: list(0.2, 2, () => ({ certification: pick(certs), unit_price: yuan(5e7) })),
    first_version_software: list(0.2, 2, () => ({ certification: pick(certs), annual_sales: yuan(2e7) })),
    intl_standards_led: chance(0.05) ? 1 : 0, national_standards: chance(0.1) ? 2 : 0,
    intl_secretariats: 0, national_secretariats: chance(0.03) ? 1 : 0,
    scenario_provider_projects: list(0.2, 2, () => ({ ai_procurement: yuan(2e7) })),
    scenario_supplier_projects: list(0.2, 2, () => ({ rnd_investment: yuan(1e7) })),
    supply_products_selected: chance(0.2) ? 1 + Math.floor(rand() * 3) : 0,
    matching_platforms: list(0.05, 1, () => ({ annual_operating_cost: yuan(1e7) })),
    innovation_centers: list(0.1, 2, () => ({ subject: pick(subjects), type: pick(['manufacturing', 'industrial', 'engineering_research']),
      level: pick(['city', 'province', 'national']), newly_recognized: chance(0.8), ai_field: chance(0.8) })),
    open_platforms_selected: chance(0.05) ? 1 : 0,
    events: list(0.05, 2, () => ({ subject: 'AI forum', prefiled: chance(0.5) })),
    training_base: chance(0.05), talent_training: chance(0.05), service_institution: chance(0.05),
    ai_leading_enterprise: chance(0.5),
  };
  out.push(JSON.stringify({ format: 'suzhou-ai-assess/profile@1', policy: 'suzhou-ai-2021', answers: a }));
  if (out.length >= 5000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
