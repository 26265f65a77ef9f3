// SPDX-License-Identifier: MIT
// interp/prelude.c: Python-level versions of the builtins and stdlib natives that call back
// into Python code (sorted/min/max with key=, sum/any/all/next/str.join over a generator,
// list/tuple/set/frozenset/dict/bytes/bytearray from a generator, list.extend, dict.update,
// dict.fromkeys, the set methods, map/filter/zip/enumerate, iter(f, sentinel),
// functools.reduce, the itertools iterators, math.fsum/prod, re.sub/subn and Pattern.sub/subn
// with a callable replacement, json.loads/load with hooks and json.dumps with default=), used
// only while a run has host functions in iterative mode.
//
// The C versions of these builtins re-enter the VM through kr_call, and a C frame cannot be
// suspended. When a host call could happen inside such a callback, the CALL instruction calls
// the Python version instead (vm.c: kr_prelude_divert): it runs in the stackless loop, so a
// host call inside a key function or a generator consumed by sum() can suspend the run. The
// prelude is compiled once per VM, on first use. Results, exceptions and messages are the same
// as the C versions' (tests/test_prelude.c): a call whose arguments have the wrong shape goes
// to the C version (through `*args`, which is not diverted), which raises before it runs any
// Python code. Differences: tracebacks show the prelude frames; iterator classes (map, zip,
// itertools.*) return generators; product/permutations/combinations, the set methods that
// take an iterable (except update/issuperset/isdisjoint) and math.fsum/prod read a generator
// argument to the end before the C version checks its items, so an unhashable or non-number
// item raises after the remaining items were produced instead of at once.
//
// re.sub with a function (_subx): the C version runs with list.append as the replacement, which
// collects the Match objects (and raises every argument error); the function is then called on
// each and the pieces joined as _sre's pattern_subx does. json.loads (_json_loads): the C
// decoder runs with C hooks that leave markers (slice(pairs) for an object, tuple(text) for a
// number or constant token); the user's hooks are then called walking the result in the
// decoder's order. On a JSONDecodeError the values read in full before the error position are
// decoded again alone, so their hooks run before the error is raised. json.dumps with
// default= (_json_dumps): a walk in the encoder's order calls default= and raises its errors
// (circular reference, key type, allow_nan, int digits) where the encoder would, building a copy
// that the C version then encodes. Known differences: re.sub finds all matches before it calls
// the function; json.dumps with check_circular=False, cls= or unusual indent/separators runs the
// C version (a host call in default= then raises the "cannot suspend" RuntimeError), and its
// nesting limit is the Python recursion limit; json.dump (writes through fp.write) is not
// diverted.
#include "compiler.h"
#include "module.h"
#include "vm.h"

