// SPDX-License-Identifier: MIT
// interp/prelude.c: Python-level versions of the builtins that call back into Python code
// (sorted/min/max with key=, sum/any/all/list/tuple/set/str.join over a generator, map,
// filter, zip, enumerate, next), used only while a run has host functions in iterative mode.
//
// The C versions of these builtins re-enter the VM through kr_call, and a C frame cannot be
// suspended. When a host call could happen inside such a callback, the CALL instruction calls
// the Python version instead (vm.c: kr_prelude_divert): it runs in the stackless loop, so a
// host function called from a key function or a generator consumed by sum() can suspend the
// run. The prelude is compiled once per VM, on first use. Results are the same as the C
// versions; only tracebacks show the prelude frames, and map()/filter()/zip()/enumerate()
// return generators instead of their own iterator types.
#include "compiler.h"
#include "module.h"
#include "vm.h"

static const char prelude_src[] =
    "_missing = object()\n"
    "def sorted(iterable, /, *, key=None, reverse=False):\n"
    "    items = [x for x in iterable]\n"
    "    if key is None:\n"
    "        items.sort(reverse=reverse)\n"
    "    else:\n"
    "        _sort(items, key=key, reverse=reverse)\n"
    "    return items\n"
    "def _sort(self, /, *, key=None, reverse=False):\n"
    "    if key is None:\n"
    "        return self.sort(reverse=reverse)\n"
    "    keys = [key(x) for x in self]\n"
    "    order = list(range(len(keys)))\n"
    "    order.sort(key=keys.__getitem__, reverse=reverse)\n"
    "    self[:] = [self[i] for i in order]\n"
    "def _extreme(name, less, args, key, default):\n"
    "    it = args[0] if len(args) == 1 else args\n"
    "    best = _missing\n"
    "    bestkey = None\n"
    "    for x in it:\n"
    "        k = x if key is None else key(x)\n"
    "        if best is _missing or (k < bestkey if less else k > bestkey):\n"
    "            best = x\n"
    "            bestkey = k\n"
    "    if best is _missing:\n"
    "        if default is _missing:\n"
    "            raise ValueError(name + '() arg is an empty sequence')\n"
    "        return default\n"
    "    return best\n"
    "def min(*args, key=None, default=_missing):\n"
    "    return _extreme('min', True, args, key, default)\n"
    "def max(*args, key=None, default=_missing):\n"
    "    return _extreme('max', False, args, key, default)\n"
    "def sum(iterable, /, start=0):\n"
    "    total = start\n"
    "    for x in iterable:\n"
    "        total = total + x\n"
    "    return total\n"
    "def any(iterable, /):\n"
    "    for x in iterable:\n"
    "        if x:\n"
    "            return True\n"
    "    return False\n"
    "def all(iterable, /):\n"
    "    for x in iterable:\n"
    "        if not x:\n"
    "            return False\n"
    "    return True\n"
    "def list(iterable=(), /):\n"
    "    return [x for x in iterable]\n"
    "def tuple(iterable=(), /):\n"
    "    return (*[x for x in iterable],)\n"
    "def set(iterable=(), /):\n"
    "    return {x for x in iterable}\n"
    "def frozenset(iterable=(), /):\n"
    "    return _frozenset([x for x in iterable])\n"
    "def _join(self, iterable, /):\n"
    "    return self.join([x for x in iterable])\n"
    "def next(it, *default):\n"
    "    for x in it:\n"
    "        return x\n"
    "    if default:\n"
    "        return default[0]\n"
    "    raise StopIteration\n"
    "def map(func, iterable, /, *iterables):\n"
    "    if not iterables:\n"
    "        for x in iterable:\n"
    "            yield func(x)\n"
    "    else:\n"
    "        for args in zip(iterable, *iterables):\n"
    "            yield func(*args)\n"
    "def filter(func, iterable, /):\n"
    "    for x in iterable:\n"
    "        if (x if func is None else func(x)):\n"
    "            yield x\n"
    "def enumerate(iterable, start=0):\n"
    "    n = start\n"
    "    for x in iterable:\n"
    "        yield (n, x)\n"
    "        n += 1\n"
    "def zip(*iterables, strict=False):\n"
    "    its = [_iter(x) for x in iterables]\n"
    "    if not its:\n"
    "        return\n"
    "    while True:\n"
    "        vals = []\n"
    "        for i, it in _enumerate(its):\n"
    "            for v in it:\n"
    "                vals.append(v)\n"
    "                break\n"
    "            else:\n"
    "                if strict and (i or _len(vals)):\n"
    "                    raise ValueError('zip() argument %d is shorter than argument%s 1'\n"
    "                                     % (i + 1, 's' if i > 1 else ''))\n"
    "                if strict and i == 0:\n"
    "                    for j in _range(1, _len(its)):\n"
    "                        for v in its[j]:\n"
    "                            raise ValueError('zip() argument %d is longer than argument%s 1'\n"
    "                                             % (j + 1, 's' if j > 1 else ''))\n"
    "                return\n"
    "        yield (*vals,)\n";

// Names the prelude shadows, with the builtin (or class method) each one stands for.
typedef struct Divert {
    const char *owner; // "builtins", or the class of a method ("list", "str")
    const char *name;  // the native's name
    const char *impl;  // the prelude function
} Divert;

