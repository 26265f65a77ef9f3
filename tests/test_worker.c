// SPDX-License-Identifier: MIT
// tests/test_worker.c: the worker protocol (interp/worker.c) driven in-process through
// kr_worker_handle, and the JSON layer under it (interp/cli_json.c): happy paths, suspension
// round trips, errors raised into the script, sessions, limits, malformed requests.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_json.h"
#include "worker.h"

static int failures;

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                  \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

// Send [req]; the response (without its newline) must equal [want].
static void expect_at(int line, KrWorker *w, const char *req, const char *want) {
    size_t n;
    const char *r = kr_worker_handle(w, req, strlen(req), &n);
    if (n == 0 || r[n - 1] != '\n' || memchr(r, '\n', n - 1) || strlen(want) != n - 1 ||
        memcmp(r, want, n - 1) != 0) {
        fprintf(stderr, "%s:%d: request %s\n  got:  %.*s  want: %s\n", __FILE__, line, req, (int)n,
                r, want);
        failures++;
    }
}
#define EXPECT(w, req, want) expect_at(__LINE__, w, req, want)

// The response must start with [prefix].
static void expect_prefix_at(int line, KrWorker *w, const char *req, const char *prefix) {
    size_t n;
    const char *r = kr_worker_handle(w, req, strlen(req), &n);
    if (n < strlen(prefix) || memcmp(r, prefix, strlen(prefix)) != 0 || r[n - 1] != '\n') {
        fprintf(stderr, "%s:%d: request %s\n  got:  %.*s  want prefix: %s\n", __FILE__, line, req,
                (int)n, r, prefix);
        failures++;
    }
}
#define EXPECT_PREFIX(w, req, want) expect_prefix_at(__LINE__, w, req, want)

static void json_roundtrip_at(int line, const char *in, const char *want) {
    KrValue v;
    KrJsonArena *a;
    char err[160];
    if (kr_cli_json_parse(in, strlen(in), &v, &a, err, sizeof err) < 0) {
        fprintf(stderr, "%s:%d: parse failed for %s: %s\n", __FILE__, line, in, err);
        failures++;
        return;
    }
    KrJsonBuf b = {NULL, 0, 0, 0};
    CHECK(kr_cli_json_value(&b, &v) == 0 && !b.failed);
    if (strcmp(b.data, want) != 0) {
        fprintf(stderr, "%s:%d: %s -> %s, want %s\n", __FILE__, line, in, b.data, want);
        failures++;
    }
    kr_cli_json_buf_free(&b);
    kr_cli_json_arena_free(a);
}
#define ROUNDTRIP(in, want) json_roundtrip_at(__LINE__, in, want)

static void json_bad_at(int line, const char *in, size_t len) {
    KrValue v;
    KrJsonArena *a;
    char err[160];
    if (kr_cli_json_parse(in, len, &v, &a, err, sizeof err) == 0) {
        fprintf(stderr, "%s:%d: malformed JSON accepted: %.*s\n", __FILE__, line, (int)len, in);
        kr_cli_json_arena_free(a);
        failures++;
    }
}
#define BAD(in) json_bad_at(__LINE__, in, strlen(in))

