// SPDX-License-Identifier: MIT
// interp/introspect.c: builtins that look at the running frame or end the program: globals,
// locals, vars, exit, quit. They see only the script's own namespaces (no frames escape).
#include "builtins.h"
#include "module.h"
#include "vm.h"

// Handing out a namespace lets its strings be shared: end in-place `+=` ownership (vm.c).
static void end_fresh(KrVm *vm) {
    vm->fresh_gname = VAL_UNDEF;
    if (vm->frame) {
        vm->frame->fresh1 = 0;
    }
}

static Value builtin_globals(KrVm *vm, int argc, const Value *argv, Value kw) {
    end_fresh(vm);
    if (!vm->frame) {
        return kr_raise(vm, EXC_RuntimeError, "globals(): no current frame");
    }
    return kr_obj(vm->frame->globals);
}

// A snapshot of the current function's local variables (module level: the globals).
static Value current_locals(KrVm *vm) {
    end_fresh(vm);
    Frame *f = vm->frame;
    if (!f) {
        return kr_raise(vm, EXC_RuntimeError, "locals(): no current frame");
    }
    if (!f->func || (f->code->flags & CO_MODULE)) {
        return kr_obj(f->globals);
    }
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    Tuple *names = AS_TUPLE(f->code->localnames);
    int ncells_start = f->code->nlocalsplus; // cells are detected by their type
    (void)ncells_start;
    for (int64_t i = 0; i < names->len && i < f->code->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        if (IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_cell) {
            v = ((Cell *)AS_OBJ(v))->v;
        }
        if (IS_UNDEF(v)) {
            continue;
        }
        if (kr_dict_set(vm, d, names->items[i], v) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(d);
}

static Value builtin_locals(KrVm *vm, int argc, const Value *argv, Value kw) {
    return current_locals(vm);
}

static Value builtin_vars(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc == 0) {
        return current_locals(vm);
    }
    Value d = kr_getattr_opt(vm, argv[0], VM_NAME(vm, __dict__));
    if (IS_EXC(d)) {
        return d;
    }
    if (IS_UNDEF(d) && IS_OBJ(argv[0]) && AS_OBJ(argv[0])->type == &kr_type_module) {
        return kr_obj(((Module *)AS_OBJ(argv[0]))->dict);
    }
    if (IS_UNDEF(d)) {
        return kr_raise(vm, EXC_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value builtin_exit(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value code = argc > 0 ? argv[0] : VAL_NONE;
    Value args = argc > 0 ? kr_tuple_pack(vm, 1, code) : vm->empty_tuple;
    if (IS_EXC(args)) {
        return args;
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, EXC_SystemExit), args);
    if (!e) {
        return VAL_EXC;
    }
    return kr_raise_value(vm, kr_obj(e));
}

static const NativeDef introspect_funcs[] = {
    NATIVE("globals", builtin_globals, 0, 0, 0),
    NATIVE("locals", builtin_locals, 0, 0, 0),
    NATIVE("vars", builtin_vars, 0, 1, 0),
    NATIVE("exit", builtin_exit, 0, 1, 0),
    NATIVE("quit", builtin_exit, 0, 1, 0),
    NATIVE_END,
};

int kr_introspect_init(KrVm *vm);
int kr_introspect_init(KrVm *vm) {
    Value owner = kr_str_intern(vm, "builtins", 8);
    if (IS_EXC(owner)) {
        return -1;
    }
    for (const NativeDef *d = introspect_funcs; d->name; d++) {
        Value f = kr_native_new(vm, d, VAL_UNDEF, owner);
        if (IS_EXC(f) || kr_dict_set_str(vm, vm->builtins, d->name, f) < 0) {
            return -1;
        }
    }
    return 0;
}
