#ifndef CCOINOR_SHIM_H
#define CCOINOR_SHIM_H
// COIN-OR CBC 2.10 / CLP 1.17 from Debian's coinor-libcbc-dev: the C interfaces only (the headers live in
// /usr/include/coin, found through pkg-config's cbc.pc).
#include <Cbc_C_Interface.h>
#include <Clp_C_Interface.h>
#endif
