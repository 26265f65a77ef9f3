// SPDX-License-Identifier: MIT
// tests/test_oom.c: allocation-failure tests, and the fast driver of scripts/oom_sweep.py.
//
//   test_oom                 self-test (run by scripts/test): kr_vm_new under a host allocator
//                            that fails its n-th call, for every n, returns NULL and leaks
//                            nothing; runs whose host allocator or whose VM allocation funnel
//                            (faults.h) fails the n-th allocation end in success or MemoryError
//                            and leave the allocator balanced after kr_vm_free.
//   test_oom --sweep FILE [--from A] [--to B] [--step S] [--timeout SECONDS]
//            [--expect-stdout FILE] [--max-memory N] [--max-duration S] [--max-steps N]
//            [--max-allocations N] [--max-recursion N]
//                            for n = A, A+S, ... <= B: fork; the child runs FILE as the CLI
//                            does with the n-th allocation after VM creation failing, then
//                            frees the VM and exits (so LeakSanitizer checks each run). One
//                            record per n on stdout (format below). n = 0: count only.
//
// Record: "N <n> <how> <code>\n" then "O <len>\n<stdout bytes>" (or "O same\n" when it
// equals --expect-stdout) then "E <len>\n<stderr bytes>". <how> is "exit" (code = exit status)
// or "signal" (code = signal number; SIGALRM: the --timeout expired). Exit status as the
// CLI: 0, 1 error, 3 limit, 70 internal, or SystemExit's status. In count mode the stderr's last line is "krait-faults: allocations K".
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "faults.h"
#include "krait.h"

static int failures;

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                 \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

// ----- a host allocator that counts what it holds and fails its n-th growing call -----

typedef struct Counting {
    long long live_blocks;
    long long live_bytes;
    long long calls; // allocations and growing reallocations
    long long fail_at; // 0: never
} Counting;

static void *counting_alloc(void *ud, void *p, size_t old_size, size_t new_size) {
    Counting *c = ud;
    if (new_size == 0) {
        if (p) {
            c->live_blocks--;
            c->live_bytes -= (long long)old_size;
            free(p);
        }
        return NULL;
    }
    if (!p || new_size > old_size) {
        c->calls++;
        if (c->fail_at && c->calls == c->fail_at) {
            return NULL;
        }
    }
    void *q = realloc(p, new_size);
    if (!q) {
        return NULL;
    }
    if (!p) {
        c->live_blocks++;
        c->live_bytes += (long long)new_size;
    } else {
        c->live_bytes += (long long)new_size - (long long)old_size;
    }
    return q;
}

static char outbuf[1 << 16];
static size_t outlen;

static void capture(void *ud, const char *s, size_t n) {
    (void)ud;
    if (outlen + n < sizeof outbuf) {
        memcpy(outbuf + outlen, s, n);
        outlen += n;
        outbuf[outlen] = '\0';
    }
}

static const char *const programs[] = {
    "print(sum(i * i for i in range(50)))\n",
    "d = {str(i): [i] * 3 for i in range(40)}\nprint(len(d), d['7'])\n",
    "def f(x, *a, k=2, **kw):\n    return (x, a, k, sorted(kw))\n"
    "print(sorted([f(3, 4, z=1), f(1)], key=lambda t: t[0]), f'{1.5!r:>8}')\n",
    "try:\n    raise ValueError('x' * 100)\nexcept ValueError as e:\n    print(len(str(e)))\n",
    "s = set(range(30)); t = frozenset('abc'); print(len(s | set(t)), 'b' in t)\n",
    "def g(n):\n    for i in range(n):\n        yield i * 2\nprint(list(g(20)), "
    "' '.join(map(str, range(10))))\n",
    "import math\nprint(math.sqrt(2), 2 ** 200, format(3.14159, '.2f'), b'ab' * 3)\n",
};

// Runs [src] in a fresh VM on [c]; [inject] > 0 fails that allocation through faults.h.
// Returns the status; -1 when the VM could not be created.
static int run_once(Counting *c, const char *src, long long inject, int *fired) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.alloc = counting_alloc;
    cfg.alloc_ud = c;
    cfg.write = capture;
    outlen = 0;
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        return -1;
    }
    if (inject > 0) {
        kr_faults_arm(vm, inject);
    }
    int st = kr_run(vm, src, strlen(src), "<oom>");
    if (fired) {
        *fired = inject > 0 && kr_faults_left(vm) == 0;
    }
    if (st == KR_ERROR) {
        const char *type = kr_error_type(vm);
        if (!type || strcmp(type, "MemoryError") != 0) {
            fprintf(stderr, "unexpected error after injection %lld in:\n%s---\n%s", inject, src,
                    kr_error_text(vm));
            failures++;
        }
    } else if (st != KR_OK) {
        fprintf(stderr, "status %d after injection %lld in:\n%s---\n%s", st, inject, src,
                kr_error_text(vm));
        failures++;
    }
    kr_vm_free(vm);
    return st;
}

