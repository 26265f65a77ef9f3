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
    bool atbol;     // at the beginning of a logical line
    bool cont;      // previous physical line ended with a backslash
    bool done;      // ENDMARKER emitted or an error happened
    bool eof_nl;    // the implicit NEWLINE at EOF was emitted
    bool prev_nl;   // the previous token was NEWLINE (or none yet)
    bool failed;
    ParseError *err;
} Lexer;

// Start tokenizing [src] ([len] bytes, already checked for NUL bytes and valid UTF-8).
void kr_lexer_init(Lexer *lx, const char *src, size_t len, ParseError *err);
// The next token. On error returns T_ERROR (forever after) with lx->err filled.
void kr_lexer_next(Lexer *lx, Token *t);
// Fill [err] (kind, msg, 1-based line and character column from the 0-based byte [col]).
void kr_lexer_error(const char *src, size_t len, ParseError *err, ExcId kind, int32_t line,
                    int32_t col, int32_t end_line, int32_t end_col, const char *fmt, ...);
// Text of keyword token type [t] ("if"), or NULL.
const char *kr_lexer_kwname(int t);

#endif
