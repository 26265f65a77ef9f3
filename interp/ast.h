// SPDX-License-Identifier: MIT
// interp/ast.h: the abstract syntax tree, mirroring CPython 3.11's Python.asdl.
//
// Nodes, lists and strings live in an Arena (bump allocator over the VM's accounted
// allocator) that is freed in one piece after compilation. Identifiers and string constants
// are NUL-terminated UTF-8 in the arena. Lists are {n, items}. A NULL Expr* means "absent".
// Constants are kept in source form (ints as text) so the parser needs no VM objects.
#ifndef KR_AST_H
#define KR_AST_H

#include "common.h"
#include "object.h"

typedef struct Arena Arena;
typedef struct ArenaChunk ArenaChunk;
struct Arena {
    KrVm *vm;
    ArenaChunk *chunks; // newest first
    char *cur, *end;    // the bump region of the newest chunk
    ArenaChunk *first;  // the chunk allocated together with the arena (never freed on its own)
};
// New empty arena charging [vm]'s allocator; NULL on OOM.
Arena *kr_arena_new(KrVm *vm);
// Out of line part of kr_arena_alloc_raw: a new chunk. NULL on OOM or at the memory limit.
void *kr_arena_grow(Arena *a, size_t size);
// A block of [size] bytes (16-byte aligned), not zeroed: for blocks the caller fills at once.
static inline void *kr_arena_alloc_raw(Arena *a, size_t size) {
    size_t r = (size + 15) & ~(size_t)15;
    if (__builtin_expect(r - 1 < (size_t)(a->end - a->cur), 1)) { // 0 < r <= room
        void *p = a->cur;
        a->cur += r;
        return p;
    }
    return kr_arena_grow(a, size);
}
// Zeroed block of [size] bytes; NULL on OOM or when the VM's memory limit is hit.
static inline void *kr_arena_alloc(Arena *a, size_t size) {
    void *p = kr_arena_alloc_raw(a, size);
    if (p) {
        memset(p, 0, size);
    }
    return p;
}
char *kr_arena_strdup(Arena *a, const char *s, size_t len); // NUL-terminated copy
void kr_arena_free(Arena *a);
// A point in the arena's history: kr_arena_release gives back every block allocated after
// kr_arena_mark (the compiler releases a finished function's scratch this way). Blocks
// allocated before the mark stay valid; those after it must no longer be used.
typedef struct ArenaMark {
    void *chunk;
    char *cur, *end;
} ArenaMark;
ArenaMark kr_arena_mark(const Arena *a);
void kr_arena_release(Arena *a, ArenaMark m);
// Frees the arena kept on [vm] between compilations (kr_vm_free).
void kr_arena_release_cache(KrVm *vm);
KrVm *kr_arena_vm(Arena *a); // the VM the arena charges (for side buffers of the parser)

typedef struct Loc {
    int32_t line, col, end_line, end_col; // 1-based lines, 0-based UTF-8 byte columns
} Loc;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Comprehension Comprehension;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct ExceptHandler ExceptHandler;
typedef struct MatchCase MatchCase;
typedef struct Pattern Pattern;

#define AST_LIST(T, Name)                                                                          \
    typedef struct Name {                                                                          \
        int32_t n;                                                                                 \
        T **items;                                                                                 \
    } Name
AST_LIST(Expr, ExprList);
AST_LIST(Stmt, StmtList);
AST_LIST(Arg, ArgList);
AST_LIST(Keyword, KeywordList);
AST_LIST(Comprehension, CompList);
AST_LIST(Alias, AliasList);
AST_LIST(WithItem, WithItemList);
AST_LIST(ExceptHandler, HandlerList);
AST_LIST(MatchCase, MatchCaseList);
AST_LIST(Pattern, PatternList);
AST_LIST(char, NameList); // identifiers

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;
typedef enum { UNARY_INVERT, UNARY_NOT, UNARY_UADD, UNARY_USUB } UnaryOpKind;
// Compare operators: CmpOp values (CMP_LT..CMP_GE) then these.
typedef enum { CMPX_IS = 6, CMPX_IS_NOT, CMPX_IN, CMPX_NOT_IN } CmpOpExtra;

