// SPDX-License-Identifier: MIT
// interp/api.c: the public API (krait.h): running source, reporting errors to the host.
#include <stdio.h>

#include "compiler.h"
#include "module.h"
#include "vm.h"

void kr_mem_free_raw(KrVm *vm, void *p, size_t size);

static char *dup_cstr(KrVm *vm, const char *s, size_t len, size_t *size) {
    // Error strings are small; they bypass the memory limit so an OOM report never fails.
    char *p = vm->alloc_fn(vm->alloc_ud, NULL, 0, len + 1);
    if (!p) {
        *size = 0;
        return NULL;
    }
    vm->bytes += len + 1;
    memcpy(p, s, len);
    p[len] = '\0';
    *size = len + 1;
    return p;
}

static void clear_error(KrVm *vm) {
    if (vm->error_text) {
        kr_mem_free_raw(vm, vm->error_text, vm->error_text_size);
        vm->error_text = NULL;
    }
    if (vm->error_type) {
        kr_mem_free_raw(vm, vm->error_type, vm->error_type_size);
        vm->error_type = NULL;
    }
    if (vm->error_msg) {
        kr_mem_free_raw(vm, vm->error_msg, vm->error_msg_size);
        vm->error_msg = NULL;
    }
    vm->last_error = VAL_NONE;
    vm->exit_status = -1;
}

static void set_error_strings(KrVm *vm, const char *type, const char *msg, const char *text) {
    kr_mem_free_raw(vm, vm->error_type, vm->error_type_size);
    kr_mem_free_raw(vm, vm->error_msg, vm->error_msg_size);
    kr_mem_free_raw(vm, vm->error_text, vm->error_text_size);
    vm->error_type = vm->error_msg = vm->error_text = NULL;
    vm->error_type = dup_cstr(vm, type, strlen(type), &vm->error_type_size);
    vm->error_msg = dup_cstr(vm, msg, strlen(msg), &vm->error_msg_size);
    vm->error_text = dup_cstr(vm, text, strlen(text), &vm->error_text_size);
}

KrStatus kr_api_record_error(KrVm *vm);
KrStatus kr_api_record_error(KrVm *vm) {
    Value exc = kr_exc_take(vm);
    if (vm->poisoned) {
        char buf[256];
        snprintf(buf, sizeof buf, "SystemError: internal error: %s\n", vm->poison_why);
        set_error_strings(vm, "SystemError", vm->poison_why, buf);
        return KR_INTERNAL;
    }
    if (vm->aborted) {
        const char *why = vm->abort_why ? vm->abort_why : "limit exceeded";
        char buf[256];
        snprintf(buf, sizeof buf, "TimeoutError: %s\n", why);
        set_error_strings(vm, "TimeoutError", why, buf);
        vm->last_error = exc;
        return KR_LIMIT;
    }
    vm->last_error = exc;
    if (!IS_EXCOBJ(exc)) {
        set_error_strings(vm, "MemoryError", "", "MemoryError\n");
        return KR_ERROR;
    }
    ExcObj *e = AS_EXC(exc);
    const char *tname = AS_STR(e->cls->name)->data;
    if (kr_class_is_subclass(e->cls, vm->exc_classes[EXC_SystemExit])) {
        // CPython: None -> status 0; an int -> that status; anything else is printed, status 1.
        Tuple *a = AS_TUPLE(e->args);
        Value code = a->len == 0 ? VAL_NONE : a->len == 1 ? a->items[0] : e->args;
        Value attr = kr_exc_getattr(vm, exc, kr_str_intern(vm, "code", 4));
        if (!IS_UNDEF(attr) && !IS_EXC(attr)) {
            code = attr;
        }
        const char *text = "";
        if (IS_NONE(code)) {
            vm->exit_status = 0;
        } else if (IS_INT(code) || IS_BOOL(code)) {
            vm->exit_status = (int)(AS_INT(code) & 0xff);
        } else {
            vm->exit_status = 1;
            Value s = kr_str(vm, code);
            if (IS_EXC(s)) {
                kr_exc_take(vm);
            } else {
                text = AS_STR(s)->data;
            }
        }
        set_error_strings(vm, "SystemExit", text, text);
        return KR_ERROR;
    }
    Value msg = kr_str(vm, exc);
    if (IS_EXC(msg)) {
        kr_exc_take(vm);
        msg = vm->empty_str;
    }
    if (IS_TUPLE(e->extra) && AS_TUPLE(e->args)->len >= 1 && IS_STR(AS_TUPLE(e->args)->items[0])) {
        msg = AS_TUPLE(e->args)->items[0];
    }
    Value text = kr_exc_format(vm, exc);
    if (IS_EXC(text)) {
        kr_exc_take(vm);
        char buf[512];
        snprintf(buf, sizeof buf, "%s: %s\n", tname, AS_STR(msg)->data);
        set_error_strings(vm, tname, AS_STR(msg)->data, buf);
        return KR_ERROR;
    }
    set_error_strings(vm, tname, AS_STR(msg)->data, AS_STR(text)->data);
    return KR_ERROR;
}