static void self_test(void) {
    // 1. kr_vm_new: every host allocation it makes may fail; it must return NULL and free all.
    long long n;
    int created = 0;
    for (n = 1; n < 100000; n++) {
        Counting c = {0, 0, 0, n};
        KrConfig cfg;
        kr_config_default(&cfg);
        cfg.alloc = counting_alloc;
        cfg.alloc_ud = &c;
        KrVm *vm = kr_vm_new(&cfg);
        if (vm) {
            kr_vm_free(vm);
            CHECK(c.live_blocks == 0 && c.live_bytes == 0);
            created = 1;
            break;
        }
        if (c.live_blocks != 0 || c.live_bytes != 0) {
            fprintf(stderr, "kr_vm_new failing host allocation %lld leaks %lld blocks\n", n,
                    c.live_blocks);
            failures++;
        }
    }
    CHECK(created);
    printf("kr_vm_new: %lld host allocation failure points\n", n - 1);

    // 2. Each program, with its n-th host allocation failing (after VM creation succeeded:
    //    failures inside kr_vm_new are covered above), then with the n-th allocation of the
    //    VM funnel failing. The allocator must balance after kr_vm_free.
    for (size_t p = 0; p < sizeof programs / sizeof programs[0]; p++) {
        Counting base = {0, 0, 0, 0};
        CHECK(run_once(&base, programs[p], 0, NULL) == KR_OK);
        char expected[sizeof outbuf];
        memcpy(expected, outbuf, outlen + 1);
        long long host_calls = base.calls;
        long long points = 0;
        for (n = 1; n <= host_calls; n++) {
            Counting c = {0, 0, 0, n};
            int st = run_once(&c, programs[p], 0, NULL);
            if (st == KR_OK && strcmp(outbuf, expected) != 0) {
                fprintf(stderr, "program %zu, host allocation %lld failing: wrong output\n", p,
                        n);
                failures++;
            }
            CHECK(c.live_blocks == 0 && c.live_bytes == 0);
        }
        for (n = 1;; n++) {
            Counting c = {0, 0, 0, 0};
            int fired = 0;
            int st = run_once(&c, programs[p], n, &fired);
            CHECK(c.live_blocks == 0 && c.live_bytes == 0);
            if (!fired) {
                CHECK(st == KR_OK);
                break;
            }
            if (st == KR_OK && strcmp(outbuf, expected) != 0) {
                fprintf(stderr, "program %zu, allocation %lld failing: wrong output:\n%s\n", p,
                        n, outbuf);
                failures++;
            }
            points++;
        }
        printf("program %zu: %lld host allocations, %lld VM allocations swept\n", p, host_calls,
               points);
    }
}

// ----- the sweep driver -----

static char *read_all(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (n < cap) {
            break;
        }
        cap *= 2;
        char *nb = realloc(buf, cap + 1);
        if (!nb) {
            free(buf);
        }
        buf = nb;
    }
    fclose(fp);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static int out_fd = -1;

