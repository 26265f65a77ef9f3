// SPDX-License-Identifier: MIT
// stdlib/typing.c: the typing module (CPython 3.11's Lib/typing.py, runtime behaviour only).
//
// krait never evaluates annotations, so most programs only import these names. What runs at
// module level must match CPython: special forms (Any, Union, Optional, Final, Literal, ...),
// the special aliases (List, Dict, Iterable, Callable, Tuple, ...), their subscriptions with
// CPython's reprs, equality and hashing, Union flattening and deduplication, TypeVar and
// substitution of type variables in aliases (Vec = List[T]; Vec[int]), ForwardRef for string
// arguments, NewType, Annotated, cast/overload/final/get_origin/get_args, and the TypeErrors of
// calling or isinstance-checking an alias.
//
// Every typing object is one C struct (Tp) under several descriptors so that type(x) names
// CPython's class (_GenericAlias, _UnionGenericAlias, TypeVar, ...). typing is pure Python in
// CPython, so the descriptors carry the bare class names (error messages print those).
//
// Not supported (clear errors): the collections.abc classes as values (get_origin(Iterable[int]),
// isinstance(x, Iterable)), Generic/Protocol/NamedTuple/TypedDict and the Supports*/IO classes
// (they need class statements), ParamSpec/TypeVarTuple/Concatenate/Unpack. The _tp_cache of
// CPython (List[int] is List[int]) is not reproduced: equal aliases are equal, not identical.
#include <stdio.h>
#include <string.h>

#include "module.h"
#include "vm.h"

static Value cstr(KrVm *vm, const char *s) { return kr_str_intern(vm, s, strlen(s)); }

typedef struct Tp {
    Obj hdr;
    Value origin; // aliases: class or special form (Tp); VAL_UNDEF: resolved from aliases[sub]
    Value args;   // subscripted aliases: Tuple; else VAL_UNDEF
    Value params; // subscripted aliases: Tuple of the TypeVars in args; else VAL_UNDEF
    Value name;   // Str (List, Optional, T, UserId, forward ref text) or VAL_NONE
    Value extra;  // TypeVar: bound; NewType: supertype; Optional: Union; Annotated: metadata
    Value extra2; // TypeVar: constraints (Tuple); NewType: module name (Str)
    int32_t sub;  // special form SF_*, placeholder PH_*, alias index (or -1), TypeVar variance
    int32_t inst; // aliases: calling calls the origin (CPython's _inst)
} Tp;

#define TP(v) ((Tp *)AS_OBJ(v))

// ----- Tables -----

enum {
    SF_NORETURN,
    SF_NEVER,
    SF_SELF,
    SF_LITERALSTRING,
    SF_TYPEALIAS,
    SF_CLASSVAR,
    SF_FINAL,
    SF_UNION,
    SF_OPTIONAL,
    SF_LITERAL,
    SF_TYPEGUARD,
    SF_REQUIRED,
    SF_NOTREQUIRED,
    SF_CONCATENATE,
    SF_UNPACK,
    SF_COUNT
};
static const char *const sf_names[SF_COUNT] = {
    "NoReturn", "Never",    "Self",      "LiteralString", "TypeAlias",
    "ClassVar", "Final",    "Union",     "Optional",      "Literal",
    "TypeGuard", "Required", "NotRequired", "Concatenate", "Unpack",
};

// Classes of typing that need class statements (or are not implemented): importable, their
// repr is the class's, every use raises NotImplementedError. Annotated is subscriptable.
enum {
    PH_GENERIC,
    PH_PROTOCOL,
    PH_ANNOTATED,
    PH_SUPPORTSINT,
    PH_SUPPORTSFLOAT,
    PH_SUPPORTSCOMPLEX,
    PH_SUPPORTSBYTES,
    PH_SUPPORTSINDEX,
    PH_SUPPORTSABS,
    PH_SUPPORTSROUND,
    PH_IO,
    PH_TEXTIO,
    PH_BINARYIO,
    PH_PARAMSPEC,
    PH_TYPEVARTUPLE,
    PH_PARAMSPECARGS,
    PH_PARAMSPECKWARGS,
    PH_COUNT
};
static const char *const ph_names[PH_COUNT] = {
    "Generic",        "Protocol",        "Annotated",     "SupportsInt",  "SupportsFloat",
    "SupportsComplex", "SupportsBytes",  "SupportsIndex", "SupportsAbs",  "SupportsRound",
    "IO",             "TextIO",          "BinaryIO",      "ParamSpec",    "TypeVarTuple",
    "ParamSpecArgs",  "ParamSpecKwargs",
};

// The special generic aliases (typing.List, ...): CPython's _alias(origin, nparams, inst, name).
typedef struct AliasSpec {
    const char *name;
    int nparams;    // -1: Tuple (any number)
    bool inst;      // calling the alias calls the origin
    int origin_ty;  // TY_* of a krait class, or -1 (mod.cls below)
    const char *mod, *cls; // the origin's module and class name
    const char *abstract;  // abstract methods of a collections.abc origin (sorted), or NULL
} AliasSpec;

enum { AL_CALLABLE = 10, AL_TUPLE = 19 }; // indexes below: the two aliases with own __getitem__

static const AliasSpec aliases[] = {
    {"Hashable", 0, true, -1, "collections.abc", "Hashable", "__hash__"},
    {"Awaitable", 1, true, -1, "collections.abc", "Awaitable", "__await__"},
    {"Coroutine", 3, true, -1, "collections.abc", "Coroutine", "__await__, send, throw"},
    {"AsyncIterable", 1, true, -1, "collections.abc", "AsyncIterable", "__aiter__"},
    {"AsyncIterator", 1, true, -1, "collections.abc", "AsyncIterator", "__anext__"},
    {"Iterable", 1, true, -1, "collections.abc", "Iterable", "__iter__"},
    {"Iterator", 1, true, -1, "collections.abc", "Iterator", "__next__"},
    {"Reversible", 1, true, -1, "collections.abc", "Reversible", "__iter__, __reversed__"},
    {"Sized", 0, true, -1, "collections.abc", "Sized", "__len__"},
    {"Container", 1, true, -1, "collections.abc", "Container", "__contains__"},
    {"Callable", 2, true, -1, "collections.abc", "Callable", "__call__"}, // AL_CALLABLE
    {"Collection", 1, true, -1, "collections.abc", "Collection",
     "__contains__, __iter__, __len__"},
    {"AbstractSet", 1, true, -1, "collections.abc", "Set", "__contains__, __iter__, __len__"},
    {"MutableSet", 1, true, -1, "collections.abc", "MutableSet",
     "__contains__, __iter__, __len__, add, discard"},
    {"Mapping", 2, true, -1, "collections.abc", "Mapping", "__getitem__, __iter__, __len__"},
    {"MutableMapping", 2, true, -1, "collections.abc", "MutableMapping",
     "__delitem__, __getitem__, __iter__, __len__, __setitem__"},
    {"Sequence", 1, true, -1, "collections.abc", "Sequence", "__getitem__, __len__"},
    {"MutableSequence", 1, true, -1, "collections.abc", "MutableSequence",
     "__delitem__, __getitem__, __len__, __setitem__, insert"},
    {"ByteString", 0, true, -1, "collections.abc", "ByteString", "__getitem__, __len__"},
    {"Tuple", -1, false, TY_TUPLE, NULL, "tuple", NULL}, // AL_TUPLE
    {"List", 1, false, TY_LIST, NULL, "list", NULL},
    {"Deque", 1, true, -1, "collections", "deque", NULL},
    {"Set", 1, false, TY_SET, NULL, "set", NULL},
    {"FrozenSet", 1, false, TY_FROZENSET, NULL, "frozenset", NULL},
    {"MappingView", 1, true, -1, "collections.abc", "MappingView", NULL},
    {"KeysView", 1, true, -1, "collections.abc", "KeysView", NULL},
    {"ItemsView", 2, true, -1, "collections.abc", "ItemsView", NULL},
    {"ValuesView", 1, true, -1, "collections.abc", "ValuesView", NULL},
    {"ContextManager", 1, true, -1, "contextlib", "AbstractContextManager", "__exit__"},
    {"AsyncContextManager", 1, true, -1, "contextlib", "AbstractAsyncContextManager",
     "__aexit__"},
    {"Dict", 2, false, TY_DICT, NULL, "dict", NULL},
    {"DefaultDict", 2, true, -1, "collections", "defaultdict", NULL},
    {"OrderedDict", 2, true, -1, "collections", "OrderedDict", NULL},
    {"Counter", 1, true, -1, "collections", "Counter", NULL},
    {"ChainMap", 2, true, -1, "collections", "ChainMap", NULL},
    {"Generator", 3, true, -1, "collections.abc", "Generator", "send, throw"},
    {"AsyncGenerator", 2, true, -1, "collections.abc", "AsyncGenerator", "asend, athrow"},
    {"Type", 1, false, TY_TYPE, NULL, "type", NULL},
    {"Pattern", 1, true, TY_RE_PATTERN, NULL, "Pattern", NULL},
    {"Match", 1, true, TY_RE_MATCH, NULL, "Match", NULL},
};
#define NALIASES ((int)(sizeof aliases / sizeof aliases[0]))

static bool is_sf(Value v, int sf) {
    return kr_isa(v, &kr_type_tp_specialform) && TP(v)->sub == sf;
}
static bool is_ph(Value v, int ph) {
    return kr_isa(v, &kr_type_tp_placeholder) && TP(v)->sub == ph;
}
// A subscripted alias (CPython's _GenericAlias and its subclasses).
static bool is_galias(Value v) {
    if (!IS_OBJ(v)) {
        return false;
    }
    const Type *t = AS_OBJ(v)->type;
    return t == &kr_type_tp_genericalias || t == &kr_type_tp_unionalias ||
           t == &kr_type_tp_literalalias || t == &kr_type_tp_callablealias ||
           t == &kr_type_tp_annotatedalias;
}
static bool is_special_alias(Value v) {
    return kr_isa(v, &kr_type_tp_specialalias) || kr_isa(v, &kr_type_tp_callabletype) ||
           kr_isa(v, &kr_type_tp_tupletype);
}

