// SPDX-License-Identifier: MIT
// stdlib/statistics.c: the statistics module (CPython 3.11's Lib/statistics.py semantics).
//
// mean, variance and friends are EXACT like CPython's: every data point becomes an exact ratio
// (an int is n/1, a finite float m/2^e), the sums are kept as one dyadic rational num/2^k on
// big ints, and only the final value is converted back, to an int when the data are ints and
// the result is integral, else to the correctly rounded float (int true division is correctly
// rounded, as Fraction.__float__ is). stdev/pstdev use CPython's _float_sqrt_of_frac (isqrt
// with round-to-odd), so they are correctly rounded too. Non-finite floats follow _sum's
// partials[None] path. Only int, bool and float data are supported: krait has no Fraction or
// Decimal; other number-like objects (with as_integer_ratio or numerator) raise a TypeError
// saying so, and anything else CPython's "can't convert type ..." TypeError.
//
// Functions that CPython writes with generic operators (median's (a + b) / 2, quantiles'
// interpolation, harmonic_mean's w / x, variance with a given mean) use kr_binop, so any type
// behaves as in CPython. fmean, geometric_mean and the two-variable functions call the math
// module's natives (fsum, log, exp) directly.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "module.h"

extern const ModuleDef kr_mod_math;

static Value stat_error(KrVm *vm, const char *msg) {
    return kr_module_raise(vm, TY_STATISTICS_ERROR, "%s", msg);
}

// The box: a pinned tuple holding the Values a loop keeps across items (collections may run
// between items; see gc.c).
static Tuple *new_box(KrVm *vm, int64_t n) {
    Tuple *box = kr_tuple_new(vm, n);
    if (box == NULL || kr_scope_hold(vm, kr_obj(box)) < 0) {
        return NULL;
    }
    return box;
}

static Value cstr(KrVm *vm, const char *s) { return kr_str_intern(vm, s, strlen(s)); }

// A native of the math module, called directly (no import needed).
static Value math_fn(KrVm *vm, const char *name, Value arg) {
    for (const NativeDef *d = kr_mod_math.funcs; d->name; d++) {
        if (strcmp(d->name, name) == 0) {
            return d->fn(vm, 1, &arg, VAL_UNDEF);
        }
    }
    return kr_raise(vm, EXC_SystemError, "math.%s is missing", name);
}

// float(x): calls the float class (CPython's texts for bad arguments).
static Value to_float(KrVm *vm, Value x) {
    if (IS_FLOAT(x)) {
        return x;
    }
    TypeObj *cls = kr_class_by_id(vm, TY_FLOAT);
    if (cls == NULL) {
        return VAL_EXC;
    }
    return kr_call(vm, kr_obj(cls), 1, &x, VAL_UNDEF);
}

// Missing optional argument -> None.
static Value opt(Value v) { return IS_UNDEF(v) ? VAL_NONE : v; }

