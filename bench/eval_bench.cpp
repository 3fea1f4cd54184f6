// Single-profile costs on the analysis example (examples/analysis-example.json, embedded here): evaluating a
// parsed profile (the issue's <= 5 us target), reading one, rendering one, and all three end to end.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "assess.hpp"
#include "builtin_policy.hpp"
#include "embedded_policy.hpp"

namespace {

const char* kExample = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{
 "legal_person":true,"sound_finance":true,"independent_accounting":true,"ai_entity":true,"in_suzhou":true,
 "government_invested":false,"key_fields":["computer_vision","nlu"],"lead_goose_candidate":true,
 "key_tech_projects":[{"subject":"vision-chip","key_field":true,"costs":{"personnel":2000000,"equipment_software":3000000,
   "pilot_equipment":0,"design_materials_testing":500000,"outsourced_rnd":500000,"other":1000000},"other_policy_support":0}],
 "innovation_projects":[{"subject":"vision-chip","in_library":true}],
 "first_set_equipment":[{"certification":"city","unit_price":8000000}],
 "first_version_software":[{"certification":"province","annual_sales":5000000}],
 "national_standards":1,"scenario_supplier_projects":[{"rnd_investment":3000000}],"supply_products_selected":2,
 "innovation_centers":[{"subject":"center","type":"manufacturing","level":"province","newly_recognized":true}]}})";

const assess::Policy& policy() {
  return assess::builtin_policy();
}

assess::Profile example() {
  assess::Profile p;
  assess::Diagnostics d;
  assess::read_profile(policy(), kExample, p, d);
  return p;
}

void BM_Evaluate(benchmark::State& state) {
  assess::Profile profile = example();
  for (auto _ : state) benchmark::DoNotOptimize(assess::evaluate(policy(), profile));
}
BENCHMARK(BM_Evaluate);

void BM_ReadProfile(benchmark::State& state) {
  for (auto _ : state) {
    assess::Profile p;
    assess::Diagnostics d;
    benchmark::DoNotOptimize(assess::read_profile(policy(), kExample, p, d));
  }
}
BENCHMARK(BM_ReadProfile);

void BM_RenderJson(benchmark::State& state) {
  assess::Profile profile = example();
  assess::Result result = assess::evaluate(policy(), profile);
  assess::ResultJsonRenderer renderer(policy(), assess::Lang::zh);
  std::string out;
  for (auto _ : state) {
    out.clear();
    renderer.render(result, out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_RenderJson);

void BM_EndToEnd(benchmark::State& state) {
  assess::ResultJsonRenderer renderer(policy(), assess::Lang::zh);
  std::string out;
  for (auto _ : state) {
    assess::Profile p;
    assess::Diagnostics d;
    assess::read_profile(policy(), kExample, p, d);
    out.clear();
    renderer.render(assess::evaluate(policy(), p), out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_EndToEnd);

void BM_LoadPolicy(benchmark::State& state) {
  for (auto _ : state) {
    assess::Policy p;
    assess::Diagnostics d;
    benchmark::DoNotOptimize(assess::load_policy(assess::embedded_policy_json(), p, d));
  }
}
BENCHMARK(BM_LoadPolicy)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
