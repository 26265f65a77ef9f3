// SPDX-License-Identifier: MIT
// stdlib/string.c: the string module: its character-class constants, capwords() and
// Template (CPython 3.11's Lib/string.py; the $-placeholder pattern is matched by hand).
//
// Template is a module-defined C type (TY_STR_TEMPLATE): string.Template is its class. It cannot
// be subclassed (class statements are not supported: no custom delimiter or idpattern),
// `template` cannot be reassigned, and `pattern` (a compiled regex) is absent. Formatter needs
// classes and is not provided.
#include <inttypes.h>
#include <stdio.h>

#include "module.h"

// capwords(s, sep=None): sep.join(w.capitalize() for w in s.split(sep)), through the str
// methods themselves so that every type error matches CPython's.
static Value string_capwords(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value s = argc > 0 ? argv[0] : VAL_UNDEF;
    Value sep = argc > 1 ? argv[1] : VAL_NONE;
    if (argc > 2) {
        return kr_raise(vm, EXC_TypeError,
                        "capwords() takes from 1 to 2 positional arguments but %d were given",
                        argc);
    }
    if (IS_DICT(kw)) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
            const char *name = IS_STR(k) ? AS_STR(k)->data : "";
            if (strcmp(name, "s") == 0 && argc < 1) {
                s = v;
            } else if (strcmp(name, "sep") == 0 && argc < 2) {
                sep = v;
            } else if (strcmp(name, "s") == 0 || strcmp(name, "sep") == 0) {
                return kr_raise(vm, EXC_TypeError,
                                "capwords() got multiple values for argument '%U'", k);
            } else {
                return kr_raise(vm, EXC_TypeError,
                                "capwords() got an unexpected keyword argument '%U'", k);
            }
        }
    }
    if (IS_UNDEF(s)) {
        return kr_raise(vm, EXC_TypeError,
                        "capwords() missing 1 required positional argument: 's'");
    }
    Value split = kr_getattr(vm, s, kr_str_from_cstr(vm, "split"));
    if (IS_EXC(split)) {
        return VAL_EXC;
    }
    Value words = kr_call(vm, split, 1, &sep, VAL_UNDEF);
    if (IS_EXC(words) || kr_scope_hold(vm, words) < 0) {
        return VAL_EXC;
    }
    if (!IS_LIST(words)) {
        return kr_raise(vm, EXC_TypeError, "capwords() expected split() to return a list");
    }
    Value cap_name = kr_str_from_cstr(vm, "capitalize");
    if (IS_EXC(cap_name)) {
        return VAL_EXC;
    }
    List *caps = kr_list_new(vm, 0);
    if (!caps) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < AS_LIST(words)->len; i++) {
        Value w = AS_LIST(words)->items[i];
        Value m = kr_getattr(vm, w, cap_name);
        if (IS_EXC(m)) {
            return VAL_EXC;
        }
        Value c = kr_call(vm, m, 0, &w, VAL_UNDEF); // argv unused when argc is 0
        if (IS_EXC(c) || kr_list_append(vm, caps, c) < 0) {
            return VAL_EXC;
        }
    }
    Value joiner = IS_NONE(sep) ? kr_str_from_cstr(vm, " ") : sep;
    if (IS_EXC(joiner)) {
        return VAL_EXC;
    }
    Value join = kr_getattr(vm, joiner, kr_str_from_cstr(vm, "join"));
    if (IS_EXC(join)) {
        return VAL_EXC;
    }
    Value list = kr_obj(caps);
    return kr_call(vm, join, 1, &list, VAL_UNDEF);
}

// ----- Template -----

typedef struct Template {
    Obj hdr;
    Value template;
} Template;

static Value string_template(KrVm *vm, int argc, const Value *argv, Value kw);

static void template_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((Template *)o)->template); }

static Value template_repr(KrVm *vm, Value self) {
    char buf[80];
    snprintf(buf, sizeof buf, "<string.Template object at 0x%" PRIxPTR ">",
             (uintptr_t)AS_OBJ(self));
    return kr_str_from_cstr(vm, buf);
}

