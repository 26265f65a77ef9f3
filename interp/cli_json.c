// SPDX-License-Identifier: MIT
// interp/cli_json.c: strict JSON <-> KrValue for the CLI and the worker protocol (see
// cli_json.h for the mapping). Hostile input is the normal case here too: the parser bounds
// nesting and integer length, rejects invalid UTF-8, raw control characters, lone surrogates,
// trailing garbage and every other deviation from RFC 8259.
#include "cli_json.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ----- Arena -----

typedef struct Block {
    struct Block *next;
    max_align_t data[];
} Block;

struct KrJsonArena {
    Block *blocks;
};

static void *arena_alloc(KrJsonArena *a, size_t size) {
    if (size > SIZE_MAX - sizeof(Block) - 1) {
        return NULL;
    }
    Block *b = malloc(sizeof(Block) + (size ? size : 1));
    if (!b) {
        return NULL;
    }
    b->next = a->blocks;
    a->blocks = b;
    return b->data;
}

void kr_cli_json_arena_free(KrJsonArena *a) {
    if (!a) {
        return;
    }
    Block *b = a->blocks;
    while (b) {
        Block *n = b->next;
        free(b);
        b = n;
    }
    free(a);
}

// ----- Parser -----

typedef struct Parser {
    const char *p, *end, *start;
    KrJsonArena *arena;
    char *err;
    size_t errlen;
    int depth;
    int failed;
} Parser;

static int fail(Parser *ps, const char *msg) {
    if (!ps->failed) {
        ps->failed = 1;
        snprintf(ps->err, ps->errlen, "%s at offset %zu", msg, (size_t)(ps->p - ps->start));
    }
    return -1;
}

static void skip_ws(Parser *ps) {
    while (ps->p < ps->end &&
           (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) {
        ps->p++;
    }
}

static int parse_value(Parser *ps, KrValue *out);

static int literal(Parser *ps, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) {
        return fail(ps, "invalid literal");
    }
    ps->p += n;
    return 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int parse_number(Parser *ps, KrValue *out) {
    const char *s = ps->p;
    const char *q = s;
    if (q < ps->end && *q == '-') {
        q++;
    }
    if (q >= ps->end || !is_digit(*q)) {
        return fail(ps, "invalid number");
    }
    if (*q == '0') {
        q++;
    } else {
        while (q < ps->end && is_digit(*q)) {
            q++;
        }
    }
    int is_float = 0;
    if (q < ps->end && *q == '.') {
        q++;
        if (q >= ps->end || !is_digit(*q)) {
            ps->p = q;
            return fail(ps, "invalid number");
        }
        while (q < ps->end && is_digit(*q)) {
            q++;
        }
        is_float = 1;
    }
    if (q < ps->end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < ps->end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (q >= ps->end || !is_digit(*q)) {
            ps->p = q;
            return fail(ps, "invalid number");
        }
        while (q < ps->end && is_digit(*q)) {
            q++;
        }
        is_float = 1;
    }
    size_t n = (size_t)(q - s);
    if (!is_float) {
        // Exact int64 parse; anything larger keeps its decimal text.
        const char *d = s[0] == '-' ? s + 1 : s;
        size_t nd = (size_t)(q - d);
        uint64_t acc = 0;
        int fits = nd <= 19;
        for (size_t i = 0; fits && i < nd; i++) {
            uint64_t digit = (uint64_t)(d[i] - '0');
            if (acc > (UINT64_MAX - digit) / 10) {
                fits = 0;
            } else {
                acc = acc * 10 + digit;
            }
        }
        if (fits && s[0] != '-' && acc <= (uint64_t)INT64_MAX) {
            out->type = KR_INT;
            out->as.i = (int64_t)acc;
        } else if (fits && s[0] == '-' && acc <= (uint64_t)INT64_MAX + 1) {
            out->type = KR_INT;
            out->as.i = acc == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)acc;
        } else {
            if (nd > KR_JSON_MAX_INT_DIGITS) {
                return fail(ps, "integer literal too long");
            }
            char *t = arena_alloc(ps->arena, n + 1);
            if (!t) {
                return fail(ps, "out of memory");
            }
            memcpy(t, s, n);
            t[n] = '\0';
            out->type = KR_BIGINT;
            out->as.str.ptr = t;
            out->as.str.len = n;
        }
        ps->p = q;
        return 0;
    }
    char small[64];
    char *buf = small;
    if (n >= sizeof small) {
        buf = malloc(n + 1);
        if (!buf) {
            return fail(ps, "out of memory");
        }
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    out->type = KR_FLOAT;
    out->as.f = strtod(buf, NULL); // JSON numbers are a subset of strtod's C-locale syntax
    if (buf != small) {
        free(buf);
    }
    ps->p = q;
    return 0;
}

static int hex4(const char *p, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= (unsigned)(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            v |= (unsigned)(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            v |= (unsigned)(c - 'A' + 10);
        } else {
            return -1;
        }
    }
    *out = v;
    return 0;
}

static size_t put_utf8(char *d, unsigned cp) {
    if (cp < 0x80) {
        d[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (char)(0xC0 | (cp >> 6));
        d[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12));
        d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18));
    d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

// Length of the valid UTF-8 sequence at [p] (surrogates and overlongs rejected), 0 if invalid.
static size_t utf8_seq(const unsigned char *p, const unsigned char *end, unsigned *cp) {
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    unsigned v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n) {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
    }
    *cp = v;
    return n;
}

