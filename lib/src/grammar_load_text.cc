// The grammar loader's rules over whole texts: extract, splits, clean,
// select, definitions and detection (grammar_loader.h).
#include "definitions.h"
#include "grammar_loader.h"
#include "labels.h"
#include "rest_of_line.h"

namespace whereas::internal {

void CheckTextExamples(const YAML::Node& r, const RE2& re,
                       const std::function<void(const YAML::Node&,
                                                const std::string&)>& error) {
  if (Opt(r, "examples").size() == 0) {
    error(r, "rule has no examples");
  }
  for (const auto& ex : Opt(r, "examples")) {
    if (!RE2::PartialMatch(ex.as<std::string>(""), re)) {
      error(ex, "example does not match the pattern");
    }
  }
  for (const auto& ex : Opt(r, "counter_examples")) {
    if (RE2::PartialMatch(ex.as<std::string>(""), re)) {
      error(ex, "counter-example matches the pattern");
    }
  }
}

void GrammarLoader::LoadExtracts(const YAML::Node& node) {
  if (!node) return;
  static const std::map<std::string, Source> kSources = {
      {"title", Source::kTitle},
      {"recitals", Source::kRecitals},
      {"clauses", Source::kClauses},
      {"recommendations", Source::kRecommendations},
      {"annexes", Source::kAnnexes}};
  const auto error = [this](const YAML::Node& at, const std::string& m) {
    Error(at, m, "grammar-example");
  };
  for (const auto& r : node) {
    if (!Valid(r, "extract rule")) {
      continue;
    }
    ExtractRule rule;
    rule.id = Scalar(r["id"], "id");
    for (const auto& s : StringList(Opt(r, "from"), "from")) {
      if (auto it = kSources.find(s); it != kSources.end()) rule.sources.push_back(it->second);
    }
    rule.all = r["all"] && r["all"].as<bool>(false);
    rule.re = Compile(r["pattern"], "pattern");
    if (!rule.re) continue;
    rule.into = ResolveInto(r, *data_, rule.re.get(),
                            [this](const YAML::Node& at, const std::string& m) {
                              Error(at, m, "grammar-unknown-field");
                            });
    if (rule.into < 0) {
      CheckGroups(r["pattern"], *rule.re, [this](const std::string& n) {
        return FieldIndex(n) >= 0;
      });
    }
    rule.captures = Captures(r, *rule.re, rule.into);
    CheckTextExamples(r, *rule.re, error);
    data_->extracts.push_back(std::move(rule));
  }
}

void GrammarLoader::LoadSplits(const YAML::Node& node) {
  if (!node) return;
  const auto error = [this](const YAML::Node& at, const std::string& m) {
    Error(at, m, "grammar-example");
  };
  for (const auto& r : node) {
    if (!Valid(r, "split rule")) {
      continue;
    }
    SplitRule rule;
    rule.id = Scalar(r["id"], "id");
    rule.rest_is_line = Scalar(r["rest"], "rest") == "line";
    rule.re = Compile(r["pattern"], "pattern");
    if (!rule.re) continue;
    CheckGroups(r["pattern"], *rule.re, [](const std::string& n) {
      return n == "text" || n == "rest";
    });
    const auto& groups = rule.re->NamedCapturingGroups();
    if (!groups.count("text") || !groups.count("rest")) {
      Error(r["pattern"], "a split pattern must capture 'text' and 'rest'",
            "grammar-missing-key");
      continue;
    }
    rule.text_group = groups.at("text");
    rule.rest_group = groups.at("rest");
    std::string name;
    if (const auto head = WithoutTrailingRest(rule.re->pattern(), &name); head && name == "rest") {
      auto re = std::make_unique<RE2>(*head, PatternOptions(max_mem_));
      if (re->ok() && re->NamedCapturingGroups() == rule.re->NamedCapturingGroups() &&
          re->NumberOfCapturingGroups() == rule.re->NumberOfCapturingGroups()) {
        rule.head = std::move(re);
      }
    }
    CheckTextExamples(r, *rule.re, error);
    data_->splits.push_back(std::move(rule));
  }
}

void GrammarLoader::LoadCleans(const YAML::Node& node) {
  if (!node) return;
  for (const auto& r : node) {
    if (!Valid(r, "clean rule")) {
      continue;
    }
    CleanRule rule;
    rule.id = Scalar(r["id"], "id");
    rule.replace = Scalar(r["replace"], "replace");
    if (r["note"]) rule.note = Scalar(r["note"], "note");
    rule.re = Compile(r["pattern"], "pattern");
    if (!rule.re) continue;
    std::string error;
    if (!rule.re->CheckRewriteString(rule.replace, &error)) {
      Error(r["replace"], "bad replacement: " + error, "grammar-pattern");
      continue;
    }
    // Examples are pairs: the text before and after the replacement.
    for (const auto& ex : Opt(r, "examples")) {
      if (!ex.IsSequence() || ex.size() != 2) {
        Error(ex, "a clean example is a pair [before, after]", "grammar-bad-value");
        continue;
      }
      std::string text = ex[0].as<std::string>("");
      RE2::GlobalReplace(&text, *rule.re, rule.replace);
      if (text != ex[1].as<std::string>("")) {
        Error(ex, "clean example gives '" + text + "'", "grammar-example");
      }
    }
    data_->cleans.push_back(std::move(rule));
  }
}

void GrammarLoader::LoadSelects(const YAML::Node& node) {
  if (!node) return;
  for (const auto& r : node) {
    if (!Valid(r, "select rule")) {
      continue;
    }
    SelectRule rule;
    rule.id = Scalar(r["id"], "id");
    const std::string from = Scalar(r["from"], "from");
    const std::string into = Scalar(r["into"], "into");
    static const std::map<std::string, Source> kFrom = {
        {"recitals", Source::kRecitals}, {"clauses", Source::kClauses}};
    static const std::map<std::string, Target> kInto = {
        {"recommendations", Target::kRecommendations}, {"clauses", Target::kClauses}};
    if (auto it = kFrom.find(from); it != kFrom.end()) rule.from = it->second;
    if (auto it = kInto.find(into); it != kInto.end()) rule.into = it->second;
    rule.parent = Compile(r["parent"], "parent");
    if (!rule.parent) continue;
    CheckGroups(r["parent"], *rule.parent, [](const std::string&) { return false; });
    const auto error = [this](const YAML::Node& at, const std::string& m) {
      Error(at, m, "grammar-example");
    };
    CheckTextExamples(r, *rule.parent, error);
    data_->selects.push_back(std::move(rule));
  }
}

void GrammarLoader::LoadDefinitions(const YAML::Node& node) {
  if (!node) return;
  if (!Valid(node, "definitions")) {
    return;
  }
  DefinitionRules& defs = data_->definitions;
  defs.term = Compile(node["term"], "term");
  if (defs.term) {
    CheckGroups(node["term"], *defs.term,
                [](const std::string& n) { return n == "term"; });
    defs.term_group = GroupIndex(*defs.term, "term");
    if (defs.term_group == 0) {
      Error(node["term"], "the term pattern must capture 'term'",
            "grammar-missing-key");
    }
  }
  defs.stops = Compile(node["stops"], "stops");
  if (defs.stops) {
    CheckGroups(node["stops"], *defs.stops,
                [](const std::string&) { return false; });
  }
  if (const YAML::Node head = node["head"]) {
    if (Valid(head, "head")) {
      defs.head.reach = head["reach"].as<int>(0);
      if (defs.head.reach < 1 || defs.head.reach > 20) {
        Error(head["reach"], "reach must be a number of words from 1 to 20",
              "grammar-bad-value");
      }
      defs.head.opener = Compile(head["opener"], "opener");
      defs.head.verb = Compile(head["verb"], "verb");
      defs.head.boundary = Compile(head["boundary"], "boundary");
      defs.head.clause = Compile(head["clause"], "clause");
    }
  }
  for (const auto& m : node["means"]) {
    if (!Valid(m, "means rule")) {
      continue;
    }
    MeansRule rule;
    rule.re = Compile(m["pattern"], "pattern");
    if (rule.re) {
      CheckGroups(m["pattern"], *rule.re,
                  [](const std::string& n) { return n == "means"; });
      if (!rule.re->NamedCapturingGroups().count("means")) {
        Error(m["pattern"], "a means pattern must capture 'means'",
              "grammar-missing-key");
        continue;
      }
    }
    if (m["reject"]) rule.reject = Compile(m["reject"], "reject");
    defs.means.push_back(std::move(rule));
  }
  for (const auto& st : Opt(node, "stated")) {
    if (!Valid(st, "stated rule")) continue;
    StatedRule rule;
    rule.re = Compile(st["pattern"], "pattern");
    rule.needs = StringList(st["needs"], "needs");
    if (!rule.re) continue;
    CheckGroups(st["pattern"], *rule.re,
                [](const std::string& n) { return n == "term" || n == "means"; });
    rule.term_group = GroupIndex(*rule.re, "term");
    rule.means_group = GroupIndex(*rule.re, "means");
    if (rule.term_group == 0 || rule.means_group == 0) {
      Error(st["pattern"], "a stated pattern must capture 'term' and 'means'",
            "grammar-missing-key");
      continue;
    }
    if (rule.needs.empty()) {
      Error(st["needs"], "needs must list at least one word", "grammar-bad-value");
      continue;
    }
    defs.stated.push_back(std::move(rule));
  }
  if (!errors_.empty()) return;
  for (const auto& ex : Opt(node, "examples")) {
    if (!Valid(ex, "definition example")) {
      continue;
    }
    const auto found = FindDefinitions(defs, ex["text"].as<std::string>(""), 1);
    const std::string term = ex["term"].as<std::string>("");
    const std::string means = ex["means"].as<std::string>("");
    const bool ok = found.size() == 1 && found[0].term == term &&
                    found[0].means.value_or("") == means;
    if (!ok) {
      std::string got = found.empty() ? "nothing"
                                      : "'" + found[0].term + "' as '" +
                                            found[0].means.value_or("null") +
                                            "'";
      Error(ex, "definition example gives " + got + ", expected '" + term +
                    "' as '" + means + "'",
            "grammar-example");
    }
  }
}

void GrammarLoader::LoadDetect(const YAML::Node& node) {
  if (!node || !node.IsSequence() || node.size() == 0) {
    Error(node ? node : YAML::Node(), "detect must be a non-empty list",
          "grammar-missing-key");
    return;
  }
  const auto error = [this](const YAML::Node& at, const std::string& m) {
    Error(at, m, "grammar-example");
  };
  auto set = std::make_unique<RE2::Set>(PatternOptions(max_mem_), RE2::UNANCHORED);
  for (const auto& r : node) {
    if (!Valid(r, "detect rule")) {
      continue;
    }
    DetectRule rule;
    rule.id = Scalar(r["id"], "id");
    rule.weight = r["weight"].as<double>(0);
    if (rule.weight <= 0 || rule.weight > 1) {
      Error(r["weight"], "weight must be in (0, 1]", "grammar-bad-value");
    }
    rule.re = Compile(r["pattern"], "pattern");
    if (!rule.re) continue;
    CheckGroups(r["pattern"], *rule.re,
                [](const std::string&) { return false; });
    CheckTextExamples(r, *rule.re, error);
    set->Add(rule.re->pattern(), nullptr);
    data_->detect.push_back(std::move(rule));
  }
  if (errors_.empty()) {
    if (!set->Compile()) {
      Error(node, "detect rules exceed RE2's memory budget", "grammar-pattern");
    }
    data_->detect_set = std::move(set);
  }
}

}  // namespace whereas::internal