static bool kw_nonempty(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

// ----- Int helpers (ints are Values: small or big) -----

static Value iop(KrVm *vm, int op, Value a, Value b) { return kr_int_binop(vm, op, a, b); }

static Value ishl(KrVm *vm, Value a, int64_t s) {
    if (s == 0) {
        return a;
    }
    return kr_int_binop(vm, BINOP_LSHIFT, a, kr_int(s));
}

static int64_t bitlen(Value v) {
    if (IS_INT(v) || IS_BOOL(v)) {
        int64_t i = AS_INT(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return u ? 64 - __builtin_clzll(u) : 0;
    }
    BigInt *b = kr_as_bigint(v);
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    return (int64_t)kr_bigint_bitlen(b->d, kr_bigint_norm(b->d, n));
}

static int64_t floordiv2(int64_t t) { return t >= 0 ? t / 2 : -((-t + 1) / 2); }

// gcd(|a|, |b|) by Euclid's algorithm.
static Value igcd(KrVm *vm, Value a, Value b) {
    a = kr_int_abs(vm, a);
    if (IS_EXC(a)) {
        return VAL_EXC;
    }
    b = kr_int_abs(vm, b);
    if (IS_EXC(b)) {
        return VAL_EXC;
    }
    Tuple *box = new_box(vm, 2);
    if (box == NULL) {
        return VAL_EXC;
    }
    box->items[0] = a;
    box->items[1] = b;
    size_t mark = kr_scope_open(vm);
    while (kr_int_sign(box->items[1]) != 0) {
        if (IS_INT(box->items[0]) && IS_INT(box->items[1])) {
            uint64_t x = (uint64_t)AS_INT(box->items[0]), y = (uint64_t)AS_INT(box->items[1]);
            while (y) {
                uint64_t r = x % y;
                x = y;
                y = r;
            }
            kr_scope_close(vm, mark);
            return kr_int((int64_t)x);
        }
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        Value r = iop(vm, BINOP_MOD, box->items[0], box->items[1]);
        if (IS_EXC(r)) {
            return VAL_EXC;
        }
        box->items[0] = box->items[1];
        box->items[1] = r;
        kr_scope_close(vm, mark);
    }
    return box->items[0];
}

// math.isqrt for n >= 0: Newton's iteration from a power of two above the root.
static Value isqrt_val(KrVm *vm, Value n) {
    if (IS_INT(n)) {
        uint64_t u = (uint64_t)AS_INT(n);
        uint64_t r = (uint64_t)sqrt((double)u);
        while (r > 0 && (unsigned __int128)r * r > u) {
            r--;
        }
        while ((unsigned __int128)(r + 1) * (r + 1) <= u) {
            r++;
        }
        return kr_int((int64_t)r);
    }
    int64_t b = bitlen(n);
    Value x = ishl(vm, kr_int(1), (b + 1) / 2);
    for (;;) {
        if (IS_EXC(x) || kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        Value q = iop(vm, BINOP_FLOORDIV, n, x);
        if (IS_EXC(q)) {
            return VAL_EXC;
        }
        Value s = iop(vm, BINOP_ADD, x, q);
        if (IS_EXC(s)) {
            return VAL_EXC;
        }
        Value y = iop(vm, BINOP_RSHIFT, s, kr_int(1));
        if (IS_EXC(y)) {
            return VAL_EXC;
        }
        if (kr_int_cmp(y, x) >= 0) {
            return x;
        }
        x = y;
    }
}

// _integer_sqrt_of_frac_rto: isqrt(n // m), its low bit set when inexact (round to odd).
static Value sqrt_rto(KrVm *vm, Value n, Value m) {
    Value q = iop(vm, BINOP_FLOORDIV, n, m);
    if (IS_EXC(q)) {
        return VAL_EXC;
    }
    Value a = isqrt_val(vm, q);
    if (IS_EXC(a)) {
        return VAL_EXC;
    }
    Value aa = iop(vm, BINOP_MUL, a, a);
    if (IS_EXC(aa)) {
        return VAL_EXC;
    }
    Value aam = iop(vm, BINOP_MUL, aa, m);
    if (IS_EXC(aam)) {
        return VAL_EXC;
    }
    if (kr_int_cmp(aam, n) != 0) {
        return iop(vm, BINOP_OR, a, kr_int(1));
    }
    return a;
}

// _float_sqrt_of_frac(n, m): sqrt(n/m) correctly rounded, n >= 0, m > 0 (lowest terms).
static Value sqrt_frac(KrVm *vm, Value n, Value m) {
    int64_t q = floordiv2(bitlen(n) - bitlen(m) - 109);
    Value num, den;
    if (q >= 0) {
        Value m2 = ishl(vm, m, 2 * q);
        if (IS_EXC(m2)) {
            return VAL_EXC;
        }
        Value a = sqrt_rto(vm, n, m2);
        if (IS_EXC(a)) {
            return VAL_EXC;
        }
        num = ishl(vm, a, q);
        den = kr_int(1);
    } else {
        Value n2 = ishl(vm, n, -2 * q);
        if (IS_EXC(n2)) {
            return VAL_EXC;
        }
        num = sqrt_rto(vm, n2, m);
        den = ishl(vm, kr_int(1), -q);
    }
    if (IS_EXC(num) || IS_EXC(den)) {
        return VAL_EXC;
    }
    return iop(vm, BINOP_TRUEDIV, num, den);
}

// _convert(num/den, T): T int gives an int when den divides num, else the float; T float the
// correctly rounded float (Fraction.__float__). den > 0.
static Value convert(KrVm *vm, Value num, Value den, bool isfloat) {
    if (!isfloat) {
        Value r = iop(vm, BINOP_MOD, num, den);
        if (IS_EXC(r)) {
            return VAL_EXC;
        }
        if (kr_int_sign(r) == 0) {
            return iop(vm, BINOP_FLOORDIV, num, den);
        }
    }
    return iop(vm, BINOP_TRUEDIV, num, den);
}

// ----- Exact sums: num / 2^k -----

// A dyadic rational accumulator. The numerator lives in box->items[slot] (so it survives
// collections); pend is a not yet folded int64 part over the same denominator 2^k.
typedef struct {
    Tuple *box;
    int slot;
    int64_t k;
    int64_t pend;
} Dy;

static int dy_flush(KrVm *vm, Dy *d) {
    if (d->pend == 0) {
        return 0;
    }
    Value s = iop(vm, BINOP_ADD, d->box->items[d->slot], kr_int(d->pend));
    if (IS_EXC(s)) {
        return -1;
    }
    d->box->items[d->slot] = s;
    d->pend = 0;
    return 0;
}

// Add n / 2^e (n an int, e >= 0).
static int dy_add(KrVm *vm, Dy *d, Value n, int64_t e) {
    if (e > d->k) {
        if (dy_flush(vm, d) < 0) {
            return -1;
        }
        Value s = ishl(vm, d->box->items[d->slot], e - d->k);
        if (IS_EXC(s)) {
            return -1;
        }
        d->box->items[d->slot] = s;
        d->k = e;
    }
    int64_t sh = d->k - e;
    if (IS_INT(n) && sh < 62) {
        int64_t v = AS_INT(n), lim = (int64_t)1 << (62 - sh), t;
        if (v > -lim && v < lim) {
            t = (int64_t)((uint64_t)v << sh);
            int64_t sum;
            if (!__builtin_add_overflow(d->pend, t, &sum)) {
                d->pend = sum;
                return 0;
            }
        }
    }
    if (dy_flush(vm, d) < 0) {
        return -1;
    }
    Value t = ishl(vm, n, sh);
    if (IS_EXC(t)) {
        return -1;
    }
    Value s = iop(vm, BINOP_ADD, d->box->items[d->slot], t);
    if (IS_EXC(s)) {
        return -1;
    }
    d->box->items[d->slot] = s;
    return 0;
}

// _exact_ratio(x) for int/bool/float: x == *num / 2^*e. Returns 0, 1 for a non-finite float
// (CPython's (x, None)), -1 on error (CPython's TypeError for non-numbers).
static int exact_ratio(KrVm *vm, Value x, Value *num, int64_t *e) {
    if (IS_FLOAT(x)) {
        double f = AS_FLOAT(x);
        if (!isfinite(f)) {
            return 1;
        }
        if (f == 0.0) {
            *num = kr_int(0);
            *e = 0;
            return 0;
        }
        int ex;
        double fr = frexp(f, &ex);
        int64_t m = (int64_t)ldexp(fr, 53); // exact: 53 significant bits
        int64_t p = (int64_t)ex - 53;       // f == m * 2^p
        if (p >= 0) {
            *num = ishl(vm, kr_int(m), p);
            *e = 0;
            return IS_EXC(*num) ? -1 : 0;
        }
        int tz = __builtin_ctzll((uint64_t)(m < 0 ? -m : m));
        int64_t drop = tz < -p ? tz : -p;
        *num = kr_int(m / ((int64_t)1 << drop));
        *e = -p - drop;
        return 0;
    }
    if (IS_BOOL(x)) {
        *num = kr_int(AS_INT(x));
        *e = 0;
        return 0;
    }
    if (kr_is_int(x)) {
        *num = x;
        *e = 0;
        return 0;
    }
    const char *names[2] = {"as_integer_ratio", "numerator"};
    for (int i = 0; i < 2; i++) {
        Value nm = cstr(vm, names[i]);
        if (IS_EXC(nm)) {
            return -1;
        }
        Value a = kr_getattr_opt(vm, x, nm);
        if (IS_EXC(a)) {
            return -1;
        }
        if (!IS_UNDEF(a)) {
            kr_raise(vm, EXC_TypeError,
                     "statistics: type '%s' is not supported (krait supports int and float data)",
                     kr_typename(x));
            return -1;
        }
    }
    kr_raise(vm, EXC_TypeError, "can't convert type '%s' to numerator/denominator",
             kr_typename(x));
    return -1;
}

// Box slots of an accumulation.
enum { B_IT, B_SX, B_SXX, B_C, B_AUX, B_SIZE };

// CPython's _sum (sx only) and _ss (sx and sxx) over the data seen so far.
typedef struct {
    Tuple *box;
    Dy sx, sxx;
    int64_t count;
    bool isfloat; // T is float (else int)
    bool special; // a non-finite float was seen: the result is sp (partials[None])
    double sp;
} Acc;

static int acc_init(KrVm *vm, Acc *a) {
    memset(a, 0, sizeof *a);
    a->box = new_box(vm, B_SIZE);
    if (a->box == NULL) {
        return -1;
    }
    a->box->items[B_SX] = kr_int(0);
    a->box->items[B_SXX] = kr_int(0);
    a->sx.box = a->sxx.box = a->box;
    a->sx.slot = B_SX;
    a->sxx.slot = B_SXX;
    return 0;
}

static int acc_feed(KrVm *vm, Acc *a, Value x, bool squares) {
    Value n;
    int64_t e;
    int r = exact_ratio(vm, x, &n, &e);
    if (r < 0) {
        return -1;
    }
    a->count++;
    if (IS_FLOAT(x)) {
        a->isfloat = true;
    }
    if (r == 1) {
        a->special = true;
        a->sp += AS_FLOAT(x);
        return 0;
    }
    if (dy_add(vm, &a->sx, n, e) < 0) {
        return -1;
    }
    if (squares) {
        Value nn;
        if (IS_INT(n) && AS_INT(n) > -((int64_t)1 << 31) && AS_INT(n) < ((int64_t)1 << 31)) {
            nn = kr_int(AS_INT(n) * AS_INT(n));
        } else {
            nn = iop(vm, BINOP_MUL, n, n);
            if (IS_EXC(nn)) {
                return -1;
            }
        }
        if (dy_add(vm, &a->sxx, nn, 2 * e) < 0) {
            return -1;
        }
    }
    return 0;
}

static int acc_finish(KrVm *vm, Acc *a) {
    return dy_flush(vm, &a->sx) < 0 || dy_flush(vm, &a->sxx) < 0 ? -1 : 0;
}

typedef enum { RUN_SUM, RUN_SS, RUN_SSC } RunMode;

// Feed every item of [data] (RUN_SSC: (x - c) * (x - c), c in box slot B_C).
static int acc_run(KrVm *vm, Acc *a, Value data, RunMode mode) {
    Value it = kr_iter(vm, data);
    if (IS_EXC(it)) {
        return -1;
    }
    a->box->items[B_IT] = it;
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return -1;
        }
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, a->box->items[B_IT]);
        if (IS_EXC(x)) {
            return -1;
        }
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, x) < 0) {
            return -1;
        }
        if (mode == RUN_SSC) {
            Value d = kr_binop(vm, BINOP_SUB, x, a->box->items[B_C]);
            if (IS_EXC(d) || kr_scope_hold(vm, d) < 0) {
                return -1;
            }
            x = kr_binop(vm, BINOP_MUL, d, d);
            if (IS_EXC(x) || kr_scope_hold(vm, x) < 0) {
                return -1;
            }
        }
        if (acc_feed(vm, a, x, mode == RUN_SS) < 0) {
            return -1;
        }
        kr_scope_close(vm, mark);
    }
    return acc_finish(vm, a);
}