static int parse_string(Parser *ps, const char **sp, size_t *slen) {
    ps->p++; // opening quote
    // The decoded text is never longer than the raw text.
    const char *q = ps->p;
    while (q < ps->end && *q != '"') {
        q += (*q == '\\' && q + 1 < ps->end) ? 2 : 1;
    }
    if (q >= ps->end) {
        return fail(ps, "unterminated string");
    }
    char *d = arena_alloc(ps->arena, (size_t)(q - ps->p) + 1);
    if (!d) {
        return fail(ps, "out of memory");
    }
    size_t n = 0;
    for (;;) {
        if (ps->p >= ps->end) {
            return fail(ps, "unterminated string");
        }
        unsigned char c = (unsigned char)*ps->p;
        if (c == '"') {
            ps->p++;
            break;
        }
        if (c < 0x20) {
            return fail(ps, "control character in string");
        }
        if (c == '\\') {
            if (ps->end - ps->p < 2) {
                return fail(ps, "unterminated string");
            }
            char e = ps->p[1];
            ps->p += 2;
            switch (e) {
            case '"': d[n++] = '"'; break;
            case '\\': d[n++] = '\\'; break;
            case '/': d[n++] = '/'; break;
            case 'b': d[n++] = '\b'; break;
            case 'f': d[n++] = '\f'; break;
            case 'n': d[n++] = '\n'; break;
            case 'r': d[n++] = '\r'; break;
            case 't': d[n++] = '\t'; break;
            case 'u': {
                unsigned cp;
                if (ps->end - ps->p < 4 || hex4(ps->p, &cp) < 0) {
                    return fail(ps, "invalid \\u escape");
                }
                ps->p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (ps->end - ps->p < 6 || ps->p[0] != '\\' || ps->p[1] != 'u' ||
                        hex4(ps->p + 2, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF) {
                        return fail(ps, "lone surrogate in string");
                    }
                    ps->p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail(ps, "lone surrogate in string");
                }
                // 6 raw bytes (\uXXXX) yield at most 3; 12 (a pair) yield 4.
                n += put_utf8(d + n, cp);
                break;
            }
            default:
                ps->p -= 2;
                return fail(ps, "invalid escape in string");
            }
            continue;
        }
        unsigned cp;
        size_t k = utf8_seq((const unsigned char *)ps->p, (const unsigned char *)ps->end, &cp);
        if (k == 0) {
            return fail(ps, "invalid UTF-8 in string");
        }
        memcpy(d + n, ps->p, k);
        n += k;
        ps->p += k;
    }
    d[n] = '\0';
    *sp = d;
    *slen = n;
    return 0;
}

