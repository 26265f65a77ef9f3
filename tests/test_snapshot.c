// SPDX-License-Identifier: MIT
// tests/test_snapshot.c: snapshots of suspended runs (krait.h "Snapshots"): suspension in deep
// recursion, in generators, comprehensions, closures, with containers, big ints, iterators and
// exceptions in flight; snapshot, free the VM, restore into a new one, resume; forks; a second
// process resuming from a file; compiled programs as bytes; hostile bytes (every truncation,
// deterministic mutations) must give KR_ERROR or a run that ends cleanly, never a crash.
//
//   build/tests/test_snapshot                 run the tests
//   build/tests/test_snapshot --resume FILE   (used by the tests) resume FILE, print the result
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

// A plain malloc'd copy of snapshot bytes (independent of the VM that made them).
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

// The answer of host function fetch(x): x * 10 (+ [bias]).
static int64_t answer(const KrValue *args, size_t nargs, int64_t bias) {
    return (nargs >= 1 && args[0].type == KR_INT ? args[0].as.i * 10 : 0) + bias;
}

static const char *self_path; // argv[0]: the child of the process hops

// Answers the pending call of [vm]: fetch(x) returns x * 10, a negative x raises ValueError.
static KrStatus answer_pending(KrVm *vm) {
    const char *name;
    const KrValue *args, *kwargs;
    size_t nargs;
    CHECK(kr_pending_call(vm, &name, &args, &nargs, &kwargs));
    if (nargs == 1 && args[0].type == KR_INT && args[0].as.i < 0) {
        return kr_resume_error(vm, "ValueError", "negative");
    }
    KrValue v = vint(answer(args, nargs, 0));
    return kr_resume(vm, &v);
}

static bool write_file(const char *path, const unsigned char *p, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        return false;
    }
    bool ok = fwrite(p, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

// The child of a process hop: restore the run in FILE, answer its call, run to the next call
// (exit 10, the new snapshot written back to FILE) or to the end (exit 0; 1 on an error).
// Its output goes to stdout, which the parent adds to its own.
static int step_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return 2;
    }
    static unsigned char buf[1 << 20];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    KrVm *vm = new_vm();
    KrStatus st = kr_restore(vm, buf, len);
    if (st != KR_CALL) {
        fprintf(stderr, "child: %s\n", kr_error_message(vm));
        kr_vm_free(vm);
        return 3;
    }
    st = answer_pending(vm);
    fputs(out, stdout);
    int rc = st == KR_OK ? 0 : 1;
    if (st == KR_CALL) {
        unsigned char *bytes;
        size_t n;
        rc = kr_snapshot(vm, &bytes, &n) == KR_OK && write_file(path, bytes, n) ? 10 : 4;
        if (rc == 10) {
            kr_snapshot_free(vm, bytes, n);
        }
    } else if (st != KR_OK) {
        fprintf(stderr, "child: %s", kr_error_text(vm));
    }
    kr_vm_free(vm);
    return rc;
}

// Drives a suspended run with every step in a new process (step_file). Returns KR_OK when the
// run ended well; the children's output is appended to `out`.
static KrStatus drive_processes(KrVm *vm, int *calls) {
    Blob b = take_snapshot(vm);
    if (!b.p) {
        return KR_INTERNAL;
    }
    char path[] = "/tmp/krait_hopXXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        free(b.p);
        return KR_INTERNAL;
    }
    close(fd);
    bool ok = write_file(path, b.p, b.len);
    free(b.p);
    int rc = 10;
    while (ok && rc == 10) {
        int pipefd[2];
        if (pipe(pipefd) != 0) {
            break;
        }
        pid_t pid = fork();
        if (pid == 0) {
            dup2(pipefd[1], 1);
            close(pipefd[0]);
            execl(self_path, self_path, "--step", path, (char *)NULL);
            _exit(127);
        }
        close(pipefd[1]);
        ssize_t n;
        char chunk[1024];
        while ((n = read(pipefd[0], chunk, sizeof chunk)) > 0) {
            if (outlen + (size_t)n < sizeof out) {
                memcpy(out + outlen, chunk, (size_t)n);
                outlen += (size_t)n;
                out[outlen] = '\0';
            }
        }
        close(pipefd[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        (*calls)++;
    }
    unlink(path);
    return rc == 0 ? KR_OK : KR_ERROR;
}

// Drives a run to its end. At every suspension (if [hop]) the run is snapshotted, the VM freed
// and the run restored in a fresh VM. Returns the final status; *vmp is the VM holding it.
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
        (*calls)++;
        st = answer_pending(*vmp);
    }
    return st;
}

