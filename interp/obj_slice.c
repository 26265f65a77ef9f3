// SPDX-License-Identifier: MIT
// interp/obj_slice.c: the slice type and CPython's index arithmetic for slicing
// (PySlice_Unpack + PySlice_AdjustIndices, and slice.indices()).
#include "module.h"

Value kr_slice_new(KrVm *vm, Value start, Value stop, Value step) {
    Slice *s = kr_gc_alloc(vm, &kr_type_slice, sizeof(Slice));
    if (!s) {
        return VAL_EXC;
    }
    s->start = start;
    s->stop = stop;
    s->step = step;
    return kr_obj(s);
}

static Value slice_index_error(KrVm *vm) {
    return kr_raise(vm, EXC_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
}

// _PyEval_SliceIndex: an int-like value as int64, clamping huge ints (CPython clamps to
// PY_SSIZE_T_MIN/MAX instead of raising).
static int slice_index(KrVm *vm, Value v, int64_t *out) {
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = v.u.i;
        return 0;
    }
    if (IS_BIGINT(v)) {
        *out = kr_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    if (IS_OBJ(v) && kr_class_of(vm, v)->type_id < 0) {
        // A user object may define __index__.
        if (kr_index(vm, v, out) == 0) {
            return 0;
        }
        if (!kr_exc_pending_is(vm, EXC_TypeError)) {
            return -1;
        }
        (void)kr_exc_take(vm);
    }
    slice_index_error(vm);
    return -1;
}

int kr_slice_indices(KrVm *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelen) {
    int64_t st, a, b;
    if (IS_NONE(s->step)) {
        st = 1;
    } else {
        if (slice_index(vm, s->step, &st) < 0) {
            return -1;
        }
        if (st == 0) {
            kr_raise(vm, EXC_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (st < -INT64_MAX) {
            st = -INT64_MAX; // so that -step cannot overflow
        }
    }
    if (IS_NONE(s->start)) {
        a = st < 0 ? INT64_MAX : 0;
    } else if (slice_index(vm, s->start, &a) < 0) {
        return -1;
    }
    if (IS_NONE(s->stop)) {
        b = st < 0 ? INT64_MIN : INT64_MAX;
    } else if (slice_index(vm, s->stop, &b) < 0) {
        return -1;
    }
    // PySlice_AdjustIndices
    if (a < 0) {
        a += len;
        if (a < 0) {
            a = st < 0 ? -1 : 0;
        }
    } else if (a >= len) {
        a = st < 0 ? len - 1 : len;
    }
    if (b < 0) {
        b += len;
        if (b < 0) {
            b = st < 0 ? -1 : 0;
        }
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    int64_t n = 0;
    if (st < 0) {
        if (b < a) {
            n = (int64_t)(((uint64_t)a - (uint64_t)b - 1) / (uint64_t)(-st) + 1);
        }
    } else if (a < b) {
        n = (int64_t)(((uint64_t)b - (uint64_t)a - 1) / (uint64_t)st + 1);
    }
    *start = a;
    *stop = b;
    *step = st;
    *slicelen = n;
    return 0;
}

// ----- Python-visible behaviour -----

static void slice_trace(KrVm *vm, Obj *o) {
    Slice *s = (Slice *)o;
    kr_gc_mark_value(vm, s->start);
    kr_gc_mark_value(vm, s->stop);
    kr_gc_mark_value(vm, s->step);
}

static Value slice_repr(KrVm *vm, Value self) {
    Slice *s = (Slice *)AS_OBJ(self);
    Value parts[3] = {s->start, s->stop, s->step};
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_adds(&sb, "slice(") < 0) {
        goto fail;
    }
    for (int i = 0; i < 3; i++) {
        Value r = kr_repr(vm, parts[i]);
        if (IS_EXC(r) || kr_sb_add_str(&sb, r) < 0 || kr_sb_adds(&sb, i < 2 ? ", " : ")") < 0) {
            goto fail;
        }
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value slice_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_isa(a, &kr_type_slice) || !kr_isa(b, &kr_type_slice)) {
        return vm->notimpl;
    }
    if (AS_OBJ(a) == AS_OBJ(b) && (op == CMP_EQ || op == CMP_NE)) {
        return kr_bool(op == CMP_EQ);
    }
    Slice *x = (Slice *)AS_OBJ(a), *y = (Slice *)AS_OBJ(b);
    Value t1 = kr_tuple_pack(vm, 3, x->start, x->stop, x->step);
    if (IS_EXC(t1)) {
        return VAL_EXC;
    }
    Value t2 = kr_tuple_pack(vm, 3, y->start, y->stop, y->step);
    if (IS_EXC(t2)) {
        return VAL_EXC;
    }
    return kr_compare(vm, t1, t2, op);
}

static Value slice_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "slice", kw) < 0) {
        return VAL_EXC;
    }
    if (argc < 1) {
        return kr_raise(vm, EXC_TypeError, "slice expected at least 1 argument, got %d", argc);
    }
    if (argc > 3) {
        return kr_raise(vm, EXC_TypeError, "slice expected at most 3 arguments, got %d", argc);
    }
    if (argc == 1) {
        return kr_slice_new(vm, VAL_NONE, argv[0], VAL_NONE);
    }
    return kr_slice_new(vm, argv[0], argv[1], argc == 3 ? argv[2] : VAL_NONE);
}

