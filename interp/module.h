// SPDX-License-Identifier: MIT
// interp/module.h: the one header natives (builtins, object methods, stdlib modules) include:
// argument helpers with CPython's error texts, module definitions, the growable StrBuf.
#ifndef KR_MODULE_H
#define KR_MODULE_H

#include "object.h"
#include "state.h"

typedef struct ModType ModType;

typedef struct ModuleDef {
    const char *name;
    const NativeDef *funcs;
    int (*init)(KrVm *vm, Value module); // optional: add constants and types; -1 on error
    // Optional, MODTYPE_END-terminated: the module's types and exception classes (below).
    // Their classes are made and bound as module attributes before init runs.
    const ModType *types;
} ModuleDef;

// ----- Module-defined types (obj_type.c, obj_module.c) -----
// A stdlib module's C type or exception class is declared once in interp/types.def:
//   MODTYPE(IT_CHAIN, it_chain, "itertools", "chain")  -> TY_IT_CHAIN, descriptor kr_type_it_chain
//   MODEXC(RE_ERROR, "re", "error", Exception)         -> TY_RE_ERROR (an exception class)
// The descriptor (`const Type kr_type_it_chain = {.name = "itertools.chain", .id = TY_IT_CHAIN,
// ...}`) lives in the module's file; .name is what error messages print (CPython's tp_name:
// "itertools.chain" for C types, the bare name for classes CPython writes in Python). Its class
// object (type(x), isinstance, repr "<class 'itertools.chain'>", __module__, __qualname__) is
// per VM, made on the module's first import or the first kr_class_of of an instance. Calling
// the class runs Type.ctor; methods come from Type.methods (NATIVE_CLASS entries are
// classmethods) plus the dunder wrappers of the slots; attributes from Type.getset.
// A method native of a module type must check its self (argv[0]) with kr_isa: unbound calls
// (itertools.chain.__reduce__(5)) are not checked by the call machinery for module types.

// Snapshot support for a module type (all optional; without it kr_snapshot refuses a run that
// holds such an object with a clear ValueError). The object's state is a list of ints and a list
// of Values. save() appends them with kr_snap_num/kr_snap_val. Loading calls alloc() with the
// ints (validate every one: the bytes may be hostile; raise ValueError and return NULL), then
// fill() with the Values once every object of the snapshot exists (other mutable objects may
// still be empty: check kinds with kr_isa, not contents), then check() after all objects are
// complete (cross-object invariants). Each returns -1/NULL with an exception set on failure.
typedef struct KrSnapOut KrSnapOut;
typedef struct ModTypeSnap {
    int (*save)(KrVm *vm, Obj *o, KrSnapOut *out);
    Obj *(*alloc)(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums);
    int (*fill)(KrVm *vm, Obj *o, const Value *vals, int64_t nvals);
    int (*check)(KrVm *vm, Obj *o); // may be NULL
} ModTypeSnap;
MUST_CHECK int kr_snap_num(KrSnapOut *out, int64_t n); // snapshot.c; -1 + MemoryError
MUST_CHECK int kr_snap_val(KrSnapOut *out, Value v);

struct ModType {
    uint16_t id;             // TY_* of a MODTYPE/MODEXC line of types.def
    const char *attr;        // module attribute bound to the class, or NULL (not exposed)
    const ModTypeSnap *snap; // MODTYPE only: snapshot support, or NULL
    // MODEXC only, optional: makes the exception when Python code calls the class (an
    // exception with its own __init__, like json's JSONDecodeError(msg, doc, pos)).
    Value (*exc_new)(KrVm *vm, TypeObj *cls, int argc, const Value *argv, Value kw);
};
#define MODTYPE_END {0, NULL, NULL, NULL}

// The class object of module type/exception [type_id], made on first use. NULL + MemoryError.
TypeObj *kr_modclass(KrVm *vm, int type_id);
// "module" of a module-defined class (its __module__), or NULL for built-in classes.
const char *kr_class_module(const TypeObj *cls);
// The module of TY_* id [type_id] if it is a MODTYPE/MODEXC line, else NULL.
const char *kr_modtype_module(int type_id);
// Raise module exception class [type_id] (a MODEXC) with a formatted message (kr_raise
// directives): the instance's args are (message,). Returns VAL_EXC. Set further attributes with
// kr_exc_attr(vm, vm->exc, "pos", value) right after.
Value kr_module_raise(KrVm *vm, int type_id, const char *fmt, ...);
// Set attribute [name] of exception object [exc] (e.g. JSONDecodeError.pos). -1 on error.
MUST_CHECK int kr_exc_attr(KrVm *vm, Value exc, const char *name, Value v);
// The ModType entry (and its module) for a module type descriptor, or NULL (obj_module.c).
const ModType *kr_modtype_find(const Type *t, const ModuleDef **mod);
// The same by TY_* id (also MODEXC lines, whose descriptor is the shared exception type).
const ModType *kr_modtype_by_id(int type_id);

// ----- Argument helpers (args.c). Each raises CPython's TypeError/OverflowError text. -----
// Bind [argc] positional [argv] and keyword dict [kw] (VAL_UNDEF: none) to the parameter
// [names] (nnames entries). The first [nposonly] are positional-only; those from [kwonly_from]
// on are keyword-only (pass nnames for none); the first [nrequired] are required. Missing
// optional parameters come back as VAL_UNDEF. Messages use "[fname]()".
MUST_CHECK int kr_args_bind(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                            const char *const *names, int nnames, int nposonly, int kwonly_from,
                            int nrequired, Value *out);
// Binding with the messages of a Python def ([self]: counted in them, not in [names]); the
// first [nrequired] names are required, the rest come back as VAL_UNDEF when not given.
MUST_CHECK int kr_args_bind_def(KrVm *vm, const char *fname, bool self, int argc,
                                const Value *argv, Value kw, const char *const *names, int nnames,
                                int nrequired, Value *out);
// TypeError "[fname]() takes no keyword arguments" unless kw is empty.
MUST_CHECK int kr_args_no_kw(KrVm *vm, const char *fname, Value kw);
// int-like (int, bool; later __index__) to int64: "'str' object cannot be interpreted as an
// integer"; OverflowError "Python int too large to convert to C ssize_t".
MUST_CHECK int kr_arg_index(KrVm *vm, Value v, int64_t *out);
// str argument: TypeError "[fname]() argument [argn] must be str, not int".
MUST_CHECK Str *kr_arg_str(KrVm *vm, const char *fname, int argn, Value v);

// ----- StrBuf (strbuf.c): growable byte buffer through the VM allocator -----
typedef struct StrBuf {
    KrVm *vm;
    char *data;
    size_t len, cap;
} StrBuf;
void kr_sb_init(StrBuf *sb, KrVm *vm);
MUST_CHECK int kr_sb_add(StrBuf *sb, const char *s, size_t len); // -1 + MemoryError
MUST_CHECK int kr_sb_addc(StrBuf *sb, char c);
MUST_CHECK int kr_sb_adds(StrBuf *sb, const char *s); // NUL-terminated
MUST_CHECK int kr_sb_add_str(StrBuf *sb, Value s);    // contents of a Str value
MUST_CHECK int kr_sb_reserve(StrBuf *sb, size_t extra);
// Repeat [c] n times (padding); checks n against the memory limit first.
MUST_CHECK int kr_sb_fill(StrBuf *sb, char c, size_t n);
// Make a str from the contents (valid UTF-8) and free the buffer. Takes ownership of [sb].
Value kr_sb_to_str(StrBuf *sb);
Value kr_sb_to_bytes(StrBuf *sb);
void kr_sb_free(StrBuf *sb);

#endif