// Growable temporary item vector, copied into the arena when complete.
typedef struct Vec {
    KrValue *items;
    size_t len, cap;
} Vec;

static KrValue *vec_push(Parser *ps, Vec *v) {
    if (v->len == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 8;
        if (ncap > SIZE_MAX / sizeof(KrValue)) {
            fail(ps, "out of memory");
            return NULL;
        }
        KrValue *n = realloc(v->items, ncap * sizeof(KrValue));
        if (!n) {
            fail(ps, "out of memory");
            return NULL;
        }
        v->items = n;
        v->cap = ncap;
    }
    KrValue *slot = &v->items[v->len++];
    memset(slot, 0, sizeof *slot);
    return slot;
}

static int vec_finish(Parser *ps, Vec *v, KrValue *out, KrType type, size_t len) {
    KrValue *items = NULL;
    if (v->len) {
        items = arena_alloc(ps->arena, v->len * sizeof(KrValue));
        if (!items) {
            free(v->items);
            return fail(ps, "out of memory");
        }
        memcpy(items, v->items, v->len * sizeof(KrValue));
    }
    free(v->items);
    out->type = type;
    out->as.seq.items = items;
    out->as.seq.len = len;
    return 0;
}

static int parse_array(Parser *ps, KrValue *out) {
    ps->p++;
    Vec v = {NULL, 0, 0};
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ']') {
        ps->p++;
        return vec_finish(ps, &v, out, KR_LIST, 0);
    }
    for (;;) {
        KrValue *slot = vec_push(ps, &v);
        if (!slot || parse_value(ps, slot) < 0) {
            free(v.items);
            return -1;
        }
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == ']') {
            ps->p++;
            return vec_finish(ps, &v, out, KR_LIST, v.len);
        }
        free(v.items);
        return fail(ps, "expected ',' or ']' in array");
    }
}

static const char *const tags[] = {"$tuple", "$set", "$frozenset", "$bytes", "$float", "$dict"};

static int tag_index(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        if (strlen(tags[i]) == n && memcmp(tags[i], s, n) == 0) {
            return (int)i;
        }
    }
    return -1;
}

static int str_is(const KrValue *v, const char *s) {
    return v->type == KR_STR && v->as.str.len == strlen(s) &&
           memcmp(v->as.str.ptr, s, v->as.str.len) == 0;
}

