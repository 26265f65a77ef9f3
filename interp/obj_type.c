// SPDX-License-Identifier: MIT
// interp/obj_type.c: class objects (`type`), the root class `object`, and the per-VM class
// table built from the static Type descriptors (types.def) and exceptions.def.
#include <stdio.h>

#include "module.h"
#include "vm.h"

// ----- Static tables from types.def -----

static const Type *const kinds[] = {
#define TYPE(id, cname, pyname) &kr_type_##cname,
#include "types.def"
#undef TYPE
};
static const char *const pynames[] = {
#define TYPE(id, cname, pyname) pyname,
#include "types.def"
#undef TYPE
};
// Module of a module-defined type or exception class; NULL for the core types.
static const char *const modnames[] = {
#define TYPE(id, cname, pyname) NULL,
#define MODTYPE(id, cname, module, pyname) module,
#define MODEXC(id, module, pyname, base) module,
#include "types.def"
#undef MODEXC
#undef MODTYPE
#undef TYPE
};
// Base exception of a MODEXC class; -1 for everything else.
static const int exc_base_of[] = {
#define TYPE(id, cname, pyname) -1,
#define MODEXC(id, module, pyname, base) EXC_##base,
#include "types.def"
#undef MODEXC
#undef TYPE
};

const char *kr_modtype_module(int type_id) {
    return type_id >= 0 && type_id < TY_COUNT ? modnames[type_id] : NULL;
}

const char *kr_class_module(const TypeObj *cls) {
    if (cls->type_id >= 0 && cls->type_id < TY_COUNT) {
        return modnames[cls->type_id];
    }
    return NULL;
}

static void type_trace(KrVm *vm, Obj *o) {
    TypeObj *t = (TypeObj *)o;
    kr_gc_mark(vm, (Obj *)t->base);
    kr_gc_mark_value(vm, t->name);
    kr_gc_mark(vm, (Obj *)t->dict);
}

static Value type_repr(KrVm *vm, Value self) {
    TypeObj *t = AS_TYPEOBJ(self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    const char *mod = kr_class_module(t);
    if (kr_sb_adds(&sb, "<class '") < 0 ||
        (mod && (kr_sb_adds(&sb, mod) < 0 || kr_sb_addc(&sb, '.') < 0)) ||
        kr_sb_add_str(&sb, t->name) < 0 || kr_sb_adds(&sb, "'>") < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value type_get_name(KrVm *vm, Value self) { return AS_TYPEOBJ(self)->name; }
static Value type_get_module(KrVm *vm, Value self) {
    const char *mod = kr_class_module(AS_TYPEOBJ(self));
    if (!mod) {
        mod = "builtins";
    }
    return kr_str_intern(vm, mod, strlen(mod));
}
static Value type_get_base(KrVm *vm, Value self) {
    TypeObj *t = AS_TYPEOBJ(self);
    return t->base ? kr_obj(t->base) : VAL_NONE;
}
static Value type_get_mro(KrVm *vm, Value self) {
    int n = 0;
    for (TypeObj *t = AS_TYPEOBJ(self); t; t = t->base) {
        n++;
    }
    Tuple *tup = kr_tuple_new(vm, n);
    if (!tup) {
        return VAL_EXC;
    }
    int i = 0;
    for (TypeObj *t = AS_TYPEOBJ(self); t; t = t->base) {
        tup->items[i++] = kr_obj(t);
    }
    return kr_obj(tup);
}
static Value type_get_bases(KrVm *vm, Value self) {
    TypeObj *t = AS_TYPEOBJ(self);
    if (!t->base) {
        return vm->empty_tuple;
    }
    return kr_tuple_pack(vm, 1, kr_obj(t->base));
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name},
    {"__qualname__", type_get_name},
    {"__module__", type_get_module},
    {"__base__", type_get_base},
    {"__bases__", type_get_bases},
    {"__mro__", type_get_mro},
    {NULL, NULL},
};

static int type_hash(KrVm *vm, Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)AS_OBJ(self) >> 4);
    return 0;
}