// Runs [src] (host function `fetch`) with a snapshot/restore at every call, in this process
// (hop 1) and with every step in a new process (hop 2); checks the result against the same run
// without snapshots (all must succeed and agree on output and the number of calls).
static void check_hops(const char *what, const char *src) {
    const char *hosts[] = {"fetch"};
    char plain_out[sizeof out], plain_res[4096];
    int calls_plain = 0;
    for (int hop = 0; hop < 3; hop++) {
        int calls_hop = 0;
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
        if (hop == 2) {
            st = kr_start(vm, p, NULL);
            if (st == KR_CALL) {
                st = drive_processes(vm, &calls_hop);
            }
        } else {
            st = drive(&vm, kr_start(vm, p, NULL), hop, hop ? &calls_hop : &calls_plain);
        }
        if (st != KR_OK) {
            fprintf(stderr, "%s (hop=%d): %s", what, hop, hop == 2 ? "" : kr_error_text(vm));
        }
        CHECK(st == KR_OK);
        // The result as text: print(repr(result)) in a session would need the globals; compare
        // the printed output, which each test makes end with the result's repr.
        if (!hop) {
            snprintf(plain_out, sizeof plain_out, "%s", out);
            snprintf(plain_res, sizeof plain_res, "%d", st);
        } else {
            if (strcmp(plain_out, out) != 0) {
                fprintf(stderr, "%s (hop=%d): output differs after snapshots:\n--- plain\n%s"
                        "--- hops\n%s", what, hop, plain_out, out);
            }
            CHECK(strcmp(plain_out, out) == 0);
            CHECK(calls_plain == calls_hop);
        }
        kr_vm_free(vm);
    }
}