// {"$tag": payload} -> the tagged value.
static int decode_tag(Parser *ps, int tag, const KrValue *payload, KrValue *out) {
    switch (tag) {
    case 0:
    case 1:
    case 2:
        if (payload->type != KR_LIST) {
            return fail(ps, "tagged value needs an array");
        }
        *out = *payload;
        out->type = tag == 0 ? KR_TUPLE : tag == 1 ? KR_SET : KR_FROZENSET;
        return 0;
    case 3: {
        if (payload->type != KR_STR) {
            return fail(ps, "$bytes needs a base64 string");
        }
        unsigned char *raw;
        size_t rn;
        if (kr_cli_json_unbase64(payload->as.str.ptr, payload->as.str.len, &raw, &rn) < 0) {
            return fail(ps, "$bytes: invalid base64");
        }
        char *d = arena_alloc(ps->arena, rn + 1);
        if (!d) {
            free(raw);
            return fail(ps, "out of memory");
        }
        if (rn) {
            memcpy(d, raw, rn);
        }
        d[rn] = '\0';
        free(raw);
        out->type = KR_BYTES;
        out->as.str.ptr = d;
        out->as.str.len = rn;
        return 0;
    }
    case 4:
        if (str_is(payload, "nan")) {
            out->type = KR_FLOAT;
            out->as.f = NAN;
            return 0;
        }
        if (str_is(payload, "inf")) {
            out->type = KR_FLOAT;
            out->as.f = INFINITY;
            return 0;
        }
        if (str_is(payload, "-inf")) {
            out->type = KR_FLOAT;
            out->as.f = -INFINITY;
            return 0;
        }
        if (payload->type == KR_FLOAT || payload->type == KR_INT) {
            out->type = KR_FLOAT;
            out->as.f = payload->type == KR_FLOAT ? payload->as.f : (double)payload->as.i;
            return 0;
        }
        return fail(ps, "$float needs \"nan\", \"inf\" or \"-inf\"");
    default: {
        if (payload->type != KR_LIST) {
            return fail(ps, "$dict needs an array of [key, value] pairs");
        }
        size_t n = payload->as.seq.len;
        KrValue *items = NULL;
        if (n) {
            if (n > SIZE_MAX / (2 * sizeof(KrValue))) {
                return fail(ps, "out of memory");
            }
            items = arena_alloc(ps->arena, 2 * n * sizeof(KrValue));
            if (!items) {
                return fail(ps, "out of memory");
            }
        }
        for (size_t i = 0; i < n; i++) {
            const KrValue *pair = &payload->as.seq.items[i];
            if (pair->type != KR_LIST || pair->as.seq.len != 2) {
                return fail(ps, "$dict needs an array of [key, value] pairs");
            }
            items[2 * i] = pair->as.seq.items[0];
            items[2 * i + 1] = pair->as.seq.items[1];
        }
        out->type = KR_DICT;
        out->as.seq.items = items;
        out->as.seq.len = n;
        return 0;
    }
    }
}

static int parse_object(Parser *ps, KrValue *out) {
    ps->p++;
    Vec v = {NULL, 0, 0};
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == '}') {
        ps->p++;
        return vec_finish(ps, &v, out, KR_DICT, 0);
    }
    for (;;) {
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != '"') {
            free(v.items);
            return fail(ps, "expected a string key in object");
        }
        KrValue *key = vec_push(ps, &v);
        if (!key) {
            free(v.items);
            return -1;
        }
        key->type = KR_STR;
        if (parse_string(ps, &key->as.str.ptr, &key->as.str.len) < 0) {
            free(v.items);
            return -1;
        }
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != ':') {
            free(v.items);
            return fail(ps, "expected ':' in object");
        }
        ps->p++;
        KrValue *val = vec_push(ps, &v);
        if (!val || parse_value(ps, val) < 0) {
            free(v.items);
            return -1;
        }
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == '}') {
            ps->p++;
            break;
        }
        free(v.items);
        return fail(ps, "expected ',' or '}' in object");
    }
    if (v.len == 2) {
        int tag = tag_index(v.items[0].as.str.ptr, v.items[0].as.str.len);
        if (tag >= 0) {
            KrValue payload = v.items[1];
            free(v.items);
            return decode_tag(ps, tag, &payload, out);
        }
    }
    return vec_finish(ps, &v, out, KR_DICT, v.len / 2);
}

static int parse_value(Parser *ps, KrValue *out) {
    skip_ws(ps);
    if (ps->p >= ps->end) {
        return fail(ps, "unexpected end of JSON");
    }
    switch (*ps->p) {
    case 'n':
        out->type = KR_NONE;
        return literal(ps, "null");
    case 't':
        out->type = KR_BOOL;
        out->as.boolean = 1;
        return literal(ps, "true");
    case 'f':
        out->type = KR_BOOL;
        out->as.boolean = 0;
        return literal(ps, "false");
    case '"':
        out->type = KR_STR;
        return parse_string(ps, &out->as.str.ptr, &out->as.str.len);
    case '[':
    case '{': {
        if (++ps->depth > KR_JSON_MAX_DEPTH) {
            return fail(ps, "JSON nested too deeply");
        }
        int r = *ps->p == '[' ? parse_array(ps, out) : parse_object(ps, out);
        ps->depth--;
        return r;
    }
    default:
        if (*ps->p == '-' || is_digit(*ps->p)) {
            return parse_number(ps, out);
        }
        return fail(ps, "unexpected character");
    }
}