static Tp *tp_new(KrVm *vm, const Type *t) {
    Tp *p = kr_gc_alloc(vm, t, sizeof(Tp));
    if (!p) {
        return NULL;
    }
    p->origin = VAL_UNDEF;
    p->args = VAL_UNDEF;
    p->params = VAL_UNDEF;
    p->name = VAL_NONE;
    p->extra = VAL_NONE;
    p->extra2 = VAL_NONE;
    p->sub = -1;
    p->inst = 1;
    return p;
}

static void tp_trace(KrVm *vm, Obj *o) {
    Tp *p = (Tp *)o;
    kr_gc_mark_value(vm, p->origin);
    kr_gc_mark_value(vm, p->args);
    kr_gc_mark_value(vm, p->params);
    kr_gc_mark_value(vm, p->name);
    kr_gc_mark_value(vm, p->extra);
    kr_gc_mark_value(vm, p->extra2);
}

static Value not_supported(KrVm *vm, const char *what) {
    return kr_raise(vm, EXC_NotImplementedError,
                    "%s is not supported by krait (it needs class definitions)", what);
}

// The origin class of an alias. collections classes are imported on first use; the
// collections.abc and contextlib classes do not exist in krait (NotImplementedError).
static Value alias_origin(KrVm *vm, Tp *p) {
    if (!IS_UNDEF(p->origin)) {
        return p->origin;
    }
    if (p->sub < 0 || p->sub >= NALIASES) {
        return kr_raise(vm, EXC_SystemError, "typing alias without origin");
    }
    const AliasSpec *a = &aliases[p->sub];
    if (a->origin_ty >= 0) {
        TypeObj *c = a->origin_ty >= TY_RE_PATTERN ? kr_modclass(vm, a->origin_ty)
                                                   : kr_class_by_id(vm, a->origin_ty);
        return c ? kr_obj(c) : VAL_EXC;
    }
    if (strcmp(a->mod, "collections") != 0) {
        return kr_raise(vm, EXC_NotImplementedError,
                        "%s.%s (the origin of typing.%s) is not supported by krait", a->mod,
                        a->cls, a->name);
    }
    Value m = kr_import(vm, cstr(vm, a->mod));
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    Value c = kr_getattr(vm, m, cstr(vm, a->cls));
    if (!IS_EXC(c)) {
        p->origin = c;
    }
    return c;
}

// ----- repr -----

// CPython's _type_repr: classes by (qualified) name, ... as '...', functions by name.
static int add_type_repr(KrVm *vm, StrBuf *sb, Value v) {
    if (IS_TYPEOBJ(v)) {
        TypeObj *c = AS_TYPEOBJ(v);
        const char *mod = kr_class_module(c);
        if (mod && (kr_sb_adds(sb, mod) < 0 || kr_sb_addc(sb, '.') < 0)) {
            return -1;
        }
        return kr_sb_add_str(sb, c->name);
    }
    if (IS_OBJ(v) && v.u.o == vm->ellipsis.u.o) {
        return kr_sb_adds(sb, "...");
    }
    if (kr_isa(v, &kr_type_function)) {
        return kr_sb_add_str(sb, ((FuncObj *)AS_OBJ(v))->name);
    }
    Value r = kr_repr(vm, v);
    return IS_EXC(r) ? -1 : kr_sb_add_str(sb, r);
}