typedef enum {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,   // text: the literal as written minus underscores ("0x1F", "123"); base 0 rules
    CONST_FLOAT, // f
    CONST_IMAG,  // f is the imaginary part (complex is not supported by the compiler yet)
    CONST_STR,   // text/len: UTF-8 after escape processing (may contain NUL)
    CONST_BYTES, // text/len: raw bytes after escape processing
} ConstKind;

typedef enum {
    E_BoolOp,
    E_NamedExpr,
    E_BinOp,
    E_UnaryOp,
    E_Lambda,
    E_IfExp,
    E_Dict,
    E_Set,
    E_ListComp,
    E_SetComp,
    E_DictComp,
    E_GeneratorExp,
    E_Await,
    E_Yield,
    E_YieldFrom,
    E_Compare,
    E_Call,
    E_FormattedValue,
    E_JoinedStr,
    E_Constant,
    E_Attribute,
    E_Subscript,
    E_Starred,
    E_Name,
    E_List,
    E_Tuple,
    E_Slice,
} ExprKind;

typedef struct Arguments {
    ArgList posonlyargs;
    ArgList args;
    Arg *vararg; // NULL if absent
    ArgList kwonlyargs;
    ExprList kw_defaults; // same length as kwonlyargs; NULL item: no default
    Arg *kwarg;           // NULL if absent
    ExprList defaults;    // for the last len(defaults) of posonlyargs+args
} Arguments;

struct Expr {
    ExprKind kind;
    Loc loc;
    union {
        struct {
            BoolOpKind op;
            ExprList values;
        } boolop;
        struct {
            Expr *target; // a Name
            Expr *value;
        } namedexpr;
        struct {
            Expr *left;
            int op; // BinOp (without BINOP_INPLACE)
            Expr *right;
        } binop;
        struct {
            UnaryOpKind op;
            Expr *operand;
        } unaryop;
        struct {
            Arguments *args;
            Expr *body;
        } lambda;
        struct {
            Expr *test, *body, *orelse;
        } ifexp;
        struct {
            ExprList keys; // NULL key: `**value` unpacking
            ExprList values;
        } dict;
        struct {
            ExprList elts;
        } set;
        struct {
            Expr *elt;   // ListComp/SetComp/GeneratorExp element; DictComp key
            Expr *value; // DictComp value; NULL otherwise
            CompList generators;
        } comp;
        struct {
            Expr *value; // Await, Yield (may be NULL), YieldFrom
        } yield;
        struct {
            Expr *left;
            int32_t n;
            int *ops; // n entries: CmpOp or CmpOpExtra
            ExprList comparators;
        } compare;
        struct {
            Expr *func;
            ExprList args; // may contain Starred
            KeywordList keywords;
        } call;
        struct {
            Expr *value;
            int conversion;     // -1, 's', 'r', 'a'
            Expr *format_spec;  // JoinedStr or NULL
        } formatted;
        struct {
            ExprList values; // Constant(str) and FormattedValue
        } joinedstr;
        struct {
            ConstKind kind;
            const char *text; // CONST_INT/STR/BYTES
            size_t len;       // bytes in text (CONST_STR/BYTES)
            double f;         // CONST_FLOAT/IMAG
        } constant;
        struct {
            Expr *value;
            const char *attr;
            ExprCtx ctx;
        } attribute;
        struct {
            Expr *value;
            Expr *slice;
            ExprCtx ctx;
        } subscript;
        struct {
            Expr *value;
            ExprCtx ctx;
        } starred;
        struct {
            const char *id;
            ExprCtx ctx;
        } name;
        struct {
            ExprList elts;
            ExprCtx ctx;
        } seq; // List and Tuple
        struct {
            Expr *lower, *upper, *step;
        } slice;
    } u;
};

struct Arg {
    const char *arg;
    Expr *annotation; // NULL if absent
    Loc loc;
};

struct Keyword {
    const char *arg; // NULL: `**value`
    Expr *value;
    Loc loc;
};

struct Comprehension {
    Expr *target;
    Expr *iter;
    ExprList ifs;
    int is_async;
};

struct Alias {
    const char *name; // dotted name, or "*"
    const char *asname;
    Loc loc;
};

struct WithItem {
    Expr *context_expr;
    Expr *optional_vars; // NULL if absent
};

