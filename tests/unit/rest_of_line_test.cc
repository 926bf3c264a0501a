// Line rules split before a capture of the rest of the line must capture
// exactly what the full pattern captures.
#include <doctest/doctest.h>

#include <cstring>

#include <memory>
#include <string>
#include <vector>

#include "classify.h"
#include "rest_of_line.h"

using whereas::internal::CompileHead;
using whereas::internal::LineRule;
using whereas::internal::MatchRule;
using whereas::internal::RestFits;
using whereas::internal::RestKind;
using whereas::internal::SplitRestOfLine;
using whereas::internal::StartsAnchored;
using whereas::internal::TiedToTextEnds;
using whereas::internal::WithoutTrailingRest;

namespace {

LineRule Rule(const std::string& pattern, std::string* set_pattern = nullptr) {
  LineRule rule;
  rule.re = std::make_unique<RE2>(pattern);
  REQUIRE(rule.re->ok());
  const std::string p = CompileHead(&rule, RE2::Options());
  if (set_pattern) *set_pattern = p;
  return rule;
}

}  // namespace

TEST_CASE("the tail forms are recognised, with their head") {
  const struct {
    const char* pattern;
    const char* head;
    RestKind kind;
  } cases[] = {
      {R"(^\s*(?P<label>\d+)\.\s+(?P<text>\S.*?)\s*$)", R"(^\s*(?P<label>\d+)\.\s+)",
       RestKind::kNonSpaceTrimmed},
      {R"(^(?P<label>[a-z])\.\s+(?P<text>\S.*)$)", R"(^(?P<label>[a-z])\.\s+)", RestKind::kNonSpace},
      {R"(^signed\s+for\s+(?P<who>.*\S)\s*$)", R"(^signed\s+for\s+)", RestKind::kEndsNonSpace},
      {R"(^x(?P<rest>.*?)\s*$)", "^x", RestKind::kAnyTrimmed},
      {R"(^x(?P<rest>.*)$)", "^x", RestKind::kAny},
      {R"(x(?P<rest>.*))", "x", RestKind::kAny},
  };
  for (const auto& c : cases) {
    CAPTURE(c.pattern);
    const auto split = SplitRestOfLine(c.pattern);
    REQUIRE(split);
    CHECK(split->head == c.head);
    CHECK(split->kind == c.kind);
  }
}

TEST_CASE("patterns whose tail is not a whole part of them are not split") {
  for (const char* p : {
           R"(a|b(?P<text>.*)$)",            // the tail belongs to one branch
           R"(^a\(?P<text>.*)$)",            // an escaped parenthesis
           R"(^\Qa(\E(?P<text>.*)$)",        // quoted text
           R"((?U)^a\s+(?P<text>\S.*?)\s*$)",  // U swaps lazy and greedy
           R"(^(a(?P<text>.*)$)",            // unbalanced
           R"(^[(](?P<text>.*)$x)",          // not at the end
           R"(^a(?P<text>\S+)$)",            // not the rest of the line
           R"(^a(?P<>.*)$)",                 // no name
       }) {
    CAPTURE(p);
    CHECK_FALSE(SplitRestOfLine(p));
  }
  // A class holding '(' or '|' is no group or branch.
  CHECK(SplitRestOfLine(R"(^[(|\]](?P<t>.*)$)"));
  CHECK(SplitRestOfLine(R"(^[[:alpha:]|](?P<t>.*)$)"));
}

TEST_CASE("the rest of the line fits each kind, ending as RE2's \\s says") {
  CHECK(RestFits(RestKind::kNonSpaceTrimmed, "1. text \t", 3) == std::string_view("text"));
  CHECK_FALSE(RestFits(RestKind::kNonSpaceTrimmed, "1.  text", 3));
  CHECK_FALSE(RestFits(RestKind::kNonSpaceTrimmed, "1. ", 3));
  CHECK(RestFits(RestKind::kNonSpace, "1. text ", 3) == std::string_view("text "));
  CHECK(RestFits(RestKind::kEndsNonSpace, "1.  text \r", 2) == std::string_view("  text"));
  CHECK_FALSE(RestFits(RestKind::kEndsNonSpace, "1.  \f", 2));
  CHECK(RestFits(RestKind::kAnyTrimmed, "1.   ", 2) == std::string_view(""));
  CHECK(RestFits(RestKind::kAny, "1.   ", 2) == std::string_view("   "));
  // \v is no space to RE2.
  CHECK(RestFits(RestKind::kNonSpaceTrimmed, "1. \v", 3) == std::string_view("\v"));
}

TEST_CASE("a pattern starts anchored only when every match starts at 0") {
  CHECK(StartsAnchored("^a"));
  CHECK(StartsAnchored("(?i)^a"));
  CHECK(StartsAnchored("(?i)(?s)^a(?:b|c)"));
  CHECK_FALSE(StartsAnchored("(?i)^a|(?:b)"));
  CHECK_FALSE(StartsAnchored("^a|b"));
  CHECK_FALSE(StartsAnchored("a^"));
  CHECK_FALSE(StartsAnchored("(?i:^a)"));
  CHECK_FALSE(StartsAnchored("\\^a"));
}

