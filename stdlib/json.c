// SPDX-License-Identifier: MIT
// stdlib/json.c: the json module (CPython 3.11's Lib/json + Modules/_json.c): dumps, loads,
// dump, load, JSONDecodeError (also reachable as json.decoder.JSONDecodeError).
//
// The encoder follows CPython's two encoders at once. dumps() without indent runs CPython's C
// encoder (c_make_encoder); with indent, and always for dump(), CPython runs the pure-Python
// _make_iterencode generator. Both produce the same text; they differ in a few messages (the
// allow_nan error, the RecursionError text) and dump() writes one fp.write() call per chunk
// the generator yields. The encoder below appends to a buffer and marks each point where the
// generator yields (emit_chunk): in dump mode that hands the pending text to fp.write, so
// the writes and any exception interleave exactly as in CPython.
//
// The decoder is CPython's C scanner (scan_once_unicode and friends) over the UTF-8 bytes of
// the str; positions in error messages are converted to code point indexes.
//
// Nesting in both directions is bounded by vm->c_depth / max_c_depth (RecursionError with
// CPython's text); every loop whose length the input controls is charged with kr_tick.
// Python code runs only through default=, the decoder hooks, and fp.write / fp.read (kr_call:
// counted, not suspendable).
//
// Not provided: cls= (krait has no classes: a clear NotImplementedError), JSONEncoder,
// JSONDecoder. JSONDecodeError(msg, doc, pos) called from Python code runs CPython's __init__
// (json_error_new: doc.count / doc.rfind / % as in Lib/json/decoder.py).
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "module.h"

static Value cstr(KrVm *vm, const char *s) { return kr_str_intern(vm, s, strlen(s)); }

static bool str_is(Value k, const char *name) {
    size_t n = strlen(name);
    return IS_STR(k) && (size_t)AS_STR(k)->len == n && memcmp(AS_STR(k)->data, name, n) == 0;
}

static int enter(KrVm *vm, const char *where) {
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    vm->c_depth++;
    return 0;
}

static const char hexdig[] = "0123456789abcdef";

// ===================================================================================
// Encoder
// ===================================================================================

typedef struct Enc {
    KrVm *vm;
    StrBuf sb;     // the whole result (dumps) or the chunk not yet written (dump)
    Value fp;      // dump: the file object; VAL_UNDEF for dumps
    Value deflt;   // default callable, or VAL_NONE
    Value indent;  // Str, or VAL_NONE
    Value item_sep, key_sep; // Str
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    bool py_path; // CPython's pure-Python encoder: its messages
    bool may_run_py; // Python code can run while encoding (default=, dump): pin what we hold
    Obj **markers; // containers being encoded (circular reference check)
    size_t nmarkers, markers_cap;
} Enc;

// A point where CPython's generator yields: in dump mode write the pending text as one chunk.
static int emit_chunk(Enc *e) {
    if (IS_UNDEF(e->fp)) {
        return 0;
    }
    KrVm *vm = e->vm;
    Value chunk = kr_sb_to_str(&e->sb);
    kr_sb_init(&e->sb, vm);
    if (IS_EXC(chunk)) {
        return -1;
    }
    size_t mark = kr_scope_open(vm);
    int rc = -1;
    if (kr_scope_hold(vm, chunk) == 0) {
        Value w = kr_getattr(vm, e->fp, cstr(vm, "write"));
        if (!IS_EXC(w) && kr_scope_hold(vm, w) == 0) {
            rc = IS_EXC(kr_call(vm, w, 1, &chunk, VAL_UNDEF)) ? -1 : 0;
        }
    }
    kr_scope_close(vm, mark);
    return rc;
}

static int marker_push(Enc *e, Obj *o) {
    if (!e->check_circular) {
        return 0;
    }
    if (kr_tick(e->vm, (int64_t)(e->nmarkers / 8)) < 0) {
        return -1;
    }
    for (size_t i = 0; i < e->nmarkers; i++) {
        if (e->markers[i] == o) {
            kr_raise(e->vm, EXC_ValueError, "Circular reference detected");
            return -1;
        }
    }
    if (e->nmarkers == e->markers_cap) {
        size_t ncap = e->markers_cap ? e->markers_cap * 2 : 16;
        Obj **p = kr_mem_realloc(e->vm, e->markers, e->markers_cap * sizeof(Obj *),
                                 ncap * sizeof(Obj *));
        if (!p) {
            return -1;
        }
        e->markers = p;
        e->markers_cap = ncap;
    }
    e->markers[e->nmarkers++] = o;
    return 0;
}

static void marker_pop(Enc *e) {
    if (e->check_circular && e->nmarkers > 0) {
        e->nmarkers--;
    }
}

// encode_basestring(_ascii) of UTF-8 [s, s+len) onto sb, with the quotes.
static int put_string(StrBuf *sb, const char *s, size_t len, bool ascii) {
    size_t worst;
    if (!kr_mul_ok(len, 6, &worst) || !kr_add_ok(worst, 2, &worst)) {
        kr_raise_nomem(sb->vm);
        return -1;
    }
    // Reserve for the common case (nothing to escape) and grow as escapes need.
    if (kr_sb_reserve(sb, len + 2) < 0 || kr_tick(sb->vm, (int64_t)(len / 32)) < 0) {
        return -1;
    }
    sb->data[sb->len++] = '"';
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        // Copy runs of characters that need no escape in one go.
        while (run < len) {
            unsigned char c = (unsigned char)s[run];
            if (c < 0x20 || c == '"' || c == '\\' || (ascii && c >= 0x7f)) {
                break;
            }
            run++;
        }
        if (run > i) {
            if (kr_sb_add(sb, s + i, run - i) < 0) {
                return -1;
            }
            i = run;
            if (i >= len) {
                break;
            }
        }
        unsigned char c = (unsigned char)s[i];
        char esc[16];
        size_t n = 0;
        uint32_t cp = c;
        size_t adv = 1;
        if (c >= 0x80) {
            cp = kr_utf8_decode(s + i, &adv);
        }
        esc[n++] = '\\';
        switch (cp) {
        case '\\':
            esc[n++] = '\\';
            break;
        case '"':
            esc[n++] = '"';
            break;
        case '\b':
            esc[n++] = 'b';
            break;
        case '\f':
            esc[n++] = 'f';
            break;
        case '\n':
            esc[n++] = 'n';
            break;
        case '\r':
            esc[n++] = 'r';
            break;
        case '\t':
            esc[n++] = 't';
            break;
        default:
            if (cp >= 0x10000) {
                uint32_t v = cp - 0x10000;
                uint32_t hi = 0xD800 | ((v >> 10) & 0x3ff);
                esc[n++] = 'u';
                esc[n++] = hexdig[(hi >> 12) & 0xf];
                esc[n++] = hexdig[(hi >> 8) & 0xf];
                esc[n++] = hexdig[(hi >> 4) & 0xf];
                esc[n++] = hexdig[hi & 0xf];
                cp = 0xDC00 | (v & 0x3ff);
                esc[n++] = '\\';
            }
            esc[n++] = 'u';
            esc[n++] = hexdig[(cp >> 12) & 0xf];
            esc[n++] = hexdig[(cp >> 8) & 0xf];
            esc[n++] = hexdig[(cp >> 4) & 0xf];
            esc[n++] = hexdig[cp & 0xf];
        }
        if (kr_sb_add(sb, esc, n) < 0) {
            return -1;
        }
        i += adv;
    }
    return kr_sb_addc(sb, '"');
}

static int put_str_value(Enc *e, Value s) {
    return put_string(&e->sb, AS_STR(s)->data, (size_t)AS_STR(s)->len, e->ensure_ascii);
}

