// SPDX-License-Identifier: MIT
// interp/lexer.h: Python 3.11 tokenizer (used by parser.c only).
//
// Produces one token per call, CPython-style: NEWLINE/INDENT/DEDENT, implicit joining inside
// brackets, backslash continuation. A whole string literal (including f-strings, as in 3.11)
// is one T_STRING token; escapes and f-string fields are processed by the parser. Keywords
// come out as their own token types; soft keywords (match, case, _) stay T_NAME.
#ifndef KR_LEXER_H
#define KR_LEXER_H

#include "ast.h"

#define KR_LEX_MAXINDENT 100 // CPython's MAXINDENT: "too many levels of indentation"
#define KR_LEX_MAXLEVEL 200  // CPython's MAXLEVEL: "too many nested parentheses"

typedef enum {
    T_ENDMARKER,
    T_NAME,
    T_NUMBER,
    T_STRING,
    T_NEWLINE,
    T_INDENT,
    T_DEDENT,
    T_ERROR, // the lexer failed; the error is in Lexer.err
    // operators
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE,
    T_COLON, T_COMMA, T_SEMI, T_DOT, T_ELLIPSIS, T_ARROW, T_AT, T_EQUAL, T_COLONEQUAL,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_DSTAR, T_DSLASH,
    T_LSHIFT, T_RSHIFT, T_AMPER, T_VBAR, T_CIRCUMFLEX, T_TILDE,
    T_LESS, T_GREATER, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL, T_GREATEREQUAL,
    T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL, T_PERCENTEQUAL, T_DSTAREQUAL,
    T_DSLASHEQUAL, T_LSHIFTEQUAL, T_RSHIFTEQUAL, T_AMPEREQUAL, T_VBAREQUAL,
    T_CIRCUMFLEXEQUAL, T_ATEQUAL,
    // keywords
    T_KW_FIRST,
    T_FALSE = T_KW_FIRST, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK,
    T_CLASS, T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR, T_FROM,
    T_GLOBAL, T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS, T_RAISE,
    T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    T_COUNT
} TokType;

typedef struct Token {
    uint8_t type;
    uint8_t level;      // bracket nesting level before this token (for error messages)
    uint32_t len;       // bytes of source text
    const char *start;  // into the source
    int32_t line, col, end_line, end_col; // col: 0-based byte offset
} Token;

typedef struct Lexer {
    const char *src, *end, *p;
    const char *line_start; // start of the current physical line
    int32_t line;
    int indent;  // top of the indentation stacks
    int indstack[KR_LEX_MAXINDENT + 1], altstack[KR_LEX_MAXINDENT + 1];
    int pending; // >0 INDENTs to emit, <0 DEDENTs to emit
    int level;   // bracket nesting
    char parens[KR_LEX_MAXLEVEL];
    int32_t paren_line[KR_LEX_MAXLEVEL], paren_col[KR_LEX_MAXLEVEL];
    bool failed;
    bool done;      // ENDMARKER emitted or an error happened
    bool atbol;     // at the beginning of a logical line
    bool cont;      // previous physical line ended with a backslash
    bool eof_nl;    // the implicit NEWLINE at EOF was emitted
    bool prev_nl;   // the previous token was NEWLINE (or none yet)
    ParseError *err;
} Lexer;

// Character classes for the inline fast path below (kr_lexer_cls, indexed by byte).
enum {
    KR_LC_ID = 1,     // ASCII identifier character: [A-Za-z0-9_]
    KR_LC_DIGIT = 2,  // [0-9]
    KR_LC_KW = 4,     // first letter of some keyword
    KR_LC_SPACE = 8,  // ' ', '\t', '\f'
    KR_LC_NAMEX = 16, // ends a name in a way the full lexer must see: a quote, non-ASCII
    KR_LC_NUMX = 32,  // after digits, the number is not a plain integer: [A-Za-z0-9_.], non-ASCII
    KR_LC_OP2 = 64,   // may be the second character of an operator: = < > * /
};
extern const uint8_t kr_lexer_cls[256];
// Token type of a one-character operator, 0 for other bytes.
extern const uint8_t kr_lexer_op1[256];
// Keyword token type of the identifier [s] ([n] bytes), or T_NAME.
int kr_lexer_kwlookup(const char *s, size_t n);

// Start tokenizing [src] ([len] bytes, already checked for NUL bytes and valid UTF-8).
void kr_lexer_init(Lexer *lx, const char *src, size_t len, ParseError *err);
// The next token. On error returns T_ERROR (forever after) with lx->err filled.
void kr_lexer_next(Lexer *lx, Token *t);

