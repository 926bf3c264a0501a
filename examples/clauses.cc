// An example of the library: each document named on the command line (or
// standard input) as a table of its clauses, one tab-separated row each:
// FILE, PATH, LINE, TEXT. Built against the installed package in the tests.
#include <whereas/whereas.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

void PrintItems(const std::string& file, const std::vector<whereas::Item>& items) {
  for (const whereas::Item& item : items) {
    std::cout << file << '\t' << item.path << '\t' << item.line << '\t' << item.text << '\n';
    PrintItems(file, item.items);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files(argv + 1, argv + argc);
  if (files.empty()) files.push_back("-");
  int status = 0;
  for (const std::string& file : files) {
    std::ostringstream text;
    if (file == "-") {
      text << std::cin.rdbuf();
    } else {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::cerr << "clauses: " << file << ": cannot read\n";
        status = 1;
        continue;
      }
      text << in.rdbuf();
    }
    whereas::Result<whereas::Document> doc = whereas::Parse(text.str(), {.source = file});
    if (!doc) {
      std::cerr << "clauses: " << file << ": " << doc.error().message << '\n';
      status = 1;
      continue;
    }
    PrintItems(file, doc.value().clauses);
  }
  return status;
}
