// SPDX-License-Identifier: MIT
// interp/parser.c: hand-written recursive-descent parser for Python 3.11 -> AST (ast.h).
//
// Single pass over a lazily filled token buffer. The only lookahead beyond one token is the
// soft-keyword check for `match` (scan to the end of the logical line) and a few fixed-length
// peeks. Binary operators use precedence climbing, so a bracket level costs a handful of C
// frames; recursion is bounded by p->depth (KR_MAX_PARSE_DEPTH based) and the lexer's bracket
// limit, never by the C stack. Error messages and positions follow CPython's pegen parser for
// the common cases.
#include <stddef.h>
#include <stdio.h>

#include "lexer.h"
#include "lexer_names.h"

#define MAX_DEPTH (2 * KR_MAX_PARSE_DEPTH)
// Left-deep chains (a+b+c..., f()()..., a.b.c...) cost the parser no C stack, but whoever walks
// the tree recursively (compiler, dump) does: cap the tree depth like CPython's compiler does.
#define MAX_CHAIN 3000
#define INLINE_TOKS 64

typedef struct Parser {
    Arena *a;
    Lexer *lx;
    Token *toks;
    size_t ntoks, cap, pos;
    ParseError *err;
    bool failed;
    bool at_end; // the last token in the buffer is ENDMARKER or ERROR: the lexer has no more
    int depth;
    const char *src;
    size_t len;
    Token *last; // last consumed token (copy kept in lasttok)
    Token lasttok;
    // f-string sub-parsers: location mapping for tokens of the "(expr)" buffer
    bool in_fstring;
    int32_t fs_line0, fs_col0;
    int func_depth; // for nothing but future use
    // Tokens start in this buffer (a short snippet never allocates one), then move to the heap.
    Token inline_toks[INLINE_TOKS];
} Parser;

// ----- Errors -----

static void *perr_range(Parser *p, ExcId kind, int32_t line, int32_t col, int32_t eline,
                        int32_t ecol, const char *fmt, ...) {
    if (p->failed) {
        return NULL;
    }
    p->failed = true;
    p->err->kind = kind;
    p->err->line = line;
    p->err->col = col;
    p->err->end_line = eline;
    p->err->end_col = ecol;
    va_list ap;
    va_start(ap, fmt);
    char buf[256];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    snprintf(p->err->msg, sizeof p->err->msg, "%s%.240s", p->in_fstring ? "f-string: " : "", buf);
    return NULL;
}

#define ERR_AT_TOK(p, t, ...)                                                                      \
    perr_range(p, EXC_SyntaxError, (t)->line, (t)->col, (t)->end_line, (t)->end_col, __VA_ARGS__)
// Errors inside a string literal are reported at the end of its token, as CPython does.
#define ERR_IN_STR(p, t, ...)                                                                      \
    perr_range(p, EXC_SyntaxError, (t)->end_line, (t)->end_col, (t)->end_line, (t)->end_col,     \
               __VA_ARGS__)
#define ERR_AT_NODE(p, e, ...)                                                                     \
    perr_range(p, EXC_SyntaxError, (e)->loc.line, (e)->loc.col, (e)->loc.end_line,               \
               (e)->loc.end_col, __VA_ARGS__)

static void *oom(Parser *p) {
    if (!p->failed) {
        p->failed = true;
        p->err->kind = EXC_MemoryError;
        snprintf(p->err->msg, sizeof p->err->msg, "out of memory while parsing");
        p->err->line = p->err->col = p->err->end_line = p->err->end_col = 0;
    }
    return NULL;
}

static void *alloc(Parser *p, size_t n) {
    void *r = kr_arena_alloc(p->a, n);
    if (!r) {
        return oom(p);
    }
    return r;
}

// ----- Tokens -----

// Grow the token buffer (it is full).
static bool grow_toks(Parser *p) {
    size_t ncap = p->cap * 2;
    size_t bytes;
    if (!kr_mul_ok(ncap, sizeof(Token), &bytes)) {
        oom(p);
        return false;
    }
    KrVm *vm = kr_arena_vm(p->a);
    Token *nt;
    if (p->toks == p->inline_toks) { // first growth: leave the inline buffer
        nt = kr_mem_alloc(vm, bytes);
        if (nt) {
            memcpy(nt, p->toks, p->ntoks * sizeof(Token));
        }
    } else {
        nt = kr_mem_realloc(vm, p->toks, p->cap * sizeof(Token), bytes);
    }
    if (!nt) {
        oom(p);
        return false;
    }
    p->toks = nt;
    p->cap = ncap;
    return true;
}

static inline bool fill(Parser *p) {
    if (__builtin_expect(p->ntoks == p->cap, 0) && !grow_toks(p)) {
        return false;
    }
    Token *t = &p->toks[p->ntoks];
    kr_lexer_next_inline(p->lx, t);
    if (__builtin_expect(t->type == T_ENDMARKER || t->type == T_ERROR, 0)) {
        p->at_end = true;
    }
    if (__builtin_expect(p->in_fstring, 0)) {
        if (t->line == 1) {
            t->col += p->fs_col0;
        }
        if (t->end_line == 1) {
            t->end_col += p->fs_col0;
        }
        t->line += p->fs_line0 - 1;
        t->end_line += p->fs_line0 - 1;
    }
    p->ntoks++;
    return true;
}

static void free_toks(Parser *p) {
    if (p->toks != p->inline_toks) {
        kr_mem_free(kr_arena_vm(p->a), p->toks, p->cap * sizeof(Token));
    }
}

static Token *peek_slow(Parser *p, size_t k) {
    do {
        // the lexer has nothing after ENDMARKER or ERROR: they repeat forever
        if (p->at_end) {
            return &p->toks[p->ntoks - 1];
        }
        if (!fill(p)) {
            static const Token errtok = {.type = T_ERROR};
            return (Token *)&errtok;
        }
    } while (p->pos + k >= p->ntoks);
    return &p->toks[p->pos + k];
}

static inline Token *peek(Parser *p, size_t k) {
    if (__builtin_expect(p->pos + k < p->ntoks, 1)) {
        return &p->toks[p->pos + k];
    }
    return peek_slow(p, k);
}

static inline Token *cur(Parser *p) { return peek(p, 0); }
static inline int curt(Parser *p) { return peek(p, 0)->type; }

// Consume the current token, which the caller has looked at (so it is in the buffer) and knows
// to be significant (not NEWLINE/INDENT/DEDENT/ENDMARKER/ERROR): advance() without the checks.
static inline Token *take(Parser *p) {
    p->lasttok = p->toks[p->pos++];
    return &p->lasttok;
}

static Token *advance(Parser *p) {
    Token *t = cur(p);
    if (t->type != T_NEWLINE && t->type != T_INDENT && t->type != T_DEDENT) {
        p->lasttok = *t; // node ends are the last significant token
        p->last = &p->lasttok;
    }
    if (t->type != T_ENDMARKER && t->type != T_ERROR) {
        p->pos++;
    }
    return &p->lasttok;
}

static inline bool accept(Parser *p, int type) {
    if (curt(p) != type) {
        return false;
    }
    // [type] is a constant at most call sites: this folds to one of the two
    if (type == T_NEWLINE || type == T_INDENT || type == T_DEDENT || type == T_ENDMARKER ||
        type == T_ERROR) {
        advance(p);
    } else {
        take(p);
    }
    return true;
}

// Generic failure at the current token: a lexer error wins, else "invalid syntax".
static void *syntax_error(Parser *p) {
    if (p->failed) {
        return NULL;
    }
    Token *t = cur(p);
    if (t->type == T_ERROR) {
        p->failed = true; // lexer already filled p->err
        if (p->in_fstring && strncmp(p->err->msg, "f-string: ", 10) != 0) {
            char buf[sizeof p->err->msg];
            memcpy(buf, p->err->msg, sizeof buf);
            snprintf(p->err->msg, sizeof p->err->msg, "f-string: %.200s", buf);
        }
        return NULL;
    }
    if (t->type == T_INDENT) {
        // CPython's offset is the width of the indentation
        return perr_range(p, EXC_IndentationError, t->line, t->col - 1, t->end_line, t->end_col,
                          "unexpected indent");
    }
    if (t->type == T_DEDENT) {
        return perr_range(p, EXC_IndentationError, t->line, t->col, t->end_line, t->end_col,
                          "unindent does not match any outer indentation level");
    }
    if (t->type == T_ENDMARKER && !p->in_fstring) {
        return perr_range(p, EXC_SyntaxError, t->line, t->col, t->line, t->col,
                          "invalid syntax");
    }
    return ERR_AT_TOK(p, t, "invalid syntax");
}

static bool expect(Parser *p, int type) {
    if (accept(p, type)) {
        return true;
    }
    syntax_error(p);
    return false;
}

static bool expect_msg(Parser *p, int type, const char *msg) {
    if (accept(p, type)) {
        return true;
    }
    if (p->failed) {
        return false;
    }
    if (curt(p) == T_ERROR) {
        syntax_error(p);
        return false;
    }
    // CPython points "expected ':'" at the last token consumed (its end).
    Token *l = p->last ? p->last : cur(p);
    perr_range(p, EXC_SyntaxError, l->end_line, l->end_col, l->end_line, l->end_col, "%s", msg);
    return false;
}

static bool chain_ok(Parser *p, int links) {
    if (p->depth + links > MAX_CHAIN) {
        if (!p->failed) {
            Token *t = cur(p);
            perr_range(p, EXC_RecursionError, t->line, t->col, t->end_line, t->end_col,
                       "maximum recursion depth exceeded during compilation");
        }
        return false;
    }
    return true;
}

static bool enter(Parser *p) {
    if (++p->depth > MAX_DEPTH) {
        Token *t = cur(p);
        ERR_AT_TOK(p, t, "too many nested parentheses");
        return false;
    }
    return true;
}
static inline void leave(Parser *p) { p->depth--; }

// ----- Node builders -----

static Loc loc_from(Parser *p, const Token *start) {
    Loc l = {start->line, start->col, p->last->end_line, p->last->end_col};
    return l;
}

// Where a node starts: all the hot paths keep of their first token (cheaper than a copy).
typedef struct Pos {
    int32_t line, col;
} Pos;

static inline Pos pos_of(const Token *t) { return (Pos){t->line, t->col}; }

static inline Loc loc_at(Parser *p, Pos start) {
    return (Loc){start.line, start.col, p->last->end_line, p->last->end_col};
}


static Expr *new_expr(Parser *p, ExprKind k, Loc l) {
    Expr *e = kr_arena_alloc(p->a, sizeof(Expr)); // constant size: the clearing is inlined
    if (!e) {
        return oom(p);
    }
    e->kind = k;
    e->loc = l;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind k, Loc l) {
    Stmt *s = kr_arena_alloc(p->a, sizeof(Stmt));
    if (!s) {
        return oom(p);
    }
    s->kind = k;
    s->loc = l;
    return s;
}

// Growable pointer vector in the arena (abandoned blocks stay in the arena until the end).
typedef struct Vec {
    void **items;
    int32_t n, cap;
} Vec;

