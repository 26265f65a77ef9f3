// SPDX-License-Identifier: MIT
// stdlib/re.c: the `re` module (CPython 3.11's re + _sre API over the engine in re_compile.c
// and re_match.c): compile/search/match/fullmatch/findall/finditer/sub/subn/split/escape/purge,
// Pattern and Match objects, re.error, the flags, and a bounded per-VM cache of compiled
// patterns (re._cache, as in CPython). Pattern, Match and finditer iterators have snapshot
// hooks (see "Snapshots" near the end).
//
// TODO(re): the flags are plain ints (no RegexFlag enum); groupindex is a dict copy (not
// a mappingproxy); re.Scanner, Pattern.scanner, re.template and re.LOCALE are not supported.
#include <inttypes.h>
#include <stdio.h>

#include "re_engine.h"
#include "unicode.h"

#define RE_MAXCACHE 512

static Value cstr(KrVm *vm, const char *s) { return kr_str_intern(vm, s, strlen(s)); }

static Dict *module_dict(KrVm *vm) {
    Value m = kr_dict_get_str(vm, vm->modules, AS_STR(cstr(vm, "re")));
    if (IS_OBJ(m) && AS_OBJ(m)->type == &kr_type_module) {
        return ((Module *)AS_OBJ(m))->dict;
    }
    return NULL;
}

// ----- re.error -----

Value kr_re_error(KrVm *vm, Value msg, Value pattern, int64_t pos) {
    if (IS_EXC(msg)) {
        return VAL_EXC;
    }
    Value full = msg;
    Value lineno = VAL_NONE, colno = VAL_NONE;
    if (!IS_NONE(pattern) && pos >= 0) {
        char buf[96];
        snprintf(buf, sizeof buf, " at position %" PRId64, pos);
        Value tail = cstr(vm, buf);
        full = IS_EXC(tail) ? tail : kr_str_concat(vm, msg, tail);
        if (IS_EXC(full)) {
            return VAL_EXC;
        }
        // lineno = pattern.count(newline, 0, pos) + 1; colno = pos - pattern.rfind(newline, 0, pos)
        int64_t line = 1, lastnl = -1, idx = 0;
        bool any_nl = false;
        if (IS_STR(pattern)) {
            Str *s = AS_STR(pattern);
            size_t off = 0;
            for (idx = 0; idx < s->nchars; idx++) {
                size_t adv;
                uint32_t c = kr_utf8_decode(s->data + off, &adv);
                off += adv;
                if (c == '\n') {
                    any_nl = true;
                    if (idx < pos) {
                        line++;
                        lastnl = idx;
                    }
                }
            }
        } else {
            Bytes *b = AS_BYTES(pattern);
            for (idx = 0; idx < b->len; idx++) {
                if (b->data[idx] == '\n') {
                    any_nl = true;
                    if (idx < pos) {
                        line++;
                        lastnl = idx;
                    }
                }
            }
        }
        lineno = kr_int(line);
        colno = kr_int(pos - lastnl);
        if (any_nl) {
            snprintf(buf, sizeof buf, " (line %" PRId64 ", column %" PRId64 ")", line, pos - lastnl);
            full = kr_str_concat(vm, full, cstr(vm, buf));
            if (IS_EXC(full)) {
                return VAL_EXC;
            }
        }
    }
    kr_module_raise(vm, TY_RE_ERROR, "%U", full);
    Value ev = vm->exc;
    if (kr_exc_attr(vm, ev, "msg", msg) < 0 || kr_exc_attr(vm, ev, "pattern", pattern) < 0 ||
        kr_exc_attr(vm, ev, "pos", pos >= 0 ? kr_int(pos) : VAL_NONE) < 0 ||
        kr_exc_attr(vm, ev, "lineno", lineno) < 0 || kr_exc_attr(vm, ev, "colno", colno) < 0) {
        return VAL_EXC;
    }
    return VAL_EXC;
}

// ----- Pattern -----

typedef struct PatternObj {
    Obj hdr;
    Value pattern;    // str or bytes
    Value groupindex; // Dict name -> group
    Value indexgroup; // Tuple: name or None by group (index 0 unused)
    int64_t flags;
    ReProg *prog;
} PatternObj;

#define pattern_type kr_type_re_pattern
#define match_type kr_type_re_match
#define scanner_type kr_type_re_scanner

static void pattern_trace(KrVm *vm, Obj *o) {
    PatternObj *p = (PatternObj *)o;
    kr_gc_mark_value(vm, p->pattern);
    kr_gc_mark_value(vm, p->groupindex);
    kr_gc_mark_value(vm, p->indexgroup);
}

static void pattern_free(KrVm *vm, Obj *o) {
    kr_re_prog_free(vm, ((PatternObj *)o)->prog);
    kr_mem_free(vm, o, sizeof(PatternObj));
}

#define IS_PATTERN(v) kr_isa(v, &pattern_type)
#define AS_PATTERN(v) ((PatternObj *)AS_OBJ(v))

static Value new_pattern(KrVm *vm, Value pattern, int64_t flags) {
    Value gi, ig;
    ReProg *prog = kr_re_compile(vm, pattern, flags, &gi, &ig);
    if (!prog) {
        return VAL_EXC;
    }
    PatternObj *p = kr_gc_alloc(vm, &pattern_type, sizeof(PatternObj));
    if (!p) {
        kr_re_prog_free(vm, prog);
        return VAL_EXC;
    }
    p->pattern = pattern;
    p->groupindex = gi;
    p->indexgroup = ig;
    p->flags = prog->flags;
    p->prog = prog;
    return kr_obj(p);
}

static int get_flags(KrVm *vm, Value f, int64_t *out) {
    if (IS_UNDEF(f)) {
        *out = 0;
        return 0;
    }
    if (!kr_is_intlike(f)) {
        kr_raise(vm, EXC_TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'",
                 kr_typename(f));
        return -1;
    }
    if (kr_int_to_int64(vm, f, out) < 0) {
        return -1;
    }
    return 0;
}

