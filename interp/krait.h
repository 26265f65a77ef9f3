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
    KR_CALL = 4,     // the run is suspended at a host function call: see kr_pending_call
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

// One frame of the last error's traceback. Strings are owned by the VM (valid until the next
// call on it). Lines are 1-based; columns are 0-based UTF-8 byte offsets, -1 when unknown.
typedef struct KrFrame {
    const char *file;
    const char *function; // "<module>" for top-level code; "" for a SyntaxError
    const char *source;   // the source line, stripped ("" when unavailable)
    int line, col, end_line, end_col;
} KrFrame;

// After KR_ERROR: the traceback's frames, outermost first (the order CPython prints them); for
// a SyntaxError, one frame at the error position. Returns the count.
KR_API size_t kr_error_frames(KrVm *vm, const KrFrame **frames);

// After KR_ERROR: 1 if the error was an uncaught SystemExit (exit(), quit(), raise
// SystemExit), filling [*status] with the process exit status CPython would use and
// [*message] with the text it would print on stderr ("" for none); 0 otherwise.
KR_API int kr_error_exit(KrVm *vm, int *status, const char **message);

// ----- Values across the boundary -----
// Plain data only. A KrValue tree the host passes in is owned by the host (the VM copies it);
// one the VM hands out is owned by the VM and valid until the next call on that VM.
typedef enum KrType {
    KR_NONE,
    KR_BOOL,
    KR_INT,       // as.i
    KR_BIGINT,    // an int outside int64: as.str holds its decimal text ("-123...")
    KR_FLOAT,     // as.f
    KR_STR,       // as.str: UTF-8
    KR_BYTES,     // as.str: raw bytes
    KR_LIST,      // as.seq
    KR_TUPLE,     // as.seq
    KR_DICT,      // as.seq: 2*len items, key then value, in insertion order
    KR_SET,       // as.seq
    KR_FROZENSET, // as.seq
} KrType;

typedef struct KrValue {
    KrType type;
    union {
        int boolean;
        int64_t i;
        double f;
        struct {
            const char *ptr;
            size_t len;
        } str;
        struct {
            struct KrValue *items;
            size_t len;
        } seq;
    } as;
} KrValue;

// ----- Programs, inputs, host functions, suspension -----
typedef struct KrProgram KrProgram;

// A host function in callback mode: receives the positional [args] and the keyword arguments
// [kwargs] (a KR_DICT); stores the return value in [*ret] (host-owned; the VM copies it before
// the next call) and returns KR_OK, or calls kr_host_raise and returns KR_ERROR.
typedef KrStatus (*KrHostFn)(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                             const KrValue *kwargs, KrValue *ret);

// Compile [src] once. The script may read the global names [inputs] (values given to
// kr_start) and call the functions [host_fns]. NULL + KR_ERROR (a SyntaxError in
// kr_error_text) on failure. The result of a run is the value of the program's last expression
// statement (like a notebook cell), or None.
KR_API KrStatus kr_program_compile(KrVm *vm, const char *src, size_t len, const char *filename,
                           const char *const *inputs, size_t ninputs, const char *const *host_fns,
                           size_t nhost, KrProgram **out);
KR_API void kr_program_free(KrVm *vm, KrProgram *p);

// Register a callback for host function [name] (callback mode). Host functions without a
// callback suspend the run instead (iterative mode): kr_start/kr_resume return KR_CALL. (Programs come from kr_program_compile.)
KR_API KrStatus kr_register_host(KrVm *vm, const char *name, KrHostFn fn, void *ud);

// Run [p] with [inputs] (one per input name, in order; NULL if none). Returns KR_OK (see
// kr_result), KR_CALL (see kr_pending_call), KR_ERROR, KR_LIMIT or KR_INTERNAL.
KR_API KrStatus kr_start(KrVm *vm, KrProgram *p, const KrValue *inputs);
// The pending host call after KR_CALL: function name, positional args, keyword args (KR_DICT).
KR_API int kr_pending_call(KrVm *vm, const char **name, const KrValue **args, size_t *nargs,
                           const KrValue **kwargs);
// Continue a suspended run with the host function's return value, or with an exception of
// type [type] (a built-in exception name, e.g. "ValueError") and [message]. Any other [type]
// raises RuntimeError("TYPE: MESSAGE").
KR_API KrStatus kr_resume(KrVm *vm, const KrValue *ret);
KR_API KrStatus kr_resume_error(KrVm *vm, const char *type, const char *message);
// From inside a callback: make the call raise [type]([message]) in the script.
KR_API void kr_host_raise(KrVm *vm, const char *type, const char *message);
// The result after KR_OK (VM-owned).
KR_API const KrValue *kr_result(KrVm *vm);

// A REPL-style session: successive snippets share their globals; the result is the value of a
// snippet's last expression statement. Host functions registered on the VM are callable.
KR_API KrStatus kr_session_run(KrVm *vm, const char *src, size_t len);

// ----- Snapshots -----
// A run suspended at a host call (after KR_CALL) serializes to bytes that load into a fresh VM,
// in this or another process, which is then suspended at the same call: kr_pending_call and
// kr_resume work as before (host callbacks must be registered again on the new VM). Loading
// the same bytes twice forks the run. The bytes are versioned and tied to the krait build and
// the hash seed (KrConfig.hash_seed must match); the run's limits and the time and steps it
// already used travel with it (the loading VM's own limits still apply where tighter).
// Loading validates everything: bad bytes give KR_ERROR with kr_error_type "ValueError".

// Serialize the suspended run. On KR_OK, [*bytes] ([*len] bytes) belongs to the caller, who
// frees it with kr_snapshot_free on the same VM. KR_ERROR (ValueError) when no run is
// suspended or the run holds an object snapshots do not support yet; the run stays suspended.
KR_API KrStatus kr_snapshot(KrVm *vm, unsigned char **bytes, size_t *len);
KR_API void kr_snapshot_free(KrVm *vm, unsigned char *bytes, size_t len);
// Load a snapshot into [vm] (which has no run in progress). Returns KR_CALL (suspended at the
// snapshot's host call) or KR_ERROR.
// Host callbacks (kr_register_host) are process-local function pointers and are NOT in the
// snapshot: register them again on the restored VM (before or after kr_restore, before
// kr_resume). A host function whose callback was not registered again behaves as an iterative
// one: calling it suspends the run with KR_CALL (kr_pending_call names it) and the host answers
// with kr_resume. Objects of stdlib types (itertools iterators, functools.partial, ...) travel
// in the snapshot; the modules they come from are imported again on load.
KR_API KrStatus kr_restore(KrVm *vm, const unsigned char *bytes, size_t len);
// A compiled program as bytes (free with kr_snapshot_free), and back (KR_OK, or KR_ERROR with
// a ValueError for bad bytes); for caching compilation.
KR_API KrStatus kr_program_save(KrVm *vm, KrProgram *p, unsigned char **bytes, size_t *len);
KR_API KrStatus kr_program_load(KrVm *vm, const unsigned char *bytes, size_t len,
                                KrProgram **out);

// Bytes currently held and the peak, as counted by the VM's allocator.
KR_API size_t kr_vm_memory(KrVm *vm, size_t *peak);

#ifdef __cplusplus
}
#endif
#endif