static int put_int(Enc *e, Value v) {
    if (IS_INT(v)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%" PRId64, AS_INT(v));
        return kr_sb_add(&e->sb, buf, (size_t)n);
    }
    Value r = kr_int_repr(e->vm, v);
    if (IS_EXC(r)) {
        return -1;
    }
    return kr_sb_add_str(&e->sb, r);
}

// floatstr: repr for finite values; NaN/Infinity/-Infinity unless allow_nan is false.
static int put_float(Enc *e, double d) {
    if (isfinite(d)) {
        char buf[40];
        size_t n = kr_dtoa_repr(d, buf);
        return kr_sb_add(&e->sb, buf, n);
    }
    const char *text = d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    if (!e->allow_nan) {
        if (e->py_path) {
            kr_raise(e->vm, EXC_ValueError,
                     "Out of range float values are not JSON compliant: %s",
                     d != d ? "nan" : d > 0 ? "inf" : "-inf");
        } else {
            kr_raise(e->vm, EXC_ValueError, "Out of range float values are not JSON compliant");
        }
        return -1;
    }
    return kr_sb_adds(&e->sb, text);
}

// Scalars that need no recursion: 1 written, 0 not a scalar, -1 error.
static int put_scalar(Enc *e, Value v) {
    switch (v.tag) {
    case V_NONE:
        return kr_sb_add(&e->sb, "null", 4) < 0 ? -1 : 1;
    case V_BOOL:
        return (AS_BOOL(v) ? kr_sb_add(&e->sb, "true", 4) : kr_sb_add(&e->sb, "false", 5)) < 0
                   ? -1
                   : 1;
    case V_INT:
        return put_int(e, v) < 0 ? -1 : 1;
    case V_FLOAT:
        return put_float(e, AS_FLOAT(v)) < 0 ? -1 : 1;
    default:
        break;
    }
    if (IS_STR(v)) {
        return put_str_value(e, v) < 0 ? -1 : 1;
    }
    if (IS_BIGINT(v)) {
        return put_int(e, v) < 0 ? -1 : 1;
    }
    return 0;
}

// '\n' + indent * level
static int put_newline_indent(Enc *e, int64_t level) {
    if (kr_sb_addc(&e->sb, '\n') < 0) {
        return -1;
    }
    Str *ind = AS_STR(e->indent);
    size_t total;
    if (!kr_mul_ok((size_t)ind->len, (size_t)level, &total)) {
        kr_raise_nomem(e->vm);
        return -1;
    }
    if (total == 0) {
        return 0;
    }
    if (kr_sb_reserve(&e->sb, total) < 0 || kr_tick(e->vm, (int64_t)(total / 64)) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < level; i++) {
        memcpy(e->sb.data + e->sb.len, ind->data, (size_t)ind->len);
        e->sb.len += (size_t)ind->len;
    }
    return 0;
}

static int encode_value(Enc *e, Value v, int64_t level);

static const char *rec_where(Enc *e) {
    return e->py_path ? " while calling a Python object" : " while encoding a JSON object";
}

// The value of a list/dict item, pinned while Python code may run (default= may mutate the
// container and drop it).
static int encode_item(Enc *e, Value v, int64_t level) {
    int r = put_scalar(e, v);
    if (r != 0) {
        // A scalar item is yielded together with the separator before it.
        return r < 0 ? -1 : emit_chunk(e);
    }
    // Containers: CPython yields the separator first, then the nested chunks.
    if (emit_chunk(e) < 0) {
        return -1;
    }
    if (!e->may_run_py) {
        return encode_value(e, v, level);
    }
    size_t mark = kr_scope_open(e->vm);
    int rc = kr_scope_hold(e->vm, v);
    if (rc == 0) {
        rc = encode_value(e, v, level);
    }
    kr_scope_close(e->vm, mark);
    return rc;
}

// The Python encoder computes _item_separator + newline_indent on entering a non-empty
// container with indent: a non-str item separator fails there.
static int check_item_sep(Enc *e) {
    if (!IS_NONE(e->indent) && !IS_STR(e->item_sep)) {
        kr_raise(e->vm, EXC_TypeError, "unsupported operand type(s) for +: '%U' and 'str'",
                 kr_class_of(e->vm, e->item_sep)->name);
        return -1;
    }
    return 0;
}

static int encode_list(Enc *e, Value v, int64_t level) {
    KrVm *vm = e->vm;
    bool is_list = IS_LIST(v);
    int64_t n = is_list ? AS_LIST(v)->len : AS_TUPLE(v)->len;
    if (n == 0) {
        return kr_sb_add(&e->sb, "[]", 2) < 0 ? -1 : emit_chunk(e);
    }
    if (marker_push(e, AS_OBJ(v)) < 0 || check_item_sep(e) < 0) {
        return -1;
    }
    if (kr_sb_addc(&e->sb, '[') < 0) {
        return -1;
    }
    bool ind = !IS_NONE(e->indent);
    if (ind) {
        level++;
        if (put_newline_indent(e, level) < 0) {
            return -1;
        }
    }
    for (int64_t i = 0;; i++) {
        // The length is re-read: default= may change the list (CPython reads it each time).
        n = is_list ? AS_LIST(v)->len : AS_TUPLE(v)->len;
        if (i >= n) {
            break;
        }
        if (kr_tick(vm, 1) < 0) {
            return -1;
        }
        if (i > 0) {
            if (kr_sb_add_str(&e->sb, e->item_sep) < 0 ||
                (ind && put_newline_indent(e, level) < 0)) {
                return -1;
            }
        }
        Value item = is_list ? AS_LIST(v)->items[i] : AS_TUPLE(v)->items[i];
        if (encode_item(e, item, level) < 0) {
            return -1;
        }
    }
    if (ind) {
        if (put_newline_indent(e, level - 1) < 0 || emit_chunk(e) < 0) {
            return -1;
        }
    }
    if (kr_sb_addc(&e->sb, ']') < 0 || emit_chunk(e) < 0) {
        return -1;
    }
    marker_pop(e);
    return 0;
}

