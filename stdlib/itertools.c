// SPDX-License-Identifier: MIT
// stdlib/itertools.c: the itertools module (CPython 3.11's Modules/itertoolsmodule.c
// semantics): count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
// filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise, product, permutations,
// combinations, combinations_with_replacement.
//
// Each iterator is its own GC type; the module functions allocate them. The next slots may be
// called by the VM outside any native (no automatic pinning), so each one runs inside its own
// temp-root scope and pins self and every value it holds across a call that may run Python
// code (kr_next on user iterators, kr_call, kr_eq).
//
// TODO(itertools): the types use .id = TY_OBJECT until module-defined types get class objects
// (type(it).__name__ is 'object'; isinstance against itertools.count is unsupported).
#include <inttypes.h>
#include <stdio.h>

#include "module.h"

// ----- Shared helpers -----

static bool kw_nonempty(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

// CPython's _PyArg_NoKeywords + _PyArg_CheckPositional texts.
static int check_args(KrVm *vm, const char *name, int argc, Value kw, int min, int max) {
    if (kw_nonempty(kw)) {
        kr_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (min == max && argc != min) {
        kr_raise(vm, EXC_TypeError, "%s expected %d argument%s, got %d", name, min,
                 min == 1 ? "" : "s", argc);
        return -1;
    }
    if (argc < min) {
        kr_raise(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                 min == 1 ? "" : "s", argc);
        return -1;
    }
    if (max >= 0 && argc > max) {
        kr_raise(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                 max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

static Value self_iter(KrVm *vm, Value self) { return self; }

static Value repr_at(KrVm *vm, Value self) {
    char buf[160];
    snprintf(buf, sizeof buf, "<itertools.%s object at 0x%" PRIxPTR ">", kr_type_of(self)->name,
             (uintptr_t)AS_OBJ(self));
    return kr_str_from_cstr(vm, buf);
}

// Runs [step] inside a temp-root scope with self pinned (see the file comment).
#define SCOPED_NEXT(name, step)                                                               \
    static Value name(KrVm *vm, Value self) {                                                 \
        size_t mark_ = kr_scope_open(vm);                                                     \
        Value r_ = kr_scope_hold(vm, self) < 0 ? VAL_EXC : step(vm, self);                    \
        kr_scope_close(vm, mark_);                                                            \
        return r_;                                                                            \
    }

#define ITER_TYPE(cname, pyname, Struct, tracefn, freefn, reprfn)                             \
    static const Type cname = {                                                               \
        .name = pyname,                                                                       \
        .id = TY_OBJECT,                                                                      \
        .basic_size = sizeof(Struct),                                                         \
        .trace = tracefn,                                                                     \
        .free = freefn,                                                                       \
        .repr = reprfn,                                                                       \
        .iter = self_iter,                                                                    \
        .next = cname##_next,                                                                 \
    }

static int hold(KrVm *vm, Value v) { return kr_scope_hold(vm, v); }

// Call pred(item) and return its truth value (0/1/-1). Runs Python code.
static int call_truthy(KrVm *vm, Value pred, Value item) {
    Value r = kr_call(vm, pred, 1, &item, VAL_UNDEF);
    if (IS_EXC(r) || hold(vm, r) < 0) {
        return -1;
    }
    return kr_truthy(vm, r);
}

// ----- count -----

typedef struct Count {
    Obj hdr;
    Value cnt, step;
} Count;

static void count_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Count *)o)->cnt);
    kr_gc_mark_value(vm, ((Count *)o)->step);
}

static Value count_step(KrVm *vm, Value self) {
    Count *c = (Count *)AS_OBJ(self);
    Value r = c->cnt;
    Value n = kr_binop(vm, BINOP_ADD, r, c->step);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    c->cnt = n;
    return r;
}
SCOPED_NEXT(count_type_next, count_step)

static Value count_repr(KrVm *vm, Value self) {
    Count *c = (Count *)AS_OBJ(self);
    if (IS_INT(c->step) && AS_INT(c->step) == 1) {
        return kr_str_mod(vm, kr_str_from_cstr(vm, "count(%r)"), kr_tuple_pack(vm, 1, c->cnt));
    }
    Value fmt = kr_str_from_cstr(vm, "count(%r, %r)");
    if (IS_EXC(fmt)) {
        return VAL_EXC;
    }
    Value args = kr_tuple_pack(vm, 2, c->cnt, c->step);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    return kr_str_mod(vm, fmt, args);
}

ITER_TYPE(count_type, "count", Count, count_trace, NULL, count_repr);

static bool is_number(Value v) { return kr_is_intlike(v) || IS_FLOAT(v); }

static Value it_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"start", "step"};
    Value a[2];
    if (kr_args_bind(vm, "count", argc, argv, kw, names, 2, 0, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    Value start = IS_UNDEF(a[0]) ? kr_int(0) : a[0];
    Value step = IS_UNDEF(a[1]) ? kr_int(1) : a[1];
    if (!is_number(start) || !is_number(step)) {
        return kr_raise(vm, EXC_TypeError, "a number is required");
    }
    if (IS_BOOL(start)) {
        start = kr_int(AS_INT(start));
    }
    Count *c = kr_gc_alloc(vm, &count_type, sizeof(Count));
    if (!c) {
        return VAL_EXC;
    }
    c->cnt = start;
    c->step = step;
    return kr_obj(c);
}

// ----- cycle -----

typedef struct Cycle {
    Obj hdr;
    Value it;    // VAL_UNDEF once the first pass is over
    Value saved; // List
    int64_t index;
} Cycle;

static void cycle_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Cycle *)o)->it);
    kr_gc_mark_value(vm, ((Cycle *)o)->saved);
}