static int add_args(KrVm *vm, StrBuf *sb, const Value *items, int64_t n, bool plain_repr) {
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && kr_sb_adds(sb, ", ") < 0) {
            return -1;
        }
        if (plain_repr) {
            Value r = kr_repr(vm, items[i]);
            if (IS_EXC(r) || kr_sb_add_str(sb, r) < 0) {
                return -1;
            }
        } else if (add_type_repr(vm, sb, items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static bool is_nonetype(KrVm *vm, Value v) {
    return IS_TYPEOBJ(v) && AS_TYPEOBJ(v)->type_id == TY_NONE;
}

static int repr_body(KrVm *vm, StrBuf *sb, Value self) {
    Tp *p = TP(self);
    const Type *t = AS_OBJ(self)->type;
    if (t == &kr_type_tp_anymeta) {
        return kr_sb_adds(sb, "typing.Any");
    }
    if (t == &kr_type_tp_specialform || is_special_alias(self)) {
        return kr_sb_adds(sb, "typing.") < 0 ? -1 : kr_sb_add_str(sb, p->name);
    }
    if (t == &kr_type_tp_placeholder) {
        return kr_sb_adds(sb, "<class 'typing.") < 0 || kr_sb_add_str(sb, p->name) < 0
                   ? -1
                   : kr_sb_adds(sb, "'>");
    }
    if (t == &kr_type_tp_typevar) {
        const char *prefix = p->sub == 1 ? "+" : p->sub == 2 ? "-" : "~";
        return kr_sb_adds(sb, prefix) < 0 ? -1 : kr_sb_add_str(sb, p->name);
    }
    if (t == &kr_type_tp_newtype) {
        return kr_sb_add_str(sb, p->extra2) < 0 || kr_sb_addc(sb, '.') < 0
                   ? -1
                   : kr_sb_add_str(sb, p->name);
    }
    if (t == &kr_type_tp_forwardref) {
        Value r = kr_repr(vm, p->name);
        if (IS_EXC(r) || kr_sb_adds(sb, "ForwardRef(") < 0 || kr_sb_add_str(sb, r) < 0) {
            return -1;
        }
        if (!IS_NONE(p->extra)) {
            r = kr_repr(vm, p->extra);
            if (IS_EXC(r) || kr_sb_adds(sb, ", module=") < 0 || kr_sb_add_str(sb, r) < 0) {
                return -1;
            }
        }
        return kr_sb_addc(sb, ')');
    }
    Tuple *args = AS_TUPLE(p->args);
    if (t == &kr_type_tp_annotatedalias) {
        Tuple *meta = AS_TUPLE(p->extra);
        return kr_sb_adds(sb, "typing.Annotated[") < 0 || add_type_repr(vm, sb, p->origin) < 0 ||
                       kr_sb_adds(sb, ", ") < 0 ||
                       add_args(vm, sb, meta->items, meta->len, true) < 0
                   ? -1
                   : kr_sb_addc(sb, ']');
    }
    if (t == &kr_type_tp_unionalias && args->len == 2) {
        int other = is_nonetype(vm, args->items[0]) ? 1 : is_nonetype(vm, args->items[1]) ? 0 : -1;
        if (other >= 0) {
            return kr_sb_adds(sb, "typing.Optional[") < 0 ||
                           add_type_repr(vm, sb, args->items[other]) < 0
                       ? -1
                       : kr_sb_addc(sb, ']');
        }
    }
    if (t == &kr_type_tp_callablealias) {
        Value first = args->items[0];
        bool param_expr = (IS_OBJ(first) && first.u.o == vm->ellipsis.u.o) || IS_TUPLE(first) ||
                          IS_LIST(first);
        if (!(args->len == 2 && param_expr)) {
            return kr_sb_adds(sb, "typing.Callable[[") < 0 ||
                           add_args(vm, sb, args->items, args->len - 1, false) < 0 ||
                           kr_sb_adds(sb, "], ") < 0 ||
                           add_type_repr(vm, sb, AS_TUPLE(p->args)->items[args->len - 1]) < 0
                       ? -1
                       : kr_sb_addc(sb, ']');
        }
    }
    // _GenericAlias.__repr__
    if (IS_STR(p->name) && t != &kr_type_tp_unionalias) {
        if (kr_sb_adds(sb, "typing.") < 0 || kr_sb_add_str(sb, p->name) < 0) {
            return -1;
        }
    } else if (add_type_repr(vm, sb, p->origin) < 0) {
        return -1;
    }
    if (kr_sb_addc(sb, '[') < 0) {
        return -1;
    }
    args = AS_TUPLE(p->args);
    if (args->len == 0) {
        if (kr_sb_adds(sb, "()") < 0) {
            return -1;
        }
    } else if (add_args(vm, sb, args->items, args->len, false) < 0) {
        return -1;
    }
    return kr_sb_addc(sb, ']');
}

static Value tp_repr(KrVm *vm, Value self) {
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object");
    }
    vm->c_depth++;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int rc = repr_body(vm, &sb, self);
    vm->c_depth--;
    if (rc < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

// repr(v) cut to 100 code points (CPython's f"{arg!r:.100}").
static Value repr100(KrVm *vm, Value v) {
    Value r = kr_repr(vm, v);
    if (IS_EXC(r) || AS_STR(r)->nchars <= 100) {
        return r;
    }
    Str *s = AS_STR(r);
    size_t off = 0;
    for (int i = 0; i < 100; i++) {
        size_t adv = 0;
        kr_utf8_decode(s->data + off, &adv);
        off += adv;
    }
    return kr_str_new(vm, s->data, off);
}

// ----- type checks and constructors -----

static Value forwardref_make(KrVm *vm, Value arg, Value module) {
    Tp *f = tp_new(vm, &kr_type_tp_forwardref);
    if (!f) {
        return VAL_EXC;
    }
    f->name = arg;
    f->extra = module;
    return kr_obj(f);
}

// CPython's _type_convert: None is type(None), a string is a ForwardRef.
static Value type_convert(KrVm *vm, Value arg) {
    if (IS_NONE(arg)) {
        TypeObj *c = kr_class_by_id(vm, TY_NONE);
        return c ? kr_obj(c) : VAL_EXC;
    }
    if (IS_STR(arg)) {
        return forwardref_make(vm, arg, VAL_NONE);
    }
    return arg;
}

// CPython's _type_check (msg: the text before " Got ...").
static Value type_check(KrVm *vm, Value arg, const char *msg, bool is_argument,
                        bool allow_special) {
    arg = type_convert(vm, arg);
    if (IS_EXC(arg)) {
        return VAL_EXC;
    }
    if (is_galias(arg)) {
        Value o = TP(arg)->origin;
        if (is_ph(o, PH_GENERIC) || is_ph(o, PH_PROTOCOL) ||
            (!allow_special && is_sf(o, SF_CLASSVAR)) ||
            (!allow_special && is_argument && is_sf(o, SF_FINAL))) {
            return kr_raise(vm, EXC_TypeError, "%S is not valid as type argument", arg);
        }
    }
    if (kr_isa(arg, &kr_type_tp_anymeta)) {
        return arg;
    }
    if (kr_isa(arg, &kr_type_tp_specialform)) {
        int sf = TP(arg)->sub;
        if (sf == SF_NORETURN || sf == SF_NEVER || sf == SF_SELF || sf == SF_LITERALSTRING ||
            sf == SF_TYPEALIAS || (allow_special && (sf == SF_CLASSVAR || sf == SF_FINAL))) {
            return arg;
        }
        return kr_raise(vm, EXC_TypeError, "Plain %S is not valid as type argument", arg);
    }
    if (is_ph(arg, PH_GENERIC) || is_ph(arg, PH_PROTOCOL)) {
        return kr_raise(vm, EXC_TypeError, "Plain %S is not valid as type argument", arg);
    }
    if (IS_TUPLE(arg)) {
        Value r = repr100(vm, arg);
        return IS_EXC(r) ? VAL_EXC : kr_raise(vm, EXC_TypeError, "%s Got %S.", msg, r);
    }
    return arg;
}

static bool is_typevar(Value v) { return kr_isa(v, &kr_type_tp_typevar); }

// CPython's _collect_parameters: the TypeVars in args, in order of first appearance.
static Value collect_params(KrVm *vm, Tuple *args) {
    List *out = kr_list_new(vm, 0);
    if (!out) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < args->len; i++) {
        Value a = args->items[i];
        Tuple *sub = NULL;
        if (is_typevar(a)) {
            sub = NULL;
        } else if (is_galias(a) && IS_TUPLE(TP(a)->params)) {
            sub = AS_TUPLE(TP(a)->params);
        } else {
            continue;
        }
        int64_t n = sub ? sub->len : 1;
        for (int64_t j = 0; j < n; j++) {
            Value x = sub ? sub->items[j] : a;
            bool seen = false;
            if (kr_tick(vm, out->len + 1) < 0) {
                return VAL_EXC;
            }
            for (int64_t k = 0; k < out->len && !seen; k++) {
                seen = out->items[k].u.o == x.u.o;
            }
            if (!seen && kr_list_append(vm, out, x) < 0) {
                return VAL_EXC;
            }
        }
    }
    return kr_tuple_from(vm, out->len, out->items);
}

// A subscripted alias of type [t] with origin, args (Tuple), name (Str or VAL_NONE).
static Value galias_make(KrVm *vm, const Type *t, Value origin, int sub, Value args, Value name,
                         bool inst) {
    Value params = collect_params(vm, AS_TUPLE(args));
    if (IS_EXC(params)) {
        return VAL_EXC;
    }
    Tp *g = tp_new(vm, t);
    if (!g) {
        return VAL_EXC;
    }
    g->origin = origin;
    g->sub = sub;
    g->args = args;
    g->params = params;
    g->name = name;
    g->inst = inst;
    return kr_obj(g);
}

// Subscription of special alias [sa] with already checked args: CPython's copy_with.
static Value special_copy_with(KrVm *vm, Tp *sa, Value args) {
    const Type *t = sa->sub == AL_CALLABLE ? &kr_type_tp_callablealias : &kr_type_tp_genericalias;
    return galias_make(vm, t, sa->origin, sa->sub, args, sa->name, sa->inst);
}

static Value as_tuple(KrVm *vm, Value params) {
    return IS_TUPLE(params) ? params : kr_tuple_from(vm, 1, &params);
}

// Union[params] (params: a Tuple): check, flatten nested unions, drop duplicates.
static Value union_make(KrVm *vm, Value uform, Value params) {
    Tuple *in = AS_TUPLE(params);
    if (in->len == 0) {
        return kr_raise(vm, EXC_TypeError, "Cannot take a Union of no types.");
    }
    List *flat = kr_list_new(vm, in->len);
    if (!flat) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < in->len; i++) {
        Value a = type_check(vm, in->items[i], "Union[arg, ...]: each arg must be a type.", true,
                             false);
        if (IS_EXC(a)) {
            return VAL_EXC;
        }
        if (kr_isa(a, &kr_type_tp_unionalias)) {
            Tuple *ua = AS_TUPLE(TP(a)->args);
            for (int64_t j = 0; j < ua->len; j++) {
                if (kr_list_append(vm, flat, ua->items[j]) < 0) {
                    return VAL_EXC;
                }
            }
        } else if (kr_list_append(vm, flat, a) < 0) {
            return VAL_EXC;
        }
    }
    // _deduplicate: set(params) first (so unhashable arguments raise), keep first occurrences.
    for (int64_t i = 0; i < flat->len; i++) {
        int64_t h;
        if (kr_hash(vm, flat->items[i], &h) < 0) {
            return VAL_EXC;
        }
    }
    List *out = kr_list_new(vm, flat->len);
    if (!out) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < flat->len; i++) {
        bool dup = false;
        if (kr_tick(vm, out->len + 1) < 0) { // quadratic in the user's argument count
            return VAL_EXC;
        }
        for (int64_t k = 0; k < out->len && !dup; k++) {
            int e = kr_eq(vm, out->items[k], flat->items[i]);
            if (e < 0) {
                return VAL_EXC;
            }
            dup = e == 1;
        }
        if (!dup && kr_list_append(vm, out, flat->items[i]) < 0) {
            return VAL_EXC;
        }
    }
    if (out->len == 1) {
        return out->items[0];
    }
    Value args = kr_tuple_from(vm, out->len, out->items);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    // CPython names a two-argument union with None "Optional" (its _name; the repr derives
    // Optional[...] from the arguments).
    bool optional = out->len == 2 && (is_nonetype(vm, out->items[0]) ||
                                      is_nonetype(vm, out->items[1]));
    Value name = optional ? cstr(vm, "Optional") : VAL_NONE;
    if (IS_EXC(name)) {
        return VAL_EXC;
    }
    return galias_make(vm, &kr_type_tp_unionalias, uform, -1, args, name, true);
}

// Literal[params]: flatten nested literals, deduplicate by (value, type) when hashable.
static Value literal_make(KrVm *vm, Value lform, Value params) {
    Tuple *in = AS_TUPLE(params);
    List *flat = kr_list_new(vm, in->len);
    if (!flat) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < in->len; i++) {
        Value a = in->items[i];
        if (kr_isa(a, &kr_type_tp_literalalias)) {
            Tuple *la = AS_TUPLE(TP(a)->args);
            for (int64_t j = 0; j < la->len; j++) {
                if (kr_list_append(vm, flat, la->items[j]) < 0) {
                    return VAL_EXC;
                }
            }
        } else if (kr_list_append(vm, flat, a) < 0) {
            return VAL_EXC;
        }
    }
    bool hashable = true;
    for (int64_t i = 0; i < flat->len && hashable; i++) {
        int64_t h;
        if (kr_hash(vm, flat->items[i], &h) < 0) {
            if (!kr_exc_pending_is(vm, EXC_TypeError)) {
                return VAL_EXC;
            }
            kr_exc_take(vm);
            hashable = false;
        }
    }
    List *out = flat;
    if (hashable) {
        out = kr_list_new(vm, flat->len);
        if (!out) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < flat->len; i++) {
            Value v = flat->items[i];
            bool dup = false;
            if (kr_tick(vm, out->len + 1) < 0) {
                return VAL_EXC;
            }
            for (int64_t k = 0; k < out->len && !dup; k++) {
                if (kr_type_of(out->items[k]) != kr_type_of(v)) {
                    continue;
                }
                int e = kr_eq(vm, out->items[k], v);
                if (e < 0) {
                    return VAL_EXC;
                }
                dup = e == 1;
            }
            if (!dup && kr_list_append(vm, out, v) < 0) {
                return VAL_EXC;
            }
        }
    }
    Value args = kr_tuple_from(vm, out->len, out->items);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    return galias_make(vm, &kr_type_tp_literalalias, lform, -1, args, VAL_NONE, true);
}

static Value annotated_make(KrVm *vm, Value origin, Value metadata) {
    if (kr_isa(origin, &kr_type_tp_annotatedalias)) {
        Value m2 = kr_tuple_binop(vm, BINOP_ADD, TP(origin)->extra, metadata);
        if (IS_EXC(m2)) {
            return VAL_EXC;
        }
        metadata = m2;
        origin = TP(origin)->origin;
    }
    Value args = kr_tuple_from(vm, 1, &origin);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    Value a = galias_make(vm, &kr_type_tp_annotatedalias, origin, -1, args, VAL_NONE, true);
    if (!IS_EXC(a)) {
        TP(a)->extra = metadata;
    }
    return a;
}

// ----- __getitem__ -----

static Value single_item(KrVm *vm, Value self, Value params, const char *what) {
    char msg[96];
    snprintf(msg, sizeof msg, "typing.%s %s", AS_STR(TP(self)->name)->data, what);
    Value item = type_check(vm, params, msg, true, false);
    if (IS_EXC(item)) {
        return VAL_EXC;
    }
    Value args = kr_tuple_from(vm, 1, &item);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    return galias_make(vm, &kr_type_tp_genericalias, self, -1, args, VAL_NONE, true);
}

