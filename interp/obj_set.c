// SPDX-License-Identifier: MIT
// interp/obj_set.c: set and frozenset (CPython 3.11's setobject.c algorithm) and the set
// iterator.
//
// The table, probing (9 linear probes, then perturbed jumps), fill/resize policy, dummy
// entries, merge fast paths and the order in which each operation inserts are CPython's, so
// iterating a set of ints/tuples gives CPython's order. Entry states: empty (key VAL_UNDEF,
// hash 0), dummy (key tag V_EXC, hash -1), active (anything else).
//
// Element comparison (kr_eq) may run Python code that mutates the set: lookups restart when
// the table changed (Set.version counts table rebuilds and entry changes), as CPython does.
#include "module.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define SET_MINSIZE 8

typedef struct SetIter {
    Obj hdr;
    Set *s; // NULL once exhausted
    int64_t pos;
    int64_t used; // s->used when created; -1 after a size change was reported
    int64_t len;
} SetIter;

static inline bool e_empty(const SetEntry *e) { return e->key.tag == V_UNDEF; }
static inline bool e_dummy(const SetEntry *e) { return e->key.tag == V_EXC; }
static inline bool e_active(const SetEntry *e) { return !e_empty(e) && !e_dummy(e); }

static SetEntry *alloc_table(KrVm *vm, int64_t size) {
    size_t bytes;
    if (!kr_mul_ok((size_t)size, sizeof(SetEntry), &bytes)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    SetEntry *t = kr_mem_alloc(vm, bytes);
    if (t) {
        memset(t, 0, bytes); // key.tag 0 == V_UNDEF, hash 0: empty
    }
    return t;
}

static void free_table(KrVm *vm, SetEntry *t, int64_t mask) {
    if (t) {
        kr_mem_free(vm, t, (size_t)(mask + 1) * sizeof(SetEntry));
    }
}

Set *kr_set_new(KrVm *vm, bool frozen) {
    Set *s = kr_gc_alloc(vm, frozen ? &kr_type_frozenset : &kr_type_set, sizeof(Set));
    if (!s) {
        return NULL;
    }
    s->table = alloc_table(vm, SET_MINSIZE);
    if (!s->table) {
        return NULL; // the object is swept later; its free handles table == NULL
    }
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    return s;
}

static bool is_frozen(const Set *s) { return s->hdr.type == &kr_type_frozenset; }

static void insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    SetEntry *e;
    for (;;) {
        e = &table[i];
        if (e_empty(e)) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e_empty(e)) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

static int table_resize(KrVm *vm, Set *s, int64_t minused) {
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > INT64_MAX / 64) {
            kr_raise_nomem(vm);
            return -1;
        }
        newsize <<= 1;
    }
    if (newsize == SET_MINSIZE && s->mask == SET_MINSIZE - 1 && s->fill == s->used) {
        return 0; // CPython keeps its small table as is when there is nothing to purge
    }
    SetEntry *nt = alloc_table(vm, newsize);
    if (!nt) {
        return -1;
    }
    SetEntry *old = s->table;
    int64_t oldmask = s->mask;
    uint64_t nmask = (uint64_t)newsize - 1;
    if (s->fill != s->used) {
        s->fill = s->used;
    }
    for (int64_t i = 0; i <= oldmask; i++) {
        if (e_active(&old[i])) {
            insert_clean(nt, nmask, old[i].key, old[i].hash);
        }
    }
    s->table = nt;
    s->mask = (int64_t)nmask;
    free_table(vm, old, oldmask);
    s->version++;
    return 0;
}

