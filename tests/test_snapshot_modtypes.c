// SPDX-License-Identifier: MIT
// tests/test_snapshot_modtypes.c: snapshots of runs holding objects of module-defined types
// (functools.partial, cmp_to_key keys, lru_cache state, every itertools iterator including tee
// and groupby in flight, string.Template, the classes themselves); hostile bytes around them;
// host callbacks after a restore (process-local: registered again on the new VM, otherwise the
// call suspends like an iterative host function).
//
//   build/tests/test_snapshot_modtypes
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
    cfg.hash_seed = 1234;
    return kr_vm_new(&cfg);
}

static KrValue vint(int64_t i) {
    KrValue v;
    memset(&v, 0, sizeof v);
    v.type = KR_INT;
    v.as.i = i;
    return v;
}

typedef struct Blob {
    unsigned char *p;
    size_t len;
} Blob;

static Blob take_snapshot(KrVm *vm) {
    Blob b = {NULL, 0};
    unsigned char *bytes;
    size_t len;
    KrStatus st = kr_snapshot(vm, &bytes, &len);
    if (st != KR_OK) {
        fprintf(stderr, "kr_snapshot: %s: %s\n", kr_error_type(vm), kr_error_message(vm));
        CHECK(st == KR_OK);
        return b;
    }
    b.p = malloc(len);
    memcpy(b.p, bytes, len);
    b.len = len;
    kr_snapshot_free(vm, bytes, len);
    return b;
}

// Drives a run to its end (fetch(x) answers x * 10). With [hop], every suspension is
// snapshotted, the VM freed and the run restored into a fresh VM.
static KrStatus drive(KrVm **vmp, KrStatus st, bool hop, int *calls) {
    while (st == KR_CALL) {
        if (hop) {
            Blob b = take_snapshot(*vmp);
            if (!b.p) {
                return KR_INTERNAL;
            }
            kr_vm_free(*vmp);
            *vmp = new_vm();
            st = kr_restore(*vmp, b.p, b.len);
            free(b.p);
            if (st != KR_CALL) {
                fprintf(stderr, "kr_restore: %s: %s\n", kr_error_type(*vmp),
                        kr_error_message(*vmp));
                return st;
            }
        }
        const char *name;
        const KrValue *args, *kwargs;
        size_t nargs;
        CHECK(kr_pending_call(*vmp, &name, &args, &nargs, &kwargs));
        (*calls)++;
        KrValue v = vint(nargs == 1 && args[0].type == KR_INT ? args[0].as.i * 10 : 0);
        st = kr_resume(*vmp, &v);
    }
    return st;
}

// Runs [src] with and without a snapshot + restore at every host call: same output.
static void check_hops(const char *what, const char *src) {
    const char *hosts[] = {"fetch"};
    static char plain_out[sizeof out];
    int calls_plain = 0, calls_hop = 0;
    for (int hop = 0; hop < 2; hop++) {
        outlen = 0;
        out[0] = '\0';
        KrVm *vm = new_vm();
        KrProgram *p;
        KrStatus st = kr_program_compile(vm, src, strlen(src), "t.py", NULL, 0, hosts, 1, &p);
        if (st != KR_OK) {
            fprintf(stderr, "%s: compile: %s", what, kr_error_text(vm));
            CHECK(st == KR_OK);
            kr_vm_free(vm);
            return;
        }
        st = drive(&vm, kr_start(vm, p, NULL), hop, hop ? &calls_hop : &calls_plain);
        if (st != KR_OK) {
            fprintf(stderr, "%s (hop=%d): %s", what, hop, kr_error_text(vm));
        }
        CHECK(st == KR_OK);
        if (!hop) {
            snprintf(plain_out, sizeof plain_out, "%s", out);
        } else {
            if (strcmp(plain_out, out) != 0) {
                fprintf(stderr, "%s: output differs after snapshots:\n--- plain\n%s--- hops\n%s",
                        what, plain_out, out);
            }
            CHECK(strcmp(plain_out, out) == 0);
            CHECK(calls_plain == calls_hop);
        }
        kr_vm_free(vm);
    }
}