static Value specialform_getitem(KrVm *vm, Value self, Value params) {
    Tp *p = TP(self);
    switch (p->sub) {
    case SF_CLASSVAR:
    case SF_FINAL:
    case SF_TYPEGUARD:
        return single_item(vm, self, params, "accepts only single type.");
    case SF_REQUIRED:
    case SF_NOTREQUIRED: {
        char msg[64];
        snprintf(msg, sizeof msg, "%s accepts only a single type.", sf_names[p->sub]);
        Value item = type_check(vm, params, msg, true, false);
        Value args = IS_EXC(item) ? VAL_EXC : kr_tuple_from(vm, 1, &item);
        return IS_EXC(args) ? VAL_EXC
                            : galias_make(vm, &kr_type_tp_genericalias, self, -1, args, VAL_NONE,
                                          true);
    }
    case SF_UNION: {
        if (IS_TUPLE(params) && AS_TUPLE(params)->len == 0) {
            return kr_raise(vm, EXC_TypeError, "Cannot take a Union of no types.");
        }
        Value t = as_tuple(vm, params);
        return IS_EXC(t) ? VAL_EXC : union_make(vm, self, t);
    }
    case SF_OPTIONAL: {
        Value arg = type_check(vm, params, "typing.Optional requires a single type.", true, false);
        if (IS_EXC(arg)) {
            return VAL_EXC;
        }
        TypeObj *nt = kr_class_by_id(vm, TY_NONE);
        if (!nt) {
            return VAL_EXC;
        }
        Value t = kr_tuple_pack(vm, 2, arg, kr_obj(nt));
        return IS_EXC(t) ? VAL_EXC : union_make(vm, p->extra, t);
    }
    case SF_LITERAL: {
        Value t = as_tuple(vm, params);
        return IS_EXC(t) ? VAL_EXC : literal_make(vm, self, t);
    }
    case SF_CONCATENATE:
    case SF_UNPACK: {
        char what[40];
        snprintf(what, sizeof what, "typing.%s", sf_names[p->sub]);
        return kr_raise(vm, EXC_NotImplementedError, "%s is not supported by krait", what);
    }
    default:
        return kr_raise(vm, EXC_TypeError, "%S is not subscriptable", self);
    }
}

static Value check_args(KrVm *vm, Tuple *in, const char *msg, int64_t n) {
    Tuple *out = kr_tuple_new(vm, n);
    if (!out) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < n; i++) {
        Value a = type_check(vm, in->items[i], msg, true, false);
        if (IS_EXC(a)) {
            return VAL_EXC;
        }
        out->items[i] = a;
    }
    return kr_obj(out);
}

static Value callable_inner(KrVm *vm, Value self, Value args, Value result) {
    result = type_check(vm, result, "Callable[args, result]: result must be a type.", true,
                        false);
    if (IS_EXC(result)) {
        return VAL_EXC;
    }
    Value all;
    if (IS_OBJ(args) && args.u.o == vm->ellipsis.u.o) {
        all = kr_tuple_pack(vm, 2, args, result);
    } else {
        Value t = as_tuple(vm, args);
        if (IS_EXC(t)) {
            return VAL_EXC;
        }
        Tuple *a = AS_TUPLE(t);
        Tuple *o = kr_tuple_new(vm, a->len + 1);
        if (!o) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < a->len; i++) {
            Value c = type_convert(vm, a->items[i]);
            if (IS_EXC(c)) {
                return VAL_EXC;
            }
            o->items[i] = c;
        }
        o->items[a->len] = result;
        all = kr_obj(o);
    }
    return IS_EXC(all) ? VAL_EXC : special_copy_with(vm, TP(self), all);
}

static Value specialalias_getitem(KrVm *vm, Value self, Value params) {
    Tp *p = TP(self);
    if (p->sub == AL_CALLABLE) {
        if (!IS_TUPLE(params) || AS_TUPLE(params)->len != 2) {
            return kr_raise(vm, EXC_TypeError,
                            "Callable must be used as Callable[[arg, ...], result].");
        }
        Value args = AS_TUPLE(params)->items[0], result = AS_TUPLE(params)->items[1];
        if (IS_LIST(args)) {
            args = kr_tuple_from(vm, AS_LIST(args)->len, AS_LIST(args)->items);
            if (IS_EXC(args)) {
                return VAL_EXC;
            }
        }
        return callable_inner(vm, self, args, result);
    }
    Value t = as_tuple(vm, params);
    if (IS_EXC(t)) {
        return VAL_EXC;
    }
    Tuple *in = AS_TUPLE(t);
    if (p->sub == AL_TUPLE) {
        if (in->len >= 2 && IS_OBJ(in->items[in->len - 1]) &&
            in->items[in->len - 1].u.o == vm->ellipsis.u.o) {
            Value c = check_args(vm, in, "Tuple[t, ...]: t must be a type.", in->len - 1);
            if (IS_EXC(c)) {
                return VAL_EXC;
            }
            Value all = kr_tuple_binop(vm, BINOP_ADD, c, kr_tuple_pack(vm, 1, vm->ellipsis));
            return IS_EXC(all) ? VAL_EXC : special_copy_with(vm, p, all);
        }
        Value c = check_args(vm, in, "Tuple[t0, t1, ...]: each t must be a type.", in->len);
        return IS_EXC(c) ? VAL_EXC : special_copy_with(vm, p, c);
    }
    Value c = check_args(vm, in, "Parameters to generic types must be types.", in->len);
    if (IS_EXC(c)) {
        return VAL_EXC;
    }
    int n = aliases[p->sub].nparams;
    if (n == 0) {
        return kr_raise(vm, EXC_TypeError, "%S is not a generic class", self);
    }
    if (in->len != n) {
        return kr_raise(vm, EXC_TypeError, "Too %s arguments for %S; actual %ld, expected %d",
                        in->len > n ? "many" : "few", self, (long)in->len, n);
    }
    return special_copy_with(vm, p, c);
}

static Value subst(KrVm *vm, Value arg, Tuple *params, Tuple *values);

// A subscripted alias of the same kind as [g] with new args: CPython's copy_with.
static Value galias_copy_with(KrVm *vm, Value g, Value args) {
    Tp *p = TP(g);
    const Type *t = AS_OBJ(g)->type;
    if (t == &kr_type_tp_unionalias) {
        return union_make(vm, p->origin, args);
    }
    if (t == &kr_type_tp_annotatedalias) {
        return annotated_make(vm, AS_TUPLE(args)->items[0], p->extra);
    }
    return galias_make(vm, t, p->origin, p->sub, args, p->name, p->inst);
}

// Replace the TypeVars of [arg] (CPython's _determine_new_args, one argument).
static Value subst(KrVm *vm, Value arg, Tuple *params, Tuple *values) {
    if (is_typevar(arg)) {
        for (int64_t i = 0; i < params->len; i++) {
            if (params->items[i].u.o == arg.u.o) {
                return type_check(vm, values->items[i],
                                  "Parameters to generic types must be types.", true, false);
            }
        }
        return arg;
    }
    if (!is_galias(arg) || !IS_TUPLE(TP(arg)->params) || AS_TUPLE(TP(arg)->params)->len == 0) {
        return arg;
    }
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    }
    vm->c_depth++;
    Tuple *old = AS_TUPLE(TP(arg)->args);
    Tuple *nargs = kr_tuple_new(vm, old->len);
    Value r = VAL_EXC;
    if (nargs) {
        int64_t i = 0;
        for (; i < old->len; i++) {
            Value v = subst(vm, old->items[i], params, values);
            if (IS_EXC(v)) {
                break;
            }
            nargs->items[i] = v;
        }
        if (i == old->len) {
            r = galias_copy_with(vm, arg, kr_obj(nargs));
        }
    }
    vm->c_depth--;
    return r;
}

static Value galias_getitem(KrVm *vm, Value self, Value params) {
    Tp *p = TP(self);
    if (!IS_TUPLE(p->params) || AS_TUPLE(p->params)->len == 0) {
        return kr_raise(vm, EXC_TypeError, "%S is not a generic class", self);
    }
    Value t = as_tuple(vm, params);
    if (IS_EXC(t)) {
        return VAL_EXC;
    }
    Tuple *in = AS_TUPLE(t);
    Tuple *vals = kr_tuple_new(vm, in->len);
    if (!vals) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < in->len; i++) {
        Value c = type_convert(vm, in->items[i]);
        if (IS_EXC(c)) {
            return VAL_EXC;
        }
        vals->items[i] = c;
    }
    Tuple *ps = AS_TUPLE(p->params);
    if (vals->len != ps->len) {
        return kr_raise(vm, EXC_TypeError, "Too %s arguments for %S; actual %ld, expected %ld",
                        vals->len > ps->len ? "many" : "few", self, (long)vals->len,
                        (long)ps->len);
    }
    Tuple *old = AS_TUPLE(p->args);
    Tuple *nargs = kr_tuple_new(vm, old->len);
    if (!nargs) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < old->len; i++) {
        Value v = subst(vm, old->items[i], ps, vals);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        nargs->items[i] = v;
    }
    return galias_copy_with(vm, self, kr_obj(nargs));
}

static Value anymeta_getitem(KrVm *vm, Value self, Value params) {
    return kr_raise(vm, EXC_TypeError, "type 'Any' is not subscriptable");
}

