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
// The iterator types are module-defined types (TY_IT_* in types.def): itertools.count is the
// class of count objects (calling it runs the Type's ctor), with snapshot hooks for each.
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>

#include "module.h"

// The next item of an iterator this one wraps. Wrappers nest without Python frames in between
// (map(f, map(f, ...)) 10**5 deep), so each level counts as native nesting: RecursionError
// instead of exhausting the C stack.
static Value inner_next(KrVm *vm, Value it) {
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    }
    vm->c_depth++;
    Value r = kr_next(vm, it);
    vm->c_depth--;
    return r;
}

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
    snprintf(buf, sizeof buf, "<%s object at 0x%" PRIxPTR ">", kr_type_of(self)->name,
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

// A module-defined iterator type (TY_<ID> in types.def); [ctorfn] runs when the class is
// called (itertools.count(5)); NULL: the class cannot be instantiated from Python.
#define ITER_TYPE(cname, ID, pyname, Struct, tracefn, freefn, reprfn, nextfn, ctorfn)          \
    const Type kr_type_##cname = {                                                            \
        .name = "itertools." pyname,                                                          \
        .id = TY_##ID,                                                                        \
        .basic_size = sizeof(Struct),                                                         \
        .trace = tracefn,                                                                     \
        .free = freefn,                                                                       \
        .repr = reprfn,                                                                       \
        .iter = self_iter,                                                                    \
        .next = nextfn,                                                                       \
        .ctor = ctorfn,                                                                       \
    }