// ----- Argument binding (a def's messages) -----

static int bind(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                const char *const *names, int nnames, int nreq, Value *out) {
    return kr_args_bind_def(vm, fname, false, argc, argv, kw, names, nnames, nreq, out);
}

// ----- Averages -----

static Value statistics_mean(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data"};
    Value a[1];
    if (bind(vm, "mean", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    Acc acc;
    if (acc_init(vm, &acc) < 0 || acc_run(vm, &acc, a[0], RUN_SUM) < 0) {
        return VAL_EXC;
    }
    if (acc.count < 1) {
        return stat_error(vm, "mean requires at least one data point");
    }
    if (acc.special) {
        return kr_float(acc.sp / (double)acc.count);
    }
    Value den = ishl(vm, kr_int(acc.count), acc.sx.k);
    if (IS_EXC(den)) {
        return VAL_EXC;
    }
    return convert(vm, acc.box->items[B_SX], den, acc.isfloat);
}

// len(data), or -1 with *sized false when it has none (TypeError cleared); -2 on other errors.
static int64_t try_len(KrVm *vm, Value data, bool *sized) {
    int64_t n = kr_len(vm, data);
    *sized = true;
    if (n < 0) {
        if (!kr_exc_pending_is(vm, EXC_TypeError)) {
            return -2;
        }
        kr_exc_take(vm);
        *sized = false;
        return -1;
    }
    return n;
}

static Value statistics_fmean(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data", "weights"};
    Value a[2];
    if (bind(vm, "fmean", argc, argv, kw, names, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value data = a[0], weights = opt(a[1]);
    bool sized;
    int64_t n = try_len(vm, data, &sized);
    if (n == -2) {
        return VAL_EXC;
    }
    if (IS_NONE(weights)) {
        if (!sized) {
            data = kr_list_from_iterable(vm, data);
            if (IS_EXC(data)) {
                return VAL_EXC;
            }
            n = AS_LIST(data)->len;
        }
        Value total = math_fn(vm, "fsum", data);
        if (IS_EXC(total)) {
            return VAL_EXC;
        }
        if (n == 0) {
            return stat_error(vm, "fmean requires at least one data point");
        }
        return kr_binop(vm, BINOP_TRUEDIV, total, kr_int(n));
    }
    bool wsized;
    int64_t nw = try_len(vm, weights, &wsized);
    if (nw == -2) {
        return VAL_EXC;
    }
    Tuple *box = new_box(vm, 4); // data iterator, weights iterator, products, weights list
    if (box == NULL) {
        return VAL_EXC;
    }
    if (!wsized) {
        weights = kr_list_from_iterable(vm, weights);
        if (IS_EXC(weights)) {
            return VAL_EXC;
        }
        nw = AS_LIST(weights)->len;
    }
    box->items[3] = weights;
    List *prods = kr_list_new(vm, 0);
    if (prods == NULL) {
        return VAL_EXC;
    }
    box->items[2] = kr_obj(prods);
    Value it = kr_iter(vm, data);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    box->items[0] = it;
    it = kr_iter(vm, weights);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    box->items[1] = it;
    int64_t seen = 0;
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, box->items[0]);
        if (IS_EXC(x)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        seen++;
        if (kr_scope_hold(vm, x) < 0) {
            return VAL_EXC;
        }
        Value w = kr_next(vm, box->items[1]);
        if (IS_EXC(w)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(w)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, w) < 0) {
            return VAL_EXC;
        }
        Value p = kr_binop(vm, BINOP_MUL, x, w);
        if (IS_EXC(p) || kr_list_append(vm, prods, p) < 0) {
            return VAL_EXC;
        }
        kr_scope_close(vm, mark);
    }
    if (!sized) {
        n = seen;
    }
    Value num = math_fn(vm, "fsum", kr_obj(prods));
    if (IS_EXC(num)) {
        return VAL_EXC;
    }
    if (n != nw) {
        return stat_error(vm, "data and weights must be the same length");
    }
    Value den = math_fn(vm, "fsum", weights);
    if (IS_EXC(den)) {
        return VAL_EXC;
    }
    if (AS_FLOAT(den) == 0.0) {
        return stat_error(vm, "sum of weights must be non-zero");
    }
    return kr_binop(vm, BINOP_TRUEDIV, num, den);
}

static Value statistics_geometric_mean(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data"};
    Value a[1];
    if (bind(vm, "geometric_mean", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    Tuple *box = new_box(vm, 2); // iterator, logs
    if (box == NULL) {
        return VAL_EXC;
    }
    List *logs = kr_list_new(vm, 0);
    if (logs == NULL) {
        return VAL_EXC;
    }
    box->items[1] = kr_obj(logs);
    Value it = kr_iter(vm, a[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    box->items[0] = it;
    bool bad = false;
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, box->items[0]);
        if (IS_EXC(x)) {
            bad = kr_exc_pending_is(vm, EXC_ValueError);
            if (!bad) {
                return VAL_EXC;
            }
            break;
        }
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, x) < 0) {
            return VAL_EXC;
        }
        Value l = math_fn(vm, "log", x);
        if (IS_EXC(l)) {
            bad = kr_exc_pending_is(vm, EXC_ValueError);
            if (!bad) {
                return VAL_EXC;
            }
            break;
        }
        if (kr_list_append(vm, logs, l) < 0) {
            return VAL_EXC;
        }
        kr_scope_close(vm, mark);
    }
    if (!bad && logs->len > 0) {
        Value total = math_fn(vm, "fsum", kr_obj(logs));
        if (IS_EXC(total)) {
            return VAL_EXC;
        }
        return math_fn(vm, "exp", kr_float(AS_FLOAT(total) / (double)logs->len));
    }
    if (bad) {
        kr_exc_take(vm);
    }
    return stat_error(vm, "geometric mean requires a non-empty dataset containing positive "
                          "numbers");
}

// x < 0 -> StatisticsError (CPython's _fail_neg). 0 ok, -1 error.
static int fail_neg(KrVm *vm, Value x) {
    int r = kr_lt(vm, x, kr_int(0));
    if (r < 0) {
        return -1;
    }
    if (r) {
        stat_error(vm, "harmonic mean does not support negative values");
        return -1;
    }
    return 0;
}

static bool is_real(Value x) { return IS_FLOAT(x) || kr_is_intlike(x); }

// A sum (num/2^k, or the special float) as a double, for the non-finite branches.
static int acc_double(KrVm *vm, Acc *a, double *out) {
    if (a->special) {
        *out = a->sp;
        return 0;
    }
    Value den = ishl(vm, kr_int(1), a->sx.k);
    if (IS_EXC(den)) {
        return -1;
    }
    Value f = iop(vm, BINOP_TRUEDIV, a->box->items[B_SX], den);
    if (IS_EXC(f)) {
        return -1;
    }
    *out = AS_FLOAT(f);
    return 0;
}

static Value statistics_harmonic_mean(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data", "weights"};
    Value a[2];
    if (bind(vm, "harmonic_mean", argc, argv, kw, names, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value data = a[0], weights = opt(a[1]);
    Value it = kr_iter(vm, data);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    if (kr_is(it, data)) {
        data = kr_list_from_iterable(vm, data);
        if (IS_EXC(data)) {
            return VAL_EXC;
        }
    }
    int64_t n = kr_len(vm, data);
    if (n < 0) {
        return VAL_EXC;
    }
    if (n < 1) {
        return stat_error(vm, "harmonic_mean requires at least one data point");
    }
    if (n == 1 && IS_NONE(weights)) {
        Value x = kr_getitem(vm, data, kr_int(0));
        if (IS_EXC(x)) {
            return VAL_EXC;
        }
        if (!is_real(x)) {
            return kr_raise(vm, EXC_TypeError, "unsupported type");
        }
        if (fail_neg(vm, x) < 0) {
            return VAL_EXC;
        }
        return x;
    }
    Acc sw; // the weights' sum (weighted form)
    if (acc_init(vm, &sw) < 0) {
        return VAL_EXC;
    }
    sw.box->items[B_AUX] = data;
    if (!IS_NONE(weights)) {
        Value wit = kr_iter(vm, weights);
        if (IS_EXC(wit)) {
            return VAL_EXC;
        }
        if (kr_is(wit, weights)) {
            weights = kr_list_from_iterable(vm, weights);
            if (IS_EXC(weights)) {
                return VAL_EXC;
            }
        }
        sw.box->items[B_C] = weights;
        int64_t nw = kr_len(vm, weights);
        if (nw < 0) {
            return VAL_EXC;
        }
        if (nw != n) {
            return stat_error(vm, "Number of weights does not match data size");
        }
        wit = kr_iter(vm, weights);
        if (IS_EXC(wit)) {
            return VAL_EXC;
        }
        sw.box->items[B_IT] = wit;
        for (;;) {
            if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
                return VAL_EXC;
            }
            size_t mark = kr_scope_open(vm);
            Value w = kr_next(vm, sw.box->items[B_IT]);
            if (IS_EXC(w)) {
                return VAL_EXC;
            }
            if (IS_UNDEF(w)) {
                kr_scope_close(vm, mark);
                break;
            }
            if (kr_scope_hold(vm, w) < 0 || fail_neg(vm, w) < 0 || acc_feed(vm, &sw, w, false) < 0) {
                return VAL_EXC;
            }
            kr_scope_close(vm, mark);
        }
        if (acc_finish(vm, &sw) < 0) {
            return VAL_EXC;
        }
    } else {
        sw.box->items[B_SX] = kr_int(n);
    }
    Acc tot;
    if (acc_init(vm, &tot) < 0) {
        return VAL_EXC;
    }
    // tot.box: [B_IT] data iterator, [B_C] weights iterator (or undefined: w = 1).
    Value dit = kr_iter(vm, data);
    if (IS_EXC(dit)) {
        return VAL_EXC;
    }
    tot.box->items[B_IT] = dit;
    bool weighted = !IS_NONE(weights);
    if (weighted) {
        Value wit = kr_iter(vm, weights);
        if (IS_EXC(wit)) {
            return VAL_EXC;
        }
        tot.box->items[B_C] = wit;
    }
    int64_t left = n; // repeat(1, n)
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return VAL_EXC;
        }
        size_t mark = kr_scope_open(vm);
        Value w;
        if (weighted) {
            w = kr_next(vm, tot.box->items[B_C]);
            if (IS_EXC(w) || (!IS_UNDEF(w) && kr_scope_hold(vm, w) < 0)) {
                goto zerodiv;
            }
        } else {
            w = left-- > 0 ? kr_int(1) : VAL_UNDEF;
        }
        if (IS_UNDEF(w)) {
            kr_scope_close(vm, mark);
            break;
        }
        Value x = kr_next(vm, tot.box->items[B_IT]);
        if (IS_EXC(x)) {
            goto zerodiv;
        }
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, x) < 0 || fail_neg(vm, x) < 0) {
            goto zerodiv;
        }
        int t = kr_truthy(vm, w);
        if (t < 0) {
            goto zerodiv;
        }
        Value v = kr_int(0);
        if (t) {
            v = kr_binop(vm, BINOP_TRUEDIV, w, x);
            if (IS_EXC(v) || kr_scope_hold(vm, v) < 0) {
                goto zerodiv;
            }
        }
        if (acc_feed(vm, &tot, v, false) < 0) {
            goto zerodiv;
        }
        kr_scope_close(vm, mark);
    }
    if (acc_finish(vm, &tot) < 0) {
        return VAL_EXC;
    }
    // total <= 0
    if (tot.special ? tot.sp <= 0.0 : kr_int_sign(tot.box->items[B_SX]) <= 0) {
        return stat_error(vm, "Weighted sum must be positive");
    }
    if (tot.special || sw.special) {
        double x, y;
        if (acc_double(vm, &sw, &x) < 0 || acc_double(vm, &tot, &y) < 0) {
            return VAL_EXC;
        }
        if (y == 0.0) {
            return kr_raise(vm, EXC_ZeroDivisionError, "float division by zero");
        }
        return kr_float(x / y);
    }
    // (swn / 2^swk) / (tn / 2^tk) = swn * 2^tk / (tn * 2^swk)
    Value num = ishl(vm, sw.box->items[B_SX], tot.sx.k);
    if (IS_EXC(num)) {
        return VAL_EXC;
    }
    Value den = ishl(vm, tot.box->items[B_SX], sw.sx.k);
    if (IS_EXC(den)) {
        return VAL_EXC;
    }
    return convert(vm, num, den, tot.isfloat);
