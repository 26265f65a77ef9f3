// SPDX-License-Identifier: MIT
// interp/main.c: the `krait` command-line interface, a thin client of krait.h.
//
//   krait [options] FILE.py | -c CODE
//   krait [limit options] --worker
//   --input NAME=JSON      a global NAME holding the JSON value (repeatable; see cli_json.h for
//                          tuples, sets, bytes: {"$tuple": [...]}, ...)
//   --result               print the program's result (its last expression statement's value,
//                          or null) as one line of JSON on stdout after it finishes
//   --worker               speak the line-delimited JSON worker protocol on stdin/stdout (see
//                          worker.c and README.md "Worker protocol"); the limit options are the
//                          defaults and ceilings of every sandbox the worker creates
//   --dis                  print the bytecode instead of running (debugging)
//   --max-memory BYTES  --max-duration SECONDS  --max-recursion N  --max-allocations N
//   --max-steps N  --max-output BYTES  --max-c-depth N  --max-int-digits N  --max-source BYTES
// Without --input/--result the file runs exactly as under kr_run. Exit status: 0, 1 on an
// uncaught exception or a limit (traceback on stderr), SystemExit's status, 2 on bad usage.
// Hidden, for scripts/oom_sweep.py: --fail-after N fails the N-th allocation after VM creation
// (faults.h); N = 0 only counts. Either way a last stderr line "krait-faults: allocations K" or
// "krait-faults: fired|not fired" follows the run.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_json.h"
#include "faults.h"
#include "krait.h"
#include "worker.h"

int kr_cli_dis(KrVm *vm, const char *src, size_t len, const char *filename);

static void write_stdout(void *ud, const char *s, size_t len) {
    (void)ud;
    if (len) {
        fwrite(s, 1, len, stdout);
    }
}

static int usage(void) {
    fprintf(stderr, "usage: krait [--max-memory N] [--max-duration S] [--max-recursion N] "
                    "[--max-allocations N] [--max-steps N] [--max-output N] [--max-c-depth N] "
                    "[--max-int-digits N] [--max-source N] [--input NAME=JSON]... [--result] "
                    "[--dis] (FILE.py | -c CODE)\n"
                    "       krait [--max-... N] --worker\n");
    return 2;
}

#define MAX_INPUTS 256

typedef struct Inputs {
    const char *names[MAX_INPUTS];
    char *owned[MAX_INPUTS]; // the NAME part, copied
    KrValue values[MAX_INPUTS];
    KrJsonArena *arenas[MAX_INPUTS];
    size_t n;
} Inputs;

static void inputs_free(Inputs *in) {
    for (size_t i = 0; i < in->n; i++) {
        free(in->owned[i]);
        kr_cli_json_arena_free(in->arenas[i]);
    }
    in->n = 0;
}

// Parse one --input NAME=JSON. 0, or -1 after printing why.
static int add_input(Inputs *in, const char *arg) {
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg) {
        fprintf(stderr, "krait: --input expects NAME=JSON, got '%s'\n", arg);
        return -1;
    }
    if (in->n == MAX_INPUTS) {
        fprintf(stderr, "krait: too many --input options (at most %d)\n", MAX_INPUTS);
        return -1;
    }
    size_t nlen = (size_t)(eq - arg);
    char *name = malloc(nlen + 1);
    if (!name) {
        fprintf(stderr, "krait: out of memory\n");
        return -1;
    }
    memcpy(name, arg, nlen);
    name[nlen] = '\0';
    char err[160];
    KrJsonArena *arena;
    if (kr_cli_json_parse(eq + 1, strlen(eq + 1), &in->values[in->n], &arena, err, sizeof err) <
        0) {
        fprintf(stderr, "krait: --input %s: invalid JSON: %s\n", name, err);
        free(name);
        return -1;
    }
    in->names[in->n] = name;
    in->owned[in->n] = name;
    in->arenas[in->n] = arena;
    in->n++;
    return 0;
}

// Compile with the inputs, run, and print the result as JSON if asked.
static KrStatus run_program(KrVm *vm, const char *src, size_t len, const char *filename,
                            const Inputs *in, int print_result) {
    KrProgram *prog;
    KrStatus st = kr_program_compile(vm, src, len, filename, in->names, in->n, NULL, 0, &prog);
    if (st != KR_OK) {
        return st;
    }
    st = kr_start(vm, prog, in->n ? in->values : NULL);
    if (st == KR_CALL) {
        // The CLI declares no host functions, so nothing can suspend; be defensive anyway.
        fflush(stdout);
        fprintf(stderr, "krait: the run suspended at a host call, which the CLI cannot answer\n");
        kr_program_free(vm, prog);
        return KR_INTERNAL;
    }
    if (st == KR_OK && print_result && !kr_result(vm)) {
        st = KR_ERROR; // not plain data: the error text says why
    }
    if (st == KR_OK && print_result) {
        KrJsonBuf b = {NULL, 0, 0, 0};
        const KrValue *r = kr_result(vm);
        KrValue none;
        none.type = KR_NONE;
        if (kr_cli_json_value(&b, r ? r : &none) < 0 || b.failed) {
            fflush(stdout);
            fprintf(stderr, "krait: the result cannot be written as JSON (nested too deeply, or "
                            "out of memory)\n");
            kr_cli_json_buf_free(&b);
            kr_program_free(vm, prog);
            return KR_INTERNAL;
        }
        fwrite(b.data, 1, b.len, stdout);
        fputc('\n', stdout);
        kr_cli_json_buf_free(&b);
    }
    kr_program_free(vm, prog);
    return st;
}

