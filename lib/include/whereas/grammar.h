// Grammar: a compiled, checked description of one kind of document.
#ifndef WHEREAS_GRAMMAR_H_
#define WHEREAS_GRAMMAR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "whereas/result.h"

namespace whereas {

namespace internal {
struct GrammarData;  // the compiled form, private to the library
struct GrammarCell;  // its detection rules, and the rest when compiled
struct GrammarAccess;
}  // namespace internal

// A grammar is loaded from YAML text (see grammars/*.yaml and
// docs/grammar-authoring.md) by LoadGrammar(), the only way to obtain one. Its
// patterns are compiled once; a Grammar is immutable and cheap to copy (it
// shares its data), and is safe to use from many threads at once.
class Grammar {
 public:
  const std::string& name() const;
  int version() const;
  // The file name given to LoadGrammar(), e.g. "grammars/direction.yaml".
  const std::string& file() const;
  const std::string& description() const;
  // Problems that do not stop the grammar from working (an unused field),
  // formatted like LoadGrammar()'s errors but with "warning:".
  const std::vector<std::string>& warnings() const;
  // Compiles now what LoadOptions::defer_rules left for a document's first
  // parse (nothing, when the grammar was loaded whole): before forking
  // worker processes, so that they share it instead of each compiling it.
  void Compile() const;

 private:
  friend Result<Grammar> LoadGrammar(std::string_view, std::string_view, const struct LoadOptions&);
  friend struct internal::GrammarAccess;
  explicit Grammar(std::shared_ptr<const internal::GrammarCell> cell) : cell_(std::move(cell)) {}
  std::shared_ptr<const internal::GrammarCell> cell_;
};

struct LoadOptions {
  // Check that every line rule's examples (and counter-examples) are
  // classified as their rule by the whole grammar (about 8% of a run's
  // start-up). The built-in grammars skip it at run time, because the build
  // runs `whereas lint --strict --builtin` on them; keep it for any other file.
  bool check_examples = true;
  // Compile only the name, version and detection rules now, and the rest
  // when a document of this kind is first parsed (thread-safe): a run that
  // meets one kind compiles one grammar, and an empty input none. Only for
  // grammars known to load, such as the built-in ones (the build lints
  // them): a problem found later is a bug, thrown as std::logic_error.
  bool defer_rules = false;
};

// Parses and checks a grammar file's text. `file_name` is used only in
// messages. Every problem is reported at once in Error::diagnostics as
// "FILE:LINE:COL: error: MESSAGE [RULE]": YAML syntax, unknown or missing
// keys, patterns RE2 rejects (with RE2's own message), captures that are not
// declared fields, and examples that the compiled grammar does not classify
// as their rule (or counter-examples that it does). Never throws.
Result<Grammar> LoadGrammar(std::string_view yaml_text, std::string_view file_name,
                            const LoadOptions& options = {});

// Every key a grammar file may hold, section by section, with its type,
// whether it is required and what it means, in Markdown: the table the
// loader checks files against (docs/grammar-reference.md).
std::string GrammarReference();

// A grammar file compiled into the library: `file_name` like
// "grammars/direction.yaml", `text` its contents.
struct GrammarSource {
  std::string_view file_name;
  std::string_view text;
};

// The grammars shipped in grammars/, embedded at build time, in file order.
const std::vector<GrammarSource>& BuiltinGrammarSources();

}  // namespace whereas

#endif  // WHEREAS_GRAMMAR_H_
