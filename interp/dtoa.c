// SPDX-License-Identifier: MIT
// interp/dtoa.c: float <-> decimal text: Python's shortest round-trip repr and float() parsing.
//
// The repr tries 1..17 significant digits with the C library's correctly rounded "%.*e" and
// keeps the first that reads back (strtod) to the same double; glibc's printf and strtod are
// exact, so this gives the same digits as David Gay's shortest mode that CPython uses. The
// digits are then laid out in CPython's repr style ('r': exponent when decpt <= -4 or > 16).
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "object.h"

// [buf] ("[-]D[.DDD]e[+-]XX", prec significant digits) is the correctly rounded decimal nearest
// to d but does not read back as d. When d is a power of two its rounding interval is twice as
// wide above as below, so the prec-digit decimal on the other side of d may still read back
// (2**-24: the nearest 16 digits ...062 does not, ...063 does; Gay's shortest mode returns the
// latter). Writes that neighbour to [buf] in the same format and returns true if it reads back.
static bool neighbour(double d, char *buf, size_t size) {
    const char *p = buf;
    bool neg = *p == '-';
    if (neg) {
        p++;
    }
    uint64_t m = 0;
    int nd = 0;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            m = m * 10 + (uint64_t)(*p - '0');
            nd++;
        }
    }
    int e = atoi(p + 1) - (nd - 1); // value = m * 10^e
    double got = fabs(strtod(buf, NULL));
    uint64_t m2 = got < fabs(d) ? m + 1 : m - 1;
    if (m2 == 0) {
        return false;
    }
    char digits[24], cand[48];
    int n2 = snprintf(digits, sizeof digits, "%llu", (unsigned long long)m2);
    snprintf(cand, sizeof cand, "%s%se%d", neg ? "-" : "", digits, e);
    if (strtod(cand, NULL) != d) {
        return false;
    }
    int exp10 = e + n2 - 1;
    snprintf(buf, size, "%s%c%s%.*se%c%02d", neg ? "-" : "", digits[0], n2 > 1 ? "." : "",
             n2 - 1, digits + 1, exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    return true;
}

size_t kr_dtoa_repr(double d, char *out) {
    if (isnan(d)) {
        memcpy(out, "nan", 4);
        return 3;
    }
    if (isinf(d)) {
        const char *s = d > 0 ? "inf" : "-inf";
        size_t n = strlen(s);
        memcpy(out, s, n + 1);
        return n;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (prec == 17 || strtod(buf, NULL) == d || neighbour(d, buf, sizeof buf)) {
            break;
        }
    }
    // buf: [-]D[.DDD]e[+-]XX
    const char *p = buf;
    bool neg = *p == '-';
    if (neg) {
        p++;
    }
    char dig[20];
    int nd = 0;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            dig[nd++] = *p;
        }
    }
    int exp10 = atoi(p + 1);
    while (nd > 1 && dig[nd - 1] == '0') {
        nd--;
    }
    int decpt = exp10 + 1; // value = 0.DIGITS * 10^decpt
    char *o = out;
    if (neg) {
        *o++ = '-';
    }
    if (decpt <= -4 || decpt > 16) {
        *o++ = dig[0];
        if (nd > 1) {
            *o++ = '.';
            memcpy(o, dig + 1, (size_t)nd - 1);
            o += nd - 1;
        }
        o += snprintf(o, 8, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++) {
            *o++ = '0';
        }
        memcpy(o, dig, (size_t)nd);
        o += nd;
    } else if (decpt >= nd) {
        memcpy(o, dig, (size_t)nd);
        o += nd;
        for (int i = nd; i < decpt; i++) {
            *o++ = '0';
        }
        *o++ = '.';
        *o++ = '0';
    } else {
        memcpy(o, dig, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, dig + decpt, (size_t)(nd - decpt));
        o += nd - decpt;
    }
    *o = '\0';
    return (size_t)(o - out);
}

static bool ieq(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

int kr_dtoa_parse(const char *s, size_t len, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (ieq(s + i, len - i, "inf") || ieq(s + i, len - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (ieq(s + i, len - i, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    size_t ndig = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9') {
        i++;
        ndig++;
    }
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            i++;
            ndig++;
        }
    }
    if (ndig == 0) {
        return -1;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            i++;
        }
        size_t ed = 0;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            i++;
            ed++;
        }
        if (ed == 0) {
            return -1;
        }
    }
    if (i != len) {
        return -1;
    }
    char small[256];
    if (len < sizeof small) {
        memcpy(small, s, len);
        small[len] = '\0';
        *out = strtod(small, NULL);
    } else {
        // The validated literal cannot be continued by what follows it (strtod stops at the
        // first character outside the decimal grammar, and a long literal starts with no "0x").
        *out = strtod(s, NULL);
    }
    return 0;
}