const Type kr_type_type = {
    .name = "type",
    .id = TY_TYPE,
    .basic_size = sizeof(TypeObj),
    .trace = type_trace,
    .repr = type_repr,
    .hash = type_hash,
    .getset = type_getset,
};

static Value object_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc > 0 || (IS_DICT(kw) && AS_DICT(kw)->used > 0)) {
        return kr_raise(vm, EXC_TypeError, "object() takes no arguments");
    }
    Obj *o = kr_gc_alloc(vm, &kr_type_object, sizeof(Obj));
    return o ? kr_obj(o) : VAL_EXC;
}

const Type kr_type_object = {
    .name = "object",
    .id = TY_OBJECT,
    .basic_size = sizeof(Obj),
    .ctor = object_ctor,
};

const Type kr_type_property = {
    .name = "property",
    .id = TY_PROPERTY,
    .basic_size = sizeof(Obj),
};

static int materialize(KrVm *vm, TypeObj *t);

Dict *kr_class_dict(KrVm *vm, TypeObj *cls) {
    if (cls->lazy && materialize(vm, cls) < 0) {
        return NULL;
    }
    return cls->dict;
}

Value kr_class_getattr(KrVm *vm, TypeObj *cls, Value name) {
    for (TypeObj *t = cls; t; t = t->base) {
        if (t->lazy && materialize(vm, t) < 0) {
            return VAL_EXC;
        }
        if (t->dict) {
            Value v = kr_dict_get_str(vm, t->dict, AS_STR(name));
            if (!IS_UNDEF(v)) {
                return v;
            }
        }
    }
    return VAL_UNDEF;
}

static TypeObj *new_class(KrVm *vm, const Type *kind, TypeObj *base, const char *name) {
    TypeObj *t = kr_gc_alloc(vm, &kr_type_type, sizeof(TypeObj));
    if (!t) {
        return NULL;
    }
    t->kind = kind;
    t->base = base;
    t->exc_id = -1;
    t->type_id = -1;
    t->name = kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(t->name)) {
        return NULL;
    }
    t->dict = NULL;
    t->lazy = true;
    return t;
}

// ----- Dunder methods of built-in types (x.__len__(), int.__add__ ...) -----
// They wrap the generic protocol, so they exist for every type whose slot is present.

Value kr_binop_slot(KrVm *vm, int op, Value self, Value a, Value b);

static Value slot_repr(KrVm *vm, int argc, const Value *argv, Value kw) { return kr_repr(vm, argv[0]); }
static Value slot_str(KrVm *vm, int argc, const Value *argv, Value kw) { return kr_str(vm, argv[0]); }
static Value slot_hash(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t h;
    return kr_hash(vm, argv[0], &h) < 0 ? VAL_EXC : kr_int(h);
}
static Value slot_len(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t n = kr_len(vm, argv[0]);
    return n < 0 ? VAL_EXC : kr_int(n);
}
static Value slot_iter(KrVm *vm, int argc, const Value *argv, Value kw) { return kr_iter(vm, argv[0]); }
static Value slot_next(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value v = kr_next(vm, argv[0]);
    return IS_UNDEF(v) ? kr_raise_stop_iteration(vm, VAL_NONE) : v;
}
static Value slot_getitem(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_getitem(vm, argv[0], argv[1]);
}
static Value slot_setitem(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_setitem(vm, argv[0], argv[1], argv[2]) < 0 ? VAL_EXC : VAL_NONE;
}
static Value slot_delitem(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_delitem(vm, argv[0], argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}
static Value slot_contains(KrVm *vm, int argc, const Value *argv, Value kw) {
    int r = kr_contains(vm, argv[0], argv[1]);
    return r < 0 ? VAL_EXC : kr_bool(r);
}
static Value slot_format(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!IS_STR(argv[1])) {
        return kr_raise(vm, EXC_TypeError, "format() argument 2 must be str, not %s",
                        kr_typename(argv[1]));
    }
    return kr_format(vm, argv[0], argv[1]);
}
static Value slot_bool(KrVm *vm, int argc, const Value *argv, Value kw) {
    int t = kr_truthy(vm, argv[0]);
    return t < 0 ? VAL_EXC : kr_bool(t);
}
static Value slot_neg(KrVm *vm, int argc, const Value *argv, Value kw) { return kr_neg(vm, argv[0]); }
static Value slot_pos(KrVm *vm, int argc, const Value *argv, Value kw) { return kr_pos(vm, argv[0]); }
static Value slot_invert(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_invert(vm, argv[0]);
}
static Value cmp_slot(KrVm *vm, const Value *argv, CmpOp op) {
    const Type *t = kr_type_of(argv[0]);
    if (!t->richcmp) {
        return vm->notimpl;
    }
    return t->richcmp(vm, argv[0], argv[1], op);
}
#define CMP_SLOT(nm, op)                                                                           \
    static Value slot_##nm(KrVm *vm, int argc, const Value *argv, Value kw) {                      \
        return cmp_slot(vm, argv, op);                                                             \
    }
