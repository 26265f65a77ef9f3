// SPDX-License-Identifier: MIT
// stdlib/re_compile.c: regular expression syntax -> program (CPython 3.11's re/_parser.py and
// re/_compiler.py: same grammar, same re.error messages and positions).
//
// The pattern is decoded to code points and tokenized as _parser.Tokenizer does (a backslash
// and the character after it form one token), parsed into a tree of Nodes (an array indexed by
// int32 links), and the tree is emitted as a program for re_match.c. Parsing and emitting
// recurse once per group nesting level, bounded by vm->c_depth / max_c_depth.
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>

#include "re_engine.h"
#include "unicode.h"

#define MAXWIDTH UINT64_MAX
#define MAXGROUPS 0x3FFFFFFF // CPython: 2**30 - 1 on 64-bit builds... (sizeof(int) limits)

enum { N_LIT, N_NOTLIT, N_ANY, N_SET, N_AT, N_SEQ, N_ALT, N_GROUP, N_REPEAT, N_ASSERT, N_ATOMIC,
       N_BACKREF, N_COND };

// Parse-time AT kinds (resolved with the flags when emitting).
enum { AT_BEGINNING, AT_END, AT_BEGINNING_STRING, AT_END_STRING, AT_BOUNDARY, AT_NON_BOUNDARY };

typedef struct Node {
    uint8_t op;
    uint8_t mode;  // repeat mode; assert: bit0 negative, bit1 behind
    uint16_t fl;   // flags in effect (IGNORECASE, MULTILINE, DOTALL, ASCII)
    int32_t first; // first child (-1: none)
    int32_t last;  // last child (SEQ/ALT), to append in O(1)
    int32_t next;  // next sibling
    int32_t a;     // literal / set index / AT kind / group / cond "no" branch
    uint32_t min, max;
    bool wdone;
    uint64_t wlo, whi;
} Node;

typedef struct Parser {
    KrVm *vm;
    Value pattern;
    uint32_t *p; // code points (owned)
    int64_t n;
    bool istext;
    // tokenizer: the next token (tok_len 0: end)
    int64_t index;
    uint32_t tok;
    bool tok_esc;
    int tok_len;
    int64_t flags; // state.flags
    Node *nodes;
    size_t nnodes, nodes_cap;
    ReProg *prog;
    // groups: index 0 is group 0
    uint64_t *gwlo, *gwhi;
    bool *gclosed;
    size_t ngroups, groups_cap; // state.groups
    Dict *groupdict;
    int64_t lookbehindgroups; // -1: None
    // conditional references to groups not defined yet: (group, pos) pairs
    int64_t *refpos;
    size_t nrefpos, refpos_cap;
    int depth;
} Parser;

// ----- Case folding and classes -----

uint32_t kr_re_lower(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    uint32_t out[3];
    int k = kr_uni_lower(c, out);
    return k >= 1 ? out[0] : c;
}

uint32_t kr_re_upper(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    uint32_t out[3];
    int k = kr_uni_upper(c, out);
    return k == 1 ? out[0] : c;
}

uint32_t kr_re_fold(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return kr_re_lower(kr_re_upper(c, false), false);
}

bool kr_re_isword(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_');
    }
    return kr_uni_isalnum(c);
}

static bool cat_has(const ReSet *s, uint32_t c) {
    unsigned cats = s->cats;
    bool a = s->ascii;
    if (cats & (RC_DIGIT | RC_NOT_DIGIT)) {
        bool d = (c < 128 || a) ? (c >= '0' && c <= '9') : kr_uni_decimal(c) >= 0;
        if (((cats & RC_DIGIT) && d) || ((cats & RC_NOT_DIGIT) && !d)) {
            return true;
        }
    }
    if (cats & (RC_SPACE | RC_NOT_SPACE)) {
        bool sp = (c < 128 || a) ? (c == ' ' || (c >= 9 && c <= 13)) : kr_uni_isspace(c);
        if (((cats & RC_SPACE) && sp) || ((cats & RC_NOT_SPACE) && !sp)) {
            return true;
        }
    }
    if (cats & (RC_WORD | RC_NOT_WORD)) {
        bool w = kr_re_isword(c, a);
        if (((cats & RC_WORD) && w) || ((cats & RC_NOT_WORD) && !w)) {
            return true;
        }
    }
    return false;
}

static bool set_has1(const ReSet *s, uint32_t c) {
    for (int32_t i = 0; i < s->nranges; i++) {
        if (c >= s->ranges[2 * i] && c <= s->ranges[2 * i + 1]) {
            return true;
        }
    }
    return s->cats && cat_has(s, c);
}

bool kr_re_set_has(const ReSet *s, uint32_t c) {
    bool in = set_has1(s, c);
    if (!in && s->icase) {
        uint32_t l = kr_re_lower(c, s->ascii), u = kr_re_upper(c, s->ascii);
        uint32_t f = kr_re_fold(c, s->ascii);
        in = (l != c && set_has1(s, l)) || (u != c && set_has1(s, u)) ||
             (f != c && f != l && set_has1(s, f));
    }
    return in != s->negate;
}

// ----- Errors -----

// Raise re.error with a message built from [fmt] at position tell() - [offset] (or at the
// absolute position -1 - offset when offset < -1... not used). Directives: %s C string,
// %d int64_t, %T text (const uint32_t *, int64_t n: raw characters), %R repr of that text.
static int verr_at(Parser *P, int64_t pos, const char *fmt, va_list ap) {
    KrVm *vm = P->vm;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            if (kr_sb_addc(&sb, *f) < 0) {
                goto fail;
            }
            continue;
        }
        f++;
        if (*f == 's') {
            if (kr_sb_adds(&sb, va_arg(ap, const char *)) < 0) {
                goto fail;
            }
        } else if (*f == 'd') {
            char buf[32];
            snprintf(buf, sizeof buf, "%" PRId64, va_arg(ap, int64_t));
            if (kr_sb_adds(&sb, buf) < 0) {
                goto fail;
            }
        } else if (*f == 'T' || *f == 'R') {
            const uint32_t *t = va_arg(ap, const uint32_t *);
            int64_t n = va_arg(ap, int64_t);
            StrBuf tb;
            kr_sb_init(&tb, vm);
            for (int64_t i = 0; i < n; i++) {
                char u[4];
                if (kr_sb_add(&tb, u, kr_utf8_encode(t[i], u)) < 0) {
                    kr_sb_free(&tb);
                    goto fail;
                }
            }
            Value s = kr_sb_to_str(&tb);
            if (IS_EXC(s)) {
                goto fail;
            }
            if (*f == 'R') {
                s = kr_repr(vm, s);
                if (IS_EXC(s)) {
                    goto fail;
                }
            }
            if (kr_sb_add_str(&sb, s) < 0) {
                goto fail;
            }
        }
    }
    if (!P->istext) {
        // msg.encode('ascii', 'backslashreplace').decode('ascii')
        StrBuf ab;
        kr_sb_init(&ab, vm);
        size_t i = 0;
        while (i < sb.len) {
            size_t adv;
            uint32_t c = kr_utf8_decode(sb.data + i, &adv);
            i += adv;
            int rc;
            if (c < 128) {
                rc = kr_sb_addc(&ab, (char)c);
            } else {
                char buf[16];
                snprintf(buf, sizeof buf, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
                         c);
                rc = kr_sb_adds(&ab, buf);
            }
            if (rc < 0) {
                kr_sb_free(&ab);
                goto fail;
            }
        }
        kr_sb_free(&sb);
        sb = ab;
    }
    Value msg = kr_sb_to_str(&sb);
    if (IS_EXC(msg)) {
        return -1;
    }
    kr_re_error(vm, msg, P->pattern, pos);
    return -1;
fail:
    kr_sb_free(&sb);
    return -1;
}

static int64_t tell(Parser *P) { return P->index - P->tok_len; }

// source.error(msg, offset): position tell() - offset.
static int perr(Parser *P, int64_t offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = verr_at(P, tell(P) - offset, fmt, ap);
    va_end(ap);
    return r;
}

static int perr_at(Parser *P, int64_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = verr_at(P, pos, fmt, ap);
    va_end(ap);
    return r;
}

// ----- Tokenizer -----

static int advance(Parser *P) {
    if (P->index >= P->n) {
        P->tok_len = 0;
        return 0;
    }
    uint32_t c = P->p[P->index];
    if (c == '\\') {
        if (P->index + 1 >= P->n) {
            P->tok_len = 0;
            return perr_at(P, P->n - 1, "bad escape (end of pattern)");
        }
        P->tok = P->p[P->index + 1];
        P->tok_esc = true;
        P->tok_len = 2;
        P->index += 2;
    } else {
        P->tok = c;
        P->tok_esc = false;
        P->tok_len = 1;
        P->index += 1;
    }
    return 0;
}

