// SPDX-License-Identifier: MIT
// stdlib/functools.c: the functools module (CPython 3.11's Lib/functools.py + _functools):
// reduce, partial, cmp_to_key, update_wrapper, wraps, lru_cache, cache.
//
// partial and the cmp_to_key key objects are C types (their reprs and attributes are part of
// the contract). lru_cache is written in Python (the source below, CPython's pure-Python
// _lru_cache_wrapper) and compiled when the module is first imported: a cached function then
// calls the user function Python-to-Python, so deep memoised recursion (fib(500)) needs no C
// stack and a host call inside a cached function can suspend like any other call.
//
// partial, KeyWrapper and CacheInfo are module-defined types (TY_FT_* in types.def): their
// classes are functools.partial, functools._CacheInfo and (unexposed, as in CPython)
// functools.KeyWrapper. Attributes cannot be set on partial objects (kr_setattr has no hook
// for module types), except through update_wrapper. total_ordering, cached_property,
// partialmethod and singledispatch need
// classes and raise NotImplementedError.
#include <inttypes.h>
#include <stdio.h>

#include "compiler.h"
#include "module.h"
#include "vm.h"

static bool kw_nonempty(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

static bool is_callable(Value v) {
    const Type *t = kr_type_of(v);
    return t == &kr_type_function || t == &kr_type_builtin || t == &kr_type_method ||
           t == &kr_type_type || t->call != NULL;
}

static Value cstr(KrVm *vm, const char *s) { return kr_str_intern(vm, s, strlen(s)); }

// Run a type's call slot as the trampoline runs a native: new objects are pinned until it
// returns, and self/kw stay alive across the Python code it calls.
typedef Value (*CallBody)(KrVm *vm, Value self, int argc, const Value *argv, Value kw);
static Value pinned_call(KrVm *vm, CallBody body, Value self, int argc, const Value *argv,
                         Value kw) {
    size_t mark = kr_scope_open(vm);
    vm->pinning++;
    Value r = VAL_EXC;
    if (kr_scope_hold(vm, self) == 0 && kr_scope_hold(vm, kw) == 0) {
        r = body(vm, self, argc, argv, kw);
    }
    vm->pinning--;
    kr_scope_close(vm, mark);
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

// getattr(obj, name) that treats AttributeError as "absent" (VAL_UNDEF).
static Value getattr_absent(KrVm *vm, Value obj, Value name) {
    Value v = kr_getattr_opt(vm, obj, name);
    if (IS_EXC(v) && kr_exc_pending_is(vm, EXC_AttributeError)) {
        kr_exc_take(vm);
        return VAL_UNDEF;
    }
    return v;
}

// ----- reduce -----

static Value functools_reduce(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kw_nonempty(kw)) {
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

// ----- partial -----

typedef struct Partial {
    Obj hdr;
    Value fn;
    Value args;  // Tuple
    Value kw;    // Dict
    Value attrs; // Dict of attributes set by update_wrapper (its __dict__), or VAL_UNDEF
} Partial;

static Value functools_partial(KrVm *vm, int argc, const Value *argv, Value kw);

static void partial_trace(KrVm *vm, Obj *o) {
    Partial *p = (Partial *)o;
    kr_gc_mark_value(vm, p->fn);
    kr_gc_mark_value(vm, p->args);
    kr_gc_mark_value(vm, p->kw);
    kr_gc_mark_value(vm, p->attrs);
}

// partial(func, /, *args, **keywords) from an already-split argument list (CPython's
// partial_new: a partial of a plain partial is flattened).
static Value partial_make(KrVm *vm, Value func, int argc, const Value *argv, Value kw) {
    Value pargs = VAL_UNDEF, pkw = VAL_UNDEF;
    if (kr_isa(func, &kr_type_ft_partial) && IS_UNDEF(((Partial *)AS_OBJ(func))->attrs)) {
        Partial *inner = (Partial *)AS_OBJ(func);
        pargs = inner->args;
        pkw = inner->kw;
        func = inner->fn;
    }
    if (!is_callable(func)) {
        return kr_raise(vm, EXC_TypeError, "the first argument must be callable");
    }
    int64_t np = IS_UNDEF(pargs) ? 0 : AS_TUPLE(pargs)->len;
    Tuple *args = kr_tuple_new(vm, np + argc);
    if (!args) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < np; i++) {
        args->items[i] = AS_TUPLE(pargs)->items[i];
    }
    for (int i = 0; i < argc; i++) {
        args->items[np + i] = argv[i];
    }
    Dict *d;
    if (IS_UNDEF(pkw) || AS_DICT(pkw)->used == 0) {
        d = IS_DICT(kw) ? kr_dict_copy(vm, AS_DICT(kw)) : kr_dict_new(vm);
    } else {
        d = kr_dict_copy(vm, AS_DICT(pkw));
        if (d && IS_DICT(kw) && kr_dict_update(vm, d, kw) < 0) {
            return VAL_EXC;
        }
    }
    if (!d) {
        return VAL_EXC;
    }
    Partial *p = kr_gc_alloc(vm, &kr_type_ft_partial, sizeof(Partial));
    if (!p) {
        return VAL_EXC;
    }
    p->fn = func;
    p->args = kr_obj(args);
    p->kw = kr_obj(d);
    p->attrs = VAL_UNDEF;
    return kr_obj(p);
}

static Value functools_partial(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc < 1) {
        return kr_raise(vm, EXC_TypeError, "type 'partial' takes at least one argument");
    }
    return partial_make(vm, argv[0], argc - 1, argv + 1, kw);
}

static Value partial_call_body(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    Partial *p = (Partial *)AS_OBJ(self);
    Value kw2 = kw;
    if (AS_DICT(p->kw)->used > 0) {
        Dict *d = kr_dict_copy(vm, AS_DICT(p->kw));
        if (!d || (IS_DICT(kw) && kr_dict_update(vm, d, kw) < 0)) {
            return VAL_EXC;
        }
        kw2 = kr_obj(d);
    }
    Tuple *pa = AS_TUPLE(p->args);
    if (pa->len == 0) {
        return kr_call(vm, p->fn, argc, argv, kw2);
    }
    if (argc == 0) {
        // The args tuple is immutable and owned by the pinned partial.
        return kr_call(vm, p->fn, (int)pa->len, pa->items, kw2);
    }
    if (pa->len + argc > INT32_MAX) {
        return kr_raise(vm, EXC_OverflowError, "too many arguments");
    }
    Tuple *all = kr_tuple_new(vm, pa->len + argc);
    if (!all) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < pa->len; i++) {
        all->items[i] = pa->items[i];
    }
    for (int i = 0; i < argc; i++) {
        all->items[pa->len + i] = argv[i];
    }
    return kr_call(vm, p->fn, (int)all->len, all->items, kw2);
}

