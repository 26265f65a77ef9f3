// SPDX-License-Identifier: MIT
// interp/host.c: the host boundary (krait.h): compiled programs with declared inputs and host
// functions, plain-data values in and out (KrValue), host functions in callback mode and in
// iterative mode (the run suspends at the call and the host resumes it), and sessions.
//
// Suspension: the VM is stackless, so a host call made from Python code running directly in the
// top-level eval loop (any Python call depth, generators driven by `for`) saves the frame and
// returns to the host with the frames left linked from vm->frame. kr_resume pushes the answer
// as the call's result and re-enters the loop. A host call made from inside a native that
// re-entered Python (a key= function, map(), sum() over a generator) cannot suspend yet: it
// needs a callback (RuntimeError otherwise).
#include <stdio.h>

#include "compiler.h"
#include "module.h"
#include "vm.h"

KrStatus kr_api_record_error(KrVm *vm);
Value kr_eval_ex(KrVm *vm, Frame *entry, bool throwing);
void kr_mem_free_raw(KrVm *vm, void *p, size_t size);

struct HostEntry {
    KrHostFn fn; // NULL: iterative mode (the run suspends)
    void *ud;
};

struct KrProgram {
    Value code;       // Code
    Value inputs;     // Tuple of Str
    Value host_names; // Tuple of Str
    struct KrProgram *next, *prev;
};

typedef struct ExportBlock {
    struct ExportBlock *next;
    size_t size;
    max_align_t data[];
} ExportBlock;

typedef struct HostFnObj {
    Obj hdr;
    Value name; // Str
} HostFnObj;

// ----- GC and teardown -----

void kr_host_mark_roots(KrVm *vm);
void kr_host_mark_roots(KrVm *vm) {
    for (struct KrProgram *p = vm->programs; p; p = p->next) {
        kr_gc_mark_value(vm, p->code);
        kr_gc_mark_value(vm, p->inputs);
        kr_gc_mark_value(vm, p->host_names);
    }
}

static void free_exports(KrVm *vm) {
    ExportBlock *b = vm->exports;
    while (b) {
        ExportBlock *n = b->next;
        kr_mem_free(vm, b, sizeof(ExportBlock) + b->size);
        b = n;
    }
    vm->exports = NULL;
    vm->result_kv = NULL;
    vm->pending_kv = NULL;
}

void kr_host_free_all(KrVm *vm);
void kr_host_free_all(KrVm *vm) {
    free_exports(vm);
    while (vm->programs) {
        struct KrProgram *p = vm->programs;
        vm->programs = p->next;
        kr_mem_free(vm, p, sizeof *p);
    }
    if (vm->host_fns) {
        kr_mem_free(vm, vm->host_fns, vm->host_fns_cap * sizeof(struct HostEntry));
        vm->host_fns = NULL;
    }
}

// ----- The host_function type -----

static void hostfn_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((HostFnObj *)o)->name); }

static Value hostfn_repr(KrVm *vm, Value self) {
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_adds(&sb, "<host function ") < 0 ||
        kr_sb_add_str(&sb, ((HostFnObj *)AS_OBJ(self))->name) < 0 || kr_sb_addc(&sb, '>') < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static Value hostfn_get_name(KrVm *vm, Value self) { return ((HostFnObj *)AS_OBJ(self))->name; }

static const GetSetDef hostfn_getset[] = {
    {"__name__", hostfn_get_name},
    {"__qualname__", hostfn_get_name},
    {NULL, NULL},
};

Value kr_host_call(KrVm *vm, Value fn, int argc, const Value *argv, Value kw, bool *suspend);

static Value hostfn_call(KrVm *vm, Value self, int argc, const Value *argv, Value kw) {
    bool suspend = false;
    int saved = vm->c_depth;
    vm->c_depth++; // called from native code: iterative mode cannot suspend here
    Value r = kr_host_call(vm, self, argc, argv, kw, &suspend);
    vm->c_depth = saved;
    return r;
}

static int hostfn_hash(KrVm *vm, Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)AS_OBJ(self) >> 4);
    return 0;
}

