// SPDX-License-Identifier: MIT
// interp/obj_iter.c: the builtin iterator types: enumerate, zip, map, filter, reversed, the
// __getitem__-driven sequence iterator and iter(callable, sentinel).
//
// Every next slot returns VAL_UNDEF when exhausted and VAL_EXC on error. The slots that run
// Python code (kr_next on a user iterator, kr_call) open their own temp-root scope and pin what
// they hold across those calls: the VM may call them directly, outside any native's scope.
#include <inttypes.h>
#include <stdio.h>

#include "builtins.h"
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

typedef struct Enumerate {
    Obj hdr;
    Value it;    // the underlying iterator
    Value index; // next count: small int or big int
} Enumerate;

typedef struct Zip {
    Obj hdr;
    Value its; // Tuple of iterators
    bool strict;
} Zip;

typedef struct MapIter {
    Obj hdr;
    Value func;
    Value its; // Tuple of iterators
} MapIter;

typedef struct Filter {
    Obj hdr;
    Value func; // None: truthiness of the item
    Value it;
} Filter;

typedef struct Reversed {
    Obj hdr;
    Value seq;     // VAL_UNDEF once exhausted
    int64_t index; // next index to fetch; -1 once exhausted
} Reversed;

typedef struct SeqIter {
    Obj hdr;
    Value seq; // VAL_UNDEF once exhausted
    int64_t index;
} SeqIter;

typedef struct CallIter {
    Obj hdr;
    Value func; // VAL_UNDEF once exhausted
    Value sentinel;
} CallIter;

static const NativeDef no_methods[] = {NATIVE_END};
static const GetSetDef no_getset[] = {{NULL, NULL}};

// ----- Shared helpers -----

static Value self_iter(KrVm *vm, Value self) { return self; }

// "<enumerate object at 0x7f...>": CPython's default repr.
static Value repr_at(KrVm *vm, Value self) {
    char buf[128];
    snprintf(buf, sizeof buf, "<%s object at 0x%" PRIxPTR ">", kr_type_of(self)->name,
             (uintptr_t)AS_OBJ(self));
    return kr_str_from_cstr(vm, buf);
}

// True if the pending exception is one of the two that end a __getitem__-driven iteration.
static bool pending_ends_iteration(KrVm *vm) {
    return kr_exc_matches(vm, vm->exc, EXC_IndexError) ||
           kr_exc_matches(vm, vm->exc, EXC_StopIteration);
}

// A tuple of iter(x) for each x in [argv]. Runs Python code.
static Value iter_tuple(KrVm *vm, int argc, const Value *argv) {
    Tuple *t = kr_tuple_new(vm, argc);
    if (t == NULL) {
        return VAL_EXC;
    }
    size_t mark = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(t)) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    for (int i = 0; i < argc; i++) {
        Value it = kr_iter(vm, argv[i]);
        if (IS_EXC(it)) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
        t->items[i] = it;
    }
    kr_scope_close(vm, mark);
    return kr_obj(t);
}

