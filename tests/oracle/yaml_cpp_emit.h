// The test oracle for the YAML writer: the same sink events written through
// yaml-cpp's emitter, with the writer's choices (two spaces, empty
// collections and table rows in flow style, plain scalars only where
// IsPlainSafe()). Tests and the parse fuzzer compare the two byte for byte.
#ifndef WHEREAS_TESTS_ORACLE_YAML_CPP_EMIT_H_
#define WHEREAS_TESTS_ORACLE_YAML_CPP_EMIT_H_

#include <ostream>

#include "whereas/document.h"

namespace whereas::test {

// What EmitYaml() writes, written by yaml-cpp (about ten times slower).
void EmitYamlWithYamlCpp(const Document& doc, std::ostream& out);

}  // namespace whereas::test

#endif  // WHEREAS_TESTS_ORACLE_YAML_CPP_EMIT_H_
