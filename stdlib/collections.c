// SPDX-License-Identifier: MIT
// stdlib/collections.c: the collections module (CPython 3.11's Modules/_collectionsmodule.c,
// Objects/odictobject.c and Lib/collections/__init__.py semantics): deque, defaultdict,
// OrderedDict, Counter.
//
// deque is a ring buffer of Values. defaultdict, OrderedDict and Counter are dict subclasses:
// their objects ARE Dicts (the Dict struct first, Type.dict_layout set), so IS_DICT accepts them
// and every C function taking a dict works on them (json.dumps, dict(x), {**x}, ==); their class
// derives from dict, so dict's methods apply unless the subclass defines its own. OrderedDict
// keeps its order in the Dict's entry order (move_to_end rewrites it).
//
// Slots (getitem, repr, binop, next) may be called by the VM outside any native (no automatic
// pinning): those that may run Python code (the default factory, user iterators) hold what they
// use in a temp-root scope.
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "module.h"

static bool is_notimpl(KrVm *vm, Value r) { return IS_OBJ(r) && AS_OBJ(r) == AS_OBJ(vm->notimpl); }

static Value bad_self(KrVm *vm, const char *meth, const Type *t, Value self) {
    return kr_raise(vm, EXC_TypeError,
                    "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", meth,
                    t->name, kr_typename(self));
}
#define CHECK_SELF(t, meth)                                                                        \
    do {                                                                                           \
        if (!kr_isa(argv[0], t)) {                                                                 \
            return bad_self(vm, meth, t, argv[0]);                                                 \
        }                                                                                          \
    } while (0)

static int unhashable(KrVm *vm, Value self, int64_t *out) {
    kr_raise(vm, EXC_TypeError, "unhashable type: '%s'", kr_typename(self));
    return -1;
}

static bool kw_nonempty(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

// =====================================================================================
// deque
// =====================================================================================

typedef struct Deque {
    Obj hdr;
    Value *items; // cap slots; item i at items[(head + i) % cap]
    int64_t cap, head, len;
    int64_t maxlen;    // -1: unbounded
    uint64_t state;    // bumped by every mutation that adds or removes items (iterators check)
} Deque;

typedef struct DequeIter {
    Obj hdr;
    Deque *d;
    int64_t index;   // next item (forward: from the left; reverse: from the right)
    int64_t counter; // items left
    uint64_t state;
} DequeIter;

#define DQ(v) ((Deque *)AS_OBJ(v))
#define DQ_AT(d, i) ((d)->items[((d)->head + (i)) % (d)->cap])

static void deque_trace(KrVm *vm, Obj *o) {
    Deque *d = (Deque *)o;
    for (int64_t i = 0; i < d->len; i++) {
        kr_gc_mark_value(vm, DQ_AT(d, i));
    }
}

static void deque_free(KrVm *vm, Obj *o) {
    Deque *d = (Deque *)o;
    if (d->items) {
        kr_mem_free(vm, d->items, (size_t)d->cap * sizeof(Value));
    }
    kr_mem_free(vm, o, sizeof(Deque));
}

static Deque *deque_alloc(KrVm *vm, int64_t maxlen) {
    Deque *d = kr_gc_alloc(vm, &kr_type_coll_deque, sizeof(Deque));
    if (d) {
        d->maxlen = maxlen;
    }
    return d;
}

// Room for one more item.
static int deque_grow(KrVm *vm, Deque *d) {
    if (d->len < d->cap) {
        return 0;
    }
    size_t ncap, bytes;
    if (!kr_mul_ok((size_t)(d->cap ? d->cap : 4), 2, &ncap) ||
        !kr_mul_ok(ncap, sizeof(Value), &bytes) || ncap > (size_t)INT64_MAX / 2) {
        kr_raise_nomem(vm);
        return -1;
    }
    Value *n = kr_mem_alloc(vm, bytes);
    if (!n) {
        return -1;
    }
    for (int64_t i = 0; i < d->len; i++) {
        n[i] = DQ_AT(d, i);
    }
    if (d->items) {
        kr_mem_free(vm, d->items, (size_t)d->cap * sizeof(Value));
    }
    d->items = n;
    d->cap = (int64_t)ncap;
    d->head = 0;
    return 0;
}

static Value deque_popleft_raw(Deque *d) {
    Value v = d->items[d->head];
    d->items[d->head] = VAL_NONE;
    d->head = (d->head + 1) % d->cap;
    d->len--;
    d->state++;
    return v;
}

static Value deque_pop_raw(Deque *d) {
    int64_t i = (d->head + d->len - 1) % d->cap;
    Value v = d->items[i];
    d->items[i] = VAL_NONE;
    d->len--;
    d->state++;
    return v;
}

static int deque_push(KrVm *vm, Deque *d, Value v) {
    if (d->maxlen == 0) {
        return 0;
    }
    if (d->maxlen > 0 && d->len >= d->maxlen) {
        (void)deque_popleft_raw(d);
    }
    if (deque_grow(vm, d) < 0) {
        return -1;
    }
    d->items[(d->head + d->len) % d->cap] = v;
    d->len++;
    d->state++;
    return 0;
}

static int deque_pushleft(KrVm *vm, Deque *d, Value v) {
    if (d->maxlen == 0) {
        return 0;
    }
    if (d->maxlen > 0 && d->len >= d->maxlen) {
        (void)deque_pop_raw(d);
    }
    if (deque_grow(vm, d) < 0) {
        return -1;
    }
    d->head = (d->head + d->cap - 1) % d->cap;
    d->items[d->head] = v;
    d->len++;
    d->state++;
    return 0;
}

// Append (or appendleft) every item of [it]. Runs Python code.
static int deque_extend_with(KrVm *vm, Deque *d, Value iterable, bool left) {
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(d)) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    if (IS_OBJ(iterable) && AS_OBJ(iterable) == &d->hdr) {
        // d.extend(d): iterate over a snapshot of the items
        iterable = kr_list_from(vm, 0, NULL);
        if (IS_EXC(iterable) || kr_scope_hold(vm, iterable) < 0) {
            kr_scope_close(vm, outer);
            return -1;
        }
        for (int64_t i = 0; i < d->len; i++) {
            if (kr_list_append(vm, AS_LIST(iterable), DQ_AT(d, i)) < 0) {
                kr_scope_close(vm, outer);
                return -1;
            }
        }
    }
    Value it = kr_iter(vm, iterable);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int rc = 0;
    for (int64_t n = 1;; n++) {
        if (kr_gc_poll(vm) < 0) {
            rc = -1;
            break;
        }
        size_t mark = kr_scope_open(vm);
        Value v = kr_next(vm, it);
        if (IS_UNDEF(v)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (IS_EXC(v) || (left ? deque_pushleft(vm, d, v) : deque_push(vm, d, v)) < 0 ||
            ((n & 63) == 0 && kr_tick(vm, 64) < 0)) {
            kr_scope_close(vm, mark);
            rc = -1;
            break;
        }
        kr_scope_close(vm, mark);
    }
    kr_scope_close(vm, outer);
    return rc;
}

// maxlen argument: None or a non-negative int.
static int parse_maxlen(KrVm *vm, Value v, int64_t *out) {
    *out = -1;
    if (IS_UNDEF(v) || IS_NONE(v)) {
        return 0;
    }
    if (!kr_is_intlike(v)) {
        kr_raise(vm, EXC_TypeError, "an integer is required");
        return -1;
    }
    if (IS_BIGINT(v)) {
        kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    int64_t m = IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v);
    if (m < 0) {
        kr_raise(vm, EXC_ValueError, "maxlen must be non-negative");
        return -1;
    }
    *out = m;
    return 0;
}

static Value deque_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc > 2) {
        return kr_raise(vm, EXC_TypeError, "deque() takes at most 2 arguments (%d given)",
                        argc + (IS_DICT(kw) ? (int)AS_DICT(kw)->used : 0));
    }
    Value a[2] = {argc > 0 ? argv[0] : VAL_UNDEF, argc > 1 ? argv[1] : VAL_UNDEF};
    static const char *const names[2] = {"iterable", "maxlen"};
    if (kw_nonempty(kw)) {
        if (argc + AS_DICT(kw)->used > 2) {
            return kr_raise(vm, EXC_TypeError, "deque() takes at most 2 arguments (%d given)",
                            argc + (int)AS_DICT(kw)->used);
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
            int i = IS_STR(k) && strcmp(AS_STR(k)->data, "iterable") == 0 ? 0
                    : IS_STR(k) && strcmp(AS_STR(k)->data, "maxlen") == 0 ? 1
                                                                           : -1;
            if (i < 0) {
                return kr_raise(vm, EXC_TypeError,
                                "'%S' is an invalid keyword argument for deque()", k);
            }
            if (!IS_UNDEF(a[i])) {
                return kr_raise(vm, EXC_TypeError,
                                "argument for deque() given by name ('%s') and position (%d)",
                                names[i], i + 1);
            }
            a[i] = v;
        }
    }
    int64_t maxlen;
    if (parse_maxlen(vm, a[1], &maxlen) < 0) {
        return VAL_EXC;
    }
    Deque *d = deque_alloc(vm, maxlen);
    if (!d) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(a[0]) && deque_extend_with(vm, d, a[0], false) < 0) {
        return VAL_EXC;
    }
    return kr_obj(d);
}