// Entry index of [key], or -1 if absent, -2 on error. Runs Python code.
static int64_t lookkey(KrVm *vm, Set *s, Value key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        uint64_t j = i;
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            SetEntry *e = &s->table[j];
            if (e_empty(e)) {
                return -1;
            }
            if (e->hash == hash) {
                Value sk = e->key;
                if (kr_is(sk, key)) {
                    return (int64_t)j;
                }
                if (IS_STR(sk) && IS_STR(key)) {
                    if (kr_str_eq(AS_STR(sk), AS_STR(key))) {
                        return (int64_t)j;
                    }
                } else if (!(IS_INT(sk) && IS_INT(key))) {
                    uint64_t ver = s->version;
                    size_t m = kr_scope_open(vm);
                    if (kr_scope_hold(vm, sk) < 0) {
                        return -2;
                    }
                    int c = kr_eq(vm, sk, key);
                    kr_scope_close(vm, m);
                    if (c < 0) {
                        return -2;
                    }
                    if (ver != s->version || !kr_is(s->table[j].key, sk)) {
                        goto restart;
                    }
                    if (c > 0) {
                        return (int64_t)j;
                    }
                    mask = (uint64_t)s->mask;
                }
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_add_entry. Runs Python code.
static int add_entry(KrVm *vm, Set *s, Value key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask;
    uint64_t i = (uint64_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    int64_t freeslot = -1;
    uint64_t j;
    for (;;) {
        j = i;
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            SetEntry *e = &s->table[j];
            if (e->hash == 0 && e_empty(e)) {
                goto found_unused_or_dummy;
            }
            if (e->hash == hash) {
                Value sk = e->key;
                if (kr_is(sk, key)) {
                    return 0;
                }
                if (IS_STR(sk) && IS_STR(key)) {
                    if (kr_str_eq(AS_STR(sk), AS_STR(key))) {
                        return 0;
                    }
                } else if (!(IS_INT(sk) && IS_INT(key))) {
                    uint64_t ver = s->version;
                    size_t m = kr_scope_open(vm);
                    if (kr_scope_hold(vm, sk) < 0 || kr_scope_hold(vm, key) < 0) {
                        return -1;
                    }
                    int c = kr_eq(vm, sk, key);
                    kr_scope_close(vm, m);
                    if (c > 0) {
                        return 0;
                    }
                    if (c < 0) {
                        return -1;
                    }
                    if (ver != s->version || !kr_is(s->table[j].key, sk)) {
                        goto restart;
                    }
                    mask = (uint64_t)s->mask;
                }
            } else if (e->hash == -1 && e_dummy(e)) {
                freeslot = (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        s->used++;
        s->table[freeslot].key = key;
        s->table[freeslot].hash = hash;
        s->version++;
        return 0;
    }
    s->fill++;
    s->used++;
    s->table[j].key = key;
    s->table[j].hash = hash;
    s->version++;
    if ((uint64_t)s->fill * 5 < mask * 3) {
        return 0;
    }
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// 1 found and removed, 0 absent, -1 error.
static int discard_entry(KrVm *vm, Set *s, Value key, int64_t hash) {
    int64_t ix = lookkey(vm, s, key, hash);
    if (ix == -2) {
        return -1;
    }
    if (ix < 0) {
        return 0;
    }
    SetEntry *e = &s->table[ix];
    e->key = (Value){.tag = V_EXC};
    e->hash = -1;
    s->used--;
    s->version++;
    return 1;
}

static int contains_entry(KrVm *vm, Set *s, Value key, int64_t hash) {
    int64_t ix = lookkey(vm, s, key, hash);
    return ix == -2 ? -1 : ix >= 0;
}

static int clear_internal(KrVm *vm, Set *s) {
    if (s->mask == SET_MINSIZE - 1) {
        memset(s->table, 0, SET_MINSIZE * sizeof(SetEntry));
    } else {
        SetEntry *t = alloc_table(vm, SET_MINSIZE);
        if (!t) {
            return -1;
        }
        free_table(vm, s->table, s->mask);
        s->table = t;
        s->mask = SET_MINSIZE - 1;
    }
    s->fill = 0;
    s->used = 0;
    s->version++;
    return 0;
}

// set_next over the live table: re-reads storage each step (callers may run Python code).
static bool next_entry(Set *s, int64_t *pos, Value *key, int64_t *hash) {
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e_active(e)) {
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    return false;
}

bool kr_set_next(Set *s, int64_t *pos, Value *key) {
    int64_t h;
    return next_entry(s, pos, key, &h);
}

// ----- Public API -----

int kr_set_add(KrVm *vm, Set *s, Value key) {
    int64_t hash;
    if (kr_hash(vm, key, &hash) < 0) {
        return -1;
    }
    return add_entry(vm, s, key, hash);
}

static int key_hash_or_frozen(KrVm *vm, Value *key, int64_t *hash) {
    if (kr_hash(vm, *key, hash) == 0) {
        return 0;
    }
    // A set used as a key is looked up as the equal frozenset, like CPython.
    if (!kr_isa(*key, &kr_type_set) || !kr_exc_pending_is(vm, EXC_TypeError)) {
        return -1;
    }
    (void)kr_exc_take(vm);
    Set *f = kr_set_new(vm, true);
    if (!f || kr_set_update(vm, f, *key) < 0) {
        return -1;
    }
    *key = kr_obj(f);
    return kr_hash(vm, *key, hash);
}

int kr_set_contains(KrVm *vm, Set *s, Value key) {
    int64_t hash;
    if (key_hash_or_frozen(vm, &key, &hash) < 0) {
        return -1;
    }
    return contains_entry(vm, s, key, hash);
}

int kr_set_discard(KrVm *vm, Set *s, Value key) {
    int64_t hash;
    if (key_hash_or_frozen(vm, &key, &hash) < 0) {
        return -1;
    }
    return discard_entry(vm, s, key, hash);
}

// set_merge: add every key of the set [o].
static int merge(KrVm *vm, Set *s, Set *o) {
    if (o == s || o->used == 0) {
        return 0;
    }
    if (kr_tick(vm, o->mask + 1) < 0) {
        return -1;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        if (table_resize(vm, s, (s->used + o->used) * 2) < 0) {
            return -1;
        }
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (size_t)(o->mask + 1) * sizeof(SetEntry));
        s->fill = o->fill;
        s->used = o->used;
        s->version++;
        return 0;
    }
    if (s->fill == 0) {
        for (int64_t i = 0; i <= o->mask; i++) {
            if (e_active(&o->table[i])) {
                insert_clean(s->table, (uint64_t)s->mask, o->table[i].key, o->table[i].hash);
            }
        }
        s->fill = o->used;
        s->used = o->used;
        s->version++;
        return 0;
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(o, &pos, &k, &h)) {
        size_t m = kr_scope_open(vm);
        int rc = kr_scope_hold(vm, k) < 0 ? -1 : add_entry(vm, s, k, h);
        kr_scope_close(vm, m);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// Drain an arbitrary iterable, calling fn(vm, s, key, hash) per item. Runs Python code.
static int for_each_item(KrVm *vm, Set *s, Value other,
                         int (*fn)(KrVm *, Set *, Value, int64_t)) {
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(s)) < 0) {
        return -1;
    }
    Value it = kr_iter(vm, other);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int rc = 0;
    for (int64_t n = 1;; n++) {
        if (kr_gc_poll(vm) < 0) { // between items: [s] and [it] are held
            rc = -1;
            break;
        }
        size_t m = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, m);
            break;
        }
        int64_t h;
        if (IS_EXC(k) || kr_hash(vm, k, &h) < 0 || fn(vm, s, k, h) < 0 ||
            ((n & 63) == 0 && kr_tick(vm, 64) < 0)) {
            kr_scope_close(vm, m);
            rc = -1;
            break;
        }
        kr_scope_close(vm, m);
    }
    kr_scope_close(vm, outer);
    return rc;
}

static int add_fn(KrVm *vm, Set *s, Value k, int64_t h) { return add_entry(vm, s, k, h); }
static int discard_fn(KrVm *vm, Set *s, Value k, int64_t h) {
    return discard_entry(vm, s, k, h) < 0 ? -1 : 0;
}

// set_update_internal.
int kr_set_update(KrVm *vm, Set *s, Value other) {
    if (kr_is_set(other)) {
        return merge(vm, s, AS_SET(other));
    }
    if (IS_DICT(other)) {
        Dict *d = AS_DICT(other);
        if (kr_tick(vm, d->nentries) < 0) {
            return -1;
        }
        if ((s->fill + d->used) * 5 >= s->mask * 3) {
            if (table_resize(vm, s, (s->used + d->used) * 2) < 0) {
                return -1;
            }
        }
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (IS_UNDEF(e.key)) {
                continue;
            }
            size_t m = kr_scope_open(vm);
            int rc = kr_scope_hold(vm, e.key) < 0 ? -1 : add_entry(vm, s, e.key, e.hash);
            kr_scope_close(vm, m);
            if (rc < 0) {
                return -1;
            }
        }
        return 0;
    }
    return for_each_item(vm, s, other, add_fn);
}

Value kr_frozenset_const(KrVm *vm, int64_t n, const Value *items) {
    // The compiler first builds frozenset(tuple) from the items, then merge_consts_recursive
    // rebuilds it from that set's iteration order: the table layout differs from one build.
    Set *first = kr_set_new(vm, true);
    if (!first) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < n; i++) {
        if (kr_set_add(vm, first, items[i]) < 0) {
            return VAL_EXC;
        }
    }
    Set *s = kr_set_new(vm, true);
    if (!s) {
        return VAL_EXC;
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(first, &pos, &k, &h)) {
        if (add_entry(vm, s, k, h) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(s);
}

// make_new_set(type, iterable)
static Set *new_set_from(KrVm *vm, bool frozen, Value iterable) {
    Set *s = kr_set_new(vm, frozen);
    if (!s) {
        return NULL;
    }
    if (!IS_UNDEF(iterable) && kr_set_update(vm, s, iterable) < 0) {
        return NULL;
    }
    return s;
}

static Set *set_copy(KrVm *vm, Set *s) { return new_set_from(vm, is_frozen(s), kr_obj(s)); }

// set_swap_bodies: [a] takes [b]'s table (b gets a's).
static void swap_bodies(Set *a, Set *b) {
    Set t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    a->hash = b->hash;
    a->version++;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    b->hash = t.hash;
    b->version++;
}

// set_intersection (result type follows [s]).
static Set *intersection(KrVm *vm, Set *s, Value other) {
    if (kr_is_set(other) && AS_SET(other) == s) {
        return set_copy(vm, s);
    }
    Set *r = kr_set_new(vm, is_frozen(s));
    if (!r) {
        return NULL;
    }
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(r)) < 0) {
        return NULL;
    }
    if (kr_is_set(other)) {
        Set *a = s, *o = AS_SET(other);
        if (o->used > a->used) {
            Set *t = a;
            a = o;
            o = t;
        }
        int64_t pos = 0, h;
        Value k;
        while (next_entry(o, &pos, &k, &h)) {
            size_t m = kr_scope_open(vm);
            int c = kr_scope_hold(vm, k) < 0 ? -1 : contains_entry(vm, a, k, h);
            if (c > 0) {
                c = add_entry(vm, r, k, h);
            }
            kr_scope_close(vm, m);
            if (c < 0) {
                kr_scope_close(vm, outer);
                return NULL;
            }
        }
        kr_scope_close(vm, outer);
        return r;
    }
    Value it = kr_iter(vm, other);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return NULL;
    }
    for (int64_t n = 1;; n++) {
        size_t m = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, m);
            break;
        }
        int64_t h;
        int c = IS_EXC(k) || kr_hash(vm, k, &h) < 0 ? -1 : contains_entry(vm, s, k, h);
        if (c > 0) {
            c = add_entry(vm, r, k, h);
        }
        if (c >= 0 && (n & 63) == 0 && kr_tick(vm, 64) < 0) {
            c = -1;
        }
        kr_scope_close(vm, m);
        if (c < 0) {
            kr_scope_close(vm, outer);
            return NULL;
        }
    }
    kr_scope_close(vm, outer);
    return r;
}

