// SPDX-License-Identifier: MIT
// interp/debug.c: disassembler for Code objects (`krait --dis file.py`).
#include <stdio.h>

#include "compiler.h"
#include "state.h"
#include "symtable.h"

typedef enum { K_NONE, K_CONST, K_NAME, K_LOCAL, K_JUMP, K_COUNT, K_OTHER } OperandKind;

static const char *const opnames[] = {
#define OP(name, effect, kind) #name,
#include "opcodes.def"
#undef OP
};

static const uint8_t opkinds[] = {
#define OP(name, effect, kind) K_##kind,
#include "opcodes.def"
#undef OP
};

// repr of [v] truncated for display; never leaves an exception pending.
static void print_value(KrVm *vm, Value v) {
    if (IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_code) {
        Code *co = (Code *)AS_OBJ(v);
        printf("<code object %s, line %d>", AS_STR(co->name)->data, (int)co->firstlineno);
        return;
    }
    Value r = kr_repr(vm, v);
    if (IS_EXC(r)) {
        (void)kr_exc_take(vm);
        printf("<repr failed>");
        return;
    }
    Str *s = AS_STR(r);
    if (s->len > 60) {
        printf("%.57s...", s->data);
    } else {
        printf("%s", s->data);
    }
}

static const char *tuple_str(Value t, uint32_t i) {
    if (!IS_TUPLE(t) || (int64_t)i >= AS_TUPLE(t)->len) {
        return "?";
    }
    return AS_STR(AS_TUPLE(t)->items[i])->data;
}

static const char *const binop_names[] = {"+", "-", "*", "/", "//", "%", "**", "<<",
                                          ">>", "&", "|", "^", "@"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static void dump_one(KrVm *vm, Code *co) {
    printf("Disassembly of <code object %s, file \"%s\", line %d> (qualname %s)\n",
           AS_STR(co->name)->data, AS_STR(co->filename)->data, (int)co->firstlineno,
           AS_STR(co->qualname)->data);
    printf("  argcount=%d posonly=%d kwonly=%d nlocalsplus=%d ncells=%d nfree=%d flags=0x%x "
           "stacksize=%d\n",
           (int)co->argcount, (int)co->posonlyargcount, (int)co->kwonlyargcount,
           (int)co->nlocalsplus, (int)co->ncellvars, (int)co->nfreevars, (unsigned)co->flags,
           (int)co->stacksize);
    int32_t prevline = -2;
    for (int32_t i = 0; i < co->ninsns; i++) {
        uint32_t w = co->insns[i];
        uint32_t op = w & 0xff, arg = w >> 8;
        int32_t line = co->lines[i].line;
        if (line != prevline) {
            printf("%5d ", (int)line);
            prevline = line;
        } else {
            printf("      ");
        }
        bool target = false;
        for (int32_t j = 0; j < co->ninsns && !target; j++) {
            uint32_t wj = co->insns[j];
            target = opkinds[(wj & 0xff) < OP_COUNT ? (wj & 0xff) : 0] == K_JUMP && (wj >> 8) == (uint32_t)i;
        }
        for (int32_t j = 0; j < co->nexctab && !target; j++) {
            target = co->exctab[j].target == i;
        }
        printf("%s%5d %-22s", target ? ">>" : "  ", (int)i, op < OP_COUNT ? opnames[op] : "???");
        if (op >= OP_COUNT) {
            printf(" %u\n", arg);
            continue;
        }
        switch (opkinds[op]) {
        case K_NONE:
            break;
        case K_CONST:
            printf(" %u (", arg);
            if (IS_TUPLE(co->consts) && arg < AS_TUPLE(co->consts)->len) {
                print_value(vm, AS_TUPLE(co->consts)->items[arg]);
            }
            printf(")");
            break;
        case K_NAME:
            printf(" %u (%s)", arg, tuple_str(co->names, arg));
            break;
        case K_LOCAL:
            printf(" %u (%s)", arg, tuple_str(co->localnames, arg));
            break;
        case K_JUMP:
            printf(" to %u", arg);
            break;
        default:
            printf(" %u", arg);
            if (op == OP_BINARY_OP) {
                uint32_t b = arg & 15;
                printf(" (%s%s)", b < 13 ? binop_names[b] : "?", (arg & 16) ? "=" : "");
            } else if (op == OP_COMPARE_OP && arg < 6) {
                printf(" (%s)", cmp_names[arg]);
            }
            break;
        }
        printf("\n");
    }
    if (co->nexctab) {
        printf("ExceptionTable:\n");
        for (int32_t j = 0; j < co->nexctab; j++) {
            ExcEntry *e = &co->exctab[j];
            printf("  %d to %d -> %d [%d]%s\n", (int)e->start, (int)e->end, (int)e->target,
                   (int)e->depth, e->lasti ? " lasti" : "");
        }
    }
    printf("\n");
}

void kr_code_dump(KrVm *vm, Code *code) {
    dump_one(vm, code);
    if (!IS_TUPLE(code->consts)) {
        return;
    }
    Tuple *t = AS_TUPLE(code->consts);
    for (int64_t i = 0; i < t->len; i++) {
        Value v = t->items[i];
        if (IS_OBJ(v) && AS_OBJ(v)->type == &kr_type_code) {
            kr_code_dump(vm, (Code *)AS_OBJ(v));
        }
    }
}