static Value deque_append(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "append");
    return deque_push(vm, DQ(argv[0]), argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value deque_appendleft(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "appendleft");
    return deque_pushleft(vm, DQ(argv[0]), argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value deque_pop(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "pop");
    Deque *d = DQ(argv[0]);
    if (d->len == 0) {
        return kr_raise(vm, EXC_IndexError, "pop from an empty deque");
    }
    return deque_pop_raw(d);
}

static Value deque_popleft(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "popleft");
    Deque *d = DQ(argv[0]);
    if (d->len == 0) {
        return kr_raise(vm, EXC_IndexError, "pop from an empty deque");
    }
    return deque_popleft_raw(d);
}

static Value deque_extend(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "extend");
    return deque_extend_with(vm, DQ(argv[0]), argv[1], false) < 0 ? VAL_EXC : VAL_NONE;
}

static Value deque_extendleft(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "extendleft");
    return deque_extend_with(vm, DQ(argv[0]), argv[1], true) < 0 ? VAL_EXC : VAL_NONE;
}

static void deque_clear_raw(KrVm *vm, Deque *d) {
    if (d->items) {
        kr_mem_free(vm, d->items, (size_t)d->cap * sizeof(Value));
    }
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
}

static Value deque_clear(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "clear");
    deque_clear_raw(vm, DQ(argv[0]));
    return VAL_NONE;
}

static Value deque_rotate(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "rotate");
    Deque *d = DQ(argv[0]);
    int64_t n = 1;
    if (argc > 2) {
        return kr_raise(vm, EXC_TypeError, "deque.rotate expected at most 1 argument, got %d",
                        argc - 1);
    }
    if (argc > 1) {
        if (IS_FLOAT(argv[1]) || !kr_is_intlike(argv[1])) {
            return kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                            kr_typename(argv[1]));
        }
        if (kr_arg_index(vm, argv[1], &n) < 0) {
            return VAL_EXC;
        }
    }
    if (d->len <= 1) {
        return VAL_NONE;
    }
    int64_t k = n % d->len;
    if (k < 0) {
        k += d->len;
    }
    if (k == 0) {
        return VAL_NONE;
    }
    if (kr_tick(vm, d->len) < 0) {
        return VAL_EXC;
    }
    // rotate right by k: the last k items move to the front
    if (d->len == d->cap) {
        d->head = (d->head + d->len - k) % d->cap;
    } else {
        for (int64_t i = 0; i < k; i++) {
            Value v = deque_pop_raw(d);
            d->head = (d->head + d->cap - 1) % d->cap;
            d->items[d->head] = v;
            d->len++;
        }
    }
    d->state++;
    return VAL_NONE;
}

static Value deque_reverse(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "reverse");
    Deque *d = DQ(argv[0]);
    if (kr_tick(vm, d->len) < 0) {
        return VAL_EXC;
    }
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Value t = DQ_AT(d, i);
        DQ_AT(d, i) = DQ_AT(d, j);
        DQ_AT(d, j) = t;
    }
    d->state++;
    return VAL_NONE;
}

static Value deque_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "count");
    Deque *d = DQ(argv[0]);
    uint64_t state = d->state;
    int64_t c = 0;
    for (int64_t i = 0; i < d->len; i++) {
        int r = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, DQ_AT(d, i), argv[1]);
        if (r < 0) {
            return VAL_EXC;
        }
        if (d->state != state) {
            return kr_raise(vm, EXC_RuntimeError, "deque mutated during iteration");
        }
        c += r;
    }
    return kr_int(c);
}

static int slice_index(KrVm *vm, Value v, int64_t len, int64_t *out) {
    if (!kr_is_intlike(v)) {
        kr_raise(vm, EXC_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    int64_t i;
    if (IS_BIGINT(v)) {
        i = kr_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    } else {
        i = IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v);
    }
    if (i < 0) {
        i = i + len < 0 ? 0 : i + len;
    }
    *out = i > len ? len : i;
    return 0;
}

static Value deque_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "index");
    Deque *d = DQ(argv[0]);
    int64_t start = 0, stop = d->len;
    if ((argc > 2 && slice_index(vm, argv[2], d->len, &start) < 0) ||
        (argc > 3 && slice_index(vm, argv[3], d->len, &stop) < 0)) {
        return VAL_EXC;
    }
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->len; i++) {
        int r = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, DQ_AT(d, i), argv[1]);
        if (r < 0) {
            return VAL_EXC;
        }
        if (d->state != state) {
            return kr_raise(vm, EXC_RuntimeError, "deque mutated during iteration");
        }
        if (r) {
            return kr_int(i);
        }
    }
    return kr_raise(vm, EXC_ValueError, "%R is not in deque", argv[1]);
}

// Remove item [i] (0 <= i < len), shifting the shorter side.
static void deque_del_at(Deque *d, int64_t i) {
    if (i < d->len / 2) {
        for (int64_t j = i; j > 0; j--) {
            DQ_AT(d, j) = DQ_AT(d, j - 1);
        }
        (void)deque_popleft_raw(d);
    } else {
        for (int64_t j = i; j < d->len - 1; j++) {
            DQ_AT(d, j) = DQ_AT(d, j + 1);
        }
        (void)deque_pop_raw(d);
    }
}

static Value deque_remove(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "remove");
    Deque *d = DQ(argv[0]);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->len; i++) {
        int r = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, DQ_AT(d, i), argv[1]);
        if (r < 0) {
            return VAL_EXC;
        }
        if (d->state != state) {
            return kr_raise(vm, EXC_IndexError, "deque mutated during remove().");
        }
        if (r) {
            deque_del_at(d, i);
            return VAL_NONE;
        }
    }
    return kr_raise(vm, EXC_ValueError, "%R is not in deque", argv[1]);
}

static Value deque_insert(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "insert");
    if (argc != 3) {
        return kr_raise(vm, EXC_TypeError, "insert() takes exactly 2 arguments (%d given)",
                        argc - 1);
    }
    Deque *d = DQ(argv[0]);
    int64_t i;
    if (IS_FLOAT(argv[1]) || !kr_is_intlike(argv[1])) {
        return kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        kr_typename(argv[1]));
    }
    if (kr_arg_index(vm, argv[1], &i) < 0) {
        return VAL_EXC;
    }
    if (d->maxlen >= 0 && d->len >= d->maxlen) {
        return kr_raise(vm, EXC_IndexError, "deque already at its maximum size");
    }
    if (i < 0) {
        i = i + d->len < 0 ? 0 : i + d->len;
    }
    if (i > d->len) {
        i = d->len;
    }
    if (kr_tick(vm, d->len) < 0 || deque_push(vm, d, VAL_NONE) < 0) {
        return VAL_EXC;
    }
    for (int64_t j = d->len - 1; j > i; j--) {
        DQ_AT(d, j) = DQ_AT(d, j - 1);
    }
    DQ_AT(d, i) = argv[2];
    return VAL_NONE;
}

static Deque *deque_copy_raw(KrVm *vm, Deque *s) {
    Deque *d = deque_alloc(vm, s->maxlen);
    if (!d) {
        return NULL;
    }
    for (int64_t i = 0; i < s->len; i++) {
        if (deque_push(vm, d, DQ_AT(s, i)) < 0) {
            return NULL;
        }
    }
    return d;
}

static Value deque_copy(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "copy");
    if (kr_tick(vm, DQ(argv[0])->len) < 0) {
        return VAL_EXC;
    }
    Deque *d = deque_copy_raw(vm, DQ(argv[0]));
    return d ? kr_obj(d) : VAL_EXC;
}

static Value deque_get_maxlen(KrVm *vm, Value self) {
    Deque *d = DQ(self);
    return d->maxlen < 0 ? VAL_NONE : kr_int(d->maxlen);
}

static int64_t deque_len(KrVm *vm, Value self) { return DQ(self)->len; }