// re._compile(pattern, flags) with the cache.
static Value re_compile_cached(KrVm *vm, Value pattern, Value flagsv) {
    int64_t flags;
    if (get_flags(vm, flagsv, &flags) < 0) {
        return VAL_EXC;
    }
    if (IS_PATTERN(pattern)) {
        if (flags) {
            return kr_raise(vm, EXC_ValueError, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    if (!IS_STR(pattern) && !IS_BYTES(pattern)) {
        return kr_raise(vm, EXC_TypeError, "first argument must be string or compiled pattern");
    }
    Dict *md = module_dict(vm);
    Value cache = md ? kr_dict_get_str(vm, md, AS_STR(cstr(vm, "_cache"))) : VAL_UNDEF;
    Value key = VAL_UNDEF;
    if (IS_DICT(cache)) {
        key = kr_tuple_pack(vm, 3, kr_obj(kr_class_of(vm, pattern)), pattern, kr_int(flags));
        if (IS_EXC(key)) {
            return VAL_EXC;
        }
        Value hit = kr_dict_get(vm, AS_DICT(cache), key);
        if (IS_EXC(hit)) {
            return VAL_EXC;
        }
        if (!IS_UNDEF(hit)) {
            return hit;
        }
    }
    Value p = new_pattern(vm, pattern, flags);
    if (IS_EXC(p)) {
        return VAL_EXC;
    }
    if (IS_DICT(cache) && !(flags & RE_DEBUG)) {
        Dict *c = AS_DICT(cache);
        if (c->used >= RE_MAXCACHE) {
            int64_t pos = 0;
            Value k, v;
            if (kr_dict_next(c, &pos, &k, &v) && kr_dict_del(vm, c, k) < 0) {
                return VAL_EXC;
            }
        }
        if (kr_dict_set(vm, c, key, p) < 0) {
            return VAL_EXC;
        }
    }
    return p;
}

// Check the subject type against the pattern ("cannot use a string pattern on ...").
static int check_subject(KrVm *vm, PatternObj *p, Value s) {
    if (!IS_STR(s) && !IS_BYTES(s)) {
        kr_raise(vm, EXC_TypeError, "expected string or bytes-like object, got '%s'",
                 kr_typename(s));
        return -1;
    }
    if (IS_STR(p->pattern) && !IS_STR(s)) {
        kr_raise(vm, EXC_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    if (IS_BYTES(p->pattern) && !IS_BYTES(s)) {
        kr_raise(vm, EXC_TypeError, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    return 0;
}

static int64_t subject_len(Value s) { return IS_STR(s) ? AS_STR(s)->nchars : AS_BYTES(s)->len; }

// pos/endpos arguments: VAL_UNDEF for the defaults; clamped as _sre's state_init does.
static int get_span(KrVm *vm, Value s, Value posv, Value endv, int64_t *pos, int64_t *endpos) {
    int64_t n = subject_len(s);
    int64_t a = 0, b = n;
    if (!IS_UNDEF(posv) && kr_index(vm, posv, &a) < 0) {
        return -1;
    }
    if (!IS_UNDEF(endv) && kr_index(vm, endv, &b) < 0) {
        return -1;
    }
    *pos = a < 0 ? 0 : a > n ? n : a;
    *endpos = b < 0 ? 0 : b > n ? n : b;
    return 0;
}

// Substring [a, b) of the subject value [s] (code point indices).
static Value subject_slice(KrVm *vm, Value s, ReSubject *S, int64_t a, int64_t b) {
    if (IS_BYTES(s)) {
        return kr_bytes_new(vm, AS_BYTES(s)->data + a, (size_t)(b - a));
    }
    Str *str = AS_STR(s);
    if (a == 0 && b == str->nchars) {
        return s;
    }
    int64_t ba = kr_re_subject_offset(S, a);
    int64_t bb = kr_re_subject_offset(S, b);
    return kr_str_new(vm, str->data + ba, (size_t)(bb - ba));
}


// Unbound calls (re.Pattern.search(5, ...)) reach the natives with any self.
static int check_self(KrVm *vm, Value self, const Type *t, const char *meth) {
    if (!kr_isa(self, t)) {
        kr_raise(vm, EXC_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 meth, t->name, kr_typename(self));
        return -1;
    }
    return 0;
}

// ----- Match -----

typedef struct MatchObj {
    Obj hdr;
    Value string;
    Value re;
    int64_t pos, endpos;
    int32_t lastindex;
    int32_t nslots;
    int64_t *boffs; // byte offsets of the slots (str subjects), or NULL
    int32_t slots[];
} MatchObj;

#define AS_MATCH(v) ((MatchObj *)AS_OBJ(v))

static size_t match_size(int32_t nslots) { return sizeof(MatchObj) + (size_t)nslots * sizeof(int32_t); }

static void match_trace(KrVm *vm, Obj *o) {
    MatchObj *m = (MatchObj *)o;
    kr_gc_mark_value(vm, m->string);
    kr_gc_mark_value(vm, m->re);
}

static void match_free(KrVm *vm, Obj *o) {
    MatchObj *m = (MatchObj *)o;
    if (m->boffs) {
        kr_mem_free(vm, m->boffs, (size_t)m->nslots * sizeof(int64_t));
    }
    kr_mem_free(vm, o, match_size(m->nslots));
}

static Value new_match(KrVm *vm, Value pat, Value string, ReSubject *S, const ReMatch *rm,
                       int64_t pos, int64_t endpos) {
    PatternObj *p = AS_PATTERN(pat);
    int32_t nslots = 2 * (p->prog->ngroups + 1);
    MatchObj *m = kr_gc_alloc(vm, &match_type, match_size(nslots));
    if (!m) {
        return VAL_EXC;
    }
    m->string = string;
    m->re = pat;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = rm->lastindex;
    m->nslots = nslots;
    memcpy(m->slots, rm->slots, (size_t)nslots * sizeof(int32_t));
    // Unpaired slots (a group left open by backtracking cannot happen, but a start without an
    // end from an earlier iteration can): treat a group as unmatched unless both are set.
    for (int32_t g = 0; g < nslots / 2; g++) {
        if (m->slots[2 * g] < 0 || m->slots[2 * g + 1] < 0) {
            m->slots[2 * g] = m->slots[2 * g + 1] = -1;
        }
    }
    if (S->s32) {
        m->boffs = kr_mem_alloc(vm, (size_t)nslots * sizeof(int64_t));
        if (!m->boffs) {
            return VAL_EXC;
        }
        for (int32_t i = 0; i < nslots; i++) {
            m->boffs[i] = m->slots[i] < 0 ? -1 : kr_re_subject_offset(S, m->slots[i]);
        }
    }
    return kr_obj(m);
}

static Value match_group_value(KrVm *vm, MatchObj *m, int64_t g, Value dflt) {
    int32_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
    if (a < 0) {
        return dflt;
    }
    if (IS_BYTES(m->string)) {
        return kr_bytes_new(vm, AS_BYTES(m->string)->data + a, (size_t)(b - a));
    }
    Str *s = AS_STR(m->string);
    if (!m->boffs) {
        return kr_str_new(vm, s->data + a, (size_t)(b - a));
    }
    return kr_str_new(vm, s->data + m->boffs[2 * g], (size_t)(m->boffs[2 * g + 1] - m->boffs[2 * g]));
}

// match_getindex: an int group number or a group name.
static int match_index(KrVm *vm, MatchObj *m, Value g, int64_t *out) {
    int64_t ngroups = m->nslots / 2 - 1;
    int64_t i = -1;
    if (kr_is_intlike(g)) {
        if (kr_index(vm, g, &i) < 0) {
            if (!kr_exc_pending_is(vm, EXC_OverflowError)) {
                return -1;
            }
            kr_exc_take(vm);
            i = -1;
        }
    } else {
        PatternObj *p = AS_PATTERN(m->re);
        if (IS_STR(g)) {
            Value v = kr_dict_get_str(vm, AS_DICT(p->groupindex), AS_STR(g));
            if (IS_INT(v)) {
                i = AS_INT(v);
            }
        }
    }
    if (i < 0 || i > ngroups) {
        kr_raise(vm, EXC_IndexError, "no such group");
        return -1;
    }
    *out = i;
    return 0;
}

static Value match_group(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "group") < 0) {
        return VAL_EXC;
    }
    MatchObj *m = AS_MATCH(argv[0]);
    int64_t g;
    if (argc == 1) {
        return match_group_value(vm, m, 0, VAL_NONE);
    }
    if (argc == 2) {
        if (match_index(vm, m, argv[1], &g) < 0) {
            return VAL_EXC;
        }
        return match_group_value(vm, m, g, VAL_NONE);
    }
    Tuple *t = kr_tuple_new(vm, argc - 1);
    if (!t) {
        return VAL_EXC;
    }
    for (int i = 1; i < argc; i++) {
        if (match_index(vm, m, argv[i], &g) < 0) {
            return VAL_EXC;
        }
        Value v = match_group_value(vm, m, g, VAL_NONE);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        t->items[i - 1] = v;
    }
    return kr_obj(t);
}

static Value match_getitem(KrVm *vm, Value self, Value key) {
    int64_t g;
    if (match_index(vm, AS_MATCH(self), key, &g) < 0) {
        return VAL_EXC;
    }
    return match_group_value(vm, AS_MATCH(self), g, VAL_NONE);
}

static Value match_groups(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "groups") < 0) {
        return VAL_EXC;
    }
    static const char *const names[] = {"default"};
    Value a[1];
    if (kr_args_bind(vm, "groups", argc - 1, argv + 1, kw, names, 1, 0, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    Value dflt = IS_UNDEF(a[0]) ? VAL_NONE : a[0];
    MatchObj *m = AS_MATCH(argv[0]);
    int64_t n = m->nslots / 2 - 1;
    Tuple *t = kr_tuple_new(vm, n);
    if (!t) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < n; i++) {
        Value v = match_group_value(vm, m, i + 1, dflt);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        t->items[i] = v;
    }
    return kr_obj(t);
}

static Value match_groupdict(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "groupdict") < 0) {
        return VAL_EXC;
    }
    static const char *const names[] = {"default"};
    Value a[1];
    if (kr_args_bind(vm, "groupdict", argc - 1, argv + 1, kw, names, 1, 0, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    Value dflt = IS_UNDEF(a[0]) ? VAL_NONE : a[0];
    MatchObj *m = AS_MATCH(argv[0]);
    Dict *gi = AS_DICT(AS_PATTERN(m->re)->groupindex);
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(gi, &pos, &k, &v)) {
        Value g = match_group_value(vm, m, AS_INT(v), dflt);
        if (IS_EXC(g) || kr_dict_set(vm, d, k, g) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(d);
}

static int opt_group(KrVm *vm, int argc, const Value *argv, int64_t *g) {
    *g = 0;
    if (argc >= 2) {
        return match_index(vm, AS_MATCH(argv[0]), argv[1], g);
    }
    return 0;
}

static Value match_start(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "start") < 0) {
        return VAL_EXC;
    }
    int64_t g;
    if (opt_group(vm, argc, argv, &g) < 0) {
        return VAL_EXC;
    }
    return kr_int(AS_MATCH(argv[0])->slots[2 * g]);
}

static Value match_end(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "end") < 0) {
        return VAL_EXC;
    }
    int64_t g;
    if (opt_group(vm, argc, argv, &g) < 0) {
        return VAL_EXC;
    }
    return kr_int(AS_MATCH(argv[0])->slots[2 * g + 1]);
}

static Value match_span(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "span") < 0) {
        return VAL_EXC;
    }
    int64_t g;
    if (opt_group(vm, argc, argv, &g) < 0) {
        return VAL_EXC;
    }
    MatchObj *m = AS_MATCH(argv[0]);
    return kr_tuple_pack(vm, 2, kr_int(m->slots[2 * g]), kr_int(m->slots[2 * g + 1]));
}

static Value expand_template(KrVm *vm, Value pat, Value tmpl, Value match);

static Value match_expand(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_match, "expand") < 0) {
        return VAL_EXC;
    }
    MatchObj *m = AS_MATCH(argv[0]);
    return expand_template(vm, m->re, argv[1], argv[0]);
}