int kr_set_intersection_update(KrVm *vm, Set *s, Value other) {
    Set *t = intersection(vm, s, other);
    if (!t) {
        return -1;
    }
    swap_bodies(s, t);
    return 0;
}

// set_difference_update_internal.
int kr_set_difference_update(KrVm *vm, Set *s, Value other) {
    if (kr_is_set(other) && AS_SET(other) == s) {
        return clear_internal(vm, s);
    }
    if (kr_is_set(other)) {
        Set *o = AS_SET(other);
        if ((o->used >> 3) > s->used) {
            o = intersection(vm, s, other);
            if (!o) {
                return -1;
            }
        }
        size_t outer = kr_scope_open(vm);
        if (kr_scope_hold(vm, kr_obj(o)) < 0) {
            return -1;
        }
        int64_t pos = 0, h;
        Value k;
        while (next_entry(o, &pos, &k, &h)) {
            size_t m = kr_scope_open(vm);
            int c = kr_scope_hold(vm, k) < 0 ? -1 : discard_entry(vm, s, k, h);
            kr_scope_close(vm, m);
            if (c < 0) {
                kr_scope_close(vm, outer);
                return -1;
            }
        }
        kr_scope_close(vm, outer);
    } else if (for_each_item(vm, s, other, discard_fn) < 0) {
        return -1;
    }
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) {
        return 0;
    }
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// set_copy_and_difference / set_difference.
static Set *difference(KrVm *vm, Set *s, Value other) {
    int64_t osize;
    if (kr_is_set(other)) {
        osize = AS_SET(other)->used;
    } else if (IS_DICT(other)) {
        osize = AS_DICT(other)->used;
    } else {
        osize = -1;
    }
    if (osize < 0 || (s->used >> 2) > osize) {
        Set *r = set_copy(vm, s);
        if (!r || kr_set_difference_update(vm, r, other) < 0) {
            return NULL;
        }
        return r;
    }
    Set *r = kr_set_new(vm, is_frozen(s));
    if (!r) {
        return NULL;
    }
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(r)) < 0) {
        return NULL;
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(s, &pos, &k, &h)) {
        size_t m = kr_scope_open(vm);
        int c;
        if (kr_scope_hold(vm, k) < 0) {
            c = -1;
        } else if (IS_DICT(other)) {
            Value v = kr_dict_get(vm, AS_DICT(other), k); // hash is cached by the key types
            c = IS_EXC(v) ? -1 : !IS_UNDEF(v);
        } else {
            c = contains_entry(vm, AS_SET(other), k, h);
        }
        if (c == 0) {
            c = add_entry(vm, r, k, h);
        }
        kr_scope_close(vm, m);
        if (c < 0) {
            kr_scope_close(vm, outer);
            return NULL;
        }
    }
    kr_scope_close(vm, outer);
    return r;
}

