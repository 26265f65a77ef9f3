// SPDX-License-Identifier: MIT
// interp/obj_dict.c: the dict type (CPython's compact ordered layout), its views
// (dict_keys / dict_values / dict_items) and their iterators.
//
// Layout (as CPython's combined-table PyDictKeysObject):
//
//   indices: [ -1 | 2 | -2 | 0 | -1 | 1 | -1 | -1 ]   1 << log2_size slots; int8/16/32/64
//             EMPTY (-1) / DUMMY (-2, deleted) / index into entries
//   entries: [ (h0,k0,v0) (h1,k1,v1) (--,UNDEF,UNDEF) ... ]   insertion order, entries_cap long
//
// Probing is CPython's: i = hash & mask; perturb >>= 5; i = (i*5 + perturb + 1) & mask.
// Deleted entries stay in place (key VAL_UNDEF) until a resize compacts them; a resize happens
// only when an insertion finds no usable entry, and sizes the table for used*3 (GROWTH_RATE).
// Iteration walks entries in order, so the order after deletes/re-inserts is CPython's.
//
// Key comparison (kr_eq) may run Python code that mutates the dict: the lookup then restarts
// when the table was rebuilt (hdr.aux counts rebuilds) or the compared entry changed.
#include "module.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define MIN_LOG2 3
#define PERTURB_SHIFT 5
#define EPOCH(d) ((d)->hdr.aux) // table rebuild counter

static int64_t usable_of(int64_t size) { return (size << 1) / 3; }
static size_t ix_width(uint8_t log2) { return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8; }
static size_t ix_bytes(uint8_t log2) { return ((size_t)1 << log2) * ix_width(log2); }

static int64_t ix_get(const Dict *d, size_t i) {
    switch (ix_width(d->log2_size)) {
    case 1:
        return ((const int8_t *)d->indices)[i];
    case 2:
        return ((const int16_t *)d->indices)[i];
    case 4:
        return ((const int32_t *)d->indices)[i];
    default:
        return ((const int64_t *)d->indices)[i];
    }
}

static void ix_set(Dict *d, size_t i, int64_t v) {
    switch (ix_width(d->log2_size)) {
    case 1:
        ((int8_t *)d->indices)[i] = (int8_t)v;
        break;
    case 2:
        ((int16_t *)d->indices)[i] = (int16_t)v;
        break;
    case 4:
        ((int32_t *)d->indices)[i] = (int32_t)v;
        break;
    default:
        ((int64_t *)d->indices)[i] = v;
        break;
    }
}

static uint8_t log2_for(int64_t minsize) {
    uint8_t l = MIN_LOG2;
    while (l < 62 && ((int64_t)1 << l) < minsize) {
        l++;
    }
    return l;
}

// First EMPTY or DUMMY slot on hash's probe chain (the table has room).
static size_t find_empty_slot(const Dict *d, int64_t hash) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

// The slot whose index is [ix].
static size_t slot_of(const Dict *d, int64_t hash, int64_t ix) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

static void free_table(KrVm *vm, Dict *d) {
    if (d->indices) {
        kr_mem_free(vm, d->indices, ix_bytes(d->log2_size));
    }
    if (d->entries) {
        kr_mem_free(vm, d->entries, (size_t)d->entries_cap * sizeof(DictEntry));
    }
    d->indices = NULL;
    d->entries = NULL;
    d->log2_size = 0;
    d->entries_cap = 0;
    d->nentries = 0;
}

// Rebuild with a table of 1 << log2 slots, compacting out deleted entries.
static int resize(KrVm *vm, Dict *d, uint8_t log2) {
    if (log2 > 40) {
        kr_raise_nomem(vm);
        return -1;
    }
    int64_t size = (int64_t)1 << log2, usable = usable_of(size);
    void *ix = kr_mem_alloc(vm, ix_bytes(log2));
    if (!ix) {
        return -1;
    }
    DictEntry *ent = kr_mem_alloc(vm, (size_t)usable * sizeof(DictEntry));
    if (!ent) {
        kr_mem_free(vm, ix, ix_bytes(log2));
        return -1;
    }
    memset(ix, 0xff, ix_bytes(log2)); // every width reads back as DKIX_EMPTY
    int64_t j = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (!IS_UNDEF(d->entries[i].key)) {
            ent[j++] = d->entries[i];
        }
    }
    free_table(vm, d);
    d->indices = ix;
    d->entries = ent;
    d->log2_size = log2;
    d->entries_cap = usable;
    d->nentries = j;
    for (int64_t i = 0; i < j; i++) {
        ix_set(d, find_empty_slot(d, ent[i].hash), i);
    }
    EPOCH(d)++;
    d->version++;
    return 0;
}

Dict *kr_dict_new(KrVm *vm) { return kr_gc_alloc(vm, &kr_type_dict, sizeof(Dict)); }

Dict *kr_dict_new_as(KrVm *vm, const Type *t, size_t size) { return kr_gc_alloc(vm, t, size); }

