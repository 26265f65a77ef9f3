// SPDX-License-Identifier: MIT
// interp/gc.c: precise mark/sweep collector, temp-root scopes, and the work budget (kr_tick).
//
// Collection happens only at safepoints (the breaker check at calls and backward jumps in
// vm.c), never inside an allocation. Roots: the frame chain (locals and stack up to the saved
// sp), the temp-root stack, and the objects every VM holds (classes, names, modules ...).
// While a native runs (vm->pinning > 0), every new object is pushed on the temp-root stack, so
// natives need no manual rooting; kr_call clears pinning for the nested eval it runs, so
// Python code called from a native collects normally.
#include <stdlib.h>

#include "vm.h"

static void gray_push(KrVm *vm, Obj *o) {
    if (vm->ngray == vm->gray_cap) {
        size_t ncap = vm->gray_cap ? vm->gray_cap * 2 : 1024;
        // GC bookkeeping bypasses the limit (it must not fail), but is still counted.
        Obj **n = vm->alloc_fn(vm->alloc_ud, vm->gray, vm->gray_cap * sizeof(Obj *),
                               ncap * sizeof(Obj *));
        if (!n) {
            vm->gray_overflow = true; // leave o marked but untraced: rescanned later
            return;
        }
        vm->bytes += (ncap - vm->gray_cap) * sizeof(Obj *);
        vm->gray = n;
        vm->gray_cap = ncap;
    }
    vm->gray[vm->ngray++] = o;
}

void kr_gc_mark(KrVm *vm, Obj *o) {
    if (!o || o->marked) {
        return;
    }
    o->marked = 1;
    if (o->type->trace) {
        gray_push(vm, o);
    }
}

void kr_gc_mark_value(KrVm *vm, Value v) {
    if (IS_OBJ(v)) {
        kr_gc_mark(vm, v.u.o);
    }
}

static void drain(KrVm *vm) {
    for (;;) {
        while (vm->ngray) {
            Obj *o = vm->gray[--vm->ngray];
            o->type->trace(vm, o);
        }
        if (!vm->gray_overflow) {
            return;
        }
        vm->gray_overflow = false;
        for (Obj *o = vm->objects; o; o = o->gc_next) {
            if (o->marked && o->type->trace) {
                o->type->trace(vm, o);
                while (vm->ngray) {
                    Obj *g = vm->gray[--vm->ngray];
                    g->type->trace(vm, g);
                }
            }
        }
    }
}

static void mark_frame(KrVm *vm, Frame *f) {
    kr_gc_mark(vm, &f->code->hdr);
    if (f->func) {
        kr_gc_mark(vm, &f->func->hdr);
    }
    if (f->globals) {
        kr_gc_mark(vm, &f->globals->hdr);
    }
    if (f->gen) {
        kr_gc_mark(vm, &f->gen->hdr);
    }
    Value *end = f->sp ? f->sp : frame_stack_base(f);
    for (Value *p = f->localsplus; p < end; p++) {
        kr_gc_mark_value(vm, *p);
    }
}

// Marks a generator's suspended frame (called from the generator's trace).
void kr_gc_mark_frame(KrVm *vm, Frame *f);
void kr_gc_mark_frame(KrVm *vm, Frame *f) { mark_frame(vm, f); }

void kr_host_mark_roots(KrVm *vm); // host.c: compiled programs

static void mark_roots(KrVm *vm) {
    for (Frame *f = vm->frame; f; f = f->prev) {
        mark_frame(vm, f);
    }
    for (size_t i = 0; i < vm->nroots; i++) {
        kr_gc_mark_value(vm, vm->roots[i]);
    }
    for (int i = 0; i < TY_COUNT; i++) {
        kr_gc_mark(vm, (Obj *)vm->classes[i]);
    }
    for (int i = 0; i < EXC_COUNT; i++) {
        kr_gc_mark(vm, (Obj *)vm->exc_classes[i]);
    }
    for (int i = 0; i < NAME_COUNT; i++) {
        kr_gc_mark_value(vm, vm->names[i]);
    }
    kr_gc_mark(vm, (Obj *)vm->interned);
    kr_gc_mark(vm, (Obj *)vm->builtins);
    kr_gc_mark(vm, (Obj *)vm->modules);
    kr_gc_mark(vm, (Obj *)vm->hosts);
    kr_host_mark_roots(vm);
    Value vals[] = {vm->notimpl,     vm->ellipsis, vm->empty_str, vm->empty_tuple,
                    vm->memerr,      vm->exc,      vm->exc_info,  vm->kwnames,
                    vm->result,      vm->last_error, vm->repr_busy,
                    vm->pending_name, vm->pending_args, vm->pending_kwargs,
                    vm->session_module, vm->host_error, vm->prelude};
    for (size_t i = 0; i < KR_ARRAY_LEN(vals); i++) {
        kr_gc_mark_value(vm, vals[i]);
    }
}

void kr_gc_collect(KrVm *vm) {
    if (vm->gc_running) {
        return;
    }
    vm->gc_running = true;
    mark_roots(vm);
    drain(vm);
    Obj **link = &vm->objects;
    size_t live = 0;
    while (*link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            live++;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            if (o->type->free) {
                o->type->free(vm, o);
            } else {
                kr_mem_free(vm, o, o->type->basic_size);
            }
        }
    }
    vm->live_objects = live;
    // gcstress collects at every safepoint while the heap is small; with a big live heap it
    // spaces collections out so that the cost per safepoint stays bounded.
    vm->stress_skip = live / 512 + vm->bytes / 16384;
    // Next collection when the heap has grown by the live size again (at least 2 MiB), but
    // always well before the memory limit: an allocation at the limit fails, it never collects.
    size_t held = vm->bytes;
    size_t next = held < (1u << 20) ? (4u << 20) : held * 3;
    size_t max = vm->cfg.limits.max_memory;
    if (max && next > held + (max > held ? (max - held) / 2 : 0)) {
        next = held + (max > held ? (max - held) / 2 : 0);
    }
    vm->gc_threshold = next;
    vm->breaker &= ~BREAK_GC;
    vm->gc_running = false;
}

