// SPDX-License-Identifier: MIT
// fuzz/fuzz_exec.c: libFuzzer harness: run the input as a program under tight limits.
//
// Fails (abort) on any sanitizer report, on a leak (LeakSanitizer, and our own count of the
// bytes the VM still holds after kr_vm_free), on a wrong size passed to the allocator, and on a
// limit overshoot: the peak memory beyond max_memory (+ slack for error strings) or the wall
// time of kr_run beyond max_duration + 50 ms (more on a loaded machine: fuzz_time_overshoot).
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzHeap heap = {0, 0};
    KrConfig cfg;
    fuzz_config(&cfg, &heap);
    char *src = fuzz_copy(data, size);
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fuzz_fail("kr_vm_new failed under the default limits", 0, 0);
    }
    double t0 = fuzz_now(), c0 = fuzz_cpu_now();
    KrStatus st = kr_run(vm, src, size, "<fuzz>");
    double elapsed = fuzz_now() - t0, cpu = fuzz_cpu_now() - c0;
    if (st != KR_OK) {
        // Exercise the error accessors (they must be valid NUL-terminated strings).
        size_t n = strlen(kr_error_text(vm)) + strlen(kr_error_type(vm)) +
                   strlen(kr_error_message(vm));
        (void)n;
    }
    if (st == KR_INTERNAL) {
        fprintf(stderr, "fuzz harness: KR_INTERNAL: %s\n", kr_error_text(vm));
        abort();
    }
    size_t peak = 0;
    kr_vm_memory(vm, &peak);
    if (peak > FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(size)) {
        fuzz_fail("peak memory beyond max_memory + slack", peak,
                  FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(size));
    }
    if (fuzz_time_overshoot(elapsed, cpu, FUZZ_MAX_DURATION)) {
        fprintf(stderr, "fuzz harness: kr_run took %.3f s, %.3f s of CPU (limit %.3f s + %.3f s)\n",
                elapsed, cpu, FUZZ_MAX_DURATION, FUZZ_TIME_SLACK);
        abort();
    }
    kr_vm_free(vm);
    fuzz_check_freed(&heap);
    free(src);
    return 0;
}
