// SPDX-License-Identifier: MIT
// fuzz/afl_main.c: AFL++ persistent-mode driver over the libFuzzer entry point of a harness
// (link it with fuzz_exec.c or fuzz_compile.c). Built with afl-clang-fast by `scripts/fuzz
// DURATION afl`. Built with any other compiler it is a replay tool: it runs each file named on
// the command line (or stdin) once.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();

int main(void) {
    __AFL_INIT();
    unsigned char *buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(10000)) {
        LLVMFuzzerTestOneInput(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    }
    return 0;
}
#else
static int run_stream(FILE *fp) {
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) {
        return 1;
    }
    for (;;) {
        if (n == cap) {
            unsigned char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return 1;
            }
            buf = nb;
            cap *= 2;
        }
        size_t r = fread(buf + n, 1, cap - n, fp);
        if (r == 0) {
            break;
        }
        n += r;
    }
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        return run_stream(stdin);
    }
    for (int i = 1; i < argc; i++) {
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) {
            fprintf(stderr, "afl_main: cannot open %s\n", argv[i]);
            return 1;
        }
        int rc = run_stream(fp);
        fclose(fp);
        if (rc) {
            return rc;
        }
    }
    return 0;
}
#endif