static Value match_repr(KrVm *vm, Value self) {
    MatchObj *m = AS_MATCH(self);
    Value g = match_group_value(vm, m, 0, VAL_NONE);
    if (IS_EXC(g)) {
        return VAL_EXC;
    }
    Value r = kr_repr(vm, g);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char buf[96];
    snprintf(buf, sizeof buf, "<re.Match object; span=(%d, %d), match=", m->slots[0], m->slots[1]);
    // %.50R: at most 50 characters of the repr
    Str *rs = AS_STR(r);
    size_t cut = 0;
    int64_t chars = 0;
    while (cut < (size_t)rs->len && chars < 50) {
        size_t adv;
        kr_utf8_decode(rs->data + cut, &adv);
        cut += adv;
        chars++;
    }
    if (kr_sb_adds(&sb, buf) < 0 || kr_sb_add(&sb, rs->data, cut) < 0 || kr_sb_addc(&sb, '>') < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value match_get_string(KrVm *vm, Value self) { return AS_MATCH(self)->string; }
static Value match_get_re(KrVm *vm, Value self) { return AS_MATCH(self)->re; }
static Value match_get_pos(KrVm *vm, Value self) { return kr_int(AS_MATCH(self)->pos); }
static Value match_get_endpos(KrVm *vm, Value self) { return kr_int(AS_MATCH(self)->endpos); }
static Value match_get_lastindex(KrVm *vm, Value self) {
    int32_t li = AS_MATCH(self)->lastindex;
    return li > 0 ? kr_int(li) : VAL_NONE;
}
static Value match_get_lastgroup(KrVm *vm, Value self) {
    MatchObj *m = AS_MATCH(self);
    if (m->lastindex <= 0) {
        return VAL_NONE;
    }
    Tuple *ig = AS_TUPLE(AS_PATTERN(m->re)->indexgroup);
    return m->lastindex < ig->len ? ig->items[m->lastindex] : VAL_NONE;
}
static Value match_get_regs(KrVm *vm, Value self) {
    MatchObj *m = AS_MATCH(self);
    Tuple *t = kr_tuple_new(vm, m->nslots / 2);
    if (!t) {
        return VAL_EXC;
    }
    for (int32_t g = 0; g < m->nslots / 2; g++) {
        Value sp = kr_tuple_pack(vm, 2, kr_int(m->slots[2 * g]), kr_int(m->slots[2 * g + 1]));
        if (IS_EXC(sp)) {
            return VAL_EXC;
        }
        t->items[g] = sp;
    }
    return kr_obj(t);
}

static const NativeDef match_methods[] = {
    NATIVE("group", match_group, 0, -1, 0),
    NATIVE("groups", match_groups, 0, 1, NATIVE_KW),
    NATIVE("groupdict", match_groupdict, 0, 1, NATIVE_KW),
    NATIVE("start", match_start, 0, 1, 0),
    NATIVE("end", match_end, 0, 1, 0),
    NATIVE("span", match_span, 0, 1, 0),
    NATIVE("expand", match_expand, 1, 1, 0),
    NATIVE_END,
};

static const GetSetDef match_getset[] = {
    {"string", match_get_string},
    {"re", match_get_re},
    {"pos", match_get_pos},
    {"endpos", match_get_endpos},
    {"lastindex", match_get_lastindex},
    {"lastgroup", match_get_lastgroup},
    {"regs", match_get_regs},
    {NULL, NULL},
};

const Type kr_type_re_match = {
    .name = "re.Match",
    .id = TY_RE_MATCH,
    .basic_size = sizeof(MatchObj),
    .trace = match_trace,
    .free = match_free,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getset = match_getset,
};

// ----- Searching -----

// Slots buffer for one search.
typedef struct Searcher {
    ReMatch m;
    size_t bytes;
} Searcher;

static int searcher_init(KrVm *vm, Searcher *s, const ReProg *prog) {
    s->bytes = (size_t)(prog->ngroups + 1) * 2 * sizeof(int32_t);
    s->m.slots = kr_mem_alloc(vm, s->bytes);
    s->m.lastindex = -1;
    return s->m.slots ? 0 : -1;
}
static void searcher_free(KrVm *vm, Searcher *s) { kr_mem_free(vm, s->m.slots, s->bytes); }

// pattern.search/match/fullmatch(string, pos=0, endpos=maxsize)
static Value do_match(KrVm *vm, Value pat, Value string, Value posv, Value endv, int mode) {
    PatternObj *p = AS_PATTERN(pat);
    if (check_subject(vm, p, string) < 0) {
        return VAL_EXC;
    }
    int64_t pos, endpos;
    if (get_span(vm, string, posv, endv, &pos, &endpos) < 0) {
        return VAL_EXC;
    }
    ReSubject S;
    if (kr_re_subject_init(vm, &S, string) < 0) {
        return VAL_EXC;
    }
    Searcher se;
    if (searcher_init(vm, &se, p->prog) < 0) {
        kr_re_subject_free(vm, &S);
        return VAL_EXC;
    }
    Value r = VAL_NONE;
    int rc = kr_re_exec(vm, p->prog, &S, pos, endpos, mode, false, &se.m);
    if (rc < 0) {
        r = VAL_EXC;
    } else if (rc > 0) {
        r = new_match(vm, pat, string, &S, &se.m, pos, endpos);
    }
    searcher_free(vm, &se);
    kr_re_subject_free(vm, &S);
    return r;
}

static int bind_ssp(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw, Value *a) {
    static const char *const names[] = {"string", "pos", "endpos"};
    return kr_args_bind(vm, fname, argc - 1, argv + 1, kw, names, 3, 0, 3, 1, a);
}

static Value pattern_search(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "search") < 0) {
        return VAL_EXC;
    }
    Value a[3];
    if (bind_ssp(vm, "search", argc, argv, kw, a) < 0) {
        return VAL_EXC;
    }
    return do_match(vm, argv[0], a[0], a[1], a[2], 0);
}
static Value pattern_match(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "match") < 0) {
        return VAL_EXC;
    }
    Value a[3];
    if (bind_ssp(vm, "match", argc, argv, kw, a) < 0) {
        return VAL_EXC;
    }
    return do_match(vm, argv[0], a[0], a[1], a[2], 1);
}
static Value pattern_fullmatch(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "fullmatch") < 0) {
        return VAL_EXC;
    }
    Value a[3];
    if (bind_ssp(vm, "fullmatch", argc, argv, kw, a) < 0) {
        return VAL_EXC;
    }
    return do_match(vm, argv[0], a[0], a[1], a[2], 2);
}

static Value group_or_empty(KrVm *vm, Value string, ReSubject *S, const int32_t *slots, int g) {
    int32_t a = slots[2 * g], b = slots[2 * g + 1];
    if (a < 0 || b < 0) {
        return IS_BYTES(string) ? kr_bytes_new(vm, NULL, 0) : vm->empty_str;
    }
    return subject_slice(vm, string, S, a, b);
}

static Value do_findall(KrVm *vm, Value pat, Value string, Value posv, Value endv) {
    PatternObj *p = AS_PATTERN(pat);
    if (check_subject(vm, p, string) < 0) {
        return VAL_EXC;
    }
    int64_t pos, endpos;
    if (get_span(vm, string, posv, endv, &pos, &endpos) < 0) {
        return VAL_EXC;
    }
    List *out = kr_list_new(vm, 0);
    if (!out) {
        return VAL_EXC;
    }
    ReSubject S;
    if (kr_re_subject_init(vm, &S, string) < 0) {
        return VAL_EXC;
    }
    Searcher se;
    if (searcher_init(vm, &se, p->prog) < 0) {
        kr_re_subject_free(vm, &S);
        return VAL_EXC;
    }
    Value r = kr_obj(out);
    bool must_advance = false;
    int32_t ng = p->prog->ngroups;
    while (pos <= endpos) {
        int rc = kr_re_exec(vm, p->prog, &S, pos, endpos, 0, must_advance, &se.m);
        if (rc < 0) {
            r = VAL_EXC;
            break;
        }
        if (rc == 0) {
            break;
        }
        const int32_t *sl = se.m.slots;
        Value item;
        if (ng == 0) {
            item = subject_slice(vm, string, &S, sl[0], sl[1]);
        } else if (ng == 1) {
            item = group_or_empty(vm, string, &S, sl, 1);
        } else {
            Tuple *t = kr_tuple_new(vm, ng);
            item = t ? kr_obj(t) : VAL_EXC;
            for (int32_t g = 1; t && g <= ng; g++) {
                Value v = group_or_empty(vm, string, &S, sl, g);
                if (IS_EXC(v)) {
                    item = VAL_EXC;
                    break;
                }
                t->items[g - 1] = v;
            }
        }
        if (IS_EXC(item) || kr_list_append(vm, out, item) < 0) {
            r = VAL_EXC;
            break;
        }
        must_advance = sl[1] == sl[0];
        pos = sl[1];
    }
    searcher_free(vm, &se);
    kr_re_subject_free(vm, &S);
    return r;
}

