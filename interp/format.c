// SPDX-License-Identifier: MIT
// interp/format.c: the format-spec mini-language (format(), f-strings), str.format /
// str.format_map, and printf-style str % args / bytes % args.
//
// Everything follows CPython 3.11 (Python/formatter_unicode.c, Objects/stringlib/
// unicode_format.h, Objects/unicodeobject.c PyUnicode_Format, Objects/bytesobject.c
// _PyBytes_FormatEx, Python/pystrtod.c format_float_short), including the error texts.
// Strings are UTF-8; widths and precisions count code points. Floats are rendered from a
// canonical (digits, decimal-point position) pair obtained from the C library's correctly
// rounded %e / %f conversions (or kr_dtoa_repr for the shortest repr), then laid out with
// CPython's rules. Output sizes that the program controls (width, precision) are checked
// against the memory limit before the text is built.
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bytes_common.h"
#include "module.h"

// ----- Small helpers -----

// Raise [id] with a message built by snprintf (the kr_raise directives lack %x / %.*s).
static Value raisef(KrVm *vm, ExcId id, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static Value raisef(KrVm *vm, ExcId id, const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return kr_raise(vm, id, "%s", buf);
}

// Decode the code point at s[*pos] (pos < len), advancing *pos.
static uint32_t cp_next(const char *s, size_t len, size_t *pos) {
    size_t adv = 1;
    uint32_t c = kr_utf8_decode(s + *pos, &adv);
    if (adv == 0 || *pos + adv > len) {
        adv = 1;
    }
    *pos += adv;
    return c;
}

static uint32_t cp_peek(const char *s, size_t len, size_t pos) {
    size_t p = pos;
    return cp_next(s, len, &p);
}

// Append [n] copies of the UTF-8 character [fill] ([flen] bytes); charges big fills.
static int put_fill(StrBuf *sb, const char *fill, size_t flen, int64_t n) {
    if (n <= 0) {
        return 0;
    }
    if (n > 4096 && kr_tick(sb->vm, n >> 10) < 0) {
        return -1;
    }
    if (flen == 1) {
        return kr_sb_fill(sb, fill[0], (size_t)n);
    }
    size_t total;
    if (!kr_mul_ok((size_t)n, flen, &total)) {
        kr_raise_nomem(sb->vm);
        return -1;
    }
    if (kr_sb_reserve(sb, total) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        memcpy(sb->data + sb->len, fill, flen);
        sb->len += flen;
    }
    return 0;
}

// Make sure [extra] more bytes fit (MemoryError first if they can't); [count] code points of
// padding of [flen] bytes each plus [body] bytes.
static int reserve_padded(StrBuf *sb, int64_t count, size_t flen, size_t body) {
    size_t total = body;
    if (count > 0) {
        size_t pad;
        if (!kr_mul_ok((size_t)count, flen, &pad) || !kr_add_ok(total, pad, &total)) {
            kr_raise_nomem(sb->vm);
            return -1;
        }
    }
    return kr_sb_reserve(sb, total);
}

// ----- The format-spec mini-language -----

typedef struct {
    uint32_t fill;
    char fill_utf8[4];
    size_t fill_len;
    char align; // '<' '>' '^' '='
    char sign;  // 0 '+' '-' ' '
    bool alternate;
    bool no_neg_0;
    int64_t width;     // -1: none
    int thousands;     // 0, ',', '_', or '4' ('_' every four digits)
    int64_t precision; // -1: none
    uint32_t type;     // 0: none
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Parse decimal digits at *pos; 0 digits -> *out untouched, returns digit count or -1.
static int get_integer(KrVm *vm, const char *s, size_t len, size_t *pos, int64_t *out) {
    int64_t acc = 0;
    int n = 0;
    while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            kr_raise(vm, EXC_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    if (n) {
        *out = acc;
    }
    return n;
}

static void set_fill(Spec *sp, uint32_t c) {
    sp->fill = c;
    sp->fill_len = kr_utf8_encode(c, sp->fill_utf8);
}

static int sep_type_error(KrVm *vm, int sep, uint32_t type) {
    char s = sep == '4' ? '_' : (char)sep;
    if (type > 32 && type < 128) {
        raisef(vm, EXC_ValueError, "Cannot specify '%c' with '%c'.", s, (char)type);
    } else {
        raisef(vm, EXC_ValueError, "Cannot specify '%c' with '\\x%x'.", s, (unsigned)type);
    }
    return -1;
}

static int parse_spec(KrVm *vm, const char *s, size_t len, const char *tyname, uint32_t def_type,
                      char def_align, Spec *sp) {
    memset(sp, 0, sizeof *sp);
    set_fill(sp, ' ');
    sp->align = def_align;
    sp->width = -1;
    sp->precision = -1;
    sp->type = def_type;
    bool fill_given = false, align_given = false;
    size_t pos = 0;

    if (len > 0) {
        size_t p1 = 0;
        uint32_t c0 = cp_next(s, len, &p1);
        if (p1 < len && is_align(cp_peek(s, len, p1))) {
            set_fill(sp, c0);
            sp->align = s[p1];
            fill_given = align_given = true;
            pos = p1 + 1;
        } else if (is_align(c0)) {
            sp->align = (char)c0;
            align_given = true;
            pos = 1;
        }
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
        sp->sign = s[pos++];
    }
    if (pos < len && s[pos] == 'z') {
        sp->no_neg_0 = true;
        pos++;
    }
    if (pos < len && s[pos] == '#') {
        sp->alternate = true;
        pos++;
    }
    if (!fill_given && pos < len && s[pos] == '0') {
        set_fill(sp, '0');
        if (!align_given && def_align == '>') {
            sp->align = '=';
        }
        pos++;
    }
    if (get_integer(vm, s, len, &pos, &sp->width) < 0) {
        return -1;
    }
    if (pos < len && s[pos] == ',') {
        sp->thousands = ',';
        pos++;
    }
    if (pos < len && s[pos] == '_') {
        if (sp->thousands) {
            kr_raise(vm, EXC_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        sp->thousands = '_';
        pos++;
    }
    if (pos < len && s[pos] == ',' && sp->thousands == '_') {
        kr_raise(vm, EXC_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < len && s[pos] == '.') {
        pos++;
        int n = get_integer(vm, s, len, &pos, &sp->precision);
        if (n < 0) {
            return -1;
        }
        if (n == 0) {
            kr_raise(vm, EXC_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (pos < len) {
        size_t p = pos;
        uint32_t t = cp_next(s, len, &p);
        if (p < len) {
            StrBuf sb;
            kr_sb_init(&sb, vm);
            if (kr_sb_adds(&sb, "Invalid format specifier '") < 0 || kr_sb_add(&sb, s, len) < 0 ||
                kr_sb_adds(&sb, "' for object of type '") < 0 || kr_sb_adds(&sb, tyname) < 0 ||
                kr_sb_add(&sb, "'", 2) < 0) { // includes the NUL
                kr_sb_free(&sb);
                return -1;
            }
            kr_raise(vm, EXC_ValueError, "%s", sb.data);
            kr_sb_free(&sb);
            return -1;
        }
        sp->type = t;
    }
    if (sp->thousands) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->thousands == '_') {
                sp->thousands = '4';
                break;
            }
            return sep_type_error(vm, sp->thousands, sp->type);
        default:
            return sep_type_error(vm, sp->thousands, sp->type);
        }
    }
    return 0;
}

static Value unknown_code(KrVm *vm, uint32_t type, const char *tyname) {
    if (type > 32 && type < 128) {
        return raisef(vm, EXC_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                      (char)type, tyname);
    }
    return raisef(vm, EXC_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                  (unsigned)type, tyname);
}

// ----- Number layout (calc_number_widths + fill_number) -----

typedef struct {
    bool negative;
    const char *prefix; // "0x" etc. (as written, lower case)
    size_t n_prefix;
    const char *digits; // integer-part digits (ASCII)
    size_t n_digits;
    const char *rest; // decimal point, fraction, exponent, '%' or the 'c' character (UTF-8)
    size_t n_rest;
    int64_t rest_cp; // code points in rest
} NumParts;

static char upper_ascii(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; }

static Value emit_number(KrVm *vm, const Spec *sp, const NumParts *np, bool upper) {
    char signc = 0;
    int64_t n_sign = 0;
    if (sp->sign == '+') {
        n_sign = 1;
        signc = np->negative ? '-' : '+';
    } else if (sp->sign == ' ') {
        n_sign = 1;
        signc = np->negative ? '-' : ' ';
    } else if (np->negative) {
        n_sign = 1;
        signc = '-';
    }
    int64_t n_other = n_sign + (int64_t)np->n_prefix + np->rest_cp;
    int64_t min_width = (sp->fill == '0' && sp->align == '=') ? sp->width - n_other : 0;
    if (min_width < 0) {
        min_width = 0;
    }
    int group = sp->thousands == '4' ? 4 : (sp->thousands ? 3 : 0);
    char sepc = sp->thousands == ',' ? ',' : '_';

    // Grouped digits, built right to left: CPython's _PyUnicode_InsertThousandsGrouping.
    size_t nd = np->n_digits;
    size_t cap = nd + nd / 3 + 8 + (size_t)min_width + (size_t)min_width / 3;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int64_t wpad = sp->width > 0 ? sp->width : 0;
    if (reserve_padded(&sb, wpad, sp->fill_len, cap + np->n_rest + 8) < 0) {
        return VAL_EXC;
    }
    char *g = kr_mem_alloc(vm, cap);
    if (!g) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    size_t gpos = cap; // write cursor (exclusive)
    int64_t glen = 0;
    if (nd > 0) {
        int64_t remaining = (int64_t)nd;
        int64_t mw = min_width;
        size_t dpos = nd;
        bool use_sep = false;
        for (;;) {
            int64_t l;
            if (group) {
                int64_t m = remaining > mw ? remaining : mw;
                if (m < 1) {
                    m = 1;
                }
                l = group < m ? group : m;
            } else {
                l = remaining > mw ? remaining : mw;
                if (l < 1) {
                    l = 1;
                }
            }
            int64_t nzeros = l - remaining > 0 ? l - remaining : 0;
            int64_t nchars = remaining < l ? remaining : l;
            if (nchars < 0) {
                nchars = 0;
            }
            if (use_sep) {
                g[--gpos] = sepc;
                glen++;
            }
            dpos -= (size_t)nchars;
            gpos -= (size_t)nchars;
            memcpy(g + gpos, np->digits + dpos, (size_t)nchars);
            gpos -= (size_t)nzeros;
            memset(g + gpos, '0', (size_t)nzeros);
            glen += nzeros + nchars;
            use_sep = true;
            remaining -= nchars;
            mw -= l;
            if (!group || (remaining <= 0 && mw <= 0)) {
                break;
            }
            mw -= 1;
        }
    }
    int64_t n_padding = sp->width - (n_other + glen);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (n_padding > 0) {
        switch (sp->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    int r = put_fill(&sb, sp->fill_utf8, sp->fill_len, lpad);
    if (r == 0 && signc) {
        r = kr_sb_addc(&sb, signc);
    }
    for (size_t i = 0; r == 0 && i < np->n_prefix; i++) {
        r = kr_sb_addc(&sb, upper ? upper_ascii(np->prefix[i]) : np->prefix[i]);
    }
    if (r == 0) {
        r = put_fill(&sb, sp->fill_utf8, sp->fill_len, spad);
    }
    if (r == 0 && upper) {
        for (size_t i = gpos; i < cap; i++) {
            g[i] = upper_ascii(g[i]);
        }
    }
    if (r == 0) {
        r = kr_sb_add(&sb, g + gpos, cap - gpos);
    }
    kr_mem_free(vm, g, cap);
    if (r == 0) {
        r = kr_sb_add(&sb, np->rest, np->n_rest);
    }
    if (r == 0) {
        r = put_fill(&sb, sp->fill_utf8, sp->fill_len, rpad);
    }
    if (r < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

// ----- Float to text (PyOS_double_to_string) -----

#define DTS_ALT 1
#define DTS_ADD_DOT_0 2
#define DTS_NO_NEG_0 4
#define DTS_UPPER 8

typedef struct {
    char *buf; // kr_mem buffer holding the text (sign included)
    size_t cap;
    size_t len;
} FloatText;

static void ft_free(KrVm *vm, FloatText *ft) {
    if (ft->buf) {
        kr_mem_free(vm, ft->buf, ft->cap);
        ft->buf = NULL;
    }
}

// Canonical digits: strip leading zeros (moving decpt) and trailing zeros; "" -> "0", decpt 1.
static void canon_digits(char *d, size_t *n, int64_t *decpt) {
    size_t lead = 0;
    while (lead < *n && d[lead] == '0') {
        lead++;
    }
    if (lead == *n) {
        d[0] = '0';
        *n = 1;
        *decpt = 1;
        return;
    }
    if (lead) {
        memmove(d, d + lead, *n - lead);
        *n -= lead;
        *decpt -= (int64_t)lead;
    }
    while (*n > 1 && d[*n - 1] == '0') {
        (*n)--;
    }
}

// Extract digits/decpt from a "%e"-, "%f"- or repr-style text (no sign) into [d].
static void split_number(const char *txt, char *d, size_t *n, int64_t *decpt) {
    size_t k = 0;
    int64_t intlen = -1;
    const char *p = txt;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.') {
            intlen = (int64_t)k;
        } else {
            d[k++] = *p;
        }
    }
    if (intlen < 0) {
        intlen = (int64_t)k;
    }
    int64_t exp = 0;
    if (*p) {
        exp = strtol(p + 1, NULL, 10);
    }
    *n = k;
    *decpt = intlen + exp;
    canon_digits(d, n, decpt);
}

// Format [d] like CPython's PyOS_double_to_string with type e/f/g/r (lower case; DTS_UPPER for
// E/F/G), [prec] and [flags]. On success ft->buf holds the text.
static int double_to_text(KrVm *vm, double d, char type, int prec, int flags, FloatText *ft) {
    memset(ft, 0, sizeof *ft);
    bool upper = flags & DTS_UPPER;
    if (isnan(d) || isinf(d)) {
        ft->cap = 8;
        ft->buf = kr_mem_alloc(vm, ft->cap);
        if (!ft->buf) {
            return -1;
        }
        const char *t = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        ft->len = (size_t)snprintf(ft->buf, ft->cap, "%s%s", (isinf(d) && d < 0) ? "-" : "", t);
        return 0;
    }
    bool negative = signbit(d) != 0;
    double a = fabs(d);
    // A double's exact decimal expansion has at most 767 significant digits and 1074 fraction
    // digits, so asking the C library for more only appends zeros: cap the digit generation
    // (the layout below pads with zeros exactly as CPython does) so that '.900000000g' is cheap.
    int gprec = prec > 1100 ? 1100 : prec;
    // Digit scratch: 'f' may need up to 309 integer digits plus the fraction digits.
    size_t scratch = (size_t)gprec + 400;
    char *tmp = kr_mem_alloc(vm, scratch);
    if (!tmp) {
        return -1;
    }
    char *dig = kr_mem_alloc(vm, scratch);
    if (!dig) {
        kr_mem_free(vm, tmp, scratch);
        return -1;
    }
    size_t nd = 0;
    int64_t decpt = 0;
    int precision = prec;
    switch (type) {
    case 'e':
        snprintf(tmp, scratch, "%.*e", gprec, a);
        precision = prec + 1;
        break;
    case 'g':
        if (precision == 0) {
            precision = 1;
        }
        snprintf(tmp, scratch, "%.*e", (precision > 1100 ? 1100 : precision) - 1, a);
        break;
    case 'f':
        snprintf(tmp, scratch, "%.*f", gprec, a);
        break;
    default: // 'r'
        kr_dtoa_repr(a, tmp);
        break;
    }
    split_number(tmp, dig, &nd, &decpt);
    kr_mem_free(vm, tmp, scratch);
    if ((flags & DTS_NO_NEG_0) && nd == 1 && dig[0] == '0') {
        negative = false;
    }

    // Layout (pystrtod.c format_float_short).
    bool alt = flags & DTS_ALT, add_dot_0 = flags & DTS_ADD_DOT_0;
    bool use_exp = false;
    int64_t vend = (int64_t)nd;
    switch (type) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) {
            use_exp = true;
        }
        if (alt) {
            vend = precision;
        }
        break;
    default:
        if (decpt <= -4 || decpt > 16) {
            use_exp = true;
        }
        break;
    }
    int64_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) {
        vend = vend > decpt ? vend : decpt + 1;
    } else {
        vend = vend > decpt ? vend : decpt;
    }
    size_t need = (size_t)(vend - vstart) + 16;
    if (need > ((size_t)1 << 16) && kr_tick(vm, (int64_t)(need >> 10)) < 0) {
        kr_mem_free(vm, dig, scratch);
        return -1;
    }
    ft->cap = need;
    ft->buf = kr_mem_alloc(vm, need);
    if (!ft->buf) {
        kr_mem_free(vm, dig, scratch);
        return -1;
    }
    char *p = ft->buf;
    int64_t dlen = (int64_t)nd;
    if (negative) {
        *p++ = '-';
    }
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vstart));
        p += 0 - vstart;
    }
    if (0 < decpt && decpt <= dlen) {
        memcpy(p, dig, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, dig + decpt, (size_t)(dlen - decpt));
        p += dlen - decpt;
    } else {
        memcpy(p, dig, (size_t)dlen);
        p += dlen;
    }
    if (dlen < decpt) {
        memset(p, '0', (size_t)(decpt - dlen));
        p += decpt - dlen;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - dlen));
        p += vend - dlen;
    }
    if (p[-1] == '.' && !alt) {
        p--;
    }
    if (use_exp) {
        p += snprintf(p, 16, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    }
    *p = 0;
    ft->len = (size_t)(p - ft->buf);
    kr_mem_free(vm, dig, scratch);
    return 0;
}

// format_float_internal: [sp] already parsed; type among 0 e E f F g G n %.
static Value format_float_spec(KrVm *vm, double d, const Spec *sp) {
    if (sp->precision > INT_MAX) {
        return kr_raise(vm, EXC_ValueError, "precision too big");
    }
    int prec = (int)sp->precision;
    int flags = 0;
    int default_prec = 6;
    char type = (char)sp->type;
    if (sp->alternate) {
        flags |= DTS_ALT;
    }
    if (sp->no_neg_0) {
        flags |= DTS_NO_NEG_0;
    }
    if (type == 0) {
        flags |= DTS_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') {
        type = 'g';
    }
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        d *= 100;
        add_pct = true;
    }
    if (prec < 0) {
        prec = default_prec;
    } else if (type == 'r') {
        type = 'g';
    }
    if (type == 'E' || type == 'F' || type == 'G') {
        flags |= DTS_UPPER;
        type = (char)(type + 32);
    }
    FloatText ft;
    if (double_to_text(vm, d, type, prec, flags, &ft) < 0) {
        return VAL_EXC;
    }
    if (add_pct) {
        // double_to_text leaves at least 16 spare bytes
        ft.buf[ft.len++] = '%';
    }
    NumParts np = {0};
    size_t i = 0;
    if (ft.buf[0] == '-') {
        np.negative = true;
        i = 1;
    }
    np.digits = ft.buf + i;
    size_t j = i;
    while (j < ft.len && ft.buf[j] >= '0' && ft.buf[j] <= '9') {
        j++;
    }
    np.n_digits = j - i;
    np.rest = ft.buf + j;
    np.n_rest = ft.len - j;
    np.rest_cp = (int64_t)np.n_rest;
    Value r = emit_number(vm, sp, &np, false);
    ft_free(vm, &ft);
    return r;
}