static Value partial_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    return pinned_call(vm, partial_call_body, self, argc, argv, kw);
}

static Value partial_repr_body(KrVm *vm, Partial *p) {
    StrBuf sb;
    kr_sb_init(&sb, vm);
    Value r = kr_repr(vm, p->fn);
    if (IS_EXC(r) || kr_sb_adds(&sb, "functools.partial(") < 0 || kr_sb_add_str(&sb, r) < 0) {
        goto fail;
    }
    Tuple *a = AS_TUPLE(p->args);
    for (int64_t i = 0; i < a->len; i++) {
        r = kr_repr(vm, a->items[i]);
        if (IS_EXC(r) || kr_sb_adds(&sb, ", ") < 0 || kr_sb_add_str(&sb, r) < 0) {
            goto fail;
        }
        a = AS_TUPLE(p->args);
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(AS_DICT(p->kw), &pos, &k, &v)) {
        // %S of the key (keyword names are str; a non-str key shows its str()).
        Value ks = kr_str(vm, k);
        if (IS_EXC(ks) || kr_scope_hold(vm, v) < 0) {
            goto fail;
        }
        r = kr_repr(vm, v);
        if (IS_EXC(r) || kr_sb_adds(&sb, ", ") < 0 || kr_sb_add_str(&sb, ks) < 0 ||
            kr_sb_addc(&sb, '=') < 0 || kr_sb_add_str(&sb, r) < 0) {
            goto fail;
        }
    }
    if (kr_sb_addc(&sb, ')') < 0) {
        goto fail;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value partial_repr(KrVm *vm, Value self) {
    Partial *p = (Partial *)AS_OBJ(self);
    if (p->hdr.flags & KR_REPR_BUSY) {
        return cstr(vm, "...");
    }
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object");
    }
    size_t mark = kr_scope_open(vm);
    vm->pinning++;
    vm->c_depth++;
    p->hdr.flags |= KR_REPR_BUSY;
    Value r = kr_scope_hold(vm, self) < 0 ? VAL_EXC : partial_repr_body(vm, p);
    p->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    vm->c_depth--;
    vm->pinning--;
    kr_scope_close(vm, mark);
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

static Value partial_get_func(KrVm *vm, Value self) { return ((Partial *)AS_OBJ(self))->fn; }
static Value partial_get_args(KrVm *vm, Value self) { return ((Partial *)AS_OBJ(self))->args; }
static Value partial_get_keywords(KrVm *vm, Value self) {
    return ((Partial *)AS_OBJ(self))->kw;
}

static Value partial_get_dict(KrVm *vm, Value self) {
    Partial *p = (Partial *)AS_OBJ(self);
    if (IS_UNDEF(p->attrs)) {
        Dict *d = kr_dict_new(vm);
        if (!d) {
            return VAL_EXC;
        }
        p->attrs = kr_obj(d);
    }
    return p->attrs;
}

// An attribute that only exists once update_wrapper stored it in the partial's __dict__.
static Value partial_attr(KrVm *vm, Value self, const char *name, Value dflt) {
    Partial *p = (Partial *)AS_OBJ(self);
    Value key = IS_EXC(dflt) ? dflt : cstr(vm, name); // dflt: its allocation may have failed
    if (IS_EXC(key)) {
        return VAL_EXC;
    }
    if (IS_DICT(p->attrs)) {
        Value v = kr_dict_get_str(vm, AS_DICT(p->attrs), AS_STR(key));
        if (!IS_UNDEF(v)) {
            return v;
        }
    }
    if (!IS_UNDEF(dflt)) {
        return dflt;
    }
    return kr_raise(vm, EXC_AttributeError, "'functools.partial' object has no attribute '%s'",
                    name);
}
static Value partial_get_name(KrVm *vm, Value self) {
    return partial_attr(vm, self, "__name__", VAL_UNDEF);
}
static Value partial_get_qualname(KrVm *vm, Value self) {
    return partial_attr(vm, self, "__qualname__", VAL_UNDEF);
}
static Value partial_get_wrapped(KrVm *vm, Value self) {
    return partial_attr(vm, self, "__wrapped__", VAL_UNDEF);
}
static Value partial_get_module(KrVm *vm, Value self) {
    return partial_attr(vm, self, "__module__", cstr(vm, "functools"));
}
static Value partial_get_doc(KrVm *vm, Value self) {
    return partial_attr(vm, self, "__doc__",
                        cstr(vm, "partial(func, *args, **keywords) - new function with partial "
                                 "application\n    of the given arguments and keywords.\n"));
}

static const GetSetDef partial_getset[] = {
    {"func", partial_get_func},
    {"args", partial_get_args},
    {"keywords", partial_get_keywords},
    {"__dict__", partial_get_dict},
    {"__name__", partial_get_name},
    {"__qualname__", partial_get_qualname},
    {"__wrapped__", partial_get_wrapped},
    {"__module__", partial_get_module},
    {"__doc__", partial_get_doc},
    {NULL, NULL},
};

const Type kr_type_ft_partial = {
    .name = "functools.partial",
    .id = TY_FT_PARTIAL,
    .ctor = functools_partial,
    .basic_size = sizeof(Partial),
    .trace = partial_trace,
    .repr = partial_repr,
    .call = partial_call,
    .getset = partial_getset,
};

// ----- cmp_to_key -----

// The key function returned by cmp_to_key (obj VAL_UNDEF) and the keys it makes share one type,
// as in CPython: calling either builds a key holding obj.
typedef struct KeyObj {
    Obj hdr;
    Value cmp;
    Value obj; // VAL_UNDEF for the key function itself
} KeyObj;


static void keyobj_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((KeyObj *)o)->cmp);
    kr_gc_mark_value(vm, ((KeyObj *)o)->obj);
}

