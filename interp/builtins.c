// SPDX-License-Identifier: MIT
// interp/builtins.c: the builtins module: len, print, isinstance, sorted, min/max, sum, ...
//
// Every native here is registered as (0, -1, NATIVE_KW) and checks its own arguments, so that
// each reports CPython 3.11's exact message for its calling convention: METH_O ("len() takes
// exactly one argument (2 given)"), PyArg_UnpackTuple ("divmod expected 2 arguments, got 1")
// or Argument Clinic (kr_args_bind: "round() missing required argument 'number' (pos 1)").
//
// Loops over arbitrary iterables (sum, min, max, any, all) open a temp-root scope per item, so
// garbage does not pile up on the root stack; whatever must survive the iteration lives in a
// small "box" tuple pinned outside the loop.
#include <math.h>
#include <string.h>

#include "builtins.h"
#include "module.h"
#include "vm.h"

// ----- Argument checks -----

static bool has_kw(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

// METH_O: exactly one positional argument.
static int check_o(KrVm *vm, const char *name, int argc, Value kw) {
    if (kr_args_no_kw(vm, name, kw) < 0) {
        return -1;
    }
    if (argc != 1) {
        kr_raise(vm, EXC_TypeError, "%s() takes exactly one argument (%d given)", name, argc);
        return -1;
    }
    return 0;
}

// PyArg_UnpackTuple / _PyArg_CheckPositional: [min, max] positional arguments, no keywords.
static int check_n(KrVm *vm, const char *name, int argc, Value kw, int min, int max) {
    if (kr_args_no_kw(vm, name, kw) < 0) {
        return -1;
    }
    if (argc < min) {
        kr_raise(vm, EXC_TypeError, "%s expected %s%d argument%s, got %d", name,
                 min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
        return -1;
    }
    if (argc > max) {
        kr_raise(vm, EXC_TypeError, "%s expected %s%d argument%s, got %d", name,
                 min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

// Keyword-only options parsed like PyArg_ParseTupleAndKeywords("|$OO:name"): [names] of them;
// out[i] stays VAL_UNDEF when absent.
static int parse_kwonly(KrVm *vm, const char *fname, Value kw, const char *const *names, int n,
                        Value *out) {
    for (int i = 0; i < n; i++) {
        out[i] = VAL_UNDEF;
    }
    if (!has_kw(kw)) {
        return 0;
    }
    Dict *d = AS_DICT(kw);
    if (d->used > n) {
        kr_raise(vm, EXC_TypeError, "%s() takes at most %d keyword argument%s (%d given)", fname,
                 n, n == 1 ? "" : "s", (int)d->used);
        return -1;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        int found = -1;
        for (int i = 0; i < n && IS_STR(k); i++) {
            if (strcmp(AS_STR(k)->data, names[i]) == 0) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            kr_raise(vm, EXC_TypeError, "'%S' is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
        out[found] = v;
    }
    return 0;
}

// A pinned tuple of [n] slots that keeps loop state alive across per-item scopes.
static Tuple *new_box(KrVm *vm, int64_t n) {
    Tuple *box = kr_tuple_new(vm, n);
    if (box == NULL || kr_scope_hold(vm, kr_obj(box)) < 0) {
        return NULL;
    }
    return box;
}

// Look up a special method on [v] (bound), for user classes: VAL_UNDEF if absent.
static Value special(KrVm *vm, Value v, const char *name) {
    if (!IS_OBJ(v)) {
        return VAL_UNDEF;
    }
    Value n = kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    return kr_getattr_opt(vm, v, n);
}

static bool is_number(Value v) { return kr_is_intlike(v) || IS_FLOAT(v); }

// ----- print -----

static Value builtin_print(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    Value opt[4];
    if (parse_kwonly(vm, "print", kw, names, 4, opt) < 0) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(opt[2]) && !IS_NONE(opt[2])) {
        return kr_raise(vm, EXC_NotImplementedError, "print(file=...) is not supported");
    }
    Value sep = opt[0], end = opt[1];
    if (!IS_UNDEF(sep) && !IS_NONE(sep) && !IS_STR(sep)) {
        return kr_raise(vm, EXC_TypeError, "sep must be None or a string, not %T", sep);
    }
    if (!IS_UNDEF(end) && !IS_NONE(end) && !IS_STR(end)) {
        return kr_raise(vm, EXC_TypeError, "end must be None or a string, not %T", end);
    }
    if (!IS_UNDEF(opt[3]) && kr_truthy(vm, opt[3]) < 0) {
        return VAL_EXC;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    for (int i = 0; i < argc; i++) {
        if (i > 0) {
            int r = IS_STR(sep) ? kr_sb_add_str(&sb, sep) : kr_sb_addc(&sb, ' ');
            if (r < 0) {
                goto fail;
            }
        }
        Value s = kr_str(vm, argv[i]);
        if (IS_EXC(s) || kr_sb_add_str(&sb, s) < 0) {
            goto fail;
        }
    }
    if ((IS_STR(end) ? kr_sb_add_str(&sb, end) : kr_sb_addc(&sb, '\n')) < 0) {
        goto fail;
    }
    int r = kr_vm_write(vm, sb.data, sb.len);
    kr_sb_free(&sb);
    return r < 0 ? VAL_EXC : VAL_NONE;
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

// ----- Simple protocol wrappers -----

static Value builtin_len(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "len", argc, kw) < 0) {
        return VAL_EXC;
    }
    int64_t n = kr_len(vm, argv[0]);
    return n < 0 ? VAL_EXC : kr_int(n);
}

static Value builtin_repr(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "repr", argc, kw) < 0) {
        return VAL_EXC;
    }
    return kr_repr(vm, argv[0]);
}

static Value builtin_ascii(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "ascii", argc, kw) < 0) {
        return VAL_EXC;
    }
    return kr_ascii(vm, argv[0]);
}

static Value builtin_format(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "format", argc, kw, 1, 2) < 0) {
        return VAL_EXC;
    }
    Value spec = VAL_UNDEF;
    if (argc == 2) {
        if (kr_arg_str(vm, "format", 2, argv[1]) == NULL) {
            return VAL_EXC;
        }
        spec = argv[1];
    }
    return kr_format(vm, argv[0], spec);
}

