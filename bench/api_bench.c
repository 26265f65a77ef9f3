// SPDX-License-Identifier: MIT
// bench/api_bench.c: the cost of the embedding API itself (called by scripts/bench).
//
//   build/bench/api_bench [ITERATIONS] [SNIPPET]
//
// (a) code to result on an existing VM: kr_program_compile + kr_start + kr_program_free of a
//     small snippet, averaged over ITERATIONS (default 20000) after a warm-up; a failing run
//     (e.g. MemoryError once garbage piles up) is reported as code_to_result_failed;
// (b) a fresh VM: kr_vm_new + kr_vm_free, averaged, and the bytes a new VM holds (kr_vm_memory).
// Prints "key value" lines: code_to_result_us, vm_new_free_us, vm_bytes, vm_peak_bytes (and
// code_to_result_failed TYPE after N runs).
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "krait.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int code_to_result(KrVm *vm, const char *src, size_t len) {
    KrProgram *p;
    if (kr_program_compile(vm, src, len, "<bench>", NULL, 0, NULL, 0, &p) != KR_OK) {
        return -1;
    }
    KrStatus st = kr_start(vm, p, NULL);
    kr_program_free(vm, p);
    return st == KR_OK ? 0 : -1;
}

int main(int argc, char **argv) {
    long iters = argc > 1 ? atol(argv[1]) : 20000;
    const char *src = argc > 2 ? argv[2] : "x = 20\ny = x + 1\ny * 2";
    size_t len = strlen(src);
    if (iters < 1) {
        iters = 1;
    }
    KrConfig cfg;
    kr_config_default(&cfg);
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fprintf(stderr, "api_bench: cannot create a VM\n");
        return 1;
    }
    for (long i = 0; i < iters / 10 + 1; i++) {
        if (code_to_result(vm, src, len) < 0) {
            fprintf(stderr, "api_bench: the snippet failed:\n%s", kr_error_text(vm));
            kr_vm_free(vm);
            return 1;
        }
    }
    long done = 0;
    double t0 = now();
    for (; done < iters; done++) {
        if (code_to_result(vm, src, len) < 0) {
            break;
        }
    }
    double per_run = (now() - t0) / (double)(done ? done : 1);
    if (done < iters) {
        const char *type = kr_error_type(vm);
        printf("code_to_result_failed %s after %ld runs\n", *type ? type : "error", done);
    }
    kr_vm_free(vm);
    printf("code_to_result_us %.3f\n", per_run * 1e6);

    long vm_iters = iters / 10 + 1;
    t0 = now();
    for (long i = 0; i < vm_iters; i++) {
        KrVm *v = kr_vm_new(&cfg);
        if (!v) {
            fprintf(stderr, "api_bench: cannot create a VM\n");
            return 1;
        }
        kr_vm_free(v);
    }
    double per_vm = (now() - t0) / (double)vm_iters;
    vm = kr_vm_new(&cfg);
    size_t peak = 0, held = vm ? kr_vm_memory(vm, &peak) : 0;
    kr_vm_free(vm);
    printf("vm_new_free_us %.3f\n", per_vm * 1e6);
    printf("vm_bytes %zu\n", held);
    printf("vm_peak_bytes %zu\n", peak);
    return 0;
}