static Value cycle_step(KrVm *vm, Value self) {
    Cycle *c = (Cycle *)AS_OBJ(self);
    if (!IS_UNDEF(c->it)) {
        Value item = kr_next(vm, c->it);
        if (IS_EXC(item)) {
            return VAL_EXC;
        }
        if (!IS_UNDEF(item)) {
            if (kr_list_append(vm, AS_LIST(c->saved), item) < 0) {
                return VAL_EXC;
            }
            return item;
        }
        c->it = VAL_UNDEF;
    }
    List *l = AS_LIST(c->saved);
    if (l->len == 0) {
        return VAL_UNDEF;
    }
    if (c->index >= l->len) {
        c->index = 0;
    }
    return l->items[c->index++];
}
SCOPED_NEXT(cycle_type_next, cycle_step)
ITER_TYPE(cycle_type, "cycle", Cycle, cycle_trace, NULL, repr_at);

static Value it_cycle(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_args(vm, "cycle", argc, kw, 1, 1) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, argv[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    List *saved = kr_list_new(vm, 0);
    if (!saved) {
        return VAL_EXC;
    }
    Cycle *c = kr_gc_alloc(vm, &cycle_type, sizeof(Cycle));
    if (!c) {
        return VAL_EXC;
    }
    c->it = it;
    c->saved = kr_obj(saved);
    return kr_obj(c);
}

// ----- repeat -----

typedef struct Repeat {
    Obj hdr;
    Value element;
    int64_t cnt; // -1: forever
} Repeat;

static void repeat_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((Repeat *)o)->element); }

static Value repeat_type_next(KrVm *vm, Value self) {
    Repeat *r = (Repeat *)AS_OBJ(self);
    if (r->cnt == 0) {
        return VAL_UNDEF;
    }
    if (r->cnt > 0) {
        r->cnt--;
    }
    return r->element;
}

static Value repeat_repr(KrVm *vm, Value self) {
    Repeat *r = (Repeat *)AS_OBJ(self);
    Value fmt, args;
    if (r->cnt < 0) {
        fmt = kr_str_from_cstr(vm, "repeat(%r)");
        args = kr_tuple_pack(vm, 1, r->element);
    } else {
        fmt = kr_str_from_cstr(vm, "repeat(%r, %d)");
        args = kr_tuple_pack(vm, 2, r->element, kr_int(r->cnt));
    }
    if (IS_EXC(fmt) || IS_EXC(args)) {
        return VAL_EXC;
    }
    return kr_str_mod(vm, fmt, args);
}

static const Type repeat_type = {
    .name = "repeat",
    .id = TY_OBJECT,
    .basic_size = sizeof(Repeat),
    .trace = repeat_trace,
    .repr = repeat_repr,
    .iter = self_iter,
    .next = repeat_type_next,
};