static Value keyobj_make(KrVm *vm, Value cmp, Value obj) {
    KeyObj *k = kr_gc_alloc(vm, &kr_type_ft_keywrapper, sizeof(KeyObj));
    if (!k) {
        return VAL_EXC;
    }
    k->cmp = cmp;
    k->obj = obj;
    return kr_obj(k);
}

static Value keyobj_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"obj"};
    Value a[1];
    if (kr_args_bind(vm, "K", argc, argv, kw, names, 1, 0, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    // Runs no Python code; the new key is pinned by whoever receives it.
    size_t mark = kr_scope_open(vm);
    Value r = keyobj_make(vm, ((KeyObj *)AS_OBJ(self))->cmp, a[0]);
    kr_scope_close(vm, mark);
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

static Value keyobj_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_isa(b, &kr_type_ft_keywrapper)) {
        return kr_raise(vm, EXC_TypeError, "other argument must be K instance");
    }
    KeyObj *x = (KeyObj *)AS_OBJ(a), *y = (KeyObj *)AS_OBJ(b);
    if (IS_UNDEF(x->obj) || IS_UNDEF(y->obj)) {
        return kr_raise(vm, EXC_AttributeError, "object");
    }
    size_t mark = kr_scope_open(vm);
    vm->pinning++;
    Value r = VAL_EXC;
    if (kr_scope_hold(vm, a) == 0 && kr_scope_hold(vm, b) == 0) {
        Value args[2] = {x->obj, y->obj};
        Value res = kr_call(vm, x->cmp, 2, args, VAL_UNDEF);
        if (!IS_EXC(res)) {
            r = kr_compare(vm, res, kr_int(0), op);
        }
    }
    vm->pinning--;
    kr_scope_close(vm, mark);
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

static int keyobj_hash(KrVm *vm, Value self, int64_t *out) {
    kr_raise(vm, EXC_TypeError, "unhashable type: 'functools.KeyWrapper'");
    return -1;
}

static Value keyobj_get_obj(KrVm *vm, Value self) {
    Value o = ((KeyObj *)AS_OBJ(self))->obj;
    return IS_UNDEF(o) ? VAL_NONE : o;
}

static const GetSetDef keyobj_getset[] = {
    {"obj", keyobj_get_obj},
    {NULL, NULL},
};

const Type kr_type_ft_keywrapper = {
    .name = "functools.KeyWrapper",
    .id = TY_FT_KEYWRAPPER,
    .basic_size = sizeof(KeyObj),
    .trace = keyobj_trace,
    .hash = keyobj_hash,
    .richcmp = keyobj_richcmp,
    .call = keyobj_call,
    .getset = keyobj_getset,
};

static Value functools_cmp_to_key(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"mycmp"};
    Value a[1];
    if (kr_args_bind(vm, "cmp_to_key", argc, argv, kw, names, 1, 0, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    return keyobj_make(vm, a[0], VAL_UNDEF);
}

// ----- CacheInfo -----

// lru_cache's cache_info() result: CPython's namedtuple CacheInfo(hits, misses, maxsize,
// currsize). A small type around a 4-tuple that behaves as that tuple (indexing, len,
// iteration, comparison, hashing) and has the field attributes.
typedef struct CacheInfo {
    Obj hdr;
    Value t; // Tuple of 4
} CacheInfo;

static Value functools_cacheinfo(KrVm *vm, int argc, const Value *argv, Value kw);

static void cacheinfo_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((CacheInfo *)o)->t); }