// The constructors (Type.ctor: calling the class).
static Value it_count(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_cycle(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_repeat(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_accumulate(KrVm *vm, int argc, const Value *argv, Value kw);
static Value chain_new(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_compress(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_dropwhile(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_takewhile(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_filterfalse(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_starmap(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_groupby(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_islice(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_zip_longest(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_pairwise(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_product(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_permutations(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_combinations(KrVm *vm, int argc, const Value *argv, Value kw);
static Value it_cwr(KrVm *vm, int argc, const Value *argv, Value kw);

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

ITER_TYPE(it_count, IT_COUNT, "count", Count, count_trace,
          NULL, count_repr, count_type_next, it_count);

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
    Count *c = kr_gc_alloc(vm, &kr_type_it_count, sizeof(Count));
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
        Value item = inner_next(vm, c->it);
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
ITER_TYPE(it_cycle, IT_CYCLE, "cycle", Cycle, cycle_trace,
          NULL, repr_at, cycle_type_next, it_cycle);

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
    Cycle *c = kr_gc_alloc(vm, &kr_type_it_cycle, sizeof(Cycle));
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

const Type kr_type_it_repeat = {
    .name = "itertools.repeat",
    .id = TY_IT_REPEAT,
    .basic_size = sizeof(Repeat),
    .trace = repeat_trace,
    .repr = repeat_repr,
    .iter = self_iter,
    .next = repeat_type_next,
    .ctor = it_repeat,
};

static Value it_repeat(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"object", "times"};
    Value a[2];
    if (kr_args_bind(vm, "repeat", argc, argv, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    int64_t cnt = -1;
    if (!IS_UNDEF(a[1])) {
        if (kr_arg_index(vm, a[1], &cnt) < 0) {
            return VAL_EXC;
        }
        if (cnt < 0) {
            cnt = 0; // negative times means zero repetitions
        }
    }
    Repeat *r = kr_gc_alloc(vm, &kr_type_it_repeat, sizeof(Repeat));
    if (!r) {
        return VAL_EXC;
    }
    r->element = a[0];
    r->cnt = cnt;
    return kr_obj(r);
}

// ----- accumulate -----

typedef struct Accumulate {
    Obj hdr;
    Value it, func;
    Value total;   // VAL_UNDEF before the first item
    Value initial; // VAL_UNDEF once emitted (or if none)
} Accumulate;

static void accumulate_trace(KrVm *vm, Obj *o) {
    Accumulate *a = (Accumulate *)o;
    kr_gc_mark_value(vm, a->it);
    kr_gc_mark_value(vm, a->func);
    kr_gc_mark_value(vm, a->total);
    kr_gc_mark_value(vm, a->initial);
}

static Value accumulate_step(KrVm *vm, Value self) {
    Accumulate *a = (Accumulate *)AS_OBJ(self);
    if (!IS_UNDEF(a->initial)) {
        a->total = a->initial;
        a->initial = VAL_UNDEF;
        return a->total;
    }
    Value val = inner_next(vm, a->it);
    if (IS_EXC(val) || IS_UNDEF(val) || hold(vm, val) < 0) {
        return IS_UNDEF(val) ? VAL_UNDEF : VAL_EXC;
    }
    if (IS_UNDEF(a->total)) {
        a->total = val;
        return val;
    }
    Value r;
    if (IS_NONE(a->func)) {
        r = kr_binop(vm, BINOP_ADD, a->total, val);
    } else {
        Value args[2] = {a->total, val};
        r = kr_call(vm, a->func, 2, args, VAL_UNDEF);
    }
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    a->total = r;
    return r;
}
SCOPED_NEXT(accumulate_type_next, accumulate_step)
ITER_TYPE(it_accumulate, IT_ACCUMULATE, "accumulate", Accumulate, accumulate_trace,
          NULL, repr_at, accumulate_type_next, it_accumulate);

static Value it_accumulate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"iterable", "func", "initial"};
    Value a[3];
    if (kr_args_bind(vm, "accumulate", argc, argv, kw, names, 3, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, a[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    Accumulate *acc = kr_gc_alloc(vm, &kr_type_it_accumulate, sizeof(Accumulate));
    if (!acc) {
        return VAL_EXC;
    }
    acc->it = it;
    acc->func = IS_UNDEF(a[1]) ? VAL_NONE : a[1];
    acc->total = VAL_UNDEF;
    acc->initial = IS_UNDEF(a[2]) || IS_NONE(a[2]) ? VAL_UNDEF : a[2];
    return kr_obj(acc);
}

// ----- chain -----

typedef struct Chain {
    Obj hdr;
    Value source; // iterator over the iterables; VAL_UNDEF when exhausted
    Value active; // current iterator or VAL_UNDEF
} Chain;

static void chain_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Chain *)o)->source);
    kr_gc_mark_value(vm, ((Chain *)o)->active);
}

static Value chain_step(KrVm *vm, Value self) {
    Chain *c = (Chain *)AS_OBJ(self);
    while (!IS_UNDEF(c->source)) {
        if (IS_UNDEF(c->active)) {
            Value iterable = inner_next(vm, c->source);
            if (IS_EXC(iterable)) {
                return VAL_EXC;
            }
            if (IS_UNDEF(iterable)) {
                c->source = VAL_UNDEF;
                return VAL_UNDEF;
            }
            if (hold(vm, iterable) < 0) {
                return VAL_EXC;
            }
            Value it = kr_iter(vm, iterable);
            if (IS_EXC(it)) {
                return VAL_EXC;
            }
            c->active = it;
        }
        Value item = inner_next(vm, c->active);
        if (!IS_UNDEF(item)) {
            return item;
        }
        c->active = VAL_UNDEF;
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
    return VAL_UNDEF;
}
SCOPED_NEXT(chain_type_next, chain_step)
// (kr_type_it_chain is defined below, with its from_iterable classmethod.)

static Value chain_from_source(KrVm *vm, Value source) {
    Chain *c = kr_gc_alloc(vm, &kr_type_it_chain, sizeof(Chain));
    if (!c) {
        return VAL_EXC;
    }
    c->source = source;
    c->active = VAL_UNDEF;
    return kr_obj(c);
}

static Value chain_new(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kw_nonempty(kw)) {
        return kr_raise(vm, EXC_TypeError, "chain() takes no keyword arguments");
    }
    Value args = kr_tuple_from(vm, argc, argv);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    Value src = kr_iter(vm, args);
    if (IS_EXC(src)) {
        return VAL_EXC;
    }
    return chain_from_source(vm, src);
}

// chain.from_iterable(iterable), a classmethod: argv[0] is the class.
static Value chain_from_iterable(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kw_nonempty(kw)) {
        return kr_raise(vm, EXC_TypeError, "chain.from_iterable() takes no keyword arguments");
    }
    if (argc != 2) {
        return kr_raise(vm, EXC_TypeError,
                        "chain.from_iterable() takes exactly one argument (%d given)", argc - 1);
    }
    Value src = kr_iter(vm, argv[1]);
    if (IS_EXC(src)) {
        return VAL_EXC;
    }
    return chain_from_source(vm, src);
}

static const NativeDef chain_methods[] = {
    NATIVE("from_iterable", chain_from_iterable, 0, -1, NATIVE_KW | NATIVE_CLASS),
    NATIVE_END,
};

const Type kr_type_it_chain = {
    .name = "itertools.chain",
    .id = TY_IT_CHAIN,
    .basic_size = sizeof(Chain),
    .trace = chain_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = chain_type_next,
    .ctor = chain_new,
    .methods = chain_methods,
};

// ----- compress -----

typedef struct Compress {
    Obj hdr;
    Value data, selectors;
} Compress;

static void compress_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Compress *)o)->data);
    kr_gc_mark_value(vm, ((Compress *)o)->selectors);
}

static Value compress_step(KrVm *vm, Value self) {
    Compress *c = (Compress *)AS_OBJ(self);
    for (;;) {
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        Value d = inner_next(vm, c->data);
        if (IS_EXC(d) || IS_UNDEF(d)) {
            return d;
        }
        if (hold(vm, d) < 0) {
            return VAL_EXC;
        }
        Value s = inner_next(vm, c->selectors);
        if (IS_EXC(s) || IS_UNDEF(s)) {
            return s;
        }
        if (hold(vm, s) < 0) {
            return VAL_EXC;
        }
        int ok = kr_truthy(vm, s);
        if (ok < 0) {
            return VAL_EXC;
        }
        if (ok) {
            return d;
        }
    }
}
SCOPED_NEXT(compress_type_next, compress_step)
ITER_TYPE(it_compress, IT_COMPRESS, "compress", Compress, compress_trace,
          NULL, repr_at, compress_type_next, it_compress);

static Value it_compress(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data", "selectors"};
    Value a[2];
    if (kr_args_bind(vm, "compress", argc, argv, kw, names, 2, 0, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    Value d = kr_iter(vm, a[0]);
    if (IS_EXC(d)) {
        return VAL_EXC;
    }
    Value s = kr_iter(vm, a[1]);
    if (IS_EXC(s)) {
        return VAL_EXC;
    }
    Compress *c = kr_gc_alloc(vm, &kr_type_it_compress, sizeof(Compress));
    if (!c) {
        return VAL_EXC;
    }
    c->data = d;
    c->selectors = s;
    return kr_obj(c);
}

// ----- dropwhile / takewhile / filterfalse (predicate + iterator) -----

typedef struct PredIter {
    Obj hdr;
    Value func, it;
    int64_t state; // dropwhile: 1 once dropping is over; takewhile: 1 once stopped
} PredIter;

static void prediter_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((PredIter *)o)->func);
    kr_gc_mark_value(vm, ((PredIter *)o)->it);
}

static Value dropwhile_step(KrVm *vm, Value self) {
    PredIter *p = (PredIter *)AS_OBJ(self);
    for (;;) {
        Value item = inner_next(vm, p->it);
        if (IS_EXC(item) || IS_UNDEF(item) || p->state) {
            return item;
        }
        if (hold(vm, item) < 0) {
            return VAL_EXC;
        }
        int ok = call_truthy(vm, p->func, item);
        if (ok < 0) {
            return VAL_EXC;
        }
        if (!ok) {
            p->state = 1;
            return item;
        }
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
}
SCOPED_NEXT(dropwhile_type_next, dropwhile_step)
ITER_TYPE(it_dropwhile, IT_DROPWHILE, "dropwhile", PredIter, prediter_trace,
          NULL, repr_at, dropwhile_type_next, it_dropwhile);

static Value takewhile_step(KrVm *vm, Value self) {
    PredIter *p = (PredIter *)AS_OBJ(self);
    if (p->state) {
        return VAL_UNDEF;
    }
    Value item = inner_next(vm, p->it);
    if (IS_EXC(item) || IS_UNDEF(item)) {
        return item;
    }
    if (hold(vm, item) < 0) {
        return VAL_EXC;
    }
    int ok = call_truthy(vm, p->func, item);
    if (ok < 0) {
        return VAL_EXC;
    }
    if (ok) {
        return item;
    }
    p->state = 1;
    return VAL_UNDEF;
}
SCOPED_NEXT(takewhile_type_next, takewhile_step)
ITER_TYPE(it_takewhile, IT_TAKEWHILE, "takewhile", PredIter, prediter_trace,
          NULL, repr_at, takewhile_type_next, it_takewhile);

static Value filterfalse_step(KrVm *vm, Value self) {
    PredIter *p = (PredIter *)AS_OBJ(self);
    for (;;) {
        Value item = inner_next(vm, p->it);
        if (IS_EXC(item) || IS_UNDEF(item)) {
            return item;
        }
        if (hold(vm, item) < 0) {
            return VAL_EXC;
        }
        int ok = IS_NONE(p->func) ? kr_truthy(vm, item) : call_truthy(vm, p->func, item);
        if (ok < 0) {
            return VAL_EXC;
        }
        if (!ok) {
            return item;
        }
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
}
SCOPED_NEXT(filterfalse_type_next, filterfalse_step)
ITER_TYPE(it_filterfalse, IT_FILTERFALSE, "filterfalse", PredIter, prediter_trace,
          NULL, repr_at, filterfalse_type_next, it_filterfalse);

static Value pred_new(KrVm *vm, const Type *t, const char *name, int argc, const Value *argv,
                      Value kw) {
    if (check_args(vm, name, argc, kw, 2, 2) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, argv[1]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    PredIter *p = kr_gc_alloc(vm, t, sizeof(PredIter));
    if (!p) {
        return VAL_EXC;
    }
    p->func = argv[0];
    p->it = it;
    return kr_obj(p);
}

static Value it_dropwhile(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred_new(vm, &kr_type_it_dropwhile, "dropwhile", argc, argv, kw);
}
static Value it_takewhile(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred_new(vm, &kr_type_it_takewhile, "takewhile", argc, argv, kw);
}
static Value it_filterfalse(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred_new(vm, &kr_type_it_filterfalse, "filterfalse", argc, argv, kw);
}

// ----- starmap -----

static Value starmap_step(KrVm *vm, Value self) {
    PredIter *p = (PredIter *)AS_OBJ(self);
    Value args = inner_next(vm, p->it);
    if (IS_EXC(args) || IS_UNDEF(args)) {
        return args;
    }
    if (hold(vm, args) < 0) {
        return VAL_EXC;
    }
    if (!IS_TUPLE(args)) {
        args = kr_tuple_from_iterable(vm, args);
        if (IS_EXC(args) || hold(vm, args) < 0) {
            return VAL_EXC;
        }
    }
    return kr_call(vm, p->func, (int)AS_TUPLE(args)->len, AS_TUPLE(args)->items, VAL_UNDEF);
}
SCOPED_NEXT(starmap_type_next, starmap_step)
ITER_TYPE(it_starmap, IT_STARMAP, "starmap", PredIter, prediter_trace,
          NULL, repr_at, starmap_type_next, it_starmap);

static Value it_starmap(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred_new(vm, &kr_type_it_starmap, "starmap", argc, argv, kw);
}

// ----- groupby -----

typedef struct GroupBy {
    Obj hdr;
    Value it, keyfunc;
    Value tgtkey, currkey, currvalue; // VAL_UNDEF when unset (CPython's NULL)
    Value currgrouper;                // the only grouper that may still yield, or VAL_UNDEF
} GroupBy;

typedef struct Grouper {
    Obj hdr;
    Value parent; // GroupBy
    Value tgtkey;
} Grouper;

static void groupby_trace(KrVm *vm, Obj *o) {
    GroupBy *g = (GroupBy *)o;
    kr_gc_mark_value(vm, g->it);
    kr_gc_mark_value(vm, g->keyfunc);
    kr_gc_mark_value(vm, g->tgtkey);
    kr_gc_mark_value(vm, g->currkey);
    kr_gc_mark_value(vm, g->currvalue);
    kr_gc_mark_value(vm, g->currgrouper);
}

static void grouper_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Grouper *)o)->parent);
    kr_gc_mark_value(vm, ((Grouper *)o)->tgtkey);
}

// Advance to the next item: 1 stepped, 0 exhausted, -1 error. Runs Python code.
static int groupby_advance(KrVm *vm, GroupBy *g) {
    Value v = inner_next(vm, g->it);
    if (IS_EXC(v)) {
        return -1;
    }
    if (IS_UNDEF(v)) {
        return 0;
    }
    if (hold(vm, v) < 0) {
        return -1;
    }
    Value k = v;
    if (!IS_NONE(g->keyfunc)) {
        k = kr_call(vm, g->keyfunc, 1, &v, VAL_UNDEF);
        if (IS_EXC(k)) {
            return -1;
        }
    }
    g->currvalue = v;
    g->currkey = k;
    return 1;
}

static Value grouper_step(KrVm *vm, Value self) {
    Grouper *gr = (Grouper *)AS_OBJ(self);
    GroupBy *g = (GroupBy *)AS_OBJ(gr->parent);
    if (!kr_is(g->currgrouper, self)) {
        return VAL_UNDEF;
    }
    if (IS_UNDEF(g->currvalue)) {
        int r = groupby_advance(vm, g);
        if (r <= 0) {
            return r < 0 ? VAL_EXC : VAL_UNDEF;
        }
    }
    int eq = kr_eq(vm, gr->tgtkey, g->currkey);
    if (eq <= 0) {
        return eq < 0 ? VAL_EXC : VAL_UNDEF;
    }
    Value r = g->currvalue;
    g->currvalue = VAL_UNDEF;
    g->currkey = VAL_UNDEF;
    return r;
}
SCOPED_NEXT(grouper_type_next, grouper_step)
ITER_TYPE(it_grouper, IT_GROUPER, "_grouper", Grouper, grouper_trace,
          NULL, repr_at, grouper_type_next, NULL);

static Value groupby_step(KrVm *vm, Value self) {
    GroupBy *g = (GroupBy *)AS_OBJ(self);
    g->currgrouper = VAL_UNDEF;
    // Skip to the next group.
    for (;;) {
        if (!IS_UNDEF(g->currkey)) {
            if (IS_UNDEF(g->tgtkey)) {
                break;
            }
            int eq = kr_eq(vm, g->tgtkey, g->currkey);
            if (eq < 0) {
                return VAL_EXC;
            }
            if (eq == 0) {
                break;
            }
        }
        int r = groupby_advance(vm, g);
        if (r <= 0) {
            return r < 0 ? VAL_EXC : VAL_UNDEF;
        }
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
    g->tgtkey = g->currkey;
    Grouper *gr = kr_gc_alloc(vm, &kr_type_it_grouper, sizeof(Grouper));
    if (!gr) {
        return VAL_EXC;
    }
    gr->parent = self;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = kr_obj(gr);
    return kr_tuple_pack(vm, 2, g->currkey, kr_obj(gr));
}
SCOPED_NEXT(groupby_type_next, groupby_step)
ITER_TYPE(it_groupby, IT_GROUPBY, "groupby", GroupBy, groupby_trace,
          NULL, repr_at, groupby_type_next, it_groupby);

static Value it_groupby(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"iterable", "key"};
    Value a[2];
    if (kr_args_bind(vm, "groupby", argc, argv, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, a[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    GroupBy *g = kr_gc_alloc(vm, &kr_type_it_groupby, sizeof(GroupBy));
    if (!g) {
        return VAL_EXC;
    }
    g->it = it;
    g->keyfunc = IS_UNDEF(a[1]) ? VAL_NONE : a[1];
    g->tgtkey = g->currkey = g->currvalue = g->currgrouper = VAL_UNDEF;
    return kr_obj(g);
}

// ----- islice -----

typedef struct ISlice {
    Obj hdr;
    Value it; // VAL_UNDEF when exhausted
    int64_t next, stop, step, cnt; // stop -1: none
} ISlice;

static void islice_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((ISlice *)o)->it); }

static Value islice_step(KrVm *vm, Value self) {
    ISlice *s = (ISlice *)AS_OBJ(self);
    if (IS_UNDEF(s->it)) {
        return VAL_UNDEF;
    }
    while (s->cnt < s->next) {
        Value item = inner_next(vm, s->it);
        if (IS_EXC(item)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(item)) {
            goto empty;
        }
        s->cnt++;
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        goto empty;
    }
    Value item = inner_next(vm, s->it);
    if (IS_EXC(item)) {
        return VAL_EXC;
    }
    if (IS_UNDEF(item)) {
        goto empty;
    }
    s->cnt++;
    int64_t old = s->next;
    s->next = (int64_t)((uint64_t)s->next + (uint64_t)s->step);
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) {
        s->next = s->stop;
    }
    return item;
empty:
    s->it = VAL_UNDEF;
    return VAL_UNDEF;
}
SCOPED_NEXT(islice_type_next, islice_step)
ITER_TYPE(it_islice, IT_ISLICE, "islice", ISlice, islice_trace,
          NULL, repr_at, islice_type_next, it_islice);

// PyNumber_AsSsize_t(v, OverflowError) with every error turned into "not a valid index".
static bool islice_index(KrVm *vm, Value v, int64_t *out) {
    if (!kr_is_intlike(v)) {
        // Objects with __index__ are not supported here yet; CPython would accept them.
        return false;
    }
    if (IS_BIGINT(v)) {
        return false;
    }
    *out = AS_INT(v);
    return true;
}

static Value it_islice(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char stop_msg[] =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (check_args(vm, "islice", argc, kw, 2, 4) < 0) {
        return VAL_EXC;
    }
    int64_t start = 0, stop = -1, step = 1;
    if (argc == 2) {
        if (!IS_NONE(argv[1])) {
            if (!islice_index(vm, argv[1], &stop) || stop == -1) {
                return kr_raise(vm, EXC_ValueError, "%s", stop_msg);
            }
        }
    } else {
        if (!IS_NONE(argv[1]) && !islice_index(vm, argv[1], &start)) {
            start = -1;
        }
        if (!IS_NONE(argv[2])) {
            if (!islice_index(vm, argv[2], &stop) || stop == -1) {
                return kr_raise(vm, EXC_ValueError, "%s", stop_msg);
            }
        }
    }
    if (start < 0 || stop < -1) {
        return kr_raise(vm, EXC_ValueError,
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (argc == 4 && !IS_NONE(argv[3]) && !islice_index(vm, argv[3], &step)) {
        step = -1;
    }
    if (step < 1) {
        return kr_raise(vm, EXC_ValueError,
                        "Step for islice() must be a positive integer or None.");
    }
    Value it = kr_iter(vm, argv[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    ISlice *s = kr_gc_alloc(vm, &kr_type_it_islice, sizeof(ISlice));
    if (!s) {
        return VAL_EXC;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    return kr_obj(s);
}

// ----- tee -----

// The shared buffer of a tee group: every item read from [it], kept while any tee may still
// need it. [base] is the index of buf[0] in the stream; items before the slowest tee are
// dropped when at least half the buffer is stale.
typedef struct TeeData {
    Obj hdr;
    Value it;  // VAL_UNDEF once exhausted
    Value buf; // List
    int64_t base;
    Value tees; // List of the Tee objects of the group (to find the slowest)
} TeeData;

typedef struct Tee {
    Obj hdr;
    Value data; // TeeData
    int64_t pos; // stream index of the next item
} Tee;

static void teedata_trace(KrVm *vm, Obj *o) {
    TeeData *d = (TeeData *)o;
    kr_gc_mark_value(vm, d->it);
    kr_gc_mark_value(vm, d->buf);
    kr_gc_mark_value(vm, d->tees);
}

const Type kr_type_it_teedata = {
    .name = "itertools._tee_dataobject",
    .id = TY_IT_TEEDATA,
    .basic_size = sizeof(TeeData),
    .trace = teedata_trace,
};

static void tee_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((Tee *)o)->data); }

// Drop buffered items that every tee has consumed.
static int tee_trim(KrVm *vm, TeeData *d) {
    List *tees = AS_LIST(d->tees);
    int64_t min = INT64_MAX;
    for (int64_t i = 0; i < tees->len; i++) {
        int64_t p = ((Tee *)AS_OBJ(tees->items[i]))->pos;
        if (p < min) {
            min = p;
        }
    }
    List *buf = AS_LIST(d->buf);
    int64_t drop = min - d->base;
    if (drop <= 0 || drop * 2 < buf->len) {
        return 0;
    }
    List *nb = kr_list_new(vm, buf->len - drop);
    if (!nb) {
        return -1;
    }
    for (int64_t i = drop; i < buf->len; i++) {
        if (kr_list_append(vm, nb, buf->items[i]) < 0) {
            return -1;
        }
    }
    d->buf = kr_obj(nb);
    d->base += drop;
    return 0;
}

static Value tee_step(KrVm *vm, Value self) {
    Tee *t = (Tee *)AS_OBJ(self);
    TeeData *d = (TeeData *)AS_OBJ(t->data);
    if (hold(vm, t->data) < 0) {
        return VAL_EXC;
    }
    int64_t idx = t->pos - d->base;
    if (idx < 0 || idx > AS_LIST(d->buf)->len) {
        // Impossible unless restored from inconsistent snapshot bytes: fail, never read out
        // of bounds.
        return kr_raise(vm, EXC_RuntimeError, "tee iterator is in an invalid state");
    }
    if (idx < AS_LIST(d->buf)->len) {
        Value v = AS_LIST(d->buf)->items[idx];
        t->pos++;
        if (tee_trim(vm, d) < 0) {
            return VAL_EXC;
        }
        return v;
    }
    if (IS_UNDEF(d->it)) {
        return VAL_UNDEF;
    }
    Value v = inner_next(vm, d->it);
    if (IS_EXC(v)) {
        return VAL_EXC;
    }
    if (IS_UNDEF(v)) {
        d->it = VAL_UNDEF;
        return VAL_UNDEF;
    }
    if (hold(vm, v) < 0) {
        return VAL_EXC;
    }
    // Another tee of the group may have advanced the iterator meanwhile: re-read positions.
    if (kr_list_append(vm, AS_LIST(d->buf), v) < 0) {
        return VAL_EXC;
    }
    int64_t want = t->pos - d->base;
    Value r = AS_LIST(d->buf)->items[want];
    t->pos++;
    if (tee_trim(vm, d) < 0) {
        return VAL_EXC;
    }
    return r;
}
SCOPED_NEXT(tee_type_next, tee_step)
ITER_TYPE(it_tee, IT_TEE, "_tee", Tee, tee_trace, NULL, repr_at, tee_type_next, NULL);

static Value it_tee(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_args(vm, "tee", argc, kw, 1, 2) < 0) {
        return VAL_EXC;
    }
    int64_t n = 2;
    if (argc == 2 && kr_arg_index(vm, argv[1], &n) < 0) {
        return VAL_EXC;
    }
    if (n < 0) {
        return kr_raise(vm, EXC_ValueError, "n must be >= 0");
    }
    Value it = kr_iter(vm, argv[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    if (n > (int64_t)1 << 24) {
        return kr_raise_nomem(vm);
    }
    Tuple *res = kr_tuple_new(vm, n);
    if (!res) {
        return VAL_EXC;
    }
    if (n == 0) {
        return kr_obj(res);
    }
    TeeData *d = kr_gc_alloc(vm, &kr_type_it_teedata, sizeof(TeeData));
    if (!d) {
        return VAL_EXC;
    }
    d->it = it;
    d->buf = d->tees = VAL_NONE;
    List *buf = kr_list_new(vm, 0);
    List *tees = kr_list_new(vm, n);
    if (!buf || !tees) {
        return VAL_EXC;
    }
    d->buf = kr_obj(buf);
    d->tees = kr_obj(tees);
    for (int64_t i = 0; i < n; i++) {
        Tee *t = kr_gc_alloc(vm, &kr_type_it_tee, sizeof(Tee));
        if (!t) {
            return VAL_EXC;
        }
        t->data = kr_obj(d);
        t->pos = 0;
        res->items[i] = kr_obj(t);
        if (kr_list_append(vm, tees, kr_obj(t)) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(res);
}

// ----- zip_longest -----

typedef struct ZipLongest {
    Obj hdr;
    Value its; // Tuple of iterators; exhausted slots become VAL_NONE
    Value fill;
    int64_t numactive;
} ZipLongest;

static void ziplongest_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((ZipLongest *)o)->its);
    kr_gc_mark_value(vm, ((ZipLongest *)o)->fill);
}

static Value ziplongest_step(KrVm *vm, Value self) {
    ZipLongest *z = (ZipLongest *)AS_OBJ(self);
    Tuple *its = AS_TUPLE(z->its);
    int64_t n = its->len;
    if (n == 0 || z->numactive == 0) {
        return VAL_UNDEF;
    }
    Tuple *res = kr_tuple_new(vm, n);
    if (!res || hold(vm, kr_obj(res)) < 0) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < n; i++) {
        Value item;
        if (IS_NONE(its->items[i])) {
            item = z->fill;
        } else {
            item = inner_next(vm, its->items[i]);
            if (IS_EXC(item)) {
                return VAL_EXC;
            }
            if (IS_UNDEF(item)) {
                z->numactive--;
                if (z->numactive == 0) {
                    return VAL_UNDEF;
                }
                its->items[i] = VAL_NONE;
                item = z->fill;
            }
        }
        res->items[i] = item;
    }
    return kr_obj(res);
}
SCOPED_NEXT(ziplongest_type_next, ziplongest_step)
ITER_TYPE(it_zip_longest, IT_ZIP_LONGEST, "zip_longest", ZipLongest, ziplongest_trace,
          NULL, repr_at, ziplongest_type_next, it_zip_longest);

static Value it_zip_longest(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value fill = VAL_NONE;
    if (kw_nonempty(kw)) {
        Dict *d = AS_DICT(kw);
        int64_t pos = 0;
        Value k, v;
        bool ok = d->used == 1 && kr_dict_next(d, &pos, &k, &v) && IS_STR(k) &&
                  strcmp(AS_STR(k)->data, "fillvalue") == 0;
        if (!ok) {
            return kr_raise(vm, EXC_TypeError, "zip_longest() got an unexpected keyword argument");
        }
        fill = v;
    }
    Tuple *its = kr_tuple_new(vm, argc);
    if (!its) {
        return VAL_EXC;
    }
    for (int i = 0; i < argc; i++) {
        Value it = kr_iter(vm, argv[i]);
        if (IS_EXC(it)) {
            return VAL_EXC;
        }
        its->items[i] = it;
    }
    ZipLongest *z = kr_gc_alloc(vm, &kr_type_it_zip_longest, sizeof(ZipLongest));
    if (!z) {
        return VAL_EXC;
    }
    z->its = kr_obj(its);
    z->fill = fill;
    z->numactive = argc;
    return kr_obj(z);
}

// ----- pairwise -----

typedef struct Pairwise {
    Obj hdr;
    Value it;  // VAL_UNDEF when exhausted
    Value old; // VAL_UNDEF before the first item
} Pairwise;

static void pairwise_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Pairwise *)o)->it);
    kr_gc_mark_value(vm, ((Pairwise *)o)->old);
}

static Value pairwise_step(KrVm *vm, Value self) {
    Pairwise *p = (Pairwise *)AS_OBJ(self);
    if (IS_UNDEF(p->it)) {
        return VAL_UNDEF;
    }
    if (IS_UNDEF(p->old)) {
        Value old = inner_next(vm, p->it);
        if (IS_EXC(old)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(old)) {
            p->it = VAL_UNDEF;
            return VAL_UNDEF;
        }
        p->old = old;
    }
    Value nw = inner_next(vm, p->it);
    if (IS_EXC(nw)) {
        return VAL_EXC;
    }
    if (IS_UNDEF(nw)) {
        p->it = VAL_UNDEF;
        p->old = VAL_UNDEF;
        return VAL_UNDEF;
    }
    if (hold(vm, nw) < 0) {
        return VAL_EXC;
    }
    Value r = kr_tuple_pack(vm, 2, p->old, nw);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    p->old = nw;
    return r;
}
SCOPED_NEXT(pairwise_type_next, pairwise_step)
ITER_TYPE(it_pairwise, IT_PAIRWISE, "pairwise", Pairwise, pairwise_trace,
          NULL, repr_at, pairwise_type_next, it_pairwise);

static Value it_pairwise(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_args(vm, "pairwise", argc, kw, 1, 1) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, argv[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    Pairwise *p = kr_gc_alloc(vm, &kr_type_it_pairwise, sizeof(Pairwise));
    if (!p) {
        return VAL_EXC;
    }
    p->it = it;
    p->old = VAL_UNDEF;
    return kr_obj(p);
}

// ----- Combinatoric iterators: product, permutations, combinations, cwr -----

// One layout for all four: the pools, the previous result, and an index array (plus, for
// permutations, a cycles array) stored after the struct.
typedef struct Combi {
    Obj hdr;
    Value pools;  // product: Tuple of Tuples; others: the pool Tuple
    Value result; // previous result Tuple or VAL_UNDEF before the first
    int64_t n, r; // pool size (not product), result length
    bool stopped;
    size_t nbytes; // allocation size of this object
    int64_t idx[]; // indices [r], then cycles [r] for permutations
} Combi;

static void combi_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((Combi *)o)->pools);
    kr_gc_mark_value(vm, ((Combi *)o)->result);
}

static void combi_free(KrVm *vm, Obj *o) { kr_mem_free(vm, o, ((Combi *)o)->nbytes); }

static Combi *combi_alloc(KrVm *vm, const Type *t, int64_t nidx) {
    size_t bytes;
    if (nidx < 0 || nidx > (int64_t)1 << 40 || !kr_mul_ok((size_t)nidx, sizeof(int64_t), &bytes) ||
        !kr_add_ok(bytes, sizeof(Combi), &bytes)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    Combi *c = kr_gc_alloc(vm, t, bytes);
    if (c) {
        c->nbytes = bytes;
        c->result = VAL_UNDEF;
    }
    return c;
}

// A copy of the previous result (CPython reuses the tuple when nobody holds it; we copy).
static Tuple *combi_copy(KrVm *vm, Combi *c) {
    Tuple *old = AS_TUPLE(c->result);
    Tuple *t = kr_tuple_new(vm, old->len);
    if (t) {
        memcpy(t->items, old->items, (size_t)old->len * sizeof(Value));
    }
    return t;
}

static Value combi_finish(Combi *c, Tuple *t) {
    if (!t) {
        return VAL_EXC;
    }
    c->result = kr_obj(t);
    return kr_obj(t);
}

static Value product_type_next(KrVm *vm, Value self) {
    Combi *c = (Combi *)AS_OBJ(self);
    if (c->stopped) {
        return VAL_UNDEF;
    }
    Tuple *pools = AS_TUPLE(c->pools);
    int64_t npools = pools->len;
    if (IS_UNDEF(c->result)) {
        Tuple *t = kr_tuple_new(vm, npools);
        if (!t) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < npools; i++) {
            Tuple *pool = AS_TUPLE(pools->items[i]);
            if (pool->len == 0) {
                c->stopped = true;
                return VAL_UNDEF;
            }
            t->items[i] = pool->items[0];
        }
        return combi_finish(c, t);
    }
    Tuple *t = combi_copy(vm, c);
    if (!t) {
        return VAL_EXC;
    }
    int64_t i;
    // Advance the rightmost pool; carry leftwards on roll-over.
    for (i = npools - 1; i >= 0; i--) {
        Tuple *pool = AS_TUPLE(pools->items[i]);
        c->idx[i]++;
        if (c->idx[i] == pool->len) {
            c->idx[i] = 0;
            t->items[i] = pool->items[0];
        } else {
            t->items[i] = pool->items[c->idx[i]];
            break;
        }
    }
    if (i < 0) {
        c->stopped = true;
        return VAL_UNDEF;
    }
    return combi_finish(c, t);
}
ITER_TYPE(it_product, IT_PRODUCT, "product", Combi, combi_trace,
          combi_free, repr_at, product_type_next, it_product);

static Value it_product(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t repeat = 1;
    if (kw_nonempty(kw)) {
        static const char *const names[] = {"repeat"};
        Value a[1];
        if (kr_args_bind(vm, "product", 0, NULL, kw, names, 1, 0, 1, 0, a) < 0) {
            return VAL_EXC;
        }
        if (!IS_UNDEF(a[0]) && kr_arg_index(vm, a[0], &repeat) < 0) {
            return VAL_EXC;
        }
        if (repeat < 0) {
            return kr_raise(vm, EXC_ValueError, "repeat argument cannot be negative");
        }
    }
    if (repeat && argc > INT64_MAX / 8 / repeat) {
        return kr_raise(vm, EXC_OverflowError, "repeat argument too large");
    }
    int64_t npools = repeat == 0 ? 0 : argc * repeat;
    Tuple *base = kr_tuple_new(vm, argc);
    if (!base) {
        return VAL_EXC;
    }
    for (int i = 0; i < argc; i++) {
        Value t = kr_tuple_from_iterable(vm, argv[i]);
        if (IS_EXC(t)) {
            return VAL_EXC;
        }
        base->items[i] = t;
    }
    Combi *c = combi_alloc(vm, &kr_type_it_product, npools);
    if (!c) {
        return VAL_EXC;
    }
    Tuple *pools = kr_tuple_new(vm, npools);
    if (!pools) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < npools; i++) {
        pools->items[i] = base->items[i % argc];
    }
    c->pools = kr_obj(pools);
    c->r = npools;
    return kr_obj(c);
}

static Value permutations_type_next(KrVm *vm, Value self) {
    Combi *c = (Combi *)AS_OBJ(self);
    if (c->stopped) {
        return VAL_UNDEF;
    }
    Tuple *pool = AS_TUPLE(c->pools);
    int64_t n = c->n, r = c->r;
    int64_t *indices = c->idx, *cycles = c->idx + n;
    if (IS_UNDEF(c->result)) {
        Tuple *t = kr_tuple_new(vm, r);
        if (!t) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < r; i++) {
            t->items[i] = pool->items[indices[i]];
        }
        return combi_finish(c, t);
    }
    if (n == 0) {
        c->stopped = true;
        return VAL_UNDEF;
    }
    Tuple *t = combi_copy(vm, c);
    if (!t) {
        return VAL_EXC;
    }
    int64_t i;
    // Decrement the rightmost cycle, moving left on zero roll-over.
    for (i = r - 1; i >= 0; i--) {
        cycles[i] -= 1;
        if (cycles[i] == 0) {
            // indices[i:] = indices[i+1:] + indices[i:i+1]
            int64_t index = indices[i];
            for (int64_t j = i; j < n - 1; j++) {
                indices[j] = indices[j + 1];
            }
            indices[n - 1] = index;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i];
            int64_t index = indices[i];
            indices[i] = indices[n - j];
            indices[n - j] = index;
            for (int64_t k = i; k < r; k++) {
                t->items[k] = pool->items[indices[k]];
            }
            break;
        }
    }
    if (kr_tick(vm, n) < 0) {
        return VAL_EXC;
    }
    if (i < 0) {
        c->stopped = true;
        return VAL_UNDEF;
    }
    return combi_finish(c, t);
}
ITER_TYPE(it_permutations, IT_PERMUTATIONS, "permutations", Combi, combi_trace,
          combi_free, repr_at, permutations_type_next, it_permutations);

static Value it_permutations(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"iterable", "r"};
    Value a[2];
    if (kr_args_bind(vm, "permutations", argc, argv, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value pool = kr_tuple_from_iterable(vm, a[0]);
    if (IS_EXC(pool)) {
        return VAL_EXC;
    }
    int64_t n = AS_TUPLE(pool)->len, r = n;
    if (!IS_UNDEF(a[1]) && !IS_NONE(a[1])) {
        if (!kr_is_intlike(a[1])) {
            return kr_raise(vm, EXC_TypeError, "Expected int as r");
        }
        if (kr_arg_index(vm, a[1], &r) < 0) {
            return VAL_EXC;
        }
    }
    if (r < 0) {
        return kr_raise(vm, EXC_ValueError, "r must be non-negative");
    }
    Combi *c = combi_alloc(vm, &kr_type_it_permutations, n + (r < n ? r : n));
    if (!c) {
        return VAL_EXC;
    }
    c->pools = pool;
    c->n = n;
    c->r = r;
    c->stopped = r > n;
    for (int64_t i = 0; i < n; i++) {
        c->idx[i] = i;
    }
    for (int64_t i = 0; i < r && i < n; i++) {
        c->idx[n + i] = n - i;
    }
    return kr_obj(c);
}

static Value combinations_type_next(KrVm *vm, Value self) {
    Combi *c = (Combi *)AS_OBJ(self);
    if (c->stopped) {
        return VAL_UNDEF;
    }
    Tuple *pool = AS_TUPLE(c->pools);
    int64_t n = c->n, r = c->r;
    int64_t *indices = c->idx;
    if (IS_UNDEF(c->result)) {
        Tuple *t = kr_tuple_new(vm, r);
        if (!t) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < r; i++) {
            t->items[i] = pool->items[indices[i]];
        }
        return combi_finish(c, t);
    }
    // Find the rightmost index not at its maximum (i + n - r).
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == i + n - r) {
        i--;
    }
    if (i < 0) {
        c->stopped = true;
        return VAL_UNDEF;
    }
    Tuple *t = combi_copy(vm, c);
    if (!t || kr_tick(vm, r) < 0) {
        return VAL_EXC;
    }
    indices[i]++;
    for (int64_t j = i + 1; j < r; j++) {
        indices[j] = indices[j - 1] + 1;
    }
    for (; i < r; i++) {
        t->items[i] = pool->items[indices[i]];
    }
    return combi_finish(c, t);
}
ITER_TYPE(it_combinations, IT_COMBINATIONS, "combinations", Combi, combi_trace,
          combi_free, repr_at, combinations_type_next, it_combinations);

static Value cwr_type_next(KrVm *vm, Value self) {
    Combi *c = (Combi *)AS_OBJ(self);
    if (c->stopped) {
        return VAL_UNDEF;
    }
    Tuple *pool = AS_TUPLE(c->pools);
    int64_t n = c->n, r = c->r;
    int64_t *indices = c->idx;
    if (IS_UNDEF(c->result)) {
        Tuple *t = kr_tuple_new(vm, r);
        if (!t) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < r; i++) {
            t->items[i] = pool->items[0]; // r > 0 implies n > 0 here
        }
        return combi_finish(c, t);
    }
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == n - 1) {
        i--;
    }
    if (i < 0) {
        c->stopped = true;
        return VAL_UNDEF;
    }
    Tuple *t = combi_copy(vm, c);
    if (!t || kr_tick(vm, r) < 0) {
        return VAL_EXC;
    }
    int64_t index = indices[i] + 1;
    Value elem = pool->items[index];
    for (; i < r; i++) {
        indices[i] = index;
        t->items[i] = elem;
    }
    return combi_finish(c, t);
}
ITER_TYPE(it_cwr, IT_CWR, "combinations_with_replacement", Combi, combi_trace,
          combi_free, repr_at, cwr_type_next, it_cwr);

