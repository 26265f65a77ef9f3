// SPDX-License-Identifier: MIT
// interp/compiler.c: AST -> Code objects (constant folding, exception tables, max stack depth).
//
// Mirrors CPython 3.11's Python/compile.c code shapes. Differences that the VM relies on:
// - Calls always have the NULL|method slot: `PUSH_NULL; <func>; <args>; CALL n` or
//   `<obj>; LOAD_METHOD; <args>; CALL n` (no PRECALL, no NULL bit in LOAD_GLOBAL).
// - Comprehensions: `PUSH_NULL; <closure>; <outermost iterable>; GET_ITER; CALL 1`.
// - Generators have no RETURN_GENERATOR/POP_TOP prologue (the VM creates the generator).
// - Module-level names use the *_GLOBAL opcodes (module namespace == globals).
//
// Each code unit is emitted as a flat list of instructions whose jump operands are label ids.
// Exception handling is lexical: a stack of active handlers at emission time gives every
// instruction its handler; a pseudo SETUP instruction marks where a handler was pushed so that
// the stack-depth flow analysis can record the handler's depth there. Assembly then resolves
// labels, computes the max stack depth, drops unreachable code, NOPs and pseudo ops, and
// compresses the per-instruction handlers into the exception table.
#include "bigint.h"
#include "compiler.h"

#include <stdio.h>
#include <stdlib.h>

#include "state.h"
#include "symtable.h"

#define STACK_USE_GUIDELINE 30
#define MAX_FBLOCKS 20 // CPython's CO_MAXBLOCKS
#define OPX_SETUP 250  // pseudo instruction: arg = handler index

enum { FIX_NONE, FIX_LABEL, FIX_CELLFREE };

typedef struct Ins {
    uint8_t op;
    uint8_t fix;
    int32_t arg;
    int32_t handler; // -1: none
    LineInfo loc;
} Ins;

typedef struct Handler {
    int32_t label;
    int8_t lasti; // push the raising instruction index
    int8_t adj;   // depth adjustment relative to the depth at SETUP (-1 for with)
    int32_t depth; // computed by the flow analysis; -1 unknown
} Handler;

typedef struct StrMap {
    const char **keys;
    int32_t *vals;
    int32_t cap, n;
} StrMap;

typedef enum {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_EXC_HANDLER,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_WITH,
} FBType;

typedef struct FBlock {
    FBType type;
    int32_t start, exit; // labels (loops)
    StmtList *finalbody;
    const char *name;
    int32_t hbase; // handler-stack height to restore when unwinding (-1: untouched)
    Stmt *stmt;
} FBlock;

typedef struct Unit {
    struct Unit *prev;
    Scope *ste;
    bool is_module;
    Ins *ins;
    int32_t nins, capins;
    int32_t *labels;
    int32_t nlabels, caplabels;
    Handler *handlers;
    int32_t nhandlers, caphandlers;
    int32_t *hstack;
    int32_t hn, hcap;
    Value *consts;
    uint32_t *chash;
    int32_t nconsts, capconsts, capchash;
    int32_t *cindex; // open addressing over consts
    int32_t cindexcap;
    StrMap names;      // name -> index in names (only past NAMES_LINEAR names)
    const char **namev; // by index
    int32_t nnames, capnamev;
    StrMap slots;      // local name -> slot (>= 0) or -(1 + cell/free number)
    const char **localv; // plain slots in order
    int32_t nlocals, caplocalv;
    const char **cellv; // non-parameter cells (sorted)
    int32_t ncells;
    const char **freev; // free variables (sorted)
    int32_t nfrees;
    int32_t ncellsall; // cells including parameter cells
    bool heap_arrays;  // some array outgrew SCRATCH_MAX (kr_mem blocks to free)
    int nfb;
    LineInfo loc;
    const char *name;
    Value qualname;
    int32_t argcount, posonly, kwonly, flags, firstlineno;
    ArenaMark mark; // the arena before this unit: its scratch goes back there
    FBlock fb[MAX_FBLOCKS]; // last: enter_unit zeroes the fields before it only
} Unit;

// First capacities of a unit's arrays, allocated with it in one block: a small function or
// snippet never grows them.
enum { UNIT_INS = 16, UNIT_CONSTS = 8, UNIT_NAMES = 8 };
typedef struct UnitBlock {
    Unit u;
    Ins ins[UNIT_INS];
    Value consts[UNIT_CONSTS];
    uint32_t chash[UNIT_CONSTS];
    const char *namev[UNIT_NAMES];
} UnitBlock;

typedef struct Compiler {
    KrVm *vm;
    SymTable st;
    CompileSrc cs;
    Unit *u;
    Value filename, source;
    int flags;
    bool future_annotations;
} Compiler;

// ----- errors -----
static int c_error(Compiler *c, const char *fmt, const char *arg) {
    Loc loc = {c->u->loc.line, c->u->loc.col, c->u->loc.end_line, c->u->loc.end_col};
    return kr_compile_error(c->vm, &c->cs, EXC_SyntaxError, loc, fmt, arg);
}

static int c_notsup(Compiler *c, const char *msg) {
    kr_raise(c->vm, EXC_NotImplementedError, "%s", msg);
    return -1;
}

static int c_nomem(Compiler *c) {
    if (IS_UNDEF(c->vm->exc)) {
        kr_raise_nomem(c->vm);
    }
    return -1;
}

// Scratch of the unit being compiled: blocks up to SCRATCH_MAX bytes come from the arena and
// go back all at once when the unit ends (kr_arena_release in leave_unit); bigger ones come from
// kr_mem so that a huge function's arrays grow by realloc without leaving copies behind. The
// size alone says where a block lives, so every free passes its exact size.
#define SCRATCH_MAX 4096

static void *scratch_alloc(Compiler *c, size_t bytes) {
    void *p;
    if (bytes <= SCRATCH_MAX) {
        p = kr_arena_alloc_raw(c->st.arena, bytes);
    } else {
        p = kr_mem_alloc(c->vm, bytes);
        if (c->u) {
            c->u->heap_arrays = true; // unit_free has blocks to give back
        }
    }
    if (p == NULL) {
        c_nomem(c);
    }
    return p;
}

static void scratch_free(Compiler *c, void *p, size_t bytes) {
    if (p && bytes > SCRATCH_MAX) {
        kr_mem_free(c->vm, p, bytes);
    }
}

static int grow_arr_slow(Compiler *c, void **p, int32_t *cap, int32_t need, size_t elem);

// Grow a scratch array to hold at least [need] elements.
static inline int grow_arr(Compiler *c, void **p, int32_t *cap, int32_t need, size_t elem) {
    return need <= *cap ? 0 : grow_arr_slow(c, p, cap, need, elem);
}

static int grow_arr_slow(Compiler *c, void **p, int32_t *cap, int32_t need, size_t elem) {
    if (need > (1 << 28)) {
        return c_error(c, "too many instructions", NULL); // far beyond the 24-bit operands
    }
    // The first block is 256 bytes: a small snippet's arrays never grow.
    int32_t ncap = *cap ? *cap : (int32_t)(256 / elem < 4 ? 4 : 256 / elem);
    while (ncap < need) {
        ncap *= 2;
    }
    size_t oldb = (size_t)*cap * elem, newb = (size_t)ncap * elem;
    void *np;
    if (oldb > SCRATCH_MAX) {
        np = kr_mem_realloc(c->vm, *p, oldb, newb);
        if (np == NULL) {
            return c_nomem(c);
        }
    } else {
        np = scratch_alloc(c, newb);
        if (np == NULL) {
            return -1;
        }
        if (oldb) {
            memcpy(np, *p, oldb);
        }
    }
    *p = np;
    *cap = ncap;
    return 0;
}

static void free_arr(Compiler *c, void *p, int32_t cap, size_t elem) {
    scratch_free(c, p, (size_t)cap * elem);
}

// ----- string map -----
static uint32_t str_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

static bool sm_get(StrMap *m, const char *k, int32_t *out) {
    if (m->cap == 0) {
        return false;
    }
    uint32_t mask = (uint32_t)m->cap - 1;
    for (uint32_t i = str_hash(k) & mask; m->keys[i]; i = (i + 1) & mask) {
        if (strcmp(m->keys[i], k) == 0) {
            *out = m->vals[i];
            return true;
        }
    }
    return false;
}

static int sm_put(Compiler *c, StrMap *m, const char *k, int32_t v) {
    if ((m->n + 1) * 2 > m->cap) {
        int32_t ncap = m->cap ? m->cap * 2 : 16;
        const char **nk = scratch_alloc(c, (size_t)ncap * sizeof(char *));
        int32_t *nv = nk ? scratch_alloc(c, (size_t)ncap * sizeof(int32_t)) : NULL;
        if (nv == NULL) {
            scratch_free(c, nk, (size_t)ncap * sizeof(char *));
            return -1;
        }
        memset(nk, 0, (size_t)ncap * sizeof(char *));
        for (int32_t i = 0; i < m->cap; i++) {
            if (m->keys[i]) {
                uint32_t j = str_hash(m->keys[i]) & (uint32_t)(ncap - 1);
                while (nk[j]) {
                    j = (j + 1) & (uint32_t)(ncap - 1);
                }
                nk[j] = m->keys[i];
                nv[j] = m->vals[i];
            }
        }
        free_arr(c, m->keys, m->cap, sizeof(char *));
        free_arr(c, m->vals, m->cap, sizeof(int32_t));
        m->keys = nk;
        m->vals = nv;
        m->cap = ncap;
    }
    uint32_t mask = (uint32_t)m->cap - 1;
    uint32_t i = str_hash(k) & mask;
    while (m->keys[i]) {
        if (strcmp(m->keys[i], k) == 0) {
            m->vals[i] = v;
            return 0;
        }
        i = (i + 1) & mask;
    }
    m->keys[i] = k;
    m->vals[i] = v;
    m->n++;
    return 0;
}

static void sm_free(Compiler *c, StrMap *m) {
    free_arr(c, m->keys, m->cap, sizeof(char *));
    free_arr(c, m->vals, m->cap, sizeof(int32_t));
    memset(m, 0, sizeof(*m));
}

// ----- emission -----
static int emit_full(Compiler *c, int op, int32_t arg, int fix) {
    Unit *u = c->u;
    if (grow_arr(c, (void **)&u->ins, &u->capins, u->nins + 1, sizeof(Ins)) < 0) {
        return -1;
    }
    Ins *i = &u->ins[u->nins++];
    i->op = (uint8_t)op;
    i->fix = (uint8_t)fix;
    i->arg = arg;
    i->handler = u->hn ? u->hstack[u->hn - 1] : -1;
    i->loc = u->loc;
    return 0;
}

static int emit(Compiler *c, int op, int32_t arg) { return emit_full(c, op, arg, FIX_NONE); }
static int emit0(Compiler *c, int op) { return emit_full(c, op, 0, FIX_NONE); }
static int emit_jump(Compiler *c, int op, int32_t label) { return emit_full(c, op, label, FIX_LABEL); }

static int32_t new_label(Compiler *c) {
    Unit *u = c->u;
    if (grow_arr(c, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(int32_t)) < 0) {
        return -1;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void use_label(Compiler *c, int32_t l) { c->u->labels[l] = c->u->nins; }

// New handler for [label]; SETUP it (pseudo instruction + push on the handler stack).
static int setup_handler(Compiler *c, int32_t label, int lasti, int adj) {
    Unit *u = c->u;
    if (grow_arr(c, (void **)&u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof(Handler)) < 0 ||
        grow_arr(c, (void **)&u->hstack, &u->hcap, u->hn + 1, sizeof(int32_t)) < 0) {
        return -1;
    }
    int32_t h = u->nhandlers++;
    u->handlers[h] = (Handler){.label = label, .lasti = (int8_t)lasti, .adj = (int8_t)adj, .depth = -1};
    if (emit(c, OPX_SETUP, h) < 0) {
        return -1;
    }
    u->hstack[u->hn++] = h;
    return h;
}

static int push_handler(Compiler *c, int32_t h) {
    Unit *u = c->u;
    if (grow_arr(c, (void **)&u->hstack, &u->hcap, u->hn + 1, sizeof(int32_t)) < 0) {
        return -1;
    }
    u->hstack[u->hn++] = h;
    return 0;
}

// ----- constants -----
static uint32_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static uint32_t bytes_hash(const void *p, size_t n) {
    const uint8_t *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ s[i]) * 16777619u;
    }
    return h;
}

static uint32_t const_hash(Value v) {
    switch (v.tag) {
    case V_NONE:
        return 1;
    case V_BOOL:
        return 2 + (uint32_t)v.u.i;
    case V_INT:
        return mix((uint64_t)v.u.i) ^ 0x1111;
    case V_FLOAT: {
        uint64_t b;
        memcpy(&b, &v.u.f, sizeof b);
        return mix(b) ^ 0x2222;
    }
    default:
        break;
    }
    Obj *o = AS_OBJ(v);
    if (o->type == &kr_type_str) {
        return bytes_hash(((Str *)o)->data, (size_t)((Str *)o)->len);
    }
    if (o->type == &kr_type_bytes) {
        return bytes_hash(((Bytes *)o)->data, (size_t)((Bytes *)o)->len) ^ 0x3333;
    }
    if (o->type == &kr_type_int) {
        return mix((uint64_t)kr_int_hash(v)) ^ 0x4444;
    }
    if (o->type == &kr_type_tuple) {
        Tuple *t = (Tuple *)o;
        uint32_t h = 0x5555 + (uint32_t)t->len;
        for (int64_t i = 0; i < t->len; i++) {
            h = h * 1000003u ^ const_hash(t->items[i]);
        }
        return h;
    }
    return mix((uint64_t)(uintptr_t)o);
}

