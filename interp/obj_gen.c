// SPDX-License-Identifier: MIT
// interp/obj_gen.c: generator objects. A generator owns its frame (moved off the data stack
// when the generator is created); the VM links that frame into the frame chain to resume it
// (FOR_ITER/SEND in vm.c resume in place without C recursion; kr_gen_resume resumes from C).
#include <stdio.h>

#include "module.h"
#include "vm.h"

Value kr_eval_ex(KrVm *vm, Frame *entry, bool throwing);
void kr_gc_mark_frame(KrVm *vm, Frame *f);
void kr_gen_finish(KrVm *vm, GenObj *g);

static void gen_trace(KrVm *vm, Obj *o) {
    GenObj *g = (GenObj *)o;
    kr_gc_mark_value(vm, g->name);
    kr_gc_mark_value(vm, g->qualname);
    if (g->frame) {
        kr_gc_mark_frame(vm, g->frame);
    }
}

static void gen_free(KrVm *vm, Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->frame) {
        kr_mem_free(vm, g->frame, g->frame_bytes);
    }
    kr_mem_free(vm, g, sizeof(GenObj));
}

void kr_gen_finish(KrVm *vm, GenObj *g) {
    if (g->frame) {
        kr_mem_free(vm, g->frame, g->frame_bytes);
        g->frame = NULL;
    }
    g->state = GEN_DONE;
}

Value kr_gen_new(KrVm *vm, FuncObj *fn, Frame *f) {
    GenObj *g = kr_gc_alloc(vm, &kr_type_generator, sizeof(GenObj));
    size_t bytes = sizeof(Frame) + (size_t)f->nvalues * sizeof(Value);
    Frame *nf = g ? kr_mem_alloc(vm, bytes) : NULL;
    if (!nf) {
        kr_frame_pop(vm, f);
        return VAL_EXC;
    }
    memcpy(nf, f, sizeof(Frame) + (size_t)f->code->nlocalsplus * sizeof(Value));
    nf->sp = nf->localsplus + (f->sp - f->localsplus);
    nf->pc = f->pc;
    nf->prev = NULL;
    nf->in_chunk = 0;
    nf->entry = 0;
    nf->gen = g;
    kr_frame_pop(vm, f);
    g->frame = nf;
    g->frame_bytes = bytes;
    g->state = GEN_CREATED;
    g->name = fn->name;
    g->qualname = fn->qualname;
    return kr_obj(g);
}

