// vm/str_cformat.c: py_str_format_c, printf-like formatting for messages built in C.
// Layer: vm core (types). The directives are the ones listed at py_raise_fmt
// (vm/except.h), plus %ld %lld %u %x and a precision on %s ("%.200s").
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include "obj_str.h"
#include "except.h"
#include "runtime.h"

// Appends the text of the str value [s].
static void add_str(py_vm_t *vm, py_strbuf_t *b, py_val_t s) {
    py_strbuf_add(vm, b, py_str_bytes(s), py_str_len(s));
}

// Appends a C string, at most [prec] bytes when prec >= 0 (cut at a character boundary).
static void add_cstr(py_vm_t *vm, py_strbuf_t *b, const char *s, long prec) {
    if (s == NULL) s = "(null)";
    size_t n = strlen(s);
    if (prec >= 0 && (size_t)prec < n) {
        n = (size_t)prec;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    py_strbuf_add(vm, b, s, n);
}

// Handles the integer directives at *fmt (after '%' and an optional 'l'/'ll'/'z').
static const char *add_int(py_vm_t *vm, py_strbuf_t *b, const char *f, va_list *ap) {
    char tmp[32];
    int longs = 0;
    bool size = false;
    while (*f == 'l') longs++, f++;
    if (*f == 'z') size = true, f++;
    char conv = *f;
    bool uns = conv == 'u' || conv == 'x';
    const char *spec = conv == 'x' ? "%llx" : uns ? "%llu" : "%lld";
    unsigned long long u = 0;
    long long s = 0;
    if (size) {
        if (uns) u = va_arg(*ap, size_t);
        else s = va_arg(*ap, ptrdiff_t);
    } else if (longs >= 2) {
        if (uns) u = va_arg(*ap, unsigned long long);
        else s = va_arg(*ap, long long);
    } else if (longs == 1) {
        if (uns) u = va_arg(*ap, unsigned long);
        else s = va_arg(*ap, long);
    } else {
        if (uns) u = va_arg(*ap, unsigned);
        else s = va_arg(*ap, int);
    }
    if (uns) snprintf(tmp, sizeof tmp, spec, u);
    else snprintf(tmp, sizeof tmp, spec, s);
    py_strbuf_add_c(vm, b, tmp);
    return f + 1;
}

// Handles the directive after '%' at [f]; returns the position after it.
static const char *directive(py_vm_t *vm, py_strbuf_t *b, const char *f, va_list *ap) {
    long prec = -1;
    if (f[0] == '.' && f[1] == '*') {
        prec = va_arg(*ap, int);
        f += 2;
    } else if (*f == '.') {
        prec = 0;
        for (f++; *f >= '0' && *f <= '9'; f++) prec = prec * 10 + (*f - '0');
    }
    switch (*f) {
    case 's': add_cstr(vm, b, va_arg(*ap, const char *), prec); return f + 1;
    case 'c': py_strbuf_add_char(vm, b, (char)va_arg(*ap, int)); return f + 1;
    case 'R': add_str(vm, b, py_repr(vm, va_arg(*ap, py_val_t))); return f + 1;
    case 'S': add_str(vm, b, py_str_of(vm, va_arg(*ap, py_val_t))); return f + 1;
    case 'N': add_str(vm, b, va_arg(*ap, py_val_t)); return f + 1;
    case 'T': add_cstr(vm, b, py_type_name(vm, va_arg(*ap, py_val_t)), prec); return f + 1;
    case '%': py_strbuf_add_char(vm, b, '%'); return f + 1;
    case 'd': case 'u': case 'x': case 'l': case 'z': return add_int(vm, b, f, ap);
    default:
        // An unknown directive is a bug in a C caller: show it rather than crash.
        py_strbuf_add_char(vm, b, '%');
        return f;
    }
}

py_val_t py_str_vformat_c(py_vm_t *vm, const char *fmt, va_list ap) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    va_list aq;
    va_copy(aq, ap);
    for (const char *f = fmt; *f;) {
        const char *pct = strchr(f, '%');
        if (pct == NULL) {
            py_strbuf_add_c(vm, &b, f);
            break;
        }
        py_strbuf_add(vm, &b, f, (size_t)(pct - f));
        f = pct[1] ? directive(vm, &b, pct + 1, &aq) : pct + 1;
    }
    va_end(aq);
    return py_strbuf_finish(vm, &b);
}

py_val_t py_str_format_c(py_vm_t *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_val_t r = py_str_vformat_c(vm, fmt, ap);
    va_end(ap);
    return r;
}