static Value placeholder_getitem(KrVm *vm, Value self, Value params) {
    if (TP(self)->sub != PH_ANNOTATED) {
        char what[48];
        snprintf(what, sizeof what, "typing.%s", ph_names[TP(self)->sub]);
        return not_supported(vm, what);
    }
    if (!IS_TUPLE(params) || AS_TUPLE(params)->len < 2) {
        return kr_raise(vm, EXC_TypeError, "Annotated[...] should be used with at least two "
                                           "arguments (a type and an annotation).");
    }
    Tuple *in = AS_TUPLE(params);
    Value origin = type_check(vm, in->items[0], "Annotated[t, ...]: t must be a type.", true, true);
    if (IS_EXC(origin)) {
        return VAL_EXC;
    }
    Value meta = kr_tuple_from(vm, in->len - 1, in->items + 1);
    return IS_EXC(meta) ? VAL_EXC : annotated_make(vm, origin, meta);
}

// ----- __call__ -----

typedef Value (*CallBody)(KrVm *vm, Value self, int argc, const Value *argv, Value kw);
// Run a call slot as the trampoline runs a native (it may run Python code: collections).
static Value pinned_call(KrVm *vm, CallBody body, Value self, int argc, const Value *argv,
                         Value kw) {
    size_t mark = kr_scope_open(vm);
    vm->pinning++;
    Value r = VAL_EXC;
    if (kr_scope_hold(vm, self) == 0 && kr_scope_hold(vm, kw) == 0) {
        r = body(vm, self, argc, argv, kw);
    }
    vm->pinning--;
    kr_scope_close(vm, mark);
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}

static Value alias_call_body(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    Tp *p = TP(self);
    if (!p->inst && p->sub >= 0) {
        return kr_raise(vm, EXC_TypeError, "Type %S cannot be instantiated; use %s() instead",
                        p->name, aliases[p->sub].cls);
    }
    if (IS_UNDEF(p->origin) && p->sub >= 0 && aliases[p->sub].abstract) {
        const char *ab = aliases[p->sub].abstract;
        return kr_raise(vm, EXC_TypeError,
                        "Can't instantiate abstract class %s with abstract method%s %s",
                        aliases[p->sub].cls, strchr(ab, ',') ? "s" : "", ab);
    }
    Value o = alias_origin(vm, p);
    if (IS_EXC(o) || kr_scope_hold(vm, o) < 0) {
        return VAL_EXC;
    }
    return kr_call(vm, o, argc, argv, kw);
}

static Value alias_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    return pinned_call(vm, alias_call_body, self, argc, argv, kw);
}

static Value specialform_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_TypeError, "Cannot instantiate %R", self);
}

static Value anymeta_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_TypeError, "Any cannot be instantiated");
}

static Value placeholder_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    switch (TP(self)->sub) {
    case PH_ANNOTATED:
        return kr_raise(vm, EXC_TypeError, "Type Annotated cannot be instantiated.");
    default: {
        char what[48];
        snprintf(what, sizeof what, "typing.%s", ph_names[TP(self)->sub]);
        return not_supported(vm, what);
    }
    }
}

// NewType instances: CPython's _idfunc(_, x).
static Value newtype_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "_typing._idfunc", kw) < 0) {
        return VAL_EXC;
    }
    if (argc != 1) {
        return kr_raise(vm, EXC_TypeError,
                        "_typing._idfunc() takes exactly one argument (%d given)", argc);
    }
    return argv[0];
}

// ----- equality and hashing -----

static Value frozen_of(KrVm *vm, Tuple *t) {
    Set *s = kr_set_new(vm, true);
    if (!s) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < t->len; i++) {
        if (kr_set_add(vm, s, t->items[i]) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(s);
}

// frozenset((v, type(v)) for v in args): Literal's identity.
static Value literal_pairs_set(KrVm *vm, Tuple *args) {
    Set *s = kr_set_new(vm, true);
    if (!s) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < args->len; i++) {
        TypeObj *c = kr_class_of(vm, args->items[i]);
        if (!c) {
            return VAL_EXC;
        }
        Value pair = kr_tuple_pack(vm, 2, args->items[i], kr_obj(c));
        if (IS_EXC(pair) || kr_set_add(vm, s, pair) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(s);
}

// What two subscripted aliases must share: their origin (an alias index stands for origins
// krait may not have) and their args.
static Value origin_key(Tp *p) { return p->sub >= 0 ? kr_int(p->sub) : p->origin; }

static Value tp_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_OBJ(b)) {
        return vm->notimpl;
    }
    const Type *ta = AS_OBJ(a)->type, *tb = AS_OBJ(b)->type;
    int eq;
    if (ta == &kr_type_tp_unionalias || ta == &kr_type_tp_literalalias) {
        if (tb != ta) {
            return vm->notimpl;
        }
        Tuple *x = AS_TUPLE(TP(a)->args), *y = AS_TUPLE(TP(b)->args);
        Value sx = ta == &kr_type_tp_unionalias ? frozen_of(vm, x) : literal_pairs_set(vm, x);
        Value sy = ta == &kr_type_tp_unionalias ? frozen_of(vm, y) : literal_pairs_set(vm, y);
        if (IS_EXC(sx) || IS_EXC(sy)) {
            return VAL_EXC;
        }
        eq = kr_eq(vm, sx, sy);
    } else if (ta == &kr_type_tp_annotatedalias) {
        if (tb != ta) {
            return vm->notimpl;
        }
        eq = kr_eq(vm, TP(a)->origin, TP(b)->origin);
        if (eq == 1) {
            eq = kr_eq(vm, TP(a)->extra, TP(b)->extra);
        }
    } else if (ta == &kr_type_tp_forwardref) {
        if (tb != ta) {
            return vm->notimpl;
        }
        eq = kr_eq(vm, TP(a)->name, TP(b)->name);
        if (eq == 1) {
            eq = kr_eq(vm, TP(a)->extra, TP(b)->extra);
        }
    } else {
        // _GenericAlias / _CallableGenericAlias
        if (!is_galias(b)) {
            return vm->notimpl;
        }
        Value ka = origin_key(TP(a)), kb = origin_key(TP(b));
        eq = (TP(a)->sub >= 0) != (TP(b)->sub >= 0) ? 0 : kr_eq(vm, ka, kb);
        if (eq == 1) {
            eq = kr_eq(vm, TP(a)->args, TP(b)->args);
        }
    }
    if (eq < 0) {
        return VAL_EXC;
    }
    return kr_bool(op == CMP_EQ ? eq == 1 : eq != 1);
}

static int tp_hash(KrVm *vm, Value self, int64_t *out) {
    Tp *p = TP(self);
    const Type *t = AS_OBJ(self)->type;
    Value key;
    if (t == &kr_type_tp_unionalias) {
        key = frozen_of(vm, AS_TUPLE(p->args));
    } else if (t == &kr_type_tp_literalalias) {
        key = literal_pairs_set(vm, AS_TUPLE(p->args));
    } else if (t == &kr_type_tp_annotatedalias) {
        key = kr_tuple_pack(vm, 2, p->origin, p->extra);
    } else if (t == &kr_type_tp_forwardref) {
        key = kr_tuple_pack(vm, 2, p->name, p->extra);
    } else {
        key = kr_tuple_pack(vm, 2, origin_key(p), p->args);
    }
    return IS_EXC(key) ? -1 : kr_hash(vm, key, out);
}

// Identity hash for the unsubscripted objects (NULL hash slot).

// ----- isinstance / issubclass (methods; builtins.c calls __instancecheck__) -----