struct ExceptHandler {
    Expr *type;       // NULL: bare except
    const char *name; // NULL if no `as`
    StmtList body;
    Loc loc;
};

typedef enum {
    P_MatchValue,
    P_MatchSingleton,
    P_MatchSequence,
    P_MatchMapping,
    P_MatchClass,
    P_MatchStar,
    P_MatchAs,
    P_MatchOr,
} PatternKind;

struct Pattern {
    PatternKind kind;
    Loc loc;
    Expr *value;            // MatchValue; MatchSingleton (a Constant); MatchClass cls
    PatternList patterns;   // Sequence, Mapping values, Class positional, Or alternatives
    ExprList keys;          // Mapping keys
    NameList kwd_attrs;     // Class keyword names
    PatternList kwd_patterns;
    const char *name;       // MatchStar/MatchAs capture (NULL: wildcard); Mapping rest
    Pattern *pattern;       // MatchAs sub-pattern (NULL: bare capture)
};

struct MatchCase {
    Pattern *pattern;
    Expr *guard;
    StmtList body;
};

typedef enum {
    S_FunctionDef,
    S_ClassDef,
    S_Return,
    S_Delete,
    S_Assign,
    S_AugAssign,
    S_AnnAssign,
    S_For,
    S_While,
    S_If,
    S_With,
    S_Match,
    S_Raise,
    S_Try,
    S_Assert,
    S_Import,
    S_ImportFrom,
    S_Global,
    S_Nonlocal,
    S_Expr,
    S_Pass,
    S_Break,
    S_Continue,
} StmtKind;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
        struct {
            const char *name;
            Arguments *args;
            StmtList body;
            ExprList decorators;
            Expr *returns;
            int is_async;
        } funcdef;
        struct {
            const char *name;
            ExprList bases;
            KeywordList keywords;
            StmtList body;
            ExprList decorators;
        } classdef;
        struct {
            Expr *value; // Return (may be NULL), Expr
        } expr;
        struct {
            ExprList targets;
        } del;
        struct {
            ExprList targets; // a = b = value: targets [a, b]
            Expr *value;
        } assign;
        struct {
            Expr *target;
            int op; // BinOp
            Expr *value;
        } augassign;
        struct {
            Expr *target;
            Expr *annotation;
            Expr *value; // may be NULL
            int simple;
        } annassign;
        struct {
            Expr *target, *iter;
            StmtList body, orelse;
            int is_async;
        } forloop;
        struct {
            Expr *test;
            StmtList body, orelse;
        } whileloop; // also If
        struct {
            WithItemList items;
            StmtList body;
            int is_async;
        } with;
        struct {
            Expr *subject;
            MatchCaseList cases;
        } match;
        struct {
            Expr *exc, *cause; // both may be NULL
        } raise;
        struct {
            StmtList body;
            HandlerList handlers;
            StmtList orelse, finalbody;
            int is_star; // try/except*
        } tryst;
        struct {
            Expr *test, *msg;
        } assert_;
        struct {
            AliasList names;
        } import;
        struct {
            const char *module; // NULL for `from . import x`
            AliasList names;
            int level;
        } importfrom;
        struct {
            NameList names;
        } global; // Global and Nonlocal
    } u;
};

typedef struct Mod {
    StmtList body;
} Mod;

typedef struct ParseError {
    ExcId kind; // EXC_SyntaxError, EXC_IndentationError, EXC_TabError, EXC_MemoryError
    char msg[256];
    int32_t line, col, end_line, end_col; // 1-based line; 1-based column as CPython's offset
} ParseError;

// Parse [src] ([len] bytes) as a module (CPython's "exec" mode). Returns NULL and fills [err]
// on a syntax error or when the arena runs out of memory. Nesting is bounded by
// KR_MAX_PARSE_DEPTH ("too many nested parentheses" / SyntaxError), never by the C stack.
Mod *kr_parse(Arena *a, const char *src, size_t len, ParseError *err);

// Debug: print the tree in the style of CPython's ast.dump() to stdout (debug builds / tests).
void kr_ast_dump(const Mod *m);
// Same, with lineno/col_offset/end_lineno/end_col_offset like ast.dump(include_attributes=True).
void kr_ast_dump_ex(const Mod *m, bool attrs);

#endif
