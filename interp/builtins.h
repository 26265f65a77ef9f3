// SPDX-License-Identifier: MIT
// interp/builtins.h: the builtins module (builtins.c) and the iterator constructors that other
// files need (obj_iter.c).
#ifndef KR_BUILTINS_H
#define KR_BUILTINS_H

#include "object.h"

// Fill vm->builtins with every builtin function, class, exception class and constant. Called
// once at VM creation, after vm->classes[], vm->exc_classes[], vm->builtins (empty) and the
// singletons exist. Returns 0, or -1 with MemoryError set.
MUST_CHECK int kr_builtins_init(KrVm *vm);

// ----- obj_iter.c -----
// Iterator over [seq] by seq[0], seq[1], ... until IndexError/StopIteration (CPython's
// PySeqIter, used by iter() for objects that only define __getitem__). Stores [seq].
Value kr_iter_seq_new(KrVm *vm, Value seq);
// iter(callable, sentinel): calls [func] until it returns something equal to [sentinel].
// Stores both.
Value kr_iter_callable_new(KrVm *vm, Value func, Value sentinel);
// reversed(seq): seq.__reversed__() if it has one, else a reversed iterator over len+getitem;
// TypeError "'int' object is not reversible". Runs Python code.
Value kr_iter_reversed(KrVm *vm, Value seq);

#endif
