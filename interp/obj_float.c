// SPDX-License-Identifier: MIT
// interp/obj_float.c: the `float` type (unboxed doubles): arithmetic with CPython's special
// cases and messages, hashing, float(), round(), and the float methods.
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "module.h"

static Value too_large(KrVm *vm) {
    return kr_raise(vm, EXC_OverflowError, "int too large to convert to float");
}

// int/bool/float -> double. 1: not a number type (no exception), 0 ok, -1 error.
static int as_double(KrVm *vm, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return 0;
    }
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = (double)AS_INT(v);
        return 0;
    }
    if (IS_BIGINT(v)) {
        bool ovf;
        *out = kr_int_to_double(vm, v, &ovf);
        if (ovf) {
            too_large(vm);
            return -1;
        }
        return 0;
    }
    return 1;
}

int kr_to_double(KrVm *vm, Value v, double *out) {
    int r = as_double(vm, v, out);
    if (r == 1) {
        kr_raise(vm, EXC_TypeError, "must be real number, not %T", v);
        return -1;
    }
    return r;
}

// ----- Hash (CPython's _Py_HashDouble) -----

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t kr_float_hash(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) {
            return v > 0 ? 314159 : -314159;
        }
        // CPython 3.10+ hashes NaN by object identity. Unboxed floats have none, but each
        // float('nan') gets its own payload (kr_float_fresh_nan), which stands in for it.
        uint64_t bits;
        memcpy(&bits, &v, sizeof bits);
        bits *= 0x9E3779B97F4A7C15u;
        int64_t h = (int64_t)(bits >> 2);
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) {
            x -= HASH_MOD;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t r = sign < 0 ? -(int64_t)x : (int64_t)x;
    return r == -1 ? -2 : r;
}

