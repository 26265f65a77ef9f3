// SPDX-License-Identifier: MIT
// interp/worker.h: the worker protocol of `krait --worker` (line-delimited JSON on
// stdin/stdout; documented in worker.c and README.md). Not part of the public API.
#ifndef KR_WORKER_H
#define KR_WORKER_H

#include <stdio.h>

#include "krait.h"

#define KR_WORKER_MAX_LINE ((size_t)64 << 20) // longest request line accepted (bytes)

typedef struct KrWorker KrWorker;

// A worker whose VMs use [cfg] (copied; NULL: defaults): its limits are the defaults and the
// ceilings of a request's "limits", its allocator and hash seed are used for every VM; its write
// callback is replaced (output is captured per request). NULL if out of memory.
KrWorker *kr_worker_new(const KrConfig *cfg);
void kr_worker_free(KrWorker *w);

// Handle one request line ([len] bytes, without the newline). Returns the response: one line
// of JSON ending in '\n', [*resp_len] bytes, owned by the worker and valid until the next call.
const char *kr_worker_handle(KrWorker *w, const char *line, size_t len, size_t *resp_len);

// The protocol loop: requests from [in], responses to [out] (flushed after each), until EOF.
// Returns the process exit status.
int kr_worker_main(KrWorker *w, FILE *in, FILE *out);

#endif