static void test_itertools(void) {
    check_hops("infinite iterators",
               "import itertools\n"
               "c = itertools.count(5, 2)\ncy = itertools.cycle('ab')\n"
               "r = itertools.repeat('x', 3)\n"
               "print(next(c), next(cy), next(cy), next(cy), next(r))\n"
               "v = fetch(1)\n"
               "print(next(c), next(cy), list(r), v, c, type(c), isinstance(c, itertools.count))\n"
               "cf = itertools.count(1.5)\nnext(cf)\nfetch(2)\nprint(cf, next(cf))\n");
    check_hops("terminating iterators",
               "import itertools as it\n"
               "a = it.accumulate([1, 2, 3, 4], initial=10)\nch = it.chain([1, 2], 'ab')\n"
               "cf = it.chain.from_iterable([[1], [2, 3]])\n"
               "co = it.compress('abcdef', [1, 0, 1, 0, 1, 1])\n"
               "dw = it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])\n"
               "tw = it.takewhile(lambda x: x < 3, [1, 2, 3, 1])\n"
               "ff = it.filterfalse(None, [0, 1, 0, 2])\n"
               "sm = it.starmap(pow, [(2, 3), (3, 2), (10, 0)])\n"
               "isl = it.islice(range(100), 2, 20, 5)\n"
               "zl = it.zip_longest('ab', [1, 2, 3, 4], fillvalue='-')\n"
               "pw = it.pairwise('abcd')\n"
               "its = [a, ch, cf, co, dw, tw, ff, sm, isl, zl, pw]\n"
               "print([next(x) for x in its])\n"
               "fetch(3)\n"
               "print([next(x) for x in its])\n"
               "fetch(4)\n"
               "print([list(x) for x in its], type(zl).__name__)\n");
    check_hops("groupby and tee in flight",
               "import itertools\n"
               "g = itertools.groupby('aaabbcdd')\nk1, grp1 = next(g)\nprint(k1, next(grp1))\n"
               "fetch(1)\n"
               "print(list(grp1))\nk2, grp2 = next(g)\nfetch(2)\n"
               "print(k2, list(grp1), list(grp2), [(k, list(v)) for k, v in g])\n"
               "t1, t2, t3 = itertools.tee(iter(range(10)), 3)\n"
               "print(next(t1), next(t1), next(t2))\n"
               "fetch(3)\n"
               "print(list(t1), next(t2), list(itertools.islice(t3, 4)))\n"
               "fetch(4)\n"
               "print(list(t2), list(t3), type(t1))\n");
    check_hops("combinatorics in flight",
               "import itertools as it\n"
               "p = it.product('ab', range(3), repeat=1)\npe = it.permutations(range(4), 2)\n"
               "cb = it.combinations('abcde', 3)\ncw = it.combinations_with_replacement('abc', 2)\n"
               "e = it.product('ab', [])\nz = it.permutations([], 0)\n"
               "its = [p, pe, cb, cw]\n"
               "print([next(x) for x in its], [next(x) for x in its])\n"
               "fetch(1)\n"
               "print([list(x) for x in its], list(e), list(z))\n");
    check_hops("iterator used by a for loop across a call",
               "import itertools\n"
               "out = []\n"
               "for a, b in itertools.product(range(2), 'xy'):\n"
               "    out.append((a, b, fetch(a)))\n"
               "for i, v in zip(itertools.count(), itertools.chain('pq', 'r')):\n"
               "    out.append(fetch(i) + len(v))\n"
               "print(out)\n");
}

static void test_functools_string(void) {
    check_hops("partial and cmp_to_key",
               "import functools\n"
               "def f(a, b, *, c=0):\n    return a * 100 + b * 10 + c\n"
               "p = functools.partial(f, 1, c=3)\npp = functools.partial(p, 2)\n"
               "K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))\nk = K(5)\n"
               "print(p(2), pp(), repr(p)[:29], p.args, p.keywords, type(pp))\n"
               "fetch(1)\n"
               "print(p(4), pp(c=9), k < K(6), k.obj, type(k).__name__,\n"
               "      sorted([3, 1, 2], key=K), isinstance(p, functools.partial))\n");
    check_hops("lru_cache state and CacheInfo",
               "import functools\n"
               "@functools.lru_cache(maxsize=2)\ndef sq(x):\n    return x * x + fetch(x)\n"
               "print(sq(1), sq(2), sq(1))\ninfo = sq.cache_info()\n"
               "print(sq(3), sq(1), sq.cache_info(), info, info.hits, type(info))\n"
               "@functools.cache\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
               "print(fib(30), fetch(2), fib.cache_info())\n");
    check_hops("string.Template",
               "import string\nt = string.Template('$who likes ${what}')\n"
               "x = fetch(1)\n"
               "print(t.substitute(who='tim', what=x), t.template, type(t), "
               "isinstance(t, string.Template))\n");
    check_hops("classes across a call",
               "import itertools, functools, string\n"
               "classes = [itertools.chain, itertools.count, functools.partial, string.Template,\n"
               "           type(itertools.tee([1])[0])]\n"
               "from_it = itertools.chain.from_iterable\n"
               "fetch(1)\n"
               "print(classes, list(from_it(['ab', 'c'])), [c.__module__ for c in classes])\n");
    check_hops("builtins calling back after a restore",
               "x = fetch(1)\n"
               "print(sorted([3, 1, 2], key=lambda v: -fetch(v)),\n"
               "      sum(fetch(i) for i in range(3)))\n");
}