// A dict key as the text to encode: 1 with *out set (a Str, or a scalar to convert), 0 to
// skip (skipkeys), -1 error.
static int key_text(Enc *e, Value k, Value *out) {
    KrVm *vm = e->vm;
    char buf[40];
    size_t n;
    if (IS_STR(k)) {
        *out = k;
        return 1;
    }
    if (IS_FLOAT(k)) {
        double d = AS_FLOAT(k);
        if (isfinite(d)) {
            n = kr_dtoa_repr(d, buf);
            *out = kr_str_new(vm, buf, n);
            return IS_EXC(*out) ? -1 : 1;
        }
        if (!e->allow_nan) {
            (void)put_float(e, d); // raises the allow_nan error
            return -1;
        }
        *out = cstr(vm, d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return IS_EXC(*out) ? -1 : 1;
    }
    if (IS_BOOL(k)) {
        *out = cstr(vm, AS_BOOL(k) ? "true" : "false");
        return IS_EXC(*out) ? -1 : 1;
    }
    if (IS_NONE(k)) {
        *out = cstr(vm, "null");
        return IS_EXC(*out) ? -1 : 1;
    }
    if (IS_INT(k) || IS_BIGINT(k)) {
        *out = kr_int_repr(vm, k);
        return IS_EXC(*out) ? -1 : 1;
    }
    if (e->skipkeys) {
        return 0;
    }
    kr_raise(vm, EXC_TypeError, "keys must be str, int, float, bool or None, not %U",
             kr_class_of(vm, k)->name);
    return -1;
}

// One "key": value member of an object (skipped with skipkeys).
static int encode_pair(Enc *e, Value k, Value val, bool *first, int64_t level) {
    Value ktext = VAL_UNDEF;
    int r = key_text(e, k, &ktext);
    if (r <= 0) {
        return r;
    }
    if (!*first) {
        if (kr_sb_add_str(&e->sb, e->item_sep) < 0 ||
            (!IS_NONE(e->indent) && put_newline_indent(e, level) < 0) || emit_chunk(e) < 0) {
            return -1;
        }
    }
    *first = false;
    if (put_str_value(e, ktext) < 0 || emit_chunk(e) < 0 ||
        kr_sb_add_str(&e->sb, e->key_sep) < 0 || emit_chunk(e) < 0) {
        return -1;
    }
    r = put_scalar(e, val);
    if (r != 0) {
        return r < 0 ? -1 : emit_chunk(e);
    }
    return encode_value(e, val, level);
}

static int encode_dict_items(Enc *e, Dict *d, int64_t level) {
    KrVm *vm = e->vm;
    bool ind = !IS_NONE(e->indent);
    if (kr_sb_addc(&e->sb, '{') < 0 || emit_chunk(e) < 0 || check_item_sep(e) < 0) {
        return -1;
    }
    if (ind) {
        level++;
        if (put_newline_indent(e, level) < 0 || emit_chunk(e) < 0) {
            return -1;
        }
    }
    // CPython's C encoder takes a list of the items first (PyMapping_Items), sorted when
    // sort_keys is set; with Python code running (default=, dump) we need that snapshot too.
    List *items = NULL;
    if (e->sort_keys || e->may_run_py) {
        items = kr_list_new(vm, d->used);
        if (!items) {
            return -1;
        }
        int64_t pos = 0;
        Value k, val;
        while (kr_dict_next(d, &pos, &k, &val)) {
            Value t = e->sort_keys ? kr_tuple_pack(vm, 2, k, val) : k;
            if (IS_EXC(t) || kr_list_append(vm, items, t) < 0 ||
                (!e->sort_keys && kr_list_append(vm, items, val) < 0)) {
                return -1;
            }
        }
        if (kr_tick(vm, items->len) < 0) {
            return -1;
        }
        if (e->sort_keys && kr_list_sort(vm, items, VAL_NONE, false) < 0) {
            return -1;
        }
    }
    bool first = true;
    int64_t pos = 0, idx = 0;
    for (;;) {
        Value k, val;
        if (items) {
            if (e->sort_keys) {
                if (idx >= items->len) {
                    break;
                }
                Tuple *t = AS_TUPLE(items->items[idx++]);
                k = t->items[0];
                val = t->items[1];
            } else {
                if (idx + 1 >= items->len) {
                    break;
                }
                k = items->items[idx];
                val = items->items[idx + 1];
                idx += 2;
            }
        } else if (!kr_dict_next(d, &pos, &k, &val)) {
            break;
        }
        if (kr_tick(vm, 1) < 0) {
            return -1;
        }
        // Strings made for this item (key text, big int digits) die with it.
        size_t mark = kr_scope_open(vm);
        int rc = encode_pair(e, k, val, &first, level);
        kr_scope_close(vm, mark);
        if (rc < 0) {
            return -1;
        }
    }
    if (ind) {
        if (put_newline_indent(e, level - 1) < 0 || emit_chunk(e) < 0) {
            return -1;
        }
    }
    return kr_sb_addc(&e->sb, '}') < 0 ? -1 : emit_chunk(e);
}

static int encode_dict(Enc *e, Value v, int64_t level) {
    Dict *d = AS_DICT(v);
    if (d->used == 0) {
        return kr_sb_add(&e->sb, "{}", 2) < 0 ? -1 : emit_chunk(e);
    }
    if (marker_push(e, AS_OBJ(v)) < 0) {
        return -1;
    }
    // The items snapshot and sort tuples die with this level.
    size_t mark = kr_scope_open(e->vm);
    int rc = encode_dict_items(e, d, level);
    kr_scope_close(e->vm, mark);
    if (rc == 0) {
        marker_pop(e);
    }
    return rc;
}

// Any value (CPython's encoder_listencode_obj / _iterencode).
static int encode_value(Enc *e, Value v, int64_t level) {
    KrVm *vm = e->vm;
    int r = put_scalar(e, v);
    if (r != 0) {
        return r < 0 ? -1 : emit_chunk(e);
    }
    if (IS_LIST(v) || IS_TUPLE(v) || IS_DICT(v)) {
        if (enter(vm, rec_where(e)) < 0) {
            return -1;
        }
        int rc = IS_DICT(v) ? encode_dict(e, v, level) : encode_list(e, v, level);
        vm->c_depth--;
        return rc;
    }
    if (!IS_OBJ(v)) {
        kr_raise(vm, EXC_TypeError, "Object of type %s is not JSON serializable", kr_typename(v));
        return -1;
    }
    if (marker_push(e, AS_OBJ(v)) < 0) {
        return -1;
    }
    if (IS_NONE(e->deflt)) {
        kr_raise(vm, EXC_TypeError, "Object of type %U is not JSON serializable",
                 kr_class_of(vm, v)->name);
        return -1;
    }
    size_t mark = kr_scope_open(vm);
    int rc = -1;
    Value nv = kr_call(vm, e->deflt, 1, &v, VAL_UNDEF);
    if (!IS_EXC(nv) && kr_scope_hold(vm, nv) == 0 && enter(vm, rec_where(e)) == 0) {
        rc = encode_value(e, nv, level);
        vm->c_depth--;
    }
    kr_scope_close(vm, mark);
    if (rc == 0) {
        marker_pop(e);
    }
    return rc;
}

static void enc_free(Enc *e) {
    kr_sb_free(&e->sb);
    if (e->markers) {
        kr_mem_free(e->vm, e->markers, e->markers_cap * sizeof(Obj *));
        e->markers = NULL;
    }
}

// ----- dumps / dump arguments -----

enum {
    DA_SKIPKEYS,
    DA_ENSURE_ASCII,
    DA_CHECK_CIRCULAR,
    DA_ALLOW_NAN,
    DA_CLS,
    DA_INDENT,
    DA_SEPARATORS,
    DA_DEFAULT,
    DA_SORT_KEYS,
    DA_COUNT
};
static const char *const dump_kwnames[DA_COUNT] = {
    "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
    "indent",   "separators",   "default",        "sort_keys",
};

// Binds fname(<npos positional names>, *, <dump_kwnames>, **kw) as CPython's Python-level
// signature does; unknown keywords reach JSONEncoder.__init__ and fail there.
static int bind_dump_args(KrVm *vm, const char *fname, const char *const *posnames, int npos,
                          int argc, const Value *argv, Value kw, Value *pos, Value *opt) {
    if (argc > npos) {
        kr_raise(vm, EXC_TypeError, "%s() takes %d positional argument%s but %d were given",
                 fname, npos, npos == 1 ? "" : "s", argc);
        return -1;
    }
    for (int i = 0; i < npos; i++) {
        pos[i] = i < argc ? argv[i] : VAL_UNDEF;
    }
    for (int i = 0; i < DA_COUNT; i++) {
        opt[i] = VAL_UNDEF;
    }
    Value unknown = VAL_UNDEF;
    if (IS_DICT(kw)) {
        int64_t p = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &p, &k, &v)) {
            bool done = false;
            for (int i = 0; i < npos && !done; i++) {
                if (str_is(k, posnames[i])) {
                    if (i < argc) {
                        kr_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%U'",
                                 fname, k);
                        return -1;
                    }
                    pos[i] = v;
                    done = true;
                }
            }
            for (int i = 0; i < DA_COUNT && !done; i++) {
                if (str_is(k, dump_kwnames[i])) {
                    opt[i] = v;
                    done = true;
                }
            }
            if (!done && IS_UNDEF(unknown)) {
                unknown = k;
            }
        }
    }
    for (int i = 0; i < npos; i++) {
        if (IS_UNDEF(pos[i])) {
            int missing = 0;
            for (int j = i; j < npos; j++) {
                missing += IS_UNDEF(pos[j]);
            }
            if (missing == 1) {
                kr_raise(vm, EXC_TypeError, "%s() missing 1 required positional argument: '%s'",
                         fname, posnames[i]);
            } else {
                kr_raise(vm, EXC_TypeError,
                         "%s() missing %d required positional arguments: '%s' and '%s'", fname,
                         missing, posnames[i], posnames[npos - 1]);
            }
            return -1;
        }
    }
    if (!IS_UNDEF(opt[DA_CLS]) && !IS_NONE(opt[DA_CLS])) {
        kr_raise(vm, EXC_NotImplementedError,
                 "json.%s(): cls= is not supported (krait has no JSONEncoder classes); "
                 "use default= instead",
                 fname);
        return -1;
    }
    if (!IS_UNDEF(unknown)) {
        kr_raise(vm, EXC_TypeError,
                 "JSONEncoder.__init__() got an unexpected keyword argument '%U'", unknown);
        return -1;
    }
    return 0;
}

