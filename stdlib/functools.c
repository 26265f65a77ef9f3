// SPDX-License-Identifier: MIT
// stdlib/functools.c: the functools module: reduce (CPython 3.11's _functools.reduce).
#include "module.h"

static Value functools_reduce(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (IS_DICT(kw) && AS_DICT(kw)->used > 0) {
        return kr_raise(vm, EXC_TypeError, "reduce() takes no keyword arguments");
    }
    if (argc < 2) {
        return kr_raise(vm, EXC_TypeError, "reduce expected at least 2 arguments, got %d", argc);
    }
    if (argc > 3) {
        return kr_raise(vm, EXC_TypeError, "reduce expected at most 3 arguments, got %d", argc);
    }
    Value func = argv[0];
    Value it = kr_iter(vm, argv[1]);
    if (IS_EXC(it)) {
        if (kr_exc_pending_is(vm, EXC_TypeError)) {
            kr_exc_take(vm);
            return kr_raise(vm, EXC_TypeError, "reduce() arg 2 must support iteration");
        }
        return VAL_EXC;
    }
    // The accumulator lives in a pinned one-slot tuple so that each iteration's scope can drop
    // everything else.
    Tuple *box = kr_tuple_new(vm, 1);
    if (!box) {
        return VAL_EXC;
    }
    box->items[0] = argc == 3 ? argv[2] : VAL_UNDEF;
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value item = kr_next(vm, it);
        if (IS_EXC(item) || IS_UNDEF(item)) {
            kr_scope_close(vm, mark);
            if (IS_EXC(item)) {
                return VAL_EXC;
            }
            break;
        }
        if (IS_UNDEF(box->items[0])) {
            box->items[0] = item;
            kr_scope_close(vm, mark);
            continue;
        }
        if (kr_scope_hold(vm, item) < 0) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
        Value args[2] = {box->items[0], item};
        Value r = kr_call(vm, func, 2, args, VAL_UNDEF);
        kr_scope_close(vm, mark);
        if (IS_EXC(r)) {
            return VAL_EXC;
        }
        box->items[0] = r;
    }
    if (IS_UNDEF(box->items[0])) {
        return kr_raise(vm, EXC_TypeError, "reduce() of empty iterable with no initial value");
    }
    return box->items[0];
}

static const NativeDef functools_funcs[] = {
    NATIVE("reduce", functools_reduce, 0, -1, NATIVE_KW),
    NATIVE_END,
};

const ModuleDef kr_mod_functools = {"functools", functools_funcs, NULL};