static const Divert diverts[] = {
    {"builtins", "sorted", "sorted"}, {"builtins", "min", "min"},       {"builtins", "max", "max"},
    {"builtins", "sum", "sum"},       {"builtins", "any", "any"},       {"builtins", "all", "all"},
    {"builtins", "next", "next"},     {"list", "sort", "_sort"},        {"str", "join", "_join"},
};

static Value prelude_dict(KrVm *vm) {
    if (IS_DICT(vm->prelude)) {
        return vm->prelude;
    }
    Value mod = kr_module_new(vm, "builtins");
    if (IS_EXC(mod)) {
        return mod;
    }
    Dict *g = ((Module *)AS_OBJ(mod))->dict;
    vm->prelude = kr_obj(g);
    // Aliases for the C builtins the prelude itself needs while it shadows them.
    static const char *const aliases[][2] = {
        {"_iter", "iter"}, {"_enumerate", "enumerate"}, {"_len", "len"},
        {"_range", "range"}, {"_frozenset", "frozenset"},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(aliases); i++) {
        Value b = kr_dict_get_str(vm, vm->builtins, AS_STR(kr_str_intern(vm, aliases[i][1],
                                                                          strlen(aliases[i][1]))));
        if (IS_UNDEF(b) || kr_dict_set_str(vm, g, aliases[i][0], b) < 0) {
            vm->prelude = VAL_UNDEF;
            return VAL_EXC;
        }
    }
    Value code = kr_compile(vm, prelude_src, sizeof prelude_src - 1, "<prelude>");
    if (IS_EXC(code)) {
        vm->prelude = VAL_UNDEF;
        return code;
    }
    // Run the module body (only definitions) in a nested eval.
    Frame *f = kr_frame_push(vm, (Code *)AS_OBJ(code), NULL, g);
    if (!f) {
        vm->prelude = VAL_UNDEF;
        return VAL_EXC;
    }
    f->prev = vm->frame;
    f->entry = 1;
    Frame *saved = vm->frame;
    vm->frame = f;
    int saved_pin = vm->pinning;
    vm->pinning = 0;
    vm->c_depth++;
    Value r = kr_eval(vm, f);
    vm->c_depth--;
    vm->pinning = saved_pin;
    vm->frame = saved;
    if (IS_EXC(r)) {
        vm->prelude = VAL_UNDEF;
        return r;
    }
    return vm->prelude;
}

static bool is_python_level(Value v) {
    if (!IS_OBJ(v)) {
        return false;
    }
    const Type *t = AS_OBJ(v)->type;
    return t == &kr_type_function || t == &kr_type_method || t == &kr_type_generator ||
           t == &kr_type_hostfn;
}

// If [callable] (called with [argc] positional [argv] and keyword values [kwvals]) is a builtin
// with a prelude version and some argument would make it run Python code, returns that
// version (a function taking the same arguments; for methods, self first). Else VAL_UNDEF.
Value kr_prelude_divert(KrVm *vm, Value callable, int argc, const Value *argv, int nkw,
                        const Value *kwvals);
Value kr_prelude_divert(KrVm *vm, Value callable, int argc, const Value *argv, int nkw,
                        const Value *kwvals) {
    bool python = false;
    for (int i = 0; i < argc && !python; i++) {
        python = is_python_level(argv[i]);
    }
    for (int i = 0; i < nkw && !python; i++) {
        python = is_python_level(kwvals[i]);
    }
    if (!python) {
        return VAL_UNDEF;
    }
    const char *owner, *name, *impl = NULL;
    if (IS_TYPEOBJ(callable)) {
        TypeObj *cls = AS_TYPEOBJ(callable);
        static const int classes[] = {TY_LIST, TY_TUPLE, TY_SET, TY_FROZENSET, TY_MAP,
                                      TY_FILTER, TY_ZIP, TY_ENUMERATE};
        for (size_t i = 0; i < KR_ARRAY_LEN(classes); i++) {
            if (cls->type_id == classes[i]) {
                impl = AS_STR(cls->name)->data;
            }
        }
    } else if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_builtin &&
               IS_UNDEF(((NativeObj *)AS_OBJ(callable))->self)) {
        NativeObj *n = (NativeObj *)AS_OBJ(callable);
        owner = IS_STR(n->owner) ? AS_STR(n->owner)->data : "";
        name = n->def->name;
        for (size_t i = 0; i < KR_ARRAY_LEN(diverts); i++) {
            if (strcmp(diverts[i].name, name) == 0 && strcmp(diverts[i].owner, owner) == 0) {
                impl = diverts[i].impl;
            }
        }
    }
    if (!impl) {
        return VAL_UNDEF;
    }
    Value g = prelude_dict(vm);
    if (IS_EXC(g)) {
        kr_exc_take(vm); // fall back to the C version
        return VAL_UNDEF;
    }
    Value f = kr_dict_get_str(vm, AS_DICT(g), AS_STR(kr_str_intern(vm, impl, strlen(impl))));
    return IS_OBJ(f) && AS_OBJ(f)->type == &kr_type_function ? f : VAL_UNDEF;
}