zerodiv:
    if (kr_exc_pending_is(vm, EXC_ZeroDivisionError)) {
        kr_exc_take(vm);
        return kr_int(0);
    }
    return VAL_EXC;
}

// sorted(data) as a List.
static List *sorted_list(KrVm *vm, Value data) {
    Value l = kr_list_from_iterable(vm, data);
    if (IS_EXC(l)) {
        return NULL;
    }
    if (kr_list_sort(vm, AS_LIST(l), VAL_NONE, false) < 0) {
        return NULL;
    }
    return AS_LIST(l);
}

// data[i] of a list that Python code (comparisons) could have shrunk.
static Value item_at(KrVm *vm, List *l, int64_t i) {
    if (i < 0 || i >= l->len) {
        return kr_raise(vm, EXC_IndexError, "list index out of range");
    }
    return l->items[i];
}

typedef enum { MED_MID, MED_LOW, MED_HIGH } MedKind;

static Value median_common(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                           MedKind kind) {
    static const char *const names[] = {"data"};
    Value a[1];
    if (bind(vm, fname, argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    List *l = sorted_list(vm, a[0]);
    if (l == NULL) {
        return VAL_EXC;
    }
    int64_t n = l->len;
    if (n == 0) {
        return stat_error(vm, "no median for empty data");
    }
    if (n % 2 == 1 || kind == MED_HIGH) {
        return l->items[n / 2];
    }
    if (kind == MED_LOW) {
        return l->items[n / 2 - 1];
    }
    Value s = kr_binop(vm, BINOP_ADD, l->items[n / 2 - 1], l->items[n / 2]);
    if (IS_EXC(s)) {
        return VAL_EXC;
    }
    return kr_binop(vm, BINOP_TRUEDIV, s, kr_int(2));
}

static Value statistics_median(KrVm *vm, int argc, const Value *argv, Value kw) {
    return median_common(vm, "median", argc, argv, kw, MED_MID);
}

static Value statistics_median_low(KrVm *vm, int argc, const Value *argv, Value kw) {
    return median_common(vm, "median_low", argc, argv, kw, MED_LOW);
}

static Value statistics_median_high(KrVm *vm, int argc, const Value *argv, Value kw) {
    return median_common(vm, "median_high", argc, argv, kw, MED_HIGH);
}

static Value statistics_median_grouped(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data", "interval"};
    Value a[2];
    if (bind(vm, "median_grouped", argc, argv, kw, names, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Value interval = IS_UNDEF(a[1]) ? kr_float(1.0) : a[1];
    List *l = sorted_list(vm, a[0]);
    if (l == NULL) {
        return VAL_EXC;
    }
    int64_t n = l->len;
    if (n == 0) {
        return stat_error(vm, "no median for empty data");
    }
    Value x = l->items[n / 2];
    // bisect_left(data, x), then bisect_right(data, x, lo=i)
    int64_t lo = 0, hi = n;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        Value m = item_at(vm, l, mid);
        if (IS_EXC(m)) {
            return VAL_EXC;
        }
        int r = kr_lt(vm, m, x);
        if (r < 0) {
            return VAL_EXC;
        }
        if (r) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    int64_t i = lo;
    hi = n;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        Value m = item_at(vm, l, mid);
        if (IS_EXC(m)) {
            return VAL_EXC;
        }
        int r = kr_lt(vm, x, m);
        if (r < 0) {
            return VAL_EXC;
        }
        if (r) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    int64_t j = lo;
    Value fi = to_float(vm, interval);
    Value fx = IS_EXC(fi) ? VAL_EXC : to_float(vm, x);
    if (IS_EXC(fx)) {
        if (kr_exc_pending_is(vm, EXC_ValueError)) {
            kr_exc_take(vm);
            return kr_raise(vm, EXC_TypeError, "Value cannot be converted to a float");
        }
        return VAL_EXC;
    }
    double iv = AS_FLOAT(fi), xv = AS_FLOAT(fx);
    double L = xv - iv / 2.0;
    double cf = (double)i, f = (double)(j - i);
    return kr_float(L + iv * ((double)n / 2.0 - cf) / f);
}

// Counter(iter(data)) as a Dict of int counts (in first-seen order).
static Dict *count_items(KrVm *vm, Value data) {
    Value it = kr_iter(vm, data);
    if (IS_EXC(it)) {
        return NULL;
    }
    Tuple *box = new_box(vm, 2);
    if (box == NULL) {
        return NULL;
    }
    box->items[0] = it;
    Dict *d = kr_dict_new(vm);
    if (d == NULL) {
        return NULL;
    }
    box->items[1] = kr_obj(d);
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return NULL;
        }
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, box->items[0]);
        if (IS_EXC(x)) {
            return NULL;
        }
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            return d;
        }
        if (kr_scope_hold(vm, x) < 0) {
            return NULL;
        }
        Value c = kr_dict_get(vm, d, x);
        if (IS_EXC(c)) {
            return NULL;
        }
        int64_t cnt = IS_UNDEF(c) ? 0 : AS_INT(c);
        if (kr_dict_set(vm, d, x, kr_int(cnt + 1)) < 0) {
            return NULL;
        }
        kr_scope_close(vm, mark);
    }
}

