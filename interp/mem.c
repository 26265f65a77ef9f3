// SPDX-License-Identifier: MIT
// interp/mem.c: the allocator funnel: every byte the VM holds passes through here, is counted,
// and is checked against max_memory / max_allocations before the host allocator is asked.
//
// Small blocks (up to 512 bytes) come from per-VM free lists of 16-byte size classes carved
// out of 64 KiB slabs, which makes object allocation and sweeping cheap. Callers always pass
// the exact old size when freeing or resizing, so the class of a block is known without a
// header. Sanitizer builds bypass the pools so ASan sees every block.
#include <stdlib.h>

#include "state.h"

#if defined(__SANITIZE_ADDRESS__)
#define KR_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KR_POOL 0
#endif
#endif
#ifndef KR_POOL
#define KR_POOL 1
#endif

enum { POOL_GRAIN = 16, POOL_MAX = 512, SLAB_BYTES = 64 * 1024 };

static size_t size_class(size_t n) { return (n + POOL_GRAIN - 1) / POOL_GRAIN; }

// The size a block of [n] bytes is accounted as (its pool class size when pooled).
static size_t accounted(size_t n) {
    if (KR_POOL && n <= POOL_MAX) {
        return size_class(n ? n : 1) * POOL_GRAIN;
    }
    return n ? n : 1;
}

static void *pool_get(KrVm *vm, size_t cls) {
    void *b = vm->pool_free[cls];
    if (b) {
        vm->pool_free[cls] = *(void **)b;
        return b;
    }
    // Carve a new slab: a header (link, size), then blocks of this class. The first slabs of
    // a class are small so that a fresh VM stays small; later ones are 64 KiB.
    size_t bsize = cls * POOL_GRAIN;
    size_t slab_bytes = vm->pool_nslabs[cls] < 4 ? 16 + bsize * 16 : SLAB_BYTES;
    if (slab_bytes > SLAB_BYTES) {
        slab_bytes = SLAB_BYTES;
    }
    char *slab = vm->alloc_fn(vm->alloc_ud, NULL, 0, slab_bytes);
    if (!slab) {
        return NULL;
    }
    if (vm->pool_nslabs[cls] < 0xffff) {
        vm->pool_nslabs[cls]++;
    }
    ((void **)slab)[0] = vm->pool_slabs;
    ((size_t *)slab)[1] = slab_bytes;
    vm->pool_slabs = slab;
    size_t first = POOL_GRAIN; // keep blocks 16-byte aligned after the header
    size_t count = (slab_bytes - first) / bsize;
    for (size_t i = count; i-- > 1;) {
        void *blk = slab + first + i * bsize;
        *(void **)blk = vm->pool_free[cls];
        vm->pool_free[cls] = blk;
    }
    return slab + first;
}

static void pool_put(KrVm *vm, void *p, size_t cls) {
    *(void **)p = vm->pool_free[cls];
    vm->pool_free[cls] = p;
}

// Releases all slabs (VM teardown, after every block was freed or abandoned).
void kr_mem_pool_free_all(KrVm *vm);
void kr_mem_pool_free_all(KrVm *vm) {
    void *s = vm->pool_slabs;
    while (s) {
        void *next = ((void **)s)[0];
        vm->alloc_fn(vm->alloc_ud, s, ((size_t *)s)[1], 0);
        s = next;
    }
    vm->pool_slabs = NULL;
    memset(vm->pool_free, 0, sizeof vm->pool_free);
}

static bool within_limits(KrVm *vm, size_t grow) {
    if (vm->mem_exempt) {
        return grow <= ((size_t)1 << 46);
    }
    size_t max = vm->cfg.limits.max_memory;
    if ((max && (grow > max || vm->bytes > max - grow)) || grow > ((size_t)1 << 46)) {
        if (max && grow <= max) {
            // Collections are spaced out near the limit (gc.c): this MemoryError may be due to
            // garbage, so collect at the next safepoint (the program may catch it and go on).
            vm->breaker |= BREAK_GC;
        }
        return false;
    }
    if (vm->cfg.limits.max_allocations && vm->nallocs >= vm->cfg.limits.max_allocations) {
        return false;
    }
    if (vm->fail_after > 0 && --vm->fail_after == 0) {
        return false;
    }
    return true;
}