// A quiet NaN with a payload no earlier call returned: CPython's float('nan') makes a new
// object each time, so `float('nan') is float('nan')` is False while one variable stays
// identical to itself (kr_is compares bits). The payload never reaches repr/format/hash users.
double kr_float_fresh_nan(KrVm *vm, bool neg) {
    vm->nan_counter = (vm->nan_counter + 1) & 0x0007FFFFFFFFFFFFu;
    if (vm->nan_counter == 0) {
        vm->nan_counter = 1; // payload 0 is the hardware's default NaN
    }
    uint64_t bits = 0x7FF8000000000000u | vm->nan_counter | (neg ? (uint64_t)1 << 63 : 0);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

// ----- Arithmetic -----

static Value overflow_errno(KrVm *vm) {
    Value msg = kr_str_from_cstr(vm, "Numerical result out of range");
    if (IS_EXC(msg)) {
        return VAL_EXC;
    }
    Value args = kr_tuple_pack(vm, 2, kr_int(34), msg);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, EXC_OverflowError), args);
    if (!e) {
        return VAL_EXC;
    }
    return kr_raise_value(vm, kr_obj(e));
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static Value float_pow(KrVm *vm, double iv, double iw) {
    if (iw == 0) {
        return kr_float(1.0);
    }
    if (isnan(iv)) {
        return kr_float(iv);
    }
    if (isnan(iw)) {
        return kr_float(iv == 1.0 ? 1.0 : iw);
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return kr_float(1.0);
        }
        return kr_float((iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) {
            return kr_float(odd ? iv : fabs(iv));
        }
        return kr_float(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            return kr_raise(vm, EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return kr_float(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            // Negative numbers raised to fractional powers become complex.
            return kr_complex_pow(vm, iv, 0.0, iw, 0.0);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        return kr_float(negate ? -1.0 : 1.0);
    }
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        return overflow_errno(vm);
    }
    return kr_float(negate ? -ix : ix);
}

// CPython's float_divmod core; wx != 0.
static void fdivmod(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

Value kr_float_binop(KrVm *vm, int op, Value a, Value b) {
    if (op >= BINOP_INPLACE) {
        op -= BINOP_INPLACE;
    }
    double x, y;
    int r = as_double(vm, a, &x);
    if (r != 0) {
        return r < 0 ? VAL_EXC : vm->notimpl;
    }
    r = as_double(vm, b, &y);
    if (r != 0) {
        return r < 0 ? VAL_EXC : vm->notimpl;
    }
    switch (op) {
    case BINOP_ADD:
        return kr_float(x + y);
    case BINOP_SUB:
        return kr_float(x - y);
    case BINOP_MUL:
        return kr_float(x * y);
    case BINOP_TRUEDIV:
        if (y == 0.0) {
            return kr_raise(vm, EXC_ZeroDivisionError, "float division by zero");
        }
        return kr_float(x / y);
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0.0) {
            return kr_raise(vm, EXC_ZeroDivisionError,
                            op == BINOP_MOD ? "float modulo" : "float floor division by zero");
        }
        double fd, m;
        if (op == BINOP_MOD) {
            // CPython's float_rem
            m = fmod(x, y);
            if (m) {
                if ((y < 0) != (m < 0)) {
                    m += y;
                }
            } else {
                m = copysign(0.0, y);
            }
            return kr_float(m);
        }
        fdivmod(x, y, &fd, &m);
        return kr_float(fd);
    }
    case BINOP_POW:
        return float_pow(vm, x, y);
    default:
        return vm->notimpl;
    }
}

Value kr_float_divmod(KrVm *vm, Value a, Value b) {
    double x, y;
    int r = as_double(vm, a, &x);
    if (r == 0) {
        r = as_double(vm, b, &y);
    }
    if (r != 0) {
        return r < 0 ? VAL_EXC : vm->notimpl;
    }
    if (y == 0.0) {
        return kr_raise(vm, EXC_ZeroDivisionError, "float divmod()");
    }
    double fd, m;
    fdivmod(x, y, &fd, &m);
    return kr_tuple_pack(vm, 2, kr_float(fd), kr_float(m));
}

// ----- repr / parsing -----

Value kr_float_repr(KrVm *vm, double d) {
    char buf[40];
    size_t n = kr_dtoa_repr(d, buf);
    return kr_str_new(vm, buf, n);
}

static bool ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool isdig(unsigned char c) { return c >= '0' && c <= '9'; }

// float(str) with [orig] (VAL_UNDEF: the text as str) for the error message.
static Value float_parse(KrVm *vm, const char *s, size_t len, Value orig) {
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    while (p < e && ascii_space(*p)) {
        p++;
    }
    while (e > p && ascii_space(e[-1])) {
        e--;
    }
    size_t n = (size_t)(e - p);
    char *buf = kr_mem_alloc(vm, n + 1);
    if (!buf) {
        return VAL_EXC;
    }
    size_t bn = 0;
    bool ok = true;
    for (const unsigned char *q = p; q < e; q++) {
        if (*q == '_') {
            // PEP 515: only between two digits.
            if (q == p || q + 1 >= e || !isdig(q[-1]) || !isdig(q[1])) {
                ok = false;
                break;
            }
            continue;
        }
        buf[bn++] = (char)*q;
    }
    buf[bn] = '\0';
    double d = 0;
    if (ok) {
        ok = kr_dtoa_parse(buf, bn, &d) == 0;
    }
    kr_mem_free(vm, buf, n + 1);
    if (ok) {
        return kr_float(isnan(d) ? kr_float_fresh_nan(vm, signbit(d) != 0) : d);
    }
    if (IS_UNDEF(orig)) {
        orig = kr_str_new(vm, s, len);
        if (IS_EXC(orig)) {
            return VAL_EXC;
        }
    }
    return kr_raise(vm, EXC_ValueError, "could not convert string to float: %R", orig);
}

// float(str): non-ASCII decimal digits and spaces are mapped to ASCII first (as CPython does).
static Value float_parse_str(KrVm *vm, const char *s, size_t len, Value orig) {
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++) {
        ascii = (unsigned char)s[i] < 128;
    }
    if (ascii) {
        return float_parse(vm, s, len, orig);
    }
    if (IS_UNDEF(orig)) {
        orig = kr_str_new(vm, s, len);
        if (IS_EXC(orig)) {
            return VAL_EXC;
        }
    }
    size_t n;
    char *buf = kr_numstr_ascii(vm, s, len, &n);
    if (!buf) {
        return VAL_EXC;
    }
    Value r = float_parse(vm, buf, n, orig);
    kr_mem_free(vm, buf, len + 1);
    return r;
}

Value kr_float_from_str(KrVm *vm, const char *s, size_t len) {
    return float_parse_str(vm, s, len, VAL_UNDEF);
}

// ----- round -----