static Value statistics_mode(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data"};
    Value a[1];
    if (bind(vm, "mode", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    Dict *d = count_items(vm, a[0]);
    if (d == NULL) {
        return VAL_EXC;
    }
    int64_t pos = 0, best = -1;
    Value k, v, bestk = VAL_UNDEF;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (AS_INT(v) > best) {
            best = AS_INT(v);
            bestk = k;
        }
    }
    if (IS_UNDEF(bestk)) {
        return stat_error(vm, "no mode for empty data");
    }
    return bestk;
}

static Value statistics_multimode(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"data"};
    Value a[1];
    if (bind(vm, "multimode", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    Dict *d = count_items(vm, a[0]);
    if (d == NULL) {
        return VAL_EXC;
    }
    int64_t pos = 0, best = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (AS_INT(v) > best) {
            best = AS_INT(v);
        }
    }
    List *out = kr_list_new(vm, 0);
    if (out == NULL) {
        return VAL_EXC;
    }
    pos = 0;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (AS_INT(v) == best && kr_list_append(vm, out, k) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(out);
}

// ----- quantiles -----

static Value interp(KrVm *vm, Value lo, Value hi, int64_t wlo, int64_t whi, int64_t n) {
    Value p = kr_binop(vm, BINOP_MUL, lo, kr_int(wlo));
    if (IS_EXC(p)) {
        return VAL_EXC;
    }
    Value q = kr_binop(vm, BINOP_MUL, hi, kr_int(whi));
    if (IS_EXC(q)) {
        return VAL_EXC;
    }
    Value s = kr_binop(vm, BINOP_ADD, p, q);
    if (IS_EXC(s)) {
        return VAL_EXC;
    }
    return kr_binop(vm, BINOP_TRUEDIV, s, kr_int(n));
}

static Value statistics_quantiles(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "quantiles() takes 1 positional argument but %d were "
                                           "given", argc);
    }
    static const char *const names[] = {"data", "n", "method"};
    Value a[3];
    if (bind(vm, "quantiles", argc, argv, kw, names, 3, 1, a) < 0) {
        return VAL_EXC;
    }
    Value nv = IS_UNDEF(a[1]) ? kr_int(4) : a[1];
    Value method = a[2];
    if (IS_UNDEF(method)) {
        method = cstr(vm, "exclusive");
        if (IS_EXC(method)) {
            return VAL_EXC;
        }
    }
    int r = kr_lt(vm, nv, kr_int(1));
    if (r < 0) {
        return VAL_EXC;
    }
    if (r) {
        return stat_error(vm, "n must be at least 1");
    }
    List *l = sorted_list(vm, a[0]);
    if (l == NULL) {
        return VAL_EXC;
    }
    int64_t ld = l->len;
    if (ld < 2) {
        return stat_error(vm, "must have at least two data points");
    }
    Value inc = cstr(vm, "inclusive"), exc = cstr(vm, "exclusive");
    if (IS_EXC(inc) || IS_EXC(exc)) {
        return VAL_EXC;
    }
    int is_inc = kr_eq(vm, method, inc);
    if (is_inc < 0) {
        return VAL_EXC;
    }
    int is_exc = 0;
    if (!is_inc) {
        is_exc = kr_eq(vm, method, exc);
        if (is_exc < 0) {
            return VAL_EXC;
        }
        if (!is_exc) {
            return kr_raise(vm, EXC_ValueError, "Unknown method: %R", method);
        }
    }
    int64_t n;
    if (kr_arg_index(vm, nv, &n) < 0) {
        return VAL_EXC;
    }
    List *out = kr_list_new(vm, 0);
    if (out == NULL) {
        return VAL_EXC;
    }
    int64_t m = is_inc ? ld - 1 : ld + 1;
    for (int64_t i = 1; i < n; i++) {
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        int64_t im;
        if (__builtin_mul_overflow(i, m, &im)) {
            return kr_raise(vm, EXC_OverflowError, "quantiles: n too large");
        }
        int64_t j = im / n, delta;
        Value v;
        if (is_inc) {
            delta = im % n;
            Value lo = item_at(vm, l, j), hi = IS_EXC(lo) ? VAL_EXC : item_at(vm, l, j + 1);
            if (IS_EXC(hi)) {
                return VAL_EXC;
            }
            v = interp(vm, lo, hi, n - delta, delta, n);
        } else {
            j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
            int64_t jn;
            if (__builtin_mul_overflow(j, n, &jn)) {
                return kr_raise(vm, EXC_OverflowError, "quantiles: n too large");
            }
            delta = im - jn;
            Value lo = item_at(vm, l, j - 1), hi = IS_EXC(lo) ? VAL_EXC : item_at(vm, l, j);
            if (IS_EXC(hi)) {
                return VAL_EXC;
            }
            v = interp(vm, lo, hi, n - delta, delta, n);
        }
        if (IS_EXC(v) || kr_list_append(vm, out, v) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(out);
}

// ----- Spread -----

typedef enum { V_SAMPLE, V_POP } VarKind;

// _ss(data, c) followed by ss / (n - 1) (sample) or ss / n (population) as the exact
// fraction *num / *den (den > 0), or *special with the float. Raises the "requires" error.
static int var_frac(KrVm *vm, Acc *acc, Value data, Value c, VarKind kind, const char *fname,
                    Value *num, Value *den, bool *special, double *sp) {
    if (acc_init(vm, acc) < 0) {
        return -1;
    }
    bool given = !IS_NONE(c);
    acc->box->items[B_C] = c;
    if (acc_run(vm, acc, data, given ? RUN_SSC : RUN_SS) < 0) {
        return -1;
    }
    int64_t n = acc->count;
    if (kind == V_SAMPLE ? n < 2 : n < 1) {
        char msg[96];
        snprintf(msg, sizeof msg, "%s requires at least %s data point%s", fname,
                 kind == V_SAMPLE ? "two" : "one", kind == V_SAMPLE ? "s" : "");
        stat_error(vm, msg);
        return -1;
    }
    int64_t div = kind == V_SAMPLE ? n - 1 : n;
    *special = acc->special;
    if (acc->special) {
        *sp = acc->sp / (double)div;
        return 0;
    }
    if (given) {
        // ss = sx / 2^k
        *num = acc->box->items[B_SX];
        *den = ishl(vm, kr_int(div), acc->sx.k);
        return IS_EXC(*den) ? -1 : 0;
    }
    // ss = (n*sxx - sx*sx) / n with sx = A/2^a, sxx = B/2^b: over the denominator n * 2^E.
    Value A = acc->box->items[B_SX], B = acc->box->items[B_SXX];
    int64_t ea = acc->sx.k, eb = acc->sxx.k;
    int64_t E = eb > 2 * ea ? eb : 2 * ea;
    Value t1 = iop(vm, BINOP_MUL, B, kr_int(n));
    if (IS_EXC(t1) || IS_EXC(t1 = ishl(vm, t1, E - eb))) {
        return -1;
    }
    Value t2 = iop(vm, BINOP_MUL, A, A);
    if (IS_EXC(t2) || IS_EXC(t2 = ishl(vm, t2, E - 2 * ea))) {
        return -1;
    }
    *num = iop(vm, BINOP_SUB, t1, t2);
    if (IS_EXC(*num)) {
        return -1;
    }
    Value d = iop(vm, BINOP_MUL, kr_int(n), kr_int(div));
    if (IS_EXC(d)) {
        return -1;
    }
    *den = ishl(vm, d, E);
    return IS_EXC(*den) ? -1 : 0;
}

static Value var_common(KrVm *vm, const char *fname, const char *argname, int argc,
                        const Value *argv, Value kw, VarKind kind, bool root) {
    const char *names[] = {"data", argname};
    Value a[2];
    if (bind(vm, fname, argc, argv, kw, names, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    Acc acc;
    Value num = VAL_UNDEF, den = VAL_UNDEF;
    bool special;
    double sp = 0.0;
    if (var_frac(vm, &acc, a[0], opt(a[1]), kind, fname, &num, &den, &special, &sp) < 0) {
        return VAL_EXC;
    }
    if (special) {
        if (root) {
            return kr_raise(vm, EXC_AttributeError, "'float' object has no attribute 'numerator'");
        }
        return kr_float(sp);
    }
    if (!root) {
        return convert(vm, num, den, acc.isfloat);
    }
    Value g = igcd(vm, num, den);
    if (IS_EXC(g)) {
        return VAL_EXC;
    }
    if (!(IS_INT(g) && AS_INT(g) == 1)) {
        num = iop(vm, BINOP_FLOORDIV, num, g);
        if (IS_EXC(num)) {
            return VAL_EXC;
        }
        den = iop(vm, BINOP_FLOORDIV, den, g);
        if (IS_EXC(den)) {
            return VAL_EXC;
        }
    }
    if (kr_int_sign(num) < 0) {
        return kr_raise(vm, EXC_ValueError, "isqrt() argument must be nonnegative");
    }
    return sqrt_frac(vm, num, den);
}

static Value statistics_variance(KrVm *vm, int argc, const Value *argv, Value kw) {
    return var_common(vm, "variance", "xbar", argc, argv, kw, V_SAMPLE, false);
}

static Value statistics_pvariance(KrVm *vm, int argc, const Value *argv, Value kw) {
    return var_common(vm, "pvariance", "mu", argc, argv, kw, V_POP, false);
}

static Value statistics_stdev(KrVm *vm, int argc, const Value *argv, Value kw) {
    return var_common(vm, "stdev", "xbar", argc, argv, kw, V_SAMPLE, true);
}

static Value statistics_pstdev(KrVm *vm, int argc, const Value *argv, Value kw) {
    return var_common(vm, "pstdev", "mu", argc, argv, kw, V_POP, true);
}

// ----- Two inputs -----

// Positional-only parameters [names] (nnames) plus keyword-only ones from [nposonly] on.
static int bind_posonly(KrVm *vm, const char *fname, int argc, const Value *argv, Value kw,
                        const char *const *names, int nnames, int nposonly, Value *out) {
    if (argc > nposonly) {
        kr_raise(vm, EXC_TypeError, "%s() takes %d positional arguments but %d were given", fname,
                 nposonly, argc);
        return -1;
    }
    if (kw_nonempty(kw)) {
        char list[128];
        size_t len = 0;
        list[0] = 0;
        for (int i = 0; i < nposonly; i++) {
            Value k = cstr(vm, names[i]);
            if (IS_EXC(k)) {
                return -1;
            }
            Value v = kr_dict_get(vm, AS_DICT(kw), k);
            if (IS_EXC(v)) {
                return -1;
            }
            if (!IS_UNDEF(v)) {
                len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", len ? ", " : "",
                                        names[i]);
            }
        }
        if (len > 0) {
            kr_raise(vm, EXC_TypeError,
                     "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                     fname, list);
            return -1;
        }
    }
    // Bind the keyword-only ones by name; the positional ones must all be given.
    Value all[4];
    for (int i = 0; i < nnames; i++) {
        all[i] = VAL_UNDEF;
    }
    if (bind(vm, fname, 0, argv, kw, names, nnames, 0, all) < 0) {
        return -1;
    }
    if (argc < nposonly) {
        int miss = nposonly - argc;
        if (miss == 1) {
            kr_raise(vm, EXC_TypeError, "%s() missing 1 required positional argument: '%s'",
                     fname, names[nposonly - 1]);
        } else {
            kr_raise(vm, EXC_TypeError,
                     "%s() missing 2 required positional arguments: '%s' and '%s'", fname,
                     names[0], names[1]);
        }
        return -1;
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = i < nposonly ? argv[i] : all[i];
    }
    return 0;
}

// fsum over the items of [seq].
static int fsum_of(KrVm *vm, Value seq, double *out) {
    Value s = math_fn(vm, "fsum", seq);
    if (IS_EXC(s)) {
        return -1;
    }
    *out = AS_FLOAT(s);
    return 0;
}

typedef enum { PR_DEV, PR_PLAIN } PairKind;

// fsum(f(xi, yi) for xi, yi in zip(x, y)) where f is (xi - xbar) * (yi - ybar) (PR_DEV) or
// xi * yi (PR_PLAIN). The products are collected first, then summed by math.fsum.
static int sum_products(KrVm *vm, Value x, Value y, double xbar, double ybar, PairKind kind,
                        double *out) {
    Tuple *box = new_box(vm, 3);
    if (box == NULL) {
        return -1;
    }
    List *prods = kr_list_new(vm, 0);
    if (prods == NULL) {
        return -1;
    }
    box->items[2] = kr_obj(prods);
    Value it = kr_iter(vm, x);
    if (IS_EXC(it)) {
        return -1;
    }
    box->items[0] = it;
    it = kr_iter(vm, y);
    if (IS_EXC(it)) {
        return -1;
    }
    box->items[1] = it;
    for (;;) {
        if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
            return -1;
        }
        size_t mark = kr_scope_open(vm);
        Value a = kr_next(vm, box->items[0]);
        if (IS_EXC(a)) {
            return -1;
        }
        if (IS_UNDEF(a)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, a) < 0) {
            return -1;
        }
        Value b = kr_next(vm, box->items[1]);
        if (IS_EXC(b)) {
            return -1;
        }
        if (IS_UNDEF(b)) {
            kr_scope_close(vm, mark);
            break;
        }
        if (kr_scope_hold(vm, b) < 0) {
            return -1;
        }
        if (kind == PR_DEV) {
            a = kr_binop(vm, BINOP_SUB, a, kr_float(xbar));
            if (IS_EXC(a) || kr_scope_hold(vm, a) < 0) {
                return -1;
            }
            b = kr_binop(vm, BINOP_SUB, b, kr_float(ybar));
            if (IS_EXC(b) || kr_scope_hold(vm, b) < 0) {
                return -1;
            }
        }
        Value p = kr_binop(vm, BINOP_MUL, a, b);
        if (IS_EXC(p) || kr_list_append(vm, prods, p) < 0) {
            return -1;
        }
        kr_scope_close(vm, mark);
    }
    return fsum_of(vm, kr_obj(prods), out);
}

// The checks and means shared by covariance, correlation and linear_regression.
static int pair_setup(KrVm *vm, const char *what, Value x, Value y, bool means, int64_t *n,
                      double *xbar, double *ybar) {
    *n = kr_len(vm, x);
    if (*n < 0) {
        return -1;
    }
    int64_t ny = kr_len(vm, y);
    if (ny < 0) {
        return -1;
    }
    char msg[128];
    if (ny != *n) {
        snprintf(msg, sizeof msg, "%s requires that both inputs have same number of data points",
                 what);
        stat_error(vm, msg);
        return -1;
    }
    if (*n < 2) {
        snprintf(msg, sizeof msg, "%s requires at least two data points", what);
        stat_error(vm, msg);
        return -1;
    }
    if (!means) {
        return 0;
    }
    double sx, sy;
    if (fsum_of(vm, x, &sx) < 0 || fsum_of(vm, y, &sy) < 0) {
        return -1;
    }
    *xbar = sx / (double)*n;
    *ybar = sy / (double)*n;
    return 0;
}

static Value statistics_covariance(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"x", "y"};
    Value a[2];
    if (bind_posonly(vm, "covariance", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    int64_t n;
    double xbar, ybar, sxy;
    if (pair_setup(vm, "covariance", a[0], a[1], true, &n, &xbar, &ybar) < 0 ||
        sum_products(vm, a[0], a[1], xbar, ybar, PR_DEV, &sxy) < 0) {
        return VAL_EXC;
    }
    return kr_float(sxy / (double)(n - 1));
}

static Value statistics_correlation(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"x", "y"};
    Value a[2];
    if (bind_posonly(vm, "correlation", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    int64_t n;
    double xbar, ybar, sxy, sxx, syy;
    if (pair_setup(vm, "correlation", a[0], a[1], true, &n, &xbar, &ybar) < 0 ||
        sum_products(vm, a[0], a[1], xbar, ybar, PR_DEV, &sxy) < 0 ||
        sum_products(vm, a[0], a[0], xbar, xbar, PR_DEV, &sxx) < 0 ||
        sum_products(vm, a[1], a[1], ybar, ybar, PR_DEV, &syy) < 0) {
        return VAL_EXC;
    }
    Value r = math_fn(vm, "sqrt", kr_float(sxx * syy));
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    if (AS_FLOAT(r) == 0.0) {
        return stat_error(vm, "at least one of the inputs is constant");
    }
    return kr_float(sxy / AS_FLOAT(r));
}

// ----- LinearRegression: CPython's namedtuple('LinearRegression', ('slope', 'intercept')) -----
// A C type that behaves as that 2-tuple: repr, fields, indexing and slicing, len, iteration and
// unpacking, comparison and hashing as a tuple (isinstance(x, tuple) is False: krait has no
// tuple subclasses).

typedef struct LinReg {
    Obj hdr;
    Value slope, intercept;
} LinReg;

static void linreg_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((LinReg *)o)->slope);
    kr_gc_mark_value(vm, ((LinReg *)o)->intercept);
}

static Value linreg_new(KrVm *vm, Value slope, Value intercept) {
    LinReg *o = kr_gc_alloc(vm, &kr_type_stat_linreg, sizeof(LinReg));
    if (o == NULL) {
        return VAL_EXC;
    }
    o->slope = slope;
    o->intercept = intercept;
    return kr_obj(o);
}

static Value linreg_tuple(KrVm *vm, Value self) {
    LinReg *o = (LinReg *)AS_OBJ(self);
    return kr_tuple_pack(vm, 2, o->slope, o->intercept);
}

static Value linreg_repr(KrVm *vm, Value self) {
    LinReg *o = (LinReg *)AS_OBJ(self);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    Value r1 = kr_repr(vm, o->slope);
    Value r2 = IS_EXC(r1) ? VAL_EXC : kr_repr(vm, o->intercept);
    if (IS_EXC(r2) || kr_sb_adds(&sb, "LinearRegression(slope=") < 0 ||
        kr_sb_add_str(&sb, r1) < 0 || kr_sb_adds(&sb, ", intercept=") < 0 ||
        kr_sb_add_str(&sb, r2) < 0 || kr_sb_addc(&sb, ')') < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

static int64_t linreg_len(KrVm *vm, Value self) { return 2; }

static Value linreg_getitem(KrVm *vm, Value self, Value key) {
    Value t = linreg_tuple(vm, self);
    return IS_EXC(t) ? VAL_EXC : kr_getitem(vm, t, key);
}

static Value linreg_iter(KrVm *vm, Value self) {
    Value t = linreg_tuple(vm, self);
    return IS_EXC(t) ? VAL_EXC : kr_iter(vm, t);
}

static int linreg_contains(KrVm *vm, Value self, Value v) {
    Value t = linreg_tuple(vm, self);
    return IS_EXC(t) ? -1 : kr_contains(vm, t, v);
}

static Value linreg_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    Value ta = kr_isa(a, &kr_type_stat_linreg) ? linreg_tuple(vm, a) : a;
    Value tb = kr_isa(b, &kr_type_stat_linreg) ? linreg_tuple(vm, b) : b;
    if (IS_EXC(ta) || IS_EXC(tb)) {
        return VAL_EXC;
    }
    if (!IS_TUPLE(ta) || !IS_TUPLE(tb)) {
        return vm->notimpl;
    }
    return kr_compare(vm, ta, tb, op);
}

static int linreg_hash(KrVm *vm, Value self, int64_t *out) {
    LinReg *o = (LinReg *)AS_OBJ(self);
    Value items[2] = {o->slope, o->intercept};
    return kr_tuple_hash_items(vm, 2, items, out);
}

static Value linreg_get_slope(KrVm *vm, Value self) { return ((LinReg *)AS_OBJ(self))->slope; }
static Value linreg_get_intercept(KrVm *vm, Value self) {
    return ((LinReg *)AS_OBJ(self))->intercept;
}

static const GetSetDef linreg_getset[] = {
    {"slope", linreg_get_slope},
    {"intercept", linreg_get_intercept},
    {NULL, NULL},
};

// count/index/_asdict: tuple's methods on (slope, intercept); _asdict builds the dict.
static Value linreg_method(KrVm *vm, const char *name, int argc, const Value *argv, Value kw) {
    if (argc < 1 || !kr_isa(argv[0], &kr_type_stat_linreg)) {
        return kr_raise(vm, EXC_TypeError, "descriptor '%s' requires a 'LinearRegression' object",
                        name);
    }
    Value t = linreg_tuple(vm, argv[0]);
    if (IS_EXC(t)) {
        return VAL_EXC;
    }
    Value m = kr_getattr(vm, t, cstr(vm, name));
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    return kr_call(vm, m, argc - 1, argv + 1, kw);
}

static Value linreg_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    return linreg_method(vm, "count", argc, argv, kw);
}

static Value linreg_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    return linreg_method(vm, "index", argc, argv, kw);
}

static Value linreg_asdict(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!kr_isa(argv[0], &kr_type_stat_linreg)) {
        return kr_raise(vm, EXC_TypeError, "_asdict() requires a 'LinearRegression' object");
    }
    LinReg *o = (LinReg *)AS_OBJ(argv[0]);
    Dict *d = kr_dict_new(vm);
    if (d == NULL || kr_dict_set_str(vm, d, "slope", o->slope) < 0 ||
        kr_dict_set_str(vm, d, "intercept", o->intercept) < 0) {
        return VAL_EXC;
    }
    return kr_obj(d);
}