const Type kr_type_hostfn = {
    .name = "host_function",
    .id = TY_HOSTFN,
    .basic_size = sizeof(HostFnObj),
    .trace = hostfn_trace,
    .repr = hostfn_repr,
    .hash = hostfn_hash,
    .call = hostfn_call,
    .getset = hostfn_getset,
};

static Value hostfn_new(KrVm *vm, Value name) {
    HostFnObj *h = kr_gc_alloc(vm, &kr_type_hostfn, sizeof(HostFnObj));
    if (!h) {
        return VAL_EXC;
    }
    h->name = name;
    return kr_obj(h);
}

// ----- Export: Value -> KrValue (VM-owned, freed at the next API call) -----

static void *export_alloc(KrVm *vm, size_t size) {
    ExportBlock *b = kr_mem_alloc(vm, sizeof(ExportBlock) + size);
    if (!b) {
        return NULL;
    }
    b->size = size;
    b->next = vm->exports;
    vm->exports = b;
    memset(b->data, 0, size);
    return b->data;
}

static int export_bytes(KrVm *vm, KrValue *out, const char *p, size_t len) {
    char *d = export_alloc(vm, len + 1);
    if (!d) {
        return -1;
    }
    memcpy(d, p, len);
    d[len] = '\0';
    out->as.str.ptr = d;
    out->as.str.len = len;
    return 0;
}

static int export_value(KrVm *vm, Value v, KrValue *out, int depth);

static int export_items(KrVm *vm, KrValue *out, KrType type, int64_t n, const Value *items,
                        int depth) {
    size_t bytes;
    if (!kr_mul_ok((size_t)n, sizeof(KrValue), &bytes)) {
        kr_raise_nomem(vm);
        return -1;
    }
    KrValue *arr = n ? export_alloc(vm, bytes) : NULL;
    if (n && !arr) {
        return -1;
    }
    out->type = type;
    out->as.seq.items = arr;
    out->as.seq.len = (size_t)n;
    for (int64_t i = 0; i < n; i++) {
        if (export_value(vm, items[i], &arr[i], depth + 1) < 0) {
            return -1;
        }
    }
    return 0;
}

static int export_value(KrVm *vm, Value v, KrValue *out, int depth) {
    if (depth > vm->cfg.limits.max_c_depth) {
        kr_raise(vm, EXC_ValueError, "value passed to the host is nested too deeply (or recursive)");
        return -1;
    }
    switch (v.tag) {
    case V_NONE:
        out->type = KR_NONE;
        return 0;
    case V_BOOL:
        out->type = KR_BOOL;
        out->as.boolean = AS_BOOL(v);
        return 0;
    case V_INT:
        out->type = KR_INT;
        out->as.i = AS_INT(v);
        return 0;
    case V_FLOAT:
        out->type = KR_FLOAT;
        out->as.f = AS_FLOAT(v);
        return 0;
    default:
        break;
    }
    if (IS_BIGINT(v)) {
        int saved = vm->cfg.limits.max_int_digits;
        vm->cfg.limits.max_int_digits = 0; // the boundary carries ints of any size
        Value s = kr_int_repr(vm, v);
        vm->cfg.limits.max_int_digits = saved;
        if (IS_EXC(s)) {
            return -1;
        }
        out->type = KR_BIGINT;
        return export_bytes(vm, out, AS_STR(s)->data, (size_t)AS_STR(s)->len);
    }
    if (IS_STR(v)) {
        out->type = KR_STR;
        return export_bytes(vm, out, AS_STR(v)->data, (size_t)AS_STR(v)->len);
    }
    if (IS_BYTES(v)) {
        out->type = KR_BYTES;
        return export_bytes(vm, out, (const char *)AS_BYTES(v)->data, (size_t)AS_BYTES(v)->len);
    }
    if (IS_LIST(v)) {
        return export_items(vm, out, KR_LIST, AS_LIST(v)->len, AS_LIST(v)->items, depth);
    }
    if (IS_TUPLE(v)) {
        return export_items(vm, out, KR_TUPLE, AS_TUPLE(v)->len, AS_TUPLE(v)->items, depth);
    }
    if (IS_DICT(v) || kr_is_set(v)) {
        bool dict = IS_DICT(v);
        int64_t n = dict ? AS_DICT(v)->used : AS_SET(v)->used;
        size_t count = dict ? (size_t)n * 2 : (size_t)n, bytes;
        if (!kr_mul_ok(count, sizeof(KrValue), &bytes)) {
            kr_raise_nomem(vm);
            return -1;
        }
        KrValue *arr = count ? export_alloc(vm, bytes) : NULL;
        if (count && !arr) {
            return -1;
        }
        out->type = dict ? KR_DICT : AS_OBJ(v)->type == &kr_type_set ? KR_SET : KR_FROZENSET;
        out->as.seq.items = arr;
        out->as.seq.len = (size_t)n;
        int64_t pos = 0;
        size_t i = 0;
        Value k, val;
        if (dict) {
            while (kr_dict_next(AS_DICT(v), &pos, &k, &val) && i + 1 < count + 1) {
                if (export_value(vm, k, &arr[i], depth + 1) < 0 ||
                    export_value(vm, val, &arr[i + 1], depth + 1) < 0) {
                    return -1;
                }
                i += 2;
            }
        } else {
            while (kr_set_next(AS_SET(v), &pos, &k) && i < count) {
                if (export_value(vm, k, &arr[i], depth + 1) < 0) {
                    return -1;
                }
                i++;
            }
        }
        return 0;
    }
    kr_raise(vm, EXC_TypeError,
             "cannot pass a '%s' object to the host (only None, bool, int, float, str, bytes, "
             "list, tuple, dict, set and frozenset)",
             kr_typename(v));
    return -1;
}