// Same type and same value: 0, 0.0, -0.0 and False stay distinct.
static bool const_eq(Value a, Value b) {
    if (a.tag != b.tag) {
        return false;
    }
    switch (a.tag) {
    case V_NONE:
        return true;
    case V_BOOL:
    case V_INT:
        return a.u.i == b.u.i;
    case V_FLOAT:
        return memcmp(&a.u.f, &b.u.f, sizeof(double)) == 0;
    default:
        break;
    }
    Obj *x = AS_OBJ(a), *y = AS_OBJ(b);
    if (x == y) {
        return true;
    }
    if (x->type != y->type) {
        return false;
    }
    if (x->type == &kr_type_str) {
        return kr_str_eq((Str *)x, (Str *)y);
    }
    if (x->type == &kr_type_bytes) {
        Bytes *p = (Bytes *)x, *q = (Bytes *)y;
        return p->len == q->len && memcmp(p->data, q->data, (size_t)p->len) == 0;
    }
    if (x->type == &kr_type_int) {
        return kr_int_cmp(a, b) == 0;
    }
    if (x->type == &kr_type_tuple) {
        Tuple *p = (Tuple *)x, *q = (Tuple *)y;
        if (p->len != q->len) {
            return false;
        }
        for (int64_t i = 0; i < p->len; i++) {
            if (!const_eq(p->items[i], q->items[i])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

#define CONSTS_LINEAR 8

static int32_t add_const(Compiler *c, Value v) {
    Unit *u = c->u;
    uint32_t h = const_hash(v);
    if (u->nconsts <= CONSTS_LINEAR) {
        // Few constants: a scan (the index is built once there are more).
        for (int32_t k = 0; k < u->nconsts; k++) {
            if (u->chash[k] == h && const_eq(u->consts[k], v)) {
                return k;
            }
        }
    } else {
        uint32_t mask = (uint32_t)u->cindexcap - 1;
        for (uint32_t i = h & mask; u->cindex[i] >= 0; i = (i + 1) & mask) {
            int32_t k = u->cindex[i];
            if (u->chash[k] == h && const_eq(u->consts[k], v)) {
                return k;
            }
        }
    }
    if (grow_arr(c, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof(Value)) < 0 ||
        grow_arr(c, (void **)&u->chash, &u->capchash, u->nconsts + 1, sizeof(uint32_t)) < 0) {
        return -1;
    }
    int32_t k = u->nconsts++;
    u->consts[k] = v;
    u->chash[k] = h;
    if (u->nconsts <= CONSTS_LINEAR) {
        return k;
    }
    if (u->nconsts * 2 > u->cindexcap) {
        int32_t ncap = u->cindexcap ? u->cindexcap * 2 : 16;
        int32_t *ni = scratch_alloc(c, (size_t)ncap * sizeof(int32_t));
        if (ni == NULL) {
            return -1;
        }
        memset(ni, 0xff, (size_t)ncap * sizeof(int32_t));
        for (int32_t j = 0; j < u->nconsts; j++) {
            uint32_t i = u->chash[j] & (uint32_t)(ncap - 1);
            while (ni[i] >= 0) {
                i = (i + 1) & (uint32_t)(ncap - 1);
            }
            ni[i] = j;
        }
        free_arr(c, u->cindex, u->cindexcap, sizeof(int32_t));
        u->cindex = ni;
        u->cindexcap = ncap;
    } else {
        uint32_t mask = (uint32_t)u->cindexcap - 1;
        uint32_t i = h & mask;
        while (u->cindex[i] >= 0) {
            i = (i + 1) & mask;
        }
        u->cindex[i] = k;
    }
    return k;
}

static int load_const(Compiler *c, Value v) {
    int32_t k = add_const(c, v);
    if (k < 0) {
        return -1;
    }
    return emit(c, OP_LOAD_CONST, k);
}

// A unit with up to NAMES_LINEAR names finds them by a scan of namev; the hash map is built
// when it grows past that.
#define NAMES_LINEAR 8

static int32_t add_name(Compiler *c, const char *name) {
    Unit *u = c->u;
    int32_t k = u->nnames;
    if (k <= NAMES_LINEAR) {
        for (int32_t i = 0; i < k; i++) {
            if (u->namev[i] == name || strcmp(u->namev[i], name) == 0) {
                return i;
            }
        }
    } else if (sm_get(&u->names, name, &k)) {
        return k;
    }
    k = u->nnames;
    if (grow_arr(c, (void **)&u->namev, &u->capnamev, k + 1, sizeof(char *)) < 0) {
        return -1;
    }
    u->namev[k] = name;
    u->nnames = k + 1;
    if (k + 1 > NAMES_LINEAR) {
        for (int32_t i = k + 1 == NAMES_LINEAR + 1 ? 0 : k; i <= k; i++) {
            if (sm_put(c, &u->names, u->namev[i], i) < 0) {
                return -1;
            }
        }
    }
    return k;
}

static int emit_name(Compiler *c, int op, const char *name) {
    int32_t k = add_name(c, name);
    if (k < 0) {
        return -1;
    }
    return emit(c, op, k);
}

static bool all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return false;
        }
    }
    return true;
}

// The value of a Constant node. VAL_EXC on error.
static Value constant_value(Compiler *c, Expr *e) {
    KrVm *vm = c->vm;
    switch (e->u.constant.kind) {
    case CONST_NONE:
        return VAL_NONE;
    case CONST_TRUE:
        return VAL_TRUE;
    case CONST_FALSE:
        return VAL_FALSE;
    case CONST_ELLIPSIS:
        return vm->ellipsis;
    case CONST_INT: {
        const char *t = e->u.constant.text;
        // Fast path: a short plain decimal literal (no underscores, no prefix, no leading zero).
        int64_t small = 0;
        size_t k = 0;
        while (k < 18 && t[k] >= '0' && t[k] <= '9') {
            small = small * 10 + (t[k] - '0');
            k++;
        }
        if (t[k] == 0 && k > 0 && (t[0] != '0' || k == 1)) {
            return kr_int(small);
        }
        Value v = kr_int_from_str(vm, t, strlen(t), 0);
        if (IS_EXC(v) && kr_exc_pending_is(vm, EXC_ValueError)) {
            // CPython reports over-long decimal literals as a SyntaxError.
            Value exc = kr_exc_take(vm);
            Value args = AS_EXC(exc)->args;
            const char *msg = "invalid integer literal";
            if (IS_TUPLE(args) && AS_TUPLE(args)->len > 0 && IS_STR(AS_TUPLE(args)->items[0])) {
                msg = AS_STR(AS_TUPLE(args)->items[0])->data;
            }
            Loc loc = e->loc;
            kr_compile_error(vm, &c->cs, EXC_SyntaxError, loc,
                             "%s - Consider hexadecimal for huge integer literals to avoid "
                             "decimal conversion limits.",
                             msg);
            return VAL_EXC;
        }
        return v;
    }
    case CONST_FLOAT:
        return kr_float(e->u.constant.f);
    case CONST_IMAG:
        return kr_complex_new(vm, 0.0, e->u.constant.f);
    case CONST_STR: {
        const char *t = e->u.constant.text;
        size_t n = e->u.constant.len;
        if (n <= 64 && all_name_chars(t, n)) {
            return kr_str_intern(vm, t, n);
        }
        return kr_str_new(vm, t, n);
    }
    case CONST_BYTES:
        return kr_bytes_new(vm, (const uint8_t *)e->u.constant.text, e->u.constant.len);
    }
    return VAL_NONE;
}

// ----- constant folding -----
static bool is_num(Value v) { return IS_INT(v) || IS_FLOAT(v) || IS_BIGINT(v); }

// Bits of an int constant (0 for 0), as CPython's _PyLong_NumBits.
static uint64_t int_bits(Value v) {
    if (IS_INT(v)) {
        int64_t x = AS_INT(v);
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
    }
    BigInt *bi = kr_as_bigint(v);
    return kr_bigint_bitlen(bi->d, (size_t)(bi->size < 0 ? -bi->size : bi->size));
}

static bool int_is_zero(Value v) { return IS_INT(v) && AS_INT(v) == 0; }
static bool int_is_neg(Value v) { return IS_INT(v) ? AS_INT(v) < 0 : kr_as_bigint(v)->size < 0; }

// Folds a binary operation on two numeric constants as CPython's ast_opt does: every operator,
// except that int results are capped (safe_multiply / safe_power / safe_lshift: at most
// MAX_INT_SIZE = 128 bits) and an operation that raises is left to run time. The fold decides
// observable things such as the iteration order of a constant set display. VAL_UNDEF: not
// folded; VAL_EXC only when a limit stopped the run or memory ran out.
static Value fold_binop(KrVm *vm, int op, Value a, Value b) {
    enum { MAX_INT_SIZE = 128 };
    bool ints = (IS_INT(a) || IS_BIGINT(a)) && (IS_INT(b) || IS_BIGINT(b));
    if (ints && !int_is_zero(a) && !int_is_zero(b)) {
        uint64_t va = int_bits(a);
        if (op == BINOP_MUL && va + int_bits(b) > MAX_INT_SIZE) {
            return VAL_UNDEF;
        }
        if (op == BINOP_POW && !int_is_neg(b)) {
            if (!IS_INT(b) || va > MAX_INT_SIZE / (uint64_t)AS_INT(b)) {
                return VAL_UNDEF;
            }
        }
        if (op == BINOP_LSHIFT) {
            if (int_is_neg(b)) {
                return VAL_UNDEF; // raises ValueError at run time
            }
            if (!IS_INT(b) || AS_INT(b) > MAX_INT_SIZE || va > MAX_INT_SIZE - (uint64_t)AS_INT(b)) {
                return VAL_UNDEF;
            }
        }
    }
    if (op == BINOP_MATMUL) {
        return VAL_UNDEF;
    }
    Value r = kr_binop(vm, op, a, b);
    if (IS_EXC(r)) {
        // Out of memory fails the compile rather than leaving the operation unfolded: an
        // unfolded constant would change observable things (a set display's order) silently.
        if (vm->aborted || kr_exc_pending_is(vm, EXC_MemoryError)) {
            return VAL_EXC;
        }
        kr_exc_take(vm); // e.g. 1 / 0: raised when the code runs
        return VAL_UNDEF;
    }
    return r;
}

// Fold [e] to a constant if it is one of the small safe cases; VAL_UNDEF if not foldable,
// VAL_EXC on error.
static Value fold(Compiler *c, Expr *e, int depth) {
    if (depth > 50) {
        return VAL_UNDEF;
    }
    switch (e->kind) {
    case E_Constant:
        return constant_value(c, e);
    case E_UnaryOp: {
        if (e->u.unaryop.op == UNARY_NOT) {
            return VAL_UNDEF; // CPython folds `not CONST` too, but its result is never a number
        }
        Value v = fold(c, e->u.unaryop.operand, depth + 1);
        if (IS_UNDEF(v) || IS_EXC(v) || !is_num(v)) {
            return IS_EXC(v) ? v : VAL_UNDEF;
        }
        if (e->u.unaryop.op == UNARY_INVERT) {
            return IS_FLOAT(v) ? VAL_UNDEF : kr_int_invert(c->vm, v);
        }
        if (e->u.unaryop.op == UNARY_UADD) {
            return v;
        }
        if (IS_FLOAT(v)) {
            return kr_float(-AS_FLOAT(v));
        }
        return kr_int_neg(c->vm, v);
    }
    case E_BinOp: {
        Value a = fold(c, e->u.binop.left, depth + 1);
        if (IS_EXC(a)) {
            return a;
        }
        if (IS_UNDEF(a) || !is_num(a)) {
            return VAL_UNDEF;
        }
        Value b = fold(c, e->u.binop.right, depth + 1);
        if (IS_EXC(b)) {
            return b;
        }
        if (IS_UNDEF(b) || !is_num(b)) {
            return VAL_UNDEF;
        }
        return fold_binop(c->vm, e->u.binop.op, a, b);
    }
    case E_Tuple: {
        if (e->u.seq.ctx != CTX_LOAD || e->u.seq.elts.n > 1024) {
            return VAL_UNDEF;
        }
        int32_t n = e->u.seq.elts.n;
        for (int32_t i = 0; i < n; i++) {
            ExprKind k = e->u.seq.elts.items[i]->kind;
            if (k != E_Constant && k != E_UnaryOp && k != E_Tuple && k != E_BinOp) {
                return VAL_UNDEF;
            }
        }
        Tuple *t = kr_tuple_new(c->vm, n);
        if (t == NULL) {
            return VAL_EXC;
        }
        for (int32_t i = 0; i < n; i++) {
            Value v = fold(c, e->u.seq.elts.items[i], depth + 1);
            if (IS_UNDEF(v) || IS_EXC(v)) {
                return v;
            }
            t->items[i] = v;
        }
        return kr_obj(t);
    }
    default:
        return VAL_UNDEF;
    }
}

// ----- names -----
static int32_t cellfree_slot(Unit *u, int32_t enc) {
    return u->nlocals + (-enc - 1);
}

static int local_slot(Compiler *c, const char *name, int32_t *slot, int *fix) {
    Unit *u = c->u;
    int32_t v;
    if (!sm_get(&u->slots, name, &v)) {
        v = u->nlocals;
        if (grow_arr(c, (void **)&u->localv, &u->caplocalv, u->nlocals + 1, sizeof(char *)) < 0 ||
            sm_put(c, &u->slots, name, v) < 0) {
            return -1;
        }
        u->localv[u->nlocals++] = name;
    }
    if (v < 0) {
        *slot = -v - 1;
        *fix = FIX_CELLFREE;
    } else {
        *slot = v;
        *fix = FIX_NONE;
    }
    return 0;
}

static int nameop(Compiler *c, const char *name, ExprCtx ctx) {
    if (name[0] == '_' && strcmp(name, "__debug__") == 0) {
        if (ctx == CTX_LOAD) {
            return load_const(c, VAL_TRUE);
        }
        return c_error(c, ctx == CTX_STORE ? "cannot assign to __debug__" : "cannot delete __debug__",
                       NULL);
    }
    Unit *u = c->u;
    Symbol *sym = u->is_module ? NULL : kr_symtable_find(u->ste, name);
    int sc = sym ? sym->scope : SC_GLOBAL_IMPLICIT;
    if (u->is_module) {
        sc = SC_GLOBAL_EXPLICIT;
    }
    switch (sc) {
    case SC_FREE:
    case SC_CELL: {
        int32_t slot;
        int fix;
        if (local_slot(c, name, &slot, &fix) < 0) {
            return -1;
        }
        int op = ctx == CTX_LOAD ? OP_LOAD_DEREF : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return emit_full(c, op, slot, fix);
    }
    case SC_LOCAL: {
        int32_t slot;
        int fix;
        if (local_slot(c, name, &slot, &fix) < 0) {
            return -1;
        }
        int op = ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
        return emit_full(c, op, slot, fix);
    }
    default: {
        int op = ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        return emit_name(c, op, name);
    }
    }
}

// ----- units -----
static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void unit_free(Compiler *c, Unit *u) {
    if (!u->heap_arrays) {
        kr_arena_release(c->st.arena, u->mark); // everything it holds is in the arena
        return;
    }
    free_arr(c, u->ins, u->capins, sizeof(Ins));
    free_arr(c, u->labels, u->caplabels, sizeof(int32_t));
    free_arr(c, u->handlers, u->caphandlers, sizeof(Handler));
    free_arr(c, u->hstack, u->hcap, sizeof(int32_t));
    free_arr(c, u->consts, u->capconsts, sizeof(Value));
    free_arr(c, u->chash, u->capchash, sizeof(uint32_t));
    free_arr(c, u->cindex, u->cindexcap, sizeof(int32_t));
    sm_free(c, &u->names);
    free_arr(c, u->namev, u->capnamev, sizeof(char *));
    sm_free(c, &u->slots);
    free_arr(c, u->localv, u->caplocalv, sizeof(char *));
    free_arr(c, u->cellv, u->ncells, sizeof(char *));
    free_arr(c, u->freev, u->nfrees, sizeof(char *));
    kr_arena_release(c->st.arena, u->mark); // the Unit itself and its small arrays
}

static void set_loc(Compiler *c, Loc l) {
    LineInfo *li = &c->u->loc;
    li->line = l.line;
    li->end_line = l.end_line;
    li->col = (int16_t)(l.col >= 0 && l.col <= 32767 ? l.col : -1);
    li->end_col = (int16_t)(l.end_col >= 0 && l.end_col <= 32767 ? l.end_col : -1);
}

// CPython's compiler_set_qualname.
static Value make_qualname(Compiler *c, Unit *parent, Scope *ste, const char *name) {
    bool force_global = false;
    if (parent && !parent->is_module) {
        if (ste->kind == SCOPE_FUNCTION) {
            Symbol *sym = kr_symtable_find(parent->ste, name);
            if (sym && sym->scope == SC_GLOBAL_EXPLICIT) {
                force_global = true;
            }
        }
    }
    if (parent == NULL || parent->is_module || force_global) {
        return kr_str_intern(c->vm, name, strlen(name)); // also co_name (assemble)
    }
    Str *pq = AS_STR(parent->qualname);
    const char *mid = parent->ste->kind == SCOPE_COMP ? "." : ".<locals>.";
    size_t nl = strlen(name), ml = strlen(mid);
    size_t total = (size_t)pq->len + ml + nl;
    char *buf = kr_mem_alloc(c->vm, total + 1);
    if (buf == NULL) {
        return VAL_EXC;
    }
    memcpy(buf, pq->data, (size_t)pq->len);
    memcpy(buf + pq->len, mid, ml);
    memcpy(buf + pq->len + ml, name, nl);
    Value q = kr_str_new(c->vm, buf, total);
    kr_mem_free(c->vm, buf, total + 1);
    return q;
}

static int enter_unit(Compiler *c, Scope *ste, const char *name, int firstlineno, Loc loc) {
    ArenaMark mark = kr_arena_mark(c->st.arena);
    UnitBlock *ub = kr_arena_alloc_raw(c->st.arena, sizeof(UnitBlock));
    if (ub == NULL) {
        return c_nomem(c);
    }
    Unit *u = &ub->u;
    memset(u, 0, offsetof(Unit, fb));
    u->ins = ub->ins;
    u->capins = UNIT_INS;
    u->consts = ub->consts;
    u->capconsts = UNIT_CONSTS;
    u->chash = ub->chash;
    u->capchash = UNIT_CONSTS;
    u->namev = ub->namev;
    u->capnamev = UNIT_NAMES;
    u->mark = mark;
    u->prev = c->u;
    u->ste = ste;
    u->is_module = ste->kind == SCOPE_MODULE;
    u->name = name;
    u->firstlineno = firstlineno;
    c->u = u;
    set_loc(c, loc);
    u->qualname = make_qualname(c, u->prev, ste, name);
    if (IS_EXC(u->qualname)) {
        return -1;
    }
    if (u->is_module) {
        return 0;
    }
    // Parameters take the first slots.
    for (int32_t i = 0; i < ste->nparams; i++) {
        if (local_slot(c, ste->params[i], &(int32_t){0}, &(int){0}) < 0) {
            return -1;
        }
    }
    int32_t ncell = 0, nfree = 0;
    for (int32_t i = 0; i < ste->nsyms; i++) {
        Symbol *s = &ste->syms[i];
        if (s->scope == SC_CELL && !(s->flags & DEF_PARAM)) {
            ncell++;
        } else if (s->scope == SC_FREE) {
            nfree++;
        }
    }
    if (ncell) {
        u->cellv = scratch_alloc(c, (size_t)ncell * sizeof(char *));
        if (u->cellv == NULL) {
            return -1;
        }
        u->ncells = ncell;
    }
    if (nfree) {
        u->freev = scratch_alloc(c, (size_t)nfree * sizeof(char *));
        if (u->freev == NULL) {
            return -1;
        }
        u->nfrees = nfree;
    }
    ncell = nfree = 0;
    for (int32_t i = 0; i < ste->nsyms; i++) {
        Symbol *s = &ste->syms[i];
        if (s->scope == SC_CELL && !(s->flags & DEF_PARAM)) {
            u->cellv[ncell++] = s->name;
        } else if (s->scope == SC_FREE) {
            u->freev[nfree++] = s->name;
        }
    }
    if (ncell > 1) {
        qsort(u->cellv, (size_t)ncell, sizeof(char *), cmp_names);
    }
    if (nfree > 1) {
        qsort(u->freev, (size_t)nfree, sizeof(char *), cmp_names);
    }
    for (int32_t i = 0; i < ncell; i++) {
        if (sm_put(c, &u->slots, u->cellv[i], -1 - i) < 0) {
            return -1;
        }
    }
    for (int32_t i = 0; i < nfree; i++) {
        if (sm_put(c, &u->slots, u->freev[i], -1 - (ncell + i)) < 0) {
            return -1;
        }
    }
    // Prologue: COPY_FREE_VARS, then MAKE_CELL in slot order (parameter cells first).
    if (nfree && emit(c, OP_COPY_FREE_VARS, nfree) < 0) {
        return -1;
    }
    for (int32_t i = 0; i < ste->nparams; i++) {
        Symbol *s = kr_symtable_find(ste, ste->params[i]);
        if (s && s->scope == SC_CELL) {
            int32_t slot;
            int fix;
            if (local_slot(c, ste->params[i], &slot, &fix) < 0 || emit(c, OP_MAKE_CELL, slot) < 0) {
                return -1;
            }
            u->ncellsall++;
        }
    }
    for (int32_t i = 0; i < ncell; i++) {
        if (emit_full(c, OP_MAKE_CELL, i, FIX_CELLFREE) < 0) {
            return -1;
        }
        u->ncellsall++;
    }
    return 0;
}

static void leave_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->prev;
    unit_free(c, u);
}

// ----- assembly -----
static int stack_effect(int op, int32_t arg, int jump) {
    static const int8_t table[OP_COUNT] = {
#define OP(name, effect, kind) effect,
#include "opcodes.def"
#undef OP
    };
    switch (op) {
    case OP_BUILD_SLICE:
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_CALL:
        return -1 - arg;
    case OP_CALL_FUNCTION_EX:
        return -2 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -__builtin_popcount((unsigned)arg & 15);
    case OP_RAISE_VARARGS:
        return -arg;
    default:
        return op < OP_COUNT ? table[op] : 0;
    }
}

static bool is_jump(int op) {
    switch (op) {
    case OP_FOR_ITER:
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_SEND:
        return true;
    default:
        return false;
    }
}