static void test_json(void) {
    ROUNDTRIP(" null ", "null");
    ROUNDTRIP("[true,false,0,-1,9223372036854775807,-9223372036854775808]",
              "[true,false,0,-1,9223372036854775807,-9223372036854775808]");
    ROUNDTRIP("[9223372036854775808, -123456789012345678901234567890]",
              "[9223372036854775808,-123456789012345678901234567890]");
    ROUNDTRIP("[1.5, 1e3, 0.1, -0.0, 1E-7, 2.5e+300]", "[1.5,1000.0,0.1,-0.0,1e-07,2.5e+300]");
    ROUNDTRIP("[1e16, 1e15, 0.0001, 0.00001, 123.456, 1.7976931348623157e308, 5e-324, 0.0]",
              "[1e+16,1000000000000000.0,0.0001,1e-05,123.456,1.7976931348623157e+308,5e-324,0.0]");
    ROUNDTRIP("[-1234.5e-10, 3.14159, 100.0, 12345678901234567.0]",
              "[-1.2345e-07,3.14159,100.0,1.2345678901234568e+16]");
    ROUNDTRIP("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\\u0001\"",
              "\"a\\\"b\\\\c/d\\n\\t\xc3\xa9\xf0\x9f\x98\x80\\u0001\"");
    ROUNDTRIP("{\"a\": {\"b\": []}, \"c\": {}}", "{\"a\":{\"b\":[]},\"c\":{}}");
    ROUNDTRIP("{\"$tuple\": [1, {\"$set\": []}]}", "{\"$tuple\":[1,{\"$set\":[]}]}");
    ROUNDTRIP("{\"$frozenset\": [1]}", "{\"$frozenset\":[1]}");
    ROUNDTRIP("{\"$bytes\": \"aGVsbG8=\"}", "{\"$bytes\":\"aGVsbG8=\"}");
    ROUNDTRIP("{\"$bytes\": \"\"}", "{\"$bytes\":\"\"}");
    ROUNDTRIP("[{\"$float\": \"nan\"}, {\"$float\": \"-inf\"}]",
              "[{\"$float\":\"nan\"},{\"$float\":\"-inf\"}]");
    ROUNDTRIP("{\"$dict\": [[1, 2], [\"x\", null]]}", "{\"$dict\":[[1,2],[\"x\",null]]}");
    ROUNDTRIP("{\"$dict\": [[\"$tuple\", 1]]}", "{\"$dict\":[[\"$tuple\",1]]}");
    ROUNDTRIP("{\"$other\": 1}", "{\"$other\":1}");
    ROUNDTRIP("{\"$tuple\": [], \"x\": 1}", "{\"$tuple\":[],\"x\":1}");
    BAD("");
    BAD("   ");
    BAD("[1,]");
    BAD("{\"a\":1,}");
    BAD("[1 2]");
    BAD("01");
    BAD("1.");
    BAD(".5");
    BAD("1e");
    BAD("-");
    BAD("+1");
    BAD("nul");
    BAD("True");
    BAD("'a'");
    BAD("\"abc");
    BAD("\"a\tb\"");
    BAD("\"\\x41\"");
    BAD("\"\\ud800\"");
    BAD("\"\\udc00\"");
    BAD("\"\\ud800\\u0041\"");
    BAD("\"\\u12\"");
    BAD("\"\xff\"");
    BAD("\"\xc0\xaf\"");
    BAD("\"\xed\xa0\x80\"");
    BAD("{1: 2}");
    BAD("{\"a\" 1}");
    BAD("[1] [2]");
    BAD("NaN");
    BAD("Infinity");
    BAD("{\"$tuple\": 1}");
    BAD("{\"$bytes\": \"abc\"}");
    BAD("{\"$bytes\": \"ab=c\"}");
    BAD("{\"$float\": \"x\"}");
    BAD("{\"$dict\": [[1]]}");
    json_bad_at(__LINE__, "[1]\0", 4);
    // Nesting: 1000 levels parse, 1001 do not.
    static char deep[2100];
    for (int i = 0; i < 1000; i++) {
        deep[i] = '[';
        deep[1000 + i] = ']';
    }
    KrValue v;
    KrJsonArena *a;
    char err[160];
    CHECK(kr_cli_json_parse(deep, 2000, &v, &a, err, sizeof err) == 0);
    kr_cli_json_arena_free(a);
    memset(deep, '[', 1001);
    memset(deep + 1001, ']', 1001);
    CHECK(kr_cli_json_parse(deep, 2002, &v, &a, err, sizeof err) < 0);
    // An integer far too long to convert quickly.
    static char digits[KR_JSON_MAX_INT_DIGITS + 2];
    memset(digits, '7', sizeof digits);
    CHECK(kr_cli_json_parse(digits, sizeof digits, &v, &a, err, sizeof err) < 0);
    // Output escapes invalid UTF-8 and lone surrogates.
    KrJsonBuf b = {NULL, 0, 0, 0};
    kr_cli_json_string(&b, "a\xff\xed\xa0\x80z", 6);
    CHECK(strcmp(b.data, "\"a\xef\xbf\xbd\\ud800z\"") == 0);
    kr_cli_json_buf_free(&b);
}