static Value builtin_hash(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "hash", argc, kw) < 0) {
        return VAL_EXC;
    }
    int64_t h;
    if (kr_hash(vm, argv[0], &h) < 0) {
        return VAL_EXC;
    }
    return kr_int(h);
}

static Value builtin_id(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "id", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value v = argv[0];
    if (IS_OBJ(v)) {
        return kr_int_from_u64(vm, (uint64_t)(uintptr_t)AS_OBJ(v));
    }
    // Unboxed values have no address: derive a stable id from the payload and the tag. The
    // tag in the low bits keeps it apart from object addresses (multiples of 8) and from
    // other kinds of unboxed value.
    uint64_t payload = 0;
    if (IS_INT(v) || IS_BOOL(v)) {
        payload = (uint64_t)AS_INT(v);
    } else if (IS_FLOAT(v)) {
        double d = AS_FLOAT(v);
        memcpy(&payload, &d, sizeof payload);
    }
    Value hi = kr_int_from_u64(vm, payload);
    if (IS_EXC(hi)) {
        return VAL_EXC;
    }
    Value scaled = kr_int_binop(vm, BINOP_MUL, hi, kr_int(8));
    if (IS_EXC(scaled)) {
        return VAL_EXC;
    }
    return kr_int_binop(vm, BINOP_ADD, scaled, kr_int(v.tag));
}

static Value builtin_callable(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "callable", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value v = argv[0];
    const Type *t = kr_type_of(v);
    if (t == &kr_type_function || t == &kr_type_builtin || t == &kr_type_method ||
        t == &kr_type_type || t->call != NULL) {
        return VAL_TRUE;
    }
    Value name = kr_str_intern(vm, "__call__", 8);
    if (IS_EXC(name)) {
        return VAL_EXC;
    }
    Value attr = kr_class_getattr(vm, kr_class_of(vm, v), name);
    if (IS_EXC(attr)) {
        return VAL_EXC;
    }
    return kr_bool(!IS_UNDEF(attr));
}

// ----- Iteration -----

static Value builtin_iter(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "iter", argc, kw, 1, 2) < 0) {
        return VAL_EXC;
    }
    if (argc == 1) {
        return kr_iter(vm, argv[0]);
    }
    Value c = builtin_callable(vm, 1, argv, VAL_UNDEF);
    if (IS_EXC(c)) {
        return VAL_EXC;
    }
    if (!AS_BOOL(c)) {
        return kr_raise(vm, EXC_TypeError, "iter(v, w): v must be callable");
    }
    return kr_iter_callable_new(vm, argv[0], argv[1]);
}

