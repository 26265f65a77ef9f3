// SPDX-License-Identifier: MIT
// interp/call.c: frames on the data stack, argument binding for Python functions, the native
// trampoline, and kr_call (calling anything from C).
#include <stdio.h>

#include "module.h"
#include "vm.h"

// ----- Data stack -----

Frame *kr_frame_push(KrVm *vm, Code *code, FuncObj *func, Dict *globals) {
    if (vm->py_depth >= vm->cfg.limits.max_recursion) {
        kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t nvals = (size_t)code->nlocalsplus + (size_t)code->stacksize;
    size_t need = (sizeof(Frame) + nvals * sizeof(Value) + sizeof(Value) - 1) / sizeof(Value);
    DataChunk *c = vm->chunk;
    if (!c || c->top + need > c->size) {
        size_t size = need > KR_DATA_CHUNK ? need : KR_DATA_CHUNK;
        DataChunk *n = vm->spare_chunk;
        if (n && n->size >= need) {
            vm->spare_chunk = NULL;
        } else {
            n = kr_mem_alloc(vm, sizeof(DataChunk) + size * sizeof(Value));
            if (!n) {
                return NULL;
            }
            n->size = size;
        }
        n->prev = c;
        n->top = 0;
        vm->chunk = n;
        c = n;
    }
    Frame *f = (Frame *)(c->data + c->top);
    c->top += need;
    memset(f, 0, sizeof(Frame) + (size_t)code->nlocalsplus * sizeof(Value));
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->pc = code->insns;
    f->sp = f->localsplus + code->nlocalsplus;
    f->nvalues = (uint32_t)nvals;
    f->in_chunk = 1;
    vm->py_depth++;
    return f;
}

void kr_frame_pop(KrVm *vm, Frame *f) {
    DataChunk *c = vm->chunk;
    vm->py_depth--;
    if (!f->in_chunk) {
        return;
    }
    c->top = (size_t)((Value *)f - c->data);
    if (c->top == 0 && c->prev) {
        // Keep the first chunk; free emptied overflow chunks.
        vm->chunk = c->prev;
        if (!vm->spare_chunk) {
            vm->spare_chunk = c;
        } else {
            kr_mem_free(vm, c, sizeof(DataChunk) + c->size * sizeof(Value));
        }
    }
}

// ----- Argument binding (CPython's initialize_locals) -----

static Value qualname_of(FuncObj *fn) { return fn->qualname; }

static int missing_args(KrVm *vm, FuncObj *fn, Frame *f, int from, int to, const char *kind) {
    Code *co = fn->code;
    Tuple *names = AS_TUPLE(co->localnames);
    int missing = 0;
    for (int i = from; i < to; i++) {
        if (IS_UNDEF(f->localsplus[i])) {
            missing++;
        }
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int seen = 0;
    for (int i = from; i < to; i++) {
        if (!IS_UNDEF(f->localsplus[i])) {
            continue;
        }
        seen++;
        if (seen > 1) {
            if (missing == 2) {
                if (kr_sb_adds(&sb, " and ") < 0) {
                    goto fail;
                }
            } else if (seen == missing) {
                if (kr_sb_adds(&sb, ", and ") < 0) {
                    goto fail;
                }
            } else if (kr_sb_adds(&sb, ", ") < 0) {
                goto fail;
            }
        }
        if (kr_sb_addc(&sb, '\'') < 0 || kr_sb_add_str(&sb, names->items[i]) < 0 ||
            kr_sb_addc(&sb, '\'') < 0) {
            goto fail;
        }
    }
    Value list = kr_sb_to_str(&sb);
    if (IS_EXC(list)) {
        return -1;
    }
    kr_raise(vm, EXC_TypeError, "%U() missing %d required %s argument%s: %U", qualname_of(fn),
             missing, kind, missing == 1 ? "" : "s", list);
    return -1;
fail:
    kr_sb_free(&sb);
    return -1;
}

static int too_many_positional(KrVm *vm, FuncObj *fn, Frame *f, int given) {
    Code *co = fn->code;
    int ndefaults = IS_TUPLE(fn->defaults) ? (int)AS_TUPLE(fn->defaults)->len : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (!IS_UNDEF(f->localsplus[i])) {
            kwonly_given++;
        }
    }
    char plural_kw[160] = "";
    if (kwonly_given) {
        snprintf(plural_kw, sizeof plural_kw, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    if (ndefaults) {
        kr_raise(vm, EXC_TypeError, "%U() takes from %d to %d positional arguments but %d%s %s given",
                 qualname_of(fn), co->argcount - ndefaults, co->argcount, given, plural_kw,
                 given == 1 && !kwonly_given ? "was" : "were");
    } else {
        kr_raise(vm, EXC_TypeError, "%U() takes %d positional argument%s but %d%s %s given",
                 qualname_of(fn), co->argcount, co->argcount == 1 ? "" : "s", given, plural_kw,
                 given == 1 && !kwonly_given ? "was" : "were");
    }
    return -1;
}

static int bind_keyword(KrVm *vm, FuncObj *fn, Frame *f, Value name, Value val, Dict *kwdict) {
    Code *co = fn->code;
    Tuple *names = AS_TUPLE(co->localnames);
    if (!IS_STR(name)) {
        kr_raise(vm, EXC_TypeError, "keywords must be strings");
        return -1;
    }
    int total = co->argcount + co->kwonlyargcount;
    for (int i = co->posonlyargcount; i < total; i++) {
        Value n = names->items[i];
        if (AS_OBJ(n) == AS_OBJ(name) || kr_str_eq(AS_STR(n), AS_STR(name))) {
            if (!IS_UNDEF(f->localsplus[i])) {
                kr_raise(vm, EXC_TypeError, "%U() got multiple values for argument '%U'",
                         qualname_of(fn), name);
                return -1;
            }
            f->localsplus[i] = val;
            return 0;
        }
    }
    if (kwdict) {
        return kr_dict_set(vm, kwdict, name, val);
    }
    for (int i = 0; i < co->posonlyargcount; i++) {
        if (kr_str_eq(AS_STR(names->items[i]), AS_STR(name))) {
            f->localsplus[i] = kr_bool(true); // marker, checked by the caller
            return 1;
        }
    }
    kr_raise(vm, EXC_TypeError, "%U() got an unexpected keyword argument '%U'", qualname_of(fn),
             name);
    return -1;
}

static bool kw_given(Value name, Value kwnames, int nkw, Value kwdict) {
    for (int i = 0; i < nkw; i++) {
        if (kr_str_eq(AS_STR(AS_TUPLE(kwnames)->items[i]), AS_STR(name))) {
            return true;
        }
    }
    if (IS_DICT(kwdict)) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kwdict), &pos, &k, &v)) {
            if (IS_STR(k) && kr_str_eq(AS_STR(k), AS_STR(name))) {
                return true;
            }
        }
    }
    return false;
}

