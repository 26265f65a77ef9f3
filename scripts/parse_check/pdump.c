// SPDX-License-Identifier: MIT
// scripts/parse_check/pdump.c: standalone driver for the parser (not part of the build).
// Usage: pdump [-a] [-t N] file.py   -a: include attributes; -t N: parse N times (timing)
// Prints kr_ast_dump or "ERROR <kind> <line> <col> <msg>". Links interp/{lexer,parser,ast}.c
// with malloc-backed stubs for kr_mem_* and simple kr_dtoa_* stand-ins. Build:
//   gcc -O2 -std=c11 -Iinterp -I. scripts/parse_check/pdump.c interp/lexer.c interp/parser.c \
//       interp/ast.c -lm -o /tmp/parser/pdump
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "state.h"
Value kr_raise_nomem(KrVm *vm) { (void)vm; return (Value){0}; }
static KrVm *fakevm(void) { static KrVm *v; if (!v) { v = calloc(1, sizeof(KrVm)); } return v; }

static size_t heap;
void *kr_mem_alloc(KrVm *vm, size_t size) { (void)vm; heap += size; return malloc(size ? size : 1); }
void *kr_mem_realloc(KrVm *vm, void *p, size_t old, size_t n) {
    (void)vm; heap += n - old; return realloc(p, n ? n : 1);
}
void kr_mem_free(KrVm *vm, void *p, size_t size) { (void)vm; heap -= size; free(p); }

size_t kr_dtoa_repr(double d, char *out) {
    if (d != d) { return (size_t)sprintf(out, "nan"); }
    if (d > 1.7976931348623157e308) { return (size_t)sprintf(out, "inf"); }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d) { break; }
    }
    // buf is d.ddde[+-]XX: re-render in Python's repr style
    char mant[40]; int exp;
    char *e = strchr(buf, 'e');
    *e = 0; exp = atoi(e + 1);
    int k = 0;
    for (char *c = buf; *c; c++) { if (*c != '.') { mant[k++] = *c; } }
    mant[k] = 0;
    while (k > 1 && mant[k - 1] == '0') { mant[--k] = 0; }
    size_t n = 0;
    if (exp >= 16 || exp < -4) {
        n += (size_t)sprintf(out + n, "%c", mant[0]);
        if (k > 1) { n += (size_t)sprintf(out + n, ".%s", mant + 1); }
        n += (size_t)sprintf(out + n, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        n += (size_t)sprintf(out + n, "0.");
        for (int i = 0; i < -exp - 1; i++) { out[n++] = '0'; }
        n += (size_t)sprintf(out + n, "%s", mant);
    } else {
        for (int i = 0; i <= exp; i++) { out[n++] = i < k ? mant[i] : '0'; }
        out[n++] = '.';
        if (k > exp + 1) { n += (size_t)sprintf(out + n, "%s", mant + exp + 1); } else { out[n++] = '0'; }
        out[n] = 0;
    }
    return n;
}
int kr_dtoa_parse(const char *s, size_t len, double *out) {
    (void)len; char *end; *out = strtod(s, &end); return 0;
}

static const char *kind_name(ExcId k) {
    switch (k) {
    case EXC_SyntaxError: return "SyntaxError";
    case EXC_IndentationError: return "IndentationError";
    case EXC_TabError: return "TabError";
    case EXC_MemoryError: return "MemoryError";
    case EXC_RecursionError: return "RecursionError";
    default: return "?";
    }
}

int main(int argc, char **argv) {
    bool attrs = false; int times = 1; const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-a")) { attrs = true; }
        else if (!strcmp(argv[i], "-t")) { times = atoi(argv[++i]); }
        else { path = argv[i]; }
    }
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) { perror(path); return 2; }
    size_t cap = 1 << 16, n = 0; char *buf = malloc(cap);
    for (;;) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap) { break; }
        cap *= 2; buf = realloc(buf, cap);
    }
    clock_t t0 = clock();
    for (int i = 0; i < times; i++) {
        Arena *a = kr_arena_new(fakevm());
        ParseError err;
        Mod *m = kr_parse(a, buf, n, &err);
        if (i == times - 1) {
            if (times > 1) {
                fprintf(stderr, "%.3f ms/parse\n", 1000.0 * (double)(clock() - t0) / CLOCKS_PER_SEC / times);
            } else if (m) {
                kr_ast_dump_ex(m, attrs);
            } else {
                printf("ERROR %s %d %d %s\n", kind_name(err.kind), err.line, err.col, err.msg);
            }
        }
        kr_arena_free(a);
    }
    free(buf); kr_arena_release_cache(fakevm());
    if (heap != 0) {
        fprintf(stderr, "pdump: %zu bytes not returned to kr_mem_free\n", heap);
        return 3;
    }
    return 0;
}
