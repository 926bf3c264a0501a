// whereas_docgen: the man page and the shell completions, made at build time
// from the command and option tables the CLI itself uses (commands.cc), so
// they cannot drift from --help.
//   whereas_docgen man|bash|zsh|fish > FILE
#include <algorithm>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "commands.h"
#include "whereas/whereas.h"

namespace whereas::cli {
namespace {

// roff: a backslash is \e, a hyphen in an option \-, a line may not start
// with a dot or a quote.
std::string Roff(std::string_view text, bool hyphens = false) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-' && hyphens) {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::string OptionTag(const OptionInfo& o) {
  std::string tag = ".TP\n";
  if (o.letter) tag += "\\fB\\-" + std::string(1, o.letter) + "\\fR, ";
  tag += "\\fB" + Roff("--" + std::string(o.name), true) + "\\fR";
  if (!o.value.empty()) tag += " \\fI" + Roff(o.value) + "\\fR";
  return tag + "\n";
}

void Man(std::ostream& out) {
  out << ".TH WHEREAS 1 \"\" \"whereas " << Version() << "\" \"User Commands\"\n"
      << ".SH NAME\nwhereas \\- published government documents to typed, checkable data\n"
      << ".SH SYNOPSIS\n";
  for (const CommandInfo& c : Commands()) {
    out << ".B whereas " << c.name << "\n" << Roff(c.operands) << "\n.br\n";
  }
  out << ".B whereas help\nCOMMAND\n.br\n.B whereas \\-\\-version\n"
      << ".SH DESCRIPTION\n"
      << "whereas reads directions, committee reports and commissioners' reports, as text\n"
      << "converted from PDFs and web pages, with grammars of RE2 patterns, and emits their\n"
      << "records (recitals, clauses, annexes, deadlines, definitions, metadata, each with\n"
      << "its source line) as YAML, JSON or NDJSON. It checks clause numbering and reports\n"
      << "faults as FILE:LINE:COL: SEVERITY: MESSAGE [RULE]. With no FILE, or FILE \"-\",\n"
      << "standard input is read; a FILE that is a directory stands for the files below it.\n"
      << ".SH COMMANDS\n";
  for (const CommandInfo& c : Commands()) {
    out << ".SS " << c.name << "\n" << Roff(c.details) << "\n";
    for (const OptionInfo& o : Options()) {
      for (const OptionHelp& h : o.help) {
        if (std::find(h.commands.begin(), h.commands.end(), c.command) == h.commands.end()) continue;
        out << OptionTag(o) << Roff(h.text) << "\n";
      }
    }
  }
  out << ".SH EXIT STATUS\n.TP\n0\nevery input was read and parsed (check: no error; lint: no problem)\n"
      << ".TP\n1\nsome input had problems (unreadable, binary, of no known kind, or a fault in its\n"
      << "parse under \\-\\-isolate) but the rest was emitted (check: an error, or a warning\n"
      << "with \\-\\-strict; lint: problems found)\n"
      << ".TP\n2\na usage error, a grammar that does not load, or no input could be read\n"
      << ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nwhen set and not empty, \\-\\-color=auto does not colour\n"
      << ".SH FILES\n.TP\n.I /usr/share/whereas/grammars\nthe built-in grammars, for reading and as "
      << "examples for \\-\\-grammars\n"
      << ".SH SEE ALSO\njq(1), yq(1), pdftotext(1)\n";
}

// The options a command takes, as shell words: "-f --format ...".
std::string Words(Command command) {
  std::string out;
  for (const OptionInfo& o : Options()) {
    if (!Takes(command, o)) continue;
    if (o.letter) out += std::string("-") + o.letter + " ";
    out += "--" + std::string(o.name) + " ";
  }
  return out + "--help";
}

std::string_view Choices(Command command, const OptionInfo& o) {
  if (o.name == "enable" || o.name == "disable") {  // the rules of check
    static const std::string kRules = [] {
      std::string rules;
      for (const CheckRule& r : CheckRules()) rules += (rules.empty() ? "" : " ") + std::string(r.id);
      return rules;
    }();
    return kRules;
  }
  for (const OptionHelp& h : o.help) {
    if (std::find(h.commands.begin(), h.commands.end(), command) != h.commands.end()) {
      return h.choices;
    }
  }
  return "";
}

std::string_view Text(Command command, const OptionInfo& o) {
  for (const OptionHelp& h : o.help) {
    if (std::find(h.commands.begin(), h.commands.end(), command) != h.commands.end()) return h.text;
  }
  return "";
}

// A description for zsh and fish: the help text up to its first bracket,
// comma or semicolon, without the characters their syntax takes.
std::string Short(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, text.find_first_of("(;,"))) {
    if (c == '\'' || c == '[' || c == ']' || c == ':' || c == '"' || c == '\\') continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string CommandWords() {
  std::string out;
  for (const CommandInfo& c : Commands()) out += std::string(c.name) + " ";
  return out + "help";
}

void Bash(std::ostream& out) {
  out << "# bash completion for whereas (made by whereas_docgen from the option tables)\n"
      << "_whereas() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      << "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
      << "    COMPREPLY=($(compgen -W \"" << CommandWords() << " --help --version\" -- \"$cur\"))\n"
      << "    return\n  fi\n"
      << "  local options=\"\"\n"
      << "  case ${COMP_WORDS[1]} in\n";
  for (const CommandInfo& c : Commands()) {
    out << "    " << c.name << ")\n      options=\"" << Words(c.command) << "\"\n"
        << "      case $prev in\n";
    for (const OptionInfo& o : Options()) {
      if (!Takes(c.command, o)) continue;
      const std::string_view choices = Choices(c.command, o);
      if (choices.empty() && (o.value.empty() || o.file)) continue;
      out << "        --" << o.name << (o.letter ? std::string("|-") + o.letter : "") << ") ";
      if (choices.empty()) {
        out << "return ;;\n";  // a number, a glob: nothing to offer
      } else {
        out << "COMPREPLY=($(compgen -W \"" << choices << "\" -- \"$cur\")); return ;;\n";
      }
    }
    out << "      esac ;;\n";
  }
  out << "    help) COMPREPLY=($(compgen -W \"" << CommandWords() << "\" -- \"$cur\")); return ;;\n"
      << "  esac\n"
      << "  if [[ $cur == -* ]]; then\n"
      << "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
      << "  else\n"
      << "    compopt -o filenames 2>/dev/null\n"
      << "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
      << "  fi\n"
      << "}\n"
      << "complete -F _whereas whereas\n";
}

void Zsh(std::ostream& out) {
  out << "#compdef whereas\n# zsh completion for whereas (made by whereas_docgen from the option "
         "tables)\n_whereas() {\n  local -a commands\n  commands=(\n";
  for (const CommandInfo& c : Commands()) {
    out << "    '" << c.name << ":" << Short(c.summary) << "'\n";
  }
  out << "    'help:what a command does and the options it takes'\n  )\n"
      << "  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n"
      << "  case $words[2] in\n";
  for (const CommandInfo& c : Commands()) {
    out << "    " << c.name << ")\n      _arguments \\\n";
    for (const OptionInfo& o : Options()) {
      if (!Takes(c.command, o)) continue;
      const std::string desc = Short(Text(c.command, o));
      const std::string_view choices = Choices(c.command, o);
      std::string action;
      if (!o.value.empty()) {
        action = ":" + std::string(o.value) + ":";
        action += !choices.empty() ? "(" + std::string(choices) + ")" : o.file ? "_files" : " ";
      }
      if (o.letter) {
        out << "        '(-" << o.letter << " --" << o.name << ")'{-" << o.letter << ",--" << o.name
            << "}'[" << desc << "]" << action << "' \\\n";
      } else {
        out << "        '--" << o.name << "[" << desc << "]" << action << "' \\\n";
      }
    }
    out << "        '(-h --help)'{-h,--help}'[the options of this command]' \\\n"
        << "        '*:file:_files' ;;\n";
  }
  out << "    help) _describe 'command' commands ;;\n  esac\n}\n_whereas \"$@\"\n";
}

void Fish(std::ostream& out) {
  out << "# fish completion for whereas (made by whereas_docgen from the option tables)\n"
      << "complete -c whereas -n __fish_use_subcommand -l help -s h -d 'the commands'\n"
      << "complete -c whereas -n __fish_use_subcommand -l version -d 'the versions'\n";
  for (const CommandInfo& c : Commands()) {
    out << "complete -c whereas -f -n __fish_use_subcommand -a " << c.name << " -d '"
        << Short(c.summary) << "'\n";
  }
  out << "complete -c whereas -f -n __fish_use_subcommand -a help -d 'what a command does'\n"
      << "complete -c whereas -f -n '__fish_seen_subcommand_from help' -a '" << CommandWords()
      << "'\n";
  for (const CommandInfo& c : Commands()) {
    for (const OptionInfo& o : Options()) {
      if (!Takes(c.command, o)) continue;
      out << "complete -c whereas -n '__fish_seen_subcommand_from " << c.name << "' -l " << o.name;
      if (o.letter) out << " -s " << o.letter;
      const std::string_view choices = Choices(c.command, o);
      if (!choices.empty()) {
        out << " -x -a '" << choices << "'";
      } else if (o.file) {
        out << " -r -F";
      } else if (!o.value.empty()) {
        out << " -x";
      }
      out << " -d '" << Short(Text(c.command, o)) << "'\n";
    }
  }
}

// The kinds the table offers for --kind are the built-in grammars.
bool KindsMatch() {
  std::set<std::string> built_in, offered;
  for (const Grammar& g : LoadBuiltinGrammars()) built_in.insert(g.name());
  std::istringstream words{std::string(Choices(Command::kParse, *FindOption("kind")))};
  for (std::string w; words >> w;) offered.insert(w);
  return built_in == offered;
}

}  // namespace
}  // namespace whereas::cli

int main(int argc, char** argv) {
  using namespace whereas::cli;
  const std::string_view what = argc == 2 ? argv[1] : "";
  if (!KindsMatch()) {
    std::cerr << "whereas_docgen: --kind's choices in cli/commands.cc are not the built-in grammars\n";
    return 1;
  }
  if (what == "man") {
    Man(std::cout);
  } else if (what == "bash") {
    Bash(std::cout);
  } else if (what == "zsh") {
    Zsh(std::cout);
  } else if (what == "fish") {
    Fish(std::cout);
  } else {
    std::cerr << "usage: whereas_docgen man|bash|zsh|fish\n";
    return 2;
  }
  return 0;
}