// "f() got some positional-only arguments passed as keyword arguments: 'a, b'"
static int posonly_error(KrVm *vm, FuncObj *fn, Frame *f, int argc, Value kwnames, int nkw,
                         Value kwdict) {
    Code *co = fn->code;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    bool first = true;
    for (int i = argc; i < co->posonlyargcount; i++) {
        Value name = AS_TUPLE(co->localnames)->items[i];
        if (!kw_given(name, kwnames, nkw, kwdict)) {
            continue;
        }
        if ((!first && kr_sb_adds(&sb, ", ") < 0) || kr_sb_add_str(&sb, name) < 0) {
            kr_sb_free(&sb);
            return -1;
        }
        first = false;
    }
    Value list = kr_sb_to_str(&sb);
    if (IS_EXC(list)) {
        return -1;
    }
    kr_raise(vm, EXC_TypeError,
             "%U() got some positional-only arguments passed as keyword arguments: '%U'",
             qualname_of(fn), list);
    return -1;
}

// "__main__.f()" / "print()": how CPython names a callable in call errors.
Value kr_callable_str(KrVm *vm, Value callable);
Value kr_callable_str(KrVm *vm, Value callable) {
    if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_method) {
        callable = ((BoundMethod *)AS_OBJ(callable))->func;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int r;
    if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_function) {
        r = kr_sb_adds(&sb, "__main__.") < 0 ||
            kr_sb_add_str(&sb, ((FuncObj *)AS_OBJ(callable))->qualname) < 0;
    } else if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_builtin) {
        NativeObj *n = (NativeObj *)AS_OBJ(callable);
        r = 0;
        if ((AS_OBJ(callable)->flags & NATIVE_OBJ_METHOD || !IS_UNDEF(n->self)) &&
            IS_STR(n->owner) && strcmp(AS_STR(n->owner)->data, "builtins") != 0) {
            r = kr_sb_add_str(&sb, n->owner) < 0 || kr_sb_addc(&sb, '.') < 0;
        }
        r = r || kr_sb_adds(&sb, n->def->name) < 0;
    } else if (IS_TYPEOBJ(callable)) {
        r = kr_sb_add_str(&sb, AS_TYPEOBJ(callable)->name) < 0;
    } else {
        r = kr_sb_adds(&sb, kr_typename(callable)) < 0 || kr_sb_adds(&sb, " object") < 0;
    }
    if (r || kr_sb_adds(&sb, "()") < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

int kr_bind_args(KrVm *vm, FuncObj *fn, Frame *f, int argc, const Value *argv, Value kwnames,
                 const Value *kwvals, int nkw, Value kwdict_in) {
    Code *co = fn->code;
    int nargs = co->argcount;
    int n = argc < nargs ? argc : nargs;
    for (int i = 0; i < n; i++) {
        f->localsplus[i] = argv[i];
    }
    int slot = nargs + co->kwonlyargcount;
    if (co->flags & CO_VARARGS) {
        int extra = argc > nargs ? argc - nargs : 0;
        Value t = extra ? kr_tuple_from(vm, extra, argv + nargs) : vm->empty_tuple;
        if (IS_EXC(t)) {
            return -1;
        }
        f->localsplus[slot++] = t;
    }
    Dict *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = kr_dict_new(vm);
        if (!kwdict) {
            return -1;
        }
        f->localsplus[slot] = kr_obj(kwdict);
    }
    bool posonly_kw = false;
    for (int i = 0; i < nkw; i++) {
        int r = bind_keyword(vm, fn, f, AS_TUPLE(kwnames)->items[i], kwvals[i], kwdict);
        if (r < 0) {
            return -1;
        }
        posonly_kw |= r == 1;
    }
    if (IS_DICT(kwdict_in)) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kwdict_in), &pos, &k, &v)) {
            int r = bind_keyword(vm, fn, f, k, v, kwdict);
            if (r < 0) {
                return -1;
            }
            posonly_kw |= r == 1;
        }
    }
    if (posonly_kw) {
        return posonly_error(vm, fn, f, argc, kwnames, nkw, kwdict_in);
    }
    if (argc > nargs && !(co->flags & CO_VARARGS)) {
        return too_many_positional(vm, fn, f, argc);
    }
    if (argc < nargs) {
        int ndef = IS_TUPLE(fn->defaults) ? (int)AS_TUPLE(fn->defaults)->len : 0;
        int first_def = nargs - ndef;
        for (int i = first_def; i < nargs; i++) {
            if (IS_UNDEF(f->localsplus[i])) {
                f->localsplus[i] = AS_TUPLE(fn->defaults)->items[i - first_def];
            }
        }
        for (int i = argc; i < first_def; i++) {
            if (IS_UNDEF(f->localsplus[i])) {
                return missing_args(vm, fn, f, argc < first_def ? 0 : argc, first_def,
                                    "positional");
            }
        }
    }
    if (co->kwonlyargcount) {
        bool missing = false;
        for (int i = nargs; i < nargs + co->kwonlyargcount; i++) {
            if (!IS_UNDEF(f->localsplus[i])) {
                continue;
            }
            if (IS_DICT(fn->kwdefaults)) {
                Value d = kr_dict_get(vm, AS_DICT(fn->kwdefaults), AS_TUPLE(co->localnames)->items[i]);
                if (IS_EXC(d)) {
                    return -1;
                }
                if (!IS_UNDEF(d)) {
                    f->localsplus[i] = d;
                    continue;
                }
            }
            missing = true;
        }
        if (missing) {
            return missing_args(vm, fn, f, nargs, nargs + co->kwonlyargcount, "keyword-only");
        }
    }
    return 0;
}

