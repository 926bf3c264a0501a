// What a line pattern's shape allows, read from its text: splitting a rule
// that ends in a capture of the rest of the line (`(?P<text>\S.*?)\s*$`) so
// that matching it reads only the label, not the whole paragraph; anchoring
// it in the classification set; running it over many lines at once.
#ifndef WHEREAS_SRC_REST_OF_LINE_H_
#define WHEREAS_SRC_REST_OF_LINE_H_

#include <optional>
#include <string>
#include <string_view>

namespace whereas::internal {

// What the final capture needs of the rest of the line, and where it ends.
enum class RestKind {
  kAny,              // (?P<n>.*)$  (?P<n>.*)      the rest as it is
  kAnyTrimmed,       // (?P<n>.*?)\s*$             the rest less trailing \s
  kNonSpace,         // (?P<n>\S.*)$               starts with \S
  kNonSpaceTrimmed,  // (?P<n>\S.*?)\s*$           starts with \S, less trailing \s
  kEndsNonSpace,     // (?P<n>.*\S)\s*$            holds a \S, less trailing \s
};

struct RestOfLine {
  std::string head;         // the pattern without the final capture
  std::string set_pattern;  // head plus what the rest must hold, for RE2::Set
  std::string name;         // the final capture's name
  RestKind kind = RestKind::kAny;
};

// Splits `pattern` when it is HEAD followed by one of the forms above, HEAD
// being a whole regexp by itself (no top-level '|', balanced groups, no \Q,
// no U flag). Then, for any line with no "\n", the full pattern's match is
// HEAD's leftmost-first match followed by the rest, provided the rest
// satisfies the kind (RestFits); when it does not, only the full pattern can
// tell. nullopt when the pattern has no such form.
std::optional<RestOfLine> SplitRestOfLine(std::string_view pattern);

// For a pattern HEAD(?P<name>BODY.*)$, neither HEAD nor BODY holding a '|'
// outside a group: HEAD(?P<name>BODY), with `name` set. On a text with no
// "\n" it matches where the whole does, with the same groups, but `name`
// ends where BODY does (the whole's runs on to the end): the tail succeeds
// after every way the rest can match, so both have the same first match.
// Matching it stops there, not at the end of the text. nullopt for any
// other shape.
std::optional<std::string> WithoutTrailingRest(std::string_view pattern, std::string* name);

// The final capture for a head match ending at `end` of `line`: where it
// starts and its length, or nullopt when the rest does not satisfy `kind`.
std::optional<std::string_view> RestFits(RestKind kind, std::string_view line,
                                         size_t end);

// True when every match of `pattern` must start at the beginning of the
// text: it opens with '^' (after any flag groups) and has no top-level '|'.
bool StartsAnchored(std::string_view pattern);

// True when `pattern` may mean something else run over many lines with
// (?m) than over each line alone: it names the text's ends (\A, \z) or
// turns multi-line mode off ((?-m), (?i-m:...)). Conservative: an escaped
// backslash before 'A' is read correctly, anything odd answers true.
bool TiedToTextEnds(std::string_view pattern);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_REST_OF_LINE_H_