static Value combi_new(KrVm *vm, const Type *t, const char *name, int argc, const Value *argv,
                       Value kw, bool with_replacement) {
    static const char *const names[] = {"iterable", "r"};
    Value a[2];
    if (kr_args_bind(vm, name, argc, argv, kw, names, 2, 0, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    int64_t r;
    if (kr_arg_index(vm, a[1], &r) < 0) {
        return VAL_EXC;
    }
    Value pool = kr_tuple_from_iterable(vm, a[0]);
    if (IS_EXC(pool)) {
        return VAL_EXC;
    }
    if (r < 0) {
        return kr_raise(vm, EXC_ValueError, "r must be non-negative");
    }
    int64_t n = AS_TUPLE(pool)->len;
    Combi *c = combi_alloc(vm, t, r);
    if (!c) {
        return VAL_EXC;
    }
    c->pools = pool;
    c->n = n;
    c->r = r;
    c->stopped = with_replacement ? (n == 0 && r > 0) : r > n;
    for (int64_t i = 0; i < r; i++) {
        c->idx[i] = with_replacement ? 0 : i;
    }
    return kr_obj(c);
}

static Value it_combinations(KrVm *vm, int argc, const Value *argv, Value kw) {
    return combi_new(vm, &kr_type_it_combinations, "combinations", argc, argv, kw, false);
}

static Value it_cwr(KrVm *vm, int argc, const Value *argv, Value kw) {
    return combi_new(vm, &kr_type_it_cwr, "combinations_with_replacement", argc, argv, kw, true);
}

// ----- Snapshots (module.h ModTypeSnap) -----
// Most iterators are a few Value fields plus a few int64 fields: one table describes them and
// generic hooks save and validate them. The combinatoric iterators have their own hooks.

typedef struct Layout {
    const Type *t;
    uint8_t nv, nn;
    uint16_t v[6];    // offsets of the Value fields
    uint8_t undef_ok; // bit i: v[i] may be VAL_UNDEF ("not set")
    uint16_t n[4];    // offsets of the int64_t fields
    int64_t lo[4], hi[4];
} Layout;

#define OFF(S, f) ((uint16_t)offsetof(S, f))
static const Layout layouts[] = {
    {&kr_type_it_count, 2, 0, {OFF(Count, cnt), OFF(Count, step)}, 0, {0}, {0}, {0}},
    {&kr_type_it_cycle, 2, 1, {OFF(Cycle, it), OFF(Cycle, saved)}, 1, {OFF(Cycle, index)},
     {0}, {INT64_MAX}},
    {&kr_type_it_repeat, 1, 1, {OFF(Repeat, element)}, 0, {OFF(Repeat, cnt)}, {-1},
     {INT64_MAX}},
    {&kr_type_it_accumulate, 4, 0,
     {OFF(Accumulate, it), OFF(Accumulate, func), OFF(Accumulate, total),
      OFF(Accumulate, initial)}, 4 | 8, {0}, {0}, {0}},
    {&kr_type_it_chain, 2, 0, {OFF(Chain, source), OFF(Chain, active)}, 1 | 2, {0}, {0}, {0}},
    {&kr_type_it_compress, 2, 0, {OFF(Compress, data), OFF(Compress, selectors)}, 0, {0}, {0},
     {0}},
    {&kr_type_it_dropwhile, 2, 1, {OFF(PredIter, func), OFF(PredIter, it)}, 0,
     {OFF(PredIter, state)}, {0}, {1}},
    {&kr_type_it_takewhile, 2, 1, {OFF(PredIter, func), OFF(PredIter, it)}, 0,
     {OFF(PredIter, state)}, {0}, {1}},
    {&kr_type_it_filterfalse, 2, 1, {OFF(PredIter, func), OFF(PredIter, it)}, 0,
     {OFF(PredIter, state)}, {0}, {1}},
    {&kr_type_it_starmap, 2, 1, {OFF(PredIter, func), OFF(PredIter, it)}, 0,
     {OFF(PredIter, state)}, {0}, {1}},
    {&kr_type_it_groupby, 6, 0,
     {OFF(GroupBy, it), OFF(GroupBy, keyfunc), OFF(GroupBy, tgtkey), OFF(GroupBy, currkey),
      OFF(GroupBy, currvalue), OFF(GroupBy, currgrouper)}, 4 | 8 | 16 | 32, {0}, {0}, {0}},
    {&kr_type_it_grouper, 2, 0, {OFF(Grouper, parent), OFF(Grouper, tgtkey)}, 0, {0}, {0},
     {0}},
    {&kr_type_it_islice, 1, 4, {OFF(ISlice, it)}, 1,
     {OFF(ISlice, next), OFF(ISlice, stop), OFF(ISlice, step), OFF(ISlice, cnt)},
     {0, -1, 1, 0}, {INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX}},
    {&kr_type_it_teedata, 3, 1, {OFF(TeeData, it), OFF(TeeData, buf), OFF(TeeData, tees)}, 1,
     {OFF(TeeData, base)}, {0}, {INT64_MAX}},
    {&kr_type_it_tee, 1, 1, {OFF(Tee, data)}, 0, {OFF(Tee, pos)}, {0}, {INT64_MAX}},
    {&kr_type_it_zip_longest, 2, 1, {OFF(ZipLongest, its), OFF(ZipLongest, fill)}, 0,
     {OFF(ZipLongest, numactive)}, {0}, {INT64_MAX}},
    {&kr_type_it_pairwise, 2, 0, {OFF(Pairwise, it), OFF(Pairwise, old)}, 1 | 2, {0}, {0}, {0}},
};
#undef OFF

static const Layout *layout_of(const Type *t) {
    for (size_t i = 0; i < KR_ARRAY_LEN(layouts); i++) {
        if (layouts[i].t == t) {
            return &layouts[i];
        }
    }
    return NULL;
}

#define FIELD(o, off, T) ((T *)((char *)(o) + (off)))

static int snap_invalid(KrVm *vm, const Type *t) {
    kr_raise(vm, EXC_ValueError, "snapshot holds an invalid '%s' object", t->name);
    return -1;
}

static int lay_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    const Layout *l = layout_of(o->type);
    for (int i = 0; i < l->nn; i++) {
        if (kr_snap_num(out, *FIELD(o, l->n[i], int64_t)) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < l->nv; i++) {
        if (kr_snap_val(out, *FIELD(o, l->v[i], Value)) < 0) {
            return -1;
        }
    }
    return 0;
}

static Obj *lay_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    const Layout *l = layout_of(t);
    if (!l || nnums != l->nn) {
        snap_invalid(vm, t);
        return NULL;
    }
    for (int i = 0; i < l->nn; i++) {
        if (nums[i] < l->lo[i] || nums[i] > l->hi[i]) {
            snap_invalid(vm, t);
            return NULL;
        }
    }
    Obj *o = kr_gc_alloc(vm, t, t->basic_size); // Value fields zeroed: VAL_UNDEF until filled
    if (o) {
        for (int i = 0; i < l->nn; i++) {
            *FIELD(o, l->n[i], int64_t) = nums[i];
        }
    }
    return o;
}

// The shapes the next functions rely on without checking (kinds only: lists and other mutable
// objects may still be empty while loading).
static bool lay_valid(Obj *o) {
    const Type *t = o->type;
    if (t == &kr_type_it_cycle) {
        return IS_LIST(((Cycle *)o)->saved);
    }
    if (t == &kr_type_it_groupby) {
        GroupBy *g = (GroupBy *)o;
        return IS_UNDEF(g->currkey) == IS_UNDEF(g->currvalue) &&
               (IS_UNDEF(g->currgrouper) || kr_isa(g->currgrouper, &kr_type_it_grouper));
    }
    if (t == &kr_type_it_grouper) {
        return kr_isa(((Grouper *)o)->parent, &kr_type_it_groupby);
    }
    if (t == &kr_type_it_teedata) {
        return IS_LIST(((TeeData *)o)->buf) && IS_LIST(((TeeData *)o)->tees);
    }
    if (t == &kr_type_it_tee) {
        return kr_isa(((Tee *)o)->data, &kr_type_it_teedata);
    }
    if (t == &kr_type_it_zip_longest) {
        ZipLongest *z = (ZipLongest *)o;
        if (!IS_TUPLE(z->its)) {
            return false;
        }
        // A tuple is complete when this runs (immutable objects load first).
        int64_t active = 0;
        for (int64_t i = 0; i < AS_TUPLE(z->its)->len; i++) {
            active += !IS_NONE(AS_TUPLE(z->its)->items[i]);
        }
        return z->numactive == active || (z->numactive == 0 && AS_TUPLE(z->its)->len > 0);
    }
    return true;
}

static int lay_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    const Layout *l = layout_of(o->type);
    if (nvals != l->nv) {
        return snap_invalid(vm, o->type);
    }
    for (int i = 0; i < l->nv; i++) {
        if (IS_UNDEF(vals[i]) && !(l->undef_ok & (1u << i))) {
            return snap_invalid(vm, o->type);
        }
        *FIELD(o, l->v[i], Value) = vals[i];
    }
    return lay_valid(o) ? 0 : snap_invalid(vm, o->type);
}

