// SPDX-License-Identifier: MIT
// tests/test_prelude.c: host calls made from code that a builtin or stdlib native calls back
// (a key= function, a generator consumed by dict(), a predicate of itertools.takewhile, ...)
// must suspend the run in iterative mode (interp/prelude.c diverts those natives to Python
// versions). Each case is a program that calls host function `f` inside one construct; it runs
// three ways: callback mode (the C natives), iterative mode (every call suspends, the host
// answers) and iterative mode with a snapshot/restore into a fresh VM at every suspension. The
// three must agree on status, result (or exception type and message), printed output and the
// sequence of host calls.
//
// f(x, ...) returns x (None without arguments); f('err') raises ValueError('host says no').
//
//   build/tests/test_prelude           run the cases
//   build/tests/test_prelude --list    print every case ("=== name" line, then the source)
//   build/tests/test_prelude --dump    print every case's callback-mode outcome (to compare
//                                      with CPython, which has no iterative mode)
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

#include "check.h"

static KrVm *new_vm(void) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.write = capture;
    cfg.hash_seed = 4321;
    return kr_vm_new(&cfg);
}

// ----- Text of values (Python repr for the plain types the cases return) -----

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        b->p = realloc(b->p, cap);
        if (!b->p) {
            abort();
        }
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static void repr(Buf *b, const KrValue *v) {
    char tmp[64];
    switch (v->type) {
    case KR_NONE:
        puts_(b, "None");
        break;
    case KR_BOOL:
        puts_(b, v->as.boolean ? "True" : "False");
        break;
    case KR_INT:
        snprintf(tmp, sizeof tmp, "%lld", (long long)v->as.i);
        puts_(b, tmp);
        break;
    case KR_BIGINT:
        put(b, v->as.str.ptr, v->as.str.len);
        break;
    case KR_FLOAT:
        // Python's repr: the shortest text that reads back, with ".0" for integral values.
        for (int prec = 1; prec <= 17; prec++) {
            snprintf(tmp, sizeof tmp, "%.*g", prec, v->as.f);
            if (strtod(tmp, NULL) == v->as.f) {
                break;
            }
        }
        if (!strpbrk(tmp, ".eni")) {
            strcat(tmp, ".0");
        }
        puts_(b, tmp);
        break;
    case KR_STR:
    case KR_BYTES:
    {
        // Python's choice of quotes: double when the text has a ' and no ".
        bool dq = memchr(v->as.str.ptr, '\'', v->as.str.len) &&
                  !memchr(v->as.str.ptr, '"', v->as.str.len);
        char q = dq ? '"' : '\'';
        if (v->type == KR_BYTES) {
            puts_(b, "b");
        }
        put(b, &q, 1);
        for (size_t i = 0; i < v->as.str.len; i++) {
            unsigned char c = (unsigned char)v->as.str.ptr[i];
            if (c == (unsigned char)q || c == '\\') {
                snprintf(tmp, sizeof tmp, "\\%c", c);
            } else if (c == '\n' || c == '\t' || c == '\r') {
                snprintf(tmp, sizeof tmp, "\\%c", c == '\n' ? 'n' : c == '\t' ? 't' : 'r');
            } else if (c < 0x20 || (v->type == KR_BYTES && c >= 0x7f)) {
                snprintf(tmp, sizeof tmp, "\\x%02x", c);
            } else {
                snprintf(tmp, sizeof tmp, "%c", c);
            }
            puts_(b, tmp);
        }
        put(b, &q, 1);
        break;
    }
    case KR_LIST:
    case KR_TUPLE:
    case KR_SET:
    case KR_FROZENSET: {
        const char *open = v->type == KR_LIST    ? "["
                           : v->type == KR_TUPLE ? "("
                           : v->type == KR_SET   ? "{"
                                                 : "frozenset({";
        const char *close = v->type == KR_LIST    ? "]"
                            : v->type == KR_TUPLE ? (v->as.seq.len == 1 ? ",)" : ")")
                            : v->type == KR_SET   ? "}"
                                                  : "})";
        if (v->as.seq.len == 0 && v->type == KR_SET) {
            puts_(b, "set()");
            break;
        }
        if (v->as.seq.len == 0 && v->type == KR_FROZENSET) {
            puts_(b, "frozenset()");
            break;
        }
        puts_(b, open);
        for (size_t i = 0; i < v->as.seq.len; i++) {
            if (i) {
                puts_(b, ", ");
            }
            repr(b, &v->as.seq.items[i]);
        }
        puts_(b, close);
        break;
    }
    case KR_DICT:
        puts_(b, "{");
        for (size_t i = 0; i < v->as.seq.len; i++) {
            if (i) {
                puts_(b, ", ");
            }
            repr(b, &v->as.seq.items[2 * i]);
            puts_(b, ": ");
            repr(b, &v->as.seq.items[2 * i + 1]);
        }
        puts_(b, "}");
        break;
    }
}

// A malloc'd deep copy: the pending call's arguments belong to the VM, which may drop them
// when it is resumed (or freed, between hops).
static void copy_value(KrValue *dst, const KrValue *src) {
    *dst = *src;
    switch (src->type) {
    case KR_BIGINT:
    case KR_STR:
    case KR_BYTES: {
        char *s = malloc(src->as.str.len + 1);
        memcpy(s, src->as.str.ptr, src->as.str.len);
        s[src->as.str.len] = '\0';
        dst->as.str.ptr = s;
        break;
    }
    case KR_LIST:
    case KR_TUPLE:
    case KR_SET:
    case KR_FROZENSET:
    case KR_DICT: {
        size_t n = src->as.seq.len * (src->type == KR_DICT ? 2 : 1);
        dst->as.seq.items = calloc(n ? n : 1, sizeof(KrValue));
        for (size_t i = 0; i < n; i++) {
            copy_value(&dst->as.seq.items[i], &src->as.seq.items[i]);
        }
        break;
    }
    default:
        break;
    }
}

