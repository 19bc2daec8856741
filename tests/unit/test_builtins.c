// tests/unit/test_builtins.c: the builtins module's functions called from C, with
// CPython's results and error messages (vm/builtins*.c), and module objects (vm/obj_module.c).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_vm.h"

// ---- calling a builtin under py_pcall ------------------------------------------------

typedef struct call {
    const char *name;
    size_t nargs;
    const py_val_t *args;
    py_val_t kwnames;
    py_val_t result;
} call_t;

static void do_call(py_vm_t *v, void *ud) {
    call_t *c = ud;
    py_val_t f = py_dict_get_name(v, v->builtins_dict, py_str_intern_c(v, c->name));
    cr_assert(f != PY_NULL, "no builtin %s", c->name);
    c->result = py_call(v, f, c->nargs, c->args, c->kwnames);
}

// Calls builtins.<name>(*args) and returns the result; fails the test if it raises.
static py_val_t call(const char *name, size_t nargs, const py_val_t *args) {
    call_t c = {name, nargs, args, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_call, &c), 0, "%s() raised", name);
    return c.result;
}

// Calls builtins.<name>(*args) expecting exception [id] with message [msg].
static void call_raises(const char *name, size_t nargs, const py_val_t *args, py_exc_id_t id,
                        const char *msg) {
    call_t c = {name, nargs, args, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_call, &c), 1, "%s() did not raise", name);
    py_val_t exc = vm->exc;
    vm->exc = PY_NULL;
    cr_assert(py_exc_is(vm, exc, id), "%s() raised the wrong type", name);
    cr_assert_str_eq(py_str_cstr(vm, py_tuple_ptr(py_exc_ptr(exc)->args)->items[0]), msg);
}

static py_val_t S(const char *s) { return py_str_from_c(vm, s); }
static py_val_t I(int64_t i) { return py_int_from_i64(vm, i); }
static const char *text(py_val_t s) { return py_str_cstr(vm, s); }

static const char *repr_of(py_val_t v) {
    py_val_t r = call("repr", 1, &v);
    return text(r);
}

TestSuite(builtins, .init = unit_vm_setup, .fini = unit_vm_teardown);

// ---- numbers -------------------------------------------------------------------------------

Test(builtins, abs_of_ints_and_floats) {
    py_val_t a[1] = {I(-5)};
    cr_assert_eq(call("abs", 1, a), I(5));
    a[0] = PY_TRUE;
    cr_assert_eq(call("abs", 1, a), I(1));
    a[0] = py_float_new(vm, -2.5);
    cr_assert_str_eq(repr_of(call("abs", 1, a)), "2.5");
    a[0] = S("x");
    call_raises("abs", 1, a, PY_EXC_TypeError, "bad operand type for abs(): 'str'");
}

Test(builtins, hex_oct_bin_with_sign_and_bigints) {
    py_val_t a[1] = {I(-255)};
    cr_assert_str_eq(text(call("hex", 1, a)), "-0xff");
    a[0] = I(8);
    cr_assert_str_eq(text(call("oct", 1, a)), "0o10");
    a[0] = I(5);
    cr_assert_str_eq(text(call("bin", 1, a)), "0b101");
    a[0] = py_int_parse(vm, "340282366920938463463374607431768211456", 39, 10);  // 2**128
    cr_assert_str_eq(text(call("hex", 1, a)), "0x100000000000000000000000000000000");
    a[0] = py_float_new(vm, 1.0);
    call_raises("hex", 1, a, PY_EXC_TypeError, "'float' object cannot be interpreted as an integer");
}

Test(builtins, ord_and_chr) {
    py_val_t a[1] = {S("\xc3\xa9")};  // é
    cr_assert_eq(call("ord", 1, a), I(233));
    a[0] = I(0x20ac);
    cr_assert_str_eq(text(call("chr", 1, a)), "\xe2\x82\xac");
    a[0] = S("ab");
    call_raises("ord", 1, a, PY_EXC_TypeError, "ord() expected a character, but string of length 2 found");
    a[0] = I(1);
    call_raises("ord", 1, a, PY_EXC_TypeError, "ord() expected string of length 1, but int found");
    a[0] = I(0x110000);
    call_raises("chr", 1, a, PY_EXC_ValueError, "chr() arg not in range(0x110000)");
}

Test(builtins, round_halves_to_even) {
    py_val_t a[2] = {py_float_new(vm, 2.5), PY_NONE};
    cr_assert_eq(call("round", 1, a), I(2));
    a[0] = py_float_new(vm, 2.675);
    a[1] = I(2);
    cr_assert_str_eq(repr_of(call("round", 2, a)), "2.67");
    a[0] = I(1250);
    a[1] = I(-2);
    cr_assert_eq(call("round", 2, a), I(1200));
    a[0] = I(1350);
    cr_assert_eq(call("round", 2, a), I(1400));
}

Test(builtins, divmod_and_pow) {
    py_val_t a[3] = {I(-7), I(2), PY_NONE};
    cr_assert_str_eq(repr_of(call("divmod", 2, a)), "(-4, 1)");
    a[0] = py_float_new(vm, 1.0);
    a[1] = I(0);
    call_raises("divmod", 2, a, PY_EXC_ZeroDivisionError, "float divmod()");
    a[0] = I(3);
    a[1] = I(200);
    a[2] = I(7);
    cr_assert_eq(call("pow", 3, a), I(2));  // 3**200 % 7
    a[2] = py_float_new(vm, 7.0);
    call_raises("pow", 3, a, PY_EXC_TypeError,
                "pow() 3rd argument not allowed unless all arguments are integers");
}

