// SPDX-License-Identifier: MIT
// interp/obj_complex.c: the `complex` type: CPython 3.11's complexobject.c arithmetic (Smith's
// division, c_powi / c_pow with errno-driven errors), repr, hash, comparison, complex() with its
// string grammar, and the real / imag / conjugate members.
#include <errno.h>
#include <math.h>
#include <stdio.h>

#include "bigint.h"
#include "module.h"

typedef struct {
    double real, imag;
} Cx;

Value kr_complex_new(KrVm *vm, double real, double imag) {
    Complex *c = kr_gc_alloc(vm, &kr_type_complex, sizeof(Complex));
    if (!c) {
        return VAL_EXC;
    }
    c->real = real;
    c->imag = imag;
    return kr_obj(c);
}

static Value from_cx(KrVm *vm, Cx c) { return kr_complex_new(vm, c.real, c.imag); }

// ----- Elementary operations (complexobject.c _Py_c_*) -----

static Cx c_sum(Cx a, Cx b) { return (Cx){a.real + b.real, a.imag + b.imag}; }
static Cx c_diff(Cx a, Cx b) { return (Cx){a.real - b.real, a.imag - b.imag}; }
static Cx c_prod(Cx a, Cx b) {
    return (Cx){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's algorithm; errno = EDOM on division by zero (CPython's _Py_c_quot).
static Cx c_quot(Cx a, Cx b) {
    Cx r;
    double abs_breal = b.real < 0 ? -b.real : b.real;
    double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        // at least one of b.real, b.imag is a NaN
        r.real = r.imag = NAN;
    }
    return r;
}

static Cx c_pow(Cx a, Cx b) {
    Cx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) {
            errno = EDOM;
        }
        r.real = 0.0;
        r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static Cx c_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n) {
    if (n > 0) {
        return c_powu(x, n);
    }
    return c_quot((Cx){1.0, 0.0}, c_powu(x, -n));
}