static const char prelude_src[] =
    "_missing = object()\n"
    "_list = list\n"
    "_tuple = tuple\n"
    "_set = set\n"
    "_frozenset = frozenset\n"
    "_dict = dict\n"
    "_bytes = bytes\n"
    "_bytearray = bytearray\n"
    "_str = str\n"
    "_type = type\n"
    "_int = int\n"
    "_isinstance = isinstance\n"
    "_hasattr = hasattr\n"
    "_object = object\n"
    "_sorted = sorted\n"
    "_min = min\n"
    "_max = max\n"
    "_any = any\n"
    "_all = all\n"
    "_sum = sum\n"
    "_next = next\n"
    "_map = map\n"
    "_filter = filter\n"
    "_zip = zip\n"
    "_enumerate = enumerate\n"
    "_iter = iter\n"
    "_len = len\n"
    "_range = range\n"
    "_slice = slice\n"
    "_gen_t = _type((lambda: (yield))())\n"
    "def _mat(args):\n"
    "    return [[x for x in a] if _type(a) is _gen_t else a for a in args]\n"
    "def sorted(*args, **kw):\n"
    "    if _len(args) != 1:\n"
    "        return _sorted(*args, **kw)\n"
    "    items = [x for x in args[0]]\n"
    "    _sort(items, **kw)\n"
    "    return items\n"
    "def _sort(*args, **kw):\n"
    "    if (_len(args) != 1 or _type(args[0]) is not _list\n"
    "            or not kw.keys() <= {'key', 'reverse'}):\n"
    "        return _list.sort(*args, **kw)\n"
    "    self = args[0]\n"
    "    key = kw.get('key')\n"
    "    reverse = kw.get('reverse', False)\n"
    "    if key is None:\n"
    "        return self.sort(reverse=reverse)\n"
    "    [].sort(reverse=reverse)\n"
    "    keys = [key(x) for x in self]\n"
    "    order = _list(_range(_len(keys)))\n"
    "    order.sort(key=keys.__getitem__, reverse=reverse)\n"
    "    self[:] = [self[i] for i in order]\n"
    "def _extreme(c, less, args, kw):\n"
    "    if (not args or not kw.keys() <= {'key', 'default'}\n"
    "            or (_len(args) > 1 and 'default' in kw)):\n"
    "        return c(*args, **kw)\n"
    "    key = kw.get('key')\n"
    "    it = args[0] if _len(args) == 1 else args\n"
    "    best = _missing\n"
    "    bestkey = None\n"
    "    for x in it:\n"
    "        k = x if key is None else key(x)\n"
    "        if best is _missing or (k < bestkey if less else k > bestkey):\n"
    "            best = x\n"
    "            bestkey = k\n"
    "    if best is _missing:\n"
    "        if 'default' in kw:\n"
    "            return kw['default']\n"
    "        return c(())\n"
    "    return best\n"
    "def min(*args, **kw):\n"
    "    return _extreme(_min, True, args, kw)\n"
    "def max(*args, **kw):\n"
    "    return _extreme(_max, False, args, kw)\n"
    "def sum(*args, **kw):\n"
    "    if (not 1 <= _len(args) + _len(kw) <= 2 or not kw.keys() <= {'start'}\n"
    "            or (_len(args) == 2 and kw)):\n"
    "        return _sum(*args, **kw)\n"
    "    it = _iter(args[0])\n"
    "    total = args[1] if _len(args) == 2 else kw.get('start', 0)\n"
    "    if _isinstance(total, (_str, _bytes, _bytearray)):\n"
    "        return _sum((), total)\n"
    "    for x in it:\n"
    "        total = total + x\n"
    "    return total\n"
    "def any(*args, **kw):\n"
    "    if _len(args) != 1 or kw:\n"
    "        return _any(*args, **kw)\n"
    "    for x in args[0]:\n"
    "        if x:\n"
    "            return True\n"
    "    return False\n"
    "def all(*args, **kw):\n"
    "    if _len(args) != 1 or kw:\n"
    "        return _all(*args, **kw)\n"
    "    for x in args[0]:\n"
    "        if not x:\n"
    "            return False\n"
    "    return True\n"
    "def list(*args, **kw):\n"
    "    if _len(args) != 1 or kw:\n"
    "        return _list(*args, **kw)\n"
    "    return [x for x in args[0]]\n"
    "def tuple(*args, **kw):\n"
    "    if _len(args) != 1 or kw:\n"
    "        return _tuple(*args, **kw)\n"
    "    return (*[x for x in args[0]],)\n"
    "def set(*args, **kw):\n"
    "    if _len(args) != 1 or kw:\n"
    "        return _set(*args, **kw)\n"
    "    return {x for x in args[0]}\n"
    "def frozenset(*args, **kw):\n"
    "    if _len(args) != 1 or kw:\n"
    "        return _frozenset(*args, **kw)\n"
    "    return _frozenset([x for x in args[0]])\n"
    "def _join(*args):\n"
    "    if _len(args) != 2 or not _isinstance(args[0], (_str, _bytes, _bytearray)):\n"
    "        return _type(args[0]).join(*args) if args else _str.join(*args)\n"
    "    return args[0].join([x for x in args[1]])\n"
    "def _next_step(it, box):\n"
    "    box.append((yield from it))\n"
    "    yield _missing\n"
    "def next(*args):\n"
    "    if not 1 <= _len(args) <= 2 or _type(args[0]) is not _gen_t:\n"
    "        return _next(*args)\n"
    "    box = []\n"
    "    step = _next_step(args[0], box)\n"
    "    for x in step:\n"
    "        if x is not _missing:\n"
    "            return x\n"
    "        break\n"
    "    if _len(args) == 2:\n"
    "        return args[1]\n"
    "    if box and box[0] is not None:\n"
    "        raise StopIteration(box[0])\n"
    "    raise StopIteration\n"
    "def map(*args, **kw):\n"
    "    _map(*args, **kw)\n"
    "    return _map_gen(args[0], args[1:])\n"
    "def _map_gen(func, iterables):\n"
    "    if _len(iterables) == 1:\n"
    "        for x in iterables[0]:\n"
    "            yield func(x)\n"
    "    else:\n"
    "        for args in _zip_gen([_iter(x) for x in iterables], False):\n"
    "            yield func(*args)\n"
    "def filter(*args, **kw):\n"
    "    _filter(*args, **kw)\n"
    "    return _filter_gen(args[0], _iter(args[1]))\n"
    "def _filter_gen(func, it):\n"
    "    for x in it:\n"
    "        if (x if func is None else func(x)):\n"
    "            yield x\n"
    "def enumerate(*args, **kw):\n"
    "    _enumerate(*args, **kw)\n"
    "    it = args[0] if args else kw['iterable']\n"
    "    start = args[1] if _len(args) > 1 else kw.get('start', 0)\n"
    "    return _enumerate_gen(_iter(it), _int(start))\n"
    "def _enumerate_gen(it, n):\n"
    "    for x in it:\n"
    "        yield (n, x)\n"
    "        n += 1\n"
    "def zip(*args, **kw):\n"
    "    _zip(*args, **kw)\n"
    "    return _zip_gen([_iter(x) for x in args], kw.get('strict', False))\n"
    "def _zip_gen(its, strict):\n"
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
    "        yield (*vals,)\n"
    "def iter(*args):\n"
    "    r = _iter(*args)\n"
    "    if _len(args) != 2:\n"
    "        return r\n"
    "    return _calliter(args[0], args[1])\n"
    "def _calliter(fn, sentinel):\n"
    "    while True:\n"
    "        try:\n"
    "            v = fn()\n"
    "        except StopIteration:\n"
    "            return\n"
    "        if sentinel is v or sentinel == v:\n"
    "            return\n"
    "        yield v\n"
    "def _merge_seq2(d, seq):\n"
    "    i = 0\n"
    "    for item in seq:\n"
    "        try:\n"
    "            it = _iter(item)\n"
    "        except TypeError:\n"
    "            it = None\n"
    "        if it is None:\n"
    "            raise TypeError('cannot convert dictionary update sequence element #%d to a '\n"
    "                            'sequence' % i)\n"
    "        pair = [x for x in it]\n"
    "        if _len(pair) != 2:\n"
    "            raise ValueError('dictionary update sequence element #%d has length %d; 2 is '\n"
    "                             'required' % (i, _len(pair)))\n"
    "        d[pair[0]] = pair[1]\n"
    "        i += 1\n"
    "def _update_arg(d, arg):\n"
    "    if _type(arg) is _dict or _hasattr(arg, 'keys'):\n"
    "        d.update(arg)\n"
    "    else:\n"
    "        _merge_seq2(d, arg)\n"
    "def dict(*args, **kw):\n"
    "    if _len(args) > 1:\n"
    "        return _dict(*args, **kw)\n"
    "    d = {}\n"
    "    if args:\n"
    "        _update_arg(d, args[0])\n"
    "    if kw:\n"
    "        d.update(kw)\n"
    "    return d\n"
    "def _dict_update(*args, **kw):\n"
    "    if not args or _type(args[0]) is not _dict or _len(args) > 2:\n"
    "        return _dict.update(*args, **kw)\n"
    "    if _len(args) == 2:\n"
    "        _update_arg(args[0], args[1])\n"
    "    if kw:\n"
    "        args[0].update(kw)\n"
    "def _dict_fromkeys(*args, **kw):\n"
    "    if not 1 <= _len(args) <= 2 or kw:\n"
    "        return _dict.fromkeys(*args, **kw)\n"
    "    d = {}\n"
    "    value = args[1] if _len(args) == 2 else None\n"
    "    for k in args[0]:\n"
    "        d[k] = value\n"
    "    return d\n"
    "def _list_extend(*args, **kw):\n"
    "    if _len(args) != 2 or _type(args[0]) is not _list or kw:\n"
    "        return _list.extend(*args, **kw)\n"
    "    self = args[0]\n"
    "    for x in args[1]:\n"
    "        self.append(x)\n"
    "def _set_update(*args, **kw):\n"
    "    if not args or _type(args[0]) is not _set or kw:\n"
    "        return _set.update(*args, **kw)\n"
    "    self = args[0]\n"
    "    for other in args[1:]:\n"
    "        for x in other:\n"
    "            self.add(x)\n"
    "def _superset(s, it):\n"
    "    for x in it:\n"
    "        if x not in s:\n"
    "            return False\n"
    "    return True\n"
    "def _disjoint(s, it):\n"
    "    for x in it:\n"
    "        if x in s:\n"
    "            return False\n"
    "    return True\n"
    "def _set_issuperset(*args, **kw):\n"
    "    if _len(args) != 2 or _type(args[0]) is not _set or kw:\n"
    "        return _set.issuperset(*args, **kw)\n"
    "    return _superset(*args)\n"
    "def _set_isdisjoint(*args, **kw):\n"
    "    if _len(args) != 2 or _type(args[0]) is not _set or kw:\n"
    "        return _set.isdisjoint(*args, **kw)\n"
    "    return _disjoint(*args)\n"
    "def _setop(cls, meth, a, k):\n"
    "    if not a or _type(a[0]) is not cls:\n"
    "        return meth(*a, **k)\n"
    "    return meth(*_mat(a), **k)\n"
    "def _set_union(*a, **k):\n"
    "    return _setop(_set, _set.union, a, k)\n"
    "def _set_intersection(*a, **k):\n"
    "    return _setop(_set, _set.intersection, a, k)\n"
    "def _set_difference(*a, **k):\n"
    "    return _setop(_set, _set.difference, a, k)\n"
    "def _set_symmetric_difference(*a, **k):\n"
    "    return _setop(_set, _set.symmetric_difference, a, k)\n"
    "def _set_issubset(*a, **k):\n"
    "    return _setop(_set, _set.issubset, a, k)\n"
    "def _set_intersection_update(*a, **k):\n"
    "    return _setop(_set, _set.intersection_update, a, k)\n"
    "def _set_difference_update(*a, **k):\n"
    "    return _setop(_set, _set.difference_update, a, k)\n"
    "def _set_symmetric_difference_update(*a, **k):\n"
    "    return _setop(_set, _set.symmetric_difference_update, a, k)\n"
    "def _fs_union(*a, **k):\n"
    "    return _setop(_frozenset, _frozenset.union, a, k)\n"
    "def _fs_intersection(*a, **k):\n"
    "    return _setop(_frozenset, _frozenset.intersection, a, k)\n"
    "def _fs_difference(*a, **k):\n"
    "    return _setop(_frozenset, _frozenset.difference, a, k)\n"
    "def _fs_symmetric_difference(*a, **k):\n"
    "    return _setop(_frozenset, _frozenset.symmetric_difference, a, k)\n"
    "def _fs_issubset(*a, **k):\n"
    "    return _setop(_frozenset, _frozenset.issubset, a, k)\n"
    "def _fs_issuperset(*args, **kw):\n"
    "    if _len(args) != 2 or _type(args[0]) is not _frozenset or kw:\n"
    "        return _frozenset.issuperset(*args, **kw)\n"
    "    return _superset(*args)\n"
    "def _fs_isdisjoint(*args, **kw):\n"
    "    if _len(args) != 2 or _type(args[0]) is not _frozenset or kw:\n"
    "        return _frozenset.isdisjoint(*args, **kw)\n"
    "    return _disjoint(*args)\n"
    "def bytes(*args, **kw):\n"
    "    if _len(args) != 1 or kw or _type(args[0]) is not _gen_t:\n"
    "        return _bytes(*args, **kw)\n"
    "    buf = _bytearray()\n"
    "    for x in args[0]:\n"
    "        buf += _bytes((x,))\n"
    "    return _bytes(buf)\n"
    "def bytearray(*args, **kw):\n"
    "    if _len(args) != 1 or kw or _type(args[0]) is not _gen_t:\n"
    "        return _bytearray(*args, **kw)\n"
    "    buf = _bytearray()\n"
    "    for x in args[0]:\n"
    "        buf.append(x)\n"
    "    return buf\n"
    "def _bytearray_extend(*args, **kw):\n"
    "    if (_len(args) != 2 or _type(args[0]) is not _bytearray or kw\n"
    "            or _type(args[1]) is not _gen_t):\n"
    "        return _bytearray.extend(*args, **kw)\n"
    "    buf = _bytearray()\n"
    "    for x in args[1]:\n"
    "        buf.append(x)\n"
    "    self = args[0]\n"
    "    self += buf\n"
    "def _reduce(*args, **kw):\n"
    "    if kw:\n"
    "        raise TypeError('reduce() takes no keyword arguments')\n"
    "    n = _len(args)\n"
    "    if n < 2:\n"
    "        raise TypeError('reduce expected at least 2 arguments, got %d' % n)\n"
    "    if n > 3:\n"
    "        raise TypeError('reduce expected at most 3 arguments, got %d' % n)\n"
    "    func = args[0]\n"
    "    try:\n"
    "        it = _iter(args[1])\n"
    "    except TypeError:\n"
    "        it = None\n"
    "    if it is None:\n"
    "        raise TypeError('reduce() arg 2 must support iteration')\n"
    "    result = args[2] if n == 3 else _missing\n"
    "    for x in it:\n"
    "        result = x if result is _missing else func(result, x)\n"
    "    if result is _missing:\n"
    "        raise TypeError('reduce() of empty iterable with no initial value')\n"
    "    return result\n"
    "def _it(name):\n"
    "    import itertools\n"
    "    return _getattr(itertools, name)\n"
    "_getattr = getattr\n"
    "def _it_starmap(*args, **kw):\n"
    "    _it('starmap')(*args, **kw)\n"
    "    return _starmap_gen(args[0], _iter(args[1]))\n"
    "def _starmap_gen(func, it):\n"
    "    for args in it:\n"
    "        yield func(*(args if _type(args) is _tuple else tuple(args)))\n"
    "def _it_accumulate(*args, **kw):\n"
    "    _it('accumulate')(*args, **kw)\n"
    "    it = args[0] if args else kw['iterable']\n"
    "    func = args[1] if _len(args) > 1 else kw.get('func')\n"
    "    return _accumulate_gen(_iter(it), func, kw.get('initial'))\n"
    "def _accumulate_gen(it, func, initial):\n"
    "    total = _missing\n"
    "    if initial is not None:\n"
    "        total = initial\n"
    "        yield initial\n"
    "    for x in it:\n"
    "        if total is _missing:\n"
    "            total = x\n"
    "        elif func is None:\n"
    "            total = total + x\n"
    "        else:\n"
    "            total = func(total, x)\n"
    "        yield total\n"
    "def _it_takewhile(*args, **kw):\n"
    "    _it('takewhile')(*args, **kw)\n"
    "    return _takewhile_gen(args[0], _iter(args[1]))\n"
    "def _takewhile_gen(pred, it):\n"
    "    for x in it:\n"
    "        if not pred(x):\n"
    "            return\n"
    "        yield x\n"
    "def _it_dropwhile(*args, **kw):\n"
    "    _it('dropwhile')(*args, **kw)\n"
    "    return _dropwhile_gen(args[0], _iter(args[1]))\n"
    "def _dropwhile_gen(pred, it):\n"
    "    for x in it:\n"
    "        if not pred(x):\n"
    "            yield x\n"
    "            break\n"
    "    for x in it:\n"
    "        yield x\n"
    "def _it_filterfalse(*args, **kw):\n"
    "    _it('filterfalse')(*args, **kw)\n"
    "    return _filterfalse_gen(args[0], _iter(args[1]))\n"
    "def _filterfalse_gen(pred, it):\n"
    "    for x in it:\n"
    "        if not (x if pred is None else pred(x)):\n"
    "            yield x\n"
    "def _it_compress(*args, **kw):\n"
    "    _it('compress')(*args, **kw)\n"
    "    data = args[0] if args else kw['data']\n"
    "    sel = args[1] if _len(args) > 1 else kw['selectors']\n"
    "    return _compress_gen(_iter(data), _iter(sel))\n"
    "def _compress_gen(data, sel):\n"
    "    while True:\n"
    "        for d in data:\n"
    "            break\n"
    "        else:\n"
    "            return\n"
    "        for s in sel:\n"
    "            break\n"
    "        else:\n"
    "            return\n"
    "        if s:\n"
    "            yield d\n"
    "def _it_pairwise(*args, **kw):\n"
    "    _it('pairwise')(*args, **kw)\n"
    "    return _pairwise_gen(_iter(args[0]))\n"
    "def _pairwise_gen(it):\n"
    "    for old in it:\n"
    "        break\n"
    "    else:\n"
    "        return\n"
    "    for new in it:\n"
    "        yield (old, new)\n"
    "        old = new\n"
    "def _it_cycle(*args, **kw):\n"
    "    _it('cycle')(*args, **kw)\n"
    "    return _cycle_gen(_iter(args[0]))\n"
    "def _cycle_gen(it):\n"
    "    saved = []\n"
    "    for x in it:\n"
    "        saved.append(x)\n"
    "        yield x\n"
    "    if not saved:\n"
    "        return\n"
    "    while True:\n"
    "        for x in saved:\n"
    "            yield x\n"
    "def _it_chain(*args, **kw):\n"
    "    _it('chain')(*args, **kw)\n"
    "    return _chain_gen(args)\n"
    "def _it_chain_from_iterable(*args, **kw):\n"
    "    _it('chain').from_iterable(*args, **kw)\n"
    "    return _chain_gen(_iter(args[0]))\n"
    "def _chain_gen(its):\n"
    "    for it in its:\n"
    "        for x in it:\n"
    "            yield x\n"
    "def _it_islice(*args, **kw):\n"
    "    _it('islice')(*args, **kw)\n"
    "    s = _slice(*args[1:])\n"
    "    start = 0 if s.start is None else _int(s.start)\n"
    "    stop = -1 if s.stop is None else _int(s.stop)\n"
    "    step = 1 if s.step is None else _int(s.step)\n"
    "    return _islice_gen(_iter(args[0]), start, stop, step)\n"
    "def _islice_gen(it, nxt, stop, step):\n"
    "    cnt = 0\n"
    "    while True:\n"
    "        while cnt < nxt:\n"
    "            for item in it:\n"
    "                break\n"
    "            else:\n"
    "                return\n"
    "            cnt += 1\n"
    "        if stop != -1 and cnt >= stop:\n"
    "            return\n"
    "        for item in it:\n"
    "            break\n"
    "        else:\n"
    "            return\n"
    "        cnt += 1\n"
    "        nxt += step\n"
    "        if stop != -1 and nxt > stop:\n"
    "            nxt = stop\n"
    "        yield item\n"
    "def _it_zip_longest(*args, **kw):\n"
    "    _it('zip_longest')(*args, **kw)\n"
    "    return _zip_longest_gen([_iter(x) for x in args], kw.get('fillvalue'))\n"
    "def _zip_longest_gen(its, fill):\n"
    "    active = _len(its)\n"
    "    if not active:\n"
    "        return\n"
    "    while True:\n"
    "        vals = []\n"
    "        for i, it in _enumerate(its):\n"
    "            if it is None:\n"
    "                vals.append(fill)\n"
    "                continue\n"
    "            for v in it:\n"
    "                vals.append(v)\n"
    "                break\n"
    "            else:\n"
    "                active -= 1\n"
    "                if not active:\n"
    "                    return\n"
    "                its[i] = None\n"
    "                vals.append(fill)\n"
    "        yield (*vals,)\n"
    "def _it_groupby(*args, **kw):\n"
    "    _it('groupby')(*args, **kw)\n"
    "    it = args[0] if args else kw['iterable']\n"
    "    key = args[1] if _len(args) > 1 else kw.get('key')\n"
    "    return _groupby_gen([_iter(it), key, _missing, _missing, _missing, None])\n"
    "def _gb_step(st):\n"
    "    for v in st[0]:\n"
    "        break\n"
    "    else:\n"
    "        return False\n"
    "    k = v if st[1] is None else st[1](v)\n"
    "    st[3] = k\n"
    "    st[4] = v\n"
    "    return True\n"
    "def _groupby_gen(st):\n"
    "    while True:\n"
    "        st[5] = None\n"
    "        while True:\n"
    "            if st[3] is _missing:\n"
    "                pass\n"
    "            elif st[2] is _missing:\n"
    "                break\n"
    "            elif not (st[2] is st[3] or st[2] == st[3]):\n"
    "                break\n"
    "            if not _gb_step(st):\n"
    "                return\n"
    "        st[2] = st[3]\n"
    "        token = []\n"
    "        st[5] = token\n"
    "        yield (st[2], _grouper_gen(st, token, st[2]))\n"
    "def _grouper_gen(st, token, tgt):\n"
    "    while True:\n"
    "        if st[5] is not token:\n"
    "            return\n"
    "        if st[4] is _missing:\n"
    "            if not _gb_step(st):\n"
    "                return\n"
    "        if not (tgt is st[3] or tgt == st[3]):\n"
    "            return\n"
    "        r = st[4]\n"
    "        st[4] = _missing\n"
    "        yield r\n"
    "def _it_tee(*args, **kw):\n"
    "    r = _it('tee')(*args, **kw)\n"
    "    it = _iter(args[0])\n"
    "    head = [None, None]\n"
    "    return (*[_tee_gen(it, head) for _ in r],)\n"
    "def _tee_gen(it, node):\n"
    "    while True:\n"
    "        nxt = node[1]\n"
    "        if nxt is None:\n"
    "            for v in it:\n"
    "                break\n"
    "            else:\n"
    "                return\n"
    "            if node[1] is None:\n"
    "                node[1] = [v, None]\n"
    "            nxt = node[1]\n"
    "        node = nxt\n"
    "        yield node[0]\n"
    "def _it_product(*args, **kw):\n"
    "    _it('product')(*[() for a in args], **kw)\n"
    "    return _it('product')(*[tuple(a) for a in args], **kw)\n"
    "def _it_permutations(*args, **kw):\n"
    "    return _it('permutations')(*_mat(args), **{k: _mat([v])[0] for k, v in kw.items()})\n"
    "def _combi(c, args, kw):\n"
    "    c(*[() for a in args[:1]], *args[1:], **{k: (() if k == 'iterable' else v)\n"
    "                                             for k, v in kw.items()})\n"
    "    return c(*_mat(args), **{k: _mat([v])[0] for k, v in kw.items()})\n"
    "def _it_combinations(*args, **kw):\n"
    "    return _combi(_it('combinations'), args, kw)\n"
    "def _it_cwr(*args, **kw):\n"
    "    return _combi(_it('combinations_with_replacement'), args, kw)\n"
    "def _math(name):\n"
    "    import math\n"
    "    return _getattr(math, name)\n"
    "def _math_fsum(*args, **kw):\n"
    "    return _math('fsum')(*_mat(args), **kw)\n"
    "def _math_prod(*args, **kw):\n"
    "    return _math('prod')(*_mat(args), **kw)\n"
    // re.sub/subn with a callable replacement, json hooks (see _subx, _json_loads, _json_dumps).
    "_callable = callable\n"
    "_float = float\n"
    "def _subx(c, a, kw, subn):\n"
    "    if _len(a) > 1:\n"
    "        repl = a[1]\n"
    "    elif 'repl' in kw:\n"
    "        repl = kw['repl']\n"
    "    else:\n"
    "        return c(*a, **kw)\n"
    "    if not _callable(repl):\n"
    "        return c(*a, **kw)\n"
    "    ms = []\n"
    "    if _len(a) > 1:\n"
    "        a = (a[0], ms.append, *a[2:])\n"
    "    else:\n"
    "        kw = {**kw, 'repl': ms.append}\n"
    "    r = c(*a, **kw)\n"
    "    if not ms:\n"
    "        return r\n"
    "    s = ms[0].string\n"
    "    pieces = []\n"
    "    i = 0\n"
    "    for m in ms:\n"
    "        b, e = m.span()\n"
    "        if i < b:\n"
    "            pieces.append(s[i:b])\n"
    "        item = repl(m)\n"
    "        if item is not None:\n"
    "            pieces.append(item)\n"
    "        i = e\n"
    "    if i < _len(s):\n"
    "        pieces.append(s[i:])\n"
    "    r = s[:0].join(pieces)\n"
    "    return (r, _len(ms)) if subn else r\n"
    "def _re(name):\n"
    "    import re\n"
    "    return _getattr(re, name)\n"
    "def _re_sub(*a, **kw):\n"
    "    return _subx(_re('sub'), a, kw, False)\n"
    "def _re_subn(*a, **kw):\n"
    "    return _subx(_re('subn'), a, kw, True)\n"
    "def _pat_sub(*a, **kw):\n"
    "    return _subx(_re('Pattern').sub, a, kw, False)\n"
    "def _pat_subn(*a, **kw):\n"
    "    return _subx(_re('Pattern').subn, a, kw, True)\n"
    "def _json(name):\n"
    "    import json\n"
    "    return _getattr(json, name)\n"
    "_JPARSE = ('parse_float', 'parse_int', 'parse_constant')\n"
    "_JLOADKW = {'cls', 'object_hook', 'object_pairs_hook', 'strict', *_JPARSE}\n"
    "def _json_loads(*a, **kw):\n"
    "    loads = _json('loads')\n"
    "    if _len(a) != 1 or not kw.keys() <= _JLOADKW:\n"
    "        return loads(*a, **kw)\n"
    "    h = {}\n"
    "    ckw = {'object_pairs_hook': _slice}\n"
    "    for k, v in kw.items():\n"
    "        if k == 'cls':\n"
    "            if v is not None:\n"
    "                return loads(*a, **kw)\n"
    "        elif k == 'strict':\n"
    "            ckw[k] = v\n"
    "        elif v is not None and (k in ('object_hook', 'object_pairs_hook') or v):\n"
    "            h[k] = v\n"
    "            if k in _JPARSE:\n"
    "                ckw[k] = _tuple\n"
    "    if not h:\n"
    "        return loads(*a, **kw)\n"
    "    try:\n"
    "        return _jreplay(loads(a[0], **ckw), h)\n"
    "    except _json('JSONDecodeError') as e:\n"
    "        err = e\n"
    "    except RecursionError:\n"
    "        return loads(*a, **kw)\n"
    "    for i, j in _jspans(err.doc, err.pos):\n"
    "        _jreplay(loads(err.doc[i:j], **ckw), h)\n"
    "    raise err\n"
    "def _json_load(*a, **kw):\n"
    "    if _len(a) != 1 or not kw.keys() <= _JLOADKW:\n"
    "        return _json('load')(*a, **kw)\n"
    "    return _json_loads(a[0].read(), **kw)\n"
    "def _jtoken(t, h):\n"
    "    s = ''.join(t)\n"
    "    if s in ('NaN', 'Infinity', '-Infinity'):\n"
    "        return h['parse_constant'](s)\n"
    "    if '.' in s or 'e' in s or 'E' in s:\n"
    "        return h['parse_float'](s)\n"
    "    return h['parse_int'](s)\n"
    "def _jreplay(v, h):\n"
    "    # The hooks in the decoder's order: a token as it is read, an object as it closes.\n"
    "    oh = h.get('object_hook')\n"
    "    ph = h.get('object_pairs_hook')\n"
    "    stack = []\n"
    "    while True:\n"
    "        t = _type(v)\n"
    "        if t is _list:\n"
    "            stack.append((v, [], False))\n"
    "        elif t is _slice:\n"
    "            stack.append((v.stop, [], True))\n"
    "        else:\n"
    "            if t is _tuple:\n"
    "                v = _jtoken(v, h)\n"
    "            if not stack:\n"
    "                return v\n"
    "            stack[-1][1].append(v)\n"
    "        while True:\n"
    "            items, out, obj = stack[-1]\n"
    "            n = _len(out)\n"
    "            if n < _len(items):\n"
    "                v = items[n][1] if obj else items[n]\n"
    "                break\n"
    "            stack.pop()\n"
    "            if obj:\n"
    "                pairs = [(items[i][0], out[i]) for i in _range(n)]\n"
    "                if ph is not None:\n"
    "                    r = ph(pairs)\n"
    "                elif oh is not None:\n"
    "                    r = oh(_dict(pairs))\n"
    "                else:\n"
    "                    r = _dict(pairs)\n"
    "            else:\n"
    "                r = out\n"
    "            if not stack:\n"
    "                return r\n"
    "            stack[-1][1].append(r)\n"
    "def _jspans(doc, end):\n"
    "    # The values the decoder read in full before it failed at [end]: their hooks ran.\n"
    "    n = _len(doc)\n"
    "    levels = [[]]\n"
    "    starts = []\n"
    "    i = 0\n"
    "    while i < end:\n"
    "        c = doc[i]\n"
    "        j = i + 1\n"
    "        if c == '\"':\n"
    "            while j < end and doc[j] != '\"':\n"
    "                j += 2 if doc[j] == '\\\\' else 1\n"
    "            if j >= end:\n"
    "                break\n"
    "            j += 1\n"
    "        elif c in '[{':\n"
    "            starts.append(i)\n"
    "            levels.append([])\n"
    "        elif c in ']}':\n"
    "            levels.pop()\n"
    "            levels[-1].append((starts.pop(), j))\n"
    "        elif c in 'tn':\n"
    "            j = i + 4\n"
    "        elif c == 'f':\n"
    "            j = i + 5\n"
    "        elif c == 'N':\n"
    "            j = i + 3\n"
    "            levels[-1].append((i, j))\n"
    "        elif c == 'I' or doc.startswith('-I', i):\n"
    "            j = i + (8 if c == 'I' else 9)\n"
    "            levels[-1].append((i, j))\n"
    "        elif c in '-0123456789':\n"
    "            if c == '-':\n"
    "                j += 1\n"
    "            if doc[j - 1] != '0':\n"
    "                while j < n and doc[j] in '0123456789':\n"
    "                    j += 1\n"
    "            if j < n - 1 and doc[j] == '.' and doc[j + 1] in '0123456789':\n"
    "                j += 2\n"
    "                while j < n and doc[j] in '0123456789':\n"
    "                    j += 1\n"
    "            if j < n - 1 and doc[j] in 'eE':\n"
    "                k = j + 1\n"
    "                if k < n - 1 and doc[k] in '-+':\n"
    "                    k += 1\n"
    "                while k < n and doc[k] in '0123456789':\n"
    "                    k += 1\n"
    "                if doc[k - 1] in '0123456789':\n"
    "                    j = k\n"
    "            if j > end:\n"
    "                break\n"
    "            levels[-1].append((i, j))\n"
    "        i = j\n"
    "    return [s for l in levels for s in l]\n"
    "_JDUMPKW = {'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent',\n"
    "            'separators', 'default', 'sort_keys'}\n"
    "def _json_dumps(*a, **kw):\n"
    "    dumps = _json('dumps')\n"
    "    fn = kw.get('default')\n"
    "    sep = kw.get('separators')\n"
    "    if (_len(a) != 1 or not kw.keys() <= _JDUMPKW or fn is None\n"
    "            or kw.get('cls') is not None or not kw.get('check_circular', True)\n"
    "            or _type(kw.get('indent')) not in (_type(None), _int, _str)\n"
    "            or (sep is not None and not (_type(sep) in (_tuple, _list) and _len(sep) == 2\n"
    "                                         and _type(sep[0]) is _str\n"
    "                                         and _type(sep[1]) is _str))):\n"
    "        return dumps(*a, **kw)\n"
    "    ckw = {k: v for k, v in kw.items() if k != 'default'}\n"
    "    st = [fn, dumps, ckw, not kw.get('allow_nan', True), kw.get('sort_keys', False),\n"
    "          kw.get('skipkeys', False), []]\n"
    "    return dumps(_jwalk(a[0], st), **ckw)\n"
    "def _jleaf(o, st):\n"
    "    # The encoder's errors for a scalar (allow_nan, int digits limit), at the same point.\n"
    "    t = _type(o)\n"
    "    if t is _float:\n"
    "        if st[3] and (o != o or o in (_INF, -_INF)):\n"
    "            st[1](o, **st[2])\n"
    "    elif t is _int and o.bit_length() > 14000:\n"
    "        st[1](o, **st[2])\n"
    "_INF = _float('inf')\n"
    "def _jwalk(o, st):\n"
    "    # A copy of [o] where default= replaced what the encoder cannot encode, called in the\n"
    "    # encoder's order (its circular-reference, key and scalar checks at the same points).\n"
    "    t = _type(o)\n"
    "    if t is _str or o is None or o is True or o is False:\n"
    "        return o\n"
    "    if t is _int or t is _float:\n"
    "        _jleaf(o, st)\n"
    "        return o\n"
    "    if (t is _list or t is _tuple or t is _dict) and not o:\n"
    "        return o\n"
    "    stack = st[6]\n"
    "    for x in stack:\n"
    "        if x is o:\n"
    "            raise ValueError('Circular reference detected')\n"
    "    stack.append(o)\n"
    "    if t is _list or t is _tuple:\n"
    "        r = []\n"
    "        i = 0\n"
    "        while i < _len(o):\n"
    "            r.append(_jwalk(o[i], st))\n"
    "            i += 1\n"
    "    elif t is _dict:\n"
    "        items = _list(o.items())\n"
    "        if st[4]:\n"
    "            items.sort()\n"
    "        r = {}\n"
    "        for k, v in items:\n"
    "            kt = _type(k)\n"
    "            if (kt is _str or kt is _int or kt is _float or k is None or k is True\n"
    "                    or k is False):\n"
    "                _jleaf(k, st)\n"
    "            elif st[5]:\n"
    "                continue\n"
    "            else:\n"
    "                raise TypeError('keys must be str, int, float, bool or None, not %s'\n"
    "                                % kt.__name__)\n"
    "            r[k] = _jwalk(v, st)\n"
    "    else:\n"
    "        r = _jwalk(st[0](o), st)\n"
    "    stack.pop()\n"
    "    return r\n"
    // Opcodes that iterate a generator in C (vm.c: divert_op). The _vm_re_ ones return a list
    // or tuple that the instruction then runs again on.
    "def _vm_re_list(it):\n"
    "    return [x for x in it]\n"
    "def _vm_re_unpack(it, n):\n"
    "    items = []\n"
    "    for x in it:\n"
    "        if _len(items) == n:\n"
    "            raise ValueError('too many values to unpack (expected %d)' % n)\n"
    "        items.append(x)\n"
    "    if _len(items) < n:\n"
    "        raise ValueError('not enough values to unpack (expected %d, got %d)'\n"
    "                         % (n, _len(items)))\n"
    "    return (*items,)\n"
    "def _vm_contains(it, x, invert):\n"
    "    for y in it:\n"
    "        if y is x or y == x:\n"
    "            return not invert\n"
    "    return invert\n"
    "def _vm_call_ex(func, args, kw):\n"
    "    args = [x for x in args]\n"
    "    if kw is None:\n"
    "        return func(*args)\n"
    "    return func(*args, **kw)\n"
    "def _vm_partial_call(p, /, *args, **kw):\n"
    "    return p.func(*p.args, *args, **{**p.keywords, **kw})\n"
    "def _vm_iadd_list(l, it):\n"
    "    for x in it:\n"
    "        l.append(x)\n"
    "    return l\n";

