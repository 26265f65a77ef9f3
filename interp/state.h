// SPDX-License-Identifier: MIT
// interp/state.h: the KrVm struct (all per-sandbox state), limits, and VM-wide helpers.
#ifndef KR_STATE_H
#define KR_STATE_H

#include "krait.h"
#include "object.h"

typedef enum {
#define NAME(n) NAME_##n,
#include "names.def"
#undef NAME
    NAME_COUNT
} NameId;

// The breaker word: any non-zero bit makes the VM leave the fast path at the next safepoint.
#define BREAK_GC 1u
#define BREAK_LIMIT 2u

// One entry of the interning memo: a name of up to 16 bytes (zero padded) and its string.
typedef struct InternMemo {
    uint64_t w0, w1;
    Str *str;
} InternMemo;

typedef struct DataChunk {
    struct DataChunk *prev;
    size_t size; // in Values
    size_t top;  // first free Value
    Value data[];
} DataChunk;

struct KrVm {
    // ----- memory (mem.c) -----
    KrAllocFn alloc_fn;
    void *alloc_ud;
    size_t bytes;       // bytes held
    size_t peak_bytes;
    uint64_t nallocs;   // allocations made (count limit)
    int64_t fail_after; // fault injection: fail the n-th next allocation (0: off)
    int mem_exempt;     // >0: allocations ignore the VM's limits (kr_class_of's lazy classes)
    void *pool_free[33]; // small-block free lists by 16-byte size class (mem.c)
    void *pool_slabs;    // slabs the small blocks are carved from
    uint16_t pool_nslabs[33]; // slabs carved per class (small first slabs keep a new VM small)
    // ----- GC (gc.c) -----
    Obj *objects;
    Obj *perm_objects; // created by kr_vm_new: never swept, never traced (marked == 2)
    size_t gc_threshold;
    Value *roots; // temp-root stack
    size_t nroots, roots_cap;
    int pinning; // >0 while a native runs: new objects are pushed on the temp-root stack
    bool gc_running;
    bool gc_dirty; // a collection stopped at the deadline left mark bits set (gc.c clears them)
    size_t live_objects;  // non-permanent objects alive after the last collection
    size_t stress_skip;   // gcstress: safepoints to skip before the next collection
    Obj **gray; // mark stack
    size_t ngray, gray_cap;
    bool gray_overflow; // the mark stack could not grow: rescan marked objects
    // ----- execution -----
    uint32_t breaker;
    struct Frame *frame; // innermost running frame
    DataChunk *chunk;    // frame data stack
    DataChunk *spare_chunk; // an emptied chunk kept to avoid thrashing at a boundary
    struct Arena *arena_spare; // the parser arena kept between compilations (ast.c)
    Value exc;           // pending exception (ExcObj) or VAL_UNDEF
    Value exc_info;      // exception being handled (sys.exc_info()[1]) or VAL_NONE
    int py_depth;        // Python frames
    int c_depth;         // native nesting (parser, repr, compare, kr_call ...)
    uint64_t steps;
    bool gen_returned;
    Value fresh_gname; // global holding a uniquely owned string built by `+=` (or undefined)
    Obj *fresh_gobj; // set when a generator entry frame returned (vs yielded)
    uint64_t tick_count;   // work units since last clock poll
    double deadline;       // monotonic seconds, 0: none
    bool aborted;          // a limit stopped the run: unwind without handlers
    const char *abort_why; // which limit
    bool poisoned;
    const char *poison_why;
    // ----- objects every VM has -----
    TypeObj *classes[TY_COUNT];
    TypeObj *exc_classes[EXC_COUNT];
    Value names[NAME_COUNT];
    Dict *interned;
    // Direct-mapped memo of short interned names (intern.c): a hit skips SipHash and the probe.
    // Interned strings live as long as the VM, so the entries never dangle.
    InternMemo intern_memo[64];
    Dict *builtins;
    Dict *modules; // imported modules by name
    Value notimpl, ellipsis;
    Value empty_str, empty_tuple;
    Value memerr; // preallocated MemoryError instance
    Value kwnames; // KW_NAMES operand for the next CALL, or VAL_UNDEF
    // ----- host -----
    KrConfig cfg;
    uint64_t hash_k0, hash_k1;
    size_t output_bytes;
    void *host_data;
    // ----- API state (api.c) -----
    Value result;     // value of the last run
    Value last_error; // exception of the last failed run, or VAL_NONE
    char *error_text; // formatted traceback (owned, error_text_size bytes)
    size_t error_text_size;
    char *error_type, *error_msg;
    size_t error_type_size, error_msg_size;
    int exit_status; // -1, or the status of an uncaught SystemExit
    void *error_frames; // KrFrame array + strings (one raw block), error_frames_size bytes
    size_t error_frames_size, nerror_frames;
    Value repr_busy; // List of containers whose repr is in progress (recursion guard)
    uint64_t nan_counter; // payload of the last float('nan'): each parse makes a distinct NaN
    // ----- host boundary (host.c) -----
    struct KrProgram *programs; // live compiled programs (their code is a GC root)
    Dict *hosts;                // name -> index into host_fns (callback mode)
    struct HostEntry *host_fns;
    size_t nhost_fns, host_fns_cap;
    bool suspended;       // a run is suspended at a host call
    Value pending_name;   // the pending call: Str, Tuple of args, Dict of kwargs
    Value pending_args, pending_kwargs;
    double time_left;     // seconds of max_duration left while suspended
    Value session_module; // kr_session_run's __main__ (or VAL_UNDEF)
    Value prelude;        // prelude.c's namespace (Dict) once compiled, or VAL_UNDEF
    Value last_filename;  // the filename Str of the last compilation (reused when it repeats)
    bool iterative_hosts; // the running program may suspend at host calls (prelude.c)
    Value host_error;     // exception set by kr_host_raise inside a callback
    struct ExportBlock *exports; // KrValue trees handed to the host (freed at the next call)
    struct KrValue *result_kv;
    struct KrValue *pending_kv; // args then kwargs of the pending call (exported)
    size_t pending_nargs;
};

#define VM_NAME(vm, n) ((vm)->names[NAME_##n])

// Monotonic clock in seconds (the only clock the core reads: for max_duration).
double kr_now(void);
// Write printed output through the host callback, charging the output limit. -1 if stopped.
int kr_vm_write(KrVm *vm, const char *s, size_t len);
// Set vm->aborted with [why]; returns VAL_EXC-compatible -1. Not catchable by the script.
int kr_vm_abort(KrVm *vm, const char *why);

#endif
