// tests/unit/test_render.c: sim/render.c and sim/layout.c on the fixture board: sizes
// that depend only on the board file, hit-testing of pins, parts and sliders, keys,
// layout hints, and drawing that follows the board's state. Layer: tests; no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "layout.h"
#include "render.h"
#include "unit_sim.h"

static sim_render_t *r;

static void teardown(void) {
    sim_render_free(r);
    r = NULL;
    unit_sim_close();
}

TestSuite(render, .fini = teardown);

static sim_rect_t centre_of(sim_rect_t b) { return (sim_rect_t){b.x + b.w / 2, b.y + b.h / 2, 0, 0}; }

static uint32_t px(int x, int y) { return sim_render_pixels(r)[y * sim_render_width(r) + x]; }

Test(render, size_depends_only_on_the_board_file) {
    unit_sim_open(NULL);
    r = sim_render_new(unit_sim_board);
    cr_assert_not_null(r);
    int w = sim_render_width(r), h = sim_render_height(r);
    cr_assert_geq(w, 320);
    cr_assert_geq(h, 200);
    sim_part_set(unit_sim_board, 1, 1, 0);
    sim_render_console(r, "x\n", 2);
    sim_render_draw(r, unit_sim_board, NULL);
    sim_render_t *r2 = sim_render_new(unit_sim_board);
    cr_assert_eq(sim_render_width(r2), w);
    cr_assert_eq(sim_render_height(r2), h);
    sim_render_free(r2);
}

Test(render, hit_finds_pins_parts_and_sliders) {
    unit_sim_open(NULL);
    sim_layout_t l;
    cr_assert_eq(sim_layout_make(&l, unit_sim_board), 0);
    r = sim_render_new(unit_sim_board);
    for (int i = 0; i < unit_sim_board->npins; i++) {
        sim_rect_t c = centre_of(l.pins[i].pad);
        sim_hit_t h = sim_render_hit(r, unit_sim_board, c.x, c.y);
        cr_assert_eq(h.kind, SIM_HIT_PIN, "pin %d", i);
        cr_assert_eq(h.index, i);
    }
    cr_assert_str_eq(l.pins[4].label, "GP4");
    cr_assert_eq(l.nparts, 5, "led, btn, bouncy, sw, oled as cards; the pot as a slider");
    for (int i = 0; i < l.nparts; i++) {
        sim_rect_t c = centre_of(l.parts[i].box);
        sim_hit_t h = sim_render_hit(r, unit_sim_board, c.x, c.y);
        cr_assert_eq(h.kind, SIM_HIT_PART);
        cr_assert_eq(h.index, l.parts[i].part);
    }
    cr_assert_eq(l.nsliders, 1);
    sim_rect_t t = l.sliders[0].track;
    sim_hit_t lo = sim_render_hit(r, unit_sim_board, t.x, t.y + 1);
    sim_hit_t hi = sim_render_hit(r, unit_sim_board, t.x + t.w - 1, t.y + t.h - 1);
    sim_hit_t mid = sim_render_hit(r, unit_sim_board, t.x + (t.w - 1) / 2, t.y + 5);
    cr_assert_eq(lo.kind, SIM_HIT_SLIDER);
    cr_assert_eq(lo.index, 4);
    cr_assert_null(lo.prop, "a pot's slider sets its main value");
    cr_assert_float_eq(lo.value, 0.0, 1e-9);
    cr_assert_float_eq(hi.value, 1.0, 1e-9);
    cr_assert_float_eq(mid.value, 0.5, 0.01);
    cr_assert_eq(sim_render_hit(r, unit_sim_board, t.x + t.w, t.y).kind, SIM_HIT_NONE);
    cr_assert_eq(sim_render_hit(r, unit_sim_board, 1, sim_render_height(r) - 1).kind,
                 SIM_HIT_NONE);
    cr_assert_eq(sim_render_hit(r, unit_sim_board, -5, -5).kind, SIM_HIT_NONE);
    sim_layout_free(&l);
}

Test(render, buttons_and_switches_get_keys) {
    unit_sim_open(NULL);
    r = sim_render_new(unit_sim_board);
    cr_assert_eq(sim_render_key(r, 1), '1');
    cr_assert_eq(sim_render_key(r, 2), '2');
    cr_assert_eq(sim_render_key(r, 3), '3');
    cr_assert_eq(sim_render_key(r, 0), 0, "an LED takes no key");
    cr_assert_eq(sim_render_key_part(r, '2'), 2);
    cr_assert_eq(sim_render_key_part(r, 'z'), -1);
    cr_assert_eq(sim_render_key_part(r, 0), -1);
}