// ----- Native trampoline -----

static Value native_arity_error(KrVm *vm, NativeObj *n, bool method, int argc) {
    const NativeDef *d = n->def;
    char q[128];
    if (method && IS_STR(n->owner)) {
        snprintf(q, sizeof q, "%s.%s", AS_STR(n->owner)->data, d->name);
    } else {
        snprintf(q, sizeof q, "%s", d->name);
    }
    if (d->max_args == 0) {
        return kr_raise(vm, EXC_TypeError, "%s() takes no arguments (%d given)", q, argc);
    }
    if (d->min_args == 1 && d->max_args == 1) {
        return kr_raise(vm, EXC_TypeError, "%s() takes exactly one argument (%d given)", q, argc);
    }
    if ((d->flags & (NATIVE_OLDARGS | NATIVE_KW)) && argc > d->max_args && d->max_args >= 0) {
        return kr_raise(vm, EXC_TypeError, "%s() takes at most %d argument%s (%d given)", d->name,
                        d->max_args, d->max_args == 1 ? "" : "s", argc);
    }
    if ((d->flags & NATIVE_OLDARGS) && argc < d->min_args) {
        return kr_raise(vm, EXC_TypeError, "%s() takes at least %d argument%s (%d given)", d->name,
                        d->min_args, d->min_args == 1 ? "" : "s", argc);
    }
    if (d->min_args == d->max_args) {
        return kr_raise(vm, EXC_TypeError, "%s expected %d argument%s, got %d", d->name,
                        d->min_args, d->min_args == 1 ? "" : "s", argc);
    }
    if (argc > d->max_args) {
        return kr_raise(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", d->name,
                        d->max_args, d->max_args == 1 ? "" : "s", argc);
    }
    return kr_raise(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", d->name,
                    d->min_args, d->min_args == 1 ? "" : "s", argc);
}