static int symdiff_one(KrVm *vm, Set *s, Value k, int64_t h) {
    int c = discard_entry(vm, s, k, h);
    if (c == 0) {
        c = add_entry(vm, s, k, h);
    }
    return c < 0 ? -1 : 0;
}

int kr_set_symmetric_difference_update(KrVm *vm, Set *s, Value other) {
    if (kr_is_set(other) && AS_SET(other) == s) {
        return clear_internal(vm, s);
    }
    size_t outer = kr_scope_open(vm);
    if (IS_DICT(other)) {
        Dict *d = AS_DICT(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (IS_UNDEF(e.key)) {
                continue;
            }
            size_t m = kr_scope_open(vm);
            int c = kr_scope_hold(vm, e.key) < 0 ? -1 : symdiff_one(vm, s, e.key, e.hash);
            kr_scope_close(vm, m);
            if (c < 0) {
                kr_scope_close(vm, outer);
                return -1;
            }
        }
        kr_scope_close(vm, outer);
        return 0;
    }
    Set *o;
    if (kr_is_set(other)) {
        o = AS_SET(other);
    } else {
        o = new_set_from(vm, is_frozen(s), other);
        if (!o || kr_scope_hold(vm, kr_obj(o)) < 0) {
            kr_scope_close(vm, outer);
            return -1;
        }
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(o, &pos, &k, &h)) {
        size_t m = kr_scope_open(vm);
        int c = kr_scope_hold(vm, k) < 0 ? -1 : symdiff_one(vm, s, k, h);
        kr_scope_close(vm, m);
        if (c < 0) {
            kr_scope_close(vm, outer);
            return -1;
        }
    }
    kr_scope_close(vm, outer);
    return 0;
}

