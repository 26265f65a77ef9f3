// SPDX-License-Identifier: MIT
// interp/exc.c: exception objects, raising, tracebacks and CPython-format error reports.
//
// An exception instance is an ExcObj whose class (cls) is a per-VM TypeObj built from
// exceptions.def. Tracebacks are TbEntry lists, outermost frame first: an entry is prepended
// each time the exception arrives in a frame by being raised there (not by a re-raise).
#include <stdio.h>
#include <stdlib.h>

#include "module.h"
#include "vm.h"

// ----- Raising -----

static void set_context(KrVm *vm, ExcObj *e) {
    Value ctx = vm->exc_info;
    if (!IS_EXCOBJ(ctx) || AS_OBJ(ctx) == &e->hdr || !IS_NONE(e->context)) {
        return;
    }
    // Break cycles: if e already appears in ctx's context chain, cut it there.
    ExcObj *o = AS_EXC(ctx);
    int guard = 0;
    while (IS_EXCOBJ(o->context) && guard++ < 10000) {
        if (AS_OBJ(o->context) == &e->hdr) {
            o->context = VAL_NONE;
            break;
        }
        o = AS_EXC(o->context);
    }
    e->context = ctx;
}

Value kr_raise_value(KrVm *vm, Value exc) {
    if (IS_EXCOBJ(exc)) {
        set_context(vm, AS_EXC(exc));
    }
    vm->exc = exc;
    return VAL_EXC;
}

Value kr_raise_nomem(KrVm *vm) {
    if (IS_EXCOBJ(vm->memerr)) {
        ExcObj *e = AS_EXC(vm->memerr);
        e->tb = NULL;
        e->context = VAL_NONE;
        e->cause = VAL_NONE;
        vm->exc = vm->memerr;
    } else {
        vm->exc = VAL_NONE; // during VM construction: the creator checks for failure
    }
    return VAL_EXC;
}

ExcObj *kr_exc_new(KrVm *vm, TypeObj *cls, Value args) {
    if (!cls) {
        return NULL; // making the class (kr_exc_class) failed: its exception is pending
    }
    ExcObj *e = kr_gc_alloc(vm, &kr_type_exception, sizeof(ExcObj));
    if (!e) {
        return NULL;
    }
    e->cls = cls;
    e->args = IS_TUPLE(args) ? args : vm->empty_tuple;
    e->cause = VAL_NONE;
    e->context = VAL_NONE;
    e->value = VAL_NONE;
    e->extra = VAL_NONE;
    e->attrs = VAL_UNDEF;
    e->hint = VAL_UNDEF;
    if (cls && cls->exc_id == EXC_StopIteration && AS_TUPLE(e->args)->len > 0) {
        e->value = AS_TUPLE(e->args)->items[0];
    }
    return e;
}

// Appends the rendering of one directive to sb. -1 on failure.
static int fmt_value(StrBuf *sb, char d, Value v) {
    KrVm *vm = sb->vm;
    Value s;
    if (d == 'T') {
        return kr_sb_adds(sb, kr_typename(v));
    }
    if (d == 'U') {
        return kr_sb_add_str(sb, v);
    }
    s = d == 'R' ? kr_repr(vm, v) : kr_str(vm, v);
    if (IS_EXC(s)) {
        return -1;
    }
    return kr_sb_add_str(sb, s);
}

// Formats [fmt] with kr_raise's directives into a str. VAL_EXC on failure.
Value kr_format_message(KrVm *vm, const char *fmt, va_list ap);
Value kr_format_message(KrVm *vm, const char *fmt, va_list ap) {
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char num[64];
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') {
                q++;
            }
            if (kr_sb_add(&sb, p, (size_t)(q - p)) < 0) {
                goto fail;
            }
            p = q - 1;
            continue;
        }
        p++;
        int r = 0;
        switch (*p) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            r = kr_sb_adds(&sb, s ? s : "(null)");
            break;
        }
        case 'd':
            snprintf(num, sizeof num, "%d", va_arg(ap, int));
            r = kr_sb_adds(&sb, num);
            break;
        case 'l':
            if (p[1] == 'd') {
                p++;
            }
            snprintf(num, sizeof num, "%lld", (long long)va_arg(ap, long));
            r = kr_sb_adds(&sb, num);
            break;
        case 'z':
            if (p[1] == 'd') {
                p++;
            }
            snprintf(num, sizeof num, "%lld", (long long)va_arg(ap, ptrdiff_t));
            r = kr_sb_adds(&sb, num);
            break;
        case 'c':
            r = kr_sb_addc(&sb, (char)va_arg(ap, int));
            break;
        case 'R':
        case 'S':
        case 'T':
        case 'U':
            r = fmt_value(&sb, *p, va_arg(ap, Value));
            break;
        case '%':
            r = kr_sb_addc(&sb, '%');
            break;
        case '\0':
            p--;
            break;
        default:
            r = kr_sb_addc(&sb, *p);
            break;
        }
        if (r < 0) {
            goto fail;
        }
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

