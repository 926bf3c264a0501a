// Diagnostics coloured as GCC and Clang colour them, for a terminal: the
// location bold, the severity in its colour, the rule in brackets too.
#ifndef WHEREAS_CLI_PAINT_H_
#define WHEREAS_CLI_PAINT_H_

#include <string>
#include <string_view>

namespace whereas::cli {

// `line`, a diagnostic formatted "FILE:LINE:COL: SEVERITY: MESSAGE [RULE]",
// with colour codes; a line of another form is returned as it is.
std::string Paint(std::string_view line);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_PAINT_H_
