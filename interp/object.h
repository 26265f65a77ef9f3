// SPDX-License-Identifier: MIT
// interp/object.h: the object header, the Type descriptor, the layouts of the core objects and
// the internal API every object file exports.
//
// Conventions (STYLE.md §6): a function returning Value returns VAL_EXC with vm->exc set on
// failure; an int function returns -1; a pointer function returns NULL. Functions that may run
// Python code say so ("Runs Python code"); values you keep across such a call must be pinned
// (kr_scope_hold) and container storage re-read afterwards.
#ifndef KR_OBJECT_H
#define KR_OBJECT_H

#include <stdarg.h>

#include "common.h"
#include "value.h"

typedef struct Type Type;
typedef struct NativeDef NativeDef;

// ----- Ids -----
typedef enum {
#define TYPE(id, cname, pyname) TY_##id,
#include "types.def"
#undef TYPE
    TY_COUNT
} TypeId;

typedef enum {
#define EXC(name, base) EXC_##name,
#include "exceptions.def"
#undef EXC
    EXC_COUNT
} ExcId;

// Binary operators (BINARY_OP operand). The in-place forms are op + BINOP_INPLACE.
typedef enum {
    BINOP_ADD,
    BINOP_SUB,
    BINOP_MUL,
    BINOP_TRUEDIV,
    BINOP_FLOORDIV,
    BINOP_MOD,
    BINOP_POW,
    BINOP_LSHIFT,
    BINOP_RSHIFT,
    BINOP_AND,
    BINOP_OR,
    BINOP_XOR,
    BINOP_MATMUL,
    BINOP_COUNT,
    BINOP_INPLACE = 16,
} BinOp;

// Comparison operators (COMPARE_OP operand), CPython's order.
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

// ----- The object header -----
struct Obj {
    const Type *type;
    Obj *gc_next;   // all-objects list, for sweeping
    uint8_t marked; // GC mark bit
    uint8_t flags;  // per-type flag bits (e.g. STR_INTERNED)
    uint16_t pad_;
    uint32_t aux; // per-type small field
};

// C-level behaviour of a type. Static, const, shared by all VMs. NULL slots mean "not
// supported" and the generic code in ops.c raises CPython's TypeError.
typedef Value (*NativeFn)(KrVm *vm, int argc, const Value *argv, Value kw);

typedef struct GetSetDef {
    const char *name;
    Value (*get)(KrVm *vm, Value self); // Raises
} GetSetDef;

struct Type {
    const char *name; // Python-visible name
    uint16_t id;      // TY_*
    uint32_t basic_size;
    void (*trace)(KrVm *vm, Obj *o); // mark children with kr_gc_mark; NULL: no children
    void (*free)(KrVm *vm, Obj *o);  // free owned buffers AND the object; NULL: basic_size
    Value (*repr)(KrVm *vm, Value self);
    Value (*str)(KrVm *vm, Value self); // NULL: repr
    int (*hash)(KrVm *vm, Value self, int64_t *out); // NULL: identity hash; raises if unhashable
    // Returns a bool Value, NotImplemented (vm->notimpl), or VAL_EXC.
    Value (*richcmp)(KrVm *vm, Value a, Value b, CmpOp op);
    Value (*iter)(KrVm *vm, Value self);
    // Next item; VAL_UNDEF when exhausted (no StopIteration object), VAL_EXC on error.
    Value (*next)(KrVm *vm, Value self);
    int64_t (*len)(KrVm *vm, Value self); // -1 on error
    Value (*getitem)(KrVm *vm, Value self, Value key);
    int (*setitem)(KrVm *vm, Value self, Value key, Value v); // v VAL_UNDEF: delete
    int (*contains)(KrVm *vm, Value self, Value v);           // 0/1/-1
    Value (*call)(KrVm *vm, Value self, int argc, const Value *argv, Value kw);
    // Called when the class is called: int("3"), list(x). argv excludes the class.
    Value (*ctor)(KrVm *vm, int argc, const Value *argv, Value kw);
    int (*truthy)(KrVm *vm, Value self); // NULL: len if any, else true
    const NativeDef *methods;              // NATIVE_END-terminated; argv[0] is self
    const GetSetDef *getset;               // {NULL} terminated
    uint8_t is_sequence;                   // supports slicing-style indexing
    // Instances start with a Dict (dict subclasses: collections.defaultdict/OrderedDict/
    // Counter): IS_DICT accepts them, so every C function taking a Dict works on them, while
    // their own slots/methods (class base: dict) give the subclass behaviour.
    uint8_t dict_layout;
    // Number protocol of a module type (tried by kr_binop after the built-in types): a op b
    // (op a BinOp, maybe | BINOP_INPLACE; self is a or b); unary when b is VAL_UNDEF
    // (BINOP_ADD: +a, BINOP_SUB: -a). NotImplemented when unsupported, VAL_EXC on error.
    Value (*binop)(KrVm *vm, int op, Value a, Value b);
    // Writable attributes of a module type (defaultdict.default_factory): 0 set, -1 error,
    // 1 not one of them (kr_setattr goes on). v VAL_UNDEF: del.
    int (*setattr)(KrVm *vm, Value self, Value name, Value v);
};