// Moves every object alive now (the VM's own classes, names, natives) to the permanent list,
// except [keep1]/[keep2] (containers that keep changing). Permanent objects are immutable and
// refer only to permanent objects, so the collector neither traces nor sweeps them.
void kr_gc_make_permanent(KrVm *vm, Obj *keep1, Obj *keep2, Obj *keep3);
void kr_gc_make_permanent(KrVm *vm, Obj *keep1, Obj *keep2, Obj *keep3) {
    Obj **link = &vm->objects;
    while (*link) {
        Obj *o = *link;
        if (o == keep1 || o == keep2 || o == keep3) {
            link = &o->gc_next;
            continue;
        }
        *link = o->gc_next;
        o->marked = 2;
        o->gc_next = vm->perm_objects;
        vm->perm_objects = o;
    }
}

// Moves the objects allocated since [old_head] was the head of the all-objects list to the
// permanent set (a lazily built class dict and its contents). Pinned copies in the temp-root
// stack are harmless: permanent objects are never freed.
void kr_gc_make_recent_permanent(KrVm *vm, Obj *old_head);
void kr_gc_make_recent_permanent(KrVm *vm, Obj *old_head) {
    while (vm->objects && vm->objects != old_head) {
        Obj *o = vm->objects;
        vm->objects = o->gc_next;
        o->marked = 2;
        o->gc_next = vm->perm_objects;
        vm->perm_objects = o;
    }
}

static void free_list(KrVm *vm, Obj *o) {
    while (o) {
        Obj *next = o->gc_next;
        if (o->type->free) {
            o->type->free(vm, o);
        } else {
            kr_mem_free(vm, o, o->type->basic_size);
        }
        o = next;
    }
}

// Free every object (VM teardown).
void kr_gc_free_all(KrVm *vm);
void kr_gc_free_all(KrVm *vm) {
    free_list(vm, vm->perm_objects);
    vm->perm_objects = NULL;
    Obj *o = vm->objects;
    vm->objects = NULL;
    while (o) {
        Obj *next = o->gc_next;
        if (o->type->free) {
            o->type->free(vm, o);
        } else {
            kr_mem_free(vm, o, o->type->basic_size);
        }
        o = next;
    }
    if (vm->gray) {
        vm->alloc_fn(vm->alloc_ud, vm->gray, vm->gray_cap * sizeof(Obj *), 0);
        vm->bytes -= vm->gray_cap * sizeof(Obj *);
        vm->gray = NULL;
    }
    if (vm->roots) {
        kr_mem_free(vm, vm->roots, vm->roots_cap * sizeof(Value));
        vm->roots = NULL;
    }
}

static int roots_push(KrVm *vm, Value v) {
    if (vm->nroots == vm->roots_cap) {
        size_t ncap = vm->roots_cap ? vm->roots_cap * 2 : 256;
        Value *n = kr_mem_realloc(vm, vm->roots, vm->roots_cap * sizeof(Value), ncap * sizeof(Value));
        if (!n) {
            return -1;
        }
        vm->roots = n;
        vm->roots_cap = ncap;
    }
    vm->roots[vm->nroots++] = v;
    return 0;
}

void *kr_gc_alloc(KrVm *vm, const Type *t, size_t size) {
    return kr_gc_alloc_partial(vm, t, size, size);
}

void *kr_gc_alloc_partial(KrVm *vm, const Type *t, size_t size, size_t zeroed) {
    Obj *o = kr_mem_alloc(vm, size);
    if (!o) {
        return NULL;
    }
    memset(o, 0, zeroed < size ? zeroed : size);
    o->type = t;
    if (vm->pinning && roots_push(vm, kr_obj(o)) < 0) {
        kr_mem_free(vm, o, size);
        return NULL;
    }
    o->gc_next = vm->objects;
    vm->objects = o;
    if (vm->bytes > vm->gc_threshold || KR_DEBUG_GC_STRESS) {
        vm->breaker |= BREAK_GC;
    }
    return o;
}

size_t kr_scope_open(KrVm *vm) { return vm->nroots; }

void kr_scope_close(KrVm *vm, size_t mark) {
    if (mark < vm->nroots) {
        vm->nroots = mark;
    }
}

int kr_scope_hold(KrVm *vm, Value v) {
    if (!IS_OBJ(v)) {
        return 0;
    }
    return roots_push(vm, v);
}

int kr_tick(KrVm *vm, int64_t n) {
    if (vm->aborted) {
        return -1;
    }
    vm->tick_count += (uint64_t)(n > 0 ? n : 0);
    if (vm->tick_count < 4096) {
        return 0;
    }
    return kr_tick_check(vm);
}

// Charges the pending ticks and checks the step and time limits now.
int kr_tick_check(KrVm *vm) {
    if (vm->aborted) {
        return -1;
    }
    uint64_t units = vm->tick_count;
    vm->tick_count = 0;
    vm->steps += units;
    if (vm->cfg.limits.max_steps && vm->steps > vm->cfg.limits.max_steps) {
        return kr_vm_abort(vm, "step limit exceeded");
    }
    if (vm->deadline > 0 && kr_now() > vm->deadline) {
        return kr_vm_abort(vm, "time limit exceeded");
    }
    return 0;
}
