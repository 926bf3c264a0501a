// Defined terms and what they stand for.
#include "definitions.h"

#include "str_util.h"

namespace whereas::internal {
namespace {

// The start of the phrase that can precede offset `end`: just after the
// last stop before it.
size_t SegmentStart(const RE2& stops, std::string_view text, size_t from,
                    size_t end) {
  re2::StringPiece input(text.data() + from, end - from);
  re2::StringPiece match;
  size_t start = from;
  while (!input.empty() &&
         stops.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    start = static_cast<size_t>(match.data() + match.size() - text.data());
    const size_t consumed = static_cast<size_t>(match.data() - input.data()) +
                            std::max<size_t>(match.size(), 1);
    if (consumed >= input.size()) break;
    input.remove_prefix(consumed);
  }
  return start;
}

std::optional<std::string> Means(const DefinitionRules& rules,
                                 std::string_view segment) {
  for (const MeansRule& rule : rules.means) {
    const int group = rule.re->NamedCapturingGroups().at("means");
    std::vector<re2::StringPiece> groups(group + 1);
    if (!rule.re->Match(segment, 0, segment.size(), RE2::ANCHOR_BOTH,
                        groups.data(), group + 1)) {
      continue;
    }
    std::string means = Trim(std::string_view(groups[group]));
    if (means.empty()) continue;
    if (rule.reject && RE2::FullMatch(means, *rule.reject)) continue;
    return means;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Definition> FindDefinitions(const DefinitionRules& rules,
                                        std::string_view text, int line) {
  std::vector<Definition> out;
  if (!rules.term) return out;
  const int group = rules.term->NamedCapturingGroups().at("term");
  std::vector<re2::StringPiece> groups(group + 1);
  size_t pos = 0;
  size_t previous_end = 0;
  while (pos < text.size() &&
         rules.term->Match(text, pos, text.size(), RE2::UNANCHORED,
                           groups.data(), group + 1)) {
    const size_t start = static_cast<size_t>(groups[0].data() - text.data());
    const size_t end = start + groups[0].size();
    Definition def;
    def.term = Trim(std::string_view(groups[group]));
    def.line = line;
    const size_t seg = SegmentStart(*rules.stops, text, previous_end, start);
    def.means = Means(rules, text.substr(seg, start - seg));
    out.push_back(std::move(def));
    previous_end = end;
    pos = std::max(end, pos + 1);
  }
  return out;
}

}  // namespace whereas::internal