static int deque_idx(KrVm *vm, Deque *d, Value key, int64_t *out) {
    if (!kr_is_intlike(key)) {
        kr_raise(vm, EXC_TypeError, "sequence index must be integer, not '%s'", kr_typename(key));
        return -1;
    }
    if (IS_BIGINT(key)) {
        kr_raise(vm, EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    int64_t i = IS_BOOL(key) ? AS_BOOL(key) : AS_INT(key);
    if (i < 0) {
        i += d->len;
    }
    if (i < 0 || i >= d->len) {
        kr_raise(vm, EXC_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value deque_getitem(KrVm *vm, Value self, Value key) {
    int64_t i;
    return deque_idx(vm, DQ(self), key, &i) < 0 ? VAL_EXC : DQ_AT(DQ(self), i);
}

static int deque_setitem(KrVm *vm, Value self, Value key, Value v) {
    Deque *d = DQ(self);
    int64_t i;
    if (deque_idx(vm, d, key, &i) < 0) {
        return -1;
    }
    if (IS_UNDEF(v)) {
        if (kr_tick(vm, d->len / 2) < 0) {
            return -1;
        }
        deque_del_at(d, i);
        return 0;
    }
    DQ_AT(d, i) = v;
    return 0;
}

static int deque_contains(KrVm *vm, Value self, Value v) {
    Deque *d = DQ(self);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->len; i++) {
        int r = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, DQ_AT(d, i), v);
        if (r != 0) {
            return r;
        }
        if (d->state != state) {
            kr_raise(vm, EXC_RuntimeError, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

static Value deque_repr(KrVm *vm, Value self) {
    Deque *d = DQ(self);
    if (d->hdr.flags & KR_REPR_BUSY) {
        return kr_str_new(vm, "[...]", 5);
    }
    size_t mark = kr_scope_open(vm);
    Value l = kr_list_from(vm, 0, NULL);
    if (IS_EXC(l) || kr_scope_hold(vm, l) < 0 || kr_tick(vm, d->len) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    for (int64_t i = 0; i < d->len; i++) {
        if (kr_list_append(vm, AS_LIST(l), DQ_AT(d, i)) < 0) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
    }
    d->hdr.flags |= KR_REPR_BUSY;
    Value r = kr_repr(vm, l);
    d->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    char buf[48];
    snprintf(buf, sizeof buf, ", maxlen=%" PRId64 ")", d->maxlen);
    if (IS_EXC(r) || kr_sb_adds(&sb, "deque(") < 0 || kr_sb_add_str(&sb, r) < 0 ||
        kr_sb_adds(&sb, d->maxlen >= 0 ? buf : ")") < 0) {
        kr_sb_free(&sb);
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    kr_scope_close(vm, mark);
    return kr_sb_to_str(&sb);
}

static Value deque_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_isa(a, &kr_type_coll_deque) || !kr_isa(b, &kr_type_coll_deque)) {
        return vm->notimpl;
    }
    Deque *x = DQ(a), *y = DQ(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) {
        return kr_bool(op == CMP_NE);
    }
    int64_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        Value u = DQ_AT(x, i), w = DQ_AT(y, i);
        int r = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, u, w);
        if (r < 0) {
            return VAL_EXC;
        }
        if (!r) {
            if (op == CMP_EQ || op == CMP_NE) {
                return kr_bool(op == CMP_NE);
            }
            return kr_compare(vm, u, w, op);
        }
    }
    int64_t lx = x->len, ly = y->len;
    int c = (lx > ly) - (lx < ly);
    switch (op) {
    case CMP_LT:
        return kr_bool(c < 0);
    case CMP_LE:
        return kr_bool(c <= 0);
    case CMP_EQ:
        return kr_bool(c == 0);
    case CMP_NE:
        return kr_bool(c != 0);
    case CMP_GT:
        return kr_bool(c > 0);
    default:
        return kr_bool(c >= 0);
    }
}

// deque * n (in place with [inplace]): CPython keeps only the last maxlen items.
static Value deque_repeat(KrVm *vm, Deque *s, Value nv, bool inplace) {
    int64_t n;
    if (IS_BIGINT(nv)) {
        return kr_raise(vm, EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
    } else {
        n = IS_BOOL(nv) ? AS_BOOL(nv) : AS_INT(nv);
    }
    int64_t len = s->len;
    if (s->maxlen >= 0 && len > 0 && n > s->maxlen) {
        // Only the last maxlen items are kept and which ones ((-maxlen) mod len onwards) does not
        // depend on n: a smaller n gives the same deque without the huge intermediate size.
        n = s->maxlen + 1;
    }
    size_t total = 0;
    if (n > 0 && !kr_mul_ok((size_t)len, (size_t)n, &total)) {
        return kr_raise_nomem(vm);
    }
    if (n <= 0) {
        total = 0;
    }
    int64_t start = 0;
    if (s->maxlen >= 0 && total > (size_t)s->maxlen) {
        start = (int64_t)(total - (size_t)s->maxlen);
    }
    if (total > (size_t)INT64_MAX / 2 || kr_tick(vm, (int64_t)total - start) < 0) {
        return IS_UNDEF(vm->exc) ? kr_raise_nomem(vm) : VAL_EXC;
    }
    Deque *d = deque_alloc(vm, s->maxlen);
    if (!d) {
        return VAL_EXC;
    }
    for (int64_t i = start; i < (int64_t)total; i++) {
        if (deque_push(vm, d, DQ_AT(s, i % len)) < 0) {
            return VAL_EXC;
        }
    }
    if (!inplace) {
        return kr_obj(d);
    }
    // move d's storage into s
    if (s->items) {
        kr_mem_free(vm, s->items, (size_t)s->cap * sizeof(Value));
    }
    s->items = d->items;
    s->cap = d->cap;
    s->head = d->head;
    s->len = d->len;
    s->state++;
    d->items = NULL;
    d->cap = d->len = d->head = 0;
    return kr_obj(s);
}

static Value deque_binop(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    bool inplace = op >= BINOP_INPLACE;
    if (IS_UNDEF(b)) {
        return vm->notimpl;
    }
    if (base == BINOP_ADD && kr_isa(a, &kr_type_coll_deque)) {
        if (inplace) {
            return deque_extend_with(vm, DQ(a), b, false) < 0 ? VAL_EXC : a;
        }
        if (!kr_isa(b, &kr_type_coll_deque)) {
            return kr_raise(vm, EXC_TypeError, "can only concatenate deque (not \"%s\") to deque",
                            kr_typename(b));
        }
        size_t mark = kr_scope_open(vm);
        Deque *d = kr_tick(vm, DQ(a)->len + DQ(b)->len) < 0 ? NULL : deque_copy_raw(vm, DQ(a));
        Value r = d ? kr_obj(d) : VAL_EXC;
        if (d && (kr_scope_hold(vm, r) < 0 || deque_extend_with(vm, d, b, false) < 0)) {
            r = VAL_EXC;
        }
        kr_scope_close(vm, mark);
        return r;
    }
    if (base == BINOP_MUL) {
        if (kr_isa(a, &kr_type_coll_deque) && kr_is_intlike(b)) {
            return deque_repeat(vm, DQ(a), b, inplace);
        }
        if (!inplace && kr_isa(b, &kr_type_coll_deque) && kr_is_intlike(a)) {
            return deque_repeat(vm, DQ(b), a, false);
        }
        Value other = kr_isa(a, &kr_type_coll_deque) ? b : a;
        return kr_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                        kr_typename(other));
    }
    return vm->notimpl;
}

static Value deque_iter_make(KrVm *vm, Value self, bool rev) {
    Deque *d = DQ(self);
    DequeIter *it = kr_gc_alloc(vm, rev ? &kr_type_coll_deque_reviter : &kr_type_coll_deque_iter,
                                sizeof(DequeIter));
    if (!it) {
        return VAL_EXC;
    }
    it->d = d;
    it->index = 0;
    it->counter = d->len;
    it->state = d->state;
    return kr_obj(it);
}

static Value deque_iter(KrVm *vm, Value self) { return deque_iter_make(vm, self, false); }

static Value deque_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_deque, "__reversed__");
    return deque_iter_make(vm, argv[0], true);
}

static Value deque_copy_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return deque_copy(vm, argc, argv, kw);
}

static void dequeiter_trace(KrVm *vm, Obj *o) {
    DequeIter *it = (DequeIter *)o;
    if (it->d) {
        kr_gc_mark(vm, &it->d->hdr);
    }
}

static Value dequeiter_self(KrVm *vm, Value self) { return self; }

static Value dequeiter_step(KrVm *vm, Value self, bool rev) {
    DequeIter *it = (DequeIter *)AS_OBJ(self);
    Deque *d = it->d;
    if (!d || it->counter <= 0) {
        return VAL_UNDEF;
    }
    if (d->state != it->state) {
        it->counter = 0;
        return kr_raise(vm, EXC_RuntimeError, "deque mutated during iteration");
    }
    if (it->index < 0 || it->index >= d->len) { // (only from inconsistent snapshot bytes)
        it->counter = 0;
        return VAL_UNDEF;
    }
    Value v = rev ? DQ_AT(d, d->len - 1 - it->index) : DQ_AT(d, it->index);
    it->index++;
    it->counter--;
    return v;
}

static Value dequeiter_next(KrVm *vm, Value self) { return dequeiter_step(vm, self, false); }
static Value dequereviter_next(KrVm *vm, Value self) { return dequeiter_step(vm, self, true); }

static Value dequeiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!kr_isa(argv[0], &kr_type_coll_deque_iter) &&
        !kr_isa(argv[0], &kr_type_coll_deque_reviter)) {
        return bad_self(vm, "__length_hint__", &kr_type_coll_deque_iter, argv[0]);
    }
    int64_t n = ((DequeIter *)AS_OBJ(argv[0]))->counter;
    return kr_int(n < 0 ? 0 : n);
}