static bool has_kw(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

// ----- enumerate -----

static void enumerate_trace(KrVm *vm, Obj *o) {
    Enumerate *e = (Enumerate *)o;
    kr_gc_mark_value(vm, e->it);
    kr_gc_mark_value(vm, e->index);
}

static Value enumerate_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (argc == 0 && !has_kw(kw)) {
        return kr_raise(vm, EXC_TypeError, "enumerate() missing required argument 'iterable'");
    }
    if (kr_args_bind(vm, "enumerate", argc, argv, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value start = kr_int(0);
    if (!IS_UNDEF(a[1])) {
        if (kr_is_intlike(a[1])) {
            start = kr_int_normalize(vm, a[1]);
            if (IS_EXC(start)) {
                return VAL_EXC;
            }
        } else {
            int64_t i;
            if (kr_arg_index(vm, a[1], &i) < 0) {
                return VAL_EXC;
            }
            start = kr_int(i);
        }
    }
    Value it = kr_iter(vm, a[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    Enumerate *e = kr_gc_alloc(vm, &kr_type_enumerate, sizeof(Enumerate));
    if (e == NULL) {
        return VAL_EXC;
    }
    e->it = it;
    e->index = start;
    return kr_obj(e);
}

static Value enumerate_next(KrVm *vm, Value self) {
    Enumerate *e = (Enumerate *)AS_OBJ(self);
    Value item = inner_next(vm, e->it);
    if (IS_UNDEF(item) || IS_EXC(item)) {
        return item;
    }
    // Nothing below runs Python code, so [item] needs no pin.
    Value idx = e->index;
    Value next;
    if (IS_INT(idx) && AS_INT(idx) < INT64_MAX) {
        next = kr_int(AS_INT(idx) + 1);
    } else {
        next = kr_int_binop(vm, BINOP_ADD, idx, kr_int(1));
        if (IS_EXC(next)) {
            return VAL_EXC;
        }
    }
    Value res = kr_tuple_pack(vm, 2, idx, item);
    if (IS_EXC(res)) {
        return VAL_EXC;
    }
    e->index = next;
    return res;
}

const Type kr_type_enumerate = {
    .name = "enumerate",
    .id = TY_ENUMERATE,
    .basic_size = sizeof(Enumerate),
    .trace = enumerate_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = enumerate_next,
    .ctor = enumerate_ctor,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- zip -----

static void zip_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((Zip *)o)->its); }

static Value zip_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    bool strict = false;
    if (has_kw(kw)) {
        Dict *d = AS_DICT(kw);
        if (d->used > 1) {
            return kr_raise(vm, EXC_TypeError,
                            "zip() takes at most 1 keyword argument (%d given)", (int)d->used);
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(d, &pos, &k, &v)) {
            if (!IS_STR(k) || strcmp(AS_STR(k)->data, "strict") != 0) {
                return kr_raise(vm, EXC_TypeError, "'%S' is an invalid keyword argument for zip()",
                                k);
            }
            int t = kr_truthy(vm, v);
            if (t < 0) {
                return VAL_EXC;
            }
            strict = t != 0;
        }
    }
    Value its = iter_tuple(vm, argc, argv);
    if (IS_EXC(its)) {
        return VAL_EXC;
    }
    Zip *z = kr_gc_alloc(vm, &kr_type_zip, sizeof(Zip));
    if (z == NULL) {
        return VAL_EXC;
    }
    z->its = its;
    z->strict = strict;
    return kr_obj(z);
}

// strict=True: iterator [i] ended (VAL_UNDEF) first. Report which argument was short, or
// check that every later one is exhausted too. Runs Python code.
static Value zip_strict_fail(KrVm *vm, Zip *z, int64_t i) {
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0) {
        return kr_raise(vm, EXC_ValueError, "zip() argument %d is shorter than argument%s%d",
                        (int)(i + 1), plural, (int)i);
    }
    Tuple *its = AS_TUPLE(z->its);
    for (i = 1; i < its->len; i++) {
        Value item = inner_next(vm, its->items[i]);
        if (IS_EXC(item)) {
            return VAL_EXC;
        }
        if (!IS_UNDEF(item)) {
            plural = i == 1 ? " " : "s 1-";
            return kr_raise(vm, EXC_ValueError, "zip() argument %d is longer than argument%s%d",
                            (int)(i + 1), plural, (int)i);
        }
    }
    return VAL_UNDEF;
}

static Value zip_next(KrVm *vm, Value self) {
    Zip *z = (Zip *)AS_OBJ(self);
    Tuple *its = AS_TUPLE(z->its);
    int64_t n = its->len;
    if (n == 0) {
        return VAL_UNDEF;
    }
    Tuple *res = kr_tuple_new(vm, n);
    if (res == NULL) {
        return VAL_EXC;
    }
    size_t mark = kr_scope_open(vm);
    Value out = kr_obj(res);
    if (kr_scope_hold(vm, out) < 0 || kr_scope_hold(vm, self) < 0) {
        out = VAL_EXC;
        goto done;
    }
    for (int64_t i = 0; i < n; i++) {
        Value item = inner_next(vm, its->items[i]);
        if (IS_EXC(item)) {
            out = VAL_EXC;
            goto done;
        }
        if (IS_UNDEF(item)) {
            out = z->strict ? zip_strict_fail(vm, z, i) : VAL_UNDEF;
            goto done;
        }
        res->items[i] = item;
    }
done:
    kr_scope_close(vm, mark);
    return out;
}

const Type kr_type_zip = {
    .name = "zip",
    .id = TY_ZIP,
    .basic_size = sizeof(Zip),
    .trace = zip_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = zip_next,
    .ctor = zip_ctor,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- map -----

static void map_trace(KrVm *vm, Obj *o) {
    MapIter *m = (MapIter *)o;
    kr_gc_mark_value(vm, m->func);
    kr_gc_mark_value(vm, m->its);
}

static Value map_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "map", kw) < 0) {
        return VAL_EXC;
    }
    if (argc < 2) {
        return kr_raise(vm, EXC_TypeError, "map() must have at least two arguments.");
    }
    Value its = iter_tuple(vm, argc - 1, argv + 1);
    if (IS_EXC(its)) {
        return VAL_EXC;
    }
    MapIter *m = kr_gc_alloc(vm, &kr_type_map, sizeof(MapIter));
    if (m == NULL) {
        return VAL_EXC;
    }
    m->func = argv[0];
    m->its = its;
    return kr_obj(m);
}

