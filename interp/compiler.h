// SPDX-License-Identifier: MIT
// interp/compiler.h: source text to Code objects (symtable.c + compiler.c).
#ifndef KR_COMPILER_H
#define KR_COMPILER_H

#include "ast.h"
#include "object.h"

// Parse and compile [src] as a module. Returns a Code value, or VAL_EXC with SyntaxError
// (details in ExcObj.extra), IndentationError, MemoryError, or NotImplementedError naming an
// unsupported construct (e.g. "class definitions are not supported yet") pending.
Value kr_compile(KrVm *vm, const char *src, size_t len, const char *filename);

// Compile an already-parsed module (used by kr_compile). [src] is kept for tracebacks.
Value kr_compile_ast(KrVm *vm, Mod *mod, const char *src, size_t len, const char *filename);

// Debug: disassemble [code] (and nested code objects) to stdout.
void kr_code_dump(KrVm *vm, Code *code);

#endif