static Value builtin_next(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "next", argc, kw, 1, 2) < 0) {
        return VAL_EXC;
    }
    if (kr_type_of(argv[0])->next == NULL) {
        return kr_raise(vm, EXC_TypeError, "'%T' object is not an iterator", argv[0]);
    }
    Value r;
    Value ret = VAL_NONE; // a generator's return value becomes StopIteration.value
    if (kr_isa(argv[0], &kr_type_generator)) {
        bool done;
        r = kr_gen_resume(vm, (GenObj *)AS_OBJ(argv[0]), VAL_NONE, VAL_UNDEF, &done);
        if (!IS_EXC(r) && done) {
            ret = r;
            r = VAL_UNDEF;
        }
    } else {
        r = kr_next(vm, argv[0]);
    }
    if (!IS_UNDEF(r)) {
        return r;
    }
    if (argc == 2) {
        return argv[1];
    }
    return kr_raise_stop_iteration(vm, ret);
}

static Value builtin_sorted(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"key", "reverse"};
    if (argc != 1) {
        return kr_raise(vm, EXC_TypeError, "sorted expected 1 argument, got %d", argc);
    }
    Value lv = kr_list_from_iterable(vm, argv[0]);
    if (IS_EXC(lv)) {
        return VAL_EXC;
    }
    // The keywords go to list.sort, which checks them after the list is built.
    Value a[2];
    if (kr_args_bind(vm, "sort", 0, NULL, kw, names, 2, 0, 0, 0, a) < 0) {
        return VAL_EXC;
    }
    Value key = IS_UNDEF(a[0]) ? VAL_NONE : a[0];
    bool reverse = false;
    if (!IS_UNDEF(a[1])) {
        int64_t r;
        if (IS_BIGINT(a[1])) {
            return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
        }
        if (kr_arg_index(vm, a[1], &r) < 0) {
            return VAL_EXC;
        }
        if (r != (int32_t)r) {
            return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
        }
        reverse = r != 0;
    }
    if (kr_list_sort(vm, AS_LIST(lv), key, reverse) < 0) {
        return VAL_EXC;
    }
    return lv;
}