Value kr_raisev(KrVm *vm, ExcId id, const char *fmt, va_list ap) {
    Value saved = vm->exc;
    vm->exc = VAL_UNDEF;
    Value msg = kr_format_message(vm, fmt, ap);
    if (IS_EXC(msg)) {
        if (IS_UNDEF(vm->exc)) {
            vm->exc = saved;
        }
        return VAL_EXC; // the formatting error (e.g. MemoryError) is pending
    }
    Value args = kr_tuple_pack(vm, 1, msg);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, id), args);
    if (!e) {
        return VAL_EXC;
    }
    return kr_raise_value(vm, kr_obj(e));
}

Value kr_raise(KrVm *vm, ExcId id, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = kr_raisev(vm, id, fmt, ap);
    va_end(ap);
    return r;
}

Value kr_raise_with_arg(KrVm *vm, ExcId id, Value arg) {
    Value args = kr_tuple_pack(vm, 1, arg);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, id), args);
    if (!e) {
        return VAL_EXC;
    }
    return kr_raise_value(vm, kr_obj(e));
}

Value kr_raise_stop_iteration(KrVm *vm, Value value) {
    Value args = vm->empty_tuple;
    if (!IS_NONE(value) && !IS_UNDEF(value)) {
        args = kr_tuple_pack(vm, 1, value);
        if (IS_EXC(args)) {
            return VAL_EXC;
        }
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, EXC_StopIteration), args);
    if (!e) {
        return VAL_EXC;
    }
    e->value = IS_UNDEF(value) ? VAL_NONE : value;
    return kr_raise_value(vm, kr_obj(e));
}

bool kr_class_is_subclass(TypeObj *c, TypeObj *base) {
    for (; c; c = c->base) {
        if (c == base) {
            return true;
        }
    }
    return false;
}

bool kr_exc_matches(KrVm *vm, Value exc, ExcId id) {
    return IS_EXCOBJ(exc) && kr_class_is_subclass(AS_EXC(exc)->cls, vm->exc_classes[id]);
}

Value kr_exc_take(KrVm *vm) {
    Value e = vm->exc;
    vm->exc = VAL_UNDEF;
    return e;
}

bool kr_exc_pending_is(KrVm *vm, ExcId id) { return kr_exc_matches(vm, vm->exc, id); }

// ----- Instance attributes and hints -----

Value kr_exc_getattr(KrVm *vm, Value exc, Value name) {
    ExcObj *e = AS_EXC(exc);
    if (IS_EXC(name)) {
        return VAL_EXC; // interning the name failed (out of memory)
    }
    if (!IS_DICT(e->attrs)) {
        return VAL_UNDEF;
    }
    return kr_dict_get_str(vm, AS_DICT(e->attrs), AS_STR(name));
}

static int exc_set_attr(KrVm *vm, ExcObj *e, Value name, Value v) {
    if (!IS_DICT(e->attrs)) {
        Dict *d = kr_dict_new(vm);
        if (!d) {
            return -1;
        }
        e->attrs = kr_obj(d);
    }
    if (IS_UNDEF(v)) {
        int r = kr_dict_del(vm, AS_DICT(e->attrs), name);
        if (r == 1) {
            kr_raise(vm, EXC_AttributeError, "'%U' object has no attribute '%U'", e->cls->name, name);
            return -1;
        }
        return r;
    }
    return kr_dict_set(vm, AS_DICT(e->attrs), name, v);
}

void kr_exc_set_hint(KrVm *vm, Value exc, Value a, Value b) {
    if (!IS_EXCOBJ(exc) || exc.u.o == vm->memerr.u.o) {
        return;
    }
    Value saved = vm->exc;
    Value t = kr_tuple_pack(vm, 2, a, b);
    vm->exc = saved;
    if (!IS_EXC(t)) {
        AS_EXC(exc)->hint = t;
    }
}

// ----- "Did you mean" (CPython's Python/suggestions.c algorithm) -----