static Set *symmetric_difference(KrVm *vm, Set *s, Value other) {
    Set *o = new_set_from(vm, is_frozen(s), other);
    if (!o || kr_set_symmetric_difference_update(vm, o, kr_obj(s)) < 0) {
        return NULL;
    }
    return o;
}

// 1/0/-1: every item of [s] is in the set [o].
static int is_subset(KrVm *vm, Set *s, Set *o) {
    if (s->used > o->used) {
        return 0;
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(s, &pos, &k, &h)) {
        size_t m = kr_scope_open(vm);
        int c = kr_scope_hold(vm, k) < 0 ? -1 : contains_entry(vm, o, k, h);
        kr_scope_close(vm, m);
        if (c <= 0) {
            return c;
        }
    }
    return 1;
}

static int issubset_any(KrVm *vm, Set *s, Value other) {
    if (kr_is_set(other)) {
        return is_subset(vm, s, AS_SET(other));
    }
    Set *t = intersection(vm, s, other);
    if (!t) {
        return -1;
    }
    return t->used == s->used;
}

static int contains_fn_false(KrVm *vm, Set *s, Value k, int64_t h) {
    int c = contains_entry(vm, s, k, h);
    if (c == 0) {
        return -2; // stop: not a superset
    }
    return c < 0 ? -1 : 0;
}

static int issuperset_any(KrVm *vm, Set *s, Value other) {
    if (kr_is_set(other)) {
        return is_subset(vm, AS_SET(other), s);
    }
    // Iterate [other] and stop at the first item not in s.
    size_t outer = kr_scope_open(vm);
    Value it = kr_iter(vm, other);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int res = 1;
    for (;;) {
        size_t m = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, m);
            break;
        }
        int64_t h;
        int c = IS_EXC(k) || kr_hash(vm, k, &h) < 0 ? -1 : contains_fn_false(vm, s, k, h);
        kr_scope_close(vm, m);
        if (c == -2) {
            res = 0;
            break;
        }
        if (c < 0) {
            res = -1;
            break;
        }
    }
    kr_scope_close(vm, outer);
    return res;
}

// ----- GC -----

static void set_trace(KrVm *vm, Obj *o) {
    Set *s = (Set *)o;
    if (!s->table) {
        return;
    }
    for (int64_t i = 0; i <= s->mask; i++) {
        if (e_active(&s->table[i])) {
            kr_gc_mark_value(vm, s->table[i].key);
        }
    }
}

static void set_free(KrVm *vm, Obj *o) {
    Set *s = (Set *)o;
    free_table(vm, s->table, s->mask);
    kr_mem_free(vm, o, sizeof(Set));
}

// ----- Python-visible behaviour -----