static void free_value(KrValue *v) {
    switch (v->type) {
    case KR_BIGINT:
    case KR_STR:
    case KR_BYTES:
        free((char *)v->as.str.ptr);
        break;
    case KR_LIST:
    case KR_TUPLE:
    case KR_SET:
    case KR_FROZENSET:
    case KR_DICT: {
        size_t n = v->as.seq.len * (v->type == KR_DICT ? 2 : 1);
        for (size_t i = 0; i < n; i++) {
            free_value(&v->as.seq.items[i]);
        }
        free(v->as.seq.items);
        break;
    }
    default:
        break;
    }
}

// ----- The host function -----

static bool is_err(size_t nargs, const KrValue *args) {
    return nargs >= 1 && args[0].type == KR_STR && args[0].as.str.len == 3 &&
           memcmp(args[0].as.str.ptr, "err", 3) == 0;
}

// The log of host calls: "f(args)" lines.
static void log_call(Buf *log, const KrValue *args, size_t nargs) {
    puts_(log, "f(");
    for (size_t i = 0; i < nargs; i++) {
        if (i) {
            puts_(log, ", ");
        }
        repr(log, &args[i]);
    }
    puts_(log, ")\n");
}

static KrStatus host_f(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                       const KrValue *kwargs, KrValue *ret) {
    (void)kwargs;
    log_call((Buf *)ud, args, nargs);
    if (is_err(nargs, args)) {
        kr_host_raise(vm, "ValueError", "host says no");
        return KR_ERROR;
    }
    if (nargs) {
        *ret = args[0];
    } else {
        ret->type = KR_NONE;
    }
    return KR_OK;
}

// ----- Running a case -----

enum { MODE_CALLBACK, MODE_ITERATIVE, MODE_HOP };
static const char *const mode_names[] = {"callback", "iterative", "iterative+snapshots"};

typedef struct Outcome {
    Buf text; // status, result or error, output
    Buf log;  // host calls
    int suspensions;
} Outcome;

static KrStatus hop(KrVm **vmp) {
    unsigned char *bytes;
    size_t len;
    KrStatus st = kr_snapshot(*vmp, &bytes, &len);
    if (st != KR_OK) {
        return st;
    }
    unsigned char *copy = malloc(len);
    memcpy(copy, bytes, len);
    kr_snapshot_free(*vmp, bytes, len);
    kr_vm_free(*vmp);
    *vmp = new_vm();
    st = kr_restore(*vmp, copy, len);
    free(copy);
    return st;
}

static void run_case(const char *src, int mode, Outcome *o) {
    memset(o, 0, sizeof *o);
    outlen = 0;
    out[0] = '\0';
    KrVm *vm = new_vm();
    if (mode == MODE_CALLBACK) {
        kr_register_host(vm, "f", host_f, &o->log);
    }
    const char *hosts[] = {"f"};
    KrProgram *p;
    KrStatus st = kr_program_compile(vm, src, strlen(src), "case.py", NULL, 0, hosts, 1, &p);
    if (st == KR_OK) {
        st = kr_start(vm, p, NULL);
        kr_program_free(vm, p);
    }
    while (st == KR_CALL) {
        o->suspensions++;
        if (mode == MODE_HOP) {
            st = hop(&vm);
            if (st != KR_CALL) {
                puts_(&o->text, "snapshot/restore failed: ");
                puts_(&o->text, kr_error_type(vm));
                puts_(&o->text, ": ");
                puts_(&o->text, kr_error_message(vm));
                puts_(&o->text, "\n");
                break;
            }
        }
        const char *name;
        const KrValue *args, *kwargs;
        size_t nargs;
        if (!kr_pending_call(vm, &name, &args, &nargs, &kwargs) || strcmp(name, "f") != 0) {
            puts_(&o->text, "bad pending call\n");
            st = KR_INTERNAL;
            break;
        }
        log_call(&o->log, args, nargs);
        if (is_err(nargs, args)) {
            st = kr_resume_error(vm, "ValueError", "host says no");
            continue;
        }
        KrValue ans;
        if (nargs) {
            copy_value(&ans, &args[0]);
        } else {
            ans.type = KR_NONE;
        }
        st = kr_resume(vm, &ans);
        free_value(&ans);
    }
    if (st == KR_OK) {
        const KrValue *r = kr_result(vm);
        if (r) {
            repr(&o->text, r);
        } else {
            puts_(&o->text, "<no plain result> ");
            puts_(&o->text, kr_error_type(vm));
            puts_(&o->text, ": ");
            puts_(&o->text, kr_error_message(vm));
        }
    } else if (st == KR_ERROR) {
        puts_(&o->text, kr_error_type(vm));
        puts_(&o->text, ": ");
        puts_(&o->text, kr_error_message(vm));
    } else if (st != KR_CALL) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "status %d: ", (int)st);
        puts_(&o->text, tmp);
        puts_(&o->text, kr_error_text(vm));
    }
    if (outlen) {
        puts_(&o->text, "\n--- output:\n");
        puts_(&o->text, out);
    }
    kr_vm_free(vm);
}

static void free_outcome(Outcome *o) {
    free(o->text.p);
    free(o->log.p);
}