static int opt_truth(KrVm *vm, Value v, bool dflt, bool *out) {
    if (IS_UNDEF(v)) {
        *out = dflt;
        return 0;
    }
    int t = kr_truthy(vm, v);
    if (t < 0) {
        return -1;
    }
    *out = t != 0;
    return 0;
}

// Fills the encoder options from the bound keywords. [for_dump]: CPython's iterencode
// (never the one-shot C encoder).
static int enc_setup(Enc *e, KrVm *vm, const Value *opt, bool for_dump) {
    memset(e, 0, sizeof *e);
    e->vm = vm;
    kr_sb_init(&e->sb, vm);
    e->fp = VAL_UNDEF;
    e->deflt = IS_UNDEF(opt[DA_DEFAULT]) ? VAL_NONE : opt[DA_DEFAULT];
    e->indent = IS_UNDEF(opt[DA_INDENT]) ? VAL_NONE : opt[DA_INDENT];
    if (opt_truth(vm, opt[DA_SKIPKEYS], false, &e->skipkeys) < 0 ||
        opt_truth(vm, opt[DA_ENSURE_ASCII], true, &e->ensure_ascii) < 0 ||
        opt_truth(vm, opt[DA_CHECK_CIRCULAR], true, &e->check_circular) < 0 ||
        opt_truth(vm, opt[DA_ALLOW_NAN], true, &e->allow_nan) < 0 ||
        opt_truth(vm, opt[DA_SORT_KEYS], false, &e->sort_keys) < 0) {
        return -1;
    }
    Value seps = IS_UNDEF(opt[DA_SEPARATORS]) ? VAL_NONE : opt[DA_SEPARATORS];
    e->item_sep = cstr(vm, IS_NONE(e->indent) ? ", " : ",");
    e->key_sep = cstr(vm, ": ");
    if (IS_EXC(e->item_sep) || IS_EXC(e->key_sep)) {
        return -1;
    }
    if (!IS_NONE(seps)) {
        // self.item_separator, self.key_separator = separators
        Value pair[2];
        int64_t n;
        if (IS_TUPLE(seps) || IS_LIST(seps)) {
            n = IS_TUPLE(seps) ? AS_TUPLE(seps)->len : AS_LIST(seps)->len;
            const Value *items = IS_TUPLE(seps) ? AS_TUPLE(seps)->items : AS_LIST(seps)->items;
            if (n == 2) {
                pair[0] = items[0];
                pair[1] = items[1];
            }
        } else {
            Value t = kr_tuple_from_iterable(vm, seps);
            if (IS_EXC(t)) {
                if (kr_exc_pending_is(vm, EXC_TypeError)) {
                    kr_exc_take(vm);
                    kr_raise(vm, EXC_TypeError, "cannot unpack non-iterable %U object",
                             kr_class_of(vm, seps)->name);
                }
                return -1;
            }
            n = AS_TUPLE(t)->len;
            if (n == 2) {
                pair[0] = AS_TUPLE(t)->items[0];
                pair[1] = AS_TUPLE(t)->items[1];
            }
        }
        if (n > 2) {
            kr_raise(vm, EXC_ValueError, "too many values to unpack (expected 2)");
            return -1;
        }
        if (n < 2) {
            kr_raise(vm, EXC_ValueError, "not enough values to unpack (expected 2, got %d)",
                     (int)n);
            return -1;
        }
        e->item_sep = pair[0];
        e->key_sep = pair[1];
    }
    e->py_path = for_dump || !IS_NONE(e->indent);
    e->may_run_py = for_dump || !IS_NONE(e->deflt);
    return 0;
}

// The checks CPython makes when it builds the encoder (c_make_encoder / _make_iterencode).
static int enc_prepare(Enc *e) {
    KrVm *vm = e->vm;
    bool lazy_item = e->py_path && !IS_NONE(e->indent) && IS_STR(e->key_sep);
    if (!IS_STR(e->key_sep) || (!IS_STR(e->item_sep) && !lazy_item)) {
        // The C encoder's argument check (the Python encoder fails later, when it joins the
        // chunks: not reproduced).
        Value bad = IS_STR(e->key_sep) ? e->item_sep : e->key_sep;
        kr_raise(vm, EXC_TypeError, "make_encoder() argument %d must be str, not %U",
                 IS_STR(e->key_sep) ? 6 : 5, kr_class_of(vm, bad)->name);
        return -1;
    }
    if (!IS_NONE(e->indent) && !IS_STR(e->indent)) {
        // _indent = ' ' * _indent
        Value sp = cstr(vm, " ");
        if (IS_EXC(sp)) {
            return -1;
        }
        Value r = kr_binop(vm, BINOP_MUL, sp, e->indent);
        if (IS_EXC(r)) {
            return -1;
        }
        if (!IS_STR(r)) {
            kr_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%U'",
                     kr_class_of(vm, e->indent)->name);
            return -1;
        }
        e->indent = r;
    }
    return 0;
}

static Value json_dumps(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const posnames[] = {"obj"};
    Value obj, opt[DA_COUNT];
    if (bind_dump_args(vm, "dumps", posnames, 1, argc, argv, kw, &obj, opt) < 0) {
        return VAL_EXC;
    }
    Enc e;
    if (enc_setup(&e, vm, opt, false) < 0) {
        enc_free(&e);
        return VAL_EXC;
    }
    // JSONEncoder.encode's fast path for a str builds no encoder (indent is not checked).
    int rc = IS_STR(obj) ? put_str_value(&e, obj)
                         : (enc_prepare(&e) < 0 ? -1 : encode_value(&e, obj, 0));
    if (rc < 0) {
        enc_free(&e);
        return VAL_EXC;
    }
    if (e.markers) {
        kr_mem_free(vm, e.markers, e.markers_cap * sizeof(Obj *));
    }
    return kr_sb_to_str(&e.sb);
}

static Value json_dump(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const posnames[] = {"obj", "fp"};
    Value pos[2], opt[DA_COUNT];
    if (bind_dump_args(vm, "dump", posnames, 2, argc, argv, kw, pos, opt) < 0) {
        return VAL_EXC;
    }
    Enc e;
    if (enc_setup(&e, vm, opt, true) < 0) {
        enc_free(&e);
        return VAL_EXC;
    }
    e.fp = pos[1];
    if (enc_prepare(&e) < 0 || encode_value(&e, pos[0], 0) < 0) {
        enc_free(&e);
        return VAL_EXC;
    }
    enc_free(&e);
    return VAL_NONE;
}

// ===================================================================================
// Decoder
// ===================================================================================

typedef struct Dec {
    KrVm *vm;
    Value doc; // the str being decoded
    const char *s;
    int64_t len; // bytes
    bool strict;
    Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant; // or VAL_NONE
    Dict *memo; // key strings seen (CPython shares equal keys)
} Dec;

// JSONDecodeError(msg, doc, pos) with CPython's message and attributes; pos in code points.
static Value decode_error_new(KrVm *vm, Value msg, Value doc, int64_t pos);