static KrWorker *new_worker(void) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.hash_seed = 1;
    cfg.limits.max_duration = 10;
    return kr_worker_new(&cfg);
}

static void test_run(KrWorker *w) {
    EXPECT(w, "{\"op\":\"run\",\"code\":\"print('hi', end='')\\n1 + 2\"}",
           "{\"status\":\"ok\",\"result\":3,\"stdout\":\"hi\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"x = 1\"}",
           "{\"status\":\"ok\",\"result\":null,\"stdout\":\"\"}");
    EXPECT(w,
           "{\"op\":\"run\",\"code\":\"(a, b[::-1], c)\",\"inputs\":{\"a\":{\"$tuple\":[1]},"
           "\"b\":\"xyz\",\"c\":{\"$dict\":[[1,{\"$bytes\":\"AAE=\"}]]}},\"id\":\"r1\"}",
           "{\"id\":\"r1\",\"status\":\"ok\",\"result\":{\"$tuple\":[{\"$tuple\":[1]},\"zyx\","
           "{\"$dict\":[[1,{\"$bytes\":\"AAE=\"}]]}]},\"stdout\":\"\"}");
    EXPECT(w,
           "{\"op\":\"run\",\"code\":\"sorted(s), type(f).__name__, x\",\"inputs\":"
           "{\"s\":{\"$set\":[3,1,2]},\"f\":{\"$frozenset\":[]},\"x\":"
           "123456789012345678901234567890}}",
           "{\"status\":\"ok\",\"result\":{\"$tuple\":[[1,2,3],\"frozenset\","
           "123456789012345678901234567890]},\"stdout\":\"\"}");
    // Each run is a fresh sandbox: globals do not leak between runs.
    EXPECT_PREFIX(w, "{\"op\":\"run\",\"code\":\"a\"}",
                  "{\"status\":\"error\",\"type\":\"NameError\",\"message\":\"name 'a' is not "
                  "defined\",\"traceback\":\"Traceback (most recent call last):\\n  File "
                  "\\\"<string>\\\", line 1, in <module>\\n");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1 +\",\"filename\":\"agent.py\"}",
           "{\"status\":\"error\",\"type\":\"SyntaxError\",\"message\":\"invalid syntax\","
           "\"traceback\":\"  File \\\"agent.py\\\", line 1\\n    1 +\\n       ^\\nSyntaxError: "
           "invalid syntax\\n\",\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"print('a')\\nraise SystemExit(3)\"}",
           "{\"status\":\"error\",\"type\":\"SystemExit\",\"message\":\"\",\"traceback\":\"\","
           "\"exit_code\":3,\"stdout\":\"a\\n\"}");
    // Results that JSON cannot express plainly.
    EXPECT(w, "{\"op\":\"run\",\"code\":\"[float('inf'), -0.0, 1e100, {'$set': 1}]\"}",
           "{\"status\":\"ok\",\"result\":[{\"$float\":\"inf\"},-0.0,1e+100,"
           "{\"$dict\":[[\"$set\",1]]}],\"stdout\":\"\"}");
    EXPECT_PREFIX(w, "{\"op\":\"run\",\"code\":\"len\"}",
                  "{\"status\":\"error\",\"type\":\"TypeError\"");
}

