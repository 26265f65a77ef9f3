// SPDX-License-Identifier: MIT
// stdlib/re_engine.h: the regular expression engine shared by stdlib/re.c (the module),
// stdlib/re_compile.c (pattern syntax -> program) and stdlib/re_match.c (backtracking matcher).
//
// Patterns and subjects are sequences of code points (a str's characters, or a bytes object's
// byte values), so the engine serves str and bytes patterns alike. Positions are code point
// indices, as Python's re reports them.
#ifndef KR_RE_ENGINE_H
#define KR_RE_ENGINE_H

#include "module.h"

// Flags: the values of CPython's re flags.
#define RE_TEMPLATE 1
#define RE_IGNORECASE 2
#define RE_LOCALE 4
#define RE_MULTILINE 8
#define RE_DOTALL 16
#define RE_UNICODE 32
#define RE_VERBOSE 64
#define RE_DEBUG 128
#define RE_ASCII 256

// Program instructions (int32 words; operands follow the opcode; targets are absolute).
enum {
    RI_CHAR,       // c: one code point equal to c
    RI_CHAR_I,     // c: one code point whose case fold is c
    RI_NOTCHAR,    // c
    RI_NOTCHAR_I,  // c
    RI_ANY,        // any but \n
    RI_ANYALL,     // any
    RI_SET,        // set index
    RI_AT,         // kind (RA_*)
    RI_SAVE,       // slot
    RI_SPLIT,      // x y: try x, then y
    RI_JMP,        // x
    RI_REPSIMPLE,  // min max mode: next instruction is a one-character matcher (2 words)
    RI_REPINIT,    // r
    RI_REPLOOP,    // r min max mode exit
    RI_REPBODY,    // r
    RI_REPEND,     // r loop
    RI_LOOK,       // kind width end: kind bit0 = negative, bit1 = behind; body then RI_LOOKEND
    RI_LOOKEND,    //
    RI_ATOMIC,     // end: body then RI_ATOMICEND
    RI_ATOMICEND,  //
    RI_BACKREF,    // group icase
    RI_COND,       // group no
    RI_MATCH,      //
};

// RI_AT kinds.
enum { RA_BEGIN, RA_BEGIN_LINE, RA_END, RA_END_LINE, RA_BEGIN_STRING, RA_END_STRING,
       RA_BOUNDARY, RA_NON_BOUNDARY, RA_UNI_BOUNDARY, RA_UNI_NON_BOUNDARY };

// Repeat modes.
enum { RM_GREEDY, RM_LAZY, RM_POSSESSIVE };

// Set categories (bits).
#define RC_DIGIT 1u
#define RC_NOT_DIGIT 2u
#define RC_SPACE 4u
#define RC_NOT_SPACE 8u
#define RC_WORD 16u
#define RC_NOT_WORD 32u

typedef struct ReSet {
    uint32_t *ranges; // lo, hi pairs
    int32_t nranges;
    uint16_t cats;  // RC_* bits
    bool negate;
    bool icase;     // also test the character's case variants
    bool ascii;     // categories are ASCII-only
} ReSet;

#define RE_MAXREPEAT 0xFFFFFFFFu

typedef struct ReProg {
    int32_t *code;
    size_t ncode, code_cap;
    ReSet *sets;
    size_t nsets, sets_cap;
    int32_t ngroups;  // capturing groups (group 0 excluded)
    int32_t nregs;    // repeat registers
    int64_t flags;    // final flags (inline flags included, UNICODE added for str)
    bool bytes;       // compiled from a bytes pattern
    // Group names: names[i] is the name of group i+1 (UTF-8 Str Value) or VAL_UNDEF; kept in
    // the Pattern object, not here.
} ReProg;

// A subject being matched: either 8-bit units (bytes, or an ASCII str) or decoded code points.
typedef struct ReSubject {
    const uint8_t *s8;
    uint32_t *s32;     // owned (kr_mem) when non-NULL
    size_t s32_bytes;
    int64_t n;
    int64_t cur_i, cur_off; // a known (code point index, UTF-8 byte offset) pair (str only)
} ReSubject;

static inline uint32_t re_ch(const ReSubject *s, int64_t i) {
    return s->s8 ? s->s8[i] : s->s32[i];
}

// Compile [pattern] (str or bytes) with [flags]. On success returns the program and stores
// the group names dict (name -> index) in *groupindex and a tuple of names by group (None for
// unnamed) in *indexgroup. Raises re.error (through kr_re_error), OverflowError, ValueError,
// RecursionError, MemoryError.
ReProg *kr_re_compile(KrVm *vm, Value pattern, int64_t flags, Value *groupindex,
                      Value *indexgroup);
void kr_re_prog_free(KrVm *vm, ReProg *p);

// Raise re.error(msg, pattern, pos) (pos < 0: None). Returns VAL_EXC. Defined in re.c.
Value kr_re_error(KrVm *vm, Value msg, Value pattern, int64_t pos);

// Prepare [v] (str or bytes) as a subject. -1 + MemoryError.
MUST_CHECK int kr_re_subject_init(KrVm *vm, ReSubject *s, Value v);
void kr_re_subject_free(KrVm *vm, ReSubject *s);
// UTF-8 byte offset of code point [i] of a str subject (moves the cursor). Never fails.
int64_t kr_re_subject_offset(ReSubject *s, int64_t i);

// Match state: [slots] holds 2 * (ngroups + 1) positions (-1: unset).
typedef struct ReMatch {
    int32_t *slots;
    int32_t lastindex; // -1: none
} ReMatch;

// Search [prog] over [s] in [pos, endpos). [mode]: 0 search, 1 match (anchored at pos),
// 2 fullmatch. [must_advance]: an empty match at [pos] is not allowed (finditer/sub/split after
// an empty match). Returns 1 (match, slots filled), 0 (no match) or -1 (exception set, or a
// limit stopped the run).
MUST_CHECK int kr_re_exec(KrVm *vm, const ReProg *prog, const ReSubject *s, int64_t pos,
                          int64_t endpos, int mode, bool must_advance, ReMatch *m);

// Case folding used by IGNORECASE (simple mappings).
uint32_t kr_re_lower(uint32_t c, bool ascii);
uint32_t kr_re_upper(uint32_t c, bool ascii);
uint32_t kr_re_fold(uint32_t c, bool ascii);
bool kr_re_isword(uint32_t c, bool ascii);
bool kr_re_set_has(const ReSet *set, uint32_t c);

#endif