static bool vpush(Parser *p, Vec *v, void *x) {
    if (v->n == v->cap) {
        int32_t ncap = v->cap ? v->cap * 2 : 4;
        if (ncap > (1 << 28)) {
            oom(p);
            return false;
        }
        void **ni = kr_arena_alloc_raw(p->a, sizeof(void *) * (size_t)ncap); // filled below
        if (!ni) {
            oom(p);
            return false;
        }
        if (v->n) {
            memcpy(ni, v->items, sizeof(void *) * (size_t)v->n);
        }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = x;
    return true;
}

#define VLIST(T, v) ((T){(v).n, (void *)(v).items})

static char *ident(Parser *p, const Token *t) {
    char *s = kr_arena_strdup(p->a, t->start, t->len);
    if (!s) {
        return oom(p);
    }
    return s;
}

// A Name node for token [t]; the identifier is stored right after the node (one block).
static Expr *name_expr(Parser *p, const Token *t, ExprCtx ctx) {
    // A short name is copied as 16 bytes at once when the source has them (the block has room).
    bool short_name = t->len < 16 && (size_t)(p->lx->end - t->start) >= 16;
    size_t size;
    if (!kr_add_ok(sizeof(Expr) + 1, t->len, &size)) {
        return oom(p);
    }
    Expr *e = kr_arena_alloc_raw(p->a, short_name ? sizeof(Expr) + 16 : size);
    if (!e) {
        return oom(p);
    }
    memset(e, 0, sizeof(Expr));
    char *id = (char *)(e + 1);
    if (short_name) {
        memcpy(id, t->start, 16);
    } else {
        memcpy(id, t->start, t->len);
    }
    id[t->len] = 0;
    e->kind = E_Name;
    e->loc = (Loc){t->line, t->col, t->end_line, t->end_col};
    e->u.name.id = id;
    e->u.name.ctx = ctx;
    return e;
}

static Expr *make_tuple(Parser *p, Vec *v, Loc l, ExprCtx ctx) {
    Expr *e = new_expr(p, E_Tuple, l);
    if (e) {
        e->u.seq.elts = VLIST(ExprList, *v);
        e->u.seq.ctx = ctx;
    }
    return e;
}

static bool is_soft(const Token *t, const char *kw) {
    size_t n = strlen(kw);
    return t->type == T_NAME && t->len == n && memcmp(t->start, kw, n) == 0;
}

// ----- Forward declarations -----

static Expr *p_expression(Parser *p);
static Expr *p_named(Parser *p);
static Expr *p_star_named(Parser *p);
static Expr *p_star_exprs(Parser *p);
static Expr *p_bin(Parser *p, int minprec);
static Expr *p_factor(Parser *p);
static Expr *p_operand(Parser *p);
static Expr *p_primary(Parser *p);
static Expr *p_atom(Parser *p);
static Expr *p_yield(Parser *p);
static Expr *p_strings(Parser *p);
static Arguments *p_params(Parser *p, bool lambda);
static bool p_block(Parser *p, StmtList *out, const char *what, const Token *kw);
static Stmt *p_statement_list(Parser *p, Vec *out);
static bool p_statement(Parser *p, Vec *out);
static Expr *p_star_targets(Parser *p);

#define PREC_OR 1
#define PREC_AND 2
#define PREC_NOT 3
#define PREC_CMP 4
#define PREC_BOR 5

// ----- Targets -----

static const char *expr_name(const Expr *e) {
    switch (e->kind) {
    case E_Attribute: return "attribute";
    case E_Subscript: return "subscript";
    case E_Starred: return "starred";
    case E_Name: return "name";
    case E_List: return "list";
    case E_Tuple: return "tuple";
    case E_Lambda: return "lambda";
    case E_Call: return "function call";
    case E_BoolOp:
    case E_BinOp:
    case E_UnaryOp: return "expression";
    case E_GeneratorExp: return "generator expression";
    case E_Yield:
    case E_YieldFrom: return "yield expression";
    case E_Await: return "await expression";
    case E_ListComp: return "list comprehension";
    case E_SetComp: return "set comprehension";
    case E_DictComp: return "dict comprehension";
    case E_Dict: return "dict literal";
    case E_Set: return "set display";
    case E_JoinedStr:
    case E_FormattedValue: return "f-string expression";
    case E_Constant:
        switch (e->u.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case E_Compare: return "comparison";
    case E_IfExp: return "conditional expression";
    case E_NamedExpr: return "named expression";
    case E_Slice: return "slice";
    }
    return "expression";
}

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.
static const Expr *invalid_target(const Expr *e, ExprCtx ctx) {
    switch (e->kind) {
    case E_Name:
    case E_Attribute:
    case E_Subscript: return NULL;
    case E_Starred:
        if (ctx == CTX_DEL) {
            return e;
        }
        return invalid_target(e->u.starred.value, ctx);
    case E_List:
    case E_Tuple:
        for (int32_t i = 0; i < e->u.seq.elts.n; i++) {
            const Expr *r = invalid_target(e->u.seq.elts.items[i], ctx);
            if (r) {
                return r;
            }
        }
        return NULL;
    default: return e;
    }
}

static void set_ctx(Expr *e, ExprCtx ctx) {
    switch (e->kind) {
    case E_Name: e->u.name.ctx = ctx; break;
    case E_Attribute: e->u.attribute.ctx = ctx; break;
    case E_Subscript: e->u.subscript.ctx = ctx; break;
    case E_Starred:
        e->u.starred.ctx = ctx;
        set_ctx(e->u.starred.value, ctx);
        break;
    case E_List:
    case E_Tuple:
        e->u.seq.ctx = ctx;
        for (int32_t i = 0; i < e->u.seq.elts.n; i++) {
            set_ctx(e->u.seq.elts.items[i], ctx);
        }
        break;
    default: break;
    }
}

// Validate [e] as an assignment/for/with/comprehension/del target and set its context.
static bool check_target(Parser *p, Expr *e, ExprCtx ctx) {
    if (e->kind == E_Name) {
        e->u.name.ctx = ctx; // what the general code below does for a name
        return true;
    }
    const Expr *bad = invalid_target(e, ctx);
    if (bad) {
        ERR_AT_NODE(p, bad, ctx == CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                    expr_name(bad));
        return false;
    }
    if (ctx == CTX_STORE) {
        if (e->kind == E_Starred) {
            ERR_AT_NODE(p, e, "starred assignment target must be in a list or tuple");
            return false;
        }
        if (e->kind == E_List || e->kind == E_Tuple) {
            int stars = 0;
            for (int32_t i = 0; i < e->u.seq.elts.n; i++) {
                if (e->u.seq.elts.items[i]->kind == E_Starred) {
                    stars++;
                    if (stars > 1) {
                        ERR_AT_NODE(p, e, "multiple starred expressions in assignment");
                        return false;
                    }
                }
            }
        }
    }
    set_ctx(e, ctx);
    return true;
}

// ----- Numbers and strings -----

static Expr *p_number(Parser *p) {
    Token *t = take(p); // the current token is a NUMBER
    // The node and its digit text (NUL-terminated) are one block.
    size_t size;
    if (!kr_add_ok(sizeof(Expr) + 1, t->len, &size)) {
        return oom(p);
    }
    Expr *e = kr_arena_alloc_raw(p->a, size);
    if (!e) {
        return oom(p);
    }
    memset(e, 0, sizeof(Expr));
    e->kind = E_Constant;
    e->loc = (Loc){t->line, t->col, t->end_line, t->end_col};
    char *buf = (char *)(e + 1);
    size_t n = 0;
    bool isfloat = false, imag = false, hex = t->len > 1 && (t->start[1] == 'x' || t->start[1] == 'X');
    for (uint32_t i = 0; i < t->len; i++) {
        char c = t->start[i];
        if (c == '_') {
            continue;
        }
        if (!hex && (c == '.' || c == 'e' || c == 'E')) {
            isfloat = true;
        }
        if (c == 'j' || c == 'J') {
            imag = true;
            continue;
        }
        buf[n++] = c;
    }
    buf[n] = 0;
    if (imag || isfloat) {
        e->u.constant.kind = imag ? CONST_IMAG : CONST_FLOAT;
        if (kr_dtoa_parse(buf, n, &e->u.constant.f) < 0) {
            return ERR_AT_TOK(p, t, "invalid decimal literal");
        }
    } else {
        e->u.constant.kind = CONST_INT;
        e->u.constant.text = buf;
        e->u.constant.len = n;
    }
    return e;
}

// Output buffer for decoded string bodies (arena-backed, grows by doubling).
typedef struct SBuf {
    char *s;
    size_t n, cap;
} SBuf;

static bool sb_reserve(Parser *p, SBuf *b, size_t extra) {
    size_t need;
    if (!kr_add_ok(b->n, extra, &need)) {
        oom(p);
        return false;
    }
    if (need + 1 <= b->cap) {
        return true;
    }
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < need + 1) {
        if (!kr_mul_ok(ncap, 2, &ncap)) {
            oom(p);
            return false;
        }
    }
    char *ns = alloc(p, ncap);
    if (!ns) {
        return false;
    }
    if (b->n) {
        memcpy(ns, b->s, b->n);
    }
    b->s = ns;
    b->cap = ncap;
    return true;
}

static bool sb_add(Parser *p, SBuf *b, const char *s, size_t n) {
    if (!sb_reserve(p, b, n)) {
        return false;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return true;
}

static bool sb_utf8(Parser *p, SBuf *b, uint32_t c) {
    char buf[4];
    size_t k;
    if (c < 0x80) {
        buf[0] = (char)c;
        k = 1;
    } else if (c < 0x800) {
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
    return sb_add(p, b, buf, k);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}


static bool name_eq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (y >= 'a' && y <= 'z') {
            y = (char)(y - 32);
        }
        if (x != y) {
            return false;
        }
    }
    return true;
}

// Decode a string body [s, s+n) with escapes (bytes mode: only byte escapes, ASCII only).
// Errors are reported at token [t]. Returns false on error.
static bool decode_body(Parser *p, SBuf *b, const char *s, size_t n, bool raw, bool bytes,
                        const Token *t) {
    if (!sb_reserve(p, b, n)) {
        return false;
    }
    // pos mirrors CPython's offsets into its intermediate buffer (non-ASCII chars become
    // 10-byte \U escapes before decoding).
    size_t pos = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r') {
            // universal newlines inside literals
            i++;
            if (i < n && s[i] == '\n') {
                i++;
            }
            b->s[b->n++] = '\n';
            pos++;
            continue;
        }
        if (c >= 0x80) {
            if (bytes) {
                ERR_AT_TOK(p, t, "bytes can only contain ASCII literal characters");
                return false;
            }
            size_t k = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            memcpy(b->s + b->n, s + i, k);
            b->n += k;
            i += k;
            pos += 10;
            continue;
        }
        if (c != '\\' || raw) {
            b->s[b->n++] = (char)c;
            i++;
            pos++;
            continue;
        }
        // escape
        size_t start = pos;
        i++;
        if (i >= n) {
            b->s[b->n++] = '\\';
            break;
        }
        c = (unsigned char)s[i++];
        pos += 2;
        switch (c) {
        case '\n': continue;
        case '\r':
            if (i < n && s[i] == '\n') {
                i++;
            }
            continue;
        case '\\': b->s[b->n++] = '\\'; continue;
        case '\'': b->s[b->n++] = '\''; continue;
        case '"': b->s[b->n++] = '"'; continue;
        case 'a': b->s[b->n++] = '\a'; continue;
        case 'b': b->s[b->n++] = '\b'; continue;
        case 'f': b->s[b->n++] = '\f'; continue;
        case 'n': b->s[b->n++] = '\n'; continue;
        case 'r': b->s[b->n++] = '\r'; continue;
        case 't': b->s[b->n++] = '\t'; continue;
        case 'v': b->s[b->n++] = '\v'; continue;
        default: break;
        }
        if (c >= '0' && c <= '7') {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (uint32_t)(s[i++] - '0');
                pos++;
            }
            if (bytes) {
                b->s[b->n++] = (char)(v & 0xFF);
            } else {
                b->n--; // sb_utf8 re-reserves; undo nothing: we have room (escape >= 2 bytes)
                b->n++;
                char tmp[4];
                SBuf tb = {tmp, 0, 0};
                KR_UNUSED(tb);
                if (!sb_utf8(p, b, v)) {
                    return false;
                }
            }
            continue;
        }
        if (c == 'x' || (!bytes && (c == 'u' || c == 'U'))) {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            for (; k < digits && i < n && hexval((unsigned char)s[i]) >= 0; k++) {
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
            }
            if (k < digits) {
                if (bytes) {
                    ERR_IN_STR(p, t, "(value error) invalid \\x escape at position %zu", start);
                } else {
                    ERR_IN_STR(p, t,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in "
                               "position %zu-%zu: truncated \\%c%s escape",
                               start, start + 1 + (size_t)k, c,
                               c == 'x' ? "XX" : c == 'u' ? "XXXX" : "XXXXXXXX");
                }
                return false;
            }
            pos += (size_t)digits;
            if (bytes) {
                b->s[b->n++] = (char)v;
            } else {
                if (v > 0x10FFFF) {
                    ERR_IN_STR(p, t,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in "
                               "position %zu-%zu: illegal Unicode character",
                               start, start + 9);
                    return false;
                }
                if (!sb_utf8(p, b, v)) {
                    return false;
                }
            }
            continue;
        }
        if (c == 'N' && !bytes) {
            size_t j = i;
            if (j < n && s[j] == '{') {
                size_t e = j + 1;
                while (e < n && s[e] != '}') {
                    e++;
                }
                if (e < n) {
                    size_t nl = e - j - 1;
                    const char *nm = kr_uninames_text;
                    for (size_t u = 0; u < KR_UNINAMES_COUNT; u++) {
                        size_t ln = strlen(nm);
                        if (ln == nl && name_eq(nm, s + j + 1, nl)) {
                            if (!sb_utf8(p, b, kr_uninames_cp[u])) {
                                return false;
                            }
                            pos += nl + 2;
                            i = e + 1;
                            goto next;
                        }
                        nm += ln + 1;
                    }
                    // No Unicode name database here: say so rather than pretend the name
                    // does not exist.
                    ERR_IN_STR(p, t,
                               "(unicode error) \\N{%.*s} escape is not supported by krait "
                               "(only a few common character names are); use \\u or \\U",
                               (int)(nl > 100 ? 100 : nl), s + j + 1);
                    KR_UNUSED(start);
                    return false;
                }
            }
            ERR_IN_STR(p, t,
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "%zu-%zu: malformed \\N character escape",
                       start, start + 1);
            return false;
        }
        // unknown escape: kept as is (CPython only warns)
        b->s[b->n++] = '\\';
        i--;
        pos--;
    next:;
    }
    b->s[b->n] = 0;
    return true;
}

typedef struct StrTok {
    const char *body;
    size_t n;
    bool raw, bytes, fstr, u;
} StrTok;

static void split_string(const Token *t, StrTok *st) {
    const char *s = t->start;
    memset(st, 0, sizeof *st);
    while (*s != '\'' && *s != '"') {
        char c = (char)(*s | 0x20);
        st->raw |= c == 'r';
        st->bytes |= c == 'b';
        st->fstr |= c == 'f';
        st->u |= c == 'u';
        s++;
    }
    size_t pre = (size_t)(s - t->start);
    size_t q = (t->len - pre >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    st->body = s + q;
    st->n = t->len - pre - 2 * q;
}

// f-string state: the JoinedStr values and the pending literal text.
typedef struct FState {
    Vec values;
    SBuf last;
    bool have_last;
    Loc loc; // whole concatenation
} FState;

static bool fs_flush(Parser *p, FState *fs) {
    if (fs->have_last && fs->last.n > 0) {
        Expr *c = new_expr(p, E_Constant, fs->loc);
        if (!c) {
            return false;
        }
        c->u.constant.kind = CONST_STR;
        c->u.constant.text = fs->last.s;
        c->u.constant.len = fs->last.n;
        if (!vpush(p, &fs->values, c)) {
            return false;
        }
    }
    fs->last.s = NULL;
    fs->last.n = fs->last.cap = 0;
    fs->have_last = false;
    return true;
}

static bool fs_parse(Parser *p, FState *fs, const Token *t, const char **sp, const char *end,
                     bool raw, int lvl);

// Parse the expression text [s, e) of a replacement field with a sub-parser over "(expr)".
static Expr *fs_compile(Parser *p, const Token *t, const char *s, const char *e) {
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) {
        q++;
    }
    if (q == e) {
        return ERR_IN_STR(p, t, "f-string: empty expression not allowed");
    }
    size_t n = (size_t)(e - s);
    char *buf = alloc(p, n + 3);
    if (!buf) {
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = 0;
    // Location mapping as CPython 3.11's fstring_find_expr_location.
    const char *brace = s - 1;
    int32_t lines = 0;
    for (const char *c = t->start; c < brace; c++) {
        lines += *c == '\n';
    }
    bool nl_after = true;
    for (const char *c = s; c < e && *c != '}' && *c != '\n'; c++) {
        if (*c != ' ' && *c != '\t' && *c != '\f') {
            nl_after = false;
            break;
        }
    }
    if (s == e || *s == '}') {
        nl_after = true;
    }
    int32_t cols = 0;
    if (!nl_after) {
        const char *c = brace;
        while (c > t->start && *c != '\n') {
            c--;
        }
        cols = (int32_t)(brace - c);
        if (*c == '\n') {
            cols -= 1;
        }
    }
    Lexer lx;
    ParseError suberr;
    memset(&suberr, 0, sizeof suberr);
    kr_lexer_init(&lx, buf, n + 2, &suberr);
    lx.prev_nl = false;
    Parser sub;
    memcpy(&sub, p, offsetof(Parser, inline_toks)); // not the tokens: sub starts with none
    sub.lx = &lx;
    sub.toks = sub.inline_toks;
    sub.cap = INLINE_TOKS;
    sub.ntoks = sub.pos = 0;
    sub.at_end = false;
    sub.err = &suberr;
    sub.failed = false;
    sub.in_fstring = true;
    sub.fs_line0 = t->line + lines;
    sub.fs_col0 = lines ? cols : t->col + cols;
    sub.last = NULL;
    Expr *r = p_star_exprs(&sub);
    if (r && curt(&sub) != T_NEWLINE && curt(&sub) != T_ENDMARKER) {
        syntax_error(&sub);
        r = NULL;
    }
    free_toks(&sub);
    p->depth = sub.depth;
    if (!r || sub.failed) {
        if (!p->failed) {
            // CPython reports these columns relative to the "(expr)" text
            if (suberr.line == sub.fs_line0 && suberr.col >= sub.fs_col0) {
                suberr.col -= sub.fs_col0;
                if (suberr.end_line == suberr.line) {
                    suberr.end_col -= sub.fs_col0;
                }
            }
            *p->err = suberr;
            p->failed = true;
        }
        return NULL;
    }
    return r;
}

// One replacement field at **sp == '{'.
static bool fs_field(Parser *p, FState *fs, const Token *t, const char **sp, const char *end,
                     bool raw, int lvl) {
    if (lvl >= 2) {
        ERR_IN_STR(p, t, "f-string: expressions nested too deeply");
        return false;
    }
    const char *s = *sp + 1;
    const char *estart = s;
    char quote = 0;
    int qtype = 0;
    char stack[KR_LEX_MAXLEVEL];
    int depth = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            ERR_IN_STR(p, t, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (qtype == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                qtype = 3;
                s += 2;
            } else {
                qtype = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '{' || ch == '[' || ch == '(') {
            if (depth >= KR_LEX_MAXLEVEL) {
                ERR_IN_STR(p, t, "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
            continue;
        }
        if (ch == '#') {
            ERR_IN_STR(p, t, "f-string expression part cannot include '#'");
            return false;
        }
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                           ch == '<')) {
            if (s + 1 < end) {
                char nx = s[1];
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') ||
                    (ch == '<' && nx == '=') || (ch == '>' && nx == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                continue;
            }
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                ERR_IN_STR(p, t, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                ERR_IN_STR(p, t,
                           "f-string: closing parenthesis '%c' does not match opening "
                           "parenthesis '%c'",
                           ch, open);
                return false;
            }
        }
    }
    const char *eend = s;
    if (quote) {
        ERR_IN_STR(p, t, "f-string: unterminated string");
        return false;
    }
    if (depth) {
        ERR_IN_STR(p, t, "f-string: unmatched '%c'", stack[depth - 1]);
        return false;
    }
    if (s >= end) {
        goto expecting;
    }
    Expr *value = fs_compile(p, t, estart, eend);
    if (!value) {
        return false;
    }
    bool debug = false;
    const char *dbg_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' ||
                           *s == '\v')) {
            s++;
        }
        if (s >= end) {
            goto expecting;
        }
        debug = true;
        dbg_end = s;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end) {
            goto expecting;
        }
        conversion = (unsigned char)*s++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            ERR_IN_STR(p, t,
                       "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    Expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end) {
            goto expecting;
        }
        FState sub;
        memset(&sub, 0, sizeof sub);
        // CPython: parts before a nested field span the whole literal; the trailing text and
        // the spec itself get the location of the current token.
        sub.loc = fs->loc;
        if (!fs_parse(p, &sub, t, &s, end, raw, lvl + 1)) {
            return false;
        }
        sub.loc = (Loc){t->line, t->col, t->end_line, t->end_col};
        if (!fs_flush(p, &sub)) {
            return false;
        }
        spec = new_expr(p, E_JoinedStr, sub.loc);
        if (!spec) {
            return false;
        }
        spec->u.joinedstr.values = VLIST(ExprList, sub.values);
    }
    if (s >= end || *s != '}') {
        goto expecting;
    }
    s++;
    if (debug) {
        if (!sb_add(p, &fs->last, estart, (size_t)(dbg_end - estart))) {
            return false;
        }
        fs->have_last = true;
        if (!spec && conversion == -1) {
            conversion = 'r';
        }
    }
    if (!fs_flush(p, fs)) {
        return false;
    }
    Expr *fv = new_expr(p, E_FormattedValue, fs->loc);
    if (!fv) {
        return false;
    }
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = spec;
    if (!vpush(p, &fs->values, fv)) {
        return false;
    }
    *sp = s;
    return true;