static void test_limits(KrWorker *w) {
    EXPECT(w, "{\"op\":\"run\",\"code\":\"while True: pass\",\"limits\":{\"max_steps\":1000}}",
           "{\"status\":\"limit\",\"type\":\"TimeoutError\",\"message\":\"step limit exceeded\","
           "\"stdout\":\"\"}");
    EXPECT_PREFIX(
        w, "{\"op\":\"run\",\"code\":\"while True: pass\",\"limits\":{\"max_duration\":0.05}}",
        "{\"status\":\"limit\"");
    EXPECT_PREFIX(
        w, "{\"op\":\"run\",\"code\":\"def f(): f()\\nf()\",\"limits\":{\"max_recursion\":50}}",
        "{\"status\":\"error\",\"type\":\"RecursionError\"");
    EXPECT_PREFIX(
        w, "{\"op\":\"run\",\"code\":\"x = 'a' * 10**8\",\"limits\":{\"max_memory\":1000000}}",
        "{\"status\":\"error\",\"type\":\"MemoryError\"");
    // The worker's own limits are ceilings: asking for more gets the ceiling (10 s here), and a
    // run within it finishes.
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\",\"limits\":{\"max_duration\":1e9}}",
           "{\"status\":\"ok\",\"result\":1,\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\",\"limits\":{\"max_memory\":-1}}",
           "{\"status\":\"protocol_error\",\"message\":\"limits.max_memory must be a non-negative "
           "number\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\",\"limits\":{\"max_speed\":1}}",
           "{\"status\":\"protocol_error\",\"message\":\"unknown key in \\\"limits\\\"\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\",\"limits\":[]}",
           "{\"status\":\"protocol_error\",\"message\":\"\\\"limits\\\" must be an object\"}");
}

static void test_suspend(KrWorker *w) {
    // A host call at depth, in a comprehension and in a generator, resumed with values.
    EXPECT(w,
           "{\"op\":\"run\",\"code\":\"def f(c):\\n    return get_weather(c, unit='C')['t']\\n"
           "print('start')\\nts = [f(c) for c in cities]\\n"
           "def gen():\\n    for t in ts:\\n        yield ask(t)\\n"
           "(ts, [x for x in gen()])\",\"inputs\":{\"cities\":[\"Paris\",\"Oslo\"]},"
           "\"host_functions\":[\"get_weather\",\"ask\"]}",
           "{\"status\":\"call\",\"name\":\"get_weather\",\"args\":[\"Paris\"],\"kwargs\":"
           "{\"unit\":\"C\"},\"stdout\":\"start\\n\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":{\"t\":21}}",
           "{\"status\":\"call\",\"name\":\"get_weather\",\"args\":[\"Oslo\"],\"kwargs\":"
           "{\"unit\":\"C\"},\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":{\"t\":-3}}",
           "{\"status\":\"call\",\"name\":\"ask\",\"args\":[21],\"kwargs\":{},\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":\"warm\"}",
           "{\"status\":\"call\",\"name\":\"ask\",\"args\":[-3],\"kwargs\":{},\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":\"cold\",\"id\":5}",
           "{\"id\":5,\"status\":\"ok\",\"result\":{\"$tuple\":[[21,-3],[\"warm\",\"cold\"]]},"
           "\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":1}",
           "{\"status\":\"protocol_error\",\"message\":\"nothing is suspended at a host call\"}");

    // Errors thrown into the script: caught, then uncaught.
    EXPECT(w,
           "{\"op\":\"run\",\"code\":\"try:\\n    f(b'\\\\x00', (1, 2), {3})\\n"
           "except ValueError as e:\\n    print('caught', "
           "e)\\ng()\",\"host_functions\":[\"f\",\"g\"]}",
           "{\"status\":\"call\",\"name\":\"f\",\"args\":[{\"$bytes\":\"AA==\"},{\"$tuple\":[1,2]},"
           "{\"$set\":[3]}],\"kwargs\":{},\"stdout\":\"\"}");
    // While suspended, new executions are refused.
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\"}",
           "{\"status\":\"protocol_error\",\"message\":\"a run is suspended at a host call: resume "
           "it or cancel it first\"}");
    EXPECT(w, "{\"op\":\"resume\"}",
           "{\"status\":\"protocol_error\",\"message\":\"resume needs exactly one of \\\"value\\\" "
           "and \\\"error\\\"\"}");
    EXPECT(
        w, "{\"op\":\"resume\",\"error\":\"ValueError\"}",
        "{\"status\":\"protocol_error\",\"message\":\"\\\"error\\\" must be {\\\"type\\\": NAME, "
        "\\\"message\\\": TEXT}\"}");
    EXPECT(w, "{\"op\":\"resume\",\"error\":{\"type\":\"ValueError\",\"message\":\"bad city\"}}",
           "{\"status\":\"call\",\"name\":\"g\",\"args\":[],\"kwargs\":{},\"stdout\":\"caught bad "
           "city\\n\"}");
    EXPECT(w, "{\"op\":\"resume\",\"error\":{\"type\":\"KeyError\",\"message\":\"k\"}}",
           "{\"status\":\"error\",\"type\":\"KeyError\",\"message\":\"'k'\",\"traceback\":"
           "\"Traceback (most recent call last):\\n  File \\\"<string>\\\", line 5, in <module>\\n"
           "    g()\\nKeyError: 'k'\\n\",\"stdout\":\"\"}");
    // Cancel abandons a suspended run.
    EXPECT_PREFIX(w, "{\"op\":\"run\",\"code\":\"f()\",\"host_functions\":[\"f\"]}",
                  "{\"status\":\"call\"");
    EXPECT(w, "{\"op\":\"cancel\"}", "{\"status\":\"ok\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":1}",
           "{\"status\":\"protocol_error\",\"message\":\"nothing is suspended at a host call\"}");
    // A resume value that cannot be imported raises at the call in the script.
    EXPECT_PREFIX(w, "{\"op\":\"run\",\"code\":\"f()\",\"host_functions\":[\"f\"]}",
                  "{\"status\":\"call\"");
    EXPECT(w, "{\"op\":\"resume\",\"value\":{\"$dict\":[[[1],2]]}}",
           "{\"status\":\"error\",\"type\":\"TypeError\",\"message\":\"unhashable type: 'list'\","
           "\"traceback\":\"Traceback (most recent call last):\\n  File \\\"<string>\\\", line 1, "
           "in <module>\\n    f()\\nTypeError: unhashable type: 'list'\\n\",\"stdout\":\"\"}");
}