// Entry index of [key], -1 if absent, -2 on error. Runs Python code (__eq__).
static int64_t lookup(KrVm *vm, Dict *d, Value key, int64_t hash) {
restart:
    if (d->log2_size == 0) {
        return -1;
    }
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (kr_is(e->key, key)) {
                return ix;
            }
            if (e->hash == hash) {
                if (IS_STR(e->key) && IS_STR(key)) {
                    if (kr_str_eq(AS_STR(e->key), AS_STR(key))) {
                        return ix;
                    }
                } else if (!(IS_INT(e->key) && IS_INT(key))) {
                    Value startkey = e->key;
                    uint32_t epoch = EPOCH(d);
                    size_t mark = kr_scope_open(vm);
                    if (kr_scope_hold(vm, startkey) < 0) {
                        return -2;
                    }
                    int c = kr_eq(vm, startkey, key);
                    kr_scope_close(vm, mark);
                    if (c < 0) {
                        return -2;
                    }
                    if (epoch != EPOCH(d) || ix >= d->nentries ||
                        !kr_is(d->entries[ix].key, startkey)) {
                        goto restart; // the comparison rebuilt or changed the table
                    }
                    if (c) {
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

// Insert or replace with a known hash. Runs Python code (__eq__).
static int insert(KrVm *vm, Dict *d, Value key, int64_t hash, Value v) {
    int64_t ix = lookup(vm, d, key, hash);
    if (ix == -2) {
        return -1;
    }
    if (ix >= 0) {
        d->entries[ix].value = v;
        d->version++;
        return 0;
    }
    if (d->nentries >= d->entries_cap && resize(vm, d, log2_for(d->used * 3)) < 0) {
        return -1;
    }
    size_t slot = find_empty_slot(d, hash);
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = v;
    ix_set(d, slot, d->nentries);
    d->nentries++;
    d->used++;
    d->version++;
    d->order++;
    return 0;
}

static void delete_at(Dict *d, int64_t ix) {
    DictEntry *e = &d->entries[ix];
    ix_set(d, slot_of(d, e->hash, ix), DKIX_DUMMY);
    e->key = VAL_UNDEF;
    e->value = VAL_UNDEF;
    d->used--;
    d->version++;
    d->order++;
}

Value kr_dict_get(KrVm *vm, Dict *d, Value key) {
    int64_t hash;
    if (kr_hash(vm, key, &hash) < 0) {
        return VAL_EXC;
    }
    int64_t ix = lookup(vm, d, key, hash);
    if (ix == -2) {
        return VAL_EXC;
    }
    return ix < 0 ? VAL_UNDEF : d->entries[ix].value;
}

int kr_dict_set(KrVm *vm, Dict *d, Value key, Value v) {
    int64_t hash;
    if (kr_hash(vm, key, &hash) < 0) {
        return -1;
    }
    return insert(vm, d, key, hash, v);
}

int kr_dict_del(KrVm *vm, Dict *d, Value key) {
    int64_t hash;
    if (kr_hash(vm, key, &hash) < 0) {
        return -1;
    }
    int64_t ix = lookup(vm, d, key, hash);
    if (ix == -2) {
        return -1;
    }
    if (ix < 0) {
        return 1;
    }
    delete_at(d, ix);
    return 0;
}

// The probe for a str key given as bytes and hash; [same], if not NULL, is the key object itself
// (an interned name usually finds itself by identity, before any memcmp).
static inline int64_t probe_str(Dict *d, int64_t hash, const char *data, size_t len,
                                const Str *same) {
    if (d->log2_size == 0) {
        return -1;
    }
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (same && IS_OBJ(e->key) && AS_OBJ(e->key) == &same->hdr) {
                return ix;
            }
            if (e->hash == hash && IS_STR(e->key)) {
                Str *k = AS_STR(e->key);
                if ((size_t)k->len == len && memcmp(k->data, data, len) == 0) {
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

int64_t kr_dict_index_str(KrVm *vm, Dict *d, Str *key) {
    if (d->log2_size == 0) {
        return -1;
    }
    return probe_str(d, kr_str_hash(vm, key), key->data, (size_t)key->len, key);
}

Value kr_dict_get_str(KrVm *vm, Dict *d, Str *key) {
    int64_t ix = kr_dict_index_str(vm, d, key);
    return ix >= 0 ? d->entries[ix].value : VAL_UNDEF;
}

// Grows [d] so that [n] entries fit without another resize (VM start-up presizes its tables).
int kr_dict_reserve(KrVm *vm, Dict *d, int64_t n) {
    uint8_t log2 = d->log2_size ? d->log2_size : 3;
    while (usable_of((int64_t)1 << log2) < n) {
        log2++;
    }
    return log2 > d->log2_size ? resize(vm, d, log2) : 0;
}

// Lookup of a str key given by its bytes and their hash (kr_hash_bytes): lets the interning
// table answer without first building a string object.
Value kr_dict_get_bytes(Dict *d, int64_t hash, const char *data, size_t len) {
    int64_t ix = probe_str(d, hash, data, len, NULL);
    return ix >= 0 ? d->entries[ix].value : VAL_UNDEF;
}

int kr_dict_set_str(KrVm *vm, Dict *d, const char *key, Value v) {
    Value k = kr_str_intern(vm, key, strlen(key));
    if (IS_EXC(k)) {
        return -1;
    }
    return kr_dict_set(vm, d, k, v);
}

bool kr_dict_next(Dict *d, int64_t *pos, Value *key, Value *value) {
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!IS_UNDEF(e->key)) {
            if (key) {
                *key = e->key;
            }
            if (value) {
                *value = e->value;
            }
            return true;
        }
    }
    return false;
}

Dict *kr_dict_copy(KrVm *vm, Dict *d) {
    return kr_dict_copy_as(vm, d, &kr_type_dict, sizeof(Dict));
}

Dict *kr_dict_copy_as(KrVm *vm, Dict *d, const Type *t, size_t size) {
    Dict *r = kr_gc_alloc(vm, t, size);
    if (!r || d->used == 0) {
        return r;
    }
    // Keys are known distinct: rebuild compactly without comparisons.
    if (kr_tick(vm, d->nentries) < 0 || resize(vm, r, log2_for((d->used * 3 + 1) / 2)) < 0) {
        return NULL;
    }
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (IS_UNDEF(e->key)) {
            continue;
        }
        r->entries[r->nentries] = *e;
        ix_set(r, find_empty_slot(r, e->hash), r->nentries);
        r->nentries++;
        r->used++;
    }
    return r;
}

// OrderedDict.move_to_end: moves the entry of [key] to the end ([last]) or the front of the
// iteration order. 0 moved, 1 absent, -1 error. Runs Python code (__eq__ of the lookup).
int kr_dict_move_to_end(KrVm *vm, Dict *d, Value key, bool last) {
    int64_t hash;
    if (kr_hash(vm, key, &hash) < 0) {
        return -1;
    }
    int64_t ix = lookup(vm, d, key, hash);
    if (ix < 0) {
        return ix == -2 ? -1 : 1;
    }
    DictEntry e = d->entries[ix];
    // Already at that end (deleted entries do not count): nothing moves, as in CPython.
    int64_t edge = last ? d->nentries - 1 : 0;
    while (edge >= 0 && edge < d->nentries && IS_UNDEF(d->entries[edge].key)) {
        edge += last ? -1 : 1;
    }
    if (ix == edge) {
        return 0;
    }
    if (last) {
        if (d->nentries >= d->entries_cap && resize(vm, d, log2_for(d->used * 3)) < 0) {
            return -1;
        }
        ix = lookup(vm, d, e.key, e.hash); // the resize compacted the entries
        if (ix < 0) {
            return -1; // (impossible: the key is present and compares by identity)
        }
        delete_at(d, ix);
        size_t slot = find_empty_slot(d, e.hash);
        d->entries[d->nentries] = e;
        ix_set(d, slot, d->nentries);
        d->nentries++;
        d->used++;
        d->version++;
        return 0;
    }
    // To the front: rebuild the table with [e] first (keys are known distinct: no compares).
    Dict tmp;
    memset(&tmp, 0, sizeof tmp);
    if (kr_tick(vm, d->nentries) < 0 || resize(vm, &tmp, log2_for((d->used * 3 + 1) / 2)) < 0) {
        free_table(vm, &tmp);
        return -1;
    }
    tmp.entries[0] = e;
    ix_set(&tmp, find_empty_slot(&tmp, e.hash), 0);
    tmp.nentries = 1;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *x = &d->entries[i];
        if (i == ix || IS_UNDEF(x->key)) {
            continue;
        }
        tmp.entries[tmp.nentries] = *x;
        ix_set(&tmp, find_empty_slot(&tmp, x->hash), tmp.nentries);
        tmp.nentries++;
    }
    free_table(vm, d);
    d->indices = tmp.indices;
    d->entries = tmp.entries;
    d->log2_size = tmp.log2_size;
    d->entries_cap = tmp.entries_cap;
    d->nentries = tmp.nentries;
    EPOCH(d)++;
    d->version++;
    d->order++;
    return 0;
}

// ----- update -----

// Merge the dict [o] into [d] (override). Runs Python code.
static int merge_dict(KrVm *vm, Dict *d, Dict *o) {
    if (o == d || o->used == 0) {
        return 0;
    }
    if (kr_tick(vm, o->nentries) < 0) {
        return -1;
    }
    if (d->used == 0 && d->nentries == 0) {
        // One big resize first, as CPython does for an empty target.
        if (resize(vm, d, log2_for((o->used * 3 + 1) / 2)) < 0) {
            return -1;
        }
    }
    for (int64_t i = 0; i < o->nentries; i++) { // re-read: __eq__ may mutate o
        DictEntry e = o->entries[i];
        if (IS_UNDEF(e.key)) {
            continue;
        }
        size_t mark = kr_scope_open(vm);
        if (kr_scope_hold(vm, e.key) < 0 || kr_scope_hold(vm, e.value) < 0 ||
            insert(vm, d, e.key, e.hash, e.value) < 0) {
            kr_scope_close(vm, mark);
            return -1;
        }
        kr_scope_close(vm, mark);
    }
    return 0;
}

// Mapping with keys(): for k in m.keys(): d[k] = m[k]. Runs Python code.
static int merge_mapping(KrVm *vm, Dict *d, Value m, Value keysfn) {
    Value ks = kr_call(vm, keysfn, 0, NULL, VAL_UNDEF);
    if (IS_EXC(ks)) {
        return -1;
    }
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(d)) < 0 || kr_scope_hold(vm, ks) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    Value it = kr_iter(vm, ks);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int rc = 0;
    for (int64_t n = 1;; n++) {
        if (kr_gc_poll(vm) < 0) { // between items: [d], [ks] and [it] are held
            rc = -1;
            break;
        }
        size_t mark = kr_scope_open(vm);
        Value k = kr_next(vm, it);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, mark);
            break;
        }
        Value v = IS_EXC(k) ? VAL_EXC : kr_getitem(vm, m, k);
        if (IS_EXC(v) || kr_dict_set(vm, d, k, v) < 0 || ((n & 63) == 0 && kr_tick(vm, 64) < 0)) {
            kr_scope_close(vm, mark);
            rc = -1;
            break;
        }
        kr_scope_close(vm, mark);
    }
    kr_scope_close(vm, outer);
    return rc;
}