// ----- Import: KrValue (host-owned) -> Value -----

static Value import_value(KrVm *vm, const KrValue *kv, int depth) {
    if (!kv) {
        return VAL_NONE;
    }
    if (depth > vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_ValueError, "value from the host is nested too deeply");
    }
    switch (kv->type) {
    case KR_NONE:
        return VAL_NONE;
    case KR_BOOL:
        return kr_bool(kv->as.boolean != 0);
    case KR_INT:
        return kr_int(kv->as.i);
    case KR_FLOAT:
        return kr_float(kv->as.f);
    case KR_BIGINT: {
        int saved = vm->cfg.limits.max_int_digits;
        vm->cfg.limits.max_int_digits = 0;
        Value r = kv->as.str.ptr ? kr_int_from_str(vm, kv->as.str.ptr, kv->as.str.len, 10)
                                 : kr_raise(vm, EXC_ValueError, "host bigint without text");
        vm->cfg.limits.max_int_digits = saved;
        return r;
    }
    case KR_STR:
        if (kv->as.str.len && !kv->as.str.ptr) {
            return kr_raise(vm, EXC_ValueError, "host string without data");
        }
        if (!kr_utf8_valid(kv->as.str.ptr ? kv->as.str.ptr : "", kv->as.str.len)) {
            return kr_raise(vm, EXC_UnicodeDecodeError, "host string is not valid UTF-8");
        }
        return kr_str_new(vm, kv->as.str.ptr ? kv->as.str.ptr : "", kv->as.str.len);
    case KR_BYTES:
        if (kv->as.str.len && !kv->as.str.ptr) {
            return kr_raise(vm, EXC_ValueError, "host bytes without data");
        }
        return kr_bytes_new(vm, (const uint8_t *)(kv->as.str.ptr ? kv->as.str.ptr : ""),
                            kv->as.str.len);
    case KR_LIST:
    case KR_TUPLE:
    case KR_SET:
    case KR_FROZENSET:
    case KR_DICT:
        break;
    default:
        return kr_raise(vm, EXC_ValueError, "unknown host value type %d", (int)kv->type);
    }
    size_t n = kv->as.seq.len;
    if (n && !kv->as.seq.items) {
        return kr_raise(vm, EXC_ValueError, "host container without items");
    }
    if (n > ((size_t)1 << 40)) {
        return kr_raise_nomem(vm);
    }
    if (kv->type == KR_DICT) {
        Dict *d = kr_dict_new(vm);
        if (!d) {
            return VAL_EXC;
        }
        for (size_t i = 0; i < n; i++) {
            Value k = import_value(vm, &kv->as.seq.items[2 * i], depth + 1);
            Value v = IS_EXC(k) ? k : import_value(vm, &kv->as.seq.items[2 * i + 1], depth + 1);
            if (IS_EXC(v) || kr_dict_set(vm, d, k, v) < 0) {
                return VAL_EXC;
            }
        }
        return kr_obj(d);
    }
    if (kv->type == KR_SET || kv->type == KR_FROZENSET) {
        Set *s = kr_set_new(vm, kv->type == KR_FROZENSET);
        if (!s) {
            return VAL_EXC;
        }
        for (size_t i = 0; i < n; i++) {
            Value k = import_value(vm, &kv->as.seq.items[i], depth + 1);
            if (IS_EXC(k) || kr_set_add(vm, s, k) < 0) {
                return VAL_EXC;
            }
        }
        return kr_obj(s);
    }
    List *l = kr_list_new(vm, (int64_t)n);
    if (!l) {
        return VAL_EXC;
    }
    for (size_t i = 0; i < n; i++) {
        Value v = import_value(vm, &kv->as.seq.items[i], depth + 1);
        if (IS_EXC(v) || kr_list_append(vm, l, v) < 0) {
            return VAL_EXC;
        }
    }
    if (kv->type == KR_TUPLE) {
        return kr_tuple_from(vm, l->len, l->items);
    }
    return kr_obj(l);
}