void *kr_mem_realloc(KrVm *vm, void *p, size_t old_size, size_t new_size) {
    if (new_size == 0) {
        kr_mem_free(vm, p, old_size);
        return NULL;
    }
    size_t olda = p ? accounted(old_size) : 0;
    size_t newa = accounted(new_size);
    if (newa > olda && !within_limits(vm, newa - olda)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    void *q;
    bool old_pooled = KR_POOL && p && old_size <= POOL_MAX;
    bool new_pooled = KR_POOL && new_size <= POOL_MAX;
    if (old_pooled && new_pooled && size_class(old_size ? old_size : 1) == size_class(new_size)) {
        return p; // same class: nothing moves
    }
    if (new_pooled) {
        q = pool_get(vm, size_class(new_size));
        if (q && p) {
            memcpy(q, p, old_size < new_size ? old_size : new_size);
        }
    } else if (old_pooled) {
        q = vm->alloc_fn(vm->alloc_ud, NULL, 0, new_size);
        if (q) {
            memcpy(q, p, old_size < new_size ? old_size : new_size);
        }
    } else {
        q = vm->alloc_fn(vm->alloc_ud, p, p ? old_size : 0, new_size);
    }
    if (!q) {
        kr_raise_nomem(vm);
        return NULL;
    }
    if (p && q != p && (old_pooled || new_pooled)) {
        if (old_pooled) {
            pool_put(vm, p, size_class(old_size ? old_size : 1));
        } else {
            vm->alloc_fn(vm->alloc_ud, p, old_size, 0);
        }
    }
    vm->bytes = vm->bytes - olda + newa;
    if (vm->bytes > vm->peak_bytes) {
        vm->peak_bytes = vm->bytes;
    }
    if (vm->bytes > vm->gc_threshold) {
        // Buffers count too (a list growing to megabytes): collect at the next safepoint.
        vm->breaker |= BREAK_GC;
    }
    if (!p) {
        vm->nallocs++;
        // Allocation-heavy work can cost far more time per kr_tick unit than the units say
        // (page faults of big blocks, a slow host allocator, sanitizers). Every 512 allocations
        // look at the clock; past the deadline, make the next kr_tick check the limits.
        if ((vm->nallocs & 511) == 0 && vm->deadline > 0 && kr_now() > vm->deadline) {
            vm->tick_count += 4096;
        }
    } else if (new_size > olda + 65536 && vm->deadline > 0 && kr_now() > vm->deadline) {
        vm->tick_count += 4096; // a big buffer grew (and was copied)
    }
    return q;
}

void *kr_mem_alloc(KrVm *vm, size_t size) {
    // The common case inline: a pooled block with a free entry, no allocation-count limit or
    // injected fault, not the 512th allocation (kr_mem_realloc looks at the clock then).
    if (KR_POOL && size - 1 < POOL_MAX) {
        size_t cls = size_class(size);
        void *b = vm->pool_free[cls];
        size_t a = cls * POOL_GRAIN;
        size_t max = vm->cfg.limits.max_memory;
        if (b && (max == 0 || vm->bytes + a <= max) && vm->cfg.limits.max_allocations == 0 &&
            vm->fail_after <= 0 && ((vm->nallocs + 1) & 511) != 0) {
            vm->pool_free[cls] = *(void **)b;
            vm->nallocs++;
            vm->bytes += a;
            if (vm->bytes > vm->peak_bytes) {
                vm->peak_bytes = vm->bytes;
            }
            if (vm->bytes > vm->gc_threshold) {
                vm->breaker |= BREAK_GC;
            }
            return b;
        }
    }
    return kr_mem_realloc(vm, NULL, 0, size ? size : 1);
}

void kr_mem_free(KrVm *vm, void *p, size_t size) {
    if (!p) {
        return;
    }
    if (size == 0) {
        size = 1; // kr_mem_alloc rounds 0 up to 1
    }
    vm->bytes -= accounted(size);
    if (KR_POOL && size <= POOL_MAX) {
        pool_put(vm, p, size_class(size));
        return;
    }
    vm->alloc_fn(vm->alloc_ud, p, size, 0);
}

// For blocks obtained straight from the host allocator (error strings that must not fail).
void kr_mem_free_raw(KrVm *vm, void *p, size_t size);
void kr_mem_free_raw(KrVm *vm, void *p, size_t size) {
    if (p) {
        vm->alloc_fn(vm->alloc_ud, p, size, 0);
        vm->bytes -= size;
    }
}
