// SPDX-License-Identifier: MIT
// interp/common.h: internal prelude: assertions, attributes, checked size arithmetic.
#ifndef KR_COMMON_H
#define KR_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "krconf.h"

typedef struct KrVm KrVm;

#define MUST_CHECK __attribute__((warn_unused_result))
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NORETURN __attribute__((noreturn))
#define KR_UNUSED(x) ((void)(x))
#define KR_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

// Marks the VM dead; the host receives KR_INTERNAL. Never returns an error itself.
void kr_vm_poison(KrVm *vm, const char *why);

#ifdef NDEBUG
#define KR_ASSERT(c) ((void)0)
#else
#include <assert.h>
#define KR_ASSERT(c) assert(c)
#endif

// Checked size arithmetic: return false on overflow.
static inline bool kr_add_ok(size_t a, size_t b, size_t *r) { return !__builtin_add_overflow(a, b, r); }
static inline bool kr_mul_ok(size_t a, size_t b, size_t *r) { return !__builtin_mul_overflow(a, b, r); }

#endif
