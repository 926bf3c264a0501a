// The library version, set by CMake.
#include "whereas/whereas.h"

namespace whereas {

const char* Version() { return WHEREAS_VERSION; }

}  // namespace whereas