// Once every list is filled: the tees of a group are tee objects of that group (tee_trim reads
// their positions).
static int teedata_check(KrVm *vm, Obj *o) {
    TeeData *d = (TeeData *)o;
    List *tees = AS_LIST(d->tees);
    for (int64_t i = 0; i < tees->len; i++) {
        Value t = tees->items[i];
        if (!kr_isa(t, &kr_type_it_tee) || AS_OBJ(((Tee *)AS_OBJ(t))->data) != o) {
            return snap_invalid(vm, o->type);
        }
    }
    return 0;
}

static const ModTypeSnap lay_snap = {lay_save, lay_alloc, lay_fill, NULL};
static const ModTypeSnap teedata_snap = {lay_save, lay_alloc, lay_fill, teedata_check};

// product / permutations / combinations / combinations_with_replacement: ints n, r, stopped,
// then the index array; Values pools and result.
static int64_t combi_nidx(Combi *c) {
    return (int64_t)((c->nbytes - sizeof(Combi)) / sizeof(int64_t));
}

static int combi_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    Combi *c = (Combi *)o;
    int64_t nidx = combi_nidx(c);
    if (kr_snap_num(out, c->n) < 0 || kr_snap_num(out, c->r) < 0 ||
        kr_snap_num(out, c->stopped) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < nidx; i++) {
        if (kr_snap_num(out, c->idx[i]) < 0) {
            return -1;
        }
    }
    return kr_snap_val(out, c->pools) < 0 || kr_snap_val(out, c->result) < 0 ? -1 : 0;
}