// ----- Natives -----
struct NativeDef {
    const char *name;
    NativeFn fn;
    int16_t min_args; // positional args, excluding self for methods
    int16_t max_args; // -1: unlimited
    uint16_t flags;   // NATIVE_KW, NATIVE_STATIC, NATIVE_CLASS
};
#define NATIVE_KW 1u     // accepts keyword arguments (else the trampoline rejects them)
#define NATIVE_STATIC 2u // method table entry that takes no self (staticmethod)
#define NATIVE_CLASS 4u  // method table entry whose argv[0] is the class (classmethod)
#define NATIVE_OLDARGS 8u // arity errors in PyArg_ParseTuple style: "f() takes at least 1 argument (0 given)"
#define NATIVE_OBJ_METHOD 1u // Obj.flags of a NativeObj from a type's method table
#define NATIVE(name, fn, min, max, flags) {name, fn, min, max, flags}
#define NATIVE_END {NULL, NULL, 0, 0, 0}

// ----- Object layouts -----
#define STR_INTERNED 1u

typedef struct Str {
    Obj hdr;
    int64_t len;    // bytes of UTF-8, excluding the NUL
    int64_t nchars; // code points; == len means pure ASCII (O(1) indexing)
    int64_t hash;   // -1: not computed
    char data[];    // UTF-8, NUL-terminated
} Str;

typedef struct Bytes {
    Obj hdr;
    int64_t len;
    int64_t hash; // -1: not computed
    uint8_t data[]; // NUL-terminated for convenience
} Bytes;

typedef struct Tuple {
    Obj hdr;
    int64_t len;
    Value items[];
} Tuple;

typedef struct List {
    Obj hdr;
    int64_t len;
    int64_t cap;
    Value *items;
} List;

typedef struct DictEntry {
    int64_t hash;
    Value key; // VAL_UNDEF: deleted entry
    Value value;
} DictEntry;

// Compact ordered dict (CPython's layout): a sparse index table into a dense entries array.
typedef struct Dict {
    Obj hdr;
    int64_t used;     // live entries
    int64_t nentries; // entries in use, including deleted ones
    int64_t entries_cap;
    uint8_t log2_size; // index table size = 1 << log2_size (0: no table yet)
    uint32_t order;    // bumped when the key order changes (add, delete, move): OrderedDict
                       // iterators detect mutation with it, as CPython's od_state
    void *indices;     // int8/int16/int32/int64 by size
    DictEntry *entries;
    uint64_t version; // bumped on every mutation; iterators detect size changes
} Dict;

typedef struct SetEntry {
    int64_t hash;
    Value key; // VAL_UNDEF: empty; V_EXC tag unused; deleted = dummy (see obj_set.c)
} SetEntry;

// CPython's open-addressing set (setobject.c) so iteration order matches CPython.
typedef struct Set {
    Obj hdr; // type is kr_type_set or kr_type_frozenset
    int64_t fill; // active + dummy
    int64_t used; // active
    int64_t mask; // table size - 1
    int64_t finger;
    int64_t hash; // frozenset: -1 until computed
    SetEntry *table;
    uint64_t version;
} Set;

typedef struct Range {
    Obj hdr;
    // Fast form: valid when !(hdr.flags & RANGE_BIG) (bounds in int64, len <= INT64_MAX).
    int64_t start, stop, step, len;
    // Always set (int Values, small or big): the Python-visible start/stop/step and length.
    Value vstart, vstop, vstep, vlen;
} Range;
#define RANGE_BIG 1u // Range.hdr.flags: a bound or the length does not fit the fast form

typedef struct Slice {
    Obj hdr;
    Value start, stop, step; // VAL_NONE when omitted
} Slice;

typedef struct Cell {
    Obj hdr;
    Value v; // VAL_UNDEF: empty
} Cell;

typedef struct LineInfo {
    int32_t line, end_line;
    int16_t col, end_col; // 0-based UTF-8 byte columns; -1 unknown
} LineInfo;

typedef struct ExcEntry {
    int32_t start, end; // instruction range [start, end)
    int32_t target;     // handler instruction
    int32_t depth;      // stack depth (values above the locals) to unwind to
    int32_t lasti;      // 1: push the raising instruction's index before the exception
} ExcEntry;

#define CO_VARARGS 0x4
#define CO_VARKEYWORDS 0x8
#define CO_NESTED 0x10
#define CO_GENERATOR 0x20
#define CO_MODULE 0x1000 // module-level code (LOAD_GLOBAL at top level)