static Value pattern_findall(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "findall") < 0) {
        return VAL_EXC;
    }
    Value a[3];
    if (bind_ssp(vm, "findall", argc, argv, kw, a) < 0) {
        return VAL_EXC;
    }
    return do_findall(vm, argv[0], a[0], a[1], a[2]);
}

// ----- finditer iterator -----

typedef struct ScannerObj {
    Obj hdr;
    Value pattern;
    Value string;
    ReSubject S; // owns the decoded subject
    int64_t pos, endpos;
    bool must_advance;
    bool done;
} ScannerObj;

static void scanner_trace(KrVm *vm, Obj *o) {
    ScannerObj *s = (ScannerObj *)o;
    kr_gc_mark_value(vm, s->pattern);
    kr_gc_mark_value(vm, s->string);
}
static void scanner_free(KrVm *vm, Obj *o) {
    kr_re_subject_free(vm, &((ScannerObj *)o)->S);
    kr_mem_free(vm, o, sizeof(ScannerObj));
}
static Value scanner_iter(KrVm *vm, Value self) { return self; }

static Value scanner_next(KrVm *vm, Value self) {
    ScannerObj *s = (ScannerObj *)AS_OBJ(self);
    if (s->done || s->pos > s->endpos) {
        s->done = true;
        return VAL_UNDEF;
    }
    PatternObj *p = AS_PATTERN(s->pattern);
    Searcher se;
    if (searcher_init(vm, &se, p->prog) < 0) {
        return VAL_EXC;
    }
    Value r = VAL_UNDEF;
    int rc = kr_re_exec(vm, p->prog, &s->S, s->pos, s->endpos, 0, s->must_advance, &se.m);
    if (rc < 0) {
        r = VAL_EXC;
    } else if (rc == 0) {
        s->done = true;
    } else {
        r = new_match(vm, s->pattern, s->string, &s->S, &se.m, s->pos, s->endpos);
        if (!IS_EXC(r)) {
            // Match.pos is the scanner's original pos in CPython; keep the search start.
            s->must_advance = se.m.slots[1] == se.m.slots[0];
            s->pos = se.m.slots[1];
        }
    }
    searcher_free(vm, &se);
    return r;
}

const Type kr_type_re_scanner = {
    .name = "callable_iterator",
    .id = TY_RE_SCANNER,
    .basic_size = sizeof(ScannerObj),
    .trace = scanner_trace,
    .free = scanner_free,
    .iter = scanner_iter,
    .next = scanner_next,
};

static Value do_finditer(KrVm *vm, Value pat, Value string, Value posv, Value endv) {
    PatternObj *p = AS_PATTERN(pat);
    if (check_subject(vm, p, string) < 0) {
        return VAL_EXC;
    }
    int64_t pos, endpos;
    if (get_span(vm, string, posv, endv, &pos, &endpos) < 0) {
        return VAL_EXC;
    }
    ScannerObj *s = kr_gc_alloc(vm, &scanner_type, sizeof(ScannerObj));
    if (!s) {
        return VAL_EXC;
    }
    s->pattern = pat;
    s->string = string;
    s->pos = pos;
    s->endpos = endpos;
    if (kr_re_subject_init(vm, &s->S, string) < 0) {
        s->done = true;
        return VAL_EXC;
    }
    return kr_obj(s);
}

static Value pattern_finditer(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "finditer") < 0) {
        return VAL_EXC;
    }
    Value a[3];
    if (bind_ssp(vm, "finditer", argc, argv, kw, a) < 0) {
        return VAL_EXC;
    }
    return do_finditer(vm, argv[0], a[0], a[1], a[2]);
}

// ----- Templates (re._parser.parse_template / expand_template) -----

// Parse [tmpl] into a list: literal chunks (str/bytes) and group numbers (int).
static Value parse_template(KrVm *vm, Value pat, Value tmpl) {
    PatternObj *p = AS_PATTERN(pat);
    bool isbytes = IS_BYTES(tmpl);
    int64_t n;
    const uint8_t *b8 = NULL;
    Str *ts = NULL;
    if (isbytes) {
        b8 = AS_BYTES(tmpl)->data;
        n = AS_BYTES(tmpl)->len;
    } else {
        ts = AS_STR(tmpl);
        n = ts->nchars;
    }
    // Decode to code points (bytes: latin-1).
    size_t bytes;
    if (!kr_mul_ok((size_t)n + 1, 4, &bytes)) {
        return kr_raise_nomem(vm);
    }
    uint32_t *t = kr_mem_alloc(vm, bytes);
    if (!t) {
        return VAL_EXC;
    }
    if (isbytes) {
        for (int64_t i = 0; i < n; i++) {
            t[i] = b8[i];
        }
    } else {
        size_t off = 0;
        for (int64_t i = 0; i < n; i++) {
            size_t adv;
            t[i] = kr_utf8_decode(ts->data + off, &adv);
            off += adv;
        }
    }
    List *out = kr_list_new(vm, 0);
    StrBuf lit;
    kr_sb_init(&lit, vm);
    Value result = VAL_EXC;
    Value errmsg = VAL_UNDEF;
    int64_t errpos = 0;
    char buf[160];
    if (!out) {
        goto done;
    }
#define LIT_ADD(c)                                                                                 \
    do {                                                                                           \
        uint32_t c_ = (c);                                                                         \
        char u_[4];                                                                                \
        if (isbytes ? kr_sb_addc(&lit, (char)(uint8_t)c_) < 0                                      \
                    : kr_sb_add(&lit, u_, kr_utf8_encode(c_, u_)) < 0) {                           \
            goto done;                                                                             \
        }                                                                                          \
    } while (0)
#define FLUSH()                                                                                    \
    do {                                                                                           \
        if (lit.len) {                                                                             \
            Value s_ = isbytes ? kr_bytes_new(vm, (const uint8_t *)lit.data, lit.len)              \
                               : kr_str_new(vm, lit.data, lit.len);                                \
            lit.len = 0;                                                                           \
            if (IS_EXC(s_) || kr_list_append(vm, out, s_) < 0) {                                   \
                goto done;                                                                         \
            }                                                                                      \
        }                                                                                          \
    } while (0)
    int64_t i = 0;
    int64_t ngroups = p->prog->ngroups;
    while (i < n) {
        uint32_t c = t[i++];
        if (c != '\\') {
            LIT_ADD(c);
            continue;
        }
        if (i >= n) {
            errmsg = cstr(vm, "bad escape (end of pattern)");
            errpos = n - 1;
            goto error;
        }
        c = t[i++];
        // i is now tell() (the next token's start)
        if (c == 'g') {
            if (i >= n || t[i] != '<') {
                errmsg = cstr(vm, "missing <");
                errpos = i;
                goto error;
            }
            i++;
            int64_t ns = i;
            while (i < n && t[i] != '>') {
                if (t[i] == '\\') {
                    i++;
                }
                i++;
            }
            if (i > n) {
                i = n;
            }
            int64_t nl = i - ns;
            if (i >= n) {
                errmsg = cstr(vm, nl ? "missing >, unterminated name" : "missing group name");
                errpos = nl ? ns : n;
                goto error;
            }
            i++; // '>'
            if (nl == 0) {
                errmsg = cstr(vm, "missing group name");
                errpos = i - 1;
                goto error;
            }
            // name text
            StrBuf nb;
            kr_sb_init(&nb, vm);
            bool ident = true, digits = true;
            for (int64_t k = ns; k < ns + nl; k++) {
                uint32_t d = t[k];
                char u[4];
                if (kr_sb_add(&nb, u, kr_utf8_encode(d, u)) < 0) {
                    kr_sb_free(&nb);
                    goto done;
                }
                bool start = d == '_' || kr_uni_has(d, UNI_XID_START);
                ident = ident && (k == ns ? start : kr_uni_has(d, UNI_XID_CONTINUE));
                digits = digits && d >= '0' && d <= '9';
            }
            Value name = kr_sb_to_str(&nb);
            if (IS_EXC(name)) {
                goto done;
            }
            int64_t index = 0;
            if (ident) {
                Value v = kr_dict_get_str(vm, AS_DICT(p->groupindex), AS_STR(name));
                if (!IS_INT(v)) {
                    Value r = kr_repr(vm, name);
                    if (!IS_EXC(r)) {
                        kr_raise(vm, EXC_IndexError, "unknown group name %U", r);
                    }
                    goto done;
                }
                index = AS_INT(v);
            } else {
                if (!digits || nl > 18) {
                    Value r = kr_repr(vm, name);
                    if (IS_EXC(r)) {
                        goto done;
                    }
                    if (!digits) {
                        errmsg = kr_str_concat(vm, cstr(vm, "bad character in group name "), r);
                        errpos = i - nl - 1;
                        goto error;
                    }
                    errmsg = kr_str_concat(vm, cstr(vm, "invalid group reference "), name);
                    errpos = i - nl - 1;
                    goto error;
                }
                for (int64_t k = ns; k < ns + nl; k++) {
                    index = index * 10 + (t[k] - '0');
                }
                if (index >= 0x3FFFFFFF) {
                    snprintf(buf, sizeof buf, "invalid group reference %" PRId64, index);
                    errmsg = cstr(vm, buf);
                    errpos = i - nl - 1;
                    goto error;
                }
            }
            if (index > ngroups) {
                snprintf(buf, sizeof buf, "invalid group reference %" PRId64, index);
                errmsg = cstr(vm, buf);
                errpos = i - nl - 1;
                goto error;
            }
            FLUSH();
            if (kr_list_append(vm, out, kr_int(index)) < 0) {
                goto done;
            }
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i < n && t[i] >= '0' && t[i] <= '7'; k++) {
                v = v * 8 + (t[i++] - '0');
            }
            LIT_ADD(v & 0xff);
        } else if (c >= '0' && c <= '9') {
            int64_t start = i - 2;
            bool isoctal = false;
            int64_t len = 2;
            if (i < n && t[i] >= '0' && t[i] <= '9') {
                uint32_t d = t[i++];
                len = 3;
                if (c <= '7' && d <= '7' && i < n && t[i] >= '0' && t[i] <= '7') {
                    uint32_t e = t[i++];
                    isoctal = true;
                    uint32_t v = (c - '0') * 64 + (d - '0') * 8 + (e - '0');
                    if (v > 0377) {
                        snprintf(buf, sizeof buf, "octal escape value \\%c%c%c outside of range 0-0o377",
                                 (char)c, (char)d, (char)e);
                        errmsg = cstr(vm, buf);
                        errpos = i - 4;
                        goto error;
                    }
                    LIT_ADD(v);
                }
            }
            if (!isoctal) {
                int64_t index = (c - '0');
                if (len == 3) {
                    index = index * 10 + (t[start + 2] - '0');
                }
                if (index > ngroups) {
                    snprintf(buf, sizeof buf, "invalid group reference %" PRId64, index);
                    errmsg = cstr(vm, buf);
                    errpos = i - (len - 1);
                    goto error;
                }
                FLUSH();
                if (kr_list_append(vm, out, kr_int(index)) < 0) {
                    goto done;
                }
            }
        } else {
            uint32_t e;
            switch (c) {
            case 'a': e = 7; break;
            case 'b': e = 8; break;
            case 'f': e = 12; break;
            case 'n': e = 10; break;
            case 'r': e = 13; break;
            case 't': e = 9; break;
            case 'v': e = 11; break;
            case '\\': e = '\\'; break;
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    snprintf(buf, sizeof buf, "bad escape \\%c", (char)c);
                    errmsg = cstr(vm, buf);
                    errpos = i - 2;
                    goto error;
                }
                LIT_ADD('\\');
                e = c;
                break;
            }
            LIT_ADD(e);
        }
    }
    FLUSH();
    result = kr_obj(out);
    goto done;
