// Colouring formatted diagnostics.
#include "paint.h"

#include <array>
#include <utility>

namespace whereas::cli {
namespace {

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kReset = "\033[0m";

}  // namespace

std::string Paint(std::string_view line) {
  // GCC's colours: bold red errors, bold magenta warnings, bold cyan notes.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kSeverities = {{
      {": error: ", "\033[1;31m"}, {": warning: ", "\033[1;35m"}, {": note: ", "\033[1;36m"}}};
  // The severity is the first marker in the line (a message may quote one).
  size_t at = std::string_view::npos;
  std::string_view marker, colour;
  for (const auto& [m, c] : kSeverities) {
    const size_t found = line.find(m);
    if (found < at) {
      at = found;
      marker = m;
      colour = c;
    }
  }
  if (at != std::string_view::npos) {
    const std::string_view severity = marker.substr(2, marker.size() - 3);  // "error:"
    std::string_view message = line.substr(at + marker.size());
    std::string_view rule;
    if (!message.empty() && message.back() == ']') {
      const size_t open = message.rfind(" [");
      if (open != std::string_view::npos) {
        rule = message.substr(open + 1);
        message = message.substr(0, open);
      }
    }
    std::string out;
    out.reserve(line.size() + 32);
    out.append(kBold).append(line.substr(0, at + 1)).append(kReset).append(" ");
    out.append(colour).append(severity).append(kReset).append(" ").append(message);
    if (!rule.empty()) out.append(" ").append(colour).append(rule).append(kReset);
    return out;
  }
  return std::string(line);
}

}  // namespace whereas::cli
