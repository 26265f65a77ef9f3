// SPDX-License-Identifier: MIT
// interp/worker.c: `krait --worker`, a line-delimited JSON protocol on stdin/stdout through
// which a host in any language drives sandboxes in a subprocess. A thin client of krait.h.
//
// One request per line, one response per line, in order. Values use the JSON mapping of
// cli_json.h (tuples, sets, bytes, non-finite floats and dicts with non-string keys travel as
// {"$tuple": [...]}, {"$bytes": "<base64>"}, ...). Every response has "status"; a request's "id"
// (any JSON value) is echoed in its response. Blank lines are ignored.
//
// Requests:
//   {"op":"run","code":SRC, "inputs":{NAME:VALUE,...}, "host_functions":[NAME,...],
//    "limits":{...}, "filename":"<string>"}
//       A fresh sandbox (VM) runs SRC: the input names are globals, each host function name is a
//       callable that suspends the run. Only "code" is required.
//   {"op":"resume","value":VALUE}                           the host function returned VALUE
//   {"op":"resume","error":{"type":"ValueError","message":"..."}}   ... or raised (a built-in
//       exception type name; the script can catch it)
//   {"op":"session","code":SRC, "host_functions":[...], "limits":{...}, "reset":false}
//       REPL-style: successive snippets share their globals in one session VM (created at the
//       first snippet, or afresh with "reset":true; "limits" apply when it is created).
//   {"op":"reset"}       drop the session (its globals)
//   {"op":"cancel"}      abandon the suspended execution (a suspended session loses its globals)
//   {"op":"snapshot"}    the suspended execution as bytes -> {"status":"snapshot","data":BASE64}
//   {"op":"restore","data":BASE64}   load a snapshot into a fresh VM (possibly in another
//       worker process; loading the same bytes twice forks the run); answers like the call it
//       is suspended at, {"status":"call",...}, to be resumed.
// Only one execution can be suspended at a time: while one is, run/session/restore give a
// protocol_error (resume it or cancel it first).
//
// Responses ("stdout" is the script's print() output during this request; it never appears on
// the protocol stream itself):
//   {"status":"ok","result":VALUE,"stdout":"..."}    finished; VALUE is the last expression
//                                                    statement's value (or null)
//   {"status":"call","name":"get_weather","args":[...],"kwargs":{...},"stdout":"..."}
//   {"status":"error","type":"ValueError","message":"...","traceback":"...","stdout":"..."}
//       (an uncaught SystemExit adds "exit_code"; a SyntaxError comes at compile time)
//   {"status":"limit","type":"TimeoutError","message":"...","stdout":"..."}   not catchable
//   {"status":"internal","message":"..."}    the VM reached an impossible state and was dropped
//   {"status":"snapshot","data":BASE64}
//   {"status":"protocol_error","message":"..."}   malformed JSON, unknown op, bad field; the
//                                                 worker keeps going
//
// "limits" keys: max_memory, max_allocations, max_duration, max_steps, max_recursion,
// max_c_depth, max_output, max_int_digits, max_source (krait.h KrLimits). The worker's own
// limits (command-line flags) are the defaults and the ceilings: a request can only lower them
// (0 or a larger value means the ceiling).
#include "worker.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli_json.h"

// Snapshots (kr_snapshot / kr_restore, interp/snapshot.c); -DKR_WORKER_SNAPSHOTS=0 builds a
// worker that answers snapshot/restore with a protocol_error.
#ifndef KR_WORKER_SNAPSHOTS
#define KR_WORKER_SNAPSHOTS 1
#endif

enum { PENDING_NONE, PENDING_RUN, PENDING_SESSION };

struct KrWorker {
    KrConfig base;     // defaults and ceilings; write is the capture callback
    KrVm *run_vm;      // the VM of the current or last run (a fresh one per run)
    KrProgram *prog;   // its program
    KrVm *session_vm;  // the session, NULL until the first snippet
    int pending;       // which VM is suspended at a host call
    KrJsonBuf out;     // print() output of the current request
    KrJsonBuf resp;    // the response line
    KrJsonArena *arena; // the parsed request
};

