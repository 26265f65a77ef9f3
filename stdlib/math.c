// SPDX-License-Identifier: MIT
// stdlib/math.c: the math module (CPython 3.11's Modules/mathmodule.c semantics).
//
// Float functions follow CPython's math_1/math_2 error rules: a NaN result from non-NaN input
// is ValueError "math domain error"; an infinite result from finite input is OverflowError
// "math range error" (or ValueError for functions with singularities). gamma/lgamma use
// CPython's own Lanczos implementation so results match bit for bit. Integer functions
// (factorial, isqrt, gcd, lcm, comb, perm) are exact on big ints, built on kr_int_binop.
//
// Arity and keyword errors are checked here rather than by the trampoline, because CPython's
// texts differ by calling convention ("math.sqrt() takes exactly one argument (0 given)",
// "fmod expected 2 arguments, got 1", "math.log requires 1 to 2 arguments").
#include <errno.h>
#include <float.h>
#include <math.h>

#include "bigint.h"
#include "module.h"

#define KR_PI 3.141592653589793238462643383279502884
#define KR_E 2.718281828459045235360287471352662498
#define KR_LOGPI 1.144729885849400174143427351353058711647

// ----- Argument checks with CPython's texts -----

static bool kw_nonempty(Value kw) { return IS_DICT(kw) && AS_DICT(kw)->used > 0; }

static int no_kw(KrVm *vm, const char *name, Value kw) {
    if (kw_nonempty(kw)) {
        kr_raise(vm, EXC_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

// METH_O functions.
static int check_one(KrVm *vm, const char *name, int argc, Value kw) {
    if (no_kw(vm, name, kw) < 0) {
        return -1;
    }
    if (argc != 1) {
        kr_raise(vm, EXC_TypeError, "math.%s() takes exactly one argument (%d given)", name, argc);
        return -1;
    }
    return 0;
}

// _PyArg_CheckPositional texts.
static int check_n(KrVm *vm, const char *name, int argc, Value kw, int min, int max) {
    if (no_kw(vm, name, kw) < 0) {
        return -1;
    }
    if (min == max && argc != min) {
        kr_raise(vm, EXC_TypeError, "%s expected %d argument%s, got %d", name, min,
                 min == 1 ? "" : "s", argc);
        return -1;
    }
    if (argc < min) {
        kr_raise(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                 min == 1 ? "" : "s", argc);
        return -1;
    }
    if (max >= 0 && argc > max) {
        kr_raise(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                 max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

static Value domain_error(KrVm *vm) { return kr_raise(vm, EXC_ValueError, "math domain error"); }
static Value range_error(KrVm *vm) { return kr_raise(vm, EXC_OverflowError, "math range error"); }

// An int argument (operator.index semantics); bool becomes int. Returns the int or VAL_EXC.
static Value as_int(KrVm *vm, Value v) {
    if (IS_BOOL(v)) {
        return kr_int(AS_INT(v));
    }
    if (kr_is_int(v)) {
        return v;
    }
    int64_t i;
    if (kr_arg_index(vm, v, &i) < 0) {
        return VAL_EXC;
    }
    return kr_int(i);
}

static int bitlen64(uint64_t u) { return u ? 64 - __builtin_clzll(u) : 0; }

// Number of bits of |v| for an int v.
static uint64_t int_bitlen(Value v) {
    if (IS_INT(v) || IS_BOOL(v)) {
        int64_t i = AS_INT(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return (uint64_t)bitlen64(u);
    }
    BigInt *b = kr_as_bigint(v);
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    return kr_bigint_bitlen(b->d, kr_bigint_norm(b->d, n));
}

// Bits [lo, lo + 64) of |v| (a big int) and whether any bit below lo is set.
static uint64_t big_bits(Value v, uint64_t lo, bool *sticky) {
    BigInt *b = kr_as_bigint(v);
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    uint64_t r = 0;
    for (int k = 0; k < 64; k++) {
        uint64_t bit = lo + (uint64_t)k;
        size_t limb = (size_t)(bit / 32);
        if (limb < n && ((b->d[limb] >> (bit % 32)) & 1u)) {
            r |= (uint64_t)1 << k;
        }
    }
    bool s = false;
    size_t full = (size_t)(lo / 32);
    for (size_t i = 0; i < full && i < n && !s; i++) {
        s = b->d[i] != 0;
    }
    if (!s && lo % 32 && full < n) {
        s = (b->d[full] & ((1u << (lo % 32)) - 1u)) != 0;
    }
    *sticky = s;
    return r;
}

// CPython's _PyLong_Frexp for a positive big int: v ~= m * 2**e with 0.5 <= m < 1, m correctly
// rounded (half-even) to 53 bits.
static double big_frexp(Value v, int64_t *e) {
    uint64_t nbits = int_bitlen(v);
    const int keep = DBL_MANT_DIG + 2; // 55 bits: 53 + guard + sticky
    bool sticky;
    uint64_t q = big_bits(v, nbits - (uint64_t)keep, &sticky) & (((uint64_t)1 << keep) - 1);
    if (sticky) {
        q |= 1;
    }
    static const int corr[8] = {0, -1, -2, 1, 0, -1, 2, 1};
    q = (uint64_t)((int64_t)q + corr[q & 7]);
    double dx = ldexp((double)q, -keep);
    *e = (int64_t)nbits;
    if (dx == 1.0) {
        dx = 0.5;
        *e += 1;
    }
    return dx;
}

// ----- Float helpers (CPython's m_* wrappers) -----

static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0:
        r = sin(KR_PI * y);
        break;
    case 1:
        r = cos(KR_PI * (y - 0.5));
        break;
    case 2:
        // -sin(pi*(y-1.0)) would give -0.0 at y == 1.0.
        r = sin(KR_PI * (1.0 - y));
        break;
    case 3:
        r = -cos(KR_PI * (y - 1.5));
        break;
    default:
        r = sin(KR_PI * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

// Lanczos approximation, N=13, g=6.024680040776729583740234375 (Boost's parameters, as CPython).
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    // For large x, evaluate as a rational function in 1/x to avoid overflow.
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

// Error codes of the m_* functions: 0 none, EDOM, ERANGE (is_error's meaning).
static double m_tgamma(double x, int *err) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        *err = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) {
            return gamma_integral[(int)x - 1];
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) {
            *err = ERANGE;
        }
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) {
            return 0.0 / m_sinpi(x);
        }
        *err = ERANGE;
        return HUGE_VAL;
    }
    volatile double y = absx + lanczos_g_minus_half;
    volatile double q, z;
    // The error in computing y, used for a correction factor (see CPython's comment).
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -KR_PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) {
        *err = ERANGE;
    }
    return r;
}

static double m_lgamma(double x, int *err) {
    if (!isfinite(x)) {
        return isnan(x) ? x : HUGE_VAL;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return -log(absx);
    }
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = KR_LOGPI - log(fabs(m_sinpi(absx))) - log(absx) - r;
    }
    if (isinf(r)) {
        *err = ERANGE;
    }
    return r;
}

static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) {
        return NAN;
    }
    if (isinf(y)) {
        if (isinf(x)) {
            return copysign(copysign(1., x) == 1. ? 0.25 * KR_PI : 0.75 * KR_PI, y);
        }
        return copysign(0.5 * KR_PI, y);
    }
    if (isinf(x) || y == 0.) {
        return copysign(1., x) == 1. ? copysign(0., y) : copysign(KR_PI, y);
    }
    return atan2(y, x);
}