// Names the prelude shadows, with the builtin (or class method) each one stands for.
typedef struct Divert {
    const char *owner; // "builtins", or the class of a method ("list", "str")
    const char *name;  // the native's name
    const char *impl;  // the prelude function
} Divert;

static const Divert diverts[] = {
    {"builtins", "sorted", "sorted"},
    {"builtins", "min", "min"},
    {"builtins", "max", "max"},
    {"builtins", "sum", "sum"},
    {"builtins", "any", "any"},
    {"builtins", "all", "all"},
    {"builtins", "next", "next"},
    {"builtins", "iter", "iter"},
    {"list", "sort", "_sort"},
    {"list", "extend", "_list_extend"},
    {"str", "join", "_join"},
    {"bytes", "join", "_join"},
    {"bytearray", "join", "_join"},
    {"bytearray", "extend", "_bytearray_extend"},
    {"dict", "update", "_dict_update"},
    {"dict", "fromkeys", "_dict_fromkeys"},
    {"set", "update", "_set_update"},
    {"set", "union", "_set_union"},
    {"set", "intersection", "_set_intersection"},
    {"set", "difference", "_set_difference"},
    {"set", "symmetric_difference", "_set_symmetric_difference"},
    {"set", "issubset", "_set_issubset"},
    {"set", "issuperset", "_set_issuperset"},
    {"set", "isdisjoint", "_set_isdisjoint"},
    {"set", "intersection_update", "_set_intersection_update"},
    {"set", "difference_update", "_set_difference_update"},
    {"set", "symmetric_difference_update", "_set_symmetric_difference_update"},
    {"frozenset", "union", "_fs_union"},
    {"frozenset", "intersection", "_fs_intersection"},
    {"frozenset", "difference", "_fs_difference"},
    {"frozenset", "symmetric_difference", "_fs_symmetric_difference"},
    {"frozenset", "issubset", "_fs_issubset"},
    {"frozenset", "issuperset", "_fs_issuperset"},
    {"frozenset", "isdisjoint", "_fs_isdisjoint"},
    {"functools", "reduce", "_reduce"},
    {"itertools", "tee", "_it_tee"},
    {"chain", "from_iterable", "_it_chain_from_iterable"},
    {"math", "fsum", "_math_fsum"},
    {"math", "prod", "_math_prod"},
    {"re", "sub", "_re_sub"},
    {"re", "subn", "_re_subn"},
    {"Pattern", "sub", "_pat_sub"},
    {"Pattern", "subn", "_pat_subn"},
    {"json", "loads", "_json_loads"},
    {"json", "load", "_json_load"},
    {"json", "dumps", "_json_dumps"},
};

