// SPDX-License-Identifier: MIT
// interp/ast.c: the AST arena (bump allocator over the VM's accounted allocator) and
// kr_ast_dump, which prints a tree exactly as CPython's ast.dump() does.
//
// The arena is a singly linked list of chunks; big requests get a chunk of their own. Every
// chunk is charged to the VM through kr_mem_alloc, so parsing counts against the memory limit.
#include <stdio.h>

#include "ast.h"
#include "state.h"

#define CHUNK_SIZE (64 * 1024)

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size; // total bytes of this block including the header
} Chunk;

#define FIRST_CHUNK 8192 // a small snippet's tree and the compiler's scratch fit in it

// An arena and its first chunk are one block, kept on the VM between compilations so that
// compiling a small snippet allocates nothing here.
static size_t arena_block_size(void) {
    return ((sizeof(Arena) + 15) & ~(size_t)15) + FIRST_CHUNK;
}

Arena *kr_arena_new(KrVm *vm) {
    Arena *a = vm->arena_spare;
    if (a) {
        vm->arena_spare = NULL;
    } else {
        a = kr_mem_alloc(vm, arena_block_size());
        if (!a) {
            return NULL;
        }
    }
    Chunk *c = (Chunk *)((char *)a + ((sizeof(Arena) + 15) & ~(size_t)15));
    c->next = NULL;
    c->size = FIRST_CHUNK;
    a->vm = vm;
    a->chunks = a->first = c;
    a->cur = (char *)c + ((sizeof(Chunk) + 15) & ~(size_t)15);
    a->end = (char *)c + FIRST_CHUNK;
    return a;
}

void kr_arena_release_cache(KrVm *vm) {
    if (vm->arena_spare) {
        kr_mem_free(vm, vm->arena_spare, arena_block_size());
        vm->arena_spare = NULL;
    }
}

// A new chunk (or a chunk of its own for a big block).
void *kr_arena_grow(Arena *a, size_t size) {
    if (size > SIZE_MAX - 64) {
        kr_raise_nomem(a->vm);
        return NULL;
    }
    size = size ? (size + 15) & ~(size_t)15 : 16;
    if ((size_t)(a->end - a->cur) >= size && a->cur) {
        void *p = a->cur; // only for a size of 0, which the inline path sends here
        a->cur += size;
        return p;
    }
    size_t hdr = (sizeof(Chunk) + 15) & ~(size_t)15;
    size_t want;
    if (!kr_add_ok(size, hdr, &want)) {
        return NULL;
    }
    // Chunks grow from 2 KiB (a small snippet fits in one, cheaply) up to CHUNK_SIZE.
    size_t step = a->chunks ? (size_t)a->chunks->size * 2 : 2048;
    if (step > CHUNK_SIZE) {
        step = CHUNK_SIZE;
    }
    bool own = want > step / 4;
    size_t csize = own ? want : step;
    Chunk *c = kr_mem_alloc(a->vm, csize);
    if (!c) {
        return NULL;
    }
    c->size = csize;
    void *p = (char *)c + hdr;
    if (own) {
        // A private chunk goes behind the current one so the bump region stays usable.
        if (a->chunks) {
            c->next = a->chunks->next;
            a->chunks->next = c;
        } else {
            c->next = NULL;
            a->chunks = c;
        }
    } else {
        c->next = a->chunks;
        a->chunks = c;
        a->cur = (char *)p + size;
        a->end = (char *)c + csize;
    }
    return p;
}

ArenaMark kr_arena_mark(const Arena *a) { return (ArenaMark){a->chunks, a->cur, a->end}; }

void kr_arena_release(Arena *a, ArenaMark m) {
    // Chunks made after the mark sit in front of the marked one (private chunks made while
    // the marked chunk was current sit behind it: they stay until kr_arena_free).
    while (a->chunks != (Chunk *)m.chunk && a->chunks != a->first) {
        Chunk *c = a->chunks;
        a->chunks = c->next;
        kr_mem_free(a->vm, c, c->size);
    }
    a->cur = m.cur;
    a->end = m.end;
}