static bool id_start(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static bool id_char(char c) { return id_start(c) || (c >= '0' && c <= '9'); }

// One match of Template.pattern at a '$' (s[i] == '$'): its kind, its extent [i, end) and for
// a placeholder the identifier [name, name + nlen).
typedef enum { M_ESCAPED, M_NAMED, M_INVALID } MatchKind;
typedef struct Match {
    MatchKind kind;
    size_t end;
    size_t name, nlen;
} Match;

static Match match_at(const char *s, size_t len, size_t i) {
    Match m = {M_INVALID, i + 1, 0, 0};
    size_t j = i + 1;
    if (j < len && s[j] == '$') {
        m.kind = M_ESCAPED;
        m.end = j + 1;
    } else if (j < len && id_start(s[j])) {
        size_t k = j + 1;
        while (k < len && id_char(s[k])) {
            k++;
        }
        m = (Match){M_NAMED, k, j, k - j};
    } else if (j < len && s[j] == '{' && j + 1 < len && id_start(s[j + 1])) {
        size_t k = j + 2;
        while (k < len && id_char(s[k])) {
            k++;
        }
        if (k < len && s[k] == '}') {
            m = (Match){M_NAMED, k + 1, j + 1, k - j - 1};
        }
    }
    return m;
}

// Template._invalid: ValueError with the line and column (in code points, lines split as
// str.splitlines does) of the character after the bad '$' at byte [i].
static Value raise_invalid(KrVm *vm, const char *s, size_t i) {
    int64_t lineno = 1, idx = 0, linestart = 0;
    size_t p = 0, stop = i + 1;
    while (p < stop) {
        size_t adv = 1;
        uint32_t cp = kr_utf8_decode(s + p, &adv);
        p += adv ? adv : 1;
        idx++;
        if (cp == '\r' && p < stop && s[p] == '\n') {
            p++;
            idx++;
        }
        if (cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x1c || cp == 0x1d ||
            cp == 0x1e || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            lineno++;
            linestart = idx;
        }
    }
    return kr_raise(vm, EXC_ValueError, "Invalid placeholder in string: line %ld, col %ld",
                    (long)lineno, (long)(idx - linestart));
}

// The template string, or re's TypeError for anything else.
static Str *template_str(KrVm *vm, Value self) {
    Value t = ((Template *)AS_OBJ(self))->template;
    if (IS_STR(t)) {
        return AS_STR(t);
    }
    const char *tn = kr_typename(t);
    if (IS_BYTES(t) || strcmp(tn, "bytearray") == 0 || strcmp(tn, "memoryview") == 0) {
        kr_raise(vm, EXC_TypeError, "cannot use a string pattern on a bytes-like object");
    } else {
        kr_raise(vm, EXC_TypeError, "expected string or bytes-like object, got '%s'", tn);
    }
    return NULL;
}

// mapping[name], where the mapping is ChainMap(kws, mapping) when both were given.
static Value lookup(KrVm *vm, Value mapping, Value kws, Value name) {
    bool have_kws = IS_DICT(kws) && AS_DICT(kws)->used > 0;
    if (IS_UNDEF(mapping)) {
        if (!have_kws) {
            return kr_raise_with_arg(vm, EXC_KeyError, name);
        }
        return kr_getitem(vm, kws, name);
    }
    if (!have_kws) {
        return kr_getitem(vm, mapping, name);
    }
    Value v = kr_dict_get_str(vm, AS_DICT(kws), AS_STR(name));
    if (!IS_UNDEF(v)) {
        return v;
    }
    v = kr_getitem(vm, mapping, name);
    if (IS_EXC(v) && kr_exc_pending_is(vm, EXC_KeyError)) {
        kr_exc_take(vm);
        return kr_raise_with_arg(vm, EXC_KeyError, name);
    }
    return v;
}

static Value substitute(KrVm *vm, const char *meth, bool safe, int argc, const Value *argv,
                        Value kw) {
    if (argc > 2) {
        return kr_raise(vm, EXC_TypeError,
                        "Template.%s() takes from 1 to 2 positional arguments but %d were given",
                        meth, argc);
    }
    Value mapping = argc > 1 ? argv[1] : VAL_UNDEF;
    Str *ts = template_str(vm, argv[0]);
    if (!ts) {
        return VAL_EXC;
    }
    Value tv = kr_obj(ts);
    // The mapping may run Python code (a user mapping's __getitem__, a value's __str__); the
    // template string is pinned, so its bytes stay put.
    if (kr_scope_hold(vm, tv) < 0) {
        return VAL_EXC;
    }
    const char *s = ts->data;
    size_t len = (size_t)ts->len;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    size_t i = 0, run = 0;
    while (i < len) {
        if (s[i] != '$') {
            i++;
            continue;
        }
        if (kr_tick(vm, 1) < 0 || kr_sb_add(&sb, s + run, i - run) < 0) {
            goto fail;
        }
        Match m = match_at(s, len, i);
        if (m.kind == M_ESCAPED) {
            if (kr_sb_addc(&sb, '$') < 0) {
                goto fail;
            }
        } else if (m.kind == M_INVALID) {
            if (!safe) {
                raise_invalid(vm, s, i);
                goto fail;
            }
            if (kr_sb_addc(&sb, '$') < 0) {
                goto fail;
            }
        } else {
            Value name = kr_str_new(vm, s + m.name, m.nlen);
            if (IS_EXC(name)) {
                goto fail;
            }
            Value v = lookup(vm, mapping, kw, name);
            if (!IS_EXC(v)) {
                v = kr_str(vm, v);
            }
            if (IS_EXC(v)) {
                if (!safe || !kr_exc_pending_is(vm, EXC_KeyError)) {
                    goto fail;
                }
                kr_exc_take(vm);
                if (kr_sb_add(&sb, s + i, m.end - i) < 0) {
                    goto fail;
                }
            } else if (kr_sb_add_str(&sb, v) < 0) {
                goto fail;
            }
        }
        i = run = m.end;
    }
    if (kr_sb_add(&sb, s + run, len - run) < 0) {
        goto fail;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value template_substitute(KrVm *vm, int argc, const Value *argv, Value kw) {
    return substitute(vm, "substitute", false, argc, argv, kw);
}

static Value template_safe_substitute(KrVm *vm, int argc, const Value *argv, Value kw) {
    return substitute(vm, "safe_substitute", true, argc, argv, kw);
}

// Template.get_identifiers() (ids == NULL: is_valid(), returning whether no '$' is invalid).
static Value scan_identifiers(KrVm *vm, Value self, List *ids) {
    Str *ts = template_str(vm, self);
    if (!ts) {
        return VAL_EXC;
    }
    const char *s = ts->data;
    size_t len = (size_t)ts->len;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '$') {
            continue;
        }
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        Match m = match_at(s, len, i);
        if (m.kind == M_INVALID && !ids) {
            return VAL_FALSE;
        }
        if (m.kind == M_NAMED && ids) {
            Value name = kr_str_new(vm, s + m.name, m.nlen);
            if (IS_EXC(name)) {
                return VAL_EXC;
            }
            int seen = kr_contains(vm, kr_obj(ids), name);
            if (seen < 0 || (!seen && kr_list_append(vm, ids, name) < 0)) {
                return VAL_EXC;
            }
        }
        i = m.end - 1;
    }
    return ids ? kr_obj(ids) : VAL_TRUE;
}

static Value template_is_valid(KrVm *vm, int argc, const Value *argv, Value kw) {
    return scan_identifiers(vm, argv[0], NULL);
}

static Value template_get_identifiers(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *ids = kr_list_new(vm, 0);
    if (!ids) {
        return VAL_EXC;
    }
    return scan_identifiers(vm, argv[0], ids);
}

static const NativeDef template_substitute_def =
    NATIVE("substitute", template_substitute, 0, -1, NATIVE_KW);
static const NativeDef template_safe_substitute_def =
    NATIVE("safe_substitute", template_safe_substitute, 0, -1, NATIVE_KW);
static const NativeDef template_is_valid_def = NATIVE("is_valid", template_is_valid, 0, 0, 0);
static const NativeDef template_get_identifiers_def =
    NATIVE("get_identifiers", template_get_identifiers, 0, 0, 0);

// Methods are reached through getset (module types have no class dict): each returns the
// native bound to the template, which reprs as "<built-in method substitute of Template ...>".
static Value bound(KrVm *vm, const NativeDef *def, Value self) {
    Value owner = kr_str_from_cstr(vm, "Template");
    return IS_EXC(owner) ? owner : kr_native_new(vm, def, self, owner);
}
static Value template_get_substitute(KrVm *vm, Value self) {
    return bound(vm, &template_substitute_def, self);
}
static Value template_get_safe_substitute(KrVm *vm, Value self) {
    return bound(vm, &template_safe_substitute_def, self);
}
static Value template_get_is_valid(KrVm *vm, Value self) {
    return bound(vm, &template_is_valid_def, self);
}
static Value template_get_identifiers_attr(KrVm *vm, Value self) {
    return bound(vm, &template_get_identifiers_def, self);
}
static Value template_get_template(KrVm *vm, Value self) {
    return ((Template *)AS_OBJ(self))->template;
}
static Value template_get_delimiter(KrVm *vm, Value self) { return kr_str_from_cstr(vm, "$"); }
static Value template_get_idpattern(KrVm *vm, Value self) {
    return kr_str_from_cstr(vm, "(?a:[_a-z][_a-z0-9]*)");
}
static Value template_get_braceidpattern(KrVm *vm, Value self) { return VAL_NONE; }

static const GetSetDef template_getset[] = {
    {"template", template_get_template},
    {"substitute", template_get_substitute},
    {"safe_substitute", template_get_safe_substitute},
    {"is_valid", template_get_is_valid},
    {"get_identifiers", template_get_identifiers_attr},
    {"delimiter", template_get_delimiter},
    {"idpattern", template_get_idpattern},
    {"braceidpattern", template_get_braceidpattern},
    {NULL, NULL},
};

const Type kr_type_str_template = {
    .name = "Template",
    .id = TY_STR_TEMPLATE,
    .ctor = string_template,
    .basic_size = sizeof(Template),
    .trace = template_trace,
    .repr = template_repr,
    .getset = template_getset,
};

// Template(template): Template.__init__'s Python-function argument errors.
static Value string_template(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value t = argc > 0 ? argv[0] : VAL_UNDEF;
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError,
                        "Template.__init__() takes 2 positional arguments but %d were given",
                        argc + 1);
    }
    if (IS_DICT(kw)) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
            if (IS_STR(k) && strcmp(AS_STR(k)->data, "template") == 0) {
                if (argc > 0) {
                    return kr_raise(vm, EXC_TypeError,
                                    "Template.__init__() got multiple values for argument "
                                    "'template'");
                }
                t = v;
            } else {
                return kr_raise(vm, EXC_TypeError,
                                "Template.__init__() got an unexpected keyword argument '%U'",
                                k);
            }
        }
    }
    if (IS_UNDEF(t)) {
        return kr_raise(vm, EXC_TypeError,
                        "Template.__init__() missing 1 required positional argument: "
                        "'template'");
    }
    Template *o = kr_gc_alloc(vm, &kr_type_str_template, sizeof(Template));
    if (!o) {
        return VAL_EXC;
    }
    o->template = t;
    return kr_obj(o);
}