CMP_SLOT(lt, CMP_LT)
CMP_SLOT(le, CMP_LE)
CMP_SLOT(eq, CMP_EQ)
CMP_SLOT(ne, CMP_NE)
CMP_SLOT(gt, CMP_GT)
CMP_SLOT(ge, CMP_GE)
#define BIN_SLOT(nm, op)                                                                           \
    static Value slot_##nm(KrVm *vm, int argc, const Value *argv, Value kw) {                      \
        Value r = kr_binop_slot(vm, op, argv[0], argv[0], argv[1]);                                \
        if (IS_EXC(r) && kr_exc_pending_is(vm, EXC_TypeError)) {                                   \
            kr_exc_take(vm);                                                                       \
            return vm->notimpl;                                                                    \
        }                                                                                          \
        return r;                                                                                  \
    }                                                                                              \
    static Value slot_r##nm(KrVm *vm, int argc, const Value *argv, Value kw) {                     \
        Value r = kr_binop_slot(vm, op, argv[0], argv[1], argv[0]);                                \
        if (IS_EXC(r) && kr_exc_pending_is(vm, EXC_TypeError)) {                                   \
            kr_exc_take(vm);                                                                       \
            return vm->notimpl;                                                                    \
        }                                                                                          \
        return r;                                                                                  \
    }
BIN_SLOT(add, BINOP_ADD)
BIN_SLOT(sub, BINOP_SUB)
BIN_SLOT(mul, BINOP_MUL)
BIN_SLOT(truediv, BINOP_TRUEDIV)
BIN_SLOT(floordiv, BINOP_FLOORDIV)
BIN_SLOT(mod, BINOP_MOD)
BIN_SLOT(pow, BINOP_POW)
BIN_SLOT(lshift, BINOP_LSHIFT)
BIN_SLOT(rshift, BINOP_RSHIFT)
BIN_SLOT(and, BINOP_AND)
BIN_SLOT(or, BINOP_OR)
BIN_SLOT(xor, BINOP_XOR)

enum { NEED_REPR, NEED_STR, NEED_HASH, NEED_LEN, NEED_ITER, NEED_NEXT, NEED_GETITEM, NEED_SETITEM,
       NEED_CONTAINS, NEED_CMP, NEED_NUM, NEED_INT, NEED_SEQ, NEED_SET, NEED_FMT };

typedef struct SlotDef {
    NativeDef def;
    int need;
} SlotDef;