char *kr_arena_strdup(Arena *a, const char *s, size_t len) {
    if (len == SIZE_MAX) {
        return NULL;
    }
    char *d = kr_arena_alloc(a, len + 1);
    if (!d) {
        return NULL;
    }
    if (len) {
        memcpy(d, s, len);
    }
    d[len] = 0;
    return d;
}

KrVm *kr_arena_vm(Arena *a) { return a->vm; }

void kr_arena_free(Arena *a) {
    if (!a) {
        return;
    }
    KrVm *vm = a->vm;
    Chunk *c = a->chunks;
    while (c) {
        Chunk *n = c->next;
        if (c != a->first) {
            kr_mem_free(vm, c, c->size);
        }
        c = n;
    }
    if (vm->arena_spare) {
        kr_mem_free(vm, a, arena_block_size());
    } else {
        vm->arena_spare = a;
    }
}

// ----- Dump -----

typedef struct Dumper {
    FILE *f;
    bool attrs;
} Dumper;

static void d_expr(Dumper *d, const Expr *e);
static void d_stmts(Dumper *d, const StmtList *l);
static void d_pattern(Dumper *d, const Pattern *p);

static void d_loc(Dumper *d, Loc l) {
    if (d->attrs) {
        fprintf(d->f, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", l.line,
                l.col, l.end_line, l.end_col);
    }
}

static uint32_t utf8_dec(const unsigned char *s, size_t n, size_t *i) {
    unsigned c = s[*i];
    int k = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    uint32_t cp = k == 0 ? c : k == 1 ? (c & 0x1F) : k == 2 ? (c & 0x0F) : (c & 0x07);
    (*i)++;
    for (int j = 0; j < k && *i < n; j++) {
        cp = (cp << 6) | (s[*i] & 0x3F);
        (*i)++;
    }
    return cp;
}

// Approximation of str.isprintable() for non-ASCII code points (no Unicode database here).
static bool printable(uint32_t c) {
    if (c < 0xA1 || c == 0xAD) {
        return c >= 0x20 && c < 0x7F;
    }
    if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x206F) || c == 0x3000 || (c >= 0xD800 && c <= 0xF8FF) ||
        c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c >= 0xF0000 || c == 0xFFFE ||
        c == 0xFFFF || (c >= 0xE0000 && c <= 0xE0FFF) || c == 0x61C || c == 0x180E) {
        return false;
    }
    return true;
}

static void d_str(Dumper *d, const char *s, size_t n, bool bytes) {
    const unsigned char *u = (const unsigned char *)s;
    bool sq = false, dq = false;
    for (size_t i = 0; i < n; i++) {
        sq |= u[i] == '\'';
        dq |= u[i] == '"';
    }
    char q = (sq && !dq) ? '"' : '\'';
    if (bytes) {
        fputc('b', d->f);
    }
    fputc(q, d->f);
    size_t i = 0;
    while (i < n) {
        uint32_t c;
        if (bytes) {
            c = u[i++];
        } else {
            c = utf8_dec(u, n, &i);
        }
        if (c == (uint32_t)q || c == '\\') {
            fprintf(d->f, "\\%c", (int)c);
        } else if (c == '\t') {
            fputs("\\t", d->f);
        } else if (c == '\n') {
            fputs("\\n", d->f);
        } else if (c == '\r') {
            fputs("\\r", d->f);
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
            fprintf(d->f, "\\x%02x", (unsigned)c);
        } else if (c < 0x80) {
            fputc((int)c, d->f);
        } else if (!printable(c)) {
            if (c < 0x100) {
                fprintf(d->f, "\\x%02x", (unsigned)c);
            } else if (c < 0x10000) {
                fprintf(d->f, "\\u%04x", (unsigned)c);
            } else {
                fprintf(d->f, "\\U%08x", (unsigned)c);
            }
        } else {
            char buf[4];
            int k;
            if (c < 0x800) {
                buf[0] = (char)(0xC0 | (c >> 6));
                buf[1] = (char)(0x80 | (c & 0x3F));
                k = 2;
            } else if (c < 0x10000) {
                buf[0] = (char)(0xE0 | (c >> 12));
                buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
                buf[2] = (char)(0x80 | (c & 0x3F));
                k = 3;
            } else {
                buf[0] = (char)(0xF0 | (c >> 18));
                buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
                buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
                buf[3] = (char)(0x80 | (c & 0x3F));
                k = 4;
            }
            fwrite(buf, 1, (size_t)k, d->f);
        }
    }
    fputc(q, d->f);
}

