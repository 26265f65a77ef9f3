// SPDX-License-Identifier: MIT
// stdlib/re_match.c: the backtracking matcher for programs built by re_compile.c.
//
// One loop interprets the program; every choice point and every undo record lives on a
// heap-allocated backtrack stack (kr_mem, so it counts against the memory limit), never on the
// C stack, so neither the subject length nor the pattern nesting can overflow C recursion.
// Work is charged to the time/step budget with kr_tick, so catastrophic patterns such as
// (a*)*b stop at the run's time limit.
//
// Lookarounds and atomic groups push a barrier entry; when their body succeeds the entries
// above the barrier are cut (choice points dropped, undo records kept so that backtracking past
// the construct still restores the captures it set).
#include "re_engine.h"

enum { BT_BRANCH, BT_SLOT, BT_REG, BT_LASTINDEX, BT_REPS, BT_REPL, BT_BARRIER };

typedef struct Bt {
    int32_t kind;
    int32_t a, b, c;
    int32_t bar;
} Bt;

typedef struct Ctx {
    KrVm *vm;
    const ReProg *prog;
    const ReSubject *s;
    int64_t end;
    Bt *stack;
    size_t top, cap;
    int32_t *slots;
    int32_t nslots;
    int32_t *regs;
    int32_t lastindex;
    uint64_t steps;
} Ctx;

static int push(Ctx *X, int32_t kind, int32_t a, int32_t b, int32_t c, int32_t bar) {
    if (X->top == X->cap) {
        size_t ncap = X->cap ? X->cap * 2 : 256;
        size_t nbytes;
        if (!kr_mul_ok(ncap, sizeof(Bt), &nbytes)) {
            kr_raise_nomem(X->vm);
            return -1;
        }
        Bt *ns = kr_mem_realloc(X->vm, X->stack, X->cap * sizeof(Bt), nbytes);
        if (!ns) {
            return -1;
        }
        X->stack = ns;
        X->cap = ncap;
    }
    Bt *e = &X->stack[X->top++];
    e->kind = kind;
    e->a = a;
    e->b = b;
    e->c = c;
    e->bar = bar;
    return 0;
}

static inline uint32_t CH(const Ctx *X, int64_t i) { return re_ch(X->s, i); }

// One-character matcher at code[pc] against c.
static inline bool unit_match(const Ctx *X, const int32_t *code, uint32_t c) {
    switch (code[0]) {
    case RI_CHAR:
        return c == (uint32_t)code[1];
    case RI_CHAR_I:
        return c == (uint32_t)code[1] || kr_re_fold(c, code[2] != 0) == (uint32_t)code[1];
    case RI_NOTCHAR:
        return c != (uint32_t)code[1];
    case RI_NOTCHAR_I:
        return c != (uint32_t)code[1] && kr_re_fold(c, code[2] != 0) != (uint32_t)code[1];
    case RI_ANY:
        return c != '\n';
    case RI_ANYALL:
        return true;
    default: // RI_SET
        return kr_re_set_has(&X->prog->sets[code[1]], c);
    }
}

static bool is_word_at(const Ctx *X, int64_t i, bool ascii) {
    return i >= 0 && i < X->end && kr_re_isword(CH(X, i), ascii);
}

static bool at_match(const Ctx *X, int kind, int64_t sp) {
    int64_t end = X->end;
    switch (kind) {
    case RA_BEGIN:
    case RA_BEGIN_STRING:
        return sp == 0;
    case RA_BEGIN_LINE:
        return sp == 0 || CH(X, sp - 1) == '\n';
    case RA_END:
        return sp == end || (sp + 1 == end && CH(X, sp) == '\n');
    case RA_END_LINE:
        return sp == end || CH(X, sp) == '\n';
    case RA_END_STRING:
        return sp == end;
    case RA_BOUNDARY:
    case RA_UNI_BOUNDARY: {
        if (end == 0) {
            return false;
        }
        bool a = kind == RA_BOUNDARY;
        return is_word_at(X, sp - 1, a) != is_word_at(X, sp, a);
    }
    default: { // non-boundary
        if (end == 0) {
            return false;
        }
        bool a = kind == RA_NON_BOUNDARY;
        return is_word_at(X, sp - 1, a) == is_word_at(X, sp, a);
    }
    }
}

// Drop the choice points above the barrier at [k] and the barrier itself, keeping undo records.
static void cut(Ctx *X, size_t k) {
    size_t w = k;
    for (size_t r = k + 1; r < X->top; r++) {
        int kind = X->stack[r].kind;
        if (kind == BT_SLOT || kind == BT_REG || kind == BT_LASTINDEX) {
            X->stack[w++] = X->stack[r];
        }
    }
    X->top = w;
}