static Value set_repr(KrVm *vm, Value self) {
    Set *s = AS_SET(self);
    const char *name = s->hdr.type->name;
    bool plain = !is_frozen(s);
    if (s->used == 0) {
        return kr_str_from_cstr(vm, plain ? "set()" : "frozenset()");
    }
    if (s->hdr.flags & KR_REPR_BUSY) {
        StrBuf sb;
        kr_sb_init(&sb, vm);
        if (kr_sb_adds(&sb, name) < 0 || kr_sb_adds(&sb, "(...)") < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
        return kr_sb_to_str(&sb);
    }
    s->hdr.flags |= KR_REPR_BUSY;
    Value r = VAL_EXC;
    Value l = kr_list_from_iterable(vm, self);
    Value lr = IS_EXC(l) ? VAL_EXC : kr_repr(vm, l);
    if (!IS_EXC(lr)) {
        Str *ls = AS_STR(lr);
        StrBuf sb;
        kr_sb_init(&sb, vm);
        int rc = 0;
        if (!plain) {
            rc |= kr_sb_adds(&sb, name);
            rc |= kr_sb_addc(&sb, '(');
        }
        rc |= kr_sb_addc(&sb, '{');
        rc |= kr_sb_add(&sb, ls->data + 1, (size_t)ls->len - 2);
        rc |= kr_sb_addc(&sb, '}');
        if (!plain) {
            rc |= kr_sb_addc(&sb, ')');
        }
        if (rc) {
            kr_sb_free(&sb);
        } else {
            r = kr_sb_to_str(&sb);
        }
    }
    s->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    return r;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static int frozenset_hash(KrVm *vm, Value self, int64_t *out) {
    Set *s = AS_SET(self);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    uint64_t hash = 0;
    for (int64_t i = 0; i <= s->mask; i++) {
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    }
    if ((s->mask + 1 - s->fill) & 1) {
        hash ^= shuffle_bits(0);
    }
    if ((s->fill - s->used) & 1) {
        hash ^= shuffle_bits((uint64_t)-1);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) {
        hash = 590923713ULL;
    }
    s->hash = (int64_t)hash;
    *out = s->hash;
    return 0;
}

static Value set_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_is_set(a) || !kr_is_set(b)) {
        return vm->notimpl;
    }
    Set *v = AS_SET(a), *w = AS_SET(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (v->used != w->used) {
            r = 0;
        } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
            r = 0;
        } else {
            r = is_subset(vm, v, w);
        }
        if (r >= 0 && op == CMP_NE) {
            r = !r;
        }
        break;
    case CMP_LE:
        r = is_subset(vm, v, w);
        break;
    case CMP_GE:
        r = is_subset(vm, w, v);
        break;
    case CMP_LT:
        r = v->used >= w->used ? 0 : is_subset(vm, v, w);
        break;
    default:
        r = v->used <= w->used ? 0 : is_subset(vm, w, v);
        break;
    }
    return r < 0 ? VAL_EXC : kr_bool(r);
}

static int64_t set_len(KrVm *vm, Value self) { return AS_SET(self)->used; }

static int set_contains(KrVm *vm, Value self, Value key) {
    return kr_set_contains(vm, AS_SET(self), key);
}

static Value set_iter(KrVm *vm, Value self) {
    SetIter *it = kr_gc_alloc(vm, &kr_type_set_iter, sizeof(SetIter));
    if (!it) {
        return VAL_EXC;
    }
    Set *s = AS_SET(self);
    it->s = s;
    it->used = s->used;
    it->len = s->used;
    return kr_obj(it);
}

static Value ctor_common(KrVm *vm, const char *name, bool frozen, int argc, const Value *argv,
                         Value kw) {
    if (kr_args_no_kw(vm, name, kw) < 0) {
        return VAL_EXC;
    }
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "%s expected at most 1 argument, got %d", name, argc);
    }
    if (frozen && argc == 1 && kr_isa(argv[0], &kr_type_frozenset)) {
        return argv[0];
    }
    Set *s = new_set_from(vm, frozen, argc ? argv[0] : VAL_UNDEF);
    return s ? kr_obj(s) : VAL_EXC;
}

static Value set_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    return ctor_common(vm, "set", false, argc, argv, kw);
}

static Value frozenset_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    return ctor_common(vm, "frozenset", true, argc, argv, kw);
}

Value kr_set_binop(KrVm *vm, int op, Value a, Value b) {
    if (!kr_is_set(a) || !kr_is_set(b)) {
        return vm->notimpl;
    }
    int base = op & 15;
    Set *s = AS_SET(a);
    if (op >= BINOP_INPLACE && !is_frozen(s)) {
        int rc;
        switch (base) {
        case BINOP_OR:
            rc = kr_set_update(vm, s, b);
            break;
        case BINOP_AND:
            rc = kr_set_intersection_update(vm, s, b);
            break;
        case BINOP_SUB:
            rc = kr_set_difference_update(vm, s, b);
            break;
        case BINOP_XOR:
            rc = kr_set_symmetric_difference_update(vm, s, b);
            break;
        default:
            return vm->notimpl;
        }
        return rc < 0 ? VAL_EXC : a;
    }
    Set *r;
    switch (base) {
    case BINOP_OR:
        r = set_copy(vm, s);
        if (r && AS_SET(b) != s && kr_set_update(vm, r, b) < 0) {
            r = NULL;
        }
        break;
    case BINOP_AND:
        r = intersection(vm, s, b);
        break;
    case BINOP_SUB:
        r = difference(vm, s, b);
        break;
    case BINOP_XOR:
        r = symmetric_difference(vm, s, b);
        break;
    default:
        return vm->notimpl;
    }
    return r ? kr_obj(r) : VAL_EXC;
}

// ----- Methods -----

#define SELF AS_SET(argv[0])

