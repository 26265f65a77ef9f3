// SPDX-License-Identifier: MIT
// fuzz/fuzz_re.c: libFuzzer harness for the re module: the input is split into flags, a pattern
// and a subject, and a small program runs compile + search + match + fullmatch + findall +
// finditer + sub + split under tight limits.
//
// Input layout: byte 0 selects the flags (low bits: I M S X A) and str/bytes mode (bit 7); the
// pattern runs up to the first NUL byte, the subject is the rest. Both are passed to the program
// as bytes literals of \xNN escapes (str mode decodes them as UTF-8 with 'replace'), so any
// byte sequence yields a valid program. Same failure checks as fuzz_exec.c.
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t put_bytes(char *out, const uint8_t *p, size_t n) {
    static const char hex[] = "0123456789abcdef";
    size_t k = 0;
    out[k++] = 'b';
    out[k++] = '\'';
    for (size_t i = 0; i < n; i++) {
        out[k++] = '\\';
        out[k++] = 'x';
        out[k++] = hex[p[i] >> 4];
        out[k++] = hex[p[i] & 15];
    }
    out[k++] = '\'';
    return k;
}

static const char prog_tail[] =
    "\nif TEXT:\n"
    "    P = P.decode('utf-8', 'replace')\n"
    "    S = S.decode('utf-8', 'replace')\n"
    "try:\n"
    "    p = re.compile(P, FLAGS)\n"
    "except (re.error, OverflowError, ValueError, RecursionError, MemoryError,\n"
    "        NotImplementedError):\n"
    "    p = None\n"
    "if p is not None:\n"
    "    m = p.search(S)\n"
    "    if m:\n"
    "        m.groups(); m.groupdict(); m.span(); m.lastindex; m.lastgroup; repr(m)\n"
    "    p.match(S); p.fullmatch(S); p.search(S, 1, len(S) - 1)\n"
    "    p.findall(S)\n"
    "    [x.span() for x in p.finditer(S)]\n"
    "    p.sub('-' if TEXT else b'-', S)\n"
    "    p.sub(lambda m: m.group(0), S, 3)\n"
    "    p.split(S)\n"
    "    try:\n"
    "        p.sub(r'\\g<0>\\1' if TEXT else rb'\\g<0>\\1', S)\n"
    "    except (re.error, IndexError):\n"
    "        pass\n"
    "    repr(p)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > 4096) {
        return 0;
    }
    uint8_t *in = (uint8_t *)fuzz_copy(data, size); // reading past [size] is an ASan report
    data = in;
    int sel = data[0];
    static const int flagbits[] = {2, 8, 16, 64, 256};
    int flags = 0;
    for (int i = 0; i < 5; i++) {
        if (sel & (1 << i)) {
            flags |= flagbits[i];
        }
    }
    int text = (sel & 0x80) != 0;
    if (text && (flags & 256)) {
        flags &= ~256; // keep some str patterns in Unicode mode
    }
    const uint8_t *pat = data + 1;
    size_t rest = size - 1;
    const uint8_t *nul = memchr(pat, 0, rest);
    size_t plen = nul ? (size_t)(nul - pat) : rest;
    const uint8_t *subj = nul ? nul + 1 : pat + rest;
    size_t slen = nul ? rest - plen - 1 : 0;
    size_t cap = 128 + 4 * (plen + slen) + sizeof prog_tail;
    char *src = malloc(cap);
    if (!src) {
        abort();
    }
    size_t k = (size_t)snprintf(src, cap, "import re\nTEXT = %d\nFLAGS = %d\nP = ", text ? 1 : 0,
                                flags);
    k += put_bytes(src + k, pat, plen);
    memcpy(src + k, "\nS = ", 5);
    k += 5;
    k += put_bytes(src + k, subj, slen);
    memcpy(src + k, prog_tail, sizeof prog_tail - 1);
    k += sizeof prog_tail - 1;

    FuzzHeap heap = {0, 0};
    KrConfig cfg;
    fuzz_config(&cfg, &heap);
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fuzz_fail("kr_vm_new failed under the default limits", 0, 0);
    }
    double t0 = fuzz_now();
    KrStatus st = kr_run(vm, src, k, "<fuzz_re>");
    double elapsed = fuzz_now() - t0;
    if (st == KR_INTERNAL) {
        fprintf(stderr, "fuzz harness: KR_INTERNAL: %s\n", kr_error_text(vm));
        abort();
    }
    if (st != KR_OK && st != KR_LIMIT) {
        // Any other exception escaping the program is a bug in re (everything expected is caught).
        const char *type = kr_error_type(vm);
        if (strcmp(type, "MemoryError") != 0 && strcmp(type, "RecursionError") != 0) {
            fprintf(stderr, "fuzz harness: unexpected exception: %s\n", kr_error_text(vm));
            abort();
        }
    }
    size_t peak = 0;
    kr_vm_memory(vm, &peak);
    if (peak > FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(k)) {
        fuzz_fail("peak memory beyond max_memory + slack", peak,
                  FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(k));
    }
    if (elapsed > FUZZ_MAX_DURATION + FUZZ_TIME_SLACK) {
        fprintf(stderr, "fuzz harness: kr_run took %.3f s (limit %.3f s + %.3f s)\n", elapsed,
                FUZZ_MAX_DURATION, FUZZ_TIME_SLACK);
        abort();
    }
    kr_vm_free(vm);
    fuzz_check_freed(&heap);
    free(src);
    free(in);
    return 0;
}