static double m_remainder(double x, double y) {
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) {
            return NAN;
        }
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy);
        // Compare m with absy - m rather than 0.5*absy, which may not be representable.
        double c = absy - m, r;
        if (m < c) {
            r = m;
        } else if (m > c) {
            r = -c;
        } else {
            // Halfway: pick the even multiple.
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        }
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) {
        return x;
    }
    if (isnan(y)) {
        return y;
    }
    if (isinf(x)) {
        return NAN;
    }
    return x;
}

// log-family wrappers: special values handled directly, errors as EDOM.
static double m_log(double x, int *err) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log(x);
        }
        *err = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    *err = EDOM;
    return NAN;
}

static double m_log2(double x, int *err) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        *err = EDOM;
        return NAN;
    }
    if (x > 0.0) {
        return log2(x);
    }
    *err = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x, int *err) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log10(x);
        }
        *err = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    *err = EDOM;
    return NAN;
}

// CPython's is_error: EDOM -> ValueError; ERANGE -> OverflowError unless the result is small
// (an underflow). Returns 1 if an exception was raised.
static int is_error(KrVm *vm, int err, double r) {
    if (err == EDOM) {
        domain_error(vm);
        return 1;
    }
    if (err == ERANGE && fabs(r) >= 1.5) {
        range_error(vm);
        return 1;
    }
    return 0;
}

// ----- One- and two-argument float functions -----

// math_1: r = f(x) with CPython's NaN/inf classification.
static Value math_1(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                    double (*f)(double), bool can_overflow) {
    if (check_one(vm, name, argc, kw) < 0) {
        return VAL_EXC;
    }
    double x;
    if (kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        return domain_error(vm);
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error(vm) : domain_error(vm);
    }
    return kr_float(r);
}

// math_1a: functions that report errors through an error code.
static Value math_1a(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                     double (*f)(double, int *)) {
    if (check_one(vm, name, argc, kw) < 0) {
        return VAL_EXC;
    }
    double x;
    if (kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    int err = 0;
    double r = f(x, &err);
    if (err && is_error(vm, err, r)) {
        return VAL_EXC;
    }
    return kr_float(r);
}

static int two_doubles(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                       double *x, double *y) {
    if (check_n(vm, name, argc, kw, 2, 2) < 0 || kr_to_double(vm, argv[0], x) < 0 ||
        kr_to_double(vm, argv[1], y) < 0) {
        return -1;
    }
    return 0;
}

static Value math_2(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                    double (*f)(double, double)) {
    double x, y;
    if (two_doubles(vm, name, argc, argv, kw, &x, &y) < 0) {
        return VAL_EXC;
    }
    double r = f(x, y);
    int err = 0;
    if (isnan(r)) {
        err = !isnan(x) && !isnan(y) ? EDOM : 0;
    } else if (isinf(r)) {
        err = isfinite(x) && isfinite(y) ? ERANGE : 0;
    }
    if (err && is_error(vm, err, r)) {
        return VAL_EXC;
    }
    return kr_float(r);
}

static double d_fabs(double x) { return fabs(x); }
static double d_erf(double x, int *err) { return erf(x); }
static double d_erfc(double x, int *err) { return erfc(x); }

#define FUNC1(pyname, cfunc, ovf)                                                        \
    static Value math_##pyname(KrVm *vm, int argc, const Value *argv, Value kw) {        \
        return math_1(vm, #pyname, argc, argv, kw, cfunc, ovf);                          \
    }
#define FUNC1A(pyname, cfunc)                                                            \
    static Value math_##pyname(KrVm *vm, int argc, const Value *argv, Value kw) {        \
        return math_1a(vm, #pyname, argc, argv, kw, cfunc);                              \
    }
#define FUNC2(pyname, cfunc)                                                             \
    static Value math_##pyname(KrVm *vm, int argc, const Value *argv, Value kw) {        \
        return math_2(vm, #pyname, argc, argv, kw, cfunc);                               \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, d_fabs, false)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1A(erf, d_erf)
FUNC1A(erfc, d_erfc)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC2(atan2, m_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, m_remainder)

static Value math_fmod(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x, y;
    if (two_doubles(vm, "fmod", argc, argv, kw, &x, &y) < 0) {
        return VAL_EXC;
    }
    if (isinf(y) && isfinite(x)) {
        return kr_float(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return domain_error(vm);
    }
    return kr_float(r);
}

static Value math_pow(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x, y, r;
    if (two_doubles(vm, "pow", argc, argv, kw, &x, &y) < 0) {
        return VAL_EXC;
    }
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) {
                r = odd_y ? x : fabs(x);
            } else if (y == 0.) {
                r = 1.;
            } else {
                r = odd_y ? copysign(0., x) : 0.;
            }
        } else {
            if (fabs(x) == 1.0) {
                r = 1.;
            } else if (y > 0. && fabs(x) > 1.0) {
                r = y;
            } else if (y < 0. && fabs(x) < 1.0) {
                r = -y;
            } else {
                r = 0.;
            }
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) {
            err = EDOM;
        } else if (isinf(r)) {
            err = x == 0. ? EDOM : ERANGE;
        }
    }
    if (err && is_error(vm, err, r)) {
        return VAL_EXC;
    }
    return kr_float(r);
}

