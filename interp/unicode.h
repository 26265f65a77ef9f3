// SPDX-License-Identifier: MIT
// interp/unicode.h: Unicode character classification and full case mapping (CPython 3.11's
// Unicode 14.0 database), plus helpers shared by obj_str.c and obj_bytes.c.
#ifndef KR_UNICODE_H
#define KR_UNICODE_H

#include "common.h"

#define UNI_ALPHA 0x01u
#define UNI_DECIMAL 0x02u
#define UNI_DIGIT 0x04u
#define UNI_LOWER 0x08u
#define UNI_LINEBREAK 0x10u
#define UNI_SPACE 0x20u
#define UNI_TITLE 0x40u
#define UNI_UPPER 0x80u
#define UNI_XID_START 0x100u
#define UNI_XID_CONTINUE 0x200u
#define UNI_PRINTABLE 0x400u
#define UNI_NUMERIC 0x800u
#define UNI_CASE_IGNORABLE 0x1000u
#define UNI_CASED 0x2000u

// Property bits (UNI_*) of code point [cp]; 0 for values past U+10FFFF. Never fails.
unsigned kr_uni_flags(uint32_t cp);
static inline bool kr_uni_has(uint32_t cp, unsigned f) { return (kr_uni_flags(cp) & f) != 0; }
static inline bool kr_uni_isspace(uint32_t cp) {
    return cp < 128 ? (cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31))
                    : kr_uni_has(cp, UNI_SPACE);
}
static inline bool kr_uni_isalnum(uint32_t cp) {
    return kr_uni_has(cp, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
}
// Decimal / digit value of [cp] (str.isdecimal / isdigit characters), or -1.
int kr_uni_decimal(uint32_t cp);
int kr_uni_digit(uint32_t cp);
// Full case mappings (SpecialCasing included): write 1..3 code points to [out] and return the
// count. Lowercasing of U+03A3 (final sigma) depends on context and is done by the caller.
int kr_uni_upper(uint32_t cp, uint32_t out[3]);
int kr_uni_lower(uint32_t cp, uint32_t out[3]);
int kr_uni_title(uint32_t cp, uint32_t out[3]);
int kr_uni_fold(uint32_t cp, uint32_t out[3]);

// ----- Helpers shared by obj_str.c and obj_bytes.c (implemented in obj_str.c) -----
#include "value.h"
typedef struct KrVm KrVm;
// A str (UTF-8; [ascii] when nchars == len) or bytes ([bytes]) viewed as a byte range.
// [self] is the object itself (returned when a result equals it) or VAL_UNDEF.
typedef struct KrSeq {
    const char *p;
    int64_t len;
    bool bytes;
    bool ascii;
    Value self;
} KrSeq;
// New str or bytes holding bytes [from, to) of [q]. Raises MemoryError.
Value kr_str_gsub(KrVm *vm, const KrSeq *q, int64_t from, int64_t to);
// split/rsplit: [sep] NULL splits on whitespace. Returns a list. Raises.
Value kr_str_gsplit(KrVm *vm, const KrSeq *q, const char *sep, int64_t seplen, int64_t maxsplit,
                    bool right);
Value kr_str_gsplitlines(KrVm *vm, const KrSeq *q, bool keepends);
// strip: [chars] NULL strips whitespace; [how] 1 left, 2 right, 3 both.
Value kr_str_gstrip(KrVm *vm, const KrSeq *q, const char *chars, int64_t clen, int how);
Value kr_str_greplace(KrVm *vm, const KrSeq *q, const char *old, int64_t oldlen, const char *new_,
                      int64_t newlen, int64_t count);
Value kr_str_gpartition(KrVm *vm, const KrSeq *q, const char *sep, int64_t seplen, bool right);
// Pad with [left]/[right] copies of the [flen]-byte fill character.
Value kr_str_gpad(KrVm *vm, const KrSeq *q, int64_t left, int64_t right, const char *fill,
                  int64_t flen);
Value kr_str_gexpandtabs(KrVm *vm, const KrSeq *q, int64_t tabsize);
Value kr_str_gzfill(KrVm *vm, const KrSeq *q, int64_t nchars, int64_t width);
// str.encode of the str [s]; [encoding]/[errors] may be NULL (utf-8, strict).
Value kr_str_encode(KrVm *vm, Value s, const char *encoding, const char *errors);
// memmem-style search of [n] in [h] from the left / right; -1 if absent. Never fails.
int64_t kr_str_bfind(const char *h, int64_t hlen, const char *n, int64_t nlen);
int64_t kr_str_brfind(const char *h, int64_t hlen, const char *n, int64_t nlen);
// Non-overlapping occurrences of [n] in [h] (at most [max]; max < 0: no limit).
int64_t kr_str_bcount(const char *h, int64_t hlen, const char *n, int64_t nlen, int64_t max);

#endif