static const NativeDef deque_methods[] = {
    NATIVE("append", deque_append, 1, 1, 0),
    NATIVE("appendleft", deque_appendleft, 1, 1, 0),
    NATIVE("pop", deque_pop, 0, 0, 0),
    NATIVE("popleft", deque_popleft, 0, 0, 0),
    NATIVE("extend", deque_extend, 1, 1, 0),
    NATIVE("extendleft", deque_extendleft, 1, 1, 0),
    NATIVE("clear", deque_clear, 0, 0, 0),
    NATIVE("rotate", deque_rotate, 0, -1, 0),
    NATIVE("reverse", deque_reverse, 0, 0, 0),
    NATIVE("count", deque_count, 1, 1, 0),
    NATIVE("index", deque_index, 1, 3, NATIVE_OLDARGS),
    NATIVE("remove", deque_remove, 1, 1, 0),
    NATIVE("insert", deque_insert, 0, -1, 0),
    NATIVE("copy", deque_copy, 0, 0, 0),
    NATIVE("__copy__", deque_copy_m, 0, 0, 0),
    NATIVE("__reversed__", deque_reversed, 0, 0, 0),
    NATIVE_END,
};

static const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen},
    {NULL, NULL},
};

const Type kr_type_coll_deque = {
    .name = "collections.deque",
    .id = TY_COLL_DEQUE,
    .basic_size = sizeof(Deque),
    .trace = deque_trace,
    .free = deque_free,
    .repr = deque_repr,
    .hash = unhashable,
    .richcmp = deque_richcmp,
    .iter = deque_iter,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .ctor = deque_ctor,
    .methods = deque_methods,
    .getset = deque_getset,
    .binop = deque_binop,
};

static const NativeDef dequeiter_methods[] = {
    NATIVE("__length_hint__", dequeiter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_coll_deque_iter = {
    .name = "_collections._deque_iterator",
    .id = TY_COLL_DEQUE_ITER,
    .basic_size = sizeof(DequeIter),
    .trace = dequeiter_trace,
    .iter = dequeiter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};

const Type kr_type_coll_deque_reviter = {
    .name = "_collections._deque_reverse_iterator",
    .id = TY_COLL_DEQUE_REVITER,
    .basic_size = sizeof(DequeIter),
    .trace = dequeiter_trace,
    .iter = dequeiter_self,
    .next = dequereviter_next,
    .methods = dequeiter_methods,
};

// =====================================================================================
// dict subclasses: shared slots
// =====================================================================================

typedef struct DefDict {
    Dict d;
    Value factory; // None or a callable
} DefDict;

#define DD(v) ((DefDict *)AS_OBJ(v))

static int64_t sub_len(KrVm *vm, Value self) { return AS_DICT(self)->used; }

static int sub_contains(KrVm *vm, Value self, Value key) {
    Value v = kr_dict_get(vm, AS_DICT(self), key);
    return IS_EXC(v) ? -1 : !IS_UNDEF(v);
}

static void plain_free(KrVm *vm, Obj *o) {
    kr_dict_free_storage(vm, (Dict *)o);
    kr_mem_free(vm, o, sizeof(Dict));
}

static void defdict_trace(KrVm *vm, Obj *o) {
    kr_dict_trace(vm, o);
    kr_gc_mark_value(vm, ((DefDict *)o)->factory);
}

static void defdict_free(KrVm *vm, Obj *o) {
    kr_dict_free_storage(vm, (Dict *)o);
    kr_mem_free(vm, o, sizeof(DefDict));
}

static size_t size_of(const Type *t) {
    return t == &kr_type_coll_defaultdict ? sizeof(DefDict) : sizeof(Dict);
}

// An empty object of dict subclass [t] (defaultdict: factory None).
static Dict *sub_new(KrVm *vm, const Type *t) {
    Dict *d = kr_dict_new_as(vm, t, size_of(t));
    if (d && t == &kr_type_coll_defaultdict) {
        ((DefDict *)d)->factory = VAL_NONE;
    }
    return d;
}

// =====================================================================================
// defaultdict
// =====================================================================================

// __missing__: factory() stored under [key]. Runs Python code.
static Value defdict_missing(KrVm *vm, Value self, Value key) {
    Value f = DD(self)->factory;
    if (IS_NONE(f)) {
        return kr_raise_with_arg(vm, EXC_KeyError, key);
    }
    size_t mark = kr_scope_open(vm);
    if (kr_scope_hold(vm, self) < 0 || kr_scope_hold(vm, key) < 0 || kr_scope_hold(vm, f) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    Value v = kr_call(vm, f, 0, NULL, VAL_UNDEF);
    if (!IS_EXC(v) && (kr_scope_hold(vm, v) < 0 || kr_dict_set(vm, AS_DICT(self), key, v) < 0)) {
        v = VAL_EXC;
    }
    kr_scope_close(vm, mark);
    return v;
}

static Value defdict_getitem(KrVm *vm, Value self, Value key) {
    Value v = kr_dict_get(vm, AS_DICT(self), key);
    if (!IS_UNDEF(v)) {
        return v;
    }
    return defdict_missing(vm, self, key);
}

static Value defdict_missing_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_defaultdict, "__missing__");
    return defdict_missing(vm, argv[0], argv[1]);
}

static Value defdict_repr(KrVm *vm, Value self) {
    size_t mark = kr_scope_open(vm);
    Value f = DD(self)->factory;
    Value fr = IS_NONE(f) ? kr_str_from_cstr(vm, "None") : VAL_UNDEF;
    if (IS_UNDEF(fr)) {
        fr = kr_repr(vm, f);
    }
    Value dr = IS_EXC(fr) || kr_scope_hold(vm, fr) < 0 ? VAL_EXC : kr_dict_repr(vm, self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (IS_EXC(dr) || kr_sb_adds(&sb, "defaultdict(") < 0 || kr_sb_add_str(&sb, fr) < 0 ||
        kr_sb_adds(&sb, ", ") < 0 || kr_sb_add_str(&sb, dr) < 0 || kr_sb_addc(&sb, ')') < 0) {
        kr_sb_free(&sb);
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    kr_scope_close(vm, mark);
    return kr_sb_to_str(&sb);
}

static Value defdict_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value f = VAL_NONE;
    if (argc > 0) {
        f = argv[0];
        if (!IS_NONE(f)) {
            const Type *t = kr_type_of(f);
            bool callable = t == &kr_type_function || t == &kr_type_builtin ||
                            t == &kr_type_method || t == &kr_type_type || t == &kr_type_hostfn ||
                            t->call != NULL;
            if (!callable) {
                return kr_raise(vm, EXC_TypeError, "first argument must be callable or None");
            }
        }
        argc--;
        argv++;
    }
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "dict expected at most 1 argument, got %d", argc);
    }
    DefDict *d = (DefDict *)sub_new(vm, &kr_type_coll_defaultdict);
    if (!d) {
        return VAL_EXC;
    }
    d->factory = f;
    if ((argc > 0 && kr_dict_update(vm, &d->d, argv[0]) < 0) ||
        (kw_nonempty(kw) && kr_dict_update(vm, &d->d, kw) < 0)) {
        return VAL_EXC;
    }
    return kr_obj(d);
}

static Value defdict_copy(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_defaultdict, "copy");
    DefDict *d = (DefDict *)kr_dict_copy_as(vm, AS_DICT(argv[0]), &kr_type_coll_defaultdict,
                                            sizeof(DefDict));
    if (!d) {
        return VAL_EXC;
    }
    d->factory = DD(argv[0])->factory;
    return kr_obj(d);
}

static Value defdict_get_factory(KrVm *vm, Value self) { return DD(self)->factory; }

// Any value may be set (CPython checks callability only in the constructor); del sets None.
static int defdict_setattr(KrVm *vm, Value self, Value name, Value v) {
    if (strcmp(AS_STR(name)->data, "default_factory") != 0) {
        return 1;
    }
    DD(self)->factory = IS_UNDEF(v) ? VAL_NONE : v;
    return 0;
}