static Value ci_tuple(Value v) { return ((CacheInfo *)AS_OBJ(v))->t; }

static Value cacheinfo_repr(KrVm *vm, Value self) {
    Value fmt = cstr(vm, "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)");
    if (IS_EXC(fmt)) {
        return VAL_EXC;
    }
    return kr_str_mod(vm, fmt, ci_tuple(self));
}

static int cacheinfo_hash(KrVm *vm, Value self, int64_t *out) {
    return kr_hash(vm, ci_tuple(self), out);
}

static Value cacheinfo_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    Value x = kr_isa(a, &kr_type_ft_cacheinfo) ? ci_tuple(a) : a;
    Value y = kr_isa(b, &kr_type_ft_cacheinfo) ? ci_tuple(b) : b;
    if (!IS_TUPLE(x) || !IS_TUPLE(y)) {
        return vm->notimpl;
    }
    return kr_compare(vm, x, y, op);
}

static Value cacheinfo_iter(KrVm *vm, Value self) { return kr_iter(vm, ci_tuple(self)); }
static int64_t cacheinfo_len(KrVm *vm, Value self) { return 4; }
static Value cacheinfo_getitem(KrVm *vm, Value self, Value key) {
    return kr_getitem(vm, ci_tuple(self), key);
}
static int cacheinfo_contains(KrVm *vm, Value self, Value v) {
    return kr_contains(vm, ci_tuple(self), v);
}

static Value ci_field(Value self, int i) { return AS_TUPLE(ci_tuple(self))->items[i]; }
static Value cacheinfo_hits(KrVm *vm, Value self) { return ci_field(self, 0); }
static Value cacheinfo_misses(KrVm *vm, Value self) { return ci_field(self, 1); }
static Value cacheinfo_maxsize(KrVm *vm, Value self) { return ci_field(self, 2); }
static Value cacheinfo_currsize(KrVm *vm, Value self) { return ci_field(self, 3); }

static const GetSetDef cacheinfo_getset[] = {
    {"hits", cacheinfo_hits},
    {"misses", cacheinfo_misses},
    {"maxsize", cacheinfo_maxsize},
    {"currsize", cacheinfo_currsize},
    {NULL, NULL},
};

