// mods/framebuf.c: the framebuf module: FrameBuffer over any writable buffer,
// drawing in MicroPython's pixel formats. Layer: library modules; this file
// parses arguments and fetches buffers, mods/framebuf_draw.c draws.
// SPDX-License-Identifier: MIT

#include <stdlib.h>

#include "builtins.h"
#include "except.h"
#include "framebuf.h"
#include "gc.h"
#include "import.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct framebuf {
    py_obj_t base;
    py_val_t buffer;   // the object whose bytes hold the pixels; PY_NULL before __init__
    int width, height, stride, format;
} framebuf_t;

// Coordinates and sizes beyond this are clamped (fill_rect and the lines
// clip exactly instead): far outside any display, and small enough that
// the drawing code's sums cannot overflow an int.
#define COORD_LIMIT (1 << 28)

static void fb_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((framebuf_t *)o)->buffer); }

static bool is_framebuf(py_vm_t *vm, py_val_t v) {
    // Subclasses get their own mark slot (for their dict): ask the built-in base.
    return py_is_obj(v) && py_class_solid_base(py_type_of(vm, v))->slots.mark == fb_mark;
}

static framebuf_t *fb_self(py_vm_t *vm, py_val_t v) {
    if (!is_framebuf(vm, v))
        py_raise_type_error(vm, "descriptor requires a 'FrameBuffer' object but received a '%T'", v);
    framebuf_t *fb = (framebuf_t *)py_obj(v);
    if (fb->buffer == PY_NULL) py_raise_type_error(vm, "FrameBuffer.__init__() was not called");
    return fb;
}

static int coord(py_vm_t *vm, py_val_t v) {
    int64_t i = py_to_int64(vm, v);
    return (int)(i < -COORD_LIMIT ? -COORD_LIMIT : i > COORD_LIMIT ? COORD_LIMIT : i);
}

// A colour: the low 32 bits of any int, as MicroPython truncates.
static uint32_t colour(py_vm_t *vm, py_val_t v) { return (uint32_t)py_to_int64(vm, v); }

// Checks the geometry against the buffer's current size and fills [view].
// Raises TypeError for a read-only buffer, ValueError if it is too small
// (a bytearray may have shrunk since the FrameBuffer was made). The view is
// valid until the next allocation.
static void get_view(py_vm_t *vm, py_val_t buffer, int w, int h, int stride, int format,
                     bool writable, py_fb_view_t *view) {
    py_buffer_t b;
    if (!py_buffer_get(vm, buffer, &b, writable)) {
        if (writable && py_buffer_get(vm, buffer, &b, false))
            py_raise_type_error(vm, "the buffer of a FrameBuffer must be writable");
        py_raise_type_error(vm, "a bytes-like object is required, not '%T'", buffer);
    }
    if (b.len < py_framebuf_bytes_needed(format, w, h, stride))
        py_raise_value_error(vm, "buffer too small");
    *view = (py_fb_view_t){b.data, w, h, stride, format};
}

static void fb_view(py_vm_t *vm, framebuf_t *fb, py_fb_view_t *view) {
    get_view(vm, fb->buffer, fb->width, fb->height, fb->stride, fb->format, true, view);
}

// ---- construction ------------------------------------------------------------------------------

static const char *const init_kw[] = {"buffer", "width", "height", "format", "stride", NULL};

// Geometry from the arguments (buffer, width, height, format[, stride]), checked.
static void parse_geometry(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                           py_val_t kwnames, py_val_t *out) {
    py_builtins_kwargs(vm, fn, nargs, args, kwnames, init_kw, out);
    if (nargs > 5) py_raise_type_error(vm, "%s() takes at most 5 arguments (%zu given)", fn, nargs);
    for (size_t i = 0; i < nargs; i++) {
        if (out[i] != PY_NULL)
            py_raise_type_error(vm, "argument for %s() given by name ('%s') and position (%zu)", fn,
                                init_kw[i], i + 1);
        out[i] = args[i];
    }
    for (int i = 0; i < 4; i++)
        if (out[i] == PY_NULL)
            py_raise_type_error(vm, "%s() missing required argument '%s' (pos %d)", fn, init_kw[i],
                                i + 1);
}