static bool is_terminal(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static int internal_error(Compiler *c, const char *why) {
    kr_raise(c->vm, EXC_SystemError, "compiler: %s", why);
    return -1;
}

// Set depth[i] = d (pushing i on the worklist the first time).
static int visit_depth(Compiler *c, int32_t *depth, int32_t *work, int32_t *nwork, int32_t i, int32_t d) {
    if (i < 0 || i >= c->u->nins || d < 0) {
        return internal_error(c, "bad jump or negative stack depth");
    }
    if (depth[i] < 0) {
        depth[i] = d;
        work[(*nwork)++] = i;
    } else if (depth[i] != d) {
        return internal_error(c, "inconsistent stack depth");
    }
    return 0;
}

static Value make_str_tuple(Compiler *c, const char *const *v, int32_t n, const char *const *v2,
                            int32_t n2, const char *const *v3, int32_t n3) {
    Tuple *t = kr_tuple_new(c->vm, (int64_t)n + n2 + n3);
    if (t == NULL) {
        return VAL_EXC;
    }
    int64_t k = 0;
    const char *const *vs[3] = {v, v2, v3};
    int32_t ns[3] = {n, n2, n3};
    for (int j = 0; j < 3; j++) {
        for (int32_t i = 0; i < ns[j]; i++) {
            Value s = kr_str_intern(c->vm, vs[j][i], strlen(vs[j][i]));
            if (IS_EXC(s)) {
                return s;
            }
            t->items[k++] = s;
        }
    }
    return kr_obj(t);
}

// Build the Code object of the current unit.
static Code *assemble(Compiler *c) {
    Unit *u = c->u;
    KrVm *vm = c->vm;
    int32_t n = u->nins;
    Code *co = NULL;
    int32_t *depth = NULL, *work = NULL, *remap = NULL;
    uint32_t *insns = NULL;
    LineInfo *lines = NULL;
    ExcEntry *exctab = NULL;
    int32_t nkept = 0, nexc = 0, maxdepth = 0;
    size_t nbytes = (size_t)(n + 1) * sizeof(int32_t);

    for (int32_t i = 0; i < u->nlabels; i++) {
        if (u->labels[i] < 0 || u->labels[i] >= n) {
            internal_error(c, "unplaced label");
            return NULL;
        }
    }
    depth = scratch_alloc(c, nbytes);
    work = depth ? scratch_alloc(c, nbytes) : NULL;
    remap = work ? scratch_alloc(c, nbytes) : NULL;
    if (remap == NULL) {
        goto fail;
    }
    for (int32_t i = 0; i <= n; i++) {
        depth[i] = -1;
    }
    for (int32_t i = 0; i < u->nhandlers; i++) {
        u->handlers[i].depth = -1;
    }
    // Stack-depth flow analysis (also marks reachable instructions).
    int32_t nwork = 0;
    if (u->nlabels == 0 && u->nhandlers == 0) {
        // Straight-line code (no jumps, no handlers): one pass, up to the first terminal.
        int32_t d = 0;
        for (int32_t i = 0; i < n; i++) {
            Ins *in = &u->ins[i];
            depth[i] = d;
            if (is_terminal(in->op)) {
                break;
            }
            d += stack_effect(in->op, in->arg, 0);
            if (d < 0) {
                internal_error(c, "bad jump or negative stack depth");
                goto fail;
            }
            if (d > maxdepth) {
                maxdepth = d;
            }
        }
    } else if (n > 0 && visit_depth(c, depth, work, &nwork, 0, 0) < 0) {
        goto fail;
    }
    while (nwork > 0) {
        int32_t i = work[--nwork];
        int32_t d = depth[i];
        Ins *in = &u->ins[i];
        if (d > maxdepth) {
            maxdepth = d;
        }
        if (in->handler >= 0) {
            Handler *h = &u->handlers[in->handler];
            if (h->depth < 0) {
                internal_error(c, "handler depth unknown");
                goto fail;
            }
            int32_t hd = h->depth + h->lasti + 1;
            if (visit_depth(c, depth, work, &nwork, u->labels[h->label], hd) < 0) {
                goto fail;
            }
        }
        if (in->op == OPX_SETUP) {
            Handler *h = &u->handlers[in->arg];
            h->depth = d + h->adj;
            if (visit_depth(c, depth, work, &nwork, i + 1, d) < 0) {
                goto fail;
            }
            continue;
        }
        if (is_jump(in->op)) {
            int32_t dj = d + stack_effect(in->op, in->arg, 1);
            if (dj > maxdepth) {
                maxdepth = dj;
            }
            if (visit_depth(c, depth, work, &nwork, u->labels[in->arg], dj) < 0) {
                goto fail;
            }
        }
        if (is_terminal(in->op)) {
            continue;
        }
        int32_t dn = d + stack_effect(in->op, in->arg, 0);
        if (dn > maxdepth) {
            maxdepth = dn;
        }
        if (visit_depth(c, depth, work, &nwork, i + 1, dn) < 0) {
            goto fail;
        }
    }
    // Keep reachable real instructions.
    for (int32_t i = 0; i < n; i++) {
        remap[i] = nkept;
        Ins *in = &u->ins[i];
        if (depth[i] >= 0 && in->op != OPX_SETUP && in->op != OP_NOP) {
            nkept++;
        }
    }
    remap[n] = nkept;
    if (nkept == 0 || nkept > KR_MAX_ARG) {
        c_error(c, "too many instructions", NULL);
        goto fail;
    }
    insns = kr_mem_alloc(vm, (size_t)nkept * sizeof(uint32_t));
    lines = insns ? kr_mem_alloc(vm, (size_t)nkept * sizeof(LineInfo)) : NULL;
    if (lines == NULL) {
        c_nomem(c);
        goto fail;
    }
    int32_t ncellfree = u->ncells + u->nfrees;
    int32_t k = 0;
    int32_t prevh = -2;
    for (int32_t i = 0; i < n; i++) {
        Ins *in = &u->ins[i];
        if (depth[i] < 0 || in->op == OPX_SETUP || in->op == OP_NOP) {
            continue;
        }
        int32_t arg = in->arg;
        if (in->fix == FIX_LABEL) {
            arg = remap[u->labels[arg]];
        } else if (in->fix == FIX_CELLFREE) {
            arg = cellfree_slot(u, -1 - arg);
        }
        if (arg < 0 || arg > KR_MAX_ARG) {
            c_error(c, "too many instructions", NULL);
            goto fail;
        }
        insns[k] = (uint32_t)in->op | ((uint32_t)arg << 8);
        lines[k] = in->loc;
        if (in->handler != prevh) {
            if (in->handler >= 0) {
                nexc++;
            }
            prevh = in->handler;
        }
        k++;
    }
    (void)ncellfree;
    if (nexc) {
        exctab = kr_mem_alloc(vm, (size_t)nexc * sizeof(ExcEntry));
        if (exctab == NULL) {
            c_nomem(c);
            goto fail;
        }
        int32_t e = -1;
        prevh = -2;
        k = 0;
        for (int32_t i = 0; i < n; i++) {
            Ins *in = &u->ins[i];
            if (depth[i] < 0 || in->op == OPX_SETUP || in->op == OP_NOP) {
                continue;
            }
            if (in->handler != prevh) {
                if (e >= 0 && exctab[e].end < 0) {
                    exctab[e].end = k;
                }
                if (in->handler >= 0) {
                    Handler *h = &u->handlers[in->handler];
                    e++;
                    exctab[e] = (ExcEntry){.start = k, .end = -1, .target = remap[u->labels[h->label]],
                                           .depth = h->depth, .lasti = h->lasti};
                }
                prevh = in->handler;
            }
            k++;
        }
        if (e >= 0 && exctab[e].end < 0) {
            exctab[e].end = k;
        }
    }
    co = kr_gc_alloc(vm, &kr_type_code, sizeof(Code));
    if (co == NULL) {
        goto fail;
    }
    co->insns = insns;
    co->ninsns = nkept;
    co->lines = lines;
    co->exctab = exctab;
    co->nexctab = nexc;
    insns = NULL;
    lines = NULL;
    exctab = NULL;
    co->consts = VAL_UNDEF;
    co->names = VAL_UNDEF;
    co->localnames = VAL_UNDEF;
    co->name = VAL_UNDEF;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->source = c->source;
    Value consts = kr_tuple_from(vm, u->nconsts, u->consts);
    if (IS_EXC(consts)) {
        co = NULL;
        goto fail;
    }
    co->consts = consts;
    Value names = make_str_tuple(c, u->namev, u->nnames, NULL, 0, NULL, 0);
    if (IS_EXC(names)) {
        co = NULL;
        goto fail;
    }
    co->names = names;
    Value locals = make_str_tuple(c, u->localv, u->nlocals, (const char *const *)u->cellv,
                                  u->ncells, (const char *const *)u->freev, u->nfrees);
    if (IS_EXC(locals)) {
        co = NULL;
        goto fail;
    }
    co->localnames = locals;
    Str *q = AS_STR(u->qualname);
    size_t nl = strlen(u->name);
    Value name = (size_t)q->len == nl && memcmp(q->data, u->name, nl) == 0
                     ? u->qualname
                     : kr_str_intern(vm, u->name, nl);
    if (IS_EXC(name)) {
        co = NULL;
        goto fail;
    }
    co->name = name;
    co->nlocalsplus = u->nlocals + u->ncells + u->nfrees;
    co->ncellvars = u->ncellsall;
    co->nfreevars = u->nfrees;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = u->flags;
    co->stacksize = maxdepth + 1; // one spare slot: never too small
    co->firstlineno = u->firstlineno;
    scratch_free(c, depth, nbytes);
    scratch_free(c, work, nbytes);
    scratch_free(c, remap, nbytes);
    return co;
fail:
    scratch_free(c, depth, nbytes);
    scratch_free(c, work, nbytes);
    scratch_free(c, remap, nbytes);
    if (insns) {
        kr_mem_free(vm, insns, (size_t)nkept * sizeof(uint32_t));
    }
    if (lines) {
        kr_mem_free(vm, lines, (size_t)nkept * sizeof(LineInfo));
    }
    if (exctab) {
        kr_mem_free(vm, exctab, (size_t)nexc * sizeof(ExcEntry));
    }
    return NULL;
}

// ----- visitors -----
static int visit_expr(Compiler *c, Expr *e);
static int visit_stmt(Compiler *c, Stmt *s);

static int visit_stmts(Compiler *c, StmtList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (visit_stmt(c, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_exprs(Compiler *c, ExprList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (visit_expr(c, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int internal_error(Compiler *c, const char *why);

static int push_fblock(Compiler *c, FBlock fb) {
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        return c_error(c, "too many statically nested blocks", NULL);
    }
    u->fb[u->nfb++] = fb;
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfb--; }

static int call_exit_with_nones(Compiler *c) {
    // [exit] -> exit(None, None, None)
    if (emit0(c, OP_PUSH_NULL) < 0 || emit(c, OP_SWAP, 2) < 0) {
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        if (load_const(c, VAL_NONE) < 0) {
            return -1;
        }
    }
    return emit(c, OP_CALL, 3);
}

// Emit the code that leaves [fb] early (break/continue/return). CPython's
// compiler_unwind_fblock.
static int unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->type) {
    case FB_WHILE:
    case FB_EXC_HANDLER:
        return 0;
    case FB_FOR:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return emit0(c, OP_POP_TOP);
    case FB_TRY_EXCEPT:
        return 0; // POP_BLOCK: done by the caller through hbase
    case FB_FINALLY_TRY: {
        if (preserve_tos) {
            FBlock pv = {.type = FB_POP_VALUE, .hbase = -1};
            if (push_fblock(c, pv) < 0) {
                return -1;
            }
        }
        if (visit_stmts(c, fb->finalbody) < 0) {
            return -1;
        }
        if (preserve_tos) {
            pop_fblock(c);
        }
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (emit0(c, OP_POP_TOP) < 0) {
            return -1;
        }
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return emit0(c, OP_POP_EXCEPT);
    case FB_WITH:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (call_exit_with_nones(c) < 0) {
            return -1;
        }
        return emit0(c, OP_POP_TOP);
    case FB_HANDLER_CLEANUP:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (emit0(c, OP_POP_EXCEPT) < 0) {
            return -1;
        }
        if (fb->name) {
            if (load_const(c, VAL_NONE) < 0 || nameop(c, fb->name, CTX_STORE) < 0 ||
                nameop(c, fb->name, CTX_DEL) < 0) {
                return -1;
            }
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return emit0(c, OP_POP_TOP);
    }
    return 0;
}

// Unwind the fblock stack up to the innermost loop (if [loop] is given) or completely. Each
// block's handlers are dropped from the handler stack (POP_BLOCK) before its unwind code; the
// caller restores the handler stack after emitting its final jump/return (save_handlers).
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfb == 0) {
        return 0;
    }
    FBlock *top = &u->fb[u->nfb - 1];
    if (loop && (top->type == FB_WHILE || top->type == FB_FOR)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfb--;
    if (copy.hbase >= 0 && copy.hbase < u->hn) {
        u->hn = copy.hbase;
    }
    if (unwind_fblock(c, &copy, preserve_tos) < 0 || unwind_fblock_stack(c, preserve_tos, loop) < 0) {
        return -1;
    }
    u->fb[u->nfb++] = copy;
    return 0;
}

#define MAX_HSTACK (2 * MAX_FBLOCKS + 2)

typedef struct SavedHandlers {
    int32_t n;
    int32_t h[MAX_HSTACK];
} SavedHandlers;

static int save_handlers(Compiler *c, SavedHandlers *sv) {
    Unit *u = c->u;
    if (u->hn > MAX_HSTACK) {
        return internal_error(c, "handler stack");
    }
    sv->n = u->hn;
    if (u->hn > 0) {
        memcpy(sv->h, u->hstack, (size_t)u->hn * sizeof(int32_t));
    }
    return 0;
}

static void restore_handlers(Compiler *c, const SavedHandlers *sv) {
    if (sv->n > 0) {
        memcpy(c->u->hstack, sv->h, (size_t)sv->n * sizeof(int32_t));
    }
    c->u->hn = sv->n;
}

static bool is_const_expr(Expr *e) { return e->kind == E_Constant; }

// Truthiness of a constant expression: 1 true, 0 false, -1 unknown.
static int const_truth(Expr *e) {
    if (e->kind == E_Name && strcmp(e->u.name.id, "__debug__") == 0 && e->u.name.ctx == CTX_LOAD) {
        return 1;
    }
    if (e->kind != E_Constant) {
        return -1;
    }
    switch (e->u.constant.kind) {
    case CONST_NONE:
    case CONST_FALSE:
        return 0;
    case CONST_TRUE:
    case CONST_ELLIPSIS:
        return 1;
    case CONST_STR:
    case CONST_BYTES:
        return e->u.constant.len != 0;
    case CONST_FLOAT:
        return e->u.constant.f != 0.0;
    case CONST_INT: {
        const char *t = e->u.constant.text;
        if (t[0] == '0' && t[1] && strchr("xXoObB", t[1])) {
            t += 2; // base prefix
        }
        for (; *t; t++) {
            if (*t != '0' && *t != '_') {
                return 1;
            }
        }
        return 0;
    }
    default:
        return -1;
    }
}

static int compare_op(Compiler *c, int op) {
    switch (op) {
    case CMPX_IS:
        return emit(c, OP_IS_OP, 0);
    case CMPX_IS_NOT:
        return emit(c, OP_IS_OP, 1);
    case CMPX_IN:
        return emit(c, OP_CONTAINS_OP, 0);
    case CMPX_NOT_IN:
        return emit(c, OP_CONTAINS_OP, 1);
    default:
        return emit(c, OP_COMPARE_OP, op);
    }
}

static int jump_if(Compiler *c, Expr *e, int32_t target, bool cond);

static int jump_if_inner(Compiler *c, Expr *e, int32_t target, bool cond) {
    int t = const_truth(e);
    if (t >= 0) {
        if ((t != 0) == cond) {
            return emit_jump(c, OP_JUMP, target);
        }
        return 0;
    }
    switch (e->kind) {
    case E_UnaryOp:
        if (e->u.unaryop.op == UNARY_NOT) {
            return jump_if(c, e->u.unaryop.operand, target, !cond);
        }
        break;
    case E_BoolOp: {
        ExprList *s = &e->u.boolop.values;
        int32_t n = s->n - 1;
        bool cond2 = e->u.boolop.op == BOOL_OR;
        int32_t next2 = target;
        if (cond2 != cond) {
            next2 = new_label(c);
            if (next2 < 0) {
                return -1;
            }
        }
        for (int32_t i = 0; i < n; i++) {
            if (jump_if(c, s->items[i], next2, cond2) < 0) {
                return -1;
            }
        }
        if (jump_if(c, s->items[n], target, cond) < 0) {
            return -1;
        }
        if (next2 != target) {
            use_label(c, next2);
        }
        return 0;
    }
    case E_IfExp: {
        int32_t end = new_label(c), next2 = new_label(c);
        if (end < 0 || next2 < 0 || jump_if(c, e->u.ifexp.test, next2, false) < 0 ||
            jump_if(c, e->u.ifexp.body, target, cond) < 0 || emit_jump(c, OP_JUMP, end) < 0) {
            return -1;
        }
        use_label(c, next2);
        if (jump_if(c, e->u.ifexp.orelse, target, cond) < 0) {
            return -1;
        }
        use_label(c, end);
        return 0;
    }
    case E_Compare: {
        int32_t n = e->u.compare.n - 1;
        if (n == 0) {
            int op = e->u.compare.ops[0];
            Expr *r = e->u.compare.comparators.items[0];
            if ((op == CMPX_IS || op == CMPX_IS_NOT) && r->kind == E_Constant &&
                r->u.constant.kind == CONST_NONE) {
                if (visit_expr(c, e->u.compare.left) < 0) {
                    return -1;
                }
                bool is_none = (op == CMPX_IS) == cond;
                return emit_jump(c, is_none ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, target);
            }
            break;
        }
        int32_t cleanup = new_label(c), end = new_label(c);
        if (cleanup < 0 || end < 0 || visit_expr(c, e->u.compare.left) < 0) {
            return -1;
        }
        for (int32_t i = 0; i < n; i++) {
            if (visit_expr(c, e->u.compare.comparators.items[i]) < 0 || emit(c, OP_SWAP, 2) < 0 ||
                emit(c, OP_COPY, 2) < 0 || compare_op(c, e->u.compare.ops[i]) < 0 ||
                emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup) < 0) {
                return -1;
            }
        }
        if (visit_expr(c, e->u.compare.comparators.items[n]) < 0 ||
            compare_op(c, e->u.compare.ops[n]) < 0 ||
            emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target) < 0 ||
            emit_jump(c, OP_JUMP, end) < 0) {
            return -1;
        }
        use_label(c, cleanup);
        if (emit0(c, OP_POP_TOP) < 0) {
            return -1;
        }
        if (!cond && emit_jump(c, OP_JUMP, target) < 0) {
            return -1;
        }
        use_label(c, end);
        return 0;
    }
    default:
        break;
    }
    if (visit_expr(c, e) < 0) {
        return -1;
    }
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
}

static int jump_if(Compiler *c, Expr *e, int32_t target, bool cond) {
    if (++c->vm->c_depth > c->vm->cfg.limits.max_c_depth) {
        c->vm->c_depth--;
        kr_raise(c->vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    LineInfo saved = c->u->loc;
    set_loc(c, e->loc);
    int r = jump_if_inner(c, e, target, cond);
    c->u->loc = saved;
    c->vm->c_depth--;
    return r;
}

// CPython's starunpack_helper: a display with optional *-unpacking.
static int starunpack(Compiler *c, ExprList *elts, int pushed, int build, int add, int extend,
                      bool tuple) {
    int32_t n = elts->n;
    if (n > 2 && build == OP_BUILD_SET && pushed == 0) {
        // CPython folds a constant set display (after constant folding: `-1`, `(1, 2)`,
        // `2 ** 4 + 1`) to a frozenset and updates an empty set from it, which fixes the
        // insertion order (and so the iteration order) it shows.
        Tuple *t = kr_tuple_new(c->vm, n);
        if (t == NULL) {
            return -1;
        }
        bool allconst = true;
        for (int32_t i = 0; i < n && allconst; i++) {
            Value v = fold(c, elts->items[i], 0);
            if (IS_EXC(v)) {
                return -1;
            }
            allconst = !IS_UNDEF(v);
            t->items[i] = allconst ? v : VAL_NONE;
        }
        if (allconst) {
            Value fs = kr_frozenset_const(c->vm, n, t->items);
            if (IS_EXC(fs)) {
                return -1;
            }
            if (emit(c, build, 0) < 0 || load_const(c, fs) < 0) {
                return -1;
            }
            return emit(c, extend, 1);
        }
    }
    if (n > 2 && (build == OP_BUILD_LIST || tuple)) {
        bool allconst = true;
        for (int32_t i = 0; i < n && allconst; i++) {
            allconst = is_const_expr(elts->items[i]);
        }
        if (allconst && pushed == 0) {
            Tuple *t = kr_tuple_new(c->vm, n);
            if (t == NULL) {
                return -1;
            }
            for (int32_t i = 0; i < n; i++) {
                Value v = constant_value(c, elts->items[i]);
                if (IS_EXC(v)) {
                    return -1;
                }
                t->items[i] = v;
            }
            if (tuple) {
                return load_const(c, kr_obj(t));
            }
            if (emit(c, build, 0) < 0 || load_const(c, kr_obj(t)) < 0) {
                return -1;
            }
            return emit(c, extend, 1);
        }
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int32_t i = 0; i < n; i++) {
        if (elts->items[i]->kind == E_Starred) {
            seen_star = true;
            break;
        }
    }
    if (!seen_star && !big) {
        if (visit_exprs(c, elts) < 0) {
            return -1;
        }
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        if (emit(c, build, pushed) < 0) {
            return -1;
        }
        built = true;
    }
    for (int32_t i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == E_Starred) {
            if (!built) {
                if (emit(c, build, i + pushed) < 0) {
                    return -1;
                }
                built = true;
            }
            if (visit_expr(c, elt->u.starred.value) < 0 || emit(c, extend, 1) < 0) {
                return -1;
            }
        } else {
            if (visit_expr(c, elt) < 0) {
                return -1;
            }
            if (built && emit(c, add, 1) < 0) {
                return -1;
            }
        }
    }
    if (tuple) {
        return emit0(c, OP_LIST_TO_TUPLE);
    }
    return 0;
}

static int unpack_helper(Compiler *c, ExprList *elts) {
    int32_t n = elts->n;
    bool seen_star = false;
    for (int32_t i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == E_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) {
                return c_error(c, "too many expressions in star-unpacking assignment", NULL);
            }
            if (emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0) {
                return -1;
            }
            seen_star = true;
        } else if (elt->kind == E_Starred) {
            return c_error(c, "multiple starred expressions in assignment", NULL);
        }
    }
    if (!seen_star) {
        return emit(c, OP_UNPACK_SEQUENCE, n);
    }
    return 0;
}

static int assignment_helper(Compiler *c, ExprList *elts) {
    if (unpack_helper(c, elts) < 0) {
        return -1;
    }
    for (int32_t i = 0; i < elts->n; i++) {
        Expr *elt = elts->items[i];
        if (visit_expr(c, elt->kind == E_Starred ? elt->u.starred.value : elt) < 0) {
            return -1;
        }
    }
    return 0;
}

static int compile_subdict(Compiler *c, Expr *e, int32_t begin, int32_t end) {
    for (int32_t i = begin; i < end; i++) {
        if (visit_expr(c, e->u.dict.keys.items[i]) < 0 || visit_expr(c, e->u.dict.values.items[i]) < 0) {
            return -1;
        }
    }
    return emit(c, OP_BUILD_MAP, end - begin);
}

static int compile_dict(Compiler *c, Expr *e) {
    int32_t n = e->u.dict.values.n, elements = 0;
    bool have_dict = false;
    for (int32_t i = 0; i < n; i++) {
        bool is_unpacking = e->u.dict.keys.items[i] == NULL;
        if (is_unpacking) {
            if (elements) {
                if (compile_subdict(c, e, i - elements, i) < 0) {
                    return -1;
                }
                if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0) {
                    return -1;
                }
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                if (emit(c, OP_BUILD_MAP, 0) < 0) {
                    return -1;
                }
                have_dict = true;
            }
            if (visit_expr(c, e->u.dict.values.items[i]) < 0 || emit(c, OP_DICT_UPDATE, 1) < 0) {
                return -1;
            }
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                if (compile_subdict(c, e, i - elements, i + 1) < 0) {
                    return -1;
                }
                if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0) {
                    return -1;
                }
                have_dict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
    }
    if (elements) {
        if (compile_subdict(c, e, n - elements, n) < 0) {
            return -1;
        }
        if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0) {
            return -1;
        }
        have_dict = true;
    }
    if (!have_dict) {
        return emit(c, OP_BUILD_MAP, 0);
    }
    return 0;
}