static bool kw_empty(Value kw) { return !IS_DICT(kw) || AS_DICT(kw)->used == 0; }

// Calls native [n]. [argv] already includes the receiver when [has_self] (argv[0]).
Value kr_call_native(KrVm *vm, NativeObj *n, int argc, const Value *argv, Value kw, bool has_self);
Value kr_call_native(KrVm *vm, NativeObj *n, int argc, const Value *argv, Value kw, bool has_self) {
    const NativeDef *d = n->def;
    int given = has_self ? argc - 1 : argc;
    if (given < d->min_args || (d->max_args >= 0 && given > d->max_args)) {
        return native_arity_error(vm, n, has_self, given);
    }
    if (!(d->flags & NATIVE_KW) && !kw_empty(kw)) {
        if (has_self && IS_STR(n->owner)) {
            return kr_raise(vm, EXC_TypeError, "%U.%s() takes no keyword arguments", n->owner,
                            d->name);
        }
        return kr_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", d->name);
    }
    size_t mark = vm->nroots;
    vm->pinning++;
    Value r = d->fn(vm, argc, argv, kw);
    vm->pinning--;
    vm->nroots = mark;
    if (IS_EXC(r) != !IS_UNDEF(vm->exc)) {
        KR_ASSERT(!"native result/exception mismatch");
        if (IS_EXC(r)) {
            kr_raise(vm, EXC_SystemError, "error return without exception set");
        } else {
            vm->exc = VAL_UNDEF;
        }
    }
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

// ----- kr_call -----

Value kr_call_function(KrVm *vm, FuncObj *fn, int argc, const Value *argv, Value kw) {
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    }
    Frame *f = kr_frame_push(vm, fn->code, fn, fn->globals);
    if (!f) {
        return VAL_EXC;
    }
    f->prev = vm->frame;
    if (kr_bind_args(vm, fn, f, argc, argv, VAL_UNDEF, NULL, 0, kw) < 0) {
        kr_frame_pop(vm, f);
        return VAL_EXC;
    }
    if (fn->code->flags & CO_GENERATOR) {
        Value g = kr_gen_new(vm, fn, f);
        if (!IS_EXC(g) && vm->pinning && kr_scope_hold(vm, g) < 0) {
            return VAL_EXC;
        }
        return g;
    }
    int saved_pin = vm->pinning;
    vm->pinning = 0;
    vm->c_depth++;
    f->entry = 1;
    vm->frame = f;
    Value r = kr_eval(vm, f);
    vm->c_depth--;
    vm->pinning = saved_pin;
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

static Value call_class(KrVm *vm, TypeObj *cls, int argc, const Value *argv, Value kw) {
    if (cls->exc_id >= 0) {
        if (kr_modtype_module(cls->type_id)) {
            const ModType *mt = kr_modtype_by_id(cls->type_id);
            if (mt && mt->exc_new) {
                return mt->exc_new(vm, cls, argc, argv, kw);
            }
        }
        if (!kw_empty(kw)) {
            return kr_raise(vm, EXC_TypeError, "%U() takes no keyword arguments", cls->name);
        }
        Value args = kr_tuple_from(vm, argc, argv);
        if (IS_EXC(args)) {
            return VAL_EXC;
        }
        ExcObj *e = kr_exc_new(vm, cls, args);
        return e ? kr_obj(e) : VAL_EXC;
    }
    if (cls->type_id == TY_TYPE) {
        if (argc == 1 && kw_empty(kw)) {
            return kr_obj(kr_class_of(vm, argv[0]));
        }
        if (argc == 3) {
            return kr_raise(vm, EXC_NotImplementedError, "type() with 3 arguments is not supported yet");
        }
        return kr_raise(vm, EXC_TypeError, "type() takes 1 or 3 arguments");
    }
    if (cls->kind && cls->kind->ctor) {
        size_t mark = vm->nroots;
        vm->pinning++;
        Value r = cls->kind->ctor(vm, argc, argv, kw);
        vm->pinning--;
        vm->nroots = mark;
        if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
            return VAL_EXC;
        }
        return r;
    }
    return kr_raise(vm, EXC_TypeError, "cannot create '%U' instances", cls->name);
}