// Loads [bytes]; when that succeeds, drives the run to its end. Never crashes (under ASan).
static void load_hostile(const unsigned char *p, size_t len, int *loaded) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.write = capture;
    cfg.hash_seed = 1234;
    cfg.limits.max_steps = 200000;
    KrVm *vm = kr_vm_new(&cfg);
    KrStatus st = kr_restore(vm, p, len);
    CHECK(st == KR_CALL || st == KR_ERROR);
    if (st == KR_ERROR) {
        CHECK(strcmp(kr_error_type(vm), "ValueError") == 0);
    }
    if (st == KR_CALL) {
        (*loaded)++;
        for (int i = 0; i < 20 && st == KR_CALL; i++) {
            KrValue v = vint(i);
            st = kr_resume(vm, &v);
        }
        CHECK(st == KR_OK || st == KR_CALL || st == KR_ERROR || st == KR_LIMIT);
    }
    kr_vm_free(vm);
}

static void test_hostile(void) {
    const char *src =
        "import itertools as it, functools, string\n"
        "g = it.groupby('aabbc')\nk, grp = next(g)\nt1, t2 = it.tee(iter([1, 2, 3, 4, 5]))\n"
        "next(t1)\nnext(t1)\nnext(t2)\n"
        "pe = it.permutations(range(4), 3)\nnext(pe)\npr = it.product('ab', 'cd')\nnext(pr)\n"
        "cb = it.combinations(range(5), 2)\nnext(cb)\n"
        "cw = it.combinations_with_replacement('ab', 3)\n"
        "next(cw)\nisl = it.islice(it.count(), 1, 9, 2)\nnext(isl)\n"
        "zl = it.zip_longest([1], [2, 3])\nnext(zl)\ncy = it.cycle('xy')\nnext(cy)\n"
        "p = functools.partial(max, 3)\nK = functools.cmp_to_key(lambda a, b: a - b)\n"
        "tp = string.Template('$a')\n"
        "v = fetch(1)\n"
        "print(list(grp), list(g), list(t1), list(t2), list(pe), list(pr), list(cb), list(cw),\n"
        "      list(isl), list(zl), next(cy), p(v), K(1) < K(2), tp.substitute(a=v))\n";
    const char *hosts[] = {"fetch"};
    KrVm *vm = new_vm();
    KrProgram *prog;
    CHECK(kr_program_compile(vm, src, strlen(src), "h.py", NULL, 0, hosts, 1, &prog) == KR_OK);
    KrStatus st = kr_start(vm, prog, NULL);
    CHECK(st == KR_CALL);
    if (st != KR_CALL) {
        fprintf(stderr, "hostile: %s", kr_error_text(vm));
        kr_vm_free(vm);
        return;
    }
    Blob b = take_snapshot(vm);
    kr_vm_free(vm);
    if (!b.p) {
        return;
    }
    int loaded = 0;
    // Every truncation fails cleanly.
    for (size_t cut = 0; cut < b.len; cut += (cut < 64 || b.len - cut < 600) ? 1 : 7) {
        load_hostile(b.p, cut, &loaded);
    }
    CHECK(loaded == 0);
    // The intact bytes resume.
    outlen = 0;
    load_hostile(b.p, b.len, &loaded);
    CHECK(loaded == 1);
    CHECK(strstr(out, "['a', 'a'] [('b', <itertools._grouper") != NULL);
    // Deterministic mutations, concentrated on the tail (the object bodies and frames).
    uint64_t seed = 0x2545F4914F6CDD1DULL;
    unsigned char *m = malloc(b.len);
    for (int i = 0; i < 3000; i++) {
        memcpy(m, b.p, b.len);
        int nmut = 1 + i % 3;
        for (int k = 0; k < nmut; k++) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            size_t pos = (size_t)(seed % b.len);
            if (i % 2 && b.len > 1200) {
                pos = b.len - 1 - (size_t)(seed % 1200);
            }
            switch ((seed >> 32) % 5) {
            case 0:
                m[pos] ^= (unsigned char)(1u << ((seed >> 40) % 8));
                break;
            case 1:
                m[pos] = (unsigned char)(seed >> 48);
                break;
            case 2:
                m[pos] = 0xff;
                break;
            case 3:
                m[pos] = (unsigned char)(m[pos] + 1);
                break;
            default:
                m[pos] = 0;
                break;
            }
        }
        load_hostile(m, b.len, &loaded);
    }
    free(m);
    free(b.p);
}