// ----- Host calls -----

void kr_host_raise(KrVm *vm, const char *type, const char *message) {
    static const char *const names[] = {
#define EXC(name, base) #name,
#include "exceptions.def"
#undef EXC
    };
    int id = -1;
    for (int i = 0; i < EXC_COUNT; i++) {
        if (type && strcmp(names[i], type) == 0) {
            id = i;
            break;
        }
    }
    Value saved = vm->exc;
    vm->exc = VAL_UNDEF;
    if (id >= 0) {
        kr_raise(vm, (ExcId)id, "%s", message ? message : "");
    } else if (type && *type) {
        // Not a built-in exception name: a RuntimeError that still says what the host meant.
        char tname[201];
        size_t n = strlen(type);
        if (n > 200) {
            n = 200;
            while (n > 0 && ((unsigned char)type[n] & 0xC0) == 0x80) {
                n--; // cut at a character boundary
            }
        }
        memcpy(tname, type, n);
        tname[n] = '\0';
        kr_raise(vm, EXC_RuntimeError, "%s: %s", tname, message ? message : "");
    } else {
        kr_raise(vm, EXC_RuntimeError, "%s", message ? message : "");
    }
    vm->host_error = vm->exc;
    vm->exc = saved;
}

static struct HostEntry *find_host(KrVm *vm, Value name) {
    if (!vm->hosts) {
        return NULL;
    }
    Value ix = kr_dict_get_str(vm, vm->hosts, AS_STR(name));
    if (!IS_INT(ix)) {
        return NULL;
    }
    return &vm->host_fns[AS_INT(ix)];
}

