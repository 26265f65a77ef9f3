// SPDX-License-Identifier: MIT
// interp/bytes_common.h: what bytes (obj_bytes.c) and bytearray (obj_bytearray.c) share: the
// bytes-like view of either, and the method implementations both method tables list.
#ifndef KR_BYTES_COMMON_H
#define KR_BYTES_COMMON_H

#include "object.h"

// The contents of a bytes or bytearray [v] (CPython's "bytes-like object"); false for any
// other value. A bytearray's pointer is only valid until Python code runs (it may resize).
static inline bool kr_bytes_view(Value v, const uint8_t **p, int64_t *len) {
    if (IS_BYTES(v)) {
        *p = AS_BYTES(v)->data;
        *len = AS_BYTES(v)->len;
        return true;
    }
    if (IS_BYTEARRAY(v)) {
        *p = AS_BYTEARRAY(v)->data ? AS_BYTEARRAY(v)->data : (const uint8_t *)"";
        *len = AS_BYTEARRAY(v)->len;
        return true;
    }
    return false;
}

// Methods shared by bytes and bytearray: X(pyname, min_args, max_args, flags). Each is the
// native kr_bytes_m_<pyname> in obj_bytes.c; its self (argv[0]) may be a bytes or a bytearray
// and byte-string results have self's type (fromhex: the class's), as in CPython.
#define KR_BYTES_SHARED_METHODS(X)                                                              \
    X(capitalize, 0, 0, 0)                                                                      \
    X(center, 1, 2, 0)                                                                          \
    X(count, 1, 3, NATIVE_OLDARGS)                                                              \
    X(decode, 0, 2, NATIVE_KW)                                                                  \
    X(endswith, 1, 3, NATIVE_OLDARGS)                                                           \
    X(expandtabs, 0, 1, NATIVE_KW)                                                              \
    X(find, 1, 3, NATIVE_OLDARGS)                                                               \
    X(fromhex, 1, 1, NATIVE_CLASS)                                                              \
    X(hex, 0, 2, NATIVE_KW)                                                                     \
    X(index, 1, 3, NATIVE_OLDARGS)                                                              \
    X(isalnum, 0, 0, 0)                                                                         \
    X(isalpha, 0, 0, 0)                                                                         \
    X(isascii, 0, 0, 0)                                                                         \
    X(isdigit, 0, 0, 0)                                                                         \
    X(islower, 0, 0, 0)                                                                         \
    X(isspace, 0, 0, 0)                                                                         \
    X(istitle, 0, 0, 0)                                                                         \
    X(isupper, 0, 0, 0)                                                                         \
    X(join, 1, 1, 0)                                                                            \
    X(ljust, 1, 2, 0)                                                                           \
    X(lower, 0, 0, 0)                                                                           \
    X(lstrip, 0, 1, 0)                                                                          \
    X(maketrans, 2, 2, NATIVE_STATIC)                                                           \
    X(partition, 1, 1, 0)                                                                       \
    X(removeprefix, 1, 1, 0)                                                                    \
    X(removesuffix, 1, 1, 0)                                                                    \
    X(replace, 2, 3, 0)                                                                         \
    X(rfind, 1, 3, NATIVE_OLDARGS)                                                              \
    X(rindex, 1, 3, NATIVE_OLDARGS)                                                             \
    X(rjust, 1, 2, 0)                                                                           \
    X(rpartition, 1, 1, 0)                                                                      \
    X(rsplit, 0, 2, NATIVE_KW)                                                                  \
    X(rstrip, 0, 1, 0)                                                                          \
    X(split, 0, 2, NATIVE_KW)                                                                   \
    X(splitlines, 0, 1, NATIVE_KW)                                                              \
    X(startswith, 1, 3, NATIVE_OLDARGS)                                                         \
    X(strip, 0, 1, 0)                                                                           \
    X(swapcase, 0, 0, 0)                                                                        \
    X(title, 0, 0, 0)                                                                           \
    X(translate, 1, 2, NATIVE_KW)                                                               \
    X(upper, 0, 0, 0)                                                                           \
    X(zfill, 1, 1, 0)

#define KR_BYTES_DECLARE_(name, min, max, flags)                                                \
    Value kr_bytes_m_##name(KrVm *vm, int argc, const Value *argv, Value kw);
KR_BYTES_SHARED_METHODS(KR_BYTES_DECLARE_)
#undef KR_BYTES_DECLARE_

// A NativeDef row for each shared method (use inside a method table).
#define KR_BYTES_NATIVE_ROW(name, min, max, flags) NATIVE(#name, kr_bytes_m_##name, min, max, flags),

// [r] (a bytes, or a list/tuple of bytes) converted for a method called on [self]: unchanged
// when self is bytes; bytes become new bytearrays when self is a bytearray. Raises.
Value kr_bytes_result_as(KrVm *vm, Value self, Value r);

// Comparison of two bytes-likes by content (NotImplemented unless both are); `in` for a
// bytes-like [self] (an int in range(256) or a bytes-like [v]). Shared slots.
Value kr_bytes_richcmp(KrVm *vm, Value a, Value b, CmpOp op);
int kr_bytes_contains(KrVm *vm, Value self, Value v);

#endif
