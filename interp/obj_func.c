// SPDX-License-Identifier: MIT
// interp/obj_func.c: Python functions, built-in functions/methods (NativeObj), bound methods
// and closure cells.
#include <stdio.h>

#include "module.h"
#include "vm.h"

// ----- function -----

static void func_trace(KrVm *vm, Obj *o) {
    FuncObj *f = (FuncObj *)o;
    kr_gc_mark(vm, &f->code->hdr);
    kr_gc_mark(vm, (Obj *)f->globals);
    kr_gc_mark_value(vm, f->defaults);
    kr_gc_mark_value(vm, f->kwdefaults);
    kr_gc_mark_value(vm, f->closure);
    kr_gc_mark_value(vm, f->name);
    kr_gc_mark_value(vm, f->qualname);
    kr_gc_mark_value(vm, f->doc);
    kr_gc_mark_value(vm, f->dict);
}

Value kr_func_new(KrVm *vm, Code *code, Dict *globals) {
    FuncObj *f = kr_gc_alloc(vm, &kr_type_function, sizeof(FuncObj));
    if (!f) {
        return VAL_EXC;
    }
    f->code = code;
    f->globals = globals;
    f->defaults = VAL_UNDEF;
    f->kwdefaults = VAL_UNDEF;
    f->closure = VAL_UNDEF;
    f->name = code->name;
    f->qualname = code->qualname;
    f->doc = VAL_NONE;
    f->dict = VAL_UNDEF;
    // The compiler puts a function's docstring (or None) first in its constants.
    if (IS_STR(code->name) && AS_STR(code->name)->data[0] != '<' && IS_TUPLE(code->consts) &&
        AS_TUPLE(code->consts)->len > 0 && IS_STR(AS_TUPLE(code->consts)->items[0])) {
        f->doc = AS_TUPLE(code->consts)->items[0];
    }
    return kr_obj(f);
}

static Value addr_repr(KrVm *vm, const char *pre, Value name, const char *post, const void *p) {
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char buf[64];
    snprintf(buf, sizeof buf, "%s0x%llx>", post, (unsigned long long)(uintptr_t)p);
    if (kr_sb_adds(&sb, pre) < 0 || kr_sb_add_str(&sb, name) < 0 || kr_sb_adds(&sb, buf) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value func_repr(KrVm *vm, Value self) {
    FuncObj *f = (FuncObj *)AS_OBJ(self);
    return addr_repr(vm, "<function ", f->qualname, " at ", f);
}

static Value func_get_name(KrVm *vm, Value self) { return ((FuncObj *)AS_OBJ(self))->name; }
static Value func_get_qualname(KrVm *vm, Value self) {
    return ((FuncObj *)AS_OBJ(self))->qualname;
}
static Value func_get_doc(KrVm *vm, Value self) { return ((FuncObj *)AS_OBJ(self))->doc; }
static Value func_get_module(KrVm *vm, Value self) { return VM_NAME(vm, __main__); }
static Value func_get_defaults(KrVm *vm, Value self) {
    Value d = ((FuncObj *)AS_OBJ(self))->defaults;
    return IS_UNDEF(d) ? VAL_NONE : d;
}
static Value func_get_kwdefaults(KrVm *vm, Value self) {
    Value d = ((FuncObj *)AS_OBJ(self))->kwdefaults;
    return IS_UNDEF(d) ? VAL_NONE : d;
}
static Value func_get_dict(KrVm *vm, Value self) {
    FuncObj *f = (FuncObj *)AS_OBJ(self);
    if (IS_UNDEF(f->dict)) {
        Dict *d = kr_dict_new(vm);
        if (!d) {
            return VAL_EXC;
        }
        f->dict = kr_obj(d);
    }
    return f->dict;
}

static const GetSetDef func_getset[] = {
    {"__name__", func_get_name},         {"__qualname__", func_get_qualname},
    {"__doc__", func_get_doc},           {"__module__", func_get_module},
    {"__defaults__", func_get_defaults}, {"__kwdefaults__", func_get_kwdefaults},
    {"__dict__", func_get_dict},         {NULL, NULL},
};

static int ident_hash(KrVm *vm, Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)AS_OBJ(self) >> 4);
    return 0;
}

const Type kr_type_function = {
    .name = "function",
    .id = TY_FUNCTION,
    .basic_size = sizeof(FuncObj),
    .trace = func_trace,
    .repr = func_repr,
    .hash = ident_hash,
    .getset = func_getset,
};

// ----- builtin_function_or_method -----

static void native_trace(KrVm *vm, Obj *o) {
    NativeObj *n = (NativeObj *)o;
    kr_gc_mark_value(vm, n->self);
    kr_gc_mark_value(vm, n->owner);
}

Value kr_native_new(KrVm *vm, const NativeDef *def, Value self, Value owner) {
    NativeObj *n = kr_gc_alloc(vm, &kr_type_builtin, sizeof(NativeObj));
    if (!n) {
        return VAL_EXC;
    }
    n->def = def;
    n->self = self;
    n->owner = owner;
    return kr_obj(n);
}