static Value map_next(KrVm *vm, Value self) {
    MapIter *m = (MapIter *)AS_OBJ(self);
    Tuple *its = AS_TUPLE(m->its);
    int64_t n = its->len;
    // The arguments stay pinned (scope roots) while later iterators run. Up to 8 of them live
    // in a C array: no garbage per item, which matters because nothing is collected while a
    // native such as all() or sum() drains the map.
    Value small[8];
    size_t mark = kr_scope_open(vm);
    Value *args = small;
    if (n > 8) {
        Tuple *t = kr_tuple_new(vm, n);
        if (t == NULL || kr_scope_hold(vm, kr_obj(t)) < 0) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
        args = t->items;
    }
    Value out;
    if (kr_scope_hold(vm, self) < 0) {
        out = VAL_EXC;
        goto done;
    }
    for (int64_t i = 0; i < n; i++) {
        Value item = inner_next(vm, its->items[i]);
        if (IS_EXC(item) || IS_UNDEF(item)) {
            out = item;
            goto done;
        }
        if (n <= 8 && kr_scope_hold(vm, item) < 0) {
            out = VAL_EXC;
            goto done;
        }
        args[i] = item;
    }
    out = kr_call(vm, m->func, (int)n, args, VAL_UNDEF);
done:
    kr_scope_close(vm, mark);
    return out;
}

const Type kr_type_map = {
    .name = "map",
    .id = TY_MAP,
    .basic_size = sizeof(MapIter),
    .trace = map_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = map_next,
    .ctor = map_ctor,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- filter -----

static void filter_trace(KrVm *vm, Obj *o) {
    Filter *f = (Filter *)o;
    kr_gc_mark_value(vm, f->func);
    kr_gc_mark_value(vm, f->it);
}

static Value filter_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "filter", kw) < 0) {
        return VAL_EXC;
    }
    if (argc != 2) {
        return kr_raise(vm, EXC_TypeError, "filter expected 2 arguments, got %d", argc);
    }
    Value it = kr_iter(vm, argv[1]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    Filter *f = kr_gc_alloc(vm, &kr_type_filter, sizeof(Filter));
    if (f == NULL) {
        return VAL_EXC;
    }
    f->func = argv[0];
    f->it = it;
    return kr_obj(f);
}

static Value filter_next(KrVm *vm, Value self) {
    Filter *f = (Filter *)AS_OBJ(self);
    bool plain = IS_NONE(f->func) ||
                 (IS_TYPEOBJ(f->func) && AS_TYPEOBJ(f->func) == vm->classes[TY_BOOL]);
    // Rejected items can be many: collect between them (the filter itself stays held).
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, self) < 0) {
        return VAL_EXC;
    }
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            kr_scope_close(vm, outer);
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value item = inner_next(vm, f->it);
        if (IS_EXC(item) || IS_UNDEF(item)) {
            kr_scope_close(vm, outer);
            return item;
        }
        int ok;
        if (kr_scope_hold(vm, item) < 0) {
            ok = -1;
        } else if (plain) {
            ok = kr_truthy(vm, item);
        } else {
            Value r = kr_call(vm, f->func, 1, &item, VAL_UNDEF);
            if (IS_EXC(r) || kr_scope_hold(vm, r) < 0) {
                ok = -1;
            } else {
                ok = kr_truthy(vm, r);
            }
        }
        kr_scope_close(vm, mark);
        if (ok < 0 || ok) {
            kr_scope_close(vm, outer);
            return ok < 0 ? VAL_EXC : item;
        }
    }
}

const Type kr_type_filter = {
    .name = "filter",
    .id = TY_FILTER,
    .basic_size = sizeof(Filter),
    .trace = filter_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = filter_next,
    .ctor = filter_ctor,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- reversed -----

static void reversed_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((Reversed *)o)->seq); }