// ----- Public formatters -----

Value kr_format_float(KrVm *vm, double d, const char *spec, size_t len) {
    if (len == 0) {
        return kr_float_repr(vm, d);
    }
    Spec sp;
    if (parse_spec(vm, spec, len, "float", 0, '>', &sp) < 0) {
        return VAL_EXC;
    }
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(vm, d, &sp);
    default:
        return unknown_code(vm, sp.type, "float");
    }
}

// One part of a complex number laid out with [sp] (no width): sign, grouping, remainder.
static Value complex_part(KrVm *vm, double d, char type, int prec, int flags, const Spec *sp) {
    FloatText ft;
    if (double_to_text(vm, d, type, prec, flags, &ft) < 0) {
        return VAL_EXC;
    }
    NumParts np = {0};
    size_t i = 0;
    if (ft.buf[0] == '-') {
        np.negative = true;
        i = 1;
    }
    np.digits = ft.buf + i;
    size_t j = i;
    while (j < ft.len && ft.buf[j] >= '0' && ft.buf[j] <= '9') {
        j++;
    }
    np.n_digits = j - i;
    np.rest = ft.buf + j;
    np.n_rest = ft.len - j;
    np.rest_cp = (int64_t)np.n_rest;
    Value r = emit_number(vm, sp, &np, false);
    ft_free(vm, &ft);
    return r;
}