typedef struct Code {
    Obj hdr;
    uint32_t *insns; // op = w & 0xff, arg = w >> 8
    int32_t ninsns;
    LineInfo *lines; // one per instruction
    ExcEntry *exctab;
    int32_t nexctab;
    Value consts;     // Tuple
    Value names;      // Tuple of Str: globals, attributes, imports
    Value localnames; // Tuple of Str: all local slots (args first, then locals, cells, frees)
    int32_t nlocalsplus;
    int32_t ncellvars; // slots holding cells created by MAKE_CELL (indices in cellidx)
    int32_t nfreevars; // the last nfreevars slots are filled from the closure
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t flags;
    int32_t stacksize;
    int32_t firstlineno;
    Value name, qualname, filename; // Str
    Value source;                    // Str: whole source text (for traceback lines) or None
    // Where each name (by index in names) was last found by LOAD_GLOBAL/STORE_GLOBAL (vm.c):
    // made on first use, never part of a snapshot; an entry is only a hint, checked each time.
    struct GlobalHint *ghints;
    int32_t nghints; // entries of ghints; before they exist, minus the global lookups made
} Code;

typedef struct GlobalHint {
    uint32_t ix;   // entry index in the dict
    uint8_t where; // GH_NONE, GH_GLOBALS, GH_BUILTINS
} GlobalHint;
enum { GH_NONE, GH_GLOBALS, GH_BUILTINS };

typedef struct FuncObj {
    Obj hdr;
    Code *code;
    struct Dict *globals;
    Value defaults;   // Tuple or VAL_UNDEF
    Value kwdefaults; // Dict or VAL_UNDEF
    Value closure;    // Tuple of Cell or VAL_UNDEF
    Value name, qualname;
    Value doc;
    Value dict; // function attributes: Dict or VAL_UNDEF
} FuncObj;

typedef struct NativeObj {
    Obj hdr;
    const NativeDef *def;
    Value self;  // bound receiver (method), or VAL_UNDEF (plain function)
    Value owner; // Str: module or type name, for repr; or VAL_UNDEF
} NativeObj;

typedef struct BoundMethod {
    Obj hdr;
    Value func;
    Value self;
} BoundMethod;

typedef struct TypeObj {
    Obj hdr;
    const Type *kind;     // C behaviour of instances
    struct TypeObj *base; // NULL for object
    Value name;           // Str
    Dict *dict;           // methods and attributes (natives built from kind->methods)
    int32_t exc_id;       // EXC_* for exception classes, -1 otherwise
    int32_t type_id;      // TY_* for built-in classes, -1 otherwise
    bool lazy;            // dict not built yet: built on first lookup (keeps VM creation cheap)
} TypeObj;

typedef struct TbEntry {
    Obj hdr;
    struct TbEntry *next; // the entry one frame further in (towards the raise point)
    Code *code;
    int32_t insn; // instruction index in code
} TbEntry;

typedef struct ExcObj {
    Obj hdr;
    TypeObj *cls;
    Value args;    // Tuple
    Value cause;   // exception or VAL_NONE
    Value context; // exception or VAL_NONE
    bool suppress_context;
    TbEntry *tb; // outermost frame first (as printed); NULL if never raised
    Value value; // StopIteration.value, SystemExit.code, or VAL_NONE
    Value extra; // SyntaxError details (Tuple: filename, lineno, offset, text, end_lineno, end_offset) or VAL_NONE
    Value attrs; // instance attributes (Dict: notes, ImportError.name, user attributes) or VAL_UNDEF
    Value hint;  // "Did you mean" context: NameError (localnames, globals), AttributeError (obj, name)
} ExcObj;

typedef struct Module {
    Obj hdr;
    Value name; // Str
    Dict *dict;
} Module;

typedef struct Frame Frame;

typedef enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;

typedef struct GenObj {
    Obj hdr;
    Frame *frame; // owned; NULL once finished
    size_t frame_bytes;
    uint8_t state; // GenState
    uint8_t loop_owned; // created directly as a for loop's iterable: closed when the loop drops it
    Value name, qualname;
} GenObj;

// ----- Type descriptors -----
#define TYPE(id, cname, pyname) extern const Type kr_type_##cname;
#include "types.def"
#undef TYPE