Value kr_host_call(KrVm *vm, Value fn, int argc, const Value *argv, Value kw, bool *suspend) {
    Value name = ((HostFnObj *)AS_OBJ(fn))->name;
    struct HostEntry *h = find_host(vm, name);
    Value args = argc ? kr_tuple_from(vm, argc, argv) : vm->empty_tuple;
    if (IS_EXC(args)) {
        return args;
    }
    Value kwargs = kw;
    if (!IS_DICT(kwargs)) {
        Dict *d = kr_dict_new(vm);
        if (!d) {
            return VAL_EXC;
        }
        kwargs = kr_obj(d);
    }
    if (!h || !h->fn) {
        if (vm->c_depth > 0) {
            return kr_raise(vm, EXC_RuntimeError,
                            "host function '%U' cannot suspend the run here (called from inside a "
                            "built-in function); register a callback for it",
                            name);
        }
        vm->pending_name = name;
        vm->pending_args = args;
        vm->pending_kwargs = kwargs;
        *suspend = true;
        return VAL_NONE;
    }
    // Callback mode: export the arguments, call, import the answer.
    KrValue *kargs = NULL;
    if (argc) {
        kargs = export_alloc(vm, (size_t)argc * sizeof(KrValue));
        if (!kargs) {
            return VAL_EXC;
        }
    }
    for (int i = 0; i < argc; i++) {
        if (export_value(vm, argv[i], &kargs[i], 0) < 0) {
            return VAL_EXC;
        }
    }
    KrValue kkw;
    if (export_value(vm, kwargs, &kkw, 0) < 0) {
        return VAL_EXC;
    }
    KrValue ret;
    memset(&ret, 0, sizeof ret);
    vm->host_error = VAL_UNDEF;
    double t0 = kr_now();
    KrStatus st = h->fn(h->ud, vm, kargs, (size_t)argc, &kkw, &ret);
    if (vm->deadline > 0) {
        vm->deadline += kr_now() - t0; // time spent in the host does not count
    }
    if (st != KR_OK) {
        if (IS_EXCOBJ(vm->host_error)) {
            Value e = vm->host_error;
            vm->host_error = VAL_UNDEF;
            return kr_raise_value(vm, e);
        }
        return kr_raise(vm, EXC_RuntimeError, "host function '%U' failed", name);
    }
    return import_value(vm, &ret, 0);
}

// ----- Programs and runs -----

KrStatus kr_register_host(KrVm *vm, const char *name, KrHostFn fn, void *ud) {
    if (!vm->hosts) {
        vm->hosts = kr_dict_new(vm);
        if (!vm->hosts) {
            vm->exc = VAL_UNDEF;
            return KR_ERROR;
        }
    }
    Value n = kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(n)) {
        vm->exc = VAL_UNDEF;
        return KR_ERROR;
    }
    struct HostEntry *h = find_host(vm, n);
    if (h) {
        h->fn = fn;
        h->ud = ud;
        return KR_OK;
    }
    if (vm->nhost_fns == vm->host_fns_cap) {
        size_t ncap = vm->host_fns_cap ? vm->host_fns_cap * 2 : 8;
        struct HostEntry *nh = kr_mem_realloc(vm, vm->host_fns,
                                              vm->host_fns_cap * sizeof(struct HostEntry),
                                              ncap * sizeof(struct HostEntry));
        if (!nh) {
            vm->exc = VAL_UNDEF;
            return KR_ERROR;
        }
        vm->host_fns = nh;
        vm->host_fns_cap = ncap;
    }
    vm->host_fns[vm->nhost_fns] = (struct HostEntry){fn, ud};
    if (kr_dict_set(vm, vm->hosts, n, kr_int((int64_t)vm->nhost_fns)) < 0) {
        vm->exc = VAL_UNDEF;
        return KR_ERROR;
    }
    vm->nhost_fns++;
    return KR_OK;
}

static void reset_run_state(KrVm *vm) {
    free_exports(vm);
    // A run without calls or loops never reaches a safepoint: collect between API calls.
    if ((vm->breaker & BREAK_GC) && !vm->gc_running) {
        kr_gc_collect(vm);
    }
    vm->aborted = false;
    vm->abort_why = NULL;
    vm->breaker &= ~BREAK_LIMIT;
    vm->exc = VAL_UNDEF;
    vm->exit_status = -1;
}

static Value names_tuple(KrVm *vm, const char *const *names, size_t n) {
    Tuple *t = kr_tuple_new(vm, (int64_t)n);
    if (!t) {
        return VAL_EXC;
    }
    for (size_t i = 0; i < n; i++) {
        Value s = kr_str_intern(vm, names[i] ? names[i] : "", names[i] ? strlen(names[i]) : 0);
        if (IS_EXC(s)) {
            return s;
        }
        t->items[i] = s;
    }
    return kr_obj(t);
}

