// SPDX-License-Identifier: MIT
// examples/host_tools.c: a host that gives an agent-style script three tools (C callbacks),
// runs it with an input, and prints the script's output and its result.
//
//   ninja && build/examples/host_tools
#include <stdio.h>
#include <string.h>

#include "krait.h"

static void out(void *ud, const char *s, size_t n) {
    (void)ud;
    fwrite(s, 1, n, stdout);
}

static KrValue str_value(const char *s) {
    KrValue v;
    v.type = KR_STR;
    v.as.str.ptr = s;
    v.as.str.len = strlen(s);
    return v;
}

// search(query) -> a list of document ids (strings).
static KrStatus tool_search(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                            const KrValue *kwargs, KrValue *ret) {
    (void)ud;
    (void)kwargs;
    static KrValue hits[3];
    static const char *const ids[] = {"doc-1", "doc-2", "doc-3"};
    if (nargs != 1 || args[0].type != KR_STR) {
        kr_host_raise(vm, "TypeError", "search() takes one string argument");
        return KR_ERROR;
    }
    for (int i = 0; i < 3; i++) {
        hits[i] = str_value(ids[i]);
    }
    ret->type = KR_LIST;
    ret->as.seq.items = hits;
    ret->as.seq.len = args[0].as.str.len > 0 ? 3 : 0;
    return KR_OK;
}

// price(doc_id, currency="EUR") -> a float; unknown documents raise KeyError.
static KrStatus tool_price(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                           const KrValue *kwargs, KrValue *ret) {
    (void)ud;
    if (nargs != 1 || args[0].type != KR_STR) {
        kr_host_raise(vm, "TypeError", "price() takes one document id");
        return KR_ERROR;
    }
    double rate = 1.0;
    for (size_t i = 0; i < kwargs->as.seq.len; i++) { // keyword arguments: key, value pairs
        const KrValue *k = &kwargs->as.seq.items[2 * i], *v = &kwargs->as.seq.items[2 * i + 1];
        if (strcmp(k->as.str.ptr, "currency") == 0 && v->type == KR_STR) {
            rate = strcmp(v->as.str.ptr, "USD") == 0 ? 1.25 : 1.0;
        }
    }
    const char *id = args[0].as.str.ptr;
    if (strcmp(id, "doc-3") == 0) {
        kr_host_raise(vm, "KeyError", "doc-3 has no price");
        return KR_ERROR;
    }
    ret->type = KR_FLOAT;
    ret->as.f = (10.0 + (double)(id[4] - '0')) * rate;
    return KR_OK;
}

// log(message) -> None, printed by the host.
static KrStatus tool_log(void *ud, KrVm *vm, const KrValue *args, size_t nargs,
                         const KrValue *kwargs, KrValue *ret) {
    (void)ud;
    (void)vm;
    (void)kwargs;
    printf("[host log] %.*s\n", nargs ? (int)args[0].as.str.len : 0,
           nargs && args[0].type == KR_STR ? args[0].as.str.ptr : "");
    ret->type = KR_NONE;
    return KR_OK;
}

static const char script[] =
    "hits = search(query)\n"
    "prices = {}\n"
    "for doc in hits:\n"
    "    try:\n"
    "        prices[doc] = price(doc, currency='USD')\n"
    "    except KeyError as e:\n"
    "        log(f'skipping {doc}: {e}')\n"
    "cheap = [d for d in prices if prices[d] < 15]\n"
    "total = sum(price(d) for d in cheap)\n"
    "print('cheap:', cheap, 'total EUR:', total)\n"
    "{'query': query, 'cheap': cheap, 'total': total}\n";

int main(void) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.write = out;
    cfg.limits.max_duration = 2.0;
    KrVm *vm = kr_vm_new(&cfg);
    if (!vm) {
        return 1;
    }
    kr_register_host(vm, "search", tool_search, NULL);
    kr_register_host(vm, "price", tool_price, NULL);
    kr_register_host(vm, "log", tool_log, NULL);

    const char *inputs[] = {"query"};
    const char *tools[] = {"search", "price", "log"};
    KrProgram *prog;
    if (kr_program_compile(vm, script, strlen(script), "agent.py", inputs, 1, tools, 3, &prog) !=
        KR_OK) {
        fputs(kr_error_text(vm), stderr);
        kr_vm_free(vm);
        return 1;
    }
    KrValue query = str_value("cheap widgets");
    KrStatus st = kr_start(vm, prog, &query);
    int rc = 0;
    if (st == KR_OK) {
        // The result is the dict of the last expression: print its keys and value types.
        const KrValue *r = kr_result(vm);
        printf("result: a dict with %zu keys:", r->as.seq.len);
        for (size_t i = 0; i < r->as.seq.len; i++) {
            printf(" %s", r->as.seq.items[2 * i].as.str.ptr);
        }
        const KrValue *total = &r->as.seq.items[5];
        printf("; total = %g\n", total->type == KR_FLOAT ? total->as.f : (double)total->as.i);
    } else {
        fputs(kr_error_text(vm), stderr); // CPython-format traceback
        rc = 1;
    }
    kr_program_free(vm, prog);
    kr_vm_free(vm);
    return rc;
}