static int compile_compare(Compiler *c, Expr *e) {
    int32_t n = e->u.compare.n - 1;
    if (visit_expr(c, e->u.compare.left) < 0) {
        return -1;
    }
    if (n == 0) {
        if (visit_expr(c, e->u.compare.comparators.items[0]) < 0) {
            return -1;
        }
        return compare_op(c, e->u.compare.ops[0]);
    }
    int32_t cleanup = new_label(c), end = new_label(c);
    if (cleanup < 0 || end < 0) {
        return -1;
    }
    for (int32_t i = 0; i < n; i++) {
        if (visit_expr(c, e->u.compare.comparators.items[i]) < 0 || emit(c, OP_SWAP, 2) < 0 ||
            emit(c, OP_COPY, 2) < 0 || compare_op(c, e->u.compare.ops[i]) < 0 ||
            emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0) {
            return -1;
        }
    }
    if (visit_expr(c, e->u.compare.comparators.items[n]) < 0 ||
        compare_op(c, e->u.compare.ops[n]) < 0 || emit_jump(c, OP_JUMP, end) < 0) {
        return -1;
    }
    use_label(c, cleanup);
    if (emit(c, OP_SWAP, 2) < 0 || emit0(c, OP_POP_TOP) < 0) {
        return -1;
    }
    use_label(c, end);
    return 0;
}

static int validate_keywords(Compiler *c, KeywordList *kws) {
    int32_t n = kws->n;
    if (n <= 1) {
        return 0;
    }
    if (n <= 32) {
        for (int32_t i = 0; i < n; i++) {
            if (kws->items[i]->arg == NULL) {
                continue;
            }
            for (int32_t j = i + 1; j < n; j++) {
                if (kws->items[j]->arg && strcmp(kws->items[i]->arg, kws->items[j]->arg) == 0) {
                    set_loc(c, kws->items[j]->loc);
                    return c_error(c, "keyword argument repeated: %s", kws->items[i]->arg);
                }
            }
        }
        return 0;
    }
    StrMap m = {0};
    int r = 0;
    for (int32_t j = 0; j < n && r == 0; j++) {
        const char *a = kws->items[j]->arg;
        int32_t dummy;
        if (a == NULL) {
            continue;
        }
        if (sm_get(&m, a, &dummy)) {
            set_loc(c, kws->items[j]->loc);
            r = c_error(c, "keyword argument repeated: %s", a);
        } else {
            r = sm_put(c, &m, a, j);
        }
    }
    sm_free(c, &m);
    return r;
}

static int kw_names(Compiler *c, KeywordList *kws) {
    Tuple *t = kr_tuple_new(c->vm, kws->n);
    if (t == NULL) {
        return -1;
    }
    for (int32_t i = 0; i < kws->n; i++) {
        Value s = kr_str_intern(c->vm, kws->items[i]->arg, strlen(kws->items[i]->arg));
        if (IS_EXC(s)) {
            return -1;
        }
        t->items[i] = s;
    }
    int32_t k = add_const(c, kr_obj(t));
    if (k < 0) {
        return -1;
    }
    return emit(c, OP_KW_NAMES, k);
}

static int subkwargs(Compiler *c, KeywordList *kws, int32_t begin, int32_t end) {
    for (int32_t i = begin; i < end; i++) {
        Keyword *kw = kws->items[i];
        Value s = kr_str_intern(c->vm, kw->arg, strlen(kw->arg));
        if (IS_EXC(s) || load_const(c, s) < 0 || visit_expr(c, kw->value) < 0) {
            return -1;
        }
    }
    return emit(c, OP_BUILD_MAP, end - begin);
}

// Arguments after the callable (and NULL/self) are on the stack: CPython's compiler_call_helper.
static int call_helper(Compiler *c, int32_t n, ExprList *args, KeywordList *kws) {
    if (validate_keywords(c, kws) < 0) {
        return -1;
    }
    int32_t nelts = args->n, nkw = kws->n;
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int32_t i = 0; i < nelts && !ex; i++) {
        ex = args->items[i]->kind == E_Starred;
    }
    for (int32_t i = 0; i < nkw && !ex; i++) {
        ex = kws->items[i]->arg == NULL;
    }
    if (!ex) {
        if (visit_exprs(c, args) < 0) {
            return -1;
        }
        if (nkw) {
            for (int32_t i = 0; i < nkw; i++) {
                if (visit_expr(c, kws->items[i]->value) < 0) {
                    return -1;
                }
            }
            if (kw_names(c, kws) < 0) {
                return -1;
            }
        }
        return emit(c, OP_CALL, n + nelts + nkw);
    }
    // *args / **kwargs: CALL_FUNCTION_EX
    if (n == 0 && nelts == 1 && args->items[0]->kind == E_Starred) {
        if (visit_expr(c, args->items[0]->u.starred.value) < 0) {
            return -1;
        }
    } else if (starunpack(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true) < 0) {
        return -1;
    }
    if (nkw) {
        bool have_dict = false;
        int32_t nseen = 0;
        for (int32_t i = 0; i < nkw; i++) {
            Keyword *kw = kws->items[i];
            if (kw->arg == NULL) {
                if (nseen) {
                    if (subkwargs(c, kws, i - nseen, i) < 0) {
                        return -1;
                    }
                    if (have_dict && emit(c, OP_DICT_MERGE, 1) < 0) {
                        return -1;
                    }
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    if (emit(c, OP_BUILD_MAP, 0) < 0) {
                        return -1;
                    }
                    have_dict = true;
                }
                if (visit_expr(c, kw->value) < 0 || emit(c, OP_DICT_MERGE, 1) < 0) {
                    return -1;
                }
            } else {
                nseen++;
            }
        }
        if (nseen) {
            if (subkwargs(c, kws, nkw - nseen, nkw) < 0) {
                return -1;
            }
            if (have_dict && emit(c, OP_DICT_MERGE, 1) < 0) {
                return -1;
            }
        }
    }
    return emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static int compile_call(Compiler *c, Expr *e) {
    Expr *f = e->u.call.func;
    ExprList *args = &e->u.call.args;
    KeywordList *kws = &e->u.call.keywords;
    if (f->kind == E_Attribute && f->u.attribute.ctx == CTX_LOAD &&
        args->n + kws->n + (kws->n != 0) < STACK_USE_GUIDELINE) {
        bool ok = true;
        for (int32_t i = 0; i < args->n && ok; i++) {
            ok = args->items[i]->kind != E_Starred;
        }
        for (int32_t i = 0; i < kws->n && ok; i++) {
            ok = kws->items[i]->arg != NULL;
        }
        if (ok) {
            if (validate_keywords(c, kws) < 0 || visit_expr(c, f->u.attribute.value) < 0) {
                return -1;
            }
            LineInfo saved = c->u->loc;
            set_loc(c, f->loc);
            if (emit_name(c, OP_LOAD_METHOD, f->u.attribute.attr) < 0) {
                return -1;
            }
            c->u->loc = saved;
            if (visit_exprs(c, args) < 0) {
                return -1;
            }
            if (kws->n) {
                for (int32_t i = 0; i < kws->n; i++) {
                    if (visit_expr(c, kws->items[i]->value) < 0) {
                        return -1;
                    }
                }
                if (kw_names(c, kws) < 0) {
                    return -1;
                }
            }
            return emit(c, OP_CALL, args->n + kws->n);
        }
    }
    if (emit0(c, OP_PUSH_NULL) < 0 || visit_expr(c, f) < 0) {
        return -1;
    }
    return call_helper(c, 0, args, kws);
}

static int compile_slice(Compiler *c, Expr *e) {
    int n = 2;
    if (e->u.slice.lower ? visit_expr(c, e->u.slice.lower) : load_const(c, VAL_NONE)) {
        return -1;
    }
    if (e->u.slice.upper ? visit_expr(c, e->u.slice.upper) : load_const(c, VAL_NONE)) {
        return -1;
    }
    if (e->u.slice.step) {
        n++;
        if (visit_expr(c, e->u.slice.step) < 0) {
            return -1;
        }
    }
    return emit(c, OP_BUILD_SLICE, n);
}

static int compile_joined_str(Compiler *c, Expr *e) {
    ExprList *vals = &e->u.joinedstr.values;
    if (vals->n > STACK_USE_GUIDELINE) {
        if (load_const(c, c->vm->empty_str) < 0 || emit_name(c, OP_LOAD_METHOD, "join") < 0 ||
            emit(c, OP_BUILD_LIST, 0) < 0) {
            return -1;
        }
        for (int32_t i = 0; i < vals->n; i++) {
            if (visit_expr(c, vals->items[i]) < 0 || emit(c, OP_LIST_APPEND, 1) < 0) {
                return -1;
            }
        }
        return emit(c, OP_CALL, 1);
    }
    if (visit_exprs(c, vals) < 0) {
        return -1;
    }
    if (vals->n != 1) {
        return emit(c, OP_BUILD_STRING, vals->n);
    }
    return 0;
}

// The iterable of a `for` (statement or comprehension): CPython's AST optimizer turns a
// constant set display there into a frozenset constant (fold_iter), and iterating that constant
// gives a different order than iterating a set built from it: do the same.
static int visit_iter(Compiler *c, Expr *e) {
    if (e->kind == E_Set && e->u.set.elts.n > 0) {
        int32_t n = e->u.set.elts.n;
        Tuple *t = kr_tuple_new(c->vm, n);
        if (t == NULL) {
            return -1;
        }
        bool allconst = true;
        for (int32_t i = 0; i < n && allconst; i++) {
            Value v = fold(c, e->u.set.elts.items[i], 0);
            if (IS_EXC(v)) {
                return -1;
            }
            allconst = !IS_UNDEF(v);
            t->items[i] = allconst ? v : VAL_NONE;
        }
        if (allconst) {
            Value fs = kr_frozenset_const(c->vm, n, t->items);
            if (IS_EXC(fs)) {
                return -1;
            }
            return load_const(c, fs);
        }
    }
    return visit_expr(c, e);
}

static int compile_formatted(Compiler *c, Expr *e) {
    if (visit_expr(c, e->u.formatted.value) < 0) {
        return -1;
    }
    int oparg;
    switch (e->u.formatted.conversion) {
    case 's':
        oparg = 1;
        break;
    case 'r':
        oparg = 2;
        break;
    case 'a':
        oparg = 3;
        break;
    default:
        oparg = 0;
        break;
    }
    if (e->u.formatted.format_spec) {
        if (visit_expr(c, e->u.formatted.format_spec) < 0) {
            return -1;
        }
        oparg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, oparg);
}

static bool in_function(Compiler *c) { return !c->u->is_module; }

// ----- functions, lambdas, comprehensions -----
// Push closure cells and code, then MAKE_FUNCTION. [co] was just assembled.
static int make_closure(Compiler *c, Code *co, int flags) {
    if (co->nfreevars) {
        Tuple *ln = AS_TUPLE(co->localnames);
        for (int32_t i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
            const char *name = AS_STR(ln->items[i])->data;
            int32_t v;
            if (!sm_get(&c->u->slots, name, &v)) {
                return internal_error(c, "closure variable not found");
            }
            int fix = FIX_NONE;
            if (v < 0) {
                v = -v - 1;
                fix = FIX_CELLFREE;
            }
            if (emit_full(c, OP_LOAD_CLOSURE, v, fix) < 0) {
                return -1;
            }
        }
        flags |= 8;
        if (emit(c, OP_BUILD_TUPLE, co->nfreevars) < 0) {
            return -1;
        }
    }
    if (load_const(c, kr_obj(co)) < 0) {
        return -1;
    }
    return emit(c, OP_MAKE_FUNCTION, flags);
}

// Defaults and kw-only defaults: returns the MAKE_FUNCTION flags or -1.
static int default_arguments(Compiler *c, Arguments *a) {
    int flags = 0;
    if (a->defaults.n > 0) {
        if (visit_exprs(c, &a->defaults) < 0 || emit(c, OP_BUILD_TUPLE, a->defaults.n) < 0) {
            return -1;
        }
        flags |= 1;
    }
    int32_t nkw = 0;
    for (int32_t i = 0; i < a->kwonlyargs.n; i++) {
        Expr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (d == NULL) {
            continue;
        }
        const char *name = a->kwonlyargs.items[i]->arg;
        Value s = kr_str_intern(c->vm, name, strlen(name));
        if (IS_EXC(s) || load_const(c, s) < 0 || visit_expr(c, d) < 0) {
            return -1;
        }
        nkw++;
    }
    if (nkw) {
        if (emit(c, OP_BUILD_MAP, nkw) < 0) {
            return -1;
        }
        flags |= 2;
    }
    return flags;
}