static void capture(void *ud, const char *s, size_t len) {
    KrWorker *w = ud;
    kr_cli_json_add(&w->out, s, len);
}

KrWorker *kr_worker_new(const KrConfig *cfg) {
    KrWorker *w = calloc(1, sizeof *w);
    if (!w) {
        return NULL;
    }
    if (cfg) {
        w->base = *cfg;
    } else {
        kr_config_default(&w->base);
    }
    w->base.write = capture;
    w->base.write_ud = w;
    return w;
}

static void drop_run(KrWorker *w) {
    if (w->run_vm) {
        kr_program_free(w->run_vm, w->prog);
        kr_vm_free(w->run_vm);
    }
    w->run_vm = NULL;
    w->prog = NULL;
    if (w->pending == PENDING_RUN) {
        w->pending = PENDING_NONE;
    }
}

static void drop_session(KrWorker *w) {
    if (w->session_vm) {
        kr_vm_free(w->session_vm);
    }
    w->session_vm = NULL;
    if (w->pending == PENDING_SESSION) {
        w->pending = PENDING_NONE;
    }
}

void kr_worker_free(KrWorker *w) {
    if (!w) {
        return;
    }
    drop_run(w);
    drop_session(w);
    kr_cli_json_buf_free(&w->out);
    kr_cli_json_buf_free(&w->resp);
    kr_cli_json_arena_free(w->arena);
    free(w);
}

// ----- Responses -----

static void begin(KrWorker *w, const KrValue *id, const char *status) {
    w->resp.len = 0;
    w->resp.failed = 0;
    kr_cli_json_adds(&w->resp, "{");
    if (id) {
        kr_cli_json_adds(&w->resp, "\"id\":");
        if (kr_cli_json_value(&w->resp, id) < 0) {
            kr_cli_json_adds(&w->resp, "null");
        }
        kr_cli_json_adds(&w->resp, ",");
    }
    kr_cli_json_adds(&w->resp, "\"status\":");
    kr_cli_json_string(&w->resp, status, strlen(status));
}

static void field_str(KrWorker *w, const char *key, const char *s, size_t n) {
    kr_cli_json_adds(&w->resp, ",\"");
    kr_cli_json_adds(&w->resp, key);
    kr_cli_json_adds(&w->resp, "\":");
    kr_cli_json_string(&w->resp, s, n);
}

static int field_value(KrWorker *w, const char *key, const KrValue *v) {
    kr_cli_json_adds(&w->resp, ",\"");
    kr_cli_json_adds(&w->resp, key);
    kr_cli_json_adds(&w->resp, "\":");
    return kr_cli_json_value(&w->resp, v);
}

static void protocol_error(KrWorker *w, const KrValue *id, const char *msg) {
    begin(w, id, "protocol_error");
    field_str(w, "message", msg, strlen(msg));
    kr_cli_json_adds(&w->resp, "}");
}

static void add_stdout(KrWorker *w) {
    field_str(w, "stdout", w->out.data ? w->out.data : "", w->out.len);
}