expecting:
    ERR_IN_STR(p, t, "f-string: expecting '}'");
    return false;
}

// Literal text and fields of one f-string body; at lvl > 0 stops at the closing '}'.
static bool fs_parse(Parser *p, FState *fs, const Token *t, const char **sp, const char *end,
                     bool raw, int lvl) {
    const char *s = *sp;
    for (;;) {
        const char *lit = s;
        const char *litend;
        bool doubled = false;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N' && s < end && *s == '{') {
                    s++;
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && *s == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        ERR_IN_STR(p, t, "f-string: single '}' is not allowed");
                        return false;
                    }
                }
                s--;
                break;
            }
        }
        litend = s;
        if (litend > lit) {
            if (raw) {
                // universal newlines still apply
                if (!decode_body(p, &fs->last, lit, (size_t)(litend - lit), true, false, t)) {
                    return false;
                }
            } else if (!decode_body(p, &fs->last, lit, (size_t)(litend - lit), false, false, t)) {
                return false;
            }
            fs->have_last = true;
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end || *s == '}') {
            break;
        }
        // *s == '{'
        if (!fs_field(p, fs, t, &s, end, raw, lvl)) {
            return false;
        }
    }
    if (lvl == 0 && s < end) {
        ERR_IN_STR(p, t, "f-string: unexpected end of string");
        return false;
    }
    if (lvl != 0 && (s >= end || *s != '}')) {
        ERR_IN_STR(p, t, "f-string: expecting '}'");
        return false;
    }
    *sp = s;
    return true;
}

// Adjacent string literals -> one Constant or JoinedStr.
static Expr *p_strings(Parser *p) {
    Token firstcopy = *cur(p); // copy: peek() may move the token buffer
    size_t i0 = p->pos;
    bool bytes = false, anyf = false;
    size_t count = 0;
    while (peek(p, count)->type == T_STRING) {
        StrTok st;
        split_string(peek(p, count), &st);
        if (count == 0) {
            bytes = st.bytes;
        } else if (st.bytes != bytes) {
            size_t k = count;
            while (peek(p, k)->type == T_STRING) {
                k++;
            }
            Token *t = peek(p, k); // CPython reports at the last token read
            return ERR_AT_TOK(p, t, "cannot mix bytes and nonbytes literals");
        }
        anyf |= st.fstr;
        count++;
    }
    for (size_t k = 0; k < count; k++) {
        advance(p);
    }
    Loc l = loc_from(p, &firstcopy);
    if (!anyf) {
        SBuf b = {NULL, 0, 0};
        if (!sb_reserve(p, &b, 0)) {
            return NULL;
        }
        for (size_t k = 0; k < count; k++) {
            Token *t = &p->toks[i0 + k];
            StrTok st;
            split_string(t, &st);
            if (!decode_body(p, &b, st.body, st.n, st.raw, st.bytes, t)) {
                return NULL;
            }
        }
        Expr *e = new_expr(p, E_Constant, l);
        if (!e) {
            return NULL;
        }
        e->u.constant.kind = bytes ? CONST_BYTES : CONST_STR;
        e->u.constant.text = b.s;
        e->u.constant.len = b.n;
        return e;
    }
    FState fs;
    memset(&fs, 0, sizeof fs);
    fs.loc = l;
    for (size_t k = 0; k < count; k++) {
        Token t = p->toks[i0 + k]; // copy: sub-parsers never touch p->toks, but be safe
        StrTok st;
        split_string(&t, &st);
        if (st.fstr) {
            const char *s = st.body;
            if (!fs_parse(p, &fs, &t, &s, st.body + st.n, st.raw, 0)) {
                return NULL;
            }
        } else {
            if (!decode_body(p, &fs.last, st.body, st.n, st.raw, false, &t)) {
                return NULL;
            }
            fs.have_last = true;
        }
    }
    if (!fs_flush(p, &fs)) {
        return NULL;
    }
    Expr *e = new_expr(p, E_JoinedStr, l);
    if (e) {
        e->u.joinedstr.values = VLIST(ExprList, fs.values);
    }
    return e;
}

// ----- Expressions -----

static Expr *new_const(Parser *p, ConstKind k, const Token *t) {
    Loc l = {t->line, t->col, t->end_line, t->end_col};
    Expr *e = new_expr(p, E_Constant, l);
    if (e) {
        e->u.constant.kind = k;
    }
    return e;
}

// for_if_clauses after the element; [start] is the opening bracket token.
static bool p_comp_for(Parser *p, CompList *out) {
    Vec gens = {0};
    for (;;) {
        int is_async = 0;
        if (curt(p) == T_ASYNC && peek(p, 1)->type == T_FOR) {
            advance(p);
            is_async = 1;
        } else if (curt(p) != T_FOR) {
            break;
        }
        advance(p);
        Comprehension *c = alloc(p, sizeof(Comprehension));
        if (!c) {
            return false;
        }
        c->is_async = is_async;
        c->target = p_star_targets(p);
        if (!c->target) {
            return false;
        }
        if (!check_target(p, c->target, CTX_STORE)) {
            return false;
        }
        if (curt(p) != T_IN) {
            if (curt(p) == T_ERROR) {
                syntax_error(p);
            } else {
                ERR_AT_TOK(p, cur(p), "invalid syntax");
            }
            return false;
        }
        advance(p);
        c->iter = p_bin(p, PREC_OR);
        if (!c->iter) {
            return false;
        }
        Vec ifs = {0};
        while (curt(p) == T_IF) {
            advance(p);
            Expr *cond = p_bin(p, PREC_OR);
            if (!cond || !vpush(p, &ifs, cond)) {
                return false;
            }
        }
        c->ifs = VLIST(ExprList, ifs);
        if (!vpush(p, &gens, c)) {
            return false;
        }
    }
    *out = VLIST(CompList, gens);
    return true;
}

static bool starts_comp(Parser *p) {
    return curt(p) == T_FOR || (curt(p) == T_ASYNC && peek(p, 1)->type == T_FOR);
}

// Two expressions in a row inside brackets: CPython's "Perhaps you forgot a comma?".
static bool starts_expr(int t) {
    switch (t) {
    case T_NAME:
    case T_NUMBER:
    case T_STRING:
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE:
    case T_MINUS:
    case T_PLUS:
    case T_TILDE:
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
    case T_ELLIPSIS:
    case T_LAMBDA:
    case T_AWAIT:
    case T_NOT: return true;
    default: return false;
    }
}

static void *forgot_comma(Parser *p, Expr *a) {
    Token *t = cur(p);
    if (!p->failed && t->level > 0 && starts_expr(t->type) && a->kind != E_Lambda) {
        // the second expression's extent
        Parser save = *p;
        KR_UNUSED(save);
        return perr_range(p, EXC_SyntaxError, a->loc.line, a->loc.col, t->end_line, t->end_col,
                          "invalid syntax. Perhaps you forgot a comma?");
    }
    return syntax_error(p);
}

static void *comp_target_error(Parser *p, Vec *v) {
    Expr *a = v->items[0], *b = v->items[v->n - 1];
    return perr_range(p, EXC_SyntaxError, a->loc.line, a->loc.col, b->loc.end_line,
                      b->loc.end_col, "did you forget parentheses around the comprehension target?");
}

// ( ... ): tuple, parenthesized expr, generator, yield.
static Expr *p_paren(Parser *p) {
    Token open = *advance(p);
    if (accept(p, T_RPAR)) {
        Vec v = {0};
        return make_tuple(p, &v, loc_from(p, &open), CTX_LOAD);
    }
    if (curt(p) == T_YIELD) {
        Expr *y = p_yield(p);
        if (!y || !expect(p, T_RPAR)) {
            return NULL;
        }
        return y;
    }
    Expr *first = p_star_named(p);
    if (!first) {
        return NULL;
    }
    if (starts_comp(p)) {
        if (first->kind == E_Starred) {
            return ERR_AT_NODE(p, first, "iterable unpacking cannot be used in comprehension");
        }
        Expr *g = new_expr(p, E_GeneratorExp, first->loc);
        if (!g || !p_comp_for(p, &g->u.comp.generators)) {
            return NULL;
        }
        g->u.comp.elt = first;
        if (!expect(p, T_RPAR)) {
            return NULL;
        }
        g->loc = loc_from(p, &open);
        return g;
    }
    if (accept(p, T_RPAR)) {
        if (first->kind == E_Starred) {
            return ERR_AT_NODE(p, first, "cannot use starred expression here");
        }
        return first; // parenthesized: location stays the inner one
    }
    if (curt(p) != T_COMMA) {
        return forgot_comma(p, first);
    }
    Vec v = {0};
    if (!vpush(p, &v, first)) {
        return NULL;
    }
    while (accept(p, T_COMMA)) {
        if (curt(p) == T_RPAR) {
            break;
        }
        Expr *e = p_star_named(p);
        if (!e || !vpush(p, &v, e)) {
            return NULL;
        }
        if (starts_comp(p)) {
            return syntax_error(p); // CPython: plain "invalid syntax" for (a, b for ...)
        }
    }
    if (curt(p) != T_RPAR) {
        return forgot_comma(p, v.items[v.n - 1]);
    }
    advance(p);
    return make_tuple(p, &v, loc_from(p, &open), CTX_LOAD);
}

static Expr *p_list(Parser *p) {
    Token open = *advance(p);
    Vec v = {0};
    if (!accept(p, T_RSQB)) {
        Expr *first = p_star_named(p);
        if (!first) {
            return NULL;
        }
        if (starts_comp(p)) {
            if (first->kind == E_Starred) {
                return ERR_AT_NODE(p, first, "iterable unpacking cannot be used in comprehension");
            }
            Expr *g = new_expr(p, E_ListComp, first->loc);
            if (!g || !p_comp_for(p, &g->u.comp.generators)) {
                return NULL;
            }
            g->u.comp.elt = first;
            if (!expect(p, T_RSQB)) {
                return NULL;
            }
            g->loc = loc_from(p, &open);
            return g;
        }
        if (!vpush(p, &v, first)) {
            return NULL;
        }
        while (accept(p, T_COMMA)) {
            if (curt(p) == T_RSQB) {
                break;
            }
            Expr *e = p_star_named(p);
            if (!e || !vpush(p, &v, e)) {
                return NULL;
            }
            if (starts_comp(p)) {
                return comp_target_error(p, &v);
            }
        }
        if (curt(p) != T_RSQB) {
            return forgot_comma(p, v.items[v.n - 1]);
        }
        advance(p);
    }
    Expr *e = new_expr(p, E_List, loc_from(p, &open));
    if (e) {
        e->u.seq.elts = VLIST(ExprList, v);
    }
    return e;
}

static Expr *p_brace(Parser *p) {
    Token open = *advance(p);
    Vec keys = {0}, vals = {0};
    if (accept(p, T_RBRACE)) {
        Expr *e = new_expr(p, E_Dict, loc_from(p, &open));
        return e;
    }
    bool isdict;
    Expr *k = NULL, *v = NULL;
    if (curt(p) == T_DSTAR) {
        advance(p);
        v = p_bin(p, PREC_BOR);
        if (!v) {
            return NULL;
        }
        isdict = true;
    } else {
        k = p_star_named(p);
        if (!k) {
            return NULL;
        }
        if (curt(p) == T_COLON && k->kind != E_Starred) {
            advance(p);
            v = p_expression(p);
            if (!v) {
                return NULL;
            }
            isdict = true;
        } else {
            isdict = false;
        }
    }
    if (starts_comp(p) && !(isdict && !k)) {
        if (k && k->kind == E_Starred) {
            return ERR_AT_NODE(p, k, "iterable unpacking cannot be used in comprehension");
        }
        Expr *g = new_expr(p, isdict ? E_DictComp : E_SetComp, open.line ? k->loc : k->loc);
        if (!g || !p_comp_for(p, &g->u.comp.generators)) {
            return NULL;
        }
        g->u.comp.elt = k;
        g->u.comp.value = isdict ? v : NULL;
        if (!expect(p, T_RBRACE)) {
            return NULL;
        }
        g->loc = loc_from(p, &open);
        return g;
    }
    if (!vpush(p, &keys, k) || (isdict && !vpush(p, &vals, v))) {
        return NULL;
    }
    while (accept(p, T_COMMA)) {
        if (curt(p) == T_RBRACE) {
            break;
        }
        if (isdict) {
            if (accept(p, T_DSTAR)) {
                k = NULL;
                v = p_bin(p, PREC_BOR);
            } else {
                k = p_expression(p);
                if (!k) {
                    return NULL;
                }
                if (curt(p) != T_COLON) {
                    if (curt(p) == T_ERROR) {
                        return syntax_error(p);
                    }
                    return perr_range(p, EXC_SyntaxError, k->loc.end_line, k->loc.end_col - 1,
                                      k->loc.end_line, k->loc.end_col,
                                      "':' expected after dictionary key");
                }
                advance(p);
                v = p_expression(p);
            }
            if (!v || !vpush(p, &keys, k) || !vpush(p, &vals, v)) {
                return NULL;
            }
        } else {
            k = p_star_named(p);
            if (!k || !vpush(p, &keys, k)) {
                return NULL;
            }
            if (starts_comp(p)) {
                return comp_target_error(p, &keys);
            }
        }
    }
    if (curt(p) != T_RBRACE) {
        Expr *lastx = isdict ? vals.items[vals.n - 1] : keys.items[keys.n - 1];
        return forgot_comma(p, lastx);
    }
    advance(p);
    Expr *e = new_expr(p, isdict ? E_Dict : E_Set, loc_from(p, &open));
    if (!e) {
        return NULL;
    }
    if (isdict) {
        e->u.dict.keys = VLIST(ExprList, keys);
        e->u.dict.values = VLIST(ExprList, vals);
    } else {
        e->u.set.elts = VLIST(ExprList, keys);
    }
    return e;
}

static Expr *p_atom(Parser *p) {
    Token *t = cur(p);
    switch (t->type) {
    case T_NAME: advance(p); return name_expr(p, p->last, CTX_LOAD);
    case T_NUMBER: return p_number(p);
    case T_STRING: return p_strings(p);
    case T_NONE: advance(p); return new_const(p, CONST_NONE, p->last);
    case T_TRUE: advance(p); return new_const(p, CONST_TRUE, p->last);
    case T_FALSE: advance(p); return new_const(p, CONST_FALSE, p->last);
    case T_ELLIPSIS: advance(p); return new_const(p, CONST_ELLIPSIS, p->last);
    case T_LPAR: return p_paren(p);
    case T_LSQB: return p_list(p);
    case T_LBRACE: return p_brace(p);
    default: return syntax_error(p);
    }
}