static inline const Type *kr_type_of(Value v) {
    switch (v.tag) {
    case V_NONE:
        return &kr_type_none;
    case V_BOOL:
        return &kr_type_bool;
    case V_INT:
        return &kr_type_int;
    case V_FLOAT:
        return &kr_type_float;
    case V_OBJ:
        return v.u.o->type;
    default:
        return &kr_type_none;
    }
}
static inline bool kr_isa(Value v, const Type *t) { return IS_OBJ(v) && AS_OBJ(v)->type == t; }
#define IS_STR(v) kr_isa(v, &kr_type_str)
#define IS_BYTES(v) kr_isa(v, &kr_type_bytes)
#define IS_LIST(v) kr_isa(v, &kr_type_list)
#define IS_TUPLE(v) kr_isa(v, &kr_type_tuple)
// dict or a dict subclass of collections (Type.dict_layout): a Dict either way.
static inline bool kr_is_dict(Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == &kr_type_dict || AS_OBJ(v)->type->dict_layout);
}
#define IS_DICT(v) kr_is_dict(v)
#define IS_BIGINT(v) kr_isa(v, &kr_type_int)
#define IS_EXCOBJ(v) kr_isa(v, &kr_type_exception)
#define IS_TYPEOBJ(v) kr_isa(v, &kr_type_type)
#define AS_STR(v) ((Str *)AS_OBJ(v))
#define AS_BYTES(v) ((Bytes *)AS_OBJ(v))
#define AS_TUPLE(v) ((Tuple *)AS_OBJ(v))
#define AS_LIST(v) ((List *)AS_OBJ(v))
#define AS_DICT(v) ((Dict *)AS_OBJ(v))
#define AS_SET(v) ((Set *)AS_OBJ(v))
#define AS_EXC(v) ((ExcObj *)AS_OBJ(v))
#define AS_TYPEOBJ(v) ((TypeObj *)AS_OBJ(v))
static inline bool kr_is_int(Value v) { return IS_INT(v) || IS_BIGINT(v); }
// int or bool (bool is a subclass of int)
static inline bool kr_is_intlike(Value v) { return IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v); }
static inline bool kr_is_set(Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == &kr_type_set || AS_OBJ(v)->type == &kr_type_frozenset);
}

// ===== gc.c / mem.c =====
// Allocate a GC object of [size] bytes with header type [t]; zeroes it. NULL + MemoryError.
MUST_CHECK void *kr_gc_alloc(KrVm *vm, const Type *t, size_t size);
// As kr_gc_alloc, but only the first [zeroed] bytes are zeroed (for large payloads the caller
// fills entirely, like string data).
MUST_CHECK void *kr_gc_alloc_partial(KrVm *vm, const Type *t, size_t size, size_t zeroed);
void kr_gc_mark(KrVm *vm, Obj *o);
void kr_gc_mark_value(KrVm *vm, Value v);
void kr_gc_collect(KrVm *vm);
// Raw accounted memory (not GC objects). realloc semantics; NULL + MemoryError on failure
// (the old block is kept). kr_mem_free never fails.
MUST_CHECK void *kr_mem_alloc(KrVm *vm, size_t size);
MUST_CHECK void *kr_mem_realloc(KrVm *vm, void *p, size_t old_size, size_t new_size);
void kr_mem_free(KrVm *vm, void *p, size_t size);
// Collection point for a native loop (between two items of an iterator it drains): collects if
// one is due. Call it only where Python code could run as well: every value the native and its
// callers still use must be rooted (pinned, held, or reachable). -1 if a limit stopped the run.
MUST_CHECK int kr_gc_poll(KrVm *vm);
// Temp-root scopes (see gc.c). Objects allocated while a native runs are pinned automatically.
size_t kr_scope_open(KrVm *vm);
void kr_scope_close(KrVm *vm, size_t mark);
int kr_scope_hold(KrVm *vm, Value v); // pin v until the enclosing scope closes; -1 on OOM
// Charge [n] units of work to the time/step budget. -1 if a limit stopped the run.
MUST_CHECK int kr_tick(KrVm *vm, int64_t n);
// Charge the pending work and check the step/time limits at once (after expensive work).
MUST_CHECK int kr_tick_check(KrVm *vm);

// ===== exc.c =====
// Raise a new exception of class [id]. fmt directives: %s %d (int) %ld (long) %zd %c %R (repr
// of a Value) %S (str of a Value) %T (type name of a Value) %U (Str* or str Value contents) %%.
Value kr_raise(KrVm *vm, ExcId id, const char *fmt, ...);
Value kr_raisev(KrVm *vm, ExcId id, const char *fmt, va_list ap);
Value kr_raise_value(KrVm *vm, Value exc); // sets vm->exc to [exc] (an ExcObj); returns VAL_EXC
Value kr_raise_nomem(KrVm *vm);            // preallocated MemoryError
Value kr_raise_with_arg(KrVm *vm, ExcId id, Value arg); // e.g. KeyError(key)
Value kr_raise_stop_iteration(KrVm *vm, Value value);
// New exception instance of class [cls] with [args] (Tuple). NULL on OOM.
ExcObj *kr_exc_new(KrVm *vm, TypeObj *cls, Value args);
bool kr_exc_matches(KrVm *vm, Value exc, ExcId id); // isinstance(exc, that class)
bool kr_class_is_subclass(TypeObj *c, TypeObj *base);
Value kr_exc_take(KrVm *vm); // returns and clears vm->exc
bool kr_exc_pending_is(KrVm *vm, ExcId id);
// Instance attribute of an exception (user-set, notes, ImportError.name); VAL_UNDEF if absent.
Value kr_exc_getattr(KrVm *vm, Value exc, Value name);
// Attach the context for "Did you mean" suggestions printed with an uncaught exception.
void kr_exc_set_hint(KrVm *vm, Value exc, Value a, Value b);