Value kr_complex_pow(KrVm *vm, double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, p;
    errno = 0;
    // Small integral exponents use repeated multiplication (faster and more accurate).
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        p = c_powi(a, (long)b.real);
    } else {
        p = c_pow(a, b);
    }
    // _Py_ADJUST_ERANGE2
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) {
            errno = ERANGE;
        }
    } else if (errno == ERANGE) {
        errno = 0;
    }
    int err = errno;
    errno = 0;
    if (err == EDOM) {
        return kr_raise(vm, EXC_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (err == ERANGE) {
        return kr_raise(vm, EXC_OverflowError, "complex exponentiation");
    }
    return from_cx(vm, p);
}

// ----- Operators -----

// CPython's to_complex: int/bool/float/complex -> Cx. 1: not a number (NotImplemented),
// 0 ok, -1 error (an int too large for a float).
static int to_cx(KrVm *vm, Value v, Cx *out) {
    out->imag = 0.0;
    if (IS_FLOAT(v)) {
        out->real = AS_FLOAT(v);
        return 0;
    }
    if (IS_INT(v) || IS_BOOL(v)) {
        out->real = (double)AS_INT(v);
        return 0;
    }
    if (IS_BIGINT(v)) {
        bool ovf;
        out->real = kr_int_to_double(vm, v, &ovf);
        if (ovf) {
            kr_raise(vm, EXC_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    if (IS_COMPLEX(v)) {
        out->real = AS_COMPLEX(v)->real;
        out->imag = AS_COMPLEX(v)->imag;
        return 0;
    }
    return 1;
}

Value kr_complex_binop(KrVm *vm, int op, Value a, Value b) {
    if (op >= BINOP_INPLACE) {
        op -= BINOP_INPLACE;
    }
    if (op != BINOP_ADD && op != BINOP_SUB && op != BINOP_MUL && op != BINOP_TRUEDIV &&
        op != BINOP_POW) {
        return vm->notimpl;
    }
    Cx x, y;
    int r = to_cx(vm, a, &x);
    if (r == 0) {
        r = to_cx(vm, b, &y);
    }
    if (r != 0) {
        return r < 0 ? VAL_EXC : vm->notimpl;
    }
    switch (op) {
    case BINOP_ADD:
        return from_cx(vm, c_sum(x, y));
    case BINOP_SUB:
        return from_cx(vm, c_diff(x, y));
    case BINOP_MUL:
        return from_cx(vm, c_prod(x, y));
    case BINOP_TRUEDIV: {
        errno = 0;
        Cx q = c_quot(x, y);
        int err = errno;
        errno = 0;
        if (err == EDOM) {
            return kr_raise(vm, EXC_ZeroDivisionError, "complex division by zero");
        }
        return from_cx(vm, q);
    }
    default:
        return kr_complex_pow(vm, x.real, x.imag, y.real, y.imag);
    }
}

Value kr_complex_neg(KrVm *vm, Value a) {
    return kr_complex_new(vm, -AS_COMPLEX(a)->real, -AS_COMPLEX(a)->imag);
}

Value kr_complex_abs(KrVm *vm, Value a) {
    double re = AS_COMPLEX(a)->real, im = AS_COMPLEX(a)->imag;
    // C99 rules: an infinite part gives inf even if the other is a NaN.
    if (isinf(re)) {
        return kr_float(fabs(re));
    }
    if (isinf(im)) {
        return kr_float(fabs(im));
    }
    if (isnan(re) || isnan(im)) {
        return kr_float(NAN);
    }
    double r = hypot(re, im);
    if (!isfinite(r)) {
        return kr_raise(vm, EXC_OverflowError, "absolute value too large");
    }
    return kr_float(r);
}

// ----- repr / hash / compare -----

// PyOS_double_to_string(d, 'r', 0, sign ? Py_DTSF_SIGN : 0): the shortest repr without the
// ".0" that float's repr adds; NaN never shows a minus sign.
static size_t part_repr(double d, bool sign, char *out) {
    char buf[48];
    size_t n;
    if (isnan(d)) {
        n = (size_t)snprintf(buf, sizeof buf, "nan");
    } else {
        n = kr_dtoa_repr(d, buf);
        if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
            n -= 2;
            buf[n] = '\0';
        }
    }
    size_t k = 0;
    if (sign && buf[0] != '-') {
        out[k++] = '+';
    }
    memcpy(out + k, buf, n + 1);
    return k + n;
}

static Value complex_repr(KrVm *vm, Value self) {
    double re = AS_COMPLEX(self)->real, im = AS_COMPLEX(self)->imag;
    char out[112];
    size_t n = 0;
    if (re == 0.0 && !signbit(re)) {
        n = part_repr(im, false, out);
        out[n++] = 'j';
    } else {
        out[n++] = '(';
        n += part_repr(re, false, out + n);
        n += part_repr(im, true, out + n);
        out[n++] = 'j';
        out[n++] = ')';
    }
    return kr_str_new(vm, out, n);
}

static int complex_hash(KrVm *vm, Value self, int64_t *out) {
    uint64_t hr = (uint64_t)kr_float_hash(AS_COMPLEX(self)->real);
    uint64_t hi = (uint64_t)kr_float_hash(AS_COMPLEX(self)->imag);
    // With a zero imaginary part this is hash(real), as numbers that compare equal must agree.
    uint64_t h = hr + 1000003u * hi;
    if (h == (uint64_t)-1) {
        h = (uint64_t)-2;
    }
    *out = (int64_t)h;
    return 0;
}

// Only == and != are defined; a is the complex (kr_compare swaps the operands otherwise).
static Value complex_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_COMPLEX(a)) {
        return vm->notimpl;
    }
    double re = AS_COMPLEX(a)->real, im = AS_COMPLEX(a)->imag;
    bool equal;
    if (kr_is_intlike(b)) {
        // exact int comparison (no rounding of a big int)
        equal = im == 0.0 && kr_int_float_cmp(b, re) == 0;
    } else if (IS_FLOAT(b)) {
        equal = re == AS_FLOAT(b) && im == 0.0;
    } else if (IS_COMPLEX(b)) {
        equal = re == AS_COMPLEX(b)->real && im == AS_COMPLEX(b)->imag;
    } else {
        return vm->notimpl;
    }
    return kr_bool(equal == (op == CMP_EQ));
}

static int complex_truthy(KrVm *vm, Value self) {
    return AS_COMPLEX(self)->real != 0.0 || AS_COMPLEX(self)->imag != 0.0;
}

// ----- complex(str) -----

static bool cx_space(char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool ieq_prefix(const char *s, const char *e, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(e - s) < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 32);
        }
        if (c != word[i]) {
            return false;
        }
    }
    return true;
}