// Classes whose constructor is diverted, with their prelude version.
typedef struct ClassDivert {
    int type_id;
    const char *impl;
} ClassDivert;

static const ClassDivert class_diverts[] = {
    {TY_LIST, "list"},
    {TY_TUPLE, "tuple"},
    {TY_SET, "set"},
    {TY_FROZENSET, "frozenset"},
    {TY_DICT, "dict"},
    {TY_BYTES, "bytes"},
    {TY_BYTEARRAY, "bytearray"},
    {TY_MAP, "map"},
    {TY_FILTER, "filter"},
    {TY_ZIP, "zip"},
    {TY_ENUMERATE, "enumerate"},
    {TY_IT_ACCUMULATE, "_it_accumulate"},
    {TY_IT_CHAIN, "_it_chain"},
    {TY_IT_COMBINATIONS, "_it_combinations"},
    {TY_IT_CWR, "_it_cwr"},
    {TY_IT_COMPRESS, "_it_compress"},
    {TY_IT_CYCLE, "_it_cycle"},
    {TY_IT_DROPWHILE, "_it_dropwhile"},
    {TY_IT_FILTERFALSE, "_it_filterfalse"},
    {TY_IT_GROUPBY, "_it_groupby"},
    {TY_IT_ISLICE, "_it_islice"},
    {TY_IT_PAIRWISE, "_it_pairwise"},
    {TY_IT_PERMUTATIONS, "_it_permutations"},
    {TY_IT_PRODUCT, "_it_product"},
    {TY_IT_STARMAP, "_it_starmap"},
    {TY_IT_TAKEWHILE, "_it_takewhile"},
    {TY_IT_ZIP_LONGEST, "_it_zip_longest"},
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

// The prelude function [impl], for vm.c's opcode diverts. VAL_EXC with the exception set.
Value kr_prelude_func(KrVm *vm, const char *impl);
Value kr_prelude_func(KrVm *vm, const char *impl) {
    Value g = prelude_dict(vm);
    if (IS_EXC(g)) {
        return g;
    }
    Value name = kr_str_intern(vm, impl, strlen(impl));
    if (IS_EXC(name)) {
        return name;
    }
    Value f = kr_dict_get_str(vm, AS_DICT(g), AS_STR(name));
    if (!(IS_OBJ(f) && AS_OBJ(f)->type == &kr_type_function)) {
        return kr_raise(vm, EXC_SystemError, "prelude has no function %s", impl);
    }
    return f;
}

// True if [f] runs a prelude function whose caller runs its instruction again on the result
// (its pc points at that instruction, not after it).
bool kr_prelude_reexec(KrVm *vm, const Frame *f);
bool kr_prelude_reexec(KrVm *vm, const Frame *f) {
    if (!IS_DICT(vm->prelude) || f->globals != AS_DICT(vm->prelude) || !f->func) {
        return false;
    }
    Value n = f->code->name;
    return IS_STR(n) && AS_STR(n)->len > 7 && memcmp(AS_STR(n)->data, "_vm_re_", 7) == 0;
}

// True if calling or iterating [v] may run Python code (and so reach a host function).
bool kr_prelude_python_level(Value v);
bool kr_prelude_python_level(Value v) {
    if (!IS_OBJ(v)) {
        return false;
    }
    const Type *t = AS_OBJ(v)->type;
    return t == &kr_type_function || t == &kr_type_method || t == &kr_type_generator ||
           t == &kr_type_hostfn || t == &kr_type_ft_partial;
}

// If [callable] (called with [argc] positional [argv] and keyword values [kwvals]) is a builtin
// with a prelude version and some argument would make it run Python code, returns that
// version (a function taking the same arguments; for methods, self first). Else VAL_UNDEF;
// VAL_EXC when a limit stopped the run while the prelude was being made.
Value kr_prelude_divert(KrVm *vm, Value callable, int argc, const Value *argv, int nkw,
                        const Value *kwvals);
Value kr_prelude_divert(KrVm *vm, Value callable, int argc, const Value *argv, int nkw,
                        const Value *kwvals) {
    bool python = false;
    for (int i = 0; i < argc && !python; i++) {
        python = kr_prelude_python_level(argv[i]);
    }
    for (int i = 0; i < nkw && !python; i++) {
        python = kr_prelude_python_level(kwvals[i]);
    }
    if (!python && !(IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_builtin &&
                     strcmp(((NativeObj *)AS_OBJ(callable))->def->name, "from_iterable") == 0)) {
        // chain.from_iterable is diverted whatever its argument: the iterables it chains come
        // from its argument (a list of generators, a map producing them ...).
        return VAL_UNDEF;
    }
    const char *owner, *name, *impl = NULL;
    if (IS_TYPEOBJ(callable)) {
        TypeObj *cls = AS_TYPEOBJ(callable);
        for (size_t i = 0; i < KR_ARRAY_LEN(class_diverts); i++) {
            if (cls->type_id == class_diverts[i].type_id) {
                impl = class_diverts[i].impl;
            }
        }
    } else if (IS_OBJ(callable) && AS_OBJ(callable)->type == &kr_type_builtin) {
        // A plain function or an unbound method (self comes first in the arguments), or a
        // classmethod bound to its class (dict.fromkeys, chain.from_iterable: the prelude
        // versions build the base class, the only one there is).
        NativeObj *n = (NativeObj *)AS_OBJ(callable);
        if (!IS_UNDEF(n->self) && !IS_TYPEOBJ(n->self)) {
            return VAL_UNDEF;
        }
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
        if (vm->aborted) {
            return VAL_EXC; // a limit stopped the run while the prelude was being made
        }
        kr_exc_take(vm); // fall back to the C version
        return VAL_UNDEF;
    }
    Value f = kr_dict_get_str(vm, AS_DICT(g), AS_STR(kr_str_intern(vm, impl, strlen(impl))));
    return IS_OBJ(f) && AS_OBJ(f)->type == &kr_type_function ? f : VAL_UNDEF;
}