// ===== ops.c: the abstract object protocol =====
const char *kr_typename(Value v);
TypeObj *kr_class_of(KrVm *vm, Value v);
// The class of TY_* id [id], made on first use (most are lazy). NULL + exception on failure.
TypeObj *kr_class_by_id(KrVm *vm, int id);
// The class of exception EXC_* [id], made on first use. NULL + exception on failure.
TypeObj *kr_exc_class(KrVm *vm, int id);
// A name missing from the builtins dict that names a lazily made builtin (an exception
// class): makes it, stores it in builtins and returns it. VAL_UNDEF if [name] is no builtin.
Value kr_builtins_resolve(KrVm *vm, Str *name);
// Puts every lazily made builtin in the builtins dict (before enumerating it).
int kr_builtins_fill(KrVm *vm);
Value kr_binop(KrVm *vm, int op, Value a, Value b); // Runs Python code (later: dunders)
Value kr_neg(KrVm *vm, Value a);
Value kr_pos(KrVm *vm, Value a);
Value kr_invert(KrVm *vm, Value a);
int kr_truthy(KrVm *vm, Value v);
Value kr_compare(KrVm *vm, Value a, Value b, CmpOp op);
int kr_eq(KrVm *vm, Value a, Value b);                // 0/1/-1, identity shortcut
int kr_lt(KrVm *vm, Value a, Value b);                // 0/1/-1 (a < b)
int kr_hash(KrVm *vm, Value v, int64_t *out);         // -1 + TypeError if unhashable
Value kr_repr(KrVm *vm, Value v);                     // Str value; depth-bounded
Value kr_str(KrVm *vm, Value v);                      // Str value
Value kr_ascii(KrVm *vm, Value v);
Value kr_getattr(KrVm *vm, Value obj, Value name);   // name: Str
Value kr_getattr_opt(KrVm *vm, Value obj, Value name); // VAL_UNDEF if missing (no exception)
int kr_setattr(KrVm *vm, Value obj, Value name, Value v); // v VAL_UNDEF: delete
Value kr_getitem(KrVm *vm, Value obj, Value key);
int kr_setitem(KrVm *vm, Value obj, Value key, Value v);
int kr_delitem(KrVm *vm, Value obj, Value key);
int kr_contains(KrVm *vm, Value container, Value v); // 0/1/-1
Value kr_iter(KrVm *vm, Value v);                     // Runs Python code
Value kr_next(KrVm *vm, Value it); // VAL_UNDEF when exhausted; Runs Python code
int64_t kr_len(KrVm *vm, Value v); // -1 on error
// Call any callable. Runs Python code (a nested, non-suspendable eval for Python functions).
Value kr_call(KrVm *vm, Value f, int argc, const Value *argv, Value kw);
// Convert an int-like value (int, bool, or __index__) to int64; raises IndexError-style
// OverflowError "cannot fit 'int' into an index-sized integer" when too big.
int kr_index(KrVm *vm, Value v, int64_t *out);
Value kr_format(KrVm *vm, Value v, Value spec); // format(v, spec); spec Str or VAL_UNDEF
bool kr_isinstance_type(KrVm *vm, Value v, TypeObj *cls);

// ===== obj_str.c =====
Value kr_str_new(KrVm *vm, const char *utf8, size_t len); // copies; input must be valid UTF-8
Value kr_str_from_cstr(KrVm *vm, const char *s);
Str *kr_str_alloc(KrVm *vm, int64_t len, int64_t nchars); // data uninitialised (NUL added)
Value kr_str_intern(KrVm *vm, const char *s, size_t len);  // interned (shared) copy
int64_t kr_str_hash(KrVm *vm, Str *s);
bool kr_str_eq(const Str *a, const Str *b);
Value kr_str_concat(KrVm *vm, Value a, Value b);
// a + b for `s += t`: when [owned] (the VM knows [a] is referenced only by the variable being
// assigned) appends into a's spare capacity; otherwise, or when full, returns a new string with
// spare capacity.
Value kr_str_append_inplace(KrVm *vm, Value a, Value b, bool owned);
Value kr_str_repr(KrVm *vm, Value s);
Value kr_str_join(KrVm *vm, Value sep, Value iterable); // Runs Python code
int64_t kr_utf8_count(const char *s, size_t len);         // code points
bool kr_utf8_valid(const char *s, size_t len);
size_t kr_utf8_encode(uint32_t cp, char *out); // writes 1..4 bytes
uint32_t kr_utf8_decode(const char *s, size_t *adv);
Value kr_str_from_codepoint(KrVm *vm, uint32_t cp);
Value kr_str_mod(KrVm *vm, Value fmt, Value args); // str % args (format.c)
Value kr_str_repeat(KrVm *vm, Value s, int64_t n); // s * n; OverflowError/MemoryError
Value kr_str_intern_value(KrVm *vm, Value s);      // intern.c: the interned Str equal to [s]
int64_t kr_hash_bytes(KrVm *vm, const void *p, size_t len); // hash.c: keyed; never -1
// bytes.decode / str(b, encoding, errors): [encoding]/[errors] may be NULL (utf-8, strict).
Value kr_str_decode(KrVm *vm, const uint8_t *p, size_t len, const char *encoding,
                    const char *errors);