// Integer literal text (base prefix allowed, underscores already removed) in decimal.
static void d_int(Dumper *d, const char *t) {
    int base = 10;
    if (t[0] == '0' && t[1] && strchr("xXoObB", t[1])) {
        base = (t[1] == 'x' || t[1] == 'X') ? 16 : (t[1] == 'o' || t[1] == 'O') ? 8 : 2;
        t += 2;
    }
    size_t n = strlen(t);
    // Little-endian limbs of 1e9: log10(16)/9 < 4/27 limbs per input digit.
    uint32_t limbs[4096];
    if (n > 27000) {
        fputs("<int>", d->f);
        return;
    }
    size_t nl = 1;
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = t[i];
        uint32_t v = ch <= '9' ? (uint32_t)(ch - '0') : (uint32_t)((ch | 0x20) - 'a' + 10);
        uint64_t carry = v;
        for (size_t j = 0; j < nl; j++) {
            uint64_t x = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(x % 1000000000u);
            carry = x / 1000000000u;
        }
        while (carry) {
            limbs[nl++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    fprintf(d->f, "%u", (unsigned)limbs[nl - 1]);
    for (size_t j = nl - 1; j-- > 0;) {
        fprintf(d->f, "%09u", (unsigned)limbs[j]);
    }
}

static void d_float(Dumper *d, double f) {
    char buf[40];
    kr_dtoa_repr(f, buf);
    fputs(buf, d->f);
}

static const char *const binop_names[] = {
    [BINOP_ADD] = "Add",       [BINOP_SUB] = "Sub",     [BINOP_MUL] = "Mult",
    [BINOP_TRUEDIV] = "Div",   [BINOP_FLOORDIV] = "FloorDiv", [BINOP_MOD] = "Mod",
    [BINOP_POW] = "Pow",       [BINOP_LSHIFT] = "LShift", [BINOP_RSHIFT] = "RShift",
    [BINOP_AND] = "BitAnd",    [BINOP_OR] = "BitOr",    [BINOP_XOR] = "BitXor",
    [BINOP_MATMUL] = "MatMult",
};
static const char *const cmp_names[] = {"Lt", "LtE", "Eq", "NotEq", "Gt", "GtE",
                                        "Is", "IsNot", "In", "NotIn"};
static const char *const unary_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const ctx_names[] = {"Load()", "Store()", "Del()"};

static void d_exprs(Dumper *d, const ExprList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        if (i) {
            fputs(", ", d->f);
        }
        if (l->items[i]) {
            d_expr(d, l->items[i]);
        } else {
            fputs("None", d->f);
        }
    }
    fputc(']', d->f);
}

static void d_ident(Dumper *d, const char *s) { d_str(d, s, strlen(s), false); }

static void d_arg(Dumper *d, const Arg *a) {
    fputs("arg(arg=", d->f);
    d_ident(d, a->arg);
    if (a->annotation) {
        fputs(", annotation=", d->f);
        d_expr(d, a->annotation);
    }
    d_loc(d, a->loc);
    fputc(')', d->f);
}

static void d_args(Dumper *d, const ArgList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        if (i) {
            fputs(", ", d->f);
        }
        d_arg(d, l->items[i]);
    }
    fputc(']', d->f);
}

