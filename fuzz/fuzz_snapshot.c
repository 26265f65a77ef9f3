// SPDX-License-Identifier: MIT
// fuzz/fuzz_snapshot.c: libFuzzer harness for snapshots (kr_snapshot / kr_restore /
// kr_program_save / kr_program_load).
//
// Two modes, chosen by the input:
// - bytes starting with "KRSNAP": hostile snapshot bytes. They are loaded as a run snapshot and
//   as a compiled program into fresh VMs under tight limits; whatever loads is driven to its end.
// - anything else: Python source (the conformance cases seed the corpus). It is compiled with
//   `print` declared as a host function, so every print() suspends the run. At each suspension
//   the run is snapshotted, the VM freed, and the run restored into a fresh VM and resumed
//   (round trips of real program states); a copy of the bytes with a few deterministic
//   mutations (derived from the input) is also loaded and driven. The compiled program also
//   goes through kr_program_save/load.
// With FUZZ_SNAPSHOT_DUMP=DIR in the environment, every snapshot and saved program the source
// mode makes is also written to DIR (named by a hash of its bytes): scripts/fuzz replays Python
// programs through the harness this way to seed the corpus with real snapshot bytes.
// Fails (abort) on any sanitizer report, on a leak (our count of the bytes the VMs still hold
// after kr_vm_free), on a wrong size passed to the allocator, on KR_INTERNAL, on a memory peak
// beyond max_memory + slack, and on a status other than the documented ones.
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_HOPS 24
#define MAX_RESUMES 64

static KrVm *fresh_vm(FuzzHeap *heap) {
    KrConfig cfg;
    fuzz_config(&cfg, heap);
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fuzz_fail("kr_vm_new failed under the default limits", 0, 0);
    }
    return vm;
}

static void check_vm(KrVm *vm, KrStatus st, size_t input) {
    if (st == KR_INTERNAL) {
        fprintf(stderr, "fuzz harness: KR_INTERNAL: %s\n", kr_error_text(vm));
        abort();
    }
    if (st != KR_OK && st != KR_ERROR && st != KR_LIMIT && st != KR_CALL) {
        fuzz_fail("unexpected status", (size_t)st, 0);
    }
    if (st == KR_ERROR || st == KR_LIMIT) {
        size_t n =
            strlen(kr_error_text(vm)) + strlen(kr_error_type(vm)) + strlen(kr_error_message(vm));
        (void)n;
    }
    size_t peak = 0;
    kr_vm_memory(vm, &peak);
    if (peak > FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(input)) {
        fuzz_fail("peak memory beyond max_memory + slack", peak,
                  FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(input));
    }
}

// Resumes a suspended run until it ends (answers: None, then small ints).
static KrStatus drive(KrVm *vm, KrStatus st, size_t input) {
    for (int i = 0; st == KR_CALL && i < MAX_RESUMES; i++) {
        const char *name;
        const KrValue *args, *kwargs;
        size_t nargs;
        if (!kr_pending_call(vm, &name, &args, &nargs, &kwargs)) {
            fuzz_fail("KR_CALL without a pending call", 0, 0);
        }
        KrValue v;
        memset(&v, 0, sizeof v);
        v.type = i % 2 ? KR_INT : KR_NONE;
        v.as.i = i;
        st = i % 7 == 6 ? kr_resume_error(vm, "ValueError", "fuzz") : kr_resume(vm, &v);
        check_vm(vm, st, input);
    }
    return st;
}

// Loads [p, p+n) as a run snapshot and as a program into fresh VMs; drives what loads.
static void load_bytes(FuzzHeap *heap, const uint8_t *p, size_t n, size_t input) {
    unsigned char *copy = (unsigned char *)fuzz_copy(p, n); // no slack: overreads are reports
    KrVm *vm = fresh_vm(heap);
    KrStatus st = kr_restore(vm, copy, n);
    check_vm(vm, st, input);
    if (st == KR_ERROR && strcmp(kr_error_type(vm), "ValueError") != 0) {
        fprintf(stderr, "fuzz harness: kr_restore failed with %s: %s\n", kr_error_type(vm),
                kr_error_message(vm));
        abort();
    }
    drive(vm, st, input);
    kr_vm_free(vm);
    vm = fresh_vm(heap);
    KrProgram *prog = NULL;
    st = kr_program_load(vm, copy, n, &prog);
    check_vm(vm, st, input);
    if (st == KR_OK) {
        st = kr_start(vm, prog, NULL);
        check_vm(vm, st, input);
        drive(vm, st, input);
    }
    kr_vm_free(vm);
    free(copy);
}

static uint64_t hash_input(const uint8_t *data, size_t size) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; i++) {
        h = (h ^ data[i]) * 0x100000001b3ULL;
    }
    return h | 1;
}