// PyDict_MergeFromSeq2: an iterable of key/value pairs. Runs Python code.
static int merge_seq2(KrVm *vm, Dict *d, Value seq) {
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(d)) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    Value it = kr_iter(vm, seq);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int rc = 0;
    for (int64_t i = 0;; i++) {
        if (kr_gc_poll(vm) < 0) { // between items: [d] and [it] are held
            rc = -1;
            break;
        }
        size_t mark = kr_scope_open(vm);
        Value item = kr_next(vm, it);
        if (IS_UNDEF(item)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (IS_EXC(item)) {
            rc = -1;
        } else {
            Value fast = item;
            if (!IS_LIST(item) && !IS_TUPLE(item)) {
                Value iit = kr_iter(vm, item);
                fast = IS_EXC(iit) ? VAL_EXC : kr_list_from_iterable(vm, iit);
                if (IS_EXC(iit) && kr_exc_pending_is(vm, EXC_TypeError)) {
                    (void)kr_exc_take(vm);
                    kr_raise(vm, EXC_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             (ptrdiff_t)i);
                }
            }
            if (IS_EXC(fast)) {
                rc = -1;
            } else {
                int64_t n = IS_LIST(fast) ? AS_LIST(fast)->len : AS_TUPLE(fast)->len;
                Value *items = IS_LIST(fast) ? AS_LIST(fast)->items : AS_TUPLE(fast)->items;
                if (n != 2) {
                    kr_raise(vm, EXC_ValueError,
                             "dictionary update sequence element #%zd has length %zd; 2 is required",
                             (ptrdiff_t)i, (ptrdiff_t)n);
                    rc = -1;
                } else {
                    Value k = items[0], v = items[1];
                    if (kr_scope_hold(vm, k) < 0 || kr_scope_hold(vm, v) < 0 ||
                        kr_dict_set(vm, d, k, v) < 0) {
                        rc = -1;
                    }
                }
            }
        }
        kr_scope_close(vm, mark);
        if (rc < 0 || ((i & 63) == 63 && kr_tick(vm, 64) < 0)) {
            rc = -1;
            break;
        }
    }
    kr_scope_close(vm, outer);
    return rc;
}