static void d_arguments(Dumper *d, const Arguments *a) {
    fputs("arguments(posonlyargs=", d->f);
    d_args(d, &a->posonlyargs);
    fputs(", args=", d->f);
    d_args(d, &a->args);
    if (a->vararg) {
        fputs(", vararg=", d->f);
        d_arg(d, a->vararg);
    }
    fputs(", kwonlyargs=", d->f);
    d_args(d, &a->kwonlyargs);
    fputs(", kw_defaults=", d->f);
    d_exprs(d, &a->kw_defaults);
    if (a->kwarg) {
        fputs(", kwarg=", d->f);
        d_arg(d, a->kwarg);
    }
    fputs(", defaults=", d->f);
    d_exprs(d, &a->defaults);
    fputc(')', d->f);
}

static void d_keywords(Dumper *d, const KeywordList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        const Keyword *k = l->items[i];
        fputs(i ? ", keyword(" : "keyword(", d->f);
        if (k->arg) {
            fputs("arg=", d->f);
            d_ident(d, k->arg);
            fputs(", ", d->f);
        }
        fputs("value=", d->f);
        d_expr(d, k->value);
        d_loc(d, k->loc);
        fputc(')', d->f);
    }
    fputc(']', d->f);
}

static void d_comps(Dumper *d, const CompList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        const Comprehension *c = l->items[i];
        fputs(i ? ", comprehension(target=" : "comprehension(target=", d->f);
        d_expr(d, c->target);
        fputs(", iter=", d->f);
        d_expr(d, c->iter);
        fputs(", ifs=", d->f);
        d_exprs(d, &c->ifs);
        fprintf(d->f, ", is_async=%d)", c->is_async);
    }
    fputc(']', d->f);
}

static void d_const(Dumper *d, const Expr *e) {
    switch (e->u.constant.kind) {
    case CONST_NONE: fputs("None", d->f); break;
    case CONST_TRUE: fputs("True", d->f); break;
    case CONST_FALSE: fputs("False", d->f); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", d->f); break;
    case CONST_INT: d_int(d, e->u.constant.text); break;
    case CONST_FLOAT: d_float(d, e->u.constant.f); break;
    case CONST_IMAG: {
        char buf[40];
        kr_dtoa_repr(e->u.constant.f, buf);
        // complex repr drops a trailing ".0" of an integral imaginary part
        size_t n = strlen(buf);
        if (n > 2 && strcmp(buf + n - 2, ".0") == 0) {
            buf[n - 2] = 0;
        }
        fprintf(d->f, "%sj", buf);
        break;
    }
    case CONST_STR: d_str(d, e->u.constant.text, e->u.constant.len, false); break;
    case CONST_BYTES: d_str(d, e->u.constant.text, e->u.constant.len, true); break;
    }
}