const Type kr_type_ft_cacheinfo = {
    .name = "CacheInfo",
    .id = TY_FT_CACHEINFO,
    .ctor = functools_cacheinfo,
    .basic_size = sizeof(CacheInfo),
    .trace = cacheinfo_trace,
    .repr = cacheinfo_repr,
    .hash = cacheinfo_hash,
    .richcmp = cacheinfo_richcmp,
    .iter = cacheinfo_iter,
    .len = cacheinfo_len,
    .getitem = cacheinfo_getitem,
    .contains = cacheinfo_contains,
    .getset = cacheinfo_getset,
    .is_sequence = 1,
};

// _CacheInfo(hits, misses, maxsize, currsize), used by the Python part below.
static Value functools_cacheinfo(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"hits", "misses", "maxsize", "currsize"};
    Value a[4];
    if (kr_args_bind(vm, "CacheInfo.__new__", argc, argv, kw, names, 4, 0, 4, 4, a) < 0) {
        return VAL_EXC;
    }
    argv = a;
    Value t = kr_tuple_from(vm, 4, argv);
    if (IS_EXC(t)) {
        return VAL_EXC;
    }
    CacheInfo *ci = kr_gc_alloc(vm, &kr_type_ft_cacheinfo, sizeof(CacheInfo));
    if (!ci) {
        return VAL_EXC;
    }
    ci->t = t;
    return kr_obj(ci);
}

// ----- update_wrapper / wraps -----

static bool str_is(Value s, const char *c) { return IS_STR(s) && strcmp(AS_STR(s)->data, c) == 0; }

// setattr(wrapper, name, value). Function names and docs live in FuncObj fields that
// kr_setattr does not reach (it stores into the function's __dict__), so they are written
// here; a partial keeps them in its __dict__.
static int set_attr(KrVm *vm, Value wrapper, Value name, Value value) {
    if (kr_isa(wrapper, &kr_type_function)) {
        FuncObj *f = (FuncObj *)AS_OBJ(wrapper);
        if (str_is(name, "__name__") || str_is(name, "__qualname__")) {
            if (!IS_STR(value)) {
                kr_raise(vm, EXC_TypeError, "%U must be set to a string object", name);
                return -1;
            }
            if (str_is(name, "__name__")) {
                f->name = value;
            } else {
                f->qualname = value;
            }
            return 0;
        }
        if (str_is(name, "__doc__")) {
            f->doc = value;
            return 0;
        }
        if (str_is(name, "__module__")) {
            return 0; // a function's __module__ is fixed in krait (no module objects)
        }
    }
    if (kr_isa(wrapper, &kr_type_ft_partial)) {
        Value d = partial_get_dict(vm, wrapper);
        if (IS_EXC(d)) {
            return -1;
        }
        return kr_dict_set(vm, AS_DICT(d), name, value);
    }
    return kr_setattr(vm, wrapper, name, value);
}

static const char *const wrapper_assignments[] = {"__module__", "__name__", "__qualname__",
                                                  "__doc__", "__annotations__"};

static Value make_str_tuple(KrVm *vm, const char *const *names, int n) {
    Tuple *t = kr_tuple_new(vm, n);
    if (!t) {
        return VAL_EXC;
    }
    for (int i = 0; i < n; i++) {
        Value s = cstr(vm, names[i]);
        if (IS_EXC(s)) {
            return VAL_EXC;
        }
        t->items[i] = s;
    }
    return kr_obj(t);
}

static Value update_wrapper(KrVm *vm, Value wrapper, Value wrapped, Value assigned,
                            Value updated) {
    if (IS_UNDEF(assigned)) {
        assigned = make_str_tuple(vm, wrapper_assignments, 5);
    }
    if (IS_UNDEF(updated)) {
        static const char *const upd[] = {"__dict__"};
        updated = make_str_tuple(vm, upd, 1);
    }
    if (IS_EXC(assigned) || IS_EXC(updated)) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, assigned);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    for (;;) {
        Value attr = kr_next(vm, it);
        if (IS_EXC(attr)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(attr)) {
            break;
        }
        if (!IS_STR(attr)) {
            return kr_raise(vm, EXC_TypeError, "attribute name must be string, not '%s'",
                            kr_typename(attr));
        }
        Value v = getattr_absent(vm, wrapped, attr);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        if (!IS_UNDEF(v) && set_attr(vm, wrapper, attr, v) < 0) {
            return VAL_EXC;
        }
    }
    it = kr_iter(vm, updated);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    for (;;) {
        Value attr = kr_next(vm, it);
        if (IS_EXC(attr)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(attr)) {
            break;
        }
        if (!IS_STR(attr)) {
            return kr_raise(vm, EXC_TypeError, "attribute name must be string, not '%s'",
                            kr_typename(attr));
        }
        Value target = kr_getattr(vm, wrapper, attr);
        if (IS_EXC(target)) {
            return VAL_EXC;
        }
        Value src = getattr_absent(vm, wrapped, attr);
        if (IS_EXC(src)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(src)) {
            Dict *empty = kr_dict_new(vm);
            if (!empty) {
                return VAL_EXC;
            }
            src = kr_obj(empty);
        }
        if (IS_DICT(target)) {
            if (kr_dict_update(vm, AS_DICT(target), src) < 0) {
                return VAL_EXC;
            }
            continue;
        }
        Value upd = kr_getattr(vm, target, cstr(vm, "update"));
        if (IS_EXC(upd) || IS_EXC(kr_call(vm, upd, 1, &src, VAL_UNDEF))) {
            return VAL_EXC;
        }
    }
    Value wname = cstr(vm, "__wrapped__");
    if (IS_EXC(wname) || set_attr(vm, wrapper, wname, wrapped) < 0) {
        return VAL_EXC;
    }
    return wrapper;
}

