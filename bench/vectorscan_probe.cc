// Issue 23's prototype, measured before anything is built on it: the line
// rules of each built-in grammar as one Vectorscan database scanning a whole
// document once (multi-line mode, matches bucketed by line), against the
// library's way, one RE2::Set match per line. Prints, per grammar, how many
// rules Vectorscan compiles, the time of each engine over every file given,
// and how many (line, rule) matches the two agree on.
//
//   bash bench/vectorscan-probe.sh [BUILD_DIR] FILE...   (a Release build)
#include <hs/hs.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "classify.h"
#include "grammar_internal.h"
#include "whereas/whereas.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Doc {
  std::string text;
  std::vector<size_t> line_starts;  // offsets where lines begin
};

struct Scan {
  const Doc* doc;
  std::set<std::pair<size_t, int>>* hits;  // (line, rule)
  const std::vector<int>* rule_of;         // database id -> rule
};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
            void* context) {
  auto* scan = static_cast<Scan*>(context);
  const auto& starts = scan->doc->line_starts;
  // The line the match ends on (an empty match at a line's end counts there).
  const size_t end = to == 0 ? 0 : static_cast<size_t>(to - 1);
  const size_t line = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), end) - starts.begin()) - 1;
  scan->hits->insert({line, (*scan->rule_of)[id]});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Doc> docs;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Doc d{ss.str(), {0}};
    for (size_t k = 0; k < d.text.size(); ++k) {
      if (d.text[k] == '\n') d.line_starts.push_back(k + 1);
    }
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }
  std::printf("%zu files, %.1f MB\n", docs.size(), bytes / 1e6);
  for (const whereas::Grammar& g : whereas::LoadBuiltinGrammars()) {
    const auto& data = whereas::internal::DataOf(g);
    // Vectorscan: every rule it compiles, each on its own first to know which.
    std::vector<std::string> patterns;
    std::vector<unsigned> flags, ids;
    std::vector<int> rule_of;
    for (size_t r = 0; r < data.rules.size(); ++r) {
      const std::string pattern = data.rules[r].re->pattern();
      hs_database_t* one = nullptr;
      hs_compile_error_t* err = nullptr;
      const unsigned f = HS_FLAG_MULTILINE | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_ALLOWEMPTY;
      if (hs_compile(pattern.c_str(), f, HS_MODE_BLOCK, nullptr, &one, &err) != HS_SUCCESS) {
        hs_free_compile_error(err);
        continue;
      }
      hs_free_database(one);
      patterns.push_back(pattern);
      flags.push_back(f);
      ids.push_back(static_cast<unsigned>(rule_of.size()));
      rule_of.push_back(static_cast<int>(r));
    }
    std::vector<const char*> cstr;
    for (const auto& p : patterns) cstr.push_back(p.c_str());
    hs_database_t* db = nullptr;
    hs_compile_error_t* err = nullptr;
    const auto t0 = Clock::now();
    if (hs_compile_multi(cstr.data(), flags.data(), ids.data(), static_cast<unsigned>(cstr.size()),
                         HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
      std::printf("%s: database did not compile: %s\n", g.name().c_str(), err->message);
      hs_free_compile_error(err);
      continue;
    }
    const double compile_s = std::chrono::duration<double>(Clock::now() - t0).count();
    hs_scratch_t* scratch = nullptr;
    hs_alloc_scratch(db, &scratch);

    // RE2::Set, as the library classifies: one match per line.
    std::set<std::pair<size_t, int>> re2_hits, hs_hits;
    size_t doc_base = 0;
    std::vector<int> matches;
    auto t1 = Clock::now();
    for (const Doc& d : docs) {
      for (size_t l = 0; l < d.line_starts.size(); ++l) {
        const size_t begin = d.line_starts[l];
        const size_t end = l + 1 < d.line_starts.size() ? d.line_starts[l + 1] - 1 : d.text.size();
        if (begin > end) continue;
        const whereas::internal::RuleMask mask = whereas::internal::ClassifyLine(data, std::string_view(d.text).substr(begin, end - begin));
        for (whereas::internal::RuleMask m = mask; m != 0; m &= m - 1) re2_hits.insert({doc_base + l, std::countr_zero(m)});
      }
      doc_base += d.line_starts.size();
    }
    const double re2_s = std::chrono::duration<double>(Clock::now() - t1).count();

    doc_base = 0;
    t1 = Clock::now();
    for (const Doc& d : docs) {
      std::set<std::pair<size_t, int>> hits;
      Scan scan{&d, &hits, &rule_of};
      hs_scan(db, d.text.data(), static_cast<unsigned>(d.text.size()), 0, scratch, OnMatch, &scan);
      for (const auto& [line, rule] : hits) hs_hits.insert({doc_base + line, rule});
      doc_base += d.line_starts.size();
    }
    const double hs_s = std::chrono::duration<double>(Clock::now() - t1).count();

    // Agreement over the rules both engines have.
    std::set<int> compiled(rule_of.begin(), rule_of.end());
    size_t both = 0, only_re2 = 0, only_hs = 0;
    for (const auto& h : re2_hits) {
      if (!compiled.count(h.second)) continue;
      hs_hits.count(h) ? ++both : ++only_re2;
    }
    for (const auto& h : hs_hits) only_hs += re2_hits.count(h) == 0;
    std::printf("%s: %zu of %zu rules compile in Vectorscan (database %.2f s)\n", g.name().c_str(),
                rule_of.size(), data.rules.size(), compile_s);
    std::printf("  RE2::Set per line: %.3f s (%.1f MB/s); Vectorscan one scan: %.3f s (%.1f MB/s)\n",
                re2_s, bytes / 1e6 / re2_s, hs_s, bytes / 1e6 / hs_s);
    std::printf("  (line, rule) matches: both %zu, RE2 only %zu, Vectorscan only %zu\n", both, only_re2,
                only_hs);
    // Which rules cost most on their own (RE2, one at a time, every line).
    std::vector<std::pair<double, size_t>> costs;
    for (size_t r = 0; r < data.rules.size(); ++r) {
      const auto t = Clock::now();
      for (const Doc& d : docs) {
        for (size_t l = 0; l < d.line_starts.size(); ++l) {
          const size_t begin = d.line_starts[l];
          const size_t end = l + 1 < d.line_starts.size() ? d.line_starts[l + 1] - 1 : d.text.size();
          if (begin <= end) RE2::PartialMatch(std::string_view(d.text).substr(begin, end - begin), *data.rules[r].re);
        }
      }
      costs.emplace_back(std::chrono::duration<double>(Clock::now() - t).count(), r);
    }
    std::sort(costs.rbegin(), costs.rend());
    for (size_t k = 0; k < 3 && k < costs.size(); ++k) {
      std::printf("  costliest rule alone: %s %.3f s\n", data.rules[costs[k].second].id.c_str(), costs[k].first);
    }
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
}
