// SPDX-License-Identifier: MIT
// stdlib/string.c: the string module: its character-class constants and capwords().
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

const ModuleDef kr_mod_string = {"string", string_funcs, string_init};