static const NativeDef string_funcs[] = {
    NATIVE("capwords", string_capwords, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static int string_init(KrVm *vm, Value module) {
    static const char *const consts[][2] = {
        {"ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"},
        {"ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        {"ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        {"digits", "0123456789"},
        {"hexdigits", "0123456789abcdefABCDEF"},
        {"octdigits", "01234567"},
        {"punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
        {"printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                      "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"},
        {"whitespace", " \t\n\r\x0b\x0c"},
    };
    Dict *d = ((Module *)AS_OBJ(module))->dict;
    for (size_t i = 0; i < KR_ARRAY_LEN(consts); i++) {
        Value v = kr_str_from_cstr(vm, consts[i][1]);
        if (IS_EXC(v) || kr_dict_set_str(vm, d, consts[i][0], v) < 0) {
            return -1;
        }
    }
    return 0;
}

// Snapshots: a template is its template string (any value, as Template(x) accepts).
static int template_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    return kr_snap_val(out, ((Template *)o)->template);
}
static Obj *template_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 0) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'Template' object");
        return NULL;
    }
    return kr_gc_alloc(vm, t, sizeof(Template));
}
static int template_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    if (nvals != 1 || IS_UNDEF(vals[0])) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'Template' object");
        return -1;
    }
    ((Template *)o)->template = vals[0];
    return 0;
}
static const ModTypeSnap template_snap = {template_save, template_alloc, template_fill, NULL};

static const ModType string_types[] = {
    {TY_STR_TEMPLATE, "Template", &template_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_string = {"string", string_funcs, string_init, string_types};
