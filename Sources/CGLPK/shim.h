#ifndef CGLPK_SHIM_H
#define CGLPK_SHIM_H
// GLPK 5.0 from Debian's libglpk-dev (no pkg-config file): the header lives in
// /usr/include, the library is linked by the module map.
#include <glpk.h>
#include <setjmp.h>

// MARK: - The safety net under every GLPK call
//
// GLPK calls abort() when one of its internal checks fails (glp_error, xassert).
// Its documented way out is glp_error_hook: the hook frees the environment with
// glp_free_env() and longjmp()s back to the caller. Swift cannot call setjmp,
// so the jump target lives here, in C: kkr_glp_guarded sets the hook, marks the
// frame with setjmp and runs body(context). On a GLPK failure it returns 1 with
// GLPK's thread-local environment freed (every problem object of this thread is
// gone, so the caller must not touch or delete it); otherwise 0.
//
// The Swift frames inside body are skipped by the jump: they must hold no lock
// and no exclusive access across a GLPK call, and what they retain is not
// released (a one-off leak on a path that ends the solve with an error).

typedef struct kkr_glp_guard {
    jmp_buf jump;
} kkr_glp_guard;

static void kkr_glp_error_hook(void *info) {
    glp_free_env();
    longjmp(((kkr_glp_guard *)info)->jump, 1);
}

static inline int kkr_glp_guarded(void (*body)(void *), void *context) {
    kkr_glp_guard guard;
    if (setjmp(guard.jump) != 0) {
        return 1;
    }
    glp_error_hook(kkr_glp_error_hook, &guard);
    body(context);
    glp_error_hook(NULL, NULL);
    return 0;
}

#endif
