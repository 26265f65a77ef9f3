// SPDX-License-Identifier: MIT
// interp/vm.c: the eval loop: dispatch, Python-to-Python calls without C recursion,
// generators resumed in place, exception unwinding through the exception tables.
//
// Registers: f (frame), pc (next instruction), sp (stack top), locals. f->sp/f->pc are saved
// at every dispatch so the GC and tracebacks see a consistent frame at any safepoint.
// A Python call pushes a frame and continues the loop; RETURN_VALUE pops it. A generator is
// resumed by linking its frame on top of the current one (FOR_ITER/SEND); YIELD_VALUE unlinks
// it and delivers the value to the instruction that resumed it. kr_eval returns when its entry
// frame returns (or, for a generator entry frame, yields).
#include <math.h>

#include "module.h"
#include "vm.h"

Value kr_call_native(KrVm *vm, NativeObj *n, int argc, const Value *argv, Value kw, bool has_self);
Value kr_callable_str(KrVm *vm, Value callable);
Value kr_host_call(KrVm *vm, Value fn, int argc, const Value *argv, Value kw, bool *suspend);
Value kr_prelude_divert(KrVm *vm, Value callable, int argc, const Value *argv, int nkw,
                        const Value *kwvals);
void kr_gen_finish(KrVm *vm, GenObj *g); // obj_gen.c: frees the frame, marks the gen done
Value kr_prelude_func(KrVm *vm, const char *impl);
bool kr_prelude_reexec(KrVm *vm, const Frame *f);
bool kr_prelude_python_level(Value v);

// The hint slot of name [i] of [co] for LOAD_GLOBAL/STORE_GLOBAL, made on first use; NULL when
// it cannot be made (out of memory: the lookup just goes without a hint).
static inline GlobalHint *global_hint(KrVm *vm, Code *co, int32_t i) {
    if (LIKELY(co->ghints != NULL)) {
        return &co->ghints[i];
    }
    if (co->nghints > -8) {
        co->nghints--; // code that touches few globals (a snippet run once) never pays for hints
        return NULL;
    }
    int32_t n = (int32_t)AS_TUPLE(co->names)->len;
    size_t bytes = (size_t)n * sizeof(GlobalHint), max = vm->cfg.limits.max_memory;
    // Only with room to spare under every limit: a hint must never be what hits one (and an
    // injected allocation failure is left for the program's own allocations).
    uint64_t maxn = vm->cfg.limits.max_allocations;
    if (n == 0 || (max && vm->bytes + bytes + 4096 > max) || (maxn && vm->nallocs + 64 > maxn) ||
        vm->fail_after > 0 || vm->aborted) {
        return NULL;
    }
    GlobalHint *h = kr_mem_alloc(vm, bytes);
    if (!h) {
        kr_exc_take(vm); // the host allocator failed: go on without hints
        return NULL;
    }
    memset(h, 0, bytes);
    co->ghints = h;
    co->nghints = n;
    return &h[i];
}

// The entry of [name] in [d]: by the hint [h] while the entry there still holds that very key
// object (a hint is never trusted), else by a probe that updates the hint. NULL: not in [d].
static inline DictEntry *hinted_entry(KrVm *vm, Dict *d, GlobalHint *h, uint8_t where,
                                      Value name) {
    if (h && h->where == where && h->ix < (uint64_t)d->nentries &&
        kr_is(d->entries[h->ix].key, name)) {
        return &d->entries[h->ix];
    }
    int64_t ix = kr_dict_index_str(vm, d, AS_STR(name));
    if (ix < 0) {
        return NULL;
    }
    if (h) {
        h->where = where;
        h->ix = (uint32_t)ix;
    }
    return &d->entries[ix];
}

static bool is_gen(Value v) { return IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_generator; }

// Iterative host mode: an instruction about to iterate a generator in C (where a host call
// could not suspend the run) runs prelude function [impl] on [argv] instead, in this loop.
// Returns its new frame (the caller switches to it), or NULL with the exception set.
static Frame *divert_frame(KrVm *vm, Frame *f, const char *impl, int argc, const Value *argv) {
    Value fv = kr_prelude_func(vm, impl);
    if (IS_EXC(fv)) {
        return NULL;
    }
    FuncObj *fn = (FuncObj *)AS_OBJ(fv);
    Frame *nf = kr_frame_push(vm, fn->code, fn, fn->globals);
    if (!nf) {
        return NULL;
    }
    nf->prev = f;
    if (kr_bind_args(vm, fn, nf, argc, argv, VAL_UNDEF, NULL, 0, VAL_UNDEF) < 0) {
        kr_frame_pop(vm, nf);
        return NULL;
    }
    return nf;
}


static bool is_loop_gen(Value v) {
    return IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_generator &&
           ((GenObj *)AS_OBJ(v))->loop_owned && ((GenObj *)AS_OBJ(v))->state == GEN_SUSPENDED;
}

// A generator created by `for x in gen():` is referenced only by the loop. CPython closes it
// (running its finally blocks) the moment the loop drops it on break/return/exception; do the
// same. Returns -1 if close() raised (the exception is pending).
static int close_loop_gen(KrVm *vm, Value g) {
    Value close = kr_getattr(vm, g, VM_NAME(vm, close));
    if (IS_EXC(close)) {
        return -1;
    }
    Value r = kr_call(vm, close, 0, NULL, VAL_UNDEF);
    return IS_EXC(r) ? -1 : 0;
}

// While unwinding, the stack values in [lo, hi) are dropped: close loop-owned generators
// among them. The pending exception is kept; an error from close() is discarded (CPython
// reports it as "Exception ignored").
static void close_dropped_gens(KrVm *vm, Frame *f, Value *lo, Value *hi) {
    if (vm->aborted) {
        return;
    }
    for (Value *p = lo; p < hi; p++) {
        if (is_loop_gen(*p)) {
            Value saved = vm->exc;
            vm->exc = VAL_UNDEF;
            f->sp = hi;
            int saved_pin = vm->pinning;
            vm->pinning = 1;
            size_t mark = vm->nroots;
            if (kr_scope_hold(vm, saved) == 0 && close_loop_gen(vm, *p) < 0) {
                kr_exc_take(vm);
            }
            vm->nroots = mark;
            vm->pinning = saved_pin;
            if (!vm->aborted) {
                vm->exc = saved;
            }
        }
    }
}

static Value name_error(KrVm *vm, Frame *f, Value name) {
    kr_raise(vm, EXC_NameError, "name '%U' is not defined", name);
    if (IS_EXCOBJ(vm->exc)) {
        Value saved = vm->exc;
        Dict *d = kr_dict_new(vm);
        Value key = kr_str_intern(vm, "name", 4);
        if (d && !IS_EXC(key) && kr_dict_set(vm, d, key, name) == 0) {
            AS_EXC(saved)->attrs = kr_obj(d);
        }
        vm->exc = saved;
        kr_exc_set_hint(vm, saved, f->code->localnames, kr_obj(f->globals));
    }
    return VAL_EXC;
}

static int safepoint(KrVm *vm, Frame *f) {
    bool collected = false;
    if (vm->breaker & BREAK_GC) {
        if (KR_DEBUG_GC_STRESS && vm->stress_skip > 0 && vm->bytes <= vm->gc_threshold) {
            vm->stress_skip--;
        } else {
            kr_gc_collect(vm);
            collected = true;
        }
    }
    if (vm->aborted) {
        return -1;
    }
    // A collection can take a while: check the clock after one, not only every 4096 ticks.
    return collected ? kr_tick_check(vm) : kr_tick(vm, 0);
}