static const SlotDef slot_defs[] = {
    {NATIVE("__repr__", slot_repr, 0, 0, 0), NEED_REPR},
    {NATIVE("__str__", slot_str, 0, 0, 0), NEED_STR},
    {NATIVE("__hash__", slot_hash, 0, 0, 0), NEED_HASH},
    {NATIVE("__format__", slot_format, 1, 1, 0), NEED_FMT},
    {NATIVE("__len__", slot_len, 0, 0, 0), NEED_LEN},
    {NATIVE("__iter__", slot_iter, 0, 0, 0), NEED_ITER},
    {NATIVE("__next__", slot_next, 0, 0, 0), NEED_NEXT},
    {NATIVE("__getitem__", slot_getitem, 1, 1, 0), NEED_GETITEM},
    {NATIVE("__setitem__", slot_setitem, 2, 2, 0), NEED_SETITEM},
    {NATIVE("__delitem__", slot_delitem, 1, 1, 0), NEED_SETITEM},
    {NATIVE("__contains__", slot_contains, 1, 1, 0), NEED_CONTAINS},
    {NATIVE("__eq__", slot_eq, 1, 1, 0), NEED_CMP},
    {NATIVE("__ne__", slot_ne, 1, 1, 0), NEED_CMP},
    {NATIVE("__lt__", slot_lt, 1, 1, 0), NEED_CMP},
    {NATIVE("__le__", slot_le, 1, 1, 0), NEED_CMP},
    {NATIVE("__gt__", slot_gt, 1, 1, 0), NEED_CMP},
    {NATIVE("__ge__", slot_ge, 1, 1, 0), NEED_CMP},
    {NATIVE("__bool__", slot_bool, 0, 0, 0), NEED_NUM},
    {NATIVE("__neg__", slot_neg, 0, 0, 0), NEED_NUM},
    {NATIVE("__pos__", slot_pos, 0, 0, 0), NEED_NUM},
    {NATIVE("__abs__", NULL, 0, 0, 0), -1},
    {NATIVE("__invert__", slot_invert, 0, 0, 0), NEED_INT},
    {NATIVE("__add__", slot_add, 1, 1, 0), NEED_SEQ},
    {NATIVE("__radd__", slot_radd, 1, 1, 0), NEED_NUM},
    {NATIVE("__mul__", slot_mul, 1, 1, 0), NEED_SEQ},
    {NATIVE("__rmul__", slot_rmul, 1, 1, 0), NEED_SEQ},
    {NATIVE("__sub__", slot_sub, 1, 1, 0), NEED_NUM},
    {NATIVE("__rsub__", slot_rsub, 1, 1, 0), NEED_NUM},
    {NATIVE("__truediv__", slot_truediv, 1, 1, 0), NEED_NUM},
    {NATIVE("__rtruediv__", slot_rtruediv, 1, 1, 0), NEED_NUM},
    {NATIVE("__floordiv__", slot_floordiv, 1, 1, 0), NEED_NUM},
    {NATIVE("__rfloordiv__", slot_rfloordiv, 1, 1, 0), NEED_NUM},
    {NATIVE("__mod__", slot_mod, 1, 1, 0), NEED_NUM},
    {NATIVE("__rmod__", slot_rmod, 1, 1, 0), NEED_NUM},
    {NATIVE("__pow__", slot_pow, 1, 1, 0), NEED_NUM},
    {NATIVE("__rpow__", slot_rpow, 1, 1, 0), NEED_NUM},
    {NATIVE("__lshift__", slot_lshift, 1, 1, 0), NEED_INT},
    {NATIVE("__rlshift__", slot_rlshift, 1, 1, 0), NEED_INT},
    {NATIVE("__rshift__", slot_rshift, 1, 1, 0), NEED_INT},
    {NATIVE("__rrshift__", slot_rrshift, 1, 1, 0), NEED_INT},
    {NATIVE("__and__", slot_and, 1, 1, 0), NEED_SET},
    {NATIVE("__rand__", slot_rand, 1, 1, 0), NEED_SET},
    {NATIVE("__or__", slot_or, 1, 1, 0), NEED_SET},
    {NATIVE("__ror__", slot_ror, 1, 1, 0), NEED_SET},
    {NATIVE("__xor__", slot_xor, 1, 1, 0), NEED_SET},
    {NATIVE("__rxor__", slot_rxor, 1, 1, 0), NEED_SET},
};