static void d_expr(Dumper *d, const Expr *e) {
    FILE *f = d->f;
    switch (e->kind) {
    case E_BoolOp:
        fprintf(f, "BoolOp(op=%s(), values=", e->u.boolop.op == BOOL_AND ? "And" : "Or");
        d_exprs(d, &e->u.boolop.values);
        break;
    case E_NamedExpr:
        fputs("NamedExpr(target=", f);
        d_expr(d, e->u.namedexpr.target);
        fputs(", value=", f);
        d_expr(d, e->u.namedexpr.value);
        break;
    case E_BinOp:
        fputs("BinOp(left=", f);
        d_expr(d, e->u.binop.left);
        fprintf(f, ", op=%s(), right=", binop_names[e->u.binop.op]);
        d_expr(d, e->u.binop.right);
        break;
    case E_UnaryOp:
        fprintf(f, "UnaryOp(op=%s(), operand=", unary_names[e->u.unaryop.op]);
        d_expr(d, e->u.unaryop.operand);
        break;
    case E_Lambda:
        fputs("Lambda(args=", f);
        d_arguments(d, e->u.lambda.args);
        fputs(", body=", f);
        d_expr(d, e->u.lambda.body);
        break;
    case E_IfExp:
        fputs("IfExp(test=", f);
        d_expr(d, e->u.ifexp.test);
        fputs(", body=", f);
        d_expr(d, e->u.ifexp.body);
        fputs(", orelse=", f);
        d_expr(d, e->u.ifexp.orelse);
        break;
    case E_Dict:
        fputs("Dict(keys=", f);
        d_exprs(d, &e->u.dict.keys);
        fputs(", values=", f);
        d_exprs(d, &e->u.dict.values);
        break;
    case E_Set:
        fputs("Set(elts=", f);
        d_exprs(d, &e->u.set.elts);
        break;
    case E_ListComp:
    case E_SetComp:
    case E_GeneratorExp:
        fputs(e->kind == E_ListComp ? "ListComp(elt=" : e->kind == E_SetComp ? "SetComp(elt="
                                                                               : "GeneratorExp(elt=",
              f);
        d_expr(d, e->u.comp.elt);
        fputs(", generators=", f);
        d_comps(d, &e->u.comp.generators);
        break;
    case E_DictComp:
        fputs("DictComp(key=", f);
        d_expr(d, e->u.comp.elt);
        fputs(", value=", f);
        d_expr(d, e->u.comp.value);
        fputs(", generators=", f);
        d_comps(d, &e->u.comp.generators);
        break;
    case E_Await:
    case E_Yield:
    case E_YieldFrom:
        fputs(e->kind == E_Await ? "Await(" : e->kind == E_Yield ? "Yield(" : "YieldFrom(", f);
        if (e->u.yield.value) {
            fputs("value=", f);
            d_expr(d, e->u.yield.value);
        }
        if (d->attrs) {
            Loc l = e->loc;
            fprintf(f, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)",
                    e->u.yield.value ? ", " : "", l.line, l.col, l.end_line, l.end_col);
        } else {
            fputc(')', f);
        }
        return;
    case E_Compare:
        fputs("Compare(left=", f);
        d_expr(d, e->u.compare.left);
        fputs(", ops=[", f);
        for (int32_t i = 0; i < e->u.compare.n; i++) {
            fprintf(f, "%s%s()", i ? ", " : "", cmp_names[e->u.compare.ops[i]]);
        }
        fputs("], comparators=", f);
        d_exprs(d, &e->u.compare.comparators);
        break;
    case E_Call:
        fputs("Call(func=", f);
        d_expr(d, e->u.call.func);
        fputs(", args=", f);
        d_exprs(d, &e->u.call.args);
        fputs(", keywords=", f);
        d_keywords(d, &e->u.call.keywords);
        break;
    case E_FormattedValue:
        fputs("FormattedValue(value=", f);
        d_expr(d, e->u.formatted.value);
        fprintf(f, ", conversion=%d", e->u.formatted.conversion);
        if (e->u.formatted.format_spec) {
            fputs(", format_spec=", f);
            d_expr(d, e->u.formatted.format_spec);
        }
        break;
    case E_JoinedStr:
        fputs("JoinedStr(values=", f);
        d_exprs(d, &e->u.joinedstr.values);
        break;
    case E_Constant:
        fputs("Constant(value=", f);
        d_const(d, e);
        break;
    case E_Attribute:
        fputs("Attribute(value=", f);
        d_expr(d, e->u.attribute.value);
        fputs(", attr=", f);
        d_ident(d, e->u.attribute.attr);
        fprintf(f, ", ctx=%s", ctx_names[e->u.attribute.ctx]);
        break;
    case E_Subscript:
        fputs("Subscript(value=", f);
        d_expr(d, e->u.subscript.value);
        fputs(", slice=", f);
        d_expr(d, e->u.subscript.slice);
        fprintf(f, ", ctx=%s", ctx_names[e->u.subscript.ctx]);
        break;
    case E_Starred:
        fputs("Starred(value=", f);
        d_expr(d, e->u.starred.value);
        fprintf(f, ", ctx=%s", ctx_names[e->u.starred.ctx]);
        break;
    case E_Name:
        fputs("Name(id=", f);
        d_ident(d, e->u.name.id);
        fprintf(f, ", ctx=%s", ctx_names[e->u.name.ctx]);
        break;
    case E_List:
    case E_Tuple:
        fputs(e->kind == E_List ? "List(elts=" : "Tuple(elts=", f);
        d_exprs(d, &e->u.seq.elts);
        fprintf(f, ", ctx=%s", ctx_names[e->u.seq.ctx]);
        break;
    case E_Slice: {
        fputs("Slice(", f);
        const char *sep = "";
        if (e->u.slice.lower) {
            fputs("lower=", f);
            d_expr(d, e->u.slice.lower);
            sep = ", ";
        }
        if (e->u.slice.upper) {
            fprintf(f, "%supper=", sep);
            d_expr(d, e->u.slice.upper);
            sep = ", ";
        }
        if (e->u.slice.step) {
            fprintf(f, "%sstep=", sep);
            d_expr(d, e->u.slice.step);
            sep = ", ";
        }
        if (d->attrs) {
            Loc l = e->loc;
            fprintf(f, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep,
                    l.line, l.col, l.end_line, l.end_col);
        }
        fputc(')', f);
        return;
    }
    }
    d_loc(d, e->loc);
    fputc(')', f);
}

