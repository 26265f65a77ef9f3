// SPDX-License-Identifier: MIT
// interp/symtable.h: scope analysis (CPython 3.11's symtable.c) shared by symtable.c and
// compiler.c. Everything here lives in the compilation's AST arena.
#ifndef KR_SYMTABLE_H
#define KR_SYMTABLE_H

#include "ast.h"
#include "object.h"

// The instruction set for the compiler's own files (vm.c has its own copy of this enum):
// OP_<NAME> = 0, 1, ... An instruction is a uint32: op = w & 0xff, arg = w >> 8.
typedef enum {
#define OP(name, effect, kind) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

typedef enum {
    SCOPE_MODULE,
    SCOPE_FUNCTION, // def
    SCOPE_LAMBDA,
    SCOPE_COMP, // list/set/dict comprehension or generator expression (a function in 3.11)
} ScopeKind;

typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP } CompKind;

// Definition flags (CPython's DEF_*).
#define DEF_GLOBAL 1      // `global x` (or walrus in a module-level comprehension)
#define DEF_LOCAL 2       // assigned in this scope
#define DEF_PARAM 4       // a parameter
#define DEF_NONLOCAL 8    // `nonlocal x` (or walrus target seen from a comprehension)
#define DEF_USE 16        // read
#define DEF_IMPORT 32     // bound by import
#define DEF_ANNOT 64      // annotated simple name
#define DEF_COMP_ITER 128 // comprehension iteration variable
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

// Resolved scope of a symbol.
typedef enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL } SymScope;

typedef struct Symbol {
    const char *name;
    uint32_t hash;
    int flags;  // DEF_*
    int scope;  // SymScope (after analysis)
    bool has_dir;
    Loc dirloc; // location of the first global/nonlocal directive
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    CompKind comp;
    const char *name; // "<module>", function name, "<lambda>", "<listcomp>", ...
    const void *node; // owning AST node (Stmt* or Expr*); NULL for the module
    Loc loc;
    struct Scope *parent;
    Symbol *syms; // insertion order (like CPython's dict)
    int32_t nsyms, capsyms;
    int32_t *index; // open-addressing table of sym indices (-1 empty); size capindex
    int32_t capindex;
    const char **params; // parameter names in slot order
    int32_t nparams, capparams;
    bool generator, nested, varargs, varkeywords;
    int comp_iter_expr;    // >0 while visiting a comprehension's iterable
    bool comp_iter_target; // visiting a comprehension target
    struct Scope *next_all; // all scopes, for the node map
} Scope;

typedef struct CompileSrc {
    const char *filename;
    const char *src;
    size_t len;
} CompileSrc;

typedef struct SymTable {
    KrVm *vm;
    Arena *arena;
    const CompileSrc *cs;
    Scope *top, *cur, *last_all;
    Scope **map; // open-addressing: node pointer -> scope
    int32_t mapcap, mapn;
    bool future_annotations;
} SymTable;

// Build the symbol tables for [mod]. Returns 0, or -1 with SyntaxError / NotImplementedError /
// RecursionError / MemoryError pending.
MUST_CHECK int kr_symtable_build(SymTable *st, KrVm *vm, Arena *a, const CompileSrc *cs, Mod *mod);
// The scope created for [node] (FunctionDef stmt, Lambda or comprehension expr); NULL if none.
Scope *kr_symtable_scope(SymTable *st, const void *node);
// The symbol [name] in [s], or NULL.
Symbol *kr_symtable_find(Scope *s, const char *name);

// Raise [kind] (SyntaxError family) with message [fmt] (at most one %s, replaced by [arg]) at
// [loc], CPython's shape: args = (msg, (filename, lineno, offset, text, end_lineno,
// end_offset)) and the same 6-tuple in ExcObj.extra. [loc] columns are 0-based bytes.
// Returns -1. Never fails to set an exception.
int kr_compile_error(KrVm *vm, const CompileSrc *cs, ExcId kind, Loc loc, const char *fmt,
                     const char *arg);
// As kr_compile_error with 1-based offsets already in CPython units (parser errors).
int kr_compile_error_at(KrVm *vm, const CompileSrc *cs, ExcId kind, const char *msg, int line,
                        int offset, int end_line, int end_offset);

#endif