// str() of a UnicodeDecodeError/UnicodeEncodeError from its encoding/object/start/end/reason
// (attributes, else the 5 constructor args); VAL_UNDEF if they do not have that shape.
Value kr_unicode_error_str(KrVm *vm, Value exc);

// ===== obj_bytes.c =====
Value kr_bytes_new(KrVm *vm, const uint8_t *data, size_t len);
Bytes *kr_bytes_alloc(KrVm *vm, int64_t len);
Value kr_bytes_repr(KrVm *vm, Value b);
Value kr_bytes_mod(KrVm *vm, Value fmt, Value args); // format.c
Value kr_bytes_concat(KrVm *vm, Value a, Value b);   // a, b bytes
Value kr_bytes_repeat(KrVm *vm, Value b, int64_t n); // b * n; OverflowError/MemoryError
Value kr_bytes_join(KrVm *vm, Value sep, Value iterable); // Runs Python code

// ===== obj_int.c (on top of bigint.c) =====
Value kr_int_from_str(KrVm *vm, const char *s, size_t len, int base); // int() parsing rules
Value kr_int_from_double(KrVm *vm, double d); // raises OverflowError/ValueError for inf/nan
Value kr_int_from_u64(KrVm *vm, uint64_t u);
double kr_int_to_double(KrVm *vm, Value v, bool *overflow);
int kr_int_to_int64(KrVm *vm, Value v, int64_t *out); // OverflowError "Python int too large to convert to C long"
Value kr_int_binop(KrVm *vm, int op, Value a, Value b); // a, b int/bool; NotImplemented if op unsupported
Value kr_int_pow(KrVm *vm, Value a, Value b, Value mod); // mod VAL_NONE for none
Value kr_int_neg(KrVm *vm, Value a);
Value kr_int_invert(KrVm *vm, Value a);
Value kr_int_abs(KrVm *vm, Value a);
int kr_int_cmp(Value a, Value b); // -1/0/1, a and b int/bool
int kr_int_sign(Value a);
int64_t kr_int_hash(Value a);
Value kr_int_repr(KrVm *vm, Value a);  // decimal; ValueError past max_int_digits
#define KR_I64_DIGITS 24
// The decimal digits of [u] at the END of [buf]; returns how many.
size_t kr_u64_digits(uint64_t u, char buf[KR_I64_DIGITS]);
Value kr_int_to_base(KrVm *vm, Value a, int base, bool prefix); // bin/oct/hex digits ("-0x1f")
Value kr_int_normalize(KrVm *vm, Value a); // bool -> int
int kr_int_float_cmp(Value i, double d); // exact int vs float comparison: -1/0/1, 2 if d is nan
Value kr_int_divmod(KrVm *vm, Value a, Value b); // divmod(a, b) for int/bool -> (q, r) tuple
// round(int, ndigits) (ndigits VAL_NONE: the int itself); half-even: round(1250, -2) == 1200
Value kr_int_round(KrVm *vm, Value v, Value ndigits);

// ===== obj_float.c (on top of dtoa.c) =====
Value kr_float_binop(KrVm *vm, int op, Value a, Value b); // a, b float/int/bool
Value kr_float_repr(KrVm *vm, double d);
int64_t kr_float_hash(double d);
Value kr_float_from_str(KrVm *vm, const char *s, size_t len); // float() parsing rules
Value kr_float_round(KrVm *vm, double d, Value ndigits);      // ndigits VAL_NONE -> int
int kr_to_double(KrVm *vm, Value v, double *out); // int/bool/float -> double; TypeError otherwise
// divmod(a, b) with a float operand (the other float/int/bool) -> (q, r); NotImplemented for
// other types; ZeroDivisionError "float divmod()".
Value kr_float_divmod(KrVm *vm, Value a, Value b);
// A new quiet NaN with a payload unique in this VM (float('nan') identity; see obj_float.c).
double kr_float_fresh_nan(KrVm *vm, bool neg);

// ===== obj_tuple.c =====
Tuple *kr_tuple_new(KrVm *vm, int64_t n); // items are VAL_NONE; fill before publishing
Value kr_tuple_from(KrVm *vm, int64_t n, const Value *items);
Value kr_tuple_pack(KrVm *vm, int n, ...); // n Values
Value kr_tuple_from_iterable(KrVm *vm, Value it); // Runs Python code
// CPython's tuplehash (xxHash-based) over [n] items. Runs Python code (element __hash__).
int kr_tuple_hash_items(KrVm *vm, int64_t n, const Value *items, int64_t *out);
// + and * (and in-place forms) when either operand is a tuple; NotImplemented otherwise.
Value kr_tuple_binop(KrVm *vm, int op, Value a, Value b);

