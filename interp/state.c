// SPDX-License-Identifier: MIT
// interp/state.c: VM creation and teardown, limits defaults, output, abort and poison.
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ast.h"
#include "builtins.h"
#include "vm.h"

void kr_mem_free_raw(KrVm *vm, void *p, size_t size);

void kr_gc_free_all(KrVm *vm);
void kr_host_free_all(KrVm *vm); // host.c: programs, callbacks, exported values
void kr_mem_pool_free_all(KrVm *vm);
void kr_gc_make_permanent(KrVm *vm, Obj *keep1, Obj *keep2, Obj *keep3);
int kr_types_init(KrVm *vm); // obj_type.c: vm->classes and vm->exc_classes
int kr_introspect_init(KrVm *vm); // introspect.c: globals, locals, vars, exit, quit

static void *default_alloc(void *ud, void *p, size_t old_size, size_t new_size) {
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, new_size);
}

static void default_write(void *ud, const char *s, size_t len) {
    (void)ud;
    (void)s;
    (void)len;
}

void kr_config_default(KrConfig *cfg) {
    memset(cfg, 0, sizeof *cfg);
    cfg->limits.max_memory = (size_t)64 << 20;
    cfg->limits.max_allocations = 0;
    cfg->limits.max_duration = 5.0;
    cfg->limits.max_steps = 0;
    cfg->limits.max_recursion = 1000;
    cfg->limits.max_c_depth = 200;
    cfg->limits.max_output = (size_t)1 << 20;
    cfg->limits.max_int_digits = 4300;
    cfg->limits.max_source = (size_t)1 << 20;
    cfg->hash_seed = 0;
    cfg->write = default_write;
}

double kr_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void kr_vm_poison(KrVm *vm, const char *why) {
    if (vm && !vm->poisoned) {
        vm->poisoned = true;
        vm->poison_why = why;
    }
}

int kr_vm_abort(KrVm *vm, const char *why) {
    if (!vm->aborted) {
        vm->aborted = true;
        vm->abort_why = why;
        vm->breaker |= BREAK_LIMIT;
    }
    if (IS_UNDEF(vm->exc) || IS_NONE(vm->exc)) {
        // A pending exception keeps the C return conventions consistent while unwinding;
        // handlers never see it because the VM skips them once vm->aborted is set.
        kr_raise(vm, EXC_TimeoutError, "%s", why);
        vm->aborted = true;
    }
    return -1;
}

int kr_vm_write(KrVm *vm, const char *s, size_t len) {
    size_t max = vm->cfg.limits.max_output;
    if (max && (len > max || vm->output_bytes > max - len)) {
        return kr_vm_abort(vm, "output limit exceeded");
    }
    vm->output_bytes += len;
    if (vm->cfg.write) {
        vm->cfg.write(vm->cfg.write_ud, s, len);
    }
    return 0;
}

