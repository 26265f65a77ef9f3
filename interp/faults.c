// SPDX-License-Identifier: MIT
// interp/faults.c: fault-injection hooks for tests (scripts/oom_sweep.py): make the n-th next
// allocation of a VM fail as if memory ran out, and count how many allocations a run makes.
// Not part of the embedding API (krait.h): the CLI exposes them through hidden options only.
#include <stdint.h>

#include "faults.h"
#include "state.h"

// mem.c within_limits counts vm->fail_after down on every allocation or growing reallocation
// that passes the limits, and fails the one that brings it to zero.
void kr_faults_arm(KrVm *vm, int64_t n) { vm->fail_after = n > 0 ? n : 0; }

int64_t kr_faults_left(KrVm *vm) { return vm->fail_after; }