static const char *str_or_empty(const Buf *b) { return b->p ? b->p : ""; }

typedef struct Case {
    const char *name;
    const char *src;
    // A known gap: why iterative mode still fails. The case must fail with the RuntimeError
    // that says the host function cannot suspend there; if it passes, drop the mark. A gap
    // that starts with "snapshot: " concerns only the snapshot mode: iterative mode passes,
    // and snapshotting fails with the ValueError that names an object it cannot save.
    const char *gap;
} Case;

static const Case cases[] = {
    {"sorted_key",
     "sorted([3, 1, 2], key=lambda v: -f(v))",
     NULL},
    {"sorted_gen_reverse",
     "sorted((f(i) for i in [2, 3, 1]), reverse=True)",
     NULL},
    {"list_sort_key",
     "l = [3, 1, 2]\n"
     "l.sort(key=lambda v: f(-v))\n"
     "l",
     NULL},
    {"min_key_default",
     "(min([], key=f, default='d'), min([4, 2, 9], key=lambda v: f(v) % 3), max(f(i) for i in range(4)))",
     NULL},
    {"min_empty_gen",
     "min(f(i) for i in [])",
     NULL},
    {"max_default_gen",
     "max((f(i) for i in []), default=7)",
     NULL},
    {"min_default_multi",
     "min(1, 2, key=f, default=0)",
     NULL},
    {"min_kw_only",
     "min(key=f)",
     NULL},
    {"sum_gen",
     "(sum(f(i) for i in range(4)), sum((f(i) for i in range(3)), 10))",
     NULL},
    {"sum_str",
     "sum((f(c) for c in 'ab'), '')",
     NULL},
    {"any_all",
     "(any(f(i) > 1 for i in range(3)), all(f(i) < 2 for i in range(3)))",
     NULL},
    {"list_tuple_set",
     "(list(f(i) for i in range(2)), tuple(f(i) for i in range(2)), sorted(set(f(i) for i in range(2))), sorted(frozenset(f(i) for i in 'ab')))",
     NULL},
    {"join_gen",
     "','.join(f(c) for c in 'abc')",
     NULL},
    {"join_bad",
     "','.join(f(i) for i in range(2))",
     NULL},
    {"next_gen",
     "g = (f(i) for i in range(3))\n"
     "(next(g), next(g, 'x'), next(g), next(g, 'end'))",
     NULL},
    {"next_stop",
     "next(f(i) for i in [])",
     NULL},
    {"next_function",
     "def g():\n"
     "    return f(1)\n"
     "next(g)",
     NULL},
    {"map_filter",
     "(list(map(f, [1, 2])), list(map(lambda a, b: f(a) + b, [1, 2], [10, 20, 30])), list(filter(lambda v: f(v) % 2, range(5))), list(filter(None, (f(i) for i in range(3)))))",
     NULL},
    {"map_noniter",
     "m = map(f, 5)",
     NULL},
    {"zip_enumerate",
     "(list(zip((f(i) for i in range(3)), 'ab')), list(enumerate((f(c) for c in 'ab'), 5)))",
     NULL},
    {"zip_strict",
     "list(zip((f(i) for i in range(3)), 'ab', strict=True))",
     NULL},
    {"enumerate_badstart",
     "enumerate((f(i) for i in range(3)), 'x')",
     NULL},
    {"dict_gen",
     "dict((f(k), i) for i, k in enumerate('ab'))",
     NULL},
    {"dict_gen_kw",
     "dict(((k, f(k)) for k in 'ab'), z=1, a=0)",
     NULL},
    {"dict_gen_bad_len",
     "dict(f(x) for x in ['ab', 'abc'])",
     NULL},
    {"dict_gen_bad_item",
     "dict(f(x) for x in [1, 2])",
     NULL},
    {"dict_fromkeys",
     "(dict.fromkeys(f(k) for k in 'abc'), dict.fromkeys((f(k) for k in 'ab'), 0))",
     NULL},
    {"dict_update",
     "d = {'x': 1}\n"
     "d.update((k, f(k)) for k in 'ab')\n"
     "d.update(((k, f(k)) for k in 'c'), y=2)\n"
     "d",
     NULL},
    {"dict_update_bad",
     "d = {}\n"
     "d.update(f(k) for k in ['ab', 3])",
     NULL},
    {"list_extend",
     "l = [0]\n"
     "l.extend(f(i) for i in range(3))\n"
     "l",
     NULL},
    {"list_iadd",
     "l = [0]\n"
     "l += (f(i) for i in range(3))\n"
     "l",
     NULL},
    {"set_update",
     "s = {0}\n"
     "s.update((f(i) for i in range(3)), (f(i) for i in 'a'))\n"
     "sorted(s, key=str)",
     NULL},
    {"set_ops",
     "s = {1, 2, 3}\n"
     "(sorted(s.union(f(i) for i in range(5))), sorted(s.intersection(f(i) for i in range(3))), sorted(s.difference(f(i) for i in range(2))), sorted(s.symmetric_difference(f(i) for i in range(5))), s.issubset(f(i) for i in range(5)), s.issuperset(f(i) for i in range(3)), s.isdisjoint(f(i) for i in range(1)))",
     NULL},
    {"set_inplace",
     "s = {1, 2, 3}\n"
     "s.intersection_update(f(i) for i in range(3))\n"
     "t = {1, 2, 3}\n"
     "t.difference_update(f(i) for i in range(2))\n"
     "u = {1, 2, 3}\n"
     "u.symmetric_difference_update(f(i) for i in range(5))\n"
     "(sorted(s), sorted(t), sorted(u))",
     NULL},
    {"frozenset_ops",
     "fs = frozenset({1, 2})\n"
     "(sorted(fs.union(f(i) for i in range(4))), fs.issubset(f(i) for i in range(3)))",
     NULL},
    {"bytes_gen",
     "(bytes(f(i) for i in range(65, 68)), bytes(bytearray(f(i) for i in range(65, 67))))",
     NULL},
    {"bytes_bad",
     "bytes(f(i) for i in [65, 300])",
     NULL},
    {"bytearray_extend",
     "b = bytearray(b'x')\n"
     "b.extend(f(i) for i in range(65, 67))\n"
     "bytes(b)",
     NULL},
    {"bytes_join",
     "b'-'.join(f(s) for s in [b'a', b'b'])",
     NULL},
    {"reduce",
     "import functools\n"
     "(functools.reduce(lambda a, b: a + f(b), [1, 2, 3]), functools.reduce(lambda a, b: a * b, (f(i) for i in range(1, 5)), 10))",
     NULL},
    {"reduce_empty",
     "import functools\n"
     "functools.reduce(lambda a, b: a + b, (f(i) for i in []))",
     NULL},
    {"reduce_empty_init",
     "from functools import reduce\n"
     "reduce(lambda a, b: a + b, (f(i) for i in []), 'init')",
     NULL},
    {"cmp_to_key",
     "import functools\n"
     "sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: f(a) - b))",
     "vm.c: cmp_to_key keys compare by calling the function from C"},
    {"partial",
     "import functools\n"
     "p = functools.partial(lambda a, b: f(a) + b, 10)\n"
     "sorted([3, 1, 2], key=p)",
     NULL},
    {"lru_cache",
     "import functools\n"
     "@functools.lru_cache\n"
     "def g(x):\n"
     "    return f(x) * 2\n"
     "[g(1), g(2), g(1)]",
     NULL},
    {"starmap",
     "import itertools\n"
     "list(itertools.starmap(lambda a, b: f(a) + b, [(1, 2), (3, 4)]))",
     NULL},
    {"starmap_gen",
     "import itertools\n"
     "list(itertools.starmap(pow, ((f(i), 2) for i in range(3))))",
     NULL},
    {"accumulate",
     "import itertools\n"
     "(list(itertools.accumulate(f(i) for i in range(4))), list(itertools.accumulate([1, 2, 3], lambda a, b: f(a) * b, initial=5)))",
     NULL},
    {"takewhile_dropwhile",
     "import itertools\n"
     "(list(itertools.takewhile(lambda x: f(x) < 3, range(10))), list(itertools.dropwhile(lambda x: f(x) < 3, range(6))))",
     NULL},
    {"filterfalse",
     "import itertools\n"
     "(list(itertools.filterfalse(lambda x: f(x) % 2, range(6))), list(itertools.filterfalse(None, (f(i) for i in range(3)))))",
     NULL},
    {"groupby_key",
     "import itertools\n"
     "[(k, list(g)) for k, g in itertools.groupby(range(7), key=lambda x: f(x) // 3)]",
     NULL},
    {"groupby_gen",
     "import itertools\n"
     "[(k, len(list(g))) for k, g in itertools.groupby(f(c) for c in 'aabccc')]",
     NULL},
    {"groupby_skip",
     "import itertools\n"
     "gs = list(itertools.groupby(f(c) for c in 'aabbb'))\n"
     "[(k, list(g)) for k, g in gs]",
     NULL},
    {"chain",
     "import itertools\n"
     "(list(itertools.chain((f(i) for i in range(2)), 'ab')), list(itertools.chain.from_iterable((f(i) for i in range(2)) for _ in range(2))))",
     NULL},
    {"chain_list_of_gens",
     "import itertools\n"
     "list(itertools.chain.from_iterable([(f(i) for i in range(2)), 'x']))",
     NULL},
    {"islice",
     "import itertools\n"
     "(list(itertools.islice((f(i) for i in range(10)), 1, 7, 2)), list(itertools.islice((f(i) for i in range(10)), 3)))",
     NULL},
    {"islice_consumed",
     "import itertools\n"
     "g = (f(i) for i in range(10))\n"
     "(list(itertools.islice(g, 2, 4)), next(g))",
     NULL},
    {"islice_bad",
     "import itertools\n"
     "itertools.islice((f(i) for i in range(3)), -1)",
     NULL},
    {"zip_longest",
     "import itertools\n"
     "list(itertools.zip_longest((f(i) for i in range(3)), 'a', fillvalue=0))",
     NULL},
    {"product",
     "import itertools\n"
     "(list(itertools.product((f(i) for i in range(2)), 'ab')), list(itertools.product((f(i) for i in range(2)), repeat=2)))",
     NULL},
    {"perm_comb",
     "import itertools\n"
     "(list(itertools.permutations(f(i) for i in range(3))), list(itertools.combinations((f(i) for i in range(4)), 2)), list(itertools.combinations_with_replacement((f(i) for i in range(2)), 2)))",
     NULL},
    {"compress_pairwise",
     "import itertools\n"
     "(list(itertools.compress((f(i) for i in range(5)), [1, 0, 1])), list(itertools.pairwise(f(i) for i in range(4))))",
     NULL},
    {"cycle",
     "import itertools\n"
     "c = itertools.cycle(f(i) for i in range(2))\n"
     "[next(c) for _ in range(5)]",
     NULL},
    {"tee",
     "import itertools\n"
     "a, b = itertools.tee(f(i) for i in range(3))\n"
     "(list(a), list(b))",
     NULL},
    {"count_repeat_zip",
     "import itertools\n"
     "list(zip(itertools.count(5), itertools.repeat(0), (f(i) for i in range(2))))",
     NULL},
    {"iter_sentinel",
     "n = [0]\n"
     "def g():\n"
     "    n[0] += 1\n"
     "    return f(n[0])\n"
     "list(iter(g, 4))",
     NULL},
    {"iter_sentinel_lambda",
     "it = iter(lambda: f(1), 1)\n"
     "list(it)",
     NULL},
    {"star_call",
     "def g(*a):\n"
     "    return a\n"
     "g(*(f(i) for i in range(3)))",
     NULL},
    {"star_display",
     "[*(f(i) for i in range(3)), *(f(i) for i in 'ab')]",
     NULL},
    {"unpack",
     "a, b = (f(i) for i in range(2))\n"
     "(a, b)",
     NULL},
    {"contains",
     "(2 in (f(i) for i in range(5)), 9 in (f(i) for i in range(3)))",
     NULL},
    {"yield_from",
     "def g():\n"
     "    yield from (f(i) for i in range(3))\n"
     "list(g())",
     NULL},
    {"re_sub",
     "import re\n"
     "(re.sub(r'\\d', lambda m: f(m.group()) * 2, 'a1b2'), re.subn('b', lambda m: f('B'), 'abcb', count=1), re.compile('a').sub(lambda m: f('x'), 'aba'))",
     NULL},
    {"json_hooks",
     "import json\n"
     "(json.loads('{\"a\": [1, {\"b\": 2}]}', object_hook=lambda d: f(sorted(d))), json.dumps({'a': {1, 2}}, default=lambda o: f(sorted(o))))",
     NULL},
    {"math_fsum_prod",
     "import math\n"
     "(math.fsum(f(i) for i in range(4)), math.prod(f(i) for i in range(1, 4)))",
     NULL},
    {"err_sorted_noarg",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sorted(key=g)",
     NULL},
    {"err_sorted_func",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sorted(g)",
     NULL},
    {"err_sorted_badkw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sorted(gen, cmp=g)",
     NULL},
    {"err_sorted_reverse",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sorted(gen, reverse='x')",
     NULL},
    {"err_max_badkw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "max(1, 2, bad=g)",
     NULL},
    {"err_sum_func",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sum(g)",
     NULL},
    {"err_sum_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sum(gen, 1, start=2)",
     NULL},
    {"err_sum_bytes",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sum(gen, b'')",
     NULL},
    {"err_list_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "list(x=gen)",
     NULL},
    {"err_tuple_2",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "tuple(gen, gen)",
     NULL},
    {"err_any_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "any(x=gen)",
     NULL},
    {"err_next_3",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "next(gen, 1, 2)",
     NULL},
    {"err_map_1",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "map(g)",
     NULL},
    {"err_map_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "map(g, gen, x=1)",
     NULL},
    {"err_zip_int",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "zip(gen, 5)",
     NULL},
    {"err_zip_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "zip(gen, bad=1)",
     NULL},
    {"err_filter_int",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "filter(g, 5)",
     NULL},
    {"err_enum_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "list(enumerate(iterable=gen, start=2))",
     NULL},
    {"err_dict_2",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "dict(gen, gen)",
     NULL},
    {"err_dict_update_2",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "{}.update(gen, gen)",
     NULL},
    {"err_dict_update_self",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "dict.update(gen, {})",
     NULL},
    {"err_fromkeys_3",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "dict.fromkeys(gen, 1, 2)",
     NULL},
    {"err_extend_func",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "[].extend(g)",
     NULL},
    {"err_extend_self",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "list.extend(gen, [1])",
     NULL},
    {"err_set_update_func",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "set().update(g)",
     NULL},
    {"err_set_union_self",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "set.union(frozenset(), gen)",
     NULL},
    {"err_set_unhashable",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "s = set()\n"
     "s.update(f(x) for x in [[1], 2])",
     NULL},
    {"err_iter_3",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "iter(g, 1, 2)",
     NULL},
    {"err_iter_notcallable",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "iter(5, gen)",
     NULL},
    {"err_starmap_1",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.starmap(g)",
     NULL},
    {"err_starmap_args",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "list(itertools.starmap(g, (f(i) for i in range(2))))",
     NULL},
    {"err_islice_str",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.islice(gen, 'a')",
     NULL},
    {"err_accumulate_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.accumulate(gen, initial=1, x=2)",
     NULL},
    {"err_groupby_3",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.groupby(gen, g, 3)",
     NULL},
    {"err_tee_neg",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.tee(gen, -1)",
     NULL},
    {"err_chain_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.chain(gen, x=1)",
     NULL},
    {"err_zip_longest_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.zip_longest(gen, fill=1)",
     NULL},
    {"err_product_repeat",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.product(gen, repeat=-1)",
     NULL},
    {"err_product_int",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.product(gen, 5, (f(i) for i in 'ab'))",
     NULL},
    {"err_perm_r",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.permutations(gen, 'x')",
     NULL},
    {"err_reduce_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import functools\n"
     "functools.reduce(g, gen, x=1)",
     NULL},
    {"err_reduce_1",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import functools\n"
     "functools.reduce(g)",
     NULL},
    {"err_reduce_int",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import functools\n"
     "functools.reduce(g, 5)",
     NULL},
    {"err_host_raises",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sorted(['a', 'err', 'b'], key=f)",
     NULL},
    {"err_in_gen_caught",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "def h():\n"
     "    try:\n"
     "        yield f('err')\n"
     "    except ValueError as e:\n"
     "        yield str(e)\n"
     "list(map(f, h()))",
     NULL},
    {"next_return_value",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "def h():\n"
     "    yield f(1)\n"
     "    return 'rv'\n"
     "it = h()\n"
     "next(it)\n"
     "try:\n"
     "    next(it)\n"
     "except StopIteration as e:\n"
     "    r = e.args\n"
     "r",
     NULL},
    {"map_lazy",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "m = map(f, [1, 2, 3])\n"
     "(next(m), list(m))",
     NULL},
    {"enumerate_bool",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "list(enumerate((f(c) for c in 'ab'), True))",
     NULL},
    {"err_sort_key_reverse",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "sorted([1, 2], key=f, reverse='x')",
     NULL},
    {"err_comb_r",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "itertools.combinations(gen, 'x')",
     NULL},
    {"err_comb_kw",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "import itertools\n"
     "list(itertools.combinations(r=2, iterable=gen))",
     NULL},
    {"err_fs_union_self",
     "g = lambda *a: 0\n"
     "gen = (f(i) for i in range(3))\n"
     "frozenset.union(set(), gen)",
     NULL},
    {"star_args_builtin",
     "sorted(*[[3, 1, 2]], key=lambda v: f(v))",
     NULL},
    {"unpack_too_many",
     "a, b = (f(i) for i in range(3))",
     NULL},
    {"unpack_not_enough",
     "a, b, c = (f(i) for i in range(2))",
     NULL},
    {"unpack_star",
     "a, *b, c = (f(i) for i in range(5))\n"
     "(a, b, c)",
     NULL},
    {"unpack_star_short",
     "a, *b, c = (f(i) for i in range(1))",
     NULL},
    {"unpack_nested_for",
     "r = []\n"
     "for a, b in [(f(i) for i in range(2)), (f(i) for i in 'xy')]:\n"
     "    r.append((b, a))\n"
     "r",
     NULL},
    {"set_display",
     "sorted({*(f(i) for i in range(3)), 7})",
     NULL},
    {"not_in",
     "(3 not in (f(i) for i in range(5)), 'z' not in (f(c) for c in 'ab'))",
     NULL},
    {"star_call_kw",
     "def g(*a, **k):\n"
     "    return (a, k)\n"
     "g(1, *(f(i) for i in range(2)), z=f(9))",
     NULL},
    {"star_call_builtin",
     "print(*(f(i) for i in range(3)), sep='-')",
     NULL},
    {"star_zip",
     "list(zip(*[(f(i) for i in range(2)), 'ab']))",
     NULL},
    {"star_noncallable",
     "x = 5\n"
     "x(*(f(i) for i in range(2)))",
     NULL},
    {"display_raises",
     "def gen():\n"
     "    yield f(1)\n"
     "    raise KeyError('k')\n"
     "try:\n"
     "    x = [*gen()]\n"
     "except KeyError as e:\n"
     "    x = repr(e)\n"
     "x",
     NULL},
    {"iadd_raises",
     "def gen():\n"
     "    yield f(1)\n"
     "    raise ValueError('v')\n"
     "l = [0]\n"
     "try:\n"
     "    l += gen()\n"
     "except ValueError:\n"
     "    pass\n"
     "l",
     NULL},
    {"contains_early_stop",
     "g = (f(i) for i in range(5))\n"
     "(2 in g, list(g))",
     NULL},
    {"partial_kw",
     "import functools\n"
     "p = functools.partial(lambda a, b, c=0: f(a) + b + c, c=100)\n"
     "(p(1, 2), p(1, b=5, c=7), list(map(p, [1, 2], [10, 20])))",
     NULL},
    {"partial_nested",
     "import functools\n"
     "p = functools.partial(functools.partial(lambda *a: f(sum(a)), 1), 2)\n"
     "p(3)",
     NULL},
    {"re_sub_none_skip",
     "import re\n"
     "(re.sub('a', lambda m: f(None), 'banana'), re.sub('q', lambda m: f('z'), 'abc'))",
     NULL},
    {"re_subn_count",
     "import re\n"
     "(re.subn(r'\\d', lambda m: f(m.group()), 'a1b2c3', 2), re.subn('x*', lambda m: f(m.group()), 'axxb'), re.subn('a', lambda m: f('A'), 'aaa', count=-1))",
     NULL},
    {"re_sub_empty_matches",
     "import re\n"
     "re.sub('x*', lambda m: f('-'), 'abxc')",
     NULL},
    {"re_sub_bytes",
     "import re\n"
     "re.sub(rb'\\d', lambda m: f(m.group()) + b'!', b'a1b2')",
     NULL},
    {"re_sub_kw",
     "import re\n"
     "(re.compile(r'(\\w)(\\d)').subn(repl=lambda m: f(m.group(2) + m.group(1)), string='a1 b2', count=0), re.sub(pattern='a', repl=lambda m: f('A'), string='aXa', count=1, flags=re.I), re.Pattern.sub(re.compile('a'), lambda m: f('b'), 'aa'))",
     NULL},
    {"re_sub_join_error",
     "import re\n"
     "re.sub(r'\\d', lambda m: f(int(m.group())), 'a1b2')",
     NULL},
    {"re_sub_bytes_join_error",
     "import re\n"
     "re.sub(rb'\\d', lambda m: f('s'), b'a1b2')",
     NULL},
    {"re_sub_host_raises",
     "import re\n"
     "re.sub('a', lambda m: f('err'), 'xaa')",
     NULL},
    {"re_sub_errors",
     "def E(g):\n"
     "    try:\n"
     "        return g()\n"
     "    except Exception as e:\n"
     "        return type(e).__name__ + ': ' + str(e)\n"
     "import re\n"
     "g = lambda m: f(1)\n"
     "[E(lambda: re.sub('a', g, 'aa', count='x')), E(lambda: re.sub('a', g, b'aa')), E(lambda: re.compile('a').sub(g, 5)), E(lambda: re.sub('(', g, 'a')), E(lambda: re.sub(re.compile('a'), g, 'a', flags=re.I)), E(lambda: re.compile('a').subn(g)), E(lambda: re.compile('a').sub(g, 'a', 1, 2)), E(lambda: re.compile('a').sub(g, 'a', bad=1)), E(lambda: re.Pattern.sub('a', g, 'a')), E(lambda: re.compile(b'a').subn(g, 'a'))]",
     NULL},
    {"re_sub_template_gen",
     "def E(g):\n"
     "    try:\n"
     "        return g()\n"
     "    except Exception as e:\n"
     "        return type(e).__name__ + ': ' + str(e)\n"
     "import re\n"
     "[E(lambda: re.sub('a', 'b', 'aa', count=(f(i) for i in []))), E(lambda: re.sub('a', 'b', (f(i) for i in 'x'))), E(lambda: re.sub('a', r'\\9', 'a', count=(f(i) for i in [])))]",
     NULL},
    {"json_object_hook_order",
     "import json\n"
     "json.loads('{\"a\": {\"b\": {}}, \"c\": [{\"d\": 1}, {}]}', object_hook=f)",
     NULL},
    {"json_pairs_hook",
     "import json\n"
     "json.loads('{\"a\": 1, \"a\": 2, \"b\": [{\"x\": null}]}', object_pairs_hook=f)",
     NULL},
    {"json_both_hooks",
     "import json\n"
     "json.loads('{\"a\": {\"b\": 1}}', object_hook=lambda d: f('oh'), object_pairs_hook=lambda p: f(len(p)))",
     NULL},
    {"json_parse_hooks",
     "import json\n"
     "json.loads(' [1, -2.5, 3e2, NaN, -Infinity, Infinity, 10, \"7\", true, null, 0.5E-1, -0] ', parse_int=lambda s: f('i' + s), parse_float=lambda s: f('f' + s), parse_constant=lambda s: f('c' + s))",
     NULL},
    {"json_parse_falsy",
     "import json\n"
     "json.loads('{\"a\": [1, 2.5, NaN]}', parse_int=None, parse_float=0, parse_constant='', object_hook=f)",
     NULL},
    {"json_dup_keys",
     "import json\n"
     "(json.loads('{\"a\": 1, \"b\": 3, \"a\": 2}', parse_int=f), json.loads(b'[{\"k\": 1}]', object_hook=f, strict=False))",
     NULL},
    {"json_decode_error",
     "import json\n"
     "json.loads('[1, {\"a\": 2}, [3.5, {\"b\": 4}', parse_int=f, parse_float=f, object_hook=f)",
     NULL},
    {"json_decode_error_extra",
     "import json\n"
     "json.loads('{\"a\": 1} {\"b\": 2}', object_hook=f, parse_int=f)",
     NULL},
    {"json_decode_error_string",
     "import json\n"
     "json.loads('[1, {\"s\": \"x\\\\\"y\"}, 22, \"abc\\\\q\"]', parse_int=f, object_hook=f)",
     NULL},
    {"json_decode_error_number",
     "import json\n"
     "json.loads('[1.5e, -3, -]', parse_int=f, parse_float=f)",
     NULL},
    {"json_decode_error_top",
     "import json\n"
     "json.loads('7 8', parse_int=f)",
     NULL},
    {"json_hook_raises",
     "import json\n"
     "json.loads('[1, 2]', parse_int=lambda s: f('err'))",
     NULL},
    {"json_hook_noncallable",
     "import json\n"
     "json.loads('[1, {\"a\": 2}]', object_hook=5, parse_int=f)",
     NULL},
    {"json_loads_errors",
     "def E(g):\n"
     "    try:\n"
     "        return g()\n"
     "    except Exception as e:\n"
     "        return type(e).__name__ + ': ' + str(e)\n"
     "import json\n"
     "[E(lambda: json.loads(5, object_hook=f)), E(lambda: json.loads('[]', object_hook=f, bad=1)), E(lambda: json.loads('[]', f)), E(lambda: json.loads(object_hook=f)), E(lambda: json.loads('{}', cls=None, object_hook=f))]",
     NULL},
    {"json_dumps_order",
     "import json\n"
     "json.dumps({'b': {1}, 'a': [{2}, {'c': {3}}]}, default=lambda o: f(sorted(o)))",
     NULL},
    {"json_dumps_sort",
     "import json\n"
     "json.dumps({'b': {1}, 'a': {2}, 'c': [{3}]}, default=lambda o: f(sorted(o)), sort_keys=True)",
     NULL},
    {"json_dumps_nested_default",
     "import json\n"
     "json.dumps([{1, 2}, ()], default=lambda o: {3} if f(len(o)) > 1 else sorted(o))",
     NULL},
    {"json_dumps_circular",
     "import json\n"
     "x = [{1}]\n"
     "x.append(x)\n"
     "json.dumps(x, default=lambda o: f(sorted(o)))",
     NULL},
    {"json_dumps_circular_default",
     "import json\n"
     "s = {1}\n"
     "json.dumps([s], default=lambda o: [f(len(o)), o])",
     NULL},
    {"json_dumps_shared",
     "import json\n"
     "s = {1}\n"
     "l = [s]\n"
     "json.dumps([l, l, {'k': s}], default=lambda o: f(sorted(o)))",
     NULL},
    {"json_dumps_bad_key",
     "import json\n"
     "json.dumps({'a': {1}, (1,): 2}, default=lambda o: f(sorted(o)))",
     NULL},
    {"json_dumps_skipkeys_indent",
     "import json\n"
     "json.dumps({'a': {1}, (1,): {2}, 'b': {3}}, default=lambda o: f(sorted(o)), skipkeys=True, indent=2)",
     NULL},
    {"json_dumps_nan",
     "import json\n"
     "json.dumps([{1}, float('nan'), {2}], default=lambda o: f(sorted(o)), allow_nan=False)",
     NULL},
    {"json_dumps_nan_key",
     "import json\n"
     "json.dumps({'a': {1}, float('inf'): 2}, default=lambda o: f(sorted(o)), allow_nan=False)",
     NULL},
    {"json_dumps_sort_error",
     "import json\n"
     "json.dumps({'b': {1}, 1: 2}, default=lambda o: f(sorted(o)), sort_keys=True)",
     NULL},
    {"json_dumps_key_types",
     "import json\n"
     "json.dumps({1: {1}, 2.5: {2}, True: {3}, None: {4}, 'x': (5, {6})}, default=lambda o: f(sorted(o)), separators=(',', ':'))",
     NULL},
    {"json_dumps_default_raises",
     "import json\n"
     "json.dumps([{1}, {2}], default=lambda o: f('err'))",
     NULL},
    {"json_dumps_mutate",
     "import json\n"
     "l = [{1}, 2]\n"
     "json.dumps(l, default=lambda o: (l.append(f(3)), sorted(o))[1])",
     NULL},
    {"json_dumps_indent_str",
     "import json\n"
     "json.dumps({'a': [{1}], 'é': {2}}, default=lambda o: f(sorted(o)), indent='\\t', ensure_ascii=False)",
     NULL},
    {"json_dumps_errors",
     "def E(g):\n"
     "    try:\n"
     "        return g()\n"
     "    except Exception as e:\n"
     "        return type(e).__name__ + ': ' + str(e)\n"
     "import json\n"
     "[E(lambda: json.dumps((f(i) for i in range(2)), default=5)), E(lambda: json.dumps({1}, default=f, cls=None, bad=1)), E(lambda: json.dumps({1}, f)), E(lambda: json.dumps(default=f)), E(lambda: json.dumps((f(i) for i in range(2)))), E(lambda: json.dumps([10 ** 5000, {1}], default=f))]",
     NULL},
};