static void test_session(KrWorker *w) {
    EXPECT(w, "{\"op\":\"session\",\"code\":\"a = 5\\ndef sq(x): return x * x\"}",
           "{\"status\":\"ok\",\"result\":null,\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"print(a)\\nsq(a)\"}",
           "{\"status\":\"ok\",\"result\":25,\"stdout\":\"5\\n\"}");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"b = ask(a) + 1\\nb\",\"host_functions\":[\"ask\"]}",
           "{\"status\":\"call\",\"name\":\"ask\",\"args\":[5],\"kwargs\":{},\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"1\"}",
           "{\"status\":\"protocol_error\",\"message\":\"a session snippet is suspended at a host "
           "call: resume it or cancel it first\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":41}",
           "{\"status\":\"ok\",\"result\":42,\"stdout\":\"\"}");
    // Runs do not touch the session.
    EXPECT(w, "{\"op\":\"run\",\"code\":\"b = 0\\nb\"}",
           "{\"status\":\"ok\",\"result\":0,\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"b, ask(2)\"}",
           "{\"status\":\"call\",\"name\":\"ask\",\"args\":[2],\"kwargs\":{},\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"resume\",\"value\":null}",
           "{\"status\":\"ok\",\"result\":{\"$tuple\":[42,null]},\"stdout\":\"\"}");
    EXPECT_PREFIX(w, "{\"op\":\"session\",\"code\":\"1/0\"}",
                  "{\"status\":\"error\",\"type\":\"ZeroDivisionError\"");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"b\"}",
           "{\"status\":\"ok\",\"result\":42,\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"b\",\"reset\":true}",
           "{\"status\":\"error\",\"type\":\"NameError\",\"message\":\"name 'b' is not defined\","
           "\"traceback\":\"Traceback (most recent call last):\\n  File \\\"<session>\\\", line 1, "
           "in <module>\\n    b\\nNameError: name 'b' is not defined\\n\",\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"session\",\"code\":\"c = 1\"}",
           "{\"status\":\"ok\",\"result\":null,\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"reset\"}", "{\"status\":\"ok\"}");
    EXPECT_PREFIX(w, "{\"op\":\"session\",\"code\":\"c\"}",
                  "{\"status\":\"error\",\"type\":\"NameError\"");
    // Cancel of a suspended session drops it.
    EXPECT_PREFIX(w, "{\"op\":\"session\",\"code\":\"d = 1\\nask()\"}", "{\"status\":\"error\"");
    EXPECT_PREFIX(w, "{\"op\":\"session\",\"code\":\"d = 1\\nask()\",\"host_functions\":[\"ask\"]}",
                  "{\"status\":\"call\"");
    EXPECT(w, "{\"op\":\"cancel\"}", "{\"status\":\"ok\"}");
    EXPECT_PREFIX(w, "{\"op\":\"session\",\"code\":\"d\"}",
                  "{\"status\":\"error\",\"type\":\"NameError\"");
}