// One slice or expression inside [].
static Expr *p_slice(Parser *p) {
    Token start = *cur(p);
    Expr *lower = NULL;
    if (curt(p) != T_COLON) {
        if (curt(p) == T_STAR) {
            return p_star_named(p); // 3.11: a[*b]
        }
        lower = p_named(p);
        if (!lower) {
            return NULL;
        }
        if (curt(p) != T_COLON) {
            return lower;
        }
    }
    advance(p); // ':'
    Expr *upper = NULL, *step = NULL;
    int t = curt(p);
    if (t != T_COLON && t != T_COMMA && t != T_RSQB) {
        upper = p_expression(p);
        if (!upper) {
            return NULL;
        }
    }
    if (accept(p, T_COLON)) {
        t = curt(p);
        if (t != T_COMMA && t != T_RSQB) {
            step = p_expression(p);
            if (!step) {
                return NULL;
            }
        }
    }
    Expr *e = new_expr(p, E_Slice, loc_from(p, &start));
    if (e) {
        e->u.slice.lower = lower;
        e->u.slice.upper = upper;
        e->u.slice.step = step;
    }
    return e;
}

static Expr *p_subscript_body(Parser *p) {
    Token start = *cur(p);
    Expr *first = p_slice(p);
    if (!first) {
        return NULL;
    }
    if (curt(p) != T_COMMA) {
        if (first->kind == E_Starred) {
            // a[*b] is a one-element tuple
            Vec v = {0};
            if (!vpush(p, &v, first)) {
                return NULL;
            }
            return make_tuple(p, &v, first->loc, CTX_LOAD);
        }
        return first;
    }
    Vec v = {0};
    if (!vpush(p, &v, first)) {
        return NULL;
    }
    while (accept(p, T_COMMA)) {
        if (curt(p) == T_RSQB) {
            break;
        }
        Expr *e = p_slice(p);
        if (!e || !vpush(p, &v, e)) {
            return NULL;
        }
    }
    return make_tuple(p, &v, loc_from(p, &start), CTX_LOAD);
}