Value kr_gen_resume(KrVm *vm, GenObj *g, Value sent, Value exc, bool *done) {
    *done = false;
    if (g->state == GEN_RUNNING) {
        return kr_raise(vm, EXC_ValueError, "generator already executing");
    }
    if (g->state == GEN_DONE) {
        if (IS_OBJ(exc)) {
            return kr_raise_value(vm, exc);
        }
        *done = true;
        return VAL_NONE;
    }
    if (g->state == GEN_CREATED && !IS_OBJ(exc) && !IS_NONE(sent)) {
        return kr_raise(vm, EXC_TypeError, "can't send non-None value to a just-started generator");
    }
    if (vm->c_depth >= vm->cfg.limits.max_c_depth || vm->py_depth >= vm->cfg.limits.max_recursion) {
        return kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    }
    Frame *gf = g->frame;
    if (IS_OBJ(exc) && g->state == GEN_SUSPENDED) {
        // Delegating with `yield from`: throw into the sub-generator first (PEP 380).
        uint32_t *pc = gf->pc;
        Value recv = gf->sp[-1];
        if ((pc[-1] & 0xff) == OP_YIELD_VALUE && (pc[0] & 0xff) == OP_JUMP &&
            (gf->code->insns[pc[0] >> 8] & 0xff) == OP_SEND && IS_OBJ(recv) &&
            AS_OBJ(recv)->type == &kr_type_generator) {
            bool sub_done;
            g->state = GEN_RUNNING;
            Value r = kr_gen_resume(vm, (GenObj *)AS_OBJ(recv), VAL_NONE, exc, &sub_done);
            g->state = GEN_SUSPENDED;
            if (!IS_EXC(r) && !sub_done) {
                return r; // the sub-generator yielded: so does this one
            }
            if (IS_EXC(r)) {
                exc = kr_exc_take(vm); // propagate into this generator at its yield point
            } else {
                // The sub-generator returned r: continue after the SEND loop with r.
                uint32_t send = gf->code->insns[pc[0] >> 8];
                gf->sp[-1] = r;
                gf->pc = gf->code->insns + (send >> 8);
                exc = VAL_UNDEF;
                g->state = GEN_CREATED; // resume without pushing a sent value
            }
        }
    }
    if (!IS_OBJ(exc) && g->state == GEN_SUSPENDED) {
        *gf->sp++ = sent;
    }
    g->state = GEN_RUNNING;
    gf->prev = vm->frame;
    vm->frame = gf;
    vm->py_depth++;
    int saved_pin = vm->pinning;
    vm->pinning = 0;
    vm->c_depth++;
    vm->gen_returned = false;
    if (IS_OBJ(exc)) {
        kr_raise_value(vm, exc);
    }
    gf->entry = 1; // cleared again when it yields; a finished frame is freed
    Value r = kr_eval_ex(vm, gf, IS_OBJ(exc));
    vm->c_depth--;
    vm->pinning = saved_pin;
    if (IS_EXC(r)) {
        return r;
    }
    *done = vm->gen_returned;
    vm->gen_returned = false;
    if (vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

static Value gen_next_slot(KrVm *vm, Value self) {
    bool done;
    Value r = kr_gen_resume(vm, (GenObj *)AS_OBJ(self), VAL_NONE, VAL_UNDEF, &done);
    if (IS_EXC(r)) {
        return r;
    }
    return done ? VAL_UNDEF : r;
}

static Value gen_iter(KrVm *vm, Value self) { return self; }

static Value finish_call(KrVm *vm, Value r, bool done) {
    if (IS_EXC(r)) {
        return r;
    }
    if (done) {
        return kr_raise_stop_iteration(vm, r);
    }
    return r;
}

static Value gen_send(KrVm *vm, int argc, const Value *argv, Value kw) {
    bool done;
    Value r = kr_gen_resume(vm, (GenObj *)AS_OBJ(argv[0]), argv[1], VAL_UNDEF, &done);
    return finish_call(vm, r, done);
}

static Value gen_dunder_next(KrVm *vm, int argc, const Value *argv, Value kw) {
    bool done;
    Value r = kr_gen_resume(vm, (GenObj *)AS_OBJ(argv[0]), VAL_NONE, VAL_UNDEF, &done);
    return finish_call(vm, r, done);
}

static Value gen_throw(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value typ = argv[1];
    Value exc;
    if (IS_TYPEOBJ(typ) && AS_TYPEOBJ(typ)->exc_id >= 0) {
        Value val = argc > 2 ? argv[2] : VAL_NONE;
        if (IS_EXCOBJ(val)) {
            exc = val;
        } else if (IS_NONE(val)) {
            exc = kr_call(vm, typ, 0, NULL, VAL_UNDEF);
        } else {
            exc = kr_call(vm, typ, 1, &val, VAL_UNDEF);
        }
        if (IS_EXC(exc)) {
            return exc;
        }
    } else if (IS_EXCOBJ(typ)) {
        if (argc > 2 && !IS_NONE(argv[2])) {
            return kr_raise(vm, EXC_TypeError, "instance exception may not have a separate value");
        }
        exc = typ;
    } else {
        return kr_raise(vm, EXC_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, not %s",
                        kr_typename(typ));
    }
    GenObj *g = (GenObj *)AS_OBJ(argv[0]);
    if (g->state == GEN_CREATED) {
        kr_gen_finish(vm, g);
        return kr_raise_value(vm, exc);
    }
    bool done;
    Value r = kr_gen_resume(vm, g, VAL_NONE, exc, &done);
    return finish_call(vm, r, done);
}

static Value gen_close(KrVm *vm, int argc, const Value *argv, Value kw) {
    GenObj *g = (GenObj *)AS_OBJ(argv[0]);
    if (g->state == GEN_CREATED || g->state == GEN_DONE) {
        kr_gen_finish(vm, g);
        return VAL_NONE;
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, EXC_GeneratorExit), vm->empty_tuple);
    if (!e) {
        return VAL_EXC;
    }
    bool done;
    Value r = kr_gen_resume(vm, g, VAL_NONE, kr_obj(e), &done);
    if (IS_EXC(r)) {
        if (kr_exc_pending_is(vm, EXC_GeneratorExit) || kr_exc_pending_is(vm, EXC_StopIteration)) {
            kr_exc_take(vm);
            return VAL_NONE;
        }
        return r;
    }
    if (!done) {
        return kr_raise(vm, EXC_RuntimeError, "generator ignored GeneratorExit");
    }
    return VAL_NONE;
}

static Value gen_repr(KrVm *vm, Value self) {
    GenObj *g = (GenObj *)AS_OBJ(self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char buf[64];
    snprintf(buf, sizeof buf, " at 0x%llx>", (unsigned long long)(uintptr_t)g);
    if (kr_sb_adds(&sb, "<generator object ") < 0 || kr_sb_add_str(&sb, g->qualname) < 0 ||
        kr_sb_adds(&sb, buf) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value gen_get_name(KrVm *vm, Value self) { return ((GenObj *)AS_OBJ(self))->name; }
static Value gen_get_qualname(KrVm *vm, Value self) { return ((GenObj *)AS_OBJ(self))->qualname; }
static Value gen_get_running(KrVm *vm, Value self) {
    return kr_bool(((GenObj *)AS_OBJ(self))->state == GEN_RUNNING);
}

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"gi_running", gen_get_running},
    {NULL, NULL},
};

static const NativeDef generator_methods[] = {
    NATIVE("send", gen_send, 1, 1, 0),
    NATIVE("throw", gen_throw, 1, 3, 0),
    NATIVE("close", gen_close, 0, 0, 0),
    NATIVE("__next__", gen_dunder_next, 0, 0, 0),
    NATIVE_END,
};

static int gen_hash(KrVm *vm, Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)AS_OBJ(self) >> 4);
    return 0;
}

const Type kr_type_generator = {
    .name = "generator",
    .id = TY_GENERATOR,
    .basic_size = sizeof(GenObj),
    .trace = gen_trace,
    .free = gen_free,
    .repr = gen_repr,
    .hash = gen_hash,
    .iter = gen_iter,
    .next = gen_next_slot,
    .methods = generator_methods,
    .getset = gen_getset,
};
