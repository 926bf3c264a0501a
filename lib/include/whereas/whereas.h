// Umbrella header: the whole public API of the whereas library.
#ifndef WHEREAS_WHEREAS_H_
#define WHEREAS_WHEREAS_H_

#include "whereas/check.h"
#include "whereas/date.h"
#include "whereas/document.h"
#include "whereas/emit.h"
#include "whereas/grammar.h"
#include "whereas/parse.h"
#include "whereas/read.h"
#include "whereas/result.h"
#include "whereas/value.h"

namespace whereas {

// The library's version, "MAJOR.MINOR.PATCH".
const char* Version();

}  // namespace whereas

#endif  // WHEREAS_WHEREAS_H_