static Value functools_update_wrapper(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"wrapper", "wrapped", "assigned", "updated"};
    Value a[4];
    if (kr_args_bind(vm, "update_wrapper", argc, argv, kw, names, 4, 0, 4, 2, a) < 0) {
        return VAL_EXC;
    }
    return update_wrapper(vm, a[0], a[1], a[2], a[3]);
}

static const NativeDef update_wrapper_def =
    NATIVE("update_wrapper", functools_update_wrapper, 0, -1, NATIVE_KW);

// wraps(wrapped, assigned=..., updated=...) is partial(update_wrapper, wrapped=wrapped,
// assigned=assigned, updated=updated), as in CPython.
static Value functools_wraps(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"wrapped", "assigned", "updated"};
    Value a[3];
    if (kr_args_bind(vm, "wraps", argc, argv, kw, names, 3, 0, 3, 1, a) < 0) {
        return VAL_EXC;
    }
    if (IS_UNDEF(a[1])) {
        a[1] = make_str_tuple(vm, wrapper_assignments, 5);
    }
    if (IS_UNDEF(a[2])) {
        static const char *const upd[] = {"__dict__"};
        a[2] = make_str_tuple(vm, upd, 1);
    }
    if (IS_EXC(a[1]) || IS_EXC(a[2])) {
        return VAL_EXC;
    }
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    for (int i = 0; i < 3; i++) {
        if (kr_dict_set_str(vm, d, names[i], a[i]) < 0) {
            return VAL_EXC;
        }
    }
    Value fn = kr_native_new(vm, &update_wrapper_def, VAL_UNDEF, cstr(vm, "functools"));
    if (IS_EXC(fn)) {
        return VAL_EXC;
    }
    return partial_make(vm, fn, 0, NULL, kr_obj(d));
}

// ----- Things that need classes -----

static Value needs_classes(KrVm *vm, const char *name) {
    return kr_raise(vm, EXC_NotImplementedError,
                    "functools.%s is not supported (class definitions are not supported yet)",
                    name);
}
static Value functools_total_ordering(KrVm *vm, int argc, const Value *argv, Value kw) {
    return needs_classes(vm, "total_ordering");
}
static Value functools_cached_property(KrVm *vm, int argc, const Value *argv, Value kw) {
    return needs_classes(vm, "cached_property");
}
static Value functools_partialmethod(KrVm *vm, int argc, const Value *argv, Value kw) {
    return needs_classes(vm, "partialmethod");
}
static Value functools_singledispatch(KrVm *vm, int argc, const Value *argv, Value kw) {
    return needs_classes(vm, "singledispatch");
}
static Value functools_singledispatchmethod(KrVm *vm, int argc, const Value *argv, Value kw) {
    return needs_classes(vm, "singledispatchmethod");
}

// ----- lru_cache (Python) -----