// The response for the outcome [st] of a run/resume/session on [vm] ([which] is PENDING_RUN or
// PENDING_SESSION).
static void respond(KrWorker *w, const KrValue *id, KrVm *vm, KrStatus st, int which) {
    w->pending = PENDING_NONE;
    if (st == KR_OK && !kr_result(vm)) {
        st = KR_ERROR; // the result is not plain data: kr_error_* say why
    }
    switch (st) {
    case KR_OK: {
        begin(w, id, "ok");
        const KrValue *r = kr_result(vm);
        KrValue none;
        none.type = KR_NONE;
        if (field_value(w, "result", r ? r : &none) < 0) {
            protocol_error(w, id, "the result is nested too deeply for JSON");
            return;
        }
        break;
    }
    case KR_CALL: {
        const char *name;
        const KrValue *args, *kwargs;
        size_t nargs;
        if (!kr_pending_call(vm, &name, &args, &nargs, &kwargs)) {
            begin(w, id, "internal");
            field_str(w, "message", "suspended without a pending call", 33);
            break;
        }
        w->pending = which;
        begin(w, id, "call");
        field_str(w, "name", name, strlen(name));
        KrValue list;
        list.type = KR_LIST;
        list.as.seq.items = (KrValue *)args;
        list.as.seq.len = nargs;
        if (field_value(w, "args", &list) < 0 || field_value(w, "kwargs", kwargs) < 0) {
            // Cannot be expressed: make the call raise in the script instead.
            KrStatus st2 = kr_resume_error(vm, "ValueError",
                                           "host function arguments are nested too deeply");
            respond(w, id, vm, st2, which);
            return;
        }
        break;
    }
    case KR_ERROR: {
        begin(w, id, "error");
        const char *type = kr_error_type(vm), *msg = kr_error_message(vm);
        field_str(w, "type", type, strlen(type));
        field_str(w, "message", msg, strlen(msg));
        const char *tb = kr_error_text(vm);
        field_str(w, "traceback", tb, strlen(tb));
        int status;
        const char *emsg;
        if (kr_error_exit(vm, &status, &emsg)) {
            char t[32];
            snprintf(t, sizeof t, ",\"exit_code\":%d", status);
            kr_cli_json_adds(&w->resp, t);
        }
        break;
    }
    case KR_LIMIT: {
        begin(w, id, "limit");
        const char *type = kr_error_type(vm), *msg = kr_error_message(vm);
        field_str(w, "type", type, strlen(type));
        field_str(w, "message", msg, strlen(msg));
        break;
    }
    default: {
        begin(w, id, "internal");
        const char *msg = kr_error_message(vm);
        field_str(w, "message", msg, strlen(msg));
        add_stdout(w);
        kr_cli_json_adds(&w->resp, "}");
        if (which == PENDING_SESSION) {
            drop_session(w); // a poisoned VM is only good for freeing
        } else {
            drop_run(w);
        }
        return;
    }
    }
    add_stdout(w);
    kr_cli_json_adds(&w->resp, "}");
}

// ----- Request fields -----

static const char *get_str(const KrValue *req, const char *key, size_t *len) {
    const KrValue *v = kr_cli_json_get(req, key);
    if (!v || v->type != KR_STR) {
        return NULL;
    }
    *len = v->as.str.len;
    return v->as.str.ptr;
}

// A limit from a request, clamped to the worker's [ceiling] (0: none). -1 if malformed.
static int limit_value(const KrValue *v, double ceiling, double *out) {
    double x;
    if (v->type == KR_INT) {
        x = (double)v->as.i;
    } else if (v->type == KR_FLOAT) {
        x = v->as.f;
    } else if (v->type == KR_BIGINT) {
        x = v->as.str.ptr[0] == '-' ? -1.0 : 1e300;
    } else {
        return -1;
    }
    if (!(x >= 0)) {
        return -1; // negative or NaN
    }
    if (ceiling > 0 && (x == 0 || x > ceiling)) {
        x = ceiling;
    }
    *out = x;
    return 0;
}

static size_t to_size(double x) { return x >= 1e18 ? (size_t)1e18 : (size_t)x; }
static int to_int(double x) { return x >= 2e9 ? 2000000000 : (int)x; }