static void test_constructs(void) {
    check_hops("deep recursion",
               "def deep(n):\n    return fetch(n) if n == 0 else deep(n - 1) + 1\n"
               "print(deep(60))\n");
    check_hops("generator driven by for",
               "def gen(k):\n    for i in range(k):\n        yield fetch(i)\n"
               "out = []\nfor v in gen(3):\n    out.append(v)\n"
               "def gen2():\n    yield from gen(2)\n    yield fetch(7)\n"
               "print(out, [v for v in gen2()])\n");
    check_hops("comprehensions",
               "print([fetch(i) for i in range(3)], {k: fetch(len(k)) for k in ['a', 'bb']},\n"
               "      sorted({fetch(i) for i in range(3)}), [[fetch(j) for j in range(i)] for i in "
               "range(3)])\n");
    check_hops(
        "closures and cells",
        "def outer():\n    c = [0]\n    n = 5\n    def inner():\n        nonlocal n\n"
        "        c[0] += fetch(1)\n        n += 1\n        return c[0] + n\n    return inner\n"
        "f = outer()\nprint(f(), f())\n");
    check_hops(
        "containers, big ints",
        "d = {'a': 1, 'b': [1, 2], 'c': (3, 4)}\ndel d['a']\nd['z'] = 26\n"
        "s = {3, 1, 2, 100, 'x', 'yy', (1, 2)}\ns.discard(2)\nfs = frozenset(['p', 'q', 'r'])\n"
        "b = 2 ** 100\nnb = -(3 ** 70)\nshared = [1]\npair = [shared, shared]\n"
        "cyc = []\ncyc.append(cyc)\nx = fetch(4)\n"
        "print(d, list(s), list(fs), b + x, nb, pair[0] is pair[1], cyc[0] is cyc)\n"
        "print(s.pop(), 1.5, 1e300, -0.0, float('inf'), 3j + 1, b'by', bytearray(b'ba'), range(1, "
        "10**20, 3))\n");
    check_hops("iterators in flight",
               "out = []\nfor x in [1, 2, 3]:\n    out.append(fetch(x))\n"
               "d = {'a': 1, 'b': 2, 'c': 3, 'e': 5}\ndel d['b']\n"
               "for k, v in d.items():\n    out.append((k, fetch(v)))\n"
               "for i, ch in enumerate('héllo'):\n    out.append((i, ch, fetch(i)))\n"
               "for a, b in zip(range(3), (7, 8, 9)):\n    out.append(fetch(a + b))\n"
               "for k in reversed(list(d)):\n    out.append(fetch(len(k)))\n"
               "for e in {5, 6, 7}:\n    out.append(fetch(e))\n"
               "for i in range(10**19, 10**19 + 2):\n    out.append(fetch(1) + i)\n"
               "print(out)\n");
    check_hops("exceptions in flight",
               "out = []\ntry:\n    fetch(-1)\nexcept ValueError as e:\n    out.append(str(e))\n"
               "try:\n    1 / 0\nexcept ZeroDivisionError:\n    out.append(fetch(1))\n"
               "    try:\n        raise\n    except ZeroDivisionError as e2:\n        "
               "out.append(str(e2))\n"
               "err = KeyError('k')\ntry:\n    try:\n        raise err\n    finally:\n        "
               "out.append(fetch(2))\n"
               "except KeyError as e3:\n    out.append(repr(e3))\n"
               "print(out)\n");
    check_hops(
        "functions, defaults, methods, builtins, modules",
        "import math\ndef f(a, b=2, *args, c=3, **kw):\n    return a + b + c + fetch(a) + "
        "len(args) + len(kw)\n"
        "m = [3, 1].append\nl = len\nsq = math.sqrt\nlam = lambda q: q * 2\n"
        "print(f(1), f(1, 1, 1, c=0, z=1), m(5), l([1]), sq(16.0), lam(fetch(2)), math.pi)\n");
    check_hops("generators consumed by builtins, key functions, map",
               "g = lambda n: (fetch(i) for i in range(n))\n"
               "print(sum(g(3)), list(g(2)), sorted(g(3), reverse=True), '-'.join(str(x) for x in "
               "g(2)), any(x > 5 for x in g(3)), min(g(3)))\n"
               "print(sorted([3, 1, 2], key=lambda v: -fetch(v)), max([1, 2], key=fetch), "
               "list(map(fetch, [4, 5])), [*g(2)], dict((k, fetch(k)) for k in (1, 2)))\n"
               "a, b = g(2)\nprint(a, b, 10 in g(3))\n");
    check_hops(
        "f-strings and calls with keywords",
        "def g(x, *, k):\n    return x * k\n"
        "print(f\"{fetch(1)!r:>6} {g(fetch(2), k=fetch(3))}\", *[fetch(4)], **{'sep': '-'})\n");
}

// Suspends at fetch(...) and returns the snapshot bytes (malloc'd) of:
static const char *fork_src = "base = [1, 2]\nx = fetch(1)\nbase.append(x)\nprint(base)\nbase";

static Blob suspended_blob(const char *src) {
    const char *hosts[] = {"fetch"};
    KrVm *vm = new_vm();
    KrProgram *p;
    Blob b = {NULL, 0};
    CHECK(kr_program_compile(vm, src, strlen(src), "t.py", NULL, 0, hosts, 1, &p) == KR_OK);
    KrStatus st = kr_start(vm, p, NULL);
    CHECK(st == KR_CALL);
    if (st == KR_CALL) {
        b = take_snapshot(vm);
    }
    kr_vm_free(vm);
    return b;
}

static void test_fork(void) {
    Blob b = suspended_blob(fork_src);
    if (!b.p) {
        return;
    }
    KrVm *a = new_vm(), *c = new_vm();
    CHECK(kr_restore(a, b.p, b.len) == KR_CALL);
    CHECK(kr_restore(c, b.p, b.len) == KR_CALL);
    KrValue va = vint(100), vc = vint(200);
    outlen = 0;
    CHECK(kr_resume(a, &va) == KR_OK);
    CHECK(kr_resume(c, &vc) == KR_OK);
    const KrValue *ra = kr_result(a), *rc = kr_result(c);
    CHECK(ra && ra->type == KR_LIST && ra->as.seq.len == 3 && ra->as.seq.items[2].as.i == 100);
    CHECK(rc && rc->type == KR_LIST && rc->as.seq.len == 3 && rc->as.seq.items[2].as.i == 200);
    CHECK(strcmp(out, "[1, 2, 100]\n[1, 2, 200]\n") == 0);
    kr_vm_free(a);
    kr_vm_free(c);
    free(b.p);
}

