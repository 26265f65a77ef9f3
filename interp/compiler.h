// SPDX-License-Identifier: MIT
// interp/compiler.h: source text to Code objects (symtable.c + compiler.c).
#ifndef KR_COMPILER_H
#define KR_COMPILER_H

#include "ast.h"
#include "object.h"

// kr_compile_ex flags.
#define KR_COMPILE_LAST_EXPR 1 // a final top-level expression statement is returned, not popped

// Parse and compile [src] as a module. Returns a Code value, or VAL_EXC with SyntaxError
// (details in ExcObj.extra), IndentationError, MemoryError, RecursionError, or
// NotImplementedError naming an unsupported construct (e.g. "class definitions are not
// supported yet") pending. Module code ends with `LOAD_CONST None; RETURN_VALUE`.
Value kr_compile(KrVm *vm, const char *src, size_t len, const char *filename);
// As kr_compile with [flags] (KR_COMPILE_*). With KR_COMPILE_LAST_EXPR, when the last
// top-level statement is an expression statement the module code returns its value.
Value kr_compile_ex(KrVm *vm, const char *src, size_t len, const char *filename, int flags);

// Compile an already-parsed module (used by kr_compile). [src] is kept for tracebacks.
Value kr_compile_ast(KrVm *vm, Mod *mod, const char *src, size_t len, const char *filename);
Value kr_compile_ast_ex(KrVm *vm, Mod *mod, const char *src, size_t len, const char *filename,
                        int flags);

// Debug: disassemble [code] (and nested code objects) to stdout.
void kr_code_dump(KrVm *vm, Code *code);

#endif