// CPython's PySequence_Check: has __getitem__ and is not a dict.
static bool is_sequence(KrVm *vm, Value v) {
    const Type *t = kr_type_of(v);
    if (t->is_sequence) {
        return true;
    }
    if (t == &kr_type_dict || t == &kr_type_set || t == &kr_type_frozenset || !IS_OBJ(v) ||
        t->getitem == NULL) {
        return false;
    }
    if (IS_TYPEOBJ(v)) {
        return false;
    }
    Value m = kr_getattr_opt(vm, v, VM_NAME(vm, __getitem__));
    if (IS_EXC(m)) {
        kr_exc_take(vm);
        return false;
    }
    return !IS_UNDEF(m);
}

Value kr_iter_reversed(KrVm *vm, Value seq) {
    Value name = kr_str_intern(vm, "__reversed__", 12);
    if (IS_EXC(name)) {
        return VAL_EXC;
    }
    Value m = VAL_UNDEF;
    if (IS_OBJ(seq)) {
        m = kr_getattr_opt(vm, seq, name);
        if (IS_EXC(m)) {
            return VAL_EXC;
        }
    }
    if (!IS_UNDEF(m)) {
        if (IS_NONE(m)) {
            return kr_raise(vm, EXC_TypeError, "'%T' object is not reversible", seq);
        }
        return kr_call(vm, m, 0, NULL, VAL_UNDEF);
    }
    if (!is_sequence(vm, seq)) {
        return kr_raise(vm, EXC_TypeError, "'%T' object is not reversible", seq);
    }
    int64_t n = kr_len(vm, seq);
    if (n < 0) {
        return VAL_EXC;
    }
    Reversed *r = kr_gc_alloc(vm, &kr_type_reversed, sizeof(Reversed));
    if (r == NULL) {
        return VAL_EXC;
    }
    r->seq = seq;
    r->index = n - 1;
    return kr_obj(r);
}

static Value reversed_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "reversed", kw) < 0) {
        return VAL_EXC;
    }
    if (argc != 1) {
        return kr_raise(vm, EXC_TypeError, "reversed expected 1 argument, got %d", argc);
    }
    return kr_iter_reversed(vm, argv[0]);
}

static Value reversed_next(KrVm *vm, Value self) {
    Reversed *r = (Reversed *)AS_OBJ(self);
    if (r->index >= 0 && !IS_UNDEF(r->seq)) {
        Value item = kr_getitem(vm, r->seq, kr_int(r->index));
        if (!IS_EXC(item)) {
            r->index--;
            return item;
        }
        if (!pending_ends_iteration(vm)) {
            r->index = -1;
            r->seq = VAL_UNDEF;
            return VAL_EXC;
        }
        kr_exc_take(vm);
    }
    r->index = -1;
    r->seq = VAL_UNDEF;
    return VAL_UNDEF;
}

const Type kr_type_reversed = {
    .name = "reversed",
    .id = TY_REVERSED,
    .basic_size = sizeof(Reversed),
    .trace = reversed_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = reversed_next,
    .ctor = reversed_ctor,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- iterator over __getitem__ -----

static void seq_iter_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((SeqIter *)o)->seq); }

Value kr_iter_seq_new(KrVm *vm, Value seq) {
    SeqIter *s = kr_gc_alloc(vm, &kr_type_seq_iter, sizeof(SeqIter));
    if (s == NULL) {
        return VAL_EXC;
    }
    s->seq = seq;
    s->index = 0;
    return kr_obj(s);
}

static Value seq_iter_next(KrVm *vm, Value self) {
    SeqIter *s = (SeqIter *)AS_OBJ(self);
    if (IS_UNDEF(s->seq)) {
        return VAL_UNDEF;
    }
    if (s->index == INT64_MAX) {
        return kr_raise(vm, EXC_OverflowError, "iter index too large");
    }
    Value item = kr_getitem(vm, s->seq, kr_int(s->index));
    if (!IS_EXC(item)) {
        s->index++;
        return item;
    }
    if (!pending_ends_iteration(vm)) {
        return VAL_EXC;
    }
    kr_exc_take(vm);
    s->seq = VAL_UNDEF;
    return VAL_UNDEF;
}