error:
    if (!IS_EXC(errmsg)) {
        kr_re_error(vm, errmsg, tmpl, errpos);
    }
done:
#undef LIT_ADD
#undef FLUSH
    kr_sb_free(&lit);
    kr_mem_free(vm, t, bytes);
    return result;
}

// Expand a parsed template for match [m] (a MatchObj Value).
static Value expand_parsed(KrVm *vm, List *items, Value match, bool isbytes) {
    MatchObj *m = AS_MATCH(match);
    if (items->len == 1 && !IS_INT(items->items[0])) {
        return items->items[0];
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    for (int64_t i = 0; i < items->len; i++) {
        Value it = items->items[i];
        Value s = it;
        if (IS_INT(it)) {
            s = match_group_value(vm, m, AS_INT(it), VAL_NONE);
            if (IS_EXC(s)) {
                kr_sb_free(&sb);
                return VAL_EXC;
            }
            if (IS_NONE(s)) {
                continue;
            }
        }
        int rc = isbytes ? kr_sb_add(&sb, (const char *)AS_BYTES(s)->data, (size_t)AS_BYTES(s)->len)
                         : kr_sb_add_str(&sb, s);
        if (rc < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    return isbytes ? kr_sb_to_bytes(&sb) : kr_sb_to_str(&sb);
}

static Value expand_template(KrVm *vm, Value pat, Value tmpl, Value match) {
    PatternObj *p = AS_PATTERN(pat);
    if (IS_STR(p->pattern) ? !IS_STR(tmpl) : !IS_BYTES(tmpl)) {
        if (!IS_STR(tmpl) && !IS_BYTES(tmpl)) {
            return kr_raise(vm, EXC_TypeError, "expected str or bytes-like object, got '%s'",
                            kr_typename(tmpl));
        }
    }
    Value items = parse_template(vm, pat, tmpl);
    if (IS_EXC(items)) {
        return VAL_EXC;
    }
    return expand_parsed(vm, AS_LIST(items), match, IS_BYTES(tmpl));
}

// ----- sub / subn / split -----

static bool is_callable(Value v) {
    const Type *t = kr_type_of(v);
    return t == &kr_type_function || t == &kr_type_builtin || t == &kr_type_method ||
           t == &kr_type_type || t->call != NULL;
}

static Value do_sub(KrVm *vm, Value pat, Value repl, Value string, Value countv, bool subn) {
    PatternObj *p = AS_PATTERN(pat);
    int64_t count = 0;
    if (!IS_UNDEF(countv) && kr_index(vm, countv, &count) < 0) {
        return VAL_EXC;
    }
    bool callable = is_callable(repl);
    Value items = VAL_UNDEF; // parsed template
    Value literal = VAL_UNDEF;
    if (!callable) {
        if (check_subject(vm, p, repl) < 0) {
            // CPython parses the template first: the subject-type messages apply to it too.
            return VAL_EXC;
        }
        bool has_bs = IS_STR(repl) ? memchr(AS_STR(repl)->data, '\\', (size_t)AS_STR(repl)->len) != NULL
                                   : memchr(AS_BYTES(repl)->data, '\\', (size_t)AS_BYTES(repl)->len) != NULL;
        if (!has_bs) {
            literal = repl;
        } else {
            items = parse_template(vm, pat, repl);
            if (IS_EXC(items)) {
                return VAL_EXC;
            }
            List *l = AS_LIST(items);
            if (l->len == 0) {
                literal = IS_STR(repl) ? vm->empty_str : kr_bytes_new(vm, NULL, 0);
            } else if (l->len == 1 && !IS_INT(l->items[0])) {
                literal = l->items[0];
            }
        }
    }
    if (check_subject(vm, p, string) < 0) {
        return VAL_EXC;
    }
    int64_t endpos = subject_len(string);
    List *pieces = kr_list_new(vm, 0);
    if (!pieces) {
        return VAL_EXC;
    }
    ReSubject S;
    if (kr_re_subject_init(vm, &S, string) < 0) {
        return VAL_EXC;
    }
    Searcher se;
    if (searcher_init(vm, &se, p->prog) < 0) {
        kr_re_subject_free(vm, &S);
        return VAL_EXC;
    }
    Value r = VAL_EXC;
    int64_t n = 0, i = 0, pos = 0;
    bool must_advance = false;
    while (!count || n < count) {
        if (pos > endpos) {
            break;
        }
        int rc = kr_re_exec(vm, p->prog, &S, pos, endpos, 0, must_advance, &se.m);
        if (rc < 0) {
            goto done;
        }
        if (rc == 0) {
            break;
        }
        int64_t b = se.m.slots[0], e = se.m.slots[1];
        if (i < b) {
            Value seg = subject_slice(vm, string, &S, i, b);
            if (IS_EXC(seg) || kr_list_append(vm, pieces, seg) < 0) {
                goto done;
            }
        }
        Value item;
        if (!IS_UNDEF(literal)) {
            item = literal;
        } else {
            Value m = new_match(vm, pat, string, &S, &se.m, 0, endpos);
            if (IS_EXC(m)) {
                goto done;
            }
            if (callable) {
                item = kr_call(vm, repl, 1, &m, VAL_UNDEF);
            } else {
                item = expand_parsed(vm, AS_LIST(items), m, IS_BYTES(repl));
            }
            if (IS_EXC(item)) {
                goto done;
            }
        }
        if (!IS_NONE(item) && kr_list_append(vm, pieces, item) < 0) {
            goto done;
        }
        i = e;
        n++;
        must_advance = e == b;
        pos = e;
    }
    if (i < endpos) {
        Value seg = subject_slice(vm, string, &S, i, endpos);
        if (IS_EXC(seg) || kr_list_append(vm, pieces, seg) < 0) {
            goto done;
        }
    }
    Value joined;
    if (IS_STR(string)) {
        joined = kr_str_join(vm, vm->empty_str, kr_obj(pieces));
    } else {
        Value empty = kr_bytes_new(vm, NULL, 0);
        joined = IS_EXC(empty) ? VAL_EXC : kr_bytes_join(vm, empty, kr_obj(pieces));
    }
    if (IS_EXC(joined)) {
        goto done;
    }
    r = subn ? kr_tuple_pack(vm, 2, joined, kr_int(n)) : joined;
done:
    searcher_free(vm, &se);
    kr_re_subject_free(vm, &S);
    return r;
}

static Value pattern_sub_common(KrVm *vm, int argc, const Value *argv, Value kw, bool subn) {
    static const char *const names[] = {"repl", "string", "count"};
    Value a[3];
    if (kr_args_bind(vm, subn ? "subn" : "sub", argc - 1, argv + 1, kw, names, 3, 0, 3, 2, a) < 0) {
        return VAL_EXC;
    }
    return do_sub(vm, argv[0], a[0], a[1], a[2], subn);
}
static Value pattern_sub(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "sub") < 0) {
        return VAL_EXC;
    }
    return pattern_sub_common(vm, argc, argv, kw, false);
}
static Value pattern_subn(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "subn") < 0) {
        return VAL_EXC;
    }
    return pattern_sub_common(vm, argc, argv, kw, true);
}