static void fb_init_from(py_vm_t *vm, framebuf_t *fb, const py_val_t *a, bool writable) {
    int64_t w = py_to_int64(vm, a[1]), h = py_to_int64(vm, a[2]), f = py_to_int64(vm, a[3]);
    int64_t stride = a[4] == PY_NULL || a[4] == PY_NONE ? w : py_to_int64(vm, a[4]);
    if (f < 0 || f >= PY_FB__COUNT) py_raise_value_error(vm, "invalid format");
    if (w < 1 || h < 1 || w > COORD_LIMIT || h > COORD_LIMIT)
        py_raise_value_error(vm, "invalid width or height");
    if (stride < w || stride > COORD_LIMIT) py_raise_value_error(vm, "invalid stride");
    int s = py_framebuf_round_stride((int)f, (int)stride);
    py_fb_view_t view;
    get_view(vm, a[0], (int)w, (int)h, s, (int)f, writable, &view);
    fb->buffer = a[0];
    fb->width = (int)w, fb->height = (int)h, fb->stride = s, fb->format = (int)f;
}

// FrameBuffer(buffer, width, height, format, stride=width). Instances of a
// subclass are only allocated here: its __init__ (FrameBuffer.__init__
// through super(), as display drivers do) sets them up.
static py_val_t fb_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    py_val_t a[5] = {0};
    bool exact = !(type->flags & PY_TF_HEAPTYPE);
    if (exact) parse_geometry(vm, "FrameBuffer", nargs, args, kwnames, a);
    // A subclass instance is bigger: its dict field follows the built-in layout.
    framebuf_t *fb = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    if (exact) fb_init_from(vm, fb, a, true);
    return py_from_obj(fb);
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (!is_framebuf(vm, args[0]))
        py_raise_type_error(vm, "descriptor '__init__' requires a 'FrameBuffer' object");
    py_val_t a[5] = {0};
    parse_geometry(vm, "FrameBuffer", nargs - 1, args + 1, kwnames, a);
    fb_init_from(vm, (framebuf_t *)py_obj(args[0]), a, true);
    return PY_NONE;
}

// FrameBuffer1(buffer, width, height[, stride]): MicroPython's old
// constructor, always MONO_VLSB.
static py_val_t mod_framebuffer1(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)kwnames;
    py_val_t type = py_getattr(vm, py_import_builtin(vm, "framebuf"),
                               py_str_intern_c(vm, "FrameBuffer"));
    py_val_t a[5] = {args[0], args[1], args[2], py_small(PY_FB_MONO_VLSB), PY_NONE};
    if (nargs > 3) a[4] = args[3];
    return py_call(vm, type, 5, a, PY_NULL);
}

// ---- drawing methods --------------------------------------------------------------------------