// The longest prefix of [s, e) that is a float literal (PyOS_string_to_double with an end
// pointer): returns its end (s if none) and stores the value. -1 on MemoryError.
static int scan_float(KrVm *vm, const char *s, const char *e, const char **end, double *out) {
    const char *p = s;
    *end = s;
    if (p < e && (*p == '+' || *p == '-')) {
        p++;
    }
    if (ieq_prefix(p, e, "infinity")) {
        p += 8;
    } else if (ieq_prefix(p, e, "inf") || ieq_prefix(p, e, "nan")) {
        p += 3;
    } else {
        size_t nd = 0;
        while (p < e && *p >= '0' && *p <= '9') {
            p++;
            nd++;
        }
        if (p < e && *p == '.') {
            p++;
            while (p < e && *p >= '0' && *p <= '9') {
                p++;
                nd++;
            }
        }
        if (nd == 0) {
            return 0;
        }
        if (p < e && (*p == 'e' || *p == 'E')) {
            const char *q = p + 1;
            if (q < e && (*q == '+' || *q == '-')) {
                q++;
            }
            if (q < e && *q >= '0' && *q <= '9') {
                while (q < e && *q >= '0' && *q <= '9') {
                    q++;
                }
                p = q;
            }
        }
    }
    size_t n = (size_t)(p - s);
    // kr_dtoa_parse may read one byte past a long literal: hand it a NUL-terminated copy.
    char *tmp = kr_mem_alloc(vm, n + 1);
    if (!tmp) {
        return -1;
    }
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    int r = kr_dtoa_parse(tmp, n, out);
    kr_mem_free(vm, tmp, n + 1);
    if (r == 0) {
        *end = p;
    }
    return 0;
}