// CPython 3.11's Lib/functools.py lru_cache / _lru_cache_wrapper / _make_key (without the
// lock: a VM runs one thread), and `cache`. update_wrapper and _CacheInfo are the natives
// above, already in the module's globals when this runs.
static const char lru_source[] =
    "def _make_key(args, kwds, typed, kwd_mark=(object(),)):\n"
    "    key = args\n"
    "    if kwds:\n"
    "        key += kwd_mark\n"
    "        for item in kwds.items():\n"
    "            key += item\n"
    "    if typed:\n"
    "        key += tuple([type(v) for v in args])\n"
    "        if kwds:\n"
    "            key += tuple([type(v) for v in kwds.values()])\n"
    "    elif len(key) == 1 and (type(key[0]) is int or type(key[0]) is str):\n"
    "        return key[0]\n"
    "    return key\n"
    "\n"
    "def _lru_cache_wrapper(user_function, maxsize, typed):\n"
    "    if not callable(user_function):\n"
    "        raise TypeError('the first argument must be callable')\n"
    "    sentinel = object()\n"
    "    make_key = _make_key\n"
    "    cache = {}\n"
    "    hits = misses = 0\n"
    "    full = False\n"
    "    cache_get = cache.get\n"
    "    cache_len = cache.__len__\n"
    "    root = []\n"
    "    root[:] = [root, root, None, None]\n"
    "    if maxsize == 0:\n"
    "        def wrapper(*args, **kwds):\n"
    "            nonlocal misses\n"
    "            misses += 1\n"
    "            return user_function(*args, **kwds)\n"
    "    elif maxsize is None:\n"
    "        def wrapper(*args, **kwds):\n"
    "            nonlocal hits, misses\n"
    "            key = make_key(args, kwds, typed)\n"
    "            result = cache_get(key, sentinel)\n"
    "            if result is not sentinel:\n"
    "                hits += 1\n"
    "                return result\n"
    "            misses += 1\n"
    "            result = user_function(*args, **kwds)\n"
    "            cache[key] = result\n"
    "            return result\n"
    "    else:\n"
    "        def wrapper(*args, **kwds):\n"
    "            nonlocal root, hits, misses, full\n"
    "            key = make_key(args, kwds, typed)\n"
    "            link = cache_get(key)\n"
    "            if link is not None:\n"
    "                link_prev, link_next, _key, result = link\n"
    "                link_prev[1] = link_next\n"
    "                link_next[0] = link_prev\n"
    "                last = root[0]\n"
    "                last[1] = root[0] = link\n"
    "                link[0] = last\n"
    "                link[1] = root\n"
    "                hits += 1\n"
    "                return result\n"
    "            misses += 1\n"
    "            result = user_function(*args, **kwds)\n"
    "            if key in cache:\n"
    "                pass\n"
    "            elif full:\n"
    "                oldroot = root\n"
    "                oldroot[2] = key\n"
    "                oldroot[3] = result\n"
    "                root = oldroot[1]\n"
    "                oldkey = root[2]\n"
    "                root[2] = root[3] = None\n"
    "                del cache[oldkey]\n"
    "                cache[key] = oldroot\n"
    "            else:\n"
    "                last = root[0]\n"
    "                link = [last, root, key, result]\n"
    "                last[1] = root[0] = cache[key] = link\n"
    "                full = (cache_len() >= maxsize)\n"
    "            return result\n"
    "    def cache_info():\n"
    "        return _CacheInfo(hits, misses, maxsize, cache_len())\n"
    "    def cache_clear():\n"
    "        nonlocal hits, misses, full\n"
    "        cache.clear()\n"
    "        root[:] = [root, root, None, None]\n"
    "        hits = misses = 0\n"
    "        full = False\n"
    "    wrapper.cache_info = cache_info\n"
    "    wrapper.cache_clear = cache_clear\n"
    "    return wrapper\n"
    "\n"
    "def lru_cache(maxsize=128, typed=False):\n"
    "    if isinstance(maxsize, int):\n"
    "        if maxsize < 0:\n"
    "            maxsize = 0\n"
    "    elif callable(maxsize) and isinstance(typed, bool):\n"
    "        user_function, maxsize = maxsize, 128\n"
    "        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)\n"
    "        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}\n"
    "        return update_wrapper(wrapper, user_function)\n"
    "    elif maxsize is not None:\n"
    "        raise TypeError(\n"
    "            'Expected first argument to be an integer, a callable, or None')\n"
    "    def decorating_function(user_function):\n"
    "        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)\n"
    "        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}\n"
    "        return update_wrapper(wrapper, user_function)\n"
    "    return decorating_function\n"
    "\n"
    "def cache(user_function, /):\n"
    "    return lru_cache(maxsize=None)(user_function)\n";

// Compile and run lru_source with the module's dict as globals.
static int run_python_part(KrVm *vm, Module *m) {
    Value code = kr_compile(vm, lru_source, sizeof lru_source - 1, "<functools>");
    if (IS_EXC(code)) {
        return -1;
    }
    // Module init runs unpinned (IMPORT_NAME) and the module is not yet registered: keep it
    // and the code alive while the Python code runs (it reaches safepoints).
    size_t mark = kr_scope_open(vm);
    int rc = -1;
    if (kr_scope_hold(vm, kr_obj(m)) == 0 && kr_scope_hold(vm, code) == 0) {
        Value fn = kr_func_new(vm, (Code *)AS_OBJ(code), m->dict);
        if (!IS_EXC(fn) && kr_scope_hold(vm, fn) == 0) {
            rc = IS_EXC(kr_call(vm, fn, 0, NULL, VAL_UNDEF)) ? -1 : 0;
        }
    }
    kr_scope_close(vm, mark);
    return rc;
}