static bool at_end(Parser *P) { return P->tok_len == 0; }
// The next token is the plain character [c].
static bool next_is(Parser *P, uint32_t c) { return P->tok_len == 1 && P->tok == c; }

// source.match(c): 1 consumed, 0 not, -1 error.
static int smatch(Parser *P, uint32_t c) {
    if (next_is(P, c)) {
        return advance(P) < 0 ? -1 : 1;
    }
    return 0;
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_hex(uint32_t c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int hexval(uint32_t c) {
    return is_digit(c) ? (int)(c - '0') : (int)((c | 32) - 'a' + 10);
}
static bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Text of a token sequence collected by getuntil (escape tokens contribute both characters).
typedef struct Text {
    uint32_t *p;
    int64_t n, cap;
} Text;

static int text_add(KrVm *vm, Text *t, uint32_t c) {
    if (t->n == t->cap) {
        int64_t ncap = t->cap ? t->cap * 2 : 16;
        uint32_t *np = kr_mem_realloc(vm, t->p, (size_t)t->cap * 4, (size_t)ncap * 4);
        if (!np) {
            return -1;
        }
        t->p = np;
        t->cap = ncap;
    }
    t->p[t->n++] = c;
    return 0;
}
static void text_free(KrVm *vm, Text *t) {
    kr_mem_free(vm, t->p, (size_t)t->cap * 4);
    t->p = NULL;
    t->n = t->cap = 0;
}

// source.getuntil(terminator, name)
static int getuntil(Parser *P, uint32_t term, const char *name, Text *out) {
    out->n = 0;
    for (;;) {
        bool end = at_end(P);
        uint32_t c = P->tok;
        bool esc = P->tok_esc;
        if (advance(P) < 0) {
            return -1;
        }
        if (end) {
            if (out->n == 0) {
                return perr(P, 0, "missing %s", name);
            }
            char t[2] = {(char)term, 0};
            return perr(P, out->n, "missing %s, unterminated name", t);
        }
        if (!esc && c == term) {
            if (out->n == 0) {
                return perr(P, 1, "missing %s", name);
            }
            return 0;
        }
        if ((esc && text_add(P->vm, out, '\\') < 0) || text_add(P->vm, out, c) < 0) {
            return -1;
        }
    }
}

static bool text_isidentifier(const Text *t) {
    if (t->n == 0) {
        return false;
    }
    for (int64_t i = 0; i < t->n; i++) {
        uint32_t c = t->p[i];
        bool ok = i == 0 ? (c == '_' || kr_uni_has(c, UNI_XID_START))
                         : kr_uni_has(c, UNI_XID_CONTINUE);
        if (!ok) {
            return false;
        }
    }
    return true;
}

static int checkgroupname(Parser *P, const Text *name, int64_t offset) {
    if (!text_isidentifier(name)) {
        return perr(P, name->n + offset, "bad character in group name %R", name->p, name->n);
    }
    return 0;
}

static Value text_str(Parser *P, const Text *t) {
    StrBuf sb;
    kr_sb_init(&sb, P->vm);
    for (int64_t i = 0; i < t->n; i++) {
        char u[4];
        if (kr_sb_add(&sb, u, kr_utf8_encode(t->p[i], u)) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    return kr_sb_to_str(&sb);
}

// ----- Nodes -----

static int32_t new_node(Parser *P, int op, uint16_t fl) {
    if (P->nnodes == P->nodes_cap) {
        size_t ncap = P->nodes_cap ? P->nodes_cap * 2 : 32;
        Node *nn = kr_mem_realloc(P->vm, P->nodes, P->nodes_cap * sizeof(Node),
                                  ncap * sizeof(Node));
        if (!nn) {
            return -1;
        }
        P->nodes = nn;
        P->nodes_cap = ncap;
    }
    Node *n = &P->nodes[P->nnodes];
    memset(n, 0, sizeof *n);
    n->op = (uint8_t)op;
    n->fl = fl;
    n->first = n->last = n->next = -1;
    return (int32_t)P->nnodes++;
}

static void seq_append(Parser *P, int32_t seq, int32_t child) {
    Node *s = &P->nodes[seq];
    P->nodes[child].next = -1;
    if (s->last < 0) {
        s->first = s->last = child;
    } else {
        P->nodes[s->last].next = child;
        s->last = child;
    }
}

static int add_set(Parser *P, ReSet *set) {
    ReProg *g = P->prog;
    if (g->nsets == g->sets_cap) {
        size_t ncap = g->sets_cap ? g->sets_cap * 2 : 8;
        ReSet *ns = kr_mem_realloc(P->vm, g->sets, g->sets_cap * sizeof(ReSet), ncap * sizeof(ReSet));
        if (!ns) {
            return -1;
        }
        g->sets = ns;
        g->sets_cap = ncap;
    }
    g->sets[g->nsets] = *set;
    return (int)g->nsets++;
}

static uint64_t sat_add(uint64_t a, uint64_t b) { return a > MAXWIDTH - b ? MAXWIDTH : a + b; }
static uint64_t sat_mul(uint64_t a, uint64_t b) {
    if (a == 0 || b == 0) {
        return 0;
    }
    return a > MAXWIDTH / b ? MAXWIDTH : a * b;
}

// SubPattern.getwidth() of the node [i] (a sequence, or any node).
static void width(Parser *P, int32_t i, uint64_t *lo, uint64_t *hi);

static void seq_width(Parser *P, int32_t first, uint64_t *lo, uint64_t *hi) {
    uint64_t l = 0, h = 0;
    for (int32_t c = first; c >= 0; c = P->nodes[c].next) {
        uint64_t a, b;
        width(P, c, &a, &b);
        l = sat_add(l, a);
        h = sat_add(h, b);
    }
    *lo = l;
    *hi = h;
}

static void width(Parser *P, int32_t i, uint64_t *lo, uint64_t *hi) {
    Node *n = &P->nodes[i];
    if (n->wdone) {
        *lo = n->wlo;
        *hi = n->whi;
        return;
    }
    uint64_t l = 0, h = 0, a, b;
    switch (n->op) {
    case N_LIT:
    case N_NOTLIT:
    case N_ANY:
    case N_SET:
        l = h = 1;
        break;
    case N_SEQ:
    case N_GROUP:
    case N_ATOMIC:
        seq_width(P, n->first, &l, &h);
        break;
    case N_ALT:
        l = MAXWIDTH;
        for (int32_t c = n->first; c >= 0; c = P->nodes[c].next) {
            width(P, c, &a, &b);
            l = a < l ? a : l;
            h = b > h ? b : h;
        }
        break;
    case N_REPEAT:
        width(P, n->first, &a, &b);
        l = sat_mul(a, n->min);
        h = (n->max == RE_MAXREPEAT && b) ? MAXWIDTH : sat_mul(b, n->max);
        break;
    case N_BACKREF:
        l = P->gwlo[n->a];
        h = P->gwhi[n->a];
        break;
    case N_COND:
        width(P, n->first, &l, &h);
        if (n->a >= 0) {
            width(P, n->a, &a, &b);
            l = a < l ? a : l;
            h = b > h ? b : h;
        } else {
            l = 0;
        }
        break;
    default: // N_AT, N_ASSERT
        break;
    }
    n = &P->nodes[i];
    n->wdone = true;
    n->wlo = l;
    n->whi = h;
    *lo = l;
    *hi = h;
}

// ----- Groups -----

static int64_t open_group(Parser *P, const Text *name) {
    if (P->ngroups >= MAXGROUPS) {
        return perr(P, name ? name->n + 1 : 0, "too many groups");
    }
    if (P->ngroups == P->groups_cap) {
        size_t ncap = P->groups_cap * 2;
        uint64_t *a = kr_mem_realloc(P->vm, P->gwlo, P->groups_cap * 8, ncap * 8);
        if (!a) {
            return -1;
        }
        P->gwlo = a;
        a = kr_mem_realloc(P->vm, P->gwhi, P->groups_cap * 8, ncap * 8);
        if (!a) {
            return -1;
        }
        P->gwhi = a;
        bool *b = kr_mem_realloc(P->vm, P->gclosed, P->groups_cap, ncap);
        if (!b) {
            return -1;
        }
        P->gclosed = b;
        P->groups_cap = ncap;
    }
    int64_t gid = (int64_t)P->ngroups++;
    P->gclosed[gid] = false;
    P->gwlo[gid] = P->gwhi[gid] = 0;
    if (name) {
        Value key = text_str(P, name);
        if (IS_EXC(key)) {
            return -1;
        }
        Value old = kr_dict_get_str(P->vm, P->groupdict, AS_STR(key));
        if (!IS_UNDEF(old)) {
            return perr(P, name->n + 1, "redefinition of group name %R as group %d; was group %d",
                        name->p, name->n, gid, AS_INT(old));
        }
        if (kr_dict_set(P->vm, P->groupdict, key, kr_int(gid)) < 0) {
            return -1;
        }
    }
    return gid;
}

static bool checkgroup(Parser *P, int64_t gid) {
    return gid < (int64_t)P->ngroups && P->gclosed[gid];
}

static int checklookbehindgroup(Parser *P, int64_t gid) {
    if (P->lookbehindgroups >= 0) {
        if (!checkgroup(P, gid)) {
            return perr(P, 0, "cannot refer to an open group");
        }
        if (gid >= P->lookbehindgroups) {
            return perr(P, 0, "cannot refer to group defined in the same lookbehind subpattern");
        }
    }
    return 0;
}

// ----- Escapes -----

// Categories and AT escapes. Returns 1 and fills [*node] if [c] (after a backslash) is one.
static int category(Parser *P, uint32_t c, uint16_t fl, bool in_class, int32_t *node,
                    unsigned *cat) {
    unsigned k = 0;
    switch (c) {
    case 'd': k = RC_DIGIT; break;
    case 'D': k = RC_NOT_DIGIT; break;
    case 's': k = RC_SPACE; break;
    case 'S': k = RC_NOT_SPACE; break;
    case 'w': k = RC_WORD; break;
    case 'W': k = RC_NOT_WORD; break;
    default: break;
    }
    if (k) {
        *cat = k;
        return 1;
    }
    if (in_class) {
        return 0;
    }
    int at = -1;
    switch (c) {
    case 'A': at = AT_BEGINNING_STRING; break;
    case 'Z': at = AT_END_STRING; break;
    case 'b': at = AT_BOUNDARY; break;
    case 'B': at = AT_NON_BOUNDARY; break;
    default: break;
    }
    if (at < 0) {
        return 0;
    }
    int32_t nd = new_node(P, N_AT, fl);
    if (nd < 0) {
        return -1;
    }
    P->nodes[nd].a = at;
    *node = nd;
    return 1;
}

static int simple_escape(uint32_t c, uint32_t *out) {
    switch (c) {
    case 'a': *out = 7; return 1;
    case 'b': *out = 8; return 1;
    case 'f': *out = 12; return 1;
    case 'n': *out = 10; return 1;
    case 'r': *out = 13; return 1;
    case 't': *out = 9; return 1;
    case 'v': *out = 11; return 1;
    case '\\': *out = '\\'; return 1;
    default: return 0;
    }
}

// Reads up to [max] further characters in [pred] after an escape (source.getwhile). The
// escape text so far is esc[0..*n).
static int getwhile(Parser *P, int max, bool (*pred)(uint32_t), uint32_t *esc, int *n) {
    for (int k = 0; k < max; k++) {
        if (P->tok_len != 1 || !pred(P->tok)) {
            break;
        }
        esc[(*n)++] = P->tok;
        if (advance(P) < 0) {
            return -1;
        }
    }
    return 0;
}

// The common numeric escapes \x \u \U (both contexts). Returns 1 with *lit set, 0 if [c] is not
// one of them, -1 on error.
static int hex_escape(Parser *P, uint32_t c, uint32_t *esc, int *n, uint32_t *lit) {
    int want;
    if (c == 'x') {
        want = 2;
    } else if (c == 'u' && P->istext) {
        want = 4;
    } else if (c == 'U' && P->istext) {
        want = 8;
    } else {
        return 0;
    }
    if (getwhile(P, want, is_hex, esc, n) < 0) {
        return -1;
    }
    if (*n != want + 2) {
        return perr(P, *n, "incomplete escape %T", esc, (int64_t)*n);
    }
    uint32_t v = 0;
    for (int i = 2; i < *n; i++) {
        v = v * 16 + (uint32_t)hexval(esc[i]);
    }
    if (c == 'U' && v > 0x10FFFF) {
        return perr(P, *n, "bad escape %T", esc, (int64_t)*n);
    }
    *lit = v;
    return 1;
}

// _class_escape: an escape inside [...]. Returns 0 with *lit (is_lit) or *cat set.
static int class_escape(Parser *P, uint32_t c, uint32_t *lit, unsigned *cat) {
    uint32_t esc[12] = {'\\', c};
    int n = 2;
    *cat = 0;
    if (simple_escape(c, lit)) {
        return 0;
    }
    int32_t dummy;
    int r = category(P, c, 0, true, &dummy, cat);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    r = hex_escape(P, c, esc, &n, lit);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    if (c == 'N' && P->istext) {
        return perr(P, 0, "\\N{...} escapes are not supported by krait's re");
    }
    if (is_oct(c)) {
        if (getwhile(P, 2, is_oct, esc, &n) < 0) {
            return -1;
        }
        uint32_t v = 0;
        for (int i = 1; i < n; i++) {
            v = v * 8 + (esc[i] - '0');
        }
        if (v > 0377) {
            return perr(P, n, "octal escape value %T outside of range 0-0o377", esc, (int64_t)n);
        }
        *lit = v;
        return 0;
    }
    if (is_digit(c) || is_ascii_letter(c)) {
        return perr(P, n, "bad escape %T", esc, (int64_t)n);
    }
    *lit = c;
    return 0;
}

// _escape: an escape outside a class. Appends the resulting node to [seq].
static int escape(Parser *P, uint32_t c, uint16_t fl, int32_t seq) {
    uint32_t esc[12] = {'\\', c};
    int n = 2;
    int32_t node = -1;
    unsigned cat = 0;
    uint32_t lit;
    int r = category(P, c, fl, false, &node, &cat);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        if (cat) {
            ReSet s = {0};
            s.cats = (uint16_t)cat;
            s.ascii = (fl & RE_ASCII) != 0;
            int si = add_set(P, &s);
            node = si < 0 ? -1 : new_node(P, N_SET, fl);
            if (node < 0) {
                return -1;
            }
            P->nodes[node].a = si;
        }
        seq_append(P, seq, node);
        return 0;
    }
    if (simple_escape(c, &lit)) {
        goto literal;
    }
    r = hex_escape(P, c, esc, &n, &lit);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        goto literal;
    }
    if (c == 'N' && P->istext) {
        return perr(P, 0, "\\N{...} escapes are not supported by krait's re");
    }
    if (c == '0') {
        if (getwhile(P, 2, is_oct, esc, &n) < 0) {
            return -1;
        }
        lit = 0;
        for (int i = 1; i < n; i++) {
            lit = lit * 8 + (esc[i] - '0');
        }
        goto literal;
    }
    if (is_digit(c)) {
        if (P->tok_len == 1 && is_digit(P->tok)) {
            esc[n++] = P->tok;
            if (advance(P) < 0) {
                return -1;
            }
            if (is_oct(esc[1]) && is_oct(esc[2]) && P->tok_len == 1 && is_oct(P->tok)) {
                esc[n++] = P->tok;
                if (advance(P) < 0) {
                    return -1;
                }
                lit = (esc[1] - '0') * 64 + (esc[2] - '0') * 8 + (esc[3] - '0');
                if (lit > 0377) {
                    return perr(P, n, "octal escape value %T outside of range 0-0o377", esc,
                                (int64_t)n);
                }
                goto literal;
            }
        }
        int64_t group = 0;
        for (int i = 1; i < n; i++) {
            group = group * 10 + (esc[i] - '0');
        }
        if (group < (int64_t)P->ngroups) {
            if (!checkgroup(P, group)) {
                return perr(P, n, "cannot refer to an open group");
            }
            if (checklookbehindgroup(P, group) < 0) {
                return -1;
            }
            node = new_node(P, N_BACKREF, fl);
            if (node < 0) {
                return -1;
            }
            P->nodes[node].a = (int32_t)group;
            seq_append(P, seq, node);
            return 0;
        }
        return perr(P, n - 1, "invalid group reference %d", group);
    }
    if (is_ascii_letter(c)) {
        return perr(P, n, "bad escape %T", esc, (int64_t)n);
    }
    lit = c;
literal:
    node = new_node(P, N_LIT, fl);
    if (node < 0) {
        return -1;
    }
    P->nodes[node].a = (int32_t)lit;
    seq_append(P, seq, node);
    return 0;
}

// ----- Character sets -----

typedef struct SetBuf {
    uint32_t *r;
    int32_t n, cap; // ranges
    unsigned cats;
    int nitems;     // items added (CPython's list length, for the single-literal optimisation)
    uint32_t first_lit;
    bool first_is_lit;
} SetBuf;

static int setbuf_range(KrVm *vm, SetBuf *b, uint32_t lo, uint32_t hi) {
    if (b->n == b->cap) {
        int32_t ncap = b->cap ? b->cap * 2 : 8;
        uint32_t *nr = kr_mem_realloc(vm, b->r, (size_t)b->cap * 8, (size_t)ncap * 8);
        if (!nr) {
            return -1;
        }
        b->r = nr;
        b->cap = ncap;
    }
    b->r[2 * b->n] = lo;
    b->r[2 * b->n + 1] = hi;
    b->n++;
    return 0;
}

// Records one set item: a literal (cat 0) or a category.
static int setbuf_item(KrVm *vm, SetBuf *b, uint32_t lit, unsigned cat) {
    // _uniq: a repeated literal does not count as a new item.
    if (!cat) {
        for (int32_t i = 0; i < b->n; i++) {
            if (b->r[2 * i] == lit && b->r[2 * i + 1] == lit) {
                return 0;
            }
        }
    }
    if (b->nitems == 0) {
        b->first_is_lit = cat == 0;
        b->first_lit = lit;
    }
    b->nitems++;
    if (cat) {
        b->cats |= cat;
        return 0;
    }
    return setbuf_range(vm, b, lit, lit);
}

static int parse_set(Parser *P, uint16_t fl, int32_t seq) {
    KrVm *vm = P->vm;
    int64_t here = tell(P) - 1;
    SetBuf b = {0};
    int sm = smatch(P, '^');
    if (sm < 0) {
        return -1;
    }
    bool negate = sm > 0;
    bool any = false; // `set` non-empty (a ']' right after '[' or '[^' is a literal)
    for (;;) {
        if (at_end(P)) {
            perr(P, tell(P) - here, "unterminated character set");
            goto fail;
        }
        uint32_t c = P->tok;
        bool esc = P->tok_esc;
        int64_t this_start = tell(P);
        if (advance(P) < 0) {
            goto fail;
        }
        if (!esc && c == ']' && any) {
            break;
        }
        uint32_t lit1 = c;
        unsigned cat1 = 0;
        if (esc && class_escape(P, c, &lit1, &cat1) < 0) {
            goto fail;
        }
        int64_t this_len = tell(P) - this_start;
        any = true;
        int r = smatch(P, '-');
        if (r < 0) {
            goto fail;
        }
        if (r) {
            if (at_end(P)) {
                perr(P, tell(P) - here, "unterminated character set");
                goto fail;
            }
            uint32_t d = P->tok;
            bool desc = P->tok_esc;
            int64_t that_start = tell(P);
            if (advance(P) < 0) {
                goto fail;
            }
            if (!desc && d == ']') {
                if (setbuf_item(vm, &b, lit1, cat1) < 0 || setbuf_item(vm, &b, '-', 0) < 0) {
                    goto fail;
                }
                break;
            }
            uint32_t lit2 = d;
            unsigned cat2 = 0;
            if (desc && class_escape(P, d, &lit2, &cat2) < 0) {
                goto fail;
            }
            int64_t that_len = tell(P) - that_start;
            if (cat1 || cat2 || lit2 < lit1) {
                const uint32_t *t1 = P->p + this_start;
                const uint32_t *t2 = P->p + that_start;
                // "bad character range %s-%s" with the two tokens' texts
                uint32_t buf[64];
                int64_t k = 0;
                for (int64_t i = 0; i < this_len && k < 30; i++) {
                    buf[k++] = t1[i];
                }
                buf[k++] = '-';
                for (int64_t i = 0; i < that_len && k < 62; i++) {
                    buf[k++] = t2[i];
                }
                perr(P, this_len + 1 + that_len, "bad character range %T", buf, k);
                goto fail;
            }
            if (lit1 == lit2) {
                if (setbuf_item(vm, &b, lit1, 0) < 0) {
                    goto fail;
                }
            } else {
                if (b.nitems == 0) {
                    b.first_is_lit = false;
                }
                b.nitems++;
                if (setbuf_range(vm, &b, lit1, lit2) < 0) {
                    goto fail;
                }
            }
        } else if (setbuf_item(vm, &b, lit1, cat1) < 0) {
            goto fail;
        }
    }
    int32_t node;
    if (b.nitems == 1 && b.first_is_lit) {
        node = new_node(P, negate ? N_NOTLIT : N_LIT, fl);
        if (node < 0) {
            goto fail;
        }
        P->nodes[node].a = (int32_t)b.first_lit;
        kr_mem_free(vm, b.r, (size_t)b.cap * 8);
    } else {
        ReSet s = {0};
        s.ranges = b.r;
        s.nranges = b.n;
        s.cats = (uint16_t)b.cats;
        s.negate = negate;
        s.icase = (fl & RE_IGNORECASE) != 0;
        s.ascii = (fl & RE_ASCII) != 0;
        // The set owns the ranges from here; shrink the buffer to its exact size.
        if (b.cap > b.n) {
            uint32_t *nr = b.n ? kr_mem_realloc(vm, b.r, (size_t)b.cap * 8, (size_t)b.n * 8) : NULL;
            if (b.n && !nr) {
                goto fail;
            }
            if (!b.n) {
                kr_mem_free(vm, b.r, (size_t)b.cap * 8);
            }
            s.ranges = nr;
            b.r = nr;
            b.cap = b.n;
        }
        int si = add_set(P, &s);
        if (si < 0) {
            goto fail;
        }
        b.r = NULL; // owned by the program now
        node = new_node(P, N_SET, fl);
        if (node < 0) {
            return -1;
        }
        P->nodes[node].a = si;
    }
    seq_append(P, seq, node);
    return 0;
fail:
    kr_mem_free(vm, b.r, (size_t)b.cap * 8);
    return -1;
}

// ----- Parser -----

static int32_t parse_sub(Parser *P, uint16_t fl, bool verbose, int nested);
static int32_t parse_seq(Parser *P, uint16_t *fl, bool verbose, int nested, bool first);

static const char *flag_chars = "iLmsxatu";
static int64_t flag_value(uint32_t c) {
    switch (c) {
    case 'i': return RE_IGNORECASE;
    case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE;
    case 's': return RE_DOTALL;
    case 'x': return RE_VERBOSE;
    case 'a': return RE_ASCII;
    case 't': return RE_TEMPLATE;
    case 'u': return RE_UNICODE;
    default: return 0;
    }
}
static bool is_flag(uint32_t c) { return c < 128 && c && strchr(flag_chars, (int)c) != NULL; }
static bool is_alpha(uint32_t c) { return kr_uni_has(c, UNI_ALPHA); }

#define TYPE_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)
#define GLOBAL_FLAGS (RE_DEBUG | RE_TEMPLATE)

// _parse_flags. Returns 1 for global flags (state updated), 0 for scoped flags (*add, *del),
// -1 on error. [c] is the first flag character, already consumed.
static int parse_flags(Parser *P, uint32_t c, bool c_end, int64_t *addp, int64_t *delp) {
    int64_t add = 0, del = 0;
    if (c != '-') {
        for (;;) {
            int64_t flag = flag_value(c);
            if (P->istext) {
                if (c == 'L') {
                    return perr(P, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
                }
            } else if (c == 'u') {
                return perr(P, 0, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            }
            add |= flag;
            if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) != flag) {
                return perr(P, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            }
            if (at_end(P)) {
                if (advance(P) < 0) {
                    return -1;
                }
                return perr(P, 0, "missing -, : or )");
            }
            c = P->tok;
            bool esc = P->tok_esc;
            if (advance(P) < 0) {
                return -1;
            }
            if (!esc && (c == ')' || c == '-' || c == ':')) {
                break;
            }
            if (esc || !is_flag(c)) {
                return perr(P, esc ? 2 : 1, "%s",
                            (!esc && is_alpha(c)) ? "unknown flag" : "missing -, : or )");
            }
        }
    }
    (void)c_end;
    if (c == ')') {
        P->flags |= add;
        return 1;
    }
    if (add & GLOBAL_FLAGS) {
        return perr(P, 1, "bad inline flags: cannot turn on global flag");
    }
    if (c == '-') {
        if (at_end(P)) {
            return perr(P, 0, "missing flag");
        }
        c = P->tok;
        bool esc = P->tok_esc;
        if (advance(P) < 0) {
            return -1;
        }
        if (esc || !is_flag(c)) {
            return perr(P, esc ? 2 : 1, "%s", (!esc && is_alpha(c)) ? "unknown flag" : "missing flag");
        }
        for (;;) {
            int64_t flag = flag_value(c);
            if (flag & TYPE_FLAGS) {
                return perr(P, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            }
            del |= flag;
            if (at_end(P)) {
                return perr(P, 0, "missing :");
            }
            c = P->tok;
            esc = P->tok_esc;
            if (advance(P) < 0) {
                return -1;
            }
            if (!esc && c == ':') {
                break;
            }
            if (esc || !is_flag(c)) {
                return perr(P, esc ? 2 : 1, "%s", (!esc && is_alpha(c)) ? "unknown flag" : "missing :");
            }
        }
    }
    if (del & GLOBAL_FLAGS) {
        return perr(P, 1, "bad inline flags: cannot turn off global flag");
    }
    if (add & del) {
        return perr(P, 1, "bad inline flags: flag turned on and off");
    }
    *addp = add;
    *delp = del;
    return 0;
}

static bool is_repeat_node(const Node *n) { return n->op == N_REPEAT; }

static int depth_enter(Parser *P) {
    KrVm *vm = P->vm;
    if (vm->c_depth + 1 > vm->cfg.limits.max_c_depth) {
        kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    vm->c_depth++;
    P->depth++;
    return 0;
}
static void depth_leave(Parser *P) {
    P->vm->c_depth--;
    P->depth--;
}

// Parses a repeat operator [c] (already consumed) applying to the last item of [seq].
static int parse_repeat(Parser *P, uint32_t c, int32_t seq, int32_t *prev, uint16_t fl) {
    int64_t here = tell(P);
    uint32_t min = 0, max = RE_MAXREPEAT;
    if (c == '?') {
        max = 1;
    } else if (c == '+') {
        min = 1;
    } else if (c == '{') {
        if (next_is(P, '}')) {
            int32_t nd = new_node(P, N_LIT, fl);
            if (nd < 0) {
                return -1;
            }
            P->nodes[nd].a = '{';
            seq_append(P, seq, nd);
            *prev = nd;
            return 0;
        }
        int64_t lo_start = P->index, hi_start = -1;
        int64_t nlo = 0, nhi = 0;
        while (P->tok_len == 1 && is_digit(P->tok)) {
            nlo++;
            if (advance(P) < 0) {
                return -1;
            }
        }
        int r = smatch(P, ',');
        if (r < 0) {
            return -1;
        }
        if (r) {
            hi_start = tell(P);
            while (P->tok_len == 1 && is_digit(P->tok)) {
                nhi++;
                if (advance(P) < 0) {
                    return -1;
                }
            }
        }
        r = smatch(P, '}');
        if (r < 0) {
            return -1;
        }
        if (!r) {
            int32_t nd = new_node(P, N_LIT, fl);
            if (nd < 0) {
                return -1;
            }
            P->nodes[nd].a = '{';
            seq_append(P, seq, nd);
            *prev = nd;
            P->index = here;
            return advance(P);
        }
        lo_start -= 1; // index of the first digit (the token after '{')
        uint64_t v;
        if (nlo) {
            v = 0;
            for (int64_t i = 0; i < nlo; i++) {
                v = v > (uint64_t)RE_MAXREPEAT ? v : v * 10 + (P->p[lo_start + i] - '0');
            }
            if (v >= RE_MAXREPEAT) {
                kr_raise(P->vm, EXC_OverflowError, "the repetition number is too large");
                return -1;
            }
            min = (uint32_t)v;
        }
        if (hi_start < 0) {
            max = nlo ? min : RE_MAXREPEAT;
        } else if (nhi) {
            v = 0;
            for (int64_t i = 0; i < nhi; i++) {
                v = v > (uint64_t)RE_MAXREPEAT ? v : v * 10 + (P->p[hi_start + i] - '0');
            }
            if (v >= RE_MAXREPEAT) {
                kr_raise(P->vm, EXC_OverflowError, "the repetition number is too large");
                return -1;
            }
            max = (uint32_t)v;
            if (max < min) {
                return perr(P, tell(P) - here, "min repeat greater than max repeat");
            }
        }
    }
    int32_t item = *prev;
    if (item < 0 || P->nodes[item].op == N_AT) {
        return perr(P, tell(P) - here + 1, "nothing to repeat");
    }
    if (is_repeat_node(&P->nodes[item])) {
        return perr(P, tell(P) - here + 1, "multiple repeat");
    }
    int mode = RM_GREEDY;
    int r = smatch(P, '?');
    if (r < 0) {
        return -1;
    }
    if (r) {
        mode = RM_LAZY;
    } else {
        r = smatch(P, '+');
        if (r < 0) {
            return -1;
        }
        if (r) {
            mode = RM_POSSESSIVE;
        }
    }
    int32_t rep = new_node(P, N_REPEAT, fl);
    if (rep < 0) {
        return -1;
    }
    Node *n = &P->nodes[rep];
    n->min = min;
    n->max = max;
    n->mode = (uint8_t)mode;
    // Replace the last item of seq with the repeat holding it.
    Node *s = &P->nodes[seq];
    int32_t before = -1;
    for (int32_t k = s->first; k >= 0 && k != item; k = P->nodes[k].next) {
        before = k;
    }
    if (before < 0) {
        s->first = rep;
    } else {
        P->nodes[before].next = rep;
    }
    s->last = rep;
    P->nodes[item].next = -1;
    P->nodes[rep].first = item;
    P->nodes[rep].next = -1;
    *prev = rep;
    return 0;
}

// Parse a group after '(' (consumed). [start] is the position of '('.
static int parse_group(Parser *P, int64_t start, uint16_t *flp, bool *verbosep, int nested,
                       bool first, int32_t seq, int32_t *prev) {
    uint16_t fl = *flp;
    bool verbose = *verbosep;
    bool capture = true, atomic = false;
    int64_t add = 0, del = 0;
    Text name = {0};
    bool have_name = false;
    int r = smatch(P, '?');
    if (r < 0) {
        return -1;
    }
    if (r) {
        if (at_end(P)) {
            if (advance(P) < 0) {
                return -1;
            }
            return perr(P, 0, "unexpected end of pattern");
        }
        uint32_t c = P->tok;
        bool esc = P->tok_esc;
        if (advance(P) < 0) {
            return -1;
        }
        if (esc) {
            uint32_t t[2] = {'\\', c};
            return perr(P, 3, "unknown extension ?%T", t, (int64_t)2);
        }
        if (c == 'P') {
            if ((r = smatch(P, '<')) != 0) {
                if (r < 0 || getuntil(P, '>', "group name", &name) < 0 ||
                    checkgroupname(P, &name, 1) < 0) {
                    goto fail;
                }
                have_name = true;
            } else if ((r = smatch(P, '=')) != 0) {
                if (r < 0 || getuntil(P, ')', "group name", &name) < 0 ||
                    checkgroupname(P, &name, 1) < 0) {
                    goto fail;
                }
                Value key = text_str(P, &name);
                if (IS_EXC(key)) {
                    goto fail;
                }
                Value gid = kr_dict_get_str(P->vm, P->groupdict, AS_STR(key));
                if (IS_UNDEF(gid)) {
                    perr(P, name.n + 1, "unknown group name %R", name.p, name.n);
                    goto fail;
                }
                if (!checkgroup(P, AS_INT(gid))) {
                    perr(P, name.n + 1, "cannot refer to an open group");
                    goto fail;
                }
                if (checklookbehindgroup(P, AS_INT(gid)) < 0) {
                    goto fail;
                }
                int32_t nd = new_node(P, N_BACKREF, fl);
                if (nd < 0) {
                    goto fail;
                }
                P->nodes[nd].a = (int32_t)AS_INT(gid);
                seq_append(P, seq, nd);
                *prev = nd;
                text_free(P->vm, &name);
                return 0;
            } else {
                if (at_end(P)) {
                    if (advance(P) < 0) {
                        return -1;
                    }
                    return perr(P, 0, "unexpected end of pattern");
                }
                uint32_t t[3] = {'P', P->tok_esc ? '\\' : P->tok, P->tok};
                int64_t tn = P->tok_esc ? 3 : 2;
                int64_t off = P->tok_len + 2;
                if (advance(P) < 0) {
                    return -1;
                }
                return perr(P, off, "unknown extension ?%T", t, tn);
            }
        } else if (c == ':') {
            capture = false;
        } else if (c == '#') {
            for (;;) {
                if (at_end(P)) {
                    return perr(P, tell(P) - start, "missing ), unterminated comment");
                }
                bool close = next_is(P, ')');
                if (advance(P) < 0) {
                    return -1;
                }
                if (close) {
                    break;
                }
            }
            return 0;
        } else if (c == '=' || c == '!' || c == '<') {
            int dir = 1;
            int64_t saved_lbg = P->lookbehindgroups;
            if (c == '<') {
                if (at_end(P)) {
                    if (advance(P) < 0) {
                        return -1;
                    }
                    return perr(P, 0, "unexpected end of pattern");
                }
                uint32_t d = P->tok;
                bool desc = P->tok_esc;
                int dlen = P->tok_len;
                if (advance(P) < 0) {
                    return -1;
                }
                if (desc || (d != '=' && d != '!')) {
                    uint32_t t[3] = {'<', desc ? '\\' : d, d};
                    return perr(P, dlen + 2, "unknown extension ?%T", t, (int64_t)(desc ? 3 : 2));
                }
                c = d;
                dir = -1;
                if (P->lookbehindgroups < 0) {
                    P->lookbehindgroups = (int64_t)P->ngroups;
                }
            }
            int32_t body = parse_sub(P, fl, verbose, nested + 1);
            if (body < 0) {
                return -1;
            }
            if (dir < 0 && saved_lbg < 0) {
                P->lookbehindgroups = -1;
            }
            if ((r = smatch(P, ')')) <= 0) {
                return r < 0 ? -1 : perr(P, tell(P) - start, "missing ), unterminated subpattern");
            }
            int32_t nd = new_node(P, N_ASSERT, fl);
            if (nd < 0) {
                return -1;
            }
            P->nodes[nd].first = body;
            P->nodes[nd].mode = (uint8_t)((c == '!' ? 1 : 0) | (dir < 0 ? 2 : 0));
            seq_append(P, seq, nd);
            *prev = nd;
            return 0;
        } else if (c == '(') {
            if (getuntil(P, ')', "group name", &name) < 0) {
                goto fail;
            }
            int64_t condgroup;
            if (text_isidentifier(&name)) {
                Value key = text_str(P, &name);
                if (IS_EXC(key)) {
                    goto fail;
                }
                Value gid = kr_dict_get_str(P->vm, P->groupdict, AS_STR(key));
                if (IS_UNDEF(gid)) {
                    perr(P, name.n + 1, "unknown group name %R", name.p, name.n);
                    goto fail;
                }
                condgroup = AS_INT(gid);
            } else {
                bool ok = name.n > 0 && name.n < 12;
                condgroup = 0;
                for (int64_t i = 0; ok && i < name.n; i++) {
                    // int() accepts surrounding whitespace, '+' and '_' too; ASCII digits only
                    // here (CPython warns about the others).
                    if (!is_digit(name.p[i])) {
                        ok = false;
                    } else {
                        condgroup = condgroup * 10 + (name.p[i] - '0');
                    }
                }
                if (!ok) {
                    perr(P, name.n + 1, "bad character in group name %R", name.p, name.n);
                    goto fail;
                }
                if (!condgroup) {
                    perr(P, name.n + 1, "bad group number");
                    goto fail;
                }
                if (condgroup >= MAXGROUPS) {
                    perr(P, name.n + 1, "invalid group reference %d", condgroup);
                    goto fail;
                }
                // state.grouprefpos: checked once the whole pattern is parsed
                bool seen = false;
                for (size_t i = 0; i < P->nrefpos; i++) {
                    seen = seen || P->refpos[2 * i] == condgroup;
                }
                if (!seen) {
                    if (P->nrefpos == P->refpos_cap) {
                        size_t ncap = P->refpos_cap ? P->refpos_cap * 2 : 4;
                        int64_t *nr = kr_mem_realloc(P->vm, P->refpos, P->refpos_cap * 16, ncap * 16);
                        if (!nr) {
                            goto fail;
                        }
                        P->refpos = nr;
                        P->refpos_cap = ncap;
                    }
                    P->refpos[2 * P->nrefpos] = condgroup;
                    P->refpos[2 * P->nrefpos + 1] = tell(P) - name.n - 1;
                    P->nrefpos++;
                }
            }
            text_free(P->vm, &name);
            if (checklookbehindgroup(P, condgroup) < 0) {
                return -1;
            }
            if (depth_enter(P) < 0) {
                return -1;
            }
            uint16_t f2 = fl;
            int32_t yes = parse_seq(P, &f2, verbose, nested + 1, false);
            int32_t no = -1;
            if (yes >= 0) {
                r = smatch(P, '|');
                if (r < 0) {
                    yes = -1;
                } else if (r) {
                    f2 = fl;
                    no = parse_seq(P, &f2, verbose, nested + 1, false);
                    if (no < 0) {
                        yes = -1;
                    } else if (next_is(P, '|')) {
                        perr(P, 0, "conditional backref with more than two branches");
                        yes = -1;
                    }
                }
            }
            depth_leave(P);
            if (yes < 0) {
                return -1;
            }
            if ((r = smatch(P, ')')) <= 0) {
                return r < 0 ? -1 : perr(P, tell(P) - start, "missing ), unterminated subpattern");
            }
            int32_t nd = new_node(P, N_COND, fl);
            if (nd < 0) {
                return -1;
            }
            P->nodes[nd].first = yes;
            P->nodes[nd].a = no;
            P->nodes[nd].min = (uint32_t)condgroup;
            seq_append(P, seq, nd);
            *prev = nd;
            return 0;
        } else if (c == '>') {
            capture = false;
            atomic = true;
        } else if (is_flag(c) || c == '-') {
            int g = parse_flags(P, c, false, &add, &del);
            if (g < 0) {
                return -1;
            }
            if (g == 1) {
                if (!first || P->nodes[seq].first >= 0) {
                    return perr(P, tell(P) - start, "global flags not at the start of the expression");
                }
                *verbosep = (P->flags & RE_VERBOSE) != 0;
                // Global flags apply to the whole pattern: they come before any item.
                *flp = (uint16_t)(*flp | (P->flags & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL |
                                                      RE_ASCII | RE_VERBOSE)));
                return 0;
            }
            capture = false;
        } else {
            uint32_t t[1] = {c};
            return perr(P, 2, "unknown extension ?%T", t, (int64_t)1);
        }
    }
    int64_t group = -1;
    if (capture) {
        group = open_group(P, have_name ? &name : NULL);
        if (group < 0) {
            goto fail;
        }
    }
    text_free(P->vm, &name);
    bool sub_verbose = (verbose || (add & RE_VERBOSE)) && !(del & RE_VERBOSE);
    uint16_t subfl = (uint16_t)((fl | add) & ~del);
    int32_t body = parse_sub(P, subfl, sub_verbose, nested + 1);
    if (body < 0) {
        return -1;
    }
    if ((r = smatch(P, ')')) <= 0) {
        return r < 0 ? -1 : perr(P, tell(P) - start, "missing ), unterminated subpattern");
    }
    int32_t nd;
    if (group >= 0) {
        uint64_t lo, hi;
        width(P, body, &lo, &hi);
        P->gwlo[group] = lo;
        P->gwhi[group] = hi;
        P->gclosed[group] = true;
        nd = new_node(P, N_GROUP, fl);
        if (nd < 0) {
            return -1;
        }
        P->nodes[nd].a = (int32_t)group;
    } else {
        nd = new_node(P, atomic ? N_ATOMIC : N_SEQ, fl);
        if (nd < 0) {
            return -1;
        }
    }
    P->nodes[nd].first = body;
    seq_append(P, seq, nd);
    *prev = nd;
    return 0;
fail:
    text_free(P->vm, &name);
    return -1;
}

// _parse: a sequence of items up to '|' or ')' or the end. Returns an N_SEQ node.
static int32_t parse_seq(Parser *P, uint16_t *flp, bool verbose, int nested, bool first) {
    int32_t seq = new_node(P, N_SEQ, *flp);
    if (seq < 0) {
        return -1;
    }
    int32_t prev = -1; // last item (for repeats)
    for (;;) {
        if (at_end(P)) {
            break;
        }
        uint32_t c = P->tok;
        bool esc = P->tok_esc;
        if (!esc && (c == '|' || c == ')')) {
            break;
        }
        if (advance(P) < 0) {
            return -1;
        }
        uint16_t fl = *flp;
        if (verbose && !esc) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 11 || c == 12) {
                continue;
            }
            if (c == '#') {
                for (;;) {
                    if (at_end(P)) {
                        break;
                    }
                    uint32_t d = P->tok;
                    bool desc = P->tok_esc;
                    if (advance(P) < 0) {
                        return -1;
                    }
                    if (!desc && d == '\n') {
                        break;
                    }
                }
                continue;
            }
        }
        if (esc) {
            if (escape(P, c, fl, seq) < 0) {
                return -1;
            }
            prev = P->nodes[seq].last;
        } else if (c == '[') {
            if (parse_set(P, fl, seq) < 0) {
                return -1;
            }
            prev = P->nodes[seq].last;
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
            if (parse_repeat(P, c, seq, &prev, fl) < 0) {
                return -1;
            }
        } else if (c == '.') {
            int32_t nd = new_node(P, N_ANY, fl);
            if (nd < 0) {
                return -1;
            }
            seq_append(P, seq, nd);
            prev = nd;
        } else if (c == '(') {
            int64_t start = tell(P) - 1;
            int32_t before = P->nodes[seq].last;
            if (parse_group(P, start, flp, &verbose, nested, first, seq, &prev) < 0) {
                return -1;
            }
            if (P->nodes[seq].last == before) {
                // a comment or global flags: the previous item stays repeatable (CPython keeps
                // subpattern[-1])
                prev = before;
            }
        } else if (c == '^' || c == '$') {
            int32_t nd = new_node(P, N_AT, fl);
            if (nd < 0) {
                return -1;
            }
            P->nodes[nd].a = c == '^' ? AT_BEGINNING : AT_END;
            seq_append(P, seq, nd);
            prev = nd;
        } else {
            int32_t nd = new_node(P, N_LIT, fl);
            if (nd < 0) {
                return -1;
            }
            P->nodes[nd].a = (int32_t)c;
            seq_append(P, seq, nd);
            prev = nd;
        }
    }
    return seq;
}

// _parse_sub: alternatives separated by '|'. Returns an N_SEQ or N_ALT node.
static int32_t parse_sub(Parser *P, uint16_t fl, bool verbose, int nested) {
    if (depth_enter(P) < 0) {
        return -1;
    }
    int32_t alt = -1, items = 0, result = -1;
    uint16_t f = fl;
    for (;;) {
        int32_t s = parse_seq(P, &f, verbose, nested + 1, nested == 0 && items == 0);
        if (s < 0) {
            goto out;
        }
        items++;
        int r = smatch(P, '|');
        if (r < 0) {
            goto out;
        }
        if (!r) {
            if (alt < 0) {
                result = s;
                goto out;
            }
            seq_append(P, alt, s);
            break;
        }
        if (alt < 0) {
            alt = new_node(P, N_ALT, fl);
            if (alt < 0) {
                goto out;
            }
        }
        seq_append(P, alt, s);
        if (nested == 0) {
            verbose = (P->flags & RE_VERBOSE) != 0;
            f = (uint16_t)(f | (P->flags & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL | RE_ASCII)));
        }
    }
    result = alt;
out:
    depth_leave(P);
    return result;
}

// ----- Emitter -----

static int emit(Parser *P, int32_t w) {
    ReProg *g = P->prog;
    if (g->ncode == g->code_cap) {
        size_t ncap = g->code_cap ? g->code_cap * 2 : 64;
        int32_t *nc = kr_mem_realloc(P->vm, g->code, g->code_cap * 4, ncap * 4);
        if (!nc) {
            return -1;
        }
        g->code = nc;
        g->code_cap = ncap;
    }
    g->code[g->ncode++] = w;
    return 0;
}

static int emit3(Parser *P, int32_t a, int32_t b, int32_t c) {
    return (emit(P, a) < 0 || emit(P, b) < 0 || emit(P, c) < 0) ? -1 : 0;
}

static int32_t here_pc(Parser *P) { return (int32_t)P->prog->ncode; }

static bool node_ascii(Parser *P, const Node *n) { return (n->fl & RE_ASCII) || !P->istext; }

// One-character matcher (3 words) for LIT/NOTLIT/ANY/SET nodes.
static int emit_unit(Parser *P, const Node *n) {
    bool icase = (n->fl & RE_IGNORECASE) != 0;
    bool ascii = node_ascii(P, n);
    switch (n->op) {
    case N_LIT:
        if (icase) {
            return emit3(P, RI_CHAR_I, (int32_t)kr_re_fold((uint32_t)n->a, ascii), ascii);
        }
        return emit3(P, RI_CHAR, n->a, 0);
    case N_NOTLIT:
        if (icase) {
            return emit3(P, RI_NOTCHAR_I, (int32_t)kr_re_fold((uint32_t)n->a, ascii), ascii);
        }
        return emit3(P, RI_NOTCHAR, n->a, 0);
    case N_ANY:
        return emit3(P, (n->fl & RE_DOTALL) ? RI_ANYALL : RI_ANY, 0, 0);
    default: { // N_SET
        ReSet *s = &P->prog->sets[n->a];
        s->icase = icase;
        s->ascii = ascii;
        return emit3(P, RI_SET, n->a, 0);
    }
    }
}

static bool is_unit(const Node *n) {
    return n->op == N_LIT || n->op == N_NOTLIT || n->op == N_ANY || n->op == N_SET;
}

static int emit_node(Parser *P, int32_t i);

static int emit_seq(Parser *P, int32_t first) {
    for (int32_t c = first; c >= 0; c = P->nodes[c].next) {
        if (emit_node(P, c) < 0) {
            return -1;
        }
    }
    return 0;
}

static int emit_node(Parser *P, int32_t i) {
    Node n = P->nodes[i];
    int32_t at = 0;
    switch (n.op) {
    case N_LIT:
    case N_NOTLIT:
    case N_ANY:
    case N_SET:
        return emit_unit(P, &n);
    case N_AT: {
        bool m = (n.fl & RE_MULTILINE) != 0;
        int kind;
        switch (n.a) {
        case AT_BEGINNING: kind = m ? RA_BEGIN_LINE : RA_BEGIN; break;
        case AT_END: kind = m ? RA_END_LINE : RA_END; break;
        case AT_BEGINNING_STRING: kind = RA_BEGIN_STRING; break;
        case AT_END_STRING: kind = RA_END_STRING; break;
        case AT_BOUNDARY: kind = node_ascii(P, &n) ? RA_BOUNDARY : RA_UNI_BOUNDARY; break;
        default: kind = node_ascii(P, &n) ? RA_NON_BOUNDARY : RA_UNI_NON_BOUNDARY; break;
        }
        return emit(P, RI_AT) < 0 ? -1 : emit(P, kind);
    }
    case N_SEQ:
        return emit_seq(P, n.first);
    case N_ALT: {
        // SPLIT next_alt_body, next_split ... each body ends with JMP end (patched).
        int32_t jumps = -1; // chain of JMP operands to patch (linked through the operand)
        for (int32_t c = n.first; c >= 0; c = P->nodes[c].next) {
            int32_t split = -1;
            if (P->nodes[c].next >= 0) {
                split = here_pc(P);
                if (emit3(P, RI_SPLIT, split + 3, 0) < 0) {
                    return -1;
                }
            }
            if (emit_node(P, c) < 0) {
                return -1;
            }
            if (P->nodes[c].next >= 0) {
                if (emit(P, RI_JMP) < 0 || emit(P, jumps) < 0) {
                    return -1;
                }
                jumps = here_pc(P) - 1;
                P->prog->code[split + 2] = here_pc(P);
            }
        }
        int32_t end = here_pc(P);
        while (jumps >= 0) {
            int32_t nxt = P->prog->code[jumps];
            P->prog->code[jumps] = end;
            jumps = nxt;
        }
        return 0;
    }
    case N_GROUP:
        if (emit(P, RI_SAVE) < 0 || emit(P, 2 * n.a) < 0 || emit_node(P, n.first) < 0 ||
            emit(P, RI_SAVE) < 0 || emit(P, 2 * n.a + 1) < 0) {
            return -1;
        }
        return 0;
    case N_REPEAT: {
        int32_t item = n.first;
        // A non-capturing group without flags around a single unit repeats the unit.
        while (P->nodes[item].op == N_SEQ && P->nodes[item].first >= 0 &&
               P->nodes[P->nodes[item].first].next < 0) {
            item = P->nodes[item].first;
        }
        if (is_unit(&P->nodes[item])) {
            if (emit(P, RI_REPSIMPLE) < 0 || emit(P, (int32_t)n.min) < 0 ||
                emit(P, (int32_t)n.max) < 0 || emit(P, n.mode) < 0) {
                return -1;
            }
            Node u = P->nodes[item];
            return emit_unit(P, &u);
        }
        if (n.mode == RM_POSSESSIVE) {
            at = here_pc(P);
            if (emit(P, RI_ATOMIC) < 0 || emit(P, 0) < 0) {
                return -1;
            }
        }
        int mode = n.mode == RM_LAZY ? RM_LAZY : RM_GREEDY;
        if (n.min == 0 && n.max == 1) {
            int32_t split = here_pc(P);
            if (emit3(P, RI_SPLIT, 0, 0) < 0 || emit_node(P, item) < 0) {
                return -1;
            }
            int32_t end = here_pc(P);
            P->prog->code[split + 1] = mode == RM_GREEDY ? split + 3 : end;
            P->prog->code[split + 2] = mode == RM_GREEDY ? end : split + 3;
        } else {
            int32_t r = P->prog->nregs++;
            if (emit(P, RI_REPINIT) < 0 || emit(P, r) < 0) {
                return -1;
            }
            int32_t loop = here_pc(P);
            if (emit3(P, RI_REPLOOP, r, (int32_t)n.min) < 0 ||
                emit3(P, (int32_t)n.max, mode, 0) < 0 || emit(P, RI_REPBODY) < 0 ||
                emit(P, r) < 0 || emit_node(P, item) < 0 || emit3(P, RI_REPEND, r, loop) < 0) {
                return -1;
            }
            P->prog->code[loop + 5] = here_pc(P);
        }
        if (n.mode == RM_POSSESSIVE) {
            if (emit(P, RI_ATOMICEND) < 0) {
                return -1;
            }
            P->prog->code[at + 1] = here_pc(P);
        }
        return 0;
    }
    case N_ASSERT: {
        int32_t w = 0;
        if (n.mode & 2) {
            uint64_t lo, hi;
            width(P, n.first, &lo, &hi);
            if (lo > 0xFFFFFFFFu) {
                kr_re_error(P->vm, kr_str_from_cstr(P->vm, "looks too much behind"), VAL_NONE, -1);
                return -1;
            }
            if (lo != hi) {
                kr_re_error(P->vm, kr_str_from_cstr(P->vm, "look-behind requires fixed-width pattern"),
                            VAL_NONE, -1);
                return -1;
            }
            if (lo > INT32_MAX) {
                kr_re_error(P->vm, kr_str_from_cstr(P->vm, "looks too much behind"), VAL_NONE, -1);
                return -1;
            }
            w = (int32_t)lo;
        }
        at = here_pc(P);
        if (emit(P, RI_LOOK) < 0 || emit3(P, n.mode, w, 0) < 0 || emit_node(P, n.first) < 0 ||
            emit(P, RI_LOOKEND) < 0) {
            return -1;
        }
        P->prog->code[at + 3] = here_pc(P);
        return 0;
    }
    case N_ATOMIC:
        at = here_pc(P);
        if (emit(P, RI_ATOMIC) < 0 || emit(P, 0) < 0 || emit_seq(P, n.first) < 0 ||
            emit(P, RI_ATOMICEND) < 0) {
            return -1;
        }
        P->prog->code[at + 1] = here_pc(P);
        return 0;
    case N_BACKREF:
        return emit3(P, RI_BACKREF, n.a,
                     ((n.fl & RE_IGNORECASE) ? 1 : 0) | (node_ascii(P, &n) ? 2 : 0));
    case N_COND: {
        at = here_pc(P);
        if (emit3(P, RI_COND, (int32_t)n.min, 0) < 0 || emit_node(P, n.first) < 0) {
            return -1;
        }
        if (n.a >= 0) {
            int32_t j = here_pc(P);
            if (emit(P, RI_JMP) < 0 || emit(P, 0) < 0) {
                return -1;
            }
            P->prog->code[at + 2] = here_pc(P);
            if (emit_node(P, n.a) < 0) {
                return -1;
            }
            P->prog->code[j + 1] = here_pc(P);
        } else {
            P->prog->code[at + 2] = here_pc(P);
        }
        return 0;
    }
    default:
        return 0;
    }
}

// Emission recurses like parsing, once per nesting level (bounded by the parse depth).
static int emit_root(Parser *P, int32_t root) {
    KrVm *vm = P->vm;
    int saved = vm->c_depth;
    int r = emit_node(P, root) < 0 ? -1 : emit(P, RI_MATCH);
    vm->c_depth = saved;
    return r;
}

// ----- Entry point -----

void kr_re_prog_free(KrVm *vm, ReProg *p) {
    if (!p) {
        return;
    }
    for (size_t i = 0; i < p->nsets; i++) {
        kr_mem_free(vm, p->sets[i].ranges, (size_t)p->sets[i].nranges * 8);
    }
    kr_mem_free(vm, p->sets, p->sets_cap * sizeof(ReSet));
    kr_mem_free(vm, p->code, p->code_cap * 4);
    kr_mem_free(vm, p, sizeof(ReProg));
}

static int decode_pattern(Parser *P, Value pattern) {
    KrVm *vm = P->vm;
    int64_t n;
    if (IS_STR(pattern)) {
        n = AS_STR(pattern)->nchars;
    } else {
        n = AS_BYTES(pattern)->len;
    }
    size_t bytes;
    if (!kr_mul_ok((size_t)n + 1, 4, &bytes)) {
        kr_raise_nomem(vm);
        return -1;
    }
    P->p = kr_mem_alloc(vm, bytes);
    if (!P->p) {
        return -1;
    }
    if (IS_STR(pattern)) {
        Str *s = AS_STR(pattern);
        size_t off = 0;
        for (int64_t i = 0; i < n; i++) {
            size_t adv;
            P->p[i] = kr_utf8_decode(s->data + off, &adv);
            off += adv;
        }
    } else {
        for (int64_t i = 0; i < n; i++) {
            P->p[i] = AS_BYTES(pattern)->data[i];
        }
    }
    P->n = n;
    return 0;
}

ReProg *kr_re_compile(KrVm *vm, Value pattern, int64_t flags, Value *groupindex,
                      Value *indexgroup) {
    Parser P;
    memset(&P, 0, sizeof P);
    P.vm = vm;
    P.pattern = pattern;
    P.istext = IS_STR(pattern);
    P.flags = flags;
    P.lookbehindgroups = -1;
    int saved_depth = vm->c_depth;
    ReProg *prog = NULL;
    if (kr_tick(vm, IS_STR(pattern) ? AS_STR(pattern)->len : AS_BYTES(pattern)->len) < 0) {
        return NULL;
    }
    if (decode_pattern(&P, pattern) < 0) {
        return NULL;
    }
    prog = kr_mem_alloc(vm, sizeof(ReProg));
    if (!prog) {
        goto fail;
    }
    memset(prog, 0, sizeof *prog);
    P.prog = prog;
    prog->bytes = !P.istext;
    P.groupdict = kr_dict_new(vm);
    P.groups_cap = 8;
    P.gwlo = kr_mem_alloc(vm, 8 * 8);
    P.gwhi = kr_mem_alloc(vm, 8 * 8);
    P.gclosed = kr_mem_alloc(vm, 8);
    if (!P.groupdict || !P.gwlo || !P.gwhi || !P.gclosed) {
        goto fail;
    }
    P.ngroups = 1;
    P.gclosed[0] = false;
    P.gwlo[0] = P.gwhi[0] = 0;
    if (advance(&P) < 0) {
        goto fail;
    }
    uint16_t fl = (uint16_t)(flags & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL | RE_ASCII | RE_VERBOSE));
    int32_t root = parse_sub(&P, fl, (flags & RE_VERBOSE) != 0, 0);
    if (root < 0) {
        goto fail;
    }
    // fix_flags
    int64_t f = P.flags;
    if (P.istext) {
        if (f & RE_LOCALE) {
            kr_raise(vm, EXC_ValueError, "cannot use LOCALE flag with a str pattern");
            goto fail;
        }
        if (!(f & RE_ASCII)) {
            f |= RE_UNICODE;
        } else if (f & RE_UNICODE) {
            kr_raise(vm, EXC_ValueError, "ASCII and UNICODE flags are incompatible");
            goto fail;
        }
    } else {
        if (f & RE_UNICODE) {
            kr_raise(vm, EXC_ValueError, "cannot use UNICODE flag with a bytes pattern");
            goto fail;
        }
        if ((f & RE_LOCALE) && (f & RE_ASCII)) {
            kr_raise(vm, EXC_ValueError, "ASCII and LOCALE flags are incompatible");
            goto fail;
        }
        if (f & RE_LOCALE) {
            kr_raise(vm, EXC_NotImplementedError, "re.LOCALE is not supported by krait");
            goto fail;
        }
    }
    if (!at_end(&P)) {
        perr(&P, 0, "unbalanced parenthesis");
        goto fail;
    }
    for (size_t i = 0; i < P.nrefpos; i++) {
        if (P.refpos[2 * i] >= (int64_t)P.ngroups) {
            perr_at(&P, P.refpos[2 * i + 1], "invalid group reference %d", P.refpos[2 * i]);
            goto fail;
        }
    }
    prog->flags = f;
    prog->ngroups = (int32_t)P.ngroups - 1;
    if (emit_root(&P, root) < 0) {
        goto fail;
    }
    // Names by group index.
    Tuple *ig = kr_tuple_new(vm, P.ngroups);
    if (!ig) {
        goto fail;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(P.groupdict, &pos, &k, &v)) {
        ig->items[AS_INT(v)] = k;
    }
    *groupindex = kr_obj(P.groupdict);
    *indexgroup = kr_obj(ig);
    goto done;
fail:
    kr_re_prog_free(vm, prog);
    prog = NULL;
done:
    vm->c_depth = saved_depth;
    kr_mem_free(vm, P.p, ((size_t)P.n + 1) * 4);
    kr_mem_free(vm, P.nodes, P.nodes_cap * sizeof(Node));
    kr_mem_free(vm, P.gwlo, P.groups_cap * 8);
    kr_mem_free(vm, P.gwhi, P.groups_cap * 8);
    kr_mem_free(vm, P.gclosed, P.groups_cap);
    kr_mem_free(vm, P.refpos, P.refpos_cap * 16);
    return prog;
}