static Value math_nextafter(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x, y;
    if (two_doubles(vm, "nextafter", argc, argv, kw, &x, &y) < 0) {
        return VAL_EXC;
    }
    return kr_float(nextafter(x, y));
}

static Value math_ulp(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "ulp", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    if (isnan(x)) {
        return kr_float(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return kr_float(x);
    }
    double x2 = nextafter(x, HUGE_VAL);
    if (isinf(x2)) {
        // x is the largest finite float.
        x2 = nextafter(x, -HUGE_VAL);
        return kr_float(x - x2);
    }
    return kr_float(x2 - x);
}

static Value math_degrees(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "degrees", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_float(x * (180.0 / KR_PI));
}

static Value math_radians(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "radians", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_float(x * (KR_PI / 180.0));
}

static Value math_isfinite(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "isfinite", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_bool(isfinite(x));
}

static Value math_isinf(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "isinf", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_bool(isinf(x));
}

static Value math_isnan(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "isnan", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_bool(isnan(x));
}

static Value math_isclose(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value a[4];
    if (kr_args_bind(vm, "isclose", argc, argv, kw, names, 4, 0, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (kr_to_double(vm, a[0], &x) < 0 || kr_to_double(vm, a[1], &y) < 0) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(a[2]) && kr_to_double(vm, a[2], &rel_tol) < 0) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(a[3]) && kr_to_double(vm, a[3], &abs_tol) < 0) {
        return VAL_EXC;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return kr_raise(vm, EXC_ValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        return VAL_TRUE;
    }
    if (isinf(x) || isinf(y)) {
        return VAL_FALSE;
    }
    double diff = fabs(y - x);
    return kr_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

static Value math_frexp(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "frexp", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    int i = 0;
    if (!(isnan(x) || isinf(x) || x == 0.0)) {
        x = frexp(x, &i);
    }
    return kr_tuple_pack(vm, 2, kr_float(x), kr_int(i));
}

static Value math_ldexp(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_n(vm, "ldexp", argc, kw, 2, 2) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    Value iv = argv[1];
    if (!kr_is_intlike(iv)) {
        return kr_raise(vm, EXC_TypeError, "Expected an int as second argument to ldexp.");
    }
    // Exponents beyond int64 are clamped; the result is then an overflow or a zero anyway.
    int64_t e = IS_BIGINT(iv) ? (kr_int_sign(iv) < 0 ? INT64_MIN : INT64_MAX) : AS_INT(iv);
    double r;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (e > INT32_MAX) {
        return range_error(vm);
    } else if (e < INT32_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) {
            return range_error(vm);
        }
    }
    return kr_float(r);
}

static Value math_modf(KrVm *vm, int argc, const Value *argv, Value kw) {
    double x;
    if (check_one(vm, "modf", argc, kw) < 0 || kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    if (isinf(x)) {
        return kr_tuple_pack(vm, 2, kr_float(copysign(0., x)), kr_float(x));
    }
    if (isnan(x)) {
        return kr_tuple_pack(vm, 2, kr_float(x), kr_float(x));
    }
    double ip;
    double fp = modf(x, &ip);
    return kr_tuple_pack(vm, 2, kr_float(fp), kr_float(ip));
}

// ----- Rounding to int -----

static Value math_ceil(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_one(vm, "ceil", argc, kw) < 0) {
        return VAL_EXC;
    }
    if (kr_is_intlike(argv[0])) {
        return kr_int_normalize(vm, argv[0]); // int.__ceil__
    }
    double x;
    if (kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_int_from_double(vm, ceil(x));
}

static Value math_floor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_one(vm, "floor", argc, kw) < 0) {
        return VAL_EXC;
    }
    if (kr_is_intlike(argv[0])) {
        return kr_int_normalize(vm, argv[0]);
    }
    double x;
    if (kr_to_double(vm, argv[0], &x) < 0) {
        return VAL_EXC;
    }
    return kr_int_from_double(vm, floor(x));
}

static Value math_trunc(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_one(vm, "trunc", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value v = argv[0];
    if (kr_is_intlike(v)) {
        return kr_int_normalize(vm, v);
    }
    if (IS_FLOAT(v)) {
        return kr_int_from_double(vm, AS_FLOAT(v));
    }
    return kr_raise(vm, EXC_TypeError, "type %s doesn't define __trunc__ method", kr_typename(v));
}

// ----- Logarithms -----

// CPython's loghelper: ints of any size are handled exactly enough via frexp.
static int loghelper(KrVm *vm, const char *name, Value arg, double (*f)(double, int *),
                     double *out) {
    if (kr_is_intlike(arg)) {
        if (kr_int_sign(arg) <= 0) {
            domain_error(vm);
            return -1;
        }
        bool ovf;
        double x = kr_int_to_double(vm, arg, &ovf);
        int err = 0;
        if (ovf) {
            int64_t e;
            x = big_frexp(arg, &e);
            *out = f(x, &err) + f(2.0, &err) * (double)e;
        } else {
            *out = f(x, &err);
        }
        return 0;
    }
    double x;
    if (kr_to_double(vm, arg, &x) < 0) {
        return -1;
    }
    int err = 0;
    double r = f(x, &err);
    if (isnan(r) && !isnan(x)) {
        domain_error(vm);
        return -1;
    }
    if (isinf(r) && isfinite(x)) {
        domain_error(vm); // singularity: log(0)
        return -1;
    }
    *out = r;
    return 0;
}

static Value math_log(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kw_nonempty(kw)) {
        return kr_raise(vm, EXC_TypeError, "log() takes no keyword arguments");
    }
    if (argc < 1 || argc > 2) {
        return kr_raise(vm, EXC_TypeError, "math.log requires 1 to 2 arguments");
    }
    double num, den;
    if (loghelper(vm, "log", argv[0], m_log, &num) < 0) {
        return VAL_EXC;
    }
    if (argc == 1) {
        return kr_float(num);
    }
    if (loghelper(vm, "log", argv[1], m_log, &den) < 0) {
        return VAL_EXC;
    }
    if (den == 0.0) {
        return kr_raise(vm, EXC_ZeroDivisionError, "float division by zero");
    }
    return kr_float(num / den);
}

static Value math_log2(KrVm *vm, int argc, const Value *argv, Value kw) {
    double r;
    if (check_one(vm, "log2", argc, kw) < 0 || loghelper(vm, "log2", argv[0], m_log2, &r) < 0) {
        return VAL_EXC;
    }
    return kr_float(r);
}

static Value math_log10(KrVm *vm, int argc, const Value *argv, Value kw) {
    double r;
    if (check_one(vm, "log10", argc, kw) < 0 ||
        loghelper(vm, "log10", argv[0], m_log10, &r) < 0) {
        return VAL_EXC;
    }
    return kr_float(r);
}

// ----- hypot and dist (CPython's vector_norm) -----

static double vector_norm(int64_t n, const double *vec, double max, bool found_nan) {
    const double T27 = 134217729.0; // ldexp(1.0, 27) + 1.0
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    frexp(max, &max_e);
    if (max_e >= -1023) {
        // Lossless power-of-two scaling, Veltkamp-Dekker squaring, Neumaier summation, and a
        // differential correction of the square root: almost always correctly rounded.
        scale = ldexp(1.0, -max_e);
        for (int64_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for (int64_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

static Value math_hypot(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (no_kw(vm, "hypot", kw) < 0) {
        return VAL_EXC;
    }
    double stack[16];
    double *v = stack;
    size_t bytes = (size_t)argc * sizeof(double);
    if (argc > 16) {
        v = kr_mem_alloc(vm, bytes);
        if (!v) {
            return VAL_EXC;
        }
    }
    double max = 0.0;
    bool nan = false;
    Value res = VAL_EXC;
    for (int i = 0; i < argc; i++) {
        double x;
        if (kr_to_double(vm, argv[i], &x) < 0) {
            goto done;
        }
        x = fabs(x);
        v[i] = x;
        nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    res = kr_float(vector_norm(argc, v, max, nan));
done:
    if (v != stack) {
        kr_mem_free(vm, v, bytes);
    }
    return res;
}

static Value math_dist(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "dist", argc, kw, 2, 2) < 0) {
        return VAL_EXC;
    }
    Value p = argv[0], q = argv[1];
    if (!IS_TUPLE(p)) {
        p = kr_tuple_from_iterable(vm, p);
        if (IS_EXC(p)) {
            return VAL_EXC;
        }
    }
    if (!IS_TUPLE(q)) {
        q = kr_tuple_from_iterable(vm, q);
        if (IS_EXC(q)) {
            return VAL_EXC;
        }
    }
    int64_t n = AS_TUPLE(p)->len;
    if (n != AS_TUPLE(q)->len) {
        return kr_raise(vm, EXC_ValueError, "both points must have the same number of dimensions");
    }
    double stack[16];
    double *v = stack;
    size_t bytes = (size_t)n * sizeof(double);
    if (n > 16) {
        v = kr_mem_alloc(vm, bytes);
        if (!v) {
            return VAL_EXC;
        }
    }
    double max = 0.0;
    bool nan = false;
    Value res = VAL_EXC;
    for (int64_t i = 0; i < n; i++) {
        double px, qx;
        if (kr_to_double(vm, AS_TUPLE(p)->items[i], &px) < 0 ||
            kr_to_double(vm, AS_TUPLE(q)->items[i], &qx) < 0) {
            goto done;
        }
        double x = fabs(px - qx);
        v[i] = x;
        nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    res = kr_float(vector_norm(n, v, max, nan));
done:
    if (v != stack) {
        kr_mem_free(vm, v, bytes);
    }
    return res;
}

// ----- fsum (Shewchuk / Hettinger msum with exact final rounding, as CPython) -----

static Value math_fsum(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_one(vm, "fsum", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, argv[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    double stack[32];
    double *p = stack;
    int64_t n = 0, m = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    Value res = VAL_EXC;
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value item = kr_next(vm, it);
        kr_scope_close(vm, mark);
        if (IS_EXC(item)) {
            goto done;
        }
        if (IS_UNDEF(item)) {
            break;
        }
        double x, y, t;
        if (kr_to_double(vm, item, &x) < 0 || kr_tick(vm, n + 1) < 0) {
            goto done;
        }
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // From a nan/inf summand, or an intermediate overflow.
                if (isfinite(xsave)) {
                    kr_raise(vm, EXC_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    size_t old = (size_t)m * sizeof(double), nb = old * 2;
                    double *np = p == stack ? kr_mem_alloc(vm, nb) : kr_mem_realloc(vm, p, old, nb);
                    if (!np) {
                        goto done;
                    }
                    if (p == stack) {
                        memcpy(np, stack, old);
                    }
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            kr_raise(vm, EXC_ValueError, "-inf + inf in fsum");
        } else {
            res = kr_float(special_sum);
        }
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        // Sum from the top, stopping when the sum becomes inexact.
        double x, y;
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        // Half-even rounding across several partials (sum([1e-16, 1, 1e16]) rounds up).
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    res = kr_float(hi);
done:
    if (p != stack) {
        kr_mem_free(vm, p, (size_t)m * sizeof(double));
    }
    return res;
}

// ----- prod -----

static Value math_prod(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (kr_args_bind(vm, "prod", argc, argv, kw, names, 2, 1, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    Value it = kr_iter(vm, a[0]);
    if (IS_EXC(it)) {
        return VAL_EXC;
    }
    // The running product lives in a pinned one-slot tuple so that per-item scopes can drop
    // everything else.
    Tuple *box = kr_tuple_new(vm, 1);
    if (!box) {
        return VAL_EXC;
    }
    box->items[0] = IS_UNDEF(a[1]) ? kr_int(1) : a[1];
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value item = kr_next(vm, it);
        if (IS_EXC(item) || IS_UNDEF(item)) {
            kr_scope_close(vm, mark);
            if (IS_EXC(item)) {
                return VAL_EXC;
            }
            break;
        }
        if (kr_scope_hold(vm, item) < 0) {
            kr_scope_close(vm, mark);
            return VAL_EXC;
        }
        Value r = kr_binop(vm, BINOP_MUL, box->items[0], item);
        kr_scope_close(vm, mark);
        if (IS_EXC(r)) {
            return VAL_EXC;
        }
        box->items[0] = r;
    }
    return box->items[0];
}

// ----- Integer functions -----

static Value int_abs(KrVm *vm, Value v) {
    if (kr_int_sign(v) < 0) {
        return kr_int_neg(vm, v);
    }
    return v;
}

static uint64_t u64_gcd(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t u64_abs(int64_t i) { return i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i; }

// Copy |v| (an int) into [out] (cap limbs); returns the normalized limb count.
static size_t mag_copy(Value v, uint32_t *out) {
    if (IS_INT(v) || IS_BOOL(v)) {
        uint64_t u = u64_abs(AS_INT(v));
        out[0] = (uint32_t)u;
        out[1] = (uint32_t)(u >> 32);
        return kr_bigint_norm(out, 2);
    }
    BigInt *b = kr_as_bigint(v);
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    memcpy(out, b->d, n * sizeof(uint32_t));
    return kr_bigint_norm(out, n);
}

static size_t mag_limbs(Value v) {
    if (!IS_BIGINT(v)) {
        return 2;
    }
    BigInt *b = kr_as_bigint(v);
    return (size_t)(b->size < 0 ? -b->size : b->size);
}

// An int from a normalized magnitude, through hex text (linear in a power-of-two base).
static Value mag_to_int(KrVm *vm, const uint32_t *d, size_t n) {
    if (n <= 2) {
        return kr_int_from_u64(vm, n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32) | d[0]);
    }
    size_t len = n * 8;
    char *buf = kr_mem_alloc(vm, len + 1);
    if (!buf) {
        return VAL_EXC;
    }
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        uint32_t limb = d[n - 1 - i];
        for (int k = 0; k < 8; k++) {
            buf[i * 8 + (size_t)k] = hex[(limb >> (28 - 4 * k)) & 15u];
        }
    }
    buf[len] = 0;
    Value r = kr_int_from_str(vm, buf, len, 16);
    kr_mem_free(vm, buf, len + 1);
    return r;
}

// gcd of two ints (any size). Non-negative. Big operands run Euclid's algorithm in place on
// three limb buffers: a loop of kr_int_binop calls would leave one dead big int per step,
// which the collector cannot reclaim until the native returns.
static Value int_gcd(KrVm *vm, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return kr_int_from_u64(vm, u64_gcd(u64_abs(AS_INT(a)), u64_abs(AS_INT(b))));
    }
    size_t cap = mag_limbs(a) > mag_limbs(b) ? mag_limbs(a) : mag_limbs(b);
    size_t bytes = cap * sizeof(uint32_t);
    uint32_t *x = kr_mem_alloc(vm, bytes), *y = kr_mem_alloc(vm, bytes);
    uint32_t *r = kr_mem_alloc(vm, bytes);
    Value res = VAL_EXC;
    if (!x || !y || !r) {
        goto done;
    }
    size_t xn = mag_copy(a, x), yn = mag_copy(b, y);
    if (kr_bigint_cmp(x, xn, y, yn) < 0) {
        uint32_t *t = x;
        x = y;
        y = t;
        size_t tn = xn;
        xn = yn;
        yn = tn;
    }
    while (yn > 0) {
        if (xn <= 2) {
            uint64_t xv = xn == 0 ? 0 : xn == 1 ? x[0] : ((uint64_t)x[1] << 32) | x[0];
            uint64_t yv = yn == 1 ? y[0] : ((uint64_t)y[1] << 32) | y[0];
            res = kr_int_from_u64(vm, u64_gcd(xv, yv));
            goto done;
        }
        if (kr_tick(vm, (int64_t)(xn - yn + 1) * (int64_t)yn) < 0 ||
            kr_bigint_divmod(vm, NULL, r, x, xn, y, yn) < 0) {
            goto done;
        }
        size_t rn = kr_bigint_norm(r, yn);
        uint32_t *t = x; // (x, y) = (y, x mod y)
        x = y;
        xn = yn;
        y = r;
        yn = rn;
        r = t;
    }
    res = mag_to_int(vm, x, xn);
done:
    if (x) {
        kr_mem_free(vm, x, bytes);
    }
    if (y) {
        kr_mem_free(vm, y, bytes);
    }
    if (r) {
        kr_mem_free(vm, r, bytes);
    }
    return res;
}

static Value math_gcd(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (no_kw(vm, "gcd", kw) < 0) {
        return VAL_EXC;
    }
    if (argc == 0) {
        return kr_int(0);
    }
    Value res = as_int(vm, argv[0]);
    if (IS_EXC(res)) {
        return VAL_EXC;
    }
    if (argc == 1) {
        return int_abs(vm, res);
    }
    for (int i = 1; i < argc; i++) {
        Value x = as_int(vm, argv[i]);
        if (IS_EXC(x)) {
            return VAL_EXC;
        }
        if (IS_INT(res) && AS_INT(res) == 1) {
            continue; // only check the remaining arguments
        }
        res = int_gcd(vm, res, x);
        if (IS_EXC(res)) {
            return VAL_EXC;
        }
    }
    return res;
}

static Value math_lcm(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (no_kw(vm, "lcm", kw) < 0) {
        return VAL_EXC;
    }
    if (argc == 0) {
        return kr_int(1);
    }
    Value res = as_int(vm, argv[0]);
    if (IS_EXC(res)) {
        return VAL_EXC;
    }
    if (argc == 1) {
        return int_abs(vm, res);
    }
    for (int i = 1; i < argc; i++) {
        Value x = as_int(vm, argv[i]);
        if (IS_EXC(x)) {
            return VAL_EXC;
        }
        if (IS_INT(res) && AS_INT(res) == 0) {
            continue;
        }
        if (kr_int_sign(x) == 0) {
            res = kr_int(0);
            continue;
        }
        Value g = int_gcd(vm, res, x);
        if (IS_EXC(g)) {
            return VAL_EXC;
        }
        Value f = kr_int_binop(vm, BINOP_FLOORDIV, res, g);
        if (IS_EXC(f)) {
            return VAL_EXC;
        }
        Value m = kr_int_binop(vm, BINOP_MUL, f, x);
        if (IS_EXC(m)) {
            return VAL_EXC;
        }
        res = int_abs(vm, m);
        if (IS_EXC(res)) {
            return VAL_EXC;
        }
    }
    return res;
}

// (u - 1)**2 < n < (u + 1)**2 for 2**62 <= n < 2**64.
static uint64_t approximate_isqrt(uint64_t n) {
    uint32_t u = 1U + (uint32_t)(n >> 62);
    u = (u << 1) + (uint32_t)((n >> 59) / u);
    u = (u << 3) + (uint32_t)((n >> 53) / u);
    u = (u << 7) + (uint32_t)((n >> 41) / u);
    return ((uint64_t)u << 15) + (n >> 17) / u;
}

static Value math_isqrt(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_one(vm, "isqrt", argc, kw) < 0) {
        return VAL_EXC;
    }
    Value n = as_int(vm, argv[0]);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    int sign = kr_int_sign(n);
    if (sign < 0) {
        return kr_raise(vm, EXC_ValueError, "isqrt() argument must be nonnegative");
    }
    if (sign == 0) {
        return kr_int(0);
    }
    uint64_t c = (int_bitlen(n) - 1) / 2;
    if (c <= 31) {
        // n < 2**64 (a big int between 2**63 and 2**64 included).
        bool sticky;
        uint64_t m = IS_INT(n) ? (uint64_t)AS_INT(n) : big_bits(n, 0, &sticky);
        uint64_t u = approximate_isqrt(m << (62U - 2U * c)) >> (31U - c);
        u -= u * u - 1U >= m;
        return kr_int_from_u64(vm, u);
    }
    // Adaptive-precision Newton iteration (CPython's algorithm): the first five steps in C,
    // then on ints.
    int c_bit_length = 6;
    while ((c >> c_bit_length) > 0U) {
        ++c_bit_length;
    }
    uint64_t d = c >> (c_bit_length - 5);
    Value b = kr_int_binop(vm, BINOP_RSHIFT, n, kr_int((int64_t)(2U * c - 62U)));
    if (IS_EXC(b)) {
        return VAL_EXC;
    }
    uint64_t m = IS_INT(b) ? (uint64_t)AS_INT(b) : 0;
    if (IS_BIGINT(b)) {
        bool sticky;
        m = big_bits(b, 0, &sticky);
    }
    uint64_t u = approximate_isqrt(m) >> (31U - d);
    Value a = kr_int_from_u64(vm, u);
    if (IS_EXC(a)) {
        return VAL_EXC;
    }
    for (int s = c_bit_length - 6; s >= 0; --s) {
        uint64_t e = d;
        d = c >> s;
        Value q = kr_int_binop(vm, BINOP_RSHIFT, n, kr_int((int64_t)(2U * c - d - e + 1U)));
        if (IS_EXC(q)) {
            return VAL_EXC;
        }
        q = kr_int_binop(vm, BINOP_FLOORDIV, q, a);
        if (IS_EXC(q)) {
            return VAL_EXC;
        }
        a = kr_int_binop(vm, BINOP_LSHIFT, a, kr_int((int64_t)(d - 1U - e)));
        if (IS_EXC(a)) {
            return VAL_EXC;
        }
        a = kr_int_binop(vm, BINOP_ADD, a, q);
        if (IS_EXC(a)) {
            return VAL_EXC;
        }
    }
    Value sq = kr_int_binop(vm, BINOP_MUL, a, a);
    if (IS_EXC(sq)) {
        return VAL_EXC;
    }
    if (kr_int_cmp(n, sq) < 0) {
        a = kr_int_binop(vm, BINOP_SUB, a, kr_int(1));
    }
    return a;
}

// Product of the odd numbers in [start, stop) (both odd), divide and conquer.
// max_bits >= bit_length(stop - 2).
static Value partial_product(KrVm *vm, uint64_t start, uint64_t stop, int max_bits) {
    uint64_t nops = (stop - start) / 2;
    if (nops <= 64 && nops * (uint64_t)max_bits <= 64) {
        uint64_t total = start;
        for (uint64_t j = start + 2; j < stop; j += 2) {
            total *= j;
        }
        if (kr_tick(vm, (int64_t)nops) < 0) {
            return VAL_EXC;
        }
        return kr_int_from_u64(vm, total);
    }
    uint64_t mid = (start + nops) | 1;
    Value left = partial_product(vm, start, mid, bitlen64(mid - 2));
    if (IS_EXC(left)) {
        return VAL_EXC;
    }
    Value right = partial_product(vm, mid, stop, max_bits);
    if (IS_EXC(right)) {
        return VAL_EXC;
    }
    return kr_int_binop(vm, BINOP_MUL, left, right);
}

// factorial(n) as odd_part << (n - popcount(n)) (CPython's binary-split algorithm).
static Value factorial_u64(KrVm *vm, uint64_t n) {
    static const uint64_t small[] = {
        1u,
        1u,
        2u,
        6u,
        24u,
        120u,
        720u,
        5040u,
        40320u,
        362880u,
        3628800u,
        39916800u,
        479001600u,
        6227020800u,
        87178291200u,
        1307674368000u,
        20922789888000u,
        355687428096000u,
        6402373705728000u,
        121645100408832000u,
        2432902008176640000u,
    };
    if (n < KR_ARRAY_LEN(small)) {
        return kr_int_from_u64(vm, small[n]);
    }
    Value inner = kr_int(1), outer = kr_int(1);
    uint64_t upper = 3;
    for (int i = bitlen64(n) - 2; i >= 0; i--) {
        uint64_t v = n >> i;
        if (v <= 2) {
            continue;
        }
        uint64_t lower = upper;
        upper = (v + 1) | 1; // least odd integer > n / 2**i
        Value part = partial_product(vm, lower, upper, bitlen64(upper - 2));
        if (IS_EXC(part)) {
            return VAL_EXC;
        }
        inner = kr_int_binop(vm, BINOP_MUL, inner, part);
        if (IS_EXC(inner)) {
            return VAL_EXC;
        }
        outer = kr_int_binop(vm, BINOP_MUL, outer, inner);
        if (IS_EXC(outer)) {
            return VAL_EXC;
        }
    }
    int64_t two_valuation = (int64_t)n - __builtin_popcountll(n);
    return kr_int_binop(vm, BINOP_LSHIFT, outer, kr_int(two_valuation));
}

static Value factorial_value(KrVm *vm, Value arg) {
    Value n = as_int(vm, arg);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    if (IS_BIGINT(n) && kr_int_sign(n) > 0) {
        return kr_raise(vm, EXC_OverflowError,
                        "factorial() argument should not exceed 9223372036854775807");
    }
    if (kr_int_sign(n) < 0) {
        return kr_raise(vm, EXC_ValueError, "factorial() not defined for negative values");
    }
    return factorial_u64(vm, (uint64_t)AS_INT(n));
}

static Value math_factorial(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_one(vm, "factorial", argc, kw) < 0) {
        return VAL_EXC;
    }
    return factorial_value(vm, argv[0]);
}

// P(n, k) or C(n, k) for k >= 0 by the recursive splits
//   P(n, k) = P(n, j) * P(n-j, k-j)     C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j)
// which keep the operands balanced (fast big multiplications). Recursion depth <= 64.
static Value perm_comb(KrVm *vm, Value n, uint64_t k, bool comb) {
    if (k == 0) {
        return kr_int(1);
    }
    if (k == 1) {
        return n;
    }
    if (kr_tick(vm, 1) < 0) {
        return VAL_EXC;
    }
    uint64_t j = k / 2;
    Value a = perm_comb(vm, n, j, comb);
    if (IS_EXC(a)) {
        return VAL_EXC;
    }
    Value jv = kr_int_from_u64(vm, j);
    if (IS_EXC(jv)) {
        return VAL_EXC;
    }
    Value nj = kr_int_binop(vm, BINOP_SUB, n, jv);
    if (IS_EXC(nj)) {
        return VAL_EXC;
    }
    Value b = perm_comb(vm, nj, k - j, comb);
    if (IS_EXC(b)) {
        return VAL_EXC;
    }
    a = kr_int_binop(vm, BINOP_MUL, a, b);
    if (IS_EXC(a) || !comb) {
        return a;
    }
    Value kv = kr_int_from_u64(vm, k);
    if (IS_EXC(kv)) {
        return VAL_EXC;
    }
    Value c = perm_comb(vm, kv, j, true);
    if (IS_EXC(c)) {
        return VAL_EXC;
    }
    return kr_int_binop(vm, BINOP_FLOORDIV, a, c);
}

static int nonneg_nk(KrVm *vm, Value n, Value k) {
    if (kr_int_sign(n) < 0) {
        kr_raise(vm, EXC_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (kr_int_sign(k) < 0) {
        kr_raise(vm, EXC_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static Value math_perm(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "perm", argc, kw, 1, 2) < 0) {
        return VAL_EXC;
    }
    if (argc == 1 || IS_NONE(argv[1])) {
        return factorial_value(vm, argv[0]);
    }
    Value n = as_int(vm, argv[0]);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    Value k = as_int(vm, argv[1]);
    if (IS_EXC(k) || nonneg_nk(vm, n, k) < 0) {
        return VAL_EXC;
    }
    if (kr_int_cmp(n, k) < 0) {
        return kr_int(0);
    }
    if (IS_BIGINT(k)) {
        return kr_raise(vm, EXC_OverflowError, "k must not exceed 9223372036854775807");
    }
    return perm_comb(vm, n, (uint64_t)AS_INT(k), false);
}

static Value math_comb(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_n(vm, "comb", argc, kw, 2, 2) < 0) {
        return VAL_EXC;
    }
    Value n = as_int(vm, argv[0]);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    Value k = as_int(vm, argv[1]);
    if (IS_EXC(k) || nonneg_nk(vm, n, k) < 0) {
        return VAL_EXC;
    }
    Value nk = kr_int_binop(vm, BINOP_SUB, n, k);
    if (IS_EXC(nk)) {
        return VAL_EXC;
    }
    if (kr_int_sign(nk) < 0) {
        return kr_int(0);
    }
    if (kr_int_cmp(nk, k) < 0) {
        k = nk; // k = min(k, n - k)
    }
    if (IS_BIGINT(k)) {
        return kr_raise(vm, EXC_OverflowError,
                        "min(n - k, k) must not exceed 9223372036854775807");
    }
    return perm_comb(vm, n, (uint64_t)AS_INT(k), true);
}

// ----- Module table -----

static const NativeDef math_funcs[] = {
    NATIVE("acos", math_acos, 0, -1, NATIVE_KW),
    NATIVE("acosh", math_acosh, 0, -1, NATIVE_KW),
    NATIVE("asin", math_asin, 0, -1, NATIVE_KW),
    NATIVE("asinh", math_asinh, 0, -1, NATIVE_KW),
    NATIVE("atan", math_atan, 0, -1, NATIVE_KW),
    NATIVE("atan2", math_atan2, 0, -1, NATIVE_KW),
    NATIVE("atanh", math_atanh, 0, -1, NATIVE_KW),
    NATIVE("cbrt", math_cbrt, 0, -1, NATIVE_KW),
    NATIVE("ceil", math_ceil, 0, -1, NATIVE_KW),
    NATIVE("comb", math_comb, 0, -1, NATIVE_KW),
    NATIVE("copysign", math_copysign, 0, -1, NATIVE_KW),
    NATIVE("cos", math_cos, 0, -1, NATIVE_KW),
    NATIVE("cosh", math_cosh, 0, -1, NATIVE_KW),
    NATIVE("degrees", math_degrees, 0, -1, NATIVE_KW),
    NATIVE("dist", math_dist, 0, -1, NATIVE_KW),
    NATIVE("erf", math_erf, 0, -1, NATIVE_KW),
    NATIVE("erfc", math_erfc, 0, -1, NATIVE_KW),
    NATIVE("exp", math_exp, 0, -1, NATIVE_KW),
    NATIVE("exp2", math_exp2, 0, -1, NATIVE_KW),
    NATIVE("expm1", math_expm1, 0, -1, NATIVE_KW),
    NATIVE("fabs", math_fabs, 0, -1, NATIVE_KW),
    NATIVE("factorial", math_factorial, 0, -1, NATIVE_KW),
    NATIVE("floor", math_floor, 0, -1, NATIVE_KW),
    NATIVE("fmod", math_fmod, 0, -1, NATIVE_KW),
    NATIVE("frexp", math_frexp, 0, -1, NATIVE_KW),
    NATIVE("fsum", math_fsum, 0, -1, NATIVE_KW),
    NATIVE("gamma", math_gamma, 0, -1, NATIVE_KW),
    NATIVE("gcd", math_gcd, 0, -1, NATIVE_KW),
    NATIVE("hypot", math_hypot, 0, -1, NATIVE_KW),
    NATIVE("isclose", math_isclose, 0, -1, NATIVE_KW),
    NATIVE("isfinite", math_isfinite, 0, -1, NATIVE_KW),
    NATIVE("isinf", math_isinf, 0, -1, NATIVE_KW),
    NATIVE("isnan", math_isnan, 0, -1, NATIVE_KW),
    NATIVE("isqrt", math_isqrt, 0, -1, NATIVE_KW),
    NATIVE("lcm", math_lcm, 0, -1, NATIVE_KW),
    NATIVE("ldexp", math_ldexp, 0, -1, NATIVE_KW),
    NATIVE("lgamma", math_lgamma, 0, -1, NATIVE_KW),
    NATIVE("log", math_log, 0, -1, NATIVE_KW),
    NATIVE("log1p", math_log1p, 0, -1, NATIVE_KW),
    NATIVE("log10", math_log10, 0, -1, NATIVE_KW),
    NATIVE("log2", math_log2, 0, -1, NATIVE_KW),
    NATIVE("modf", math_modf, 0, -1, NATIVE_KW),
    NATIVE("pow", math_pow, 0, -1, NATIVE_KW),
    NATIVE("radians", math_radians, 0, -1, NATIVE_KW),
    NATIVE("remainder", math_remainder, 0, -1, NATIVE_KW),
    NATIVE("sin", math_sin, 0, -1, NATIVE_KW),
    NATIVE("sinh", math_sinh, 0, -1, NATIVE_KW),
    NATIVE("sqrt", math_sqrt, 0, -1, NATIVE_KW),
    NATIVE("tan", math_tan, 0, -1, NATIVE_KW),
    NATIVE("tanh", math_tanh, 0, -1, NATIVE_KW),
    NATIVE("trunc", math_trunc, 0, -1, NATIVE_KW),
    NATIVE("prod", math_prod, 0, -1, NATIVE_KW),
    NATIVE("perm", math_perm, 0, -1, NATIVE_KW),
    NATIVE("nextafter", math_nextafter, 0, -1, NATIVE_KW),
    NATIVE("ulp", math_ulp, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static int math_init(KrVm *vm, Value module) {
    Dict *d = ((Module *)AS_OBJ(module))->dict;
    if (kr_dict_set_str(vm, d, "pi", kr_float(KR_PI)) < 0 ||
        kr_dict_set_str(vm, d, "e", kr_float(KR_E)) < 0 ||
        kr_dict_set_str(vm, d, "tau", kr_float(2.0 * KR_PI)) < 0 ||
        kr_dict_set_str(vm, d, "inf", kr_float(HUGE_VAL)) < 0 ||
        kr_dict_set_str(vm, d, "nan", kr_float(NAN)) < 0) {
        return -1;
    }
    return 0;
}

const ModuleDef kr_mod_math = {"math", math_funcs, math_init, NULL};