int kr_cli_json_parse(const char *text, size_t len, KrValue *out, KrJsonArena **arena, char *err,
                      size_t errlen) {
    *arena = NULL;
    memset(out, 0, sizeof *out);
    char dummy[1];
    if (!err || errlen == 0) {
        err = dummy;
        errlen = sizeof dummy;
    }
    err[0] = '\0';
    KrJsonArena *a = malloc(sizeof *a);
    if (!a) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    a->blocks = NULL;
    Parser ps = {text, text + len, text, a, err, errlen, 0, 0};
    if (parse_value(&ps, out) < 0) {
        kr_cli_json_arena_free(a);
        memset(out, 0, sizeof *out);
        return -1;
    }
    skip_ws(&ps);
    if (ps.p != ps.end) {
        fail(&ps, "trailing characters after JSON value");
        kr_cli_json_arena_free(a);
        memset(out, 0, sizeof *out);
        return -1;
    }
    *arena = a;
    return 0;
}

const KrValue *kr_cli_json_get(const KrValue *obj, const char *key) {
    if (!obj || obj->type != KR_DICT) {
        return NULL;
    }
    size_t kn = strlen(key);
    const KrValue *found = NULL;
    for (size_t i = 0; i < obj->as.seq.len; i++) {
        const KrValue *k = &obj->as.seq.items[2 * i];
        if (k->type == KR_STR && k->as.str.len == kn && memcmp(k->as.str.ptr, key, kn) == 0) {
            found = &obj->as.seq.items[2 * i + 1];
        }
    }
    return found;
}

// ----- Emitter -----

void kr_cli_json_buf_free(KrJsonBuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

void kr_cli_json_add(KrJsonBuf *b, const char *s, size_t n) {
    if (b->failed) {
        return;
    }
    if (n >= b->cap - b->len || !b->data) {
        size_t need = b->len + n + 1;
        if (need < b->len) {
            b->failed = 1;
            return;
        }
        size_t ncap = b->cap ? b->cap : 256;
        while (ncap < need) {
            if (ncap > SIZE_MAX / 2) {
                b->failed = 1;
                return;
            }
            ncap *= 2;
        }
        char *nd = realloc(b->data, ncap);
        if (!nd) {
            b->failed = 1;
            return;
        }
        b->data = nd;
        b->cap = ncap;
    }
    if (n) {
        memcpy(b->data + b->len, s, n);
    }
    b->len += n;
    b->data[b->len] = '\0';
}

void kr_cli_json_adds(KrJsonBuf *b, const char *s) { kr_cli_json_add(b, s, strlen(s)); }

static void add_u(KrJsonBuf *b, unsigned cp) {
    char t[8];
    snprintf(t, sizeof t, "\\u%04x", cp & 0xFFFF);
    kr_cli_json_add(b, t, 6);
}

void kr_cli_json_string(KrJsonBuf *b, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    const unsigned char *end = p + (s ? n : 0);
    kr_cli_json_add(b, "\"", 1);
    const unsigned char *run = p; // start of a stretch copied verbatim
    while (p < end) {
        unsigned c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            p++;
            continue;
        }
        kr_cli_json_add(b, (const char *)run, (size_t)(p - run));
        if (c < 0x80) {
            const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n"
                              : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b"
                              : c == '\f' ? "\\f" : NULL;
            if (esc) {
                kr_cli_json_add(b, esc, 2);
            } else {
                add_u(b, c);
            }
            p++;
        } else {
            unsigned cp;
            size_t k = utf8_seq(p, end, &cp);
            if (k) {
                kr_cli_json_add(b, (const char *)p, k);
                p += k;
            } else if (c == 0xED && end - p >= 3 && (p[1] & 0xE0) == 0xA0 &&
                       (p[2] & 0xC0) == 0x80) {
                // A surrogate code point encoded in UTF-8 (a lone surrogate in a str).
                add_u(b, 0xD000u | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3Fu));
                p += 3;
            } else {
                kr_cli_json_add(b, "\xEF\xBF\xBD", 3);
                p++;
            }
        }
        run = p;
    }
    kr_cli_json_add(b, (const char *)run, (size_t)(p - run));
    kr_cli_json_add(b, "\"", 1);
}