// ===== obj_list.c =====
List *kr_list_new(KrVm *vm, int64_t cap);
Value kr_list_from(KrVm *vm, int64_t n, const Value *items);
MUST_CHECK int kr_list_append(KrVm *vm, List *l, Value v);
MUST_CHECK int kr_list_extend(KrVm *vm, List *l, Value iterable); // Runs Python code
Value kr_list_from_iterable(KrVm *vm, Value it);                  // Runs Python code
// Sort in place (stable), optional key (VAL_NONE) and reverse. Runs Python code.
MUST_CHECK int kr_list_sort(KrVm *vm, List *l, Value key, bool reverse);
// + * += *= when either operand is a list (3 * [1]: the int is [a]); NotImplemented otherwise.
// list += iterable extends [a] in place and returns it. Runs Python code.
Value kr_list_binop(KrVm *vm, int op, Value a, Value b);
// Obj.flags bit set on a list/tuple/dict/set while its repr is being built ('[...]').
#define KR_REPR_BUSY 0x80u

// ===== obj_dict.c =====
Dict *kr_dict_new(KrVm *vm);
Value kr_dict_get(KrVm *vm, Dict *d, Value key);  // VAL_UNDEF if absent; Runs Python code (__eq__)
MUST_CHECK int kr_dict_set(KrVm *vm, Dict *d, Value key, Value v);
int kr_dict_del(KrVm *vm, Dict *d, Value key); // 0 deleted, 1 absent, -1 error
// Lookup by a Str key with known hash; never runs Python code (str keys compare by content).
Value kr_dict_get_str(KrVm *vm, Dict *d, Str *key);
int64_t kr_dict_index_str(KrVm *vm, Dict *d, Str *key); // entry index of [key], or -1
Value kr_dict_get_bytes(Dict *d, int64_t hash, const char *data, size_t len);
MUST_CHECK int kr_dict_reserve(KrVm *vm, Dict *d, int64_t n);
MUST_CHECK int kr_dict_set_str(KrVm *vm, Dict *d, const char *key, Value v);
// Iterate: pos starts at 0; returns false at the end. Skips deleted entries.
bool kr_dict_next(Dict *d, int64_t *pos, Value *key, Value *value);
MUST_CHECK int kr_dict_update(KrVm *vm, Dict *d, Value other); // mapping or iterable of pairs
Dict *kr_dict_copy(KrVm *vm, Dict *d);
// dict | dict, dict |= mapping-or-pairs, and the set operators (& | - ^) of dict_keys /
// dict_items views (either operand may be the view). NotImplemented otherwise.
Value kr_dict_binop(KrVm *vm, int op, Value a, Value b);
// For the dict subclasses of stdlib/collections.c (Type.dict_layout; the object is a Dict plus
// trailing fields of [size] bytes): an empty one / a copy of [d]'s items; dict's own slots.
Dict *kr_dict_new_as(KrVm *vm, const Type *t, size_t size);
Dict *kr_dict_copy_as(KrVm *vm, Dict *d, const Type *t, size_t size);
void kr_dict_trace(KrVm *vm, Obj *o);
void kr_dict_free_storage(KrVm *vm, Dict *d); // the tables, not the object
Value kr_dict_repr(KrVm *vm, Value self);     // "{k: v, ...}" of any Dict
Value kr_dict_richcmp(KrVm *vm, Value a, Value b, CmpOp op);
Value kr_dict_iter(KrVm *vm, Value self);
int kr_dict_setitem(KrVm *vm, Value self, Value key, Value v); // v VAL_UNDEF: del (KeyError)
// OrderedDict.move_to_end: 0 moved, 1 [key] absent, -1 error. Runs Python code (__eq__).
int kr_dict_move_to_end(KrVm *vm, Dict *d, Value key, bool last);

// ===== obj_set.c =====
Set *kr_set_new(KrVm *vm, bool frozen);
MUST_CHECK int kr_set_add(KrVm *vm, Set *s, Value key);
int kr_set_contains(KrVm *vm, Set *s, Value key); // 0/1/-1
int kr_set_discard(KrVm *vm, Set *s, Value key);  // 0 absent, 1 removed, -1 error
MUST_CHECK int kr_set_update(KrVm *vm, Set *s, Value iterable);
bool kr_set_next(Set *s, int64_t *pos, Value *key);
// In-place set algebra with any iterable [other] (CPython's set_*_update algorithms, so the
// resulting iteration order matches). Runs Python code.
MUST_CHECK int kr_set_intersection_update(KrVm *vm, Set *s, Value other);
MUST_CHECK int kr_set_difference_update(KrVm *vm, Set *s, Value other);
MUST_CHECK int kr_set_symmetric_difference_update(KrVm *vm, Set *s, Value other);
// | & - ^ (and in-place forms on a set) between sets/frozensets; NotImplemented otherwise.
// The frozenset constant CPython's compiler makes for a display of > 2 constant items
// ({3, 1, 2}, `x in {..}`, `for x in {..}`): built from the items, then rebuilt from its own
// iteration order (merge_consts_recursive), which fixes the iteration order. The set display
// is then BUILD_SET 0 + SET_UPDATE(const) (kr_set_update copies the layout).
Value kr_frozenset_const(KrVm *vm, int64_t n, const Value *items);
Value kr_set_binop(KrVm *vm, int op, Value a, Value b);

