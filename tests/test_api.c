// SPDX-License-Identifier: MIT
// tests/test_api.c: the embedding API (krait.h): programs with inputs, results, host functions
// in callback and iterative mode (suspension at depth, in generators, in comprehensions),
// errors raised into the script, sessions, compile errors and limits.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

#include "check.h"

static KrVm *new_vm(void) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.write = capture;
    outlen = 0;
    out[0] = '\0';
    return kr_vm_new(&cfg);
}

static KrValue vint(int64_t i) {
    KrValue v;
    v.type = KR_INT;
    v.as.i = i;
    return v;
}

static KrValue vstr(const char *s) {
    KrValue v;
    v.type = KR_STR;
    v.as.str.ptr = s;
    v.as.str.len = strlen(s);
    return v;
}

// Callback mode: add(a, b, scale=1) -> (a + b) * scale; fail() raises ValueError.
static KrStatus host_add(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                         const KrValue *kwargs, KrValue *ret) {
    (void)ud;
    if (nargs != 2 || args[0].type != KR_INT || args[1].type != KR_INT) {
        kr_host_raise(vm, "TypeError", "add() wants two ints");
        return KR_ERROR;
    }
    int64_t scale = 1;
    for (size_t i = 0; i < kwargs->as.seq.len; i++) {
        const KrValue *k = &kwargs->as.seq.items[2 * i];
        if (k->type == KR_STR && strcmp(k->as.str.ptr, "scale") == 0) {
            scale = kwargs->as.seq.items[2 * i + 1].as.i;
        }
    }
    *ret = vint((args[0].as.i + args[1].as.i) * scale);
    return KR_OK;
}

static void test_inputs_and_result(void) {
    KrVm *vm = new_vm();
    const char *inputs[] = {"x", "names"};
    const char *src = "total = x * 2\nprint('hi', len(names))\n{'total': total, 'first': names[0]}";
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "t.py", inputs, 2, NULL, 0, &p) == KR_OK);
    KrValue items[2] = {vstr("ann"), vstr("bob")};
    KrValue in[2];
    in[0] = vint(21);
    in[1].type = KR_LIST;
    in[1].as.seq.items = items;
    in[1].as.seq.len = 2;
    for (int run = 0; run < 3; run++) { // compile once, run many times
        outlen = 0;
        CHECK(kr_start(vm, p, in) == KR_OK);
        const KrValue *r = kr_result(vm);
        CHECK(r && r->type == KR_DICT && r->as.seq.len == 2);
        CHECK(r->as.seq.items[1].type == KR_INT && r->as.seq.items[1].as.i == 42);
        CHECK(strcmp(r->as.seq.items[3].as.str.ptr, "ann") == 0);
        CHECK(strcmp(out, "hi 2\n") == 0);
    }
    kr_program_free(vm, p);
    kr_vm_free(vm);
}

static void test_callback(void) {
    KrVm *vm = new_vm();
    CHECK(kr_register_host(vm, "add", host_add, NULL) == KR_OK);
    const char *hosts[] = {"add"};
    const char *src = "r = [add(i, 1) for i in range(3)]\n"
                      "s = sorted(r, key=lambda v: add(0, -v))\n"
                      "try:\n    add('a', 1)\nexcept TypeError as e:\n    err = str(e)\n"
                      "(r, s, add(2, 3, scale=10), err)";
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "t.py", NULL, 0, hosts, 1, &p) == KR_OK);
    CHECK(kr_start(vm, p, NULL) == KR_OK);
    const KrValue *r = kr_result(vm);
    CHECK(r && r->type == KR_TUPLE && r->as.seq.len == 4);
    CHECK(r->as.seq.items[0].as.seq.items[2].as.i == 3);
    CHECK(r->as.seq.items[1].as.seq.items[0].as.i == 3);
    CHECK(r->as.seq.items[2].as.i == 50);
    CHECK(strcmp(r->as.seq.items[3].as.str.ptr, "add() wants two ints") == 0);
    kr_vm_free(vm);
}

// Iterative mode: every call to fetch(n) suspends; the host answers n * 10.
static KrStatus drive(KrVm *vm, KrStatus st, int *calls) {
    while (st == KR_CALL) {
        const char *name;
        const KrValue *args, *kwargs;
        size_t nargs;
        CHECK(kr_pending_call(vm, &name, &args, &nargs, &kwargs));
        CHECK(strcmp(name, "fetch") == 0 && nargs == 1);
        (*calls)++;
        if (args[0].type == KR_INT && args[0].as.i < 0) {
            st = kr_resume_error(vm, "ValueError", "negative");
        } else {
            KrValue v = vint(args[0].as.i * 10);
            st = kr_resume(vm, &v);
        }
    }
    return st;
}