// Raises JSONDecodeError [msg] at byte offset [off] of the document.
static int dec_error(Dec *d, const char *msg, int64_t off) {
    KrVm *vm = d->vm;
    Value m = kr_str_from_cstr(vm, msg);
    if (IS_EXC(m)) {
        return -1;
    }
    Str *s = AS_STR(d->doc);
    int64_t pos = s->nchars == s->len ? off : kr_utf8_count(s->data, (size_t)off);
    Value exc = decode_error_new(vm, m, d->doc, pos);
    if (!IS_EXC(exc)) {
        kr_raise_value(vm, exc);
    }
    return -1;
}

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')

static int64_t skip_ws(Dec *d, int64_t i) {
    while (i < d->len && IS_WS(d->s[i])) {
        i++;
    }
    return i;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// 4 hex digits at s[i..i+4) (caller checked the bounds); -1 if one is not a hex digit.
static int32_t hex4(const char *s) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(s[k]);
        if (h < 0) {
            return -1;
        }
        v = (v << 4) | h;
    }
    return v;
}

// CPython's scanstring_unicode: [i] is the index after the opening quote. On success *next is
// the index after the closing quote.
static Value scan_string(Dec *d, int64_t i, int64_t *next) {
    KrVm *vm = d->vm;
    const char *s = d->s;
    int64_t len = d->len, begin = i - 1, end = i;
    StrBuf sb;
    bool used_sb = false;
    kr_sb_init(&sb, vm);
    for (;;) {
        int64_t j = end;
        unsigned char c = 0;
        for (; j < len; j++) {
            c = (unsigned char)s[j];
            if (c == '"' || c == '\\') {
                break;
            }
            if (c <= 0x1f && d->strict) {
                kr_sb_free(&sb);
                return dec_error(d, "Invalid control character at", j), VAL_EXC;
            }
        }
        if (kr_tick(vm, (j - end) / 32 + 1) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
        if (j >= len) {
            kr_sb_free(&sb);
            return dec_error(d, "Unterminated string starting at", begin), VAL_EXC;
        }
        if (c == '"' && !used_sb) {
            *next = j + 1;
            return kr_str_new(vm, s + end, (size_t)(j - end));
        }
        used_sb = true;
        if (kr_sb_add(&sb, s + end, (size_t)(j - end)) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
        j++;
        if (c == '"') {
            end = j;
            break;
        }
        if (j == len) {
            kr_sb_free(&sb);
            return dec_error(d, "Unterminated string starting at", begin), VAL_EXC;
        }
        c = (unsigned char)s[j];
        uint32_t cp;
        if (c != 'u') {
            end = j + 1;
            switch (c) {
            case '"':
            case '\\':
            case '/':
                cp = c;
                break;
            case 'b':
                cp = '\b';
                break;
            case 'f':
                cp = '\f';
                break;
            case 'n':
                cp = '\n';
                break;
            case 'r':
                cp = '\r';
                break;
            case 't':
                cp = '\t';
                break;
            default:
                kr_sb_free(&sb);
                return dec_error(d, "Invalid \\escape", end - 2), VAL_EXC;
            }
        } else {
            j++;
            end = j + 4;
            // CPython's bound is end >= len (the closing quote must follow); the 4 digits are
            // ASCII when they are valid, so byte and code point indexes agree here.
            int32_t v = end >= len ? -1 : hex4(s + j);
            if (v < 0) {
                kr_sb_free(&sb);
                return dec_error(d, "Invalid \\uXXXX escape", j - 1), VAL_EXC;
            }
            cp = (uint32_t)v;
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && s[end] == '\\' &&
                s[end + 1] == 'u') {
                int32_t v2 = hex4(s + end + 2);
                if (v2 < 0) {
                    kr_sb_free(&sb);
                    return dec_error(d, "Invalid \\uXXXX escape", end + 1), VAL_EXC;
                }
                if (v2 >= 0xDC00 && v2 <= 0xDFFF) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | ((uint32_t)v2 - 0xDC00));
                    end += 6;
                }
            }
        }
        char u[4];
        size_t n = kr_utf8_encode(cp, u);
        if (kr_sb_add(&sb, u, n) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    *next = end;
    return kr_sb_to_str(&sb);
}

static Value scan_once(Dec *d, int64_t i, int64_t *next, int64_t *stop);

// Calls a decoder hook with one argument.
static Value call_hook(Dec *d, Value fn, Value arg) {
    return kr_call(d->vm, fn, 1, &arg, VAL_UNDEF);
}

// A nested value inside an array/object; "Expecting value" where scan_once found nothing
// (CPython's StopIteration, turned into the error by raw_decode).
static Value scan_value(Dec *d, int64_t i, int64_t *next) {
    int64_t stop = -1;
    Value v = scan_once(d, i, next, &stop);
    if (IS_EXC(v) && stop >= 0) {
        dec_error(d, "Expecting value", stop);
    }
    return v;
}

static Value parse_object(Dec *d, int64_t i, int64_t *next) {
    KrVm *vm = d->vm;
    const char *s = d->s;
    bool pairs = !IS_NONE(d->object_pairs_hook);
    Dict *dict = NULL;
    List *list = NULL;
    if (pairs) {
        list = kr_list_new(vm, 0);
    } else {
        dict = kr_dict_new(vm);
    }
    if (!list && !dict) {
        return VAL_EXC;
    }
    i = skip_ws(d, i);
    if (i >= d->len || s[i] != '}') {
        for (;;) {
            if (kr_tick(vm, 1) < 0) {
                return VAL_EXC;
            }
            if (i >= d->len || s[i] != '"') {
                return dec_error(d, "Expecting property name enclosed in double quotes", i),
                       VAL_EXC;
            }
            int64_t ni;
            size_t mark = kr_scope_open(vm);
            Value key = scan_string(d, i + 1, &ni);
            if (IS_EXC(key)) {
                return VAL_EXC;
            }
            Value mk = kr_dict_get_str(vm, d->memo, AS_STR(key));
            if (IS_UNDEF(mk)) {
                if (kr_dict_set(vm, d->memo, key, key) < 0) {
                    return VAL_EXC;
                }
            } else {
                key = mk;
            }
            i = skip_ws(d, ni);
            if (i >= d->len || s[i] != ':') {
                return dec_error(d, "Expecting ':' delimiter", i), VAL_EXC;
            }
            i = skip_ws(d, i + 1);
            Value val = scan_value(d, i, &ni);
            if (IS_EXC(val)) {
                return VAL_EXC;
            }
            if (pairs) {
                Value t = kr_tuple_pack(vm, 2, key, val);
                if (IS_EXC(t) || kr_list_append(vm, list, t) < 0) {
                    return VAL_EXC;
                }
            } else if (kr_dict_set(vm, dict, key, val) < 0) {
                return VAL_EXC;
            }
            kr_scope_close(vm, mark);
            i = skip_ws(d, ni);
            if (i < d->len && s[i] == '}') {
                break;
            }
            if (i >= d->len || s[i] != ',') {
                return dec_error(d, "Expecting ',' delimiter", i), VAL_EXC;
            }
            i = skip_ws(d, i + 1);
        }
    }
    *next = i + 1;
    if (pairs) {
        return call_hook(d, d->object_pairs_hook, kr_obj(list));
    }
    if (!IS_NONE(d->object_hook)) {
        return call_hook(d, d->object_hook, kr_obj(dict));
    }
    return kr_obj(dict);
}

static Value parse_array(Dec *d, int64_t i, int64_t *next) {
    KrVm *vm = d->vm;
    const char *s = d->s;
    List *list = kr_list_new(vm, 0);
    if (!list) {
        return VAL_EXC;
    }
    i = skip_ws(d, i);
    if (i >= d->len || s[i] != ']') {
        for (;;) {
            if (kr_tick(vm, 1) < 0) {
                return VAL_EXC;
            }
            int64_t ni;
            // What the element allocates is reachable from the list once appended: drop
            // the temporary pins so that a long array does not grow the root stack.
            size_t mark = kr_scope_open(vm);
            Value val = scan_value(d, i, &ni);
            if (IS_EXC(val) || kr_list_append(vm, list, val) < 0) {
                return VAL_EXC;
            }
            kr_scope_close(vm, mark);
            i = skip_ws(d, ni);
            if (i < d->len && s[i] == ']') {
                break;
            }
            if (i >= d->len || s[i] != ',') {
                return dec_error(d, "Expecting ',' delimiter", i), VAL_EXC;
            }
            i = skip_ws(d, i + 1);
        }
    }
    *next = i + 1;
    return kr_obj(list);
}

static Value parse_constant(Dec *d, const char *name, int64_t i, int64_t *next) {
    KrVm *vm = d->vm;
    *next = i + (int64_t)strlen(name);
    if (IS_NONE(d->parse_constant)) {
        if (name[0] == 'N') {
            return kr_float(kr_float_fresh_nan(vm, false));
        }
        return kr_float(name[0] == '-' ? -INFINITY : INFINITY);
    }
    Value n = cstr(vm, name);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    return call_hook(d, d->parse_constant, n);
}

// CPython's _match_number_unicode. *stop >= 0 (and no exception) when there is no number.
static Value match_number(Dec *d, int64_t start, int64_t *next, int64_t *stop) {
    KrVm *vm = d->vm;
    const char *s = d->s;
    int64_t end_idx = d->len - 1, i = start;
    bool is_float = false;
    if (s[i] == '-') {
        i++;
        if (i > end_idx) {
            *stop = start;
            return VAL_EXC;
        }
    }
    if (s[i] >= '1' && s[i] <= '9') {
        i++;
        while (i <= end_idx && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
    } else if (s[i] == '0') {
        i++;
    } else {
        *stop = start;
        return VAL_EXC;
    }
    if (i < end_idx && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        is_float = true;
        i += 2;
        while (i <= end_idx && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
    }
    if (i < end_idx && (s[i] == 'e' || s[i] == 'E')) {
        int64_t e_start = i;
        i++;
        if (i < end_idx && (s[i] == '-' || s[i] == '+')) {
            i++;
        }
        while (i <= end_idx && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        if (s[i - 1] >= '0' && s[i - 1] <= '9') {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    if (kr_tick(vm, (i - start) / 16) < 0) {
        return VAL_EXC;
    }
    *next = i;
    Value custom = is_float ? d->parse_float : d->parse_int;
    if (!IS_NONE(custom)) {
        Value numstr = kr_str_new(vm, s + start, (size_t)(i - start));
        if (IS_EXC(numstr)) {
            return VAL_EXC;
        }
        return call_hook(d, custom, numstr);
    }
    if (is_float) {
        return kr_float_from_str(vm, s + start, (size_t)(i - start));
    }
    int64_t n = i - start;
    if (n <= 18) {
        int64_t v = 0;
        int64_t k = start;
        bool neg = s[k] == '-';
        if (neg) {
            k++;
        }
        for (; k < i; k++) {
            v = v * 10 + (s[k] - '0');
        }
        return kr_int(neg ? -v : v);
    }
    return kr_int_from_str(vm, s + start, (size_t)n, 10);
}

// CPython's scan_once_unicode. When nothing starts at [i], returns VAL_EXC with no exception
// set and *stop = the index (CPython's StopIteration(idx)).
static Value scan_once(Dec *d, int64_t i, int64_t *next, int64_t *stop) {
    KrVm *vm = d->vm;
    const char *s = d->s;
    int64_t len = d->len;
    if (i >= len) {
        *stop = i;
        return VAL_EXC;
    }
    Value r;
    switch (s[i]) {
    case '"':
        return scan_string(d, i + 1, next);
    case '{':
        if (enter(vm, " while decoding a JSON object from a unicode string") < 0) {
            return VAL_EXC;
        }
        r = parse_object(d, i + 1, next);
        vm->c_depth--;
        return r;
    case '[':
        if (enter(vm, " while decoding a JSON array from a unicode string") < 0) {
            return VAL_EXC;
        }
        r = parse_array(d, i + 1, next);
        vm->c_depth--;
        return r;
    case 'n':
        if (i + 3 < len && memcmp(s + i, "null", 4) == 0) {
            *next = i + 4;
            return VAL_NONE;
        }
        break;
    case 't':
        if (i + 3 < len && memcmp(s + i, "true", 4) == 0) {
            *next = i + 4;
            return VAL_TRUE;
        }
        break;
    case 'f':
        if (i + 4 < len && memcmp(s + i, "false", 5) == 0) {
            *next = i + 5;
            return VAL_FALSE;
        }
        break;
    case 'N':
        if (i + 2 < len && memcmp(s + i, "NaN", 3) == 0) {
            return parse_constant(d, "NaN", i, next);
        }
        break;
    case 'I':
        if (i + 7 < len && memcmp(s + i, "Infinity", 8) == 0) {
            return parse_constant(d, "Infinity", i, next);
        }
        break;
    case '-':
        if (i + 8 < len && memcmp(s + i, "-Infinity", 9) == 0) {
            return parse_constant(d, "-Infinity", i, next);
        }
        break;
    default:
        break;
    }
    return match_number(d, i, next, stop);
}

// ----- bytes input: json.detect_encoding + bytes.decode(encoding, 'surrogatepass') -----

static Value unicode_decode_error(KrVm *vm, const char *enc, const uint8_t *p, size_t len,
                                  size_t start, size_t end, const char *reason) {
    Value args[5];
    args[0] = cstr(vm, enc);
    args[1] = kr_bytes_new(vm, p, len);
    args[2] = kr_int((int64_t)start);
    args[3] = kr_int((int64_t)end);
    args[4] = kr_str_from_cstr(vm, reason);
    for (int i = 0; i < 5; i++) {
        if (IS_EXC(args[i])) {
            return VAL_EXC;
        }
    }
    TypeObj *ude = kr_exc_class(vm, EXC_UnicodeDecodeError);
    Value e = ude ? kr_call(vm, kr_obj(ude), 5, args, VAL_UNDEF) : VAL_EXC;
    if (IS_EXC(e)) {
        return VAL_EXC;
    }
    return kr_raise_value(vm, e);
}

static uint32_t unit16(const uint8_t *p, bool be) {
    return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

// UTF-16/UTF-32 (surrogatepass: lone surrogates decode to themselves). [off] is where the
// code units start (after a BOM); error positions count from the start of [p].
static Value decode_wide(KrVm *vm, const uint8_t *p, size_t len, size_t off, int width, bool be) {
    const char *name = width == 2 ? (be ? "utf-16-be" : "utf-16-le")
                                  : (be ? "utf-32-be" : "utf-32-le");
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_tick(vm, (int64_t)(len / 16) + 1) < 0 || kr_sb_reserve(&sb, len) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    size_t i = off;
    while (i < len) {
        if (len - i < (size_t)width) {
            kr_sb_free(&sb);
            return unicode_decode_error(vm, name, p, len, i, len, "truncated data");
        }
        uint32_t cp;
        if (width == 2) {
            cp = unit16(p + i, be);
            i += 2;
            if (cp >= 0xD800 && cp <= 0xDBFF && len - i >= 2) {
                uint32_t lo = unit16(p + i, be);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
                    i += 2;
                }
            }
        } else {
            cp = be ? unit16(p + i, true) << 16 | unit16(p + i + 2, true)
                    : unit16(p + i + 2, false) << 16 | unit16(p + i, false);
            if (cp > 0x10FFFF) {
                kr_sb_free(&sb);
                return unicode_decode_error(vm, name, p, len, i, i + 4,
                                            "code point not in range(0x110000)");
            }
            i += 4;
        }
        char u[4];
        if (kr_sb_add(&sb, u, kr_utf8_encode(cp, u)) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    return kr_sb_to_str(&sb);
}

static Value decode_bytes(KrVm *vm, const uint8_t *b, size_t n) {
    // detect_encoding
    if (n >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) ||
                   (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0))) {
        return decode_wide(vm, b, n, 4, 4, b[0] == 0);
    }
    if (n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))) {
        return decode_wide(vm, b, n, 2, 2, b[0] == 0xFE);
    }
    size_t off = 0;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        off = 3; // utf-8-sig
    } else if (n >= 4) {
        if (!b[0]) {
            return decode_wide(vm, b, n, 0, b[1] ? 2 : 4, true);
        }
        if (!b[1]) {
            return decode_wide(vm, b, n, 0, b[2] || b[3] ? 2 : 4, false);
        }
    } else if (n == 2) {
        if (!b[0]) {
            return decode_wide(vm, b, n, 0, 2, true);
        }
        if (!b[1]) {
            return decode_wide(vm, b, n, 0, 2, false);
        }
    }
    const char *p = (const char *)b + off;
    size_t len = n - off;
    if (kr_tick(vm, (int64_t)(len / 32) + 1) < 0) {
        return VAL_EXC;
    }
    if (kr_utf8_valid(p, len)) {
        return kr_str_new(vm, p, len); // encoded surrogates pass (surrogatepass)
    }
    // Invalid: let the strict decoder report the first bad byte, with encoded surrogates
    // (which surrogatepass accepts) replaced by a valid 3-byte character first.
    uint8_t *copy = kr_mem_alloc(vm, n ? n : 1);
    if (!copy) {
        return VAL_EXC;
    }
    memcpy(copy, b, n);
    for (size_t i = off; i + 2 < n; i++) {
        if (copy[i] == 0xED && copy[i + 1] >= 0xA0 && copy[i + 1] <= 0xBF &&
            (copy[i + 2] & 0xC0) == 0x80) {
            copy[i] = 0xEF;
            copy[i + 1] = 0xBF;
            copy[i + 2] = 0xBD;
            i += 2;
        }
    }
    // (utf-8-sig positions count from after the BOM, as CPython's do.)
    Value r = kr_str_decode(vm, copy + off, len, "utf-8", NULL);
    kr_mem_free(vm, copy, n ? n : 1);
    return r;
}

// ----- loads / load -----

enum { LA_CLS, LA_OBJECT_HOOK, LA_PARSE_FLOAT, LA_PARSE_INT, LA_PARSE_CONSTANT, LA_PAIRS_HOOK,
       LA_STRICT, LA_COUNT };
static const char *const load_kwnames[LA_COUNT] = {
    "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook",
    "strict",
};

static Value do_loads(KrVm *vm, Value s, const Value *opt) {
    if (!IS_UNDEF(opt[LA_CLS]) && !IS_NONE(opt[LA_CLS])) {
        return kr_raise(vm, EXC_NotImplementedError,
                        "json.loads(): cls= is not supported (krait has no JSONDecoder "
                        "classes); use object_hook= or object_pairs_hook= instead");
    }
    if (IS_STR(s)) {
        Str *st = AS_STR(s);
        if (st->len >= 3 && memcmp(st->data, "\xEF\xBB\xBF", 3) == 0) {
            Value m = kr_str_from_cstr(vm, "Unexpected UTF-8 BOM (decode using utf-8-sig)");
            if (IS_EXC(m)) {
                return VAL_EXC;
            }
            Value exc = decode_error_new(vm, m, s, 0);
            return IS_EXC(exc) ? VAL_EXC : kr_raise_value(vm, exc);
        }
    } else if (IS_BYTES(s) || IS_BYTEARRAY(s)) {
        const uint8_t *p = IS_BYTES(s) ? AS_BYTES(s)->data : AS_BYTEARRAY(s)->data;
        size_t n = (size_t)(IS_BYTES(s) ? AS_BYTES(s)->len : AS_BYTEARRAY(s)->len);
        s = decode_bytes(vm, p, n);
        if (IS_EXC(s)) {
            return VAL_EXC;
        }
    } else {
        return kr_raise(vm, EXC_TypeError,
                        "the JSON object must be str, bytes or bytearray, not %U",
                        kr_class_of(vm, s)->name);
    }
    Dec d;
    memset(&d, 0, sizeof d);
    d.vm = vm;
    d.doc = s;
    d.s = AS_STR(s)->data;
    d.len = AS_STR(s)->len;
    Value *hooks[5] = {&d.object_hook, &d.parse_float, &d.parse_int, &d.parse_constant,
                       &d.object_pairs_hook};
    for (int i = 0; i < 5; i++) {
        Value v = opt[LA_OBJECT_HOOK + i];
        *hooks[i] = IS_UNDEF(v) ? VAL_NONE : v;
    }
    // JSONDecoder: parse_float = parse_float or float (likewise parse_int, parse_constant).
    Value *orhooks[3] = {&d.parse_float, &d.parse_int, &d.parse_constant};
    for (int i = 0; i < 3; i++) {
        if (!IS_NONE(*orhooks[i])) {
            int t = kr_truthy(vm, *orhooks[i]);
            if (t < 0) {
                return VAL_EXC;
            }
            if (!t) {
                *orhooks[i] = VAL_NONE;
            }
        }
    }
    // The built-in float/int parse like the default.
    if (IS_TYPEOBJ(d.parse_float) && AS_TYPEOBJ(d.parse_float) == vm->classes[TY_FLOAT]) {
        d.parse_float = VAL_NONE;
    }
    if (IS_TYPEOBJ(d.parse_int) && AS_TYPEOBJ(d.parse_int) == vm->classes[TY_INT]) {
        d.parse_int = VAL_NONE;
    }
    bool strict = true;
    if (opt_truth(vm, opt[LA_STRICT], true, &strict) < 0) {
        return VAL_EXC;
    }
    d.strict = strict;
    d.memo = kr_dict_new(vm);
    if (!d.memo) {
        return VAL_EXC;
    }
    int64_t i = skip_ws(&d, 0), next = 0, stop = -1;
    Value r = scan_once(&d, i, &next, &stop);
    if (IS_EXC(r)) {
        if (stop >= 0) {
            dec_error(&d, "Expecting value", stop);
        }
        return VAL_EXC;
    }
    int64_t end = skip_ws(&d, next);
    if (end != d.len) {
        return dec_error(&d, "Extra data", end), VAL_EXC;
    }
    return r;
}

// Binds fname(<first>, *, <load_kwnames>, **kw); unknown keywords reach JSONDecoder.__init__.
static int bind_load_args(KrVm *vm, const char *fname, const char *first, int argc,
                          const Value *argv, Value kw, Value *pos, Value *opt) {
    if (argc > 1) {
        kr_raise(vm, EXC_TypeError, "%s() takes 1 positional argument but %d were given", fname,
                 argc);
        return -1;
    }
    *pos = argc ? argv[0] : VAL_UNDEF;
    for (int i = 0; i < LA_COUNT; i++) {
        opt[i] = VAL_UNDEF;
    }
    Value unknown = VAL_UNDEF;
    if (IS_DICT(kw)) {
        int64_t p = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &p, &k, &v)) {
            if (str_is(k, first)) {
                if (argc) {
                    kr_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%s'",
                             fname, first);
                    return -1;
                }
                *pos = v;
                continue;
            }
            bool done = false;
            // strict is not a named parameter of loads(): it travels in **kw.
            for (int i = 0; i < LA_COUNT && !done; i++) {
                if (str_is(k, load_kwnames[i])) {
                    opt[i] = v;
                    done = true;
                }
            }
            if (!done && IS_UNDEF(unknown)) {
                unknown = k;
            }
        }
    }
    if (IS_UNDEF(*pos)) {
        kr_raise(vm, EXC_TypeError, "%s() missing 1 required positional argument: '%s'", fname,
                 first);
        return -1;
    }
    if (!IS_UNDEF(unknown)) {
        if (!IS_UNDEF(opt[LA_CLS]) && !IS_NONE(opt[LA_CLS])) {
            return 0; // do_loads reports cls=
        }
        kr_raise(vm, EXC_TypeError,
                 "JSONDecoder.__init__() got an unexpected keyword argument '%U'", unknown);
        return -1;
    }
    return 0;
}