static int check_case(const Case *c) {
    Outcome o[3];
    for (int m = 0; m < 3; m++) {
        run_case(c->src, m, &o[m]);
    }
    int bad = 0;
    for (int m = 1; m < 3; m++) {
        bool same = strcmp(str_or_empty(&o[0].text), str_or_empty(&o[m].text)) == 0 &&
                    strcmp(str_or_empty(&o[0].log), str_or_empty(&o[m].log)) == 0;
        // Iterative mode must have suspended once for each call.
        int calls = 0;
        for (const char *s = str_or_empty(&o[0].log); (s = strstr(s, "f(")); s++) {
            calls++;
        }
        bool snap_gap = c->gap && strncmp(c->gap, "snapshot: ", 10) == 0;
        const char *why = snap_gap ? "cannot snapshot a run holding" : "cannot suspend the run";
        bool gap_mode = c->gap && (!snap_gap || m == MODE_HOP);
        if (gap_mode && !same && strstr(str_or_empty(&o[m].text), why)) {
            printf("known gap %s (%s): %s\n", c->name, mode_names[m], c->gap);
            break;
        }
        if (gap_mode && same) {
            fprintf(stderr, "%s now passes: drop its known-gap mark\n", c->name);
            bad = 1;
            break;
        }
        if (!same || o[m].suspensions != calls) {
            fprintf(stderr,
                    "FAIL %s (%s):\n--- callback:\n%s\n%s--- %s (%d suspensions):\n%s\n%s\n",
                    c->name, mode_names[m], str_or_empty(&o[0].text), str_or_empty(&o[0].log),
                    mode_names[m], o[m].suspensions, str_or_empty(&o[m].text),
                    str_or_empty(&o[m].log));
            bad = 1;
            break;
        }
    }
    for (int m = 0; m < 3; m++) {
        free_outcome(&o[m]);
    }
    return bad;
}

int main(int argc, char **argv) {
    size_t n = sizeof cases / sizeof cases[0];
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < n; i++) {
            printf("=== %s\n%s\n", cases[i].name, cases[i].src);
        }
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--dump") == 0) {
        for (size_t i = 0; i < n; i++) {
            Outcome o;
            run_case(cases[i].src, MODE_CALLBACK, &o);
            printf("=== %s\n%s\n%s", cases[i].name, str_or_empty(&o.text), str_or_empty(&o.log));
            free_outcome(&o);
        }
        return 0;
    }
    const char *only = argc == 2 ? argv[1] : NULL;
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        if (only && !strstr(cases[i].name, only)) {
            continue;
        }
        bad += check_case(&cases[i]);
    }
    failures += bad;
    if (failures) {
        fprintf(stderr, "test_prelude: %d of %zu case(s) failed\n", bad, n);
        return 1;
    }
    printf("test_prelude: ok (%zu cases)\n", n);
    return 0;
}