TEST_CASE("a split rule captures exactly what the full pattern captures") {
  // Heads with choices that a later part could change, lazy and greedy
  // runs, optional groups; every tail form.
  const char* heads[] = {
      R"(^\s*(?:[-*•]\s*)?(?P<label>\d{1,3})\.\s+)",
      R"(^\s*(?:[-*•]\s*)?(?P<label>[a-z]|[ivxl]{2,6})\.\s*)",
      R"(^(?P<a>a|ab)(?P<b>b?))",
      R"((?P<label>\d+)\s*)",
      R"(^\s*)",
      R"(^(?:(?P<n>\d{1,3})\.\s*)?now,?\s+therefore\s*[:,.]?\s*)",
  };
  const char* tails[] = {
      R"((?P<text>\S.*?)\s*$)", R"((?P<text>\S.*)$)", R"((?P<text>.*\S)\s*$)",
      R"((?P<text>.*?)\s*$)",   R"((?P<text>.*)$)",   R"((?P<text>.*))",
  };
  const char* lines[] = {
      "1. The Council must", " - 12.   two  spaces  \t", "1.", "1. ", "1.\tTab\f",
      "a. item", "ii. roman", "i.x", "abbb c", "ab", "ab c", "a b", "7  seven",
      "x 7 seven", "", "   ", "NOW THEREFORE:", "8. Now, therefore, the Secretary directs",
      "now therefore", "• 3. bullet “quoted” text ", "é 4. accent", "3.\u00a0nbsp",
  };
  int split = 0;
  for (const char* head : heads) {
    for (const char* tail : tails) {
      const std::string pattern = std::string(head) + tail;
      CAPTURE(pattern);
      const LineRule rule = Rule(pattern);
      split += rule.head != nullptr;
      const int n = rule.re->NumberOfCapturingGroups() + 1;
      for (const char* line : lines) {
        CAPTURE(line);
        const std::string_view text(line);
        std::vector<re2::StringPiece> want(n), got(n);
        const bool matched = rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, want.data(), n);
        REQUIRE(MatchRule(rule, text, got.data(), n) == matched);
        if (!matched) continue;
        for (int i = 0; i < n; ++i) {
          CAPTURE(i);
          CHECK(got[i].data() == want[i].data());
          CHECK(got[i].size() == want[i].size());
        }
        // Asked for fewer groups (the label only), it agrees too.
        std::vector<re2::StringPiece> few(2);
        REQUIRE(MatchRule(rule, text, few.data(), std::min(n, 2)));
        CHECK(few[0].size() == want[0].size());
      }
    }
  }
  CHECK(split == 36);  // every pattern above has a head
}

TEST_CASE("the set pattern of a split rule matches the lines the rule matches") {
  std::string set_pattern;
  const LineRule rule = Rule(R"(^\s*(?P<label>\d+)\.\s+(?P<text>\S.*?)\s*$)", &set_pattern);
  CHECK(set_pattern == R"(^\s*(?P<label>\d+)\.\s+\S)");
  const RE2 set_re(set_pattern);
  for (const char* line : {"1. a", "1.  a  ", "1.", "1. ", "x 1. a", "12. \t b"}) {
    CAPTURE(line);
    CHECK(RE2::PartialMatch(line, set_re) == RE2::PartialMatch(line, *rule.re));
  }
}

TEST_CASE("patterns that name the text's ends are told apart") {
  for (const char* p : {R"(\Aa)", R"(a\z)", R"((?-m)^a)", R"((?i-m:^a$))", R"(\Qa\E)"}) {
    CAPTURE(p);
    CHECK(TiedToTextEnds(p));
  }
  for (const char* p : {R"(^a$)", R"((?i)^a\b)", R"(\\A)", R"((?P<x>a-m))", R"((?m-s)^a)", R"([A-z])"}) {
    CAPTURE(p);
    CHECK_FALSE(TiedToTextEnds(p));
  }
}

TEST_CASE("a split pattern without its trailing rest matches where the whole does") {
  // The built-in split rules' shapes (grammars/*.yaml, splits).
  for (const char* p : {R"(^(?P<text>.*?[;.])(?P<rest>\d{1,2}(?:\.\d{1,3})+\.?\s+\S.*)$)",
                        R"(^(?P<text>.*?[;,])(?P<rest>[a-z].*)$)"}) {
    CAPTURE(p);
    std::string name;
    const auto head = WithoutTrailingRest(p, &name);
    REQUIRE(head.has_value());
    CHECK(name == "rest");
    const RE2 whole(p), short_re(*head);
    REQUIRE(short_re.ok());
    for (const char* text : {"report to the DfE;6.17.3 Further advice is needed", "the Council;which appears",
                             "a;b;6.1 x;6.2 y", "no glue here", "x;", ";a", "a, b; c, d"}) {
      CAPTURE(text);
      re2::StringPiece w[3], s[3];
      const bool matched = whole.Match(text, 0, strlen(text), RE2::ANCHOR_BOTH, w, 3);
      CHECK(short_re.Match(text, 0, strlen(text), RE2::ANCHOR_START, s, 3) == matched);
      if (!matched) continue;
      CHECK(w[1] == s[1]);                  // the text before the rest
      CHECK(w[2].data() == s[2].data());    // where the rest starts
    }
  }
  std::string name;
  CHECK(*WithoutTrailingRest(R"(^a(?P<rest>.*)$)", &name) == "^a(?P<rest>)");
  // Not that shape: an escaped dot, an alternation in the rest or before
  // it, a rest nested in another group, no "$".
  for (const char* p : {R"(^(?P<rest>a\.*)$)", R"(^(?P<rest>a|b.*)$)", R"(^x|(?P<rest>a.*)$)",
                        R"(^((?P<rest>a.*))$)", R"(^(?P<rest>a.*))", R"(^(?:a)(b.*)$)"}) {
    CAPTURE(p);
    CHECK_FALSE(WithoutTrailingRest(p, &name).has_value());
  }
}