KrStatus kr_run(KrVm *vm, const char *src, size_t len, const char *filename) {
    if (vm->poisoned) {
        return KR_INTERNAL;
    }
    clear_error(vm);
    vm->aborted = false;
    vm->abort_why = NULL;
    vm->breaker &= ~BREAK_LIMIT;
    vm->exc = VAL_UNDEF;
    vm->exc_info = VAL_NONE;
    vm->result = VAL_NONE;
    vm->deadline = vm->cfg.limits.max_duration > 0 ? kr_now() + vm->cfg.limits.max_duration : 0;
    if (vm->cfg.limits.max_source && len > vm->cfg.limits.max_source) {
        kr_raise(vm, EXC_SyntaxError, "source code is too large (%zd bytes; the limit is %zd)",
                 (ptrdiff_t)len, (ptrdiff_t)vm->cfg.limits.max_source);
        return kr_api_record_error(vm);
    }
    Value code = kr_compile(vm, src, len, filename);
    if (IS_EXC(code)) {
        return kr_api_record_error(vm);
    }
    Value mod = kr_module_new(vm, "__main__");
    if (IS_EXC(mod)) {
        return kr_api_record_error(vm);
    }
    Dict *globals = ((Module *)AS_OBJ(mod))->dict;
    Frame *f = kr_frame_push(vm, (Code *)AS_OBJ(code), NULL, globals);
    if (!f) {
        return kr_api_record_error(vm);
    }
    f->prev = vm->frame;
    f->entry = 1;
    vm->frame = f;
    vm->pinning = 0;
    Value r = kr_eval(vm, f);
    vm->frame = NULL;
    vm->nroots = 0;
    if (IS_EXC(r)) {
        return kr_api_record_error(vm);
    }
    vm->result = r;
    return KR_OK;
}

int kr_error_exit(KrVm *vm, int *status, const char **message) {
    if (vm->exit_status < 0) {
        return 0;
    }
    *status = vm->exit_status;
    *message = vm->error_msg ? vm->error_msg : "";
    return 1;
}

const char *kr_error_text(KrVm *vm) { return vm->error_text ? vm->error_text : ""; }
const char *kr_error_type(KrVm *vm) { return vm->error_type ? vm->error_type : ""; }
const char *kr_error_message(KrVm *vm) { return vm->error_msg ? vm->error_msg : ""; }

// CLI helper (not in krait.h): compile and disassemble.
int kr_cli_dis(KrVm *vm, const char *src, size_t len, const char *filename);
int kr_cli_dis(KrVm *vm, const char *src, size_t len, const char *filename) {
    Value code = kr_compile(vm, src, len, filename);
    if (IS_EXC(code)) {
        kr_api_record_error(vm);
        fputs(kr_error_text(vm), stderr);
        return 1;
    }
    kr_code_dump(vm, (Code *)AS_OBJ(code));
    return 0;
}