static Value make_kwdict(KrVm *vm, Value kwnames, const Value *vals) {
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    Tuple *t = AS_TUPLE(kwnames);
    for (int64_t i = 0; i < t->len; i++) {
        if (kr_dict_set(vm, d, t->items[i], vals[i]) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(d);
}

static Value unpack_error_noniter(KrVm *vm, Value v) {
    return kr_raise(vm, EXC_TypeError, "cannot unpack non-iterable %s object", kr_typename(v));
}

// Unpack [seq] into exactly [n] values at out[0..n) (in order). -1 on error.
static int unpack(KrVm *vm, Value seq, int n, Value *out) {
    if (IS_TUPLE(seq) || IS_LIST(seq)) {
        int64_t len = IS_TUPLE(seq) ? AS_TUPLE(seq)->len : AS_LIST(seq)->len;
        Value *items = IS_TUPLE(seq) ? AS_TUPLE(seq)->items : AS_LIST(seq)->items;
        if (len == n) {
            if (n > 0) {
                memcpy(out, items, (size_t)n * sizeof(Value));
            }
            return 0;
        }
        if (len < n) {
            kr_raise(vm, EXC_ValueError, "not enough values to unpack (expected %d, got %ld)", n,
                     (long)len);
        } else {
            kr_raise(vm, EXC_ValueError, "too many values to unpack (expected %d)", n);
        }
        return -1;
    }
    if (!kr_type_of(seq)->iter) {
        unpack_error_noniter(vm, seq);
        return -1;
    }
    Value it = kr_iter(vm, seq);
    if (IS_EXC(it)) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        Value v = kr_next(vm, it);
        if (IS_EXC(v)) {
            return -1;
        }
        if (IS_UNDEF(v)) {
            kr_raise(vm, EXC_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        out[i] = v;
    }
    Value extra = kr_next(vm, it);
    if (IS_EXC(extra)) {
        return -1;
    }
    if (!IS_UNDEF(extra)) {
        kr_raise(vm, EXC_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return 0;
}

static bool is_exc_class(Value v) {
    return IS_TYPEOBJ(v) && AS_TYPEOBJ(v)->exc_id >= 0;
}

// Instantiates an exception class for `raise X`; passes instances through.
static Value make_exception(KrVm *vm, Value v, bool cause) {
    if (is_exc_class(v)) {
        return kr_call(vm, v, 0, NULL, VAL_UNDEF);
    }
    if (IS_EXCOBJ(v)) {
        return v;
    }
    if (cause) {
        return kr_raise(vm, EXC_TypeError, "exception causes must derive from BaseException");
    }
    return kr_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
}

static int check_exc_match(KrVm *vm, Value exc, Value type) {
    if (IS_TUPLE(type)) {
        Tuple *t = AS_TUPLE(type);
        for (int64_t i = 0; i < t->len; i++) {
            if (!is_exc_class(t->items[i])) {
                kr_raise(vm, EXC_TypeError,
                         "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (int64_t i = 0; i < t->len; i++) {
            if (kr_class_is_subclass(AS_EXC(exc)->cls, AS_TYPEOBJ(t->items[i]))) {
                return 1;
            }
        }
        return 0;
    }
    if (!is_exc_class(type)) {
        kr_raise(vm, EXC_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return kr_class_is_subclass(AS_EXC(exc)->cls, AS_TYPEOBJ(type));
}

static const ExcEntry *find_handler(Code *co, int32_t insn) {
    const ExcEntry *best = NULL;
    for (int32_t i = 0; i < co->nexctab; i++) {
        const ExcEntry *e = &co->exctab[i];
        if (insn >= e->start && insn < e->end) {
            // Innermost: the narrowest range containing insn.
            if (!best || (e->end - e->start) < (best->end - best->start)) {
                best = e;
            }
        }
    }
    return best;
}

// recv.send(v) for a non-generator receiver; *done with the StopIteration value.
static Value call_send(KrVm *vm, Value recv, Value v, bool *done) {
    *done = false;
    if (IS_NONE(v)) {
        Value r = kr_next(vm, recv);
        if (IS_UNDEF(r)) {
            *done = true;
            return VAL_NONE;
        }
        return r;
    }
    Value m = kr_getattr(vm, recv, VM_NAME(vm, send));
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    Value r = kr_call(vm, m, 1, &v, VAL_UNDEF);
    if (IS_EXC(r) && kr_exc_pending_is(vm, EXC_StopIteration)) {
        Value e = kr_exc_take(vm);
        *done = true;
        return IS_UNDEF(AS_EXC(e)->value) ? VAL_NONE : AS_EXC(e)->value;
    }
    return r;
}

Value kr_eval_ex(KrVm *vm, Frame *entry, bool throwing);
Value kr_eval(KrVm *vm, Frame *entry) { return kr_eval_ex(vm, entry, false); }

Value kr_eval_ex(KrVm *vm, Frame *entry, bool throwing) {
#if KR_COMPUTED_GOTO
    static const void *const labels[] = {
#define OP(name, effect, kind) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define TARGET(name) L_##name:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        f->sp = sp;                                                                                \
        w = *pc++;                                                                                 \
        arg = w >> 8;                                                                              \
        goto *labels[w & 0xff];                                                                    \
    } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif
    Frame *f = entry;
    uint32_t *pc;
    Value *sp;
    Value *locals;
    Value *consts;
    Value *names;
    uint32_t w, arg;
    Value kwnames = VAL_UNDEF;
    Value retval = VAL_NONE;
    size_t root_base = vm->nroots;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        pc = f->pc;                                                                                \
        sp = f->sp;                                                                                \
        locals = f->localsplus;                                                                    \
        consts = AS_TUPLE(f->code->consts)->items;                                                 \
        names = AS_TUPLE(f->code->names)->items;                                                   \
    } while (0)
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        f->pc = pc;                                                                                \
        f->sp = sp;                                                                                \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
// Switch to divert frame [nf] (divert_frame); the caller resumes at [resume] with its stack
// cut to [newsp], where the diverted function's result is pushed when it returns. [resume] is
// pc to go on after this instruction, or pc - 1 to run it again on the result ("_vm_re_"
// functions: kr_prelude_reexec).
#define ENTER_DIVERT(nf, newsp, resume)                                                            \
    do {                                                                                           \
        sp = (newsp);                                                                              \
        f->sp = sp;                                                                                \
        f->pc = (resume);                                                                          \
        f = (nf);                                                                                  \
        vm->frame = f;                                                                             \
        LOAD_FRAME();                                                                              \
        DISPATCH();                                                                                \
    } while (0)
#define PIN_BEGIN() (vm->pinning++)
#define PIN_END() (vm->pinning--, vm->nroots = root_base)
#define ERROR_IF(c)                                                                                \
    do {                                                                                           \
        if (UNLIKELY(c)) {                                                                         \
            goto error;                                                                            \
        }                                                                                          \
    } while (0)

    LOAD_FRAME();
    if (throwing) {
        goto error;
    }
#if KR_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    f->sp = sp;
    w = *pc++;
    arg = w >> 8;
    switch (w & 0xff) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) {
        Value v = POP();
        if (UNLIKELY(is_loop_gen(v))) {
            PUSH(v); // keep it reachable while it runs its finally blocks
            SAVE_FRAME();
            PIN_BEGIN();
            int r = close_loop_gen(vm, v);
            PIN_END();
            sp--;
            ERROR_IF(r < 0);
        }
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(arg);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = t;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(VAL_UNDEF);
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[arg]);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        if (UNLIKELY(f->fresh1 == arg + 1)) {
            f->fresh1 = 0; // the string may now be shared
        }
        goto load_fast_keep;
    }
    TARGET(LOAD_FAST_KEEP) {
    load_fast_keep:;
        Value v = locals[arg];
        if (UNLIKELY(IS_UNDEF(v))) {
            kr_raise(vm, EXC_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     AS_TUPLE(f->code->localnames)->items[arg]);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        locals[arg] = POP();
        if (UNLIKELY(f->fresh1 == arg + 1)) {
            f->fresh1 = 0;
        }
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (f->fresh1 == arg + 1) {
            f->fresh1 = 0;
        }
        if (IS_UNDEF(locals[arg])) {
            kr_raise(vm, EXC_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     AS_TUPLE(f->code->localnames)->items[arg]);
            goto error;
        }
        locals[arg] = VAL_UNDEF;
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        Value c = kr_cell_new(vm, locals[arg]);
        ERROR_IF(IS_EXC(c));
        locals[arg] = c;
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        Tuple *cl = AS_TUPLE(f->func->closure);
        int first = f->code->nlocalsplus - (int)arg;
        for (uint32_t i = 0; i < arg; i++) {
            locals[first + (int)i] = cl->items[i];
        }
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(locals[arg]);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = ((Cell *)AS_OBJ(locals[arg]))->v;
        if (UNLIKELY(IS_UNDEF(v))) {
            Value name = AS_TUPLE(f->code->localnames)->items[arg];
            if ((int)arg >= f->code->nlocalsplus - f->code->nfreevars) {
                kr_raise(vm, EXC_NameError,
                         "cannot access free variable '%U' where it is not associated with a value "
                         "in enclosing scope",
                         name);
            } else {
                kr_raise(vm, EXC_UnboundLocalError,
                         "cannot access local variable '%U' where it is not associated with a value",
                         name);
            }
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        ((Cell *)AS_OBJ(locals[arg]))->v = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell *c = (Cell *)AS_OBJ(locals[arg]);
        if (IS_UNDEF(c->v)) {
            kr_raise(vm, EXC_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     AS_TUPLE(f->code->localnames)->items[arg]);
            goto error;
        }
        c->v = VAL_UNDEF;
        DISPATCH();
    }
    TARGET(LOAD_NAME)
    TARGET(LOAD_GLOBAL) {
        if (UNLIKELY(vm->fresh_gname.u.o == names[arg].u.o)) {
            vm->fresh_gname = VAL_UNDEF;
        }
        goto load_global_keep;
    }
    TARGET(LOAD_GLOBAL_KEEP) {
    load_global_keep:;
        Value name = names[arg];
        GlobalHint *h = global_hint(vm, f->code, (int32_t)arg);
        DictEntry *e = hinted_entry(vm, f->globals, h, GH_GLOBALS, name);
        if (!e) {
            e = hinted_entry(vm, vm->builtins, h, GH_BUILTINS, name);
        }
        Value v = e ? e->value : VAL_UNDEF;
        if (UNLIKELY(IS_UNDEF(v))) {
            v = kr_builtins_resolve(vm, AS_STR(name)); // e.g. an exception class, made now
            ERROR_IF(IS_EXC(v));
            if (IS_UNDEF(v)) {
                name_error(vm, f, name);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME)
    TARGET(STORE_GLOBAL) {
        if (UNLIKELY(vm->fresh_gname.u.o == names[arg].u.o)) {
            vm->fresh_gname = VAL_UNDEF;
        }
        Value v = POP();
        Dict *g = f->globals;
        GlobalHint *h = global_hint(vm, f->code, (int32_t)arg);
        DictEntry *e = h ? hinted_entry(vm, g, h, GH_GLOBALS, names[arg]) : NULL;
        if (e) {
            e->value = v; // an existing key: what kr_dict_set does
            g->version++;
            DISPATCH();
        }
        ERROR_IF(kr_dict_set(vm, g, names[arg], v) < 0);
        if (h) {
            (void)hinted_entry(vm, g, h, GH_GLOBALS, names[arg]); // remember the new entry
        }
        DISPATCH();
    }
    TARGET(DELETE_NAME)
    TARGET(DELETE_GLOBAL) {
        if (vm->fresh_gname.u.o == names[arg].u.o) {
            vm->fresh_gname = VAL_UNDEF;
        }
        int r = kr_dict_del(vm, f->globals, names[arg]);
        ERROR_IF(r < 0);
        if (r == 1) {
            name_error(vm, f, names[arg]);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Value v = kr_getattr(vm, TOP(), names[arg]);
        ERROR_IF(IS_EXC(v));
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value obj = POP();
        Value v = POP();
        ERROR_IF(kr_setattr(vm, obj, names[arg], v) < 0);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value obj = POP();
        ERROR_IF(kr_setattr(vm, obj, names[arg], VAL_UNDEF) < 0);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        Value name = names[arg];
        const Type *t = kr_type_of(obj);
        if (t != &kr_type_module && t != &kr_type_type && !IS_EXCOBJ(obj)) {
            Value m = kr_class_getattr(vm, kr_class_of(vm, obj), name);
            ERROR_IF(IS_EXC(m));
            if (IS_OBJ(m) && AS_OBJ(m)->type == &kr_type_builtin &&
                (AS_OBJ(m)->flags & NATIVE_OBJ_METHOD) &&
                !(((NativeObj *)AS_OBJ(m))->def->flags & (NATIVE_STATIC | NATIVE_CLASS))) {
                TOP() = m;
                PUSH(obj);
                DISPATCH();
            }
        }
        Value v = kr_getattr(vm, obj, name);
        ERROR_IF(IS_EXC(v));
        TOP() = VAL_UNDEF;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        Value r;
        if (IS_INT(a) && IS_INT(b)) {
            int64_t x = AS_INT(a), y = AS_INT(b), z;
            switch (arg & 15) {
            case BINOP_ADD:
                if (!__builtin_add_overflow(x, y, &z)) {
                    TOP() = kr_int(z);
                    DISPATCH();
                }
                break;
            case BINOP_SUB:
                if (!__builtin_sub_overflow(x, y, &z)) {
                    TOP() = kr_int(z);
                    DISPATCH();
                }
                break;
            case BINOP_MUL:
                if (!__builtin_mul_overflow(x, y, &z)) {
                    TOP() = kr_int(z);
                    DISPATCH();
                }
                break;
            case BINOP_AND:
                TOP() = kr_int(x & y);
                DISPATCH();
            case BINOP_OR:
                TOP() = kr_int(x | y);
                DISPATCH();
            case BINOP_XOR:
                TOP() = kr_int(x ^ y);
                DISPATCH();
            case BINOP_FLOORDIV:
                if (y > 0 && x >= 0) {
                    TOP() = kr_int(x / y);
                    DISPATCH();
                }
                break;
            case BINOP_MOD:
                if (y > 0 && x >= 0) {
                    TOP() = kr_int(x % y);
                    DISPATCH();
                }
                break;
            default:
                break;
            }
        } else if (IS_FLOAT(a) && IS_FLOAT(b)) {
            switch (arg & 15) {
            case BINOP_ADD:
                TOP() = kr_float(AS_FLOAT(a) + AS_FLOAT(b));
                DISPATCH();
            case BINOP_SUB:
                TOP() = kr_float(AS_FLOAT(a) - AS_FLOAT(b));
                DISPATCH();
            case BINOP_MUL:
                TOP() = kr_float(AS_FLOAT(a) * AS_FLOAT(b));
                DISPATCH();
            default:
                break;
            }
        }
        if (UNLIKELY(vm->iterative_hosts) && arg == (BINOP_INPLACE | BINOP_ADD) && IS_LIST(a) &&
            is_gen(b)) {
            // `l += gen` extends l in C: let the prelude do it.
            Value dv[2] = {a, b};
            Frame *nf = divert_frame(vm, f, "_vm_iadd_list", 2, dv);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - 1, pc);
        }
        PIN_BEGIN();
        if (arg == (BINOP_INPLACE | BINOP_ADD) && IS_STR(a) && IS_STR(b)) {
            // `x += t` on a string: CPython appends in place when x holds the only reference.
            // We know that when x's string was built by the previous `x += ...` and x has not
            // been read or written since (LOAD_FAST/STORE_FAST clear f->fresh1).
            uint32_t next = *pc;
            uint32_t nop = next & 0xff, narg = next >> 8;
            if (nop == OP_STORE_FAST && AS_STR(a)->hdr.type == &kr_type_str &&
                !(AS_OBJ(a)->flags & STR_INTERNED)) {
                bool owned = f->fresh1 == narg + 1 && kr_is(locals[narg], a);
                Value v = kr_str_append_inplace(vm, a, b, owned);
                ERROR_IF(IS_EXC(v));
                sp--;
                pc++;
                locals[narg] = v;
                f->fresh1 = narg + 1;
                DISPATCH();
            }
            if ((nop == OP_STORE_GLOBAL || nop == OP_STORE_NAME) &&
                !(AS_OBJ(a)->flags & STR_INTERNED)) {
                Value name = names[narg];
                bool owned = vm->fresh_gname.u.o == name.u.o && IS_OBJ(vm->fresh_gname) &&
                             vm->fresh_gobj == AS_OBJ(a);
                Value v = kr_str_append_inplace(vm, a, b, owned);
                ERROR_IF(IS_EXC(v));
                TOP() = v; // keep it reachable during the store
                ERROR_IF(kr_dict_set(vm, f->globals, name, v) < 0);
                sp--;
                pc++;
                vm->fresh_gname = name;
                vm->fresh_gobj = AS_OBJ(v);
                DISPATCH();
            }
        }
        r = kr_binop(vm, (int)arg, a, b);
        PIN_END();
        ERROR_IF(IS_EXC(r));
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Value r = kr_pos(vm, TOP());
        ERROR_IF(IS_EXC(r));
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value r = kr_neg(vm, TOP());
        ERROR_IF(IS_EXC(r));
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        int t = kr_truthy(vm, TOP());
        ERROR_IF(t < 0);
        TOP() = kr_bool(!t);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value r = kr_invert(vm, TOP());
        ERROR_IF(IS_EXC(r));
        TOP() = r;
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        if (IS_INT(a) && IS_INT(b)) {
            int64_t x = AS_INT(a), y = AS_INT(b);
            bool r;
            switch (arg) {
            case CMP_LT:
                r = x < y;
                break;
            case CMP_LE:
                r = x <= y;
                break;
            case CMP_EQ:
                r = x == y;
                break;
            case CMP_NE:
                r = x != y;
                break;
            case CMP_GT:
                r = x > y;
                break;
            default:
                r = x >= y;
                break;
            }
            TOP() = kr_bool(r);
            DISPATCH();
        }
        Value r = kr_compare(vm, a, b, (CmpOp)arg);
        ERROR_IF(IS_EXC(r));
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP();
        bool r = kr_is(TOP(), b);
        TOP() = kr_bool(arg ? !r : r);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        if (UNLIKELY(vm->iterative_hosts) && is_gen(TOP())) {
            Value dv[3] = {TOP(), PEEK(2), kr_bool(arg != 0)};
            Frame *nf = divert_frame(vm, f, "_vm_contains", 3, dv);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - 2, pc);
        }
        Value b = POP();
        PIN_BEGIN();
        int r = kr_contains(vm, b, TOP());
        PIN_END();
        ERROR_IF(r < 0);
        TOP() = kr_bool(arg ? !r : r);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value k = POP();
        Value c = TOP();
        if (IS_LIST(c) && IS_INT(k)) {
            List *l = AS_LIST(c);
            int64_t i = AS_INT(k);
            if (i < 0) {
                i += l->len;
            }
            if (i >= 0 && i < l->len) {
                TOP() = l->items[i];
                DISPATCH();
            }
        }
        Value r = kr_getitem(vm, c, k);
        ERROR_IF(IS_EXC(r));
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value k = POP();
        Value c = POP();
        Value v = POP();
        if (IS_LIST(c) && IS_INT(k)) {
            List *l = AS_LIST(c);
            int64_t i = AS_INT(k);
            if (i < 0) {
                i += l->len;
            }
            if (i >= 0 && i < l->len) {
                l->items[i] = v;
                DISPATCH();
            }
        }
        ERROR_IF(kr_setitem(vm, c, k, v) < 0);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value k = POP();
        Value c = POP();
        ERROR_IF(kr_delitem(vm, c, k) < 0);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : VAL_NONE;
        Value stop = POP();
        Value start = TOP();
        Value s = kr_slice_new(vm, start, stop, step);
        ERROR_IF(IS_EXC(s));
        TOP() = s;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Value t = arg ? kr_tuple_from(vm, arg, sp - arg) : vm->empty_tuple;
        ERROR_IF(IS_EXC(t));
        sp -= arg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Value l = kr_list_from(vm, arg, sp - arg);
        ERROR_IF(IS_EXC(l));
        sp -= arg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Set *s = kr_set_new(vm, false);
        ERROR_IF(!s);
        for (uint32_t i = 0; i < arg; i++) {
            ERROR_IF(kr_set_add(vm, s, sp[(int)i - (int)arg]) < 0);
        }
        sp -= arg;
        PUSH(kr_obj(s));
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Dict *d = kr_dict_new(vm);
        ERROR_IF(!d);
        Value *base = sp - 2 * arg;
        for (uint32_t i = 0; i < arg; i++) {
            ERROR_IF(kr_dict_set(vm, d, base[2 * i], base[2 * i + 1]) < 0);
        }
        sp = base;
        PUSH(kr_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        StrBuf sb;
        kr_sb_init(&sb, vm);
        for (uint32_t i = 0; i < arg; i++) {
            if (kr_sb_add_str(&sb, sp[(int)i - (int)arg]) < 0) {
                kr_sb_free(&sb);
                goto error;
            }
        }
        Value s = kr_sb_to_str(&sb);
        ERROR_IF(IS_EXC(s));
        sp -= arg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        ERROR_IF(kr_list_append(vm, AS_LIST(PEEK(arg)), v) < 0);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        ERROR_IF(kr_set_add(vm, AS_SET(PEEK(arg)), v) < 0);
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        ERROR_IF(kr_dict_set(vm, AS_DICT(PEEK(arg)), k, v) < 0);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        if (UNLIKELY(vm->iterative_hosts) && is_gen(TOP())) {
            Frame *nf = divert_frame(vm, f, "_vm_re_list", 1, sp - 1);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - 1, pc - 1);
        }
        Value it = POP();
        if (!kr_type_of(it)->iter) {
            kr_raise(vm, EXC_TypeError, "Value after * must be an iterable, not %s",
                     kr_typename(it));
            goto error;
        }
        PIN_BEGIN();
        int r = kr_list_extend(vm, AS_LIST(PEEK(arg)), it);
        PIN_END();
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        if (UNLIKELY(vm->iterative_hosts) && is_gen(TOP())) {
            Frame *nf = divert_frame(vm, f, "_vm_re_list", 1, sp - 1);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - 1, pc - 1);
        }
        Value it = POP();
        PIN_BEGIN();
        int r = kr_set_update(vm, AS_SET(PEEK(arg)), it);
        PIN_END();
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value m = POP();
        if (!IS_DICT(m)) {
            kr_raise(vm, EXC_TypeError, "'%s' object is not a mapping", kr_typename(m));
            goto error;
        }
        ERROR_IF(kr_dict_update(vm, AS_DICT(PEEK(arg)), m) < 0);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value m = POP();
        Dict *d = AS_DICT(PEEK(arg));
        Value callable = PEEK(arg + 2);
        if (!IS_DICT(m)) {
            Value fs = kr_callable_str(vm, callable);
            ERROR_IF(IS_EXC(fs));
            kr_raise(vm, EXC_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                     kr_typename(m));
            goto error;
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(m), &pos, &k, &v)) {
            Value old = kr_dict_get(vm, d, k);
            ERROR_IF(IS_EXC(old));
            if (!IS_UNDEF(old)) {
                Value fs = kr_callable_str(vm, callable);
                ERROR_IF(IS_EXC(fs));
                kr_raise(vm, EXC_TypeError, "%U got multiple values for keyword argument '%S'", fs,
                         k);
                goto error;
            }
            ERROR_IF(kr_dict_set(vm, d, k, v) < 0);
        }
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        List *l = AS_LIST(TOP());
        Value t = kr_tuple_from(vm, l->len, l->items);
        ERROR_IF(IS_EXC(t));
        TOP() = t;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : VAL_UNDEF;
        Value v = TOP();
        switch (arg & 3) {
        case 1:
            v = kr_str(vm, v);
            break;
        case 2:
            v = kr_repr(vm, v);
            break;
        case 3:
            v = kr_ascii(vm, v);
            break;
        default:
            break;
        }
        ERROR_IF(IS_EXC(v));
        if (!(IS_STR(v) && (IS_UNDEF(spec) || AS_STR(spec)->len == 0))) {
            v = kr_format(vm, v, spec);
            ERROR_IF(IS_EXC(v));
        }
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        if (IS_TUPLE(seq) && AS_TUPLE(seq)->len == (int64_t)arg) {
            Tuple *t = AS_TUPLE(seq);
            sp--;
            for (int64_t i = (int64_t)arg - 1; i >= 0; i--) {
                PUSH(t->items[i]);
            }
            DISPATCH();
        }
        if (UNLIKELY(vm->iterative_hosts) && is_gen(seq)) {
            Value dv[2] = {seq, kr_int((int64_t)arg)};
            Frame *nf = divert_frame(vm, f, "_vm_re_unpack", 2, dv);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - 1, pc - 1);
        }
        Value tmp[16];
        Value *out = tmp;
        size_t bytes = arg * sizeof(Value);
        if (arg > 16) {
            out = kr_mem_alloc(vm, bytes);
            ERROR_IF(!out);
        }
        PIN_BEGIN();
        int r = unpack(vm, seq, (int)arg, out);
        PIN_END();
        if (r == 0) {
            sp--;
            for (int64_t i = (int64_t)arg - 1; i >= 0; i--) {
                PUSH(out[i]);
            }
        }
        if (out != tmp) {
            kr_mem_free(vm, out, bytes);
        }
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = (int)(arg & 0xff), after = (int)(arg >> 8);
        Value seq = TOP();
        if (UNLIKELY(vm->iterative_hosts) && is_gen(seq)) {
            Frame *nf = divert_frame(vm, f, "_vm_re_list", 1, sp - 1);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - 1, pc - 1);
        }
        if (!kr_type_of(seq)->iter) {
            unpack_error_noniter(vm, seq);
            goto error;
        }
        PIN_BEGIN();
        Value l = kr_list_from_iterable(vm, seq);
        PIN_END();
        ERROR_IF(IS_EXC(l));
        PUSH(l); // keep the list reachable while the star list is built
        List *lst = AS_LIST(l);
        if (lst->len < before + after) {
            kr_raise(vm, EXC_ValueError, "not enough values to unpack (expected at least %d, got %ld)",
                     before + after, (long)lst->len);
            goto error;
        }
        sp -= 2;
        int64_t n = lst->len;
        Value mid = kr_list_from(vm, n - before - after, n ? lst->items + before : NULL);
        ERROR_IF(IS_EXC(mid));
        for (int i = after - 1; i >= 0; i--) {
            PUSH(lst->items[n - after + i]);
        }
        PUSH(mid);
        for (int i = before - 1; i >= 0; i--) {
            PUSH(lst->items[i]);
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value v = TOP();
        if (!(IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_generator)) {
            PIN_BEGIN();
            Value it = kr_iter(vm, v);
            PIN_END();
            ERROR_IF(IS_EXC(it));
            TOP() = it;
        }
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        if (IS_OBJ(it) && AS_OBJ(it)->type == &kr_type_generator) {
            GenObj *g = (GenObj *)AS_OBJ(it);
            if (g->state == GEN_DONE) {
                sp--;
                pc = f->code->insns + arg;
                DISPATCH();
            }
            if (g->state == GEN_RUNNING) {
                kr_raise(vm, EXC_ValueError, "generator already executing");
                goto error;
            }
            SAVE_FRAME();
            Frame *gf = g->frame;
            if (vm->py_depth >= vm->cfg.limits.max_recursion) {
                kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            if (g->state == GEN_SUSPENDED) {
                *gf->sp++ = VAL_NONE;
            }
            g->state = GEN_RUNNING;
            gf->prev = f;
            vm->py_depth++;
            f = gf;
            vm->frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        PIN_BEGIN();
        Value v = kr_next(vm, it);
        PIN_END();
        if (IS_UNDEF(v)) {
            sp--;
            pc = f->code->insns + arg;
            DISPATCH();
        }
        ERROR_IF(IS_EXC(v));
        PUSH(v);
        DISPATCH();
    }
    TARGET(JUMP) {
        uint32_t *target = f->code->insns + arg;
        if (target <= pc) {
            if (UNLIKELY(++vm->tick_count >= 4096) || UNLIKELY(vm->breaker)) {
                SAVE_FRAME();
                if (safepoint(vm, f) < 0) {
                    goto error;
                }
            }
        }
        pc = target;
        DISPATCH();
    }
    // A conditional jump backwards closes a loop (`while cond:` tests at the bottom): charge it
    // to the step/time budget like JUMP does, or such loops would never stop.
#define COND_JUMP(a)                                                                               \
    do {                                                                                           \
        uint32_t *target_ = f->code->insns + (a);                                                  \
        if (target_ <= pc && (UNLIKELY(++vm->tick_count >= 4096) || UNLIKELY(vm->breaker))) {      \
            SAVE_FRAME();                                                                          \
            if (safepoint(vm, f) < 0) {                                                            \
                goto error;                                                                        \
            }                                                                                      \
        }                                                                                          \
        pc = target_;                                                                              \
    } while (0)
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (!AS_BOOL(v)) {
                COND_JUMP(arg);
            }
            DISPATCH();
        }
        int t = kr_truthy(vm, v);
        ERROR_IF(t < 0);
        if (!t) {
            COND_JUMP(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (AS_BOOL(v)) {
                COND_JUMP(arg);
            }
            DISPATCH();
        }
        int t = kr_truthy(vm, v);
        ERROR_IF(t < 0);
        if (t) {
            COND_JUMP(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (IS_NONE(v)) {
            COND_JUMP(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (!IS_NONE(v)) {
            COND_JUMP(arg);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = kr_truthy(vm, TOP());
        ERROR_IF(t < 0);
        if (!t) {
            pc = f->code->insns + arg;
        } else {
            sp--;
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = kr_truthy(vm, TOP());
        ERROR_IF(t < 0);
        if (t) {
            pc = f->code->insns + arg;
        } else {
            sp--;
        }
        DISPATCH();
    }
    TARGET(KW_NAMES) {
        kwnames = consts[arg];
        DISPATCH();
    }
    TARGET(CALL) {
        int argc = (int)arg;
        Value *args = sp - argc;
        Value callable = args[-1];
        Value *base = args - 2; // where the result goes
        if (!IS_UNDEF(args[-2])) {
            callable = args[-2];
            args--;
            argc++;
        } else if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_method) {
            BoundMethod *m = (BoundMethod *)AS_OBJ(callable);
            args[-2] = m->func;
            args[-1] = m->self;
            callable = m->func;
            args--;
            argc++;
        }
        int nkw = IS_UNDEF(kwnames) ? 0 : (int)AS_TUPLE(kwnames)->len;
        int npos = argc - nkw;
        Value kwn = kwnames;
        kwnames = VAL_UNDEF;
        if (UNLIKELY(++vm->tick_count >= 4096) || UNLIKELY(vm->breaker)) {
            SAVE_FRAME();
            if (safepoint(vm, f) < 0) {
                goto error;
            }
        }
        if (UNLIKELY(vm->iterative_hosts) && IS_OBJ(callable) &&
            (AS_OBJ(callable)->type == &kr_type_builtin || IS_TYPEOBJ(callable))) {
            // A builtin that would call back into Python code: run its Python version so a
            // host call inside the callback can suspend the run (prelude.c).
            SAVE_FRAME();
            Value alt = kr_prelude_divert(vm, callable, npos, args, nkw, args + npos);
            ERROR_IF(IS_EXC(alt));
            if (!IS_UNDEF(alt)) {
                callable = alt;
            }
        } else if (UNLIKELY(vm->iterative_hosts) && IS_OBJ(callable) &&
                   AS_OBJ(callable)->type == &kr_type_ft_partial && IS_UNDEF(args[-2])) {
            // Calling a functools.partial calls its function from C: the prelude makes the call
            // instead, with the partial object as its first argument.
            SAVE_FRAME();
            Value alt = kr_prelude_func(vm, "_vm_partial_call");
            ERROR_IF(IS_EXC(alt));
            args[-2] = alt;
            callable = alt;
            args--;
            argc++;
            npos++;
        }
        if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_function) {
            FuncObj *fn = (FuncObj *)AS_OBJ(callable);
            SAVE_FRAME();
            Frame *nf = kr_frame_push(vm, fn->code, fn, fn->globals);
            ERROR_IF(!nf);
            nf->prev = f;
            if (kr_bind_args(vm, fn, nf, npos, args, kwn, args + npos, nkw, VAL_UNDEF) < 0) {
                kr_frame_pop(vm, nf);
                goto error;
            }
            if (fn->code->flags & CO_GENERATOR) {
                Value g = kr_gen_new(vm, fn, nf);
                ERROR_IF(IS_EXC(g));
                if ((pc[0] & 0xff) == OP_GET_ITER && (pc[1] & 0xff) == OP_FOR_ITER) {
                    ((GenObj *)AS_OBJ(g))->loop_owned = 1;
                }
                sp = base;
                PUSH(g);
                DISPATCH();
            }
            sp = base;
            f->sp = sp;
            f->pc = pc;
            f = nf;
            vm->frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        SAVE_FRAME();
        Value r;
        Value kw = VAL_UNDEF;
        if (nkw) {
            kw = make_kwdict(vm, kwn, args + npos);
            ERROR_IF(IS_EXC(kw));
            // Keep the dict alive across the call: park it in the consumed kw value slot.
            args[npos] = kw;
        }
        if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_hostfn) {
            bool suspend = false;
            PIN_BEGIN();
            r = kr_host_call(vm, callable, npos, args, kw, &suspend);
            PIN_END();
            ERROR_IF(IS_EXC(r));
            sp = base;
            if (suspend) {
                // Iterative mode: leave the frames linked and return to the host; kr_resume
                // pushes the answer as this call's result and continues after it.
                SAVE_FRAME();
                vm->frame = f;
                vm->suspended = true;
                return VAL_EXC;
            }
            PUSH(r);
            DISPATCH();
        }
        if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_builtin &&
            IS_UNDEF(((NativeObj *)AS_OBJ(callable))->self)) {
            NativeObj *n = (NativeObj *)AS_OBJ(callable);
            bool is_method = (AS_OBJ(callable)->flags & NATIVE_OBJ_METHOD) &&
                             !(n->def->flags & NATIVE_STATIC);
            if (!is_method) {
                r = kr_call_native(vm, n, npos, args, kw, false);
            } else if (args != base + 2) {
                r = kr_call_native(vm, n, npos, args, kw, true);
            } else {
                r = kr_call(vm, callable, npos, args, kw);
            }
        } else {
            PIN_BEGIN();
            r = kr_call(vm, callable, npos, args, kw);
            PIN_END();
        }
        ERROR_IF(IS_EXC(r));
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        if (UNLIKELY(vm->iterative_hosts) && is_gen(PEEK((arg & 1) ? 2 : 1))) {
            // f(*gen): the prelude builds the arguments and makes the call.
            Value dv[3] = {PEEK((arg & 1) ? 3 : 2), PEEK((arg & 1) ? 2 : 1),
                           (arg & 1) ? TOP() : VAL_NONE};
            Frame *nf = divert_frame(vm, f, "_vm_call_ex", 3, dv);
            ERROR_IF(!nf);
            ENTER_DIVERT(nf, sp - ((arg & 1) ? 4 : 3), pc);
        }
        Value kw = (arg & 1) ? POP() : VAL_UNDEF;
        Value a = POP();
        Value callable = POP();
        Value null = POP();
        (void)null;
        if (!IS_TUPLE(a)) {
            if (!kr_type_of(a)->iter) {
                Value fs = kr_callable_str(vm, callable);
                ERROR_IF(IS_EXC(fs));
                kr_raise(vm, EXC_TypeError, "%U argument after * must be an iterable, not %s", fs,
                         kr_typename(a));
                goto error;
            }
            PIN_BEGIN();
            a = kr_tuple_from_iterable(vm, a);
            PIN_END();
            ERROR_IF(IS_EXC(a));
        }
        // Keep the operands reachable (they were popped) while we call.
        sp[0] = a;
        sp[1] = kw;
        sp[2] = callable;
        f->sp = sp + 3;
        Tuple *at = AS_TUPLE(a);
        if (UNLIKELY(vm->iterative_hosts) && IS_OBJ(callable) &&
            (AS_OBJ(callable)->type == &kr_type_builtin || IS_TYPEOBJ(callable)) &&
            !(IS_DICT(vm->prelude) && f->globals == AS_DICT(vm->prelude))) {
            // As in CALL: a builtin that would call back into Python runs its prelude version
            // (not from the prelude itself, which reaches the C versions through f(*args)).
            // The divert only needs to see one Python-level keyword value, if any.
            f->pc = pc;
            Value kv = VAL_UNDEF;
            if (IS_DICT(kw)) {
                int64_t pos = 0;
                Value k, v;
                while (IS_UNDEF(kv) && kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
                    if (kr_prelude_python_level(v)) {
                        kv = v;
                    }
                }
            }
            Value alt = kr_prelude_divert(vm, callable, (int)at->len, at->items, IS_UNDEF(kv) ? 0 : 1,
                                          &kv);
            ERROR_IF(IS_EXC(alt));
            if (!IS_UNDEF(alt)) {
                callable = alt;
                sp[2] = callable;
            }
        } else if (UNLIKELY(vm->iterative_hosts) && IS_OBJ(callable) &&
                   AS_OBJ(callable)->type == &kr_type_ft_partial) {
            // As in CALL: the prelude calls the partial's function, the partial coming first.
            f->pc = pc;
            Value alt = kr_prelude_func(vm, "_vm_partial_call");
            ERROR_IF(IS_EXC(alt));
            Tuple *na = kr_tuple_new(vm, at->len + 1);
            ERROR_IF(!na);
            na->items[0] = callable;
            memcpy(na->items + 1, at->items, (size_t)at->len * sizeof(Value));
            a = kr_obj(na);
            at = na;
            callable = alt;
            sp[0] = a;
            sp[2] = callable;
        }
        if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_function) {
            FuncObj *fn = (FuncObj *)AS_OBJ(callable);
            f->pc = pc;
            Frame *nf = kr_frame_push(vm, fn->code, fn, fn->globals);
            ERROR_IF(!nf);
            nf->prev = f;
            if (kr_bind_args(vm, fn, nf, (int)at->len, at->items, VAL_UNDEF, NULL, 0, kw) < 0) {
                kr_frame_pop(vm, nf);
                goto error;
            }
            if (fn->code->flags & CO_GENERATOR) {
                Value g = kr_gen_new(vm, fn, nf);
                ERROR_IF(IS_EXC(g));
                PUSH(g);
                DISPATCH();
            }
            f->sp = sp;
            f = nf;
            vm->frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        PIN_BEGIN();
        Value r = kr_call(vm, callable, (int)at->len, at->items, kw);
        PIN_END();
        ERROR_IF(IS_EXC(r));
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value code = POP();
        Value closure = (arg & 8) ? POP() : VAL_UNDEF;
        if (arg & 4) {
            sp--;
        }
        Value kwdefaults = (arg & 2) ? POP() : VAL_UNDEF;
        Value defaults = (arg & 1) ? POP() : VAL_UNDEF;
        PUSH(code); // keep reachable while allocating
        Value fv = kr_func_new(vm, (Code *)AS_OBJ(code), f->globals);
        ERROR_IF(IS_EXC(fv));
        FuncObj *fn = (FuncObj *)AS_OBJ(fv);
        fn->closure = closure;
        fn->kwdefaults = kwdefaults;
        fn->defaults = defaults;
        TOP() = fv;
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto do_return;
    }
    TARGET(YIELD_VALUE) {
        Value v = POP();
        GenObj *g = f->gen;
        SAVE_FRAME();
        g->state = GEN_SUSPENDED;
        Frame *caller = f->prev;
        f->prev = NULL;
        vm->py_depth--;
        if (f->entry) {
            f->entry = 0;
            vm->frame = caller;
            vm->gen_returned = false;
            return v;
        }
        f = caller;
        vm->frame = f;
        LOAD_FRAME();
        PUSH(v);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (!(IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_generator)) {
            PIN_BEGIN();
            Value it = kr_iter(vm, v);
            PIN_END();
            ERROR_IF(IS_EXC(it));
            TOP() = it;
        }
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = POP();
        Value recv = TOP();
        if (IS_OBJ(recv) && AS_OBJ(recv)->type == &kr_type_generator) {
            GenObj *g = (GenObj *)AS_OBJ(recv);
            if (g->state == GEN_DONE) {
                TOP() = VAL_NONE;
                pc = f->code->insns + arg;
                DISPATCH();
            }
            if (g->state == GEN_RUNNING) {
                kr_raise(vm, EXC_ValueError, "generator already executing");
                goto error;
            }
            if (g->state == GEN_CREATED && !IS_NONE(v)) {
                kr_raise(vm, EXC_TypeError, "can't send non-None value to a just-started generator");
                goto error;
            }
            if (vm->py_depth >= vm->cfg.limits.max_recursion) {
                kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            SAVE_FRAME();
            Frame *gf = g->frame;
            if (g->state == GEN_SUSPENDED) {
                *gf->sp++ = v;
            }
            g->state = GEN_RUNNING;
            gf->prev = f;
            vm->py_depth++;
            f = gf;
            vm->frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        SAVE_FRAME();
        bool done;
        PIN_BEGIN();
        Value r = call_send(vm, recv, v, &done);
        PIN_END();
        ERROR_IF(IS_EXC(r));
        if (done) {
            TOP() = r;
            pc = f->code->insns + arg;
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        if (arg == 0) {
            if (!IS_EXCOBJ(vm->exc_info)) {
                kr_raise(vm, EXC_RuntimeError, "No active exception to reraise");
                goto error;
            }
            vm->exc = vm->exc_info;
            goto unwind;
        }
        Value cause = VAL_UNDEF;
        if (arg == 2) {
            cause = POP();
        }
        Value e = make_exception(vm, POP(), false);
        ERROR_IF(IS_EXC(e));
        if (arg == 2) {
            PUSH(e);
            if (!IS_NONE(cause)) {
                cause = make_exception(vm, cause, true);
                ERROR_IF(IS_EXC(cause));
            }
            sp--;
            AS_EXC(e)->cause = cause;
            AS_EXC(e)->suppress_context = true;
        }
        kr_raise_value(vm, e);
        goto error;
    }
    TARGET(RERAISE) {
        Value e = POP();
        if (arg) {
            sp--;
        }
        vm->exc = e;
        goto unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = vm->exc_info;
        PUSH(e);
        vm->exc_info = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        vm->exc_info = POP();
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value type = POP();
        int r = check_exc_match(vm, TOP(), type);
        ERROR_IF(r < 0);
        PUSH(kr_bool(r));
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        TypeObj *ae = kr_exc_class(vm, EXC_AssertionError);
        ERROR_IF(ae == NULL);
        PUSH(kr_obj(ae));
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value level = PEEK(2);
        if (IS_INT(level) && AS_INT(level) > 0) {
            kr_raise(vm, EXC_ImportError, "attempted relative import with no known parent package");
            goto error;
        }
        Value fromlist = PEEK(1);
        sp -= 2;
        Value m = kr_import(vm, names[arg]);
        ERROR_IF(IS_EXC(m));
        const char *dot = strchr(AS_STR(names[arg])->data, '.');
        if (dot && IS_NONE(fromlist)) {
            // `import a.b` binds the top-level module a (json.decoder is registered by json).
            Value top = kr_str_new(vm, AS_STR(names[arg])->data,
                                   (size_t)(dot - AS_STR(names[arg])->data));
            ERROR_IF(IS_EXC(top));
            m = kr_import(vm, top);
            ERROR_IF(IS_EXC(m));
        }
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Value m = TOP();
        Value v = kr_getattr_opt(vm, m, names[arg]);
        ERROR_IF(IS_EXC(v));
        if (IS_UNDEF(v)) {
            Value mname = IS_OBJ(m) && AS_OBJ(m)->type == &kr_type_module
                              ? ((Module *)AS_OBJ(m))->name
                              : vm->empty_str;
            kr_raise(vm, EXC_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                     names[arg], mname);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        if (IS_OBJ(m) && AS_OBJ(m)->type == &kr_type_module) {
            int64_t pos = 0;
            Value k, v;
            while (kr_dict_next(((Module *)AS_OBJ(m))->dict, &pos, &k, &v)) {
                if (IS_STR(k) && AS_STR(k)->data[0] != '_') {
                    ERROR_IF(kr_dict_set(vm, f->globals, k, v) < 0);
                }
            }
        }
        DISPATCH();
    }
    TARGET(BEFORE_WITH)
    TARGET(WITH_EXCEPT_START) {
        kr_raise(vm, EXC_NotImplementedError, "'with' statements are not supported yet");
        goto error;
    }
    TARGET(LOAD_BUILD_CLASS) {
        kr_raise(vm, EXC_NotImplementedError, "class definitions are not supported yet");
        goto error;
    }
    TARGET(NOT_IMPLEMENTED) {
        kr_raise(vm, EXC_NotImplementedError, "%S", consts[arg]);
        goto error;
    }
    // ----- match statements (CPython 3.11's ceval.c match_keys / match_class) -----
    TARGET(GET_LEN) {
        PIN_BEGIN();
        int64_t n = kr_len(vm, TOP());
        PIN_END();
        ERROR_IF(n < 0);
        PUSH(kr_int(n));
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        Value r = kr_bool(IS_DICT(TOP()));
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        // collections.abc.Sequence among the built-in types; str/bytes/bytearray never match.
        const Type *t = kr_type_of(TOP());
        PUSH(kr_bool(t == &kr_type_list || t == &kr_type_tuple || t == &kr_type_range));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        // Every key present: a tuple of the values; a key missing: None. A key equal to an
        // earlier one (two value patterns) is a ValueError, checked as keys are looked up.
        Dict *subj = AS_DICT(PEEK(2));
        Value keys = TOP();
        Value res = VAL_NONE;
        PIN_BEGIN(); // the set and the tuple stay pinned while __eq__/__hash__ may run
        Set *seen = kr_set_new(vm, false);
        Tuple *vals = seen ? kr_tuple_new(vm, AS_TUPLE(keys)->len) : NULL;
        bool failed = vals == NULL, missing = false;
        for (int64_t i = 0; !failed && !missing && i < AS_TUPLE(keys)->len; i++) {
            Value k = AS_TUPLE(keys)->items[i];
            int dup = kr_set_contains(vm, seen, k);
            if (dup == 0) {
                dup = kr_set_add(vm, seen, k) < 0 ? -1 : 0;
            }
            if (dup != 0) {
                if (dup > 0) {
                    kr_raise(vm, EXC_ValueError, "mapping pattern checks duplicate key (%R)", k);
                }
                failed = true;
                break;
            }
            Value v = kr_dict_get(vm, subj, k);
            if (IS_EXC(v)) {
                failed = true;
                break;
            }
            missing = IS_UNDEF(v); // no match: the result is None
            if (!missing) {
                vals->items[i] = v;
            }
        }
        if (!failed && !missing) {
            res = kr_obj(vals);
        }
        PIN_END();
        ERROR_IF(failed);
        PUSH(res);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        // subj cls kwnames -- attrs|None. Positional sub-patterns use cls.__match_args__, or
        // the subject itself for the built-in "self" classes (int(x), str(s), ...).
        Value kwn = TOP(), cls = PEEK(2), subj = PEEK(3);
        if (!IS_TYPEOBJ(cls)) {
            kr_raise(vm, EXC_TypeError, "called match pattern must be a type");
            goto error;
        }
        TypeObj *type = AS_TYPEOBJ(cls);
        Value res = VAL_NONE;
        bool failed = false;
        PIN_BEGIN();
        if (kr_isinstance_type(vm, subj, type)) {
            Set *seen = kr_set_new(vm, false);
            List *attrs = seen ? kr_list_new(vm, (int64_t)arg + AS_TUPLE(kwn)->len) : NULL;
            failed = attrs == NULL;
            bool nomatch = false;
            Value margs = VAL_UNDEF;
            int64_t npos = 0; // names taken from __match_args__
            if (!failed && arg > 0) {
                Value mname = kr_str_intern(vm, "__match_args__", 14);
                margs = IS_EXC(mname) ? mname : kr_class_getattr(vm, type, mname);
                bool match_self = false;
                int64_t allowed = 0;
                if (IS_EXC(margs)) {
                    failed = true;
                } else if (IS_UNDEF(margs)) {
                    // CPython's _Py_TPFLAGS_MATCH_SELF classes (inherited by subclasses).
                    for (TypeObj *t = type; t; t = t->base) {
                        int id = t->type_id;
                        match_self |= id == TY_BOOL || id == TY_BYTES || id == TY_DICT ||
                                      id == TY_FLOAT || id == TY_FROZENSET || id == TY_INT ||
                                      id == TY_LIST || id == TY_SET || id == TY_STR ||
                                      id == TY_TUPLE || id == TY_BYTEARRAY;
                    }
                    allowed = match_self ? 1 : 0;
                } else if (!IS_TUPLE(margs)) {
                    kr_raise(vm, EXC_TypeError, "%U.__match_args__ must be a tuple (got %s)",
                             type->name, kr_typename(margs));
                    failed = true;
                } else {
                    allowed = AS_TUPLE(margs)->len;
                }
                if (!failed && allowed < (int64_t)arg) {
                    kr_raise(vm, EXC_TypeError, "%U() accepts %d positional sub-pattern%s (%d given)",
                             type->name, (int)allowed, allowed == 1 ? "" : "s", (int)arg);
                    failed = true;
                }
                if (!failed && match_self) {
                    failed = kr_list_append(vm, attrs, subj) < 0;
                } else if (!failed) {
                    npos = (int64_t)arg;
                }
            }
            int64_t total = npos + AS_TUPLE(kwn)->len;
            for (int64_t i = 0; !failed && !nomatch && i < total; i++) {
                Value name = i < npos ? AS_TUPLE(margs)->items[i] : AS_TUPLE(kwn)->items[i - npos];
                if (!IS_STR(name)) {
                    kr_raise(vm, EXC_TypeError, "__match_args__ elements must be strings (got %s)",
                             kr_typename(name));
                    failed = true;
                    break;
                }
                int dup = kr_set_contains(vm, seen, name);
                if (dup == 0) {
                    dup = kr_set_add(vm, seen, name) < 0 ? -1 : 0;
                }
                if (dup != 0) {
                    if (dup > 0) {
                        kr_raise(vm, EXC_TypeError, "%U() got multiple sub-patterns for attribute %R",
                                 type->name, name);
                    }
                    failed = true;
                    break;
                }
                Value v = kr_getattr_opt(vm, subj, name);
                if (IS_EXC(v) && kr_exc_pending_is(vm, EXC_AttributeError)) {
                    (void)kr_exc_take(vm);
                    v = VAL_UNDEF;
                }
                if (IS_EXC(v)) {
                    failed = true;
                } else if (IS_UNDEF(v)) {
                    nomatch = true; // a missing attribute: no match
                } else {
                    failed = kr_list_append(vm, attrs, v) < 0;
                }
            }
            if (!failed && !nomatch) {
                res = kr_tuple_from(vm, attrs->len, attrs->items);
                failed = IS_EXC(res);
            }
        }
        PIN_END();
        ERROR_IF(failed);
        sp -= 2;
        TOP() = res;
        DISPATCH();
    }
    TARGET(COPY_DICT_WITHOUT_KEYS) {
        Value keys = TOP();
        bool failed = false;
        PIN_BEGIN();
        Dict *rest = kr_dict_copy(vm, AS_DICT(PEEK(2)));
        failed = rest == NULL;
        for (int64_t i = 0; !failed && i < AS_TUPLE(keys)->len; i++) {
            Value k = AS_TUPLE(keys)->items[i];
            int r = kr_dict_del(vm, rest, k);
            if (r != 0) {
                if (r > 0) {
                    kr_raise_with_arg(vm, EXC_KeyError, k);
                }
                failed = true;
            }
        }
        PIN_END();
        ERROR_IF(failed);
        TOP() = kr_obj(rest);
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        vm->result = POP();
        DISPATCH();
    }
#if !KR_COMPUTED_GOTO
    default:
        kr_vm_poison(vm, "bad opcode");
        kr_raise(vm, EXC_SystemError, "bad opcode %d", (int)(w & 0xff));
        goto error;
    }
#endif

do_return: {
    GenObj *g = f->gen;
    Frame *caller = f->prev;
    bool was_entry = f->entry;
    if (g) {
        SAVE_FRAME();
        f->prev = NULL;
        vm->py_depth--;
        kr_gen_finish(vm, g);
    } else {
        kr_frame_pop(vm, f);
    }
    vm->frame = caller;
    if (was_entry) {
        if (g) {
            vm->gen_returned = true;
        }
        return retval;
    }
    f = caller;
    LOAD_FRAME();
    if (g) {
        // Deliver the generator's return to the instruction that resumed it.
        uint32_t rw = pc[-1];
        uint32_t target = rw >> 8;
        if ((rw & 0xff) == OP_FOR_ITER) {
            sp--; // the exhausted generator
        } else {
            TOP() = retval; // SEND: replace the receiver with the value
        }
        pc = f->code->insns + target;
        DISPATCH();
    }
    PUSH(retval);
    DISPATCH();
}

error:
    vm->pinning = 0;
    vm->nroots = root_base;
    // The exception arrived in frame f at its current instruction: record it (also for a
    // limit that stopped the run, so the host learns where it stopped).
    kr_tb_add(vm, vm->exc, f->code, (int32_t)(pc - f->code->insns) - 1);
unwind:
    kwnames = VAL_UNDEF;
    for (;;) {
        if (!vm->aborted) {
            const ExcEntry *h = find_handler(f->code, (int32_t)(pc - f->code->insns) - 1);
            close_dropped_gens(vm, f, h ? frame_stack_base(f) + h->depth : frame_stack_base(f),
                               f->sp);
            if (h) {
                sp = frame_stack_base(f) + h->depth;
                if (h->lasti) {
                    PUSH(kr_int((int32_t)(pc - f->code->insns) - 1));
                }
                PUSH(vm->exc);
                vm->exc = VAL_UNDEF;
                pc = f->code->insns + h->target;
                DISPATCH();
            }
        }
        // No handler: the frame exits with the exception.
        GenObj *g = f->gen;
        bool reexec = !g && kr_prelude_reexec(vm, f);
        Frame *caller = f->prev;
        bool was_entry = f->entry;
        if (g) {
            f->prev = NULL;
            vm->py_depth--;
            if (kr_exc_pending_is(vm, EXC_StopIteration) && !vm->aborted) {
                Value si = kr_exc_take(vm);
                kr_raise(vm, EXC_RuntimeError, "generator raised StopIteration");
                if (IS_EXCOBJ(vm->exc)) {
                    AS_EXC(vm->exc)->cause = si;
                    AS_EXC(vm->exc)->context = si;
                    AS_EXC(vm->exc)->suppress_context = true;
                }
            }
            kr_gen_finish(vm, g);
        } else {
            kr_frame_pop(vm, f);
        }
        vm->frame = caller;
        if (was_entry) {
            return VAL_EXC;
        }
        f = caller;
        LOAD_FRAME();
        if (reexec) {
            pc++; // the caller's pc points at the diverted instruction itself
            f->pc = pc;
        }
        kr_tb_add(vm, vm->exc, f->code, (int32_t)(pc - f->code->insns) - 1);
    }
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
}