static bool slot_applies(const Type *t, int need, const char *name) {
    bool num = t == &kr_type_int || t == &kr_type_bool || t == &kr_type_float;
    bool integral = t == &kr_type_int || t == &kr_type_bool;
    bool seq = t == &kr_type_str || t == &kr_type_bytes || t == &kr_type_list || t == &kr_type_tuple;
    bool set = t == &kr_type_set || t == &kr_type_frozenset;
    switch (need) {
    case NEED_REPR:
        return true;
    case NEED_STR:
        return true;
    case NEED_HASH:
        return t->id != TY_LIST && t->id != TY_DICT && t->id != TY_SET && t->id != TY_SLICE;
    case NEED_FMT:
        return true;
    case NEED_LEN:
        return t->len != NULL || t == &kr_type_str;
    case NEED_ITER:
        return t->iter != NULL;
    case NEED_NEXT:
        return t->next != NULL;
    case NEED_GETITEM:
        return t->getitem != NULL;
    case NEED_SETITEM:
        return t->setitem != NULL;
    case NEED_CONTAINS:
        return t->contains != NULL;
    case NEED_CMP:
        return true;
    case NEED_NUM:
        return num;
    case NEED_INT:
        return integral;
    case NEED_SEQ:
        if (strcmp(name, "__add__") == 0 || strcmp(name, "__mul__") == 0 ||
            strcmp(name, "__rmul__") == 0) {
            return num || seq;
        }
        return num;
    case NEED_SET:
        return integral || set || (t == &kr_type_dict && strstr(name, "or") != NULL);
    default:
        return false;
    }
}