static Value do_split(KrVm *vm, Value pat, Value string, Value maxv) {
    PatternObj *p = AS_PATTERN(pat);
    if (check_subject(vm, p, string) < 0) {
        return VAL_EXC;
    }
    int64_t maxsplit = 0;
    if (!IS_UNDEF(maxv) && kr_index(vm, maxv, &maxsplit) < 0) {
        return VAL_EXC;
    }
    int64_t endpos = subject_len(string);
    List *out = kr_list_new(vm, 0);
    if (!out) {
        return VAL_EXC;
    }
    ReSubject S;
    if (kr_re_subject_init(vm, &S, string) < 0) {
        return VAL_EXC;
    }
    Searcher se;
    if (searcher_init(vm, &se, p->prog) < 0) {
        kr_re_subject_free(vm, &S);
        return VAL_EXC;
    }
    Value r = VAL_EXC;
    int64_t n = 0, last = 0, pos = 0;
    bool must_advance = false;
    while (!maxsplit || n < maxsplit) {
        if (pos > endpos) {
            break;
        }
        int rc = kr_re_exec(vm, p->prog, &S, pos, endpos, 0, must_advance, &se.m);
        if (rc < 0) {
            goto done;
        }
        if (rc == 0) {
            break;
        }
        int64_t b = se.m.slots[0], e = se.m.slots[1];
        Value seg = subject_slice(vm, string, &S, last, b);
        if (IS_EXC(seg) || kr_list_append(vm, out, seg) < 0) {
            goto done;
        }
        for (int32_t g = 1; g <= p->prog->ngroups; g++) {
            int32_t ga = se.m.slots[2 * g], gb = se.m.slots[2 * g + 1];
            Value v = (ga < 0 || gb < 0) ? VAL_NONE : subject_slice(vm, string, &S, ga, gb);
            if (IS_EXC(v) || kr_list_append(vm, out, v) < 0) {
                goto done;
            }
        }
        n++;
        must_advance = e == b;
        last = pos = e;
    }
    Value seg = subject_slice(vm, string, &S, last, endpos);
    if (IS_EXC(seg) || kr_list_append(vm, out, seg) < 0) {
        goto done;
    }
    r = kr_obj(out);
done:
    searcher_free(vm, &se);
    kr_re_subject_free(vm, &S);
    return r;
}