// CPython's format_complex_internal: both parts formatted alike, the imaginary one always
// signed unless the real part is omitted, then padded as a whole.
Value kr_format_complex(KrVm *vm, double re, double im, const char *spec, size_t len) {
    if (len == 0) {
        return kr_str(vm, kr_complex_new(vm, re, im));
    }
    Spec sp;
    if (parse_spec(vm, spec, len, "complex", 0, '>', &sp) < 0) {
        return VAL_EXC;
    }
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_code(vm, sp.type, "complex");
    }
    if (sp.precision > INT_MAX) {
        return kr_raise(vm, EXC_ValueError, "precision too big");
    }
    if (sp.fill == '0') {
        return kr_raise(vm, EXC_ValueError,
                        "Zero padding is not allowed in complex format specifier");
    }
    if (sp.align == '=') {
        return kr_raise(vm, EXC_ValueError,
                        "'=' alignment flag is not allowed in complex format specifier");
    }
    int prec = (int)sp.precision, flags = 0, default_prec = 6;
    char type = (char)sp.type;
    bool skip_re = false, parens = false;
    if (sp.alternate) {
        flags |= DTS_ALT;
    }
    if (sp.no_neg_0) {
        flags |= DTS_NO_NEG_0;
    }
    if (type == 0) {
        type = 'r';
        default_prec = 0;
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
    }
    if (type == 'n') {
        type = 'g';
    }
    if (prec < 0) {
        prec = default_prec;
    } else if (type == 'r') {
        type = 'g';
    }
    if (type == 'E' || type == 'F' || type == 'G') {
        flags |= DTS_UPPER;
        type = (char)(type + 32);
    }
    Spec part = sp;
    set_fill(&part, ' ');
    part.align = '<';
    part.width = -1;
    Value rv = VAL_UNDEF;
    if (!skip_re) {
        rv = complex_part(vm, re, type, prec, flags, &part);
        if (IS_EXC(rv)) {
            return VAL_EXC;
        }
        part.sign = '+';
    }
    Value iv = complex_part(vm, im, type, prec, flags, &part);
    if (IS_EXC(iv)) {
        return VAL_EXC;
    }
    int64_t body = AS_STR(iv)->nchars + 1 + (parens ? 2 : 0) + (skip_re ? 0 : AS_STR(rv)->nchars);
    int64_t pad = sp.width > body ? sp.width - body : 0, lpad = 0, rpad = 0;
    switch (sp.align) {
    case '<': rpad = pad; break;
    case '^': lpad = pad / 2; rpad = pad - lpad; break;
    default: lpad = pad; break;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int r = reserve_padded(&sb, pad, sp.fill_len, (size_t)body + 8);
    if (r == 0) {
        r = put_fill(&sb, sp.fill_utf8, sp.fill_len, lpad);
    }
    if (r == 0 && parens) {
        r = kr_sb_addc(&sb, '(');
    }
    if (r == 0 && !skip_re) {
        r = kr_sb_add_str(&sb, rv);
    }
    if (r == 0) {
        r = kr_sb_add_str(&sb, iv);
    }
    if (r == 0) {
        r = kr_sb_addc(&sb, 'j');
    }
    if (r == 0 && parens) {
        r = kr_sb_addc(&sb, ')');
    }
    if (r == 0) {
        r = put_fill(&sb, sp.fill_utf8, sp.fill_len, rpad);
    }
    if (r < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

// Digits of |v| in [base] into a kr_mem buffer (*cap bytes). Sets *neg.
static char *int_digits(KrVm *vm, Value v, int base, bool *neg, size_t *n, size_t *cap) {
    if (IS_INT(v) || IS_BOOL(v)) {
        int64_t x = IS_BOOL(v) ? (AS_BOOL(v) ? 1 : 0) : AS_INT(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        *neg = x < 0;
        char tmp[72];
        size_t k = sizeof tmp;
        do {
            unsigned dgt = (unsigned)(u % (unsigned)base);
            tmp[--k] = (char)(dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
            u /= (unsigned)base;
        } while (u);
        *cap = sizeof tmp - k;
        char *b = kr_mem_alloc(vm, *cap);
        if (!b) {
            return NULL;
        }
        memcpy(b, tmp + k, *cap);
        *n = *cap;
        return b;
    }
    Value s = base == 10 ? kr_int_repr(vm, v) : kr_int_to_base(vm, v, base, false);
    if (IS_EXC(s)) {
        return NULL;
    }
    const char *p = AS_STR(s)->data;
    size_t len = (size_t)AS_STR(s)->len;
    *neg = false;
    if (len && p[0] == '-') {
        *neg = true;
        p++;
        len--;
    }
    if (len >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'o' || p[1] == 'b')) {
        p += 2;
        len -= 2;
    }
    *cap = len ? len : 1;
    char *b = kr_mem_alloc(vm, *cap);
    if (!b) {
        return NULL;
    }
    memcpy(b, p, len);
    *n = len;
    return b;
}

static Value format_long_spec(KrVm *vm, Value v, const Spec *sp) {
    if (sp->precision != -1) {
        return kr_raise(vm, EXC_ValueError, "Precision not allowed in integer format specifier");
    }
    if (sp->no_neg_0) {
        return kr_raise(vm, EXC_ValueError,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    }
    NumParts np = {0};
    if (sp->type == 'c') {
        if (sp->sign) {
            return kr_raise(vm, EXC_ValueError,
                            "Sign not allowed with integer format specifier 'c'");
        }
        if (sp->alternate) {
            return kr_raise(vm, EXC_ValueError,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        int64_t x;
        if (IS_BOOL(v)) {
            x = AS_BOOL(v);
        } else if (kr_int_to_int64(vm, v, &x) < 0) {
            return VAL_EXC;
        }
        if (x < 0 || x > 0x10ffff) {
            return kr_raise(vm, EXC_OverflowError, "%%c arg not in range(0x110000)");
        }
        char ch[4];
        np.rest = ch;
        np.n_rest = kr_utf8_encode((uint32_t)x, ch);
        np.rest_cp = 1;
        return emit_number(vm, sp, &np, false);
    }
    int base = 10;
    const char *prefix = NULL;
    switch (sp->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    size_t n, cap;
    char *d = int_digits(vm, v, base, &np.negative, &n, &cap);
    if (!d) {
        return VAL_EXC;
    }
    if (sp->alternate && prefix) {
        np.prefix = prefix;
        np.n_prefix = 2;
    }
    np.digits = d;
    np.n_digits = n;
    Value r = emit_number(vm, sp, &np, sp->type == 'X');
    kr_mem_free(vm, d, cap);
    return r;
}

// The common int specs without a StrBuf: [[fill]align][0][width][d] with an ASCII fill, for
// an unboxed int. Returns VAL_UNDEF when the spec needs the general path. Parsing follows
// CPython's parse_internal_render_format_spec (a '0' without an explicit fill pads with '0'
// and, without an explicit alignment, aligns with '=').
static Value format_int_fast(KrVm *vm, int64_t x, const char *spec, size_t len) {
    size_t pos = 0;
    char fill = ' ', align = '>';
    bool fill_given = false, align_given = false;
    if (len >= 2 && strchr("<>=^", spec[1]) && spec[1] && (unsigned char)spec[0] < 0x80) {
        fill = spec[0];
        align = spec[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (len >= 1 && strchr("<>=^", spec[0]) && spec[0]) {
        align = spec[0];
        align_given = true;
        pos = 1;
    }
    if (!fill_given && pos < len && spec[pos] == '0') {
        fill = '0';
        if (!align_given) {
            align = '=';
        }
        pos++;
    }
    size_t width = 0;
    while (pos < len && spec[pos] >= '0' && spec[pos] <= '9') {
        width = width * 10 + (size_t)(spec[pos++] - '0');
        if (width > 4096) {
            return VAL_UNDEF;
        }
    }
    if (pos < len && spec[pos] == 'd') {
        pos++;
    }
    if (pos != len) {
        return VAL_UNDEF;
    }
    char digits[KR_I64_DIGITS];
    size_t nd = kr_u64_digits(x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, digits);
    size_t body = nd + (x < 0 ? 1 : 0);
    size_t total = body > width ? body : width, pad = total - body;
    Str *out = kr_str_alloc(vm, (int64_t)total, (int64_t)total);
    if (!out) {
        return VAL_EXC;
    }
    char *d = out->data;
    size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : align == '=' ? 0 : pad;
    size_t mid = align == '=' ? pad : 0;
    memset(d, fill, left);
    d += left;
    if (x < 0) {
        *d++ = '-';
    }
    memset(d, fill, mid);
    d += mid;
    memcpy(d, digits + sizeof digits - nd, nd);
    d += nd;
    memset(d, fill, pad - left - mid);
    return kr_obj(out);
}

Value kr_format_int(KrVm *vm, Value v, const char *spec, size_t len) {
    if (len == 0) {
        return kr_str(vm, v);
    }
    if (IS_INT(v)) {
        Value r = format_int_fast(vm, AS_INT(v), spec, len);
        if (!IS_UNDEF(r)) {
            return r;
        }
    }
    const char *tyname = IS_BOOL(v) ? "bool" : "int";
    Spec sp;
    if (parse_spec(vm, spec, len, tyname, 'd', '>', &sp) < 0) {
        return VAL_EXC;
    }
    switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long_spec(vm, v, &sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (IS_BOOL(v)) {
            d = AS_BOOL(v) ? 1.0 : 0.0;
        } else if (IS_INT(v)) {
            d = (double)AS_INT(v);
        } else {
            bool overflow = false;
            d = kr_int_to_double(vm, v, &overflow);
            if (overflow) {
                return kr_raise(vm, EXC_OverflowError, "int too large to convert to float");
            }
        }
        return format_float_spec(vm, d, &sp);
    }
    default:
        return unknown_code(vm, sp.type, tyname);
    }
}

Value kr_format_str(KrVm *vm, Value s, const char *spec, size_t len) {
    if (len == 0) {
        return s;
    }
    Spec sp;
    if (parse_spec(vm, spec, len, "str", 's', '<', &sp) < 0) {
        return VAL_EXC;
    }
    if (sp.type != 's') {
        return unknown_code(vm, sp.type, "str");
    }
    if (sp.sign == ' ') {
        return kr_raise(vm, EXC_ValueError, "Space not allowed in string format specifier");
    }
    if (sp.sign) {
        return kr_raise(vm, EXC_ValueError, "Sign not allowed in string format specifier");
    }
    if (sp.no_neg_0) {
        return kr_raise(vm, EXC_ValueError,
                        "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (sp.alternate) {
        return kr_raise(vm, EXC_ValueError,
                        "Alternate form (#) not allowed in string format specifier");
    }
    if (sp.align == '=') {
        return kr_raise(vm, EXC_ValueError, "'=' alignment not allowed in string format specifier");
    }
    Str *str = AS_STR(s);
    int64_t nch = str->nchars;
    if ((sp.width == -1 || sp.width <= nch) && (sp.precision == -1 || sp.precision >= nch)) {
        return s;
    }
    int64_t n = nch;
    size_t nbytes = (size_t)str->len;
    if (sp.precision >= 0 && n >= sp.precision) {
        n = sp.precision;
        if (str->nchars == str->len) {
            nbytes = (size_t)n;
        } else {
            size_t pos = 0;
            for (int64_t i = 0; i < n; i++) {
                cp_next(str->data, (size_t)str->len, &pos);
            }
            nbytes = pos;
        }
    }
    int64_t total = sp.width > n ? sp.width : n;
    int64_t lpad = 0;
    if (sp.align == '>') {
        lpad = total - n;
    } else if (sp.align == '^') {
        lpad = (total - n) / 2;
    }
    int64_t rpad = total - n - lpad;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (reserve_padded(&sb, total - n, sp.fill_len, nbytes) < 0 ||
        put_fill(&sb, sp.fill_utf8, sp.fill_len, lpad) < 0 ||
        kr_sb_add(&sb, AS_STR(s)->data, nbytes) < 0 ||
        put_fill(&sb, sp.fill_utf8, sp.fill_len, rpad) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

// ----- str.format / str.format_map -----

typedef enum { ANS_INIT, ANS_AUTO, ANS_MANUAL } AutoState;

typedef struct {
    const Value *argv;
    int argc;
    bool positional; // false: format_map (positional fields are an error)
    Value kw; // mapping or VAL_UNDEF
    AutoState an_state;
    int64_t an_next;
} FmtCtx;

// CPython's get_integer for field names: -1 if not all decimal digits (or empty), -2 on error.
static int64_t field_integer(KrVm *vm, const char *s, size_t len) {
    if (len == 0) {
        return -1;
    }
    int64_t acc = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return -1;
        }
        int d = s[i] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            kr_raise(vm, EXC_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static Value get_field_object(KrVm *vm, FmtCtx *ctx, const char *s, size_t len) {
    size_t i = 0;
    while (i < len && s[i] != '.' && s[i] != '[') {
        i++;
    }
    int64_t idx = field_integer(vm, s, i);
    if (idx == -2) {
        return VAL_EXC;
    }
    bool empty = i == 0;
    bool numeric = empty || idx != -1;
    if (ctx->an_state == ANS_INIT && numeric) {
        ctx->an_state = empty ? ANS_AUTO : ANS_MANUAL;
    }
    if (numeric) {
        if (ctx->an_state == ANS_MANUAL && empty) {
            return kr_raise(vm, EXC_ValueError, "cannot switch from manual field specification to "
                                                "automatic field numbering");
        }
        if (ctx->an_state == ANS_AUTO && !empty) {
            return kr_raise(vm, EXC_ValueError, "cannot switch from automatic field numbering to "
                                                "manual field specification");
        }
    }
    if (empty) {
        idx = ctx->an_next++;
    }
    Value obj;
    if (idx == -1) {
        Value key = kr_str_new(vm, s, i);
        if (IS_EXC(key)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(ctx->kw)) {
            return kr_raise_with_arg(vm, EXC_KeyError, key);
        }
        obj = kr_getitem(vm, ctx->kw, key);
    } else {
        if (!ctx->positional) {
            return kr_raise(vm, EXC_ValueError, "Format string contains positional fields");
        }
        if (idx >= ctx->argc) {
            return raisef(vm, EXC_IndexError,
                          "Replacement index %lld out of range for positional args tuple",
                          (long long)idx);
        }
        obj = ctx->argv[idx];
    }
    if (IS_EXC(obj)) {
        return VAL_EXC;
    }
    // The rest: .attr and [key] lookups.
    while (i < len) {
        char c = s[i++];
        size_t start = i, end;
        if (c == '.') {
            while (i < len && s[i] != '.' && s[i] != '[') {
                i++;
            }
            end = i;
            if (start == end) {
                return kr_raise(vm, EXC_ValueError, "Empty attribute in format string");
            }
            Value name = kr_str_new(vm, s + start, end - start);
            if (IS_EXC(name)) {
                return VAL_EXC;
            }
            obj = kr_getattr(vm, obj, name);
        } else if (c == '[') {
            while (i < len && s[i] != ']') {
                i++;
            }
            if (i >= len) {
                return kr_raise(vm, EXC_ValueError, "Missing ']' in format string");
            }
            end = i++;
            int64_t k = field_integer(vm, s + start, end - start);
            if (k == -2) {
                return VAL_EXC;
            }
            if (start == end) {
                return kr_raise(vm, EXC_ValueError, "Empty attribute in format string");
            }
            Value key;
            if (k == -1) {
                key = kr_str_new(vm, s + start, end - start);
                if (IS_EXC(key)) {
                    return VAL_EXC;
                }
            } else {
                key = kr_int(k);
            }
            obj = kr_getitem(vm, obj, key);
        } else {
            return kr_raise(vm, EXC_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (IS_EXC(obj)) {
            return VAL_EXC;
        }
    }
    return obj;
}

// format(obj, spec) with the spec given as bytes; fast paths for the built-in scalars.
static Value format_with(KrVm *vm, Value obj, const char *spec, size_t len) {
    if (IS_STR(obj)) {
        return kr_format_str(vm, obj, spec, len);
    }
    if (IS_INT(obj) || IS_BOOL(obj) || IS_BIGINT(obj)) {
        return kr_format_int(vm, obj, spec, len);
    }
    if (IS_FLOAT(obj)) {
        return kr_format_float(vm, AS_FLOAT(obj), spec, len);
    }
    Value sv = VAL_UNDEF;
    if (len) {
        sv = kr_str_new(vm, spec, len);
        if (IS_EXC(sv)) {
            return VAL_EXC;
        }
    }
    return kr_format(vm, obj, sv);
}

static int build_string(KrVm *vm, FmtCtx *ctx, const char *s, size_t len, int depth, StrBuf *out);

// Parse and render one replacement field starting just after its '{' at *pos.
static int do_field(KrVm *vm, FmtCtx *ctx, const char *s, size_t len, size_t *pos, int depth,
                    StrBuf *out) {
    size_t i = *pos;
    size_t name_start = i;
    char c = 0;
    while (i < len) {
        c = s[i++];
        if (c == '{') {
            kr_raise(vm, EXC_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < len && s[i] != ']') {
                i++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    size_t name_end = i - 1;
    uint32_t conversion = 0;
    size_t spec_start = 0, spec_end = 0;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool have_spec = true;
        if (c == '!') {
            if (i >= len) {
                kr_raise(vm, EXC_ValueError,
                         "end of string while looking for conversion specifier");
                return -1;
            }
            conversion = cp_next(s, len, &i);
            if (i < len) {
                char c2 = s[i++];
                if (c2 == '}') {
                    have_spec = false;
                } else if (c2 != ':') {
                    kr_raise(vm, EXC_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (have_spec) {
            spec_start = i;
            int count = 1;
            bool closed = false;
            while (i < len) {
                char d = s[i++];
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}') {
                    if (--count == 0) {
                        spec_end = i - 1;
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed) {
                kr_raise(vm, EXC_ValueError, "unmatched '{' in format spec");
                return -1;
            }
        }
    } else if (c != '}' || name_end < name_start) {
        kr_raise(vm, EXC_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;

    Value obj = get_field_object(vm, ctx, s + name_start, name_end - name_start);
    if (IS_EXC(obj)) {
        return -1;
    }
    if (conversion) {
        switch (conversion) {
        case 'r': obj = kr_repr(vm, obj); break;
        case 's': obj = kr_str(vm, obj); break;
        case 'a': obj = kr_ascii(vm, obj); break;
        default:
            if (conversion > 32 && conversion < 127) {
                raisef(vm, EXC_ValueError, "Unknown conversion specifier %c", (char)conversion);
            } else {
                raisef(vm, EXC_ValueError, "Unknown conversion specifier \\x%x",
                       (unsigned)conversion);
            }
            return -1;
        }
        if (IS_EXC(obj)) {
            return -1;
        }
    }
    Value r;
    if (expand) {
        StrBuf sub;
        kr_sb_init(&sub, vm);
        if (build_string(vm, ctx, s + spec_start, spec_end - spec_start, depth - 1, &sub) < 0) {
            kr_sb_free(&sub);
            return -1;
        }
        r = format_with(vm, obj, sub.data ? sub.data : "", sub.len);
        kr_sb_free(&sub);
    } else {
        r = format_with(vm, obj, s + spec_start, spec_end - spec_start);
    }
    if (IS_EXC(r)) {
        return -1;
    }
    if (!IS_STR(r)) {
        kr_raise(vm, EXC_TypeError, "__format__ must return a str, not %T", r);
        return -1;
    }
    return kr_sb_add_str(out, r);
}

static int build_string(KrVm *vm, FmtCtx *ctx, const char *s, size_t len, int depth, StrBuf *out) {
    if (depth <= 0) {
        kr_raise(vm, EXC_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t pos = 0;
    while (pos < len) {
        size_t start = pos;
        char c = 0;
        bool markup = false;
        while (pos < len) {
            c = s[pos++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= len;
        size_t lit = pos - start;
        if (c == '}' && markup && (at_end || s[pos] != '}')) {
            kr_raise(vm, EXC_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (at_end && c == '{' && markup) {
            kr_raise(vm, EXC_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (markup && !at_end) {
            if (s[pos] == c) {
                pos++; // escaped {{ or }}: keep one
                markup = false;
            } else {
                lit--;
            }
        }
        if (kr_sb_add(out, s + start, lit) < 0) {
            return -1;
        }
        if (markup) {
            if (kr_tick(vm, 1) < 0) {
                return -1;
            }
            if (do_field(vm, ctx, s, len, &pos, depth, out) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static Value str_format_impl(KrVm *vm, Value fmt, FmtCtx *ctx) {
    StrBuf sb;
    kr_sb_init(&sb, vm);
    Str *f = AS_STR(fmt);
    if (build_string(vm, ctx, f->data, (size_t)f->len, 2, &sb) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

Value kr_str_format(KrVm *vm, Value fmt, int argc, const Value *argv, Value kw) {
    FmtCtx ctx = {argv, argc, true, kw, ANS_INIT, 0};
    return str_format_impl(vm, fmt, &ctx);
}

Value kr_str_format_map(KrVm *vm, Value fmt, Value mapping) {
    FmtCtx ctx = {NULL, 0, false, mapping, ANS_INIT, 0};
    return str_format_impl(vm, fmt, &ctx);
}

// ----- printf-style formatting: str % args, bytes % args -----

#define F_LJUST 1
#define F_SIGN 2
#define F_BLANK 4
#define F_ALT 8
#define F_ZERO 16

typedef struct {
    bool is_bytes;
    const char *fmt;
    size_t len;
    size_t pos;     // byte position
    int64_t cpos;   // code point position (for error messages)
    Value args;     // current argument source
    int64_t arglen; // -1: single object
    int64_t argidx;
    Value dict; // mapping or VAL_UNDEF
} ModCtx;

static Value next_arg(KrVm *vm, ModCtx *c) {
    int64_t idx = c->argidx;
    if (idx < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) {
            return c->args;
        }
        return AS_TUPLE(c->args)->items[idx];
    }
    return kr_raise(vm, EXC_TypeError, "not enough arguments for format string");
}

// Read the next format character (code point for str, byte for bytes); -1 at the end.
static int64_t mod_getc(ModCtx *c) {
    if (c->pos >= c->len) {
        c->pos++; // mirror CPython's fmtcnt going negative
        c->cpos++;
        return -1;
    }
    c->cpos++;
    if (c->is_bytes) {
        return (unsigned char)c->fmt[c->pos++];
    }
    return cp_next(c->fmt, c->len, &c->pos);
}

// _PyUnicode_FormatLong: text of integer [iv] for d/i/u/o/x/X with '#' and precision.
static int format_long_text(KrVm *vm, Value iv, int flags, int64_t prec, uint32_t type, StrBuf *o) {
    if (prec > INT_MAX - 3) {
        kr_raise(vm, EXC_OverflowError, "precision too large");
        return -1;
    }
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool neg;
    size_t n, cap;
    char *d = int_digits(vm, iv, base, &neg, &n, &cap);
    if (!d) {
        return -1;
    }
    int r = 0;
    if (neg) {
        r = kr_sb_addc(o, '-');
    }
    if (r == 0 && (flags & F_ALT) && base != 10) {
        r = kr_sb_add(o, type == 'o' ? "0o" : (type == 'X' ? "0X" : "0x"), 2);
    }
    if (r == 0 && prec > (int64_t)n) {
        r = kr_sb_fill(o, '0', (size_t)(prec - (int64_t)n));
    }
    if (r == 0 && type == 'X') {
        for (size_t i = 0; i < n; i++) {
            d[i] = upper_ascii(d[i]);
        }
    }
    if (r == 0) {
        r = kr_sb_add(o, d, n);
    }
    kr_mem_free(vm, d, cap);
    return r;
}

// Text for one conversion into [o]; sets *numeric when sign/zero-fill rules apply.
static int mod_convert(KrVm *vm, ModCtx *c, uint32_t ch, int flags, int64_t prec, Value v,
                       StrBuf *o, bool *numeric) {
    *numeric = false;
    switch (ch) {
    case 's':
    case 'r':
    case 'a':
    case 'b': {
        if (c->is_bytes) {
            if (ch == 'b' || ch == 's') {
                const uint8_t *bp;
                int64_t bn;
                if (!kr_bytes_view(v, &bp, &bn)) {
                    raisef(vm, EXC_TypeError,
                           "%%b requires a bytes-like object, or an object that implements "
                           "__bytes__, not '%.200s'",
                           kr_typename(v));
                    return -1;
                }
                return kr_sb_add(o, (const char *)bp, (size_t)bn);
            }
            Value t = kr_ascii(vm, v);
            if (IS_EXC(t)) {
                return -1;
            }
            return kr_sb_add_str(o, t);
        }
        if (ch == 'b') {
            break;
        }
        Value t = ch == 's' ? (IS_STR(v) ? v : kr_str(vm, v))
                            : ch == 'r' ? kr_repr(vm, v) : kr_ascii(vm, v);
        if (IS_EXC(t)) {
            return -1;
        }
        return kr_sb_add_str(o, t);
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
        *numeric = true;
        Value iv = v;
        if (IS_FLOAT(v)) {
            if (ch == 'o' || ch == 'x' || ch == 'X') {
                raisef(vm, EXC_TypeError, "%%%c format: an integer is required, not float",
                       (char)ch);
                return -1;
            }
            iv = kr_int_from_double(vm, trunc(AS_FLOAT(v)));
            if (IS_EXC(iv)) {
                return -1;
            }
        } else if (!kr_is_intlike(v)) {
            raisef(vm, EXC_TypeError, "%%%c format: %s is required, not %.200s",
                   (c->is_bytes && ch == 'i') ? 'd' : (char)ch,
                   (ch == 'o' || ch == 'x' || ch == 'X') ? "an integer" : "a real number",
                   kr_typename(v));
            return -1;
        }
        return format_long_text(vm, iv, flags, prec, ch, o);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        *numeric = true;
        double x;
        if (IS_FLOAT(v)) {
            x = AS_FLOAT(v);
        } else if (IS_BOOL(v)) {
            x = AS_BOOL(v);
        } else if (IS_INT(v)) {
            x = (double)AS_INT(v);
        } else if (IS_BIGINT(v)) {
            bool overflow = false;
            x = kr_int_to_double(vm, v, &overflow);
            if (overflow) {
                kr_raise(vm, EXC_OverflowError, "int too large to convert to float");
                return -1;
            }
        } else {
            if (c->is_bytes) {
                raisef(vm, EXC_TypeError, "float argument required, not %.200s", kr_typename(v));
            } else {
                raisef(vm, EXC_TypeError, "must be real number, not %.200s", kr_typename(v));
            }
            return -1;
        }
        int dflags = (flags & F_ALT) ? DTS_ALT : 0;
        char t = (char)ch;
        if (t == 'E' || t == 'F' || t == 'G') {
            dflags |= DTS_UPPER;
            t = (char)(t + 32);
        }
        FloatText ft;
        if (double_to_text(vm, x, t, prec < 0 ? 6 : (int)prec, dflags, &ft) < 0) {
            return -1;
        }
        int r = kr_sb_add(o, ft.buf, ft.len);
        ft_free(vm, &ft);
        return r;
    }
    case 'c': {
        if (c->is_bytes) {
            const uint8_t *bp;
            int64_t bn;
            if (kr_bytes_view(v, &bp, &bn) && bn == 1) {
                return kr_sb_addc(o, (char)bp[0]);
            }
            if (!kr_is_intlike(v)) {
                kr_raise(vm, EXC_TypeError,
                         "%%c requires an integer in range(256) or a single byte");
                return -1;
            }
            int64_t x = 0;
            if (IS_BIGINT(v) || (x = IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v)) < 0 || x > 255) {
                kr_raise(vm, EXC_OverflowError, "%%c arg not in range(256)");
                return -1;
            }
            return kr_sb_addc(o, (char)x);
        }
        uint32_t cp;
        if (IS_STR(v)) {
            if (AS_STR(v)->nchars != 1) {
                kr_raise(vm, EXC_TypeError, "%%c requires int or char");
                return -1;
            }
            size_t p = 0;
            cp = cp_next(AS_STR(v)->data, (size_t)AS_STR(v)->len, &p);
        } else if (kr_is_intlike(v)) {
            int64_t x = 0;
            if (IS_BIGINT(v) || (x = IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v)) < 0 || x > 0x10ffff) {
                kr_raise(vm, EXC_OverflowError, "%%c arg not in range(0x110000)");
                return -1;
            }
            cp = (uint32_t)x;
        } else {
            kr_raise(vm, EXC_TypeError, "%%c requires int or char");
            return -1;
        }
        char u[4];
        return kr_sb_add(o, u, kr_utf8_encode(cp, u));
    }
    default:
        break;
    }
    int64_t at = c->cpos - 1;
    raisef(vm, EXC_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
           (ch >= 31 && ch <= 126) ? (char)ch : '?', (unsigned)ch, (long long)at);
    return -1;
}

// Pad [txt] into [out] following unicode_format_arg_output.
static int mod_output(KrVm *vm, ModCtx *c, uint32_t ch, int flags, int64_t width, int64_t prec,
                      bool numeric, const char *txt, size_t tlen, StrBuf *out) {
    int64_t len = c->is_bytes ? (int64_t)tlen : kr_utf8_count(txt, tlen);
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len) &&
        !(flags & (F_SIGN | F_BLANK))) {
        return kr_sb_add(out, txt, tlen);
    }
    size_t nbytes = tlen;
    if (ch == 's' || ch == 'r' || ch == 'a' || ch == 'b') {
        if (prec >= 0 && len >= prec) {
            len = prec;
            if (c->is_bytes) {
                nbytes = (size_t)prec;
            } else {
                size_t p = 0;
                for (int64_t i = 0; i < prec; i++) {
                    cp_next(txt, tlen, &p);
                }
                nbytes = p;
            }
        }
    }
    char fill = (numeric && (flags & F_ZERO)) ? '0' : ' ';
    bool sign = numeric;
    char signc = 0;
    size_t pi = 0;
    if (sign) {
        if (txt[0] == '-' || txt[0] == '+') {
            signc = txt[0];
            len--;
            pi = 1;
            nbytes--;
        } else if (flags & F_SIGN) {
            signc = '+';
        } else if (flags & F_BLANK) {
            signc = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) {
        width = len;
    }
    if (reserve_padded(out, width + 2, 1, nbytes + 4) < 0) {
        return -1;
    }
    if (sign) {
        if (fill != ' ' && kr_sb_addc(out, signc) < 0) {
            return -1;
        }
        if (width > len) {
            width--;
        }
    }
    bool pfx = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (pfx) {
        if (fill != ' ') {
            if (kr_sb_add(out, txt + pi, 2) < 0) {
                return -1;
            }
            pi += 2;
        }
        width -= 2;
        if (width < 0) {
            width = 0;
        }
        len -= 2;
        nbytes -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        if (kr_sb_fill(out, fill, (size_t)(width - len)) < 0) {
            return -1;
        }
        width = len;
    }
    if (fill == ' ') {
        if (sign && kr_sb_addc(out, signc) < 0) {
            return -1;
        }
        if (pfx) {
            if (kr_sb_add(out, txt + pi, 2) < 0) {
                return -1;
            }
            pi += 2;
        }
    }
    if (kr_sb_add(out, txt + pi, nbytes) < 0) {
        return -1;
    }
    if (width > len && kr_sb_fill(out, ' ', (size_t)(width - len)) < 0) {
        return -1;
    }
    return 0;
}

// One conversion after a '%' (unicode_format_arg). c->pos is just past the '%'.
static int mod_arg(KrVm *vm, ModCtx *c, StrBuf *out) {
    if (c->pos < c->len && c->fmt[c->pos] == '%') {
        c->pos++;
        c->cpos++;
        return kr_sb_addc(out, '%');
    }
    int flags = 0;
    int64_t width = -1, prec = -1;
    int64_t ch = 0;
    if (c->pos < c->len && c->fmt[c->pos] == '(') {
        if (IS_UNDEF(c->dict)) {
            kr_raise(vm, EXC_TypeError, "format requires a mapping");
            return -1;
        }
        c->pos++;
        c->cpos++;
        size_t kstart = c->pos;
        int depth = 1;
        while (depth > 0 && c->pos < c->len) {
            char k = c->fmt[c->pos++];
            if ((unsigned char)k < 0x80 || (unsigned char)k >= 0xc0) {
                c->cpos++;
            }
            if (k == ')') {
                depth--;
            } else if (k == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            kr_raise(vm, EXC_ValueError, "incomplete format key");
            return -1;
        }
        size_t klen = c->pos - kstart - 1;
        Value key = c->is_bytes ? kr_bytes_new(vm, (const uint8_t *)c->fmt + kstart, klen)
                                : kr_str_new(vm, c->fmt + kstart, klen);
        if (IS_EXC(key)) {
            return -1;
        }
        Value a = kr_getitem(vm, c->dict, key);
        if (IS_EXC(a)) {
            return -1;
        }
        c->args = a;
        c->arglen = -1;
        c->argidx = -2;
    }
    for (;;) {
        ch = mod_getc(c);
        if (ch == '-') {
            flags |= F_LJUST;
        } else if (ch == '+') {
            flags |= F_SIGN;
        } else if (ch == ' ') {
            flags |= F_BLANK;
        } else if (ch == '#') {
            flags |= F_ALT;
        } else if (ch == '0') {
            flags |= F_ZERO;
        } else {
            break;
        }
    }
    if (ch == '*') {
        Value v = next_arg(vm, c);
        if (IS_EXC(v)) {
            return -1;
        }
        if (!kr_is_intlike(v)) {
            kr_raise(vm, EXC_TypeError, "* wants int");
            return -1;
        }
        if (IS_BIGINT(v)) {
            kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        width = IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v);
        if (width < 0) {
            flags |= F_LJUST;
            width = width == INT64_MIN ? INT64_MAX : -width;
        }
        ch = mod_getc(c);
    } else if (ch >= '0' && ch <= '9') {
        width = ch - '0';
        for (;;) {
            ch = mod_getc(c);
            if (ch < '0' || ch > '9') {
                break;
            }
            if (width > (INT64_MAX - (ch - '0')) / 10) {
                kr_raise(vm, EXC_ValueError, "width too big");
                return -1;
            }
            width = width * 10 + (ch - '0');
        }
    }
    if (ch == '.') {
        prec = 0;
        ch = mod_getc(c);
        if (ch == '*') {
            Value v = next_arg(vm, c);
            if (IS_EXC(v)) {
                return -1;
            }
            if (!kr_is_intlike(v)) {
                kr_raise(vm, EXC_TypeError, "* wants int");
                return -1;
            }
            int64_t p = IS_BOOL(v) ? AS_BOOL(v) : IS_INT(v) ? AS_INT(v) : INT64_MAX;
            if (p > INT_MAX || p < INT_MIN) {
                kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            prec = p < 0 ? 0 : p;
            ch = mod_getc(c);
        } else if (ch >= '0' && ch <= '9') {
            prec = ch - '0';
            for (;;) {
                ch = mod_getc(c);
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (prec > (INT_MAX - (ch - '0')) / 10) {
                    kr_raise(vm, EXC_ValueError, "precision too big");
                    return -1;
                }
                prec = prec * 10 + (ch - '0');
            }
        }
    }
    if (ch >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
        ch = mod_getc(c);
    }
    if (ch < 0) {
        kr_raise(vm, EXC_ValueError, "incomplete format");
        return -1;
    }
    Value v = next_arg(vm, c);
    if (IS_EXC(v)) {
        return -1;
    }
    StrBuf tmp;
    kr_sb_init(&tmp, vm);
    bool numeric;
    if (mod_convert(vm, c, (uint32_t)ch, flags, prec, v, &tmp, &numeric) < 0) {
        kr_sb_free(&tmp);
        return -1;
    }
    int r = mod_output(vm, c, (uint32_t)ch, flags, width, prec, numeric, tmp.data ? tmp.data : "",
                       tmp.len, out);
    kr_sb_free(&tmp);
    if (r < 0) {
        return -1;
    }
    if (!IS_UNDEF(c->dict) && c->argidx < c->arglen) {
        kr_raise(vm, EXC_TypeError, "not all arguments converted during %s formatting",
                 c->is_bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

static bool is_mapping_arg(Value v) {
    if (IS_TUPLE(v) || IS_STR(v) || IS_BYTES(v)) {
        return false;
    }
    const Type *t = kr_type_of(v);
    return t->getitem != NULL;
}

static Value mod_format(KrVm *vm, Value args, const char *fmt, size_t len, bool is_bytes) {
    ModCtx c = {0};
    c.is_bytes = is_bytes;
    c.fmt = fmt;
    c.len = len;
    c.args = args;
    if (IS_TUPLE(args)) {
        c.arglen = AS_TUPLE(args)->len;
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.dict = is_mapping_arg(args) ? args : VAL_UNDEF;
    StrBuf out;
    kr_sb_init(&out, vm);
    while (c.pos < c.len) {
        if (c.fmt[c.pos] != '%') {
            size_t start = c.pos;
            while (c.pos < c.len && c.fmt[c.pos] != '%') {
                if (is_bytes || (unsigned char)c.fmt[c.pos] < 0x80 ||
                    (unsigned char)c.fmt[c.pos] >= 0xc0) {
                    c.cpos++;
                }
                c.pos++;
            }
            if (kr_sb_add(&out, c.fmt + start, c.pos - start) < 0) {
                goto fail;
            }
            continue;
        }
        c.pos++;
        c.cpos++;
        if (kr_tick(vm, 1) < 0 || mod_arg(vm, &c, &out) < 0) {
            goto fail;
        }
    }
    if (c.argidx < c.arglen && IS_UNDEF(c.dict)) {
        kr_raise(vm, EXC_TypeError, "not all arguments converted during %s formatting",
                 is_bytes ? "bytes" : "string");
        goto fail;
    }
    return is_bytes ? kr_sb_to_bytes(&out) : kr_sb_to_str(&out);
fail:
    kr_sb_free(&out);
    return VAL_EXC;
}

Value kr_str_mod(KrVm *vm, Value fmt, Value args) {
    return mod_format(vm, args, AS_STR(fmt)->data, (size_t)AS_STR(fmt)->len, false);
}

// [fmt] bytes or bytearray; a bytearray format gives a bytearray and is formatted from a
// snapshot (conversions may run Python code that resizes it).
Value kr_bytes_mod(KrVm *vm, Value fmt, Value args) {
    if (IS_BYTEARRAY(fmt)) {
        Value snap = kr_bytes_new(vm, AS_BYTEARRAY(fmt)->data, (size_t)AS_BYTEARRAY(fmt)->len);
        if (IS_EXC(snap)) {
            return snap;
        }
        return kr_bytes_result_as(vm, fmt, kr_bytes_mod(vm, snap, args));
    }
    return mod_format(vm, args, (const char *)AS_BYTES(fmt)->data, (size_t)AS_BYTES(fmt)->len,
                      true);
}