// cls.fromkeys(iterable, value=None) for the dict subclasses: an instance of the subclass.
static Value sub_fromkeys(KrVm *vm, int argc, const Value *argv, Value kw) {
    const Type *t = IS_TYPEOBJ(argv[0]) ? AS_TYPEOBJ(argv[0])->kind : &kr_type_coll_ordereddict;
    if (t == &kr_type_coll_counter) {
        return kr_raise(vm, EXC_NotImplementedError,
                        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    }
    Value v = argc > 2 ? argv[2] : VAL_NONE;
    size_t outer = kr_scope_open(vm);
    Dict *d = sub_new(vm, t);
    Value it = d ? kr_iter(vm, argv[1]) : VAL_EXC;
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0 || kr_scope_hold(vm, kr_obj(d)) < 0) {
        kr_scope_close(vm, outer);
        return VAL_EXC;
    }
    for (int64_t n = 1;; n++) {
        if (kr_gc_poll(vm) < 0) {
            kr_scope_close(vm, outer);
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (IS_EXC(k) || kr_dict_set(vm, d, k, v) < 0 || ((n & 63) == 0 && kr_tick(vm, 64) < 0)) {
            kr_scope_close(vm, outer);
            return VAL_EXC;
        }
        kr_scope_close(vm, mark);
    }
    kr_scope_close(vm, outer);
    return kr_obj(d);
}

// defaultdict | dict, dict | defaultdict (a copy of the defaultdict's side, its factory kept),
// OrderedDict | dict; in place: dict's update.
static Value sub_binop(KrVm *vm, int op, Value a, Value b) {
    if ((op & 15) != BINOP_OR || IS_UNDEF(b)) {
        return vm->notimpl;
    }
    if (op >= BINOP_INPLACE) {
        return kr_dict_update(vm, AS_DICT(a), b) < 0 ? VAL_EXC : a;
    }
    if (!IS_DICT(a) || !IS_DICT(b)) {
        return vm->notimpl;
    }
    Value self = a;
    const Type *t = AS_OBJ(a)->type;
    if (t != &kr_type_coll_defaultdict && t != &kr_type_coll_ordereddict) {
        self = b;
        t = AS_OBJ(b)->type;
    }
    size_t mark = kr_scope_open(vm);
    Dict *d = kr_dict_copy_as(vm, AS_DICT(a), t, size_of(t));
    if (d && t == &kr_type_coll_defaultdict) {
        ((DefDict *)d)->factory = DD(self)->factory;
    }
    Value r = d ? kr_obj(d) : VAL_EXC;
    if (d && (kr_scope_hold(vm, r) < 0 || kr_dict_update(vm, d, b) < 0)) {
        r = VAL_EXC;
    }
    kr_scope_close(vm, mark);
    return r;
}

static const NativeDef defdict_methods[] = {
    NATIVE("__missing__", defdict_missing_m, 1, 1, 0),
    NATIVE("copy", defdict_copy, 0, 0, 0),
    NATIVE("__copy__", defdict_copy, 0, 0, 0),
    NATIVE("fromkeys", sub_fromkeys, 1, 2, NATIVE_CLASS),
    NATIVE_END,
};

static const GetSetDef defdict_getset[] = {
    {"default_factory", defdict_get_factory},
    {NULL, NULL},
};

const Type kr_type_coll_defaultdict = {
    .name = "collections.defaultdict",
    .id = TY_COLL_DEFAULTDICT,
    .basic_size = sizeof(DefDict),
    .trace = defdict_trace,
    .free = defdict_free,
    .repr = defdict_repr,
    .hash = unhashable,
    .richcmp = kr_dict_richcmp,
    .iter = kr_dict_iter,
    .len = sub_len,
    .getitem = defdict_getitem,
    .setitem = kr_dict_setitem,
    .contains = sub_contains,
    .ctor = defdict_ctor,
    .methods = defdict_methods,
    .getset = defdict_getset,
    .setattr = defdict_setattr,
    .dict_layout = 1,
    .binop = sub_binop,
};

// =====================================================================================
// OrderedDict
// =====================================================================================

static Value od_getitem(KrVm *vm, Value self, Value key) {
    Value v = kr_dict_get(vm, AS_DICT(self), key);
    if (IS_UNDEF(v)) {
        return kr_raise_with_arg(vm, EXC_KeyError, key);
    }
    return v;
}

static Value od_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "expected at most 1 arguments, got %d", argc);
    }
    Dict *d = sub_new(vm, &kr_type_coll_ordereddict);
    if (!d || (argc > 0 && kr_dict_update(vm, d, argv[0]) < 0) ||
        (kw_nonempty(kw) && kr_dict_update(vm, d, kw) < 0)) {
        return VAL_EXC;
    }
    return kr_obj(d);
}

static Value od_repr(KrVm *vm, Value self) {
    Dict *d = AS_DICT(self);
    if (d->used == 0) {
        return kr_str_from_cstr(vm, "OrderedDict()");
    }
    if (d->hdr.flags & KR_REPR_BUSY) {
        return kr_str_from_cstr(vm, "...");
    }
    size_t mark = kr_scope_open(vm);
    Value l = kr_list_from(vm, 0, NULL);
    if (IS_EXC(l) || kr_scope_hold(vm, l) < 0 || kr_tick(vm, d->used) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        Value t = kr_tuple_pack(vm, 2, k, v);
        if (IS_EXC(t) || kr_list_append(vm, AS_LIST(l), t) < 0) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
    }
    d->hdr.flags |= KR_REPR_BUSY;
    Value r = kr_repr(vm, l);
    d->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (IS_EXC(r) || kr_sb_adds(&sb, "OrderedDict(") < 0 || kr_sb_add_str(&sb, r) < 0 ||
        kr_sb_addc(&sb, ')') < 0) {
        kr_sb_free(&sb);
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    kr_scope_close(vm, mark);
    return kr_sb_to_str(&sb);
}

// == between two OrderedDicts is order-sensitive; otherwise dict's comparison.
static Value od_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    Value r = kr_dict_richcmp(vm, a, b, op);
    if (IS_EXC(r) || is_notimpl(vm, r) || !kr_isa(a, &kr_type_coll_ordereddict) ||
        !kr_isa(b, &kr_type_coll_ordereddict)) {
        return r;
    }
    bool eq = AS_BOOL(r) == (op == CMP_EQ);
    if (!eq) {
        return r;
    }
    Dict *x = AS_DICT(a), *y = AS_DICT(b);
    int64_t px = 0, py = 0;
    Value kx, ky, vx, vy;
    while (kr_dict_next(x, &px, &kx, &vx) && kr_dict_next(y, &py, &ky, &vy)) {
        int c = kr_eq(vm, kx, ky);
        if (c < 0) {
            return VAL_EXC;
        }
        if (!c) {
            return kr_bool(op == CMP_NE);
        }
    }
    return kr_bool(op == CMP_EQ);
}

static int bind_last(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                     const char *const *names, int nnames, Value *out, bool *last) {
    if (kr_args_bind(vm, fname, argc, argv, kw, names, nnames, 0, nnames, nnames - 1, out) < 0) {
        return -1;
    }
    *last = true;
    if (!IS_UNDEF(out[nnames - 1])) {
        int t = kr_truthy(vm, out[nnames - 1]);
        if (t < 0) {
            return -1;
        }
        *last = t;
    }
    return 0;
}

static Value od_move_to_end(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_ordereddict, "move_to_end");
    static const char *const names[] = {"key", "last"};
    Value a[2];
    bool last;
    if (bind_last(vm, "move_to_end", argc - 1, argv + 1, kw, names, 2, a, &last) < 0) {
        return VAL_EXC;
    }
    int r = kr_dict_move_to_end(vm, AS_DICT(argv[0]), a[0], last);
    if (r < 0) {
        return VAL_EXC;
    }
    if (r == 1) {
        return kr_raise_with_arg(vm, EXC_KeyError, a[0]);
    }
    return VAL_NONE;
}

static Value od_popitem(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_ordereddict, "popitem");
    static const char *const names[] = {"last"};
    Value a[1];
    bool last;
    if (bind_last(vm, "popitem", argc - 1, argv + 1, kw, names, 1, a, &last) < 0) {
        return VAL_EXC;
    }
    Dict *d = AS_DICT(argv[0]);
    if (d->used == 0) {
        return kr_raise(vm, EXC_KeyError, "dictionary is empty");
    }
    DictEntry *e = NULL;
    if (last) {
        for (int64_t i = d->nentries - 1; i >= 0 && !e; i--) {
            e = IS_UNDEF(d->entries[i].key) ? NULL : &d->entries[i];
        }
    } else {
        for (int64_t i = 0; i < d->nentries && !e; i++) {
            e = IS_UNDEF(d->entries[i].key) ? NULL : &d->entries[i];
        }
    }
    if (!e) {
        return kr_raise(vm, EXC_KeyError, "dictionary is empty");
    }
    Value t = kr_tuple_pack(vm, 2, e->key, e->value);
    if (IS_EXC(t) || kr_dict_del(vm, d, AS_TUPLE(t)->items[0]) < 0) {
        return VAL_EXC;
    }
    return t;
}

static Value od_copy(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_ordereddict, "copy");
    Dict *d = kr_dict_copy_as(vm, AS_DICT(argv[0]), &kr_type_coll_ordereddict, sizeof(Dict));
    return d ? kr_obj(d) : VAL_EXC;
}

static const NativeDef od_methods[] = {
    NATIVE("move_to_end", od_move_to_end, 0, -1, NATIVE_KW),
    NATIVE("popitem", od_popitem, 0, -1, NATIVE_KW),
    NATIVE("copy", od_copy, 0, 0, 0),
    NATIVE("__copy__", od_copy, 0, 0, 0),
    NATIVE("fromkeys", sub_fromkeys, 1, 2, NATIVE_CLASS),
    NATIVE_END,
};

