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
        if (prec == 17 || strtod(buf, NULL) == d) {
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