static py_val_t m_fill(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    uint32_t c = colour(vm, args[1]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_fill_rect(&v, 0, 0, v.width, v.height, c);
    return PY_NONE;
}

// pixel(x, y): the colour, or None outside; pixel(x, y, c) sets it.
static py_val_t m_pixel(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int x = coord(vm, args[1]), y = coord(vm, args[2]);
    uint32_t c = nargs > 3 ? colour(vm, args[3]) : 0;
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    if (x < 0 || y < 0 || x >= v.width || y >= v.height) return PY_NONE;
    if (nargs > 3) {
        py_framebuf_set(&v, x, y, c);
        return PY_NONE;
    }
    return py_small((py_int_t)py_framebuf_get(&v, x, y));
}

// The shared shape of hline, vline, fill_rect and rect: [n] ints then a colour.
static void int_args(py_vm_t *vm, const py_val_t *args, int n, int *out) {
    for (int i = 0; i < n; i++) out[i] = coord(vm, args[i]);
}

// Clips the span [x, x + w) to [0, limit) in 64 bits, so that huge
// arguments still cover the frame as they say.
static void clip_span(py_vm_t *vm, py_val_t xv, py_val_t wv, int limit, int *x, int *w) {
    int64_t a = py_to_int64(vm, xv), n = py_to_int64(vm, wv);
    const int64_t big = (int64_t)1 << 62;
    a = a < -big ? -big : a > big ? big : a;
    n = n < -big ? -big : n > big ? big : n;
    int64_t lo = a < 0 ? 0 : a, hi = a + n > limit ? limit : a + n;
    *x = (int)(lo < limit ? lo : limit);
    *w = (int)(hi > lo ? hi - lo : 0);
}

// The rectangle of fill_rect-like methods, clipped to the frame.
static void rect_args(py_vm_t *vm, framebuf_t *fb, const py_val_t *a, int *r) {
    clip_span(vm, a[0], a[2], fb->width, &r[0], &r[2]);
    clip_span(vm, a[1], a[3], fb->height, &r[1], &r[3]);
}

static py_val_t m_hline(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int r[4];
    py_val_t a[4] = {args[1], args[2], args[3], py_small(1)};
    rect_args(vm, fb, a, r);
    uint32_t c = colour(vm, args[4]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_fill_rect(&v, r[0], r[1], r[2], r[3], c);
    return PY_NONE;
}

static py_val_t m_vline(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int r[4];
    py_val_t a[4] = {args[1], args[2], py_small(1), args[3]};
    rect_args(vm, fb, a, r);
    uint32_t c = colour(vm, args[4]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_fill_rect(&v, r[0], r[1], r[2], r[3], c);
    return PY_NONE;
}

static py_val_t m_fill_rect(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int r[4];
    rect_args(vm, fb, args + 1, r);
    uint32_t c = colour(vm, args[5]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_fill_rect(&v, r[0], r[1], r[2], r[3], c);
    return PY_NONE;
}

// rect(x, y, w, h, c[, f]): the outline, or filled when f is true.
static py_val_t m_rect(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int a[4];
    int_args(vm, args + 1, 4, a);
    uint32_t c = colour(vm, args[5]);
    bool fill = nargs > 6 && py_truthy(vm, args[6]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    int x = a[0], y = a[1], w = a[2], h = a[3];
    if (fill || w < 1 || h < 1) {
        py_framebuf_fill_rect(&v, x, y, w, h, c);
        return PY_NONE;
    }
    py_framebuf_fill_rect(&v, x, y, w, 1, c);
    py_framebuf_fill_rect(&v, x, y + h - 1, w, 1, c);
    py_framebuf_fill_rect(&v, x, y, 1, h, c);
    py_framebuf_fill_rect(&v, x + w - 1, y, 1, h, c);
    return PY_NONE;
}

static py_val_t m_line(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int a[4];
    int_args(vm, args + 1, 4, a);
    uint32_t c = colour(vm, args[5]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_line(&v, a[0], a[1], a[2], a[3], c);
    return PY_NONE;
}

// ellipse(x, y, xr, yr, c[, f[, m]]): m selects quadrants (bit 0 upper right,
// counter-clockwise), all four by default.
static py_val_t m_ellipse(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int a[4];
    int_args(vm, args + 1, 4, a);
    uint32_t c = colour(vm, args[5]);
    bool fill = nargs > 6 && py_truthy(vm, args[6]);
    unsigned mask = nargs > 7 ? (unsigned)py_to_int64(vm, args[7]) & 15 : 15;
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_ellipse(&v, a[0], a[1], a[2], a[3], c, fill, mask);
    return PY_NONE;
}

// One coordinate of a buffer of integers in the struct format [fmt].
static int64_t buffer_item(const uint8_t *p, char fmt) {
    union { int8_t b; uint8_t B; int16_t h; uint16_t H; int32_t i; uint32_t I; int64_t q;
            uint64_t Q; } u;
    switch (fmt) {
    case 'b': memcpy(&u.b, p, 1); return u.b;
    case 'h': memcpy(&u.h, p, 2); return u.h;
    case 'H': memcpy(&u.H, p, 2); return u.H;
    case 'i': memcpy(&u.i, p, 4); return u.i;
    case 'I': memcpy(&u.I, p, 4); return u.I;
    case 'l': case 'q': case 'n': memcpy(&u.q, p, 8); return u.q;
    case 'L': case 'Q': case 'N': memcpy(&u.Q, p, 8); return (int64_t)u.Q;
    default: return *p;   // 'B', 'c' and plain bytes
    }
}

static int32_t clamp_coord(int64_t i) {
    return (int32_t)(i < -COORD_LIMIT ? -COORD_LIMIT : i > COORD_LIMIT ? COORD_LIMIT : i);
}

// The coordinates of poly(): an array (any buffer of integers, as
// MicroPython takes) or, as an extension, a list or tuple of ints. Returns a
// malloc'd array of 3 * pairs ints (the last third is room for the fill),
// or raises before allocating it.
static int32_t *poly_coords(py_vm_t *vm, py_val_t coords, size_t *pairs) {
    py_buffer_t b;
    if (py_buffer_get(vm, coords, &b, false)) {
        if (b.format == 'f' || b.format == 'd' || b.format == 'e' || b.format == '?')
            py_raise_type_error(vm, "poly() coordinates must be integers");
        size_t n = b.len / b.itemsize;
        if (n % 2) py_raise_value_error(vm, "poly() needs an even number of coordinates");
        int32_t *pts = malloc((3 * n / 2 + 1) * sizeof(int32_t));
        if (!pts) py_raise_memory_error(vm);
        for (size_t i = 0; i < n; i++) pts[i] = clamp_coord(buffer_item(b.data + i * b.itemsize, b.format));
        *pairs = n / 2;
        return pts;
    }
    if (!py_is_a(vm, coords, PY_T_list) && !py_is_a(vm, coords, PY_T_tuple))
        py_raise_type_error(vm, "poly() coordinates must be an array, not '%T'", coords);
    const py_val_t *items;
    size_t n;
    if (py_is_a(vm, coords, PY_T_list)) items = py_list_ptr(coords)->items, n = py_list_ptr(coords)->len;
    else items = py_tuple_ptr(coords)->items, n = py_tuple_ptr(coords)->len;
    for (size_t i = 0; i < n; i++)   // checked first: nothing below may raise
        if (!py_is_int(vm, items[i]))
            py_raise_type_error(vm, "poly() coordinates must be integers, not '%T'", items[i]);
    if (n % 2) py_raise_value_error(vm, "poly() needs an even number of coordinates");
    int32_t *pts = malloc((3 * n / 2 + 1) * sizeof(int32_t));
    if (!pts) py_raise_memory_error(vm);
    for (size_t i = 0; i < n; i++) {
        int64_t v;
        pts[i] = py_int_to_i64(items[i], &v) ? clamp_coord(v) : py_int_sign(items[i]) < 0 ? -COORD_LIMIT : COORD_LIMIT;
    }
    *pairs = n / 2;
    return pts;
}

// poly(x, y, coords, c[, f]): a closed polygon through the points of coords.
static py_val_t m_poly(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int x = coord(vm, args[1]), y = coord(vm, args[2]);
    uint32_t c = colour(vm, args[4]);
    bool fill = nargs > 5 && py_truthy(vm, args[5]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);   // checked before the coordinates are copied: nothing raises after
    size_t n;
    int32_t *pts = poly_coords(vm, args[3], &n);
    fb_view(vm, fb, &v);   // re-fetched: cannot raise now, and nothing allocated since
    py_framebuf_poly(&v, x, y, pts, n, c, fill ? pts + 2 * n : NULL);
    free(pts);
    return PY_NONE;
}

// text(s, x, y[, c]): s in the built-in 8x8 font, 8 pixels per character.
static py_val_t m_text(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    py_val_t s = args[1];
    if (!py_is_str(vm, s)) s = py_str_of(vm, s);   // MicroPython prints any object
    int x = coord(vm, args[2]), y = coord(vm, args[3]);
    uint32_t c = nargs > 4 ? colour(vm, args[4]) : 1;
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_text(&v, py_str_bytes(s), py_str_len(s), x, y, c);
    return PY_NONE;
}

static py_val_t m_scroll(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    framebuf_t *fb = fb_self(vm, args[0]);
    int dx = coord(vm, args[1]), dy = coord(vm, args[2]);
    py_fb_view_t v;
    fb_view(vm, fb, &v);
    py_framebuf_scroll(&v, dx, dy);
    return PY_NONE;
}

// A blit source or palette: a FrameBuffer, or a tuple (buffer, width,
// height, format[, stride]) as newer MicroPython takes. Geometry is parsed
// here (may raise); the caller fetches the view later, with no allocation
// in between.
typedef struct { py_val_t buffer; int w, h, stride, format; } source_t;

static void parse_source(py_vm_t *vm, py_val_t v, const char *what, source_t *out) {
    if (is_framebuf(vm, v)) {
        framebuf_t *fb = fb_self(vm, v);
        *out = (source_t){fb->buffer, fb->width, fb->height, fb->stride, fb->format};
        return;
    }
    if (!py_is_a(vm, v, PY_T_tuple) || py_tuple_ptr(v)->len < 4 || py_tuple_ptr(v)->len > 5)
        py_raise_type_error(vm, "%s must be a FrameBuffer or a (buffer, width, height, format[, stride]) tuple", what);
    framebuf_t tmp;
    py_val_t a[5] = {0};
    memcpy(a, py_tuple_ptr(v)->items, py_tuple_ptr(v)->len * sizeof(py_val_t));
    fb_init_from(vm, &tmp, a, false);   // checks the geometry against the buffer
    *out = (source_t){tmp.buffer, tmp.width, tmp.height, tmp.stride, tmp.format};
}

static const char *const blit_kw[] = {"fbuf", "x", "y", "key", "palette", NULL};

// blit(fbuf, x, y, key=-1, palette=None): draws fbuf at (x, y); source
// colours are mapped through palette (a FrameBuffer one pixel high), and
// pixels of colour key are left out.
static py_val_t m_blit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    framebuf_t *fb = fb_self(vm, args[0]);
    py_val_t a[5] = {0};
    py_builtins_kwargs(vm, "blit", nargs - 1, args + 1, kwnames, blit_kw, a);
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    for (int i = 0; i < 3; i++)
        if (a[i] == PY_NULL)
            py_raise_type_error(vm, "blit() missing required argument '%s' (pos %d)", blit_kw[i], i + 1);
    source_t src, pal;
    parse_source(vm, a[0], "blit() source", &src);
    bool has_pal = a[4] != PY_NULL && a[4] != PY_NONE;
    if (has_pal) parse_source(vm, a[4], "palette", &pal);
    int x = coord(vm, a[1]), y = coord(vm, a[2]);
    int64_t key = a[3] == PY_NULL ? -1 : py_to_int64(vm, a[3]);
    // Every view after all parsing: py_buffer_get neither raises nor allocates
    // once each buffer has passed the checks above.
    py_fb_view_t dv, sv, pv;
    fb_view(vm, fb, &dv);
    get_view(vm, src.buffer, src.w, src.h, src.stride, src.format, false, &sv);
    if (has_pal) get_view(vm, pal.buffer, pal.w, pal.h, pal.stride, pal.format, false, &pv);
    py_framebuf_blit(&dv, &sv, x, y, key, has_pal ? &pv : NULL);
    return PY_NONE;
}

// ---- the type -------------------------------------------------------------------------------

static bool fb_get_buffer(py_vm_t *vm, py_val_t self, py_buffer_t *view, bool writable) {
    framebuf_t *fb = (framebuf_t *)py_obj(self);
    return fb->buffer != PY_NULL && py_buffer_get(vm, fb->buffer, view, writable);
}

static const py_method_def_t fb_methods[] = {
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"fill", m_fill, 2, 2, 0},
    {"pixel", m_pixel, 3, 4, 0},
    {"hline", m_hline, 5, 5, 0},
    {"vline", m_vline, 5, 5, 0},
    {"fill_rect", m_fill_rect, 6, 6, 0},
    {"rect", m_rect, 6, 7, 0},
    {"line", m_line, 6, 6, 0},
    {"ellipse", m_ellipse, 6, 8, 0},
    {"poly", m_poly, 5, 6, 0},
    {"text", m_text, 4, 5, 0},
    {"scroll", m_scroll, 3, 3, 0},
    {"blit", m_blit, 2, 6, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t framebuf_spec = {
    .name = "FrameBuffer",
    .base = PY_T_object,
    .basicsize = sizeof(framebuf_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = fb_mark,
        .make_new = fb_make_new,
        .get_buffer = fb_get_buffer,
    },
    .methods = fb_methods,
};

static void framebuf_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_type_from_spec(vm, &framebuf_spec, vm->types[PY_T_object]);
    py_module_set(vm, module, "FrameBuffer", py_from_obj(t));
    static const struct { const char *name; int value; } consts[] = {
        {"MONO_VLSB", PY_FB_MONO_VLSB}, {"MVLSB", PY_FB_MONO_VLSB}, {"RGB565", PY_FB_RGB565},
        {"GS4_HMSB", PY_FB_GS4_HMSB}, {"MONO_HLSB", PY_FB_MONO_HLSB},
        {"MONO_HMSB", PY_FB_MONO_HMSB}, {"GS2_HMSB", PY_FB_GS2_HMSB}, {"GS8", PY_FB_GS8},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        py_module_set(vm, module, consts[i].name, py_small(consts[i].value));
}

static const py_method_def_t framebuf_functions[] = {
    {"FrameBuffer1", mod_framebuffer1, 3, 4, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_framebuf = {"framebuf", framebuf_functions, framebuf_init, NULL};