const Type kr_type_coll_ordereddict = {
    .name = "collections.OrderedDict",
    .id = TY_COLL_ORDEREDDICT,
    .basic_size = sizeof(Dict),
    .trace = kr_dict_trace,
    .free = plain_free,
    .repr = od_repr,
    .hash = unhashable,
    .richcmp = od_richcmp,
    .iter = kr_dict_iter,
    .len = sub_len,
    .getitem = od_getitem,
    .setitem = kr_dict_setitem,
    .contains = sub_contains,
    .ctor = od_ctor,
    .methods = od_methods,
    .dict_layout = 1,
    .binop = sub_binop,
};

// =====================================================================================
// Counter
// =====================================================================================

#define IS_COUNTER(v) kr_isa(v, &kr_type_coll_counter)

// self[key] with missing keys counting 0 (never inserted).
static Value cnt_get(KrVm *vm, Dict *d, Value key) {
    Value v = kr_dict_get(vm, d, key);
    return IS_UNDEF(v) ? kr_int(0) : v;
}

static Value cnt_getitem(KrVm *vm, Value self, Value key) {
    return cnt_get(vm, AS_DICT(self), key);
}

// del c[x] of a missing x is no error.
static int cnt_setitem(KrVm *vm, Value self, Value key, Value v) {
    if (!IS_UNDEF(v)) {
        return kr_dict_set(vm, AS_DICT(self), key, v);
    }
    return kr_dict_del(vm, AS_DICT(self), key) < 0 ? -1 : 0;
}

// Counter.update / subtract: counting [iterable] (or adding/subtracting a mapping's counts).
// Runs Python code.
static int cnt_count(KrVm *vm, Dict *d, Value src, bool sub) {
    if (IS_DICT(src)) {
        Dict *m = AS_DICT(src);
        if (!sub && d->used == 0) {
            return kr_dict_update(vm, d, src); // CPython's fast path: counts copied unchanged
        }
        if (kr_tick(vm, m->nentries) < 0) {
            return -1;
        }
        for (int64_t i = 0; i < m->nentries; i++) {
            DictEntry e = m->entries[i];
            if (IS_UNDEF(e.key)) {
                continue;
            }
            Value old = kr_dict_get(vm, d, e.key);
            if (IS_EXC(old)) {
                return -1;
            }
            if (IS_UNDEF(old)) {
                old = kr_int(0);
            }
            Value nv = sub ? kr_binop(vm, BINOP_SUB, old, e.value)
                           : kr_binop(vm, BINOP_ADD, e.value, old);
            if (IS_EXC(nv) || kr_dict_set(vm, d, e.key, nv) < 0) {
                return -1;
            }
        }
        return 0;
    }
    size_t outer = kr_scope_open(vm);
    Value it = kr_iter(vm, src);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0 || kr_scope_hold(vm, kr_obj(d)) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int rc = 0;
    for (int64_t n = 1;; n++) {
        if (kr_gc_poll(vm) < 0) {
            rc = -1;
            break;
        }
        size_t mark = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, mark);
            break;
        }
        Value old = IS_EXC(k) || kr_scope_hold(vm, k) < 0 ? VAL_EXC : kr_dict_get(vm, d, k);
        Value nv = VAL_EXC;
        if (!IS_EXC(old)) {
            if (IS_UNDEF(old)) {
                nv = kr_int(sub ? -1 : 1);
            } else {
                nv = kr_binop(vm, sub ? BINOP_SUB : BINOP_ADD, old, kr_int(1));
            }
        }
        if (IS_EXC(nv) || kr_dict_set(vm, d, k, nv) < 0 || ((n & 63) == 0 && kr_tick(vm, 64) < 0)) {
            kr_scope_close(vm, mark);
            rc = -1;
            break;
        }
        kr_scope_close(vm, mark);
    }
    kr_scope_close(vm, outer);
    return rc;
}

static int cnt_update_common(KrVm *vm, Dict *d, const char *fname, int argc, const Value *argv,
                             Value kw, bool sub) {
    if (argc > 1) {
        kr_raise(vm, EXC_TypeError,
                 "%s() takes from 1 to 2 positional arguments but %d were given", fname, argc + 1);
        return -1;
    }
    if (argc == 1 && !IS_NONE(argv[0]) && cnt_count(vm, d, argv[0], sub) < 0) {
        return -1;
    }
    if (kw_nonempty(kw) && cnt_count(vm, d, kw, sub) < 0) {
        return -1;
    }
    return 0;
}

static Value cnt_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = sub_new(vm, &kr_type_coll_counter);
    if (!d || cnt_update_common(vm, d, "Counter.__init__", argc, argv, kw, false) < 0) {
        return VAL_EXC;
    }
    return kr_obj(d);
}

static Value cnt_update(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "update");
    return cnt_update_common(vm, AS_DICT(argv[0]), "Counter.update", argc - 1, argv + 1, kw,
                             false) < 0
               ? VAL_EXC
               : VAL_NONE;
}

static Value cnt_subtract(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "subtract");
    return cnt_update_common(vm, AS_DICT(argv[0]), "Counter.subtract", argc - 1, argv + 1, kw,
                             true) < 0
               ? VAL_EXC
               : VAL_NONE;
}

static Value cnt_missing(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "__missing__");
    return kr_int(0);
}

static Value cnt_total(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "total");
    Dict *d = AS_DICT(argv[0]);
    Value s = kr_int(0);
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        s = kr_tick(vm, 1) < 0 ? VAL_EXC : kr_binop(vm, BINOP_ADD, s, v);
        if (IS_EXC(s)) {
            return VAL_EXC;
        }
    }
    return s;
}

static Value count_key(KrVm *vm, int argc, const Value *argv, Value kw) {
    return AS_TUPLE(argv[0])->items[1];
}
static const NativeDef count_key_def = NATIVE("<count>", count_key, 1, 1, 0);

// The (elem, count) pairs sorted by count, largest first, ties in insertion order; the first
// [n] (n < 0: all).
static Value most_common(KrVm *vm, Dict *d, int64_t n) {
    size_t mark = kr_scope_open(vm);
    List *l = kr_list_new(vm, d->used);
    Value key = l ? kr_native_new(vm, &count_key_def, VAL_UNDEF, VAL_UNDEF) : VAL_EXC;
    if (IS_EXC(key) || kr_scope_hold(vm, kr_obj(l)) < 0 || kr_scope_hold(vm, key) < 0 ||
        kr_tick(vm, d->used) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        Value t = kr_tuple_pack(vm, 2, k, v);
        if (IS_EXC(t) || kr_list_append(vm, l, t) < 0) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
    }
    if (kr_list_sort(vm, l, key, true) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    if (n >= 0 && n < l->len) {
        for (int64_t i = n; i < l->len; i++) {
            l->items[i] = VAL_NONE;
        }
        l->len = n;
    }
    kr_scope_close(vm, mark);
    return kr_obj(l);
}

static Value cnt_most_common(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "most_common");
    static const char *const names[] = {"n"};
    Value a[1];
    if (kr_args_bind_def(vm, "Counter.most_common", true, argc - 1, argv + 1, kw, names, 1, 0,
                         a) < 0) {
        return VAL_EXC;
    }
    int64_t n = -1;
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0]) && !kr_is_intlike(a[0])) {
        // heapq.nlargest's steps with a non-int n: n == 1, then n >= size, then range(-n)
        int one = kr_eq(vm, a[0], kr_int(1));
        if (one < 0) {
            return VAL_EXC;
        }
        if (one) {
            return most_common(vm, AS_DICT(argv[0]), 1);
        }
        Value ge = kr_compare(vm, a[0], kr_int(AS_DICT(argv[0])->used), CMP_GE);
        int big = IS_EXC(ge) ? -1 : kr_truthy(vm, ge);
        if (big < 0) {
            return VAL_EXC;
        }
        if (big) {
            return kr_raise(vm, EXC_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
        }
        return kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        kr_typename(a[0]));
    }
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0])) {
        if (IS_BIGINT(a[0])) {
            n = kr_int_sign(a[0]) < 0 ? 0 : INT64_MAX;
        } else {
            n = IS_BOOL(a[0]) ? AS_BOOL(a[0]) : AS_INT(a[0]);
            n = n < 0 ? 0 : n;
        }
    }
    return most_common(vm, AS_DICT(argv[0]), n);
}

static Value attr(KrVm *vm, Value obj, const char *name) {
    return IS_EXC(obj) ? VAL_EXC : kr_getattr(vm, obj, kr_str_intern(vm, name, strlen(name)));
}