static void undo(Ctx *X, const Bt *e) {
    switch (e->kind) {
    case BT_SLOT:
        X->slots[e->a] = e->b;
        break;
    case BT_REG:
        X->regs[e->a] = e->b;
        break;
    case BT_LASTINDEX:
        X->lastindex = e->b;
        break;
    default:
        break;
    }
}

#define TICK_EVERY 4096

// Try to match at [start]. 1 match, 0 none, -1 error.
static int run(Ctx *X, int64_t start, int mode, bool must_advance) {
    const int32_t *code = X->prog->code;
    int64_t end = X->end;
    int64_t sp = start;
    int32_t pc = 0;
    int32_t bar = -1;
    X->top = 0;
    for (int32_t i = 0; i < X->nslots; i++) {
        X->slots[i] = -1;
    }
    X->lastindex = -1;
    for (;;) {
        if (UNLIKELY((++X->steps & (TICK_EVERY - 1)) == 0) && kr_tick(X->vm, TICK_EVERY) < 0) {
            return -1;
        }
        const int32_t *in = code + pc;
        switch (in[0]) {
        case RI_CHAR:
        case RI_CHAR_I:
        case RI_NOTCHAR:
        case RI_NOTCHAR_I:
        case RI_ANY:
        case RI_ANYALL:
        case RI_SET:
            if (sp < end && unit_match(X, in, CH(X, sp))) {
                sp++;
                pc += 3;
                continue;
            }
            goto fail;
        case RI_AT:
            if (at_match(X, in[1], sp)) {
                pc += 2;
                continue;
            }
            goto fail;
        case RI_SAVE: {
            int32_t slot = in[1];
            if (push(X, BT_SLOT, slot, X->slots[slot], 0, 0) < 0) {
                return -1;
            }
            X->slots[slot] = (int32_t)sp;
            if (slot & 1) {
                if (push(X, BT_LASTINDEX, 0, X->lastindex, 0, 0) < 0) {
                    return -1;
                }
                X->lastindex = slot / 2;
            }
            pc += 2;
            continue;
        }
        case RI_SPLIT:
            if (push(X, BT_BRANCH, in[2], (int32_t)sp, 0, bar) < 0) {
                return -1;
            }
            pc = in[1];
            continue;
        case RI_JMP:
            pc = in[1];
            continue;
        case RI_REPSIMPLE: {
            uint32_t min = (uint32_t)in[1], max = (uint32_t)in[2];
            int rmode = in[3];
            const int32_t *unit = in + 4;
            int64_t lim = end - sp;
            if ((uint64_t)lim > max) {
                lim = max;
            }
            if ((int64_t)min > lim) {
                goto fail;
            }
            int64_t want = rmode == RM_LAZY ? (int64_t)min : lim;
            int64_t k = 0;
            while (k < want && unit_match(X, unit, CH(X, sp + k))) {
                k++;
            }
            X->steps += (uint64_t)k;
            if (k >= TICK_EVERY && kr_tick(X->vm, k) < 0) {
                return -1;
            }
            if (k < (int64_t)min) {
                goto fail;
            }
            if (rmode == RM_GREEDY && k > (int64_t)min) {
                if (push(X, BT_REPS, pc, (int32_t)(sp + k), (int32_t)(sp + min), bar) < 0) {
                    return -1;
                }
            } else if (rmode == RM_LAZY && k < lim) {
                if (push(X, BT_REPL, pc, (int32_t)(sp + k), (int32_t)(sp + lim), bar) < 0) {
                    return -1;
                }
            }
            sp += k;
            pc += 7;
            continue;
        }
        case RI_REPINIT: {
            int32_t r = in[1];
            if (push(X, BT_REG, 2 * r, X->regs[2 * r], 0, 0) < 0 ||
                push(X, BT_REG, 2 * r + 1, X->regs[2 * r + 1], 0, 0) < 0) {
                return -1;
            }
            X->regs[2 * r] = 0;
            X->regs[2 * r + 1] = -1;
            pc += 2;
            continue;
        }
        case RI_REPLOOP: {
            int32_t r = in[1];
            uint32_t min = (uint32_t)in[2], max = (uint32_t)in[3];
            uint32_t c = (uint32_t)X->regs[2 * r];
            if (c < min) {
                pc += 6;
                continue;
            }
            if ((max != RE_MAXREPEAT && c >= max) || sp == X->regs[2 * r + 1]) {
                pc = in[5];
                continue;
            }
            if (in[4] == RM_GREEDY) {
                if (push(X, BT_BRANCH, in[5], (int32_t)sp, 0, bar) < 0) {
                    return -1;
                }
                pc += 6;
            } else {
                if (push(X, BT_BRANCH, pc + 6, (int32_t)sp, 0, bar) < 0) {
                    return -1;
                }
                pc = in[5];
            }
            continue;
        }
        case RI_REPBODY: {
            int32_t r = in[1];
            if (push(X, BT_REG, 2 * r + 1, X->regs[2 * r + 1], 0, 0) < 0) {
                return -1;
            }
            X->regs[2 * r + 1] = (int32_t)sp;
            pc += 2;
            continue;
        }
        case RI_REPEND: {
            int32_t r = in[1];
            if (push(X, BT_REG, 2 * r, X->regs[2 * r], 0, 0) < 0) {
                return -1;
            }
            X->regs[2 * r]++;
            pc = in[2];
            continue;
        }
        case RI_LOOK: {
            int kind = in[1];
            int64_t nsp = sp;
            if (kind & 2) {
                if (sp < in[2]) {
                    if (kind & 1) {
                        pc = in[3]; // negative lookbehind: nothing there, it holds
                        continue;
                    }
                    goto fail;
                }
                nsp = sp - in[2];
            }
            if (push(X, BT_BARRIER, kind, (int32_t)sp, in[3], bar) < 0) {
                return -1;
            }
            bar = (int32_t)(X->top - 1);
            sp = nsp;
            pc += 4;
            continue;
        }
        case RI_LOOKEND: {
            Bt e = X->stack[bar];
            if (e.a & 1) {
                // The negative assertion's body matched: undo it and fail.
                while (X->top > (size_t)bar + 1) {
                    undo(X, &X->stack[--X->top]);
                }
                X->top = (size_t)bar;
                bar = e.bar;
                goto fail;
            }
            cut(X, (size_t)bar);
            bar = e.bar;
            sp = e.b;
            pc = e.c;
            continue;
        }
        case RI_ATOMIC:
            if (push(X, BT_BARRIER, 4, (int32_t)sp, in[1], bar) < 0) {
                return -1;
            }
            bar = (int32_t)(X->top - 1);
            pc += 2;
            continue;
        case RI_ATOMICEND: {
            Bt e = X->stack[bar];
            cut(X, (size_t)bar);
            bar = e.bar;
            pc += 1;
            continue;
        }
        case RI_BACKREF: {
            int32_t g = in[1];
            int32_t a = X->slots[2 * g], b = X->slots[2 * g + 1];
            if (a < 0 || b < 0) {
                goto fail;
            }
            int64_t len = b - a;
            if (len > end - sp) {
                goto fail;
            }
            bool icase = in[2] & 1, ascii = (in[2] & 2) != 0;
            for (int64_t k = 0; k < len; k++) {
                uint32_t x = CH(X, a + k), y = CH(X, sp + k);
                if (x != y && (!icase || kr_re_fold(x, ascii) != kr_re_fold(y, ascii))) {
                    goto fail;
                }
            }
            X->steps += (uint64_t)len;
            sp += len;
            pc += 3;
            continue;
        }
        case RI_COND: {
            int32_t g = in[1];
            if (g <= X->prog->ngroups && X->slots[2 * g] >= 0 && X->slots[2 * g + 1] >= 0) {
                pc += 3;
            } else {
                pc = in[2];
            }
            continue;
        }
        case RI_MATCH:
            if ((mode == 2 && sp != end) || (must_advance && sp == start)) {
                goto fail;
            }
            X->slots[0] = (int32_t)start;
            X->slots[1] = (int32_t)sp;
            return 1;
        default:
            goto fail;
        }
    fail:
        for (;;) {
            if (X->top == 0) {
                return 0;
            }
            Bt *e = &X->stack[X->top - 1];
            switch (e->kind) {
            case BT_BRANCH:
                pc = e->a;
                sp = e->b;
                bar = e->bar;
                X->top--;
                goto resume;
            case BT_REPS: {
                // Greedy single-character repeat: give back one character.
                int64_t nsp = (int64_t)e->b - 1;
                const int32_t *next = code + e->a + 7;
                if (next[0] == RI_CHAR) {
                    // Only positions where the next literal can match are worth trying.
                    while (nsp >= e->c && (nsp >= end || CH(X, nsp) != (uint32_t)next[1])) {
                        nsp--;
                    }
                    X->steps += (uint64_t)(e->b - 1 - nsp);
                }
                if (nsp < e->c) {
                    X->top--;
                    continue;
                }
                pc = e->a + 7;
                bar = e->bar;
                sp = nsp;
                if (nsp == e->c) {
                    X->top--;
                } else {
                    e->b = (int32_t)nsp;
                }
                goto resume;
            }
            case BT_REPL: {
                // Lazy single-character repeat: take one more character.
                int64_t p = e->b;
                if (p < e->c && p < end && unit_match(X, code + e->a + 4, CH(X, p))) {
                    pc = e->a + 7;
                    bar = e->bar;
                    sp = p + 1;
                    if (sp >= e->c) {
                        X->top--;
                    } else {
                        e->b = (int32_t)sp;
                    }
                    goto resume;
                }
                X->top--;
                continue;
            }
            case BT_BARRIER: {
                Bt b = *e;
                X->top--;
                bar = b.bar;
                if (b.a != 4 && (b.a & 1)) {
                    // The negative assertion's body failed: the assertion holds.
                    sp = b.b;
                    pc = b.c;
                    goto resume;
                }
                continue;
            }
            default:
                undo(X, e);
                X->top--;
                continue;
            }
        }
    resume:;
    }
}