static void test_protocol_errors(KrWorker *w) {
    EXPECT(w, "not json",
           "{\"status\":\"protocol_error\",\"message\":\"malformed JSON: invalid literal at offset "
           "0\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\"",
           "{\"status\":\"protocol_error\",\"message\":"
           "\"malformed JSON: expected ',' or '}' in object at "
           "offset 22\"}");
    EXPECT(w, "[1]",
           "{\"status\":\"protocol_error\",\"message\":\"a request must be a JSON object\"}");
    EXPECT(w, "{}",
           "{\"status\":\"protocol_error\",\"message\":\"a request needs \\\"op\\\" (a string)\"}");
    EXPECT(
        w, "{\"op\":\"fly\",\"id\":[1]}",
        "{\"id\":[1],\"status\":\"protocol_error\",\"message\":\"unknown op (expected run, resume, "
        "session, reset, cancel, snapshot or restore)\"}");
    EXPECT(w, "{\"op\":\"run\"}",
           "{\"status\":\"protocol_error\",\"message\":\"run needs \\\"code\\\" (a string)\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":1}",
           "{\"status\":\"protocol_error\",\"message\":\"run needs \\\"code\\\" (a string)\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"1\",\"inputs\":[]}",
           "{\"status\":\"protocol_error\",\"message\":\"\\\"inputs\\\" must be an object\"}");
    EXPECT(
        w, "{\"op\":\"run\",\"code\":\"1\",\"host_functions\":[1]}",
        "{\"status\":\"protocol_error\",\"message\":\"\\\"host_functions\\\" must be an array of "
        "non-empty strings\"}");
    EXPECT(
        w, "{\"op\":\"run\",\"code\":\"1\",\"host_functions\":\"f\"}",
        "{\"status\":\"protocol_error\",\"message\":\"\\\"host_functions\\\" must be an array of "
        "strings\"}");
    EXPECT(w, "{\"op\":\"snapshot\"}",
           "{\"status\":\"protocol_error\",\"message\":\"nothing is suspended at a host call\"}");
    EXPECT(w, "{\"op\":\"restore\"}",
           "{\"status\":\"protocol_error\",\"message\":\"restore needs \\\"data\\\" (a base64 "
           "string)\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"\\u00e9 = 1\\n\\u00e9\"}",
           "{\"status\":\"ok\",\"result\":1,\"stdout\":\"\"}");
    EXPECT(w, "{\"op\":\"run\",\"code\":\"print('\\\\x00\\\\u2028\\\\ud800')\"}",
           "{\"status\":\"ok\",\"result\":null,\"stdout\":\"\\u0000\xe2\x80\xa8\\ud800\\n\"}");
    // The worker keeps going after all of that.
    EXPECT(w, "{\"op\":\"run\",\"code\":\"'still here'\"}",
           "{\"status\":\"ok\",\"result\":\"still here\",\"stdout\":\"\"}");
}

int main(void) {
    test_json();
    KrWorker *w = new_worker();
    CHECK(w != NULL);
    test_run(w);
    test_limits(w);
    test_suspend(w);
    test_session(w);
    test_protocol_errors(w);
    kr_worker_free(w);
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("test_worker: all passed\n");
    return 0;
}