int kr_dict_update(KrVm *vm, Dict *d, Value other) {
    if (IS_DICT(other)) {
        return merge_dict(vm, d, AS_DICT(other));
    }
    Value keysfn = VAL_UNDEF;
    if (IS_OBJ(other)) {
        keysfn = kr_getattr_opt(vm, other, VM_NAME(vm, keys));
        if (IS_EXC(keysfn)) {
            return -1;
        }
    }
    if (!IS_UNDEF(keysfn)) {
        return merge_mapping(vm, d, other, keysfn);
    }
    return merge_seq2(vm, d, other);
}

// ----- GC -----

void kr_dict_trace(KrVm *vm, Obj *o) {
    Dict *d = (Dict *)o;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (!IS_UNDEF(d->entries[i].key)) {
            kr_gc_mark_value(vm, d->entries[i].key);
            kr_gc_mark_value(vm, d->entries[i].value);
        }
    }
}

void kr_dict_free_storage(KrVm *vm, Dict *d) { free_table(vm, d); }

static void dict_free(KrVm *vm, Obj *o) {
    free_table(vm, (Dict *)o);
    kr_mem_free(vm, o, sizeof(Dict));
}

// ----- Python-visible dict -----

Value kr_dict_repr(KrVm *vm, Value self) {
    Dict *d = AS_DICT(self);
    if (d->used == 0) {
        return kr_str_new(vm, "{}", 2);
    }
    if (d->hdr.flags & KR_REPR_BUSY) {
        return kr_str_new(vm, "{...}", 5);
    }
    d->hdr.flags |= KR_REPR_BUSY;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    size_t mark = kr_scope_open(vm);
    bool first = true;
    if (kr_sb_addc(&sb, '{') < 0) {
        goto fail;
    }
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (IS_UNDEF(e.key)) {
            continue;
        }
        if (kr_tick(vm, 1) < 0 || kr_scope_hold(vm, e.key) < 0 ||
            kr_scope_hold(vm, e.value) < 0) {
            goto fail;
        }
        if (!first && kr_sb_adds(&sb, ", ") < 0) {
            goto fail;
        }
        first = false;
        Value r = kr_repr(vm, e.key);
        if (IS_EXC(r) || kr_sb_add_str(&sb, r) < 0 || kr_sb_adds(&sb, ": ") < 0) {
            goto fail;
        }
        r = kr_repr(vm, e.value);
        if (IS_EXC(r) || kr_sb_add_str(&sb, r) < 0) {
            goto fail;
        }
    }
    if (kr_sb_addc(&sb, '}') < 0) {
        goto fail;
    }
    kr_scope_close(vm, mark);
    d->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    return kr_sb_to_str(&sb);
fail:
    kr_scope_close(vm, mark);
    d->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    kr_sb_free(&sb);
    return VAL_EXC;
}

// 1 equal, 0 not, -1 error. Runs Python code.
static int dict_equal(KrVm *vm, Dict *a, Dict *b) {
    if (a->used != b->used) {
        return 0;
    }
    for (int64_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (IS_UNDEF(e.key)) {
            continue;
        }
        size_t mark = kr_scope_open(vm);
        // Charged per entry: comparing DAGs of shared dicts is exponential in C.
        if (kr_tick(vm, 1) < 0 || kr_scope_hold(vm, e.key) < 0 ||
            kr_scope_hold(vm, e.value) < 0) {
            kr_scope_close(vm, mark);
            return -1;
        }
        int64_t ix = lookup(vm, b, e.key, e.hash);
        if (ix == -2) {
            kr_scope_close(vm, mark);
            return -1;
        }
        if (ix < 0) {
            kr_scope_close(vm, mark);
            return 0;
        }
        Value bv = b->entries[ix].value;
        int c = kr_scope_hold(vm, bv) < 0 ? -1 : kr_eq(vm, e.value, bv);
        kr_scope_close(vm, mark);
        if (c <= 0) {
            return c;
        }
    }
    return 1;
}

Value kr_dict_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) {
        return vm->notimpl;
    }
    int c = dict_equal(vm, AS_DICT(a), AS_DICT(b));
    if (c < 0) {
        return VAL_EXC;
    }
    return kr_bool(op == CMP_EQ ? c : !c);
}

static int64_t dict_len(KrVm *vm, Value self) { return AS_DICT(self)->used; }

static Value dict_getitem(KrVm *vm, Value self, Value key) {
    Value v = kr_dict_get(vm, AS_DICT(self), key);
    if (IS_UNDEF(v)) {
        return kr_raise_with_arg(vm, EXC_KeyError, key);
    }
    return v;
}

int kr_dict_setitem(KrVm *vm, Value self, Value key, Value v) {
    if (!IS_UNDEF(v)) {
        return kr_dict_set(vm, AS_DICT(self), key, v);
    }
    int r = kr_dict_del(vm, AS_DICT(self), key);
    if (r == 1) {
        kr_raise_with_arg(vm, EXC_KeyError, key);
        return -1;
    }
    return r;
}

static int dict_contains(KrVm *vm, Value self, Value key) {
    Value v = kr_dict_get(vm, AS_DICT(self), key);
    if (IS_EXC(v)) {
        return -1;
    }
    return !IS_UNDEF(v);
}

// ----- Iterators -----