// complex_from_string_inner over ASCII text [s, s+len). 1: malformed, 0 ok, -1 error.
static int parse_cx(KrVm *vm, const char *s, size_t len, Cx *out) {
    const char *p = s, *e = s + len, *end;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (p < e && cx_space(*p)) {
        p++;
    }
    if (p < e && *p == '(') {
        bracket = true;
        p++;
        while (p < e && cx_space(*p)) {
            p++;
        }
    }
    if (scan_float(vm, p, e, &end, &z) < 0) {
        return -1;
    }
    if (end != p) {
        p = end;
        if (p < e && (*p == '+' || *p == '-')) {
            // <float><signed-float>j | <float><sign>j
            x = z;
            if (scan_float(vm, p, e, &end, &y) < 0) {
                return -1;
            }
            if (end != p) {
                p = end;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (!(p < e && (*p == 'j' || *p == 'J'))) {
                return 1;
            }
            p++;
        } else if (p < e && (*p == 'j' || *p == 'J')) {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        // <sign>j or j
        if (p < e && (*p == '+' || *p == '-')) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        } else {
            y = 1.0;
        }
        if (!(p < e && (*p == 'j' || *p == 'J'))) {
            return 1;
        }
        p++;
    }
    while (p < e && cx_space(*p)) {
        p++;
    }
    if (bracket) {
        if (!(p < e && *p == ')')) {
            return 1;
        }
        p++;
        while (p < e && cx_space(*p)) {
            p++;
        }
    }
    if (p != e) {
        return 1;
    }
    out->real = x;
    out->imag = y;
    return 0;
}

static Value complex_from_str(KrVm *vm, Value sv) {
    Str *str = AS_STR(sv);
    size_t n;
    char *buf = kr_numstr_ascii(vm, str->data, (size_t)str->len, &n);
    if (!buf) {
        return VAL_EXC;
    }
    size_t cap = (size_t)str->len + 1;
    // _Py_string_to_number_with_underscores: '_' only between digits, then dropped.
    int bad = 0;
    if (memchr(buf, '_', n)) {
        size_t k = 0;
        char prev = '\0';
        for (size_t i = 0; i < n && !bad; i++) {
            char c = buf[i];
            if (c == '_') {
                bad = !(prev >= '0' && prev <= '9');
            } else {
                buf[k++] = c;
                bad = prev == '_' && !(c >= '0' && c <= '9');
            }
            prev = c;
        }
        if (prev == '_') {
            bad = 1;
        }
        n = k;
    }
    Cx c = {0.0, 0.0};
    int r = bad ? 2 : parse_cx(vm, buf, n, &c);
    kr_mem_free(vm, buf, cap);
    if (r < 0) {
        return VAL_EXC;
    }
    if (r == 2) {
        return kr_raise(vm, EXC_ValueError, "could not convert string to complex: %R", sv);
    }
    if (r == 1) {
        return kr_raise(vm, EXC_ValueError, "complex() arg is a malformed string");
    }
    return from_cx(vm, c);
}

// ----- complex() -----

// The class attribute [name] of v's class, or VAL_UNDEF.
static Value special(KrVm *vm, Value v, const char *name) {
    if (!IS_OBJ(v)) {
        return VAL_UNDEF;
    }
    TypeObj *cls = kr_class_of(vm, v);
    if (!cls || cls->type_id >= 0) {
        return VAL_UNDEF; // built-in types other than complex define no __complex__
    }
    Value n = kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    return kr_class_getattr(vm, cls, n);
}

// A real number argument (int, bool, float, or an object with __float__ / __index__) as a
// double, through float() as CPython's PyNumber_Float does. 1: not a number.
static int real_part(KrVm *vm, Value v, double *out) {
    Cx c;
    int r = to_cx(vm, v, &c);
    if (r <= 0) {
        *out = c.real;
        return r;
    }
    if (IS_STR(v) || IS_BYTES(v)) {
        return 1;
    }
    Value f = special(vm, v, "__float__");
    if (IS_EXC(f)) {
        return -1;
    }
    if (IS_UNDEF(f)) {
        f = special(vm, v, "__index__");
        if (IS_EXC(f)) {
            return -1;
        }
        if (IS_UNDEF(f)) {
            return 1;
        }
    }
    Value d = kr_call(vm, kr_obj(vm->classes[TY_FLOAT]), 1, &v, VAL_UNDEF);
    if (IS_EXC(d)) {
        return -1;
    }
    *out = AS_FLOAT(d);
    return 0;
}

static Value complex_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    if (kr_args_bind(vm, "complex", argc, argv, kw, names, 2, 0, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    Value r = IS_UNDEF(a[0]) ? kr_int(0) : a[0], i = a[1];
    if (IS_COMPLEX(r) && IS_UNDEF(i)) {
        return r;
    }
    if (IS_STR(r)) {
        if (!IS_UNDEF(i)) {
            return kr_raise(vm, EXC_TypeError,
                            "complex() can't take second arg if first is a string");
        }
        return complex_from_str(vm, r);
    }
    if (IS_STR(i)) {
        return kr_raise(vm, EXC_TypeError, "complex() second arg can't be a string");
    }
    // __complex__ on instances of user classes
    Value m = special(vm, r, "__complex__");
    if (IS_EXC(m)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(m)) {
        Value res = kr_call(vm, m, 1, &r, VAL_UNDEF);
        if (IS_EXC(res)) {
            return VAL_EXC;
        }
        if (!IS_COMPLEX(res)) {
            return kr_raise(vm, EXC_TypeError, "__complex__ returned non-complex (type %T)", res);
        }
        r = res;
    }
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_complex = IS_COMPLEX(r), ci_complex = IS_COMPLEX(i);
    if (cr_complex) {
        cr.real = AS_COMPLEX(r)->real;
        cr.imag = AS_COMPLEX(r)->imag;
    } else {
        // CPython checks both arguments' types before converting either.
        Cx tmp;
        bool rnum = to_cx(vm, r, &tmp) != 1 || !IS_UNDEF(special(vm, r, "__float__")) ||
                    !IS_UNDEF(special(vm, r, "__index__"));
        if (!rnum) {
            return kr_raise(vm, EXC_TypeError,
                            "complex() first argument must be a string or a number, not '%T'", r);
        }
    }
    if (!IS_UNDEF(i) && !ci_complex) {
        Cx tmp;
        bool inum = to_cx(vm, i, &tmp) != 1 || !IS_UNDEF(special(vm, i, "__float__")) ||
                    !IS_UNDEF(special(vm, i, "__index__"));
        if (!inum) {
            return kr_raise(vm, EXC_TypeError,
                            "complex() second argument must be a number, not '%T'", i);
        }
    }
    if (!cr_complex) {
        int rc = real_part(vm, r, &cr.real);
        if (rc != 0) {
            return rc < 0 ? VAL_EXC
                          : kr_raise(vm, EXC_TypeError,
                                     "complex() first argument must be a string or a number, "
                                     "not '%T'",
                                     r);
        }
    }
    if (IS_UNDEF(i)) {
        ci.real = cr.imag;
    } else if (ci_complex) {
        ci.real = AS_COMPLEX(i)->real;
        ci.imag = AS_COMPLEX(i)->imag;
    } else {
        int rc = real_part(vm, i, &ci.real);
        if (rc != 0) {
            return rc < 0 ? VAL_EXC
                          : kr_raise(vm, EXC_TypeError,
                                     "complex() second argument must be a number, not '%T'", i);
        }
    }
    // Non-canonical inputs (complex real/imag arguments) mix their parts.
    if (ci_complex) {
        cr.real -= ci.imag;
    }
    if (cr_complex && !IS_UNDEF(i)) {
        ci.real += cr.imag;
    }
    return kr_complex_new(vm, cr.real, ci.real);
}

// ----- Members -----

static Value complex_conjugate(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_complex_new(vm, AS_COMPLEX(argv[0])->real, -AS_COMPLEX(argv[0])->imag);
}

static Value complex_complex(KrVm *vm, int argc, const Value *argv, Value kw) { return argv[0]; }

static Value complex_getnewargs(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_tuple_pack(vm, 2, kr_float(AS_COMPLEX(argv[0])->real),
                         kr_float(AS_COMPLEX(argv[0])->imag));
}

static Value complex_get_real(KrVm *vm, Value self) { return kr_float(AS_COMPLEX(self)->real); }
static Value complex_get_imag(KrVm *vm, Value self) { return kr_float(AS_COMPLEX(self)->imag); }

static const NativeDef complex_methods[] = {
    NATIVE("conjugate", complex_conjugate, 0, 0, 0),
    NATIVE("__complex__", complex_complex, 0, 0, 0),
    NATIVE("__getnewargs__", complex_getnewargs, 0, 0, 0),
    NATIVE_END,
};

static const GetSetDef complex_getset[] = {
    {"real", complex_get_real},
    {"imag", complex_get_imag},
    {NULL, NULL},
};

const Type kr_type_complex = {
    .name = "complex",
    .id = TY_COMPLEX,
    .basic_size = sizeof(Complex),
    .repr = complex_repr,
    .hash = complex_hash,
    .richcmp = complex_richcmp,
    .ctor = complex_ctor,
    .truthy = complex_truthy,
    .methods = complex_methods,
    .getset = complex_getset,
};