static void test_iterative(void) {
    KrVm *vm = new_vm();
    const char *hosts[] = {"fetch"};
    const char *src = "def deep(n):\n    return fetch(n) if n == 0 else deep(n - 1) + 1\n"
                      "def gen(k):\n    for i in range(k):\n        yield fetch(i)\n"
                      "out = [deep(5), [fetch(i) for i in range(3)], list(x for x in [1])]\n"
                      "for v in gen(2):\n    out.append(v)\n"
                      "try:\n    fetch(-1)\nexcept ValueError as e:\n    out.append(str(e))\n"
                      "print('done')\nout";
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "t.py", NULL, 0, hosts, 1, &p) == KR_OK);
    int calls = 0;
    KrStatus st = drive(vm, kr_start(vm, p, NULL), &calls);
    if (st != KR_OK) {
        fprintf(stderr, "%s", kr_error_text(vm));
    }
    CHECK(st == KR_OK);
    CHECK(calls == 7);
    const KrValue *r = kr_result(vm);
    CHECK(r && r->type == KR_LIST && r->as.seq.len == 6);
    CHECK(r->as.seq.items[0].as.i == 5);
    CHECK(r->as.seq.items[1].as.seq.items[2].as.i == 20);
    CHECK(r->as.seq.items[4].as.i == 10);
    CHECK(strcmp(r->as.seq.items[5].as.str.ptr, "negative") == 0);
    CHECK(strcmp(out, "done\n") == 0);
    kr_vm_free(vm);
}

// Host calls inside callbacks of builtins: they run the prelude versions and still suspend.
static void test_iterative_in_builtins(void) {
    KrVm *vm = new_vm();
    const char *hosts[] = {"fetch"};
    const char *src = "a = sorted([3, 1, 2], key=lambda v: -fetch(v))\n"
                      "b = sum(fetch(i) for i in range(4))\n"
                      "c = list(map(fetch, [1, 2]))\n"
                      "d = max([5, 7, 6], key=fetch)\n"
                      "e = ','.join(str(fetch(i)) for i in range(2))\n"
                      "f = any(fetch(i) > 15 for i in range(3))\n"
                      "g = [x for x in filter(lambda v: fetch(v) > 10, [1, 2, 3])]\n"
                      "h = next(fetch(i) for i in [9])\n"
                      "(a, b, c, d, e, f, g, h)";
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "t.py", NULL, 0, hosts, 1, &p) == KR_OK);
    int calls = 0;
    KrStatus st = drive(vm, kr_start(vm, p, NULL), &calls);
    if (st != KR_OK) {
        fprintf(stderr, "%s", kr_error_text(vm));
    }
    CHECK(st == KR_OK);
    CHECK(calls == 3 + 4 + 2 + 3 + 2 + 3 + 3 + 1);
    const KrValue *r = kr_result(vm);
    CHECK(r && r->type == KR_TUPLE && r->as.seq.len == 8);
    if (r && r->as.seq.len == 8) {
        CHECK(r->as.seq.items[0].as.seq.items[0].as.i == 3);
        CHECK(r->as.seq.items[1].as.i == 60);
        CHECK(r->as.seq.items[2].as.seq.items[1].as.i == 20);
        CHECK(r->as.seq.items[3].as.i == 7);
        CHECK(strcmp(r->as.seq.items[4].as.str.ptr, "0,10") == 0);
        CHECK(r->as.seq.items[5].as.boolean == 1);
        CHECK(r->as.seq.items[6].as.seq.len == 2);
        CHECK(r->as.seq.items[7].as.i == 90);
    }
    kr_vm_free(vm);
}

static void test_session_and_errors(void) {
    KrVm *vm = new_vm();
    CHECK(kr_session_run(vm, "x = 40", 6) == KR_OK);
    CHECK(kr_session_run(vm, "x + 2", 5) == KR_OK);
    CHECK(kr_result(vm)->type == KR_INT && kr_result(vm)->as.i == 42);
    CHECK(kr_session_run(vm, "1/0", 3) == KR_ERROR);
    CHECK(strcmp(kr_error_type(vm), "ZeroDivisionError") == 0);
    CHECK(strstr(kr_error_text(vm), "Traceback (most recent call last):") != NULL);
    CHECK(kr_session_run(vm, "x = (", 5) == KR_ERROR);
    CHECK(strcmp(kr_error_type(vm), "SyntaxError") == 0);
    CHECK(kr_session_run(vm, "x", 1) == KR_OK && kr_result(vm)->as.i == 40);
    CHECK(kr_session_run(vm, "lambda: 1", 9) == KR_OK);
    CHECK(kr_result(vm) == NULL); // not plain data: the result cannot cross the boundary
    CHECK(strcmp(kr_error_type(vm), "TypeError") == 0);
    const KrFrame *frames;
    const char *boom = "def f():\n    return 1/0\nf()";
    CHECK(kr_session_run(vm, boom, strlen(boom)) == KR_ERROR);
    size_t nf = kr_error_frames(vm, &frames);
    CHECK(nf == 2);
    if (nf == 2) {
        CHECK(strcmp(frames[0].function, "<module>") == 0 && frames[0].line == 3);
        CHECK(strcmp(frames[1].function, "f") == 0 && frames[1].line == 2);
        CHECK(strcmp(frames[1].source, "return 1/0") == 0 && frames[1].col == 11);
    }
    kr_vm_free(vm);
}

