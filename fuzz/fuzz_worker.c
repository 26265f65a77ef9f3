// SPDX-License-Identifier: MIT
// fuzz/fuzz_worker.c: libFuzzer harness over the worker protocol's line handler
// (kr_worker_handle): the input is a sequence of request lines fed to one worker.
//
// Fails (abort) on any sanitizer report or leak, on a wrong size passed to the VM allocator or
// bytes the VMs still hold after kr_worker_free, and on a response that is not exactly one line
// holding a JSON object with a "status" string. Runs are short: the worker's limits (the
// ceilings of every request) are the fuzz limits with a 0.2 s duration, so a request taking over
// 2 s (compilation included) is a finding too; at most 16 lines are handled per input.
#include "fuzz_common.h"

#include "cli_json.h"
#include "worker.h"

#define MAX_LINES 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_response(const char *r, size_t n) {
    if (n == 0 || r[n - 1] != '\n' || memchr(r, '\n', n - 1)) {
        fuzz_fail("response is not exactly one line", n, 0);
    }
    KrValue v;
    KrJsonArena *a;
    char err[160];
    if (kr_cli_json_parse(r, n - 1, &v, &a, err, sizeof err) < 0) {
        fprintf(stderr, "fuzz harness: response is not JSON (%s): %.*s\n", err, (int)n, r);
        abort();
    }
    const KrValue *st = kr_cli_json_get(&v, "status");
    if (v.type != KR_DICT || !st || st->type != KR_STR) {
        fprintf(stderr, "fuzz harness: response without a status: %.*s\n", (int)n, r);
        abort();
    }
    if (strcmp(st->as.str.ptr, "internal") == 0) {
        fprintf(stderr, "fuzz harness: internal error: %.*s\n", (int)n, r);
        abort();
    }
    kr_cli_json_arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzHeap heap = {0, 0};
    KrConfig cfg;
    fuzz_config(&cfg, &heap);
    cfg.limits.max_duration = 0.2;
    char *text = fuzz_copy(data, size);
    KrWorker *w = kr_worker_new(&cfg);
    if (!w) {
        fuzz_fail("kr_worker_new failed", 0, 0);
    }
    size_t pos = 0;
    for (int lines = 0; pos < size && lines < MAX_LINES; lines++) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t end = nl ? (size_t)(nl - text) : size;
        // Each line gets its own exact-size copy, so that reading past it is an ASan report.
        char *line = fuzz_copy((const uint8_t *)text + pos, end - pos);
        size_t rn;
        double c0 = fuzz_cpu_now();
        const char *r = kr_worker_handle(w, line, end - pos, &rn);
        // CPU time (a busy machine stretches wall time without anything being wrong).
        if (fuzz_cpu_now() - c0 > 2.0) {
            fuzz_fail("a request took more than 2 s of CPU (the duration ceiling is 0.2 s)", 0, 0);
        }
        check_response(r, rn);
        free(line);
        pos = end + 1;
    }
    kr_worker_free(w);
    fuzz_check_freed(&heap);
    free(text);
    return 0;
}
