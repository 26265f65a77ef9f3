// SPDX-License-Identifier: MIT
// tests/check.h: what the C API tests share: a failure count, CHECK, and the script's print()
// output captured into `out` (a KrConfig.write callback).
#ifndef KR_TESTS_CHECK_H
#define KR_TESTS_CHECK_H

#include <stdio.h>
#include <string.h>

static int failures;
static char out[16384];
static size_t outlen;

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                  \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static inline void capture(void *ud, const char *s, size_t n) {
    (void)ud;
    if (outlen + n < sizeof out) {
        memcpy(out + outlen, s, n);
        outlen += n;
        out[outlen] = '\0';
    }
}

#endif