// The child half of the second-process test.
static int resume_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return 2;
    }
    unsigned char buf[1 << 16];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    KrVm *vm = new_vm();
    KrStatus st = kr_restore(vm, buf, len);
    if (st != KR_CALL) {
        fprintf(stderr, "child: %s\n", kr_error_message(vm));
        kr_vm_free(vm);
        return 3;
    }
    KrValue v = vint(7);
    st = kr_resume(vm, &v);
    const KrValue *r = kr_result(vm);
    int ok = st == KR_OK && r && r->type == KR_LIST && r->as.seq.len == 3 &&
             r->as.seq.items[2].as.i == 7;
    fputs(out, stdout);
    kr_vm_free(vm);
    return ok ? 0 : 4;
}

static void test_second_process(const char *self) {
    Blob b = suspended_blob(fork_src);
    if (!b.p) {
        return;
    }
    char path[] = "/tmp/krait_snapXXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) {
        free(b.p);
        return;
    }
    CHECK(write(fd, b.p, b.len) == (ssize_t)b.len);
    close(fd);
    free(b.p);
    int pipefd[2];
    CHECK(pipe(pipefd) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pipefd[1], 1);
        close(pipefd[0]);
        execl(self, self, "--resume", path, (char *)NULL);
        _exit(127);
    }
    close(pipefd[1]);
    char buf[256];
    ssize_t n = read(pipefd[0], buf, sizeof buf - 1);
    close(pipefd[0]);
    buf[n > 0 ? n : 0] = '\0';
    int status = 0;
    waitpid(pid, &status, 0);
    unlink(path);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(strcmp(buf, "[1, 2, 7]\n") == 0);
}

static void test_programs(void) {
    const char *src = "def f(n):\n    return [i * n for i in range(3)]\n{'r': f(k), 's': {1, 2}}";
    const char *inputs[] = {"k"};
    KrVm *vm = new_vm();
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "p.py", inputs, 1, NULL, 0, &p) == KR_OK);
    unsigned char *bytes;
    size_t len;
    CHECK(kr_program_save(vm, p, &bytes, &len) == KR_OK);
    unsigned char *copy = malloc(len);
    memcpy(copy, bytes, len);
    kr_snapshot_free(vm, bytes, len);
    kr_vm_free(vm);
    vm = new_vm();
    KrProgram *q;
    CHECK(kr_program_load(vm, copy, len, &q) == KR_OK);
    KrValue in = vint(5);
    CHECK(kr_start(vm, q, &in) == KR_OK);
    const KrValue *r = kr_result(vm);
    CHECK(r && r->type == KR_DICT && r->as.seq.len == 2 &&
          r->as.seq.items[1].as.seq.items[2].as.i == 10);
    // A program is not a run snapshot and vice versa.
    CHECK(kr_restore(vm, copy, len) == KR_ERROR);
    CHECK(strcmp(kr_error_type(vm), "ValueError") == 0);
    kr_program_free(vm, q);
    // Every truncation of a program fails cleanly.
    for (size_t cut = 0; cut < len; cut++) {
        KrProgram *t = NULL;
        CHECK(kr_program_load(vm, copy, cut, &t) == KR_ERROR && t == NULL);
    }
    kr_vm_free(vm);
    free(copy);
}