KrVm *kr_vm_new(const KrConfig *cfg) {
    KrConfig c;
    if (cfg) {
        c = *cfg;
    } else {
        kr_config_default(&c);
    }
    KrAllocFn af = c.alloc ? c.alloc : default_alloc;
    KrVm *vm = af(c.alloc_ud, NULL, 0, sizeof(KrVm));
    if (!vm) {
        return NULL;
    }
    memset(vm, 0, sizeof *vm);
    vm->cfg = c;
    vm->alloc_fn = af;
    vm->alloc_ud = c.alloc_ud;
    vm->bytes = sizeof(KrVm);
    vm->peak_bytes = vm->bytes;
    vm->gc_threshold = 2u << 20;
    vm->exc = VAL_UNDEF;
    vm->exc_info = VAL_NONE;
    vm->kwnames = VAL_UNDEF;
    vm->result = VAL_NONE;
    vm->last_error = VAL_NONE;
    vm->repr_busy = VAL_UNDEF;
    vm->exit_status = -1;
    vm->pending_name = VAL_NONE;
    vm->pending_args = VAL_NONE;
    vm->pending_kwargs = VAL_NONE;
    vm->session_module = VAL_UNDEF;
    vm->prelude = VAL_UNDEF;
    vm->last_filename = VAL_UNDEF;
    vm->host_error = VAL_UNDEF;
    vm->hash_k0 = c.hash_seed ^ 0x736f6d6570736575ULL;
    vm->hash_k1 = c.hash_seed * 0x9E3779B97F4A7C15ULL + 0x646f72616e646f6dULL;
    if (vm->cfg.limits.max_c_depth <= 0) {
        vm->cfg.limits.max_c_depth = 200;
    }
    if (vm->cfg.limits.max_recursion <= 0) {
        vm->cfg.limits.max_recursion = 1000;
    }
    // Building the VM's own objects must not be limited by a tiny max_memory being hit
    // half-way in a confusing state: any failure here frees the VM and returns NULL.
    vm->pinning = 0;
    vm->interned = kr_dict_new(vm);
    vm->builtins = vm->interned ? kr_dict_new(vm) : NULL;
    vm->modules = vm->builtins ? kr_dict_new(vm) : NULL;
    // Sized for what start-up puts in them, so that they never resize while the VM is built.
    if (!vm->modules || kr_dict_reserve(vm, vm->interned, 200) < 0 ||
        kr_dict_reserve(vm, vm->builtins, 130) < 0) {
        goto fail;
    }
    vm->empty_str = kr_str_new(vm, "", 0);
    if (IS_EXC(vm->empty_str)) {
        goto fail;
    }
    Tuple *et = kr_tuple_new(vm, 0);
    if (!et) {
        goto fail;
    }
    vm->empty_tuple = kr_obj(et);
    Obj *ni = kr_gc_alloc(vm, &kr_type_notimpl, sizeof(Obj));
    Obj *el = ni ? kr_gc_alloc(vm, &kr_type_ellipsis, sizeof(Obj)) : NULL;
    if (!el) {
        goto fail;
    }
    vm->notimpl = kr_obj(ni);
    vm->ellipsis = kr_obj(el);
    static const char *const names[] = {
#define NAME(n) #n,
#include "names.def"
#undef NAME
    };
    for (int i = 0; i < NAME_COUNT; i++) {
        vm->names[i] = kr_str_intern(vm, names[i], strlen(names[i]));
        if (IS_EXC(vm->names[i])) {
            goto fail;
        }
    }
    if (kr_types_init(vm) < 0) {
        goto fail;
    }
    ExcObj *me = kr_exc_new(vm, vm->exc_classes[EXC_MemoryError], vm->empty_tuple);
    if (!me) {
        goto fail;
    }
    vm->memerr = kr_obj(me);
    if (kr_builtins_init(vm) < 0 || kr_introspect_init(vm) < 0) {
        goto fail;
    }
    vm->exc = VAL_UNDEF;
    kr_gc_make_permanent(vm, &vm->interned->hdr, &vm->modules->hdr, AS_OBJ(vm->memerr));
    return vm;
fail:
    kr_vm_free(vm);
    return NULL;
}

void kr_vm_free(KrVm *vm) {
    if (!vm) {
        return;
    }
    vm->frame = NULL;
    kr_host_free_all(vm);
    kr_gc_free_all(vm);
    while (vm->chunk) {
        DataChunk *c = vm->chunk;
        vm->chunk = c->prev;
        kr_mem_free(vm, c, sizeof(DataChunk) + c->size * sizeof(Value));
    }
    kr_arena_release_cache(vm);
    if (vm->spare_chunk) {
        kr_mem_free(vm, vm->spare_chunk,
                    sizeof(DataChunk) + vm->spare_chunk->size * sizeof(Value));
    }
    if (vm->error_text) {
        kr_mem_free_raw(vm, vm->error_text, vm->error_text_size);
    }
    if (vm->error_type) {
        kr_mem_free_raw(vm, vm->error_type, vm->error_type_size);
    }
    if (vm->error_msg) {
        kr_mem_free_raw(vm, vm->error_msg, vm->error_msg_size);
    }
    if (vm->error_frames) {
        kr_mem_free_raw(vm, vm->error_frames, vm->error_frames_size);
    }
    kr_mem_pool_free_all(vm);
    // Every block was freed with the size it was allocated with: the books must balance.
#ifndef NDEBUG
    if (vm->bytes != sizeof(KrVm)) {
        fprintf(stderr, "krait: accounting mismatch at VM free: %zd bytes\n",
                (ptrdiff_t)(vm->bytes - sizeof(KrVm)));
    }
#endif
    KR_ASSERT(vm->bytes == sizeof(KrVm));
    KrAllocFn af = vm->alloc_fn;
    void *ud = vm->alloc_ud;
    af(ud, vm, sizeof(KrVm), 0);
}

size_t kr_vm_memory(KrVm *vm, size_t *peak) {
    if (peak) {
        *peak = vm->peak_bytes;
    }
    return vm->bytes;
}