Test(builtins, min_max_sum) {
    py_val_t items[3] = {I(3), I(9), I(-1)};
    py_val_t a[2] = {py_list_new(vm, 3, items), PY_NULL};
    cr_assert_eq(call("max", 1, a), I(9));
    cr_assert_eq(call("min", 3, items), I(-1));
    cr_assert_eq(call("sum", 1, a), I(11));
    a[1] = I(100);
    cr_assert_eq(call("sum", 2, a), I(111));
    a[0] = py_list_new(vm, 0, NULL);
    call_raises("max", 1, a, PY_EXC_ValueError, "max() arg is an empty sequence");
    call_raises("min", 0, a, PY_EXC_TypeError, "min expected at least 1 argument, got 0");
    a[1] = S("");
    call_raises("sum", 2, a, PY_EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
}

Test(builtins, max_with_key_and_default) {
    py_val_t words[3] = {S("bb"), S("a"), S("ccc")};
    py_val_t args[3] = {py_list_new(vm, 3, words), PY_NULL, PY_NULL};
    py_val_t kwnames_items[2] = {py_str_intern_c(vm, "key"), py_str_intern_c(vm, "default")};
    args[1] = py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, "len"));
    call_t c = {"max", 1, args, py_tuple_new(vm, 1, kwnames_items), PY_NULL};
    cr_assert_eq(py_pcall(vm, do_call, &c), 0);
    cr_assert_str_eq(text(c.result), "ccc");
    args[0] = py_list_new(vm, 0, NULL);
    args[1] = I(42);
    call_t d = {"max", 1, args, py_tuple_new(vm, 1, kwnames_items + 1), PY_NULL};
    cr_assert_eq(py_pcall(vm, do_call, &d), 0);
    cr_assert_eq(d.result, I(42));
}

// ---- objects -------------------------------------------------------------------------------

Test(builtins, isinstance_with_nested_tuples) {
    py_val_t inner[2] = {py_from_obj(vm->types[PY_T_str]), py_from_obj(vm->types[PY_T_float])};
    py_val_t outer[2] = {py_from_obj(vm->types[PY_T_list]), py_tuple_new(vm, 2, inner)};
    py_val_t a[2] = {py_float_new(vm, 1.0), py_tuple_new(vm, 2, outer)};
    cr_assert_eq(call("isinstance", 2, a), PY_TRUE);
    a[0] = I(1);
    cr_assert_eq(call("isinstance", 2, a), PY_FALSE);
    a[0] = PY_TRUE;
    a[1] = py_from_obj(vm->types[PY_T_int]);
    cr_assert_eq(call("isinstance", 2, a), PY_TRUE);
    a[1] = I(3);
    call_raises("isinstance", 2, a, PY_EXC_TypeError,
                "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Test(builtins, getattr_hasattr_on_modules) {
    py_val_t a[3] = {vm->sys, S("platform"), PY_NONE};
    cr_assert_str_eq(text(call("getattr", 2, a)), "linux");
    a[1] = S("nothing_here");
    cr_assert_eq(call("getattr", 3, a), PY_NONE);
    cr_assert_eq(call("hasattr", 2, a), PY_FALSE);
    a[2] = I(5);
    call("setattr", 3, a);
    cr_assert_eq(call("getattr", 2, a), I(5));
    call("delattr", 2, a);
    cr_assert_eq(call("hasattr", 2, a), PY_FALSE);
}

Test(builtins, module_repr_and_dir) {
    cr_assert_str_eq(repr_of(vm->sys), "<module 'sys' (built-in)>");
    py_val_t a[1] = {vm->sys};
    py_val_t names = call("dir", 1, a);
    py_list_t *l = py_list_ptr(names);
    cr_assert(l->len > 5);
    bool has_argv = false;
    for (size_t i = 0; i < l->len; i++) {
        has_argv |= strcmp(text(l->items[i]), "argv") == 0;
        if (i) cr_assert(strcmp(text(l->items[i - 1]), text(l->items[i])) < 0, "not sorted");
    }
    cr_assert(has_argv);
}

static void display_five(py_vm_t *v, void *ud) {
    (void)ud;
    py_display_value(v, py_small(5));
}

Test(builtins, display_value_sets_underscore) {
    py_val_t under = py_str_intern_c(vm, "_");
    cr_assert_eq(py_dict_get_name(vm, vm->builtins_dict, under), PY_NULL);
    py_display_value(vm, PY_NONE);   // None is not echoed and does not set _
    cr_assert_eq(py_dict_get_name(vm, vm->builtins_dict, under), PY_NULL);
    cr_assert_eq(py_pcall(vm, display_five, NULL), 0);
    cr_assert_eq(py_dict_get_name(vm, vm->builtins_dict, under), py_small(5));
}

Test(builtins, names_are_present) {
    static const char *const names[] = {"print", "len", "range", "int", "str", "object",
                                        "super", "ValueError", "StopIteration", "None",
                                        "NotImplemented", "open", "input", "__import__", NULL};
    for (const char *const *n = names; *n; n++)
        cr_assert(py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, *n)) != PY_NULL,
                  "builtins.%s is missing", *n);
    py_val_t name = py_dict_get_name(vm, vm->builtins_dict, py_name(vm, PY_NAME___name__));
    cr_assert_str_eq(text(name), "builtins");
}