static const NativeDef linreg_methods[] = {
    NATIVE("count", linreg_count, 0, -1, NATIVE_KW),
    NATIVE("index", linreg_index, 0, -1, NATIVE_KW),
    NATIVE("_asdict", linreg_asdict, 0, 0, 0),
    NATIVE_END,
};

// LinearRegression(slope, intercept): the namedtuple's __new__ argument errors.
static Value linreg_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"slope", "intercept"};
    Value a[2];
    if (kr_args_bind_def(vm, "LinearRegression.__new__", true, argc, argv, kw, names, 2, 2, a) <
        0) {
        return VAL_EXC;
    }
    return linreg_new(vm, a[0], a[1]);
}

const Type kr_type_stat_linreg = {
    .name = "LinearRegression",
    .id = TY_STAT_LINREG,
    .basic_size = sizeof(LinReg),
    .trace = linreg_trace,
    .repr = linreg_repr,
    .hash = linreg_hash,
    .richcmp = linreg_richcmp,
    .iter = linreg_iter,
    .len = linreg_len,
    .getitem = linreg_getitem,
    .contains = linreg_contains,
    .ctor = linreg_ctor,
    .methods = linreg_methods,
    .getset = linreg_getset,
};

// Snapshots: the two field values.
static int linreg_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    return kr_snap_val(out, ((LinReg *)o)->slope) < 0 ||
                   kr_snap_val(out, ((LinReg *)o)->intercept) < 0
               ? -1
               : 0;
}
static Obj *linreg_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != 0) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'LinearRegression' object");
        return NULL;
    }
    return kr_gc_alloc(vm, t, sizeof(LinReg));
}
static int linreg_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    if (nvals != 2 || IS_UNDEF(vals[0]) || IS_UNDEF(vals[1])) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'LinearRegression' object");
        return -1;
    }
    ((LinReg *)o)->slope = vals[0];
    ((LinReg *)o)->intercept = vals[1];
    return 0;
}
static const ModTypeSnap linreg_snap = {linreg_save, linreg_alloc, linreg_fill, NULL};