static Value json_loads(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value s, opt[LA_COUNT];
    if (bind_load_args(vm, "loads", "s", argc, argv, kw, &s, opt) < 0) {
        return VAL_EXC;
    }
    return do_loads(vm, s, opt);
}

static Value json_load(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value fp, opt[LA_COUNT];
    if (bind_load_args(vm, "load", "fp", argc, argv, kw, &fp, opt) < 0) {
        return VAL_EXC;
    }
    Value rd = kr_getattr(vm, fp, cstr(vm, "read"));
    if (IS_EXC(rd)) {
        return VAL_EXC;
    }
    Value s = kr_call(vm, rd, 0, NULL, VAL_UNDEF);
    if (IS_EXC(s)) {
        return VAL_EXC;
    }
    return do_loads(vm, s, opt);
}

// ===================================================================================
// JSONDecodeError
// ===================================================================================

static Value decode_error_new(KrVm *vm, Value msg, Value doc, int64_t pos) {
    // lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos)
    Str *ds = AS_STR(doc);
    int64_t bpos = pos;
    if (ds->nchars != ds->len) {
        // code point index -> byte offset
        int64_t n = 0, b = 0;
        while (b < ds->len && n < pos) {
            size_t adv;
            kr_utf8_decode(ds->data + b, &adv);
            b += (int64_t)adv;
            n++;
        }
        bpos = b;
    }
    int64_t lineno = 1, lastnl = -1;
    for (int64_t b = 0; b < bpos; b++) {
        if (ds->data[b] == '\n') {
            lineno++;
            lastnl = b;
        }
    }
    if (kr_tick(vm, bpos / 32) < 0) {
        return VAL_EXC;
    }
    int64_t colno;
    if (lastnl < 0) {
        colno = pos + 1;
    } else {
        colno = ds->nchars == ds->len
                    ? bpos - lastnl
                    : kr_utf8_count(ds->data + lastnl + 1, (size_t)(bpos - lastnl - 1)) + 1;
    }
    char tail[96];
    snprintf(tail, sizeof tail, ": line %" PRId64 " column %" PRId64 " (char %" PRId64 ")", lineno,
             colno, pos);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_add_str(&sb, msg) < 0 || kr_sb_adds(&sb, tail) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    Value errmsg = kr_sb_to_str(&sb);
    if (IS_EXC(errmsg)) {
        return VAL_EXC;
    }
    Value args = kr_tuple_pack(vm, 1, errmsg);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    TypeObj *cls = kr_modclass(vm, TY_JSON_DECODE_ERROR);
    if (!cls) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, cls, args);
    if (!e) {
        return VAL_EXC;
    }
    Value ev = kr_obj(e);
    static const char *const names[] = {"msg", "doc", "pos", "lineno", "colno"};
    Value vals[5] = {msg, doc, kr_int(pos), kr_int(lineno), kr_int(colno)};
    for (int i = 0; i < 5; i++) {
        Value n = cstr(vm, names[i]);
        if (IS_EXC(n) || kr_setattr(vm, ev, n, vals[i]) < 0) {
            return VAL_EXC;
        }
    }
    return ev;
}