// kr_lexer_next with the commonest tokens (names, small integers, newlines, one-character
// operators on a line at the current indentation) done inline; the rest goes to
// kr_lexer_next. Only moves the lexer state the way kr_lexer_next would, so handing over
// is always possible.
static inline void kr_lexer_next_inline(Lexer *lx, Token *t) {
    const char *p = lx->p, *end = lx->end;
    if (__builtin_expect(lx->failed || lx->done || lx->pending, 0)) {
        kr_lexer_next(lx, t);
        return;
    }
    if (lx->atbol) {
        // A line at the current indentation (spaces only) queues no INDENT/DEDENT.
        const char *q = p;
        while (q < end && *q == ' ') {
            q++;
        }
        int32_t col = (int32_t)(q - p);
        if (q >= end && !lx->level && !lx->cont && lx->prev_nl && lx->indent == 0) {
            // the end of the input, with nothing to dedent: ENDMARKER
            lx->atbol = false;
            lx->done = true;
            lx->p = end;
            t->type = T_ENDMARKER;
            t->level = 0;
            t->start = end;
            t->len = 0;
            t->line = t->end_line = lx->line;
            t->col = t->end_col = (int32_t)(end - lx->line_start);
            return;
        }
        if (lx->level || lx->cont || q >= end || col != lx->indstack[lx->indent] ||
            col != lx->altstack[lx->indent] || (kr_lexer_cls[(unsigned char)*q] & KR_LC_SPACE) ||
            *q == '#' || *q == '\n' || *q == '\r' || *q == '\\') {
            kr_lexer_next(lx, t);
            return;
        }
        lx->atbol = false;
        lx->p = p = q;
    } else {
        while (p < end && (kr_lexer_cls[(unsigned char)*p] & KR_LC_SPACE)) {
            p++;
        }
        lx->p = p;
        if (p >= end) {
            if (lx->level || (lx->prev_nl && lx->indent > 0)) {
                kr_lexer_next(lx, t); // an unclosed bracket, or DEDENTs to queue
                return;
            }
            if (lx->prev_nl) {
                lx->done = true;
                t->type = T_ENDMARKER;
                t->level = 0;
                t->start = p;
                t->len = 0;
                t->line = t->end_line = lx->line;
                t->col = t->end_col = (int32_t)(p - lx->line_start);
                return;
            }
            // CPython adds the missing final newline
            lx->prev_nl = true;
            t->type = T_NEWLINE;
            t->level = 0;
            t->start = p;
            t->len = 0;
            t->line = t->end_line = lx->line;
            t->col = (int32_t)(p - lx->line_start);
            t->end_col = t->col + 1;
            return;
        }
    }
    unsigned char c = (unsigned char)*p;
    const char *q = p + 1;
    int type;
    uint8_t cls = kr_lexer_cls[c];
    if (cls & KR_LC_DIGIT) {
        // a plain decimal integer
        while (q < end && (kr_lexer_cls[(unsigned char)*q] & KR_LC_DIGIT)) {
            q++;
        }
        if ((q < end && (kr_lexer_cls[(unsigned char)*q] & KR_LC_NUMX)) ||
            (c == '0' && q - p > 1)) {
            kr_lexer_next(lx, t);
            return;
        }
        type = T_NUMBER;
    } else if (cls & KR_LC_ID) {
        while (q < end && (kr_lexer_cls[(unsigned char)*q] & KR_LC_ID)) {
            q++;
        }
        if (q < end && (kr_lexer_cls[(unsigned char)*q] & KR_LC_NAMEX)) {
            kr_lexer_next(lx, t); // a string prefix or a non-ASCII identifier
            return;
        }
        type = (cls & KR_LC_KW) && q - p >= 2 && q - p <= 8
                   ? kr_lexer_kwlookup(p, (size_t)(q - p))
                   : T_NAME;
    } else if ((type = kr_lexer_op1[c]) != 0 &&
               !(q < end && (kr_lexer_cls[(unsigned char)*q] & KR_LC_OP2))) {
        if (type == T_DOT && q < end &&
            (*q == '.' || (kr_lexer_cls[(unsigned char)*q] & KR_LC_DIGIT))) {
            kr_lexer_next(lx, t); // '.5', '...'
            return;
        }
        if (type == T_LPAR || type == T_LSQB || type == T_LBRACE) {
            if (lx->level >= KR_LEX_MAXLEVEL) {
                kr_lexer_next(lx, t);
                return;
            }
            lx->parens[lx->level] = (char)c;
            lx->paren_line[lx->level] = lx->line;
            lx->paren_col[lx->level] = (int32_t)(p - lx->line_start);
            lx->level++;
            t->level = (uint8_t)(lx->level - 1);
            goto done;
        }
        if (type == T_RPAR || type == T_RSQB || type == T_RBRACE) {
            if (lx->level == 0 ||
                lx->parens[lx->level - 1] != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                kr_lexer_next(lx, t);
                return;
            }
            lx->level--;
            t->level = (uint8_t)(lx->level + 1);
            goto done;
        }
    } else if (c == '\n' && !lx->prev_nl && lx->level == 0) {
        lx->p = q;
        t->type = T_NEWLINE;
        t->level = 0;
        t->start = p;
        t->len = 1;
        t->line = t->end_line = lx->line;
        t->col = (int32_t)(p - lx->line_start);
        t->end_col = t->col + 1;
        lx->line++;
        lx->line_start = q;
        lx->atbol = true;
        lx->prev_nl = true;
        return;
    } else {
        kr_lexer_next(lx, t);
        return;
    }
    t->level = (uint8_t)lx->level;
done:
    lx->p = q;
    lx->prev_nl = false;
    t->type = (uint8_t)type;
    t->start = p;
    t->len = (uint32_t)(q - p);
    t->line = t->end_line = lx->line;
    t->col = (int32_t)(p - lx->line_start);
    t->end_col = t->col + (int32_t)(q - p);
}

// Fill [err] (kind, msg, 1-based line and character column from the 0-based byte [col]).
void kr_lexer_error(const char *src, size_t len, ParseError *err, ExcId kind, int32_t line,
                    int32_t col, int32_t end_line, int32_t end_col, const char *fmt, ...);
// Text of keyword token type [t] ("if"), or NULL.
const char *kr_lexer_kwname(int t);

#endif