// Writes [p, p+n) to $FUZZ_SNAPSHOT_DUMP/snap-<hash> when that variable is set.
static void dump(const unsigned char *p, size_t n) {
    static int init;
    static const char *dir;
    if (!init) {
        dir = getenv("FUZZ_SNAPSHOT_DUMP");
        init = 1;
    }
    if (!dir || !*dir) {
        return;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/snap-%016llx", dir, (unsigned long long)hash_input(p, n));
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(p, 1, n, f);
        fclose(f);
    }
}

static uint64_t xorshift(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

// Copies the VM's snapshot bytes to a malloc'd buffer (NULL if the snapshot failed).
static unsigned char *snap(KrVm *vm, size_t *len) {
    unsigned char *bytes;
    if (kr_snapshot(vm, &bytes, len) != KR_OK) {
        return NULL;
    }
    unsigned char *copy = malloc(*len);
    if (!copy) {
        abort();
    }
    memcpy(copy, bytes, *len);
    kr_snapshot_free(vm, bytes, *len);
    dump(copy, *len);
    return copy;
}

static void run_source(FuzzHeap *heap, const uint8_t *data, size_t size) {
    char *src = fuzz_copy(data, size);
    uint64_t rng = hash_input(data, size);
    KrVm *vm = fresh_vm(heap);
    const char *hosts[] = {"print", "fetch"};
    KrProgram *p = NULL;
    KrStatus st = kr_program_compile(vm, src, size, "<fuzz>", NULL, 0, hosts, 2, &p);
    check_vm(vm, st, size);
    if (st != KR_OK) {
        kr_vm_free(vm);
        free(src);
        return;
    }
    // The compiled program round-trips through bytes.
    unsigned char *pb;
    size_t plen;
    if (kr_program_save(vm, p, &pb, &plen) == KR_OK) {
        unsigned char *copy = malloc(plen);
        if (!copy) {
            abort();
        }
        memcpy(copy, pb, plen);
        kr_snapshot_free(vm, pb, plen);
        dump(copy, plen);
        KrVm *v2 = fresh_vm(heap);
        KrProgram *q = NULL;
        KrStatus ls = kr_program_load(v2, copy, plen, &q);
        check_vm(v2, ls, size);
        if (ls != KR_OK) {
            fprintf(stderr, "fuzz harness: a saved program does not load: %s\n",
                    kr_error_message(v2));
            abort();
        }
        kr_vm_free(v2);
        free(copy);
    }
    st = kr_start(vm, p, NULL);
    check_vm(vm, st, size);
    for (int hop = 0; st == KR_CALL && hop < MAX_HOPS; hop++) {
        size_t len = 0;
        unsigned char *bytes = snap(vm, &len);
        if (!bytes) {
            break; // the run holds something snapshots do not support: fine
        }
        if (hop < 4) {
            // A mutated copy must load cleanly or fail with a ValueError.
            unsigned char *m = malloc(len);
            if (!m) {
                abort();
            }
            memcpy(m, bytes, len);
            int nmut = 1 + (int)(xorshift(&rng) % 4);
            for (int k = 0; k < nmut; k++) {
                uint64_t r = xorshift(&rng);
                m[r % len] ^= (unsigned char)(1u + (r >> 32) % 255);
            }
            load_bytes(heap, m, len, size);
            load_bytes(heap, bytes, (size_t)(xorshift(&rng) % len), size); // truncated
            free(m);
        }
        kr_vm_free(vm);
        vm = fresh_vm(heap);
        st = kr_restore(vm, bytes, len);
        check_vm(vm, st, size);
        free(bytes);
        if (st != KR_CALL) {
            // A snapshot that was just made must load (unless the memory limit is in the way).
            if (!strstr(kr_error_message(vm), "memory") && !strstr(kr_error_message(vm), "limit")) {
                fprintf(stderr, "fuzz harness: a fresh snapshot does not load: %s\n",
                        kr_error_message(vm));
                abort();
            }
            break;
        }
        KrValue none;
        memset(&none, 0, sizeof none);
        none.type = KR_NONE;
        st = kr_resume(vm, &none);
        check_vm(vm, st, size);
    }
    kr_vm_free(vm);
    free(src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzHeap heap = {0, 0};
    double t0 = fuzz_now(), c0 = fuzz_cpu_now();
    if (size >= 6 && memcmp(data, "KRSNAP", 6) == 0) {
        load_bytes(&heap, data, size, size);
    } else {
        run_source(&heap, data, size);
    }
    fuzz_check_freed(&heap);
    // Every run is bounded by its time limit (which travels with the snapshots); loading is
    // linear in the input. A generous bound catches a hang in the loader or verifier. A hang
    // burns CPU: CPU time, not wall time, so that a busy machine is not taken for one.
    if (fuzz_cpu_now() - c0 > 20.0) {
        fprintf(stderr, "fuzz harness: one input took %.1f s of CPU (%.1f s wall)\n",
                fuzz_cpu_now() - c0, fuzz_now() - t0);
        abort();
    }
    return 0;
}