// Call arguments after '('; fills args/keywords; consumes ')'.
static bool p_call_args(Parser *p, Expr *call) {
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_kwunpack = false;
    while (curt(p) != T_RPAR) {
        Token st = *cur(p);
        if (curt(p) == T_STAR) {
            advance(p);
            Expr *v = p_expression(p);
            if (!v) {
                return false;
            }
            Expr *s = new_expr(p, E_Starred, loc_from(p, &st));
            if (!s) {
                return false;
            }
            s->u.starred.value = v;
            if (starts_comp(p)) {
                ERR_AT_NODE(p, s, "iterable unpacking cannot be used in comprehension");
                return false;
            }
            if (seen_kwunpack) {
                ERR_AT_NODE(p, s,
                            "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            if (!vpush(p, &args, s)) {
                return false;
            }
        } else if (curt(p) == T_DSTAR) {
            advance(p);
            Expr *v = p_expression(p);
            if (!v) {
                return false;
            }
            Keyword *k = alloc(p, sizeof(Keyword));
            if (!k) {
                return false;
            }
            k->value = v;
            k->loc = loc_from(p, &st);
            seen_kwunpack = true;
            if (!vpush(p, &kws, k)) {
                return false;
            }
        } else if (curt(p) == T_NAME && peek(p, 1)->type == T_EQUAL) {
            Token nt = *advance(p);
            advance(p);
            Expr *v = p_expression(p);
            if (!v) {
                return false;
            }
            Keyword *k = alloc(p, sizeof(Keyword));
            if (!k) {
                return false;
            }
            k->arg = ident(p, &nt);
            k->value = v;
            k->loc = loc_from(p, &st);
            seen_kw = true;
            if (!vpush(p, &kws, k)) {
                return false;
            }
        } else {
            Expr *e = p_named(p);
            if (!e) {
                return false;
            }
            if (starts_comp(p)) {
                if (call->kind != E_Call) {
                    syntax_error(p); // class bases take no generator expression
                    return false;
                }
                Expr *g = new_expr(p, E_GeneratorExp, e->loc);
                if (!g || !p_comp_for(p, &g->u.comp.generators)) {
                    return false;
                }
                g->u.comp.elt = e;
                g->loc = loc_from(p, &st);
                // A bare generator argument takes the call's parentheses.
                if (args.n == 0 && kws.n == 0 && curt(p) == T_RPAR) {
                    g->loc.col = call->loc.end_col; // patched by caller
                    g->loc = (Loc){-1, 0, 0, 0};
                }
                e = g;
                if (g->loc.line != -1 || curt(p) != T_RPAR) {
                    if (g->loc.line == -1) {
                        g->loc = loc_from(p, &st);
                    }
                    ERR_AT_NODE(p, g, "Generator expression must be parenthesized");
                    return false;
                }
            } else if (curt(p) == T_EQUAL) {
                Token *eq = cur(p);
                if (e->kind == E_Constant &&
                    (e->u.constant.kind == CONST_TRUE || e->u.constant.kind == CONST_FALSE ||
                     e->u.constant.kind == CONST_NONE)) {
                    ERR_AT_NODE(p, e, "cannot assign to %s", expr_name(e));
                } else {
                    perr_range(p, EXC_SyntaxError, e->loc.line, e->loc.col, eq->end_line,
                               eq->end_col,
                               "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                return false;
            }
            if (seen_kwunpack) {
                ERR_AT_TOK(p, cur(p), "positional argument follows keyword argument unpacking");
                return false;
            }
            if (seen_kw) {
                ERR_AT_TOK(p, cur(p), "positional argument follows keyword argument");
                return false;
            }
            if (!vpush(p, &args, e)) {
                return false;
            }
        }
        if (!accept(p, T_COMMA)) {
            if (curt(p) != T_RPAR) {
                Expr *lastx = args.n ? args.items[args.n - 1] : NULL;
                if (kws.n && (!lastx || ((Keyword *)kws.items[kws.n - 1])->loc.line > 0)) {
                    lastx = ((Keyword *)kws.items[kws.n - 1])->value;
                }
                if (lastx) {
                    forgot_comma(p, lastx);
                } else {
                    syntax_error(p);
                }
                return false;
            }
            break;
        }
        // a generator expression argument must be alone
        if (args.n && ((Expr *)args.items[args.n - 1])->kind == E_GeneratorExp &&
            ((Expr *)args.items[args.n - 1])->loc.line == -1) {
            Expr *g = args.items[args.n - 1];
            ERR_AT_NODE(p, g->u.comp.elt, "Generator expression must be parenthesized");
            return false;
        }
    }
    if (!expect(p, T_RPAR)) {
        return false;
    }
    for (int32_t i = 0; i < args.n; i++) {
        Expr *g = args.items[i];
        if (g->kind == E_GeneratorExp && g->loc.line == -1) {
            // takes the location of the call's parentheses
            g->loc = (Loc){call->loc.end_line, call->loc.end_col, p->last->end_line,
                           p->last->end_col};
        }
    }
    call->u.call.args = VLIST(ExprList, args);
    call->u.call.keywords = VLIST(KeywordList, kws);
    return true;
}

static Expr *p_primary(Parser *p) {
    Pos start = pos_of(cur(p));
    Expr *e = p_atom(p);
    if (!e) {
        return NULL;
    }
    for (int links = 0;; links++) {
        if (!chain_ok(p, links)) {
            return NULL;
        }
        int t = curt(p);
        if (t == T_DOT) {
            advance(p);
            if (curt(p) != T_NAME) {
                return syntax_error(p);
            }
            Token *nt = advance(p);
            Expr *a = new_expr(p, E_Attribute, loc_at(p, start));
            if (!a) {
                return NULL;
            }
            a->u.attribute.value = e;
            a->u.attribute.attr = ident(p, nt);
            e = a;
        } else if (t == T_LPAR) {
            Token *lp = advance(p);
            Expr *c = new_expr(p, E_Call, loc_at(p, start));
            if (!c) {
                return NULL;
            }
            // stash the '(' position for a bare generator argument
            c->loc.end_line = lp->line;
            c->loc.end_col = lp->col;
            c->u.call.func = e;
            if (!enter(p)) {
                return NULL;
            }
            if (!p_call_args(p, c)) {
                return NULL;
            }
            leave(p);
            c->loc = loc_at(p, start);
            e = c;
        } else if (t == T_LSQB) {
            advance(p);
            if (!enter(p)) {
                return NULL;
            }
            Expr *s = p_subscript_body(p);
            leave(p);
            if (!s || !expect(p, T_RSQB)) {
                return NULL;
            }
            Expr *sub = new_expr(p, E_Subscript, loc_at(p, start));
            if (!sub) {
                return NULL;
            }
            sub->u.subscript.value = e;
            sub->u.subscript.slice = s;
            e = sub;
        } else {
            return e;
        }
    }
}

// power: await? primary ['**' factor]
static Expr *p_power(Parser *p) {
    Pos start = pos_of(cur(p));
    Expr *e;
    if (curt(p) == T_AWAIT) {
        advance(p);
        Expr *v = p_primary(p);
        if (!v) {
            return NULL;
        }
        e = new_expr(p, E_Await, loc_at(p, start));
        if (!e) {
            return NULL;
        }
        e->u.yield.value = v;
    } else {
        e = p_primary(p);
        if (!e) {
            return NULL;
        }
    }
    if (curt(p) == T_DSTAR) {
        advance(p);
        if (!enter(p)) {
            return NULL;
        }
        Expr *r = p_operand(p);
        leave(p);
        if (!r) {
            return NULL;
        }
        Expr *b = new_expr(p, E_BinOp, loc_at(p, start));
        if (!b) {
            return NULL;
        }
        b->u.binop.left = e;
        b->u.binop.op = BINOP_POW;
        b->u.binop.right = r;
        e = b;
    }
    return e;
}

// factor: ('+'|'-'|'~')* power, iteratively (each operator still counts towards the depth).
static Expr *p_factor(Parser *p) {
    Token ops[64];
    int nops = 0;
    Expr *e;
    int t = curt(p);
    if (t != T_MINUS && t != T_PLUS && t != T_TILDE) {
        return p_power(p);
    }
    int saved_depth = p->depth;
    Vec more = {0}; // operator tokens beyond the first 64
    while ((t = curt(p)) == T_MINUS || t == T_PLUS || t == T_TILDE) {
        if (!enter(p)) {
            return NULL;
        }
        Token *o = advance(p);
        if (nops < 64) {
            ops[nops++] = *o;
        } else {
            Token *copy = alloc(p, sizeof(Token));
            if (!copy) {
                return NULL;
            }
            *copy = *o;
            if (!vpush(p, &more, copy)) {
                return NULL;
            }
        }
    }
    e = p_power(p);
    if (!e) {
        return NULL;
    }
    int total = nops + more.n;
    for (int i = total - 1; i >= 0; i--) {
        Token *o = i < 64 ? &ops[i] : (Token *)more.items[i - 64];
        Expr *u = new_expr(p, E_UnaryOp, loc_from(p, o));
        if (!u) {
            return NULL;
        }
        u->u.unaryop.op = o->type == T_MINUS ? UNARY_USUB : o->type == T_PLUS ? UNARY_UADD
                                                                             : UNARY_INVERT;
        u->u.unaryop.operand = e;
        e = u;
    }
    p->depth = saved_depth;
    return e;
}

static Expr *p_name_leaf(Parser *p) {
    take(p);
    return name_expr(p, &p->lasttok, CTX_LOAD);
}

// An operand of the binary operators (CPython's factor). A lone NAME or NUMBER, the most
// common operand by far, is built right here instead of going down factor -> power ->
// primary -> atom; that chain would make the same node (p_primary's chain check with no link
// yet is the depth test below).
static Expr *p_operand(Parser *p) {
    int ty = curt(p);
    if (ty == T_NAME || ty == T_NUMBER) {
        int nt = peek(p, 1)->type;
        if (nt != T_DOT && nt != T_LPAR && nt != T_LSQB && nt != T_DSTAR &&
            p->depth <= MAX_CHAIN) {
            return ty == T_NAME ? p_name_leaf(p) : p_number(p);
        }
    }
    return p_factor(p);
}

static int binop_of(int t, int *prec) {
    switch (t) {
    case T_VBAR: *prec = 5; return BINOP_OR;
    case T_CIRCUMFLEX: *prec = 6; return BINOP_XOR;
    case T_AMPER: *prec = 7; return BINOP_AND;
    case T_LSHIFT: *prec = 8; return BINOP_LSHIFT;
    case T_RSHIFT: *prec = 8; return BINOP_RSHIFT;
    case T_PLUS: *prec = 9; return BINOP_ADD;
    case T_MINUS: *prec = 9; return BINOP_SUB;
    case T_STAR: *prec = 10; return BINOP_MUL;
    case T_SLASH: *prec = 10; return BINOP_TRUEDIV;
    case T_DSLASH: *prec = 10; return BINOP_FLOORDIV;
    case T_PERCENT: *prec = 10; return BINOP_MOD;
    case T_AT: *prec = 10; return BINOP_MATMUL;
    default: *prec = 0; return -1;
    }
}

// Comparison operator at the current token (consumes it); -1 if none.
static int cmp_op(Parser *p) {
    switch (curt(p)) {
    case T_LESS: advance(p); return CMP_LT;
    case T_LESSEQUAL: advance(p); return CMP_LE;
    case T_EQEQUAL: advance(p); return CMP_EQ;
    case T_NOTEQUAL: advance(p); return CMP_NE;
    case T_GREATER: advance(p); return CMP_GT;
    case T_GREATEREQUAL: advance(p); return CMP_GE;
    case T_IN: advance(p); return CMPX_IN;
    case T_NOT:
        if (peek(p, 1)->type == T_IN) {
            advance(p);
            advance(p);
            return CMPX_NOT_IN;
        }
        return -1;
    case T_IS:
        advance(p);
        if (accept(p, T_NOT)) {
            return CMPX_IS_NOT;
        }
        return CMPX_IS;
    default: return -1;
    }
}

static bool is_cmp(Parser *p) {
    int t = curt(p);
    return t == T_LESS || t == T_LESSEQUAL || t == T_EQEQUAL || t == T_NOTEQUAL ||
           t == T_GREATER || t == T_GREATEREQUAL || t == T_IN || t == T_IS ||
           (t == T_NOT && peek(p, 1)->type == T_IN);
}

// Tokens that can continue an expression in p_bin: binary, comparison and boolean operators
// (NOT for 'not in'). Anything else ends it at every precedence.
static const bool bin_cont[T_COUNT] = {
    [T_VBAR] = true,    [T_CIRCUMFLEX] = true, [T_AMPER] = true,   [T_LSHIFT] = true,
    [T_RSHIFT] = true,  [T_PLUS] = true,       [T_MINUS] = true,   [T_STAR] = true,
    [T_SLASH] = true,   [T_DSLASH] = true,     [T_PERCENT] = true, [T_AT] = true,
    [T_LESS] = true,    [T_LESSEQUAL] = true,  [T_EQEQUAL] = true, [T_NOTEQUAL] = true,
    [T_GREATER] = true, [T_GREATEREQUAL] = true, [T_IN] = true,    [T_IS] = true,
    [T_NOT] = true,     [T_AND] = true,        [T_OR] = true,
};

static Expr *p_bin(Parser *p, int minprec);

// The rarer parts of p_bin, out of line so that p_bin itself stays a small frame.
static __attribute__((noinline)) Expr *p_not(Parser *p, Pos start) {
    advance(p);
    if (!enter(p)) {
        return NULL;
    }
    Expr *operand = p_bin(p, PREC_NOT);
    leave(p);
    if (!operand) {
        return NULL;
    }
    Expr *e = new_expr(p, E_UnaryOp, loc_at(p, start));
    if (!e) {
        return NULL;
    }
    e->u.unaryop.op = UNARY_NOT;
    e->u.unaryop.operand = operand;
    return e;
}

static __attribute__((noinline)) Expr *p_compare(Parser *p, Expr *left, Pos start) {
    Vec ops = {0}, comps = {0};
    while (is_cmp(p)) {
        int c = cmp_op(p);
        Expr *r = p_bin(p, PREC_BOR);
        if (!r || !vpush(p, &ops, (void *)(intptr_t)c) || !vpush(p, &comps, r)) {
            return NULL;
        }
    }
    Expr *cmp = new_expr(p, E_Compare, loc_at(p, start));
    if (!cmp) {
        return NULL;
    }
    int *opv = alloc(p, sizeof(int) * (size_t)ops.n);
    if (!opv) {
        return NULL;
    }
    for (int32_t i = 0; i < ops.n; i++) {
        opv[i] = (int)(intptr_t)ops.items[i];
    }
    cmp->u.compare.left = left;
    cmp->u.compare.n = ops.n;
    cmp->u.compare.ops = opv;
    cmp->u.compare.comparators = VLIST(ExprList, comps);
    return cmp;
}

static __attribute__((noinline)) Expr *p_boolop(Parser *p, Expr *left, Pos start, int t) {
    int sub = t == T_AND ? PREC_NOT : PREC_AND;
    Vec vals = {0};
    if (!vpush(p, &vals, left)) {
        return NULL;
    }
    while (accept(p, t)) {
        Expr *r = p_bin(p, sub);
        if (!r || !vpush(p, &vals, r)) {
            return NULL;
        }
    }
    Expr *b = new_expr(p, E_BoolOp, loc_at(p, start));
    if (!b) {
        return NULL;
    }
    b->u.boolop.op = t == T_AND ? BOOL_AND : BOOL_OR;
    b->u.boolop.values = VLIST(ExprList, vals);
    return b;
}

static Expr *p_bin(Parser *p, int minprec) {
    Token *t0 = cur(p);
    Pos start = pos_of(t0);
    Expr *left;
    if (minprec <= PREC_NOT && t0->type == T_NOT) {
        left = p_not(p, start);
    } else {
        left = p_operand(p);
    }
    if (!left) {
        return NULL;
    }
    for (int links = 0;; links++) {
        if (!chain_ok(p, links)) {
            return NULL;
        }
        int t = curt(p);
        if (!bin_cont[t]) {
            return left;
        }
        int prec;
        int op = binop_of(t, &prec);
        if (op >= 0) {
            if (prec < minprec) {
                return left;
            }
            take(p);
            Expr *right = p_bin(p, prec + 1);
            if (!right) {
                return NULL;
            }
            Expr *b = new_expr(p, E_BinOp, loc_at(p, start));
            if (!b) {
                return NULL;
            }
            b->u.binop.left = left;
            b->u.binop.op = op;
            b->u.binop.right = right;
            left = b;
            continue;
        }
        if (minprec <= PREC_CMP && is_cmp(p)) {
            left = p_compare(p, left, start);
        } else if ((t == T_AND && minprec <= PREC_AND) || (t == T_OR && minprec <= PREC_OR)) {
            left = p_boolop(p, left, start, t);
        } else {
            return left;
        }
        if (!left) {
            return NULL;
        }
    }
}

static Expr *p_lambda(Parser *p) {
    Token start = *advance(p);
    Arguments *args = p_params(p, true);
    if (!args) {
        return NULL;
    }
    if (!expect_msg(p, T_COLON, "expected ':'")) {
        return NULL;
    }
    Expr *body = p_expression(p);
    if (!body) {
        return NULL;
    }
    Expr *e = new_expr(p, E_Lambda, loc_from(p, &start));
    if (e) {
        e->u.lambda.args = args;
        e->u.lambda.body = body;
    }
    return e;
}

// Tokens after which no expression continues: after a lone NAME or NUMBER they make it a
// whole expression (p_expression's shortcut).
static const bool ends_expr[T_COUNT] = {
    [T_NEWLINE] = true,     [T_ENDMARKER] = true,    [T_EQUAL] = true,       [T_RPAR] = true,
    [T_RSQB] = true,        [T_RBRACE] = true,       [T_COLON] = true,       [T_SEMI] = true,
    [T_PLUSEQUAL] = true,   [T_MINEQUAL] = true,     [T_STAREQUAL] = true,   [T_SLASHEQUAL] = true,
    [T_PERCENTEQUAL] = true, [T_DSTAREQUAL] = true,  [T_DSLASHEQUAL] = true, [T_LSHIFTEQUAL] = true,
    [T_RSHIFTEQUAL] = true, [T_AMPEREQUAL] = true,   [T_VBAREQUAL] = true,
    [T_CIRCUMFLEXEQUAL] = true, [T_ATEQUAL] = true,
};

static Expr *p_expression(Parser *p) {
    if (!enter(p)) {
        return NULL;
    }
    Token *t0 = cur(p);
    if ((t0->type == T_NAME || t0->type == T_NUMBER) && p->depth <= MAX_CHAIN) {
        // A lone operand: what p_bin -> p_operand would build (the depth test is theirs).
        int ty = t0->type;
        if (ends_expr[peek(p, 1)->type]) {
            Expr *e = ty == T_NAME ? p_name_leaf(p) : p_number(p);
            leave(p);
            return e;
        }
        t0 = cur(p); // peek may have moved the buffer
    }
    if (t0->type == T_LAMBDA) {
        Expr *r = p_lambda(p);
        leave(p);
        return r;
    }
    Pos start = pos_of(t0);
    Expr *e = p_bin(p, PREC_OR);
    if (e && curt(p) == T_IF) {
        advance(p);
        Expr *test = p_bin(p, PREC_OR);
        if (!test) {
            leave(p);
            return NULL;
        }
        if (curt(p) != T_ELSE) {
            leave(p);
            if (curt(p) == T_ERROR) {
                return syntax_error(p);
            }
            return perr_range(p, EXC_SyntaxError, e->loc.line, e->loc.col, test->loc.end_line,
                              test->loc.end_col, "expected 'else' after 'if' expression");
        }
        advance(p);
        Expr *orelse = p_expression(p);
        if (!orelse) {
            leave(p);
            return NULL;
        }
        Expr *c = new_expr(p, E_IfExp, loc_at(p, start));
        if (!c) {
            leave(p);
            return NULL;
        }
        c->u.ifexp.test = test;
        c->u.ifexp.body = e;
        c->u.ifexp.orelse = orelse;
        e = c;
    }
    leave(p);
    return e;
}

static Expr *p_named(Parser *p) {
    if (curt(p) == T_NAME && peek(p, 1)->type == T_COLONEQUAL) {
        Token nt = *advance(p);
        advance(p);
        Expr *v = p_expression(p);
        if (!v) {
            return NULL;
        }
        Expr *target = name_expr(p, &nt, CTX_STORE);
        Expr *e = new_expr(p, E_NamedExpr, loc_from(p, &nt));
        if (!e || !target) {
            return NULL;
        }
        e->u.namedexpr.target = target;
        e->u.namedexpr.value = v;
        return e;
    }
    Expr *e = p_expression(p);
    if (e && curt(p) == T_COLONEQUAL) {
        return ERR_AT_NODE(p, e, "cannot use assignment expressions with %s", expr_name(e));
    }
    return e;
}

static Expr *p_starred(Parser *p) {
    Token start = *advance(p);
    Expr *v = p_bin(p, PREC_BOR);
    if (!v) {
        return NULL;
    }
    Expr *e = new_expr(p, E_Starred, loc_from(p, &start));
    if (e) {
        e->u.starred.value = v;
    }
    return e;
}

static Expr *p_star_named(Parser *p) {
    if (curt(p) == T_STAR) {
        return p_starred(p);
    }
    return p_named(p);
}

static inline Expr *p_star_expr(Parser *p) {
    if (curt(p) == T_STAR) {
        return p_starred(p);
    }
    return p_expression(p);
}

// star_expressions: a tuple when there is a comma.
static Expr *p_star_exprs(Parser *p) {
    Pos start = pos_of(cur(p));
    Expr *e = p_star_expr(p);
    if (!e || curt(p) != T_COMMA) {
        return e;
    }
    Vec v = {0};
    if (!vpush(p, &v, e)) {
        return NULL;
    }
    while (accept(p, T_COMMA)) {
        if (!starts_expr(curt(p)) && curt(p) != T_STAR) {
            break;
        }
        e = p_star_expr(p);
        if (!e || !vpush(p, &v, e)) {
            return NULL;
        }
    }
    return make_tuple(p, &v, loc_at(p, start), CTX_LOAD);
}

// Targets of for / comprehension: star_targets up to 'in' (parsed as bitwise-or level
// expressions so that `in` is not taken as a comparison).
static Expr *p_star_targets(Parser *p) {
    Token start = *cur(p);
    Expr *e = curt(p) == T_STAR ? p_starred(p) : p_bin(p, PREC_BOR);
    if (!e || curt(p) != T_COMMA) {
        return e;
    }
    Vec v = {0};
    if (!vpush(p, &v, e)) {
        return NULL;
    }
    while (accept(p, T_COMMA)) {
        if (!starts_expr(curt(p)) && curt(p) != T_STAR) {
            break;
        }
        e = curt(p) == T_STAR ? p_starred(p) : p_bin(p, PREC_BOR);
        if (!e || !vpush(p, &v, e)) {
            return NULL;
        }
    }
    return make_tuple(p, &v, loc_from(p, &start), CTX_LOAD);
}

static Expr *p_yield(Parser *p) {
    Token start = *advance(p);
    if (accept(p, T_FROM)) {
        Expr *v = p_expression(p);
        if (!v) {
            return NULL;
        }
        Expr *e = new_expr(p, E_YieldFrom, loc_from(p, &start));
        if (e) {
            e->u.yield.value = v;
        }
        return e;
    }
    Expr *v = NULL;
    int t = curt(p);
    if (starts_expr(t) || t == T_STAR) {
        v = p_star_exprs(p);
        if (!v) {
            return NULL;
        }
    }
    Expr *e = new_expr(p, E_Yield, loc_from(p, &start));
    if (e) {
        e->u.yield.value = v;
    }
    return e;
}

// ----- Parameters -----

static Arg *p_param(Parser *p, bool lambda, bool allow_star_ann) {
    if (curt(p) != T_NAME) {
        return syntax_error(p);
    }
    Token nt = *advance(p);
    Arg *a = alloc(p, sizeof(Arg));
    if (!a) {
        return NULL;
    }
    a->arg = ident(p, &nt);
    if (!lambda && accept(p, T_COLON)) {
        if (allow_star_ann && curt(p) == T_STAR) {
            a->annotation = p_starred(p);
        } else {
            a->annotation = p_expression(p);
        }
        if (!a->annotation) {
            return NULL;
        }
    }
    a->loc = loc_from(p, &nt);
    return a;
}

static bool dup_check(Parser *p, Vec *names, Arg *a) {
    for (int32_t i = 0; i < names->n; i++) {
        if (strcmp(((Arg *)names->items[i])->arg, a->arg) == 0) {
            perr_range(p, EXC_SyntaxError, a->loc.line, a->loc.col, a->loc.end_line,
                       a->loc.end_col, "duplicate argument '%s' in function definition", a->arg);
            return false;
        }
    }
    return vpush(p, names, a);
}

static Arguments *p_params(Parser *p, bool lambda) {
    Arguments *args = alloc(p, sizeof(Arguments));
    if (!args) {
        return NULL;
    }
    int close = lambda ? T_COLON : T_RPAR;
    Vec pos = {0}, posonly = {0}, kwonly = {0}, defaults = {0}, kwdefaults = {0}, all = {0};
    bool star_seen = false, slash_seen = false;
    while (curt(p) != close) {
        Token *t = cur(p);
        if (t->type == T_SLASH) {
            if (slash_seen) {
                return ERR_AT_TOK(p, t, "/ may appear only once");
            }
            if (star_seen) {
                return ERR_AT_TOK(p, t, "/ must be ahead of *");
            }
            if (pos.n == 0) {
                return ERR_AT_TOK(p, t, lambda ? "at least one argument must precede /" : "invalid syntax");
            }
            advance(p);
            slash_seen = true;
            posonly = pos;
            pos = (Vec){0};
        } else if (t->type == T_STAR) {
            Token st = *advance(p);
            if (star_seen) {
                return ERR_AT_TOK(p, &st, "* argument may appear only once");
            }
            star_seen = true;
            if (curt(p) == T_NAME) {
                args->vararg = p_param(p, lambda, true);
                if (!args->vararg || !dup_check(p, &all, args->vararg)) {
                    return NULL;
                }
                if (curt(p) == T_EQUAL) {
                    return ERR_AT_TOK(p, cur(p), "var-positional argument cannot have default value");
                }
            } else if (curt(p) == close || (curt(p) == T_COMMA &&
                                            (peek(p, 1)->type == close ||
                                             peek(p, 1)->type == T_DSTAR))) {
                return perr_range(p, EXC_SyntaxError, st.line, st.col, st.end_line, st.end_col,
                                  "named arguments must follow bare *");
            }
        } else if (t->type == T_DSTAR) {
            advance(p);
            args->kwarg = p_param(p, lambda, false);
            if (!args->kwarg || !dup_check(p, &all, args->kwarg)) {
                return NULL;
            }
            if (curt(p) == T_EQUAL) {
                return ERR_AT_TOK(p, cur(p), "var-keyword argument cannot have default value");
            }
            accept(p, T_COMMA);
            if (curt(p) != close) {
                if (curt(p) == T_ERROR) {
                    return syntax_error(p);
                }
                return ERR_AT_TOK(p, cur(p), "arguments cannot follow var-keyword argument");
            }
            break;
        } else {
            Arg *a = p_param(p, lambda, false);
            if (!a || !dup_check(p, &all, a)) {
                return NULL;
            }
            Expr *def = NULL;
            if (accept(p, T_EQUAL)) {
                def = p_expression(p);
                if (!def) {
                    return NULL;
                }
            }
            if (star_seen) {
                if (!vpush(p, &kwonly, a) || !vpush(p, &kwdefaults, def)) {
                    return NULL;
                }
            } else {
                if (def) {
                    if (!vpush(p, &defaults, def)) {
                        return NULL;
                    }
                } else if (defaults.n) {
                    return perr_range(p, EXC_SyntaxError, a->loc.line, a->loc.col,
                                      a->loc.end_line, a->loc.end_col,
                                      "non-default argument follows default argument");
                }
                if (!vpush(p, &pos, a)) {
                    return NULL;
                }
            }
        }
        if (!accept(p, T_COMMA)) {
            break;
        }
    }
    if (curt(p) != close) {
        if (lambda && curt(p) != T_ERROR) {
            return perr_range(p, EXC_SyntaxError, cur(p)->line, cur(p)->col, cur(p)->end_line,
                              cur(p)->end_col, "invalid syntax");
        }
        return syntax_error(p);
    }
    if (star_seen && !args->vararg && kwonly.n == 0) {
        return ERR_AT_TOK(p, cur(p), "named arguments must follow bare *");
    }
    args->posonlyargs = VLIST(ArgList, posonly);
    args->args = VLIST(ArgList, pos);
    args->kwonlyargs = VLIST(ArgList, kwonly);
    args->kw_defaults = VLIST(ExprList, kwdefaults);
    args->defaults = VLIST(ExprList, defaults);
    return args;
}

// ----- Statements -----

static bool end_simple(Parser *p) {
    return curt(p) == T_NEWLINE || curt(p) == T_SEMI || curt(p) == T_ENDMARKER;
}

static Stmt *simple_kw(Parser *p, StmtKind k) {
    Token *t = advance(p);
    Loc l = {t->line, t->col, t->end_line, t->end_col};
    return new_stmt(p, k, l);
}

static Stmt *p_import(Parser *p) {
    Token start = *advance(p);
    Vec names = {0};
    do {
        Token nstart = *cur(p);
        if (curt(p) != T_NAME) {
            return syntax_error(p);
        }
        const char *from = cur(p)->start;
        advance(p);
        while (curt(p) == T_DOT) {
            advance(p);
            if (curt(p) != T_NAME) {
                return syntax_error(p);
            }
            advance(p);
        }
        Alias *a = alloc(p, sizeof(Alias));
        if (!a) {
            return NULL;
        }
        // dotted name without whitespace
        SBuf b = {0};
        for (const char *c = from; c < p->last->start + p->last->len; c++) {
            if (*c != ' ' && *c != '\t' && *c != '\\' && *c != '\n' && *c != '\r' &&
                *c != '\f') {
                if (!sb_add(p, &b, c, 1)) {
                    return NULL;
                }
            }
        }
        a->name = b.s;
        if (accept(p, T_AS)) {
            if (curt(p) != T_NAME) {
                return syntax_error(p);
            }
            a->asname = ident(p, advance(p));
        }
        a->loc = loc_from(p, &nstart);
        if (!vpush(p, &names, a)) {
            return NULL;
        }
    } while (accept(p, T_COMMA));
    Stmt *s = new_stmt(p, S_Import, loc_from(p, &start));
    if (s) {
        s->u.import.names = VLIST(AliasList, names);
    }
    return s;
}

static Stmt *p_from_import(Parser *p) {
    Token start = *advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT)) {
            level++;
        } else if (accept(p, T_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    char *module = NULL;
    if (curt(p) == T_NAME) {
        SBuf b = {0};
        do {
            if (curt(p) != T_NAME) {
                return syntax_error(p);
            }
            Token *t = advance(p);
            if ((b.n && !sb_add(p, &b, ".", 1)) || !sb_add(p, &b, t->start, t->len)) {
                return NULL;
            }
        } while (accept(p, T_DOT));
        module = b.s;
    } else if (level == 0) {
        return syntax_error(p);
    }
    if (curt(p) != T_IMPORT) {
        return syntax_error(p);
    }
    advance(p);
    Vec names = {0};
    if (curt(p) == T_STAR) {
        Token *t = advance(p);
        Alias *a = alloc(p, sizeof(Alias));
        if (!a) {
            return NULL;
        }
        a->name = "*";
        a->loc = (Loc){t->line, t->col, t->end_line, t->end_col};
        if (!vpush(p, &names, a)) {
            return NULL;
        }
    } else {
        bool paren = accept(p, T_LPAR);
        do {
            if (paren && curt(p) == T_RPAR && names.n) {
                break;
            }
            if (curt(p) != T_NAME) {
                if (!paren && curt(p) == T_NEWLINE && names.n) {
                    return ERR_AT_TOK(p, cur(p),
                                      "trailing comma not allowed without surrounding parentheses");
                }
                return syntax_error(p);
            }
            Token nt = *advance(p);
            Alias *a = alloc(p, sizeof(Alias));
            if (!a) {
                return NULL;
            }
            a->name = ident(p, &nt);
            if (accept(p, T_AS)) {
                if (curt(p) != T_NAME) {
                    return syntax_error(p);
                }
                a->asname = ident(p, advance(p));
            }
            a->loc = loc_from(p, &nt);
            if (!vpush(p, &names, a)) {
                return NULL;
            }
        } while (accept(p, T_COMMA));
        if (paren && !expect(p, T_RPAR)) {
            return NULL;
        }
    }
    Stmt *s = new_stmt(p, S_ImportFrom, loc_from(p, &start));
    if (s) {
        s->u.importfrom.module = module;
        s->u.importfrom.names = VLIST(AliasList, names);
        s->u.importfrom.level = level;
    }
    return s;
}

static int augop(int t) {
    switch (t) {
    case T_PLUSEQUAL: return BINOP_ADD;
    case T_MINEQUAL: return BINOP_SUB;
    case T_STAREQUAL: return BINOP_MUL;
    case T_SLASHEQUAL: return BINOP_TRUEDIV;
    case T_DSLASHEQUAL: return BINOP_FLOORDIV;
    case T_PERCENTEQUAL: return BINOP_MOD;
    case T_DSTAREQUAL: return BINOP_POW;
    case T_LSHIFTEQUAL: return BINOP_LSHIFT;
    case T_RSHIFTEQUAL: return BINOP_RSHIFT;
    case T_AMPEREQUAL: return BINOP_AND;
    case T_VBAREQUAL: return BINOP_OR;
    case T_CIRCUMFLEXEQUAL: return BINOP_XOR;
    case T_ATEQUAL: return BINOP_MATMUL;
    default: return -1;
    }
}

// Right-hand side of an assignment: yield_expr | star_expressions
static Expr *p_rhs(Parser *p) {
    if (curt(p) == T_YIELD) {
        return p_yield(p);
    }
    return p_star_exprs(p);
}

static bool is_const_kw(const Expr *e) {
    return e->kind == E_Constant &&
           (e->u.constant.kind == CONST_TRUE || e->u.constant.kind == CONST_FALSE ||
            e->u.constant.kind == CONST_NONE);
}

static Stmt *p_expr_stmt(Parser *p) {
    Token *t0 = cur(p);
    Pos start = pos_of(t0);
    int start_type = t0->type;
    Expr *e;
    if (start_type == T_YIELD) {
        e = p_yield(p);
    } else {
        e = p_star_exprs(p);
    }
    if (!e) {
        return NULL;
    }
    int t = curt(p);
    if (t == T_COLON) {
        // annotated assignment
        advance(p);
        if (e->kind == E_Tuple || e->kind == E_List) {
            return ERR_AT_NODE(p, e, "only single target (not %s) can be annotated",
                               e->kind == E_Tuple ? "tuple" : "list");
        }
        if (e->kind != E_Name && e->kind != E_Attribute && e->kind != E_Subscript) {
            return ERR_AT_NODE(p, e, "illegal target for annotation");
        }
        Expr *ann = p_expression(p);
        if (!ann) {
            return NULL;
        }
        Expr *value = NULL;
        if (accept(p, T_EQUAL)) {
            value = p_rhs(p);
            if (!value) {
                return NULL;
            }
        }
        set_ctx(e, CTX_STORE);
        Stmt *s = new_stmt(p, S_AnnAssign, loc_at(p, start));
        if (!s) {
            return NULL;
        }
        s->u.annassign.target = e;
        s->u.annassign.annotation = ann;
        s->u.annassign.value = value;
        // simple: a bare name not in parentheses
        s->u.annassign.simple = e->kind == E_Name && start_type == T_NAME;
        return s;
    }
    int aop = augop(t);
    if (aop >= 0) {
        if (e->kind != E_Name && e->kind != E_Attribute && e->kind != E_Subscript) {
            return ERR_AT_NODE(p, e, "'%s' is an illegal expression for augmented assignment",
                               expr_name(e));
        }
        advance(p);
        Expr *value = p_rhs(p);
        if (!value) {
            return NULL;
        }
        set_ctx(e, CTX_STORE);
        Stmt *s = new_stmt(p, S_AugAssign, loc_at(p, start));
        if (!s) {
            return NULL;
        }
        s->u.augassign.target = e;
        s->u.augassign.op = aop;
        s->u.augassign.value = value;
        return s;
    }
    if (t == T_EQUAL) {
        Vec targets = {0};
        Expr *value = e;
        int idx = 0;
        while (accept(p, T_EQUAL)) {
            Expr *rhs = p_rhs(p);
            if (!rhs) {
                return NULL;
            }
            // validate the left side now (CPython reports the leftmost invalid target)
            if (value->kind == E_Yield || value->kind == E_YieldFrom) {
                return ERR_AT_NODE(p, value, "assignment to yield expression not possible");
            }
            const Expr *bad = invalid_target(value, CTX_STORE);
            if (bad) {
                if (idx == 0 && curt(p) != T_EQUAL && curt(p) != T_COLONEQUAL &&
                    value->kind != E_List && value->kind != E_Tuple &&
                    value->kind != E_GeneratorExp && !is_const_kw(value) &&
                    rhs->kind != E_Tuple && rhs->kind != E_Yield && rhs->kind != E_YieldFrom &&
                    rhs->kind != E_Lambda && rhs->kind != E_IfExp && rhs->kind != E_BoolOp &&
                    rhs->kind != E_Compare && rhs->kind != E_Starred &&
                    !(rhs->kind == E_UnaryOp && rhs->u.unaryop.op == UNARY_NOT)) {
                    return ERR_AT_NODE(p, value,
                                       "cannot assign to %s here. Maybe you meant '==' instead "
                                       "of '='?",
                                       expr_name(value));
                }
                return ERR_AT_NODE(p, bad, "cannot assign to %s", expr_name(bad));
            }
            if (!check_target(p, value, CTX_STORE) || !vpush(p, &targets, value)) {
                return NULL;
            }
            value = rhs;
            idx++;
        }
        Stmt *s = new_stmt(p, S_Assign, loc_at(p, start));
        if (!s) {
            return NULL;
        }
        s->u.assign.targets = VLIST(ExprList, targets);
        s->u.assign.value = value;
        return s;
    }
    if (!end_simple(p)) {
        if (p->failed) {
            return NULL;
        }
        if (e->kind == E_Name && (strcmp(e->u.name.id, "print") == 0 ||
                                  strcmp(e->u.name.id, "exec") == 0) &&
            starts_expr(t)) {
            return ERR_AT_NODE(p, e, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                               e->u.name.id, e->u.name.id);
        }
        return syntax_error(p);
    }
    Stmt *s = new_stmt(p, S_Expr, loc_at(p, start));
    if (s) {
        s->u.expr.value = e;
    }
    return s;
}

static Stmt *p_simple(Parser *p) {
    Token *t = cur(p);
    switch (t->type) {
    case T_PASS: return simple_kw(p, S_Pass);
    case T_BREAK: return simple_kw(p, S_Break);
    case T_CONTINUE: return simple_kw(p, S_Continue);
    case T_RETURN: {
        Token start = *advance(p);
        Expr *v = NULL;
        if (!end_simple(p)) {
            v = p_star_exprs(p);
            if (!v) {
                return NULL;
            }
        }
        Stmt *s = new_stmt(p, S_Return, loc_from(p, &start));
        if (s) {
            s->u.expr.value = v;
        }
        return s;
    }
    case T_RAISE: {
        Token start = *advance(p);
        Expr *exc = NULL, *cause = NULL;
        if (!end_simple(p)) {
            exc = p_expression(p);
            if (!exc) {
                return NULL;
            }
            if (accept(p, T_FROM)) {
                cause = p_expression(p);
                if (!cause) {
                    return NULL;
                }
            }
        }
        Stmt *s = new_stmt(p, S_Raise, loc_from(p, &start));
        if (s) {
            s->u.raise.exc = exc;
            s->u.raise.cause = cause;
        }
        return s;
    }
    case T_GLOBAL:
    case T_NONLOCAL: {
        Token start = *advance(p);
        Vec names = {0};
        do {
            if (curt(p) != T_NAME) {
                return syntax_error(p);
            }
            char *n = ident(p, advance(p));
            if (!n || !vpush(p, &names, n)) {
                return NULL;
            }
        } while (accept(p, T_COMMA));
        Stmt *s = new_stmt(p, start.type == T_GLOBAL ? S_Global : S_Nonlocal,
                           loc_from(p, &start));
        if (s) {
            s->u.global.names = VLIST(NameList, names);
        }
        return s;
    }
    case T_DEL: {
        Token start = *advance(p);
        Vec targets = {0};
        do {
            if (end_simple(p) && targets.n) {
                break;
            }
            Expr *e = p_star_expr(p);
            if (!e) {
                return NULL;
            }
            if (!check_target(p, e, CTX_DEL) || !vpush(p, &targets, e)) {
                return NULL;
            }
        } while (accept(p, T_COMMA));
        if (!end_simple(p)) {
            return syntax_error(p);
        }
        Stmt *s = new_stmt(p, S_Delete, loc_from(p, &start));
        if (s) {
            s->u.del.targets = VLIST(ExprList, targets);
        }
        return s;
    }
    case T_ASSERT: {
        Token start = *advance(p);
        Expr *test = p_expression(p);
        if (!test) {
            return NULL;
        }
        Expr *msg = NULL;
        if (accept(p, T_COMMA)) {
            msg = p_expression(p);
            if (!msg) {
                return NULL;
            }
        }
        Stmt *s = new_stmt(p, S_Assert, loc_from(p, &start));
        if (s) {
            s->u.assert_.test = test;
            s->u.assert_.msg = msg;
        }
        return s;
    }
    case T_IMPORT: return p_import(p);
    case T_FROM: return p_from_import(p);
    default: return p_expr_stmt(p);
    }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
static Stmt *p_statement_list(Parser *p, Vec *out) {
    for (;;) {
        Stmt *s = p_simple(p);
        if (!s || !vpush(p, out, s)) {
            return NULL;
        }
        if (accept(p, T_SEMI)) {
            if (curt(p) == T_NEWLINE || curt(p) == T_ENDMARKER) {
                break;
            }
            continue;
        }
        break;
    }
    if (!accept(p, T_NEWLINE) && curt(p) != T_ENDMARKER) {
        return syntax_error(p);
    }
    return out->items[out->n - 1];
}

static const char *block_what(const Token *kw) {
    switch (kw->type) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_WITH: return "'with' statement";
    case T_TRY: return "'try' statement";
    case T_EXCEPT: return "'except' statement";
    case T_FINALLY: return "'finally' statement";
    case T_CLASS: return "class definition";
    case T_DEF: return "function definition";
    default: return NULL;
    }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts. [what]: overrides the description
// for "expected an indented block after ..."; [kw] is the statement's keyword token.
static bool p_block(Parser *p, StmtList *out, const char *what, const Token *kw) {
    Vec v = {0};
    if (!enter(p)) {
        return false;
    }
    if (accept(p, T_NEWLINE)) {
        if (curt(p) != T_INDENT) {
            if (curt(p) == T_ERROR) {
                syntax_error(p);
                return false;
            }
            Token *t = cur(p);
            const char *w = what ? what : block_what(kw);
            if (w) {
                perr_range(p, EXC_IndentationError, t->line, t->col, t->end_line, t->end_col,
                           "expected an indented block after %s on line %d", w, kw->line);
            } else {
                perr_range(p, EXC_IndentationError, t->line, t->col, t->end_line, t->end_col,
                           "expected an indented block");
            }
            // CPython points at the start of the offending line
            p->err->col = t->type == T_DEDENT || t->type == T_ENDMARKER ? t->col : t->col;
            return false;
        }
        advance(p);
        while (curt(p) != T_DEDENT && curt(p) != T_ENDMARKER) {
            if (!p_statement(p, &v)) {
                return false;
            }
        }
        if (!expect(p, T_DEDENT)) {
            return false;
        }
    } else {
        if (!p_statement_list(p, &v)) {
            return false;
        }
    }
    leave(p);
    *out = VLIST(StmtList, v);
    return true;
}

static bool colon(Parser *p) { return expect_msg(p, T_COLON, "expected ':'"); }

// if/elif chains are parsed iteratively (a long elif chain must not recurse in C).
static Stmt *p_if(Parser *p) {
    Stmt *first = NULL, *prev = NULL;
    for (int links = 0;; links++) {
        if (!chain_ok(p, links)) {
            return NULL;
        }
        Token kw = *advance(p);
        Expr *test = p_named(p);
        if (!test) {
            return NULL;
        }
        if (curt(p) == T_EQUAL) {
            // CPython: invalid_named_expression
            if (test->kind == E_Name) {
                return ERR_AT_NODE(p, test,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            return ERR_AT_NODE(p, test,
                               "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                               expr_name(test));
        }
        if (!colon(p)) {
            return NULL;
        }
        Stmt *s = new_stmt(p, S_If, loc_from(p, &kw));
        if (!s || !p_block(p, &s->u.whileloop.body, NULL, &kw)) {
            return NULL;
        }
        s->u.whileloop.test = test;
        if (prev) {
            Stmt **one = alloc(p, sizeof(Stmt *));
            if (!one) {
                return NULL;
            }
            one[0] = s;
            prev->u.whileloop.orelse = (StmtList){1, one};
        } else {
            first = s;
        }
        prev = s;
        if (curt(p) == T_ELIF) {
            continue;
        }
        if (curt(p) == T_ELSE) {
            Token ek = *advance(p);
            if (!colon(p) || !p_block(p, &s->u.whileloop.orelse, NULL, &ek)) {
                return NULL;
            }
        }
        break;
    }
    // Every If of the chain ends where the whole statement ends.
    for (Stmt *x = first; x;) {
        x->loc.end_line = p->last->end_line;
        x->loc.end_col = p->last->end_col;
        if (x == prev) {
            break;
        }
        x = x->u.whileloop.orelse.items[0];
    }
    return first;
}

static Stmt *p_while(Parser *p) {
    Token kw = *advance(p);
    Expr *test = p_named(p);
    if (!test) {
        return NULL;
    }
    if (curt(p) == T_EQUAL) {
        if (test->kind == E_Name) {
            return ERR_AT_NODE(p, test, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        return ERR_AT_NODE(p, test, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           expr_name(test));
    }
    if (!colon(p)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_While, loc_from(p, &kw));
    if (!s || !p_block(p, &s->u.whileloop.body, NULL, &kw)) {
        return NULL;
    }
    s->u.whileloop.test = test;
    if (curt(p) == T_ELSE) {
        Token ek = *advance(p);
        if (!colon(p) || !p_block(p, &s->u.whileloop.orelse, NULL, &ek)) {
            return NULL;
        }
    }
    s->loc = loc_from(p, &kw);
    return s;
}

static Stmt *p_for(Parser *p, const Token *start, bool is_async) {
    Token kw = *advance(p);
    Expr *target = p_star_targets(p);
    if (!target) {
        return NULL;
    }
    if (curt(p) != T_IN) {
        return syntax_error(p);
    }
    if (!check_target(p, target, CTX_STORE)) {
        return NULL;
    }
    advance(p);
    Expr *iter = p_star_exprs(p);
    if (!iter) {
        return NULL;
    }
    if (!colon(p)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_For, loc_from(p, start));
    if (!s || !p_block(p, &s->u.forloop.body, NULL, &kw)) {
        return NULL;
    }
    if (curt(p) == T_ELSE) {
        Token ek = *advance(p);
        if (!colon(p) || !p_block(p, &s->u.forloop.orelse, NULL, &ek)) {
            return NULL;
        }
    }
    s->u.forloop.target = target;
    s->u.forloop.iter = iter;
    s->u.forloop.is_async = is_async;
    s->loc = loc_from(p, start);
    return s;
}

static WithItem *p_with_item(Parser *p) {
    WithItem *w = alloc(p, sizeof(WithItem));
    if (!w) {
        return NULL;
    }
    w->context_expr = p_expression(p);
    if (!w->context_expr) {
        return NULL;
    }
    if (accept(p, T_AS)) {
        w->optional_vars = curt(p) == T_STAR ? p_starred(p) : p_bin(p, PREC_BOR);
        if (!w->optional_vars) {
            return NULL;
        }
        // star_target only; a tuple target needs parentheses
        if (!check_target(p, w->optional_vars, CTX_STORE)) {
            return NULL;
        }
    }
    return w;
}

// Is the '(' at the current token a parenthesized with-item list `with (a as b, c):`?
static bool with_parens(Parser *p) {
    // Scan to the matching ')' and check it is followed by ':'.
    int depth = 0;
    for (size_t k = 0;; k++) {
        Token *t = peek(p, k);
        if (t->type == T_ENDMARKER || t->type == T_ERROR || t->type == T_NEWLINE) {
            return false;
        }
        if (t->type == T_LPAR || t->type == T_LSQB || t->type == T_LBRACE) {
            depth++;
        } else if (t->type == T_RPAR || t->type == T_RSQB || t->type == T_RBRACE) {
            depth--;
            if (depth == 0) {
                return peek(p, k + 1)->type == T_COLON;
            }
        }
    }
}

static Stmt *p_with(Parser *p, const Token *start, bool is_async) {
    Token kw = *advance(p);
    Vec items = {0};
    bool parens = false;
    if (curt(p) == T_LPAR && with_parens(p)) {
        // Either (a, b) as a tuple expression or a parenthesized item list; CPython tries the
        // item list first. It is an item list unless it is a single expression followed by ')'
        // that is then used as a tuple/genexp (handled by trying items and falling back).
        size_t save = p->pos;
        Token savelast = p->lasttok;
        ParseError saveerr = *p->err;
        int savedepth = p->depth;
        advance(p);
        parens = true;
        while (curt(p) != T_RPAR) {
            WithItem *w = p_with_item(p);
            if (!w || !vpush(p, &items, w)) {
                parens = false;
                break;
            }
            if (!accept(p, T_COMMA)) {
                break;
            }
        }
        if (parens && accept(p, T_RPAR) && curt(p) == T_COLON) {
            // ok
        } else {
            if (p->failed && cur(p)->type == T_ERROR) {
                return NULL;
            }
            p->pos = save;
            p->lasttok = savelast;
            *p->err = saveerr;
            p->failed = false;
            p->depth = savedepth;
            parens = false;
            items = (Vec){0};
        }
    }
    if (!parens) {
        do {
            WithItem *w = p_with_item(p);
            if (!w || !vpush(p, &items, w)) {
                return NULL;
            }
        } while (accept(p, T_COMMA));
    }
    if (!colon(p)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_With, loc_from(p, start));
    if (!s || !p_block(p, &s->u.with.body, NULL, &kw)) {
        return NULL;
    }
    s->u.with.items = VLIST(WithItemList, items);
    s->u.with.is_async = is_async;
    s->loc = loc_from(p, start);
    return s;
}

static Stmt *p_try(Parser *p) {
    Token kw = *advance(p);
    if (!colon(p)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_Try, loc_from(p, &kw));
    if (!s || !p_block(p, &s->u.tryst.body, NULL, &kw)) {
        return NULL;
    }
    Vec handlers = {0};
    int star = -1;
    while (curt(p) == T_EXCEPT) {
        Token ek = *advance(p);
        bool is_star = false;
        if (curt(p) == T_STAR) {
            advance(p);
            is_star = true;
        }
        if (star >= 0 && star != (int)is_star) {
            return ERR_AT_TOK(p, &ek, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        ExceptHandler *h = alloc(p, sizeof(ExceptHandler));
        if (!h) {
            return NULL;
        }
        if (curt(p) != T_COLON) {
            Token ts = *cur(p);
            h->type = p_expression(p);
            if (!h->type) {
                return NULL;
            }
            if (curt(p) == T_COMMA) {
                // except A, B: -> multiple exception types must be parenthesized
                Vec v = {0};
                while (accept(p, T_COMMA)) {
                    if (!p_expression(p)) {
                        return NULL;
                    }
                    KR_UNUSED(v);
                }
                return perr_range(p, EXC_SyntaxError, ts.line, ts.col, p->last->end_line,
                                  p->last->end_col,
                                  "multiple exception types must be parenthesized");
            }
            if (accept(p, T_AS)) {
                if (curt(p) != T_NAME) {
                    return syntax_error(p);
                }
                h->name = ident(p, advance(p));
            }
        } else if (is_star) {
            return ERR_AT_TOK(p, cur(p), "expected one or more exception types");
        }
        if (!colon(p) || !p_block(p, &h->body, is_star ? "'except*' statement" : NULL, &ek)) {
            return NULL;
        }
        h->loc = loc_from(p, &ek);
        if (!vpush(p, &handlers, h)) {
            return NULL;
        }
    }
    s->u.tryst.handlers = VLIST(HandlerList, handlers);
    s->u.tryst.is_star = star == 1;
    if (curt(p) == T_ELSE) {
        if (!handlers.n) {
            return ERR_AT_TOK(p, cur(p), "expected 'except' or 'finally' block");
        }
        Token ek = *advance(p);
        if (!colon(p) || !p_block(p, &s->u.tryst.orelse, NULL, &ek)) {
            return NULL;
        }
    }
    if (curt(p) == T_FINALLY) {
        Token fk = *advance(p);
        if (!colon(p) || !p_block(p, &s->u.tryst.finalbody, NULL, &fk)) {
            return NULL;
        }
    } else if (!handlers.n) {
        int ct = curt(p);
        if (ct == T_ERROR) {
            return syntax_error(p);
        }
        if (ct == T_DEDENT || ct == T_ENDMARKER || ct == T_NEWLINE) {
            return perr_range(p, EXC_SyntaxError, p->last->end_line, p->last->end_col,
                              p->last->end_line, p->last->end_col,
                              "expected 'except' or 'finally' block");
        }
        return ERR_AT_TOK(p, cur(p), "expected 'except' or 'finally' block");
    }
    s->loc = loc_from(p, &kw);
    return s;
}

static Stmt *p_funcdef(Parser *p, const Token *start, bool is_async, Vec *decos) {
    Token kw = *advance(p);
    if (curt(p) != T_NAME) {
        return syntax_error(p);
    }
    char *name = ident(p, advance(p));
    if (!name) {
        return NULL;
    }
    if (!expect_msg(p, T_LPAR, "expected '('")) {
        return NULL;
    }
    Arguments *args = p_params(p, false);
    if (!args || !expect(p, T_RPAR)) {
        return NULL;
    }
    Expr *returns = NULL;
    if (accept(p, T_ARROW)) {
        returns = p_expression(p);
        if (!returns) {
            return NULL;
        }
    }
    if (!colon(p)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_FunctionDef, loc_from(p, start));
    if (!s || !p_block(p, &s->u.funcdef.body, NULL, &kw)) {
        return NULL;
    }
    s->u.funcdef.name = name;
    s->u.funcdef.args = args;
    s->u.funcdef.returns = returns;
    s->u.funcdef.is_async = is_async;
    s->u.funcdef.decorators = VLIST(ExprList, *decos);
    s->loc = loc_from(p, start);
    return s;
}

static Stmt *p_classdef(Parser *p, const Token *start, Vec *decos) {
    Token kw = *advance(p);
    if (curt(p) != T_NAME) {
        return syntax_error(p);
    }
    char *name = ident(p, advance(p));
    if (!name) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_ClassDef, loc_from(p, start));
    if (!s) {
        return NULL;
    }
    if (curt(p) == T_LPAR) {
        advance(p);
        Expr tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.kind = E_Tuple; // marks "class bases" for p_call_args
        tmp.loc = (Loc){p->last->line, p->last->col, p->last->line, p->last->col};
        if (!p_call_args(p, &tmp)) {
            return NULL;
        }
        s->u.classdef.bases = tmp.u.call.args;
        s->u.classdef.keywords = tmp.u.call.keywords;
    }
    if (!colon(p) || !p_block(p, &s->u.classdef.body, NULL, &kw)) {
        return NULL;
    }
    s->u.classdef.name = name;
    s->u.classdef.decorators = VLIST(ExprList, *decos);
    s->loc = loc_from(p, start);
    return s;
}

// ----- Match statements -----

static Pattern *p_pattern(Parser *p);

static Pattern *new_pat(Parser *p, PatternKind k, Loc l) {
    Pattern *pt = alloc(p, sizeof(Pattern));
    if (pt) {
        pt->kind = k;
        pt->loc = l;
    }
    return pt;
}

// signed_number ['+'|'-' imaginary] for literal patterns.
static Expr *p_pat_number(Parser *p) {
    Token start = *cur(p);
    Expr *e;
    if (curt(p) == T_MINUS) {
        advance(p);
        if (curt(p) != T_NUMBER) {
            return syntax_error(p);
        }
        Expr *n = p_number(p);
        if (!n) {
            return NULL;
        }
        e = new_expr(p, E_UnaryOp, loc_from(p, &start));
        if (!e) {
            return NULL;
        }
        e->u.unaryop.op = UNARY_USUB;
        e->u.unaryop.operand = n;
    } else {
        e = p_number(p);
        if (!e) {
            return NULL;
        }
    }
    if (curt(p) == T_PLUS || curt(p) == T_MINUS) {
        int op = curt(p) == T_PLUS ? BINOP_ADD : BINOP_SUB;
        advance(p);
        if (curt(p) != T_NUMBER) {
            return syntax_error(p);
        }
        Expr *r = p_number(p);
        if (!r) {
            return NULL;
        }
        if (r->u.constant.kind != CONST_IMAG) {
            return ERR_AT_NODE(p, r, "imaginary number required in complex literal");
        }
        Expr *b = new_expr(p, E_BinOp, loc_from(p, &start));
        if (!b) {
            return NULL;
        }
        b->u.binop.left = e;
        b->u.binop.op = op;
        b->u.binop.right = r;
        e = b;
    }
    return e;
}

// name_or_attr: NAME ('.' NAME)*
static Expr *p_dotted_value(Parser *p) {
    Token start = *cur(p);
    Expr *e = name_expr(p, advance(p), CTX_LOAD);
    while (e && curt(p) == T_DOT) {
        advance(p);
        if (curt(p) != T_NAME) {
            return syntax_error(p);
        }
        Token *nt = advance(p);
        Expr *a = new_expr(p, E_Attribute, loc_from(p, &start));
        if (!a) {
            return NULL;
        }
        a->u.attribute.value = e;
        a->u.attribute.attr = ident(p, nt);
        e = a;
    }
    return e;
}

static bool p_pattern_seq(Parser *p, int close, Vec *out) {
    while (curt(p) != close) {
        Pattern *pt = p_pattern(p);
        if (!pt || !vpush(p, out, pt)) {
            return false;
        }
        if (!accept(p, T_COMMA)) {
            break;
        }
    }
    return expect(p, close);
}

static Pattern *p_closed_pattern(Parser *p) {
    Token start = *cur(p);
    int t = curt(p);
    if (t == T_NUMBER || t == T_MINUS) {
        Expr *v = p_pat_number(p);
        if (!v) {
            return NULL;
        }
        Pattern *pt = new_pat(p, P_MatchValue, loc_from(p, &start));
        if (pt) {
            pt->value = v;
        }
        return pt;
    }
    if (t == T_STRING) {
        Expr *v = p_strings(p);
        if (!v) {
            return NULL;
        }
        if (v->kind == E_JoinedStr) {
            return ERR_AT_NODE(p, v, "patterns may only match literals and attribute lookups");
        }
        Pattern *pt = new_pat(p, P_MatchValue, loc_from(p, &start));
        if (pt) {
            pt->value = v;
        }
        return pt;
    }
    if (t == T_NONE || t == T_TRUE || t == T_FALSE) {
        advance(p);
        Expr *c = new_const(p, t == T_NONE ? CONST_NONE : t == T_TRUE ? CONST_TRUE : CONST_FALSE,
                            p->last);
        Pattern *pt = new_pat(p, P_MatchSingleton, loc_from(p, &start));
        if (!pt || !c) {
            return NULL;
        }
        pt->value = c;
        return pt;
    }
    if (t == T_LPAR || t == T_LSQB) {
        advance(p);
        int close = t == T_LPAR ? T_RPAR : T_RSQB;
        if (!enter(p)) {
            return NULL;
        }
        if (t == T_LPAR && curt(p) != T_RPAR) {
            Pattern *first = p_pattern(p);
            if (!first) {
                return NULL;
            }
            if (accept(p, T_RPAR)) {
                leave(p);
                return first; // group pattern
            }
            Vec v = {0};
            if (!vpush(p, &v, first) || !expect(p, T_COMMA) || !p_pattern_seq(p, close, &v)) {
                return NULL;
            }
            leave(p);
            Pattern *pt = new_pat(p, P_MatchSequence, loc_from(p, &start));
            if (pt) {
                pt->patterns = VLIST(PatternList, v);
            }
            return pt;
        }
        Vec v = {0};
        if (!p_pattern_seq(p, close, &v)) {
            return NULL;
        }
        leave(p);
        Pattern *pt = new_pat(p, P_MatchSequence, loc_from(p, &start));
        if (pt) {
            pt->patterns = VLIST(PatternList, v);
        }
        return pt;
    }
    if (t == T_LBRACE) {
        advance(p);
        if (!enter(p)) {
            return NULL;
        }
        Vec keys = {0}, pats = {0};
        const char *rest = NULL;
        while (curt(p) != T_RBRACE) {
            if (curt(p) == T_DSTAR) {
                advance(p);
                if (curt(p) != T_NAME) {
                    return syntax_error(p);
                }
                rest = ident(p, advance(p));
                accept(p, T_COMMA);
                break;
            }
            Expr *k;
            int kt = curt(p);
            if (kt == T_NUMBER || kt == T_MINUS) {
                k = p_pat_number(p);
            } else if (kt == T_STRING) {
                k = p_strings(p);
            } else if (kt == T_NONE || kt == T_TRUE || kt == T_FALSE) {
                advance(p);
                k = new_const(p,
                              kt == T_NONE ? CONST_NONE : kt == T_TRUE ? CONST_TRUE : CONST_FALSE,
                              p->last);
            } else if (kt == T_NAME && peek(p, 1)->type == T_DOT) {
                k = p_dotted_value(p);
            } else {
                return syntax_error(p);
            }
            if (!k || !expect(p, T_COLON)) {
                return NULL;
            }
            Pattern *v = p_pattern(p);
            if (!v || !vpush(p, &keys, k) || !vpush(p, &pats, v)) {
                return NULL;
            }
            if (!accept(p, T_COMMA)) {
                break;
            }
        }
        if (!expect(p, T_RBRACE)) {
            return NULL;
        }
        leave(p);
        Pattern *pt = new_pat(p, P_MatchMapping, loc_from(p, &start));
        if (pt) {
            pt->keys = VLIST(ExprList, keys);
            pt->patterns = VLIST(PatternList, pats);
            pt->name = rest;
        }
        return pt;
    }
    if (t == T_NAME) {
        if (peek(p, 1)->type != T_DOT && peek(p, 1)->type != T_LPAR) {
            Token *nt = advance(p);
            Pattern *pt = new_pat(p, P_MatchAs, loc_from(p, &start));
            if (!pt) {
                return NULL;
            }
            if (!is_soft(nt, "_")) {
                pt->name = ident(p, nt);
            }
            return pt;
        }
        Expr *v = p_dotted_value(p);
        if (!v) {
            return NULL;
        }
        if (curt(p) != T_LPAR) {
            Pattern *pt = new_pat(p, P_MatchValue, loc_from(p, &start));
            if (pt) {
                pt->value = v;
            }
            return pt;
        }
        advance(p);
        if (!enter(p)) {
            return NULL;
        }
        Vec pats = {0}, kwnames = {0}, kwpats = {0};
        while (curt(p) != T_RPAR) {
            if (curt(p) == T_NAME && peek(p, 1)->type == T_EQUAL) {
                char *kn = ident(p, advance(p));
                advance(p);
                Pattern *kp = p_pattern(p);
                if (!kn || !kp || !vpush(p, &kwnames, kn) || !vpush(p, &kwpats, kp)) {
                    return NULL;
                }
            } else {
                Pattern *pp = p_pattern(p);
                if (!pp) {
                    return NULL;
                }
                if (kwnames.n) {
                    return ERR_AT_NODE(p, pp, "positional patterns follow keyword patterns");
                }
                if (!vpush(p, &pats, pp)) {
                    return NULL;
                }
            }
            if (!accept(p, T_COMMA)) {
                break;
            }
        }
        if (!expect(p, T_RPAR)) {
            return NULL;
        }
        leave(p);
        Pattern *pt = new_pat(p, P_MatchClass, loc_from(p, &start));
        if (pt) {
            pt->value = v;
            pt->patterns = VLIST(PatternList, pats);
            pt->kwd_attrs = VLIST(NameList, kwnames);
            pt->kwd_patterns = VLIST(PatternList, kwpats);
        }
        return pt;
    }
    if (t == T_STAR) {
        advance(p);
        if (curt(p) != T_NAME) {
            return syntax_error(p);
        }
        Token *nt = advance(p);
        Pattern *pt = new_pat(p, P_MatchStar, loc_from(p, &start));
        if (pt && !is_soft(nt, "_")) {
            pt->name = ident(p, nt);
        }
        return pt;
    }
    return syntax_error(p);
}

// or_pattern ['as' NAME]
static Pattern *p_pattern(Parser *p) {
    Token start = *cur(p);
    Pattern *first = p_closed_pattern(p);
    if (!first) {
        return NULL;
    }
    if (curt(p) == T_VBAR) {
        Vec v = {0};
        if (!vpush(p, &v, first)) {
            return NULL;
        }
        while (accept(p, T_VBAR)) {
            Pattern *alt = p_closed_pattern(p);
            if (!alt || !vpush(p, &v, alt)) {
                return NULL;
            }
        }
        first = new_pat(p, P_MatchOr, loc_from(p, &start));
        if (!first) {
            return NULL;
        }
        first->patterns = VLIST(PatternList, v);
    }
    if (accept(p, T_AS)) {
        if (curt(p) != T_NAME) {
            return syntax_error(p);
        }
        Token *nt = advance(p);
        if (is_soft(nt, "_")) {
            return ERR_AT_TOK(p, nt, "cannot use '_' as a target");
        }
        Pattern *as = new_pat(p, P_MatchAs, loc_from(p, &start));
        if (!as) {
            return NULL;
        }
        as->pattern = first;
        as->name = ident(p, nt);
        return as;
    }
    return first;
}

// patterns: open_sequence_pattern | pattern
static Pattern *p_patterns(Parser *p) {
    Token start = *cur(p);
    Pattern *first = p_pattern(p);
    if (!first || curt(p) != T_COMMA) {
        return first;
    }
    Vec v = {0};
    if (!vpush(p, &v, first)) {
        return NULL;
    }
    while (accept(p, T_COMMA)) {
        if (curt(p) == T_COLON || curt(p) == T_IF) {
            break;
        }
        Pattern *pt = p_pattern(p);
        if (!pt || !vpush(p, &v, pt)) {
            return NULL;
        }
    }
    Pattern *seq = new_pat(p, P_MatchSequence, loc_from(p, &start));
    if (seq) {
        seq->patterns = VLIST(PatternList, v);
    }
    return seq;
}

// `match` at statement start: a match statement iff the logical line ends with ':'.
static bool is_match_stmt(Parser *p) {
    int t1 = peek(p, 1)->type;
    if (!(starts_expr(t1) || t1 == T_STAR) || t1 == T_NOT) {
        return false;
    }
    int prev = T_NAME;
    for (size_t k = 1;; k++) {
        Token *t = peek(p, k);
        if (t->type == T_NEWLINE) {
            return prev == T_COLON;
        }
        if (t->type == T_ENDMARKER || t->type == T_ERROR) {
            return false;
        }
        prev = t->type;
    }
}

static Stmt *p_match(Parser *p) {
    Token kw = *advance(p);
    Token sstart = *cur(p);
    Expr *subject;
    if (curt(p) == T_STAR) {
        subject = p_star_exprs(p);
    } else {
        subject = p_named(p);
        if (subject && curt(p) == T_COMMA) {
            Vec v = {0};
            if (!vpush(p, &v, subject)) {
                return NULL;
            }
            while (accept(p, T_COMMA)) {
                if (curt(p) == T_COLON) {
                    break;
                }
                Expr *e = p_star_named(p);
                if (!e || !vpush(p, &v, e)) {
                    return NULL;
                }
            }
            subject = make_tuple(p, &v, loc_from(p, &sstart), CTX_LOAD);
        }
    }
    if (!subject || !colon(p)) {
        return NULL;
    }
    if (!expect(p, T_NEWLINE)) {
        return NULL;
    }
    if (curt(p) != T_INDENT) {
        Token *t = cur(p);
        return perr_range(p, EXC_IndentationError, t->line, t->col, t->end_line, t->end_col,
                          "expected an indented block after 'match' statement on line %d",
                          kw.line);
    }
    advance(p);
    if (!enter(p)) {
        return NULL;
    }
    Vec cases = {0};
    while (curt(p) != T_DEDENT && curt(p) != T_ENDMARKER) {
        if (!is_soft(cur(p), "case")) {
            return syntax_error(p);
        }
        Token ck = *advance(p);
        MatchCase *c = alloc(p, sizeof(MatchCase));
        if (!c) {
            return NULL;
        }
        c->pattern = p_patterns(p);
        if (!c->pattern) {
            return NULL;
        }
        if (accept(p, T_IF)) {
            c->guard = p_named(p);
            if (!c->guard) {
                return NULL;
            }
        }
        if (!colon(p) || !p_block(p, &c->body, "'case' statement", &ck)) {
            return NULL;
        }
        if (!vpush(p, &cases, c)) {
            return NULL;
        }
    }
    leave(p);
    if (!expect(p, T_DEDENT)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_Match, loc_from(p, &kw));
    if (s) {
        s->u.match.subject = subject;
        s->u.match.cases = VLIST(MatchCaseList, cases);
    }
    return s;
}

static bool p_statement(Parser *p, Vec *out) {
    Token *t0 = cur(p);
    if (t0->type == T_NAME && !is_soft(t0, "match")) {
        return p_statement_list(p, out) != NULL; // the common case, without the copy below
    }
    Token start = *t0;
    Vec decos = {0};
    Stmt *s = NULL;
    if (start.type == T_AT) {
        while (accept(p, T_AT)) {
            Expr *d = p_named(p);
            if (!d || !vpush(p, &decos, d)) {
                return false;
            }
            if (!expect(p, T_NEWLINE)) {
                return false;
            }
        }
        Token st = *cur(p);
        if (st.type == T_DEF) {
            s = p_funcdef(p, &st, false, &decos);
        } else if (st.type == T_ASYNC && peek(p, 1)->type == T_DEF) {
            advance(p);
            s = p_funcdef(p, &st, true, &decos);
        } else if (st.type == T_CLASS) {
            s = p_classdef(p, &st, &decos);
        } else {
            syntax_error(p);
            return false;
        }
        return s && vpush(p, out, s);
    }
    switch (start.type) {
    case T_IF: s = p_if(p); break;
    case T_WHILE: s = p_while(p); break;
    case T_FOR: s = p_for(p, &start, false); break;
    case T_WITH: s = p_with(p, &start, false); break;
    case T_TRY: s = p_try(p); break;
    case T_DEF: s = p_funcdef(p, &start, false, &decos); break;
    case T_CLASS: s = p_classdef(p, &start, &decos); break;
    case T_ASYNC: {
        int t1 = peek(p, 1)->type;
        if (t1 == T_DEF || t1 == T_FOR || t1 == T_WITH) {
            advance(p);
            s = t1 == T_DEF ? p_funcdef(p, &start, true, &decos)
                : t1 == T_FOR ? p_for(p, &start, true)
                              : p_with(p, &start, true);
        } else {
            advance(p);
            syntax_error(p);
            return false;
        }
        break;
    }
    case T_INDENT:
    case T_DEDENT:
    case T_ERROR: syntax_error(p); return false;
    case T_ELSE:
    case T_ELIF:
    case T_EXCEPT:
    case T_FINALLY: syntax_error(p); return false;
    case T_NAME:
        if (is_soft(&start, "match") && is_match_stmt(p)) {
            s = p_match(p);
            break;
        }
        return p_statement_list(p, out) != NULL;
    default: return p_statement_list(p, out) != NULL;
    }
    return s && vpush(p, out, s);
}

// ----- Entry -----

// 1-based line of byte [i].
static int32_t line_of(const unsigned char *s, size_t i) {
    int32_t line = 1;
    for (size_t k = 0; k < i; k++) {
        line += s[k] == '\n';
    }
    return line;
}

static bool check_source(const char *src, size_t len, ParseError *err) {
    const unsigned char *s = (const unsigned char *)src;
    for (size_t i = 0; i < len;) {
        // Eight bytes at a time while they are all ASCII and not NUL (a byte of 0 borrows
        // in w - 0x01..01, a byte of 0x80 or more has its top bit set).
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (((w - 0x0101010101010101u) | w) & 0x8080808080808080u) {
                break;
            }
            i += 8;
        }
        if (i >= len) {
            break;
        }
        if (i + 8 > len && len >= 8) {
            // fewer than eight bytes left: check them as the (overlapping) last eight
            uint64_t w;
            memcpy(&w, s + len - 8, 8);
            if (!(((w - 0x0101010101010101u) | w) & 0x8080808080808080u)) {
                break;
            }
        }
        unsigned c = s[i];
        if (c == 0) {
            kr_lexer_error(src, len, err, EXC_SyntaxError, 0, -1, -1, -1,
                           "source code cannot contain null bytes");
            err->line = 0;
            err->col = 0;
            return false;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                                           : c >= 0xF0 && c <= 0xF4   ? 4
                                                                      : 0;
        bool ok = k && i + k <= len;
        for (size_t j = 1; ok && j < k; j++) {
            ok = (s[i + j] & 0xC0) == 0x80;
        }
        if (ok && k == 3) {
            uint32_t cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6);
            ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
        } else if (ok && k == 4) {
            uint32_t cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12);
            ok = cp >= 0x10000 && cp <= 0x10FFFF;
        }
        if (!ok) {
            kr_lexer_error(src, len, err, EXC_SyntaxError, line_of(s, i), -1, -1, -1,
                           "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position "
                           "%zu: invalid start byte",
                           c, i);
            err->col = 0;
            return false;
        }
        i += k;
    }
    return true;
}

// Convert the 0-based byte columns of [err] into CPython's 1-based character offsets.
static void fix_cols(const char *src, size_t len, ParseError *err) {
    int32_t lines[2] = {err->line, err->end_line};
    int32_t *cols[2] = {&err->col, &err->end_col};
    for (int k = 0; k < 2; k++) {
        if (*cols[k] < 0 || lines[k] <= 0) {
            if (*cols[k] < 0) {
                *cols[k] = k == 0 ? 0 : -1;
            }
            continue;
        }
        const char *p = src, *end = src + len;
        for (int32_t l = 1; l < lines[k] && p < end; p++) {
            if (*p == '\n') {
                l++;
            }
        }
        int32_t chars = 0;
        for (int32_t i = 0; i < *cols[k] && p + i < end; i++) {
            if (((unsigned char)p[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        *cols[k] = chars + 1;
    }
    if (err->end_line <= 0) {
        err->end_line = err->line;
        err->end_col = err->col;
    }
}

Mod *kr_parse(Arena *a, const char *src, size_t len, ParseError *err) {
    err->kind = 0;
    err->msg[0] = 0;
    err->line = err->col = err->end_line = err->end_col = 0;
    if (!check_source(src, len, err)) {
        return NULL;
    }
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    Lexer lexer; // on the C stack: it is large and lives exactly as long as this call
    Lexer *lx = &lexer;
    kr_lexer_init(lx, src, len, err);
    Parser p;
    memset(&p, 0, offsetof(Parser, inline_toks));
    p.toks = p.inline_toks;
    p.cap = INLINE_TOKS;
    p.a = a;
    p.lx = lx;
    p.err = err;
    p.src = src;
    p.len = len;
    p.lasttok = (Token){.type = T_ENDMARKER, .line = 1};
    p.last = &p.lasttok;
    Vec body = {0};
    Mod *m = NULL;
    while (curt(&p) != T_ENDMARKER) {
        // Drop consumed tokens between top-level statements to bound the buffer (not after
        // every statement: a short snippet never needs to).
        if (p.pos >= INLINE_TOKS / 2) {
            memmove(p.toks, p.toks + p.pos, (p.ntoks - p.pos) * sizeof(Token));
            p.ntoks -= p.pos;
            p.pos = 0;
        }
        if (curt(&p) == T_NEWLINE) {
            advance(&p);
            continue;
        }
        if (!p_statement(&p, &body)) {
            goto done;
        }
    }
    m = kr_arena_alloc(a, sizeof(Mod));
    if (!m) {
        oom(&p);
        goto done;
    }
    m->body = VLIST(StmtList, body);
done:
    if (!m && p.failed && !lx->failed && err->kind == EXC_SyntaxError &&
        strncmp(err->msg, "invalid syntax", 14) == 0) {
        // Like CPython, a generic error yields to a tokenizer error later in the source
        // (typically "'(' was never closed").
        ParseError saved = *err;
        int32_t far_line = p.ntoks ? p.toks[p.ntoks - 1].line : saved.line;
        Token t;
        size_t drained = 0;
        do {
            kr_lexer_next(lx, &t);
            drained++;
        } while (t.type != T_ENDMARKER && t.type != T_ERROR);
        bool unclosed = strstr(err->msg, "was never closed") != NULL;
        // An unclosed bracket wins only below its own line, or when the parser was already
        // looking at the end of the input (CPython's two rules).
        bool near_eof = drained <= 1 && p.ntoks - p.pos <= 3;
        if (t.type != T_ERROR || (unclosed && !(far_line > err->line || near_eof))) {
            *err = saved;
        }
    }
    free_toks(&p);
    if (!m && err->kind != EXC_MemoryError) {
        if (!p.failed) {
            snprintf(err->msg, sizeof err->msg, "invalid syntax");
            err->kind = EXC_SyntaxError;
        }
        fix_cols(src, len, err);
    }
    return m;
}