static Value set_add_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_set_add(vm, SELF, argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value set_remove(KrVm *vm, int argc, const Value *argv, Value kw) {
    int r = kr_set_discard(vm, SELF, argv[1]);
    if (r < 0) {
        return VAL_EXC;
    }
    if (r == 0) {
        return kr_raise_with_arg(vm, EXC_KeyError, argv[1]);
    }
    return VAL_NONE;
}

static Value set_discard_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_set_discard(vm, SELF, argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value set_pop(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *s = SELF;
    if (s->used == 0) {
        return kr_raise(vm, EXC_KeyError, "pop from an empty set");
    }
    int64_t i = s->finger & s->mask;
    while (!e_active(&s->table[i])) {
        i++;
        if (i > s->mask) {
            i = 0;
        }
    }
    Value k = s->table[i].key;
    s->table[i].key = (Value){.tag = V_EXC};
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    s->version++;
    return k;
}

static Value set_clear(KrVm *vm, int argc, const Value *argv, Value kw) {
    return clear_internal(vm, SELF) < 0 ? VAL_EXC : VAL_NONE;
}

static Value set_copy_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *s = SELF;
    if (is_frozen(s)) {
        return argv[0];
    }
    Set *r = set_copy(vm, s);
    return r ? kr_obj(r) : VAL_EXC;
}

static Value set_update_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    for (int i = 1; i < argc; i++) {
        if (kr_set_update(vm, SELF, argv[i]) < 0) {
            return VAL_EXC;
        }
    }
    return VAL_NONE;
}

static Value set_union(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *s = SELF;
    Set *r = set_copy(vm, s);
    if (!r) {
        return VAL_EXC;
    }
    for (int i = 1; i < argc; i++) {
        if (kr_is_set(argv[i]) && AS_SET(argv[i]) == s) {
            continue;
        }
        if (kr_set_update(vm, r, argv[i]) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(r);
}

static Set *intersection_multi(KrVm *vm, int argc, const Value *argv) {
    if (argc == 1) {
        return set_copy(vm, SELF);
    }
    Set *r = SELF;
    for (int i = 1; i < argc && r; i++) {
        r = intersection(vm, r, argv[i]);
    }
    return r;
}

static Value set_intersection_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *r = intersection_multi(vm, argc, argv);
    return r ? kr_obj(r) : VAL_EXC;
}

static Value set_intersection_update_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *r = intersection_multi(vm, argc, argv);
    if (!r) {
        return VAL_EXC;
    }
    swap_bodies(SELF, r);
    return VAL_NONE;
}

static Value set_difference_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc == 1) {
        Set *c = set_copy(vm, SELF);
        return c ? kr_obj(c) : VAL_EXC;
    }
    Set *r = difference(vm, SELF, argv[1]);
    for (int i = 2; i < argc && r; i++) {
        if (kr_set_difference_update(vm, r, argv[i]) < 0) {
            r = NULL;
        }
    }
    return r ? kr_obj(r) : VAL_EXC;
}

static Value set_difference_update_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    for (int i = 1; i < argc; i++) {
        if (kr_set_difference_update(vm, SELF, argv[i]) < 0) {
            return VAL_EXC;
        }
    }
    return VAL_NONE;
}

static Value set_symdiff_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *r = symmetric_difference(vm, SELF, argv[1]);
    return r ? kr_obj(r) : VAL_EXC;
}

static Value set_symdiff_update_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_set_symmetric_difference_update(vm, SELF, argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value set_issubset_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    int r = issubset_any(vm, SELF, argv[1]);
    return r < 0 ? VAL_EXC : kr_bool(r);
}

static Value set_issuperset_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    int r = issuperset_any(vm, SELF, argv[1]);
    return r < 0 ? VAL_EXC : kr_bool(r);
}

static Value set_isdisjoint(KrVm *vm, int argc, const Value *argv, Value kw) {
    Set *s = SELF;
    Value other = argv[1];
    if (kr_is_set(other) && AS_SET(other) == s) {
        return kr_bool(s->used == 0);
    }
    if (kr_is_set(other)) {
        Set *a = s, *o = AS_SET(other);
        if (o->used > a->used) {
            Set *t = a;
            a = o;
            o = t;
        }
        int64_t pos = 0, h;
        Value k;
        while (next_entry(o, &pos, &k, &h)) {
            size_t m = kr_scope_open(vm);
            int c = kr_scope_hold(vm, k) < 0 ? -1 : contains_entry(vm, a, k, h);
            kr_scope_close(vm, m);
            if (c != 0) {
                return c < 0 ? VAL_EXC : VAL_FALSE;
            }
        }
        return VAL_TRUE;
    }
    size_t outer = kr_scope_open(vm);
    Value it = kr_iter(vm, other);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return VAL_EXC;
    }
    Value res = VAL_TRUE;
    for (;;) {
        size_t m = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, m);
            break;
        }
        int64_t h;
        int c = IS_EXC(k) || kr_hash(vm, k, &h) < 0 ? -1 : contains_entry(vm, s, k, h);
        kr_scope_close(vm, m);
        if (c != 0) {
            res = c < 0 ? VAL_EXC : VAL_FALSE;
            break;
        }
    }
    kr_scope_close(vm, outer);
    return res;
}