typedef struct DictIter {
    Obj hdr;
    Dict *d; // NULL once exhausted
    int64_t pos;
    int64_t used; // d->used when created; -1 after a size change was reported
    int64_t len;  // items left to yield
    bool rev;
    bool order_unknown; // restored from a snapshot: take d->order at the next step
    uint32_t order;     // d->order when created (OrderedDict mutation check)
} DictIter;

static Value make_iter(KrVm *vm, const Type *t, Dict *d, bool rev) {
    DictIter *it = kr_gc_alloc(vm, t, sizeof(DictIter));
    if (!it) {
        return VAL_EXC;
    }
    it->d = d;
    it->used = d->used;
    it->order = d->order;
    it->len = d->used;
    it->rev = rev;
    it->pos = rev ? d->nentries - 1 : 0;
    return kr_obj(it);
}

static void dictiter_trace(KrVm *vm, Obj *o) {
    DictIter *it = (DictIter *)o;
    if (it->d) {
        kr_gc_mark(vm, &it->d->hdr);
    }
}

static Value dictiter_iter(KrVm *vm, Value self) { return self; }

// Next live entry, or NULL (exhausted: VAL_UNDEF in *err) / error (VAL_EXC in *err).
static DictEntry *dictiter_step(KrVm *vm, DictIter *it, Value *err) {
    *err = VAL_UNDEF;
    Dict *d = it->d;
    if (!d) {
        return NULL;
    }
    if (UNLIKELY(d->hdr.type == &kr_type_coll_ordereddict)) {
        if (it->order_unknown) {
            it->order = d->order;
            it->order_unknown = false;
        }
        if (it->order != d->order) {
            *err = kr_raise(vm, EXC_RuntimeError, "OrderedDict mutated during iteration");
            return NULL;
        }
    }
    if (it->used != d->used) {
        it->used = -1;
        *err = kr_raise(vm, EXC_RuntimeError, "dictionary changed size during iteration");
        return NULL;
    }
    int64_t i = it->pos;
    if (it->rev) {
        while (i >= 0 && (i >= d->nentries || IS_UNDEF(d->entries[i].key))) {
            i--;
        }
        if (i < 0) {
            it->d = NULL;
            return NULL;
        }
        it->pos = i - 1;
    } else {
        while (i < d->nentries && IS_UNDEF(d->entries[i].key)) {
            i++;
        }
        if (i >= d->nentries) {
            it->d = NULL;
            return NULL;
        }
        it->pos = i + 1;
    }
    if (it->len == 0) {
        it->d = NULL;
        *err = kr_raise(vm, EXC_RuntimeError, "dictionary keys changed during iteration");
        return NULL;
    }
    it->len--;
    return &d->entries[i];
}

static Value keyiter_next(KrVm *vm, Value self) {
    Value err;
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), &err);
    return e ? e->key : err;
}

static Value valueiter_next(KrVm *vm, Value self) {
    Value err;
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), &err);
    return e ? e->value : err;
}

static Value itemiter_next(KrVm *vm, Value self) {
    Value err;
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), &err);
    return e ? kr_tuple_pack(vm, 2, e->key, e->value) : err;
}

static Value dictiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    DictIter *it = (DictIter *)AS_OBJ(argv[0]);
    return kr_int(it->d && it->used == it->d->used ? it->len : 0);
}

Value kr_dict_iter(KrVm *vm, Value self) {
    return make_iter(vm, &kr_type_dict_keyiter, AS_DICT(self), false);
}

// ----- Views -----

typedef struct DictView {
    Obj hdr;
    Dict *d;
} DictView;

#define VIEW_DICT(v) (((DictView *)AS_OBJ(v))->d)

static bool is_setview(Value v) {
    return kr_isa(v, &kr_type_dict_keys) || kr_isa(v, &kr_type_dict_items);
}

static Value make_view(KrVm *vm, const Type *t, Dict *d) {
    DictView *v = kr_gc_alloc(vm, t, sizeof(DictView));
    if (!v) {
        return VAL_EXC;
    }
    v->d = d;
    return kr_obj(v);
}

static void view_trace(KrVm *vm, Obj *o) { kr_gc_mark(vm, &((DictView *)o)->d->hdr); }

static int64_t view_len(KrVm *vm, Value self) { return VIEW_DICT(self)->used; }

static Value keys_iter(KrVm *vm, Value self) {
    return make_iter(vm, &kr_type_dict_keyiter, VIEW_DICT(self), false);
}
static Value values_iter(KrVm *vm, Value self) {
    return make_iter(vm, &kr_type_dict_valueiter, VIEW_DICT(self), false);
}
static Value items_iter(KrVm *vm, Value self) {
    return make_iter(vm, &kr_type_dict_itemiter, VIEW_DICT(self), false);
}

static int keys_contains(KrVm *vm, Value self, Value key) {
    return dict_contains(vm, kr_obj(VIEW_DICT(self)), key);
}

static int items_contains(KrVm *vm, Value self, Value item) {
    if (!IS_TUPLE(item) || AS_TUPLE(item)->len != 2) {
        return 0;
    }
    Value v = kr_dict_get(vm, VIEW_DICT(self), AS_TUPLE(item)->items[0]);
    if (IS_EXC(v)) {
        return -1;
    }
    if (IS_UNDEF(v)) {
        return 0;
    }
    size_t mark = kr_scope_open(vm);
    int r = kr_scope_hold(vm, v) < 0 ? -1 : kr_eq(vm, v, AS_TUPLE(item)->items[1]);
    kr_scope_close(vm, mark);
    return r;
}

