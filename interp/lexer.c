// SPDX-License-Identifier: MIT
// interp/lexer.c: Python 3.11 tokenizer, following CPython's Parser/tokenizer.c.
//
// Errors carry a 1-based line and a 0-based *byte* column; kr_parse converts columns to
// CPython's 1-based character offsets once at the end.
#include <stdio.h>

#include <stddef.h>

#include "lexer.h"

static const char *const kwnames[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
};

const char *kr_lexer_kwname(int t) {
    if (t >= T_KW_FIRST && t < T_COUNT) {
        return kwnames[t - T_KW_FIRST];
    }
    return NULL;
}

void kr_lexer_error(const char *src, size_t len, ParseError *err, ExcId kind, int32_t line,
                    int32_t col, int32_t end_line, int32_t end_col, const char *fmt, ...) {
    KR_UNUSED(src);
    KR_UNUSED(len);
    err->kind = kind;
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

void kr_lexer_init(Lexer *lx, const char *src, size_t len, ParseError *err) {
    // Only the header is cleared: the stacks are written before they are read (indstack[0] and
    // altstack[0] are the base level), which keeps starting a small parse cheap.
    memset(lx, 0, offsetof(Lexer, indstack));
    lx->indstack[0] = lx->altstack[0] = 0;
    lx->pending = lx->level = 0;
    lx->atbol = lx->cont = lx->done = lx->eof_nl = lx->failed = false;
    lx->src = lx->p = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->atbol = true;
    lx->prev_nl = true;
    lx->err = err;
}

#define LEX_ERR(lx, kind, l, c, ...)                                                               \
    (kr_lexer_error((lx)->src, 0, (lx)->err, kind, l, c, -1, -1, __VA_ARGS__), (lx)->failed = true)

static int32_t curcol(Lexer *lx, const char *p) { return (int32_t)(p - lx->line_start); }

static void newline_at(Lexer *lx, const char *after) {
    lx->line++;
    lx->line_start = after;
}

static bool is_id_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_id_char(unsigned char c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

// Non-ASCII code points that are certainly not identifier characters (no Unicode database:
// punctuation, symbols, spaces and emoji blocks). Anything else non-ASCII is accepted.
static bool bad_id_cp(uint32_t c, bool *printable) {
    *printable = true;
    if (c == 0xFEFF || (c >= 0x80 && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200F) ||
        (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000) {
        *printable = false;
        return true;
    }
    return (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 ||
           c == 0xF7 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
           (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x23FF) ||
           (c >= 0x2500 && c <= 0x27BF) || (c >= 0x2E00 && c <= 0x2E7F) ||
           (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
           (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0x1F000 && c <= 0x1FAFF);
}

static uint32_t dec_utf8(const char *p, int *n) {
    unsigned char c = (unsigned char)p[0];
    if (c < 0xE0) {
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *n = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

// Classes and operator types for kr_lexer_next_inline (lexer.h).
#define HI (KR_LC_NAMEX | KR_LC_NUMX)
const uint8_t kr_lexer_cls[256] = {
    ['\t'] = KR_LC_SPACE, ['\f'] = KR_LC_SPACE, [' '] = KR_LC_SPACE, ['"'] = KR_LC_NAMEX,
    ['\''] = KR_LC_NAMEX, ['*'] = KR_LC_OP2, ['.'] = KR_LC_NUMX, ['/'] = KR_LC_OP2,
    ['0'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX, ['1'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX,
    ['2'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX, ['3'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX,
    ['4'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX, ['5'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX,
    ['6'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX, ['7'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX,
    ['8'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX, ['9'] = KR_LC_ID | KR_LC_DIGIT | KR_LC_NUMX,
    ['<'] = KR_LC_OP2, ['='] = KR_LC_OP2, ['>'] = KR_LC_OP2, ['A'] = KR_LC_ID | KR_LC_NUMX,
    ['B'] = KR_LC_ID | KR_LC_NUMX, ['C'] = KR_LC_ID | KR_LC_NUMX, ['D'] = KR_LC_ID | KR_LC_NUMX,
    ['E'] = KR_LC_ID | KR_LC_NUMX, ['F'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['G'] = KR_LC_ID | KR_LC_NUMX, ['H'] = KR_LC_ID | KR_LC_NUMX, ['I'] = KR_LC_ID | KR_LC_NUMX,
    ['J'] = KR_LC_ID | KR_LC_NUMX, ['K'] = KR_LC_ID | KR_LC_NUMX, ['L'] = KR_LC_ID | KR_LC_NUMX,
    ['M'] = KR_LC_ID | KR_LC_NUMX, ['N'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['O'] = KR_LC_ID | KR_LC_NUMX, ['P'] = KR_LC_ID | KR_LC_NUMX, ['Q'] = KR_LC_ID | KR_LC_NUMX,
    ['R'] = KR_LC_ID | KR_LC_NUMX, ['S'] = KR_LC_ID | KR_LC_NUMX,
    ['T'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['U'] = KR_LC_ID | KR_LC_NUMX,
    ['V'] = KR_LC_ID | KR_LC_NUMX, ['W'] = KR_LC_ID | KR_LC_NUMX, ['X'] = KR_LC_ID | KR_LC_NUMX,
    ['Y'] = KR_LC_ID | KR_LC_NUMX, ['Z'] = KR_LC_ID | KR_LC_NUMX, ['_'] = KR_LC_ID | KR_LC_NUMX,
    ['a'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['b'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['c'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['d'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['e'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['f'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['g'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['h'] = KR_LC_ID | KR_LC_NUMX,
    ['i'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['j'] = KR_LC_ID | KR_LC_NUMX,
    ['k'] = KR_LC_ID | KR_LC_NUMX, ['l'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['m'] = KR_LC_ID | KR_LC_NUMX, ['n'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['o'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['p'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['q'] = KR_LC_ID | KR_LC_NUMX, ['r'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['s'] = KR_LC_ID | KR_LC_NUMX, ['t'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX,
    ['u'] = KR_LC_ID | KR_LC_NUMX, ['v'] = KR_LC_ID | KR_LC_NUMX,
    ['w'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['x'] = KR_LC_ID | KR_LC_NUMX,
    ['y'] = KR_LC_ID | KR_LC_KW | KR_LC_NUMX, ['z'] = KR_LC_ID | KR_LC_NUMX,
    // non-ASCII bytes
    [0x80] =
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
};
#undef HI

const uint8_t kr_lexer_op1[256] = {
    ['('] = T_LPAR, [')'] = T_RPAR, ['['] = T_LSQB, [']'] = T_RSQB, ['{'] = T_LBRACE,
    ['}'] = T_RBRACE, [':'] = T_COLON, [','] = T_COMMA, [';'] = T_SEMI, ['.'] = T_DOT,
    ['@'] = T_AT, ['='] = T_EQUAL, ['+'] = T_PLUS, ['-'] = T_MINUS, ['*'] = T_STAR,
    ['/'] = T_SLASH, ['%'] = T_PERCENT, ['&'] = T_AMPER, ['|'] = T_VBAR, ['^'] = T_CIRCUMFLEX,
    ['~'] = T_TILDE, ['<'] = T_LESS, ['>'] = T_GREATER,
};

static const uint8_t kwlens[] = {5, 4, 4, 3, 2, 6, 5, 5, 5, 5, 8, 3, 3, 4, 4, 6, 7, 3,
                                  4, 6, 2, 6, 2, 2, 6, 8, 3, 2, 4, 5, 6, 3, 5, 4, 5};

// kwnames is sorted, so the keywords starting with one letter are a run [lo, hi).
int kr_lexer_kwlookup(const char *s, size_t n) {
    if (n < 2 || n > 8) {
        return T_NAME;
    }
    int lo, hi;
    switch (s[0]) {
    case 'F': lo = 0, hi = 1; break;
    case 'N': lo = 1, hi = 2; break;
    case 'T': lo = 2, hi = 3; break;
    case 'a': lo = 3, hi = 8; break;
    case 'b': lo = 8, hi = 9; break;
    case 'c': lo = 9, hi = 11; break;
    case 'd': lo = 11, hi = 13; break;
    case 'e': lo = 13, hi = 16; break;
    case 'f': lo = 16, hi = 19; break;
    case 'g': lo = 19, hi = 20; break;
    case 'i': lo = 20, hi = 24; break;
    case 'l': lo = 24, hi = 25; break;
    case 'n': lo = 25, hi = 27; break;
    case 'o': lo = 27, hi = 28; break;
    case 'p': lo = 28, hi = 29; break;
    case 'r': lo = 29, hi = 31; break;
    case 't': lo = 31, hi = 32; break;
    case 'w': lo = 32, hi = 34; break;
    case 'y': lo = 34, hi = 35; break;
    default: return T_NAME;
    }
    for (int i = lo; i < hi; i++) {
        if (kwlens[i] == n && memcmp(kwnames[i] + 1, s + 1, n - 1) == 0) {
            return T_KW_FIRST + i;
        }
    }
    return T_NAME;
}

static void set_tok(Lexer *lx, Token *t, int type, const char *start, int32_t sline,
                    int32_t scol) {
    t->type = (uint8_t)type;
    t->start = start;
    t->len = (uint32_t)(lx->p - start);
    t->line = sline;
    t->col = scol;
    t->end_line = lx->line;
    t->end_col = curcol(lx, lx->p);
}

static void fail_tok(Lexer *lx, Token *t) {
    lx->failed = true;
    lx->done = true;
    t->type = T_ERROR;
    t->start = lx->p;
    t->len = 0;
    t->line = t->end_line = lx->line;
    t->col = t->end_col = curcol(lx, lx->p);
}

static int peekc(Lexer *lx, size_t k) {
    return lx->p + k < lx->end ? (unsigned char)lx->p[k] : -1;
}

// ----- Numbers -----

static bool bad_id_cp(uint32_t c, bool *printable);
static uint32_t dec_utf8(const char *p, int *n);

// CPython's verify_end_of_number: a number glued to an identifier is an error, except the
// keywords that may legally follow a number (1if x else y).
static bool end_of_number(Lexer *lx, const char *kind) {
    int c = peekc(lx, 0);
    if (c < 'a' || c > 'o') { // the common case: an operator, a space or the end of the line
        if (c < 0x80 && (c < 0 || !is_id_char((unsigned char)c))) {
            return true;
        }
    } else {
        static const char *const oks[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
        for (size_t i = 0; i < KR_ARRAY_LEN(oks); i++) {
            size_t n = strlen(oks[i]);
            if ((size_t)(lx->end - lx->p) >= n && memcmp(lx->p, oks[i], n) == 0) {
                return true;
            }
        }
    }
    if (c >= 0x80) {
        int n;
        bool pr;
        if (bad_id_cp(dec_utf8(lx->p, &n), &pr)) {
            return true; // reported as an invalid character by the next token
        }
    }
    if (c >= 0 && is_id_char((unsigned char)c)) {
        // CPython's offset is the index of the offending character
        LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p) - 1, "invalid %s literal", kind);
        return false;
    }
    return true;
}

static bool decimal_tail(Lexer *lx) {
    for (;;) {
        while (is_digit(peekc(lx, 0))) {
            lx->p++;
        }
        if (peekc(lx, 0) != '_') {
            return true;
        }
        lx->p++;
        if (!is_digit(peekc(lx, 0))) {
            LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p) - 1,
                    "invalid decimal literal");
            return false;
        }
    }
}

static bool radix_digits(Lexer *lx, int radix, const char *kind) {
    for (;;) {
        if (peekc(lx, 0) == '_') {
            lx->p++;
        }
        int c = peekc(lx, 0);
        bool ok = radix == 16 ? (is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
                              : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p),
                        "invalid digit '%c' in %s literal", c, kind);
            } else {
                LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p) - 1,
                        "invalid %s literal", kind);
            }
            return false;
        }
        for (;;) {
            c = peekc(lx, 0);
            ok = radix == 16 ? (is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
                             : (c >= '0' && c < '0' + radix);
            if (!ok) {
                break;
            }
            lx->p++;
        }
        if (peekc(lx, 0) != '_') {
            break;
        }
    }
    int c = peekc(lx, 0);
    if (radix != 16 && is_digit(c)) {
        LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p),
                "invalid digit '%c' in %s literal", c, kind);
        return false;
    }
    return end_of_number(lx, kind);
}

// Fraction / exponent / imaginary suffix after the integer part.
static bool float_tail(Lexer *lx, bool frac) {
    if (frac) {
        if (is_digit(peekc(lx, 0)) && !decimal_tail(lx)) {
            return false;
        }
    }
    int c = peekc(lx, 0);
    if (c == 'e' || c == 'E') {
        const char *save = lx->p;
        lx->p++;
        c = peekc(lx, 0);
        if (c == '+' || c == '-') {
            lx->p++;
            if (!is_digit(peekc(lx, 0))) {
                LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p) - 1,
                        "invalid decimal literal");
                return false;
            }
        } else if (!is_digit(c)) {
            lx->p = save;
            return end_of_number(lx, "decimal");
        }
        if (!decimal_tail(lx)) {
            return false;
        }
    }
    c = peekc(lx, 0);
    if (c == 'j' || c == 'J') {
        lx->p++;
        return end_of_number(lx, "imaginary");
    }
    return end_of_number(lx, "decimal");
}

static bool lex_number(Lexer *lx) {
    const char *start = lx->p;
    int c = peekc(lx, 0);
    if (c == '.') {
        lx->p++;
        return float_tail(lx, true);
    }
    if (c == '0') {
        lx->p++;
        c = peekc(lx, 0);
        if (c == 'x' || c == 'X') {
            lx->p++;
            return radix_digits(lx, 16, "hexadecimal");
        }
        if (c == 'o' || c == 'O') {
            lx->p++;
            return radix_digits(lx, 8, "octal");
        }
        if (c == 'b' || c == 'B') {
            lx->p++;
            return radix_digits(lx, 2, "binary");
        }
        bool nonzero = false;
        for (;;) {
            while (peekc(lx, 0) == '0') {
                lx->p++;
            }
            if (peekc(lx, 0) != '_') {
                break;
            }
            lx->p++;
            if (!is_digit(peekc(lx, 0))) {
                LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p) - 1,
                        "invalid decimal literal");
                return false;
            }
        }
        const char *zeros_end = lx->p;
        if (is_digit(peekc(lx, 0))) {
            nonzero = true;
            if (!decimal_tail(lx)) {
                return false;
            }
        }
        c = peekc(lx, 0);
        if (c == '.') {
            lx->p++;
            return float_tail(lx, true);
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            return float_tail(lx, false);
        }
        if (nonzero) {
            kr_lexer_error(lx->src, 0, lx->err, EXC_SyntaxError, lx->line, curcol(lx, start),
                           lx->line, curcol(lx, zeros_end),
                           "leading zeros in decimal integer literals are not permitted; use an "
                           "0o prefix for octal integers");
            lx->failed = true;
            return false;
        }
        return end_of_number(lx, "decimal");
    }
    if (!decimal_tail(lx)) {
        return false;
    }
    c = peekc(lx, 0);
    if (c == '.') {
        lx->p++;
        return float_tail(lx, true);
    }
    return float_tail(lx, false);
}

// ----- Strings -----

// [lx->p] is at the opening quote. Scans to the closing quote.
static bool lex_string(Lexer *lx, const char *tokstart, int32_t sline, int32_t scol) {
    char q = *lx->p;
    bool triple = peekc(lx, 1) == q && peekc(lx, 2) == q;
    lx->p += triple ? 3 : 1;
    for (;;) {
        if (lx->p >= lx->end) {
            goto unterminated;
        }
        char c = *lx->p;
        if (c == q) {
            if (!triple) {
                lx->p++;
                return true;
            }
            if (peekc(lx, 1) == q && peekc(lx, 2) == q) {
                lx->p += 3;
                return true;
            }
            lx->p++;
        } else if (c == '\\') {
            lx->p++;
            if (lx->p >= lx->end) {
                goto unterminated;
            }
            if (*lx->p == '\r') {
                lx->p++;
                if (lx->p < lx->end && *lx->p == '\n') {
                    lx->p++;
                }
                newline_at(lx, lx->p);
            } else if (*lx->p == '\n') {
                lx->p++;
                newline_at(lx, lx->p);
            } else {
                lx->p++;
            }
        } else if (c == '\n' || c == '\r') {
            if (!triple) {
                goto unterminated;
            }
            lx->p++;
            if (c == '\r' && lx->p < lx->end && *lx->p == '\n') {
                lx->p++;
            }
            newline_at(lx, lx->p);
        } else {
            lx->p++;
        }
    }
unterminated:
    KR_UNUSED(tokstart);
    if (triple) {
        // CPython counts the lines of the text: a final newline starts no new line
        int32_t dl = lx->line;
        if (lx->p > lx->src && lx->p == lx->line_start && dl > 1) {
            dl--;
        }
        LEX_ERR(lx, EXC_SyntaxError, sline, scol,
                "unterminated triple-quoted string literal (detected at line %d)", dl);
    } else {
        LEX_ERR(lx, EXC_SyntaxError, sline, scol,
                "unterminated string literal (detected at line %d)", lx->line);
    }
    return false;
}

// ----- Indentation -----

// At the beginning of a logical line: measure the indentation and queue INDENT/DEDENTs.
// Returns false on error.
static bool do_indent(Lexer *lx) {
    int col = 0, altcol = 0;
    const char *p = lx->p;
    for (; p < lx->end; p++) {
        if (*p == ' ') {
            col++;
            altcol++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    lx->p = p;
    // Blank and comment-only lines do not count (and neither does a line continued into).
    if (p >= lx->end) {
        col = altcol = 0; // EOF: dedent everything
    } else if (*p == '#' || *p == '\n' || *p == '\r' || *p == '\\') {
        return true;
    }
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altstack[lx->indent]) {
            goto tab_error;
        }
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= KR_LEX_MAXINDENT) {
            LEX_ERR(lx, EXC_IndentationError, lx->line, curcol(lx, p) + 1,
                    "too many levels of indentation");
            lx->err->col = 0;
            return false;
        }
        if (altcol <= lx->altstack[lx->indent]) {
            goto tab_error;
        }
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            const char *eol = p;
            while (eol < lx->end && *eol != '\n' && *eol != '\r') {
                eol++;
            }
            LEX_ERR(lx, EXC_IndentationError, lx->line, curcol(lx, eol),
                    "unindent does not match any outer indentation level");
            return false;
        }
        if (altcol != lx->altstack[lx->indent]) {
            goto tab_error;
        }
    }
    return true;
tab_error:
    LEX_ERR(lx, EXC_TabError, lx->line, 0,
            "inconsistent use of tabs and spaces in indentation");
    return false;
}

// ----- Main entry -----

static const struct {
    char s[4];
    uint8_t type;
} ops3[] = {{"**=", T_DSTAREQUAL}, {"//=", T_DSLASHEQUAL}, {">>=", T_RSHIFTEQUAL},
            {"<<=", T_LSHIFTEQUAL}, {"...", T_ELLIPSIS}},
  ops2[] = {{"->", T_ARROW},      {":=", T_COLONEQUAL},  {"==", T_EQEQUAL},
            {"!=", T_NOTEQUAL},   {"<=", T_LESSEQUAL},   {">=", T_GREATEREQUAL},
            {"<<", T_LSHIFT},     {">>", T_RSHIFT},      {"**", T_DSTAR},
            {"//", T_DSLASH},     {"+=", T_PLUSEQUAL},   {"-=", T_MINEQUAL},
            {"*=", T_STAREQUAL},  {"/=", T_SLASHEQUAL},  {"%=", T_PERCENTEQUAL},
            {"&=", T_AMPEREQUAL}, {"|=", T_VBAREQUAL},   {"^=", T_CIRCUMFLEXEQUAL},
            {"@=", T_ATEQUAL},    {"<>", T_ERROR}};

static int op1(char c) {
    switch (c) {
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case ':': return T_COLON;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '.': return T_DOT;
    case '@': return T_AT;
    case '=': return T_EQUAL;
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '/': return T_SLASH;
    case '%': return T_PERCENT;
    case '&': return T_AMPER;
    case '|': return T_VBAR;
    case '^': return T_CIRCUMFLEX;
    case '~': return T_TILDE;
    case '<': return T_LESS;
    case '>': return T_GREATER;
    default: return -1;
    }
}

// The general tokenizer: every token kind, every error. kr_lexer_next takes the common tokens
// itself and comes here for the rest.
static void lex_general(Lexer *lx, Token *t) {
    if (lx->failed) {
        fail_tok(lx, t);
        return;
    }
    if (lx->done) {
        set_tok(lx, t, T_ENDMARKER, lx->p, lx->line, curcol(lx, lx->p));
        return;
    }
again:
    t->level = (uint8_t)(lx->level > 255 ? 255 : lx->level);
    if (lx->pending) {
        int type = lx->pending > 0 ? T_INDENT : T_DEDENT;
        lx->pending += lx->pending > 0 ? -1 : 1;
        set_tok(lx, t, type, lx->p, lx->line, curcol(lx, lx->p));
        return;
    }
    if (lx->atbol) {
        lx->atbol = false;
        if (lx->level == 0 && !lx->cont) {
            if (!do_indent(lx)) {
                fail_tok(lx, t);
                return;
            }
            if (lx->pending) {
                goto again;
            }
        }
        lx->cont = false;
    }
    // Skip whitespace and comments.
    while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' || *lx->p == '\f')) {
        lx->p++;
    }
    if (lx->p < lx->end && *lx->p == '#') {
        while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r') {
            lx->p++;
        }
    }
    const char *start = lx->p;
    int32_t sline = lx->line, scol = curcol(lx, start);
    if (lx->p >= lx->end) {
        if (lx->level > 0) {
            int k = lx->level - 1;
            LEX_ERR(lx, EXC_SyntaxError, lx->paren_line[k], lx->paren_col[k],
                    "'%c' was never closed", lx->parens[k]);
            fail_tok(lx, t);
            return;
        }
        if (!lx->prev_nl) {
            // CPython adds the missing final newline.
            lx->prev_nl = true;
            set_tok(lx, t, T_NEWLINE, start, sline, scol);
            t->end_col = t->col + 1;
            return;
        }
        if (lx->indent > 0) {
            lx->pending = -lx->indent;
            lx->indent = 0;
            goto again;
        }
        lx->done = true;
        set_tok(lx, t, T_ENDMARKER, start, sline, scol);
        return;
    }
    unsigned char c = (unsigned char)*lx->p;
    if (c == '\n' || c == '\r') {
        lx->p++;
        if (c == '\r' && lx->p < lx->end && *lx->p == '\n') {
            lx->p++;
        }
        bool blank = lx->prev_nl || lx->level > 0;
        const char *after = lx->p;
        if (blank) {
            newline_at(lx, after);
            lx->atbol = true;
            goto again;
        }
        t->level = 0;
        t->type = T_NEWLINE;
        t->start = start;
        t->len = (uint32_t)(after - start);
        t->line = t->end_line = sline;
        t->col = scol;
        t->end_col = scol + 1;
        newline_at(lx, after);
        lx->atbol = true;
        lx->prev_nl = true;
        return;
    }
    if (c == '\\') {
        lx->p++;
        int n = peekc(lx, 0);
        if (n == '\n' || n == '\r') {
            lx->p++;
            if (n == '\r' && peekc(lx, 0) == '\n') {
                lx->p++;
            }
            if (lx->p >= lx->end) {
                LEX_ERR(lx, EXC_SyntaxError, sline, scol + 1, "unexpected EOF while parsing");
                fail_tok(lx, t);
                return;
            }
            newline_at(lx, lx->p);
            if (lx->p >= lx->end) {
                LEX_ERR(lx, EXC_SyntaxError, lx->line, 0, "unexpected EOF while parsing");
                fail_tok(lx, t);
                return;
            }
            lx->cont = true;
            lx->atbol = true;
            goto again;
        }
        LEX_ERR(lx, EXC_SyntaxError, sline, scol + 1,
                "unexpected character after line continuation character");
        fail_tok(lx, t);
        return;
    }
    lx->prev_nl = false;
    if (is_id_start(c)) {
        // String prefix?
        size_t k = 0;
        bool saw[4] = {false, false, false, false}; // r b u f
        while (k < 3 && lx->p + k < lx->end) {
            char ch = (char)(lx->p[k] | 0x20);
            int idx = ch == 'r' ? 0 : ch == 'b' ? 1 : ch == 'u' ? 2 : ch == 'f' ? 3 : -1;
            if (idx < 0 || saw[idx] || !((lx->p[k] >= 'a' && lx->p[k] <= 'z') ||
                                         (lx->p[k] >= 'A' && lx->p[k] <= 'Z'))) {
                break;
            }
            saw[idx] = true;
            k++;
        }
        if (k > 0 && lx->p + k < lx->end && (lx->p[k] == '\'' || lx->p[k] == '"')) {
            bool valid = (k == 1) || (k == 2 && !saw[2] && !(saw[1] && saw[3]));
            if (valid) {
                lx->p += k;
                if (!lex_string(lx, start, sline, scol)) {
                    fail_tok(lx, t);
                    return;
                }
                set_tok(lx, t, T_STRING, start, sline, scol);
                return;
            }
        }
        while (lx->p < lx->end && is_id_char((unsigned char)*lx->p)) {
            if ((unsigned char)*lx->p >= 0x80) {
                // the source is valid UTF-8 (checked by kr_parse)
                int n;
                uint32_t cp = dec_utf8(lx->p, &n);
                bool printable;
                if (bad_id_cp(cp, &printable)) {
                    if (printable) {
                        LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p),
                                "invalid character '%.*s' (U+%04X)", n, lx->p, (unsigned)cp);
                    } else {
                        LEX_ERR(lx, EXC_SyntaxError, lx->line, curcol(lx, lx->p),
                                "invalid non-printable character U+%04X", (unsigned)cp);
                    }
                    fail_tok(lx, t);
                    return;
                }
                lx->p += n;
                continue;
            }
            lx->p++;
        }
        int type = kr_lexer_kwlookup(start, (size_t)(lx->p - start));
        set_tok(lx, t, type, start, sline, scol);
        return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peekc(lx, 1)))) {
        if (!lex_number(lx)) {
            fail_tok(lx, t);
            return;
        }
        set_tok(lx, t, T_NUMBER, start, sline, scol);
        return;
    }
    if (c == '\'' || c == '"') {
        if (!lex_string(lx, start, sline, scol)) {
            fail_tok(lx, t);
            return;
        }
        set_tok(lx, t, T_STRING, start, sline, scol);
        return;
    }
    size_t avail = (size_t)(lx->end - lx->p);
    // Every two- and three-character operator has one of these as its second character.
    int c2 = avail >= 2 ? (unsigned char)lx->p[1] : 0;
    bool multi = c2 == '=' || c2 == '>' || c2 == '<' || c2 == '*' || c2 == '/' || c2 == '.';
    for (size_t i = 0; multi && i < KR_ARRAY_LEN(ops3); i++) {
        if (avail >= 3 && memcmp(lx->p, ops3[i].s, 3) == 0) {
            lx->p += 3;
            set_tok(lx, t, ops3[i].type, start, sline, scol);
            return;
        }
    }
    for (size_t i = 0; multi && i < KR_ARRAY_LEN(ops2); i++) {
        if (avail >= 2 && memcmp(lx->p, ops2[i].s, 2) == 0) {
            if (ops2[i].type == T_ERROR) {
                break; // '<>' is only valid with barry_as_FLUFL
            }
            lx->p += 2;
            set_tok(lx, t, ops2[i].type, start, sline, scol);
            return;
        }
    }
    int type = op1((char)c);
    if (type < 0) {
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            LEX_ERR(lx, EXC_SyntaxError, sline, scol, "invalid syntax");
        } else {
            LEX_ERR(lx, EXC_SyntaxError, sline, scol, "invalid character '%c' (U+%04X)", c, c);
        }
        fail_tok(lx, t);
        return;
    }
    lx->p++;
    if (type == T_LPAR || type == T_LSQB || type == T_LBRACE) {
        if (lx->level >= KR_LEX_MAXLEVEL) {
            LEX_ERR(lx, EXC_SyntaxError, sline, scol, "too many nested parentheses");
            fail_tok(lx, t);
            return;
        }
        lx->parens[lx->level] = (char)c;
        lx->paren_line[lx->level] = sline;
        lx->paren_col[lx->level] = scol;
        lx->level++;
    } else if (type == T_RPAR || type == T_RSQB || type == T_RBRACE) {
        if (lx->level == 0) {
            LEX_ERR(lx, EXC_SyntaxError, sline, scol, "unmatched '%c'", c);
            fail_tok(lx, t);
            return;
        }
        lx->level--;
        char open = lx->parens[lx->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (lx->paren_line[lx->level] != sline) {
                LEX_ERR(lx, EXC_SyntaxError, sline, scol,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                        "line %d",
                        c, open, lx->paren_line[lx->level]);
            } else {
                LEX_ERR(lx, EXC_SyntaxError, sline, scol,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open);
            }
            fail_tok(lx, t);
            return;
        }
    }
    set_tok(lx, t, type, start, sline, scol);
}

// Token [type] of [n] bytes at lx->p (after the current position), on the current line.
static inline void fast_tok(Lexer *lx, Token *t, int type, const char *start, size_t n) {
    lx->p = start + n;
    t->type = (uint8_t)type;
    t->start = start;
    t->len = (uint32_t)n;
    t->line = t->end_line = lx->line;
    t->col = curcol(lx, start);
    t->end_col = t->col + (int32_t)n;
}

// Two- and three-character operators: [c] followed by [c2], [c3]. 0 when the operator is a
// single character (or something the general path must handle).
static int op_multi(int c, int c2, int c3, size_t *n) {
    *n = 2;
    switch (c) {
    case '=': return c2 == '=' ? T_EQEQUAL : 0;
    case ':': return c2 == '=' ? T_COLONEQUAL : 0;
    case '+': return c2 == '=' ? T_PLUSEQUAL : 0;
    case '-': return c2 == '=' ? T_MINEQUAL : c2 == '>' ? T_ARROW : 0;
    case '%': return c2 == '=' ? T_PERCENTEQUAL : 0;
    case '&': return c2 == '=' ? T_AMPEREQUAL : 0;
    case '|': return c2 == '=' ? T_VBAREQUAL : 0;
    case '^': return c2 == '=' ? T_CIRCUMFLEXEQUAL : 0;
    case '@': return c2 == '=' ? T_ATEQUAL : 0;
    case '!': return c2 == '=' ? T_NOTEQUAL : -1;
    case '*':
        if (c2 == '*') {
            return c3 == '=' ? (*n = 3, T_DSTAREQUAL) : T_DSTAR;
        }
        return c2 == '=' ? T_STAREQUAL : 0;
    case '/':
        if (c2 == '/') {
            return c3 == '=' ? (*n = 3, T_DSLASHEQUAL) : T_DSLASH;
        }
        return c2 == '=' ? T_SLASHEQUAL : 0;
    case '<':
        if (c2 == '<') {
            return c3 == '=' ? (*n = 3, T_LSHIFTEQUAL) : T_LSHIFT;
        }
        return c2 == '=' ? T_LESSEQUAL : c2 == '>' ? -1 : 0;
    case '>':
        if (c2 == '>') {
            return c3 == '=' ? (*n = 3, T_RSHIFTEQUAL) : T_RSHIFT;
        }
        return c2 == '=' ? T_GREATEREQUAL : 0;
    case '.': return c2 == '.' ? -1 : 0; // '...', '..' and '.5' are the general path's
    default: return 0;
    }
}

void kr_lexer_next(Lexer *lx, Token *t) {
    // Fast path for the common tokens in the common states. It only changes the lexer state
    // the way lex_general would, so it can hand over to lex_general at any point before it
    // commits a token.
    if (__builtin_expect(lx->failed || lx->done || lx->pending, 0)) {
        lex_general(lx, t);
        return;
    }
    const char *p = lx->p, *end = lx->end;
    if (lx->atbol) {
        // A line at the current indentation (spaces only): no INDENT/DEDENT to queue.
        if (lx->level || lx->cont) {
            lex_general(lx, t);
            return;
        }
        const char *q = p;
        while (q < end && *q == ' ') {
            q++;
        }
        int32_t col = (int32_t)(q - p);
        if (q >= end || *q == '\t' || *q == '\f' || *q == '#' || *q == '\n' || *q == '\r' ||
            *q == '\\' || col != lx->indstack[lx->indent] || col != lx->altstack[lx->indent]) {
            lex_general(lx, t);
            return;
        }
        lx->atbol = false;
        lx->p = p = q;
    } else {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) {
            p++;
        }
        lx->p = p;
        if (p >= end) {
            lex_general(lx, t);
            return;
        }
    }
    t->level = (uint8_t)(lx->level > 255 ? 255 : lx->level);
    unsigned char c = (unsigned char)*p;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
        const char *q = p + 1;
        while (q < end && (unsigned char)*q < 0x80 && is_id_char((unsigned char)*q)) {
            q++;
        }
        // non-ASCII identifiers and string prefixes (rb'...') are the general path's
        if (q < end && ((unsigned char)*q >= 0x80 || *q == '\'' || *q == '"')) {
            lex_general(lx, t);
            return;
        }
        lx->prev_nl = false;
        fast_tok(lx, t, kr_lexer_kwlookup(p, (size_t)(q - p)), p, (size_t)(q - p));
        return;
    }
    if (is_digit(c)) {
        // A plain decimal integer: digits not followed by anything that would continue a
        // number (or make it invalid).
        const char *q = p + 1;
        while (q < end && is_digit(*q)) {
            q++;
        }
        if (q < end) {
            unsigned char n = (unsigned char)*q;
            if (n == '.' || n >= 0x80 || is_id_char(n)) {
                lex_general(lx, t);
                return;
            }
        }
        if (c == '0' && q - p > 1) {
            lex_general(lx, t);
            return;
        }
        lx->prev_nl = false;
        fast_tok(lx, t, T_NUMBER, p, (size_t)(q - p));
        return;
    }
    if (c == '\n') {
        if (lx->prev_nl || lx->level > 0) {
            lex_general(lx, t); // a blank line
            return;
        }
        fast_tok(lx, t, T_NEWLINE, p, 1);
        t->level = 0;
        newline_at(lx, p + 1);
        lx->atbol = true;
        lx->prev_nl = true;
        return;
    }
    if (c == '\'' || c == '"') {
        int32_t sline = lx->line, scol = curcol(lx, p);
        lx->prev_nl = false;
        if (!lex_string(lx, p, sline, scol)) {
            fail_tok(lx, t);
            return;
        }
        set_tok(lx, t, T_STRING, p, sline, scol);
        return;
    }
    int c2 = p + 1 < end ? (unsigned char)p[1] : 0;
    int c3 = c2 && p + 2 < end ? (unsigned char)p[2] : 0;
    size_t n;
    int type = op_multi(c, c2, c3, &n);
    if (type > 0) {
        lx->prev_nl = false;
        fast_tok(lx, t, type, p, n);
        return;
    }
    type = type < 0 ? -1 : op1((char)c);
    if (type < 0 || (type == T_DOT && is_digit(c2))) {
        lex_general(lx, t);
        return;
    }
    if (type == T_LPAR || type == T_LSQB || type == T_LBRACE) {
        if (lx->level >= KR_LEX_MAXLEVEL) {
            lex_general(lx, t);
            return;
        }
        lx->parens[lx->level] = (char)c;
        lx->paren_line[lx->level] = lx->line;
        lx->paren_col[lx->level] = curcol(lx, p);
        lx->level++;
    } else if (type == T_RPAR || type == T_RSQB || type == T_RBRACE) {
        char open = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (lx->level == 0 || lx->parens[lx->level - 1] != open) {
            lex_general(lx, t);
            return;
        }
        lx->level--;
    }
    lx->prev_nl = false;
    fast_tok(lx, t, type, p, 1);
}