static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(fp);
        return NULL;
    }
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(fp);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (r == 0) {
            break;
        }
    }
    fclose(fp);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.write = write_stdout;
    const char *code = NULL, *file = NULL;
    int dis = 0, worker = 0, print_result = 0;
    long long fail_after = -1;
    static Inputs inputs;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            code = argv[++i];
            break;
        } else if (strcmp(a, "--dis") == 0) {
            dis = 1;
        } else if (strcmp(a, "--worker") == 0) {
            worker = 1;
        } else if (strcmp(a, "--result") == 0) {
            print_result = 1;
        } else if (strcmp(a, "--input") == 0 && i + 1 < argc) {
            if (add_input(&inputs, argv[++i]) < 0) {
                inputs_free(&inputs);
                return 2;
            }
        } else if (strcmp(a, "--max-memory") == 0 && i + 1 < argc) {
            cfg.limits.max_memory = (size_t)strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--max-duration") == 0 && i + 1 < argc) {
            cfg.limits.max_duration = strtod(argv[++i], NULL);
        } else if (strcmp(a, "--max-recursion") == 0 && i + 1 < argc) {
            cfg.limits.max_recursion = atoi(argv[++i]);
        } else if (strcmp(a, "--max-allocations") == 0 && i + 1 < argc) {
            cfg.limits.max_allocations = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--max-steps") == 0 && i + 1 < argc) {
            cfg.limits.max_steps = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--max-output") == 0 && i + 1 < argc) {
            cfg.limits.max_output = (size_t)strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--max-c-depth") == 0 && i + 1 < argc) {
            cfg.limits.max_c_depth = atoi(argv[++i]);
        } else if (strcmp(a, "--max-int-digits") == 0 && i + 1 < argc) {
            cfg.limits.max_int_digits = atoi(argv[++i]);
        } else if (strcmp(a, "--max-source") == 0 && i + 1 < argc) {
            cfg.limits.max_source = (size_t)strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--fail-after") == 0 && i + 1 < argc) {
            fail_after = strtoll(argv[++i], NULL, 10);
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage();
        } else {
            file = a;
            break;
        }
    }
    if (worker) {
        if (code || file || dis || print_result || inputs.n) {
            inputs_free(&inputs);
            return usage();
        }
        KrWorker *w = kr_worker_new(&cfg);
        if (!w) {
            fprintf(stderr, "krait: out of memory\n");
            return 70;
        }
        int rc = kr_worker_main(w, stdin, stdout);
        kr_worker_free(w);
        return rc;
    }
    if (!code && !file) {
        inputs_free(&inputs);
        return usage();
    }
    char *src = NULL;
    size_t len;
    const char *filename = "<string>";
    if (file) {
        src = read_file(file, &len);
        if (!src) {
            fprintf(stderr, "krait: can't open file '%s': [Errno 2] No such file or directory\n",
                    file);
            inputs_free(&inputs);
            return 2;
        }
        filename = file;
    } else {
        len = strlen(code);
    }
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fprintf(stderr, "krait: cannot create VM (out of memory)\n");
        free(src);
        inputs_free(&inputs);
        return 70;
    }
    if (fail_after >= 0) {
        kr_faults_arm(vm, fail_after ? fail_after : INT64_MAX);
    }
    int rc;
    if (dis) {
        rc = kr_cli_dis(vm, src ? src : code, len, filename);
    } else {
        KrStatus st = inputs.n || print_result
                          ? run_program(vm, src ? src : code, len, filename, &inputs, print_result)
                          : kr_run(vm, src ? src : code, len, filename);
        fflush(stdout);
        rc = 0;
        int status;
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
    }
    if (fail_after == 0) {
        fprintf(stderr, "krait-faults: allocations %lld\n",
                (long long)(INT64_MAX - kr_faults_left(vm)));
    } else if (fail_after > 0) {
        fprintf(stderr, "krait-faults: %s\n", kr_faults_left(vm) == 0 ? "fired" : "not fired");
    }
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    // The process is about to exit and the OS reclaims everything at once: tearing the heap
    // down object by object would only cost time (as CPython, which skips most of it too).
    // KRAIT_FREE_AT_EXIT=1 frees anyway (leak checking with valgrind).
    if (getenv("KRAIT_FREE_AT_EXIT")) {
        kr_vm_free(vm);
    }
#else
    kr_vm_free(vm);
#endif
    free(src);
    inputs_free(&inputs);
    return rc;
}
