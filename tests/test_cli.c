// SPDX-License-Identifier: MIT
// tests/test_cli.c: the `krait` command line as a subprocess: --input, --result, the limit
// flags, exit statuses, and --worker over a pipe. Finds krait next to its own directory
// (build/tests/test_cli -> build/krait; works for every build variant).
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static int failures;
static char krait[4096];
static char tmpdir[] = "/tmp/krait_test_cli_XXXXXX";

// Run `krait ARGS` with [stdin_text]; stdout and stderr captured separately. Returns the exit
// status.
static int run(const char *args, const char *stdin_text, char *out, size_t outcap, char *err,
               size_t errcap) {
    char in_path[64], out_path[64], err_path[64];
    static char cmd[32768];
    snprintf(in_path, sizeof in_path, "%s/in", tmpdir);
    snprintf(out_path, sizeof out_path, "%s/out", tmpdir);
    snprintf(err_path, sizeof err_path, "%s/err", tmpdir);
    FILE *f = fopen(in_path, "wb");
    if (!f) {
        return -1;
    }
    fputs(stdin_text ? stdin_text : "", f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "%s %s <%s >%s 2>%s", krait, args, in_path, out_path, err_path);
    int st = system(cmd);
    const char *paths[2] = {out_path, err_path};
    char *bufs[2] = {out, err};
    size_t caps[2] = {outcap, errcap};
    for (int i = 0; i < 2; i++) {
        bufs[i][0] = '\0';
        f = fopen(paths[i], "rb");
        if (f) {
            size_t n = fread(bufs[i], 1, caps[i] - 1, f);
            bufs[i][n] = '\0';
            fclose(f);
        }
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void check_at(int line, const char *args, const char *in, int want_rc, const char *want_out,
                     const char *want_err) {
    static char out[1 << 16], err[1 << 16];
    int rc = run(args, in, out, sizeof out, err, sizeof err);
    if (rc != want_rc || strcmp(out, want_out) != 0 || (want_err && strcmp(err, want_err) != 0)) {
        fprintf(stderr,
                "%s:%d: krait %s\n  exit %d (want %d)\n  stdout: [%s]\n  want:   [%s]\n"
                "  stderr: [%s]\n  want:   [%s]\n",
                __FILE__, line, args, rc, want_rc, out, want_out, err, want_err ? want_err : "*");
        failures++;
    }
}
#define CHECK_RUN(args, in, rc, out, err) check_at(__LINE__, args, in, rc, out, err)

int main(int argc, char **argv) {
    (void)argc;
    const char *slash = strrchr(argv[0], '/');
    if (slash) {
        snprintf(krait, sizeof krait, "%.*s/../krait", (int)(slash - argv[0]), argv[0]);
    } else {
        snprintf(krait, sizeof krait, "build/krait");
    }
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }

    // Plain runs are unchanged.
    CHECK_RUN("-c 'print(1 + 1)'", NULL, 0, "2\n", "");
    CHECK_RUN("-c '1 + 1'", NULL, 0, "", "");
    CHECK_RUN("-c 'print(\"a\"); 1/0'", NULL, 1, "a\n",
              "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
              "    print(\"a\"); 1/0\nZeroDivisionError: division by zero\n");
    CHECK_RUN("-c 'raise SystemExit(7)'", NULL, 7, "", "");
    CHECK_RUN("-c 'exit(\"bye\")'", NULL, 1, "", "bye\n");

    // --input and --result.
    CHECK_RUN("--input 'x=[1, 2, 3]' --input 'name=\"Ada\"' -c 'print(name, sum(x))'", NULL, 0,
              "Ada 6\n", "");
    CHECK_RUN("--result -c 'print(\"out\")\n{\"a\": (1, 2.5), \"b\": None}'", NULL, 0,
              "out\n{\"a\":{\"$tuple\":[1,2.5]},\"b\":null}\n", "");
    CHECK_RUN("--result -c 'x = 1'", NULL, 0, "null\n", "");
    CHECK_RUN("--result --input 'd={\"$dict\": [[1, {\"$bytes\": \"AP8=\"}]]}' -c 'd[1]'", NULL, 0,
              "{\"$bytes\":\"AP8=\"}\n", "");
    CHECK_RUN("--input 'big=123456789012345678901234567890' --result -c 'big * 2'", NULL, 0,
              "246913578024691357802469135780\n", "");
    CHECK_RUN("--result --input 's={\"$set\": [1]}' -c 'type(s).__name__, s'", NULL, 0,
              "{\"$tuple\":[\"set\",{\"$set\":[1]}]}\n", "");
    CHECK_RUN("--result -c '1/0'", NULL, 1, "",
              "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
              "    1/0\nZeroDivisionError: division by zero\n");
    CHECK_RUN("--result -c 'raise SystemExit(3)'", NULL, 3, "", "");
    CHECK_RUN("--input 'x=[1,' -c 'x'", NULL, 2, "",
              "krait: --input x: invalid JSON: unexpected end of JSON at offset 3\n");
    CHECK_RUN("--input '=1' -c 'x'", NULL, 2, "", "krait: --input expects NAME=JSON, got '=1'\n");
    CHECK_RUN("--input 'x=1' -c 'y'", NULL, 1, "",
              "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
              "    y\nNameError: name 'y' is not defined\n");

    // Limits.
    // A limit exits with status 3 and says where the run stopped and which limit.
    CHECK_RUN("--max-steps 1000 -c 'while True: pass'", NULL, 3, "",
              "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
              "    while True: pass\nTimeoutError: step limit exceeded\n");
    CHECK_RUN("--max-duration 0.05 -c 'while True: pass'", NULL, 3, "",
              "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
              "    while True: pass\nTimeoutError: time limit exceeded\n");
    CHECK_RUN("--max-recursion 30 -c 'def f(n): return f(n + 1)\nf(0)'", NULL, 1, "", NULL);
    CHECK_RUN("--max-memory 2000000 -c 'x = [0] * 10**7'", NULL, 1, "", NULL);
    CHECK_RUN("--bogus -c 1", NULL, 2, "", NULL);

    // The worker over a pipe: one response line per request, print() output inside "stdout".
    CHECK_RUN("--worker",
              "{\"op\":\"run\",\"code\":\"print('p')\\nf(1, k=2) + 1\","
              "\"host_functions\":[\"f\"]}\n"
              "\n"
              "{\"op\":\"resume\",\"value\":41}\r\n"
              "garbage\n"
              "{\"op\":\"session\",\"code\":\"a = 1\"}\n"
              "{\"op\":\"session\",\"code\":\"a + 1\"}",
              0,
              "{\"status\":\"call\",\"name\":\"f\",\"args\":[1],\"kwargs\":{\"k\":2},"
              "\"stdout\":\"p\\n\"}\n"
              "{\"status\":\"ok\",\"result\":42,\"stdout\":\"\"}\n"
              "{\"status\":\"protocol_error\",\"message\":\"malformed JSON: unexpected character "
              "at offset 0\"}\n"
              "{\"status\":\"ok\",\"result\":null,\"stdout\":\"\"}\n"
              "{\"status\":\"ok\",\"result\":2,\"stdout\":\"\"}\n",
              "");
    // The worker's limit flags are the ceilings of every run.
    CHECK_RUN("--max-steps 1000 --worker",
              "{\"op\":\"run\",\"code\":\"while True: pass\",\"limits\":{\"max_steps\":0}}\n", 0,
              "{\"status\":\"limit\",\"type\":\"TimeoutError\",\"message\":\"step limit exceeded\","
              "\"stdout\":\"\"}\n",
              "");
    // An error type that is no built-in exception reaches the script as RuntimeError("T: msg").
    CHECK_RUN("--worker",
              "{\"op\":\"run\",\"code\":\"try:\\n    ask(1)\\nexcept Exception as e:\\n"
              "    print(type(e).__name__, e)\",\"host_functions\":[\"ask\"]}\n"
              "{\"op\":\"resume\",\"error\":{\"type\":\"NoSuchError\",\"message\":\"boom\"}}\n",
              0,
              "{\"status\":\"call\",\"name\":\"ask\",\"args\":[1],\"kwargs\":{},\"stdout\":\"\"}\n"
              "{\"status\":\"ok\",\"result\":null,\"stdout\":\"RuntimeError NoSuchError: boom\\n\"}\n",
              "");
    CHECK_RUN("--worker -c 1", NULL, 2, "", NULL);

    // examples/host_suspend: suspend at a host call, snapshot to a file, resume twice in
    // fresh processes (the README's cross-process example).
    {
        char ex[4200], sh[16384];
        snprintf(ex, sizeof ex, "%.*s/examples/host_suspend", (int)(strlen(krait) - 6), krait);
        snprintf(sh, sizeof sh,
                 "%s %s/s.snap >%s/ex.out && %s --resume %s/s.snap Ada >>%s/ex.out && "
                 "%s --resume %s/s.snap 3 >>%s/ex.out",
                 ex, tmpdir, tmpdir, ex, tmpdir, tmpdir, ex, tmpdir, tmpdir);
        int st = system(sh);
        char path[128], got[4096] = "";
        snprintf(path, sizeof path, "%s/ex.out", tmpdir);
        FILE *f = fopen(path, "rb");
        if (f) {
            got[fread(got, 1, sizeof got - 1, f)] = '\0';
            fclose(f);
        }
        if (st != 0 || !strstr(got, "Hello Ada #1\nHello Ada #2\nHello Ada #3\nfinished; result = 3\n")) {
            fprintf(stderr, "%s:%d: host_suspend example: exit %d, output [%s]\n", __FILE__, __LINE__,
                    st, got);
            failures++;
        }
    }

    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot remove %s\n", tmpdir);
    }
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("test_cli: all passed\n");
    return 0;
}
