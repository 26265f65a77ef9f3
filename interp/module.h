// SPDX-License-Identifier: MIT
// interp/module.h: the one header natives (builtins, object methods, stdlib modules) include:
// argument helpers with CPython's error texts, module definitions, the growable StrBuf.
#ifndef KR_MODULE_H
#define KR_MODULE_H

#include "object.h"
#include "state.h"

typedef struct ModuleDef {
    const char *name;
    const NativeDef *funcs;
    int (*init)(KrVm *vm, Value module); // optional: add constants and types; -1 on error
} ModuleDef;

// ----- Argument helpers (args.c). Each raises CPython's TypeError/OverflowError text. -----
// Bind [argc] positional [argv] and keyword dict [kw] (VAL_UNDEF: none) to the parameter
// [names] (nnames entries). The first [nposonly] are positional-only; those from [kwonly_from]
// on are keyword-only (pass nnames for none); the first [nrequired] are required. Missing
// optional parameters come back as VAL_UNDEF. Messages use "[fname]()".
MUST_CHECK int kr_args_bind(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                            const char *const *names, int nnames, int nposonly, int kwonly_from,
                            int nrequired, Value *out);
// TypeError "[fname]() takes no keyword arguments" unless kw is empty.
MUST_CHECK int kr_args_no_kw(KrVm *vm, const char *fname, Value kw);
// int-like (int, bool; later __index__) to int64: "'str' object cannot be interpreted as an
// integer"; OverflowError "Python int too large to convert to C ssize_t".
MUST_CHECK int kr_arg_index(KrVm *vm, Value v, int64_t *out);
// str argument: TypeError "[fname]() argument [argn] must be str, not int".
MUST_CHECK Str *kr_arg_str(KrVm *vm, const char *fname, int argn, Value v);

// ----- StrBuf (strbuf.c): growable byte buffer through the VM allocator -----
typedef struct StrBuf {
    KrVm *vm;
    char *data;
    size_t len, cap;
} StrBuf;
void kr_sb_init(StrBuf *sb, KrVm *vm);
MUST_CHECK int kr_sb_add(StrBuf *sb, const char *s, size_t len); // -1 + MemoryError
MUST_CHECK int kr_sb_addc(StrBuf *sb, char c);
MUST_CHECK int kr_sb_adds(StrBuf *sb, const char *s); // NUL-terminated
MUST_CHECK int kr_sb_add_str(StrBuf *sb, Value s);    // contents of a Str value
MUST_CHECK int kr_sb_reserve(StrBuf *sb, size_t extra);
// Repeat [c] n times (padding); checks n against the memory limit first.
MUST_CHECK int kr_sb_fill(StrBuf *sb, char c, size_t n);
// Make a str from the contents (valid UTF-8) and free the buffer. Takes ownership of [sb].
Value kr_sb_to_str(StrBuf *sb);
Value kr_sb_to_bytes(StrBuf *sb);
void kr_sb_free(StrBuf *sb);

#endif
