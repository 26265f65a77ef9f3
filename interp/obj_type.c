// SPDX-License-Identifier: MIT
// interp/obj_type.c: class objects (`type`), the root class `object`, and the per-VM class
// table built from the static Type descriptors (types.def) and exceptions.def.
#include <stdio.h>

#include "module.h"
#include "vm.h"

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
    if (kr_sb_adds(&sb, "<class '") < 0 || kr_sb_add_str(&sb, t->name) < 0 ||
        kr_sb_adds(&sb, "'>") < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value type_get_name(KrVm *vm, Value self) { return AS_TYPEOBJ(self)->name; }
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
    return kr_raise(vm, EXC_NotImplementedError, "object() instances are not supported yet");
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

Value kr_class_getattr(KrVm *vm, TypeObj *cls, Value name) {
    for (TypeObj *t = cls; t; t = t->base) {
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
    t->dict = kr_dict_new(vm);
    if (!t->dict) {
        return NULL;
    }
    return t;
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

int kr_types_init(KrVm *vm);
int kr_types_init(KrVm *vm) {
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
    TypeObj *object = new_class(vm, &kr_type_object, NULL, "object");
    if (!object) {
        return -1;
    }
    object->type_id = TY_OBJECT;
    vm->classes[TY_OBJECT] = object;
    for (int i = 0; i < TY_COUNT; i++) {
        if (i == TY_OBJECT || i == TY_EXCEPTION) {
            continue;
        }
        TypeObj *base = object;
        if (i == TY_BOOL) {
            base = vm->classes[TY_INT]; // int comes before bool in types.def? ensure below
        }
        TypeObj *t = new_class(vm, kinds[i], base, pynames[i]);
        if (!t) {
            return -1;
        }
        t->type_id = i;
        vm->classes[i] = t;
    }
    if (!vm->classes[TY_BOOL]->base || vm->classes[TY_BOOL]->base == object) {
        vm->classes[TY_BOOL]->base = vm->classes[TY_INT];
    }
    for (int i = 0; i < TY_COUNT; i++) {
        if (i != TY_EXCEPTION && add_methods(vm, vm->classes[i], kinds[i]->methods) < 0) {
            return -1;
        }
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
    for (int i = 0; i < EXC_COUNT; i++) {
        TypeObj *base = i == EXC_BaseException ? object : vm->exc_classes[exc_bases[i]];
        TypeObj *t = new_class(vm, &kr_type_exception, base, exc_names[i]);
        if (!t) {
            return -1;
        }
        t->exc_id = i;
        vm->exc_classes[i] = t;
    }
    vm->classes[TY_EXCEPTION] = vm->exc_classes[EXC_BaseException];
    return add_methods(vm, vm->exc_classes[EXC_BaseException], kr_type_exception.methods);
}

TypeObj *kr_class_of(KrVm *vm, Value v) {
    if (IS_EXCOBJ(v)) {
        return AS_EXC(v)->cls;
    }
    return vm->classes[kr_type_of(v)->id];
}