static int add_slot_methods(KrVm *vm, TypeObj *t) {
    for (size_t i = 0; i < KR_ARRAY_LEN(slot_defs); i++) {
        const SlotDef *sd = &slot_defs[i];
        if (!sd->def.fn || !slot_applies(t->kind, sd->need, sd->def.name)) {
            continue;
        }
        Value key = kr_str_intern(vm, sd->def.name, strlen(sd->def.name));
        if (IS_EXC(key)) {
            return -1;
        }
        if (!IS_UNDEF(kr_dict_get_str(vm, t->dict, AS_STR(key)))) {
            continue;
        }
        Value f = kr_native_new(vm, &sd->def, VAL_UNDEF, t->name);
        if (IS_EXC(f)) {
            return -1;
        }
        AS_OBJ(f)->flags |= NATIVE_OBJ_METHOD;
        if (kr_dict_set_str(vm, t->dict, sd->def.name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static int add_methods(KrVm *vm, TypeObj *t, const NativeDef *defs) {
    for (const NativeDef *d = defs; d && d->name; d++) {
        Value f = kr_native_new(vm, d, VAL_UNDEF, t->name);
        if (IS_EXC(f)) {
            return -1;
        }
        AS_OBJ(f)->flags |= NATIVE_OBJ_METHOD;
        if (kr_dict_set_str(vm, t->dict, d->name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static const char *const exc_names[] = {
#define EXC(name, base) #name,
#include "exceptions.def"
#undef EXC
};
static const int exc_bases[] = {
#define EXC(name, base) EXC_##base,
#include "exceptions.def"
#undef EXC
};

TypeObj *kr_exc_class(KrVm *vm, int id) {
    if (id < 0 || id >= EXC_COUNT) {
        kr_raise(vm, EXC_SystemError, "kr_exc_class: bad exception id %d", id);
        return NULL;
    }
    if (vm->exc_classes[id]) {
        return vm->exc_classes[id];
    }
    TypeObj *base = id == EXC_BaseException ? vm->classes[TY_OBJECT]
                                            : kr_exc_class(vm, exc_bases[id]); // depth <= 5
    if (!base) {
        return NULL;
    }
    TypeObj *t = new_class(vm, &kr_type_exception, base, exc_names[id]);
    if (!t) {
        return NULL;
    }
    t->exc_id = id;
    vm->exc_classes[id] = t; // a GC root from now on
    return t;
}

Value kr_builtins_resolve(KrVm *vm, Str *name) {
    for (int i = 0; i < EXC_COUNT; i++) {
        if (strcmp(exc_names[i], name->data) == 0) {
            TypeObj *t = kr_exc_class(vm, i);
            if (!t || kr_dict_set(vm, vm->builtins, kr_obj(name), kr_obj(t)) < 0) {
                return VAL_EXC;
            }
            return kr_obj(t);
        }
    }
    return VAL_UNDEF;
}

int kr_builtins_fill(KrVm *vm) {
    for (int i = 0; i < EXC_COUNT; i++) {
        if (!vm->exc_classes[i] || IS_UNDEF(kr_dict_get_str(vm, vm->builtins,
                                                             AS_STR(vm->exc_classes[i]->name)))) {
            TypeObj *t = kr_exc_class(vm, i);
            if (!t || kr_dict_set(vm, vm->builtins, t->name, kr_obj(t)) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

int kr_types_init(KrVm *vm);
int kr_types_init(KrVm *vm) {
    TypeObj *object = new_class(vm, &kr_type_object, NULL, "object");
    if (!object) {
        return -1;
    }
    object->type_id = TY_OBJECT;
    vm->classes[TY_OBJECT] = object;
    // Every other class is made on first use (kr_class_by_id): builtins' init asks for the
    // ~20 it names, and the many internal types (iterators, code, cells ...) usually never
    // show up in a run. That keeps creating a VM cheap.
    if (!kr_class_by_id(vm, TY_TYPE)) {
        return -1;
    }

    // Exception classes are made on first use too (kr_exc_class; the builtins namespace
    // resolves their names on a miss): only the ones every VM needs exist from the start.
    if (!kr_exc_class(vm, EXC_BaseException) || !kr_exc_class(vm, EXC_MemoryError)) {
        return -1;
    }
    vm->classes[TY_EXCEPTION] = vm->exc_classes[EXC_BaseException];
    return 0;
}

void kr_gc_make_recent_permanent(KrVm *vm, Obj *old_head);

// Builds the class dict: the type's method table plus the dunder wrappers. Everything made
// here is immutable and owned by the (permanent) class object, so it joins the permanent set.
static int materialize(KrVm *vm, TypeObj *t) {
    Obj *head = vm->objects;
    t->dict = kr_dict_new(vm);
    if (!t->dict) {
        return -1;
    }
    int r = 0;
    if (t->exc_id == EXC_BaseException) {
        r = add_methods(vm, t, kr_type_exception.methods);
    } else if (t->exc_id < 0 && t->type_id >= 0) {
        r = add_methods(vm, t, t->kind->methods);
        if (r == 0 && t->type_id != TY_OBJECT && t->type_id != TY_TYPE && t->type_id != TY_BOOL) {
            r = add_slot_methods(vm, t);
        }
    }
    if (r < 0) {
        t->dict = NULL; // retry on the next lookup
        return -1;
    }
    t->lazy = false;
    if (AS_OBJ(kr_obj(t))->marked == 2) {
        kr_gc_make_recent_permanent(vm, head);
    }
    return 0;
}

TypeObj *kr_modclass(KrVm *vm, int type_id) {
    if (type_id < 0 || type_id >= TY_COUNT || !modnames[type_id]) {
        kr_raise(vm, EXC_SystemError, "kr_modclass: %d is not a module-defined type", type_id);
        return NULL;
    }
    if (vm->classes[type_id]) {
        return vm->classes[type_id];
    }
    int base = exc_base_of[type_id];
    TypeObj *bcls = base >= 0 ? kr_exc_class(vm, base) : vm->classes[TY_OBJECT];
    if (base < 0 && kinds[type_id]->dict_layout) {
        bcls = kr_class_by_id(vm, TY_DICT); // dict subclasses (collections): dict's methods
    }
    if (!bcls) {
        return NULL;
    }
    TypeObj *t = new_class(vm, base >= 0 ? &kr_type_exception : kinds[type_id], bcls,
                           pynames[type_id]);
    if (!t) {
        return NULL;
    }
    t->type_id = type_id;
    // An exception class keeps its built-in base's id: calling it makes an exception object
    // and the C-level behaviour of that base (KeyError's str, StopIteration.value) applies.
    t->exc_id = base >= 0 ? base : -1;
    vm->classes[type_id] = t; // a GC root from now on
    return t;
}

// The class of an instance of a module type whose module was never imported in this VM (a
// value handed over by another module): made now. Without memory for it, `object` stands in
// (the caller has no error path) and the next lookup tries again.
TypeObj *kr_class_by_id(KrVm *vm, int id) {
    if (id < 0 || id >= TY_COUNT || id == TY_EXCEPTION) {
        kr_raise(vm, EXC_SystemError, "kr_class_by_id: bad type id %d", id);
        return NULL;
    }
    if (vm->classes[id]) {
        return vm->classes[id];
    }
    if (modnames[id]) {
        return kr_modclass(vm, id);
    }
    TypeObj *base = vm->classes[TY_OBJECT];
    if (id == TY_BOOL) {
        base = kr_class_by_id(vm, TY_INT);
        if (!base) {
            return NULL;
        }
    }
    TypeObj *t = new_class(vm, kinds[id], base, pynames[id]);
    if (!t) {
        return NULL;
    }
    t->type_id = id;
    vm->classes[id] = t; // a GC root from now on
    return t;
}

static TypeObj *late_class(KrVm *vm, int id) {
    Value saved = vm->exc;
    vm->exc = VAL_UNDEF;
    // kr_class_of has no error path, so making the class must not fail on the VM's limits: it
    // is exempt from them (bounded: at most one class per type id, a few hundred bytes each).
    vm->mem_exempt++;
    TypeObj *t = kr_class_by_id(vm, id);
    vm->mem_exempt--;
    if (!t && !modnames[id]) {
        // Only the host's allocator failing gets here: a wrong class would give wrong answers.
        vm->poisoned = true;
        vm->poison_why = "out of host memory while making a class";
    }
    vm->exc = saved;
    return t ? t : vm->classes[TY_OBJECT];
}

TypeObj *kr_class_of(KrVm *vm, Value v) {
    if (IS_EXCOBJ(v)) {
        return AS_EXC(v)->cls;
    }
    int id = kr_type_of(v)->id;
    TypeObj *t = vm->classes[id];
    return LIKELY(t != NULL) ? t : late_class(vm, id);
}

Value kr_module_raise(KrVm *vm, int type_id, const char *fmt, ...) {
    int base = type_id >= 0 && type_id < TY_COUNT ? exc_base_of[type_id] : -1;
    if (base < 0) {
        return kr_raise(vm, EXC_SystemError, "kr_module_raise: %d is not a module exception",
                        type_id);
    }
    TypeObj *cls = kr_modclass(vm, type_id);
    if (!cls) {
        return VAL_EXC;
    }
    va_list ap;
    va_start(ap, fmt);
    kr_raisev(vm, (ExcId)base, fmt, ap); // formats the message into a new instance of the base
    va_end(ap);
    if (IS_EXCOBJ(vm->exc) && AS_EXC(vm->exc)->cls == vm->exc_classes[base]) {
        AS_EXC(vm->exc)->cls = cls; // (not the preallocated MemoryError: the base differs)
    }
    return VAL_EXC;
}

int kr_exc_attr(KrVm *vm, Value exc, const char *name, Value v) {
    Value saved = vm->exc;
    vm->exc = VAL_UNDEF;
    Value key = kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(key) || kr_setattr(vm, exc, key, v) < 0) {
        return -1; // the new error replaces [saved]
    }
    vm->exc = saved;
    return 0;
}
