#ifndef CGLPK_SHIM_H
#define CGLPK_SHIM_H
// GLPK 5.0 from Debian's libglpk-dev (no pkg-config file): the header lives in
// /usr/include, the library is linked by the module map.
#include <glpk.h>
#endif