int kr_re_exec(KrVm *vm, const ReProg *prog, const ReSubject *s, int64_t pos, int64_t endpos,
               int mode, bool must_advance, ReMatch *m) {
    Ctx X;
    memset(&X, 0, sizeof X);
    X.vm = vm;
    X.prog = prog;
    X.s = s;
    X.end = endpos;
    X.slots = m->slots;
    X.nslots = 2 * (prog->ngroups + 1);
    int rc = 0;
    size_t rbytes = (size_t)(prog->nregs ? prog->nregs : 1) * 2 * sizeof(int32_t);
    X.regs = kr_mem_alloc(vm, rbytes);
    if (!X.regs) {
        return -1;
    }
    memset(X.regs, 0, rbytes);
    // A literal first character (after group starts) lets the search skip positions.
    const int32_t *code = prog->code;
    int32_t pc0 = 0;
    while (code[pc0] == RI_SAVE) {
        pc0 += 2;
    }
    bool lit_first = code[pc0] == RI_CHAR;
    bool anchored = code[pc0] == RI_AT && code[pc0 + 1] == RA_BEGIN_STRING;
    anchored = anchored || (code[pc0] == RI_AT && code[pc0 + 1] == RA_BEGIN);
    uint32_t lit = lit_first ? (uint32_t)code[pc0 + 1] : 0;
    for (int64_t start = pos; start <= endpos; start++) {
        if (mode == 0) {
            if (anchored && start > 0) {
                break;
            }
            if (lit_first) {
                int64_t k = start;
                while (k < endpos && re_ch(s, k) != lit) {
                    k++;
                }
                X.steps += (uint64_t)(k - start);
                if (k >= endpos) {
                    break;
                }
                if (k != start) {
                    must_advance = false;
                }
                start = k;
            }
        }
        rc = run(&X, start, mode, must_advance && start == pos);
        if (rc != 0 || mode != 0) {
            break;
        }
        X.steps++;
    }
    if (rc == 1) {
        m->lastindex = X.lastindex;
    }
    if (rc >= 0 && kr_tick(vm, (int64_t)(X.steps & (TICK_EVERY - 1))) < 0) {
        rc = -1;
    }
    kr_mem_free(vm, X.regs, rbytes);
    kr_mem_free(vm, X.stack, X.cap * sizeof(Bt));
    return rc;
}