static void test_errors(void) {
    KrVm *vm = new_vm();
    unsigned char *bytes;
    size_t len;
    CHECK(kr_snapshot(vm, &bytes, &len) == KR_ERROR);
    CHECK(strcmp(kr_error_type(vm), "ValueError") == 0);
    CHECK(kr_restore(vm, (const unsigned char *)"hello", 5) == KR_ERROR);
    CHECK(strcmp(kr_error_type(vm), "ValueError") == 0);
    CHECK(strstr(kr_error_message(vm), "not a krait snapshot") != NULL);
    CHECK(kr_restore(vm, NULL, 0) == KR_ERROR);
    CHECK(strstr(kr_error_message(vm), "truncated") != NULL);
    Blob b = suspended_blob(fork_src);
    if (b.p) {
        CHECK(kr_restore(vm, b.p, b.len / 2) == KR_ERROR);
        CHECK(strstr(kr_error_message(vm), "truncated") != NULL);
        b.p[6] = 2; // the version byte
        CHECK(kr_restore(vm, b.p, b.len) == KR_ERROR);
        CHECK(strcmp(kr_error_message(vm), "snapshot version 2 is not supported (this krait reads "
                                           "version 1)") == 0);
        b.p[6] = 1;
        KrConfig cfg;
        kr_config_default(&cfg);
        cfg.hash_seed = 99;
        KrVm *other = kr_vm_new(&cfg);
        CHECK(kr_restore(other, b.p, b.len) == KR_ERROR);
        CHECK(strstr(kr_error_message(other), "hash_seed") != NULL);
        kr_vm_free(other);
        // The VM still works after failed loads.
        CHECK(kr_restore(vm, b.p, b.len) == KR_CALL);
        KrValue v = vint(3);
        CHECK(kr_resume(vm, &v) == KR_OK);
        free(b.p);
    }
    kr_vm_free(vm);
}

// Loads [bytes]; when that succeeds, drives the run to its end. Never crashes (under ASan).
static void load_hostile(const unsigned char *p, size_t len, int *loaded) {
    KrVm *vm = new_vm();
    KrStatus st = kr_restore(vm, p, len);
    CHECK(st == KR_CALL || st == KR_ERROR);
    if (st == KR_ERROR) {
        CHECK(strcmp(kr_error_type(vm), "ValueError") == 0);
    }
    if (st == KR_CALL) {
        (*loaded)++;
        int calls = 0;
        for (int i = 0; i < 50 && st == KR_CALL; i++) {
            KrValue v = vint(i);
            st = kr_resume(vm, &v);
            calls++;
        }
        CHECK(st == KR_OK || st == KR_CALL || st == KR_ERROR || st == KR_LIMIT);
    }
    kr_vm_free(vm);
}