// Fill [cfg] from the worker's config and the request's "limits". NULL or an error message.
static const char *make_config(KrWorker *w, const KrValue *req, KrConfig *cfg) {
    *cfg = w->base;
    const KrValue *lim = kr_cli_json_get(req, "limits");
    if (!lim) {
        return NULL;
    }
    if (lim->type != KR_DICT) {
        return "\"limits\" must be an object";
    }
    KrLimits *l = &cfg->limits;
    const KrLimits *c = &w->base.limits;
    for (size_t i = 0; i < lim->as.seq.len; i++) {
        const KrValue *k = &lim->as.seq.items[2 * i], *v = &lim->as.seq.items[2 * i + 1];
        if (k->type != KR_STR) {
            return "\"limits\" keys must be strings";
        }
        const char *name = k->as.str.ptr;
        double x;
#define LIMIT(field, conv)                                                                         \
    if (strcmp(name, #field) == 0) {                                                               \
        if (limit_value(v, (double)c->field, &x) < 0) {                                           \
            return "limits." #field " must be a non-negative number";                              \
        }                                                                                          \
        l->field = conv(x);                                                                        \
        continue;                                                                                  \
    }
        LIMIT(max_memory, to_size)
        LIMIT(max_allocations, (uint64_t)to_size)
        LIMIT(max_duration, (double))
        LIMIT(max_steps, (uint64_t)to_size)
        LIMIT(max_recursion, to_int)
        LIMIT(max_c_depth, to_int)
        LIMIT(max_output, to_size)
        LIMIT(max_int_digits, to_int)
        LIMIT(max_source, to_size)
#undef LIMIT
        return "unknown key in \"limits\"";
    }
    return NULL;
}

// A JSON array of strings as a malloc'ed array of C strings (pointing into the request).
static const char *string_list(const KrValue *req, const char *key, const char ***out,
                               size_t *n) {
    *out = NULL;
    *n = 0;
    const KrValue *v = kr_cli_json_get(req, key);
    if (!v) {
        return NULL;
    }
    if (v->type != KR_LIST) {
        return "\"host_functions\" must be an array of strings";
    }
    if (v->as.seq.len == 0) {
        return NULL;
    }
    const char **names = malloc(v->as.seq.len * sizeof *names);
    if (!names) {
        return "out of memory";
    }
    for (size_t i = 0; i < v->as.seq.len; i++) {
        const KrValue *s = &v->as.seq.items[i];
        if (s->type != KR_STR || s->as.str.len == 0 || strlen(s->as.str.ptr) != s->as.str.len) {
            free(names);
            return "\"host_functions\" must be an array of non-empty strings";
        }
        names[i] = s->as.str.ptr;
    }
    *out = names;
    *n = v->as.seq.len;
    return NULL;
}

static const char *busy_message(KrWorker *w) {
    return w->pending == PENDING_SESSION
               ? "a session snippet is suspended at a host call: resume it or cancel it first"
               : "a run is suspended at a host call: resume it or cancel it first";
}

// ----- Ops -----

static void op_run(KrWorker *w, const KrValue *id, const KrValue *req) {
    size_t len, fnlen;
    const char *code = get_str(req, "code", &len);
    if (!code) {
        protocol_error(w, id, "run needs \"code\" (a string)");
        return;
    }
    if (w->pending != PENDING_NONE) {
        protocol_error(w, id, busy_message(w));
        return;
    }
    const char *filename = "<string>";
    if (kr_cli_json_get(req, "filename")) {
        filename = get_str(req, "filename", &fnlen);
        if (!filename || strlen(filename) != fnlen) {
            protocol_error(w, id, "\"filename\" must be a string");
            return;
        }
    }
    const KrValue *inputs = kr_cli_json_get(req, "inputs");
    if (inputs && inputs->type != KR_DICT) {
        protocol_error(w, id, "\"inputs\" must be an object");
        return;
    }
    size_t nin = inputs ? inputs->as.seq.len : 0;
    for (size_t i = 0; i < nin; i++) {
        const KrValue *k = &inputs->as.seq.items[2 * i];
        if (k->type != KR_STR || strlen(k->as.str.ptr) != k->as.str.len) {
            protocol_error(w, id, "\"inputs\" keys must be strings");
            return;
        }
    }
    KrConfig cfg;
    const char *err = make_config(w, req, &cfg);
    if (err) {
        protocol_error(w, id, err);
        return;
    }
    const char **hosts;
    size_t nhosts;
    err = string_list(req, "host_functions", &hosts, &nhosts);
    if (err) {
        protocol_error(w, id, err);
        return;
    }
    const char **names = NULL;
    KrValue *values = NULL;
    if (nin) {
        names = malloc(nin * sizeof *names);
        values = malloc(nin * sizeof *values);
        if (!names || !values) {
            free(names);
            free(values);
            free(hosts);
            protocol_error(w, id, "out of memory");
            return;
        }
        for (size_t i = 0; i < nin; i++) {
            names[i] = inputs->as.seq.items[2 * i].as.str.ptr;
            values[i] = inputs->as.seq.items[2 * i + 1];
        }
    }
    drop_run(w);
    w->run_vm = kr_vm_new(&cfg);
    if (!w->run_vm) {
        free(names);
        free(values);
        free(hosts);
        protocol_error(w, id, "cannot create a VM (out of memory)");
        return;
    }
    KrStatus st = kr_program_compile(w->run_vm, code, len, filename, names, nin, hosts, nhosts,
                                     &w->prog);
    if (st == KR_OK) {
        st = kr_start(w->run_vm, w->prog, values);
    }
    free(names);
    free(values);
    free(hosts);
    respond(w, id, w->run_vm, st, PENDING_RUN);
}

static KrVm *pending_vm(KrWorker *w) {
    return w->pending == PENDING_RUN ? w->run_vm
           : w->pending == PENDING_SESSION ? w->session_vm
                                           : NULL;
}

static void op_resume(KrWorker *w, const KrValue *id, const KrValue *req) {
    KrVm *vm = pending_vm(w);
    if (!vm) {
        protocol_error(w, id, "nothing is suspended at a host call");
        return;
    }
    const KrValue *value = kr_cli_json_get(req, "value");
    const KrValue *error = kr_cli_json_get(req, "error");
    if ((value != NULL) == (error != NULL)) {
        protocol_error(w, id, "resume needs exactly one of \"value\" and \"error\"");
        return;
    }
    int which = w->pending;
    KrStatus st;
    if (value) {
        st = kr_resume(vm, value);
    } else {
        size_t tlen, mlen = 0;
        const char *type = error->type == KR_DICT ? get_str(error, "type", &tlen) : NULL;
        const char *msg = error->type == KR_DICT ? get_str(error, "message", &mlen) : NULL;
        if (!type || (kr_cli_json_get(error, "message") && !msg)) {
            protocol_error(w, id, "\"error\" must be {\"type\": NAME, \"message\": TEXT}");
            return;
        }
        st = kr_resume_error(vm, type, msg ? msg : "");
    }
    respond(w, id, vm, st, which);
}

static void op_session(KrWorker *w, const KrValue *id, const KrValue *req) {
    size_t len;
    const char *code = get_str(req, "code", &len);
    if (!code) {
        protocol_error(w, id, "session needs \"code\" (a string)");
        return;
    }
    if (w->pending != PENDING_NONE) {
        protocol_error(w, id, busy_message(w));
        return;
    }
    const KrValue *reset = kr_cli_json_get(req, "reset");
    if (reset && reset->type != KR_BOOL) {
        protocol_error(w, id, "\"reset\" must be true or false");
        return;
    }
    KrConfig cfg;
    const char *err = make_config(w, req, &cfg);
    const char **hosts = NULL;
    size_t nhosts = 0;
    if (!err) {
        err = string_list(req, "host_functions", &hosts, &nhosts);
    }
    if (err) {
        protocol_error(w, id, err);
        return;
    }
    if (reset && reset->as.boolean) {
        drop_session(w);
    }
    if (!w->session_vm) {
        w->session_vm = kr_vm_new(&cfg);
        if (!w->session_vm) {
            free(hosts);
            protocol_error(w, id, "cannot create a VM (out of memory)");
            return;
        }
    }
    for (size_t i = 0; i < nhosts; i++) {
        if (kr_register_host(w->session_vm, hosts[i], NULL, NULL) != KR_OK) {
            free(hosts);
            protocol_error(w, id, "cannot register the host functions (out of memory)");
            return;
        }
    }
    free(hosts);
    KrStatus st = kr_session_run(w->session_vm, code, len);
    respond(w, id, w->session_vm, st, PENDING_SESSION);
}

static void op_snapshot(KrWorker *w, const KrValue *id, const KrValue *req) {
    (void)req;
    KrVm *vm = pending_vm(w);
    if (!vm) {
        protocol_error(w, id, "nothing is suspended at a host call");
        return;
    }
#if KR_WORKER_SNAPSHOTS
    if (w->pending == PENDING_SESSION) {
        protocol_error(w, id, "snapshots of a session are not supported yet");
        return;
    }
    unsigned char *data = NULL;
    size_t n = 0;
    KrStatus st = kr_snapshot(vm, &data, &n);
    if (st != KR_OK) {
        const char *msg = kr_error_message(vm);
        begin(w, id, "error");
        field_str(w, "type", kr_error_type(vm), strlen(kr_error_type(vm)));
        field_str(w, "message", msg, strlen(msg));
        kr_cli_json_adds(&w->resp, "}");
        return;
    }
    begin(w, id, "snapshot");
    kr_cli_json_adds(&w->resp, ",\"data\":\"");
    kr_cli_json_base64(&w->resp, data, n);
    kr_cli_json_adds(&w->resp, "\"}");
    kr_snapshot_free(vm, data, n);
#else
    protocol_error(w, id, "snapshots are not supported yet");
#endif
}

static void op_restore(KrWorker *w, const KrValue *id, const KrValue *req) {
    size_t len;
    const char *b64 = get_str(req, "data", &len);
    if (!b64) {
        protocol_error(w, id, "restore needs \"data\" (a base64 string)");
        return;
    }
    if (w->pending != PENDING_NONE) {
        protocol_error(w, id, busy_message(w));
        return;
    }
#if KR_WORKER_SNAPSHOTS
    unsigned char *raw;
    size_t n;
    if (kr_cli_json_unbase64(b64, len, &raw, &n) < 0) {
        protocol_error(w, id, "\"data\" is not valid base64");
        return;
    }
    KrConfig cfg;
    const char *err = make_config(w, req, &cfg);
    if (err) {
        free(raw);
        protocol_error(w, id, err);
        return;
    }
    drop_run(w);
    w->run_vm = kr_vm_new(&cfg);
    if (!w->run_vm) {
        free(raw);
        protocol_error(w, id, "cannot create a VM (out of memory)");
        return;
    }
    KrStatus st = kr_restore(w->run_vm, raw, n);
    free(raw);
    if (st == KR_OK && kr_pending_call(w->run_vm, &(const char *){0}, &(const KrValue *){0},
                                       &(size_t){0}, &(const KrValue *){0})) {
        st = KR_CALL;
    }
    respond(w, id, w->run_vm, st, PENDING_RUN);
#else
    protocol_error(w, id, "snapshots are not supported yet");
#endif
}

const char *kr_worker_handle(KrWorker *w, const char *line, size_t len, size_t *resp_len) {
    kr_cli_json_arena_free(w->arena);
    w->arena = NULL;
    w->out.len = 0;
    w->out.failed = 0;
    if (w->out.data) {
        w->out.data[0] = '\0';
    }
    KrValue req;
    char err[160];
    if (kr_cli_json_parse(line, len, &req, &w->arena, err, sizeof err) < 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "malformed JSON: %s", err);
        protocol_error(w, NULL, msg);
    } else if (req.type != KR_DICT) {
        protocol_error(w, NULL, "a request must be a JSON object");
    } else {
        const KrValue *id = kr_cli_json_get(&req, "id");
        size_t oplen;
        const char *op = get_str(&req, "op", &oplen);
        if (!op) {
            protocol_error(w, id, "a request needs \"op\" (a string)");
        } else if (strcmp(op, "run") == 0) {
            op_run(w, id, &req);
        } else if (strcmp(op, "resume") == 0) {
            op_resume(w, id, &req);
        } else if (strcmp(op, "session") == 0) {
            op_session(w, id, &req);
        } else if (strcmp(op, "snapshot") == 0) {
            op_snapshot(w, id, &req);
        } else if (strcmp(op, "restore") == 0) {
            op_restore(w, id, &req);
        } else if (strcmp(op, "reset") == 0 || strcmp(op, "cancel") == 0) {
            if (op[0] == 'r') {
                drop_session(w);
            } else if (w->pending == PENDING_RUN) {
                drop_run(w);
            } else if (w->pending == PENDING_SESSION) {
                drop_session(w);
            }
            begin(w, id, "ok");
            kr_cli_json_adds(&w->resp, "}");
        } else {
            protocol_error(w, id, "unknown op (expected run, resume, session, reset, cancel, "
                                  "snapshot or restore)");
        }
    }
    if (w->resp.failed) {
        // Out of memory while building the response: a short one needs no allocation beyond
        // what the buffer already holds, or none at all.
        static const char oom[] =
            "{\"status\":\"protocol_error\",\"message\":\"out of memory building the response\"}\n";
        kr_cli_json_buf_free(&w->resp);
        *resp_len = sizeof oom - 1;
        return oom;
    }
    kr_cli_json_adds(&w->resp, "\n");
    if (w->resp.failed) {
        static const char oom2[] =
            "{\"status\":\"protocol_error\",\"message\":\"out of memory building the response\"}\n";
        kr_cli_json_buf_free(&w->resp);
        *resp_len = sizeof oom2 - 1;
        return oom2;
    }
    *resp_len = w->resp.len;
    return w->resp.data;
}

