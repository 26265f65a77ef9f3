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

// Source line [line] of [src], stripped of surrounding whitespace: start and length.
static const char *source_line(Value src, int32_t line, size_t *len) {
    *len = 0;
    if (!IS_STR(src) || line <= 0) {
        return "";
    }
    const char *p = AS_STR(src)->data, *end = p + AS_STR(src)->len;
    for (int32_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            return "";
        }
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) {
        e = end;
    }
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) {
        p++;
    }
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) {
        e--;
    }
    *len = (size_t)(e - p);
    return p;
}

// Builds vm->error_frames from [exc]'s traceback (or SyntaxError location) in one raw block.
static void set_error_frames(KrVm *vm, Value exc) {
    kr_mem_free_raw(vm, vm->error_frames, vm->error_frames_size);
    vm->error_frames = NULL;
    vm->nerror_frames = 0;
    if (!IS_EXCOBJ(exc)) {
        return;
    }
    ExcObj *e = AS_EXC(exc);
    size_t n = 0, strbytes = 0, len;
    bool syntax = IS_TUPLE(e->extra) && AS_TUPLE(e->extra)->len >= 4;
    if (syntax) {
        Tuple *x = AS_TUPLE(e->extra);
        n = 1;
        strbytes += (IS_STR(x->items[0]) ? (size_t)AS_STR(x->items[0])->len : 0) + 1;
        strbytes += (IS_STR(x->items[3]) ? (size_t)AS_STR(x->items[3])->len : 0) + 2;
    } else {
        for (TbEntry *t = e->tb; t; t = t->next) {
            n++;
            source_line(t->code->source, kr_code_line(t->code, t->insn), &len);
            strbytes += (size_t)AS_STR(t->code->filename)->len + (size_t)AS_STR(t->code->name)->len +
                        len + 3;
        }
    }
    if (n == 0) {
        return;
    }
    size_t size = n * sizeof(KrFrame) + strbytes;
    char *block = vm->alloc_fn(vm->alloc_ud, NULL, 0, size);
    if (!block) {
        return;
    }
    vm->bytes += size;
    KrFrame *fr = (KrFrame *)block;
    char *sp = block + n * sizeof(KrFrame);
#define PUT(dst, p, l)                                                                             \
    do {                                                                                           \
        memcpy(sp, (p), (l));                                                                      \
        sp[(l)] = '\0';                                                                            \
        (dst) = sp;                                                                                \
        sp += (l) + 1;                                                                             \
    } while (0)
    if (syntax) {
        Tuple *x = AS_TUPLE(e->extra);
        const char *file = IS_STR(x->items[0]) ? AS_STR(x->items[0])->data : "";
        PUT(fr->file, file, strlen(file));
        fr->function = "";
        const char *text = IS_STR(x->items[3]) ? AS_STR(x->items[3])->data : "";
        size_t tl = strlen(text);
        while (tl && (text[tl - 1] == '\n' || text[tl - 1] == '\r')) {
            tl--;
        }
        PUT(fr->source, text, tl);
        fr->line = IS_INT(x->items[1]) ? (int)AS_INT(x->items[1]) : 0;
        fr->col = IS_INT(x->items[2]) ? (int)AS_INT(x->items[2]) - 1 : -1;
        fr->end_line = x->len >= 6 && IS_INT(x->items[4]) ? (int)AS_INT(x->items[4]) : fr->line;
        fr->end_col = x->len >= 6 && IS_INT(x->items[5]) ? (int)AS_INT(x->items[5]) - 1 : -1;
    } else {
        KrFrame *f = fr;
        for (TbEntry *t = e->tb; t; t = t->next, f++) {
            Code *co = t->code;
            int32_t line = kr_code_line(co, t->insn);
            PUT(f->file, AS_STR(co->filename)->data, (size_t)AS_STR(co->filename)->len);
            PUT(f->function, AS_STR(co->name)->data, (size_t)AS_STR(co->name)->len);
            const char *src = source_line(co->source, line, &len);
            PUT(f->source, src, len);
            f->line = line;
            f->col = f->end_col = -1;
            f->end_line = line;
            if (co->lines && t->insn >= 0 && t->insn < co->ninsns) {
                f->col = co->lines[t->insn].col;
                f->end_line = co->lines[t->insn].end_line;
                f->end_col = co->lines[t->insn].end_col;
            }
        }
    }
#undef PUT
    vm->error_frames = block;
    vm->error_frames_size = size;
    vm->nerror_frames = n;
}

size_t kr_error_frames(KrVm *vm, const KrFrame **frames) {
    *frames = (const KrFrame *)vm->error_frames;
    return vm->nerror_frames;
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
        // Which limit (the message) and where (the traceback, as for an exception).
        const char *why = vm->abort_why ? vm->abort_why : "limit exceeded";
        char buf[256];
        snprintf(buf, sizeof buf, "TimeoutError: %s\n", why);
        vm->last_error = exc;
        set_error_frames(vm, exc);
        vm->aborted = false; // let the formatter run (it may call repr)
        Value text = IS_EXCOBJ(exc) ? kr_exc_format(vm, exc) : VAL_EXC;
        vm->aborted = true;
        if (IS_EXC(text)) {
            kr_exc_take(vm);
            set_error_strings(vm, "TimeoutError", why, buf);
        } else {
            set_error_strings(vm, "TimeoutError", why, AS_STR(text)->data);
        }
        return KR_LIMIT;
    }
    vm->last_error = exc;
    set_error_frames(vm, exc);
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
        if (IS_EXC(attr)) {
            kr_exc_take(vm);
        } else if (!IS_UNDEF(attr)) {
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
    bool str_failed = IS_EXC(msg);
    if (str_failed) {
        kr_exc_take(vm);
        msg = vm->empty_str;
    }
    if (IS_TUPLE(e->extra) && AS_TUPLE(e->args)->len >= 1 && IS_STR(AS_TUPLE(e->args)->items[0])) {
        msg = AS_TUPLE(e->args)->items[0];
    }
    Value text = kr_exc_format(vm, exc);
    if (IS_EXC(text)) {
        kr_exc_take(vm);
        // The traceback could not be formatted (out of memory): the last line alone, as
        // CPython's print_exception writes it.
        char buf[512];
        const char *m = AS_STR(msg)->data;
        if (str_failed) {
            snprintf(buf, sizeof buf, "%s: <exception str() failed>\n", tname);
        } else if (*m) {
            snprintf(buf, sizeof buf, "%s: %s\n", tname, m);
        } else {
            snprintf(buf, sizeof buf, "%s\n", tname);
        }
        set_error_strings(vm, tname, m, buf);
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
    if (vm->breaker & BREAK_GC) {
        kr_gc_collect(vm); // between runs: nothing is running, only the VM's roots are live
    }
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