static Value subclass_check(KrVm *vm, Value self, Value cls) {
    const Type *t = AS_OBJ(self)->type;
    if (t == &kr_type_tp_anymeta) {
        // _AnyMeta only refuses isinstance(); issubclass() is type's: no class derives from Any.
        if (!IS_TYPEOBJ(cls)) {
            return kr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
        }
        return VAL_FALSE;
    }
    if (t == &kr_type_tp_specialform) {
        return kr_raise(vm, EXC_TypeError, "%S cannot be used with issubclass()", self);
    }
    if (t == &kr_type_tp_placeholder) {
        char what[48];
        snprintf(what, sizeof what, "issubclass() with typing.%s", ph_names[TP(self)->sub]);
        return not_supported(vm, what);
    }
    if (t == &kr_type_tp_unionalias) {
        Tuple *args = AS_TUPLE(TP(self)->args);
        for (int64_t i = 0; i < args->len; i++) {
            Value a = args->items[i];
            if (IS_TYPEOBJ(a)) {
                if (!IS_TYPEOBJ(cls)) {
                    return kr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
                }
                if (kr_class_is_subclass(AS_TYPEOBJ(cls), AS_TYPEOBJ(a))) {
                    return VAL_TRUE;
                }
                continue;
            }
            Value r = subclass_check(vm, a, cls);
            if (IS_EXC(r) || kr_truthy(vm, r) == 1) {
                return r;
            }
        }
        return VAL_FALSE;
    }
    if (is_galias(self)) {
        return kr_raise(vm, EXC_TypeError,
                        "Subscripted generics cannot be used with class and instance checks");
    }
    if (is_special_alias(self)) {
        Value o = alias_origin(vm, TP(self));
        if (IS_EXC(o)) {
            return VAL_EXC;
        }
        if (is_special_alias(cls)) {
            Value co = alias_origin(vm, TP(cls));
            if (IS_EXC(co)) {
                return VAL_EXC;
            }
            cls = co;
        }
        if (!IS_TYPEOBJ(cls)) {
            return kr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
        }
        if (!IS_TYPEOBJ(o)) {
            return kr_raise(vm, EXC_NotImplementedError,
                            "issubclass() with %S is not supported by krait", self);
        }
        return kr_bool(kr_class_is_subclass(AS_TYPEOBJ(cls), AS_TYPEOBJ(o)));
    }
    return kr_raise(vm, EXC_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static Value tp_instancecheck(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value self = argv[0];
    const Type *t = AS_OBJ(self)->type;
    if (t == &kr_type_tp_anymeta) {
        return kr_raise(vm, EXC_TypeError, "typing.Any cannot be used with isinstance()");
    }
    if (t == &kr_type_tp_specialform) {
        return kr_raise(vm, EXC_TypeError, "%S cannot be used with isinstance()", self);
    }
    if (t == &kr_type_tp_placeholder) {
        char what[48];
        snprintf(what, sizeof what, "isinstance() with typing.%s", ph_names[TP(self)->sub]);
        return not_supported(vm, what);
    }
    TypeObj *c = kr_class_of(vm, argv[1]);
    if (!c) {
        return VAL_EXC;
    }
    return subclass_check(vm, self, kr_obj(c));
}

static Value tp_subclasscheck(KrVm *vm, int argc, const Value *argv, Value kw) {
    return subclass_check(vm, argv[0], argv[1]);
}

static const NativeDef tp_methods[] = {
    NATIVE("__instancecheck__", tp_instancecheck, 1, 1, 0),
    NATIVE("__subclasscheck__", tp_subclasscheck, 1, 1, 0),
    NATIVE_END,
};

// ----- attributes -----

static Value need_args(KrVm *vm, Value self, const char *attr) {
    return kr_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%s'",
                    AS_OBJ(self)->type->name, attr);
}
static Value get_origin_attr(KrVm *vm, Value self) {
    if (kr_isa(self, &kr_type_tp_specialform) || kr_isa(self, &kr_type_tp_anymeta)) {
        return need_args(vm, self, "__origin__");
    }
    return alias_origin(vm, TP(self));
}
static Value get_args_attr(KrVm *vm, Value self) {
    if (!is_galias(self)) {
        return need_args(vm, self, "__args__");
    }
    return TP(self)->args;
}
static Value get_params_attr(KrVm *vm, Value self) {
    if (!is_galias(self)) {
        return need_args(vm, self, "__parameters__");
    }
    return TP(self)->params;
}
static Value get_metadata(KrVm *vm, Value self) { return TP(self)->extra; }
static Value get_name(KrVm *vm, Value self) {
    if (kr_isa(self, &kr_type_tp_annotatedalias)) {
        return cstr(vm, "Annotated");
    }
    if (!IS_STR(TP(self)->name)) {
        return need_args(vm, self, "__name__");
    }
    Str *s = AS_STR(TP(self)->name);
    const char *dot = strrchr(s->data, '.');
    return dot ? cstr(vm, dot + 1) : TP(self)->name; // NewType('a.B', ...).__name__ is 'B'
}
static Value get_qualname(KrVm *vm, Value self) { return TP(self)->name; }
static Value get_private_name(KrVm *vm, Value self) { return TP(self)->name; }
// __name__ of a subscripted alias: its _name, else the origin's (CPython forwards to it).
static Value get_alias_name(KrVm *vm, Value self) {
    Tp *p = TP(self);
    if (IS_STR(p->name) && !kr_isa(self, &kr_type_tp_unionalias)) {
        return p->name;
    }
    Value o = p->origin;
    if (IS_OBJ(o) && (kr_isa(o, &kr_type_tp_specialform) || kr_isa(o, &kr_type_tp_placeholder))) {
        return TP(o)->name;
    }
    if (IS_TYPEOBJ(o)) {
        return AS_TYPEOBJ(o)->name;
    }
    return need_args(vm, self, "__name__");
}
static Value get_bound(KrVm *vm, Value self) { return TP(self)->extra; }
static Value get_constraints(KrVm *vm, Value self) { return TP(self)->extra2; }
static Value get_covariant(KrVm *vm, Value self) { return kr_bool(TP(self)->sub == 1); }
static Value get_contravariant(KrVm *vm, Value self) { return kr_bool(TP(self)->sub == 2); }
static Value get_supertype(KrVm *vm, Value self) { return TP(self)->extra; }
static Value get_module_attr(KrVm *vm, Value self) {
    if (kr_isa(self, &kr_type_tp_newtype)) {
        return TP(self)->extra2;
    }
    return cstr(vm, "typing");
}
static Value get_tv_module(KrVm *vm, Value self) { return TP(self)->name; }
static Value get_fwd_module(KrVm *vm, Value self) { return TP(self)->extra; }
static Value get_false(KrVm *vm, Value self) { return VAL_FALSE; }
static Value get_true(KrVm *vm, Value self) { return VAL_TRUE; }
static Value get_none(KrVm *vm, Value self) { return VAL_NONE; }

static const GetSetDef alias_getset[] = {
    {"__origin__", get_origin_attr},
    {"__name__", get_alias_name},
    {"_name", get_private_name},
    {"__args__", get_args_attr},
    {"__parameters__", get_params_attr},
    {"__module__", get_module_attr},
    {NULL, NULL},
};
static const GetSetDef special_getset[] = {
    {"__origin__", get_origin_attr},
    {"__name__", get_name},
    {"_name", get_name},
    {"__module__", get_module_attr},
    {NULL, NULL},
};
static const GetSetDef form_getset[] = {
    {"__name__", get_name},
    {"_name", get_name},
    {"__module__", get_module_attr},
    {NULL, NULL},
};
static const GetSetDef annotated_getset[] = {
    {"__origin__", get_origin_attr},
    {"__args__", get_args_attr},
    {"__parameters__", get_params_attr},
    {"__metadata__", get_metadata},
    {"__name__", get_name},
    {"__module__", get_module_attr},
    {NULL, NULL},
};
static const GetSetDef typevar_getset[] = {
    {"__name__", get_name},
    {"__bound__", get_bound},
    {"__constraints__", get_constraints},
    {"__covariant__", get_covariant},
    {"__contravariant__", get_contravariant},
    {NULL, NULL},
};
static const GetSetDef newtype_getset[] = {
    {"__name__", get_name},
    {"__qualname__", get_qualname},
    {"__supertype__", get_supertype},
    {"__module__", get_module_attr},
    {NULL, NULL},
};
static const GetSetDef forwardref_getset[] = {
    {"__forward_arg__", get_tv_module},
    {"__forward_module__", get_fwd_module},
    {"__forward_evaluated__", get_false},
    {"__forward_value__", get_none},
    {"__forward_is_argument__", get_true},
    {"__forward_is_class__", get_false},
    {NULL, NULL},
};

// ----- constructors of the public classes -----

// The __name__ of the calling module (CPython's _caller()).
static Value caller_module(KrVm *vm) {
    if (vm->frame && vm->frame->globals) {
        Value n = kr_dict_get_str(vm, vm->frame->globals, AS_STR(cstr(vm, "__name__")));
        if (IS_STR(n)) {
            return n;
        }
    }
    return cstr(vm, "__main__");
}

static Value typevar_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc < 1) {
        static const char *const names[] = {"name"};
        Value a[1];
        if (kr_args_bind_def(vm, "TypeVar.__init__", true, argc, argv, kw, names, 1, 1, a) <
            0) {
            return VAL_EXC;
        }
        return kr_raise(vm, EXC_TypeError, "TypeVar.__init__() missing 1 required positional "
                                           "argument: 'name'");
    }
    Value bound = VAL_NONE, co = VAL_FALSE, contra = VAL_FALSE, name = argv[0];
    if (IS_DICT(kw)) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
            const char *ks = AS_STR(k)->data;
            if (strcmp(ks, "bound") == 0) {
                bound = v;
            } else if (strcmp(ks, "covariant") == 0) {
                co = v;
            } else if (strcmp(ks, "contravariant") == 0) {
                contra = v;
            } else if (strcmp(ks, "name") == 0) {
                return kr_raise(vm, EXC_TypeError,
                                "TypeVar.__init__() got multiple values for argument 'name'");
            } else {
                return kr_raise(vm, EXC_TypeError,
                                "TypeVar.__init__() got an unexpected keyword argument '%s'",
                                ks);
            }
        }
    }
    int c1 = kr_truthy(vm, co), c2 = kr_truthy(vm, contra);
    if (c1 < 0 || c2 < 0) {
        return VAL_EXC;
    }
    if (c1 && c2) {
        return kr_raise(vm, EXC_ValueError, "Bivariant types are not supported.");
    }
    int hb = kr_truthy(vm, bound);
    if (hb < 0) {
        return VAL_EXC;
    }
    if (hb) {
        bound = type_check(vm, bound, "Bound must be a type.", true, false);
        if (IS_EXC(bound)) {
            return VAL_EXC;
        }
    } else {
        bound = VAL_NONE;
    }
    int nc = argc - 1;
    if (nc > 0 && !IS_NONE(bound)) {
        return kr_raise(vm, EXC_TypeError, "Constraints cannot be combined with bound=...");
    }
    if (nc == 1) {
        return kr_raise(vm, EXC_TypeError, "A single constraint is not allowed");
    }
    Tuple *cons = kr_tuple_new(vm, nc);
    if (!cons) {
        return VAL_EXC;
    }
    for (int i = 0; i < nc; i++) {
        Value c = type_check(vm, argv[1 + i],
                             "TypeVar(name, constraint, ...): constraints must be types.", true,
                             false);
        if (IS_EXC(c)) {
            return VAL_EXC;
        }
        cons->items[i] = c;
    }
    Tp *t = tp_new(vm, &kr_type_tp_typevar);
    if (!t) {
        return VAL_EXC;
    }
    t->name = name;
    t->extra = bound;
    t->extra2 = kr_obj(cons);
    t->sub = c1 ? 1 : c2 ? 2 : 0;
    return kr_obj(t);
}