static void write_fd(void *ud, const char *s, size_t n) {
    (void)ud;
    while (n) {
        ssize_t w = write(out_fd, s, n);
        if (w <= 0) {
            if (w < 0 && errno == EINTR) {
                continue;
            }
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

// The child: run as interp/main.c does, with the failure armed; never returns.
static void child_run(const KrConfig *base, const char *src, size_t len, const char *file,
                      long long n, int ofd, int efd, unsigned timeout) {
    out_fd = ofd;
    dup2(efd, 2);
    alarm(timeout);
    KrConfig cfg = *base;
    cfg.write = write_fd;
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fprintf(stderr, "krait: cannot create VM (out of memory)\n");
        exit(70);
    }
    kr_faults_arm(vm, n ? n : INT64_MAX);
    KrStatus st = kr_run(vm, src, len, file);
    int rc = 0, status;
    const char *msg;
    if (st == KR_ERROR && kr_error_exit(vm, &status, &msg)) {
        if (*msg) {
            fprintf(stderr, "%s\n", msg);
        }
        rc = status;
    } else if (st != KR_OK) {
        fputs(kr_error_text(vm), stderr);
        rc = st == KR_INTERNAL ? 70 : st == KR_LIMIT ? 3 : 1;
    }
    if (n == 0) {
        fprintf(stderr, "krait-faults: allocations %lld\n",
                (long long)(INT64_MAX - kr_faults_left(vm)));
    }
    kr_vm_free(vm);
    // exit(), not _exit(): LeakSanitizer checks at exit.
    exit(rc);
}

static void emit_file(char tag, int fd, const char *expect, size_t expect_len) {
    off_t size = lseek(fd, 0, SEEK_END);
    if (size < 0) {
        size = 0;
    }
    char *buf = malloc((size_t)size + 1);
    size_t got = 0;
    if (buf) {
        lseek(fd, 0, SEEK_SET);
        while (got < (size_t)size) {
            ssize_t r = read(fd, buf + got, (size_t)size - got);
            if (r <= 0) {
                break;
            }
            got += (size_t)r;
        }
    }
    if (expect && buf && got == expect_len && memcmp(buf, expect, got) == 0) {
        printf("%c same\n", tag);
    } else {
        printf("%c %zu\n", tag, got);
        if (got) {
            fwrite(buf, 1, got, stdout);
        }
    }
    free(buf);
}

static int sweep(int argc, char **argv) {
    const char *file = NULL, *expect_path = NULL;
    long long from = 1, to = -1, step = 1;
    unsigned timeout = 30;
    KrConfig cfg;
    kr_config_default(&cfg);
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) {
            file = a;
            break;
        }
        if (strcmp(a, "--from") == 0) {
            from = atoll(v);
        } else if (strcmp(a, "--to") == 0) {
            to = atoll(v);
        } else if (strcmp(a, "--step") == 0) {
            step = atoll(v);
        } else if (strcmp(a, "--timeout") == 0) {
            timeout = (unsigned)atoi(v);
        } else if (strcmp(a, "--expect-stdout") == 0) {
            expect_path = v;
        } else if (strcmp(a, "--max-memory") == 0) {
            cfg.limits.max_memory = (size_t)strtoull(v, NULL, 10);
        } else if (strcmp(a, "--max-duration") == 0) {
            cfg.limits.max_duration = strtod(v, NULL);
        } else if (strcmp(a, "--max-steps") == 0) {
            cfg.limits.max_steps = strtoull(v, NULL, 10);
        } else if (strcmp(a, "--max-allocations") == 0) {
            cfg.limits.max_allocations = strtoull(v, NULL, 10);
        } else if (strcmp(a, "--max-recursion") == 0) {
            cfg.limits.max_recursion = atoi(v);
        } else {
            file = a;
            break;
        }
        i++;
    }
    if (!file || step < 1) {
        fprintf(stderr, "usage: test_oom --sweep [options] FILE\n");
        return 2;
    }
    size_t len, expect_len = 0;
    char *src = read_all(file, &len);
    if (!src) {
        fprintf(stderr, "test_oom: cannot read %s\n", file);
        return 2;
    }
    char *expect = expect_path ? read_all(expect_path, &expect_len) : NULL;
    if (to < 0) {
        to = from;
    }
    char opath[] = "/tmp/krait-oom-XXXXXX", epath[] = "/tmp/krait-oom-XXXXXX";
    int ofd = mkstemp(opath), efd = mkstemp(epath);
    if (ofd < 0 || efd < 0) {
        fprintf(stderr, "test_oom: cannot create temporary files\n");
        return 2;
    }
    unlink(opath);
    unlink(epath);
    for (long long n = from; n <= to; n += step) {
        if (ftruncate(ofd, 0) < 0 || ftruncate(efd, 0) < 0) {
            return 2;
        }
        lseek(ofd, 0, SEEK_SET);
        lseek(efd, 0, SEEK_SET);
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            fprintf(stderr, "test_oom: fork failed\n");
            return 2;
        }
        if (pid == 0) {
            child_run(&cfg, src, len, file, n, ofd, efd, timeout);
        }
        int ws;
        while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
        }
        if (WIFSIGNALED(ws)) {
            printf("N %lld signal %d\n", n, WTERMSIG(ws));
        } else {
            printf("N %lld exit %d\n", n, WEXITSTATUS(ws));
        }
        emit_file('O', ofd, expect, expect_len);
        emit_file('E', efd, NULL, 0);
        if (step > 1 && n + step > to && n != to) {
            step = to - n; // always end on the last allocation
        }
    }
    fflush(stdout);
    free(src);
    free(expect);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--sweep") == 0) {
        return sweep(argc, argv);
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    self_test();
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
