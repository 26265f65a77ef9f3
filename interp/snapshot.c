// SPDX-License-Identifier: MIT
// interp/snapshot.c: snapshots of a run suspended at a host call, and compiled programs, as
// versioned bytes; loading them back into a fresh VM with every byte validated.
//
// Format (all integers LEB128; signed ones zigzag; floats 8 raw little-endian bytes):
//   header   "KRSNAP", version, build id (a hash of the opcode/type/exception tables), kind
//            (run or program), hash seed; a run adds the limits, the time left and the
//            steps/output already spent
//   objects  N, then section A: one record per object in id order, then section B: the
//            bodies of the mutable objects ("shells") in id order, then section C: the frames
//            of suspended generators
//   roots    a run: exc_info, the pending call, the session module, the result and the frame
//            chain (outermost first); a program: its code, input names and host names
// Immutable objects (str, bytes, int, tuple, frozenset, range, slice, code, ...) only refer to
// objects with smaller ids, so they are built complete in section A (hashes work); mutable
// objects are allocated empty in section A and filled in section B, so cycles and shared
// references come back as they were. Sets keep their exact table layout (iteration order and
// pop order); dicts are rebuilt in insertion order.
//
// Loading trusts nothing: every count is checked against the bytes left before allocating
// (and every allocation is charged to the memory limit), every reference against the table,
// every code object by a verifier that interprets its bytecode abstractly (stack depth and the
// kinds of values the VM assumes without checking: the list of LIST_APPEND, the cells of
// LOAD_DEREF, the exception of RERAISE, ...), and every frame against the verifier's state at
// its resume point. Errors are ValueErrors ("snapshot is truncated", ...), never a crash.
#include <stdio.h>

#include "bigint.h"
#include "module.h"
#include "vm.h"

KrStatus kr_api_record_error(KrVm *vm);
int kr_host_export_pending(KrVm *vm);
Value kr_host_fn_new(KrVm *vm, Value name);
Value kr_host_fn_name(Value fn);
void kr_host_program_parts(KrProgram *p, Value *code, Value *inputs, Value *host_names);
KrProgram *kr_host_program_adopt(KrVm *vm, Value code, Value inputs, Value host_names);
int kr_list_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_tuple_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_range_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_dict_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_set_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_str_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_iter_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);

#define SNAP_VERSION 1
#define KIND_RUN 1
#define KIND_PROGRAM 2
#define MAX_STACK ((int64_t)1 << 20) // largest stacksize / local count accepted
#define MAX_DEEP_OPERAND 4096        // COPY/SWAP/LIST_APPEND... reach at most this deep

// Record kinds. Up to R_SHELLS: immutable, built complete in section A.
enum {
    R_STR = 1,
    R_BYTES,
    R_BIGINT,
    R_COMPLEX,
    R_BYTEARRAY,
    R_TUPLE,
    R_FROZENSET,
    R_RANGE,
    R_SLICE,
    R_CODE,
    R_HOSTFN,
    R_CLASS,
    R_SINGLETON,
    R_NATIVE,
    R_BMODULE,
    R_OBJECT,
    R_SHELLS, // ----- mutable objects below: allocated in A, filled in B -----
    R_LIST,
    R_DICT,
    R_SET,
    R_CELL,
    R_FUNC,
    R_METHOD,
    R_EXC,
    R_GEN,
    R_MODULE,
    R_ITER,
    R_NATIVE_BOUND,
    R_MODOBJ, // an object of a module-defined type with snapshot hooks (module.h ModTypeSnap)
    R_COUNT
};

// Value tags in the byte stream.
enum { VT_UNDEF, VT_NONE, VT_FALSE, VT_TRUE, VT_INT, VT_FLOAT, VT_OBJ };

// ----- Build id: a hash of the tables the format depends on -----

static const char *const op_names[] = {
#define OP(name, effect, kind) #name,
#include "opcodes.def"
#undef OP
};
static const char *const type_names[] = {
#define TYPE(id, cname, pyname) #id,
#include "types.def"
#undef TYPE
};
static const char *const exc_names[] = {
#define EXC(name, base) #name,
#include "exceptions.def"
#undef EXC
};

static uint64_t fnv(uint64_t h, const char *s) {
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 0x100000001b3ULL;
    }
    return (h ^ 0xff) * 0x100000001b3ULL;
}

static void build_id(char out[40]) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(op_names); i++) {
        h = fnv(h, op_names[i]);
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(type_names); i++) {
        h = fnv(h, type_names[i]);
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(exc_names); i++) {
        h = fnv(h, exc_names[i]);
    }
    snprintf(out, 40, "krait1-%016llx", (unsigned long long)h);
}

// ----- Iterator-like objects whose state lives in their own files -----

typedef int (*SnapFn)(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);

static SnapFn snap_fn_for(const Type *t) {
    if (t == &kr_type_list_iter || t == &kr_type_list_reviter) {
        return kr_list_snap;
    }
    if (t == &kr_type_tuple_iter) {
        return kr_tuple_snap;
    }
    if (t == &kr_type_range_iter) {
        return kr_range_snap;
    }
    if (t == &kr_type_dict_keyiter || t == &kr_type_dict_valueiter || t == &kr_type_dict_itemiter ||
        t == &kr_type_dict_keys || t == &kr_type_dict_values || t == &kr_type_dict_items) {
        return kr_dict_snap;
    }
    if (t == &kr_type_set_iter) {
        return kr_set_snap;
    }
    if (t == &kr_type_str_iter) {
        return kr_str_snap;
    }
    if (t == &kr_type_enumerate || t == &kr_type_zip || t == &kr_type_map || t == &kr_type_filter ||
        t == &kr_type_reversed || t == &kr_type_seq_iter || t == &kr_type_callable_iter) {
        return kr_iter_snap;
    }
    return NULL;
}

static const Type *type_by_id(int id) {
    static const Type *const kinds[] = {
#define TYPE(i, cname, pyname) &kr_type_##cname,
#include "types.def"
#undef TYPE
    };
    return id >= 0 && id < TY_COUNT ? kinds[id] : NULL;
}

// =====================================================================================
// Saving
// =====================================================================================

typedef struct Out {
    KrVm *vm;
    uint8_t *p;
    size_t len, cap;
    bool failed;
} Out;

static void w_raw(Out *w, const void *p, size_t n) {
    if (w->failed) {
        return;
    }
    if (w->len + n > w->cap) {
        size_t ncap = w->cap ? w->cap : 4096;
        while (ncap < w->len + n) {
            ncap *= 2;
        }
        uint8_t *np = kr_mem_realloc(w->vm, w->p, w->cap, ncap);
        if (!np) {
            w->failed = true;
            return;
        }
        w->p = np;
        w->cap = ncap;
    }
    memcpy(w->p + w->len, p, n);
    w->len += n;
}

static void w_u8(Out *w, unsigned v) {
    uint8_t b = (uint8_t)v;
    w_raw(w, &b, 1);
}

static void w_uv(Out *w, uint64_t v) {
    uint8_t buf[10];
    size_t n = 0;
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        buf[n++] = (uint8_t)(b | (v ? 0x80 : 0));
    } while (v);
    w_raw(w, buf, n);
}