enum { SUGGEST_MAX_ITEMS = 750, SUGGEST_MAX_LEN = 40, MOVE_COST = 2, CASE_COST = 1 };

static int subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if (a >= 'A' && a <= 'Z') {
        a = (char)(a + ('a' - 'A'));
    }
    if (b >= 'A' && b <= 'Z') {
        b = (char)(b + ('a' - 'A'));
    }
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t edit_distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t buf[SUGGEST_MAX_LEN];
    if (an > SUGGEST_MAX_LEN || bn > SUGGEST_MAX_LEN) {
        return max_cost + 1;
    }
    while (an && bn && a[0] == b[0]) {
        a++, b++, an--, bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--, bn--;
    }
    if (an == 0 || bn == 0) {
        return (an + bn) * MOVE_COST;
    }
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    for (size_t i = 0; i < an; i++) {
        buf[i] = (i + 1) * MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + (size_t)subst_cost(code, a[i]);
            distance = buf[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buf[i] = result;
            if (result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

// Best candidate among [names] (n Str values) for [name], or NULL.
static Str *suggest(Str *name, const Value *names, int64_t n) {
    if (n >= SUGGEST_MAX_ITEMS || name->len > SUGGEST_MAX_LEN) {
        return NULL;
    }
    Str *best = NULL;
    size_t best_dist = (size_t)-1;
    for (int64_t i = 0; i < n; i++) {
        if (!IS_STR(names[i])) {
            continue;
        }
        Str *c = AS_STR(names[i]);
        if (kr_str_eq(c, name)) {
            continue;
        }
        size_t maxd = ((size_t)name->len + (size_t)c->len + 3) * MOVE_COST / 6;
        if (best_dist - 1 < maxd) {
            maxd = best_dist - 1;
        }
        size_t d = edit_distance(name->data, (size_t)name->len, c->data, (size_t)c->len, maxd);
        if (d > maxd) {
            continue;
        }
        if (!best || d < best_dist) {
            best = c;
            best_dist = d;
        }
    }
    return best;
}

static int cmp_str_values(const void *a, const void *b) {
    const Str *x = AS_STR(*(const Value *)a), *y = AS_STR(*(const Value *)b);
    size_t n = (size_t)(x->len < y->len ? x->len : y->len);
    int c = memcmp(x->data, y->data, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static Str *suggest_in_dict(KrVm *vm, Dict *d, Str *name) {
    if (!d || d->used >= SUGGEST_MAX_ITEMS) {
        return NULL;
    }
    Value keys[SUGGEST_MAX_ITEMS];
    int64_t n = 0, pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v) && n < SUGGEST_MAX_ITEMS) {
        keys[n++] = k;
    }
    return suggest(name, keys, n);
}

static const GetSetDef *type_getsets(const Type *t) { return t->getset; }

// dir(obj)-like candidate list for AttributeError suggestions (sorted, as dir() is).
static Str *suggest_attr(KrVm *vm, Value obj, Str *name) {
    Value names[SUGGEST_MAX_ITEMS];
    int64_t n = 0;
    const Type *t = kr_type_of(obj);
    Dict *dicts[8];
    int nd = 0;
    if (t == &kr_type_module) {
        dicts[nd++] = ((Module *)AS_OBJ(obj))->dict;
    }
    TypeObj *cls = t == &kr_type_type ? AS_TYPEOBJ(obj) : kr_class_of(vm, obj);
    for (TypeObj *c = cls; c && nd < 8; c = c->base) {
        Dict *cd = kr_class_dict(vm, c);
        if (!cd) {
            kr_exc_take(vm);
            return NULL;
        }
        dicts[nd++] = cd;
    }
    for (int i = 0; i < nd; i++) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(dicts[i], &pos, &k, &v)) {
            if (n >= SUGGEST_MAX_ITEMS) {
                return NULL;
            }
            names[n++] = k;
        }
    }
    for (const GetSetDef *g = type_getsets(t); g && g->name; g++) {
        if (n >= SUGGEST_MAX_ITEMS) {
            return NULL;
        }
        Value s = kr_str_intern(vm, g->name, strlen(g->name));
        if (IS_EXC(s)) {
            kr_exc_take(vm);
            return NULL;
        }
        names[n++] = s;
    }
    qsort(names, (size_t)n, sizeof(Value), cmp_str_values);
    return suggest(name, names, n);
}

static Str *exc_suggestion(KrVm *vm, ExcObj *e) {
    if (!IS_TUPLE(e->hint) || AS_TUPLE(e->hint)->len != 2) {
        return NULL;
    }
    Value a = AS_TUPLE(e->hint)->items[0], b = AS_TUPLE(e->hint)->items[1];
    if (e->cls->exc_id == EXC_NameError || kr_class_is_subclass(e->cls, vm->exc_classes[EXC_NameError])) {
        Tuple *args = AS_TUPLE(e->args);
        Value name = kr_exc_getattr(vm, kr_obj(e), kr_str_intern(vm, "name", 4));
        (void)args;
        if (!IS_STR(name)) {
            if (IS_EXC(name)) {
                kr_exc_take(vm); // the suggestion is best effort, as in CPython
            }
            return NULL;
        }
        Str *s = NULL;
        if (IS_TUPLE(a)) {
            s = suggest(AS_STR(name), AS_TUPLE(a)->items, AS_TUPLE(a)->len);
        }
        if (!s && IS_DICT(b)) {
            s = suggest_in_dict(vm, AS_DICT(b), AS_STR(name));
        }
        if (!s) {
            if (kr_builtins_fill(vm) < 0) {
                kr_exc_take(vm); // the suggestion is best effort
            }
            s = suggest_in_dict(vm, vm->builtins, AS_STR(name));
        }
        return s;
    }
    if (kr_class_is_subclass(e->cls, vm->exc_classes[EXC_AttributeError]) && IS_STR(b)) {
        return suggest_attr(vm, a, AS_STR(b));
    }
    return NULL;
}

// ----- Tracebacks -----

int kr_tb_add(KrVm *vm, Value exc, Code *code, int32_t insn) {
    if (!IS_EXCOBJ(exc)) {
        return 0;
    }
    ExcObj *e = AS_EXC(exc);
    Value saved = vm->exc;
    TbEntry *t = kr_gc_alloc(vm, &kr_type_traceback, sizeof(TbEntry));
    vm->exc = saved; // a failed traceback allocation must not replace the exception
    if (!t) {
        return -1;
    }
    t->code = code;
    t->insn = insn;
    t->next = e->tb;
    e->tb = t;
    return 0;
}

int32_t kr_code_line(Code *code, int32_t insn) {
    if (insn < 0) {
        insn = 0;
    }
    if (!code->lines || insn >= code->ninsns) {
        return code->firstlineno;
    }
    return code->lines[insn].line;
}

// Appends source line [line] (1-based) of [src], stripped of leading/trailing whitespace,
// indented by [indent] spaces. Nothing when unavailable.
static int add_source_line(StrBuf *sb, Value src, int32_t line, int indent) {
    if (!IS_STR(src) || line <= 0) {
        return 0;
    }
    Str *s = AS_STR(src);
    const char *p = s->data, *end = s->data + s->len;
    for (int32_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            return 0;
        }
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) {
        e = end;
    }
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) {
        p++;
    }
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f')) {
        e--;
    }
    if (p == e) {
        return 0;
    }
    if (kr_sb_fill(sb, ' ', (size_t)indent) < 0 || kr_sb_add(sb, p, (size_t)(e - p)) < 0 ||
        kr_sb_addc(sb, '\n') < 0) {
        return -1;
    }
    return 0;
}