// ===== obj_range.c / obj_slice.c =====
Value kr_range_new(KrVm *vm, int64_t start, int64_t stop, int64_t step);
// range(start, stop, step) from int Values of any size (step != 0).
Value kr_range_new_values(KrVm *vm, Value start, Value stop, Value step);
Value kr_slice_new(KrVm *vm, Value start, Value stop, Value step);
// CPython's PySlice_Unpack + AdjustIndices: fills start/stop/step and returns the slice length.
int kr_slice_indices(KrVm *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelen);

// ===== obj_func.c =====
Value kr_func_new(KrVm *vm, Code *code, Dict *globals);
Value kr_native_new(KrVm *vm, const NativeDef *def, Value self, Value owner);
Value kr_method_new(KrVm *vm, Value func, Value self);
Value kr_cell_new(KrVm *vm, Value v);

// ===== obj_type.c =====
Value kr_class_getattr(KrVm *vm, TypeObj *cls, Value name); // VAL_UNDEF if absent (walks bases); VAL_EXC on OOM
// The class's own attribute dict, built on first use. NULL + MemoryError on failure.
Dict *kr_class_dict(KrVm *vm, TypeObj *cls);

// ===== obj_module.c / import.c =====
Value kr_module_new(KrVm *vm, const char *name);
Value kr_import(KrVm *vm, Value name); // ModuleNotFoundError "No module named 'x'"

// ===== format.c =====
Value kr_format_int(KrVm *vm, Value v, const char *spec, size_t len);
Value kr_format_float(KrVm *vm, double d, const char *spec, size_t len);
Value kr_format_str(KrVm *vm, Value s, const char *spec, size_t len);
Value kr_str_format(KrVm *vm, Value fmt, int argc, const Value *argv, Value kw); // str.format
// str.format_map(mapping): names are looked up with kr_getitem(mapping, name). Runs Python code.
Value kr_str_format_map(KrVm *vm, Value fmt, Value mapping);

// ===== dtoa.c =====
// Shortest repr of d that round-trips ("0.1", "1e+16", "inf", "nan", "-0.0"): Python's repr.
// Writes at most 32 bytes + NUL into out; returns the length.
size_t kr_dtoa_repr(double d, char *out);
// Python's float(str) grammar over [s, s+len) (already stripped of whitespace and underscores
// validated by the caller): returns 0 and stores *out, or -1 if not a float literal.
// Literals of 256+ bytes are handed to strtod in place: the byte at s[len] must not continue
// the literal (a NUL, or anything that is not a digit/exponent character).
int kr_dtoa_parse(const char *s, size_t len, double *out);

// ===== obj_complex.c =====
typedef struct Complex {
    Obj hdr;
    double real, imag;
} Complex;
#define IS_COMPLEX(v) kr_isa(v, &kr_type_complex)
#define AS_COMPLEX(v) ((Complex *)AS_OBJ(v))
Value kr_complex_new(KrVm *vm, double real, double imag);
// + - * / ** (and in-place forms) when a and b are int/bool/float/complex (at least one
// complex); NotImplemented for other operands or operators (// % ...).
Value kr_complex_binop(KrVm *vm, int op, Value a, Value b);
// (ar+ai j) ** (br+bi j), CPython's complex_pow: c_powi for small integral exponents, else c_pow;
// ZeroDivisionError "0.0 to a negative or complex power", OverflowError "complex exponentiation".
// float_pow uses it for a negative base raised to a fractional power.
Value kr_complex_pow(KrVm *vm, double ar, double ai, double br, double bi);
Value kr_complex_neg(KrVm *vm, Value a); // a complex
Value kr_complex_abs(KrVm *vm, Value a); // a complex -> float; OverflowError "absolute value too large"
// format(complex, spec) (format.c): CPython's format_complex_internal.
Value kr_format_complex(KrVm *vm, double re, double im, const char *spec, size_t len);

// ===== obj_bytearray.c =====
// bytearray: a mutable byte buffer. data holds cap bytes (NULL while cap is 0); len <= cap.
typedef struct ByteArray {
    Obj hdr;
    int64_t len, cap;
    uint8_t *data;
} ByteArray;
#define IS_BYTEARRAY(v) kr_isa(v, &kr_type_bytearray)
#define AS_BYTEARRAY(v) ((ByteArray *)AS_OBJ(v))
Value kr_bytearray_new(KrVm *vm, const uint8_t *data, size_t len); // copies [data]
// + * += *= % when the left operand (or the int-repeated one) is a bytearray: bytearray +
// bytes-like, bytearray * int, in place for += and *=, % via kr_bytes_mod. NotImplemented
// otherwise.
Value kr_bytearray_binop(KrVm *vm, int op, Value a, Value b);

#endif
