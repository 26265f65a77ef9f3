// SPDX-License-Identifier: MIT
// interp/vm.h: frames and the eval loop.
//
// A Frame is a header followed by the code's local slots and its value stack, allocated from
// the VM's chunked data stack (no heap allocation per call) or, for generators, owned by the
// generator object. Frames link through `prev`; vm->frame is the innermost. The GC walks this
// chain: for each frame the locals and the stack up to `sp` are roots, so `sp` must be saved
// before anything that can reach a safepoint (calls, iteration, backward jumps).
#ifndef KR_VM_H
#define KR_VM_H

#include "object.h"
#include "state.h"

typedef enum {
#define OP(name, effect, kind) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

struct Frame {
    struct Frame *prev;
    Code *code;
    FuncObj *func; // NULL for module code
    Dict *globals;
    uint32_t *pc;  // next instruction
    Value *sp;     // saved stack top (one past the last live value)
    GenObj *gen;   // owning generator or NULL
    uint32_t nvalues; // locals + stack slots following the header
    uint8_t entry;    // the C eval loop returns when this frame returns
    uint8_t in_chunk; // allocated on the data stack (else owned by a generator)
    uint32_t fresh1;  // 1 + the local slot holding a uniquely owned string built by `+=` (0: none)
    Value localsplus[];
};

static inline Value *frame_stack_base(Frame *f) { return f->localsplus + f->code->nlocalsplus; }
static inline int32_t frame_lasti(Frame *f) { return (int32_t)(f->pc - f->code->insns) - 1; }

// Allocate a frame for [code] on the data stack; locals are VAL_UNDEF. NULL + MemoryError.
Frame *kr_frame_push(KrVm *vm, Code *code, FuncObj *func, Dict *globals);
// Release the innermost data-stack frame [f].
void kr_frame_pop(KrVm *vm, Frame *f);
// Bind call arguments into [f]'s argument slots per the code's signature (CPython's messages).
MUST_CHECK int kr_bind_args(KrVm *vm, FuncObj *fn, Frame *f, int argc, const Value *argv,
                            Value kwnames, const Value *kwvals, int nkw, Value kwdict);

// Run [f] (already pushed and linked as vm->frame) until it returns. Nested calls of this
// function are counted in vm->c_depth. Returns the frame's return value or VAL_EXC.
Value kr_eval(KrVm *vm, Frame *f);

// Call a Python function from C (nested eval). Runs Python code.
Value kr_call_function(KrVm *vm, FuncObj *fn, int argc, const Value *argv, Value kw);

// Generators (obj_gen.c): create a generator owning frame [f] (moved out of the data stack).
Value kr_gen_new(KrVm *vm, FuncObj *fn, Frame *f);
// Resume a generator with [sent] (or throw [exc] when IS_OBJ(exc)). Returns the yielded
// value with *done = false, or the return value with *done = true, or VAL_EXC. Runs Python code.
Value kr_gen_resume(KrVm *vm, GenObj *g, Value sent, Value exc, bool *done);

// Traceback support (exc.c): add the frame [f] at its current instruction to [exc]'s traceback.
int kr_tb_add(KrVm *vm, Value exc, Code *code, int32_t insn);
// Format [exc] as CPython prints an uncaught exception (with chained causes). Str value.
Value kr_exc_format(KrVm *vm, Value exc);
int32_t kr_code_line(Code *code, int32_t insn);

#endif