// chain.from_iterable(starmap(repeat, self.items())), as Lib/collections does: lazy, so bad
// counts fail only when iterated.
static Value cnt_elements(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "elements");
    Value m = kr_import(vm, kr_str_intern(vm, "itertools", 9));
    Value from = attr(vm, attr(vm, m, "chain"), "from_iterable");
    Value starmap = attr(vm, m, "starmap"), repeat = attr(vm, m, "repeat");
    Value items = attr(vm, argv[0], "items");
    if (IS_EXC(from) || IS_EXC(starmap) || IS_EXC(repeat) || IS_EXC(items)) {
        return VAL_EXC;
    }
    Value view = kr_call(vm, items, 0, NULL, VAL_UNDEF);
    if (IS_EXC(view)) {
        return VAL_EXC;
    }
    Value args[2] = {repeat, view};
    Value sm = kr_call(vm, starmap, 2, args, VAL_UNDEF);
    return IS_EXC(sm) ? VAL_EXC : kr_call(vm, from, 1, &sm, VAL_UNDEF);
}

static Value cnt_copy(KrVm *vm, int argc, const Value *argv, Value kw) {
    CHECK_SELF(&kr_type_coll_counter, "copy");
    Dict *d = kr_dict_copy_as(vm, AS_DICT(argv[0]), &kr_type_coll_counter, sizeof(Dict));
    return d ? kr_obj(d) : VAL_EXC;
}

static Value cnt_repr(KrVm *vm, Value self) {
    Dict *d = AS_DICT(self);
    if (d->used == 0) {
        return kr_str_from_cstr(vm, "Counter()");
    }
    size_t mark = kr_scope_open(vm);
    Value r = VAL_EXC;
    Value mc = most_common(vm, d, -1);
    Dict *tmp = NULL;
    if (IS_EXC(mc) && kr_exc_pending_is(vm, EXC_TypeError)) {
        (void)kr_exc_take(vm); // counts that do not order: dict order
        tmp = kr_dict_copy(vm, d);
    } else if (!IS_EXC(mc) && kr_scope_hold(vm, mc) >= 0) {
        tmp = kr_dict_new(vm);
        for (int64_t i = 0; tmp && i < AS_LIST(mc)->len; i++) {
            Tuple *t = AS_TUPLE(AS_LIST(mc)->items[i]);
            if (kr_dict_set(vm, tmp, t->items[0], t->items[1]) < 0) {
                tmp = NULL;
            }
        }
    }
    if (tmp && kr_scope_hold(vm, kr_obj(tmp)) >= 0) {
        Value dr = kr_repr(vm, kr_obj(tmp));
        StrBuf sb;
        kr_sb_init(&sb, vm);
        if (IS_EXC(dr) || kr_sb_adds(&sb, "Counter(") < 0 || kr_sb_add_str(&sb, dr) < 0 ||
            kr_sb_addc(&sb, ')') < 0) {
            kr_sb_free(&sb);
        } else {
            r = kr_sb_to_str(&sb);
        }
    }
    kr_scope_close(vm, mark);
    return r;
}

// result[elem] = count for the elements [keep] accepts, in the order CPython's Python code
// visits them. Binary ops: [b] a Counter; unary: [b] NULL.
typedef enum { C_ADD, C_SUB, C_OR, C_AND, C_POS, C_NEG } CntOp;

static int gt0(KrVm *vm, Value v) {
    Value r = kr_compare(vm, v, kr_int(0), CMP_GT);
    return IS_EXC(r) ? -1 : kr_truthy(vm, r);
}
static int lt0(KrVm *vm, Value v) {
    Value r = kr_compare(vm, v, kr_int(0), CMP_LT);
    return IS_EXC(r) ? -1 : kr_truthy(vm, r);
}
static int less(KrVm *vm, Value a, Value b) {
    Value r = kr_compare(vm, a, b, CMP_LT);
    return IS_EXC(r) ? -1 : kr_truthy(vm, r);
}

static Value cnt_arith(KrVm *vm, Dict *a, Dict *b, CntOp op) {
    size_t mark = kr_scope_open(vm);
    Dict *res = sub_new(vm, &kr_type_coll_counter);
    if (!res || kr_scope_hold(vm, kr_obj(res)) < 0 ||
        kr_tick(vm, a->nentries + (b ? b->nentries : 0)) < 0) {
        kr_scope_close(vm, mark);
        return VAL_EXC;
    }
    int64_t pos = 0;
    Value k, c;
    while (kr_dict_next(a, &pos, &k, &c)) {
        Value nc = c;
        int keep;
        if (op == C_POS || op == C_NEG) {
            keep = op == C_POS ? gt0(vm, c) : lt0(vm, c);
            if (keep > 0 && op == C_NEG) {
                nc = kr_binop(vm, BINOP_SUB, kr_int(0), c);
                keep = IS_EXC(nc) ? -1 : 1;
            }
        } else {
            Value o = cnt_get(vm, b, k);
            if (IS_EXC(o)) {
                keep = -1;
            } else if (op == C_ADD || op == C_SUB) {
                nc = kr_binop(vm, op == C_ADD ? BINOP_ADD : BINOP_SUB, c, o);
                keep = IS_EXC(nc) ? -1 : gt0(vm, nc);
            } else {
                int lt = less(vm, c, o);
                nc = op == C_OR ? (lt ? o : c) : (lt ? c : o);
                keep = lt < 0 ? -1 : gt0(vm, nc);
            }
        }
        if (keep < 0 || (keep && kr_dict_set(vm, res, k, nc) < 0)) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
    }
    if (b && op != C_AND) {
        pos = 0;
        while (kr_dict_next(b, &pos, &k, &c)) {
            Value in = kr_dict_get(vm, a, k);
            if (IS_EXC(in)) {
                kr_scope_close(vm, mark);
                return VAL_EXC;
            }
            if (!IS_UNDEF(in)) {
                continue;
            }
            int keep = op == C_SUB ? lt0(vm, c) : gt0(vm, c);
            Value nc = c;
            if (keep > 0 && op == C_SUB) {
                nc = kr_binop(vm, BINOP_SUB, kr_int(0), c);
                keep = IS_EXC(nc) ? -1 : 1;
            }
            if (keep < 0 || (keep && kr_dict_set(vm, res, k, nc) < 0)) {
                kr_scope_close(vm, mark);
                return VAL_EXC;
            }
        }
    }
    kr_scope_close(vm, mark);
    return kr_obj(res);
}

// c += other etc. (other: any mapping with items(); here dicts), then drop counts <= 0.
static Value cnt_inplace(KrVm *vm, Value self, Value other, int base) {
    Dict *d = AS_DICT(self);
    if (!IS_DICT(other)) {
        Value items = kr_getattr(vm, other, kr_str_intern(vm, "items", 5));
        if (IS_EXC(items)) {
            return VAL_EXC;
        }
        return vm->notimpl;
    }
    Dict *o = AS_DICT(other);
    if (kr_tick(vm, o->nentries + d->nentries) < 0) {
        return VAL_EXC;
    }
    if (base == BINOP_AND) {
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (IS_UNDEF(e.key)) {
                continue;
            }
            Value oc = kr_dict_get(vm, o, e.key);
            if (IS_UNDEF(oc)) {
                if (IS_COUNTER(other)) {
                    oc = kr_int(0);
                } else {
                    return kr_raise_with_arg(vm, EXC_KeyError, e.key);
                }
            }
            int lt = IS_EXC(oc) ? -1 : less(vm, oc, e.value);
            if (lt < 0 || (lt && kr_dict_set(vm, d, e.key, oc) < 0)) {
                return VAL_EXC;
            }
        }
    } else {
        for (int64_t i = 0; i < o->nentries; i++) {
            DictEntry e = o->entries[i];
            if (IS_UNDEF(e.key)) {
                continue;
            }
            Value c = cnt_get(vm, d, e.key);
            if (IS_EXC(c)) {
                return VAL_EXC;
            }
            Value nc;
            if (base == BINOP_OR) {
                int lt = less(vm, c, e.value);
                if (lt < 0) {
                    return VAL_EXC;
                }
                if (!lt) {
                    continue;
                }
                nc = e.value;
            } else {
                nc = kr_binop(vm, base == BINOP_ADD ? BINOP_ADD | BINOP_INPLACE
                                                    : BINOP_SUB | BINOP_INPLACE,
                              c, e.value);
            }
            if (IS_EXC(nc) || kr_dict_set(vm, d, e.key, nc) < 0) {
                return VAL_EXC;
            }
        }
    }
    // _keep_positive
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (IS_UNDEF(e.key)) {
            continue;
        }
        int g = gt0(vm, e.value);
        if (g < 0 || (!g && kr_dict_del(vm, d, e.key) < 0)) {
            return VAL_EXC;
        }
    }
    return self;
}