static Value native_repr(KrVm *vm, Value self) {
    NativeObj *n = (NativeObj *)AS_OBJ(self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char buf[64];
    if (IS_UNDEF(n->self) && (n->hdr.flags & NATIVE_OBJ_METHOD) && IS_STR(n->owner) &&
        !(n->def->flags & (NATIVE_STATIC | NATIVE_CLASS)) &&
        strncmp(n->def->name, "__", 2) != 0) {
        // A method descriptor taken from its class: list.append. (Dunder wrappers are slot
        // wrappers or methods depending on the slot in CPython; they keep the plain form.)
        if (kr_sb_adds(&sb, "<method '") < 0 || kr_sb_adds(&sb, n->def->name) < 0 ||
            kr_sb_adds(&sb, "' of '") < 0 || kr_sb_add_str(&sb, n->owner) < 0 ||
            kr_sb_adds(&sb, "' objects>") < 0) {
            goto fail;
        }
        return kr_sb_to_str(&sb);
    }
    if (IS_UNDEF(n->self) || IS_TYPEOBJ(n->self) ||
        (IS_OBJ(n->self) && AS_OBJ(n->self)->type == &kr_type_module)) {
        if (kr_sb_adds(&sb, "<built-in function ") < 0 || kr_sb_adds(&sb, n->def->name) < 0 ||
            kr_sb_addc(&sb, '>') < 0) {
            goto fail;
        }
        if (IS_TYPEOBJ(n->self)) {
            // classmethod bound to its class: <built-in method fromkeys of type object at ..>
            kr_sb_free(&sb);
            kr_sb_init(&sb, vm);
            snprintf(buf, sizeof buf, " of type object at 0x%llx>",
                     (unsigned long long)(uintptr_t)AS_OBJ(n->self));
            if (kr_sb_adds(&sb, "<built-in method ") < 0 || kr_sb_adds(&sb, n->def->name) < 0 ||
                kr_sb_adds(&sb, buf) < 0) {
                goto fail;
            }
        }
        return kr_sb_to_str(&sb);
    }
    snprintf(buf, sizeof buf, " object at 0x%llx>",
             (unsigned long long)(IS_OBJ(n->self) ? (uintptr_t)AS_OBJ(n->self) : 0));
    if (kr_sb_adds(&sb, "<built-in method ") < 0 || kr_sb_adds(&sb, n->def->name) < 0 ||
        kr_sb_adds(&sb, " of ") < 0 || kr_sb_adds(&sb, kr_typename(n->self)) < 0 ||
        kr_sb_adds(&sb, buf) < 0) {
        goto fail;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value native_get_name(KrVm *vm, Value self) {
    return kr_str_from_cstr(vm, ((NativeObj *)AS_OBJ(self))->def->name);
}
static Value native_get_self(KrVm *vm, Value self) {
    NativeObj *n = (NativeObj *)AS_OBJ(self);
    return IS_UNDEF(n->self) ? VAL_NONE : n->self;
}

static const GetSetDef native_getset[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_name},
    {"__self__", native_get_self},
    {NULL, NULL},
};

const Type kr_type_builtin = {
    .name = "builtin_function_or_method",
    .id = TY_BUILTIN,
    .basic_size = sizeof(NativeObj),
    .trace = native_trace,
    .repr = native_repr,
    .hash = ident_hash,
    .getset = native_getset,
};

// ----- method -----

static void method_trace(KrVm *vm, Obj *o) {
    BoundMethod *m = (BoundMethod *)o;
    kr_gc_mark_value(vm, m->func);
    kr_gc_mark_value(vm, m->self);
}

Value kr_method_new(KrVm *vm, Value func, Value self) {
    BoundMethod *m = kr_gc_alloc(vm, &kr_type_method, sizeof(BoundMethod));
    if (!m) {
        return VAL_EXC;
    }
    m->func = func;
    m->self = self;
    return kr_obj(m);
}

static Value method_repr(KrVm *vm, Value self) {
    BoundMethod *m = (BoundMethod *)AS_OBJ(self);
    Value name = IS_OBJ(m->func) && AS_OBJ(m->func)->type == &kr_type_function
                     ? ((FuncObj *)AS_OBJ(m->func))->qualname
                     : vm->empty_str;
    Value r = kr_repr(vm, m->self);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_adds(&sb, "<bound method ") < 0 || kr_sb_add_str(&sb, name) < 0 ||
        kr_sb_adds(&sb, " of ") < 0 || kr_sb_add_str(&sb, r) < 0 || kr_sb_addc(&sb, '>') < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

const Type kr_type_method = {
    .name = "method",
    .id = TY_METHOD,
    .basic_size = sizeof(BoundMethod),
    .trace = method_trace,
    .repr = method_repr,
    .hash = ident_hash,
};

// ----- cell -----

static void cell_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((Cell *)o)->v); }

Value kr_cell_new(KrVm *vm, Value v) {
    Cell *c = kr_gc_alloc(vm, &kr_type_cell, sizeof(Cell));
    if (!c) {
        return VAL_EXC;
    }
    c->v = v;
    return kr_obj(c);
}

const Type kr_type_cell = {
    .name = "cell",
    .id = TY_CELL,
    .basic_size = sizeof(Cell),
    .trace = cell_trace,
};
