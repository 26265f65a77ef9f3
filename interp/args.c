// SPDX-License-Identifier: MIT
// interp/args.c: argument helpers for natives (module.h), with CPython 3.11's exact messages.
//
// kr_args_bind mirrors Argument Clinic's _PyArg_UnpackKeywords: the same checks in the same
// order, so that the first error reported for a bad call is the one CPython reports.
#include "module.h"

#include <stdio.h>
#include <string.h>

static int64_t kw_count(Value kw) {
    if (!IS_DICT(kw)) {
        return 0;
    }
    return AS_DICT(kw)->used;
}

// The value of keyword [name] in [kw], or VAL_UNDEF. Keyword dicts are tiny: a scan by
// content avoids hashing (and never runs Python code: keys are str).
static Value kw_find(Value kw, const char *name) {
    if (!IS_DICT(kw)) {
        return VAL_UNDEF;
    }
    size_t n = strlen(name);
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
        if (IS_STR(k) && (size_t)AS_STR(k)->len == n && memcmp(AS_STR(k)->data, name, n) == 0) {
            return v;
        }
    }
    return VAL_UNDEF;
}

static bool name_known(Value key, const char *const *names, int from, int nnames) {
    if (!IS_STR(key)) {
        return false;
    }
    for (int i = from; i < nnames; i++) {
        size_t n = strlen(names[i]);
        if ((size_t)AS_STR(key)->len == n && memcmp(AS_STR(key)->data, names[i], n) == 0) {
            return true;
        }
    }
    return false;
}

int kr_args_bind(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                 const char *const *names, int nnames, int nposonly, int kwonly_from,
                 int nrequired, Value *out) {
    int64_t nkw = kw_count(kw);
    if (nkw == 0 && argc >= nrequired && argc <= kwonly_from) {
        // The common call: enough positional arguments, no keywords (nothing can be wrong).
        for (int i = 0; i < nnames; i++) {
            out[i] = i < argc ? argv[i] : VAL_UNDEF;
        }
        return 0;
    }
    int maxargs = nnames;
    int maxpos = kwonly_from;
    int minpos = nrequired < kwonly_from ? nrequired : kwonly_from;
    int minposonly = nposonly < minpos ? nposonly : minpos;

    if (argc + nkw > maxargs) {
        kr_raise(vm, EXC_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname,
                 maxargs, argc == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                 (int)(argc + nkw));
        return -1;
    }
    if (argc > maxpos) {
        if (maxpos == 0) {
            kr_raise(vm, EXC_TypeError, "%s() takes no positional arguments", fname);
        } else {
            kr_raise(vm, EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                     fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                     maxpos == 1 ? "" : "s", argc);
        }
        return -1;
    }
    if (argc < minposonly) {
        kr_raise(vm, EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                 minposonly < maxpos ? "at least" : "exactly", minposonly,
                 minposonly == 1 ? "" : "s", argc);
        return -1;
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = i < argc ? argv[i] : VAL_UNDEF;
    }
    int64_t left = nkw;
    for (int i = argc > nposonly ? argc : nposonly; i < nnames; i++) {
        Value v = left > 0 ? kw_find(kw, names[i]) : VAL_UNDEF;
        if (!IS_UNDEF(v)) {
            out[i] = v;
            left--;
        } else if (i < minpos || (maxpos <= i && i < nrequired)) {
            kr_raise(vm, EXC_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                     names[i], i + 1);
            return -1;
        }
    }
    if (left > 0) {
        for (int i = nposonly; i < argc; i++) {
            if (!IS_UNDEF(kw_find(kw, names[i]))) {
                kr_raise(vm, EXC_TypeError,
                         "argument for %s() given by name ('%s') and position (%d)", fname,
                         names[i], i + 1);
                return -1;
            }
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
            if (!name_known(k, names, nposonly, nnames)) {
                kr_raise(vm, EXC_TypeError, "'%S' is an invalid keyword argument for %s()", k,
                         fname);
                return -1;
            }
        }
    }
    return 0;
}

int kr_args_no_kw(KrVm *vm, const char *fname, Value kw) {
    if (kw_count(kw) > 0) {
        kr_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int kr_arg_index(KrVm *vm, Value v, int64_t *out) {
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (IS_BIGINT(v)) {
        kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (IS_FLOAT(v) || IS_STR(v) || IS_BYTES(v) || IS_NONE(v) || IS_LIST(v) || IS_TUPLE(v) ||
        IS_DICT(v)) {
        kr_raise(vm, EXC_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    // Other objects may define __index__: the protocol layer knows how to ask them.
    return kr_index(vm, v, out);
}

Str *kr_arg_str(KrVm *vm, const char *fname, int argn, Value v) {
    if (IS_STR(v)) {
        return AS_STR(v);
    }
    kr_raise(vm, EXC_TypeError, "%s() argument %d must be str, not %T", fname, argn, v);
    return NULL;
}

// Python-function style binding for natives that stand for a def (an exception's __init__):
// the messages of call.c's kr_bind_args, "[fname]() takes from 2 to 4 positional arguments but
// 5 were given", "... missing 2 required positional arguments: 'doc' and 'pos'". [self]: the
// def has a self parameter that the counts include (it is not in [names]).
int kr_args_bind_def(KrVm *vm, const char *fname, bool self, int argc, const Value *argv,
                     Value kw, const char *const *names, int nnames, int nrequired, Value *out) {
    int s = self ? 1 : 0;
    if (argc > nnames) {
        if (nrequired == nnames) {
            kr_raise(vm, EXC_TypeError, "%s() takes %d positional argument%s but %d %s given",
                     fname, nnames + s, nnames + s == 1 ? "" : "s", argc + s,
                     argc + s == 1 ? "was" : "were");
        } else {
            kr_raise(vm, EXC_TypeError, "%s() takes from %d to %d positional arguments but %d %s given",
                     fname, nrequired + s, nnames + s, argc + s, argc + s == 1 ? "was" : "were");
        }
        return -1;
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = i < argc ? argv[i] : VAL_UNDEF;
    }
    if (IS_DICT(kw)) {
        int64_t it = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &it, &k, &v)) {
            int j = 0;
            while (j < nnames && !(IS_STR(k) && strcmp(AS_STR(k)->data, names[j]) == 0)) {
                j++;
            }
            if (j == nnames) {
                kr_raise(vm, EXC_TypeError, "%s() got an unexpected keyword argument '%S'", fname, k);
                return -1;
            }
            if (!IS_UNDEF(out[j])) {
                kr_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%s'", fname,
                         names[j]);
                return -1;
            }
            out[j] = v;
        }
    }
    const char *miss[8];
    int nmiss = 0;
    for (int i = 0; i < nrequired && nmiss < 8; i++) {
        if (IS_UNDEF(out[i])) {
            miss[nmiss++] = names[i];
        }
    }
    if (nmiss == 0) {
        return 0;
    }
    char list[256];
    size_t n = 0;
    for (int i = 0; i < nmiss && n < sizeof list - 64; i++) {
        const char *sep = i == 0 ? "" : (i == nmiss - 1 ? (nmiss == 2 ? " and " : ", and ") : ", ");
        n += (size_t)snprintf(list + n, sizeof list - n, "%s'%.40s'", sep, miss[i]);
    }
    kr_raise(vm, EXC_TypeError, "%s() missing %d required positional argument%s: %s", fname, nmiss,
             nmiss == 1 ? "" : "s", list);
    return -1;
}
