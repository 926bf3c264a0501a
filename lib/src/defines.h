// Pattern text both grammar loaders prepare alike: {NAME} placeholders (a
// pattern written once in a file's `defines:` section and used in several
// rules) and quotes.
#ifndef WHEREAS_SRC_DEFINES_H_
#define WHEREAS_SRC_DEFINES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace whereas::internal {

// `pattern` with each {NAME} replaced by defines[NAME]. A name that is not
// defined is appended to `unknown` and left out. Quantifiers such as {1,3}
// have no capital letters, and braces after an escape letter (\x{F0B7},
// \p{Lu}) are RE2's own, so neither is taken for a name.
std::string ExpandDefines(std::string_view pattern,
                          const std::map<std::string, std::string>& defines,
                          std::vector<std::string>* unknown);

// `pattern` with each straight quote, ' or ", also matching its curly forms,
// so grammar authors write one pattern for both kinds of text.
std::string FoldQuotes(std::string_view pattern);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_DEFINES_H_
