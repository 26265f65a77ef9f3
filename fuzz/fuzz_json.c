// SPDX-License-Identifier: MIT
// fuzz/fuzz_json.c: libFuzzer harness for the json module: json.loads on the input bytes,
// then round trips of whatever decoded, under tight limits.
//
// The first input byte selects options (bytes or str input, strict, parse_float/parse_int
// hooks, object_pairs_hook, indent, sort_keys, ensure_ascii); the rest is the document. The
// script asserts the round-trip properties: dumps(loads(dumps(v))) == dumps(v) for each
// encoder configuration, and dump() to a chunk-collecting writer produces what dumps() returns.
// A failed assertion is a finding (abort). Besides, as in fuzz_exec.c: sanitizer reports,
// leaks, wrong allocator sizes, KR_INTERNAL, memory beyond the limit and runs beyond the time
// limit abort.
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char script[] =
    "import json\n"
    "mode = data[0] if data else 0\n"
    "text = data[1:]\n"
    "s = text if mode & 1 else text.decode('utf-8', 'replace')\n"
    "kw = {}\n"
    "if mode & 2:\n"
    "    kw['strict'] = False\n"
    "if mode & 4:\n"
    "    kw['parse_float'] = str\n"
    "    kw['parse_int'] = lambda x: int(x) + 1\n"
    "if mode & 8:\n"
    "    kw['object_pairs_hook'] = lambda p: p\n"
    "ok = True\n"
    "try:\n"
    "    v = json.loads(s, **kw)\n"
    "except (ValueError, RecursionError, MemoryError):\n"
    "    ok = False\n"
    "if ok:\n"
    "    opts = {'ensure_ascii': not (mode & 16), 'sort_keys': bool(mode & 32)}\n"
    "    if mode & 64:\n"
    "        opts['indent'] = 1 if mode & 128 else '\\t'\n"
    "    try:\n"
    "        t = json.dumps(v, **opts)\n"
    "    except (RecursionError, MemoryError):\n"
    "        t = None\n"
    "    except ValueError as e:\n"
    "        # a big int past the int/str digit limit (parse_int adds 1, so digits may grow)\n"
    "        assert 'digits' in str(e), e\n"
    "        t = None\n"
    "    if t is not None:\n"
    "        try:\n"
    "            w = json.loads(t)\n"
    "            t2 = json.dumps(w, **opts)\n"
    "        except (RecursionError, MemoryError):\n"
    "            t2 = t\n"
    "        assert t2 == t, (t, t2)\n"
    "        chunks = []\n"
    "        def f():\n"
    "            pass\n"
    "        f.write = chunks.append\n"
    "        try:\n"
    "            json.dump(v, f, **opts)\n"
    "            assert ''.join(chunks) == t, (chunks, t)\n"
    "        except (RecursionError, MemoryError):\n"
    "            pass\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzHeap heap = {0, 0};
    KrConfig cfg;
    fuzz_config(&cfg, &heap);
    char *copy = fuzz_copy(data, size);
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        fuzz_fail("kr_vm_new failed under the default limits", 0, 0);
    }
    static const char *const inputs[] = {"data"};
    KrProgram *prog = NULL;
    if (kr_program_compile(vm, script, sizeof script - 1, "<fuzz_json>", inputs, 1, NULL, 0,
                           &prog) != KR_OK) {
        fprintf(stderr, "fuzz harness: script does not compile: %s\n", kr_error_text(vm));
        abort();
    }
    KrValue in;
    in.type = KR_BYTES;
    in.as.str.ptr = copy;
    in.as.str.len = size;
    double t0 = fuzz_now();
    KrStatus st = kr_start(vm, prog, &in);
    double elapsed = fuzz_now() - t0;
    if (st == KR_INTERNAL) {
        fprintf(stderr, "fuzz harness: KR_INTERNAL: %s\n", kr_error_text(vm));
        abort();
    }
    if (st == KR_ERROR) {
        const char *type = kr_error_type(vm);
        // MemoryError can surface outside the guarded calls (building kw, the chunk list);
        // anything else is a broken round trip or an unexpected exception from json.
        if (strcmp(type, "MemoryError") != 0) {
            fprintf(stderr, "fuzz harness: script failed:\n%s\n", kr_error_text(vm));
            abort();
        }
    }
    size_t peak = 0;
    kr_vm_memory(vm, &peak);
    if (peak > FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(size)) {
        fuzz_fail("peak memory beyond max_memory + slack", peak,
                  FUZZ_MAX_MEMORY + FUZZ_MEMORY_SLACK(size));
    }
    if (elapsed > FUZZ_MAX_DURATION + FUZZ_TIME_SLACK) {
        fprintf(stderr, "fuzz harness: kr_start took %.3f s (limit %.3f s + %.3f s)\n", elapsed,
                FUZZ_MAX_DURATION, FUZZ_TIME_SLACK);
        abort();
    }
    kr_program_free(vm, prog);
    kr_vm_free(vm);
    fuzz_check_freed(&heap);
    free(copy);
    return 0;
}