// CPython's double_round: correctly rounded (half-even on exact ties) to [nd] decimals, from
// the exact decimal expansion of x (glibc prints it exactly).
static Value double_round(KrVm *vm, double x, int nd) {
    char buf[840];
    snprintf(buf, sizeof buf, "%.780e", x);
    const char *p = buf;
    bool neg = *p == '-';
    if (neg) {
        p++;
    }
    char dig[800];
    int n = 0;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            dig[n++] = *p;
        }
    }
    int E = atoi(p + 1); // x = D.DDD * 10^E
    long keep = (long)E + 1 + nd;
    if (keep >= n) {
        return kr_float(x);
    }
    char out[840];
    int on = 0;
    if (neg) {
        out[on++] = '-';
    }
    if (keep < 0) {
        out[on++] = '0';
        keep = 0;
    } else {
        bool rest = false;
        for (int i = (int)keep + 1; i < n && !rest; i++) {
            rest = dig[i] != '0';
        }
        char f = dig[keep];
        bool odd = keep > 0 && ((dig[keep - 1] - '0') & 1);
        bool up = f > '5' || (f == '5' && (rest || odd));
        out[on++] = '0'; // room for a carry
        memcpy(out + on, dig, (size_t)keep);
        on += (int)keep;
        if (up) {
            int i = on - 1;
            for (;; i--) {
                if (out[i] == '9') {
                    out[i] = '0';
                } else {
                    out[i]++;
                    break;
                }
            }
        }
    }
    on += snprintf(out + on, 16, "e%ld", (long)E + 1 - keep);
    out[on] = '\0';
    errno = 0;
    double r = strtod(out, NULL);
    if (errno == ERANGE && fabs(r) >= 1.0) {
        return kr_raise(vm, EXC_OverflowError, "rounded value too large to represent");
    }
    return kr_float(r);
}

Value kr_float_round(KrVm *vm, double x, Value ndigits) {
    if (IS_NONE(ndigits) || IS_UNDEF(ndigits)) {
        double r = round(x);
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);
        }
        return kr_int_from_double(vm, r);
    }
    int64_t nd;
    if (IS_INT(ndigits) || IS_BOOL(ndigits)) {
        nd = AS_INT(ndigits);
    } else if (IS_BIGINT(ndigits)) {
        nd = kr_int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX; // PyNumber_AsSsize_t clamps
    } else if (kr_index(vm, ndigits, &nd) < 0) {
        return VAL_EXC;
    }
    if (!isfinite(x) || x == 0.0) {
        return kr_float(x);
    }
    const int ndmax = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int ndmin = -(int)((DBL_MAX_EXP + 1) * 0.30103);
    if (nd > ndmax) {
        return kr_float(x);
    }
    if (nd < ndmin) {
        return kr_float(0.0 * x);
    }
    return double_round(vm, x, (int)nd);
}

// ----- The float type -----

static Value float_repr_slot(KrVm *vm, Value self) { return kr_float_repr(vm, AS_FLOAT(self)); }

static int float_hash_slot(KrVm *vm, Value self, int64_t *out) {
    *out = kr_float_hash(AS_FLOAT(self));
    return 0;
}

static Value cmp_result(int c, CmpOp op) {
    switch (op) {
    case CMP_LT:
        return kr_bool(c < 0);
    case CMP_LE:
        return kr_bool(c <= 0);
    case CMP_EQ:
        return kr_bool(c == 0);
    case CMP_NE:
        return kr_bool(c != 0);
    case CMP_GT:
        return kr_bool(c > 0);
    default:
        return kr_bool(c >= 0);
    }
}

static Value float_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        switch (op) {
        case CMP_LT:
            return kr_bool(x < y);
        case CMP_LE:
            return kr_bool(x <= y);
        case CMP_EQ:
            return kr_bool(x == y);
        case CMP_NE:
            return kr_bool(x != y);
        case CMP_GT:
            return kr_bool(x > y);
        default:
            return kr_bool(x >= y);
        }
    }
    if (IS_FLOAT(a) && kr_is_intlike(b)) {
        int c = kr_int_float_cmp(b, AS_FLOAT(a));
        return c == 2 ? kr_bool(op == CMP_NE) : cmp_result(-c, op);
    }
    if (kr_is_intlike(a) && IS_FLOAT(b)) {
        int c = kr_int_float_cmp(a, AS_FLOAT(b));
        return c == 2 ? kr_bool(op == CMP_NE) : cmp_result(c, op);
    }
    return vm->notimpl;
}