static void w_sv(Out *w, int64_t v) {
    w_uv(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void w_f64(Out *w, double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    uint8_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(u >> (8 * i));
    }
    w_raw(w, b, 8);
}

static void w_bytes(Out *w, const void *p, size_t n) {
    w_uv(w, n);
    w_raw(w, p, n);
}

static void w_cstr(Out *w, const char *s) {
    w_bytes(w, s, strlen(s));
}

// Obj* -> id (open addressing; -1 while an immutable object is being visited).
typedef struct OMap {
    Obj **keys;
    int64_t *ids;
    size_t cap, count;
} OMap;

static size_t ohash(Obj *o, size_t cap) {
    return (size_t)(((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ULL) & (cap - 1);
}

static int64_t *omap_slot(OMap *m, Obj *o) {
    size_t i = ohash(o, m->cap);
    while (m->keys[i] && m->keys[i] != o) {
        i = (i + 1) & (m->cap - 1);
    }
    return m->keys[i] ? &m->ids[i] : NULL;
}

static int omap_put(KrVm *vm, OMap *m, Obj *o, int64_t id) {
    if ((m->count + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 1024;
        Obj **nk = kr_mem_alloc(vm, ncap * sizeof(Obj *));
        int64_t *ni = nk ? kr_mem_alloc(vm, ncap * sizeof(int64_t)) : NULL;
        if (!ni) {
            if (nk) {
                kr_mem_free(vm, nk, ncap * sizeof(Obj *));
            }
            return -1;
        }
        memset(nk, 0, ncap * sizeof(Obj *));
        for (size_t i = 0; i < m->cap; i++) {
            if (m->keys[i]) {
                size_t j = ohash(m->keys[i], ncap);
                while (nk[j]) {
                    j = (j + 1) & (ncap - 1);
                }
                nk[j] = m->keys[i];
                ni[j] = m->ids[i];
            }
        }
        if (m->keys) {
            kr_mem_free(vm, m->keys, m->cap * sizeof(Obj *));
            kr_mem_free(vm, m->ids, m->cap * sizeof(int64_t));
        }
        m->keys = nk;
        m->ids = ni;
        m->cap = ncap;
    }
    size_t i = ohash(o, m->cap);
    while (m->keys[i] && m->keys[i] != o) {
        i = (i + 1) & (m->cap - 1);
    }
    if (!m->keys[i]) {
        m->count++;
    }
    m->keys[i] = o;
    m->ids[i] = id;
    return 0;
}

// A growable array of pointer-sized things through the VM allocator.
typedef struct Vec {
    void **items;
    size_t len, cap;
} Vec;

static int vec_push(KrVm *vm, Vec *v, void *p) {
    if (v->len == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 256;
        void **n = kr_mem_realloc(vm, v->items, v->cap * sizeof(void *), ncap * sizeof(void *));
        if (!n) {
            return -1;
        }
        v->items = n;
        v->cap = ncap;
    }
    v->items[v->len++] = p;
    return 0;
}

static void vec_free(KrVm *vm, Vec *v) {
    if (v->items) {
        kr_mem_free(vm, v->items, v->cap * sizeof(void *));
    }
    v->items = NULL;
    v->len = v->cap = 0;
}

typedef struct Saver {
    KrVm *vm;
    OMap map;
    Vec order; // objects in id order
    Vec scan;  // mutable objects whose children are still to visit
    Vec dfs;   // immutable objects being visited (with positions in dfs_pos)
    int64_t *dfs_pos;
    size_t dfs_pos_cap;
    size_t scanned;
} Saver;

// ----- Objects of module-defined types: their state as ints + Values (module.h) -----

struct KrSnapOut {
    KrVm *vm;
    Value *vals;
    int64_t *nums;
    size_t nvals, vcap, nnums, ncap;
};

int kr_snap_num(KrSnapOut *out, int64_t n) {
    if (out->nnums == out->ncap) {
        size_t ncap = out->ncap ? out->ncap * 2 : 8;
        int64_t *p = kr_mem_realloc(out->vm, out->nums, out->ncap * sizeof(int64_t),
                                    ncap * sizeof(int64_t));
        if (!p) {
            return -1;
        }
        out->nums = p;
        out->ncap = ncap;
    }
    out->nums[out->nnums++] = n;
    return 0;
}

int kr_snap_val(KrSnapOut *out, Value v) {
    if (out->nvals == out->vcap) {
        size_t ncap = out->vcap ? out->vcap * 2 : 8;
        Value *p = kr_mem_realloc(out->vm, out->vals, out->vcap * sizeof(Value),
                                  ncap * sizeof(Value));
        if (!p) {
            return -1;
        }
        out->vals = p;
        out->vcap = ncap;
    }
    out->vals[out->nvals++] = v;
    return 0;
}

static void snapout_free(KrSnapOut *out) {
    if (out->vals) {
        kr_mem_free(out->vm, out->vals, out->vcap * sizeof(Value));
    }
    if (out->nums) {
        kr_mem_free(out->vm, out->nums, out->ncap * sizeof(int64_t));
    }
    out->vals = NULL;
    out->nums = NULL;
    out->nvals = out->vcap = out->nnums = out->ncap = 0;
}

static const ModTypeSnap *modsnap_of(const Type *t) {
    const ModType *mt = kr_modtype_find(t, NULL);
    return mt && mt->snap && mt->snap->save && mt->snap->alloc && mt->snap->fill ? mt->snap : NULL;
}

// Runs the save hook of [o] into a fresh [out] (freed by the caller with snapout_free).
static int snapout_run(KrVm *vm, Obj *o, KrSnapOut *out) {
    memset(out, 0, sizeof *out);
    out->vm = vm;
    const ModTypeSnap *sn = modsnap_of(o->type);
    if (!sn || sn->save(vm, o, out) < 0) {
        snapout_free(out);
        if (IS_UNDEF(vm->exc)) {
            kr_raise(vm, EXC_ValueError, "cannot snapshot a '%s' object", o->type->name);
        }
        return -1;
    }
    return 0;
}

static int refuse_type(KrVm *vm, Obj *o) {
    kr_raise(vm, EXC_ValueError, "cannot snapshot a run holding a '%s' object (not supported yet)",
             o->type->name);
    return -1;
}

// Where a built-in function can be found again: 0 builtins[key], 1 modules[mod][key],
// 2 classes[id].key, 3 exc_classes[id].key.
typedef struct NativeWhere {
    int where;
    int id;
    Value module, key;
} NativeWhere;

static bool find_in_dict(Dict *d, const NativeDef *def, Value *key) {
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_builtin &&
            ((NativeObj *)AS_OBJ(v))->def == def && IS_UNDEF(((NativeObj *)AS_OBJ(v))->self) &&
            IS_STR(k)) {
            *key = k;
            return true;
        }
    }
    return false;
}

static int find_native(KrVm *vm, NativeObj *n, NativeWhere *w) {
    memset(w, 0, sizeof *w);
    if (find_in_dict(vm->builtins, n->def, &w->key)) {
        w->where = 0;
        return 0;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(vm->modules, &pos, &k, &v)) {
        if (IS_STR(k) && kr_isa(v, &kr_type_module) &&
            find_in_dict(((Module *)AS_OBJ(v))->dict, n->def, &w->key)) {
            w->where = 1;
            w->module = k;
            return 0;
        }
    }
    for (int i = 0; i < TY_COUNT; i++) {
        if (vm->classes[i] && vm->classes[i]->dict &&
            find_in_dict(vm->classes[i]->dict, n->def, &w->key)) {
            w->where = 2;
            w->id = i;
            return 0;
        }
    }
    for (int i = 0; i < EXC_COUNT; i++) {
        if (vm->exc_classes[i] && vm->exc_classes[i]->dict && find_in_dict(vm->exc_classes[i]->dict, n->def, &w->key)) {
            w->where = 3;
            w->id = i;
            return 0;
        }
    }
    kr_raise(vm, EXC_ValueError,
             "cannot snapshot a run holding the built-in function '%s' (not supported yet)",
             n->def->name);
    return -1;
}

static bool is_builtin_module(KrVm *vm, Module *m) {
    if (!IS_STR(m->name)) {
        return false;
    }
    Value v = kr_dict_get_str(vm, vm->modules, AS_STR(m->name));
    return IS_OBJ(v) && AS_OBJ(v) == &m->hdr;
}

// The record kind of [o]; -1 (error set) for what cannot be saved.
static int kind_of(KrVm *vm, Obj *o) {
    const Type *t = o->type;
    if (t == &kr_type_str) {
        return R_STR;
    }
    if (t == &kr_type_bytes) {
        return R_BYTES;
    }
    if (t == &kr_type_int) {
        return R_BIGINT;
    }
    if (t == &kr_type_complex) {
        return R_COMPLEX;
    }
    if (t == &kr_type_bytearray) {
        return R_BYTEARRAY;
    }
    if (t == &kr_type_tuple) {
        return R_TUPLE;
    }
    if (t == &kr_type_frozenset) {
        return R_FROZENSET;
    }
    if (t == &kr_type_range) {
        return R_RANGE;
    }
    if (t == &kr_type_slice) {
        return R_SLICE;
    }
    if (t == &kr_type_code) {
        return R_CODE;
    }
    if (t == &kr_type_hostfn) {
        return R_HOSTFN;
    }
    if (t == &kr_type_type) {
        TypeObj *c = (TypeObj *)o;
        if ((c->type_id >= 0 && c->type_id < TY_COUNT && vm->classes[c->type_id] == c) ||
            (c->exc_id >= 0 && c->exc_id < EXC_COUNT && vm->exc_classes[c->exc_id] == c)) {
            return R_CLASS;
        }
        return refuse_type(vm, o);
    }
    if (t == &kr_type_notimpl || t == &kr_type_ellipsis) {
        return R_SINGLETON;
    }
    if (t == &kr_type_object) {
        return R_OBJECT;
    }
    if (t == &kr_type_builtin) {
        return IS_UNDEF(((NativeObj *)o)->self) ? R_NATIVE : R_NATIVE_BOUND;
    }
    if (t == &kr_type_module) {
        return is_builtin_module(vm, (Module *)o) ? R_BMODULE : R_MODULE;
    }
    if (t == &kr_type_list) {
        return R_LIST;
    }
    if (t == &kr_type_dict) {
        return R_DICT;
    }
    if (t == &kr_type_set) {
        return R_SET;
    }
    if (t == &kr_type_cell) {
        return R_CELL;
    }
    if (t == &kr_type_function) {
        return R_FUNC;
    }
    if (t == &kr_type_method) {
        return R_METHOD;
    }
    if (t == &kr_type_exception) {
        return R_EXC;
    }
    if (t == &kr_type_generator) {
        return R_GEN;
    }
    if (snap_fn_for(t)) {
        return R_ITER;
    }
    if (t->id < TY_COUNT && type_by_id(t->id) == t && modsnap_of(t)) {
        return R_MODOBJ;
    }
    return refuse_type(vm, o);
}

static int64_t frame_depth(Frame *f) {
    Value *end = f->sp ? f->sp : frame_stack_base(f);
    return end - frame_stack_base(f);
}

// A built-in module's own state: the objects of module types with snapshot hooks bound in its
// dict (random's shared generator random._inst), as up to [cap] key/value fields. They travel
// with the module's name and are bound again in the module imported on load, so its functions
// continue from the saved state.
static int bmodule_state(Module *m, Value *fields, int cap) {
    int n = 0;
    int64_t pos = 0;
    Value k, v;
    while (n + 2 <= cap && kr_dict_next(m->dict, &pos, &k, &v)) {
        const Type *t = IS_OBJ(v) ? AS_OBJ(v)->type : NULL;
        if (IS_STR(k) && t && t->id < TY_COUNT && type_by_id(t->id) == t && modsnap_of(t)) {
            fields[n++] = k;
            fields[n++] = v;
        }
    }
    return n;
}

// The [*pos]-th child of [o] (advancing *pos): 1 with *out, 0 at the end, -1 on error.
static int child(KrVm *vm, Obj *o, int64_t *pos, Value *out) {
    const Type *t = o->type;
    int64_t i = (*pos)++;
    if (t == &kr_type_tuple) {
        Tuple *tu = (Tuple *)o;
        if (i < tu->len) {
            *out = tu->items[i];
            return 1;
        }
        return 0;
    }
    if (t == &kr_type_list) {
        List *l = (List *)o;
        if (i < l->len) {
            *out = l->items[i];
            return 1;
        }
        return 0;
    }
    if (t == &kr_type_set || t == &kr_type_frozenset) {
        Set *s = (Set *)o;
        while (i <= s->mask) {
            Value k = s->table[i].key;
            if (k.tag != V_UNDEF && k.tag != V_EXC) {
                *pos = i + 1;
                *out = k;
                return 1;
            }
            i++;
        }
        *pos = i;
        return 0;
    }
    if (t == &kr_type_dict) {
        Dict *d = (Dict *)o;
        while (i / 2 < d->nentries) {
            DictEntry *e = &d->entries[i / 2];
            if (!IS_UNDEF(e->key)) {
                *pos = i + 1;
                *out = i % 2 ? e->value : e->key;
                return 1;
            }
            i = (i / 2 + 1) * 2;
        }
        *pos = i;
        return 0;
    }
    Value fields[12];
    int n = 0;
    if (t == &kr_type_range) {
        Range *r = (Range *)o;
        fields[n++] = r->vstart;
        fields[n++] = r->vstop;
        fields[n++] = r->vstep;
    } else if (t == &kr_type_slice) {
        Slice *s = (Slice *)o;
        fields[n++] = s->start;
        fields[n++] = s->stop;
        fields[n++] = s->step;
    } else if (t == &kr_type_code) {
        Code *co = (Code *)o;
        fields[n++] = co->consts;
        fields[n++] = co->names;
        fields[n++] = co->localnames;
        fields[n++] = co->name;
        fields[n++] = co->qualname;
        fields[n++] = co->filename;
        fields[n++] = co->source;
    } else if (t == &kr_type_hostfn) {
        fields[n++] = kr_host_fn_name(kr_obj(o));
    } else if (t == &kr_type_cell) {
        fields[n++] = ((Cell *)o)->v;
    } else if (t == &kr_type_function) {
        FuncObj *f = (FuncObj *)o;
        fields[n++] = kr_obj(f->code);
        fields[n++] = kr_obj(f->globals);
        fields[n++] = f->defaults;
        fields[n++] = f->kwdefaults;
        fields[n++] = f->closure;
        fields[n++] = f->name;
        fields[n++] = f->qualname;
        fields[n++] = f->doc;
        fields[n++] = f->dict;
    } else if (t == &kr_type_method) {
        fields[n++] = ((BoundMethod *)o)->func;
        fields[n++] = ((BoundMethod *)o)->self;
    } else if (t == &kr_type_builtin) {
        fields[n++] = ((NativeObj *)o)->self;
        // A module function (from random import randint) brings along its module when the
        // module has state (bmodule_state), so the state travels even if the module does not.
        NativeWhere nw;
        if (IS_UNDEF(((NativeObj *)o)->self)) {
            if (find_native(vm, (NativeObj *)o, &nw) < 0) {
                kr_exc_take(vm); // the record writer reports the unsupported built-in
            } else if (nw.where == 1) {
                Value m = kr_dict_get_str(vm, vm->modules, AS_STR(nw.module));
                Value st[2];
                if (kr_isa(m, &kr_type_module) && bmodule_state((Module *)AS_OBJ(m), st, 2) > 0) {
                    fields[n++] = m;
                }
            }
        }
    } else if (t == &kr_type_module) {
        if (!is_builtin_module(vm, (Module *)o)) {
            fields[n++] = ((Module *)o)->name;
            fields[n++] = kr_obj(((Module *)o)->dict);
        } else {
            n = bmodule_state((Module *)o, fields, 8);
        }
    } else if (t == &kr_type_exception) {
        ExcObj *e = (ExcObj *)o;
        fields[n++] = kr_obj(e->cls);
        fields[n++] = e->args;
        fields[n++] = e->cause;
        fields[n++] = e->context;
        fields[n++] = e->value;
        fields[n++] = e->extra;
        fields[n++] = e->attrs;
        fields[n++] = e->hint;
        if (i >= n) {
            int64_t k = i - n;
            for (TbEntry *tb = e->tb; tb; tb = tb->next, k--) {
                if (k == 0) {
                    *out = kr_obj(tb->code);
                    return 1;
                }
            }
            return 0;
        }
    } else if (t == &kr_type_generator) {
        GenObj *g = (GenObj *)o;
        fields[n++] = g->name;
        fields[n++] = g->qualname;
        if (g->frame) {
            Frame *f = g->frame;
            fields[n++] = kr_obj(f->code);
            fields[n++] = f->func ? kr_obj(f->func) : VAL_UNDEF;
            fields[n++] = kr_obj(f->globals);
            if (i >= n) {
                int64_t k = i - n;
                if (k < f->code->nlocalsplus + frame_depth(f)) {
                    *out = f->localsplus[k];
                    return 1;
                }
                return 0;
            }
        }
    } else if (snap_fn_for(t)) {
        int64_t nums[4] = {0, 0, 0, 0};
        Value vals[3] = {VAL_UNDEF, VAL_UNDEF, VAL_UNDEF};
        snap_fn_for(t)(vm, o, vals, nums, false);
        fields[n++] = vals[0];
        fields[n++] = vals[1];
        fields[n++] = vals[2];
    }
    if (i < n) {
        *out = fields[i];
        return 1;
    }
    return 0;
}

static int dfs_push(Saver *s, Obj *o) {
    if (s->dfs.len == s->dfs_pos_cap) {
        size_t ncap = s->dfs_pos_cap ? s->dfs_pos_cap * 2 : 256;
        int64_t *np = kr_mem_realloc(s->vm, s->dfs_pos, s->dfs_pos_cap * sizeof(int64_t),
                                     ncap * sizeof(int64_t));
        if (!np) {
            return -1;
        }
        s->dfs_pos = np;
        s->dfs_pos_cap = ncap;
    }
    s->dfs_pos[s->dfs.len] = 0;
    return vec_push(s->vm, &s->dfs, o);
}

static int assign(Saver *s, Obj *o) {
    int64_t id = (int64_t)s->order.len;
    return omap_put(s->vm, &s->map, o, id) < 0 || vec_push(s->vm, &s->order, o) < 0 ? -1 : 0;
}

// Gives [v] (and, for immutable objects, everything it refers to first) an id.
static int visit(Saver *s, Value v) {
    KrVm *vm = s->vm;
    if (!IS_OBJ(v) || (s->map.cap && omap_slot(&s->map, AS_OBJ(v)))) {
        return 0;
    }
    Obj *o = AS_OBJ(v);
    int k = kind_of(vm, o);
    if (k < 0) {
        return -1;
    }
    if (k > R_SHELLS) {
        return assign(s, o) < 0 || vec_push(vm, &s->scan, o) < 0 ? -1 : 0;
    }
    // Post-order walk of the immutable graph: children get smaller ids.
    if (omap_put(vm, &s->map, o, -1) < 0 || dfs_push(s, o) < 0) {
        return -1;
    }
    while (s->dfs.len) {
        Obj *top = s->dfs.items[s->dfs.len - 1];
        Value c;
        int r = child(vm, top, &s->dfs_pos[s->dfs.len - 1], &c);
        if (r == 0) {
            s->dfs.len--;
            int64_t *slot = omap_slot(&s->map, top);
            *slot = (int64_t)s->order.len;
            if (vec_push(vm, &s->order, top) < 0) {
                return -1;
            }
            continue;
        }
        if (!IS_OBJ(c)) {
            continue;
        }
        Obj *co = AS_OBJ(c);
        int64_t *slot = omap_slot(&s->map, co);
        if (slot) {
            if (*slot < 0) {
                kr_raise(vm, EXC_ValueError, "cannot snapshot a cyclic immutable object");
                return -1;
            }
            continue;
        }
        int ck = kind_of(vm, co);
        if (ck < 0) {
            return -1;
        }
        if (ck > R_SHELLS) {
            if (assign(s, co) < 0 || vec_push(vm, &s->scan, co) < 0) {
                return -1;
            }
        } else if (omap_put(vm, &s->map, co, -1) < 0 || dfs_push(s, co) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_frame(Saver *s, Frame *f) {
    if (visit(s, kr_obj(f->code)) < 0 || (f->func && visit(s, kr_obj(f->func)) < 0) ||
        visit(s, kr_obj(f->globals)) < 0 || (f->gen && visit(s, kr_obj(f->gen)) < 0)) {
        return -1;
    }
    int64_t n = f->code->nlocalsplus + frame_depth(f);
    for (int64_t i = 0; i < n; i++) {
        if (visit(s, f->localsplus[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// Visits the children of every mutable object found so far (and of those found meanwhile).
static int drain_scan(Saver *s) {
    while (s->scanned < s->scan.len) {
        Obj *o = s->scan.items[s->scanned++];
        if (kind_of(s->vm, o) == R_MODOBJ) {
            KrSnapOut so;
            if (snapout_run(s->vm, o, &so) < 0) {
                return -1;
            }
            for (size_t i = 0; i < so.nvals; i++) {
                if (visit(s, so.vals[i]) < 0) {
                    snapout_free(&so);
                    return -1;
                }
            }
            snapout_free(&so);
            continue;
        }
        int64_t pos = 0;
        Value c;
        int r;
        while ((r = child(s->vm, o, &pos, &c)) > 0) {
            if (visit(s, c) < 0) {
                return -1;
            }
        }
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static int64_t id_of(Saver *s, Obj *o) {
    return *omap_slot(&s->map, o);
}

static void w_val(Out *w, Saver *s, Value v) {
    switch (v.tag) {
    case V_NONE:
        w_u8(w, VT_NONE);
        return;
    case V_BOOL:
        w_u8(w, AS_BOOL(v) ? VT_TRUE : VT_FALSE);
        return;
    case V_INT:
        w_u8(w, VT_INT);
        w_sv(w, AS_INT(v));
        return;
    case V_FLOAT:
        w_u8(w, VT_FLOAT);
        w_f64(w, AS_FLOAT(v));
        return;
    case V_OBJ:
        w_u8(w, VT_OBJ);
        w_uv(w, (uint64_t)id_of(s, AS_OBJ(v)));
        return;
    default:
        w_u8(w, VT_UNDEF);
        return;
    }
}

static void w_set_layout(Out *w, Saver *s, Set *st) {
    w_uv(w, (uint64_t)st->mask);
    w_uv(w, (uint64_t)(st->finger < 0 ? 0 : st->finger));
    for (int64_t i = 0; i <= st->mask; i++) {
        Value k = st->table[i].key;
        if (k.tag == V_UNDEF) {
            w_u8(w, 0);
        } else if (k.tag == V_EXC) {
            w_u8(w, 1);
        } else {
            w_u8(w, 2);
            w_val(w, s, k);
        }
    }
}

static void w_native_where(Out *w, NativeWhere *nw) {
    w_u8(w, (unsigned)nw->where);
    if (nw->where == 1) {
        w_bytes(w, AS_STR(nw->module)->data, (size_t)AS_STR(nw->module)->len);
    } else if (nw->where >= 2) {
        w_uv(w, (uint64_t)nw->id);
    }
    w_bytes(w, AS_STR(nw->key)->data, (size_t)AS_STR(nw->key)->len);
}

// Section A record of [o].
static int w_record(Out *w, Saver *s, Obj *o) {
    KrVm *vm = s->vm;
    int k = kind_of(vm, o);
    if (k < 0) {
        return -1;
    }
    w_u8(w, (unsigned)k);
    switch (k) {
    case R_STR: {
        Str *st = (Str *)o;
        w_u8(w, (o->flags & STR_INTERNED) ? 1 : 0);
        w_bytes(w, st->data, (size_t)st->len);
        break;
    }
    case R_BYTES:
        w_bytes(w, ((Bytes *)o)->data, (size_t)((Bytes *)o)->len);
        break;
    case R_BIGINT: {
        BigInt *b = (BigInt *)o;
        uint64_t n = (uint64_t)(b->size < 0 ? -b->size : b->size);
        w_u8(w, b->size < 0 ? 1 : 0);
        w_uv(w, n);
        for (uint64_t i = 0; i < n; i++) {
            uint8_t d[4] = {(uint8_t)b->d[i], (uint8_t)(b->d[i] >> 8), (uint8_t)(b->d[i] >> 16),
                            (uint8_t)(b->d[i] >> 24)};
            w_raw(w, d, 4);
        }
        break;
    }
    case R_COMPLEX:
        w_f64(w, ((Complex *)o)->real);
        w_f64(w, ((Complex *)o)->imag);
        break;
    case R_BYTEARRAY:
        w_bytes(w, ((ByteArray *)o)->data ? ((ByteArray *)o)->data : (const uint8_t *)"",
                (size_t)((ByteArray *)o)->len);
        break;
    case R_TUPLE: {
        Tuple *t = (Tuple *)o;
        w_uv(w, (uint64_t)t->len);
        for (int64_t i = 0; i < t->len; i++) {
            w_val(w, s, t->items[i]);
        }
        break;
    }
    case R_FROZENSET:
        w_set_layout(w, s, (Set *)o);
        break;
    case R_RANGE:
        w_val(w, s, ((Range *)o)->vstart);
        w_val(w, s, ((Range *)o)->vstop);
        w_val(w, s, ((Range *)o)->vstep);
        break;
    case R_SLICE:
        w_val(w, s, ((Slice *)o)->start);
        w_val(w, s, ((Slice *)o)->stop);
        w_val(w, s, ((Slice *)o)->step);
        break;
    case R_CODE: {
        Code *co = (Code *)o;
        int32_t ints[] = {co->argcount,  co->posonlyargcount, co->kwonlyargcount,
                          co->flags,     co->nlocalsplus,     co->ncellvars,
                          co->nfreevars, co->stacksize,       co->firstlineno};
        for (size_t i = 0; i < KR_ARRAY_LEN(ints); i++) {
            w_sv(w, ints[i]);
        }
        Value vals[] = {co->consts,   co->names,    co->localnames, co->name,
                        co->qualname, co->filename, co->source};
        for (size_t i = 0; i < KR_ARRAY_LEN(vals); i++) {
            w_val(w, s, vals[i]);
        }
        w_uv(w, (uint64_t)co->ninsns);
        for (int32_t i = 0; i < co->ninsns; i++) {
            w_uv(w, co->insns[i]);
        }
        for (int32_t i = 0; i < co->ninsns; i++) {
            LineInfo li =
                co->lines ? co->lines[i] : (LineInfo){co->firstlineno, co->firstlineno, -1, -1};
            w_sv(w, li.line);
            w_sv(w, li.end_line);
            w_sv(w, li.col);
            w_sv(w, li.end_col);
        }
        w_uv(w, (uint64_t)co->nexctab);
        for (int32_t i = 0; i < co->nexctab; i++) {
            ExcEntry *e = &co->exctab[i];
            w_sv(w, e->start);
            w_sv(w, e->end);
            w_sv(w, e->target);
            w_sv(w, e->depth);
            w_sv(w, e->lasti);
        }
        break;
    }
    case R_HOSTFN:
        w_val(w, s, kr_host_fn_name(kr_obj(o)));
        break;
    case R_CLASS: {
        TypeObj *c = (TypeObj *)o;
        bool exc = c->exc_id >= 0 && c->exc_id < EXC_COUNT && vm->exc_classes[c->exc_id] == c;
        w_u8(w, exc ? 1 : 0);
        w_uv(w, (uint64_t)(exc ? c->exc_id : c->type_id));
        break;
    }
    case R_SINGLETON:
        w_u8(w, o->type == &kr_type_ellipsis ? 1 : 0);
        break;
    case R_NATIVE:
    case R_NATIVE_BOUND: {
        NativeWhere nw;
        if (find_native(vm, (NativeObj *)o, &nw) < 0) {
            return -1;
        }
        w_native_where(w, &nw);
        break;
    }
    case R_BMODULE: {
        w_bytes(w, AS_STR(((Module *)o)->name)->data, (size_t)AS_STR(((Module *)o)->name)->len);
        Value st[8];
        int ns = bmodule_state((Module *)o, st, 8);
        w_uv(w, (uint64_t)ns / 2);
        for (int i = 0; i < ns; i++) {
            w_val(w, s, st[i]);
        }
        break;
    }
    case R_ITER:
        w_uv(w, o->type->id);
        break;
    case R_MODOBJ: {
        KrSnapOut so;
        if (snapout_run(vm, o, &so) < 0) {
            return -1;
        }
        w_uv(w, o->type->id);
        w_uv(w, so.nnums);
        for (size_t i = 0; i < so.nnums; i++) {
            w_sv(w, so.nums[i]);
        }
        snapout_free(&so);
        break;
    }
    default:
        break;
    }
    return 0;
}

static void w_frame(Out *w, Saver *s, Frame *f) {
    w_val(w, s, kr_obj(f->code));
    w_val(w, s, f->func ? kr_obj(f->func) : VAL_UNDEF);
    w_val(w, s, kr_obj(f->globals));
    w_uv(w, (uint64_t)(f->pc - f->code->insns));
    int64_t depth = frame_depth(f);
    w_uv(w, (uint64_t)depth);
    for (int64_t i = 0; i < f->code->nlocalsplus + depth; i++) {
        w_val(w, s, f->localsplus[i]);
    }
    w_u8(w, f->entry);
}

// Section B body of shell [o].
static void w_body(Out *w, Saver *s, Obj *o) {
    KrVm *vm = s->vm;
    const Type *t = o->type;
    if (t == &kr_type_list) {
        List *l = (List *)o;
        w_uv(w, (uint64_t)l->len);
        for (int64_t i = 0; i < l->len; i++) {
            w_val(w, s, l->items[i]);
        }
    } else if (t == &kr_type_dict) {
        Dict *d = (Dict *)o;
        w_uv(w, (uint64_t)d->used);
        for (int64_t i = 0; i < d->nentries; i++) {
            if (!IS_UNDEF(d->entries[i].key)) {
                w_val(w, s, d->entries[i].key);
                w_val(w, s, d->entries[i].value);
            }
        }
    } else if (t == &kr_type_set) {
        w_set_layout(w, s, (Set *)o);
    } else if (t == &kr_type_cell) {
        w_val(w, s, ((Cell *)o)->v);
    } else if (t == &kr_type_function) {
        FuncObj *f = (FuncObj *)o;
        w_val(w, s, kr_obj(f->code));
        w_val(w, s, kr_obj(f->globals));
        w_val(w, s, f->defaults);
        w_val(w, s, f->kwdefaults);
        w_val(w, s, f->closure);
        w_val(w, s, f->name);
        w_val(w, s, f->qualname);
        w_val(w, s, f->doc);
        w_val(w, s, f->dict);
    } else if (t == &kr_type_method) {
        w_val(w, s, ((BoundMethod *)o)->func);
        w_val(w, s, ((BoundMethod *)o)->self);
    } else if (t == &kr_type_builtin) {
        w_val(w, s, ((NativeObj *)o)->self);
    } else if (t == &kr_type_module) {
        w_val(w, s, ((Module *)o)->name);
        w_val(w, s, kr_obj(((Module *)o)->dict));
    } else if (t == &kr_type_exception) {
        ExcObj *e = (ExcObj *)o;
        w_val(w, s, kr_obj(e->cls));
        w_val(w, s, e->args);
        w_val(w, s, e->cause);
        w_val(w, s, e->context);
        w_u8(w, e->suppress_context ? 1 : 0);
        uint64_t ntb = 0;
        for (TbEntry *tb = e->tb; tb; tb = tb->next) {
            ntb++;
        }
        w_uv(w, ntb);
        for (TbEntry *tb = e->tb; tb; tb = tb->next) {
            w_val(w, s, kr_obj(tb->code));
            w_sv(w, tb->insn);
        }
        w_val(w, s, e->value);
        w_val(w, s, e->extra);
        w_val(w, s, e->attrs);
        w_val(w, s, e->hint);
    } else if (t == &kr_type_generator) {
        GenObj *g = (GenObj *)o;
        w_u8(w, g->state);
        w_u8(w, g->loop_owned);
        w_val(w, s, g->name);
        w_val(w, s, g->qualname);
    } else if (kind_of(vm, o) == R_MODOBJ) {
        KrSnapOut so;
        if (snapout_run(vm, o, &so) < 0) {
            w->failed = true; // the error is pending
            return;
        }
        w_uv(w, so.nvals);
        for (size_t i = 0; i < so.nvals; i++) {
            w_val(w, s, so.vals[i]);
        }
        snapout_free(&so);
    } else if (snap_fn_for(t)) {
        int64_t nums[4] = {0, 0, 0, 0};
        Value vals[3] = {VAL_UNDEF, VAL_UNDEF, VAL_UNDEF};
        snap_fn_for(t)(vm, o, vals, nums, false);
        if (t == &kr_type_dict_keyiter || t == &kr_type_dict_valueiter ||
            t == &kr_type_dict_itemiter) {
            // The dict comes back without deleted entries: store the position among live ones.
            Dict *d = IS_DICT(vals[0]) ? AS_DICT(vals[0]) : NULL;
            if (d) {
                int64_t live = 0, pos = nums[0], lim = nums[3] ? pos + 1 : pos;
                for (int64_t i = 0; i < lim && i < d->nentries; i++) {
                    live += !IS_UNDEF(d->entries[i].key);
                }
                nums[0] = nums[3] ? live - 1 : live;
            }
        }
        for (int i = 0; i < 3; i++) {
            w_val(w, s, vals[i]);
        }
        for (int i = 0; i < 4; i++) {
            w_sv(w, nums[i]);
        }
    }
}

static void saver_free(Saver *s) {
    KrVm *vm = s->vm;
    if (s->map.keys) {
        kr_mem_free(vm, s->map.keys, s->map.cap * sizeof(Obj *));
        kr_mem_free(vm, s->map.ids, s->map.cap * sizeof(int64_t));
    }
    vec_free(vm, &s->order);
    vec_free(vm, &s->scan);
    vec_free(vm, &s->dfs);
    if (s->dfs_pos) {
        kr_mem_free(vm, s->dfs_pos, s->dfs_pos_cap * sizeof(int64_t));
    }
}

static void w_header(Out *w, KrVm *vm, int kind) {
    char id[40];
    build_id(id);
    w_raw(w, "KRSNAP", 6);
    w_uv(w, SNAP_VERSION);
    w_cstr(w, id);
    w_u8(w, (unsigned)kind);
    uint64_t seed = vm->cfg.hash_seed;
    uint8_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(seed >> (8 * i));
    }
    w_raw(w, b, 8);
}

// Writes the object table for everything visited (sections A, B, C).
static int w_objects(Out *w, Saver *s) {
    if (drain_scan(s) < 0) {
        return -1;
    }
    w_uv(w, s->order.len);
    for (size_t i = 0; i < s->order.len; i++) {
        if (w_record(w, s, s->order.items[i]) < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i < s->order.len; i++) {
        Obj *o = s->order.items[i];
        if (kind_of(s->vm, o) > R_SHELLS) {
            w_body(w, s, o);
        }
    }
    for (size_t i = 0; i < s->order.len; i++) {
        Obj *o = s->order.items[i];
        if (o->type == &kr_type_generator) {
            GenObj *g = (GenObj *)o;
            if ((g->state == GEN_CREATED || g->state == GEN_SUSPENDED) && g->frame) {
                w_frame(w, s, g->frame);
            }
        }
    }
    return 0;
}

static KrStatus finish_out(KrVm *vm, Out *w, Saver *s, int rc, unsigned char **bytes, size_t *len) {
    saver_free(s);
    if (rc == 0 && w->failed) {
        rc = -1; // MemoryError pending
    }
    if (rc < 0) {
        if (w->p) {
            kr_mem_free(vm, w->p, w->cap);
        }
        return kr_api_record_error(vm);
    }
    uint8_t *p = kr_mem_realloc(vm, w->p, w->cap, w->len);
    if (!p) {
        kr_mem_free(vm, w->p, w->cap);
        return kr_api_record_error(vm);
    }
    *bytes = p;
    *len = w->len;
    return KR_OK;
}

static void w_limits(Out *w, KrVm *vm) {
    KrLimits *l = &vm->cfg.limits;
    w_uv(w, l->max_memory);
    w_uv(w, l->max_allocations);
    w_f64(w, l->max_duration);
    w_uv(w, l->max_steps);
    w_sv(w, l->max_recursion);
    w_sv(w, l->max_c_depth);
    w_uv(w, l->max_output);
    w_sv(w, l->max_int_digits);
    w_uv(w, l->max_source);
    w_f64(w, vm->time_left);
    w_uv(w, vm->steps + vm->tick_count);
    w_uv(w, vm->output_bytes);
}

KrStatus kr_snapshot(KrVm *vm, unsigned char **bytes, size_t *len) {
    *bytes = NULL;
    *len = 0;
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    Value saved_exc = vm->exc;
    vm->exc = VAL_UNDEF;
    if (!vm->suspended || !vm->frame || !vm->pending_kv) {
        vm->exc = saved_exc;
        kr_raise(vm, EXC_ValueError, "no run is suspended at a host call: nothing to snapshot");
        return kr_api_record_error(vm);
    }
    int saved_pin = vm->pinning;
    vm->pinning = 0;
    Saver s;
    memset(&s, 0, sizeof s);
    s.vm = vm;
    Out w = {vm, NULL, 0, 0, false};
    // Frames outermost first.
    Vec frames = {0};
    int rc = 0;
    for (Frame *f = vm->frame; f && rc == 0; f = f->prev) {
        rc = vec_push(vm, &frames, f);
    }
    Value roots[] = {vm->exc_info,       vm->pending_name,   vm->pending_args,
                     vm->pending_kwargs, vm->session_module, vm->result};
    for (size_t i = 0; i < KR_ARRAY_LEN(roots) && rc == 0; i++) {
        rc = visit(&s, roots[i]);
    }
    for (size_t i = frames.len; i-- > 0 && rc == 0;) {
        rc = visit_frame(&s, frames.items[i]);
    }
    if (rc == 0) {
        w_header(&w, vm, KIND_RUN);
        w_limits(&w, vm);
        rc = w_objects(&w, &s);
    }
    if (rc == 0) {
        for (size_t i = 0; i < KR_ARRAY_LEN(roots); i++) {
            w_val(&w, &s, roots[i]);
        }
        w_uv(&w, frames.len);
        for (size_t i = frames.len; i-- > 0;) {
            Frame *f = frames.items[i];
            w_val(&w, &s, f->gen ? kr_obj(f->gen) : VAL_UNDEF);
            w_frame(&w, &s, f);
        }
    }
    vec_free(vm, &frames);
    vm->pinning = saved_pin;
    KrStatus st = finish_out(vm, &w, &s, rc, bytes, len);
    if (st == KR_OK) {
        vm->exc = saved_exc;
    }
    return st;
}

void kr_snapshot_free(KrVm *vm, unsigned char *bytes, size_t len) {
    if (bytes) {
        kr_mem_free(vm, bytes, len);
    }
}

KrStatus kr_program_save(KrVm *vm, KrProgram *p, unsigned char **bytes, size_t *len) {
    *bytes = NULL;
    *len = 0;
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    Value code, inputs, hosts;
    kr_host_program_parts(p, &code, &inputs, &hosts);
    int saved_pin = vm->pinning;
    vm->pinning = 0;
    Saver s;
    memset(&s, 0, sizeof s);
    s.vm = vm;
    Out w = {vm, NULL, 0, 0, false};
    int rc = visit(&s, code);
    rc = rc < 0 ? rc : visit(&s, inputs);
    rc = rc < 0 ? rc : visit(&s, hosts);
    if (rc == 0) {
        w_header(&w, vm, KIND_PROGRAM);
        rc = w_objects(&w, &s);
    }
    if (rc == 0) {
        w_val(&w, &s, code);
        w_val(&w, &s, inputs);
        w_val(&w, &s, hosts);
    }
    vm->pinning = saved_pin;
    return finish_out(vm, &w, &s, rc, bytes, len);
}

// =====================================================================================
// Loading
// =====================================================================================

typedef struct Loader {
    KrVm *vm;
    const uint8_t *p, *end;
    Value *tab;     // objects by id
    uint8_t *kinds; // record kind by id
    int64_t n;      // objects
    int64_t cur;    // id of the record being read in section A (references must be smaller)
    // Verifier cache: the states of the last verified code object.
    struct VState *vs;
} Loader;

static int bad(Loader *L, const char *fmt, ...) {
    if (!IS_UNDEF(L->vm->exc)) {
        return -1; // keep the first error
    }
    va_list ap;
    va_start(ap, fmt);
    kr_raisev(L->vm, EXC_ValueError, fmt, ap);
    va_end(ap);
    return -1;
}

static int truncated(Loader *L) {
    return bad(L, "snapshot is truncated");
}

static size_t left(Loader *L) {
    return (size_t)(L->end - L->p);
}

static int r_raw(Loader *L, void *out, size_t n) {
    memset(out, 0, n);
    if (left(L) < n) {
        return truncated(L);
    }
    memcpy(out, L->p, n);
    L->p += n;
    return 0;
}

static int r_u8(Loader *L, unsigned *out) {
    *out = 0;
    if (left(L) < 1) {
        return truncated(L);
    }
    *out = *L->p++;
    return 0;
}

static int r_uv(Loader *L, uint64_t *out) {
    uint64_t v = 0;
    *out = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (left(L) < 1) {
            return truncated(L);
        }
        uint8_t b = *L->p++;
        if (shift == 63 && (b & 0x7e)) {
            return bad(L, "snapshot is corrupt (integer overflow)");
        }
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return 0;
        }
    }
    return bad(L, "snapshot is corrupt (integer too long)");
}

static int r_sv(Loader *L, int64_t *out) {
    uint64_t u;
    if (r_uv(L, &u) < 0) {
        return -1;
    }
    *out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
    return 0;
}

static int r_i32(Loader *L, int32_t *out) {
    int64_t v;
    if (r_sv(L, &v) < 0) {
        return -1;
    }
    if (v < INT32_MIN || v > INT32_MAX) {
        return bad(L, "snapshot is corrupt (value out of range)");
    }
    *out = (int32_t)v;
    return 0;
}

// A count of items that each take at least [unit] bytes: checked against what is left.
static int r_count(Loader *L, uint64_t unit, int64_t *out) {
    uint64_t n;
    if (r_uv(L, &n) < 0) {
        return -1;
    }
    if (unit && n > left(L) / unit) {
        char buf[24];
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)n);
        return bad(L, "snapshot is truncated (a count of %s items exceeds the data)", buf);
    }
    if (n > (uint64_t)INT64_MAX / 64) {
        return bad(L, "snapshot is corrupt (count too large)");
    }
    *out = (int64_t)n;
    return 0;
}

static int r_f64(Loader *L, double *out) {
    uint8_t b[8];
    if (r_raw(L, b, 8) < 0) {
        return -1;
    }
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) {
        u |= (uint64_t)b[i] << (8 * i);
    }
    memcpy(out, &u, 8);
    return 0;
}

static int r_bytes(Loader *L, const uint8_t **p, size_t *n) {
    int64_t len;
    if (r_count(L, 1, &len) < 0) {
        return -1;
    }
    *p = L->p;
    *n = (size_t)len;
    L->p += len;
    return 0;
}

// A value reference. In section A (L->cur >= 0) objects must have smaller ids.
static int r_val(Loader *L, Value *out) {
    unsigned tag;
    if (r_u8(L, &tag) < 0) {
        return -1;
    }
    switch (tag) {
    case VT_UNDEF:
        *out = VAL_UNDEF;
        return 0;
    case VT_NONE:
        *out = VAL_NONE;
        return 0;
    case VT_FALSE:
        *out = VAL_FALSE;
        return 0;
    case VT_TRUE:
        *out = VAL_TRUE;
        return 0;
    case VT_INT: {
        int64_t i;
        if (r_sv(L, &i) < 0) {
            return -1;
        }
        *out = kr_int(i);
        return 0;
    }
    case VT_FLOAT: {
        double d;
        if (r_f64(L, &d) < 0) {
            return -1;
        }
        *out = kr_float(d);
        return 0;
    }
    case VT_OBJ: {
        uint64_t id;
        if (r_uv(L, &id) < 0) {
            return -1;
        }
        if (id >= (uint64_t)L->n || (L->cur >= 0 && (int64_t)id >= L->cur)) {
            char buf[24];
            snprintf(buf, sizeof buf, "%llu", (unsigned long long)id);
            return bad(L, "snapshot is corrupt (object reference %s out of range)", buf);
        }
        *out = L->tab[id];
        return 0;
    }
    default:
        return bad(L, "snapshot is corrupt (bad value tag %d)", (int)tag);
    }
}

// A value that must be a real Python value (not the "missing" marker).
static int r_pyval(Loader *L, Value *out) {
    if (r_val(L, out) < 0) {
        return -1;
    }
    if (IS_UNDEF(*out)) {
        return bad(L, "snapshot is corrupt (missing value)");
    }
    return 0;
}

static int r_str_bytes(Loader *L, const char **s, size_t *n) {
    const uint8_t *p;
    if (r_bytes(L, &p, n) < 0) {
        return -1;
    }
    if (!kr_utf8_valid((const char *)p, *n)) {
        return bad(L, "snapshot is corrupt (invalid UTF-8 in a string)");
    }
    *s = (const char *)p;
    return 0;
}

// ----- Sets with their exact table layout -----

static int r_set_layout(Loader *L, Set *s) {
    KrVm *vm = L->vm;
    uint64_t mask, finger;
    if (r_uv(L, &mask) < 0 || r_uv(L, &finger) < 0) {
        return -1;
    }
    if (mask < 7 || (mask & (mask + 1)) != 0 || mask >= left(L)) {
        return mask >= left(L) ? truncated(L) : bad(L, "snapshot is corrupt (bad set table size)");
    }
    size_t size = (size_t)mask + 1, bytes;
    if (!kr_mul_ok(size, sizeof(SetEntry), &bytes)) {
        return bad(L, "snapshot is corrupt (bad set table size)");
    }
    SetEntry *table = kr_mem_alloc(vm, bytes);
    if (!table) {
        return -1;
    }
    memset(table, 0, bytes);
    // Install the table at once so that the set owns (and frees) it whatever happens next.
    kr_mem_free(vm, s->table, (size_t)(s->mask + 1) * sizeof(SetEntry));
    s->table = table;
    s->mask = (int64_t)mask;
    s->fill = s->used = 0;
    s->finger = (int64_t)(finger & mask);
    s->hash = -1;
    int64_t fill = 0, used = 0;
    for (size_t i = 0; i < size; i++) {
        unsigned st;
        if (r_u8(L, &st) < 0) {
            return -1;
        }
        if (st == 1) {
            table[i].key = VAL_EXC;
            table[i].hash = -1;
            fill++;
        } else if (st == 2) {
            Value k;
            int64_t h;
            if (r_pyval(L, &k) < 0 || kr_hash(vm, k, &h) < 0) {
                return -1;
            }
            table[i].key = k;
            table[i].hash = h;
            fill++;
            used++;
        } else if (st != 0) {
            return bad(L, "snapshot is corrupt (bad set slot)");
        }
    }
    if (fill >= (int64_t)size) {
        return bad(L, "snapshot is corrupt (set table without free slots)");
    }
    s->fill = fill;
    s->used = used;
    // Every key must be found where it is (the table matches the hash seed and the probing),
    // and no two keys may be equal.
    Set *check = kr_set_new(vm, false);
    if (!check) {
        return -1;
    }
    for (size_t i = 0; i < size; i++) {
        Value k = table[i].key;
        if (k.tag == V_UNDEF || k.tag == V_EXC) {
            continue;
        }
        int r = kr_set_contains(vm, s, k);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            return bad(L, "snapshot is corrupt (set table does not match its keys)");
        }
        if (kr_set_add(vm, check, k) < 0) {
            return -1;
        }
    }
    if (check->used != used) {
        return bad(L, "snapshot is corrupt (duplicate set keys)");
    }
    return 0;
}

// ----- The bytecode verifier -----
//
// Abstract interpretation over the instructions reachable from the end of the prologue and
// from the exception handlers. A state is the stack depth plus the kind of each stack slot,
// kept as a persistent linked stack (nodes shared between states) so that deep stacks cost
// memory linear in the code size.

enum {
    T_ANY,        // any Python value (never the NULL marker)
    T_NULL,       // the NULL marker of PUSH_NULL (VAL_UNDEF)
    T_MAYBE_NULL, // either
    T_LIST,
    T_SET,
    T_DICT,
    T_TUPLE, // param: 1 + length, or 0 when unknown
    T_STR,
    T_EXC,
    T_CELL,
    T_INT,
    T_CELLTUP, // param: number of cells
    T_CODE,    // param: const index
    T_DICTCHK, // MATCH_MAPPING's result; param: the stack slot it tested
    T_METH,    // LOAD_METHOD's first result: NULL, or a method native of the T_SELF above it
    T_SELF,    // LOAD_METHOD's second result, directly above its T_METH
};
#define TY(t, param) ((uint32_t)(t) | ((uint32_t)(param) << 8))
#define TKIND(x) ((x)&0xff)
#define TPARAM(x) ((x) >> 8)

typedef struct VNode {
    uint32_t t;     // slot kind
    int32_t parent; // the node below, -1 at the bottom
} VNode;

typedef struct VState {
    Code *co;
    int32_t n;
    int32_t *depth; // per instruction: stack depth on entry, -1 if unreached
    int32_t *top;   // per instruction: top node, -1 for an empty stack
    VNode *nodes;
    size_t nnodes, ncap;
    int32_t maxdepth;
    int32_t prologue;
    uint8_t *cell; // per local: holds a cell after the prologue
    int32_t *work; // worklist
    uint8_t *queued;
    size_t nwork;
    uint64_t budget; // node visits left
    uint32_t *tmp;
    size_t tmpcap;
    int32_t at; // the instruction being interpreted (for messages)
} VState;

static void vs_free(KrVm *vm, VState *v) {
    if (!v) {
        return;
    }
    size_t n = (size_t)v->n;
    if (v->depth) {
        kr_mem_free(vm, v->depth, n * sizeof(int32_t));
    }
    if (v->top) {
        kr_mem_free(vm, v->top, n * sizeof(int32_t));
    }
    if (v->work) {
        kr_mem_free(vm, v->work, n * sizeof(int32_t));
    }
    if (v->queued) {
        kr_mem_free(vm, v->queued, n);
    }
    if (v->nodes) {
        kr_mem_free(vm, v->nodes, v->ncap * sizeof(VNode));
    }
    if (v->cell) {
        kr_mem_free(vm, v->cell, (size_t)(v->co->nlocalsplus ? v->co->nlocalsplus : 1));
    }
    if (v->tmp) {
        kr_mem_free(vm, v->tmp, v->tmpcap * sizeof(uint32_t));
    }
    kr_mem_free(vm, v, sizeof(VState));
}

// The working state of the instruction being interpreted.
typedef struct WState {
    int32_t depth;
    int32_t top;
    int32_t low; // lowest depth reached (slots below it were not touched)
} WState;

static int charge(Loader *L, VState *v, uint64_t n) {
    if (v->budget < n) {
        return bad(L, "code object %U is too complex to verify", v->co->qualname);
    }
    v->budget -= n;
    return 0;
}

static int vpush(Loader *L, VState *v, WState *w, uint32_t t) {
    if (v->nnodes == v->ncap) {
        size_t ncap = v->ncap ? v->ncap * 2 : 256;
        if (ncap > (size_t)INT32_MAX) {
            return bad(L, "code object is too large to verify");
        }
        VNode *nn = kr_mem_realloc(L->vm, v->nodes, v->ncap * sizeof(VNode), ncap * sizeof(VNode));
        if (!nn) {
            return -1;
        }
        v->nodes = nn;
        v->ncap = ncap;
    }
    if (w->depth >= v->co->stacksize) {
        return bad(L, "code object %U exceeds its stack size", v->co->qualname);
    }
    if (charge(L, v, 1) < 0) {
        return -1;
    }
    v->nodes[v->nnodes].t = t;
    v->nodes[v->nnodes].parent = w->top;
    w->top = (int32_t)v->nnodes++;
    w->depth++;
    if (w->depth > v->maxdepth) {
        v->maxdepth = w->depth;
    }
    return 0;
}

// Pops [k] slots into v->tmp (tmp[0] = the old top). -1 if the stack is too shallow.
static int vpopn(Loader *L, VState *v, WState *w, int64_t k) {
    if (k > w->depth) {
        return bad(L, "code object %U pops from an empty stack at instruction %d", v->co->qualname,
                   (int)v->at);
    }
    if ((size_t)k > v->tmpcap) {
        size_t ncap = (size_t)k + 64;
        uint32_t *nt =
            kr_mem_realloc(L->vm, v->tmp, v->tmpcap * sizeof(uint32_t), ncap * sizeof(uint32_t));
        if (!nt) {
            return -1;
        }
        v->tmp = nt;
        v->tmpcap = ncap;
    }
    if (charge(L, v, (uint64_t)k) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < k; i++) {
        v->tmp[i] = v->nodes[w->top].t;
        w->top = v->nodes[w->top].parent;
        w->depth--;
    }
    if (w->depth < w->low) {
        w->low = w->depth;
    }
    return 0;
}

// The kind of the slot [k] below the top (k = 1: the top).
static int vpeek(Loader *L, VState *v, WState *w, int64_t k, uint32_t *out) {
    if (k < 1 || k > w->depth) {
        return bad(L, "code object %U reads below its stack at instruction %d", v->co->qualname,
                   (int)v->at);
    }
    if (charge(L, v, (uint64_t)k) < 0) {
        return -1;
    }
    int32_t node = w->top;
    for (int64_t i = 1; i < k; i++) {
        node = v->nodes[node].parent;
    }
    *out = v->nodes[node].t;
    return 0;
}

static uint32_t join(uint32_t a, uint32_t b) {
    if (a == b) {
        return a;
    }
    if ((TKIND(a) == T_METH && TKIND(b) == T_NULL) || (TKIND(a) == T_NULL && TKIND(b) == T_METH)) {
        return T_METH;
    }
    bool na = TKIND(a) == T_NULL || TKIND(a) == T_MAYBE_NULL || TKIND(a) == T_METH;
    bool nb = TKIND(b) == T_NULL || TKIND(b) == T_MAYBE_NULL || TKIND(b) == T_METH;
    if (na || nb) {
        return T_MAYBE_NULL;
    }
    if (TKIND(a) == T_TUPLE && TKIND(b) == T_TUPLE) {
        return TY(T_TUPLE, 0);
    }
    return T_ANY;
}

static int enqueue(Loader *L, VState *v, int32_t i) {
    if (!v->queued[i]) {
        v->queued[i] = 1;
        v->work[v->nwork++] = i;
    }
    return 0;
}

// Merges state [w] into instruction [i]'s entry state.
static int vmerge(Loader *L, VState *v, int32_t i, WState w) {
    if (i < 0 || i >= v->n) {
        return bad(L, "code object %U jumps out of its code", v->co->qualname);
    }
    if (i < v->prologue) {
        return bad(L, "code object %U jumps into its prologue", v->co->qualname);
    }
    if (v->depth[i] < 0) {
        v->depth[i] = w.depth;
        v->top[i] = w.top;
        return enqueue(L, v, i);
    }
    if (v->depth[i] != w.depth) {
        return bad(L, "code object %U reaches instruction %d with stack depths %d and %d",
                   v->co->qualname, (int)i, (int)v->depth[i], (int)w.depth);
    }
    // Walk both stacks down to their shared part, noting the deepest difference.
    int32_t a = v->top[i], b = w.top;
    int64_t k = 0, deepest = -1;
    while (a != b) {
        if (charge(L, v, 1) < 0) {
            return -1;
        }
        if (join(v->nodes[a].t, v->nodes[b].t) != v->nodes[a].t) {
            deepest = k;
        }
        a = v->nodes[a].parent;
        b = v->nodes[b].parent;
        k++;
    }
    if (deepest < 0) {
        return 0;
    }
    // Rebuild the top deepest+1 slots with the joined kinds.
    WState o = {v->depth[i], v->top[i], v->depth[i]};
    WState n = w;
    if (vpopn(L, v, &o, deepest + 1) < 0) {
        return -1;
    }
    // tmp holds o's slots; pop n's into the tail of tmp.
    size_t need = (size_t)(2 * (deepest + 1));
    if (need > v->tmpcap) {
        uint32_t *nt = kr_mem_realloc(L->vm, v->tmp, v->tmpcap * sizeof(uint32_t),
                                      (need + 64) * sizeof(uint32_t));
        if (!nt) {
            return -1;
        }
        v->tmp = nt;
        v->tmpcap = need + 64;
    }
    for (int64_t j = 0; j <= deepest; j++) {
        v->tmp[deepest + 1 + j] = v->nodes[n.top].t;
        n.top = v->nodes[n.top].parent;
        n.depth--;
    }
    for (int64_t j = deepest; j >= 0; j--) {
        if (vpush(L, v, &o, join(v->tmp[j], v->tmp[deepest + 1 + j])) < 0) {
            return -1;
        }
    }
    v->top[i] = o.top;
    return enqueue(L, v, i);
}

static bool code_const_is(Code *co, uint32_t i, const Type *t) {
    Tuple *c = AS_TUPLE(co->consts);
    return (int64_t)i < c->len && kr_isa(c->items[i], t);
}

static uint32_t const_kind(Code *co, uint32_t i) {
    Value c = AS_TUPLE(co->consts)->items[i];
    if (IS_STR(c)) {
        return T_STR;
    }
    if (IS_TUPLE(c)) {
        int64_t len = AS_TUPLE(c)->len;
        return TY(T_TUPLE, len < (1 << 23) ? len + 1 : 0);
    }
    if (kr_isa(c, &kr_type_code)) {
        return TY(T_CODE, i);
    }
    return T_ANY;
}

static bool is_val(uint32_t t) {
    return TKIND(t) != T_NULL && TKIND(t) != T_MAYBE_NULL && TKIND(t) != T_METH;
}

// Pops [k] values that must all be real values (not NULL markers).
static int vpop_vals(Loader *L, VState *v, WState *w, int64_t k) {
    if (vpopn(L, v, w, k) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < k; i++) {
        if (!is_val(v->tmp[i])) {
            return bad(L, "code object %U uses a NULL marker as a value", v->co->qualname);
        }
    }
    return 0;
}

static int need_kind(Loader *L, VState *v, uint32_t t, uint32_t kind, const char *what) {
    if (TKIND(t) != kind) {
        return bad(L, "code object %U applies %s to a value that may not be one", v->co->qualname,
                   what);
    }
    return 0;
}

static const ExcEntry *handler_for(Code *co, int32_t insn) {
    const ExcEntry *best = NULL;
    for (int32_t i = 0; i < co->nexctab; i++) {
        const ExcEntry *e = &co->exctab[i];
        if (insn >= e->start && insn < e->end) {
            if (!best || (e->end - e->start) < (best->end - best->start)) {
                best = e;
            }
        }
    }
    return best;
}

// Instructions that cannot raise (so no handler constraint applies to them).
static bool cannot_raise(uint32_t op, uint32_t arg, int32_t i) {
    switch (op) {
    case OP_NOP:
    case OP_COPY:
    case OP_SWAP:
    case OP_PUSH_NULL:
    case OP_LOAD_CONST:
    case OP_STORE_FAST:
    case OP_LOAD_CLOSURE:
    case OP_IS_OP:
    case OP_PUSH_EXC_INFO:
    case OP_POP_EXCEPT:
    case OP_KW_NAMES:
    case OP_LOAD_ASSERTION_ERROR:
    case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE:
        return true;
    case OP_JUMP:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
        return (int64_t)arg > (int64_t)i + 1; // forward: no safepoint
    default:
        return false;
    }
}

// Interprets instruction [i] from its entry state; merges into its successors and handler.
static int vstep(Loader *L, VState *v, int32_t i) {
    Code *co = v->co;
    uint32_t word = co->insns[i];
    uint32_t op = word & 0xff, arg = word >> 8;
    WState w = {v->depth[i], v->top[i], v->depth[i]};
    WState in = w;
    v->at = i;
    int32_t nlocals = co->nlocalsplus;
    int64_t nconsts = AS_TUPLE(co->consts)->len, nnames = AS_TUPLE(co->names)->len;
    bool falls = true;     // continues at i + 1
    int64_t target = -1;   // jump target
    WState jw = {0, 0, 0}; // state at the jump target
    int64_t lo;            // lowest slot the instruction touches (for its handler)
    int64_t peak = 0;      // transient extra depth
    uint32_t t;
#define POPV(k) ERR(vpop_vals(L, v, &w, (k)))
#define POPN(k) ERR(vpopn(L, v, &w, (k)))
#define PUSH(k) ERR(vpush(L, v, &w, (k)))
#define PEEK(k) ERR(vpeek(L, v, &w, (k), &t))
#define ERR(x)                                                                                     \
    do {                                                                                           \
        if ((x) < 0) {                                                                             \
            return -1;                                                                             \
        }                                                                                          \
    } while (0)
#define FAIL(msg) return bad(L, "code object %U: %s at instruction %d", co->qualname, msg, (int)i)
#define DEEP(k)                                                                                    \
    do {                                                                                           \
        if ((k) > MAX_DEEP_OPERAND) {                                                              \
            FAIL("operand too large");                                                             \
        }                                                                                          \
    } while (0)
    switch (op) {
    case OP_NOP:
        break;
    case OP_POP_TOP:
        POPN(1);
        break;
    case OP_COPY:
        DEEP(arg);
        PEEK(arg);
        // A copy of a method is no longer paired with its self.
        PUSH(TKIND(t) == T_METH                              ? T_MAYBE_NULL
             : (TKIND(t) == T_DICTCHK || TKIND(t) == T_SELF) ? T_ANY
                                                             : t);
        break;
    case OP_SWAP: {
        DEEP(arg);
        if (arg < 2) {
            FAIL("bad SWAP operand");
        }
        POPN(arg);
        uint32_t a0 = TKIND(v->tmp[0]), a1 = TKIND(v->tmp[arg - 1]);
        if (a0 == T_METH || a0 == T_SELF || a1 == T_METH || a1 == T_SELF) {
            FAIL("SWAP separates a method from its self");
        }
        uint32_t tmp0 = v->tmp[0];
        v->tmp[0] = v->tmp[arg - 1];
        v->tmp[arg - 1] = tmp0;
        for (int64_t j = (int64_t)arg - 1; j >= 0; j--) {
            uint32_t x = v->tmp[j];
            PUSH(TKIND(x) == T_DICTCHK ? T_ANY : x);
        }
        break;
    }
    case OP_PUSH_NULL:
        PUSH(T_NULL);
        break;
    case OP_LOAD_CONST:
        if (arg >= nconsts) {
            FAIL("constant index out of range");
        }
        PUSH(const_kind(co, arg));
        break;
    case OP_LOAD_FAST:
    case OP_LOAD_FAST_KEEP:
        if ((int64_t)arg >= nlocals) {
            FAIL("local index out of range");
        }
        PUSH(T_ANY);
        break;
    case OP_STORE_FAST:
    case OP_DELETE_FAST:
        if ((int64_t)arg >= nlocals || v->cell[arg]) {
            FAIL("bad local slot");
        }
        if (op == OP_STORE_FAST) {
            POPV(1);
        }
        break;
    case OP_MAKE_CELL:
    case OP_COPY_FREE_VARS:
        FAIL("cell setup outside the prologue");
    case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF:
    case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
        if ((int64_t)arg >= nlocals || !v->cell[arg]) {
            FAIL("bad cell slot");
        }
        if (op == OP_LOAD_CLOSURE) {
            PUSH(T_CELL);
        } else if (op == OP_LOAD_DEREF) {
            PUSH(T_ANY);
        } else if (op == OP_STORE_DEREF) {
            POPV(1);
        }
        break;
    case OP_LOAD_GLOBAL:
    case OP_LOAD_GLOBAL_KEEP:
    case OP_LOAD_NAME:
        if (arg >= nnames) {
            FAIL("name index out of range");
        }
        PUSH(T_ANY);
        break;
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME:
    case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME:
    case OP_IMPORT_NAME:
    case OP_IMPORT_FROM:
    case OP_LOAD_ATTR:
    case OP_STORE_ATTR:
    case OP_DELETE_ATTR:
    case OP_LOAD_METHOD:
        if (arg >= nnames) {
            FAIL("name index out of range");
        }
        if (op == OP_STORE_GLOBAL || op == OP_STORE_NAME || op == OP_DELETE_ATTR) {
            POPV(1);
        } else if (op == OP_IMPORT_NAME) {
            POPV(2);
            PUSH(T_ANY);
        } else if (op == OP_IMPORT_FROM) {
            PEEK(1);
            if (!is_val(t)) {
                FAIL("NULL marker used as a value");
            }
            PUSH(T_ANY);
        } else if (op == OP_LOAD_ATTR) {
            POPV(1);
            PUSH(T_ANY);
        } else if (op == OP_STORE_ATTR) {
            POPV(2);
        } else if (op == OP_LOAD_METHOD) {
            POPV(1);
            PUSH(T_METH);
            PUSH(T_SELF);
        }
        break;
    case OP_BINARY_OP:
        if (!((arg < BINOP_COUNT) || (arg >= BINOP_INPLACE && arg < BINOP_INPLACE + BINOP_COUNT))) {
            FAIL("bad binary operator");
        }
        POPV(2);
        PUSH(T_ANY);
        break;
    case OP_UNARY_POSITIVE:
    case OP_UNARY_NEGATIVE:
    case OP_UNARY_NOT:
    case OP_UNARY_INVERT:
    case OP_GET_ITER:
    case OP_GET_YIELD_FROM_ITER:
        POPV(1);
        PUSH(T_ANY);
        break;
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
        if ((op == OP_COMPARE_OP && arg > CMP_GE) || (op != OP_COMPARE_OP && arg > 1)) {
            FAIL("bad comparison operand");
        }
        POPV(2);
        PUSH(T_ANY);
        break;
    case OP_BINARY_SUBSCR:
        POPV(2);
        PUSH(T_ANY);
        break;
    case OP_STORE_SUBSCR:
        POPV(3);
        break;
    case OP_DELETE_SUBSCR:
        POPV(2);
        break;
    case OP_BUILD_SLICE:
        if (arg != 2 && arg != 3) {
            FAIL("bad BUILD_SLICE operand");
        }
        POPV(arg);
        PUSH(T_ANY);
        break;
    case OP_BUILD_TUPLE: {
        POPV(arg);
        bool cells = arg > 0;
        for (uint32_t j = 0; j < arg && cells; j++) {
            cells = TKIND(v->tmp[j]) == T_CELL;
        }
        PUSH(cells ? TY(T_CELLTUP, arg) : TY(T_TUPLE, arg < (1u << 23) ? arg + 1 : 0));
        break;
    }
    case OP_BUILD_LIST:
        POPV(arg);
        PUSH(T_LIST);
        break;
    case OP_BUILD_SET:
        POPV(arg);
        PUSH(T_SET);
        break;
    case OP_BUILD_MAP:
        POPV(2 * (int64_t)arg);
        PUSH(T_DICT);
        break;
    case OP_BUILD_STRING:
        POPV(arg);
        for (uint32_t j = 0; j < arg; j++) {
            if (TKIND(v->tmp[j]) != T_STR) {
                FAIL("BUILD_STRING of a value that may not be a str");
            }
        }
        PUSH(T_STR);
        break;
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_MAP_ADD:
    case OP_DICT_MERGE: {
        DEEP(arg);
        if (arg < 1) {
            FAIL("bad container operand");
        }
        POPV(op == OP_MAP_ADD ? 2 : 1);
        PEEK(arg);
        int want = (op == OP_LIST_APPEND || op == OP_LIST_EXTEND) ? T_LIST
                   : (op == OP_SET_ADD || op == OP_SET_UPDATE)    ? T_SET
                                                                  : T_DICT;
        ERR(need_kind(L, v, t, want, op_names[op]));
        if (op == OP_DICT_MERGE) {
            PEEK((int64_t)arg + 2);
            if (!is_val(t)) {
                FAIL("DICT_MERGE without a callable");
            }
        }
        break;
    }
    case OP_LIST_TO_TUPLE:
        POPN(1);
        ERR(need_kind(L, v, v->tmp[0], T_LIST, "LIST_TO_TUPLE"));
        PUSH(TY(T_TUPLE, 0));
        break;
    case OP_FORMAT_VALUE:
        if (arg > 7) {
            FAIL("bad FORMAT_VALUE operand");
        }
        if (arg & 4) {
            POPN(1);
            ERR(need_kind(L, v, v->tmp[0], T_STR, "a format spec"));
        }
        POPV(1);
        PUSH(T_STR);
        break;
    case OP_UNPACK_SEQUENCE:
        POPV(1);
        for (uint32_t j = 0; j < arg; j++) {
            PUSH(T_ANY);
        }
        break;
    case OP_UNPACK_EX: {
        uint32_t before = arg & 0xff, after = arg >> 8;
        POPV(1);
        peak = w.depth + 2; // the list is kept on the stack while the star list is built
        for (uint32_t j = 0; j < before + after + 1; j++) {
            PUSH(T_ANY);
        }
        break;
    }
    case OP_FOR_ITER:
        POPV(1);
        jw = w;
        target = arg;
        PUSH(T_ANY); // the iterator again
        PUSH(T_ANY); // the item
        break;
    case OP_JUMP:
        falls = false;
        target = arg;
        jw = w;
        break;
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: {
        POPV(1);
        uint32_t cond = v->tmp[0];
        target = arg;
        jw = w;
        if (TKIND(cond) == T_DICTCHK && (int64_t)TPARAM(cond) == w.depth - 1 &&
            (op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE)) {
            // MATCH_MAPPING said the tested slot (now the top) holds a dict on one branch.
            WState *sure = op == OP_POP_JUMP_IF_FALSE ? &w : &jw;
            ERR(vpopn(L, v, sure, 1));
            ERR(vpush(L, v, sure, T_DICT));
        }
        break;
    }
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        PEEK(1);
        if (!is_val(t)) {
            FAIL("NULL marker used as a value");
        }
        target = arg;
        jw = w;
        POPN(1);
        break;
    case OP_KW_NAMES: {
        if (arg >= nconsts || !code_const_is(co, arg, &kr_type_tuple)) {
            FAIL("KW_NAMES needs a tuple constant");
        }
        Tuple *names = AS_TUPLE(AS_TUPLE(co->consts)->items[arg]);
        for (int64_t j = 0; j < names->len; j++) {
            if (!IS_STR(names->items[j])) {
                FAIL("KW_NAMES needs string names");
            }
        }
        if (i + 1 >= v->n || (co->insns[i + 1] & 0xff) != OP_CALL ||
            (int64_t)(co->insns[i + 1] >> 8) < names->len) {
            FAIL("KW_NAMES must come right before a CALL with as many arguments");
        }
        break;
    }
    case OP_CALL: {
        POPV(arg);
        POPV(1); // callable, or self after a method
        uint32_t selfk = v->tmp[0];
        POPN(1); // NULL, or a method called with the self above it unchecked
        uint32_t m = TKIND(v->tmp[0]);
        if (!(m == T_NULL || (m == T_METH && TKIND(selfk) == T_SELF))) {
            FAIL("CALL without a NULL or a method paired with its self");
        }
        PUSH(T_ANY);
        break;
    }
    case OP_CALL_FUNCTION_EX:
        if (arg > 1) {
            FAIL("bad CALL_FUNCTION_EX operand");
        }
        if (arg) {
            POPN(1);
            ERR(need_kind(L, v, v->tmp[0], T_DICT, "CALL_FUNCTION_EX keywords"));
        }
        POPV(2);
        POPN(1);
        PUSH(T_ANY);
        break;
    case OP_MAKE_FUNCTION: {
        if (arg > 15) {
            FAIL("bad MAKE_FUNCTION operand");
        }
        POPN(1);
        if (TKIND(v->tmp[0]) != T_CODE) {
            FAIL("MAKE_FUNCTION of a value that may not be a code constant");
        }
        Code *fc = (Code *)AS_OBJ(AS_TUPLE(co->consts)->items[TPARAM(v->tmp[0])]);
        if ((fc->flags & CO_MODULE) || (bool)(arg & 8) != (fc->nfreevars > 0)) {
            FAIL("MAKE_FUNCTION with a mismatched closure");
        }
        if (arg & 8) {
            POPN(1);
            if (TKIND(v->tmp[0]) != T_CELLTUP || (int64_t)TPARAM(v->tmp[0]) != fc->nfreevars) {
                FAIL("MAKE_FUNCTION closure is not a tuple of its cells");
            }
        }
        if (arg & 4) {
            POPV(1);
        }
        if (arg & 2) {
            POPN(1);
            ERR(need_kind(L, v, v->tmp[0], T_DICT, "keyword defaults"));
        }
        if (arg & 1) {
            POPN(1);
            if (TKIND(v->tmp[0]) != T_TUPLE || TPARAM(v->tmp[0]) == 0 ||
                (int64_t)TPARAM(v->tmp[0]) - 1 > fc->argcount) {
                FAIL("MAKE_FUNCTION defaults must be a tuple no longer than the arguments");
            }
        }
        PUSH(T_ANY);
        break;
    }
    case OP_RETURN_VALUE:
        POPV(1);
        falls = false;
        break;
    case OP_YIELD_VALUE:
        if (!(co->flags & CO_GENERATOR)) {
            FAIL("yield outside a generator");
        }
        POPV(1);
        PUSH(T_ANY);
        break;
    case OP_SEND:
        POPV(1);
        PEEK(1);
        if (!is_val(t)) {
            FAIL("NULL marker used as a value");
        }
        target = arg;
        jw = w;
        ERR(vpopn(L, v, &jw, 1));
        ERR(vpush(L, v, &jw, T_ANY));
        PUSH(T_ANY);
        break;
    case OP_RAISE_VARARGS:
        if (arg > 2) {
            FAIL("bad RAISE_VARARGS operand");
        }
        POPV(arg);
        falls = false;
        break;
    case OP_RERAISE:
        if (arg > 1) {
            FAIL("bad RERAISE operand");
        }
        POPN(1);
        ERR(need_kind(L, v, v->tmp[0], T_EXC, "RERAISE"));
        if (arg) {
            POPN(1);
        }
        falls = false;
        break;
    case OP_PUSH_EXC_INFO:
        POPN(1);
        ERR(need_kind(L, v, v->tmp[0], T_EXC, "PUSH_EXC_INFO"));
        PUSH(T_ANY);
        PUSH(T_EXC);
        break;
    case OP_POP_EXCEPT:
        POPV(1);
        break;
    case OP_CHECK_EXC_MATCH:
        POPV(1);
        PEEK(1);
        ERR(need_kind(L, v, t, T_EXC, "CHECK_EXC_MATCH"));
        PUSH(T_ANY);
        break;
    case OP_LOAD_ASSERTION_ERROR:
        PUSH(T_ANY);
        break;
    case OP_IMPORT_STAR:
    case OP_PRINT_EXPR:
        POPV(1);
        break;
    case OP_BEFORE_WITH:
    case OP_WITH_EXCEPT_START:
    case OP_LOAD_BUILD_CLASS:
        falls = false; // always raises NotImplementedError
        break;
    case OP_NOT_IMPLEMENTED:
        if (arg >= nconsts) {
            FAIL("constant index out of range");
        }
        falls = false;
        break;
    case OP_GET_LEN:
    case OP_MATCH_SEQUENCE:
        PEEK(1);
        if (!is_val(t)) {
            FAIL("NULL marker used as a value");
        }
        PUSH(T_ANY);
        break;
    case OP_MATCH_MAPPING:
        PEEK(1);
        if (!is_val(t)) {
            FAIL("NULL marker used as a value");
        }
        PUSH(TY(T_DICTCHK, w.depth - 1));
        break;
    case OP_MATCH_KEYS:
        PEEK(1);
        ERR(need_kind(L, v, t, T_TUPLE, "MATCH_KEYS"));
        PEEK(2);
        ERR(need_kind(L, v, t, T_DICT, "MATCH_KEYS"));
        PUSH(T_ANY);
        break;
    case OP_MATCH_CLASS:
        POPN(1);
        ERR(need_kind(L, v, v->tmp[0], T_TUPLE, "MATCH_CLASS"));
        POPV(2);
        PUSH(T_ANY);
        break;
    case OP_COPY_DICT_WITHOUT_KEYS:
        POPN(1);
        ERR(need_kind(L, v, v->tmp[0], T_TUPLE, "COPY_DICT_WITHOUT_KEYS"));
        PEEK(1);
        ERR(need_kind(L, v, t, T_DICT, "COPY_DICT_WITHOUT_KEYS"));
        PUSH(T_DICT); // subj keys -- subj rest
        break;
    default:
        return bad(L, "code object %U uses opcode %d, which the snapshot verifier does not know",
                   co->qualname, (int)op);
    }
    if (peak > v->maxdepth) {
        if (peak > co->stacksize) {
            return bad(L, "code object %U exceeds its stack size", co->qualname);
        }
        v->maxdepth = (int32_t)peak;
    }
    lo = w.low; // slots below were neither popped nor rewritten
    if (!cannot_raise(op, arg, i)) {
        const ExcEntry *h = handler_for(co, i);
        if (h) {
            if (h->depth > lo) {
                return bad(L,
                           "code object %U: exception handler depth %d is above the stack at "
                           "instruction %d",
                           co->qualname, (int)h->depth, (int)i);
            }
            WState hw = in;
            int64_t drop = in.depth - h->depth;
            ERR(charge(L, v, (uint64_t)drop));
            for (int64_t j = 0; j < drop; j++) {
                hw.top = v->nodes[hw.top].parent;
                hw.depth--;
            }
            if (h->lasti) {
                ERR(vpush(L, v, &hw, T_INT));
            }
            ERR(vpush(L, v, &hw, T_EXC));
            ERR(vmerge(L, v, h->target, hw));
        }
    }
    if (target >= 0) {
        ERR(vmerge(L, v, (int32_t)(target < v->n ? target : -1), jw));
    }
    if (falls) {
        if (i + 1 >= v->n) {
            return bad(L, "code object %U runs past its last instruction", co->qualname);
        }
        ERR(vmerge(L, v, i + 1, w));
    }
    return 0;
#undef POPV
#undef POPN
#undef PUSH
#undef PEEK
#undef ERR
#undef FAIL
#undef DEEP
}

// Verifies [co] (its tables already type-checked); returns its states (caller frees).
static VState *verify_code(Loader *L, Code *co) {
    KrVm *vm = L->vm;
    VState *v = kr_mem_alloc(vm, sizeof(VState));
    if (!v) {
        return NULL;
    }
    memset(v, 0, sizeof *v);
    v->co = co;
    v->n = co->ninsns;
    size_t n = (size_t)co->ninsns;
    v->depth = kr_mem_alloc(vm, n * sizeof(int32_t));
    v->top = v->depth ? kr_mem_alloc(vm, n * sizeof(int32_t)) : NULL;
    v->work = v->top ? kr_mem_alloc(vm, n * sizeof(int32_t)) : NULL;
    v->queued = v->work ? kr_mem_alloc(vm, n) : NULL;
    v->cell = v->queued ? kr_mem_alloc(vm, (size_t)(co->nlocalsplus ? co->nlocalsplus : 1)) : NULL;
    if (!v->cell) {
        vs_free(vm, v);
        return NULL;
    }
    memset(v->depth, 0xff, n * sizeof(int32_t));
    memset(v->queued, 0, n);
    memset(v->cell, 0, (size_t)(co->nlocalsplus ? co->nlocalsplus : 1));
    v->budget = (uint64_t)n * 64 + ((uint64_t)1 << 24);
    // Every instruction decodes to a known opcode (even unreachable ones).
    for (int32_t i = 0; i < co->ninsns; i++) {
        if ((co->insns[i] & 0xff) >= OP_COUNT) {
            bad(L, "code object %U has an unknown opcode", co->qualname);
            vs_free(vm, v);
            return NULL;
        }
    }
    // The prologue: MAKE_CELL for each cell, then COPY_FREE_VARS for the free variables.
    int32_t p = 0;
    bool copied = false;
    int32_t nonfree = co->nlocalsplus - co->nfreevars;
    while (p < co->ninsns) {
        uint32_t op = co->insns[p] & 0xff, arg = co->insns[p] >> 8;
        if (op == OP_MAKE_CELL) {
            if ((int64_t)arg >= nonfree || v->cell[arg]) {
                bad(L, "code object %U has a bad MAKE_CELL", co->qualname);
                vs_free(vm, v);
                return NULL;
            }
            v->cell[arg] = 1;
        } else if (op == OP_COPY_FREE_VARS && !copied) {
            if ((int32_t)arg != co->nfreevars || co->nfreevars == 0) {
                bad(L, "code object %U has a bad COPY_FREE_VARS", co->qualname);
                vs_free(vm, v);
                return NULL;
            }
            copied = true;
            for (int32_t j = nonfree; j < co->nlocalsplus; j++) {
                v->cell[j] = 1;
            }
        } else {
            break;
        }
        p++;
    }
    if (co->nfreevars > 0 && !copied) {
        bad(L, "code object %U does not set up its free variables", co->qualname);
        vs_free(vm, v);
        return NULL;
    }
    v->prologue = p;
    for (int32_t i = 0; i < co->nexctab; i++) {
        if (co->exctab[i].start < p && co->exctab[i].end > 0) {
            bad(L, "code object %U has an exception handler over its prologue", co->qualname);
            vs_free(vm, v);
            return NULL;
        }
    }
    if (p >= co->ninsns) {
        bad(L, "code object %U has no instructions after its prologue", co->qualname);
        vs_free(vm, v);
        return NULL;
    }
    v->depth[p] = 0;
    v->top[p] = -1;
    v->queued[p] = 1;
    v->work[v->nwork++] = p;
    while (v->nwork) {
        int32_t i = v->work[--v->nwork];
        v->queued[i] = 0;
        if (vstep(L, v, i) < 0) {
            vs_free(vm, v);
            return NULL;
        }
    }
    return v;
}

// The verifier's states for [co] (cached for consecutive frames of the same code).
static VState *states_for(Loader *L, Code *co) {
    if (L->vs && L->vs->co == co) {
        return L->vs;
    }
    vs_free(L->vm, L->vs);
    L->vs = verify_code(L, co);
    return L->vs;
}

// ----- Records -----

static int check_str_tuple(Loader *L, Value t, const char *what) {
    if (!IS_TUPLE(t)) {
        return bad(L, "snapshot is corrupt (%s is not a tuple)", what);
    }
    for (int64_t i = 0; i < AS_TUPLE(t)->len; i++) {
        if (!IS_STR(AS_TUPLE(t)->items[i])) {
            return bad(L, "snapshot is corrupt (%s holds a non-string)", what);
        }
    }
    return 0;
}

static Value r_code(Loader *L) {
    KrVm *vm = L->vm;
    int32_t ints[9];
    for (int i = 0; i < 9; i++) {
        if (r_i32(L, &ints[i]) < 0) {
            return VAL_EXC;
        }
    }
    Value vals[7];
    for (int i = 0; i < 7; i++) {
        if (r_val(L, &vals[i]) < 0) {
            return VAL_EXC;
        }
    }
    int32_t argc = ints[0], posonly = ints[1], kwonly = ints[2], flags = ints[3], nlocals = ints[4],
            ncells = ints[5], nfree = ints[6], stacksize = ints[7];
    if (check_str_tuple(L, vals[1], "a code object's names") < 0 ||
        check_str_tuple(L, vals[2], "a code object's local names") < 0) {
        return VAL_EXC;
    }
    int64_t extra = ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
    if (!IS_TUPLE(vals[0]) || !IS_STR(vals[3]) || !IS_STR(vals[4]) || !IS_STR(vals[5]) ||
        !(IS_STR(vals[6]) || IS_NONE(vals[6])) || nlocals < 0 || nlocals > MAX_STACK ||
        AS_TUPLE(vals[2])->len != nlocals || argc < 0 || posonly < 0 || posonly > argc ||
        kwonly < 0 || (int64_t)argc + kwonly + extra > nlocals || ncells < 0 || ncells > nlocals ||
        nfree < 0 || nfree > nlocals || stacksize < 0 || stacksize > MAX_STACK ||
        ((flags & CO_GENERATOR) && (flags & CO_MODULE))) {
        bad(L, "snapshot is corrupt (inconsistent code object)");
        return VAL_EXC;
    }
    int64_t ninsns;
    if (r_count(L, 1, &ninsns) < 0) {
        return VAL_EXC;
    }
    if (ninsns < 1 || ninsns > INT32_MAX / 64) {
        bad(L, "snapshot is corrupt (bad instruction count)");
        return VAL_EXC;
    }
    Code *co = kr_gc_alloc(vm, &kr_type_code, sizeof(Code));
    if (!co) {
        return VAL_EXC;
    }
    co->consts = vals[0];
    co->names = vals[1];
    co->localnames = vals[2];
    co->name = vals[3];
    co->qualname = vals[4];
    co->filename = vals[5];
    co->source = vals[6];
    co->argcount = argc;
    co->posonlyargcount = posonly;
    co->kwonlyargcount = kwonly;
    co->flags = flags;
    co->nlocalsplus = nlocals;
    co->ncellvars = ncells;
    co->nfreevars = nfree;
    co->stacksize = stacksize;
    co->firstlineno = ints[8];
    co->insns = kr_mem_alloc(vm, (size_t)ninsns * sizeof(uint32_t));
    if (!co->insns) {
        return VAL_EXC;
    }
    co->ninsns = (int32_t)ninsns;
    co->lines = kr_mem_alloc(vm, (size_t)ninsns * sizeof(LineInfo));
    if (!co->lines) {
        return VAL_EXC;
    }
    memset(co->lines, 0, (size_t)ninsns * sizeof(LineInfo));
    for (int64_t i = 0; i < ninsns; i++) {
        uint64_t wv;
        if (r_uv(L, &wv) < 0) {
            return VAL_EXC;
        }
        if (wv > UINT32_MAX) {
            bad(L, "snapshot is corrupt (bad instruction)");
            return VAL_EXC;
        }
        co->insns[i] = (uint32_t)wv;
    }
    for (int64_t i = 0; i < ninsns; i++) {
        int32_t li[4];
        for (int j = 0; j < 4; j++) {
            if (r_i32(L, &li[j]) < 0) {
                return VAL_EXC;
            }
        }
        if (li[2] < -1 || li[2] > INT16_MAX || li[3] < -1 || li[3] > INT16_MAX) {
            bad(L, "snapshot is corrupt (bad column)");
            return VAL_EXC;
        }
        co->lines[i] = (LineInfo){li[0], li[1], (int16_t)li[2], (int16_t)li[3]};
    }
    int64_t nexc;
    if (r_count(L, 5, &nexc) < 0) {
        return VAL_EXC;
    }
    if (nexc > 0) {
        co->exctab = kr_mem_alloc(vm, (size_t)nexc * sizeof(ExcEntry));
        if (!co->exctab) {
            return VAL_EXC;
        }
        co->nexctab = (int32_t)nexc;
        memset(co->exctab, 0, (size_t)nexc * sizeof(ExcEntry));
    }
    for (int64_t i = 0; i < nexc; i++) {
        int32_t e[5];
        for (int j = 0; j < 5; j++) {
            if (r_i32(L, &e[j]) < 0) {
                return VAL_EXC;
            }
        }
        if (e[0] < 0 || e[0] > e[1] || e[1] > ninsns || e[2] < 0 || e[2] >= ninsns || e[3] < 0 ||
            e[3] > stacksize || (e[4] != 0 && e[4] != 1)) {
            bad(L, "snapshot is corrupt (bad exception table entry)");
            return VAL_EXC;
        }
        co->exctab[i] = (ExcEntry){e[0], e[1], e[2], e[3], e[4]};
    }
    VState *v = verify_code(L, co);
    if (!v) {
        return VAL_EXC;
    }
    // The stack size the verifier proved is what frames get (never more than was claimed).
    co->stacksize = v->maxdepth;
    vs_free(vm, v);
    return kr_obj(co);
}

static Value r_bigint(Loader *L) {
    unsigned neg;
    int64_t n;
    if (r_u8(L, &neg) < 0 || r_count(L, 4, &n) < 0) {
        return VAL_EXC;
    }
    if (neg > 1 || n < 2) {
        bad(L, "snapshot is corrupt (bad int)");
        return VAL_EXC;
    }
    BigInt *b = kr_gc_alloc(L->vm, &kr_type_int, sizeof(BigInt) + (size_t)n * sizeof(uint32_t));
    if (!b) {
        return VAL_EXC;
    }
    b->cap = n;
    b->size = neg ? -n : n;
    for (int64_t i = 0; i < n; i++) {
        uint8_t d[4];
        if (r_raw(L, d, 4) < 0) {
            return VAL_EXC;
        }
        b->d[i] =
            (uint32_t)d[0] | (uint32_t)d[1] << 8 | (uint32_t)d[2] << 16 | (uint32_t)d[3] << 24;
    }
    uint64_t m = b->d[0] | (uint64_t)b->d[1] << 32;
    if (b->d[n - 1] == 0 ||
        (n == 2 && (m <= (uint64_t)INT64_MAX || (neg && m == (uint64_t)1 << 63)))) {
        bad(L, "snapshot is corrupt (int not in canonical form)");
        return VAL_EXC;
    }
    return kr_obj(b);
}

static Value resolve_native(Loader *L) {
    KrVm *vm = L->vm;
    unsigned where;
    if (r_u8(L, &where) < 0) {
        return VAL_EXC;
    }
    Dict *d = NULL;
    const char *s;
    size_t n;
    if (where == 0) {
        if (kr_builtins_fill(vm) < 0) {
            return VAL_EXC;
        }
        d = vm->builtins;
    } else if (where == 1) {
        if (r_str_bytes(L, &s, &n) < 0) {
            return VAL_EXC;
        }
        Value name = kr_str_new(vm, s, n);
        Value m = IS_EXC(name) ? name : kr_import(vm, name);
        if (IS_EXC(m)) {
            return VAL_EXC;
        }
        if (!kr_isa(m, &kr_type_module)) {
            bad(L, "snapshot refers to an unknown module");
            return VAL_EXC;
        }
        d = ((Module *)AS_OBJ(m))->dict;
    } else if (where == 2 || where == 3) {
        uint64_t id;
        if (r_uv(L, &id) < 0) {
            return VAL_EXC;
        }
        if (id >= (uint64_t)(where == 2 ? TY_COUNT : EXC_COUNT)) {
            bad(L, "snapshot is corrupt (bad class id)");
            return VAL_EXC;
        }
        TypeObj *c = where == 2 ? vm->classes[id] : vm->exc_classes[id];
        if (!c && (where == 3 || id != TY_EXCEPTION)) {
            // classes are made on first use
            c = where == 2 ? kr_class_by_id(vm, (int)id) : kr_exc_class(vm, (int)id);
            if (!c) {
                return VAL_EXC;
            }
        }
        d = c ? kr_class_dict(vm, c) : NULL;
        if (c && !d) {
            return VAL_EXC;
        }
    } else {
        bad(L, "snapshot is corrupt (bad built-in function location)");
        return VAL_EXC;
    }
    if (r_str_bytes(L, &s, &n) < 0) {
        return VAL_EXC;
    }
    Value key = kr_str_new(vm, s, n);
    if (IS_EXC(key)) {
        return VAL_EXC;
    }
    Value f = d ? kr_dict_get_str(vm, d, AS_STR(key)) : VAL_UNDEF;
    if (!(IS_OBJ(f) && AS_OBJ(f)->type == &kr_type_builtin &&
          IS_UNDEF(((NativeObj *)AS_OBJ(f))->self))) {
        bad(L, "snapshot refers to an unknown built-in function '%U'", key);
        return VAL_EXC;
    }
    return f;
}

// Section A: one record. Immutable objects complete; mutable ones empty.
static Value r_record(Loader *L, unsigned kind) {
    KrVm *vm = L->vm;
    switch (kind) {
    case R_STR: {
        unsigned interned;
        const char *s;
        size_t n;
        if (r_u8(L, &interned) < 0 || r_str_bytes(L, &s, &n) < 0) {
            return VAL_EXC;
        }
        if (interned) {
            return kr_str_intern(vm, s, n);
        }
        return n == 0 ? vm->empty_str : kr_str_new(vm, s, n);
    }
    case R_BYTES: {
        const uint8_t *p;
        size_t n;
        if (r_bytes(L, &p, &n) < 0) {
            return VAL_EXC;
        }
        return kr_bytes_new(vm, p, n);
    }
    case R_BIGINT:
        return r_bigint(L);
    case R_COMPLEX: {
        double re, im;
        if (r_f64(L, &re) < 0 || r_f64(L, &im) < 0) {
            return VAL_EXC;
        }
        return kr_complex_new(vm, re, im);
    }
    case R_BYTEARRAY: {
        const uint8_t *p;
        size_t n;
        if (r_bytes(L, &p, &n) < 0) {
            return VAL_EXC;
        }
        return kr_bytearray_new(vm, p, n);
    }
    case R_TUPLE: {
        int64_t n;
        if (r_count(L, 1, &n) < 0) {
            return VAL_EXC;
        }
        if (n == 0) {
            return vm->empty_tuple;
        }
        Tuple *t = kr_tuple_new(vm, n);
        if (!t) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < n; i++) {
            if (r_pyval(L, &t->items[i]) < 0) {
                return VAL_EXC;
            }
        }
        return kr_obj(t);
    }
    case R_FROZENSET: {
        Set *s = kr_set_new(vm, true);
        if (!s || r_set_layout(L, s) < 0) {
            return VAL_EXC;
        }
        return kr_obj(s);
    }
    case R_RANGE: {
        Value a, b, c;
        if (r_val(L, &a) < 0 || r_val(L, &b) < 0 || r_val(L, &c) < 0) {
            return VAL_EXC;
        }
        if (!kr_is_int(a) || !kr_is_int(b) || !kr_is_int(c) || kr_int_sign(c) == 0) {
            bad(L, "snapshot is corrupt (bad range)");
            return VAL_EXC;
        }
        return kr_range_new_values(vm, a, b, c);
    }
    case R_SLICE: {
        Value a, b, c;
        if (r_pyval(L, &a) < 0 || r_pyval(L, &b) < 0 || r_pyval(L, &c) < 0) {
            return VAL_EXC;
        }
        return kr_slice_new(vm, a, b, c);
    }
    case R_CODE:
        return r_code(L);
    case R_HOSTFN: {
        Value name;
        if (r_val(L, &name) < 0) {
            return VAL_EXC;
        }
        if (!IS_STR(name)) {
            bad(L, "snapshot is corrupt (bad host function)");
            return VAL_EXC;
        }
        return kr_host_fn_new(vm, name);
    }
    case R_CLASS: {
        unsigned exc;
        uint64_t id;
        if (r_u8(L, &exc) < 0 || r_uv(L, &id) < 0) {
            return VAL_EXC;
        }
        if (exc > 1 || id >= (uint64_t)(exc ? EXC_COUNT : TY_COUNT)) {
            bad(L, "snapshot is corrupt (bad class id)");
            return VAL_EXC;
        }
        TypeObj *c = exc ? vm->exc_classes[id] : vm->classes[id];
        if (!c && (exc || id != TY_EXCEPTION)) {
            // classes are made on first use
            c = exc ? kr_exc_class(vm, (int)id) : kr_class_by_id(vm, (int)id);
            if (!c) {
                return VAL_EXC;
            }
        }
        if (!c) {
            bad(L, "snapshot is corrupt (bad class id)");
            return VAL_EXC;
        }
        return kr_obj(c);
    }
    case R_SINGLETON: {
        unsigned which;
        if (r_u8(L, &which) < 0) {
            return VAL_EXC;
        }
        if (which > 1) {
            bad(L, "snapshot is corrupt (bad singleton)");
            return VAL_EXC;
        }
        return which ? vm->ellipsis : vm->notimpl;
    }
    case R_NATIVE:
        return resolve_native(L);
    case R_BMODULE: {
        const char *s;
        size_t n;
        if (r_str_bytes(L, &s, &n) < 0) {
            return VAL_EXC;
        }
        Value name = kr_str_new(vm, s, n);
        Value m = IS_EXC(name) ? name : kr_import(vm, name);
        if (!IS_EXC(m) && !kr_isa(m, &kr_type_module)) {
            bad(L, "snapshot refers to an unknown module");
            return VAL_EXC;
        }
        // The module's state objects (bmodule_state): rebound in the imported module.
        uint64_t nst;
        if (IS_EXC(m) || r_uv(L, &nst) < 0) {
            return VAL_EXC;
        }
        if (nst > 4) {
            bad(L, "snapshot is corrupt (bad module state)");
            return VAL_EXC;
        }
        for (uint64_t i = 0; i < nst; i++) {
            Value k, v;
            if (r_val(L, &k) < 0 || r_val(L, &v) < 0) {
                return VAL_EXC;
            }
            const char *vmod = IS_OBJ(v) && modsnap_of(AS_OBJ(v)->type)
                                   ? kr_modtype_module(AS_OBJ(v)->type->id)
                                   : NULL;
            if (!IS_STR(k) || !vmod || strcmp(vmod, AS_STR(name)->data) != 0) {
                bad(L, "snapshot is corrupt (bad module state)");
                return VAL_EXC;
            }
            if (kr_dict_set(vm, ((Module *)AS_OBJ(m))->dict, k, v) < 0) {
                return VAL_EXC;
            }
        }
        return m;
    }
    case R_OBJECT: {
        Obj *ob = kr_gc_alloc(vm, &kr_type_object, sizeof(Obj));
        return ob ? kr_obj(ob) : VAL_EXC;
    }
    case R_LIST: {
        List *l = kr_list_new(vm, 0);
        return l ? kr_obj(l) : VAL_EXC;
    }
    case R_DICT: {
        Dict *d = kr_dict_new(vm);
        return d ? kr_obj(d) : VAL_EXC;
    }
    case R_SET: {
        Set *s = kr_set_new(vm, false);
        return s ? kr_obj(s) : VAL_EXC;
    }
    case R_CELL:
        return kr_cell_new(vm, VAL_UNDEF);
    case R_FUNC: {
        FuncObj *f = kr_gc_alloc(vm, &kr_type_function, sizeof(FuncObj));
        if (!f) {
            return VAL_EXC;
        }
        f->defaults = f->kwdefaults = f->closure = f->dict = VAL_UNDEF;
        f->name = f->qualname = vm->empty_str;
        f->doc = VAL_NONE;
        return kr_obj(f);
    }
    case R_METHOD: {
        BoundMethod *m = kr_gc_alloc(vm, &kr_type_method, sizeof(BoundMethod));
        if (!m) {
            return VAL_EXC;
        }
        m->func = m->self = VAL_NONE;
        return kr_obj(m);
    }
    case R_EXC: {
        ExcObj *e = kr_exc_new(vm, vm->exc_classes[EXC_BaseException], vm->empty_tuple);
        return e ? kr_obj(e) : VAL_EXC;
    }
    case R_GEN: {
        GenObj *g = kr_gc_alloc(vm, &kr_type_generator, sizeof(GenObj));
        if (!g) {
            return VAL_EXC;
        }
        g->state = GEN_DONE;
        g->name = g->qualname = vm->empty_str;
        return kr_obj(g);
    }
    case R_MODULE: {
        Module *m = kr_gc_alloc(vm, &kr_type_module, sizeof(Module));
        if (!m) {
            return VAL_EXC;
        }
        m->name = vm->empty_str;
        m->dict = kr_dict_new(vm);
        return m->dict ? kr_obj(m) : VAL_EXC;
    }
    case R_ITER: {
        uint64_t id;
        if (r_uv(L, &id) < 0) {
            return VAL_EXC;
        }
        const Type *t = id < TY_COUNT ? type_by_id((int)id) : NULL;
        if (!t || !snap_fn_for(t)) {
            bad(L, "snapshot is corrupt (bad iterator type)");
            return VAL_EXC;
        }
        Obj *o = kr_gc_alloc(vm, t, t->basic_size);
        return o ? kr_obj(o) : VAL_EXC;
    }
    case R_MODOBJ: {
        uint64_t id;
        int64_t n;
        if (r_uv(L, &id) < 0) {
            return VAL_EXC;
        }
        const Type *t = id < TY_COUNT ? type_by_id((int)id) : NULL;
        const ModTypeSnap *sn = t ? modsnap_of(t) : NULL;
        if (!sn) {
            bad(L, "snapshot is corrupt (bad module object type)");
            return VAL_EXC;
        }
        if (!kr_modclass(vm, (int)id) || r_count(L, 1, &n) < 0) {
            return VAL_EXC;
        }
        int64_t *nums = kr_mem_alloc(vm, (size_t)(n ? n : 1) * sizeof(int64_t));
        if (!nums) {
            return VAL_EXC;
        }
        int rc = 0;
        for (int64_t i = 0; i < n && rc == 0; i++) {
            rc = r_sv(L, &nums[i]);
        }
        Obj *o = rc == 0 ? sn->alloc(vm, t, nums, n) : NULL;
        kr_mem_free(vm, nums, (size_t)(n ? n : 1) * sizeof(int64_t));
        if (o && o->type != t) {
            bad(L, "snapshot is corrupt (bad module object)");
            return VAL_EXC;
        }
        return o ? kr_obj(o) : VAL_EXC;
    }
    case R_NATIVE_BOUND: {
        Value base = resolve_native(L);
        if (IS_EXC(base)) {
            return base;
        }
        NativeObj *b = (NativeObj *)AS_OBJ(base);
        return kr_native_new(vm, b->def, VAL_NONE, b->owner);
    }
    default:
        bad(L, "snapshot is corrupt (bad record kind %d)", (int)kind);
        return VAL_EXC;
    }
}

static bool is_cell_tuple(Value v, int64_t n) {
    if (!IS_TUPLE(v) || AS_TUPLE(v)->len != n) {
        return false;
    }
    for (int64_t i = 0; i < n; i++) {
        if (!kr_isa(AS_TUPLE(v)->items[i], &kr_type_cell)) {
            return false;
        }
    }
    return true;
}

// Section B: the body of shell [o].
static int r_body(Loader *L, Value ov, unsigned kind) {
    KrVm *vm = L->vm;
    Obj *o = AS_OBJ(ov);
    switch (kind) {
    case R_LIST: {
        int64_t n;
        if (r_count(L, 1, &n) < 0) {
            return -1;
        }
        for (int64_t i = 0; i < n; i++) {
            Value x;
            if (r_pyval(L, &x) < 0 || kr_list_append(vm, (List *)o, x) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case R_DICT: {
        int64_t n;
        if (r_count(L, 2, &n) < 0) {
            return -1;
        }
        for (int64_t i = 0; i < n; i++) {
            Value k, x;
            if (r_pyval(L, &k) < 0 || r_pyval(L, &x) < 0 || kr_dict_set(vm, (Dict *)o, k, x) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case R_SET:
        return r_set_layout(L, (Set *)o);
    case R_CELL:
        return r_val(L, &((Cell *)o)->v);
    case R_FUNC: {
        Value f[9];
        for (int i = 0; i < 9; i++) {
            if (r_val(L, &f[i]) < 0) {
                return -1;
            }
        }
        if (!kr_isa(f[0], &kr_type_code) || !IS_DICT(f[1])) {
            return bad(L, "snapshot is corrupt (bad function)");
        }
        Code *co = (Code *)AS_OBJ(f[0]);
        bool ok =
            !(co->flags & CO_MODULE) &&
            (IS_UNDEF(f[2]) || (IS_TUPLE(f[2]) && AS_TUPLE(f[2])->len <= co->argcount)) &&
            (IS_UNDEF(f[3]) || IS_DICT(f[3])) &&
            (co->nfreevars > 0 ? is_cell_tuple(f[4], co->nfreevars)
                               : (IS_UNDEF(f[4]) ||
                                  (IS_TUPLE(f[4]) && is_cell_tuple(f[4], AS_TUPLE(f[4])->len)))) &&
            IS_STR(f[5]) && IS_STR(f[6]) && !IS_UNDEF(f[7]) && (IS_UNDEF(f[8]) || IS_DICT(f[8]));
        if (!ok) {
            return bad(L, "snapshot is corrupt (bad function)");
        }
        FuncObj *fn = (FuncObj *)o;
        fn->code = co;
        fn->globals = AS_DICT(f[1]);
        fn->defaults = f[2];
        fn->kwdefaults = f[3];
        fn->closure = f[4];
        fn->name = f[5];
        fn->qualname = f[6];
        fn->doc = f[7];
        fn->dict = f[8];
        return 0;
    }
    case R_METHOD: {
        BoundMethod *m = (BoundMethod *)o;
        if (r_pyval(L, &m->func) < 0 || r_pyval(L, &m->self) < 0) {
            return -1;
        }
        // Only Python functions are bound this way (CALL unpacks the pair unchecked).
        return kr_isa(m->func, &kr_type_function) ? 0 : bad(L, "snapshot is corrupt (bad method)");
    }
    case R_NATIVE_BOUND:
        return r_pyval(L, &((NativeObj *)o)->self);
    case R_MODULE: {
        Value name, d;
        if (r_val(L, &name) < 0 || r_val(L, &d) < 0) {
            return -1;
        }
        if (!IS_STR(name) || !IS_DICT(d)) {
            return bad(L, "snapshot is corrupt (bad module)");
        }
        ((Module *)o)->name = name;
        ((Module *)o)->dict = AS_DICT(d);
        return 0;
    }
    case R_EXC: {
        ExcObj *e = (ExcObj *)o;
        Value cls, args, cause, context;
        unsigned sup;
        int64_t ntb;
        if (r_val(L, &cls) < 0 || r_val(L, &args) < 0 || r_val(L, &cause) < 0 ||
            r_val(L, &context) < 0 || r_u8(L, &sup) < 0 || r_count(L, 2, &ntb) < 0) {
            return -1;
        }
        if (!IS_TYPEOBJ(cls) || AS_TYPEOBJ(cls)->exc_id < 0 || !IS_TUPLE(args) ||
            !(IS_NONE(cause) || IS_EXCOBJ(cause)) || !(IS_NONE(context) || IS_EXCOBJ(context)) ||
            sup > 1) {
            return bad(L, "snapshot is corrupt (bad exception)");
        }
        e->cls = AS_TYPEOBJ(cls);
        e->args = args;
        e->cause = cause;
        e->context = context;
        e->suppress_context = sup != 0;
        e->tb = NULL;
        TbEntry *last = NULL;
        for (int64_t i = 0; i < ntb; i++) {
            Value code;
            int32_t insn;
            if (r_val(L, &code) < 0 || r_i32(L, &insn) < 0) {
                return -1;
            }
            if (!kr_isa(code, &kr_type_code) || insn < -1 ||
                insn >= ((Code *)AS_OBJ(code))->ninsns) {
                return bad(L, "snapshot is corrupt (bad traceback)");
            }
            TbEntry *t = kr_gc_alloc(vm, &kr_type_traceback, sizeof(TbEntry));
            if (!t) {
                return -1;
            }
            t->code = (Code *)AS_OBJ(code);
            t->insn = insn;
            if (last) {
                last->next = t;
            } else {
                e->tb = t;
            }
            last = t;
        }
        Value value, extra, attrs, hint;
        if (r_pyval(L, &value) < 0 || r_val(L, &extra) < 0 || r_val(L, &attrs) < 0 ||
            r_val(L, &hint) < 0) {
            return -1;
        }
        bool ok = (IS_NONE(extra) || IS_TUPLE(extra)) && (IS_UNDEF(attrs) || IS_DICT(attrs)) &&
                  (IS_UNDEF(hint) || IS_NONE(hint) || IS_TUPLE(hint));
        if (ok && IS_TUPLE(hint) && AS_TUPLE(hint)->len == 2 &&
            IS_TUPLE(AS_TUPLE(hint)->items[0])) {
            Tuple *names = AS_TUPLE(AS_TUPLE(hint)->items[0]);
            for (int64_t i = 0; i < names->len && ok; i++) {
                ok = IS_STR(names->items[i]);
            }
        }
        if (!ok) {
            return bad(L, "snapshot is corrupt (bad exception)");
        }
        e->value = value;
        e->extra = extra;
        e->attrs = attrs;
        e->hint = hint;
        return 0;
    }
    case R_GEN: {
        GenObj *g = (GenObj *)o;
        unsigned state, owned;
        Value name, qualname;
        if (r_u8(L, &state) < 0 || r_u8(L, &owned) < 0 || r_val(L, &name) < 0 ||
            r_val(L, &qualname) < 0) {
            return -1;
        }
        if (state > GEN_DONE || owned > 1 || !IS_STR(name) || !IS_STR(qualname)) {
            return bad(L, "snapshot is corrupt (bad generator)");
        }
        g->state = (uint8_t)state; // the frame comes in section C or with the frame chain
        g->loop_owned = (uint8_t)owned;
        g->name = name;
        g->qualname = qualname;
        return 0;
    }
    case R_ITER: {
        Value vals[3];
        int64_t nums[4];
        for (int i = 0; i < 3; i++) {
            if (r_val(L, &vals[i]) < 0) {
                return -1;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (r_sv(L, &nums[i]) < 0) {
                return -1;
            }
        }
        return snap_fn_for(o->type)(vm, o, vals, nums, true);
    }
    case R_MODOBJ: {
        int64_t n;
        if (r_count(L, 1, &n) < 0) {
            return -1;
        }
        Value *vals = kr_mem_alloc(vm, (size_t)(n ? n : 1) * sizeof(Value));
        if (!vals) {
            return -1;
        }
        int rc = 0;
        for (int64_t i = 0; i < n && rc == 0; i++) {
            rc = r_val(L, &vals[i]);
        }
        if (rc == 0) {
            rc = modsnap_of(o->type)->fill(vm, o, vals, n);
        }
        kr_mem_free(vm, vals, (size_t)(n ? n : 1) * sizeof(Value));
        return rc;
    }
    default:
        return 0;
    }
}

// Whether [d] holds the very object [o] as a value.
static bool dict_holds(Dict *d, Obj *o) {
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (IS_OBJ(v) && AS_OBJ(v) == o) {
            return true;
        }
    }
    return false;
}

// Whether [m] is what LOAD_METHOD would have found on [self]: an unbound method native of
// self's class or one of its bases (CALL then passes self to it unchecked).
static bool method_fits(KrVm *vm, Value m, Value self) {
    if (!kr_isa(m, &kr_type_builtin)) {
        return false;
    }
    NativeObj *n = (NativeObj *)AS_OBJ(m);
    if (!IS_UNDEF(n->self) || !(n->hdr.flags & NATIVE_OBJ_METHOD) ||
        (n->def->flags & (NATIVE_STATIC | NATIVE_CLASS))) {
        return false;
    }
    for (TypeObj *c = kr_class_of(vm, self); c; c = c->base) {
        if (c->dict && dict_holds(c->dict, &n->hdr)) {
            return true;
        }
    }
    return false;
}

// A bound built-in [n] passes its self to the native unchecked: it must be what binding the
// method to an instance (or a classmethod to a class) produced.
static bool bound_fits(KrVm *vm, NativeObj *n, TypeObj *c) {
    if (!c || !c->dict) {
        return false;
    }
    Value key;
    if (!find_in_dict(c->dict, n->def, &key)) {
        return false;
    }
    if (n->def->flags & NATIVE_CLASS) {
        return IS_TYPEOBJ(n->self) && kr_class_is_subclass(AS_TYPEOBJ(n->self), c);
    }
    return kr_isinstance_type(vm, n->self, c);
}

static bool bound_native_ok(KrVm *vm, NativeObj *n) {
    if (n->def->flags & NATIVE_STATIC) {
        return false; // builtins, module functions and static methods are never bound
    }
    // The classes binding could have found it on: self's (a classmethod: self itself) and its
    // bases. Their dicts may not be built yet in this VM (the dunder wrappers are shared by
    // every class, so the saved location may name another class).
    TypeObj *start = (n->def->flags & NATIVE_CLASS) ? (IS_TYPEOBJ(n->self) ? AS_TYPEOBJ(n->self)
                                                                         : NULL)
                                                    : kr_class_of(vm, n->self);
    for (TypeObj *c = start; c; c = c->base) {
        Value key;
        Dict *d = kr_class_dict(vm, c);
        if (!d) {
            kr_exc_take(vm); // out of memory: fall back to the classes already built
            break;
        }
        if (find_in_dict(d, n->def, &key)) {
            return true;
        }
    }
    for (int i = 0; i < TY_COUNT; i++) {
        if (bound_fits(vm, n, vm->classes[i])) {
            return true;
        }
    }
    for (int i = 0; i < EXC_COUNT; i++) {
        if (bound_fits(vm, n, vm->exc_classes[i])) {
            return true;
        }
    }
    return false;
}

// Checks a stack or local value against the verifier's kind for its slot.
static bool value_fits(Value x, uint32_t t, Code *co) {
    switch (TKIND(t)) {
    case T_NULL:
        return IS_UNDEF(x);
    case T_MAYBE_NULL:
        return true;
    case T_LIST:
        return IS_LIST(x);
    case T_SET:
        return kr_isa(x, &kr_type_set);
    case T_DICT:
        return IS_DICT(x);
    case T_TUPLE:
        return IS_TUPLE(x) && (TPARAM(t) == 0 || AS_TUPLE(x)->len == (int64_t)TPARAM(t) - 1);
    case T_STR:
        return IS_STR(x);
    case T_EXC:
        return IS_EXCOBJ(x);
    case T_CELL:
        return kr_isa(x, &kr_type_cell);
    case T_INT:
        return IS_INT(x);
    case T_CELLTUP:
        return is_cell_tuple(x, TPARAM(t));
    case T_CODE:
        return IS_OBJ(x) && TPARAM(t) < (uint32_t)AS_TUPLE(co->consts)->len &&
               AS_OBJ(x) == AS_OBJ(AS_TUPLE(co->consts)->items[TPARAM(t)]);
    case T_DICTCHK:
        return IS_BOOL(x);
    case T_METH:
        return IS_UNDEF(x) || kr_isa(x, &kr_type_builtin); // checked with its self below
    default:
        return !IS_UNDEF(x);
    }
}

// What the instruction before a frame's resume point must be.
enum { WAIT_FRESH, WAIT_YIELD, WAIT_HOST, WAIT_CALLEE };

static bool waits_ok(int waits, uint32_t op) {
    switch (waits) {
    case WAIT_YIELD:
        return op == OP_YIELD_VALUE;
    case WAIT_HOST:
        return op == OP_CALL;
    case WAIT_CALLEE:
        // CONTAINS_OP and BINARY_OP (`x in gen`, `l += gen`) wait for a prelude function in
        // iterative host mode (vm.c: divert_frame).
        return op == OP_CALL || op == OP_CALL_FUNCTION_EX || op == OP_FOR_ITER || op == OP_SEND ||
               op == OP_CONTAINS_OP || op == OP_BINARY_OP;
    default:
        return false;
    }
}

// A frame waiting for a prelude function that turns a generator operand into a list or tuple
// resumes by running its instruction again ([*gen], {*gen}, a, b = gen, a, *b = gen): its pc
// points at that instruction, whose operand the callee's result becomes. Every value those
// instructions accept as that operand is checked when they run.
static bool reexec_ok(int waits, uint32_t op) {
    return waits == WAIT_CALLEE && (op == OP_LIST_EXTEND || op == OP_SET_UPDATE ||
                                    op == OP_UNPACK_SEQUENCE || op == OP_UNPACK_EX);
}

// Reads a frame: for a generator [g] (owned by it) or on the data stack. [waits]: what it
// waits for (WAIT_FRESH: a generator that has not started).
typedef struct FrameIn {
    Frame *f;
    size_t bytes; // generator frames: the allocation size
} FrameIn;

static int r_frame(Loader *L, GenObj *g, int waits, bool bottom, FrameIn *out) {
    KrVm *vm = L->vm;
    Value code, func, globals;
    uint64_t pc, depth;
    if (r_val(L, &code) < 0 || r_val(L, &func) < 0 || r_val(L, &globals) < 0 || r_uv(L, &pc) < 0 ||
        r_uv(L, &depth) < 0) {
        return -1;
    }
    if (!kr_isa(code, &kr_type_code) || !IS_DICT(globals)) {
        return bad(L, "snapshot is corrupt (bad frame)");
    }
    Code *co = (Code *)AS_OBJ(code);
    bool gen_code = (co->flags & CO_GENERATOR) != 0;
    if (bottom ? !(IS_UNDEF(func) && !g && !gen_code && co->nfreevars == 0)
               : !(kr_isa(func, &kr_type_function) && ((FuncObj *)AS_OBJ(func))->code == co &&
                   ((FuncObj *)AS_OBJ(func))->globals == AS_DICT(globals) &&
                   (g != NULL) == gen_code)) {
        return bad(L, "snapshot is corrupt (frame does not match its function)");
    }
    VState *v = states_for(L, co);
    if (!v) {
        return -1;
    }
    bool fresh = waits == WAIT_FRESH;
    if (fresh
            ? (pc != 0 || depth != 0)
            : (pc < 1 || pc >= (uint64_t)co->ninsns || v->depth[pc] < 1 ||
               depth != (uint64_t)v->depth[pc] - 1 ||
               !(waits_ok(waits, co->insns[pc - 1] & 0xff) || reexec_ok(waits, co->insns[pc] & 0xff)))) {
        return bad(L, "snapshot is corrupt (frame is not at a resume point)");
    }
    size_t nvals = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    Frame *f;
    if (g) {
        out->bytes = sizeof(Frame) + nvals * sizeof(Value);
        f = kr_mem_alloc(vm, out->bytes);
        if (!f) {
            return -1;
        }
        memset(f, 0, out->bytes);
        f->code = co;
        f->func = (FuncObj *)AS_OBJ(func);
        f->globals = AS_DICT(globals);
        f->nvalues = (uint32_t)nvals;
        f->gen = g;
        // Owned by the generator from here on (freed with it whatever happens next).
        if (g->frame) {
            kr_mem_free(vm, g->frame, g->frame_bytes);
        }
        g->frame = f;
        g->frame_bytes = out->bytes;
    } else {
        f = kr_frame_push(vm, co, IS_UNDEF(func) ? NULL : (FuncObj *)AS_OBJ(func),
                          AS_DICT(globals));
        if (!f) {
            return -1;
        }
        out->bytes = 0;
    }
    out->f = f;
    f->pc = co->insns + pc;
    f->sp = frame_stack_base(f);
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        Value x;
        if (r_val(L, &x) < 0) {
            return -1;
        }
        if (!fresh && v->cell[i] && !kr_isa(x, &kr_type_cell)) {
            return bad(L, "snapshot is corrupt (a cell variable is not a cell)");
        }
        f->localsplus[i] = x;
    }
    // The stack, checked against the verifier's kinds at the resume point (minus the top,
    // which the resumption pushes).
    if (depth) {
        int32_t node = v->top[pc];
        node = v->nodes[node].parent;
        Value *base = frame_stack_base(f);
        for (uint64_t j = 0; j < depth; j++) {
            Value x;
            if (r_val(L, &x) < 0) {
                return -1;
            }
            base[j] = x;
        }
        uint32_t above = T_ANY;
        for (uint64_t j = depth; j-- > 0;) {
            uint32_t t = v->nodes[node].t;
            if (!value_fits(base[j], t, co) ||
                (TKIND(t) == T_METH && !IS_UNDEF(base[j]) && TKIND(above) == T_SELF &&
                 !method_fits(vm, base[j], base[j + 1]))) {
                return bad(L, "snapshot is corrupt (a stack value does not fit its slot)");
            }
            above = t;
            node = v->nodes[node].parent;
        }
    }
    f->sp = frame_stack_base(f) + depth;
    unsigned entry;
    if (r_u8(L, &entry) < 0) {
        return -1;
    }
    if (entry != (bottom ? 1u : 0u)) {
        return bad(L, "snapshot is corrupt (bad frame entry flag)");
    }
    f->entry = (uint8_t)entry;
    return 0;
}

static int r_header(Loader *L, int want_kind) {
    KrVm *vm = L->vm;
    uint8_t magic[6];
    if (left(L) < 6 || memcmp(L->p, "KRSNAP", 6) != 0) {
        return left(L) < 6 && memcmp(L->p, "KRSNAP", left(L)) == 0
                   ? truncated(L)
                   : bad(L, "not a krait snapshot (bad magic)");
    }
    if (r_raw(L, magic, 6) < 0) {
        return -1;
    }
    uint64_t version;
    if (r_uv(L, &version) < 0) {
        return -1;
    }
    if (version != SNAP_VERSION) {
        char buf[24];
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)version);
        return bad(L, "snapshot version %s is not supported (this krait reads version %d)", buf,
                   SNAP_VERSION);
    }
    const uint8_t *id;
    size_t idn;
    if (r_bytes(L, &id, &idn) < 0) {
        return -1;
    }
    char mine[40];
    build_id(mine);
    if (idn != strlen(mine) || memcmp(id, mine, idn) != 0) {
        return bad(L, "snapshot was made by a different krait build (its bytecode differs)");
    }
    unsigned kind;
    if (r_u8(L, &kind) < 0) {
        return -1;
    }
    if ((int)kind != want_kind) {
        return bad(L, kind == KIND_PROGRAM ? "these bytes hold a compiled program, not a snapshot"
                      : kind == KIND_RUN   ? "these bytes hold a run snapshot, not a program"
                                           : "snapshot is corrupt (bad kind)");
    }
    uint8_t b[8];
    if (r_raw(L, b, 8) < 0) {
        return -1;
    }
    uint64_t seed = 0;
    for (int i = 0; i < 8; i++) {
        seed |= (uint64_t)b[i] << (8 * i);
    }
    if (seed != vm->cfg.hash_seed) {
        char a[24], b2[24];
        snprintf(a, sizeof a, "%llu", (unsigned long long)seed);
        snprintf(b2, sizeof b2, "%llu", (unsigned long long)vm->cfg.hash_seed);
        return bad(L,
                   "snapshot was made with hash_seed %s but this VM uses %s (set "
                   "KrConfig.hash_seed to match)",
                   a, b2);
    }
    return 0;
}

// Tighter of two limits where 0 means off.
static uint64_t tighter(uint64_t a, uint64_t b) {
    return !a ? b : !b ? a : a < b ? a : b;
}

static int r_limits(Loader *L, KrLimits *lim, double *time_left, uint64_t *steps,
                    uint64_t *output) {
    uint64_t u[6];
    int64_t s[3];
    double dur;
    if (r_uv(L, &u[0]) < 0 || r_uv(L, &u[1]) < 0 || r_f64(L, &dur) < 0 || r_uv(L, &u[2]) < 0 ||
        r_sv(L, &s[0]) < 0 || r_sv(L, &s[1]) < 0 || r_uv(L, &u[3]) < 0 || r_sv(L, &s[2]) < 0 ||
        r_uv(L, &u[4]) < 0 || r_f64(L, time_left) < 0 || r_uv(L, steps) < 0 ||
        r_uv(L, output) < 0) {
        return -1;
    }
    if (!(dur >= 0 && dur < 1e12) || !(*time_left >= -1e12 && *time_left < 1e12) || s[0] < 0 ||
        s[0] > INT32_MAX || s[1] < 0 || s[1] > INT32_MAX || s[2] < 0 || s[2] > INT32_MAX) {
        return bad(L, "snapshot is corrupt (bad limits)");
    }
    KrLimits *mine = &L->vm->cfg.limits;
    lim->max_memory = (size_t)tighter(mine->max_memory, u[0]);
    lim->max_allocations = tighter(mine->max_allocations, u[1]);
    lim->max_duration = mine->max_duration <= 0    ? dur
                        : dur <= 0                 ? mine->max_duration
                        : dur < mine->max_duration ? dur
                                                   : mine->max_duration;
    lim->max_steps = tighter(mine->max_steps, u[2]);
    lim->max_recursion = (int)tighter((uint64_t)mine->max_recursion, (uint64_t)s[0]);
    lim->max_c_depth = (int)tighter((uint64_t)mine->max_c_depth, (uint64_t)s[1]);
    lim->max_output = (size_t)tighter(mine->max_output, u[3]);
    lim->max_int_digits = (int)tighter((uint64_t)mine->max_int_digits, (uint64_t)s[2]);
    lim->max_source = (size_t)tighter(mine->max_source, u[4]);
    if (lim->max_recursion <= 0) {
        lim->max_recursion = mine->max_recursion;
    }
    if (lim->max_c_depth <= 0) {
        lim->max_c_depth = mine->max_c_depth;
    }
    return 0;
}

// Reads the object sections. Returns 0 with L->tab filled.
static int r_objects_body(Loader *L);

// The objects table. Loading a module it names (kr_import) may run Python code (functools),
// which reaches safepoints: no collection may run meanwhile, since the objects loaded so far
// are reachable only from L->tab and the shells are not traceable until section B fills them.
static int r_objects(Loader *L) {
    KrVm *vm = L->vm;
    bool was = vm->gc_running;
    vm->gc_running = true; // kr_gc_collect does nothing while set
    int rc = r_objects_body(L);
    vm->gc_running = was;
    return rc;
}

static int r_objects_body(Loader *L) {
    KrVm *vm = L->vm;
    if (r_count(L, 1, &L->n) < 0) {
        return -1;
    }
    size_t n = (size_t)L->n;
    L->tab = kr_mem_alloc(vm, (n ? n : 1) * sizeof(Value));
    L->kinds = L->tab ? kr_mem_alloc(vm, n ? n : 1) : NULL;
    if (!L->kinds) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        L->tab[i] = VAL_NONE;
    }
    // Section A.
    for (int64_t i = 0; i < L->n; i++) {
        unsigned kind;
        if (r_u8(L, &kind) < 0) {
            return -1;
        }
        if (kind == 0 || kind == R_SHELLS || kind >= R_COUNT) {
            return bad(L, "snapshot is corrupt (bad record kind %d)", (int)kind);
        }
        L->cur = i;
        Value v = r_record(L, kind);
        if (IS_EXC(v)) {
            return -1;
        }
        L->tab[i] = v;
        L->kinds[i] = (uint8_t)kind;
    }
    // Section B: mutable objects (references may point anywhere).
    L->cur = -1;
    for (int64_t i = 0; i < L->n; i++) {
        if (L->kinds[i] > R_SHELLS) {
            if (r_body(L, L->tab[i], L->kinds[i]) < 0) {
                return -1;
            }
        }
    }
    // Objects of module types, now that everything they refer to is complete.
    for (int64_t i = 0; i < L->n; i++) {
        if (L->kinds[i] == R_MODOBJ) {
            Obj *o = AS_OBJ(L->tab[i]);
            const ModTypeSnap *sn = modsnap_of(o->type);
            if (sn->check && sn->check(vm, o) < 0) {
                return -1;
            }
        }
    }
    // Bound built-ins, now that every self is complete.
    for (int64_t i = 0; i < L->n; i++) {
        if (L->kinds[i] == R_NATIVE_BOUND && !bound_native_ok(vm, (NativeObj *)AS_OBJ(L->tab[i]))) {
            return bad(L, "snapshot is corrupt (a bound built-in method with a wrong self)");
        }
    }
    // Section C: frames of suspended generators.
    for (int64_t i = 0; i < L->n; i++) {
        if (L->kinds[i] == R_GEN) {
            GenObj *g = (GenObj *)AS_OBJ(L->tab[i]);
            if (g->state == GEN_CREATED || g->state == GEN_SUSPENDED) {
                FrameIn fi;
                fi.f = NULL;
                if (r_frame(L, g, g->state == GEN_CREATED ? WAIT_FRESH : WAIT_YIELD, false, &fi) <
                    0) {
                    return -1;
                }
            }
        }
    }
    return 0;
}

static void loader_free(Loader *L) {
    KrVm *vm = L->vm;
    if (L->tab) {
        kr_mem_free(vm, L->tab, (size_t)(L->n ? L->n : 1) * sizeof(Value));
    }
    if (L->kinds) {
        kr_mem_free(vm, L->kinds, (size_t)(L->n ? L->n : 1));
    }
    vs_free(vm, L->vs);
    L->vs = NULL;
}

// Turns whatever went wrong into the ValueError the API promises.
static KrStatus load_failed(KrVm *vm) {
    if (vm->poisoned) {
        return kr_api_record_error(vm);
    }
    Value e = vm->exc;
    if (IS_EXCOBJ(e) && AS_EXC(e)->cls->exc_id != EXC_ValueError && !vm->aborted) {
        int id = AS_EXC(e)->cls->exc_id;
        vm->exc = VAL_UNDEF;
        if (id == EXC_MemoryError) {
            kr_raise(vm, EXC_ValueError, "snapshot does not fit in the memory limit");
        } else if (id == EXC_RecursionError) {
            kr_raise(vm, EXC_ValueError,
                     "snapshot is nested too deeply or has more frames than the recursion limit "
                     "allows");
        } else {
            kr_raise(vm, EXC_ValueError, "snapshot is corrupt (%s while loading it)",
                     exc_names[id]);
        }
    } else if (!IS_EXCOBJ(e) && !vm->aborted) {
        vm->exc = VAL_UNDEF;
        kr_raise(vm, EXC_ValueError, "snapshot could not be loaded");
    }
    return kr_api_record_error(vm);
}

static void reset_for_load(KrVm *vm) {
    vm->exc = VAL_UNDEF;
    vm->aborted = false;
    vm->abort_why = NULL;
    vm->breaker &= ~BREAK_LIMIT;
    vm->pinning = 0;
}

// Pops the frames a failed restore pushed on the data stack (innermost first).
static void unwind_frames(KrVm *vm, Frame **chain, size_t n) {
    for (size_t i = n; i-- > 0;) {
        Frame *f = chain[i];
        if (f->in_chunk) {
            kr_frame_pop(vm, f);
        } else {
            vm->py_depth--;
            if (f->gen) {
                f->gen->state = GEN_DONE; // its frame is freed with it
            }
        }
    }
    vm->frame = NULL;
}

KrStatus kr_restore(KrVm *vm, const unsigned char *bytes, size_t len) {
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    reset_for_load(vm);
    if (vm->suspended || vm->frame) {
        kr_raise(vm, EXC_ValueError, "kr_restore needs a VM with no run in progress");
        return kr_api_record_error(vm);
    }
    Loader L;
    memset(&L, 0, sizeof L);
    L.vm = vm;
    L.p = bytes ? bytes : (const unsigned char *)"";
    L.end = L.p + (bytes ? len : 0);
    L.cur = -1;
    KrLimits saved_limits = vm->cfg.limits;
    KrLimits lim = vm->cfg.limits;
    double time_left = 0;
    uint64_t steps = 0, output = 0;
    Frame **chain = NULL;
    size_t nchain = 0, chain_cap = 0;
    int rc = r_header(&L, KIND_RUN);
    rc = rc < 0 ? rc : r_limits(&L, &lim, &time_left, &steps, &output);
    if (rc == 0) {
        vm->cfg.limits = lim; // the run's own limits, never looser than this VM's
        rc = r_objects(&L);
    }
    Value roots[6];
    for (int i = 0; i < 6 && rc == 0; i++) {
        L.cur = -1;
        rc = r_val(&L, &roots[i]);
    }
    if (rc == 0) {
        // exc_info, pending name/args/kwargs, session module, result.
        bool ok = (IS_NONE(roots[0]) || IS_EXCOBJ(roots[0])) && IS_STR(roots[1]) &&
                  IS_TUPLE(roots[2]) && IS_DICT(roots[3]) &&
                  (IS_UNDEF(roots[4]) || kr_isa(roots[4], &kr_type_module)) && !IS_UNDEF(roots[5]);
        rc = ok ? 0 : bad(&L, "snapshot is corrupt (bad VM state)");
    }
    int64_t nframes = 0;
    if (rc == 0) {
        rc = r_count(&L, 4, &nframes);
        if (rc == 0 && nframes < 1) {
            rc = bad(&L, "snapshot is corrupt (no frames)");
        }
        if (rc == 0 && nframes > vm->cfg.limits.max_recursion) {
            rc = bad(&L, "snapshot has more frames than the recursion limit allows");
        }
        if (rc == 0) {
            chain_cap = (size_t)nframes;
            chain = kr_mem_alloc(vm, chain_cap * sizeof(Frame *));
            rc = chain ? 0 : -1;
        }
    }
    for (int64_t i = 0; i < nframes && rc == 0; i++) {
        Value gv;
        rc = r_val(&L, &gv);
        if (rc < 0) {
            break;
        }
        GenObj *g = NULL;
        if (!IS_UNDEF(gv)) {
            if (!kr_isa(gv, &kr_type_generator) || ((GenObj *)AS_OBJ(gv))->state != GEN_RUNNING ||
                ((GenObj *)AS_OBJ(gv))->frame) {
                rc = bad(&L, "snapshot is corrupt (bad running generator)");
                break;
            }
            g = (GenObj *)AS_OBJ(gv);
        }
        bool last = i == nframes - 1;
        // A frame below another waits for it: a call, or a generator it resumed. The
        // innermost frame waits for the host's answer to a CALL.
        FrameIn fi;
        fi.f = NULL;
        rc = r_frame(&L, g, last ? WAIT_HOST : WAIT_CALLEE, i == 0, &fi);
        if (rc < 0) {
            if (!g && fi.f) {
                chain[nchain++] = fi.f; // pushed on the data stack: popped below
            }
            break;
        }
        if (g) {
            vm->py_depth++;
        }
        Frame *f = fi.f;
        chain[nchain++] = f;
        if (i > 0) {
            Frame *below = chain[i - 1];
            uint32_t op = below->pc[-1] & 0xff;
            // (A frame running its instruction again after a prelude function may follow a
            // FOR_ITER: `for a, b in gens`.)
            bool resumes_gen = (op == OP_FOR_ITER || op == OP_SEND) &&
                               !(!g && reexec_ok(WAIT_CALLEE, below->pc[0] & 0xff));
            Value tos = below->sp > frame_stack_base(below) ? below->sp[-1] : VAL_UNDEF;
            if (resumes_gen ? !(g && kr_is(tos, kr_obj(g))) : g != NULL) {
                rc = bad(&L, "snapshot is corrupt (frame chain does not match its calls)");
                break;
            }
            f->prev = below;
        } else {
            f->prev = NULL;
        }
    }
    if (rc == 0 && L.p != L.end) {
        rc = bad(&L, "snapshot is corrupt (trailing bytes)");
    }
    if (rc == 0) {
        // Every running generator must be on the chain, and nothing else running.
        for (int64_t i = 0; i < L.n && rc == 0; i++) {
            if (L.kinds[i] == R_GEN) {
                GenObj *g = (GenObj *)AS_OBJ(L.tab[i]);
                if (g->state == GEN_RUNNING && !g->frame) {
                    rc = bad(&L, "snapshot is corrupt (running generator without a frame)");
                }
            }
        }
    }
    loader_free(&L);
    if (rc < 0) {
        if (chain) {
            unwind_frames(vm, chain, nchain);
            kr_mem_free(vm, chain, chain_cap * sizeof(Frame *));
        }
        vm->py_depth = 0;
        vm->cfg.limits = saved_limits;
        return load_failed(vm);
    }
    vm->frame = chain[nchain - 1];
    kr_mem_free(vm, chain, chain_cap * sizeof(Frame *));
    vm->exc_info = roots[0];
    vm->pending_name = roots[1];
    vm->pending_args = roots[2];
    vm->pending_kwargs = roots[3];
    if (!IS_UNDEF(roots[4])) {
        vm->session_module = roots[4];
    }
    vm->result = roots[5];
    vm->time_left = time_left < 0 ? 0 : time_left;
    if (lim.max_duration > 0 && vm->time_left > lim.max_duration) {
        vm->time_left = lim.max_duration;
    }
    vm->steps = steps;
    vm->tick_count = 0;
    vm->output_bytes = output;
    vm->c_depth = 0;
    vm->suspended = true;
    // The run was suspended at a host call without a callback, and callbacks are process-local
    // (the host registers them again): builtins that call back into Python (sorted's key, sum
    // over a generator) must keep running their suspendable versions (prelude.c).
    vm->iterative_hosts = true;
    vm->nroots = 0;
    if (kr_host_export_pending(vm) < 0) {
        // The pending call's arguments cannot cross the boundary: drop the run.
        Value e = vm->exc;
        vm->exc = VAL_UNDEF;
        Frame *f = vm->frame;
        size_t k = 0;
        for (Frame *x = f; x; x = x->prev) {
            k++;
        }
        Frame **all = kr_mem_alloc(vm, k * sizeof(Frame *));
        if (all) {
            size_t j = k;
            for (Frame *x = f; x; x = x->prev) {
                all[--j] = x;
            }
            unwind_frames(vm, all, k);
            kr_mem_free(vm, all, k * sizeof(Frame *));
        } else {
            kr_vm_poison(vm, "out of memory while dropping a bad snapshot");
        }
        vm->py_depth = 0;
        vm->suspended = false;
        vm->pending_name = vm->pending_args = vm->pending_kwargs = VAL_NONE;
        vm->cfg.limits = saved_limits;
        (void)e;
        kr_raise(vm, EXC_ValueError,
                 "snapshot's pending host call has arguments that cannot be "
                 "passed to the host");
        return kr_api_record_error(vm);
    }
    return KR_CALL;
}

KrStatus kr_program_load(KrVm *vm, const unsigned char *bytes, size_t len, KrProgram **out) {
    *out = NULL;
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    reset_for_load(vm);
    Loader L;
    memset(&L, 0, sizeof L);
    L.vm = vm;
    L.p = bytes ? bytes : (const unsigned char *)"";
    L.end = L.p + (bytes ? len : 0);
    L.cur = -1;
    int rc = r_header(&L, KIND_PROGRAM);
    rc = rc < 0 ? rc : r_objects(&L);
    Value code = VAL_NONE, inputs = VAL_NONE, hosts = VAL_NONE;
    L.cur = -1;
    if (rc == 0) {
        rc = r_val(&L, &code) < 0 || r_val(&L, &inputs) < 0 || r_val(&L, &hosts) < 0 ? -1 : 0;
    }
    if (rc == 0 && L.p != L.end) {
        rc = bad(&L, "snapshot is corrupt (trailing bytes)");
    }
    if (rc == 0) {
        Code *co = kr_isa(code, &kr_type_code) ? (Code *)AS_OBJ(code) : NULL;
        bool ok = co && !(co->flags & CO_GENERATOR) && co->nfreevars == 0 && co->argcount == 0 &&
                  co->kwonlyargcount == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
        if (ok) {
            ok = check_str_tuple(&L, inputs, "the input names") == 0 &&
                 check_str_tuple(&L, hosts, "the host function names") == 0;
            if (!ok) {
                rc = -1;
            }
        } else {
            rc = bad(&L, "snapshot is corrupt (bad program code)");
        }
    }
    loader_free(&L);
    if (rc < 0) {
        return load_failed(vm);
    }
    KrProgram *p = kr_host_program_adopt(vm, code, inputs, hosts);
    if (!p) {
        return load_failed(vm);
    }
    *out = p;
    return KR_OK;
}