KrStatus kr_program_compile(KrVm *vm, const char *src, size_t len, const char *filename,
                    const char *const *inputs, size_t ninputs, const char *const *host_fns,
                    size_t nhost, KrProgram **out) {
    *out = NULL;
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    reset_run_state(vm);
    if (vm->cfg.limits.max_source && len > vm->cfg.limits.max_source) {
        kr_raise(vm, EXC_SyntaxError, "source code is too large (%zd bytes; the limit is %zd)",
                 (ptrdiff_t)len, (ptrdiff_t)vm->cfg.limits.max_source);
        return kr_api_record_error(vm);
    }
    Value code = kr_compile_ex(vm, src, len, filename ? filename : "<program>", KR_COMPILE_LAST_EXPR);
    if (IS_EXC(code)) {
        return kr_api_record_error(vm);
    }
    struct KrProgram *p = kr_mem_alloc(vm, sizeof *p);
    if (!p) {
        return kr_api_record_error(vm);
    }
    p->code = code;
    p->inputs = VAL_NONE;
    p->host_names = VAL_NONE;
    p->prev = NULL;
    p->next = vm->programs;
    if (vm->programs) {
        vm->programs->prev = p;
    }
    vm->programs = p; // rooted from here on
    p->inputs = names_tuple(vm, inputs, ninputs);
    p->host_names = IS_EXC(p->inputs) ? VAL_EXC : names_tuple(vm, host_fns, nhost);
    if (IS_EXC(p->host_names)) {
        p->inputs = p->host_names = VAL_NONE;
        kr_program_free(vm, p);
        return kr_api_record_error(vm);
    }
    *out = p;
    return KR_OK;
}

void kr_program_free(KrVm *vm, KrProgram *p) {
    if (!p) {
        return;
    }
    if (p->prev) {
        p->prev->next = p->next;
    } else {
        vm->programs = p->next;
    }
    if (p->next) {
        p->next->prev = p->prev;
    }
    kr_mem_free(vm, p, sizeof *p);
}

// Turns the outcome of an eval into a status: suspended, finished, or failed.
static KrStatus finish_run(KrVm *vm, Value r) {
    if (IS_EXC(r) && vm->suspended && IS_UNDEF(vm->exc)) {
        if (vm->deadline > 0) {
            vm->time_left = vm->deadline - kr_now();
        }
        Tuple *a = AS_TUPLE(vm->pending_args);
        KrValue *kv = export_alloc(vm, ((size_t)a->len + 1) * sizeof(KrValue));
        if (!kv) {
            return KR_ERROR; // the pending MemoryError is reported by kr_error_*
        }
        for (int64_t i = 0; i < a->len; i++) {
            if (export_value(vm, a->items[i], &kv[i], 0) < 0) {
                goto fail;
            }
        }
        if (export_value(vm, vm->pending_kwargs, &kv[a->len], 0) < 0) {
            goto fail;
        }
        vm->pending_kv = kv;
        vm->pending_nargs = (size_t)a->len;
        return KR_CALL;
    fail:
        // Arguments that cannot cross the boundary raise inside the script at the call.
        vm->suspended = false;
        r = kr_eval_ex(vm, vm->frame, true);
        return finish_run(vm, r);
    }
    vm->suspended = false;
    vm->nroots = 0;
    if (IS_EXC(r)) {
        vm->frame = NULL;
        return kr_api_record_error(vm);
    }
    vm->result = r;
    vm->result_kv = NULL; // exported on demand by kr_result
    return KR_OK;
}

static KrStatus run_code(KrVm *vm, Value code, Dict *globals) {
    vm->deadline = vm->cfg.limits.max_duration > 0 ? kr_now() + vm->cfg.limits.max_duration : 0;
    vm->exc_info = VAL_NONE;
    Frame *f = kr_frame_push(vm, (Code *)AS_OBJ(code), NULL, globals);
    if (!f) {
        return kr_api_record_error(vm);
    }
    f->prev = NULL;
    f->entry = 1;
    vm->frame = f;
    vm->pinning = 0;
    return finish_run(vm, kr_eval(vm, f));
}