// ----- Host callbacks after a restore -----

static int cb_calls;

static KrStatus double_it(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                          const KrValue *kwargs, KrValue *ret) {
    (void)ud;
    (void)vm;
    (void)kwargs;
    cb_calls++;
    *ret = vint(nargs == 1 && args[0].type == KR_INT ? args[0].as.i * 2 : -1);
    return KR_OK;
}

// Callbacks are process-local function pointers: a snapshot does not carry them. On the
// restored VM a host function without a registered callback suspends the run (iterative mode);
// registering it again makes it a callback as before.
static void test_callbacks_after_restore(void) {
    const char *src = "a = dbl(1)\nb = fetch(2)\nc = dbl(3)\nprint(a, b, c)\n(a, b, c)";
    const char *hosts[] = {"dbl", "fetch"};
    for (int reregister = 0; reregister < 2; reregister++) {
        cb_calls = 0;
        KrVm *vm = new_vm();
        CHECK(kr_register_host(vm, "dbl", double_it, NULL) == KR_OK);
        KrProgram *p;
        CHECK(kr_program_compile(vm, src, strlen(src), "cb.py", NULL, 0, hosts, 2, &p) == KR_OK);
        KrStatus st = kr_start(vm, p, NULL);
        CHECK(st == KR_CALL && cb_calls == 1);
        const char *name;
        const KrValue *args, *kwargs;
        size_t nargs;
        CHECK(kr_pending_call(vm, &name, &args, &nargs, &kwargs) && strcmp(name, "fetch") == 0);
        Blob b = take_snapshot(vm);
        kr_vm_free(vm);
        if (!b.p) {
            return;
        }
        vm = new_vm();
        if (reregister) {
            CHECK(kr_register_host(vm, "dbl", double_it, NULL) == KR_OK);
        }
        CHECK(kr_restore(vm, b.p, b.len) == KR_CALL);
        free(b.p);
        KrValue v = vint(20);
        outlen = 0;
        st = kr_resume(vm, &v);
        if (reregister) {
            CHECK(st == KR_OK && cb_calls == 2);
            CHECK(strcmp(out, "2 20 6\n") == 0);
        } else {
            // dbl(3) now suspends: the host answers it itself.
            CHECK(st == KR_CALL && cb_calls == 1);
            CHECK(kr_pending_call(vm, &name, &args, &nargs, &kwargs) &&
                  strcmp(name, "dbl") == 0 && nargs == 1 && args[0].as.i == 3);
            KrValue w = vint(7);
            CHECK(kr_resume(vm, &w) == KR_OK);
            CHECK(strcmp(out, "2 20 7\n") == 0);
        }
        kr_vm_free(vm);
    }
}

// Snapshots of objects a module type does not know how to save still fail cleanly.
static void test_refusals(void) {
    KrVm *vm = new_vm();
    const char *hosts[] = {"fetch"};
    const char *src = "import itertools\nc = itertools.count()\nx = fetch(1)\nx";
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "r.py", NULL, 0, hosts, 1, &p) == KR_OK);
    CHECK(kr_start(vm, p, NULL) == KR_CALL);
    unsigned char *bytes;
    size_t len;
    CHECK(kr_snapshot(vm, &bytes, &len) == KR_OK);
    kr_snapshot_free(vm, bytes, len);
    kr_vm_free(vm);
}

int main(void) {
    test_itertools();
    test_functools_string();
    test_callbacks_after_restore();
    test_refusals();
    test_hostile();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_snapshot_modtypes: ok\n");
    return 0;
}
