// SPDX-License-Identifier: MIT
// interp/krait.h: the public embedding API of krait, a sandboxed Python 3.11 interpreter.
// This is the only header a host includes.
#ifndef KRAIT_H
#define KRAIT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define KR_API __attribute__((visibility("default")))
#else
#define KR_API
#endif

typedef struct KrVm KrVm;

typedef enum KrStatus {
    KR_OK = 0,       // the run finished; a result is available
    KR_ERROR = 1,    // an uncaught Python exception (or SyntaxError at compile time)
    KR_LIMIT = 2,    // a limit stopped the run (time, steps, output, ...); not catchable
    KR_INTERNAL = 3, // the VM reached an impossible state and is poisoned; free it
} KrStatus;

// Run-time limits. 0 means "off" except where noted.
typedef struct KrLimits {
    size_t max_memory;        // bytes held by the VM's allocator (default 64 MiB)
    uint64_t max_allocations; // allocation count (default off)
    double max_duration;      // seconds of execution (default 5)
    uint64_t max_steps;       // instruction steps (default off)
    int max_recursion;        // Python frames (default 1000)
    int max_c_depth;          // native nesting (default 200)
    size_t max_output;        // bytes printed (default 1 MiB)
    int max_int_digits;       // int<->str digits (default 4300)
    size_t max_source;        // source bytes (default 1 MiB)
} KrLimits;

// realloc-style allocator: new_size 0 frees. Must return NULL on failure.
typedef void *(*KrAllocFn)(void *ud, void *p, size_t old_size, size_t new_size);
// Receives printed output.
typedef void (*KrWriteFn)(void *ud, const char *s, size_t len);

typedef struct KrConfig {
    KrLimits limits;
    uint64_t hash_seed; // string hashing key (fixed in tests, random in production)
    KrWriteFn write;    // print() output; NULL discards
    void *write_ud;
    KrAllocFn alloc; // NULL: the C library allocator
    void *alloc_ud;
} KrConfig;

// Fill [cfg] with the safe defaults.
KR_API void kr_config_default(KrConfig *cfg);

// Create a VM; NULL if the allocator fails. [cfg] is copied (NULL: defaults).
KR_API KrVm *kr_vm_new(const KrConfig *cfg);
// Free the VM and everything it owns.
KR_API void kr_vm_free(KrVm *vm);

// Compile and run [src] ([len] bytes of UTF-8) as the __main__ module named [filename].
KR_API KrStatus kr_run(KrVm *vm, const char *src, size_t len, const char *filename);

// After KR_ERROR/KR_LIMIT/KR_INTERNAL: the error, formatted as CPython prints it
// ("Traceback (most recent call last):\n ... ValueError: bad\n"), NUL-terminated, owned by
// the VM and valid until the next call on it.
KR_API const char *kr_error_text(KrVm *vm);
// The exception type name ("ValueError") and message of the last error.
KR_API const char *kr_error_type(KrVm *vm);
KR_API const char *kr_error_message(KrVm *vm);

// After KR_ERROR: 1 if the error was an uncaught SystemExit (exit(), quit(), raise
// SystemExit), filling [*status] with the process exit status CPython would use and
// [*message] with the text it would print on stderr ("" for none); 0 otherwise.
KR_API int kr_error_exit(KrVm *vm, int *status, const char **message);

// Bytes currently held and the peak, as counted by the VM's allocator.
KR_API size_t kr_vm_memory(KrVm *vm, size_t *peak);

#ifdef __cplusplus
}
#endif
#endif