int kr_re_subject_init(KrVm *vm, ReSubject *s, Value v) {
    memset(s, 0, sizeof *s);
    if (IS_BYTES(v)) {
        s->s8 = AS_BYTES(v)->data;
        s->n = AS_BYTES(v)->len;
        return 0;
    }
    Str *str = AS_STR(v);
    s->n = str->nchars;
    if (s->n > INT32_MAX - 2) {
        kr_raise(vm, EXC_OverflowError, "string is too long for krait's re");
        return -1;
    }
    if (str->len == str->nchars) {
        s->s8 = (const uint8_t *)str->data;
        return 0;
    }
    size_t bytes;
    if (!kr_mul_ok((size_t)s->n + 1, sizeof(uint32_t), &bytes)) {
        kr_raise_nomem(vm);
        return -1;
    }
    s->s32 = kr_mem_alloc(vm, bytes);
    if (!s->s32) {
        return -1;
    }
    s->s32_bytes = bytes;
    size_t off = 0;
    for (int64_t i = 0; i < s->n; i++) {
        size_t adv;
        s->s32[i] = kr_utf8_decode(str->data + off, &adv);
        off += adv;
    }
    return kr_tick(vm, s->n / 8);
}

void kr_re_subject_free(KrVm *vm, ReSubject *s) {
    if (s->s32) {
        kr_mem_free(vm, s->s32, s->s32_bytes);
        s->s32 = NULL;
    }
}

static int utf8_len(uint32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

int64_t kr_re_subject_offset(ReSubject *s, int64_t i) {
    if (!s->s32) {
        return i;
    }
    if (i < s->cur_i / 2) {
        s->cur_i = 0;
        s->cur_off = 0;
    }
    while (s->cur_i < i) {
        s->cur_off += utf8_len(s->s32[s->cur_i++]);
    }
    while (s->cur_i > i) {
        s->cur_off -= utf8_len(s->s32[--s->cur_i]);
    }
    return s->cur_off;
}