static Value pattern_split(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, argv[0], &kr_type_re_pattern, "split") < 0) {
        return VAL_EXC;
    }
    static const char *const names[] = {"string", "maxsplit"};
    Value a[2];
    if (kr_args_bind(vm, "split", argc - 1, argv + 1, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    return do_split(vm, argv[0], a[0], a[1]);
}

// ----- Pattern attributes -----

static Value pattern_repr(KrVm *vm, Value self) {
    PatternObj *p = AS_PATTERN(self);
    Value r = kr_repr(vm, p->pattern);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    Str *rs = AS_STR(r);
    size_t cut = 0;
    int64_t chars = 0;
    while (cut < (size_t)rs->len && chars < 200) {
        size_t adv;
        kr_utf8_decode(rs->data + cut, &adv);
        cut += adv;
        chars++;
    }
    if (kr_sb_adds(&sb, "re.compile(") < 0 || kr_sb_add(&sb, rs->data, cut) < 0) {
        goto fail;
    }
    int64_t flags = p->flags;
    if (IS_STR(p->pattern) && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) {
        flags &= ~(int64_t)RE_UNICODE;
    }
    if (flags) {
        static const struct {
            const char *name;
            int64_t v;
        } names[] = {
            {"re.TEMPLATE", RE_TEMPLATE}, {"re.IGNORECASE", RE_IGNORECASE}, {"re.LOCALE", RE_LOCALE},
            {"re.MULTILINE", RE_MULTILINE}, {"re.DOTALL", RE_DOTALL}, {"re.UNICODE", RE_UNICODE},
            {"re.VERBOSE", RE_VERBOSE}, {"re.DEBUG", RE_DEBUG}, {"re.ASCII", RE_ASCII},
        };
        bool firstf = true;
        if (kr_sb_adds(&sb, ", ") < 0) {
            goto fail;
        }
        for (size_t i = 0; i < KR_ARRAY_LEN(names); i++) {
            if (flags & names[i].v) {
                if ((!firstf && kr_sb_addc(&sb, '|') < 0) || kr_sb_adds(&sb, names[i].name) < 0) {
                    goto fail;
                }
                firstf = false;
                flags &= ~names[i].v;
            }
        }
        if (flags) {
            char buf[32];
            snprintf(buf, sizeof buf, "0x%" PRIx64, (uint64_t)flags);
            if ((!firstf && kr_sb_addc(&sb, '|') < 0) || kr_sb_adds(&sb, buf) < 0) {
                goto fail;
            }
        }
    }
    if (kr_sb_addc(&sb, ')') < 0) {
        goto fail;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value pattern_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_PATTERN(a) || !IS_PATTERN(b)) {
        return vm->notimpl;
    }
    PatternObj *x = AS_PATTERN(a), *y = AS_PATTERN(b);
    bool eq = x == y;
    if (!eq && x->flags == y->flags && IS_STR(x->pattern) == IS_STR(y->pattern)) {
        int r = kr_eq(vm, x->pattern, y->pattern);
        if (r < 0) {
            return VAL_EXC;
        }
        eq = r != 0;
    }
    return kr_bool(op == CMP_EQ ? eq : !eq);
}

static int pattern_hash(KrVm *vm, Value self, int64_t *out) {
    PatternObj *p = AS_PATTERN(self);
    int64_t h;
    if (kr_hash(vm, p->pattern, &h) < 0) {
        return -1;
    }
    h ^= p->flags * 1000003;
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value pattern_get_pattern(KrVm *vm, Value self) { return AS_PATTERN(self)->pattern; }
static Value pattern_get_flags(KrVm *vm, Value self) { return kr_int(AS_PATTERN(self)->flags); }
static Value pattern_get_groups(KrVm *vm, Value self) {
    return kr_int(AS_PATTERN(self)->prog->ngroups);
}
static Value pattern_get_groupindex(KrVm *vm, Value self) {
    Dict *d = kr_dict_copy(vm, AS_DICT(AS_PATTERN(self)->groupindex));
    return d ? kr_obj(d) : VAL_EXC;
}

static const NativeDef pattern_methods[] = {
    NATIVE("search", pattern_search, 0, -1, NATIVE_KW),
    NATIVE("match", pattern_match, 0, -1, NATIVE_KW),
    NATIVE("fullmatch", pattern_fullmatch, 0, -1, NATIVE_KW),
    NATIVE("findall", pattern_findall, 0, -1, NATIVE_KW),
    NATIVE("finditer", pattern_finditer, 0, -1, NATIVE_KW),
    NATIVE("sub", pattern_sub, 0, -1, NATIVE_KW),
    NATIVE("subn", pattern_subn, 0, -1, NATIVE_KW),
    NATIVE("split", pattern_split, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static const GetSetDef pattern_getset[] = {
    {"pattern", pattern_get_pattern},
    {"flags", pattern_get_flags},
    {"groups", pattern_get_groups},
    {"groupindex", pattern_get_groupindex},
    {NULL, NULL},
};

const Type kr_type_re_pattern = {
    .name = "re.Pattern",
    .id = TY_RE_PATTERN,
    .basic_size = sizeof(PatternObj),
    .trace = pattern_trace,
    .free = pattern_free,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcmp = pattern_richcmp,
    .methods = pattern_methods,
    .getset = pattern_getset,
};

// ----- Module functions -----

static Value re_compile(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"pattern", "flags"};
    Value a[2];
    if (kr_args_bind(vm, "compile", argc, argv, kw, names, 2, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    return re_compile_cached(vm, a[0], a[1]);
}

// f(pattern, string, flags=0) for search/match/fullmatch/findall/finditer
static Value re_psf(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw, int what) {
    static const char *const names[] = {"pattern", "string", "flags"};
    Value a[3];
    if (kr_args_bind(vm, fname, argc, argv, kw, names, 3, 0, 3, 2, a) < 0) {
        return VAL_EXC;
    }
    Value p = re_compile_cached(vm, a[0], a[2]);
    if (IS_EXC(p)) {
        return VAL_EXC;
    }
    switch (what) {
    case 0:
    case 1:
    case 2:
        return do_match(vm, p, a[1], VAL_UNDEF, VAL_UNDEF, what);
    case 3:
        return do_findall(vm, p, a[1], VAL_UNDEF, VAL_UNDEF);
    default:
        return do_finditer(vm, p, a[1], VAL_UNDEF, VAL_UNDEF);
    }
}

static Value re_search(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_psf(vm, "search", argc, argv, kw, 0);
}
static Value re_match(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_psf(vm, "match", argc, argv, kw, 1);
}
static Value re_fullmatch(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_psf(vm, "fullmatch", argc, argv, kw, 2);
}
static Value re_findall(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_psf(vm, "findall", argc, argv, kw, 3);
}
static Value re_finditer(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_psf(vm, "finditer", argc, argv, kw, 4);
}

static Value re_sub_common(KrVm *vm, int argc, const Value *argv, Value kw, bool subn) {
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags"};
    Value a[5];
    if (kr_args_bind(vm, subn ? "subn" : "sub", argc, argv, kw, names, 5, 0, 5, 3, a) < 0) {
        return VAL_EXC;
    }
    Value p = re_compile_cached(vm, a[0], a[4]);
    if (IS_EXC(p)) {
        return VAL_EXC;
    }
    return do_sub(vm, p, a[1], a[2], a[3], subn);
}
static Value re_sub(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_sub_common(vm, argc, argv, kw, false);
}
static Value re_subn(KrVm *vm, int argc, const Value *argv, Value kw) {
    return re_sub_common(vm, argc, argv, kw, true);
}

static Value re_split(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags"};
    Value a[4];
    if (kr_args_bind(vm, "split", argc, argv, kw, names, 4, 0, 4, 2, a) < 0) {
        return VAL_EXC;
    }
    Value p = re_compile_cached(vm, a[0], a[3]);
    if (IS_EXC(p)) {
        return VAL_EXC;
    }
    return do_split(vm, p, a[1], a[2]);
}

static Value re_escape(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"pattern"};
    Value a[1];
    if (kr_args_bind(vm, "escape", argc, argv, kw, names, 1, 0, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    Value s = a[0];
    const char *data;
    size_t len;
    if (IS_STR(s)) {
        data = AS_STR(s)->data;
        len = (size_t)AS_STR(s)->len;
    } else if (IS_BYTES(s)) {
        data = (const char *)AS_BYTES(s)->data;
        len = (size_t)AS_BYTES(s)->len;
    } else {
        // str(pattern, 'latin1') on a non-bytes object
        return kr_raise(vm, EXC_TypeError, "decoding to str: need a bytes-like object, %s found",
                        kr_typename(s));
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_tick(vm, (int64_t)len) < 0) {
        return VAL_EXC;
    }
    for (size_t i = 0; i < len; i++) {
        char c = data[i];
        if (c && memchr(special, c, sizeof special - 1) && kr_sb_addc(&sb, '\\') < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
        if (kr_sb_addc(&sb, c) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    return IS_STR(s) ? kr_sb_to_str(&sb) : kr_sb_to_bytes(&sb);
}

static Value re_purge(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *md = module_dict(vm);
    if (md) {
        Dict *nd = kr_dict_new(vm);
        if (!nd || kr_dict_set_str(vm, md, "_cache", kr_obj(nd)) < 0) {
            return VAL_EXC;
        }
    }
    return VAL_NONE;
}

static Value re_template(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_NotImplementedError, "re.template is not supported by krait");
}

static const NativeDef re_funcs[] = {
    NATIVE("compile", re_compile, 0, -1, NATIVE_KW),
    NATIVE("search", re_search, 0, -1, NATIVE_KW),
    NATIVE("match", re_match, 0, -1, NATIVE_KW),
    NATIVE("fullmatch", re_fullmatch, 0, -1, NATIVE_KW),
    NATIVE("findall", re_findall, 0, -1, NATIVE_KW),
    NATIVE("finditer", re_finditer, 0, -1, NATIVE_KW),
    NATIVE("sub", re_sub, 0, -1, NATIVE_KW),
    NATIVE("subn", re_subn, 0, -1, NATIVE_KW),
    NATIVE("split", re_split, 0, -1, NATIVE_KW),
    NATIVE("escape", re_escape, 0, -1, NATIVE_KW),
    NATIVE("purge", re_purge, 0, 0, 0),
    NATIVE("template", re_template, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static int re_init(KrVm *vm, Value module) {
    Dict *d = ((Module *)AS_OBJ(module))->dict;
    static const struct {
        const char *name;
        int64_t v;
    } flags[] = {
        {"A", RE_ASCII}, {"ASCII", RE_ASCII}, {"I", RE_IGNORECASE}, {"IGNORECASE", RE_IGNORECASE},
        {"L", RE_LOCALE}, {"LOCALE", RE_LOCALE}, {"M", RE_MULTILINE}, {"MULTILINE", RE_MULTILINE},
        {"S", RE_DOTALL}, {"DOTALL", RE_DOTALL}, {"U", RE_UNICODE}, {"UNICODE", RE_UNICODE},
        {"X", RE_VERBOSE}, {"VERBOSE", RE_VERBOSE}, {"T", RE_TEMPLATE}, {"TEMPLATE", RE_TEMPLATE},
        {"DEBUG", RE_DEBUG}, {"NOFLAG", 0},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(flags); i++) {
        if (kr_dict_set_str(vm, d, flags[i].name, kr_int(flags[i].v)) < 0) {
            return -1;
        }
    }
    Dict *cache = kr_dict_new(vm);
    if (!cache || kr_dict_set_str(vm, d, "_cache", kr_obj(cache)) < 0) {
        return -1;
    }
    return 0;
}

// re.error(msg, pattern=None, pos=None) from Python code: CPython's __init__ step by step
// (Lib/re/_constants.py), so any argument types behave and fail as they do there.
static Value re_error_new(KrVm *vm, TypeObj *cls, int argc, const Value *argv, Value kw) {
    static const char *const pnames[3] = {"msg", "pattern", "pos"};
    Value a[3];
    if (kr_args_bind_def(vm, "error.__init__", true, argc, argv, kw, pnames, 3, 1, a) < 0) {
        return VAL_EXC;
    }
    Value msg = a[0];
    Value pattern = IS_UNDEF(a[1]) ? VAL_NONE : a[1];
    Value pos = IS_UNDEF(a[2]) ? VAL_NONE : a[2];
    Value full = msg, lineno = VAL_NONE, colno = VAL_NONE;
    if (!IS_NONE(pattern) && !IS_NONE(pos)) {
        Value f1 = kr_str_from_cstr(vm, "%s at position %d");
        Value t1 = IS_EXC(f1) ? VAL_EXC : kr_tuple_pack(vm, 2, msg, pos);
        full = IS_EXC(t1) ? VAL_EXC : kr_binop(vm, BINOP_MOD, f1, t1);
        Value nl = IS_STR(pattern) ? cstr(vm, "\n") : kr_bytes_new(vm, (const uint8_t *)"\n", 1);
        if (IS_EXC(full) || IS_EXC(nl)) {
            return VAL_EXC;
        }
        Value cargs[3] = {nl, kr_int(0), pos};
        Value count = kr_getattr(vm, pattern, cstr(vm, "count"));
        Value n = IS_EXC(count) ? VAL_EXC : kr_call(vm, count, 3, cargs, VAL_UNDEF);
        lineno = IS_EXC(n) ? VAL_EXC : kr_binop(vm, BINOP_ADD, n, kr_int(1));
        Value rfind = IS_EXC(lineno) ? VAL_EXC : kr_getattr(vm, pattern, cstr(vm, "rfind"));
        Value r = IS_EXC(rfind) ? VAL_EXC : kr_call(vm, rfind, 3, cargs, VAL_UNDEF);
        colno = IS_EXC(r) ? VAL_EXC : kr_binop(vm, BINOP_SUB, pos, r);
        if (IS_EXC(colno)) {
            return VAL_EXC;
        }
        int has_nl = kr_contains(vm, pattern, nl);
        if (has_nl < 0) {
            return VAL_EXC;
        }
        if (has_nl) {
            Value f2 = kr_str_from_cstr(vm, "%s (line %d, column %d)");
            Value t2 = IS_EXC(f2) ? VAL_EXC : kr_tuple_pack(vm, 3, full, lineno, colno);
            full = IS_EXC(t2) ? VAL_EXC : kr_binop(vm, BINOP_MOD, f2, t2);
            if (IS_EXC(full)) {
                return VAL_EXC;
            }
        }
    }
    Value args = kr_tuple_pack(vm, 1, full);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, cls, args);
    if (!e) {
        return VAL_EXC;
    }
    Value ev = kr_obj(e);
    if (kr_exc_attr(vm, ev, "msg", msg) < 0 || kr_exc_attr(vm, ev, "pattern", pattern) < 0 ||
        kr_exc_attr(vm, ev, "pos", pos) < 0 || kr_exc_attr(vm, ev, "lineno", lineno) < 0 ||
        kr_exc_attr(vm, ev, "colno", colno) < 0) {
        return VAL_EXC;
    }
    return ev;
}

// ----- Snapshots (module.h ModTypeSnap) -----
// A Pattern is saved as its source and final flags and compiled again on load (as CPython
// pickles it: re.compile(p.pattern, p.flags) gives the same pattern). A Match is saved as its
// pattern, string, pos/endpos, lastindex and group spans; a finditer scanner as its pattern,
// string and search state. Every number is validated on load (the bytes may be hostile): spans
// against the string's length, the slot count against the pattern's groups.

static int snap_invalid(KrVm *vm, const Type *t) {
    kr_raise(vm, EXC_ValueError, "snapshot is corrupt (invalid '%s' object)", t->name);
    return -1;
}

static int pattern_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    PatternObj *p = (PatternObj *)o;
    if (!p->prog) {
        return snap_invalid(vm, o->type);
    }
    return kr_snap_num(out, p->flags) < 0 || kr_snap_val(out, p->pattern) < 0 ? -1 : 0;
}

static Obj *pattern_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 1) {
        snap_invalid(vm, t);
        return NULL;
    }
    PatternObj *p = kr_gc_alloc(vm, t, sizeof(PatternObj)); // Values VAL_UNDEF, prog NULL
    if (p) {
        p->flags = nums[0];
    }
    return (Obj *)p;
}

static int pattern_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    PatternObj *p = (PatternObj *)o;
    if (nvals != 1 || (!IS_STR(vals[0]) && !IS_BYTES(vals[0])) || p->prog) {
        return snap_invalid(vm, o->type);
    }
    Value gi, ig;
    ReProg *prog = kr_re_compile(vm, vals[0], p->flags, &gi, &ig);
    if (!prog) {
        // A pattern this VM cannot compile was not saved by a krait run: the bytes are corrupt.
        if (kr_exc_pending_is(vm, EXC_MemoryError)) {
            return -1;
        }
        kr_exc_take(vm);
        return snap_invalid(vm, o->type);
    }
    if (prog->flags != p->flags) {
        // Final flags are a fixed point of compiling; anything else was not saved by krait.
        kr_re_prog_free(vm, prog);
        return snap_invalid(vm, o->type);
    }
    p->pattern = vals[0];
    p->groupindex = gi;
    p->indexgroup = ig;
    p->prog = prog;
    return 0;
}

static const ModTypeSnap pattern_snap = {pattern_save, pattern_snap_alloc, pattern_fill, NULL};

// nums: pos, endpos, lastindex, nslots, then the slots. vals: string, pattern.
static int match_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    MatchObj *m = (MatchObj *)o;
    if (kr_snap_num(out, m->pos) < 0 || kr_snap_num(out, m->endpos) < 0 ||
        kr_snap_num(out, m->lastindex) < 0 || kr_snap_num(out, m->nslots) < 0) {
        return -1;
    }
    for (int32_t i = 0; i < m->nslots; i++) {
        if (kr_snap_num(out, m->slots[i]) < 0) {
            return -1;
        }
    }
    return kr_snap_val(out, m->string) < 0 || kr_snap_val(out, m->re) < 0 ? -1 : 0;
}

static Obj *match_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    // At least group 0; slots come in pairs; the count matches the numbers given (nnums is
    // bounded by the snapshot's size, so the allocation is too).
    if (nnums < 6 || nums[3] < 2 || nums[3] % 2 || nums[3] != nnums - 4 || nums[3] > INT32_MAX ||
        nums[2] < -1 || nums[2] > INT32_MAX) {
        snap_invalid(vm, t);
        return NULL;
    }
    int32_t nslots = (int32_t)nums[3];
    for (int32_t i = 0; i < nslots; i++) {
        if (nums[4 + i] < -1 || nums[4 + i] > INT32_MAX) {
            snap_invalid(vm, t);
            return NULL;
        }
    }
    MatchObj *m = kr_gc_alloc(vm, t, match_size(nslots));
    if (!m) {
        return NULL;
    }
    m->pos = nums[0];
    m->endpos = nums[1];
    m->lastindex = (int32_t)nums[2];
    m->nslots = nslots;
    for (int32_t i = 0; i < nslots; i++) {
        m->slots[i] = (int32_t)nums[4 + i];
    }
    return (Obj *)m;
}

static int match_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    MatchObj *m = (MatchObj *)o;
    if (nvals != 2 || (!IS_STR(vals[0]) && !IS_BYTES(vals[0])) || !IS_PATTERN(vals[1]) ||
        m->boffs || !IS_UNDEF(m->string)) {
        return snap_invalid(vm, o->type);
    }
    // Strings are immutable, so complete now: check every span against the length.
    int64_t n = subject_len(vals[0]);
    if (m->pos < 0 || m->pos > n || m->endpos < 0 || m->endpos > n) {
        return snap_invalid(vm, o->type);
    }
    for (int32_t g = 0; g < m->nslots / 2; g++) {
        int32_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
        bool unset = a < 0 && b < 0;
        if (!unset && (a < 0 || b < a || b > n)) {
            return snap_invalid(vm, o->type);
        }
        if (g == 0 && unset) {
            return snap_invalid(vm, o->type);
        }
    }
    if (m->lastindex >= m->nslots / 2 || m->lastindex == 0) {
        return snap_invalid(vm, o->type);
    }
    ReSubject S;
    if (kr_re_subject_init(vm, &S, vals[0]) < 0) {
        return -1;
    }
    if (S.s32) {
        // A non-ASCII str: the byte offsets of the slots, as new_match keeps them.
        m->boffs = kr_mem_alloc(vm, (size_t)m->nslots * sizeof(int64_t));
        if (!m->boffs) {
            kr_re_subject_free(vm, &S);
            return -1;
        }
        for (int32_t i = 0; i < m->nslots; i++) {
            m->boffs[i] = m->slots[i] < 0 ? -1 : kr_re_subject_offset(&S, m->slots[i]);
        }
    }
    kr_re_subject_free(vm, &S);
    m->string = vals[0];
    m->re = vals[1];
    return 0;
}

// Once every pattern is compiled: the slots are those of the pattern's groups, the string is
// of the pattern's kind, and lastindex names one of its groups.
static int match_check(KrVm *vm, Obj *o) {
    MatchObj *m = (MatchObj *)o;
    PatternObj *p = AS_PATTERN(m->re);
    if (!p->prog || m->nslots != 2 * (p->prog->ngroups + 1) ||
        IS_STR(p->pattern) != IS_STR(m->string)) {
        return snap_invalid(vm, o->type);
    }
    return 0;
}

static const ModTypeSnap match_snap = {match_save, match_snap_alloc, match_fill, match_check};

// nums: pos, endpos, must_advance, done. vals: pattern, string.
static int scanner_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    ScannerObj *s = (ScannerObj *)o;
    if (kr_snap_num(out, s->pos) < 0 || kr_snap_num(out, s->endpos) < 0 ||
        kr_snap_num(out, s->must_advance) < 0 || kr_snap_num(out, s->done) < 0) {
        return -1;
    }
    return kr_snap_val(out, s->pattern) < 0 || kr_snap_val(out, s->string) < 0 ? -1 : 0;
}

static Obj *scanner_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 4 || nums[0] < 0 || nums[1] < 0 || nums[2] < 0 || nums[2] > 1 || nums[3] < 0 ||
        nums[3] > 1) {
        snap_invalid(vm, t);
        return NULL;
    }
    // (A scanner whose fill failed is never reachable: the whole load fails.)
    ScannerObj *s = kr_gc_alloc(vm, t, sizeof(ScannerObj));
    if (s) {
        s->pos = nums[0];
        s->endpos = nums[1];
        s->must_advance = nums[2];
        s->done = nums[3];
    }
    return (Obj *)s;
}

