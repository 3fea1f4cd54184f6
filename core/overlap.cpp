// Overlap groups: bucket the estimate items of the group's measures by key, keep the best of each bucket.
#include "overlap.hpp"

#include <map>
#include <string>

#include "text_fold.hpp"

namespace assess {

namespace {

struct Candidate {
  int measure;  // index in result.measures
  int item;
};

// True when a should stand rather than b: higher max, then lower article, then earlier measure and item.
bool stands_over(const Result& r, const Candidate& a, const Candidate& b) {
  const MeasureResult& ma = r.measures[static_cast<std::size_t>(a.measure)];
  const MeasureResult& mb = r.measures[static_cast<std::size_t>(b.measure)];
  Yuan xa = ma.items[static_cast<std::size_t>(a.item)].max, xb = mb.items[static_cast<std::size_t>(b.item)].max;
  if (xa != xb) return xa > xb;
  if (ma.measure->article != mb.measure->article) return ma.measure->article < mb.measure->article;
  if (a.measure != b.measure) return a.measure < b.measure;
  return a.item < b.item;
}

}  // namespace

void resolve_overlaps(const Policy& policy, Result& result) {
  for (const OverlapGroup& group : policy.overlap_groups) {
    std::map<std::string, std::vector<Candidate>> buckets;
    for (int mi : group.measures) {
      MeasureResult& mr = result.measures[static_cast<std::size_t>(mi)];
      const int key_slot = mr.measure->overlap_key_slot;
      for (ItemResult& it : mr.items) {
        // Only items with a figure compete: other outcomes cannot be compared in yuan (docs/policy-format.md).
        if (it.status != Status::estimate) continue;
        // Names match after folding: "视觉芯片 " is "视觉芯片", "ＡＳＲ引擎" is "asr引擎" (core/text_fold.hpp).
        std::string key = fold_for_matching(it.source->values[static_cast<std::size_t>(key_slot)].text);
        if (!key.empty()) buckets[std::move(key)].push_back(Candidate{mi, it.index});
      }
    }
    for (auto& kv : buckets) {
      std::vector<Candidate>& c = kv.second;
      if (c.size() < 2) continue;
      Candidate best = c.front();
      for (const Candidate& x : c)
        if (stands_over(result, x, best)) best = x;
      for (const Candidate& x : c) {
        if (x.measure == best.measure && x.item == best.item) continue;
        ItemResult& it = result.measures[static_cast<std::size_t>(x.measure)].items[static_cast<std::size_t>(x.item)];
        const ItemResult& stands =
            result.measures[static_cast<std::size_t>(best.measure)].items[static_cast<std::size_t>(best.item)];
        // The item's own arithmetic would read as a payable amount: the one line says what it would have
        // been and which item stands instead.
        it.lines.assign(1, Line::superseded(best.measure, best.item, it.max, stands.max));
        it.status = Status::superseded;
        it.min = it.max = 0;
        it.superseded_by_measure = best.measure;
        it.superseded_by_item = best.item;
      }
    }
  }
}

}  // namespace assess
