// SPDX-License-Identifier: MIT
// interp/obj_module.c: module objects and the import registry (stdlib/modules.def). There are
// no filesystem imports: `import` finds only the built-in modules, built on first import.
#include "module.h"
#include "vm.h"

#define MODULE(n) extern const ModuleDef kr_mod_##n;
#include "stdlib/modules.def"
#undef MODULE

static const ModuleDef *const registry[] = {
#define MODULE(n) &kr_mod_##n,
#include "stdlib/modules.def"
#undef MODULE
    NULL,
};

static void module_trace(KrVm *vm, Obj *o) {
    Module *m = (Module *)o;
    kr_gc_mark_value(vm, m->name);
    kr_gc_mark(vm, (Obj *)m->dict);
}

static Value module_repr(KrVm *vm, Value self) {
    Module *m = (Module *)AS_OBJ(self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_adds(&sb, "<module '") < 0 || kr_sb_add_str(&sb, m->name) < 0 ||
        kr_sb_adds(&sb, "' (built-in)>") < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value module_get_name(KrVm *vm, Value self) { return ((Module *)AS_OBJ(self))->name; }

static const GetSetDef module_getset[] = {
    {"__name__", module_get_name},
    {NULL, NULL},
};

const Type kr_type_module = {
    .name = "module",
    .id = TY_MODULE,
    .basic_size = sizeof(Module),
    .trace = module_trace,
    .repr = module_repr,
    .getset = module_getset,
};

Value kr_module_new(KrVm *vm, const char *name) {
    Module *m = kr_gc_alloc(vm, &kr_type_module, sizeof(Module));
    if (!m) {
        return VAL_EXC;
    }
    // Every run makes a __main__: its names are interned once, at VM creation.
    m->name = strcmp(name, "__main__") == 0 ? vm->names[NAME___main__]
                                            : kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(m->name)) {
        return VAL_EXC;
    }
    m->dict = kr_dict_new(vm);
    if (!m->dict) {
        return VAL_EXC;
    }
    if (kr_dict_set(vm, m->dict, vm->names[NAME___name__], m->name) < 0) {
        return VAL_EXC;
    }
    return kr_obj(m);
}

const ModType *kr_modtype_by_id(int type_id) {
    for (const ModuleDef *const *p = registry; *p; p++) {
        for (const ModType *mt = (*p)->types; mt && (mt->id || mt->attr); mt++) {
            if (mt->id == type_id) {
                return mt;
            }
        }
    }
    return NULL;
}

const ModType *kr_modtype_find(const Type *t, const ModuleDef **mod) {
    for (const ModuleDef *const *p = registry; *p; p++) {
        for (const ModType *mt = (*p)->types; mt && (mt->id || mt->attr); mt++) {
            if (mt->id == t->id) {
                if (mod) {
                    *mod = *p;
                }
                return mt;
            }
        }
    }
    return NULL;
}

// Builds built-in module [d] and registers it under [name].
static Value load_builtin(KrVm *vm, const ModuleDef *d, Value name) {
    Value m = kr_module_new(vm, d->name);
    if (IS_EXC(m) || kr_scope_hold(vm, m) < 0) {
        return VAL_EXC;
    }
    Module *mod = (Module *)AS_OBJ(m);
    for (const NativeDef *fd = d->funcs; fd && fd->name; fd++) {
        Value fv = kr_native_new(vm, fd, VAL_UNDEF, mod->name);
        if (IS_EXC(fv) || kr_dict_set_str(vm, mod->dict, fd->name, fv) < 0) {
            return VAL_EXC;
        }
    }
    for (const ModType *mt = d->types; mt && (mt->id || mt->attr); mt++) {
        TypeObj *cls = kr_modclass(vm, mt->id);
        if (!cls || (mt->attr && kr_dict_set_str(vm, mod->dict, mt->attr, kr_obj(cls)) < 0)) {
            return VAL_EXC;
        }
    }
    if (d->init && d->init(vm, m) < 0) {
        return VAL_EXC;
    }
    if (kr_dict_set(vm, vm->modules, name, m) < 0) {
        return VAL_EXC;
    }
    return m;
}

static Value import_inner(KrVm *vm, Value name) {
    Value m = kr_dict_get(vm, vm->modules, name);
    if (!IS_UNDEF(m)) {
        return m;
    }
    const char *n = AS_STR(name)->data;
    const char *dot = strchr(n, '.');
    if (dot) {
        // Built-in modules are not packages.
        Value first = kr_str_new(vm, n, (size_t)(dot - n));
        if (IS_EXC(first)) {
            return first;
        }
        Value fm = kr_import(vm, first);
        if (IS_EXC(fm)) {
            return fm;
        }
        // Importing the parent may register the submodule (json registers json.decoder).
        m = kr_dict_get(vm, vm->modules, name);
        if (!IS_UNDEF(m)) {
            return m;
        }
        kr_raise(vm, EXC_ModuleNotFoundError, "No module named '%U'; '%U' is not a package", name,
                 first);
        Value exc = vm->exc;
        if (kr_setattr(vm, exc, kr_str_intern(vm, "name", 4), name) < 0) {
            return VAL_EXC;
        }
        vm->exc = exc;
        return VAL_EXC;
    }
    for (const ModuleDef *const *p = registry; *p; p++) {
        if (strcmp((*p)->name, n) == 0) {
            return load_builtin(vm, *p, name);
        }
    }
    kr_raise(vm, EXC_ModuleNotFoundError, "No module named '%U'", name);
    Value exc = vm->exc;
    if (kr_setattr(vm, exc, kr_str_intern(vm, "name", 4), name) < 0) {
        return VAL_EXC;
    }
    vm->exc = exc;
    return VAL_EXC;
}

Value kr_import(KrVm *vm, Value name) {
    Value m = kr_dict_get(vm, vm->modules, name);
    if (!IS_UNDEF(m)) {
        return m; // the common case: no allocation, nothing to pin
    }
    // A module's init may run Python code (functools), and so collect: keep the name (often a
    // caller's fresh string) and what is built alive meanwhile. The new module is reachable
    // from vm->modules once registered.
    size_t mark = kr_scope_open(vm);
    Value r = kr_scope_hold(vm, name) < 0 ? VAL_EXC : import_inner(vm, name);
    kr_scope_close(vm, mark);
    if (!IS_EXC(r) && vm->pinning && kr_scope_hold(vm, r) < 0) {
        return VAL_EXC;
    }
    return r;
}