static void test_limits(void) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.limits.max_duration = 0.2;
    cfg.limits.max_memory = 8 << 20;
    KrVm *vm = kr_vm_new(&cfg);
    const char *loop = "try:\n    while True: pass\nexcept BaseException:\n    pass";
    CHECK(kr_session_run(vm, loop, strlen(loop)) == KR_LIMIT);
    const char *bomb = "'a' * 10**9";
    CHECK(kr_session_run(vm, bomb, strlen(bomb)) == KR_ERROR);
    CHECK(strcmp(kr_error_type(vm), "MemoryError") == 0);
    CHECK(kr_session_run(vm, "2 + 2", 5) == KR_OK && kr_result(vm)->as.i == 4);
    kr_vm_free(vm);
}

static void test_bigvalues(void) {
    KrVm *vm = new_vm();
    const char *inputs[] = {"big"};
    const char *src = "big * 2, 2 ** 100, b'\\x00\\xff', {1, 2}, 1.5, None, True";
    KrProgram *p;
    CHECK(kr_program_compile(vm, src, strlen(src), "t.py", inputs, 1, NULL, 0, &p) == KR_OK);
    KrValue in;
    in.type = KR_BIGINT;
    in.as.str.ptr = "123456789012345678901234567890";
    in.as.str.len = strlen(in.as.str.ptr);
    CHECK(kr_start(vm, p, &in) == KR_OK);
    const KrValue *r = kr_result(vm);
    CHECK(r->as.seq.len == 7);
    CHECK(r->as.seq.items[0].type == KR_BIGINT &&
          strcmp(r->as.seq.items[0].as.str.ptr, "246913578024691357802469135780") == 0);
    CHECK(strcmp(r->as.seq.items[1].as.str.ptr, "1267650600228229401496703205376") == 0);
    CHECK(r->as.seq.items[2].type == KR_BYTES && r->as.seq.items[2].as.str.len == 2);
    CHECK(r->as.seq.items[3].type == KR_SET && r->as.seq.items[3].as.seq.len == 2);
    CHECK(r->as.seq.items[4].as.f == 1.5 && r->as.seq.items[5].type == KR_NONE);
    CHECK(r->as.seq.items[6].type == KR_BOOL && r->as.seq.items[6].as.boolean == 1);
    KrValue bad;
    bad.type = KR_STR;
    bad.as.str.ptr = "\xff\xfe";
    bad.as.str.len = 2;
    CHECK(kr_start(vm, p, &bad) == KR_ERROR); // invalid UTF-8 from the host is refused
    kr_vm_free(vm);
}

// A step limit that stops the run at any point, including while the prelude (the Python
// versions of sorted/sum/...) is being made on the first host-callback builtin, ends the run
// with KR_LIMIT: never an internal error, never a result/exception mismatch. Limits are checked
// every 4096 ticks: the loop before the first builtin moves where that check lands.
static void test_limit_during_prelude(void) {
    const char *hosts[] = {"fetch"};
    int limited = 0, finished = 0;
    for (int n = 3000; n <= 5000; n += 2) {
        char src[256];
        snprintf(src, sizeof src,
                 "for i in range(%d):\n    pass\n"
                 "a = sorted([3, 1, 2], key=lambda v: -fetch(v))\n"
                 "b = [*(fetch(i) for i in range(2))]\n(a, b)", n);
        KrConfig cfg;
        kr_config_default(&cfg);
        cfg.write = capture;
        cfg.limits.max_steps = 1; // the first check stops the run
        KrVm *vm = kr_vm_new(&cfg);
        KrProgram *p;
        CHECK(kr_program_compile(vm, src, strlen(src), "t.py", NULL, 0, hosts, 1, &p) == KR_OK);
        KrStatus st = kr_start(vm, p, NULL);
        for (int i = 0; st == KR_CALL && i < 100; i++) {
            KrValue v = vint(i);
            st = kr_resume(vm, &v);
        }
        CHECK(st == KR_OK || st == KR_LIMIT);
        if (st == KR_LIMIT) {
            CHECK(strstr(kr_error_message(vm), "step limit") != NULL);
            limited++;
        } else if (st == KR_OK) {
            finished++;
        }
        kr_program_free(vm, p);
        kr_vm_free(vm);
    }
    if (!(limited > 0 && finished > 0)) {
        fprintf(stderr, "limit during prelude: limited %d finished %d\n", limited, finished);
    }
    CHECK(limited > 0 && finished > 0); // the sweep crosses the whole run
}

int main(void) {
    test_limit_during_prelude();
    test_inputs_and_result();
    test_callback();
    test_iterative();
    test_iterative_in_builtins();
    test_session_and_errors();
    test_limits();
    test_bigvalues();
    if (failures) {
        fprintf(stderr, "test_api: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_api: ok\n");
    return 0;
}