static int eval_annotation(Compiler *c, Expr *e) {
    if (e == NULL || c->future_annotations) {
        return 0;
    }
    if (visit_expr(c, e) < 0) {
        return -1;
    }
    return emit0(c, OP_POP_TOP);
}

static int eval_arg_annotations(Compiler *c, ArgList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (eval_annotation(c, l->items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

// Annotations are evaluated (for their side effects / NameErrors) and discarded.
static int eval_annotations(Compiler *c, Arguments *a, Expr *returns) {
    if (eval_arg_annotations(c, &a->posonlyargs) < 0 || eval_arg_annotations(c, &a->args) < 0) {
        return -1;
    }
    if (a->vararg && eval_annotation(c, a->vararg->annotation) < 0) {
        return -1;
    }
    if (eval_arg_annotations(c, &a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->kwarg && eval_annotation(c, a->kwarg->annotation) < 0) {
        return -1;
    }
    return eval_annotation(c, returns);
}

static void set_arg_counts(Unit *u, Arguments *a) {
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonly = a->posonlyargs.n;
    u->kwonly = a->kwonlyargs.n;
}

static int32_t func_flags(Scope *ste) {
    int32_t f = 0;
    if (ste->nested) {
        f |= CO_NESTED;
    }
    if (ste->generator) {
        f |= CO_GENERATOR;
    }
    if (ste->varargs) {
        f |= CO_VARARGS;
    }
    if (ste->varkeywords) {
        f |= CO_VARKEYWORDS;
    }
    return f;
}

static Expr *docstring_of(StmtList *body) {
    if (body->n == 0) {
        return NULL;
    }
    Stmt *s = body->items[0];
    if (s->kind == S_Expr && s->u.expr.value->kind == E_Constant &&
        s->u.expr.value->u.constant.kind == CONST_STR) {
        return s->u.expr.value;
    }
    return NULL;
}

// Finish the current unit: implicit `return None`, assemble, leave. NULL on error.
static Code *finish_unit(Compiler *c, bool implicit_return) {
    if (implicit_return && (load_const(c, VAL_NONE) < 0 || emit0(c, OP_RETURN_VALUE) < 0)) {
        return NULL;
    }
    Code *co = assemble(c);
    if (co == NULL) {
        return NULL;
    }
    leave_unit(c);
    return co;
}

static int compile_function(Compiler *c, Stmt *s) {
    Arguments *a = s->u.funcdef.args;
    ExprList *decos = &s->u.funcdef.decorators;
    int32_t firstlineno = s->loc.line;
    for (int32_t i = 0; i < decos->n; i++) {
        if (emit0(c, OP_PUSH_NULL) < 0 || visit_expr(c, decos->items[i]) < 0) {
            return -1;
        }
    }
    if (decos->n) {
        firstlineno = decos->items[0]->loc.line;
    }
    int flags = default_arguments(c, a);
    if (flags < 0 || eval_annotations(c, a, s->u.funcdef.returns) < 0) {
        return -1;
    }
    Scope *ste = kr_symtable_scope(&c->st, s);
    if (ste == NULL) {
        return internal_error(c, "no scope for function");
    }
    if (enter_unit(c, ste, s->u.funcdef.name, firstlineno, s->loc) < 0) {
        return -1;
    }
    Unit *u = c->u;
    set_arg_counts(u, a);
    u->flags = func_flags(ste);
    StmtList *body = &s->u.funcdef.body;
    Expr *doc = docstring_of(body);
    Value dv = doc ? constant_value(c, doc) : VAL_NONE;
    if (IS_EXC(dv) || add_const(c, dv) < 0) {
        return -1;
    }
    for (int32_t i = doc ? 1 : 0; i < body->n; i++) {
        if (visit_stmt(c, body->items[i]) < 0) {
            return -1;
        }
    }
    Code *co = finish_unit(c, true);
    if (co == NULL || make_closure(c, co, flags) < 0) {
        return -1;
    }
    set_loc(c, s->loc);
    for (int32_t i = 0; i < decos->n; i++) {
        if (emit(c, OP_CALL, 1) < 0) {
            return -1;
        }
    }
    return nameop(c, s->u.funcdef.name, CTX_STORE);
}

static int compile_lambda(Compiler *c, Expr *e) {
    Arguments *a = e->u.lambda.args;
    int flags = default_arguments(c, a);
    if (flags < 0) {
        return -1;
    }
    Scope *ste = kr_symtable_scope(&c->st, e);
    if (ste == NULL) {
        return internal_error(c, "no scope for lambda");
    }
    if (enter_unit(c, ste, "<lambda>", e->loc.line, e->loc) < 0) {
        return -1;
    }
    Unit *u = c->u;
    set_arg_counts(u, a);
    u->flags = func_flags(ste);
    if (add_const(c, VAL_NONE) < 0 || visit_expr(c, e->u.lambda.body) < 0) {
        return -1;
    }
    bool gen = ste->generator;
    if (gen) {
        if (emit0(c, OP_POP_TOP) < 0) {
            return -1;
        }
    } else if (emit0(c, OP_RETURN_VALUE) < 0) {
        return -1;
    }
    Code *co = finish_unit(c, gen);
    if (co == NULL) {
        return -1;
    }
    return make_closure(c, co, flags);
}

static int comprehension_generator(Compiler *c, CompList *gens, int32_t gi, int depth, Expr *elt,
                                   Expr *val, CompKind kind) {
    Comprehension *gen = gens->items[gi];
    int32_t start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
    if (start < 0 || if_cleanup < 0 || anchor < 0) {
        return -1;
    }
    bool loop = true;
    if (gi == 0) {
        if (emit(c, OP_LOAD_FAST, 0) < 0) { // `.0`, the outermost iterator
            return -1;
        }
    } else {
        Expr *it = gen->iter;
        ExprList *elts = (it->kind == E_List || it->kind == E_Tuple) ? &it->u.seq.elts : NULL;
        if (elts && elts->n == 1 && elts->items[0]->kind != E_Starred) {
            if (visit_expr(c, elts->items[0]) < 0) {
                return -1;
            }
            loop = false;
        } else if (visit_iter(c, it) < 0 || emit0(c, OP_GET_ITER) < 0) {
            return -1;
        }
    }
    if (loop) {
        depth++;
        use_label(c, start);
        if (emit_jump(c, OP_FOR_ITER, anchor) < 0) {
            return -1;
        }
    }
    if (visit_expr(c, gen->target) < 0) {
        return -1;
    }
    for (int32_t i = 0; i < gen->ifs.n; i++) {
        if (jump_if(c, gen->ifs.items[i], if_cleanup, false) < 0) {
            return -1;
        }
    }
    if (gi + 1 < gens->n) {
        if (gens->items[gi + 1]->is_async) {
            return c_notsup(c, "async functions are not supported yet");
        }
        if (comprehension_generator(c, gens, gi + 1, depth, elt, val, kind) < 0) {
            return -1;
        }
    } else {
        switch (kind) {
        case COMP_GENEXP:
            if (visit_expr(c, elt) < 0 || emit0(c, OP_YIELD_VALUE) < 0 || emit0(c, OP_POP_TOP) < 0) {
                return -1;
            }
            break;
        case COMP_LIST:
            if (visit_expr(c, elt) < 0 || emit(c, OP_LIST_APPEND, depth + 1) < 0) {
                return -1;
            }
            break;
        case COMP_SET:
            if (visit_expr(c, elt) < 0 || emit(c, OP_SET_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        default:
            if (visit_expr(c, elt) < 0 || visit_expr(c, val) < 0 ||
                emit(c, OP_MAP_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        }
    }
    use_label(c, if_cleanup);
    if (loop) {
        if (emit_jump(c, OP_JUMP, start) < 0) {
            return -1;
        }
    } else {
        use_label(c, start); // unused without a loop, but every label must be placed
    }
    use_label(c, anchor);
    return 0;
}

static int compile_comprehension(Compiler *c, Expr *e, CompKind kind) {
    Scope *ste = kr_symtable_scope(&c->st, e);
    if (ste == NULL) {
        return internal_error(c, "no scope for comprehension");
    }
    Comprehension *outer = e->u.comp.generators.items[0];
    if (emit0(c, OP_PUSH_NULL) < 0) {
        return -1;
    }
    if (enter_unit(c, ste, ste->name, e->loc.line, e->loc) < 0) {
        return -1;
    }
    Unit *u = c->u;
    u->argcount = 1;
    u->flags = func_flags(ste);
    if (kind != COMP_GENEXP) {
        int op = kind == COMP_LIST ? OP_BUILD_LIST : kind == COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP;
        if (emit(c, op, 0) < 0) {
            return -1;
        }
    }
    if (comprehension_generator(c, &e->u.comp.generators, 0, 0, e->u.comp.elt, e->u.comp.value, kind) < 0) {
        return -1;
    }
    if (kind != COMP_GENEXP && emit0(c, OP_RETURN_VALUE) < 0) {
        return -1;
    }
    Code *co = finish_unit(c, kind == COMP_GENEXP);
    if (co == NULL || make_closure(c, co, 0) < 0) {
        return -1;
    }
    if (visit_iter(c, outer->iter) < 0 || emit0(c, OP_GET_ITER) < 0) {
        return -1;
    }
    return emit(c, OP_CALL, 1);
}

// ----- expressions -----
// `a + b + c + ...` nests to the left; walk that spine iteratively so long chains do not
// count against the compiler's recursion limit.
static int compile_binop_chain(Compiler *c, Expr *e) {
    // Short chains use the C stack; a longer one grows in scratch (no copy is freed: the
    // waste is bounded by the chain's own length).
    Expr *local[32];
    int32_t n = 0, cap = (int32_t)KR_ARRAY_LEN(local);
    Expr **spine = local;
    int r = -1;
    Expr *node = e;
    Value folded = VAL_UNDEF;
    while (node->kind == E_BinOp) {
        Value v = fold(c, node, 0);
        if (IS_EXC(v)) {
            goto done;
        }
        if (!IS_UNDEF(v)) {
            folded = v;
            break;
        }
        if (grow_arr(c, (void **)&spine, &cap, n + 1, sizeof(Expr *)) < 0) {
            goto done;
        }
        spine[n++] = node;
        node = node->u.binop.left;
    }
    if (n == 0) {
        // The whole chain folded: reuse that value (folding again could fail).
        r = load_const(c, folded);
        goto done;
    }
    if (visit_expr(c, node) < 0) {
        goto done;
    }
    for (int32_t i = n - 1; i >= 0; i--) {
        if (visit_expr(c, spine[i]->u.binop.right) < 0) {
            goto done;
        }
        set_loc(c, spine[i]->loc);
        if (emit(c, OP_BINARY_OP, spine[i]->u.binop.op) < 0) {
            goto done;
        }
    }
    r = 0;
done:
    if (spine != local) {
        free_arr(c, spine, cap, sizeof(Expr *));
    }
    return r;
}

static int visit_expr_inner(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_BoolOp: {
        int32_t end = new_label(c);
        if (end < 0) {
            return -1;
        }
        int jop = e->u.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        ExprList *v = &e->u.boolop.values;
        for (int32_t i = 0; i < v->n - 1; i++) {
            if (visit_expr(c, v->items[i]) < 0 || emit_jump(c, jop, end) < 0) {
                return -1;
            }
        }
        if (visit_expr(c, v->items[v->n - 1]) < 0) {
            return -1;
        }
        use_label(c, end);
        return 0;
    }
    case E_NamedExpr:
        if (visit_expr(c, e->u.namedexpr.value) < 0 || emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        return visit_expr(c, e->u.namedexpr.target);
    case E_BinOp:
        return compile_binop_chain(c, e);
    case E_UnaryOp: {
        Value v = fold(c, e, 0);
        if (IS_EXC(v)) {
            return -1;
        }
        if (!IS_UNDEF(v)) {
            return load_const(c, v);
        }
        if (visit_expr(c, e->u.unaryop.operand) < 0) {
            return -1;
        }
        switch (e->u.unaryop.op) {
        case UNARY_INVERT:
            return emit0(c, OP_UNARY_INVERT);
        case UNARY_NOT:
            return emit0(c, OP_UNARY_NOT);
        case UNARY_UADD:
            return emit0(c, OP_UNARY_POSITIVE);
        default:
            return emit0(c, OP_UNARY_NEGATIVE);
        }
    }
    case E_Lambda:
        return compile_lambda(c, e);
    case E_IfExp: {
        int32_t end = new_label(c), next = new_label(c);
        if (end < 0 || next < 0 || jump_if(c, e->u.ifexp.test, next, false) < 0 ||
            visit_expr(c, e->u.ifexp.body) < 0 || emit_jump(c, OP_JUMP, end) < 0) {
            return -1;
        }
        use_label(c, next);
        if (visit_expr(c, e->u.ifexp.orelse) < 0) {
            return -1;
        }
        use_label(c, end);
        return 0;
    }
    case E_Dict:
        return compile_dict(c, e);
    case E_Set:
        return starunpack(c, &e->u.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case E_ListComp:
        return compile_comprehension(c, e, COMP_LIST);
    case E_SetComp:
        return compile_comprehension(c, e, COMP_SET);
    case E_DictComp:
        return compile_comprehension(c, e, COMP_DICT);
    case E_GeneratorExp:
        return compile_comprehension(c, e, COMP_GENEXP);
    case E_Yield:
        if (!in_function(c)) {
            return c_error(c, "'yield' outside function", NULL);
        }
        if (e->u.yield.value ? visit_expr(c, e->u.yield.value) : load_const(c, VAL_NONE)) {
            return -1;
        }
        return emit0(c, OP_YIELD_VALUE);
    case E_YieldFrom: {
        if (!in_function(c)) {
            return c_error(c, "'yield' outside function", NULL);
        }
        int32_t start = new_label(c), exit = new_label(c);
        if (start < 0 || exit < 0 || visit_expr(c, e->u.yield.value) < 0 ||
            emit0(c, OP_GET_YIELD_FROM_ITER) < 0 || load_const(c, VAL_NONE) < 0) {
            return -1;
        }
        use_label(c, start);
        if (emit_jump(c, OP_SEND, exit) < 0 || emit0(c, OP_YIELD_VALUE) < 0 ||
            emit_jump(c, OP_JUMP, start) < 0) {
            return -1;
        }
        use_label(c, exit);
        return 0;
    }
    case E_Await:
        if (!in_function(c)) {
            return c_error(c, "'await' outside function", NULL);
        }
        return c_error(c, "'await' outside async function", NULL);
    case E_Compare:
        return compile_compare(c, e);
    case E_Call:
        return compile_call(c, e);
    case E_FormattedValue:
        return compile_formatted(c, e);
    case E_JoinedStr:
        return compile_joined_str(c, e);
    case E_Constant: {
        Value v = constant_value(c, e);
        if (IS_EXC(v)) {
            return -1;
        }
        return load_const(c, v);
    }
    case E_Attribute: {
        if (visit_expr(c, e->u.attribute.value) < 0) {
            return -1;
        }
        set_loc(c, e->loc);
        ExprCtx ctx = e->u.attribute.ctx;
        int op = ctx == CTX_LOAD ? OP_LOAD_ATTR : ctx == CTX_STORE ? OP_STORE_ATTR : OP_DELETE_ATTR;
        return emit_name(c, op, e->u.attribute.attr);
    }
    case E_Subscript: {
        if (visit_expr(c, e->u.subscript.value) < 0 || visit_expr(c, e->u.subscript.slice) < 0) {
            return -1;
        }
        ExprCtx ctx = e->u.subscript.ctx;
        return emit0(c, ctx == CTX_LOAD    ? OP_BINARY_SUBSCR
                        : ctx == CTX_STORE ? OP_STORE_SUBSCR
                                           : OP_DELETE_SUBSCR);
    }
    case E_Starred:
        if (e->u.starred.ctx == CTX_STORE) {
            return c_error(c, "starred assignment target must be in a list or tuple", NULL);
        }
        return c_error(c, "can't use starred expression here", NULL);
    case E_Name:
        return nameop(c, e->u.name.id, e->u.name.ctx);
    case E_List:
    case E_Tuple: {
        bool tuple = e->kind == E_Tuple;
        switch (e->u.seq.ctx) {
        case CTX_STORE:
            return assignment_helper(c, &e->u.seq.elts);
        case CTX_DEL:
            return visit_exprs(c, &e->u.seq.elts);
        default:
            if (tuple) {
                Value v = fold(c, e, 0);
                if (IS_EXC(v)) {
                    return -1;
                }
                if (!IS_UNDEF(v)) {
                    return load_const(c, v);
                }
            }
            return starunpack(c, &e->u.seq.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                              tuple);
        }
    }
    case E_Slice:
        return compile_slice(c, e);
    }
    return internal_error(c, "unknown expression kind");
}

static int visit_expr(Compiler *c, Expr *e) {
    if (++c->vm->c_depth > c->vm->cfg.limits.max_c_depth) {
        c->vm->c_depth--;
        kr_raise(c->vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    LineInfo saved = c->u->loc;
    set_loc(c, e->loc);
    int r = visit_expr_inner(c, e);
    if (r >= 0) {
        c->u->loc = saved;
    }
    c->vm->c_depth--;
    return r;
}

// ----- statements -----
// if/elif/else; elif chains (nested Ifs in orelse) are walked iteratively.
static int compile_if(Compiler *c, Stmt *s) {
    int32_t end = new_label(c);
    if (end < 0) {
        return -1;
    }
    for (;;) {
        StmtList *orelse = &s->u.whileloop.orelse;
        int32_t next = end;
        if (orelse->n && (next = new_label(c)) < 0) {
            return -1;
        }
        if (jump_if(c, s->u.whileloop.test, next, false) < 0 ||
            visit_stmts(c, &s->u.whileloop.body) < 0) {
            return -1;
        }
        if (orelse->n == 0) {
            break;
        }
        if (emit_jump(c, OP_JUMP, end) < 0) {
            return -1;
        }
        use_label(c, next);
        if (orelse->n == 1 && orelse->items[0]->kind == S_If) {
            s = orelse->items[0];
            set_loc(c, s->loc);
            continue;
        }
        if (visit_stmts(c, orelse) < 0) {
            return -1;
        }
        break;
    }
    use_label(c, end);
    return 0;
}

static int compile_for(Compiler *c, Stmt *s) {
    int32_t start = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (start < 0 || cleanup < 0 || end < 0) {
        return -1;
    }
    FBlock fb = {.type = FB_FOR, .start = start, .exit = end, .hbase = -1};
    if (push_fblock(c, fb) < 0 || visit_iter(c, s->u.forloop.iter) < 0 || emit0(c, OP_GET_ITER) < 0) {
        return -1;
    }
    use_label(c, start);
    if (emit_jump(c, OP_FOR_ITER, cleanup) < 0 || visit_expr(c, s->u.forloop.target) < 0 ||
        visit_stmts(c, &s->u.forloop.body) < 0) {
        return -1;
    }
    set_loc(c, s->loc);
    if (emit_jump(c, OP_JUMP, start) < 0) {
        return -1;
    }
    use_label(c, cleanup);
    pop_fblock(c);
    if (visit_stmts(c, &s->u.forloop.orelse) < 0) {
        return -1;
    }
    use_label(c, end);
    return 0;
}

static int compile_while(Compiler *c, Stmt *s) {
    int32_t loop = new_label(c), body = new_label(c), anchor = new_label(c), exit = new_label(c);
    if (loop < 0 || body < 0 || anchor < 0 || exit < 0) {
        return -1;
    }
    use_label(c, loop);
    FBlock fb = {.type = FB_WHILE, .start = loop, .exit = exit, .hbase = -1};
    if (push_fblock(c, fb) < 0 || jump_if(c, s->u.whileloop.test, anchor, false) < 0) {
        return -1;
    }
    use_label(c, body);
    if (visit_stmts(c, &s->u.whileloop.body) < 0) {
        return -1;
    }
    set_loc(c, s->loc);
    if (jump_if(c, s->u.whileloop.test, body, true) < 0) {
        return -1;
    }
    pop_fblock(c);
    use_label(c, anchor);
    if (visit_stmts(c, &s->u.whileloop.orelse) < 0) {
        return -1;
    }
    use_label(c, exit);
    return 0;
}

static int compile_return(Compiler *c, Stmt *s) {
    if (!in_function(c)) {
        return c_error(c, "'return' outside function", NULL);
    }
    Expr *v = s->u.expr.value;
    bool preserve_tos = v && v->kind != E_Constant;
    if (preserve_tos && visit_expr(c, v) < 0) {
        return -1;
    }
    SavedHandlers sv;
    if (save_handlers(c, &sv) < 0 || unwind_fblock_stack(c, preserve_tos, NULL) < 0) {
        return -1;
    }
    set_loc(c, s->loc);
    if (v == NULL) {
        if (load_const(c, VAL_NONE) < 0) {
            return -1;
        }
    } else if (!preserve_tos) {
        Value cv = constant_value(c, v);
        if (IS_EXC(cv) || load_const(c, cv) < 0) {
            return -1;
        }
    }
    if (emit0(c, OP_RETURN_VALUE) < 0) {
        return -1;
    }
    restore_handlers(c, &sv);
    return 0;
}

static int compile_break_continue(Compiler *c, Stmt *s, bool is_break) {
    FBlock *loop = NULL;
    SavedHandlers sv;
    if (save_handlers(c, &sv) < 0 || unwind_fblock_stack(c, false, &loop) < 0) {
        return -1;
    }
    if (loop == NULL) {
        return c_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop", NULL);
    }
    set_loc(c, s->loc);
    if (is_break && unwind_fblock(c, loop, false) < 0) {
        return -1;
    }
    if (emit_jump(c, OP_JUMP, is_break ? loop->exit : loop->start) < 0) {
        return -1;
    }
    restore_handlers(c, &sv);
    return 0;
}

static int pop_except_and_reraise(Compiler *c) {
    if (emit(c, OP_COPY, 3) < 0 || emit0(c, OP_POP_EXCEPT) < 0) {
        return -1;
    }
    return emit(c, OP_RERAISE, 1);
}

static int compile_try_except(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int32_t except = new_label(c), orelse = new_label(c), end = new_label(c), cleanup = new_label(c);
    if (except < 0 || orelse < 0 || end < 0 || cleanup < 0) {
        return -1;
    }
    int32_t hb0 = u->hn;
    if (setup_handler(c, except, 0, 0) < 0) {
        return -1;
    }
    FBlock fb = {.type = FB_TRY_EXCEPT, .hbase = hb0};
    if (push_fblock(c, fb) < 0 || visit_stmts(c, &s->u.tryst.body) < 0) {
        return -1;
    }
    pop_fblock(c);
    u->hn = hb0;
    if (emit_jump(c, OP_JUMP, orelse) < 0) {
        return -1;
    }
    use_label(c, except);
    int32_t hb = u->hn;
    int32_t hcleanup = setup_handler(c, cleanup, 1, 0);
    if (hcleanup < 0 || emit0(c, OP_PUSH_EXC_INFO) < 0) {
        return -1;
    }
    FBlock eh = {.type = FB_EXC_HANDLER, .hbase = -1};
    if (push_fblock(c, eh) < 0) {
        return -1;
    }
    HandlerList *hl = &s->u.tryst.handlers;
    for (int32_t i = 0; i < hl->n; i++) {
        ExceptHandler *h = hl->items[i];
        set_loc(c, h->loc);
        if (h->type == NULL && i < hl->n - 1) {
            return c_error(c, "default 'except:' must be last", NULL);
        }
        int32_t next = new_label(c);
        if (next < 0) {
            return -1;
        }
        if (h->type) {
            if (visit_expr(c, h->type) < 0 || emit0(c, OP_CHECK_EXC_MATCH) < 0 ||
                emit_jump(c, OP_POP_JUMP_IF_FALSE, next) < 0) {
                return -1;
            }
        }
        if (h->name) {
            int32_t cleanup_end = new_label(c);
            if (cleanup_end < 0 || nameop(c, h->name, CTX_STORE) < 0 ||
                setup_handler(c, cleanup_end, 1, 0) < 0) {
                return -1;
            }
            FBlock hc = {.type = FB_HANDLER_CLEANUP, .hbase = hb, .name = h->name};
            if (push_fblock(c, hc) < 0 || visit_stmts(c, &h->body) < 0) {
                return -1;
            }
            pop_fblock(c);
            u->hn = hb;
            if (emit0(c, OP_POP_EXCEPT) < 0 || load_const(c, VAL_NONE) < 0 ||
                nameop(c, h->name, CTX_STORE) < 0 || nameop(c, h->name, CTX_DEL) < 0 ||
                emit_jump(c, OP_JUMP, end) < 0) {
                return -1;
            }
            if (push_handler(c, hcleanup) < 0) {
                return -1;
            }
            use_label(c, cleanup_end);
            if (load_const(c, VAL_NONE) < 0 || nameop(c, h->name, CTX_STORE) < 0 ||
                nameop(c, h->name, CTX_DEL) < 0 || emit(c, OP_RERAISE, 1) < 0) {
                return -1;
            }
        } else {
            if (emit0(c, OP_POP_TOP) < 0) {
                return -1;
            }
            FBlock hc = {.type = FB_HANDLER_CLEANUP, .hbase = hb, .name = NULL};
            if (push_fblock(c, hc) < 0 || visit_stmts(c, &h->body) < 0) {
                return -1;
            }
            pop_fblock(c);
            u->hn = hb;
            if (emit0(c, OP_POP_EXCEPT) < 0 || emit_jump(c, OP_JUMP, end) < 0 ||
                push_handler(c, hcleanup) < 0) {
                return -1;
            }
        }
        use_label(c, next);
    }
    pop_fblock(c);
    if (emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    u->hn = hb;
    use_label(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    use_label(c, orelse);
    if (visit_stmts(c, &s->u.tryst.orelse) < 0) {
        return -1;
    }
    use_label(c, end);
    return 0;
}

static int compile_try_finally(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int32_t end = new_label(c), exit = new_label(c), cleanup = new_label(c);
    if (end < 0 || exit < 0 || cleanup < 0) {
        return -1;
    }
    int32_t hb0 = u->hn;
    if (setup_handler(c, end, 0, 0) < 0) {
        return -1;
    }
    FBlock fb = {.type = FB_FINALLY_TRY, .hbase = hb0, .finalbody = &s->u.tryst.finalbody};
    if (push_fblock(c, fb) < 0) {
        return -1;
    }
    if (s->u.tryst.handlers.n) {
        if (compile_try_except(c, s) < 0) {
            return -1;
        }
    } else if (visit_stmts(c, &s->u.tryst.body) < 0) {
        return -1;
    }
    u->hn = hb0;
    pop_fblock(c);
    if (visit_stmts(c, &s->u.tryst.finalbody) < 0 || emit_jump(c, OP_JUMP, exit) < 0) {
        return -1;
    }
    use_label(c, end);
    int32_t hb = u->hn;
    if (setup_handler(c, cleanup, 1, 0) < 0 || emit0(c, OP_PUSH_EXC_INFO) < 0) {
        return -1;
    }
    FBlock fe = {.type = FB_FINALLY_END, .hbase = hb};
    if (push_fblock(c, fe) < 0 || visit_stmts(c, &s->u.tryst.finalbody) < 0) {
        return -1;
    }
    pop_fblock(c);
    if (emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    u->hn = hb;
    use_label(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    use_label(c, exit);
    return 0;
}

static int compile_with(Compiler *c, Stmt *s, int32_t pos) {
    Unit *u = c->u;
    WithItem *item = s->u.with.items.items[pos];
    int32_t final = new_label(c), exit = new_label(c), cleanup = new_label(c), ok = new_label(c);
    if (final < 0 || exit < 0 || cleanup < 0 || ok < 0) {
        return -1;
    }
    if (visit_expr(c, item->context_expr) < 0 || emit0(c, OP_BEFORE_WITH) < 0) {
        return -1;
    }
    int32_t hb0 = u->hn;
    if (setup_handler(c, final, 1, -1) < 0) {
        return -1;
    }
    FBlock fb = {.type = FB_WITH, .hbase = hb0, .stmt = s};
    if (push_fblock(c, fb) < 0) {
        return -1;
    }
    if (item->optional_vars ? visit_expr(c, item->optional_vars) : emit0(c, OP_POP_TOP)) {
        return -1;
    }
    if (pos + 1 == s->u.with.items.n) {
        if (visit_stmts(c, &s->u.with.body) < 0) {
            return -1;
        }
    } else if (compile_with(c, s, pos + 1) < 0) {
        return -1;
    }
    u->hn = hb0;
    pop_fblock(c);
    set_loc(c, s->loc);
    if (call_exit_with_nones(c) < 0 || emit0(c, OP_POP_TOP) < 0 || emit_jump(c, OP_JUMP, exit) < 0) {
        return -1;
    }
    use_label(c, final);
    int32_t hb = u->hn;
    int32_t h2 = setup_handler(c, cleanup, 1, 0);
    if (h2 < 0 || emit0(c, OP_PUSH_EXC_INFO) < 0 || emit0(c, OP_WITH_EXCEPT_START) < 0 ||
        emit_jump(c, OP_POP_JUMP_IF_TRUE, ok) < 0 || emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    u->hn = hb;
    use_label(c, cleanup);
    if (pop_except_and_reraise(c) < 0 || push_handler(c, h2) < 0) {
        return -1;
    }
    use_label(c, ok);
    if (emit0(c, OP_POP_TOP) < 0) {
        return -1;
    }
    u->hn = hb;
    if (emit0(c, OP_POP_EXCEPT) < 0 || emit0(c, OP_POP_TOP) < 0 || emit0(c, OP_POP_TOP) < 0) {
        return -1;
    }
    use_label(c, exit);
    return 0;
}

static int compile_assign(Compiler *c, Stmt *s) {
    ExprList *t = &s->u.assign.targets;
    Expr *v = s->u.assign.value;
    // a, b = b, a: CPython's BUILD_TUPLE + UNPACK_SEQUENCE peephole (n <= 3) as SWAPs.
    if (t->n == 1 && v->kind == E_Tuple && (t->items[0]->kind == E_Tuple || t->items[0]->kind == E_List)) {
        int32_t n = v->u.seq.elts.n;
        ExprList *te = &t->items[0]->u.seq.elts;
        bool ok = n >= 1 && n <= 3 && te->n == n;
        for (int32_t i = 0; i < n && ok; i++) {
            ok = v->u.seq.elts.items[i]->kind != E_Starred && te->items[i]->kind != E_Starred;
        }
        if (ok) {
            Value fv = fold(c, v, 0);
            if (IS_EXC(fv)) {
                return -1;
            }
            ok = IS_UNDEF(fv);
        }
        if (ok) {
            if (visit_exprs(c, &v->u.seq.elts) < 0) {
                return -1;
            }
            if (n > 1 && emit(c, OP_SWAP, n) < 0) {
                return -1;
            }
            for (int32_t i = 0; i < n; i++) {
                if (visit_expr(c, te->items[i]) < 0) {
                    return -1;
                }
            }
            return 0;
        }
    }
    if (visit_expr(c, v) < 0) {
        return -1;
    }
    for (int32_t i = 0; i < t->n; i++) {
        if (i < t->n - 1 && emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        if (visit_expr(c, t->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int compile_augassign(Compiler *c, Stmt *s) {
    Expr *e = s->u.augassign.target;
    switch (e->kind) {
    case E_Attribute:
        if (visit_expr(c, e->u.attribute.value) < 0 || emit(c, OP_COPY, 1) < 0 ||
            emit_name(c, OP_LOAD_ATTR, e->u.attribute.attr) < 0) {
            return -1;
        }
        break;
    case E_Subscript:
        if (visit_expr(c, e->u.subscript.value) < 0 || visit_expr(c, e->u.subscript.slice) < 0 ||
            emit(c, OP_COPY, 2) < 0 || emit(c, OP_COPY, 2) < 0 || emit0(c, OP_BINARY_SUBSCR) < 0) {
            return -1;
        }
        break;
    case E_Name:
        if (nameop(c, e->u.name.id, CTX_LOAD) < 0) {
            return -1;
        }
        if (s->u.augassign.op == BINOP_ADD && c->u->nins > 0) {
            // `x += ...` may append to x's string in place (vm.c): mark the load.
            Ins *last = &c->u->ins[c->u->nins - 1];
            if (last->op == OP_LOAD_FAST) {
                last->op = OP_LOAD_FAST_KEEP;
            } else if (last->op == OP_LOAD_GLOBAL || last->op == OP_LOAD_NAME) {
                last->op = OP_LOAD_GLOBAL_KEEP;
            }
        }
        break;
    default:
        return internal_error(c, "invalid augmented assignment target");
    }
    if (visit_expr(c, s->u.augassign.value) < 0) {
        return -1;
    }
    set_loc(c, s->loc);
    if (emit(c, OP_BINARY_OP, s->u.augassign.op + BINOP_INPLACE) < 0) {
        return -1;
    }
    set_loc(c, e->loc);
    switch (e->kind) {
    case E_Attribute:
        if (emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return emit_name(c, OP_STORE_ATTR, e->u.attribute.attr);
    case E_Subscript:
        if (emit(c, OP_SWAP, 3) < 0 || emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return emit0(c, OP_STORE_SUBSCR);
    default:
        return nameop(c, e->u.name.id, CTX_STORE);
    }
}

static int check_ann_expr(Compiler *c, Expr *e) {
    if (visit_expr(c, e) < 0) {
        return -1;
    }
    return emit0(c, OP_POP_TOP);
}

static int check_ann_subscr(Compiler *c, Expr *e) {
    if (e->kind == E_Slice) {
        if (e->u.slice.lower && check_ann_expr(c, e->u.slice.lower) < 0) {
            return -1;
        }
        if (e->u.slice.upper && check_ann_expr(c, e->u.slice.upper) < 0) {
            return -1;
        }
        if (e->u.slice.step && check_ann_expr(c, e->u.slice.step) < 0) {
            return -1;
        }
        return 0;
    }
    if (e->kind == E_Tuple) {
        for (int32_t i = 0; i < e->u.seq.elts.n; i++) {
            if (check_ann_subscr(c, e->u.seq.elts.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    return check_ann_expr(c, e);
}

static int compile_annassign(Compiler *c, Stmt *s) {
    Expr *t = s->u.annassign.target;
    if (s->u.annassign.value) {
        if (visit_expr(c, s->u.annassign.value) < 0 || visit_expr(c, t) < 0) {
            return -1;
        }
    }
    switch (t->kind) {
    case E_Name:
        if (strcmp(t->u.name.id, "__debug__") == 0) {
            return c_error(c, "cannot assign to __debug__", NULL);
        }
        // Module level: CPython stores __annotations__[name]; we only evaluate it.
        if (s->u.annassign.simple && c->u->is_module && !c->future_annotations) {
            if (check_ann_expr(c, s->u.annassign.annotation) < 0) {
                return -1;
            }
        }
        break;
    case E_Attribute:
        if (!s->u.annassign.value && check_ann_expr(c, t->u.attribute.value) < 0) {
            return -1;
        }
        break;
    case E_Subscript:
        if (!s->u.annassign.value && (check_ann_expr(c, t->u.subscript.value) < 0 ||
                                      check_ann_subscr(c, t->u.subscript.slice) < 0)) {
            return -1;
        }
        break;
    default:
        return internal_error(c, "invalid node type for annotated assignment");
    }
    if (!s->u.annassign.simple && c->u->is_module && !c->future_annotations) {
        return check_ann_expr(c, s->u.annassign.annotation);
    }
    return 0;
}

static int compile_assert(Compiler *c, Stmt *s) {
    int32_t end = new_label(c);
    if (end < 0 || jump_if(c, s->u.assert_.test, end, true) < 0) {
        return -1;
    }
    set_loc(c, s->loc);
    if (s->u.assert_.msg) {
        if (emit0(c, OP_PUSH_NULL) < 0 || emit0(c, OP_LOAD_ASSERTION_ERROR) < 0 ||
            visit_expr(c, s->u.assert_.msg) < 0 || emit(c, OP_CALL, 1) < 0) {
            return -1;
        }
    } else if (emit0(c, OP_LOAD_ASSERTION_ERROR) < 0) {
        return -1;
    }
    if (emit(c, OP_RAISE_VARARGS, 1) < 0) {
        return -1;
    }
    use_label(c, end);
    return 0;
}

static char *arena_substr(Compiler *c, const char *s, size_t n) {
    char *p = kr_arena_strdup(c->st.arena, s, n);
    if (p == NULL) {
        c_nomem(c);
    }
    return p;
}

static int compile_import(Compiler *c, Stmt *s) {
    AliasList *names = &s->u.import.names;
    for (int32_t i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        set_loc(c, a->loc);
        if (load_const(c, kr_int(0)) < 0 || load_const(c, VAL_NONE) < 0 ||
            emit_name(c, OP_IMPORT_NAME, a->name) < 0) {
            return -1;
        }
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            if (dot) {
                const char *pos = dot + 1;
                for (;;) {
                    const char *nd = strchr(pos, '.');
                    size_t len = nd ? (size_t)(nd - pos) : strlen(pos);
                    char *attr = arena_substr(c, pos, len);
                    if (attr == NULL || emit_name(c, OP_IMPORT_FROM, attr) < 0) {
                        return -1;
                    }
                    if (nd == NULL) {
                        break;
                    }
                    if (emit(c, OP_SWAP, 2) < 0 || emit0(c, OP_POP_TOP) < 0) {
                        return -1;
                    }
                    pos = nd + 1;
                }
                if (nameop(c, a->asname, CTX_STORE) < 0 || emit0(c, OP_POP_TOP) < 0) {
                    return -1;
                }
            } else if (nameop(c, a->asname, CTX_STORE) < 0) {
                return -1;
            }
        } else {
            const char *store = a->name;
            if (dot) {
                store = arena_substr(c, a->name, (size_t)(dot - a->name));
                if (store == NULL) {
                    return -1;
                }
            }
            if (nameop(c, store, CTX_STORE) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int compile_from_import(Compiler *c, Stmt *s) {
    AliasList *names = &s->u.importfrom.names;
    Tuple *t = kr_tuple_new(c->vm, names->n);
    if (t == NULL) {
        return -1;
    }
    for (int32_t i = 0; i < names->n; i++) {
        const char *nm = names->items[i]->name;
        Value v = kr_str_intern(c->vm, nm, strlen(nm));
        if (IS_EXC(v)) {
            return -1;
        }
        t->items[i] = v;
    }
    if (load_const(c, kr_int(s->u.importfrom.level)) < 0 || load_const(c, kr_obj(t)) < 0 ||
        emit_name(c, OP_IMPORT_NAME, s->u.importfrom.module ? s->u.importfrom.module : "") < 0) {
        return -1;
    }
    for (int32_t i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        if (i == 0 && a->name[0] == '*') {
            return emit0(c, OP_IMPORT_STAR);
        }
        if (emit_name(c, OP_IMPORT_FROM, a->name) < 0 ||
            nameop(c, a->asname ? a->asname : a->name, CTX_STORE) < 0) {
            return -1;
        }
    }
    return emit0(c, OP_POP_TOP);
}

// ----- match statements (PEP 634): CPython 3.11's compiler_match / compiler_pattern_* -----
//
// A pattern consumes the subject on top of the stack. Values a pattern must keep while its
// sub-patterns run (a subject to index, a tuple of attributes) sit on top: `on_top` of them.
// Each captured value is rotated underneath those and underneath the earlier captures, so on
// success the captures are the top values with stores[0] topmost, and the case stores them in
// order. A failing test jumps to fail_pop[k], a chain of POP_TOPs that drops exactly the k
// values (on_top + captures) sitting above where the next case starts.
typedef struct PatCtx {
    const char **stores; // names captured so far (arena)
    int32_t nstores, capstores;
    int32_t *fail_pop; // labels (arena)
    int32_t nfail, capfail;
    int32_t on_top;
    bool allow_irrefutable;
} PatCtx;

#define PAT_WILDCARD(p) ((p)->kind == P_MatchAs && !(p)->pattern && !(p)->name)

static int compile_pattern(Compiler *c, Pattern *p, PatCtx *pc);

// Make [*arr] (an arena array of [n] items of [elem] bytes) hold at least [need] items.
static int pat_grow(Compiler *c, void **arr, int32_t n, int32_t *cap, int32_t need, size_t elem) {
    if (need <= *cap) {
        return 0;
    }
    int32_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > (1 << 24)) {
            return c_error(c, "too many sub-patterns in pattern", NULL);
        }
        ncap *= 2;
    }
    void *p = kr_arena_alloc(c->st.arena, (size_t)ncap * elem);
    if (p == NULL) {
        return c_nomem(c);
    }
    if (n > 0) {
        memcpy(p, *arr, (size_t)n * elem);
    }
    *arr = p;
    *cap = ncap;
    return 0;
}

// Allocate fail_pop labels up to index n.
static int ensure_fail_pop(Compiler *c, PatCtx *pc, int32_t n) {
    if (pat_grow(c, (void **)&pc->fail_pop, pc->nfail, &pc->capfail, n + 1, sizeof(int32_t)) < 0) {
        return -1;
    }
    while (pc->nfail < n + 1) {
        int32_t l = new_label(c);
        if (l < 0) {
            return -1;
        }
        pc->fail_pop[pc->nfail++] = l;
    }
    return 0;
}

// Jump with [op] to the fail_pop block that drops everything this pattern has pushed.
static int jump_to_fail_pop(Compiler *c, PatCtx *pc, int op) {
    int32_t pops = pc->on_top + pc->nstores;
    if (ensure_fail_pop(c, pc, pops) < 0) {
        return -1;
    }
    return emit_jump(c, op, pc->fail_pop[pops]);
}

// Place the fail_pop chain here: fail_pop[k] pops k values then falls into fail_pop[0].
static int emit_and_reset_fail_pop(Compiler *c, PatCtx *pc) {
    if (pc->nfail == 0) {
        return 0;
    }
    for (int32_t k = pc->nfail - 1; k > 0; k--) {
        use_label(c, pc->fail_pop[k]);
        if (emit0(c, OP_POP_TOP) < 0) {
            return -1;
        }
    }
    use_label(c, pc->fail_pop[0]);
    pc->nfail = 0;
    return 0;
}

// 3.10's ROT_N with SWAPs: move TOS down to position [count], lifting the values above it.
static int pattern_rotate(Compiler *c, int32_t count) {
    while (count > 1) {
        if (emit(c, OP_SWAP, count--) < 0) {
            return -1;
        }
    }
    return 0;
}

static bool pat_has_store(PatCtx *pc, const char *name) {
    for (int32_t i = 0; i < pc->nstores; i++) {
        if (strcmp(pc->stores[i], name) == 0) {
            return true;
        }
    }
    return false;
}

static int pat_add_store(Compiler *c, PatCtx *pc, const char *name) {
    if (pat_has_store(pc, name)) {
        return c_error(c, "multiple assignments to name '%s' in pattern", name);
    }
    if (pat_grow(c, (void **)&pc->stores, pc->nstores, &pc->capstores, pc->nstores + 1,
                 sizeof(char *)) < 0) {
        return -1;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

// Capture TOS as [name] (NULL: the wildcard, just pop it).
static int pattern_store_name(Compiler *c, const char *name, PatCtx *pc) {
    if (name == NULL) {
        return emit0(c, OP_POP_TOP);
    }
    if (strcmp(name, "__debug__") == 0) {
        return c_error(c, "cannot assign to __debug__", NULL);
    }
    if (pat_has_store(pc, name)) {
        return c_error(c, "multiple assignments to name '%s' in pattern", name);
    }
    if (pattern_rotate(c, pc->on_top + pc->nstores + 1) < 0) {
        return -1;
    }
    return pat_add_store(c, pc, name);
}

// A sub-pattern may always be irrefutable.
static int compile_subpattern(Compiler *c, Pattern *p, PatCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    if (compile_pattern(c, p, pc) < 0) {
        return -1;
    }
    pc->allow_irrefutable = allow;
    return 0;
}

static int pattern_sequence_unpack(Compiler *c, PatternList *pats, PatCtx *pc) {
    int32_t n = pats->n;
    bool seen_star = false;
    for (int32_t i = 0; i < n; i++) {
        if (pats->items[i]->kind == P_MatchStar && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 15)) {
                return c_error(c, "too many expressions in star-unpacking sequence pattern", NULL);
            }
            if (emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0) {
                return -1;
            }
            seen_star = true;
        }
    }
    if (!seen_star && emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
        return -1;
    }
    // The new subjects stay on the stack until each sub-pattern consumes its own.
    pc->on_top += n;
    for (int32_t i = 0; i < n; i++) {
        pc->on_top--;
        if (compile_subpattern(c, pats->items[i], pc) < 0) {
            return -1;
        }
    }
    return 0;
}

// [first, *_, last]: index the subject instead of unpacking it (negative positions are
// computed from len(), since a sequence need not support negative indexes).
static int pattern_sequence_subscr(Compiler *c, PatternList *pats, int32_t star, PatCtx *pc) {
    int32_t size = pats->n;
    pc->on_top++;
    for (int32_t i = 0; i < size; i++) {
        Pattern *pt = pats->items[i];
        if (PAT_WILDCARD(pt) || i == star) {
            continue;
        }
        if (emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        if (i < star) {
            if (load_const(c, kr_int(i)) < 0) {
                return -1;
            }
        } else if (emit0(c, OP_GET_LEN) < 0 || load_const(c, kr_int(size - i)) < 0 ||
                   emit(c, OP_BINARY_OP, BINOP_SUB) < 0) {
            return -1;
        }
        if (emit0(c, OP_BINARY_SUBSCR) < 0 || compile_subpattern(c, pt, pc) < 0) {
            return -1;
        }
    }
    pc->on_top--;
    return emit0(c, OP_POP_TOP);
}

static int pattern_sequence(Compiler *c, Pattern *p, PatCtx *pc) {
    PatternList *pats = &p->patterns;
    int32_t size = pats->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int32_t i = 0; i < size; i++) {
        Pattern *pt = pats->items[i];
        if (pt->kind == P_MatchStar) {
            if (star >= 0) {
                return c_error(c, "multiple starred names in sequence pattern", NULL);
            }
            star_wildcard = pt->name == NULL;
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= PAT_WILDCARD(pt);
    }
    // The subject stays on top during the sequence and length checks.
    pc->on_top++;
    if (emit0(c, OP_MATCH_SEQUENCE) < 0 || jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
        return -1;
    }
    if (star < 0 || size > 1) {
        // len(subject) == size, or >= size - 1 with a star
        if (emit0(c, OP_GET_LEN) < 0 || load_const(c, kr_int(star < 0 ? size : size - 1)) < 0 ||
            emit(c, OP_COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE) < 0 ||
            jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
            return -1;
        }
    }
    pc->on_top--;
    if (only_wildcard) {
        return emit0(c, OP_POP_TOP); // [] / [_, _] / [_, *_] ...
    }
    if (star_wildcard) {
        return pattern_sequence_subscr(c, pats, star, pc);
    }
    return pattern_sequence_unpack(c, pats, pc);
}

// The value of a literal key as the parser shapes it: a constant, `-number`, or
// `[-]real +/- imaginary`. VAL_UNDEF for anything else (an f-string), VAL_EXC on error.
static Value literal_value(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_Constant:
        return constant_value(c, e);
    case E_UnaryOp: {
        if (e->u.unaryop.op != UNARY_USUB || e->u.unaryop.operand->kind != E_Constant) {
            return VAL_UNDEF;
        }
        Value v = constant_value(c, e->u.unaryop.operand);
        return IS_EXC(v) ? v : kr_neg(c->vm, v);
    }
    case E_BinOp: {
        if ((e->u.binop.op != BINOP_ADD && e->u.binop.op != BINOP_SUB) ||
            e->u.binop.right->kind != E_Constant || e->u.binop.left->kind == E_BinOp) {
            return VAL_UNDEF;
        }
        Value a = literal_value(c, e->u.binop.left);
        if (IS_EXC(a) || IS_UNDEF(a)) {
            return a;
        }
        Value b = constant_value(c, e->u.binop.right);
        return IS_EXC(b) ? b : kr_binop(c->vm, e->u.binop.op, a, b);
    }
    default:
        return VAL_UNDEF;
    }
}

static int pattern_mapping(Compiler *c, Pattern *p, PatCtx *pc) {
    ExprList *keys = &p->keys;
    int32_t size = keys->n;
    if (size != p->patterns.n) {
        return internal_error(c, "mapping pattern keys/patterns mismatch");
    }
    const char *star = p->name;
    pc->on_top++;
    if (emit0(c, OP_MATCH_MAPPING) < 0 || jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
        return -1;
    }
    if (size == 0 && !star) {
        pc->on_top--; // `{}` matches any mapping
        return emit0(c, OP_POP_TOP);
    }
    if (size > 0) {
        if (emit0(c, OP_GET_LEN) < 0 || load_const(c, kr_int(size)) < 0 ||
            emit(c, OP_COMPARE_OP, CMP_GE) < 0 || jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
            return -1;
        }
    }
    // Keys are literals (checked for duplicates here) or dotted names (checked at run time).
    Value *seen = NULL;
    int32_t nseen = 0, capseen = 0;
    for (int32_t i = 0; i < size; i++) {
        Expr *key = keys->items[i];
        if (key == NULL) {
            return c_error(c, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)",
                           NULL);
        }
        if (key->kind != E_Attribute) {
            Value kv = literal_value(c, key);
            if (IS_EXC(kv)) {
                return -1;
            }
            if (IS_UNDEF(kv)) {
                return c_error(c, "mapping pattern keys may only match literals and attribute lookups",
                               NULL);
            }
            for (int32_t j = 0; j < nseen; j++) {
                int eq = kr_eq(c->vm, seen[j], kv);
                if (eq < 0) {
                    return -1;
                }
                if (eq) {
                    Value r = kr_repr(c->vm, kv);
                    if (IS_EXC(r)) {
                        return -1;
                    }
                    return c_error(c, "mapping pattern checks duplicate key (%s)", AS_STR(r)->data);
                }
            }
            if (pat_grow(c, (void **)&seen, nseen, &capseen, nseen + 1, sizeof(Value)) < 0) {
                return -1;
            }
            seen[nseen++] = kv;
        }
        if (visit_expr(c, key) < 0) {
            return -1;
        }
    }
    if (emit(c, OP_BUILD_TUPLE, size) < 0 || emit0(c, OP_MATCH_KEYS) < 0) {
        return -1;
    }
    // The keys tuple and the values tuple (or None) are now on top of the subject.
    pc->on_top += 2;
    if (emit(c, OP_COPY, 1) < 0 || load_const(c, VAL_NONE) < 0 || emit(c, OP_IS_OP, 1) < 0 ||
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0 || emit(c, OP_UNPACK_SEQUENCE, size) < 0) {
        return -1;
    }
    pc->on_top += size - 1;
    for (int32_t i = 0; i < size; i++) {
        pc->on_top--;
        if (compile_subpattern(c, p->patterns.items[i], pc) < 0) {
            return -1;
        }
    }
    pc->on_top--; // the keys tuple: consumed next
    if (star) {
        if (emit0(c, OP_COPY_DICT_WITHOUT_KEYS) < 0 || pattern_store_name(c, star, pc) < 0) {
            return -1;
        }
    } else if (emit0(c, OP_POP_TOP) < 0) {
        return -1;
    }
    pc->on_top--;
    return emit0(c, OP_POP_TOP); // the subject
}

static int pattern_class(Compiler *c, Pattern *p, PatCtx *pc) {
    int32_t nargs = p->patterns.n, nattrs = p->kwd_attrs.n;
    if (nattrs != p->kwd_patterns.n) {
        return internal_error(c, "class pattern kwd_attrs/kwd_patterns mismatch");
    }
    for (int32_t i = 0; i < nattrs; i++) {
        const char *attr = p->kwd_attrs.items[i];
        set_loc(c, p->kwd_patterns.items[i]->loc);
        if (strcmp(attr, "__debug__") == 0) {
            return c_error(c, "cannot assign to __debug__", NULL);
        }
        for (int32_t j = i + 1; j < nattrs; j++) {
            if (strcmp(attr, p->kwd_attrs.items[j]) == 0) {
                set_loc(c, p->kwd_patterns.items[j]->loc);
                return c_error(c, "attribute name repeated in class pattern: %s", attr);
            }
        }
    }
    set_loc(c, p->loc);
    if (visit_expr(c, p->value) < 0) {
        return -1;
    }
    Value names = make_str_tuple(c, (const char *const *)p->kwd_attrs.items, nattrs, NULL, 0, NULL, 0);
    if (IS_EXC(names) || load_const(c, names) < 0 || emit(c, OP_MATCH_CLASS, nargs) < 0 ||
        emit(c, OP_COPY, 1) < 0 || load_const(c, VAL_NONE) < 0 || emit(c, OP_IS_OP, 1) < 0) {
        return -1;
    }
    // TOS is a tuple of nargs + nattrs attributes, or None.
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0 ||
        emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs) < 0) {
        return -1;
    }
    pc->on_top += nargs + nattrs - 1;
    for (int32_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *pt = i < nargs ? p->patterns.items[i] : p->kwd_patterns.items[i - nargs];
        if (PAT_WILDCARD(pt)) {
            if (emit0(c, OP_POP_TOP) < 0) {
                return -1;
            }
            continue;
        }
        if (compile_subpattern(c, pt, pc) < 0) {
            return -1;
        }
    }
    return 0;
}

static int pattern_as(Compiler *c, Pattern *p, PatCtx *pc) {
    if (p->pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->name) {
                return c_error(c, "name capture '%s' makes remaining patterns unreachable", p->name);
            }
            return c_error(c, "wildcard makes remaining patterns unreachable", NULL);
        }
        return pattern_store_name(c, p->name, pc);
    }
    // Keep a copy of the subject to capture once the sub-pattern matched.
    pc->on_top++;
    if (emit(c, OP_COPY, 1) < 0 || compile_pattern(c, p->pattern, pc) < 0) {
        return -1;
    }
    pc->on_top--;
    return pattern_store_name(c, p->name, pc);
}

static int32_t store_index(PatCtx *pc, const char *name) {
    for (int32_t i = 0; i < pc->nstores; i++) {
        if (strcmp(pc->stores[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

// Each alternative runs on its own copy of the subject with its own captures; on success its
// captures are reordered to the first alternative's order, then moved under everything the
// enclosing pattern keeps.
static int pattern_or(Compiler *c, Pattern *p, PatCtx *pc) {
    int32_t end = new_label(c);
    if (end < 0) {
        return -1;
    }
    int32_t size = p->patterns.n;
    const char **control = NULL;
    int32_t ncontrol = 0;
    for (int32_t i = 0; i < size; i++) {
        Pattern *alt = p->patterns.items[i];
        set_loc(c, alt->loc);
        PatCtx sub = {0};
        sub.allow_irrefutable = i == size - 1 && pc->allow_irrefutable;
        if (emit(c, OP_COPY, 1) < 0 || compile_pattern(c, alt, &sub) < 0) {
            return -1;
        }
        if (i == 0) {
            control = sub.stores;
            ncontrol = sub.nstores;
        } else if (sub.nstores != ncontrol) {
            return c_error(c, "alternative patterns bind different names", NULL);
        } else if (ncontrol > 0) {
            for (int32_t icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
                int32_t istores = store_index(&sub, control[icontrol]);
                if (istores < 0) {
                    return c_error(c, "alternative patterns bind different names", NULL);
                }
                if (icontrol == istores) {
                    continue;
                }
                // rotated = stores[:istores+1]; del stores[:istores+1];
                // stores[icontrol-istores:icontrol-istores] = rotated  (and the same on the stack)
                int32_t rot = istores + 1;
                const char **tmp = kr_arena_alloc(c->st.arena, (size_t)rot * sizeof(char *));
                if (tmp == NULL) {
                    return c_nomem(c);
                }
                memcpy(tmp, sub.stores, (size_t)rot * sizeof(char *));
                memmove(sub.stores, sub.stores + rot, (size_t)(icontrol - istores) * sizeof(char *));
                memcpy(sub.stores + (icontrol - istores), tmp, (size_t)rot * sizeof(char *));
                while (rot--) {
                    if (pattern_rotate(c, icontrol + 1) < 0) {
                        return -1;
                    }
                }
            }
        }
        if (emit_jump(c, OP_JUMP, end) < 0 || emit_and_reset_fail_pop(c, &sub) < 0) {
            return -1;
        }
    }
    // No alternative matched: pop the subject and fail.
    if (emit0(c, OP_POP_TOP) < 0 || jump_to_fail_pop(c, pc, OP_JUMP) < 0) {
        return -1;
    }
    use_label(c, end);
    // Between the new captures and their place: the subject, on_top values, earlier captures.
    int32_t nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int32_t i = 0; i < ncontrol; i++) {
        if (pattern_rotate(c, nrots) < 0 || pat_add_store(c, pc, control[i]) < 0) {
            return -1;
        }
    }
    return emit0(c, OP_POP_TOP); // the subject
}

static int compile_pattern_inner(Compiler *c, Pattern *p, PatCtx *pc) {
    switch (p->kind) {
    case P_MatchValue:
        // Literals and dotted names compare with ==.
        if (visit_expr(c, p->value) < 0 || emit(c, OP_COMPARE_OP, CMP_EQ) < 0) {
            return -1;
        }
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case P_MatchSingleton: {
        // None / True / False compare with `is`.
        Value v = constant_value(c, p->value);
        if (IS_EXC(v) || load_const(c, v) < 0 || emit(c, OP_IS_OP, 0) < 0) {
            return -1;
        }
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    case P_MatchSequence:
        return pattern_sequence(c, p, pc);
    case P_MatchMapping:
        return pattern_mapping(c, p, pc);
    case P_MatchClass:
        return pattern_class(c, p, pc);
    case P_MatchStar:
        return pattern_store_name(c, p->name, pc);
    case P_MatchAs:
        return pattern_as(c, p, pc);
    case P_MatchOr:
        return pattern_or(c, p, pc);
    }
    return internal_error(c, "unknown pattern kind");
}

static int compile_pattern(Compiler *c, Pattern *p, PatCtx *pc) {
    if (++c->vm->c_depth > c->vm->cfg.limits.max_c_depth) {
        c->vm->c_depth--;
        kr_raise(c->vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    set_loc(c, p->loc);
    int r = compile_pattern_inner(c, p, pc);
    c->vm->c_depth--;
    return r;
}

static int compile_match(Compiler *c, Stmt *s) {
    if (visit_expr(c, s->u.match.subject) < 0) {
        return -1;
    }
    int32_t end = new_label(c);
    if (end < 0) {
        return -1;
    }
    int32_t ncases = s->u.match.cases.n;
    MatchCase **cases = s->u.match.cases.items;
    if (ncases == 0) {
        return internal_error(c, "match statement without cases");
    }
    // A trailing `case _:` needs no copy of the subject and no pattern code.
    int32_t has_default = PAT_WILDCARD(cases[ncases - 1]->pattern) && ncases > 1;
    PatCtx pc = {0};
    for (int32_t i = 0; i < ncases - has_default; i++) {
        MatchCase *m = cases[i];
        bool last = i == ncases - has_default - 1;
        set_loc(c, m->pattern->loc);
        if (!last && emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        pc.nstores = 0;
        pc.nfail = 0;
        pc.on_top = 0;
        // Irrefutable cases must be guarded, last, or both.
        pc.allow_irrefutable = m->guard != NULL || i == ncases - 1;
        if (compile_pattern(c, m->pattern, &pc) < 0) {
            return -1;
        }
        // A match: bind the captures (they are on the stack, stores[0] on top).
        for (int32_t k = 0; k < pc.nstores; k++) {
            if (nameop(c, pc.stores[k], CTX_STORE) < 0) {
                return -1;
            }
        }
        if (m->guard) {
            if (ensure_fail_pop(c, &pc, 0) < 0 || jump_if(c, m->guard, pc.fail_pop[0], false) < 0) {
                return -1;
            }
        }
        if (!last && emit0(c, OP_POP_TOP) < 0) {
            return -1; // done with the subject
        }
        if (visit_stmts(c, &m->body) < 0 || emit_jump(c, OP_JUMP, end) < 0) {
            return -1;
        }
        // A failed match's cleanup belongs to the pattern's line, not to the body's last line.
        set_loc(c, m->pattern->loc);
        if (emit_and_reset_fail_pop(c, &pc) < 0) {
            return -1;
        }
    }
    if (has_default) {
        MatchCase *m = cases[ncases - 1];
        set_loc(c, m->pattern->loc);
        if (emit0(c, ncases == 1 ? OP_POP_TOP : OP_NOP) < 0) {
            return -1;
        }
        if (m->guard && jump_if(c, m->guard, end, false) < 0) {
            return -1;
        }
        if (visit_stmts(c, &m->body) < 0) {
            return -1;
        }
    }
    use_label(c, end);
    return 0;
}

static int visit_stmt_inner(Compiler *c, Stmt *s) {
    switch (s->kind) {
    case S_FunctionDef:
        if (s->u.funcdef.is_async) {
            return c_notsup(c, "async functions are not supported yet");
        }
        return compile_function(c, s);
    case S_ClassDef:
        return c_notsup(c, "class definitions are not supported yet");
    case S_Return:
        return compile_return(c, s);
    case S_Delete:
        return visit_exprs(c, &s->u.del.targets);
    case S_Assign:
        return compile_assign(c, s);
    case S_AugAssign:
        return compile_augassign(c, s);
    case S_AnnAssign:
        return compile_annassign(c, s);
    case S_For:
        if (s->u.forloop.is_async) {
            return c_notsup(c, "async functions are not supported yet");
        }
        return compile_for(c, s);
    case S_While:
        return compile_while(c, s);
    case S_If:
        return compile_if(c, s);
    case S_With:
        if (s->u.with.is_async) {
            return c_notsup(c, "async functions are not supported yet");
        }
        return compile_with(c, s, 0);
    case S_Match:
        return compile_match(c, s);
    case S_Raise: {
        int n = 0;
        if (s->u.raise.exc) {
            if (visit_expr(c, s->u.raise.exc) < 0) {
                return -1;
            }
            n++;
            if (s->u.raise.cause) {
                if (visit_expr(c, s->u.raise.cause) < 0) {
                    return -1;
                }
                n++;
            }
        }
        set_loc(c, s->loc);
        return emit(c, OP_RAISE_VARARGS, n);
    }
    case S_Try:
        if (s->u.tryst.is_star) {
            return c_notsup(c, "except* is not supported yet");
        }
        if (s->u.tryst.finalbody.n) {
            return compile_try_finally(c, s);
        }
        return compile_try_except(c, s);
    case S_Assert:
        return compile_assert(c, s);
    case S_Import:
        return compile_import(c, s);
    case S_ImportFrom:
        return compile_from_import(c, s);
    case S_Global:
    case S_Nonlocal:
    case S_Pass:
        return 0;
    case S_Expr: {
        Expr *v = s->u.expr.value;
        if (v->kind == E_Constant) {
            return 0; // constant statements (docstrings, `...`) produce no code
        }
        if (visit_expr(c, v) < 0) {
            return -1;
        }
        return emit0(c, OP_POP_TOP);
    }
    case S_Break:
        return compile_break_continue(c, s, true);
    case S_Continue:
        return compile_break_continue(c, s, false);
    }
    return internal_error(c, "unknown statement kind");
}

static int visit_stmt(Compiler *c, Stmt *s) {
    if (++c->vm->c_depth > c->vm->cfg.limits.max_c_depth) {
        c->vm->c_depth--;
        kr_raise(c->vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    set_loc(c, s->loc);
    int r = visit_stmt_inner(c, s);
    c->vm->c_depth--;
    return r;
}

// ----- entry points -----
static Value compile_module(Compiler *c, Mod *mod) {
    Loc l0 = {1, 0, 1, 0};
    if (enter_unit(c, c->st.top, "<module>", 1, l0) < 0) {
        return VAL_EXC;
    }
    c->u->flags = CO_MODULE;
    StmtList *body = &mod->body;
    int32_t n = body->n;
    bool last_expr = (c->flags & KR_COMPILE_LAST_EXPR) && n > 0 &&
                     body->items[n - 1]->kind == S_Expr;
    int32_t first = 0;
    Expr *doc = docstring_of(body);
    if (doc && !(last_expr && n == 1)) {
        set_loc(c, body->items[0]->loc);
        Value dv = constant_value(c, doc);
        if (IS_EXC(dv) || load_const(c, dv) < 0 || nameop(c, "__doc__", CTX_STORE) < 0) {
            return VAL_EXC;
        }
        first = 1;
    }
    for (int32_t i = first; i < n; i++) {
        if (last_expr && i == n - 1) {
            Stmt *s = body->items[i];
            set_loc(c, s->loc);
            if (visit_expr(c, s->u.expr.value) < 0 || emit0(c, OP_RETURN_VALUE) < 0) {
                return VAL_EXC;
            }
            break;
        }
        if (visit_stmt(c, body->items[i]) < 0) {
            return VAL_EXC;
        }
    }
    Code *co = finish_unit(c, !last_expr);
    if (co == NULL) {
        return VAL_EXC;
    }
    return kr_obj(co);
}

// The filename as a str: a host compiling many snippets under one name shares one string.
static Value filename_value(KrVm *vm, const char *fn) {
    size_t n = strlen(fn);
    Value last = vm->last_filename;
    if (IS_STR(last) && (size_t)AS_STR(last)->len == n && memcmp(AS_STR(last)->data, fn, n) == 0) {
        return last;
    }
    Value v = kr_str_new(vm, fn, n);
    if (!IS_EXC(v)) {
        vm->last_filename = v;
    }
    return v;
}

// [arena]: the parser's (the symbol table lives as long as the tree), or NULL for a fresh one.
// [src_checked]: the parser already validated [src] as UTF-8.
static Value compile_ast(KrVm *vm, Mod *mod, const char *src, size_t len, const char *filename,
                         int flags, Arena *parse_arena, bool src_checked) {
    Compiler c;
    memset(&c, 0, sizeof(c));
    c.vm = vm;
    c.cs.filename = filename ? filename : "<string>";
    c.cs.src = src;
    c.cs.len = len;
    c.flags = flags;
    Arena *arena = parse_arena ? parse_arena : kr_arena_new(vm);
    if (arena == NULL) {
        if (IS_UNDEF(vm->exc)) {
            kr_raise_nomem(vm);
        }
        return VAL_EXC;
    }
    int saved_depth = vm->c_depth;
    Value result = VAL_EXC;
    c.filename = filename_value(vm, c.cs.filename);
    if (IS_EXC(c.filename)) {
        goto done;
    }
    c.source = VAL_NONE;
    if (src && (src_checked || kr_utf8_valid(src, len))) {
        c.source = kr_str_new(vm, src, len);
        if (IS_EXC(c.source)) {
            goto done;
        }
    }
    if (kr_symtable_build(&c.st, vm, arena, &c.cs, mod) < 0) {
        goto done;
    }
    // Annotations are never stored (no __annotations__ yet), so they are not evaluated either,
    // as under `from __future__ import annotations`: `def f(x: list[int]) -> int | None` works.
    // Documented in conformance/differences/annotations_not_evaluated.py.
    c.future_annotations = true;
    result = compile_module(&c, mod);
done:
    while (c.u) {
        leave_unit(&c);
    }
    vm->c_depth = saved_depth;
    if (!parse_arena) {
        kr_arena_free(arena);
    }
    return result;
}

Value kr_compile_ast_ex(KrVm *vm, Mod *mod, const char *src, size_t len, const char *filename,
                        int flags) {
    return compile_ast(vm, mod, src, len, filename, flags, NULL, false);
}

Value kr_compile_ast(KrVm *vm, Mod *mod, const char *src, size_t len, const char *filename) {
    return kr_compile_ast_ex(vm, mod, src, len, filename, 0);
}

Value kr_compile_ex(KrVm *vm, const char *src, size_t len, const char *filename, int flags) {
    CompileSrc cs = {filename ? filename : "<string>", src, len};
    Arena *arena = kr_arena_new(vm);
    if (arena == NULL) {
        if (IS_UNDEF(vm->exc)) {
            kr_raise_nomem(vm);
        }
        return VAL_EXC;
    }
    ParseError err;
    memset(&err, 0, sizeof(err));
    Mod *mod = kr_parse(arena, src, len, &err);
    Value r;
    if (mod != NULL && !IS_UNDEF(vm->exc)) {
        r = VAL_EXC; // an allocation failed inside the parser: never compile a partial tree
    } else if (mod == NULL) {
        if (!IS_UNDEF(vm->exc)) {
            r = VAL_EXC; // already pending (e.g. MemoryError from the arena)
        } else if (err.kind == EXC_MemoryError) {
            r = kr_raise_nomem(vm);
        } else {
            ExcId kind = err.kind;
            if (kind != EXC_IndentationError && kind != EXC_TabError) {
                kind = EXC_SyntaxError;
            }
            kr_compile_error_at(vm, &cs, kind, err.msg, err.line, err.col, err.end_line, err.end_col);
            r = VAL_EXC;
        }
    } else {
        r = compile_ast(vm, mod, src, len, cs.filename, flags, arena, true);
    }
    kr_arena_free(arena);
    return r;
}

Value kr_compile(KrVm *vm, const char *src, size_t len, const char *filename) {
    return kr_compile_ex(vm, src, len, filename, 0);
}

// ----- SyntaxError construction -----
int kr_compile_error_at(KrVm *vm, const CompileSrc *cs, ExcId kind, const char *msg, int line,
                        int offset, int end_line, int end_offset) {
    // The source line, with its newline (CPython's SyntaxError.text).
    Value text = VAL_NONE;
    if (cs->src && line >= 1) {
        const char *p = cs->src, *end = cs->src + cs->len;
        for (int l = 1; l < line && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        if (p < end || line == 1) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
            if (n < 100000 && kr_utf8_valid(p, n)) {
                char *buf = kr_mem_alloc(vm, n + 2);
                if (buf) {
                    memcpy(buf, p, n);
                    buf[n] = '\n';
                    text = kr_str_new(vm, buf, n + 1);
                    kr_mem_free(vm, buf, n + 2);
                    if (IS_EXC(text)) {
                        return -1;
                    }
                }
            }
        }
    }
    if (!IS_UNDEF(vm->exc)) {
        return -1; // OOM while building the text
    }
    Value fname = kr_str_new(vm, cs->filename, strlen(cs->filename));
    if (IS_EXC(fname)) {
        return -1;
    }
    Value details = kr_tuple_pack(vm, 6, fname, kr_int(line), kr_int(offset), text,
                                  kr_int(end_line), kr_int(end_offset));
    if (IS_EXC(details)) {
        return -1;
    }
    Value m = kr_str_new(vm, msg, strlen(msg));
    if (IS_EXC(m)) {
        return -1;
    }
    Value args = kr_tuple_pack(vm, 2, m, details);
    if (IS_EXC(args)) {
        return -1;
    }
    ExcObj *exc = kr_exc_new(vm, kr_exc_class(vm, kind), args);
    if (exc == NULL) {
        if (IS_UNDEF(vm->exc)) {
            kr_raise_nomem(vm);
        }
        return -1;
    }
    exc->extra = details;
    kr_raise_value(vm, kr_obj(exc));
    return -1;
}

int kr_compile_error(KrVm *vm, const CompileSrc *cs, ExcId kind, Loc loc, const char *fmt,
                     const char *arg) {
    // Substitute the single %s (names can be long: size the buffer exactly).
    size_t fl = strlen(fmt), al = arg ? strlen(arg) : 0;
    size_t cap = fl + al + 1;
    char *buf = kr_mem_alloc(vm, cap);
    if (buf == NULL) {
        return -1;
    }
    size_t o = 0;
    for (size_t i = 0; i < fl; i++) {
        if (fmt[i] == '%' && i + 1 < fl && fmt[i + 1] == 's') {
            if (arg) {
                memcpy(buf + o, arg, al);
                o += al;
            }
            i++;
        } else {
            buf[o++] = fmt[i];
        }
    }
    buf[o] = '\0';
    int r = kr_compile_error_at(vm, cs, kind, buf, loc.line, loc.col + 1, loc.end_line,
                                loc.end_col + 1);
    kr_mem_free(vm, buf, cap);
    return r;
}