static Value newtype_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"name", "tp"};
    Value a[2];
    if (kr_args_bind_def(vm, "NewType.__init__", true, argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    if (!IS_STR(a[0])) {
        // CPython fails on `'.' in name` for a non-str name.
        return kr_raise(vm, EXC_TypeError, "argument of type '%s' is not iterable",
                        kr_typename(a[0]));
    }
    Value mod = caller_module(vm);
    Tp *t = tp_new(vm, &kr_type_tp_newtype);
    if (!t || IS_EXC(mod)) {
        return VAL_EXC;
    }
    t->name = a[0];
    t->extra = a[1];
    t->extra2 = mod;
    return kr_obj(t);
}

static Value forwardref_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"arg", "is_argument", "module", "is_class"};
    Value a[4];
    if (kr_args_bind(vm, "ForwardRef.__init__", argc, argv, kw, names, 4, 0, 3, 1, a) < 0) {
        return VAL_EXC;
    }
    if (!IS_STR(a[0])) {
        return kr_raise(vm, EXC_TypeError, "Forward reference must be a string -- got %R", a[0]);
    }
    return forwardref_make(vm, a[0], IS_UNDEF(a[2]) ? VAL_NONE : a[2]);
}

// ----- descriptors -----

#define TP_TYPE(cname, ID, pyname, ...)                                                            \
    const Type kr_type_##cname = {                                                                 \
        .name = pyname,                                                                            \
        .id = ID,                                                                                  \
        .basic_size = sizeof(Tp),                                                                  \
        .trace = tp_trace,                                                                         \
        .repr = tp_repr,                                                                           \
        __VA_ARGS__}

TP_TYPE(tp_specialform, TY_TP_SPECIALFORM, "_SpecialForm", .methods = tp_methods,
        .getitem = specialform_getitem, .call = specialform_call, .getset = form_getset);
TP_TYPE(tp_anymeta, TY_TP_ANYMETA, "_AnyMeta", .methods = tp_methods, .getitem = anymeta_getitem,
        .call = anymeta_call, .getset = form_getset);
TP_TYPE(tp_specialalias, TY_TP_SPECIALALIAS, "_SpecialGenericAlias", .methods = tp_methods,
        .getitem = specialalias_getitem, .call = alias_call, .getset = special_getset);
TP_TYPE(tp_callabletype, TY_TP_CALLABLETYPE, "_CallableType", .methods = tp_methods,
        .getitem = specialalias_getitem, .call = alias_call, .getset = special_getset);
TP_TYPE(tp_tupletype, TY_TP_TUPLETYPE, "_TupleType", .methods = tp_methods,
        .getitem = specialalias_getitem, .call = alias_call, .getset = special_getset);
TP_TYPE(tp_genericalias, TY_TP_GENERICALIAS, "_GenericAlias", .methods = tp_methods,
        .getitem = galias_getitem, .call = alias_call, .getset = alias_getset,
        .richcmp = tp_richcmp, .hash = tp_hash);
TP_TYPE(tp_unionalias, TY_TP_UNIONALIAS, "_UnionGenericAlias", .methods = tp_methods,
        .getitem = galias_getitem, .call = alias_call, .getset = alias_getset,
        .richcmp = tp_richcmp, .hash = tp_hash);
TP_TYPE(tp_literalalias, TY_TP_LITERALALIAS, "_LiteralGenericAlias", .methods = tp_methods,
        .getitem = galias_getitem, .call = alias_call, .getset = alias_getset,
        .richcmp = tp_richcmp, .hash = tp_hash);
TP_TYPE(tp_callablealias, TY_TP_CALLABLEALIAS, "_CallableGenericAlias", .methods = tp_methods,
        .getitem = galias_getitem, .call = alias_call, .getset = alias_getset,
        .richcmp = tp_richcmp, .hash = tp_hash);
TP_TYPE(tp_annotatedalias, TY_TP_ANNOTATEDALIAS, "_AnnotatedAlias", .methods = tp_methods,
        .getitem = galias_getitem, .call = alias_call, .getset = annotated_getset,
        .richcmp = tp_richcmp, .hash = tp_hash);
TP_TYPE(tp_typevar, TY_TP_TYPEVAR, "TypeVar", .ctor = typevar_ctor, .getset = typevar_getset);
TP_TYPE(tp_newtype, TY_TP_NEWTYPE, "NewType", .ctor = newtype_ctor, .call = newtype_call,
        .getset = newtype_getset);
TP_TYPE(tp_forwardref, TY_TP_FORWARDREF, "ForwardRef", .ctor = forwardref_ctor,
        .getset = forwardref_getset, .richcmp = tp_richcmp, .hash = tp_hash);
TP_TYPE(tp_placeholder, TY_TP_PLACEHOLDER, "_KraitUnsupportedClass", .methods = tp_methods,
        .getitem = placeholder_getitem, .call = placeholder_call, .getset = form_getset);

// ----- module functions -----

static Value typing_cast(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"typ", "val"};
    Value a[2];
    if (kr_args_bind_def(vm, "cast", false, argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    return a[1];
}

static Value typing_assert_type(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "assert_type", kw) < 0) {
        return VAL_EXC;
    }
    return argv[0];
}

static Value typing_assert_never(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value r = kr_repr(vm, argv[0]);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    if (AS_STR(r)->nchars > 100) {
        Value cut = repr100(vm, argv[0]);
        if (IS_EXC(cut)) {
            return VAL_EXC;
        }
        return kr_raise(vm, EXC_AssertionError, "Expected code to be unreachable, but got: %S...",
                        cut);
    }
    return kr_raise(vm, EXC_AssertionError, "Expected code to be unreachable, but got: %S", r);
}

static Value overload_dummy(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_NotImplementedError,
                    "You should not call an overloaded function. A series of @overload-decorated "
                    "functions outside a stub module should always be followed by an "
                    "implementation that is not @overload-ed.");
}
static const NativeDef overload_dummy_def =
    NATIVE("_overload_dummy", overload_dummy, 0, -1, NATIVE_KW);

static Value typing_overload(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_native_new(vm, &overload_dummy_def, VAL_UNDEF, cstr(vm, "typing"));
}

// Set a marker attribute, ignoring objects that do not take attributes (as CPython does).
static Value mark_attr(KrVm *vm, Value obj, const char *attr) {
    if (kr_isa(obj, &kr_type_function)) {
        Value n = cstr(vm, attr);
        if (IS_EXC(n) || kr_setattr(vm, obj, n, VAL_TRUE) < 0) {
            return VAL_EXC;
        }
    }
    return obj;
}
static Value typing_final(KrVm *vm, int argc, const Value *argv, Value kw) {
    return mark_attr(vm, argv[0], "__final__");
}
static Value typing_no_type_check(KrVm *vm, int argc, const Value *argv, Value kw) {
    return mark_attr(vm, argv[0], "__no_type_check__");
}
static Value typing_identity(KrVm *vm, int argc, const Value *argv, Value kw) { return argv[0]; }

// Only protocol classes qualify, and krait has no class statements: every argument fails as
// it does in CPython for a non-protocol.
static Value typing_runtime_checkable(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!IS_TYPEOBJ(argv[0])) {
        return kr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
    }
    return kr_raise(vm, EXC_TypeError,
                    "@runtime_checkable can be only applied to protocol classes, got %R", argv[0]);
}

static Value identity_def_fn(KrVm *vm, int argc, const Value *argv, Value kw) { return argv[0]; }
static const NativeDef dt_decorator_def = NATIVE("decorator", identity_def_fn, 1, 1, 0);

static Value typing_dataclass_transform(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc > 0) {
        return kr_raise(vm, EXC_TypeError,
                        "dataclass_transform() takes 0 positional arguments but %d were given",
                        argc);
    }
    return kr_native_new(vm, &dt_decorator_def, VAL_UNDEF, cstr(vm, "typing"));
}

static Value typing_get_origin(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value tp = argv[0];
    if (kr_isa(tp, &kr_type_tp_annotatedalias)) {
        Value m = kr_import(vm, cstr(vm, "typing"));
        return IS_EXC(m) ? VAL_EXC : kr_getattr(vm, m, cstr(vm, "Annotated"));
    }
    if (is_galias(tp) || is_special_alias(tp)) {
        return alias_origin(vm, TP(tp));
    }
    if (is_ph(tp, PH_GENERIC)) {
        return tp;
    }
    return VAL_NONE;
}

static Value typing_get_args(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value tp = argv[0];
    if (kr_isa(tp, &kr_type_tp_annotatedalias)) {
        return kr_tuple_binop(vm, BINOP_ADD, TP(tp)->args, TP(tp)->extra);
    }
    if (!is_galias(tp)) {
        return vm->empty_tuple;
    }
    Tuple *a = AS_TUPLE(TP(tp)->args);
    if (kr_isa(tp, &kr_type_tp_callablealias) && a->len >= 1) {
        Value first = a->items[0];
        bool param_expr = (IS_OBJ(first) && first.u.o == vm->ellipsis.u.o) || IS_TUPLE(first) ||
                          IS_LIST(first);
        if (!(a->len == 2 && param_expr)) {
            Value l = kr_list_from(vm, a->len - 1, a->items);
            return IS_EXC(l) ? VAL_EXC : kr_tuple_pack(vm, 2, l, a->items[a->len - 1]);
        }
    }
    return TP(tp)->args;
}

static Value typing_is_typeddict(KrVm *vm, int argc, const Value *argv, Value kw) {
    return VAL_FALSE; // TypedDict classes cannot exist in krait
}

static Value typing_namedtuple(KrVm *vm, int argc, const Value *argv, Value kw) {
    return not_supported(vm, "typing.NamedTuple");
}
static Value typing_typeddict(KrVm *vm, int argc, const Value *argv, Value kw) {
    return not_supported(vm, "typing.TypedDict");
}
static Value typing_get_type_hints(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_NotImplementedError,
                    "typing.get_type_hints is not supported by krait (annotations are not "
                    "evaluated)");
}
static Value typing_get_overloads(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_NotImplementedError,
                    "typing.get_overloads is not supported by krait");
}
static Value typing_clear_overloads(KrVm *vm, int argc, const Value *argv, Value kw) {
    return VAL_NONE;
}