static Value view_repr(KrVm *vm, Value self) {
    Obj *o = AS_OBJ(self);
    if (o->flags & KR_REPR_BUSY) {
        return kr_str_new(vm, "...", 3);
    }
    o->flags |= KR_REPR_BUSY;
    Value r = VAL_EXC;
    Value l = kr_list_from_iterable(vm, self);
    if (!IS_EXC(l)) {
        Value lr = kr_repr(vm, l);
        if (!IS_EXC(lr)) {
            StrBuf sb;
            kr_sb_init(&sb, vm);
            // OrderedDict's views print as odict_keys(...) (their own types in CPython)
            bool od = VIEW_DICT(self)->hdr.type->id == TY_COLL_ORDEREDDICT;
            if ((od && kr_sb_addc(&sb, 'o') < 0) || kr_sb_adds(&sb, o->type->name) < 0 ||
                kr_sb_addc(&sb, '(') < 0 ||
                kr_sb_add_str(&sb, lr) < 0 || kr_sb_addc(&sb, ')') < 0) {
                kr_sb_free(&sb);
            } else {
                r = kr_sb_to_str(&sb);
            }
        }
    }
    o->flags &= (uint8_t)~KR_REPR_BUSY;
    return r;
}

// Every item of [a] is in [b]. Runs Python code.
static int all_contained_in(KrVm *vm, Value a, Value b) {
    size_t outer = kr_scope_open(vm);
    Value it = kr_iter(vm, a);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return -1;
    }
    int ok = 1;
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, it);
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        ok = IS_EXC(x) ? -1 : kr_contains(vm, b, x);
        kr_scope_close(vm, mark);
        if (ok <= 0) {
            break;
        }
    }
    kr_scope_close(vm, outer);
    return ok;
}

static Value view_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_is_set(b) && !is_setview(b)) {
        return vm->notimpl;
    }
    int64_t la = VIEW_DICT(a)->used;
    int64_t lb = kr_len(vm, b);
    if (lb < 0) {
        return VAL_EXC;
    }
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) {
            ok = all_contained_in(vm, a, b);
        }
        if (op == CMP_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case CMP_LT:
        if (la < lb) {
            ok = all_contained_in(vm, a, b);
        }
        break;
    case CMP_LE:
        if (la <= lb) {
            ok = all_contained_in(vm, a, b);
        }
        break;
    case CMP_GT:
        if (la > lb) {
            ok = all_contained_in(vm, b, a);
        }
        break;
    case CMP_GE:
        if (la >= lb) {
            ok = all_contained_in(vm, b, a);
        }
        break;
    }
    return ok < 0 ? VAL_EXC : kr_bool(ok);
}

// dictviews_to_set: a keys view builds from its dict (CPython's dict fast path).
static Set *to_set(KrVm *vm, Value v) {
    Set *s = kr_set_new(vm, false);
    if (!s) {
        return NULL;
    }
    Value src = kr_isa(v, &kr_type_dict_keys) ? kr_obj(VIEW_DICT(v)) : v;
    if (kr_set_update(vm, s, src) < 0) {
        return NULL;
    }
    return s;
}

static int view_contains_any(KrVm *vm, Value view, Value x) {
    return kr_isa(view, &kr_type_dict_keys) ? keys_contains(vm, view, x)
                                            : items_contains(vm, view, x);
}

// _PyDictView_Intersect.
static Value view_and(KrVm *vm, Value self, Value other) {
    if (!is_setview(self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t ls = VIEW_DICT(self)->used;
    if (kr_isa(other, &kr_type_set)) {
        int64_t lo = kr_len(vm, other);
        if (ls <= lo) {
            Set *r = kr_set_new(vm, false);
            if (!r) {
                return VAL_EXC;
            }
            // set.intersection(view): iterate the view, keep what the set holds.
            if (kr_set_update(vm, r, other) < 0 ||
                kr_set_intersection_update(vm, r, self) < 0) {
                return VAL_EXC;
            }
            return kr_obj(r);
        }
    }
    if (is_setview(other) && VIEW_DICT(other)->used > ls) {
        Value t = self;
        self = other;
        other = t;
    }
    Set *r = kr_set_new(vm, false);
    if (!r) {
        return VAL_EXC;
    }
    size_t outer = kr_scope_open(vm);
    Value it = kr_iter(vm, other);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return VAL_EXC;
    }
    int rc = 0;
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, it);
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        int c = IS_EXC(x) ? -1 : view_contains_any(vm, self, x);
        if (c > 0) {
            c = kr_set_add(vm, r, x) < 0 ? -1 : 1;
        }
        kr_scope_close(vm, mark);
        if (c < 0) {
            rc = -1;
            break;
        }
    }
    kr_scope_close(vm, outer);
    return rc < 0 ? VAL_EXC : kr_obj(r);
}

static Value view_binop(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    Set *r;
    switch (base) {
    case BINOP_AND:
        return view_and(vm, a, b);
    case BINOP_OR:
        r = to_set(vm, a);
        if (!r || kr_set_update(vm, r, b) < 0) {
            return VAL_EXC;
        }
        return kr_obj(r);
    case BINOP_SUB:
        r = to_set(vm, a);
        if (!r || kr_set_difference_update(vm, r, b) < 0) {
            return VAL_EXC;
        }
        return kr_obj(r);
    case BINOP_XOR:
        r = to_set(vm, a);
        if (!r || kr_set_symmetric_difference_update(vm, r, b) < 0) {
            return VAL_EXC;
        }
        return kr_obj(r);
    default:
        return vm->notimpl;
    }
}

Value kr_dict_binop(KrVm *vm, int op, Value a, Value b) {
    if (is_setview(a) || is_setview(b)) {
        return view_binop(vm, op, a, b);
    }
    int base = op & 15;
    if (base != BINOP_OR) {
        return vm->notimpl;
    }
    if (op >= BINOP_INPLACE && IS_DICT(a)) {
        return kr_dict_update(vm, AS_DICT(a), b) < 0 ? VAL_EXC : a;
    }
    if (IS_DICT(b) && AS_OBJ(b)->type->binop && kr_isa(a, &kr_type_dict)) {
        // dict | defaultdict: CPython tries the subclass's reflected __ror__ first.
        Value r = AS_OBJ(b)->type->binop(vm, op, a, b);
        if (IS_EXC(r) || !(IS_OBJ(r) && AS_OBJ(r) == AS_OBJ(vm->notimpl))) {
            return r;
        }
    }
    if (!IS_DICT(a) || !IS_DICT(b)) {
        return vm->notimpl;
    }
    Dict *r = kr_dict_copy(vm, AS_DICT(a));
    if (!r || kr_dict_update(vm, r, b) < 0) {
        return VAL_EXC;
    }
    return kr_obj(r);
}