static Value cnt_binop(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    if (!IS_COUNTER(a)) {
        return vm->notimpl;
    }
    if (IS_UNDEF(b)) {
        return base == BINOP_ADD || base == BINOP_SUB
                   ? cnt_arith(vm, AS_DICT(a), NULL, base == BINOP_ADD ? C_POS : C_NEG)
                   : vm->notimpl;
    }
    if (base != BINOP_ADD && base != BINOP_SUB && base != BINOP_OR && base != BINOP_AND) {
        return vm->notimpl;
    }
    if (op >= BINOP_INPLACE) {
        return cnt_inplace(vm, a, b, base);
    }
    if (!IS_COUNTER(b)) {
        return vm->notimpl;
    }
    CntOp c = base == BINOP_ADD   ? C_ADD
              : base == BINOP_SUB ? C_SUB
              : base == BINOP_OR  ? C_OR
                                  : C_AND;
    return cnt_arith(vm, AS_DICT(a), AS_DICT(b), c);
}

// Counter comparisons (3.10+): missing elements count as zero; <= is multiset inclusion.
static int cnt_all(KrVm *vm, Dict *a, Dict *b, CmpOp op) {
    Dict *pair[2] = {a, b};
    for (int p = 0; p < 2; p++) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(pair[p], &pos, &k, &v)) {
            Value x = cnt_get(vm, a, k), y = IS_EXC(x) ? VAL_EXC : cnt_get(vm, b, k);
            Value r = IS_EXC(y) || kr_tick(vm, 1) < 0 ? VAL_EXC : kr_compare(vm, x, y, op);
            int t = IS_EXC(r) ? -1 : kr_truthy(vm, r);
            if (t <= 0) {
                return t;
            }
        }
    }
    return 1;
}

static Value cnt_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!IS_COUNTER(a) || !IS_COUNTER(b)) {
        return vm->notimpl;
    }
    Dict *x = AS_DICT(a), *y = AS_DICT(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = cnt_all(vm, x, y, CMP_EQ);
        return r < 0 ? VAL_EXC : kr_bool(op == CMP_EQ ? r : !r);
    case CMP_LE:
    case CMP_GE:
        r = cnt_all(vm, x, y, op);
        return r < 0 ? VAL_EXC : kr_bool(r);
    default: {
        r = cnt_all(vm, x, y, op == CMP_LT ? CMP_LE : CMP_GE);
        if (r <= 0) {
            return r < 0 ? VAL_EXC : kr_bool(false);
        }
        r = cnt_all(vm, x, y, CMP_EQ);
        return r < 0 ? VAL_EXC : kr_bool(!r);
    }
    }
}

static const NativeDef cnt_methods[] = {
    NATIVE("most_common", cnt_most_common, 0, -1, NATIVE_KW),
    NATIVE("elements", cnt_elements, 0, 0, 0),
    NATIVE("update", cnt_update, 0, -1, NATIVE_KW),
    NATIVE("subtract", cnt_subtract, 0, -1, NATIVE_KW),
    NATIVE("total", cnt_total, 0, 0, 0),
    NATIVE("copy", cnt_copy, 0, 0, 0),
    NATIVE("__copy__", cnt_copy, 0, 0, 0),
    NATIVE("__missing__", cnt_missing, 1, 1, 0),
    NATIVE("fromkeys", sub_fromkeys, 1, 2, NATIVE_CLASS),
    NATIVE_END,
};

const Type kr_type_coll_counter = {
    .name = "Counter",
    .id = TY_COLL_COUNTER,
    .basic_size = sizeof(Dict),
    .trace = kr_dict_trace,
    .free = plain_free,
    .repr = cnt_repr,
    .hash = unhashable,
    .richcmp = cnt_richcmp,
    .iter = kr_dict_iter,
    .len = sub_len,
    .getitem = cnt_getitem,
    .setitem = cnt_setitem,
    .contains = sub_contains,
    .ctor = cnt_ctor,
    .methods = cnt_methods,
    .dict_layout = 1,
    .binop = cnt_binop,
};

// =====================================================================================
// Snapshots (module.h ModTypeSnap)
// =====================================================================================

static int snap_invalid(KrVm *vm, const Type *t) {
    kr_raise(vm, EXC_ValueError, "snapshot holds an invalid '%s' object", t->name);
    return -1;
}

// deque: nums [maxlen, state], vals the items.
static int deque_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    Deque *d = (Deque *)o;
    if (kr_snap_num(out, d->maxlen) < 0 || kr_snap_num(out, (int64_t)(d->state & INT64_MAX)) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < d->len; i++) {
        if (kr_snap_val(out, DQ_AT(d, i)) < 0) {
            return -1;
        }
    }
    return 0;
}

static Obj *deque_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 2 || nums[0] < -1 || nums[1] < 0) {
        snap_invalid(vm, t);
        return NULL;
    }
    Deque *d = deque_alloc(vm, nums[0]);
    if (d) {
        d->state = (uint64_t)nums[1];
    }
    return (Obj *)d;
}

static int deque_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    Deque *d = (Deque *)o;
    if (d->maxlen >= 0 && nvals > d->maxlen) {
        return snap_invalid(vm, o->type);
    }
    uint64_t state = d->state;
    for (int64_t i = 0; i < nvals; i++) {
        if (IS_UNDEF(vals[i]) || deque_push(vm, d, vals[i]) < 0) {
            return IS_UNDEF(vals[i]) ? snap_invalid(vm, o->type) : -1;
        }
    }
    d->state = state;
    return 0;
}

// deque iterators: nums [index, counter, state], vals [the deque].
static int dequeiter_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    DequeIter *it = (DequeIter *)o;
    if (kr_snap_num(out, it->index) < 0 || kr_snap_num(out, it->counter) < 0 ||
        kr_snap_num(out, (int64_t)(it->state & INT64_MAX)) < 0) {
        return -1;
    }
    return kr_snap_val(out, it->d ? kr_obj(it->d) : VAL_NONE);
}

static Obj *dequeiter_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 3 || nums[0] < 0 || nums[1] < 0 || nums[2] < 0) {
        snap_invalid(vm, t);
        return NULL;
    }
    DequeIter *it = kr_gc_alloc(vm, t, sizeof(DequeIter));
    if (it) {
        it->index = nums[0];
        it->counter = nums[1];
        it->state = (uint64_t)nums[2];
    }
    return (Obj *)it;
}

static int dequeiter_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    DequeIter *it = (DequeIter *)o;
    if (nvals != 1 || !kr_isa(vals[0], &kr_type_coll_deque)) {
        return snap_invalid(vm, o->type);
    }
    it->d = DQ(vals[0]);
    return 0;
}

// dict subclasses: nums [] ; vals [factory (defaultdict only), k0, v0, k1, v1, ...].
static int sub_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    Dict *d = (Dict *)o;
    if (o->type == &kr_type_coll_defaultdict && kr_snap_val(out, ((DefDict *)o)->factory) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!IS_UNDEF(e->key) && (kr_snap_val(out, e->key) < 0 || kr_snap_val(out, e->value) < 0)) {
            return -1;
        }
    }
    return 0;
}

static Obj *sub_snap_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 0 || !t->dict_layout) {
        snap_invalid(vm, t);
        return NULL;
    }
    return (Obj *)sub_new(vm, t);
}

static int sub_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    int64_t i = 0;
    if (o->type == &kr_type_coll_defaultdict) {
        if (nvals < 1 || IS_UNDEF(vals[0])) {
            return snap_invalid(vm, o->type);
        }
        ((DefDict *)o)->factory = vals[0];
        i = 1;
    }
    if ((nvals - i) % 2 != 0) {
        return snap_invalid(vm, o->type);
    }
    for (; i < nvals; i += 2) {
        if (IS_UNDEF(vals[i]) || IS_UNDEF(vals[i + 1])) {
            return snap_invalid(vm, o->type);
        }
        if (kr_dict_set(vm, (Dict *)o, vals[i], vals[i + 1]) < 0) {
            return -1;
        }
    }
    return 0;
}

static const ModTypeSnap deque_snap = {deque_save, deque_snap_alloc, deque_fill, NULL};
static const ModTypeSnap dequeiter_snap = {dequeiter_save, dequeiter_snap_alloc, dequeiter_fill,
                                           NULL};
static const ModTypeSnap sub_snap = {sub_save, sub_snap_alloc, sub_fill, NULL};

// =====================================================================================
// Module
// =====================================================================================

static Value coll_namedtuple(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_raise(vm, EXC_NotImplementedError,
                    "collections.namedtuple is not supported yet (it creates a class); use a "
                    "tuple or a dict instead");
}

static const NativeDef collections_funcs[] = {
    NATIVE("namedtuple", coll_namedtuple, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static const ModType collections_types[] = {
    {TY_COLL_DEQUE, "deque", &deque_snap, NULL},
    {TY_COLL_DEQUE_ITER, NULL, &dequeiter_snap, NULL},
    {TY_COLL_DEQUE_REVITER, NULL, &dequeiter_snap, NULL},
    {TY_COLL_DEFAULTDICT, "defaultdict", &sub_snap, NULL},
    {TY_COLL_ORDEREDDICT, "OrderedDict", &sub_snap, NULL},
    {TY_COLL_COUNTER, "Counter", &sub_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_collections = {"collections", collections_funcs, NULL, collections_types};