static int float_truthy(KrVm *vm, Value self) { return AS_FLOAT(self) != 0.0; }

static Value float_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "float", kw) < 0) {
        return VAL_EXC;
    }
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "float expected at most 1 argument, got %d", argc);
    }
    if (argc == 0) {
        return kr_float(0.0);
    }
    Value x = argv[0];
    double d;
    int r = as_double(vm, x, &d);
    if (r == 0) {
        return kr_float(d);
    }
    if (r < 0) {
        return VAL_EXC;
    }
    if (IS_STR(x)) {
        return float_parse_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, x);
    }
    if (IS_BYTES(x)) {
        return float_parse(vm, (const char *)AS_BYTES(x)->data, (size_t)AS_BYTES(x)->len, x);
    }
    TypeObj *cls = kr_class_of(vm, x);
    static const char *const names[] = {"__float__", "__index__"};
    for (size_t i = 0; cls && i < KR_ARRAY_LEN(names); i++) {
        Value n = kr_str_intern(vm, names[i], strlen(names[i]));
        if (IS_EXC(n)) {
            return VAL_EXC;
        }
        Value f = kr_class_getattr(vm, cls, n);
        if (IS_EXC(f)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(f)) {
            continue;
        }
        Value res = kr_call(vm, f, 1, &x, VAL_UNDEF);
        if (IS_EXC(res)) {
            return VAL_EXC;
        }
        if (i == 0) {
            if (!IS_FLOAT(res)) {
                return kr_raise(vm, EXC_TypeError, "%T.__float__ returned non-float (type %T)", x,
                                res);
            }
            return res;
        }
        if (!kr_is_intlike(res)) {
            return kr_raise(vm, EXC_TypeError, "__index__ returned non-int (type %T)", res);
        }
        if (as_double(vm, res, &d) < 0) {
            return VAL_EXC;
        }
        return kr_float(d);
    }
    return kr_raise(vm, EXC_TypeError,
                    "float() argument must be a string or a real number, not '%T'", x);
}

static Value float_is_integer(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x = AS_FLOAT(argv[0]);
    return kr_bool(isfinite(x) && floor(x) == x);
}

static Value float_conjugate(KrVm *vm, int argc, const Value *argv, Value kw) { return argv[0]; }