int kr_worker_main(KrWorker *w, FILE *in, FILE *out) {
    char chunk[1 << 16];
    char *line = NULL;
    size_t len = 0, cap = 0;
    int too_long = 0;
    for (;;) {
        if (!fgets(chunk, sizeof chunk, in)) {
            if (len == 0 && !too_long) {
                break;
            }
            chunk[0] = '\0'; // the last line had no newline: handle it
        }
        size_t n = strlen(chunk);
        int eol = n > 0 && chunk[n - 1] == '\n';
        if (feof(in) || ferror(in)) {
            eol = 1;
        }
        if (!too_long) {
            if (len + n > KR_WORKER_MAX_LINE) {
                too_long = 1;
            } else {
                if (len + n + 1 > cap) {
                    size_t ncap = cap ? cap : 1 << 16;
                    while (ncap < len + n + 1) {
                        ncap *= 2;
                    }
                    char *nl = realloc(line, ncap);
                    if (!nl) {
                        too_long = 1;
                    } else {
                        line = nl;
                        cap = ncap;
                    }
                }
                if (!too_long) {
                    memcpy(line + len, chunk, n);
                    len += n;
                }
            }
        }
        if (!eol) {
            continue;
        }
        const char *resp;
        size_t rlen;
        if (too_long) {
            static const char msg[] = "{\"status\":\"protocol_error\",\"message\":\"request line "
                                      "too long (or out of memory)\"}\n";
            resp = msg;
            rlen = sizeof msg - 1;
        } else {
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
                len--;
            }
            size_t i = 0;
            while (i < len && (line[i] == ' ' || line[i] == '\t')) {
                i++;
            }
            if (i == len) {
                len = 0;
                if (feof(in) || ferror(in)) {
                    break;
                }
                continue; // blank line
            }
            resp = kr_worker_handle(w, line, len, &rlen);
        }
        fwrite(resp, 1, rlen, out);
        fflush(out);
        len = 0;
        too_long = 0;
        if (feof(in) || ferror(in)) {
            break;
        }
    }
    free(line);
    return 0;
}