static int scanner_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    ScannerObj *s = (ScannerObj *)o;
    if (nvals != 2 || !IS_PATTERN(vals[0]) || (!IS_STR(vals[1]) && !IS_BYTES(vals[1])) ||
        !IS_UNDEF(s->string)) {
        return snap_invalid(vm, o->type);
    }
    int64_t n = subject_len(vals[1]);
    if (s->pos > n || s->endpos > n) {
        return snap_invalid(vm, o->type);
    }
    if (kr_re_subject_init(vm, &s->S, vals[1]) < 0) {
        return -1;
    }
    s->pattern = vals[0];
    s->string = vals[1];
    return 0;
}

static int scanner_check(KrVm *vm, Obj *o) {
    ScannerObj *s = (ScannerObj *)o;
    PatternObj *p = AS_PATTERN(s->pattern);
    if (!p->prog || IS_STR(p->pattern) != IS_STR(s->string)) {
        return snap_invalid(vm, o->type);
    }
    return 0;
}

static const ModTypeSnap scanner_snap = {scanner_save, scanner_snap_alloc, scanner_fill,
                                         scanner_check};

static const ModType re_types[] = {
    {TY_RE_ERROR, "error", NULL, re_error_new},
    {TY_RE_PATTERN, "Pattern", &pattern_snap, NULL},
    {TY_RE_MATCH, "Match", &match_snap, NULL},
    {TY_RE_SCANNER, NULL, &scanner_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_re = {"re", re_funcs, re_init, re_types};