static Value float_as_integer_ratio(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x = AS_FLOAT(argv[0]);
    if (isinf(x)) {
        return kr_raise(vm, EXC_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x)) {
        return kr_raise(vm, EXC_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = kr_int_from_double(vm, m);
    if (IS_EXC(num)) {
        return VAL_EXC;
    }
    Value den = kr_int(1);
    if (e > 0) {
        num = kr_int_binop(vm, BINOP_LSHIFT, num, kr_int(e));
    } else {
        den = kr_int_binop(vm, BINOP_LSHIFT, den, kr_int(-e));
    }
    if (IS_EXC(num) || IS_EXC(den)) {
        return VAL_EXC;
    }
    return kr_tuple_pack(vm, 2, num, den);
}

static Value float_hex(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x = AS_FLOAT(argv[0]);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        return kr_float_repr(vm, x);
    }
    if (x == 0.0) {
        return kr_str_from_cstr(vm, copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexd[] = "0123456789abcdef";
    char s[32];
    int si = 0;
    s[si++] = hexd[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexd[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    int n = snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+',
                     e < 0 ? -e : e);
    return kr_str_new(vm, buf, (size_t)n);
}

static Value float_fromhex(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value sv = argv[1];
    if (!IS_STR(sv)) {
        return kr_raise(vm, EXC_TypeError, "bad argument type for built-in operation");
    }
    const unsigned char *p = (const unsigned char *)AS_STR(sv)->data;
    const unsigned char *e = p + AS_STR(sv)->len;
    while (p < e && ascii_space(*p)) {
        p++;
    }
    while (e > p && ascii_space(e[-1])) {
        e--;
    }
    size_t n = (size_t)(e - p);
    double d;
    // inf / nan spellings
    if (kr_dtoa_parse((const char *)p, n, &d) == 0 && !isfinite(d)) {
        return kr_float(isnan(d) ? kr_float_fresh_nan(vm, signbit(d) != 0) : d);
    }
    // Grammar: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]
    size_t cap = n + 4;
    char *buf = kr_mem_alloc(vm, cap);
    if (!buf) {
        return VAL_EXC;
    }
    size_t bn = 0, i = 0, nd = 0;
    bool ok = true;
    if (i < n && (p[i] == '+' || p[i] == '-')) {
        buf[bn++] = (char)p[i++];
    }
    buf[bn++] = '0';
    buf[bn++] = 'x';
    if (i + 1 < n && p[i] == '0' && (p[i + 1] | 0x20) == 'x') {
        i += 2;
    }
    while (i < n && isxdigit(p[i])) {
        buf[bn++] = (char)p[i++];
        nd++;
    }
    if (i < n && p[i] == '.') {
        buf[bn++] = (char)p[i++];
        while (i < n && isxdigit(p[i])) {
            buf[bn++] = (char)p[i++];
            nd++;
        }
    }
    if (nd == 0) {
        ok = false;
    }
    if (ok && i < n && (p[i] | 0x20) == 'p') {
        buf[bn++] = (char)p[i++];
        if (i < n && (p[i] == '+' || p[i] == '-')) {
            buf[bn++] = (char)p[i++];
        }
        size_t ed = 0;
        while (i < n && isdig(p[i])) {
            buf[bn++] = (char)p[i++];
            ed++;
        }
        ok = ed > 0;
    }
    if (i != n) {
        ok = false;
    }
    buf[bn] = '\0';
    if (ok) {
        errno = 0;
        d = strtod(buf, NULL);
    }
    int err = errno;
    kr_mem_free(vm, buf, cap);
    if (!ok) {
        return kr_raise(vm, EXC_ValueError, "invalid hexadecimal floating-point string");
    }
    if (err == ERANGE && isinf(d)) {
        return kr_raise(vm, EXC_OverflowError,
                        "hexadecimal value too large to represent as a float");
    }
    return kr_float(d);
}

static Value float_float(KrVm *vm, int argc, const Value *argv, Value kw) { return argv[0]; }

static Value float_trunc(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int_from_double(vm, AS_FLOAT(argv[0]));
}

static Value float_floor(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int_from_double(vm, floor(AS_FLOAT(argv[0])));
}

static Value float_ceil(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int_from_double(vm, ceil(AS_FLOAT(argv[0])));
}

static Value float_round_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_float_round(vm, AS_FLOAT(argv[0]), argc > 1 ? argv[1] : VAL_NONE);
}

static Value float_abs(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_float(fabs(AS_FLOAT(argv[0])));
}

static Value float_divmod_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_float_divmod(vm, argv[0], argv[1]);
}

static Value float_rdivmod(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_float_divmod(vm, argv[1], argv[0]);
}

static Value float_get_real(KrVm *vm, Value self) { return self; }
static Value float_get_imag(KrVm *vm, Value self) { return kr_float(0.0); }

static const NativeDef float_methods[] = {
    NATIVE("is_integer", float_is_integer, 0, 0, 0),
    NATIVE("conjugate", float_conjugate, 0, 0, 0),
    NATIVE("as_integer_ratio", float_as_integer_ratio, 0, 0, 0),
    NATIVE("hex", float_hex, 0, 0, 0),
    NATIVE("fromhex", float_fromhex, 1, 1, NATIVE_CLASS),
    NATIVE("__float__", float_float, 0, 0, 0),
    NATIVE("__int__", float_trunc, 0, 0, 0),
    NATIVE("__trunc__", float_trunc, 0, 0, 0),
    NATIVE("__floor__", float_floor, 0, 0, 0),
    NATIVE("__ceil__", float_ceil, 0, 0, 0),
    NATIVE("__round__", float_round_m, 0, 1, 0),
    NATIVE("__abs__", float_abs, 0, 0, 0),
    NATIVE("__divmod__", float_divmod_m, 1, 1, 0),
    NATIVE("__rdivmod__", float_rdivmod, 1, 1, 0),
    NATIVE_END,
};

static const GetSetDef float_getset[] = {
    {"real", float_get_real},
    {"imag", float_get_imag},
    {NULL, NULL},
};

const Type kr_type_float = {
    .name = "float",
    .id = TY_FLOAT,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .richcmp = float_richcmp,
    .ctor = float_ctor,
    .truthy = float_truthy,
    .methods = float_methods,
    .getset = float_getset,
};