static int format_tb(KrVm *vm, StrBuf *sb, ExcObj *e) {
    if (!e->tb) {
        return 0;
    }
    if (kr_sb_adds(sb, "Traceback (most recent call last):\n") < 0) {
        return -1;
    }
    // CPython collapses runs of more than 3 identical lines ("[Previous line repeated N more
    // times]").
    Code *last_code = NULL;
    int32_t last_line = -1;
    int repeat = 0;
    char buf[64];
    for (TbEntry *t = e->tb; t; t = t->next) {
        int32_t line = kr_code_line(t->code, t->insn);
        if (t->code == last_code && line == last_line) {
            repeat++;
            if (repeat >= 3) {
                continue;
            }
        } else {
            if (repeat > 3) {
                snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n",
                         repeat - 3, repeat - 3 > 1 ? "s" : "");
                if (kr_sb_adds(sb, buf) < 0) {
                    return -1;
                }
            }
            repeat = 0;
            last_code = t->code;
            last_line = line;
        }
        if (kr_sb_adds(sb, "  File \"") < 0 || kr_sb_add_str(sb, t->code->filename) < 0) {
            return -1;
        }
        snprintf(buf, sizeof buf, "\", line %d, in ", (int)line);
        if (kr_sb_adds(sb, buf) < 0 || kr_sb_add_str(sb, t->code->name) < 0 ||
            kr_sb_addc(sb, '\n') < 0) {
            return -1;
        }
        if (add_source_line(sb, t->code->source, line, 4) < 0) {
            return -1;
        }
    }
    if (repeat > 3) {
        snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", repeat - 3,
                 repeat - 3 > 1 ? "s" : "");
        if (kr_sb_adds(sb, buf) < 0) {
            return -1;
        }
    }
    return 0;
}

