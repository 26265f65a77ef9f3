// SPDX-License-Identifier: MIT
// examples/host_suspend.c: iterative mode across processes. The script calls the host function
// ask(); the run suspends there, the host snapshots the suspended run to a file and exits. A
// later process restores the snapshot into a new VM and resumes it with the answer.
//
//   build/examples/host_suspend [FILE]                start; saves the run to FILE at ask()
//   build/examples/host_suspend --resume FILE ANSWER  answer the pending ask() and go on
//
// e.g.  host_suspend /tmp/s.snap; host_suspend --resume /tmp/s.snap Ada;
//       host_suspend --resume /tmp/s.snap 3
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

// Snapshots come with interp/snapshot.c (kr_snapshot / kr_restore); -DHAVE_SNAPSHOTS=0 builds
// the example without them.
#ifndef HAVE_SNAPSHOTS
#define HAVE_SNAPSHOTS 1
#endif

static const char script[] =
    "name = ask('What is your name?')\n"
    "n = int(ask(f'How many greetings, {name}?'))\n"
    "greetings = [f'Hello {name} #{i + 1}' for i in range(n)]\n"
    "print('\\n'.join(greetings))\n"
    "len(greetings)\n";

static void out(void *ud, const char *s, size_t n) {
    (void)ud;
    fwrite(s, 1, n, stdout);
}

static KrVm *new_vm(void) {
    KrConfig cfg;
    kr_config_default(&cfg);
    cfg.write = out;
    return kr_vm_new(&cfg);
}

// After kr_start/kr_resume: finish, fail, or save the suspended run to [file].
static int handle(KrVm *vm, KrStatus st, const char *file) {
    if (st == KR_OK) {
        const KrValue *r = kr_result(vm);
        printf("finished; result = %lld\n", r->type == KR_INT ? (long long)r->as.i : -1LL);
        return 0;
    }
    if (st != KR_CALL) {
        fputs(kr_error_text(vm), stderr);
        return 1;
    }
    const char *name;
    const KrValue *args, *kwargs;
    size_t nargs;
    kr_pending_call(vm, &name, &args, &nargs, &kwargs);
    printf("the script calls %s(%.*s)\n", name, nargs ? (int)args[0].as.str.len : 0,
           nargs && args[0].type == KR_STR ? args[0].as.str.ptr : "");
#if HAVE_SNAPSHOTS
    unsigned char *data;
    size_t len;
    if (kr_snapshot(vm, &data, &len) != KR_OK) {
        fprintf(stderr, "snapshot failed: %s\n", kr_error_text(vm));
        return 1;
    }
    FILE *f = fopen(file, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", file);
        kr_snapshot_free(vm, data, len);
        return 1;
    }
    kr_snapshot_free(vm, data, len);
    printf("saved the suspended run to %s (%zu bytes); answer with:\n"
           "  host_suspend --resume %s ANSWER\n",
           file, len, file);
    return 0;
#else
    (void)file;
    fprintf(stderr, "snapshots are not supported by this build yet\n");
    return 1;
#endif
}

static int start(const char *file) {
    KrVm *vm = new_vm();
    if (!vm) {
        return 1;
    }
    const char *hosts[] = {"ask"}; // no callback registered: calls suspend the run
    KrProgram *prog;
    KrStatus st = kr_program_compile(vm, script, strlen(script), "dialog.py", NULL, 0, hosts, 1,
                                     &prog);
    if (st == KR_OK) {
        st = kr_start(vm, prog, NULL);
    }
    int rc = handle(vm, st, file);
    kr_vm_free(vm);
    return rc;
}

static int resume(const char *file, const char *answer) {
#if HAVE_SNAPSHOTS
    FILE *f = fopen(file, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", file);
        return 1;
    }
    static unsigned char buf[1 << 22];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    if (len == sizeof buf) {
        fprintf(stderr, "%s is larger than this example's %zu-byte buffer\n", file, sizeof buf);
        return 1;
    }
    KrVm *vm = new_vm();
    if (!vm) {
        return 1;
    }
    if (kr_restore(vm, buf, len) != KR_CALL) { // restored, suspended at its host call
        fprintf(stderr, "cannot restore %s: %s\n", file, kr_error_text(vm));
        kr_vm_free(vm);
        return 1;
    }
    KrValue v;
    v.type = KR_STR;
    v.as.str.ptr = answer;
    v.as.str.len = strlen(answer);
    int rc = handle(vm, kr_resume(vm, &v), file);
    kr_vm_free(vm);
    return rc;
#else
    (void)file;
    (void)answer;
    fprintf(stderr, "snapshots are not supported by this build yet\n");
    return 1;
#endif
}

int main(int argc, char **argv) {
    if (argc == 4 && strcmp(argv[1], "--resume") == 0) {
        return resume(argv[2], argv[3]);
    }
    if (argc <= 2 && (argc < 2 || argv[1][0] != '-')) {
        return start(argc == 2 ? argv[1] : "host_suspend.snap");
    }
    fprintf(stderr, "usage: host_suspend [FILE] | host_suspend --resume FILE ANSWER\n");
    return 2;
}