static int define_hosts(KrVm *vm, Dict *globals, Value names) {
    Tuple *t = AS_TUPLE(names);
    for (int64_t i = 0; i < t->len; i++) {
        Value h = hostfn_new(vm, t->items[i]);
        if (IS_EXC(h) || kr_dict_set(vm, globals, t->items[i], h) < 0) {
            return -1;
        }
    }
    return 0;
}

KrStatus kr_start(KrVm *vm, KrProgram *p, const KrValue *inputs) {
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    if (vm->suspended) {
        reset_run_state(vm);
        kr_raise(vm, EXC_RuntimeError, "a run is suspended at a host call: resume it first");
        return kr_api_record_error(vm);
    }
    reset_run_state(vm);
    Value mod = kr_module_new(vm, "__main__");
    if (IS_EXC(mod)) {
        return kr_api_record_error(vm);
    }
    Dict *g = ((Module *)AS_OBJ(mod))->dict;
    Tuple *in = AS_TUPLE(p->inputs);
    vm->result = mod; // keep the module reachable while inputs are converted
    for (int64_t i = 0; i < in->len; i++) {
        Value v = import_value(vm, inputs ? &inputs[i] : NULL, 0);
        if (IS_EXC(v) || kr_dict_set(vm, g, in->items[i], v) < 0) {
            return kr_api_record_error(vm);
        }
    }
    if (define_hosts(vm, g, p->host_names) < 0) {
        return kr_api_record_error(vm);
    }
    vm->iterative_hosts = false;
    Tuple *hn = AS_TUPLE(p->host_names);
    for (int64_t i = 0; i < hn->len; i++) {
        struct HostEntry *h = find_host(vm, hn->items[i]);
        vm->iterative_hosts |= !h || !h->fn;
    }
    return run_code(vm, p->code, g);
}

int kr_pending_call(KrVm *vm, const char **name, const KrValue **args, size_t *nargs,
                    const KrValue **kwargs) {
    if (!vm->suspended || !vm->pending_kv) {
        return 0;
    }
    *name = AS_STR(vm->pending_name)->data;
    *args = vm->pending_kv;
    *nargs = vm->pending_nargs;
    *kwargs = &vm->pending_kv[vm->pending_nargs];
    return 1;
}

static KrStatus resume_with(KrVm *vm, Value v, bool throwing) {
    vm->suspended = false;
    vm->pending_name = vm->pending_args = vm->pending_kwargs = VAL_NONE;
    if (vm->cfg.limits.max_duration > 0) {
        vm->deadline = kr_now() + (vm->time_left > 0 ? vm->time_left : 0);
    }
    if (!throwing) {
        *vm->frame->sp++ = v;
    }
    vm->pinning = 0;
    return finish_run(vm, kr_eval_ex(vm, vm->frame, throwing));
}

KrStatus kr_resume(KrVm *vm, const KrValue *ret) {
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    if (!vm->suspended) {
        reset_run_state(vm);
        kr_raise(vm, EXC_RuntimeError, "no run is suspended at a host call");
        return kr_api_record_error(vm);
    }
    free_exports(vm);
    if (vm->breaker & BREAK_GC) {
        kr_gc_collect(vm); // the suspended frames are roots (vm->frame)
    }
    Value v = import_value(vm, ret, 0);
    if (IS_EXC(v)) {
        return resume_with(vm, VAL_NONE, true); // the conversion error raises at the call
    }
    return resume_with(vm, v, false);
}

KrStatus kr_resume_error(KrVm *vm, const char *type, const char *message) {
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    if (!vm->suspended) {
        reset_run_state(vm);
        kr_raise(vm, EXC_RuntimeError, "no run is suspended at a host call");
        return kr_api_record_error(vm);
    }
    free_exports(vm);
    kr_host_raise(vm, type, message);
    kr_raise_value(vm, vm->host_error);
    vm->host_error = VAL_UNDEF;
    return resume_with(vm, VAL_NONE, true);
}