static Value view_isdisjoint(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value self = argv[0], other = argv[1];
    if (AS_OBJ(self) == (IS_OBJ(other) ? AS_OBJ(other) : NULL)) {
        return kr_bool(VIEW_DICT(self)->used == 0);
    }
    // Iterate the smaller side when both sizes are known.
    if (kr_is_set(other) || is_setview(other)) {
        int64_t lo = kr_len(vm, other);
        if (lo < 0) {
            return VAL_EXC;
        }
        if (lo > VIEW_DICT(self)->used) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    size_t outer = kr_scope_open(vm);
    Value it = kr_iter(vm, other);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        kr_scope_close(vm, outer);
        return VAL_EXC;
    }
    Value res = VAL_TRUE;
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, it);
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        int c = IS_EXC(x) ? -1 : kr_contains(vm, self, x);
        kr_scope_close(vm, mark);
        if (c != 0) {
            res = c < 0 ? VAL_EXC : VAL_FALSE;
            break;
        }
    }
    kr_scope_close(vm, outer);
    return res;
}

static Value keys_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_iter(vm, &kr_type_dict_keyiter, VIEW_DICT(argv[0]), true);
}
static Value values_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_iter(vm, &kr_type_dict_valueiter, VIEW_DICT(argv[0]), true);
}
static Value items_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_iter(vm, &kr_type_dict_itemiter, VIEW_DICT(argv[0]), true);
}

// ----- dict methods -----

#define SELF AS_DICT(argv[0])

static Value dict_keys_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_view(vm, &kr_type_dict_keys, SELF);
}
static Value dict_values_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_view(vm, &kr_type_dict_values, SELF);
}
static Value dict_items_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_view(vm, &kr_type_dict_items, SELF);
}

static Value dict_get_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value v = kr_dict_get(vm, SELF, argv[1]);
    if (IS_UNDEF(v)) {
        return argc > 2 ? argv[2] : VAL_NONE;
    }
    return v;
}

static Value dict_setdefault(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = SELF;
    int64_t hash;
    if (kr_hash(vm, argv[1], &hash) < 0) {
        return VAL_EXC;
    }
    int64_t ix = lookup(vm, d, argv[1], hash);
    if (ix == -2) {
        return VAL_EXC;
    }
    if (ix >= 0) {
        return d->entries[ix].value;
    }
    Value dflt = argc > 2 ? argv[2] : VAL_NONE;
    if (insert(vm, d, argv[1], hash, dflt) < 0) {
        return VAL_EXC;
    }
    return dflt;
}

static Value dict_pop(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = SELF;
    if (d->used == 0) { // CPython answers without hashing the key
        return argc > 2 ? argv[2] : kr_raise_with_arg(vm, EXC_KeyError, argv[1]);
    }
    int64_t hash;
    if (kr_hash(vm, argv[1], &hash) < 0) {
        return VAL_EXC;
    }
    int64_t ix = lookup(vm, d, argv[1], hash);
    if (ix == -2) {
        return VAL_EXC;
    }
    if (ix < 0) {
        if (argc > 2) {
            return argv[2];
        }
        return kr_raise_with_arg(vm, EXC_KeyError, argv[1]);
    }
    Value v = d->entries[ix].value;
    delete_at(d, ix);
    return v;
}

static Value dict_popitem(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = SELF;
    if (d->used == 0) {
        return kr_raise(vm, EXC_KeyError, "popitem(): dictionary is empty");
    }
    int64_t i = d->nentries - 1;
    while (i >= 0 && IS_UNDEF(d->entries[i].key)) {
        i--;
    }
    Value r = kr_tuple_pack(vm, 2, d->entries[i].key, d->entries[i].value);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    delete_at(d, i);
    return r;
}

static int update_common(KrVm *vm, Dict *d, const char *name, int nargs, const Value *args,
                         Value kw) {
    if (nargs > 1) {
        kr_raise(vm, EXC_TypeError, "%s expected at most 1 argument, got %d", name, nargs);
        return -1;
    }
    if (nargs == 1 && kr_dict_update(vm, d, args[0]) < 0) {
        return -1;
    }
    if (IS_DICT(kw) && AS_DICT(kw)->used > 0 && merge_dict(vm, d, AS_DICT(kw)) < 0) {
        return -1;
    }
    return 0;
}

static Value dict_update_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return update_common(vm, SELF, "update", argc - 1, argv + 1, kw) < 0 ? VAL_EXC : VAL_NONE;
}

static Value dict_clear(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = SELF;
    free_table(vm, d);
    d->used = 0;
    EPOCH(d)++;
    d->version++;
    d->order++;
    return VAL_NONE;
}

static Value dict_copy_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *r = kr_dict_copy(vm, SELF);
    return r ? kr_obj(r) : VAL_EXC;
}

static Value dict_fromkeys(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value it = argv[1], v = argc > 2 ? argv[2] : VAL_NONE;
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    if (IS_DICT(it)) {
        Dict *src = AS_DICT(it);
        for (int64_t i = 0; i < src->nentries; i++) {
            DictEntry e = src->entries[i];
            if (!IS_UNDEF(e.key) && insert(vm, d, e.key, e.hash, v) < 0) {
                return VAL_EXC;
            }
        }
        return kr_obj(d);
    }
    Value iter = kr_iter(vm, it);
    if (IS_EXC(iter)) {
        return VAL_EXC;
    }
    size_t outer = kr_scope_open(vm);
    if (kr_scope_hold(vm, iter) < 0 || kr_scope_hold(vm, kr_obj(d)) < 0) {
        return VAL_EXC;
    }
    for (int64_t n = 1;; n++) {
        if (kr_gc_poll(vm) < 0) { // between items: [d] and [iter] are held
            kr_scope_close(vm, outer);
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value k = kr_next(vm, iter);
        if (IS_UNDEF(k)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (IS_EXC(k) || kr_dict_set(vm, d, k, v) < 0 ||
            ((n & 63) == 0 && kr_tick(vm, 64) < 0)) {
            kr_scope_close(vm, outer);
            return VAL_EXC;
        }
        kr_scope_close(vm, mark);
    }
    kr_scope_close(vm, outer);
    return kr_obj(d);
}

static Value dict_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    return make_iter(vm, &kr_type_dict_keyiter, SELF, true);
}

static Value dict_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    if (update_common(vm, d, "dict", argc, argv, kw) < 0) {
        return VAL_EXC;
    }
    return kr_obj(d);
}