static void add_float(KrJsonBuf *b, double f) {
    if (isnan(f)) {
        kr_cli_json_adds(b, "{\"$float\":\"nan\"}");
        return;
    }
    if (isinf(f)) {
        kr_cli_json_adds(b, f > 0 ? "{\"$float\":\"inf\"}" : "{\"$float\":\"-inf\"}");
        return;
    }
    // The shortest digits that read back exactly, laid out as Python's repr: fixed notation for
    // decimal exponents -4 <= e < 16, scientific otherwise ("1e+16", "1.5e-05").
    char e[40];
    for (int prec = 0; prec <= 16; prec++) {
        snprintf(e, sizeof e, "%.*e", prec, f);
        if (strtod(e, NULL) == f) {
            break;
        }
    }
    char digits[24];
    size_t nd = 0;
    const char *q = e;
    int neg = *q == '-';
    q += neg;
    for (; *q && *q != 'e'; q++) {
        if (*q >= '0' && *q <= '9' && nd < sizeof digits - 1) {
            digits[nd++] = *q;
        }
    }
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = '\0';
    int exp10 = *q == 'e' ? atoi(q + 1) : 0;
    char t[420];
    size_t k = 0;
    if (neg) {
        t[k++] = '-';
    }
    if (exp10 >= -4 && exp10 < 16) {
        if (exp10 < 0) {
            t[k++] = '0';
            t[k++] = '.';
            for (int i = -1; i > exp10; i--) {
                t[k++] = '0';
            }
            memcpy(t + k, digits, nd);
            k += nd;
        } else {
            for (int i = 0; i <= exp10; i++) {
                t[k++] = (size_t)i < nd ? digits[i] : '0';
            }
            t[k++] = '.';
            if ((size_t)exp10 + 1 < nd) {
                memcpy(t + k, digits + exp10 + 1, nd - (size_t)exp10 - 1);
                k += nd - (size_t)exp10 - 1;
            } else {
                t[k++] = '0';
            }
        }
        t[k] = '\0';
    } else {
        t[k++] = digits[0];
        if (nd > 1) {
            t[k++] = '.';
            memcpy(t + k, digits + 1, nd - 1);
            k += nd - 1;
        }
        snprintf(t + k, sizeof t - k, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
    kr_cli_json_adds(b, t);
}

static int is_tag_dict(const KrValue *v) {
    if (v->as.seq.len != 1) {
        return 0;
    }
    const KrValue *k = &v->as.seq.items[0];
    return k->type == KR_STR && tag_index(k->as.str.ptr, k->as.str.len) >= 0;
}

static int emit(KrJsonBuf *b, const KrValue *v, int depth) {
    if (depth > KR_JSON_MAX_DEPTH) {
        return -1;
    }
    char t[32];
    switch (v->type) {
    case KR_NONE:
        kr_cli_json_adds(b, "null");
        return 0;
    case KR_BOOL:
        kr_cli_json_adds(b, v->as.boolean ? "true" : "false");
        return 0;
    case KR_INT:
        snprintf(t, sizeof t, "%lld", (long long)v->as.i);
        kr_cli_json_adds(b, t);
        return 0;
    case KR_BIGINT:
        kr_cli_json_add(b, v->as.str.ptr ? v->as.str.ptr : "0", v->as.str.ptr ? v->as.str.len : 1);
        return 0;
    case KR_FLOAT:
        add_float(b, v->as.f);
        return 0;
    case KR_STR:
        kr_cli_json_string(b, v->as.str.ptr, v->as.str.len);
        return 0;
    case KR_BYTES:
        kr_cli_json_adds(b, "{\"$bytes\":\"");
        kr_cli_json_base64(b, v->as.str.ptr, v->as.str.len);
        kr_cli_json_adds(b, "\"}");
        return 0;
    case KR_LIST:
    case KR_TUPLE:
    case KR_SET:
    case KR_FROZENSET: {
        const char *open = v->type == KR_LIST ? "["
                           : v->type == KR_TUPLE ? "{\"$tuple\":["
                           : v->type == KR_SET ? "{\"$set\":["
                                               : "{\"$frozenset\":[";
        kr_cli_json_adds(b, open);
        for (size_t i = 0; i < v->as.seq.len; i++) {
            if (i) {
                kr_cli_json_add(b, ",", 1);
            }
            if (emit(b, &v->as.seq.items[i], depth + 1) < 0) {
                return -1;
            }
        }
        kr_cli_json_adds(b, v->type == KR_LIST ? "]" : "]}");
        return 0;
    }
    case KR_DICT: {
        int plain = !is_tag_dict(v);
        for (size_t i = 0; plain && i < v->as.seq.len; i++) {
            plain = v->as.seq.items[2 * i].type == KR_STR;
        }
        kr_cli_json_adds(b, plain ? "{" : "{\"$dict\":[");
        for (size_t i = 0; i < v->as.seq.len; i++) {
            if (i) {
                kr_cli_json_add(b, ",", 1);
            }
            if (!plain) {
                kr_cli_json_add(b, "[", 1);
            }
            if (emit(b, &v->as.seq.items[2 * i], depth + 1) < 0) {
                return -1;
            }
            kr_cli_json_add(b, plain ? ":" : ",", 1);
            if (emit(b, &v->as.seq.items[2 * i + 1], depth + 1) < 0) {
                return -1;
            }
            if (!plain) {
                kr_cli_json_add(b, "]", 1);
            }
        }
        kr_cli_json_adds(b, plain ? "}" : "]}");
        return 0;
    }
    default:
        kr_cli_json_adds(b, "null");
        return 0;
    }
}

int kr_cli_json_value(KrJsonBuf *b, const KrValue *v) { return emit(b, v, 0); }

// ----- Base64 -----

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void kr_cli_json_base64(KrJsonBuf *b, const void *data, size_t n) {
    const unsigned char *p = data;
    char q[4];
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16;
        if (i + 1 < n) {
            v |= (unsigned)p[i + 1] << 8;
        }
        if (i + 2 < n) {
            v |= p[i + 2];
        }
        q[0] = b64[(v >> 18) & 63];
        q[1] = b64[(v >> 12) & 63];
        q[2] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
        q[3] = i + 2 < n ? b64[v & 63] : '=';
        kr_cli_json_add(b, q, 4);
    }
}

static int b64val(unsigned char c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

int kr_cli_json_unbase64(const char *s, size_t n, unsigned char **out, size_t *outlen) {
    *out = NULL;
    *outlen = 0;
    if (n % 4 != 0) {
        return -1;
    }
    unsigned char *d = malloc(n / 4 * 3 + 1);
    if (!d) {
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i += 4) {
        int v[4];
        int pad = 0;
        for (int j = 0; j < 4; j++) {
            unsigned char c = (unsigned char)s[i + j];
            if (c == '=' && i + 4 == n && j >= 2) {
                v[j] = 0;
                pad++;
            } else if (pad || (v[j] = b64val(c)) < 0) {
                free(d);
                return -1; // bad character, or data after padding
            }
        }
        unsigned w = ((unsigned)v[0] << 18) | ((unsigned)v[1] << 12) | ((unsigned)v[2] << 6) |
                     (unsigned)v[3];
        d[k++] = (unsigned char)(w >> 16);
        if (pad < 2) {
            d[k++] = (unsigned char)(w >> 8);
        }
        if (pad < 1) {
            d[k++] = (unsigned char)w;
        }
    }
    *out = d;
    *outlen = k;
    return 0;
}
