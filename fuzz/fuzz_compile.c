// SPDX-License-Identifier: MIT
// fuzz/fuzz_compile.c: libFuzzer harness: parse and compile the input, never run it.
//
// Fails on any sanitizer report, a leak, or a wrong size passed to the allocator.
#include "fuzz_common.h"

#include "compiler.h"
#include "state.h"

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
    vm->deadline = fuzz_now() + FUZZ_MAX_DURATION;
    Value code = kr_compile(vm, src, size, "<fuzz>");
    if (IS_EXC(code)) {
        kr_exc_take(vm);
    }
    kr_vm_free(vm);
    fuzz_check_freed(&heap);
    free(src);
    return 0;
}