// ----- Module -----

static const NativeDef functools_funcs[] = {
    NATIVE("cached_property", functools_cached_property, 0, -1, NATIVE_KW),
    NATIVE("cmp_to_key", functools_cmp_to_key, 0, -1, NATIVE_KW),
    NATIVE("partialmethod", functools_partialmethod, 0, -1, NATIVE_KW),
    NATIVE("reduce", functools_reduce, 0, -1, NATIVE_KW),
    NATIVE("singledispatch", functools_singledispatch, 0, -1, NATIVE_KW),
    NATIVE("singledispatchmethod", functools_singledispatchmethod, 0, -1, NATIVE_KW),
    NATIVE("total_ordering", functools_total_ordering, 0, -1, NATIVE_KW),
    NATIVE("update_wrapper", functools_update_wrapper, 0, -1, NATIVE_KW),
    NATIVE("wraps", functools_wraps, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static int functools_init(KrVm *vm, Value module) {
    Module *m = (Module *)AS_OBJ(module);
    static const char *const upd[] = {"__dict__"};
    Value wa = make_str_tuple(vm, wrapper_assignments, 5);
    if (IS_EXC(wa) || kr_dict_set_str(vm, m->dict, "WRAPPER_ASSIGNMENTS", wa) < 0) {
        return -1;
    }
    Value wu = make_str_tuple(vm, upd, 1);
    if (IS_EXC(wu) || kr_dict_set_str(vm, m->dict, "WRAPPER_UPDATES", wu) < 0) {
        return -1;
    }
    return run_python_part(vm, m);
}

// ----- Snapshots (module.h ModTypeSnap): each type is a few Values, no ints -----

static int snap_invalid(KrVm *vm, const Type *t) {
    kr_raise(vm, EXC_ValueError, "snapshot holds an invalid '%s' object", t->name);
    return -1;
}

static int ft_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    if (o->type == &kr_type_ft_partial) {
        Partial *p = (Partial *)o;
        return kr_snap_val(out, p->fn) < 0 || kr_snap_val(out, p->args) < 0 ||
                       kr_snap_val(out, p->kw) < 0 || kr_snap_val(out, p->attrs) < 0
                   ? -1
                   : 0;
    }
    if (o->type == &kr_type_ft_keywrapper) {
        KeyObj *k = (KeyObj *)o;
        return kr_snap_val(out, k->cmp) < 0 || kr_snap_val(out, k->obj) < 0 ? -1 : 0;
    }
    return kr_snap_val(out, ((CacheInfo *)o)->t);
}

static Obj *ft_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 0) {
        snap_invalid(vm, t);
        return NULL;
    }
    return kr_gc_alloc(vm, t, t->basic_size); // Values VAL_UNDEF until filled
}

static int ft_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    const Type *t = o->type;
    if (t == &kr_type_ft_partial) {
        // args must be a tuple and kw a dict (partial_call reads them directly); kw may still
        // be empty while loading, which is fine.
        if (nvals != 4 || IS_UNDEF(vals[0]) || !IS_TUPLE(vals[1]) || !IS_DICT(vals[2]) ||
            !(IS_UNDEF(vals[3]) || IS_DICT(vals[3]))) {
            return snap_invalid(vm, t);
        }
        Partial *p = (Partial *)o;
        p->fn = vals[0];
        p->args = vals[1];
        p->kw = vals[2];
        p->attrs = vals[3];
        return 0;
    }
    if (t == &kr_type_ft_keywrapper) {
        if (nvals != 2 || IS_UNDEF(vals[0])) {
            return snap_invalid(vm, t);
        }
        ((KeyObj *)o)->cmp = vals[0];
        ((KeyObj *)o)->obj = vals[1];
        return 0;
    }
    // CacheInfo: its fields are indexed 0..3 without checks.
    if (nvals != 1 || !IS_TUPLE(vals[0]) || AS_TUPLE(vals[0])->len != 4) {
        return snap_invalid(vm, t);
    }
    ((CacheInfo *)o)->t = vals[0];
    return 0;
}

static const ModTypeSnap ft_snap = {ft_save, ft_alloc, ft_fill, NULL};

static const ModType functools_types[] = {
    {TY_FT_PARTIAL, "partial", &ft_snap, NULL},
    {TY_FT_KEYWRAPPER, NULL, &ft_snap, NULL},
    {TY_FT_CACHEINFO, "_CacheInfo", &ft_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_functools = {"functools", functools_funcs, functools_init,
                                    functools_types};
