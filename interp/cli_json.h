// SPDX-License-Identifier: MIT
// interp/cli_json.h: a small, strict JSON parser and emitter between JSON text and KrValue
// trees, for the CLI (--input, --result) and the worker protocol. Not part of the public API.
//
// Mapping. JSON null/true/false/number/string/array/object <-> None/bool/int|float/str/list/
// dict (string keys). An integer literal without fraction or exponent is an int (any size), any
// other number a float. The Python values JSON has no form for travel as one-key objects whose
// key is a tag:
//   {"$tuple": [...]}  {"$set": [...]}  {"$frozenset": [...]}  {"$bytes": "<base64>"}
//   {"$float": "nan" | "inf" | "-inf"}  {"$dict": [[key, value], ...]}   (any keys)
// The emitter uses "$dict" for a dict with a non-string key, and for a one-key dict whose key is
// itself a tag, so that every value round-trips exactly.
//
// Memory: plain malloc (the CLI is a host, not part of the VM). A parsed tree lives in an arena
// freed at once.
#ifndef KR_CLI_JSON_H
#define KR_CLI_JSON_H

#include <stddef.h>

#include "krait.h"

#define KR_JSON_MAX_DEPTH 1000       // nesting of arrays/objects (parser and emitter)
#define KR_JSON_MAX_INT_DIGITS 20000 // digits of an integer literal beyond int64

typedef struct KrJsonArena KrJsonArena;

// A growable output buffer. On allocation failure [failed] is set and later appends are
// dropped; the text is then unusable.
typedef struct KrJsonBuf {
    char *data; // NUL-terminated when non-NULL
    size_t len, cap;
    int failed;
} KrJsonBuf;

// Parse [text] ([len] bytes) as exactly one JSON value (whitespace around it allowed). Returns
// 0 and fills [*out] (valid until kr_cli_json_arena_free(*arena)), or -1 with a message in
// [err] (*arena is then NULL).
int kr_cli_json_parse(const char *text, size_t len, KrValue *out, KrJsonArena **arena, char *err,
                      size_t errlen);
void kr_cli_json_arena_free(KrJsonArena *a);
// The value of [key] in a parsed object (KR_DICT with string keys; the last one wins), or NULL.
const KrValue *kr_cli_json_get(const KrValue *obj, const char *key);

void kr_cli_json_buf_free(KrJsonBuf *b);
void kr_cli_json_add(KrJsonBuf *b, const char *s, size_t n);
void kr_cli_json_adds(KrJsonBuf *b, const char *s);
// A quoted, escaped JSON string (invalid UTF-8 becomes U+FFFD; encoded surrogates \uXXXX).
void kr_cli_json_string(KrJsonBuf *b, const char *s, size_t n);
// [v] as JSON; -1 (nothing sensible written) if nested deeper than KR_JSON_MAX_DEPTH.
int kr_cli_json_value(KrJsonBuf *b, const KrValue *v);
// Standard base64 with padding, unquoted.
void kr_cli_json_base64(KrJsonBuf *b, const void *data, size_t n);
// Strict base64 decoding into a malloc'ed buffer (free() it); -1 on bad input or no memory.
int kr_cli_json_unbase64(const char *s, size_t n, unsigned char **out, size_t *outlen);

#endif