const KrValue *kr_result(KrVm *vm) {
    if (!vm->result_kv && !vm->suspended) {
        KrValue *kv = export_alloc(vm, sizeof(KrValue));
        if (!kv || export_value(vm, vm->result, kv, 0) < 0) {
            kr_api_record_error(vm); // kr_error_type/message say why (e.g. not plain data)
            return NULL;
        }
        vm->result_kv = kv;
    }
    return vm->result_kv;
}

KrStatus kr_session_run(KrVm *vm, const char *src, size_t len) {
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    if (vm->suspended) {
        reset_run_state(vm);
        kr_raise(vm, EXC_RuntimeError, "a run is suspended at a host call: resume it first");
        return kr_api_record_error(vm);
    }
    reset_run_state(vm);
    if (IS_UNDEF(vm->session_module)) {
        Value mod = kr_module_new(vm, "__main__");
        if (IS_EXC(mod)) {
            return kr_api_record_error(vm);
        }
        vm->session_module = mod;
    }
    Dict *g = ((Module *)AS_OBJ(vm->session_module))->dict;
    vm->iterative_hosts = false;
    if (vm->hosts) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(vm->hosts, &pos, &k, &v)) {
            vm->iterative_hosts |= !vm->host_fns[AS_INT(v)].fn;
            if (IS_UNDEF(kr_dict_get_str(vm, g, AS_STR(k)))) {
                Value h = hostfn_new(vm, k);
                if (IS_EXC(h) || kr_dict_set(vm, g, k, h) < 0) {
                    return kr_api_record_error(vm);
                }
            }
        }
    }
    Value code = kr_compile_ex(vm, src, len, "<session>", KR_COMPILE_LAST_EXPR);
    if (IS_EXC(code)) {
        return kr_api_record_error(vm);
    }
    vm->result = code; // rooted until its frame holds it
    return run_code(vm, code, g);
}

// ----- Snapshot support (snapshot.c) -----

// After a restore left the VM suspended with pending_name/args/kwargs set: export the pending
// call for kr_pending_call. -1 with the exception pending if an argument cannot be exported.
int kr_host_export_pending(KrVm *vm);
int kr_host_export_pending(KrVm *vm) {
    free_exports(vm);
    Tuple *a = AS_TUPLE(vm->pending_args);
    KrValue *kv = export_alloc(vm, ((size_t)a->len + 1) * sizeof(KrValue));
    if (!kv) {
        return -1;
    }
    for (int64_t i = 0; i < a->len; i++) {
        if (export_value(vm, a->items[i], &kv[i], 0) < 0) {
            return -1;
        }
    }
    if (export_value(vm, vm->pending_kwargs, &kv[a->len], 0) < 0) {
        return -1;
    }
    vm->pending_kv = kv;
    vm->pending_nargs = (size_t)a->len;
    return 0;
}

// A host_function object named [name] (a Str), and the name of one.
Value kr_host_fn_new(KrVm *vm, Value name);
Value kr_host_fn_new(KrVm *vm, Value name) { return hostfn_new(vm, name); }
Value kr_host_fn_name(Value fn);
Value kr_host_fn_name(Value fn) { return ((HostFnObj *)AS_OBJ(fn))->name; }

// The parts of a compiled program, and a new program from parts (rooted like a compiled one).
void kr_host_program_parts(KrProgram *p, Value *code, Value *inputs, Value *host_names);
void kr_host_program_parts(KrProgram *p, Value *code, Value *inputs, Value *host_names) {
    *code = p->code;
    *inputs = p->inputs;
    *host_names = p->host_names;
}
KrProgram *kr_host_program_adopt(KrVm *vm, Value code, Value inputs, Value host_names);
KrProgram *kr_host_program_adopt(KrVm *vm, Value code, Value inputs, Value host_names) {
    struct KrProgram *p = kr_mem_alloc(vm, sizeof *p);
    if (!p) {
        return NULL;
    }
    p->code = code;
    p->inputs = inputs;
    p->host_names = host_names;
    p->prev = NULL;
    p->next = vm->programs;
    if (vm->programs) {
        vm->programs->prev = p;
    }
    vm->programs = p;
    return p;
}