static const char hinted[] =
    "{\"name\": \"h\", \"mcu\": \"M\", \"layout\": {\"width\": 700, \"console_lines\": 3,"
    " \"hide\": [\"b2\"]},\n"
    " \"pins\": [{\"cpu\": \"P0\", \"number\": 0}, {\"cpu\": \"P1\", \"number\": 1},"
    " {\"cpu\": \"P2\", \"number\": 2}],\n"
    " \"parts\": [{\"id\": \"b1\", \"type\": \"button\", \"pin\": \"P0\"},\n"
    "  {\"id\": \"b2\", \"type\": \"button\", \"pin\": \"P1\"},\n"
    "  {\"id\": \"b3\", \"type\": \"button\", \"pin\": \"P2\", \"attrs\": {\"key\": \"1\"}}]}\n";

Test(render, layout_hints_and_explicit_keys) {
    char err[200];
    cr_assert_eq(unit_sim_open_text(hinted, err, sizeof err), 0, "%s", err);
    sim_layout_t l;
    cr_assert_eq(sim_layout_make(&l, unit_sim_board), 0);
    cr_assert_eq(l.w, 700);
    cr_assert_eq(l.console_lines, 3);
    cr_assert_eq(l.nparts, 2, "b2 is hidden");
    sim_layout_free(&l);
    r = sim_render_new(unit_sim_board);
    cr_assert_eq(sim_render_key(r, 2), '1', "b3's own key");
    cr_assert_eq(sim_render_key(r, 0), '2', "b1 takes the next free one");
    cr_assert_eq(sim_render_key(r, 1), 0, "hidden");
}

Test(render, drawing_follows_the_board) {
    unit_sim_open(NULL);
    sim_layout_t l;
    cr_assert_eq(sim_layout_make(&l, unit_sim_board), 0);
    r = sim_render_new(unit_sim_board);
    const sim_lay_part_t *led = sim_layout_part(&l, 0), *btn = sim_layout_part(&l, 1);
    cr_assert_not_null(led);
    cr_assert_null(sim_layout_part(&l, 4), "the pot is a slider, not a card");
    int lx = led->box.x + led->box.w / 2, ly = led->box.y + 36;
    int bx = btn->box.x + btn->box.w / 2, by = btn->box.y + 34;
    sim_render_draw(r, unit_sim_board, NULL);
    uint32_t led_off = px(lx, ly), btn_up = px(bx, by);
    // The LED lights when its pin goes high; the button looks pressed when pressed
    // or when a mouse holds it.
    py_hal_sim.pin_open(unit_sim_b, 4, PY_HAL_PIN_OUT, PY_HAL_PULL_NONE);
    py_hal_sim.pin_write(unit_sim_b, 4, 1);
    sim_render_draw(r, unit_sim_board, NULL);
    cr_assert_neq(px(lx, ly), led_off);
    sim_view_input_t in = {-1, -1, 1};
    sim_render_draw(r, unit_sim_board, &in);
    uint32_t held = px(bx, by);
    cr_assert_neq(held, btn_up);
    sim_part_set(unit_sim_board, 1, 1, 0);
    sim_render_draw(r, unit_sim_board, NULL);
    cr_assert_eq(px(bx, by), held);
    // A hovered pin shows a tooltip near the mouse.
    sim_rect_t c = centre_of(l.pins[0].pad);
    in = (sim_view_input_t){c.x, c.y, -1};
    uint32_t before = px(c.x + 20, c.y + 18);
    sim_render_draw(r, unit_sim_board, &in);
    cr_assert_neq(px(c.x + 20, c.y + 18), before);
    sim_layout_free(&l);
}

// Whether console row [k] of the pane has any lit text pixel.
static bool row_has_text(const sim_layout_t *l, int k) {
    for (int y = 0; y < 8; y++)
        for (int x = l->console.x + 8; x < l->console.x + l->console.w - 8; x++)
            if (px(x, l->console.y + 18 + k * 10 + y) != 0) return true;
    return false;
}

Test(render, console_shows_the_last_lines) {
    unit_sim_open(NULL);
    sim_layout_t l;
    cr_assert_eq(sim_layout_make(&l, unit_sim_board), 0);
    r = sim_render_new(unit_sim_board);
    sim_render_draw(r, unit_sim_board, NULL);
    cr_assert_not(row_has_text(&l, 0));
    sim_render_console(r, "one\r\ntwo\n", 9);
    sim_render_draw(r, unit_sim_board, NULL);
    cr_assert(row_has_text(&l, 0));
    cr_assert(row_has_text(&l, 1));
    cr_assert_not(row_has_text(&l, 2), "the empty row after the last newline is not shown");
    for (int i = 0; i < 50; i++) sim_render_console(r, "line\n", 5);
    sim_render_console(r, "caf\xc3\xa9 and a very long line that must wrap", 38);
    for (int i = 0; i < 40; i++) sim_render_console(r, "0123456789", 10);
    sim_render_draw(r, unit_sim_board, NULL);
    for (int k = 0; k < l.console_lines; k++) cr_assert(row_has_text(&l, k), "row %d", k);
    sim_layout_free(&l);
}
