// SPDX-License-Identifier: MIT
// interp/intern.c: string interning through the per-VM table vm->interned (a Dict mapping
// each interned Str to itself, so the GC keeps them alive as long as the VM lives).
#include "state.h"

Value kr_str_intern_value(KrVm *vm, Value s) {
    Str *str = AS_STR(s);
    if (str->hdr.flags & STR_INTERNED) {
        return s;
    }
    kr_str_hash(vm, str);
    Value found = kr_dict_get_str(vm, vm->interned, str);
    if (!IS_UNDEF(found)) {
        return found;
    }
    if (kr_dict_set(vm, vm->interned, s, s) < 0) {
        return VAL_EXC;
    }
    str->hdr.flags |= STR_INTERNED;
    return s;
}

Value kr_str_intern(KrVm *vm, const char *s, size_t len) {
    // Most names are interned already: find them without allocating a string first.
    int64_t h = kr_hash_bytes(vm, s, len);
    Value found = kr_dict_get_bytes(vm->interned, h, s, len);
    if (!IS_UNDEF(found)) {
        return found;
    }
    Value v = kr_str_new(vm, s, len);
    if (IS_EXC(v)) {
        return v;
    }
    Str *str = AS_STR(v);
    if (str->hdr.flags & STR_INTERNED) {
        return v; // a shared constant string (e.g. the empty or a one-character string)
    }
    str->hash = h; // known absent: insert without hashing or probing again
    if (kr_dict_set(vm, vm->interned, v, v) < 0) {
        return VAL_EXC;
    }
    str->hdr.flags |= STR_INTERNED;
    return v;
}