static void test_hostile(void) {
    const char *src =
        "def gen(k):\n    for i in range(k):\n        yield fetch(i)\n"
        "def deep(n, acc):\n    if n == 0:\n        return [v for v in gen(2)] + acc\n"
        "    return deep(n - 1, acc + [n])\n"
        "d = {'a': [1, 2], 'b': {3, 4}, 'c': 2 ** 80, 'd': (1, 'x')}\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    r = deep(3, [d['c']])\n"
        "print(r, f'{len(r):>3}')\nr";
    Blob b = suspended_blob(src);
    if (!b.p) {
        return;
    }
    int loaded = 0;
    for (size_t cut = 0; cut < b.len; cut++) {
        load_hostile(b.p, cut, &loaded);
    }
    CHECK(loaded == 0);
    // Deterministic mutations: flip, set, insert-like overwrites.
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    unsigned char *m = malloc(b.len);
    for (int i = 0; i < 1000; i++) {
        memcpy(m, b.p, b.len);
        int nmut = 1 + i % 3;
        for (int k = 0; k < nmut; k++) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            size_t pos = (size_t)(seed % b.len);
            switch ((seed >> 32) % 4) {
            case 0:
                m[pos] ^= (unsigned char)(1u << ((seed >> 40) % 8));
                break;
            case 1:
                m[pos] = (unsigned char)(seed >> 48);
                break;
            case 2:
                m[pos] = 0xff;
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

// A method and its self suspended on the stack (`out.append(fetch(1))`): a snapshot that
// pairs list.append with an int must be refused (CALL would pass the int as a list).
static void test_method_self(void) {
    Blob b = suspended_blob("out = []\nout.append(fetch(1))\nout");
    if (!b.p) {
        return;
    }
    // The innermost frame ends with its stack [append, out] and its entry flag.
    CHECK(b.len > 8 && b.p[b.len - 1] == 1 && b.p[b.len - 3] == 6 && b.p[b.len - 5] == 6);
    KrVm *vm = new_vm();
    CHECK(kr_restore(vm, b.p, b.len) == KR_CALL);
    kr_vm_free(vm);
    b.p[b.len - 3] = 4;    // VT_INT
    b.p[b.len - 2] = 0x0a; // 5
    vm = new_vm();
    CHECK(kr_restore(vm, b.p, b.len) == KR_ERROR);
    CHECK(strstr(kr_error_message(vm), "does not fit") != NULL);
    kr_vm_free(vm);
    free(b.p);
}

// A session suspended at a host call resumes in another VM and keeps its globals there.
static void test_session(void) {
    KrVm *vm = new_vm();
    CHECK(kr_register_host(vm, "fetch", NULL, NULL) == KR_OK);
    CHECK(kr_session_run(vm, "x = 40", 6) == KR_OK);
    const char *src = "y = fetch(2) + x\ny";
    CHECK(kr_session_run(vm, src, strlen(src)) == KR_CALL);
    Blob b = take_snapshot(vm);
    kr_vm_free(vm);
    if (!b.p) {
        return;
    }
    vm = new_vm();
    CHECK(kr_restore(vm, b.p, b.len) == KR_CALL);
    free(b.p);
    KrValue v = vint(2);
    CHECK(kr_resume(vm, &v) == KR_OK);
    CHECK(kr_result(vm) && kr_result(vm)->type == KR_INT && kr_result(vm)->as.i == 42);
    CHECK(kr_session_run(vm, "x + y", 5) == KR_OK);
    CHECK(kr_result(vm) && kr_result(vm)->as.i == 82);
    kr_vm_free(vm);
}

// Every single-byte change of a compiled program (8 values per position) loads cleanly or fails
// with a ValueError; what loads runs under a step limit without crashing.
static void test_program_bytes(void) {
    const char *src = "def f(a, b=2, *r):\n    c = [a]\n    def g():\n        return c[0] + b\n"
                      "    c.append(g())\n    return [x * 2 for x in c if x]\n"
                      "try:\n    v = f(1)\nexcept (KeyError, ValueError) as e:\n    v = str(e)\n"
                      "match {'k': v}:\n    case {'k': [p, *q]}:\n        w = f'{p!r:>3}'\n"
                      "    case _:\n        w = None\n(v, w)";
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.hash_seed = 1234;
    cfg.limits.max_steps = 20000;
    cfg.limits.max_memory = (size_t)8 << 20;
    KrVm *vm = kr_vm_new(&cfg);
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "b.py", NULL, 0, NULL, 0, &p) == KR_OK);
    unsigned char *bytes;
    size_t len;
    CHECK(kr_program_save(vm, p, &bytes, &len) == KR_OK);
    unsigned char *orig = malloc(len), *m = malloc(len);
    memcpy(orig, bytes, len);
    kr_snapshot_free(vm, bytes, len);
    kr_vm_free(vm);
    int loaded = 0;
    for (size_t pos = 0; pos < len; pos++) {
        const unsigned char b = orig[pos];
        const unsigned char vals[8] = {0,
                                       1,
                                       0x7f,
                                       0x80,
                                       0xff,
                                       (unsigned char)(b ^ 1),
                                       (unsigned char)(b + 1),
                                       (unsigned char)(b - 1)};
        for (int k = 0; k < 8; k++) {
            if (vals[k] == b) {
                continue;
            }
            memcpy(m, orig, len);
            m[pos] = vals[k];
            vm = kr_vm_new(&cfg);
            KrProgram *q = NULL;
            KrStatus st = kr_program_load(vm, m, len, &q);
            CHECK(st == KR_OK || st == KR_ERROR);
            if (st == KR_ERROR) {
                CHECK(strcmp(kr_error_type(vm), "ValueError") == 0);
            } else {
                loaded++;
                st = kr_start(vm, q, NULL);
                CHECK(st == KR_OK || st == KR_ERROR || st == KR_LIMIT);
            }
            kr_vm_free(vm);
        }
    }
    printf("program bytes: %d of %zu variants loaded and ran\n", loaded, len * 8);
    CHECK(loaded > 0); // some changes (constants, names, line numbers) are harmless
    free(orig);
    free(m);
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--resume") == 0) {
        return resume_file(argv[2]);
    }
    if (argc == 3 && strcmp(argv[1], "--step") == 0) {
        return step_file(argv[2]);
    }
    self_path = argv[0];
    test_constructs();
    test_fork();
    test_session();
    test_method_self();
    test_second_process(argv[0]);
    test_programs();
    test_program_bytes();
    test_errors();
    test_hostile();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_snapshot: ok\n");
    return 0;
}