static Obj *combi_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums < 3 || nums[0] < 0 || nums[1] < 0 || (nums[2] != 0 && nums[2] != 1)) {
        snap_invalid(vm, t);
        return NULL;
    }
    Combi *c = combi_alloc(vm, t, nnums - 3); // (nnums is bounded by the snapshot's size)
    if (!c) {
        return NULL;
    }
    c->n = nums[0];
    c->r = nums[1];
    c->stopped = nums[2] != 0;
    memcpy(c->idx, nums + 3, (size_t)(nnums - 3) * sizeof(int64_t));
    return (Obj *)c;
}

// What the next functions index without checking, against the (complete) pool tuples.
static bool combi_valid(Combi *c) {
    const Type *t = c->hdr.type;
    int64_t nidx = combi_nidx(c), n = c->n, r = c->r;
    if (!IS_TUPLE(c->pools)) {
        return false;
    }
    if (t == &kr_type_it_product) {
        Tuple *pools = AS_TUPLE(c->pools);
        bool started = !IS_UNDEF(c->result);
        if (nidx != pools->len || r != pools->len ||
            (started && !(IS_TUPLE(c->result) && AS_TUPLE(c->result)->len == pools->len))) {
            return false;
        }
        for (int64_t i = 0; i < pools->len; i++) {
            if (!IS_TUPLE(pools->items[i])) {
                return false;
            }
            int64_t len = AS_TUPLE(pools->items[i])->len;
            // An empty pool stops the first call; once started, every pool has items.
            if (!c->stopped && (len == 0 ? started : c->idx[i] < 0 || c->idx[i] >= len)) {
                return false;
            }
        }
        return true;
    }
    if (AS_TUPLE(c->pools)->len != n) {
        return false;
    }
    bool result_ok = IS_UNDEF(c->result) || (IS_TUPLE(c->result) && AS_TUPLE(c->result)->len == r);
    if (!result_ok) {
        return false;
    }
    if (c->stopped) {
        return true; // next() returns at once
    }
    if (t == &kr_type_it_permutations) {
        int64_t k = r < n ? r : n;
        if (r > n || nidx != n + k) {
            return false;
        }
        for (int64_t i = 0; i < n; i++) {
            if (c->idx[i] < 0 || c->idx[i] >= n) {
                return false;
            }
        }
        for (int64_t i = 0; i < k; i++) {
            if (c->idx[n + i] < 1 || c->idx[n + i] > n - i) {
                return false;
            }
        }
        return true;
    }
    if (nidx != r) {
        return false;
    }
    if (t == &kr_type_it_combinations) {
        if (r > n) {
            return false;
        }
        for (int64_t i = 0; i < r; i++) {
            if (c->idx[i] < 0 || c->idx[i] > i + n - r) {
                return false;
            }
        }
        return true;
    }
    // combinations_with_replacement
    if (r > 0 && n == 0) {
        return false;
    }
    for (int64_t i = 0; i < r; i++) {
        if (c->idx[i] < 0 || c->idx[i] >= n) {
            return false;
        }
    }
    return true;
}