// ----- Iterator -----

static void setiter_trace(KrVm *vm, Obj *o) {
    SetIter *it = (SetIter *)o;
    if (it->s) {
        kr_gc_mark(vm, &it->s->hdr);
    }
}

static Value setiter_iter(KrVm *vm, Value self) { return self; }

static Value setiter_next(KrVm *vm, Value self) {
    SetIter *it = (SetIter *)AS_OBJ(self);
    Set *s = it->s;
    if (!s) {
        return VAL_UNDEF;
    }
    if (it->used != s->used) {
        it->used = -1;
        return kr_raise(vm, EXC_RuntimeError, "Set changed size during iteration");
    }
    int64_t i = it->pos;
    while (i <= s->mask && !e_active(&s->table[i])) {
        i++;
    }
    it->pos = i + 1;
    if (i > s->mask) {
        it->s = NULL;
        return VAL_UNDEF;
    }
    it->len--;
    return s->table[i].key;
}

static Value setiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    SetIter *it = (SetIter *)AS_OBJ(argv[0]);
    return kr_int(it->s && it->used == it->s->used ? it->len : 0);
}

static const NativeDef set_methods[] = {
    NATIVE("add", set_add_m, 1, 1, 0),
    NATIVE("remove", set_remove, 1, 1, 0),
    NATIVE("discard", set_discard_m, 1, 1, 0),
    NATIVE("pop", set_pop, 0, 0, 0),
    NATIVE("clear", set_clear, 0, 0, 0),
    NATIVE("copy", set_copy_m, 0, 0, 0),
    NATIVE("update", set_update_m, 0, -1, 0),
    NATIVE("union", set_union, 0, -1, 0),
    NATIVE("intersection", set_intersection_m, 0, -1, 0),
    NATIVE("intersection_update", set_intersection_update_m, 0, -1, 0),
    NATIVE("difference", set_difference_m, 0, -1, 0),
    NATIVE("difference_update", set_difference_update_m, 0, -1, 0),
    NATIVE("symmetric_difference", set_symdiff_m, 1, 1, 0),
    NATIVE("symmetric_difference_update", set_symdiff_update_m, 1, 1, 0),
    NATIVE("issubset", set_issubset_m, 1, 1, 0),
    NATIVE("issuperset", set_issuperset_m, 1, 1, 0),
    NATIVE("isdisjoint", set_isdisjoint, 1, 1, 0),
    NATIVE_END,
};

static const NativeDef frozenset_methods[] = {
    NATIVE("copy", set_copy_m, 0, 0, 0),
    NATIVE("union", set_union, 0, -1, 0),
    NATIVE("intersection", set_intersection_m, 0, -1, 0),
    NATIVE("difference", set_difference_m, 0, -1, 0),
    NATIVE("symmetric_difference", set_symdiff_m, 1, 1, 0),
    NATIVE("issubset", set_issubset_m, 1, 1, 0),
    NATIVE("issuperset", set_issuperset_m, 1, 1, 0),
    NATIVE("isdisjoint", set_isdisjoint, 1, 1, 0),
    NATIVE_END,
};

const Type kr_type_set = {
    .name = "set",
    .id = TY_SET,
    .basic_size = sizeof(Set),
    .trace = set_trace,
    .free = set_free,
    .repr = set_repr,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .ctor = set_ctor,
    .methods = set_methods,
};

const Type kr_type_frozenset = {
    .name = "frozenset",
    .id = TY_FROZENSET,
    .basic_size = sizeof(Set),
    .trace = set_trace,
    .free = set_free,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .ctor = frozenset_ctor,
    .methods = frozenset_methods,
};

static const NativeDef setiter_methods[] = {
    NATIVE("__length_hint__", setiter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_set_iter = {
    .name = "set_iterator",
    .id = TY_SET_ITER,
    .basic_size = sizeof(SetIter),
    .trace = setiter_trace,
    .iter = setiter_iter,
    .next = setiter_next,
    .methods = setiter_methods,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of a set iterator: v[0] the set (VAL_UNDEF once exhausted), n[0] pos (a
// table index), n[1] used, n[2] len. With [set], validates and stores it into [o] (-1 +
// ValueError if impossible).
int kr_set_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_set_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    if (o->type != &kr_type_set_iter) {
        return -1;
    }
    SetIter *it = (SetIter *)o;
    if (!set) {
        v[0] = it->s ? kr_obj(it->s) : VAL_UNDEF;
        n[0] = it->pos;
        n[1] = it->used;
        n[2] = it->len;
        return 0;
    }
    if (!(IS_UNDEF(v[0]) || kr_is_set(v[0])) || n[0] < 0) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid set iterator");
        return -1;
    }
    it->s = IS_UNDEF(v[0]) ? NULL : AS_SET(v[0]);
    it->pos = n[0];
    it->used = n[1];
    it->len = n[2];
    return 0;
}
