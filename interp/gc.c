// SPDX-License-Identifier: MIT
// interp/gc.c: precise mark/sweep collector, temp-root scopes, and the work budget (kr_tick).
//
// Collection happens only at safepoints, never inside an allocation: the breaker check at calls
// and backward jumps in vm.c, and kr_gc_poll, which natives that loop over many items (sum(),
// list(), sorted(), dict(), ...) call between two items. Roots: the frame chain (locals and stack
// up to the saved sp), the temp-root stack, and the objects every VM holds (classes, names,
// modules ...). While a native runs (vm->pinning > 0), every new object is pushed on the
// temp-root stack, so natives need no manual rooting; kr_call clears pinning for the nested eval
// it runs, so Python code called from a native collects normally, with the pins of the natives
// below it as roots. A native that polls therefore needs exactly the rooting it already needs to
// call Python code, and it resets its pins after each item (kr_scope_open/close) so that the
// per-item garbage is collectable; whatever it keeps across items it holds in a pinned box.
//
// Collection work is charged to the time limit (the collector checks the deadline as it goes),
// and near the memory limit collections are spaced at least max_memory/8 apart, so that a heap
// full of live data fails with MemoryError instead of collecting at every safepoint.
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

// The collector checks the clock every GC_CLOCK_EVERY objects it traces or sweeps while a run
// with a deadline is in progress, so that the time limit holds within a few milliseconds even for
// a collection of a large heap.
enum { GC_CLOCK_EVERY = 4096 };

typedef struct GcClock {
    bool timed;   // a run with a deadline is in progress
    size_t count; // objects left before the next clock check
} GcClock;

// False when the deadline has passed (the collection must stop).
static bool clock_ok(KrVm *vm, GcClock *c) {
    if (!c->timed || --c->count > 0) {
        return true;
    }
    c->count = GC_CLOCK_EVERY;
    return kr_now() <= vm->deadline;
}

// Traces every gray object. False if the deadline passed first.
static bool drain(KrVm *vm, GcClock *c) {
    for (;;) {
        while (vm->ngray) {
            Obj *o = vm->gray[--vm->ngray];
            o->type->trace(vm, o);
            if (!clock_ok(vm, c)) {
                return false;
            }
        }
        if (!vm->gray_overflow) {
            return true;
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
            if (!clock_ok(vm, c)) {
                return false;
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
                    vm->session_module, vm->host_error, vm->prelude,
                    vm->last_filename};
    for (size_t i = 0; i < KR_ARRAY_LEN(vals); i++) {
        kr_gc_mark_value(vm, vals[i]);
    }
}

static void free_obj(KrVm *vm, Obj *o) {
    if (o->type->free) {
        o->type->free(vm, o);
    } else {
        kr_mem_free(vm, o, o->type->basic_size);
    }
}

// When the next collection is due. It normally waits until the heap has grown by the live size
// again (at least 2 MiB), but always comes well before the memory limit: an allocation at the
// limit fails, it never collects.
static void schedule_next(KrVm *vm) {
    size_t held = vm->bytes;
    size_t next = held < (1u << 20) ? (4u << 20) : held * 3;
    size_t max = vm->cfg.limits.max_memory;
    size_t room = max > held ? max - held : 0;
    if (max && next > held + room / 2) {
        next = held + room / 2;
        // Near the limit half the room left is a few allocations away: every safepoint would
        // trace the whole live heap again to free almost nothing (quadratic time). Let the heap
        // grow by max/8 first; past the limit the allocation fails with MemoryError instead (and
        // asks for a collection at the next safepoint, mem.c).
        if (next < held + max / 8) {
            next = held + max / 8;
        }
    }
    vm->gc_threshold = next;
}

void kr_gc_collect(KrVm *vm) {
    if (vm->gc_running) {
        return;
    }
    // Inside a run (not between API calls, not while suspended), collection work is charged to
    // the time limit: past the deadline the collection stops where it is and the run aborts.
    GcClock clock = {.timed = vm->deadline > 0 && vm->frame && !vm->suspended,
                     .count = GC_CLOCK_EVERY};
    if (clock.timed && vm->aborted) {
        return; // unwinding after a limit: the next collection comes between runs
    }
    vm->gc_running = true;
    if (vm->gc_dirty) {
        // A stopped collection left marks behind: clear them, or their objects would be taken
        // as traced already.
        for (Obj *o = vm->objects; o; o = o->gc_next) {
            o->marked = 0;
        }
        vm->gc_dirty = false;
    }
    mark_roots(vm);
    bool done = drain(vm, &clock);
    Obj **link = &vm->objects;
    size_t live = 0;
    while (done && *link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            live++;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            free_obj(vm, o);
        }
        if (!clock_ok(vm, &clock)) {
            done = *link == NULL;
        }
    }
    if (!done) {
        // Stopped at the deadline: the objects not swept yet keep their marks (cleared by the
        // next collection, which happens between runs since this one aborts).
        vm->ngray = 0;
        vm->gray_overflow = false;
        vm->gc_dirty = true;
        vm->gc_running = false;
        kr_vm_abort(vm, "time limit exceeded");
        return;
    }
    vm->live_objects = live;
    // gcstress collects at every safepoint while the heap is small; with a big live heap it
    // spaces collections out so that the cost per safepoint stays bounded.
    vm->stress_skip = live / 512 + vm->bytes / 16384;
    schedule_next(vm);
    vm->breaker &= ~BREAK_GC;
    vm->gc_running = false;
}

int kr_gc_poll(KrVm *vm) {
    if (!(vm->breaker & BREAK_GC) || vm->gc_running) {
        return 0;
    }
    if (KR_DEBUG_GC_STRESS && vm->stress_skip > 0 && vm->bytes <= vm->gc_threshold) {
        vm->stress_skip--;
        return 0;
    }
    kr_gc_collect(vm);
    if (vm->aborted) {
        return -1;
    }
    // A collection can take a while: check the clock after one (as the VM's safepoints do).
    return kr_tick_check(vm);
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
        free_obj(vm, o);
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
        free_obj(vm, o);
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
    if (KR_DEBUG_GC_STRESS) {
        vm->breaker |= BREAK_GC; // (past the threshold, kr_mem_realloc has set it)
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
