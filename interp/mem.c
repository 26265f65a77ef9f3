// SPDX-License-Identifier: MIT
// interp/mem.c: the allocator funnel: every byte the VM holds passes through here, is counted,
// and is checked against max_memory / max_allocations before the host allocator is asked.
#include <stdlib.h>

#include "state.h"

void *kr_mem_realloc(KrVm *vm, void *p, size_t old_size, size_t new_size) {
    if (new_size == 0) {
        kr_mem_free(vm, p, old_size);
        return NULL;
    }
    if (new_size > old_size) {
        size_t grow = new_size - old_size;
        size_t max = vm->cfg.limits.max_memory;
        if ((max && (grow > max || vm->bytes > max - grow)) || grow > ((size_t)1 << 46)) {
            kr_raise_nomem(vm);
            return NULL;
        }
        if (vm->cfg.limits.max_allocations && vm->nallocs >= vm->cfg.limits.max_allocations) {
            kr_raise_nomem(vm);
            return NULL;
        }
        if (vm->fail_after > 0 && --vm->fail_after == 0) {
            kr_raise_nomem(vm);
            return NULL;
        }
    }
    void *q = vm->alloc_fn(vm->alloc_ud, p, old_size, new_size);
    if (!q) {
        kr_raise_nomem(vm);
        return NULL;
    }
    vm->bytes = vm->bytes - old_size + new_size;
    if (vm->bytes > vm->peak_bytes) {
        vm->peak_bytes = vm->bytes;
    }
    if (!p) {
        vm->nallocs++;
    }
    return q;
}

void *kr_mem_alloc(KrVm *vm, size_t size) { return kr_mem_realloc(vm, NULL, 0, size ? size : 1); }

void kr_mem_free(KrVm *vm, void *p, size_t size) {
    if (!p) {
        return;
    }
    if (size == 0) {
        size = 1; // kr_mem_alloc rounds 0 up to 1
    }
    vm->alloc_fn(vm->alloc_ud, p, size, 0);
    vm->bytes -= size;
}
