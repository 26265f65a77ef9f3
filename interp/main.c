// SPDX-License-Identifier: MIT
// interp/main.c: the `krait` command-line interface, a thin client of krait.h.
//
//   krait [options] FILE.py | -c CODE
//   --dis                  print the bytecode instead of running (debugging)
//   --max-memory BYTES  --max-duration SECONDS  --max-recursion N  --max-allocations N
//   --max-steps N
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

int kr_cli_dis(KrVm *vm, const char *src, size_t len, const char *filename);

static void write_stdout(void *ud, const char *s, size_t len) {
    (void)ud;
    if (len) {
        fwrite(s, 1, len, stdout);
    }
}

static int usage(void) {
    fprintf(stderr, "usage: krait [--max-memory N] [--max-duration S] [--max-recursion N] "
                    "[--max-allocations N] [--max-steps N] [--dis] (FILE.py | -c CODE)\n");
    return 2;
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
    int dis = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            code = argv[++i];
            break;
        } else if (strcmp(a, "--dis") == 0) {
            dis = 1;
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
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage();
        } else {
            file = a;
            break;
        }
    }
    if (!code && !file) {
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
        return 70;
    }
    int rc;
    if (dis) {
        rc = kr_cli_dis(vm, src ? src : code, len, filename);
    } else {
        KrStatus st = kr_run(vm, src ? src : code, len, filename);
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
            rc = st == KR_INTERNAL ? 70 : 1;
        }
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
    return rc;
}