Value kr_call(KrVm *vm, Value f, int argc, const Value *argv, Value kw) {
    if (!IS_OBJ(f)) {
        return kr_raise(vm, EXC_TypeError, "'%s' object is not callable", kr_typename(f));
    }
    const Type *t = AS_OBJ(f)->type;
    if (t == &kr_type_builtin) {
        NativeObj *n = (NativeObj *)AS_OBJ(f);
        if (IS_UNDEF(n->self)) {
            bool method = (AS_OBJ(f)->flags & NATIVE_OBJ_METHOD) &&
                          !(n->def->flags & NATIVE_STATIC);
            if (method && argc == 0) {
                return kr_raise(vm, EXC_TypeError, "unbound method %U.%s() needs an argument",
                                n->owner, n->def->name);
            }
            if (method && IS_STR(n->owner)) {
                // list.append(1, 2): the receiver must be an instance of the owner class.
                Value cls = kr_dict_get_str(vm, vm->builtins, AS_STR(n->owner));
                if (IS_UNDEF(cls)) {
                    cls = kr_builtins_resolve(vm, AS_STR(n->owner)); // an exception class
                    if (IS_EXC(cls)) {
                        return VAL_EXC;
                    }
                }
                if (IS_TYPEOBJ(cls) && !kr_isinstance_type(vm, argv[0], AS_TYPEOBJ(cls))) {
                    return kr_raise(vm, EXC_TypeError,
                                    "descriptor '%s' for '%U' objects doesn't apply to a '%s' object",
                                    n->def->name, n->owner, kr_typename(argv[0]));
                }
            }
            return kr_call_native(vm, n, argc, argv, kw, method);
        }
        Value small[8];
        Value *args = small;
        size_t bytes = ((size_t)argc + 1) * sizeof(Value);
        if (argc + 1 > 8) {
            args = kr_mem_alloc(vm, bytes);
            if (!args) {
                return VAL_EXC;
            }
        }
        args[0] = n->self;
        if (argc > 0) {
            memcpy(args + 1, argv, (size_t)argc * sizeof(Value));
        }
        Value r = kr_call_native(vm, n, argc + 1, args, kw, true);
        if (args != small) {
            kr_mem_free(vm, args, bytes);
        }
        return r;
    }
    if (t == &kr_type_function) {
        return kr_call_function(vm, (FuncObj *)AS_OBJ(f), argc, argv, kw);
    }
    if (t == &kr_type_method) {
        BoundMethod *m = (BoundMethod *)AS_OBJ(f);
        size_t bytes = ((size_t)argc + 1) * sizeof(Value);
        Value *args = kr_mem_alloc(vm, bytes);
        if (!args) {
            return VAL_EXC;
        }
        args[0] = m->self;
        if (argc > 0) {
            memcpy(args + 1, argv, (size_t)argc * sizeof(Value));
        }
        Value r = kr_call(vm, m->func, argc + 1, args, kw);
        kr_mem_free(vm, args, bytes);
        return r;
    }
    if (t == &kr_type_type) {
        return call_class(vm, AS_TYPEOBJ(f), argc, argv, kw);
    }
    if (t->call) {
        return t->call(vm, f, argc, argv, kw);
    }
    return kr_raise(vm, EXC_TypeError, "'%s' object is not callable", kr_typename(f));
}