// ----- Module -----

static const NativeDef json_funcs[] = {
    NATIVE("dump", json_dump, 0, -1, NATIVE_KW),
    NATIVE("dumps", json_dumps, 0, -1, NATIVE_KW),
    NATIVE("load", json_load, 0, -1, NATIVE_KW),
    NATIVE("loads", json_loads, 0, -1, NATIVE_KW),
    NATIVE_END,
};

// json.decoder holds the class too (CPython's home of JSONDecodeError): a plain module object
// registered as imported, so `from json.decoder import JSONDecodeError` works after
// `import json`.
static int json_init(KrVm *vm, Value module) {
    Module *m = (Module *)AS_OBJ(module);
    TypeObj *t = kr_modclass(vm, TY_JSON_DECODE_ERROR);
    if (!t) {
        return -1;
    }
    Value dec = kr_module_new(vm, "json.decoder");
    if (IS_EXC(dec)) {
        return -1;
    }
    Value decname = cstr(vm, "json.decoder");
    if (IS_EXC(decname) ||
        kr_dict_set_str(vm, ((Module *)AS_OBJ(dec))->dict, "JSONDecodeError", kr_obj(t)) < 0 ||
        kr_dict_set_str(vm, m->dict, "decoder", dec) < 0 ||
        kr_dict_set(vm, vm->modules, decname, dec) < 0) {
        return -1;
    }
    return 0;
}