// "ValueError: msg" (or "ValueError" when str(exc) is empty), with SyntaxError's location.
static int format_exc_line(KrVm *vm, StrBuf *sb, ExcObj *e) {
    if (IS_TUPLE(e->extra) && AS_TUPLE(e->extra)->len >= 4) {
        // SyntaxError: File "x", line N / source line / caret.
        Tuple *x = AS_TUPLE(e->extra);
        char buf[64];
        if (IS_STR(x->items[0])) {
            if (kr_sb_adds(sb, "  File \"") < 0 || kr_sb_add_str(sb, x->items[0]) < 0) {
                return -1;
            }
            snprintf(buf, sizeof buf, "\", line %lld\n",
                     (long long)(IS_INT(x->items[1]) ? AS_INT(x->items[1]) : 0));
            if (kr_sb_adds(sb, buf) < 0) {
                return -1;
            }
        }
        if (IS_STR(x->items[3])) {
            Str *t = AS_STR(x->items[3]);
            const char *p = t->data, *end = t->data + t->len;
            int64_t lead = 0;
            while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) {
                p++;
                lead++;
            }
            while (end > p && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ')) {
                end--;
            }
            if (p < end) {
                if (kr_sb_adds(sb, "    ") < 0 || kr_sb_add(sb, p, (size_t)(end - p)) < 0 ||
                    kr_sb_addc(sb, '\n') < 0) {
                    return -1;
                }
                int64_t off = IS_INT(x->items[2]) ? AS_INT(x->items[2]) : 0;
                int64_t endoff = off;
                if (x->len >= 6 && IS_INT(x->items[5]) && IS_INT(x->items[4]) &&
                    IS_INT(x->items[1]) && AS_INT(x->items[4]) == AS_INT(x->items[1])) {
                    endoff = AS_INT(x->items[5]);
                }
                int64_t col = off - 1 - lead;
                int64_t width = endoff > off ? endoff - off : 1;
                if (col < 0) {
                    col = 0;
                }
                if (col > (int64_t)(end - p)) {
                    col = (int64_t)(end - p);
                }
                if (width > (int64_t)(end - p) - col + 1) {
                    width = (int64_t)(end - p) - col;
                    if (width < 1) {
                        width = 1;
                    }
                }
                if (kr_sb_adds(sb, "    ") < 0 || kr_sb_fill(sb, ' ', (size_t)col) < 0 ||
                    kr_sb_fill(sb, '^', (size_t)width) < 0 || kr_sb_addc(sb, '\n') < 0) {
                    return -1;
                }
            }
        }
        if (kr_sb_add_str(sb, e->cls->name) < 0) {
            return -1;
        }
        Tuple *a = AS_TUPLE(e->args);
        if (a->len >= 1 && IS_STR(a->items[0])) {
            if (kr_sb_adds(sb, ": ") < 0 || kr_sb_add_str(sb, a->items[0]) < 0) {
                return -1;
            }
        }
        return kr_sb_addc(sb, '\n');
    }
    // A module's class prints qualified, as CPython does: "json.decoder.JSONDecodeError: ...".
    const char *mod = kr_class_module(e->cls);
    if ((mod && (kr_sb_adds(sb, mod) < 0 || kr_sb_addc(sb, '.') < 0)) ||
        kr_sb_add_str(sb, e->cls->name) < 0) {
        return -1;
    }
    Value s = kr_str(vm, kr_obj(e));
    if (IS_EXC(s)) {
        kr_exc_take(vm);
        return kr_sb_adds(sb, ": <exception str() failed>\n");
    }
    if (AS_STR(s)->len > 0) {
        if (kr_sb_adds(sb, ": ") < 0 || kr_sb_add_str(sb, s) < 0) {
            return -1;
        }
    }
    Str *sug = exc_suggestion(vm, e);
    if (sug) {
        if (kr_sb_adds(sb, ". Did you mean: '") < 0 || kr_sb_add(sb, sug->data, (size_t)sug->len) < 0 ||
            kr_sb_adds(sb, "'?") < 0) {
            return -1;
        }
    }
    if (kr_sb_addc(sb, '\n') < 0) {
        return -1;
    }
    Value notes = kr_exc_getattr(vm, kr_obj(e), kr_str_intern(vm, "__notes__", 9));
    if (IS_EXC(notes)) {
        return -1;
    }
    if (IS_LIST(notes)) {
        List *l = AS_LIST(notes);
        for (int64_t i = 0; i < l->len; i++) {
            Value ns = IS_STR(l->items[i]) ? l->items[i] : kr_repr(vm, l->items[i]);
            if (IS_EXC(ns)) {
                kr_exc_take(vm);
                continue;
            }
            if (kr_sb_add_str(sb, ns) < 0 || kr_sb_addc(sb, '\n') < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int format_chain(KrVm *vm, StrBuf *sb, ExcObj *e, int depth) {
    if (depth < 100) {
        if (IS_EXCOBJ(e->cause)) {
            if (format_chain(vm, sb, AS_EXC(e->cause), depth + 1) < 0 ||
                kr_sb_adds(sb, "\nThe above exception was the direct cause of the following "
                               "exception:\n\n") < 0) {
                return -1;
            }
        } else if (IS_EXCOBJ(e->context) && !e->suppress_context) {
            if (format_chain(vm, sb, AS_EXC(e->context), depth + 1) < 0 ||
                kr_sb_adds(sb, "\nDuring handling of the above exception, another exception "
                               "occurred:\n\n") < 0) {
                return -1;
            }
        }
    }
    if (format_tb(vm, sb, e) < 0) {
        return -1;
    }
    return format_exc_line(vm, sb, e);
}

Value kr_exc_format(KrVm *vm, Value exc) {
    if (!IS_EXCOBJ(exc)) {
        return kr_str_from_cstr(vm, "SystemError: no exception\n");
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (format_chain(vm, &sb, AS_EXC(exc), 0) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

// ----- The exception type -----

static void exc_trace(KrVm *vm, Obj *o) {
    ExcObj *e = (ExcObj *)o;
    kr_gc_mark(vm, &e->cls->hdr);
    kr_gc_mark_value(vm, e->args);
    kr_gc_mark_value(vm, e->cause);
    kr_gc_mark_value(vm, e->context);
    kr_gc_mark(vm, (Obj *)e->tb);
    kr_gc_mark_value(vm, e->value);
    kr_gc_mark_value(vm, e->extra);
    kr_gc_mark_value(vm, e->attrs);
    kr_gc_mark_value(vm, e->hint);
}

static Value exc_str(KrVm *vm, Value self) {
    ExcObj *e = AS_EXC(self);
    Tuple *a = AS_TUPLE(e->args);
    if (e->cls->exc_id == EXC_KeyError && a->len == 1) {
        return kr_repr(vm, a->items[0]);
    }
    if (e->cls->exc_id == EXC_UnicodeDecodeError || e->cls->exc_id == EXC_UnicodeEncodeError) {
        Value u = kr_unicode_error_str(vm, self); // obj_str.c: from encoding/object/start/...
        if (!IS_UNDEF(u)) {
            return u;
        }
    }
    if (IS_TUPLE(e->extra) && a->len >= 1 && IS_STR(a->items[0])) {
        // SyntaxError: "msg (file, line N)"
        Tuple *x = AS_TUPLE(e->extra);
        if (x->len >= 2 && IS_STR(x->items[0]) && IS_INT(x->items[1])) {
            StrBuf sb;
            kr_sb_init(&sb, vm);
            char buf[48];
            snprintf(buf, sizeof buf, ", line %lld)", (long long)AS_INT(x->items[1]));
            if (kr_sb_add_str(&sb, a->items[0]) < 0 || kr_sb_adds(&sb, " (") < 0 ||
                kr_sb_add_str(&sb, x->items[0]) < 0 || kr_sb_adds(&sb, buf) < 0) {
                kr_sb_free(&sb);
                return VAL_EXC;
            }
            return kr_sb_to_str(&sb);
        }
    }
    if (a->len == 0) {
        return vm->empty_str;
    }
    if (a->len == 1) {
        return kr_str(vm, a->items[0]);
    }
    return kr_str(vm, e->args);
}

static Value exc_repr(KrVm *vm, Value self) {
    ExcObj *e = AS_EXC(self);
    Tuple *a = AS_TUPLE(e->args);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_add_str(&sb, e->cls->name) < 0) {
        goto fail;
    }
    if (a->len == 1) {
        Value r = kr_repr(vm, a->items[0]);
        if (IS_EXC(r) || kr_sb_addc(&sb, '(') < 0 || kr_sb_add_str(&sb, r) < 0 ||
            kr_sb_addc(&sb, ')') < 0) {
            goto fail;
        }
    } else {
        Value r = kr_repr(vm, e->args);
        if (IS_EXC(r)) {
            goto fail;
        }
        if (a->len == 0) {
            if (kr_sb_adds(&sb, "()") < 0) {
                goto fail;
            }
        } else if (kr_sb_add_str(&sb, r) < 0) {
            goto fail;
        }
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value exc_get_args(KrVm *vm, Value self) { return AS_EXC(self)->args; }
static Value exc_get_cause(KrVm *vm, Value self) { return AS_EXC(self)->cause; }
static Value exc_get_context(KrVm *vm, Value self) { return AS_EXC(self)->context; }
static Value exc_get_suppress(KrVm *vm, Value self) {
    return kr_bool(AS_EXC(self)->suppress_context);
}
static Value exc_get_tb(KrVm *vm, Value self) { return VAL_NONE; }
static Value exc_get_value(KrVm *vm, Value self) {
    ExcObj *e = AS_EXC(self);
    if (e->cls->exc_id != EXC_StopIteration) {
        return kr_raise(vm, EXC_AttributeError, "'%U' object has no attribute 'value'",
                        e->cls->name);
    }
    return e->value;
}
static Value exc_get_code(KrVm *vm, Value self) {
    ExcObj *e = AS_EXC(self);
    if (!kr_class_is_subclass(e->cls, vm->exc_classes[EXC_SystemExit])) {
        return kr_raise(vm, EXC_AttributeError, "'%U' object has no attribute 'code'", e->cls->name);
    }
    Value v = kr_exc_getattr(vm, self, kr_str_intern(vm, "code", 4));
    if (!IS_UNDEF(v)) {
        return v;
    }
    Tuple *a = AS_TUPLE(e->args);
    return a->len == 0 ? VAL_NONE : a->len == 1 ? a->items[0] : e->args;
}
static Value exc_get_name(KrVm *vm, Value self) {
    ExcObj *e = AS_EXC(self);
    if (!kr_class_is_subclass(e->cls, vm->exc_classes[EXC_ImportError]) &&
        !kr_class_is_subclass(e->cls, vm->exc_classes[EXC_NameError]) &&
        !kr_class_is_subclass(e->cls, vm->exc_classes[EXC_AttributeError])) {
        return kr_raise(vm, EXC_AttributeError, "'%U' object has no attribute 'name'", e->cls->name);
    }
    Value v = kr_exc_getattr(vm, self, kr_str_intern(vm, "name", 4));
    if (IS_UNDEF(v) && IS_TUPLE(e->hint) &&
        kr_class_is_subclass(e->cls, vm->exc_classes[EXC_AttributeError])) {
        v = AS_TUPLE(e->hint)->items[1];
    }
    return IS_UNDEF(v) ? VAL_NONE : v;
}
static Value exc_get_obj(KrVm *vm, Value self) {
    ExcObj *e = AS_EXC(self);
    if (!kr_class_is_subclass(e->cls, vm->exc_classes[EXC_AttributeError])) {
        return kr_raise(vm, EXC_AttributeError, "'%U' object has no attribute 'obj'", e->cls->name);
    }
    return IS_TUPLE(e->hint) ? AS_TUPLE(e->hint)->items[0] : VAL_NONE;
}

static Value exc_extra(KrVm *vm, Value self, int i, const char *name) {
    ExcObj *e = AS_EXC(self);
    if (!kr_class_is_subclass(e->cls, vm->exc_classes[EXC_SyntaxError])) {
        return kr_raise(vm, EXC_AttributeError, "'%U' object has no attribute '%s'", e->cls->name,
                        name);
    }
    if (i == -1) {
        Tuple *a = AS_TUPLE(e->args);
        return a->len >= 1 ? a->items[0] : VAL_NONE;
    }
    if (IS_TUPLE(e->extra) && AS_TUPLE(e->extra)->len > i) {
        return AS_TUPLE(e->extra)->items[i];
    }
    return VAL_NONE;
}
static Value exc_get_msg(KrVm *vm, Value self) { return exc_extra(vm, self, -1, "msg"); }
static Value exc_get_filename(KrVm *vm, Value self) { return exc_extra(vm, self, 0, "filename"); }
static Value exc_get_lineno(KrVm *vm, Value self) { return exc_extra(vm, self, 1, "lineno"); }
static Value exc_get_offset(KrVm *vm, Value self) { return exc_extra(vm, self, 2, "offset"); }
static Value exc_get_text(KrVm *vm, Value self) { return exc_extra(vm, self, 3, "text"); }

static const GetSetDef exc_getset[] = {
    {"args", exc_get_args},
    {"__cause__", exc_get_cause},
    {"__context__", exc_get_context},
    {"__suppress_context__", exc_get_suppress},
    {"__traceback__", exc_get_tb},
    {"value", exc_get_value},
    {"code", exc_get_code},
    {"name", exc_get_name},
    {"obj", exc_get_obj},
    {"msg", exc_get_msg},
    {"filename", exc_get_filename},
    {"lineno", exc_get_lineno},
    {"offset", exc_get_offset},
    {"text", exc_get_text},
    {NULL, NULL},
};

static Value exc_with_traceback(KrVm *vm, int argc, const Value *argv, Value kw) {
    return argv[0];
}

static Value exc_add_note(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!IS_STR(argv[1])) {
        return kr_raise(vm, EXC_TypeError, "note must be a str, not '%s'", kr_typename(argv[1]));
    }
    Value key = kr_str_intern(vm, "__notes__", 9);
    if (IS_EXC(key)) {
        return key;
    }
    Value notes = kr_exc_getattr(vm, argv[0], key);
    if (IS_UNDEF(notes)) {
        List *l = kr_list_new(vm, 1);
        if (!l || exc_set_attr(vm, AS_EXC(argv[0]), key, kr_obj(l)) < 0) {
            return VAL_EXC;
        }
        notes = kr_obj(l);
    }
    if (!IS_LIST(notes)) {
        return kr_raise(vm, EXC_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (kr_list_append(vm, AS_LIST(notes), argv[1]) < 0) {
        return VAL_EXC;
    }
    return VAL_NONE;
}

static const NativeDef exception_methods[] = {
    NATIVE("with_traceback", exc_with_traceback, 1, 1, 0),
    NATIVE("add_note", exc_add_note, 1, 1, 0),
    NATIVE_END,
};

// Assignment to the chaining attributes (e.__cause__ = x). Returns 1 if handled.
int kr_exc_setattr(KrVm *vm, Value self, Value name, Value v);
int kr_exc_setattr(KrVm *vm, Value self, Value name, Value v) {
    ExcObj *e = AS_EXC(self);
    const char *n = AS_STR(name)->data;
    if (strcmp(n, "__cause__") == 0) {
        if (!IS_NONE(v) && !IS_EXCOBJ(v)) {
            kr_raise(vm, EXC_TypeError, "exception cause must be None or derive from BaseException");
            return -1;
        }
        e->cause = v;
        e->suppress_context = true;
        return 1;
    }
    if (strcmp(n, "__context__") == 0) {
        if (!IS_NONE(v) && !IS_EXCOBJ(v)) {
            kr_raise(vm, EXC_TypeError, "exception context must be None or derive from BaseException");
            return -1;
        }
        e->context = v;
        return 1;
    }
    if (strcmp(n, "__suppress_context__") == 0) {
        int t = kr_truthy(vm, v);
        if (t < 0) {
            return -1;
        }
        e->suppress_context = t;
        return 1;
    }
    if (strcmp(n, "args") == 0) {
        Value t = kr_tuple_from_iterable(vm, v);
        if (IS_EXC(t)) {
            return -1;
        }
        e->args = t;
        return 1;
    }
    return exc_set_attr(vm, e, name, v) < 0 ? -1 : 1;
}

const Type kr_type_exception = {
    .name = "BaseException",
    .id = TY_EXCEPTION,
    .basic_size = sizeof(ExcObj),
    .trace = exc_trace,
    .repr = exc_repr,
    .str = exc_str,
    .methods = exception_methods,
    .getset = exc_getset,
};

static void tb_trace(KrVm *vm, Obj *o) {
    TbEntry *t = (TbEntry *)o;
    kr_gc_mark(vm, (Obj *)t->next);
    kr_gc_mark(vm, &t->code->hdr);
}

const Type kr_type_traceback = {
    .name = "traceback",
    .id = TY_TB,
    .basic_size = sizeof(TbEntry),
    .trace = tb_trace,
};