static int combi_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    Combi *c = (Combi *)o;
    if (nvals != 2) {
        return snap_invalid(vm, o->type);
    }
    c->pools = vals[0];
    c->result = vals[1];
    return combi_valid(c) ? 0 : snap_invalid(vm, o->type);
}

static const ModTypeSnap combi_snap = {combi_save, combi_snap_alloc, combi_fill, NULL};

// ----- Module -----

static const NativeDef itertools_funcs[] = {
    NATIVE("tee", it_tee, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static const ModType itertools_types[] = {
    {TY_IT_ACCUMULATE, "accumulate", &lay_snap, NULL},
    {TY_IT_CHAIN, "chain", &lay_snap, NULL},
    {TY_IT_COMBINATIONS, "combinations", &combi_snap, NULL},
    {TY_IT_CWR, "combinations_with_replacement", &combi_snap, NULL},
    {TY_IT_COMPRESS, "compress", &lay_snap, NULL},
    {TY_IT_COUNT, "count", &lay_snap, NULL},
    {TY_IT_CYCLE, "cycle", &lay_snap, NULL},
    {TY_IT_DROPWHILE, "dropwhile", &lay_snap, NULL},
    {TY_IT_FILTERFALSE, "filterfalse", &lay_snap, NULL},
    {TY_IT_GROUPBY, "groupby", &lay_snap, NULL},
    {TY_IT_GROUPER, "_grouper", &lay_snap, NULL},
    {TY_IT_ISLICE, "islice", &lay_snap, NULL},
    {TY_IT_PAIRWISE, "pairwise", &lay_snap, NULL},
    {TY_IT_PERMUTATIONS, "permutations", &combi_snap, NULL},
    {TY_IT_PRODUCT, "product", &combi_snap, NULL},
    {TY_IT_REPEAT, "repeat", &lay_snap, NULL},
    {TY_IT_STARMAP, "starmap", &lay_snap, NULL},
    {TY_IT_TAKEWHILE, "takewhile", &lay_snap, NULL},
    {TY_IT_TEE, "_tee", &lay_snap, NULL},
    {TY_IT_TEEDATA, "_tee_dataobject", &teedata_snap, NULL},
    {TY_IT_ZIP_LONGEST, "zip_longest", &lay_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_itertools = {"itertools", itertools_funcs, NULL, itertools_types};