const Type kr_type_seq_iter = {
    .name = "iterator",
    .id = TY_SEQ_ITER,
    .basic_size = sizeof(SeqIter),
    .trace = seq_iter_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = seq_iter_next,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- iter(callable, sentinel) -----

static void callable_iter_trace(KrVm *vm, Obj *o) {
    CallIter *c = (CallIter *)o;
    kr_gc_mark_value(vm, c->func);
    kr_gc_mark_value(vm, c->sentinel);
}

Value kr_iter_callable_new(KrVm *vm, Value func, Value sentinel) {
    CallIter *c = kr_gc_alloc(vm, &kr_type_callable_iter, sizeof(CallIter));
    if (c == NULL) {
        return VAL_EXC;
    }
    c->func = func;
    c->sentinel = sentinel;
    return kr_obj(c);
}

static Value callable_iter_next(KrVm *vm, Value self) {
    CallIter *c = (CallIter *)AS_OBJ(self);
    if (IS_UNDEF(c->func)) {
        return VAL_UNDEF;
    }
    size_t mark = kr_scope_open(vm);
    Value out;
    if (kr_scope_hold(vm, self) < 0) {
        out = VAL_EXC;
        goto done;
    }
    Value r = kr_call(vm, c->func, 0, NULL, VAL_UNDEF);
    if (IS_EXC(r)) {
        if (kr_exc_matches(vm, vm->exc, EXC_StopIteration)) {
            kr_exc_take(vm);
            c->func = VAL_UNDEF;
            out = VAL_UNDEF;
        } else {
            out = VAL_EXC;
        }
        goto done;
    }
    if (kr_scope_hold(vm, r) < 0) {
        out = VAL_EXC;
        goto done;
    }
    int eq = kr_eq(vm, c->sentinel, r);
    if (eq < 0) {
        out = VAL_EXC;
    } else if (eq) {
        c->func = VAL_UNDEF;
        out = VAL_UNDEF;
    } else {
        out = r;
    }
done:
    kr_scope_close(vm, mark);
    return out;
}

const Type kr_type_callable_iter = {
    .name = "callable_iterator",
    .id = TY_CALLABLE_ITER,
    .basic_size = sizeof(CallIter),
    .trace = callable_iter_trace,
    .repr = repr_at,
    .iter = self_iter,
    .next = callable_iter_next,
    .methods = no_methods,
    .getset = no_getset,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of enumerate/zip/map/filter/reversed/iterator/callable_iterator objects:
// enumerate v[0] it, v[1] index; zip v[0] its, n[0] strict; map v[0] func, v[1] its; filter
// v[0] func, v[1] it; reversed and iterator v[0] seq, n[0] index; callable_iterator v[0] func,
// v[1] sentinel. With [set], validates and stores it into [o] (-1 + ValueError if impossible).
int kr_iter_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_iter_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    const Type *t = o->type;
    bool ok = true;
    if (t == &kr_type_enumerate) {
        Enumerate *e = (Enumerate *)o;
        if (!set) {
            v[0] = e->it;
            v[1] = e->index;
            return 0;
        }
        ok = !IS_UNDEF(v[0]) && kr_is_int(v[1]);
        e->it = v[0];
        e->index = v[1];
    } else if (t == &kr_type_zip) {
        Zip *z = (Zip *)o;
        if (!set) {
            v[0] = z->its;
            n[0] = z->strict;
            return 0;
        }
        ok = IS_TUPLE(v[0]);
        z->its = v[0];
        z->strict = n[0] != 0;
    } else if (t == &kr_type_map) {
        MapIter *m = (MapIter *)o;
        if (!set) {
            v[0] = m->func;
            v[1] = m->its;
            return 0;
        }
        ok = !IS_UNDEF(v[0]) && IS_TUPLE(v[1]);
        m->func = v[0];
        m->its = v[1];
    } else if (t == &kr_type_filter) {
        Filter *f = (Filter *)o;
        if (!set) {
            v[0] = f->func;
            v[1] = f->it;
            return 0;
        }
        ok = !IS_UNDEF(v[0]) && !IS_UNDEF(v[1]);
        f->func = v[0];
        f->it = v[1];
    } else if (t == &kr_type_reversed || t == &kr_type_seq_iter) {
        Value *seq = t == &kr_type_reversed ? &((Reversed *)o)->seq : &((SeqIter *)o)->seq;
        int64_t *index = t == &kr_type_reversed ? &((Reversed *)o)->index : &((SeqIter *)o)->index;
        if (!set) {
            v[0] = *seq;
            n[0] = *index;
            return 0;
        }
        ok = t == &kr_type_reversed || n[0] >= 0;
        *seq = v[0];
        *index = n[0];
    } else if (t == &kr_type_callable_iter) {
        CallIter *c = (CallIter *)o;
        if (!set) {
            v[0] = c->func;
            v[1] = c->sentinel;
            return 0;
        }
        ok = !IS_UNDEF(v[1]);
        c->func = v[0];
        c->sentinel = v[1];
    } else {
        return -1;
    }
    if (!ok) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid '%s' object", t->name);
        return -1;
    }
    return 0;
}