static const NativeDef typing_funcs[] = {
    NATIVE("assert_never", typing_assert_never, 1, 1, 0),
    NATIVE("assert_type", typing_assert_type, 2, 2, NATIVE_KW),
    NATIVE("cast", typing_cast, 0, -1, NATIVE_KW),
    NATIVE("clear_overloads", typing_clear_overloads, 0, 0, 0),
    NATIVE("dataclass_transform", typing_dataclass_transform, 0, -1, NATIVE_KW),
    NATIVE("final", typing_final, 1, 1, 0),
    NATIVE("get_args", typing_get_args, 1, 1, 0),
    NATIVE("get_origin", typing_get_origin, 1, 1, 0),
    NATIVE("get_overloads", typing_get_overloads, 1, 1, 0),
    NATIVE("get_type_hints", typing_get_type_hints, 0, -1, NATIVE_KW),
    NATIVE("is_typeddict", typing_is_typeddict, 1, 1, 0),
    NATIVE("NamedTuple", typing_namedtuple, 0, -1, NATIVE_KW),
    NATIVE("no_type_check", typing_no_type_check, 1, 1, 0),
    NATIVE("no_type_check_decorator", typing_identity, 1, 1, 0),
    NATIVE("overload", typing_overload, 1, 1, 0),
    NATIVE("runtime_checkable", typing_runtime_checkable, 1, 1, 0),
    NATIVE("TypedDict", typing_typeddict, 0, -1, NATIVE_KW),
    NATIVE_END,
};

// ----- module init -----

static int bind(KrVm *vm, Module *m, const char *name, Value v) {
    return IS_EXC(v) ? -1 : kr_dict_set_str(vm, m->dict, name, v);
}

static int typing_init(KrVm *vm, Value module) {
    Module *m = (Module *)AS_OBJ(module);
    Tp *any = tp_new(vm, &kr_type_tp_anymeta);
    if (!any || bind(vm, m, "Any", kr_obj(any)) < 0) {
        return -1;
    }
    any->name = cstr(vm, "Any");
    Tp *forms[SF_COUNT];
    for (int i = 0; i < SF_COUNT; i++) {
        Tp *f = tp_new(vm, &kr_type_tp_specialform);
        if (!f) {
            return -1;
        }
        f->sub = i;
        f->name = cstr(vm, sf_names[i]);
        forms[i] = f;
        if (bind(vm, m, sf_names[i], kr_obj(f)) < 0) {
            return -1;
        }
    }
    forms[SF_OPTIONAL]->extra = kr_obj(forms[SF_UNION]);
    for (int i = 0; i < PH_COUNT; i++) {
        Tp *f = tp_new(vm, &kr_type_tp_placeholder);
        if (!f) {
            return -1;
        }
        f->sub = i;
        f->name = cstr(vm, ph_names[i]);
        if (bind(vm, m, ph_names[i], kr_obj(f)) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < NALIASES; i++) {
        const Type *t = i == AL_CALLABLE ? &kr_type_tp_callabletype
                        : i == AL_TUPLE  ? &kr_type_tp_tupletype
                                         : &kr_type_tp_specialalias;
        Tp *a = tp_new(vm, t);
        if (!a) {
            return -1;
        }
        a->sub = i;
        a->inst = aliases[i].inst;
        a->name = cstr(vm, aliases[i].name);
        if (bind(vm, m, aliases[i].name, kr_obj(a)) < 0) {
            return -1;
        }
        if (aliases[i].origin_ty >= 0) {
            Value o = alias_origin(vm, a);
            if (IS_EXC(o)) {
                return -1;
            }
            a->origin = o;
        }
    }
    // AnyStr = TypeVar('AnyStr', bytes, str)
    Tp *anystr = tp_new(vm, &kr_type_tp_typevar);
    TypeObj *cb = kr_class_by_id(vm, TY_BYTES), *cs = kr_class_by_id(vm, TY_STR);
    if (!anystr || !cb || !cs) {
        return -1;
    }
    anystr->name = cstr(vm, "AnyStr");
    anystr->extra2 = kr_tuple_pack(vm, 2, kr_obj(cb), kr_obj(cs));
    anystr->sub = 0;
    if (IS_EXC(anystr->extra2) || bind(vm, m, "AnyStr", kr_obj(anystr)) < 0 ||
        bind(vm, m, "Text", kr_obj(cs)) < 0 || bind(vm, m, "TYPE_CHECKING", VAL_FALSE) < 0) {
        return -1;
    }
    return 0;
}

// ----- snapshots: six Values and two ints per object -----

static int tp_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    Tp *p = (Tp *)o;
    if (kr_snap_num(out, p->sub) < 0 || kr_snap_num(out, p->inst) < 0) {
        return -1;
    }
    Value vals[6] = {p->origin, p->args, p->params, p->name, p->extra, p->extra2};
    for (int i = 0; i < 6; i++) {
        if (kr_snap_val(out, vals[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int snap_invalid(KrVm *vm, const Type *t) {
    kr_raise(vm, EXC_ValueError, "snapshot holds an invalid '%s' object", t->name);
    return -1;
}

static Obj *tp_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 2 || (nums[1] != 0 && nums[1] != 1) || (nums[1] == 0 && nums[0] < 0)) {
        snap_invalid(vm, t);
        return NULL;
    }
    int64_t sub = nums[0], lo = -1, hi = -1;
    if (t == &kr_type_tp_specialform) {
        lo = 0, hi = SF_COUNT - 1;
    } else if (t == &kr_type_tp_placeholder) {
        lo = 0, hi = PH_COUNT - 1;
    } else if (t == &kr_type_tp_typevar) {
        lo = 0, hi = 2;
    } else if (t == &kr_type_tp_specialalias || t == &kr_type_tp_callabletype ||
               t == &kr_type_tp_tupletype) {
        lo = 0, hi = NALIASES - 1;
    } else if (t == &kr_type_tp_genericalias || t == &kr_type_tp_callablealias) {
        hi = NALIASES - 1;
    }
    if (sub < lo || sub > hi) {
        snap_invalid(vm, t);
        return NULL;
    }
    Tp *p = tp_new(vm, t);
    if (p) {
        p->sub = (int32_t)sub;
        p->inst = (int32_t)nums[1];
    }
    return (Obj *)p;
}

static int tp_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    Tp *p = (Tp *)o;
    const Type *t = o->type;
    if (nvals != 6) {
        return snap_invalid(vm, t);
    }
    Value self = kr_obj(o);
    // Check the shapes the code above relies on without checks.
    if (is_galias(self)) {
        if (!IS_TUPLE(vals[1]) || !IS_TUPLE(vals[2])) {
            return snap_invalid(vm, t);
        }
        if (t == &kr_type_tp_annotatedalias && !IS_TUPLE(vals[4])) {
            return snap_invalid(vm, t);
        }
        if (t == &kr_type_tp_callablealias && AS_TUPLE(vals[1])->len == 0) {
            return snap_invalid(vm, t);
        }
        if (t != &kr_type_tp_genericalias && t != &kr_type_tp_callablealias && p->sub != -1) {
            return snap_invalid(vm, t);
        }
        if (p->sub < 0 && IS_UNDEF(vals[0])) {
            return snap_invalid(vm, t);
        }
    }
    if ((t == &kr_type_tp_specialform || is_special_alias(self) ||
         t == &kr_type_tp_placeholder || t == &kr_type_tp_typevar ||
         t == &kr_type_tp_forwardref || t == &kr_type_tp_anymeta) &&
        !IS_STR(vals[3])) {
        return snap_invalid(vm, t);
    }
    if (t == &kr_type_tp_newtype && (!IS_STR(vals[3]) || !IS_STR(vals[5]))) {
        return snap_invalid(vm, t);
    }
    if ((t == &kr_type_tp_genericalias || t == &kr_type_tp_callablealias) &&
        !IS_STR(vals[3]) && !IS_NONE(vals[3])) {
        return snap_invalid(vm, t);
    }
    if (t == &kr_type_tp_genericalias && p->sub >= 0 && !IS_STR(vals[3])) {
        return snap_invalid(vm, t);
    }
    p->origin = vals[0];
    p->args = vals[1];
    p->params = vals[2];
    p->name = vals[3];
    p->extra = vals[4];
    p->extra2 = vals[5];
    return 0;
}

static const ModTypeSnap tp_snap = {tp_save, tp_alloc, tp_fill, NULL};

static const ModType typing_types[] = {
    {TY_TP_SPECIALFORM, "_SpecialForm", &tp_snap, NULL},
    {TY_TP_ANYMETA, NULL, &tp_snap, NULL},
    {TY_TP_SPECIALALIAS, "_SpecialGenericAlias", &tp_snap, NULL},
    {TY_TP_CALLABLETYPE, NULL, &tp_snap, NULL},
    {TY_TP_TUPLETYPE, NULL, &tp_snap, NULL},
    {TY_TP_GENERICALIAS, "_GenericAlias", &tp_snap, NULL},
    {TY_TP_UNIONALIAS, "_UnionGenericAlias", &tp_snap, NULL},
    {TY_TP_LITERALALIAS, NULL, &tp_snap, NULL},
    {TY_TP_CALLABLEALIAS, NULL, &tp_snap, NULL},
    {TY_TP_ANNOTATEDALIAS, NULL, &tp_snap, NULL},
    {TY_TP_TYPEVAR, "TypeVar", &tp_snap, NULL},
    {TY_TP_NEWTYPE, "NewType", &tp_snap, NULL},
    {TY_TP_FORWARDREF, "ForwardRef", &tp_snap, NULL},
    {TY_TP_PLACEHOLDER, NULL, &tp_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_typing = {"typing", typing_funcs, typing_init, typing_types};