static const NativeDef dict_methods[] = {
    NATIVE("keys", dict_keys_m, 0, 0, 0),
    NATIVE("values", dict_values_m, 0, 0, 0),
    NATIVE("items", dict_items_m, 0, 0, 0),
    NATIVE("get", dict_get_m, 1, 2, 0),
    NATIVE("setdefault", dict_setdefault, 1, 2, 0),
    NATIVE("pop", dict_pop, 1, 2, 0),
    NATIVE("popitem", dict_popitem, 0, 0, 0),
    NATIVE("update", dict_update_m, 0, -1, NATIVE_KW),
    NATIVE("clear", dict_clear, 0, 0, 0),
    NATIVE("copy", dict_copy_m, 0, 0, 0),
    NATIVE("fromkeys", dict_fromkeys, 1, 2, NATIVE_CLASS),
    NATIVE("__reversed__", dict_reversed, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_dict = {
    .name = "dict",
    .id = TY_DICT,
    .basic_size = sizeof(Dict),
    .trace = kr_dict_trace,
    .free = dict_free,
    .repr = kr_dict_repr,
    .richcmp = kr_dict_richcmp,
    .iter = kr_dict_iter,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = kr_dict_setitem,
    .contains = dict_contains,
    .ctor = dict_ctor,
    .methods = dict_methods,
};

static const NativeDef keys_methods[] = {
    NATIVE("isdisjoint", view_isdisjoint, 1, 1, 0),
    NATIVE("__reversed__", keys_reversed, 0, 0, 0),
    NATIVE_END,
};
static const NativeDef values_methods[] = {
    NATIVE("__reversed__", values_reversed, 0, 0, 0),
    NATIVE_END,
};
static const NativeDef items_methods[] = {
    NATIVE("isdisjoint", view_isdisjoint, 1, 1, 0),
    NATIVE("__reversed__", items_reversed, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_dict_keys = {
    .name = "dict_keys",
    .id = TY_DICT_KEYS,
    .basic_size = sizeof(DictView),
    .trace = view_trace,
    .repr = view_repr,
    .richcmp = view_richcmp,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .methods = keys_methods,
};

const Type kr_type_dict_values = {
    .name = "dict_values",
    .id = TY_DICT_VALUES,
    .basic_size = sizeof(DictView),
    .trace = view_trace,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
};

const Type kr_type_dict_items = {
    .name = "dict_items",
    .id = TY_DICT_ITEMS,
    .basic_size = sizeof(DictView),
    .trace = view_trace,
    .repr = view_repr,
    .richcmp = view_richcmp,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .methods = items_methods,
};

static const NativeDef dictiter_methods[] = {
    NATIVE("__length_hint__", dictiter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_dict_keyiter = {
    .name = "dict_keyiterator",
    .id = TY_DICT_KEYITER,
    .basic_size = sizeof(DictIter),
    .trace = dictiter_trace,
    .iter = dictiter_iter,
    .next = keyiter_next,
    .methods = dictiter_methods,
};

const Type kr_type_dict_valueiter = {
    .name = "dict_valueiterator",
    .id = TY_DICT_VALUEITER,
    .basic_size = sizeof(DictIter),
    .trace = dictiter_trace,
    .iter = dictiter_iter,
    .next = valueiter_next,
    .methods = dictiter_methods,
};

const Type kr_type_dict_itemiter = {
    .name = "dict_itemiterator",
    .id = TY_DICT_ITEMITER,
    .basic_size = sizeof(DictIter),
    .trace = dictiter_trace,
    .iter = dictiter_iter,
    .next = itemiter_next,
    .methods = dictiter_methods,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of a dict iterator (keys/values/items) or view: v[0] the dict (VAL_UNDEF
// once exhausted); iterators: n[0] pos (an index into d->entries), n[1] used, n[2] len,
// n[3] rev. With [set], validates and stores it into [o] (-1 + ValueError if impossible).
int kr_dict_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_dict_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    const Type *t = o->type;
    bool view = t == &kr_type_dict_keys || t == &kr_type_dict_values || t == &kr_type_dict_items;
    if (!view && t != &kr_type_dict_keyiter && t != &kr_type_dict_valueiter &&
        t != &kr_type_dict_itemiter) {
        return -1;
    }
    if (view) {
        DictView *dv = (DictView *)o;
        if (!set) {
            v[0] = kr_obj(dv->d);
            return 0;
        }
        if (!IS_DICT(v[0])) {
            kr_raise(vm, EXC_ValueError, "snapshot holds an invalid dict view");
            return -1;
        }
        dv->d = AS_DICT(v[0]);
        return 0;
    }
    DictIter *it = (DictIter *)o;
    if (!set) {
        v[0] = it->d ? kr_obj(it->d) : VAL_UNDEF;
        n[0] = it->pos;
        n[1] = it->used;
        n[2] = it->len;
        n[3] = it->rev;
        return 0;
    }
    if (!(IS_UNDEF(v[0]) || IS_DICT(v[0])) || (n[3] != 0 && n[3] != 1) ||
        (!n[3] && n[0] < 0)) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid dict iterator");
        return -1;
    }
    it->d = IS_UNDEF(v[0]) ? NULL : AS_DICT(v[0]);
    it->pos = n[0];
    it->used = n[1];
    it->len = n[2];
    it->rev = n[3] != 0;
    it->order_unknown = true;
    return 0;
}