static Value statistics_linear_regression(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"x", "y", "proportional"};
    Value a[3];
    if (bind_posonly(vm, "linear_regression", argc, argv, kw, names, 3, 2, a) < 0) {
        return VAL_EXC;
    }
    int prop = IS_UNDEF(a[2]) ? 0 : kr_truthy(vm, a[2]);
    if (prop < 0) {
        return VAL_EXC;
    }
    int64_t n;
    double xbar = 0.0, ybar = 0.0, sxy, sxx;
    if (pair_setup(vm, "linear regression", a[0], a[1], !prop, &n, &xbar, &ybar) < 0 ||
        sum_products(vm, a[0], a[1], xbar, ybar, prop ? PR_PLAIN : PR_DEV, &sxy) < 0 ||
        sum_products(vm, a[0], a[0], xbar, xbar, prop ? PR_PLAIN : PR_DEV, &sxx) < 0) {
        return VAL_EXC;
    }
    if (sxx == 0.0) {
        return stat_error(vm, "x is constant");
    }
    double slope = sxy / sxx;
    double intercept = prop ? 0.0 : ybar - slope * xbar;
    return linreg_new(vm, kr_float(slope), kr_float(intercept));
}

// ----- Module table -----

static const NativeDef statistics_funcs[] = {
    NATIVE("correlation", statistics_correlation, 0, -1, NATIVE_KW),
    NATIVE("covariance", statistics_covariance, 0, -1, NATIVE_KW),
    NATIVE("fmean", statistics_fmean, 0, -1, NATIVE_KW),
    NATIVE("geometric_mean", statistics_geometric_mean, 0, -1, NATIVE_KW),
    NATIVE("harmonic_mean", statistics_harmonic_mean, 0, -1, NATIVE_KW),
    NATIVE("linear_regression", statistics_linear_regression, 0, -1, NATIVE_KW),
    NATIVE("mean", statistics_mean, 0, -1, NATIVE_KW),
    NATIVE("median", statistics_median, 0, -1, NATIVE_KW),
    NATIVE("median_grouped", statistics_median_grouped, 0, -1, NATIVE_KW),
    NATIVE("median_high", statistics_median_high, 0, -1, NATIVE_KW),
    NATIVE("median_low", statistics_median_low, 0, -1, NATIVE_KW),
    NATIVE("mode", statistics_mode, 0, -1, NATIVE_KW),
    NATIVE("multimode", statistics_multimode, 0, -1, NATIVE_KW),
    NATIVE("pstdev", statistics_pstdev, 0, -1, NATIVE_KW),
    NATIVE("pvariance", statistics_pvariance, 0, -1, NATIVE_KW),
    NATIVE("quantiles", statistics_quantiles, 0, -1, NATIVE_KW),
    NATIVE("stdev", statistics_stdev, 0, -1, NATIVE_KW),
    NATIVE("variance", statistics_variance, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static const ModType statistics_types[] = {
    {TY_STATISTICS_ERROR, "StatisticsError", NULL, NULL},
    {TY_STAT_LINREG, "LinearRegression", &linreg_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_statistics = {"statistics", statistics_funcs, NULL, statistics_types};
