// SPDX-License-Identifier: MIT
// interp/faults.h: fault-injection hooks for tests (see faults.c). Not part of krait.h.
#ifndef KR_FAULTS_H
#define KR_FAULTS_H

#include <stdint.h>

#include "krait.h"

// Fail the [n]-th next allocation (or growing reallocation) of [vm] with MemoryError; the ones
// after it succeed again. n <= 0 turns injection off. Counting mode: arm with INT64_MAX and
// read kr_faults_left afterwards; INT64_MAX - left is the number of allocations made.
void kr_faults_arm(KrVm *vm, int64_t n);
// What is left of the countdown: 0 once the failure fired (or when off).
int64_t kr_faults_left(KrVm *vm);

#endif
