// SPDX-License-Identifier: MIT
// fuzz/fuzz_common.h: shared pieces of the fuzz harnesses: a checking allocator and the
// limits every harness runs with.
//
// The allocator keeps each block's size in a header so that it can verify the contract of
// KrAllocFn (the old size the VM passes on realloc/free is the size it asked for) and count the
// bytes still held after kr_vm_free: both must hold exactly, or the harness aborts. It is the
// harness that aborts, never the library.
#ifndef KR_FUZZ_COMMON_H
#define KR_FUZZ_COMMON_H

#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "krait.h"

#define FUZZ_MAX_MEMORY ((size_t)16 << 20)
#define FUZZ_MAX_DURATION 1.0
#define FUZZ_MAX_STEPS 2000000u
// The error strings the VM keeps after a run bypass the memory limit (api.c): allow for them
// (a traceback quotes at most a few source lines, each bounded by the input size).
#define FUZZ_MEMORY_SLACK(srclen) ((size_t)256 * 1024 + 4 * (size_t)(srclen))
#define FUZZ_TIME_SLACK 0.050

typedef struct FuzzHeap {
    size_t live_bytes;  // bytes the VM holds right now, by our count
    size_t live_blocks; // blocks the VM holds right now
} FuzzHeap;

#define FUZZ_HDR 16 // keeps the payload 16-byte aligned

static void fuzz_fail(const char *what, size_t a, size_t b) {
    fprintf(stderr, "fuzz harness: %s (%zu vs %zu)\n", what, a, b);
    abort();
}

static void *fuzz_alloc(void *ud, void *p, size_t old_size, size_t new_size) {
    FuzzHeap *h = ud;
    unsigned char *base = NULL;
    if (p) {
        base = (unsigned char *)p - FUZZ_HDR;
        size_t stored;
        memcpy(&stored, base, sizeof stored);
        if (stored != old_size) {
            fuzz_fail("allocator: old_size passed by the VM differs from the block size",
                      old_size, stored);
        }
    } else if (old_size != 0) {
        fuzz_fail("allocator: old_size given for a NULL pointer", old_size, 0);
    }
    if (new_size == 0) {
        if (p) {
            h->live_bytes -= old_size;
            h->live_blocks--;
            free(base);
        }
        return NULL;
    }
    if (new_size > ((size_t)1 << 40)) {
        return NULL;
    }
    unsigned char *nb = realloc(base, new_size + FUZZ_HDR);
    if (!nb) {
        return NULL;
    }
    memcpy(nb, &new_size, sizeof new_size);
    if (!p) {
        h->live_blocks++;
    }
    h->live_bytes = h->live_bytes - old_size + new_size;
    return nb + FUZZ_HDR;
}

static inline double fuzz_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// CPU time of the process, to tell a limit overshoot from a busy machine.
static inline double fuzz_cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Whether a run of [wall] seconds (of which [cpu] seconds on a CPU) overshot [limit]. The VM
// checks its deadline between bounded pieces of work; on a loaded machine (CI, a campaign next
// to builds) each piece takes longer in wall time, so the slack scales with wall / cpu.
static inline int fuzz_time_overshoot(double wall, double cpu, double limit) {
    double stretch = cpu > 0.001 && wall > cpu ? wall / cpu : 1.0;
    if (stretch > 8.0) {
        stretch = 8.0;
    }
    return wall > limit + FUZZ_TIME_SLACK * stretch;
}

static void fuzz_config(KrConfig *cfg, FuzzHeap *heap) {
    kr_config_default(cfg);
    cfg->limits.max_memory = FUZZ_MAX_MEMORY;
    cfg->limits.max_duration = FUZZ_MAX_DURATION;
    cfg->limits.max_steps = FUZZ_MAX_STEPS;
    cfg->hash_seed = 12345;
    cfg->write = NULL; // output discarded
    cfg->alloc = fuzz_alloc;
    cfg->alloc_ud = heap;
}

// A private copy without a terminating NUL, so that reading past [size] is an ASan report.
static char *fuzz_copy(const uint8_t *data, size_t size) {
    char *src = malloc(size ? size : 1);
    if (!src) {
        abort();
    }
    if (size) {
        memcpy(src, data, size);
    }
    return src;
}

// After kr_vm_free: nothing may remain.
static void fuzz_check_freed(const FuzzHeap *heap) {
    if (heap->live_bytes != 0 || heap->live_blocks != 0) {
        fuzz_fail("VM freed but bytes/blocks remain allocated", heap->live_bytes,
                  heap->live_blocks);
    }
}

#endif
