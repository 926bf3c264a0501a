// The command line's vocabulary as tables: each command, each option, which
// commands take it, and the help texts made from them (so the help, the
// options a command accepts and the refusals cannot disagree).
#ifndef WHEREAS_CLI_COMMANDS_H_
#define WHEREAS_CLI_COMMANDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whereas::cli {

enum class Command { kParse, kDetect, kCheck, kDeadlines, kText, kLint, kHelp, kVersion };

// The commands that do work (not help or version), as they are typed.
struct CommandInfo {
  Command command;
  std::string_view name;      // "parse"
  std::string_view operands;  // "[FILE|-]..."
  std::string_view summary;   // one line, for the list of commands
  std::string_view details;   // a paragraph, for the command's own help
};
const std::vector<CommandInfo>& Commands();
const CommandInfo* FindCommand(std::string_view name);
const CommandInfo& Info(Command command);

// What one option means to the commands that take it.
struct OptionHelp {
  std::vector<Command> commands;
  std::string_view text;
  std::string_view choices = "";  // the values it takes, for completion: "yaml json"
};

struct OptionInfo {
  std::string_view name;        // the long name, "format"
  char letter;                  // the short name, or 0
  std::string_view value;       // "FORMAT", or "" for a switch
  bool file = false;            // the value names a file or directory
  std::vector<OptionHelp> help;  // by command; an option no listed command takes is refused
};
const std::vector<OptionInfo>& Options();
const OptionInfo* FindOption(std::string_view name);
bool Takes(Command command, const OptionInfo& option);

// The values `command` takes for `option` (its completion choices, the
// first the default): Choices(kCheck, "format") is text yaml json sarif.
std::vector<std::string> Choices(Command command, std::string_view option);

// The commands that take `option`, as "check, lint".
std::string CommandsTaking(const OptionInfo& option);

// `whereas --help`: the commands, what they share, the exit statuses.
std::string GeneralHelp();
// `whereas COMMAND --help` and `whereas help COMMAND`.
std::string CommandHelp(Command command);

// The word of `known` nearest to `typed` (at most two edits, or a prefix),
// for "did you mean".
std::optional<std::string> Nearest(std::string_view typed, const std::vector<std::string>& known);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_COMMANDS_H_