// min() and max(): [op] is CMP_LT for min, CMP_GT for max.
static Value min_max(KrVm *vm, int argc, const Value *argv, Value kw, CmpOp op) {
    static const char *const names[] = {"key", "default"};
    const char *name = op == CMP_LT ? "min" : "max";
    if (argc == 0) {
        return kr_raise(vm, EXC_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    Value opt[2];
    if (parse_kwonly(vm, name, kw, names, 2, opt) < 0) {
        return VAL_EXC;
    }
    Value key = IS_NONE(opt[0]) ? VAL_UNDEF : opt[0];
    Value dflt = opt[1];
    if (argc > 1 && !IS_UNDEF(dflt)) {
        return kr_raise(vm, EXC_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    }
    // max(a, b) walks its arguments in place (no tuple, no iterator: no garbage per call, which
    // matters in map(max, ...)); the box holds what must survive between items: the iterator,
    // and the best key when it comes from a key function.
    bool many = argc > 1;
    Tuple *box = NULL;
    Value it = VAL_UNDEF;
    if (!many || !IS_UNDEF(key)) {
        box = new_box(vm, 3); // iterator, best item, best key
        if (box == NULL) {
            return VAL_EXC;
        }
    }
    if (!many) {
        it = kr_iter(vm, argv[0]);
        if (IS_EXC(it)) {
            return VAL_EXC;
        }
        box->items[0] = it;
    }
    Value best = VAL_UNDEF, bestval = VAL_UNDEF;
    for (int i = 0;; i++) {
        // Each item's temporaries were released (scope closed): garbage made by the iterator
        // (map() over natives, a lambda without loops) is collectable here.
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value item = many ? (i < argc ? argv[i] : VAL_UNDEF) : kr_next(vm, it);
        if (IS_EXC(item)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(item)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, item) < 0) {
            return VAL_EXC;
        }
        Value val = item;
        if (!IS_UNDEF(key)) {
            val = kr_call(vm, key, 1, &item, VAL_UNDEF);
            if (IS_EXC(val) || kr_scope_hold(vm, val) < 0) {
                return VAL_EXC;
            }
        }
        if (IS_UNDEF(best)) {
            best = item;
            bestval = val;
        } else {
            Value c = kr_compare(vm, val, bestval, op);
            if (IS_EXC(c) || kr_scope_hold(vm, c) < 0) {
                return VAL_EXC;
            }
            int t = kr_truthy(vm, c);
            if (t < 0) {
                return VAL_EXC;
            }
            if (t) {
                best = item;
                bestval = val;
            }
        }
        if (box != NULL) {
            box->items[1] = best;
            box->items[2] = bestval;
        }
        kr_scope_close(vm, mark);
    }
    if (!IS_UNDEF(best)) {
        return best;
    }
    if (!IS_UNDEF(dflt)) {
        return dflt;
    }
    return kr_raise(vm, EXC_ValueError, "%s() arg is an empty sequence", name);
}

static Value builtin_min(KrVm *vm, int argc, const Value *argv, Value kw) {
    return min_max(vm, argc, argv, kw, CMP_LT);
}

static Value builtin_max(KrVm *vm, int argc, const Value *argv, Value kw) {
    return min_max(vm, argc, argv, kw, CMP_GT);
}

// any() and all(): stop at the first item whose truth equals [stop_on].
static Value any_all(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                     bool stop_on) {
    if (check_o(vm, name, argc, kw) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, argv[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    Tuple *box = new_box(vm, 1);
    if (box == NULL) {
        return VAL_EXC;
    }
    box->items[0] = it;
    for (;;) {
        // Each item's temporaries were released (scope closed): garbage made by the iterator
        // (map() over natives, a lambda without loops) is collectable here.
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value item = kr_next(vm, it);
        if (IS_EXC(item)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(item)) {
            kr_scope_close(vm, mark);
            return kr_bool(!stop_on);
        }
        if (kr_scope_hold(vm, item) < 0) {
            return VAL_EXC;
        }
        int t = kr_truthy(vm, item);
        kr_scope_close(vm, mark);
        if (t < 0) {
            return VAL_EXC;
        }
        if ((t != 0) == stop_on) {
            return kr_bool(stop_on);
        }
    }
}

static Value builtin_any(KrVm *vm, int argc, const Value *argv, Value kw) {
    return any_all(vm, "any", argc, argv, kw, true);
}

static Value builtin_all(KrVm *vm, int argc, const Value *argv, Value kw) {
    return any_all(vm, "all", argc, argv, kw, false);
}

// CPython 3.11's builtin_sum_impl: an int64 fast path, then a plain C double accumulation once
// the running total is a float, then generic addition.
static Value builtin_sum(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (kr_args_bind(vm, "sum", argc, argv, kw, names, 2, 1, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value result = a[1];
    Value it = kr_iter(vm, a[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    if (IS_UNDEF(result)) {
        result = kr_int(0);
    } else if (IS_STR(result)) {
        return kr_raise(vm, EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    } else if (IS_BYTES(result)) {
        return kr_raise(vm, EXC_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    Tuple *box = new_box(vm, 2); // iterator, running result
    if (box == NULL) {
        return VAL_EXC;
    }
    box->items[0] = it;
    box->items[1] = result;

    if (IS_INT(result)) {
        int64_t acc = AS_INT(result);
        for (;;) {
            if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
                return VAL_EXC;
            }
            size_t mark = kr_scope_open(vm);
            Value item = kr_next(vm, it);
            if (IS_EXC(item)) {
                return VAL_EXC;
            }
            if (IS_UNDEF(item)) {
                kr_scope_close(vm, mark);
                return kr_int(acc);
            }
            int64_t sum;
            if ((IS_INT(item) || IS_BOOL(item)) &&
                !__builtin_add_overflow(acc, AS_INT(item), &sum)) {
                acc = sum;
                kr_scope_close(vm, mark);
                continue;
            }
            if (kr_scope_hold(vm, item) < 0) {
                return VAL_EXC;
            }
            result = kr_binop(vm, BINOP_ADD, kr_int(acc), item);
            if (IS_EXC(result)) {
                return VAL_EXC;
            }
            box->items[1] = result;
            kr_scope_close(vm, mark);
            break;
        }
    }
    if (IS_FLOAT(result)) {
        double f = AS_FLOAT(result);
        for (;;) {
            if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
                return VAL_EXC;
            }
            size_t mark = kr_scope_open(vm);
            Value item = kr_next(vm, it);
            if (IS_EXC(item)) {
                return VAL_EXC;
            }
            if (IS_UNDEF(item)) {
                kr_scope_close(vm, mark);
                return kr_float(f);
            }
            if (IS_FLOAT(item)) {
                f += AS_FLOAT(item);
                kr_scope_close(vm, mark);
                continue;
            }
            if (IS_INT(item) || IS_BOOL(item)) {
                f += (double)AS_INT(item);
                kr_scope_close(vm, mark);
                continue;
            }
            if (kr_scope_hold(vm, item) < 0) {
                return VAL_EXC;
            }
            result = kr_binop(vm, BINOP_ADD, kr_float(f), item);
            if (IS_EXC(result)) {
                return VAL_EXC;
            }
            box->items[1] = result;
            kr_scope_close(vm, mark);
            break;
        }
    }
    for (;;) {
        // Each item's temporaries were released (scope closed): garbage made by the iterator
        // (map() over natives, a lambda without loops) is collectable here.
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value item = kr_next(vm, it);
        if (IS_EXC(item)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(item)) {
            kr_scope_close(vm, mark);
            return result;
        }
        if (kr_scope_hold(vm, item) < 0) {
            return VAL_EXC;
        }
        result = kr_binop(vm, BINOP_ADD, result, item);
        if (IS_EXC(result)) {
            return VAL_EXC;
        }
        box->items[1] = result;
        kr_scope_close(vm, mark);
    }
}

// ----- Numbers -----

static Value builtin_abs(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "abs", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value v = argv[0];
    if (kr_is_intlike(v)) {
        Value n = kr_int_normalize(vm, v);
        return IS_EXC(n) ? n : kr_int_abs(vm, n);
    }
    if (IS_FLOAT(v)) {
        return kr_float(fabs(AS_FLOAT(v)));
    }
    if (IS_COMPLEX(v)) {
        return kr_complex_abs(vm, v);
    }
    Value m = special(vm, v, "__abs__");
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(m)) {
        return kr_call(vm, m, 0, NULL, VAL_UNDEF);
    }
    return kr_raise(vm, EXC_TypeError, "bad operand type for abs(): '%T'", v);
}

static bool is_notimpl(KrVm *vm, Value v) { return IS_OBJ(v) && AS_OBJ(v) == AS_OBJ(vm->notimpl); }

static Value builtin_divmod(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "divmod", argc, kw, 2, 2) < 0) {
        return VAL_EXC;
    }
    Value a = argv[0], b = argv[1];
    if (kr_is_intlike(a) && kr_is_intlike(b)) {
        return kr_int_divmod(vm, kr_int_normalize(vm, a), kr_int_normalize(vm, b));
    }
    if (is_number(a) && is_number(b)) {
        return kr_float_divmod(vm, a, b); // obj_float.c: CPython's float_divmod
    }
    // User classes: a.__divmod__(b), then b.__rdivmod__(a).
    Value m = special(vm, a, "__divmod__");
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(m)) {
        Value r = kr_call(vm, m, 1, &b, VAL_UNDEF);
        if (IS_EXC(r) || !is_notimpl(vm, r)) {
            return r;
        }
    }
    m = special(vm, b, "__rdivmod__");
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(m)) {
        Value r = kr_call(vm, m, 1, &a, VAL_UNDEF);
        if (IS_EXC(r) || !is_notimpl(vm, r)) {
            return r;
        }
    }
    return kr_raise(vm, EXC_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'",
                    a, b);
}

static Value builtin_pow(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"base", "exp", "mod"};
    Value a[3];
    if (kr_args_bind(vm, "pow", argc, argv, kw, names, 3, 0, 3, 2, a) < 0) {
        return VAL_EXC;
    }
    if (IS_UNDEF(a[2]) || IS_NONE(a[2])) {
        return kr_binop(vm, BINOP_POW, a[0], a[1]);
    }
    if (kr_is_intlike(a[0]) && kr_is_intlike(a[1]) && kr_is_intlike(a[2])) {
        Value x = kr_int_normalize(vm, a[0]);
        Value y = kr_int_normalize(vm, a[1]);
        Value z = kr_int_normalize(vm, a[2]);
        if (IS_EXC(x) || IS_EXC(y) || IS_EXC(z)) {
            return VAL_EXC;
        }
        return kr_int_pow(vm, x, y, z);
    }
    if (IS_COMPLEX(a[0]) || IS_COMPLEX(a[1]) || IS_COMPLEX(a[2])) {
        // CPython's ternary_op: the slots of type(base), type(exp), type(mod) in turn.
        Value x = a[0], y = a[1];
        bool xnum = is_number(x) || IS_COMPLEX(x), ynum = is_number(y) || IS_COMPLEX(y);
        for (int k = 0; k < 3; k++) {
            if (IS_FLOAT(a[k])) {
                break; // float.__pow__ rejects a modulus first: TypeError below
            }
            if (IS_COMPLEX(a[k]) && xnum && ynum) {
                return kr_raise(vm, EXC_ValueError, "complex modulo");
            }
        }
    }
    // float.__pow__ rejects any third argument before looking at the others.
    if (IS_FLOAT(a[0]) || IS_FLOAT(a[1]) || IS_FLOAT(a[2])) {
        return kr_raise(vm, EXC_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return kr_raise(vm, EXC_TypeError,
                    "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0], a[1],
                    a[2]);
}

static Value builtin_round(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (kr_args_bind(vm, "round", argc, argv, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value x = a[0], nd = a[1];
    bool no_digits = IS_UNDEF(nd) || IS_NONE(nd);
    // obj_int.c / obj_float.c implement int.__round__ / float.__round__ (huge ndigits too).
    if (kr_is_intlike(x)) {
        return kr_int_round(vm, x, no_digits ? VAL_NONE : nd);
    }
    if (IS_FLOAT(x)) {
        return kr_float_round(vm, AS_FLOAT(x), no_digits ? VAL_NONE : nd);
    }
    Value m = special(vm, x, "__round__");
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(m)) {
        return kr_call(vm, m, no_digits ? 0 : 1, &nd, VAL_UNDEF);
    }
    return kr_raise(vm, EXC_TypeError, "type %s doesn't define __round__ method", kr_typename(x));
}

static Value builtin_chr(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "chr", argc, kw) < 0) {
        return VAL_EXC;
    }
    int64_t i;
    if (IS_BIGINT(argv[0])) {
        return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    if (kr_arg_index(vm, argv[0], &i) < 0) {
        return VAL_EXC;
    }
    if (i != (int32_t)i) {
        return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    if (i < 0 || i > 0x10ffff) {
        return kr_raise(vm, EXC_ValueError, "chr() arg not in range(0x110000)");
    }
    return kr_str_from_codepoint(vm, (uint32_t)i);
}

static Value builtin_ord(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_o(vm, "ord", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value v = argv[0];
    if (IS_STR(v)) {
        Str *s = AS_STR(v);
        if (s->nchars != 1) {
            return kr_raise(vm, EXC_TypeError,
                            "ord() expected a character, but string of length %ld found",
                            (long)s->nchars);
        }
        size_t adv;
        return kr_int(kr_utf8_decode(s->data, &adv));
    }
    if (IS_BYTES(v)) {
        Bytes *b = AS_BYTES(v);
        if (b->len != 1) {
            return kr_raise(vm, EXC_TypeError,
                            "ord() expected a character, but string of length %ld found",
                            (long)b->len);
        }
        return kr_int(b->data[0]);
    }
    return kr_raise(vm, EXC_TypeError, "ord() expected string of length 1, but %T found", v);
}

static Value int_to_base(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                         int base) {
    if (check_o(vm, name, argc, kw) < 0) {
        return VAL_EXC;
    }
    Value v = argv[0];
    if (kr_is_intlike(v)) {
        v = kr_int_normalize(vm, v);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
    } else {
        int64_t i;
        if (kr_arg_index(vm, v, &i) < 0) {
            return VAL_EXC;
        }
        v = kr_int(i);
    }
    return kr_int_to_base(vm, v, base, true);
}

static Value builtin_bin(KrVm *vm, int argc, const Value *argv, Value kw) {
    return int_to_base(vm, "bin", argc, argv, kw, 2);
}

static Value builtin_oct(KrVm *vm, int argc, const Value *argv, Value kw) {
    return int_to_base(vm, "oct", argc, argv, kw, 8);
}

static Value builtin_hex(KrVm *vm, int argc, const Value *argv, Value kw) {
    return int_to_base(vm, "hex", argc, argv, kw, 16);
}

// ----- Classes and attributes -----

static int c_enter(KrVm *vm, const char *where) {
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    vm->c_depth++;
    return 0;
}

// A C type's __instancecheck__/__subclasscheck__ method (typing's aliases), or NULL.
static const NativeDef *check_method(Value spec, const char *name) {
    const NativeDef *m = kr_type_of(spec)->methods;
    for (; m && m->name; m++) {
        if (strcmp(m->name, name) == 0) {
            return m;
        }
    }
    return NULL;
}

static int run_check(KrVm *vm, const NativeDef *m, Value spec, Value v) {
    Value args[2] = {spec, v};
    Value r = m->fn(vm, 2, args, VAL_UNDEF);
    return IS_EXC(r) ? -1 : kr_truthy(vm, r);
}

// isinstance(v, spec): spec a class, a (nested) tuple of classes, or an object whose type has
// __instancecheck__. 0/1/-1.
static int isinstance_rec(KrVm *vm, Value v, Value spec) {
    if (IS_TYPEOBJ(spec)) {
        return kr_isinstance_type(vm, v, AS_TYPEOBJ(spec)) ? 1 : 0;
    }
    const NativeDef *chk = IS_TUPLE(spec) ? NULL : check_method(spec, "__instancecheck__");
    if (chk) {
        return run_check(vm, chk, spec, v);
    }
    if (!IS_TUPLE(spec)) {
        kr_raise(vm, EXC_TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (c_enter(vm, " in __instancecheck__") < 0) {
        return -1;
    }
    int r = 0;
    Tuple *t = AS_TUPLE(spec);
    for (int64_t i = 0; i < t->len && r == 0; i++) {
        r = isinstance_rec(vm, v, t->items[i]);
    }
    vm->c_depth--;
    return r;
}

static int issubclass_rec(KrVm *vm, Value c, Value spec) {
    if (IS_TYPEOBJ(spec)) {
        if (!IS_TYPEOBJ(c)) {
            kr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return kr_class_is_subclass(AS_TYPEOBJ(c), AS_TYPEOBJ(spec)) ? 1 : 0;
    }
    const NativeDef *chk = IS_TUPLE(spec) ? NULL : check_method(spec, "__subclasscheck__");
    if (chk) {
        return run_check(vm, chk, spec, c);
    }
    if (!IS_TUPLE(spec)) {
        if (!IS_TYPEOBJ(c)) {
            kr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
        } else {
            kr_raise(vm, EXC_TypeError,
                     "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return -1;
    }
    if (c_enter(vm, " in __subclasscheck__") < 0) {
        return -1;
    }
    int r = 0;
    Tuple *t = AS_TUPLE(spec);
    for (int64_t i = 0; i < t->len && r == 0; i++) {
        r = issubclass_rec(vm, c, t->items[i]);
    }
    vm->c_depth--;
    return r;
}

static Value builtin_isinstance(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "isinstance", argc, kw, 2, 2) < 0) {
        return VAL_EXC;
    }
    int r = isinstance_rec(vm, argv[0], argv[1]);
    return r < 0 ? VAL_EXC : kr_bool(r);
}

static Value builtin_issubclass(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "issubclass", argc, kw, 2, 2) < 0) {
        return VAL_EXC;
    }
    int r = issubclass_rec(vm, argv[0], argv[1]);
    return r < 0 ? VAL_EXC : kr_bool(r);
}

static int check_attr_name(KrVm *vm, Value name) {
    if (!IS_STR(name)) {
        kr_raise(vm, EXC_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    return 0;
}

static Value builtin_getattr(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "getattr", argc, kw, 2, 3) < 0 || check_attr_name(vm, argv[1]) < 0) {
        return VAL_EXC;
    }
    Value r = kr_getattr(vm, argv[0], argv[1]);
    if (IS_EXC(r) && argc == 3 && kr_exc_matches(vm, vm->exc, EXC_AttributeError)) {
        kr_exc_take(vm);
        return argv[2];
    }
    return r;
}

static Value builtin_hasattr(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "hasattr", argc, kw, 2, 2) < 0 || check_attr_name(vm, argv[1]) < 0) {
        return VAL_EXC;
    }
    Value r = kr_getattr(vm, argv[0], argv[1]);
    if (IS_EXC(r)) {
        if (kr_exc_matches(vm, vm->exc, EXC_AttributeError)) {
            kr_exc_take(vm);
            return VAL_FALSE;
        }
        return VAL_EXC;
    }
    return VAL_TRUE;
}

static Value builtin_setattr(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "setattr", argc, kw, 3, 3) < 0 || check_attr_name(vm, argv[1]) < 0) {
        return VAL_EXC;
    }
    return kr_setattr(vm, argv[0], argv[1], argv[2]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value builtin_delattr(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "delattr", argc, kw, 2, 2) < 0 || check_attr_name(vm, argv[1]) < 0) {
        return VAL_EXC;
    }
    return kr_setattr(vm, argv[0], argv[1], VAL_UNDEF) < 0 ? VAL_EXC : VAL_NONE;
}

static int dir_add_dict(KrVm *vm, Dict *names, Dict *d) {
    int64_t pos = 0;
    Value k, v;
    while (d && kr_dict_next(d, &pos, &k, &v)) {
        if (IS_STR(k) && kr_dict_set(vm, names, k, VAL_NONE) < 0) {
            return -1;
        }
    }
    return 0;
}

static int dir_add_class(KrVm *vm, Dict *names, TypeObj *cls) {
    for (TypeObj *t = cls; t; t = t->base) {
        Dict *td = kr_class_dict(vm, t);
        if (!td || dir_add_dict(vm, names, td) < 0) {
            return -1;
        }
        for (const GetSetDef *g = t->kind ? t->kind->getset : NULL; g && g->name; g++) {
            if (kr_dict_set_str(vm, names, g->name, VAL_NONE) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static Value builtin_dir(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "dir", argc, kw, 0, 1) < 0) {
        return VAL_EXC;
    }
    if (argc == 0) {
        return kr_raise(vm, EXC_NotImplementedError, "dir() without arguments is not supported");
    }
    Value v = argv[0];
    Dict *names = kr_dict_new(vm);
    if (names == NULL) {
        return VAL_EXC;
    }
    int r;
    if (kr_isa(v, &kr_type_module)) {
        r = dir_add_dict(vm, names, ((Module *)AS_OBJ(v))->dict);
    } else if (IS_TYPEOBJ(v)) {
        r = dir_add_class(vm, names, AS_TYPEOBJ(v));
    } else {
        Value d = kr_getattr_opt(vm, v, VM_NAME(vm, __dict__));
        if (IS_EXC(d)) {
            return VAL_EXC;
        }
        r = IS_DICT(d) ? dir_add_dict(vm, names, AS_DICT(d)) : 0;
        if (r == 0) {
            r = dir_add_class(vm, names, kr_class_of(vm, v));
        }
    }
    if (r < 0) {
        return VAL_EXC;
    }
    List *l = kr_list_new(vm, names->used);
    if (l == NULL) {
        return VAL_EXC;
    }
    int64_t pos = 0;
    Value k, val;
    while (kr_dict_next(names, &pos, &k, &val)) {
        if (kr_list_append(vm, l, k) < 0) {
            return VAL_EXC;
        }
    }
    if (kr_list_sort(vm, l, VAL_NONE, false) < 0) {
        return VAL_EXC;
    }
    return kr_obj(l);
}

// ----- Registration -----

#define FN(name, fn) NATIVE(name, fn, 0, -1, NATIVE_KW)

static const NativeDef builtin_funcs[] = {
    FN("abs", builtin_abs),
    FN("all", builtin_all),
    FN("any", builtin_any),
    FN("ascii", builtin_ascii),
    FN("bin", builtin_bin),
    FN("callable", builtin_callable),
    FN("chr", builtin_chr),
    FN("delattr", builtin_delattr),
    FN("dir", builtin_dir),
    FN("divmod", builtin_divmod),
    FN("format", builtin_format),
    FN("getattr", builtin_getattr),
    FN("hasattr", builtin_hasattr),
    FN("hash", builtin_hash),
    FN("hex", builtin_hex),
    FN("id", builtin_id),
    FN("isinstance", builtin_isinstance),
    FN("issubclass", builtin_issubclass),
    FN("iter", builtin_iter),
    FN("len", builtin_len),
    FN("max", builtin_max),
    FN("min", builtin_min),
    FN("next", builtin_next),
    FN("oct", builtin_oct),
    FN("ord", builtin_ord),
    FN("pow", builtin_pow),
    FN("print", builtin_print),
    FN("repr", builtin_repr),
    FN("round", builtin_round),
    FN("setattr", builtin_setattr),
    FN("sorted", builtin_sorted),
    FN("sum", builtin_sum),
    NATIVE_END,
};

static const struct {
    const char *name;
    int id;
} builtin_classes[] = {
    {"object", TY_OBJECT},       {"type", TY_TYPE},         {"bool", TY_BOOL},
    {"int", TY_INT},             {"float", TY_FLOAT},       {"str", TY_STR},
    {"bytes", TY_BYTES},         {"list", TY_LIST},         {"tuple", TY_TUPLE},
    {"dict", TY_DICT},           {"set", TY_SET},           {"frozenset", TY_FROZENSET},
    {"range", TY_RANGE},         {"slice", TY_SLICE},       {"enumerate", TY_ENUMERATE},
    {"zip", TY_ZIP},             {"map", TY_MAP},           {"filter", TY_FILTER},
    {"reversed", TY_REVERSED},   {"bytearray", TY_BYTEARRAY},   {"complex", TY_COMPLEX},
};

static const char *const exc_names[] = {
#define EXC(name, base) #name,
#include "exceptions.def"
#undef EXC
};

int kr_builtins_init(KrVm *vm) {
    Dict *b = vm->builtins;
    Value owner = kr_str_intern(vm, "builtins", 8);
    if (IS_EXC(owner)) {
        return -1;
    }
    for (const NativeDef *d = builtin_funcs; d->name; d++) {
        Value f = kr_native_new(vm, d, VAL_UNDEF, owner);
        if (IS_EXC(f) || kr_dict_set_str(vm, b, d->name, f) < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(builtin_classes); i++) {
        TypeObj *cls = kr_class_by_id(vm, builtin_classes[i].id);
        if (cls == NULL || kr_dict_set_str(vm, b, builtin_classes[i].name, kr_obj(cls)) < 0) {
            return -1;
        }
    }
    // Exception classes are not here yet: LOAD_GLOBAL resolves their names on a miss
    // (kr_builtins_resolve), which keeps a new VM cheap.
    (void)exc_names;
    if (kr_dict_set_str(vm, b, "Ellipsis", vm->ellipsis) < 0 ||
        kr_dict_set_str(vm, b, "NotImplemented", vm->notimpl) < 0) {
        return -1;
    }
    return 0;
}