static void d_patterns(Dumper *d, const PatternList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        if (i) {
            fputs(", ", d->f);
        }
        d_pattern(d, l->items[i]);
    }
    fputc(']', d->f);
}

static void d_names(Dumper *d, const NameList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        if (i) {
            fputs(", ", d->f);
        }
        d_ident(d, l->items[i]);
    }
    fputc(']', d->f);
}

static void d_pattern(Dumper *d, const Pattern *p) {
    FILE *f = d->f;
    const char *sep = ", ";
    switch (p->kind) {
    case P_MatchValue:
        fputs("MatchValue(value=", f);
        d_expr(d, p->value);
        break;
    case P_MatchSingleton:
        fputs("MatchSingleton(value=", f);
        d_const(d, p->value);
        break;
    case P_MatchSequence:
        fputs("MatchSequence(patterns=", f);
        d_patterns(d, &p->patterns);
        break;
    case P_MatchMapping:
        fputs("MatchMapping(keys=", f);
        d_exprs(d, &p->keys);
        fputs(", patterns=", f);
        d_patterns(d, &p->patterns);
        if (p->name) {
            fputs(", rest=", f);
            d_ident(d, p->name);
        }
        break;
    case P_MatchClass:
        fputs("MatchClass(cls=", f);
        d_expr(d, p->value);
        fputs(", patterns=", f);
        d_patterns(d, &p->patterns);
        fputs(", kwd_attrs=", f);
        d_names(d, &p->kwd_attrs);
        fputs(", kwd_patterns=", f);
        d_patterns(d, &p->kwd_patterns);
        break;
    case P_MatchStar:
        fputs("MatchStar(", f);
        sep = "";
        if (p->name) {
            fputs("name=", f);
            d_ident(d, p->name);
            sep = ", ";
        }
        break;
    case P_MatchAs:
        fputs("MatchAs(", f);
        sep = "";
        if (p->pattern) {
            fputs("pattern=", f);
            d_pattern(d, p->pattern);
            sep = ", ";
        }
        if (p->name) {
            fprintf(f, "%sname=", sep);
            d_ident(d, p->name);
            sep = ", ";
        }
        break;
    case P_MatchOr:
        fputs("MatchOr(patterns=", f);
        d_patterns(d, &p->patterns);
        break;
    }
    if (d->attrs) {
        Loc l = p->loc;
        fprintf(f, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep, l.line,
                l.col, l.end_line, l.end_col);
    }
    fputc(')', f);
}