// _PySlice_GetLongIndices with int64 lengths; huge bounds clamp exactly as CPython's big-int
// arithmetic would (any huge start/stop lands on a bound).
static int long_index(KrVm *vm, Value v, int64_t len, int64_t lower, int64_t upper,
                      int64_t *out) {
    if (IS_BIGINT(v)) {
        *out = kr_int_sign(v) < 0 ? lower : upper;
        return 0;
    }
    int64_t x;
    if (slice_index(vm, v, &x) < 0) {
        return -1;
    }
    if (x < 0) {
        x += len;
        if (x < lower) {
            x = lower;
        }
    } else if (x > upper) {
        x = upper;
    }
    *out = x;
    return 0;
}

static Value slice_indices(KrVm *vm, int argc, const Value *argv, Value kw) {
    Slice *s = (Slice *)AS_OBJ(argv[0]);
    int64_t len;
    if (kr_index(vm, argv[1], &len) < 0) {
        return VAL_EXC;
    }
    if (len < 0) {
        return kr_raise(vm, EXC_ValueError, "length should not be negative");
    }
    Value stepv = kr_int(1);
    bool neg = false;
    if (!IS_NONE(s->step)) {
        if (IS_BIGINT(s->step)) {
            stepv = s->step;
            neg = kr_int_sign(s->step) < 0;
        } else {
            int64_t st;
            if (slice_index(vm, s->step, &st) < 0) {
                return VAL_EXC;
            }
            if (st == 0) {
                return kr_raise(vm, EXC_ValueError, "slice step cannot be zero");
            }
            stepv = kr_int(st);
            neg = st < 0;
        }
    }
    int64_t lower = neg ? -1 : 0, upper = neg ? len - 1 : len, a, b;
    if (IS_NONE(s->start)) {
        a = neg ? upper : lower;
    } else if (long_index(vm, s->start, len, lower, upper, &a) < 0) {
        return VAL_EXC;
    }
    if (IS_NONE(s->stop)) {
        b = neg ? lower : upper;
    } else if (long_index(vm, s->stop, len, lower, upper, &b) < 0) {
        return VAL_EXC;
    }
    return kr_tuple_pack(vm, 3, kr_int(a), kr_int(b), stepv);
}

static Value slice_get_start(KrVm *vm, Value self) { return ((Slice *)AS_OBJ(self))->start; }
static Value slice_get_stop(KrVm *vm, Value self) { return ((Slice *)AS_OBJ(self))->stop; }
static Value slice_get_step(KrVm *vm, Value self) { return ((Slice *)AS_OBJ(self))->step; }

static const NativeDef slice_methods[] = {
    NATIVE("indices", slice_indices, 1, 1, 0),
    NATIVE_END,
};

static const GetSetDef slice_getset[] = {
    {"start", slice_get_start},
    {"stop", slice_get_stop},
    {"step", slice_get_step},
    {NULL, NULL},
};

const Type kr_type_slice = {
    .name = "slice",
    .id = TY_SLICE,
    .basic_size = sizeof(Slice),
    .trace = slice_trace,
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .ctor = slice_ctor,
    .methods = slice_methods,
    .getset = slice_getset,
};
