// SPDX-License-Identifier: MIT
// interp/obj_code.c: the `code` type (Code objects made by compiler.c).
#include <stdio.h>

#include "module.h"

static void code_trace(KrVm *vm, Obj *o) {
    Code *co = (Code *)o;
    kr_gc_mark_value(vm, co->consts);
    kr_gc_mark_value(vm, co->names);
    kr_gc_mark_value(vm, co->localnames);
    kr_gc_mark_value(vm, co->name);
    kr_gc_mark_value(vm, co->qualname);
    kr_gc_mark_value(vm, co->filename);
    kr_gc_mark_value(vm, co->source);
}

static void code_free(KrVm *vm, Obj *o) {
    Code *co = (Code *)o;
    if (co->insns) {
        kr_mem_free(vm, co->insns, (size_t)co->ninsns * sizeof(uint32_t));
    }
    if (co->lines) {
        kr_mem_free(vm, co->lines, (size_t)co->ninsns * sizeof(LineInfo));
    }
    if (co->exctab) {
        kr_mem_free(vm, co->exctab, (size_t)co->nexctab * sizeof(ExcEntry));
    }
    if (co->ghints) {
        kr_mem_free(vm, co->ghints, (size_t)co->nghints * sizeof(GlobalHint));
    }
    kr_mem_free(vm, co, sizeof(Code));
}

// <code object f at 0x..., file "x.py", line 3>
static Value code_repr(KrVm *vm, Value self) {
    Code *co = (Code *)AS_OBJ(self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char buf[64];
    snprintf(buf, sizeof buf, " at 0x%llx, file \"", (unsigned long long)(uintptr_t)co);
    char tail[32];
    snprintf(tail, sizeof tail, "\", line %d>", (int)co->firstlineno);
    if (kr_sb_adds(&sb, "<code object ") < 0 || kr_sb_add_str(&sb, co->name) < 0 ||
        kr_sb_adds(&sb, buf) < 0 || kr_sb_add_str(&sb, co->filename) < 0 ||
        kr_sb_adds(&sb, tail) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

#define CODE(v) ((Code *)AS_OBJ(v))
static Value code_get_name(KrVm *vm, Value self) { return CODE(self)->name; }
static Value code_get_qualname(KrVm *vm, Value self) { return CODE(self)->qualname; }
static Value code_get_filename(KrVm *vm, Value self) { return CODE(self)->filename; }
static Value code_get_firstlineno(KrVm *vm, Value self) { return kr_int(CODE(self)->firstlineno); }
static Value code_get_argcount(KrVm *vm, Value self) { return kr_int(CODE(self)->argcount); }
static Value code_get_posonlyargcount(KrVm *vm, Value self) {
    return kr_int(CODE(self)->posonlyargcount);
}
static Value code_get_kwonlyargcount(KrVm *vm, Value self) {
    return kr_int(CODE(self)->kwonlyargcount);
}
static Value code_get_consts(KrVm *vm, Value self) { return CODE(self)->consts; }
static Value code_get_names(KrVm *vm, Value self) { return CODE(self)->names; }

static const GetSetDef code_getset[] = {
    {"co_name", code_get_name},
    {"co_qualname", code_get_qualname},
    {"co_filename", code_get_filename},
    {"co_firstlineno", code_get_firstlineno},
    {"co_argcount", code_get_argcount},
    {"co_posonlyargcount", code_get_posonlyargcount},
    {"co_kwonlyargcount", code_get_kwonlyargcount},
    {"co_consts", code_get_consts},
    {"co_names", code_get_names},
    {NULL, NULL},
};

const Type kr_type_code = {
    .name = "code",
    .id = TY_CODE,
    .basic_size = sizeof(Code),
    .trace = code_trace,
    .free = code_free,
    .repr = code_repr,
    .getset = code_getset,
};