static void d_stmt(Dumper *d, const Stmt *s) {
    FILE *f = d->f;
    const char *sep = ", ";
    switch (s->kind) {
    case S_FunctionDef:
        fputs(s->u.funcdef.is_async ? "AsyncFunctionDef(name=" : "FunctionDef(name=", f);
        d_ident(d, s->u.funcdef.name);
        fputs(", args=", f);
        d_arguments(d, s->u.funcdef.args);
        fputs(", body=", f);
        d_stmts(d, &s->u.funcdef.body);
        fputs(", decorator_list=", f);
        d_exprs(d, &s->u.funcdef.decorators);
        if (s->u.funcdef.returns) {
            fputs(", returns=", f);
            d_expr(d, s->u.funcdef.returns);
        }
        break;
    case S_ClassDef:
        fputs("ClassDef(name=", f);
        d_ident(d, s->u.classdef.name);
        fputs(", bases=", f);
        d_exprs(d, &s->u.classdef.bases);
        fputs(", keywords=", f);
        d_keywords(d, &s->u.classdef.keywords);
        fputs(", body=", f);
        d_stmts(d, &s->u.classdef.body);
        fputs(", decorator_list=", f);
        d_exprs(d, &s->u.classdef.decorators);
        break;
    case S_Return:
        fputs("Return(", f);
        sep = "";
        if (s->u.expr.value) {
            fputs("value=", f);
            d_expr(d, s->u.expr.value);
            sep = ", ";
        }
        break;
    case S_Delete:
        fputs("Delete(targets=", f);
        d_exprs(d, &s->u.del.targets);
        break;
    case S_Assign:
        fputs("Assign(targets=", f);
        d_exprs(d, &s->u.assign.targets);
        fputs(", value=", f);
        d_expr(d, s->u.assign.value);
        break;
    case S_AugAssign:
        fputs("AugAssign(target=", f);
        d_expr(d, s->u.augassign.target);
        fprintf(f, ", op=%s(), value=", binop_names[s->u.augassign.op]);
        d_expr(d, s->u.augassign.value);
        break;
    case S_AnnAssign:
        fputs("AnnAssign(target=", f);
        d_expr(d, s->u.annassign.target);
        fputs(", annotation=", f);
        d_expr(d, s->u.annassign.annotation);
        if (s->u.annassign.value) {
            fputs(", value=", f);
            d_expr(d, s->u.annassign.value);
        }
        fprintf(f, ", simple=%d", s->u.annassign.simple);
        break;
    case S_For:
        fputs(s->u.forloop.is_async ? "AsyncFor(target=" : "For(target=", f);
        d_expr(d, s->u.forloop.target);
        fputs(", iter=", f);
        d_expr(d, s->u.forloop.iter);
        fputs(", body=", f);
        d_stmts(d, &s->u.forloop.body);
        fputs(", orelse=", f);
        d_stmts(d, &s->u.forloop.orelse);
        break;
    case S_While:
    case S_If:
        fputs(s->kind == S_While ? "While(test=" : "If(test=", f);
        d_expr(d, s->u.whileloop.test);
        fputs(", body=", f);
        d_stmts(d, &s->u.whileloop.body);
        fputs(", orelse=", f);
        d_stmts(d, &s->u.whileloop.orelse);
        break;
    case S_With:
        fputs(s->u.with.is_async ? "AsyncWith(items=[" : "With(items=[", f);
        for (int32_t i = 0; i < s->u.with.items.n; i++) {
            const WithItem *w = s->u.with.items.items[i];
            fputs(i ? ", withitem(context_expr=" : "withitem(context_expr=", f);
            d_expr(d, w->context_expr);
            if (w->optional_vars) {
                fputs(", optional_vars=", f);
                d_expr(d, w->optional_vars);
            }
            fputc(')', f);
        }
        fputs("], body=", f);
        d_stmts(d, &s->u.with.body);
        break;
    case S_Match:
        fputs("Match(subject=", f);
        d_expr(d, s->u.match.subject);
        fputs(", cases=[", f);
        for (int32_t i = 0; i < s->u.match.cases.n; i++) {
            const MatchCase *c = s->u.match.cases.items[i];
            fputs(i ? ", match_case(pattern=" : "match_case(pattern=", f);
            d_pattern(d, c->pattern);
            if (c->guard) {
                fputs(", guard=", f);
                d_expr(d, c->guard);
            }
            fputs(", body=", f);
            d_stmts(d, &c->body);
            fputc(')', f);
        }
        fputc(']', f);
        break;
    case S_Raise:
        fputs("Raise(", f);
        sep = "";
        if (s->u.raise.exc) {
            fputs("exc=", f);
            d_expr(d, s->u.raise.exc);
            sep = ", ";
        }
        if (s->u.raise.cause) {
            fprintf(f, "%scause=", sep);
            d_expr(d, s->u.raise.cause);
            sep = ", ";
        }
        break;
    case S_Try:
        fputs(s->u.tryst.is_star ? "TryStar(body=" : "Try(body=", f);
        d_stmts(d, &s->u.tryst.body);
        fputs(", handlers=[", f);
        for (int32_t i = 0; i < s->u.tryst.handlers.n; i++) {
            const ExceptHandler *h = s->u.tryst.handlers.items[i];
            fputs(i ? ", ExceptHandler(" : "ExceptHandler(", f);
            if (h->type) {
                fputs("type=", f);
                d_expr(d, h->type);
                fputs(", ", f);
            }
            if (h->name) {
                fputs("name=", f);
                d_ident(d, h->name);
                fputs(", ", f);
            }
            fputs("body=", f);
            d_stmts(d, &h->body);
            d_loc(d, h->loc);
            fputc(')', f);
        }
        fputs("], orelse=", f);
        d_stmts(d, &s->u.tryst.orelse);
        fputs(", finalbody=", f);
        d_stmts(d, &s->u.tryst.finalbody);
        break;
    case S_Assert:
        fputs("Assert(test=", f);
        d_expr(d, s->u.assert_.test);
        if (s->u.assert_.msg) {
            fputs(", msg=", f);
            d_expr(d, s->u.assert_.msg);
        }
        break;
    case S_Import:
    case S_ImportFrom: {
        const AliasList *al;
        if (s->kind == S_Import) {
            fputs("Import(names=[", f);
            al = &s->u.import.names;
        } else {
            fputs("ImportFrom(", f);
            if (s->u.importfrom.module) {
                fputs("module=", f);
                d_ident(d, s->u.importfrom.module);
                fputs(", ", f);
            }
            fputs("names=[", f);
            al = &s->u.importfrom.names;
        }
        for (int32_t i = 0; i < al->n; i++) {
            const Alias *a = al->items[i];
            fputs(i ? ", alias(name=" : "alias(name=", f);
            d_ident(d, a->name);
            if (a->asname) {
                fputs(", asname=", f);
                d_ident(d, a->asname);
            }
            d_loc(d, a->loc);
            fputc(')', f);
        }
        fputc(']', f);
        if (s->kind == S_ImportFrom) {
            fprintf(f, ", level=%d", s->u.importfrom.level);
        }
        break;
    }
    case S_Global:
    case S_Nonlocal:
        fputs(s->kind == S_Global ? "Global(names=" : "Nonlocal(names=", f);
        d_names(d, &s->u.global.names);
        break;
    case S_Expr:
        fputs("Expr(value=", f);
        d_expr(d, s->u.expr.value);
        break;
    case S_Pass:
    case S_Break:
    case S_Continue:
        fputs(s->kind == S_Pass ? "Pass(" : s->kind == S_Break ? "Break(" : "Continue(", f);
        sep = "";
        break;
    }
    if (d->attrs) {
        Loc l = s->loc;
        fprintf(f, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep, l.line,
                l.col, l.end_line, l.end_col);
    }
    fputc(')', f);
}

static void d_stmts(Dumper *d, const StmtList *l) {
    fputc('[', d->f);
    for (int32_t i = 0; i < l->n; i++) {
        if (i) {
            fputs(", ", d->f);
        }
        d_stmt(d, l->items[i]);
    }
    fputc(']', d->f);
}

void kr_ast_dump_ex(const Mod *m, bool attrs) {
    Dumper d = {stdout, attrs};
    fputs("Module(body=", d.f);
    d_stmts(&d, &m->body);
    fputs(", type_ignores=[])\n", d.f);
}

void kr_ast_dump(const Mod *m) { kr_ast_dump_ex(m, false); }