// JSONDecodeError(msg, doc, pos) from Python code: CPython's __init__, step by step
// (lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos)), so any
// argument types fail as they do there.
static Value json_error_new(KrVm *vm, TypeObj *cls, int argc, const Value *argv, Value kw) {
    static const char *const pnames[3] = {"msg", "doc", "pos"};
    Value a[3];
    if (kr_args_bind_def(vm, "JSONDecodeError.__init__", true, argc, argv, kw, pnames, 3, 3, a) <
        0) {
        return VAL_EXC;
    }
    Value nl = cstr(vm, "\n");
    Value count = IS_EXC(nl) ? VAL_EXC : kr_getattr(vm, a[1], cstr(vm, "count"));
    if (IS_EXC(count)) {
        return VAL_EXC;
    }
    Value cargs[3] = {nl, kr_int(0), a[2]};
    Value n = kr_call(vm, count, 3, cargs, VAL_UNDEF);
    Value lineno = IS_EXC(n) ? VAL_EXC : kr_binop(vm, BINOP_ADD, n, kr_int(1));
    if (IS_EXC(lineno)) {
        return VAL_EXC;
    }
    Value rfind = kr_getattr(vm, a[1], cstr(vm, "rfind"));
    Value r = IS_EXC(rfind) ? VAL_EXC : kr_call(vm, rfind, 3, cargs, VAL_UNDEF);
    Value colno = IS_EXC(r) ? VAL_EXC : kr_binop(vm, BINOP_SUB, a[2], r);
    if (IS_EXC(colno)) {
        return VAL_EXC;
    }
    Value fmt = kr_str_from_cstr(vm, "%s: line %d column %d (char %d)");
    Value fargs = IS_EXC(fmt) ? VAL_EXC : kr_tuple_pack(vm, 4, a[0], lineno, colno, a[2]);
    Value errmsg = IS_EXC(fargs) ? VAL_EXC : kr_binop(vm, BINOP_MOD, fmt, fargs);
    Value args = IS_EXC(errmsg) ? VAL_EXC : kr_tuple_pack(vm, 1, errmsg);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, cls, args);
    if (!e) {
        return VAL_EXC;
    }
    Value ev = kr_obj(e);
    static const char *const names[] = {"msg", "doc", "pos", "lineno", "colno"};
    Value vals[5] = {a[0], a[1], a[2], lineno, colno};
    for (int i = 0; i < 5; i++) {
        Value nm = cstr(vm, names[i]);
        if (IS_EXC(nm) || kr_setattr(vm, ev, nm, vals[i]) < 0) {
            return VAL_EXC;
        }
    }
    return ev;
}

static const ModType json_types[] = {
    {TY_JSON_DECODE_ERROR, "JSONDecodeError", NULL, json_error_new},
    MODTYPE_END,
};

const ModuleDef kr_mod_json = {"json", json_funcs, json_init, json_types};
