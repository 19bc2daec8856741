// vm/obj.h: values and objects, the word every part of the VM passes around.
// Layer: vm core. Only this header knows the bit layout of py_val_t.
// SPDX-License-Identifier: MIT
//
// A value is one machine word, tagged in its low three bits:
//
//   ...xxxx1  small int: the word shifted right by one (63 bits on 64-bit hosts)
//   ...xx000  pointer to an object (8-byte aligned), or, below PY_IMM_LIMIT,
//             an immediate: NULL (no value), None, False, True, Ellipsis,
//             NotImplemented. Immediates need no memory and no type word.
//   ...xx010  interned string: a pointer to a py_str_t with 2 added. Names are
//             interned, so comparing two of them is comparing two words.
//   ...xxs00  with bit 2 set: a self-tagged float (DESIGN §3), bit 1 its sign;
//             see "floats in the word" below. Floats the word cannot hold
//             (and all floats on 32-bit hosts) are pointers to a py_float_t.
//
// PY_NULL is not a Python value: it means "absent" (a missing dict key, an
// exhausted iterator, an unbound local) and never escapes to Python code.
//
// Every object starts with py_obj_t, whose only field is its type. The GC
// keeps its own bits (mark, kind, finaliser) in side tables, so objects carry
// no GC header.

#ifndef PY_OBJ_H
#define PY_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "config.h"

typedef uintptr_t py_val_t;
typedef intptr_t py_int_t;     // the C type of a small int's value
typedef intptr_t py_hash_t;    // hashes, as CPython's Py_hash_t
typedef struct py_vm py_vm_t;
typedef struct py_type py_type_t;

// Bits of the Mersenne prime modulus of numeric hashes (hash(n) is n mod
// 2^PY_HASH_BITS - 1): CPython's 61 where py_hash_t has 64 bits, 31 where it
// has 32, so hashes (and so set and dict orders) match CPython's on each host.
#if INTPTR_MAX > INT32_MAX
#define PY_HASH_BITS 61
#else
#define PY_HASH_BITS 31
#endif

typedef struct py_obj {
    py_type_t *type;
} py_obj_t;

// ---- tags ------------------------------------------------------------------

#define PY_TAG_MASK ((py_val_t)7)
#define PY_TAG_PTR ((py_val_t)0)
#define PY_TAG_ISTR ((py_val_t)2)
#define PY_IMM_LIMIT ((py_val_t)0x100)

#define PY_NULL ((py_val_t)0x00)
#define PY_NONE ((py_val_t)0x08)
#define PY_FALSE ((py_val_t)0x10)
#define PY_TRUE ((py_val_t)0x18)
#define PY_ELLIPSIS ((py_val_t)0x20)
#define PY_NOTIMPLEMENTED ((py_val_t)0x28)

// Small ints hold 63 bits on 64-bit hosts: one bit goes to the tag.
#define PY_SMALL_MAX ((py_int_t)(INTPTR_MAX >> 1))
#define PY_SMALL_MIN ((py_int_t)(INTPTR_MIN >> 1))

static inline bool py_is_small(py_val_t v) { return (v & 1) != 0; }
static inline py_int_t py_small_val(py_val_t v) { return (py_int_t)v >> 1; }
// The caller guarantees PY_SMALL_MIN <= i <= PY_SMALL_MAX (see py_int_fits_small).
static inline py_val_t py_small(py_int_t i) { return ((py_val_t)i << 1) | 1; }
static inline bool py_int_fits_small(int64_t i) {
    return i >= PY_SMALL_MIN && i <= PY_SMALL_MAX;
}

// True for a pointer to an object (heap or static), false for every other tag.
static inline bool py_is_obj(py_val_t v) {
    return (v & PY_TAG_MASK) == PY_TAG_PTR && v >= PY_IMM_LIMIT;
}
static inline py_obj_t *py_obj(py_val_t v) { return (py_obj_t *)v; }
static inline py_val_t py_from_obj(const void *o) { return (py_val_t)o; }

static inline bool py_is_istr(py_val_t v) { return (v & PY_TAG_MASK) == PY_TAG_ISTR; }
static inline bool py_is_bool(py_val_t v) { return v == PY_TRUE || v == PY_FALSE; }
static inline py_val_t py_bool(bool b) { return b ? PY_TRUE : PY_FALSE; }

// ---- built-in types ----------------------------------------------------------

// Every built-in type, once. Each entry names the C identifier and the Python
// name; vm->types[PY_T_<id>] is the type object of the running VM, made at
// start-up from the spec py_<id>_spec that the type's obj_*.c file defines.
#define PY_BUILTIN_TYPES(X) \
    X(object, "object") \
    X(type, "type") \
    X(NoneType, "NoneType") \
    X(NotImplementedType, "NotImplementedType") \
    X(ellipsis, "ellipsis") \
    X(bool, "bool") \
    X(int, "int") \
    X(float, "float") \
    X(complex, "complex") \
    X(str, "str") \
    X(bytes, "bytes") \
    X(list, "list") \
    X(tuple, "tuple") \
    X(dict, "dict") \
    X(set, "set") \
    X(frozenset, "frozenset") \
    X(range, "range") \
    X(slice, "slice") \
    X(function, "function") \
    X(builtin_function, "builtin_function_or_method") \
    X(bound_method, "method") \
    X(cell, "cell") \
    X(code, "code") \
    X(traceback, "traceback") \
    X(module, "module") \
    X(property, "property") \
    X(classmethod, "classmethod") \
    X(staticmethod, "staticmethod") \
    X(member_descriptor, "member_descriptor") \
    X(getset_descriptor, "getset_descriptor") \
    X(mappingproxy, "mappingproxy") \
    X(dict_keys, "dict_keys") \
    X(dict_values, "dict_values") \
    X(dict_items, "dict_items") \
    X(list_iterator, "list_iterator") \
    X(tuple_iterator, "tuple_iterator") \
    X(str_iterator, "str_ascii_iterator") \
    X(dict_iterator, "dict_keyiterator") \
    X(set_iterator, "set_iterator") \
    X(range_iterator, "range_iterator") \
    X(seq_iterator, "iterator") \
    X(callable_iterator, "callable_iterator") \
    X(enumerate, "enumerate") \
    X(zip, "zip") \
    X(map, "map") \
    X(filter, "filter") \
    X(reversed, "reversed") \
    X(generator, "generator") \
    X(coroutine, "coroutine") \
    X(async_generator, "async_generator") \
    X(coroutine_wrapper, "coroutine_wrapper") \
    X(async_gen_asend, "async_generator_asend") \
    X(async_gen_athrow, "async_generator_athrow") \
    X(wrapper_descriptor, "wrapper_descriptor") \
    X(method_wrapper, "method-wrapper") \
    X(textio, "TextIOWrapper") \
    X(bytearray, "bytearray") \
    X(memoryview, "memoryview") \
    X(bytearray_iterator, "bytearray_iterator") \
    X(memory_iterator, "memory_iterator")

typedef enum {
#define X(id, name) PY_T_##id,
    PY_BUILTIN_TYPES(X)
#undef X
    PY_T__COUNT
} py_type_id_t;

// ---- operators, as the C slots see them ----------------------------------------

// Binary operators in the order of vm/ast.h's py_binop_t, so the compiler can
// pass an AST operator straight through. The in-place forms are the same
// operator with PY_OP_INPLACE added (`a += b` is PY_OP_ADD + PY_OP_INPLACE).
typedef enum {
    PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_MATMUL, PY_OP_TRUEDIV, PY_OP_MOD,
    PY_OP_POW, PY_OP_LSHIFT, PY_OP_RSHIFT, PY_OP_OR, PY_OP_XOR, PY_OP_AND,
    PY_OP_FLOORDIV,
    PY_OP__BINARY_COUNT,
    PY_OP_INPLACE = 16
} py_binary_op_t;

typedef enum { PY_UOP_INVERT, PY_UOP_NOT, PY_UOP_POS, PY_UOP_NEG } py_unary_op_t;

// Rich comparisons, in the order of vm/ast.h's py_cmpop_t for the first six.
typedef enum { PY_CMP_OP_EQ, PY_CMP_OP_NE, PY_CMP_OP_LT, PY_CMP_OP_LE, PY_CMP_OP_GT,
               PY_CMP_OP_GE } py_compare_op_t;

// ---- calls ------------------------------------------------------------------

// The one calling convention for C functions and the C slot `call`
// ("vectorcall"): [args] holds [nargs] positional values followed by one value
// per name in [kwnames] (a tuple of str, or PY_NULL when there are none).
// A method receives self as args[0]. The function may raise and may allocate.
typedef py_val_t (*py_cfunc_t)(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames);

// One entry of a type's or module's table of C functions.
typedef struct py_method_def {
    const char *name;
    py_cfunc_t fn;
    uint8_t min_args, max_args;  // positional count checked before the call, self included;
                                 // max_args == PY_VARARGS for no upper limit
    uint8_t flags;               // PY_METH_*
} py_method_def_t;

#define PY_VARARGS 255
#define PY_METH_KEYWORDS 1   // the function takes keyword arguments (else kwnames must be empty)
#define PY_METH_CLASS 2      // a classmethod: args[0] is the type (dict.fromkeys)
#define PY_METH_STATIC 4     // a staticmethod: no self (str.maketrans)
// Arg-count errors in the wording of CPython's methods that parse their
// arguments with PyArg_ParseTuple ("find() takes at least 1 argument (0 given)")
// rather than Argument Clinic's ("get expected at least 1 argument, got 0").
#define PY_METH_PARSE_TUPLE 8

// ---- type objects --------------------------------------------------------------

// A view of an object's memory through the buffer protocol, so that every
// API taking bytes takes any bytes-like object. [itemsize] and [format] are
// those of a struct format character ('B' for plain bytes); [len] counts bytes.
typedef struct py_buffer {
    uint8_t *data;
    size_t len;
    size_t itemsize;
    char format;
    bool readonly;
} py_buffer_t;

// The C slots of a type. NULL means "not supported". Every slot may raise and
// may allocate unless its comment says otherwise.
typedef struct py_type_slots {
    // Marks every value the object holds (py_gc_mark*). Must not allocate or raise.
    void (*mark)(py_vm_t *vm, py_obj_t *o);
    // Releases outside resources when the GC frees the object. Must not allocate.
    void (*finalise)(py_vm_t *vm, py_obj_t *o);
    // type(args...): creates an instance (the __new__ and __init__ of a built-in).
    py_val_t (*make_new)(py_vm_t *vm, py_type_t *type, size_t nargs,
                         const py_val_t *args, py_val_t kwnames);
    py_val_t (*call)(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                     py_val_t kwnames);
    py_val_t (*repr)(py_vm_t *vm, py_val_t self);   // returns a str
    py_val_t (*str)(py_vm_t *vm, py_val_t self);    // NULL: use repr
    py_hash_t (*hash)(py_vm_t *vm, py_val_t self);  // NULL: unhashable
    // Returns PY_TRUE/PY_FALSE or any value, or PY_NOTIMPLEMENTED.
    py_val_t (*compare)(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b);
    // [self] is one of the operands (a for the normal, b for the reflected
    // try); returns PY_NOTIMPLEMENTED when it cannot handle the pair.
    py_val_t (*binary)(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b);
    py_val_t (*unary)(py_vm_t *vm, py_unary_op_t op, py_val_t a);  // PY_NOTIMPLEMENTED if unsupported
    int (*truth)(py_vm_t *vm, py_val_t self);       // NULL: by len, else true
    size_t (*len)(py_vm_t *vm, py_val_t self);
    // Attribute lookup for names the type's MRO does not resolve first (instance
    // dicts, module globals, bound-method creation is done by py_getattr).
    // Returns PY_NULL when absent; does not raise AttributeError itself.
    py_val_t (*getattr)(py_vm_t *vm, py_val_t self, py_val_t name);
    // Sets [name] to [value], or deletes it when [value] is PY_NULL. Returns
    // false when the object does not support attribute assignment.
    bool (*setattr)(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value);
    py_val_t (*getitem)(py_vm_t *vm, py_val_t self, py_val_t key);
    // Stores [value] at [key], or deletes it when [value] is PY_NULL.
    void (*setitem)(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value);
    int (*contains)(py_vm_t *vm, py_val_t self, py_val_t item);   // NULL: by iteration
    py_val_t (*iter)(py_vm_t *vm, py_val_t self);
    // The next item, or PY_NULL when exhausted. Exhaustion is a sentinel, not
    // a raised StopIteration, so for loops cost no exception.
    py_val_t (*next)(py_vm_t *vm, py_val_t self);
    // Bytes of inline data the object holds past its type's basicsize (tuple
    // items, str text); NULL for fixed-size types. Instances of Python
    // subclasses of such a type keep their dict just after that data, as its
    // size differs per instance (see py_instance_dict_field). Must not
    // allocate or raise.
    size_t (*var_size)(py_obj_t *o);
    // The buffer protocol: fills [view] with the object's bytes (bytes,
    // bytearray, memoryview, array...). Returns false when [writable] is asked
    // of a read-only object. Must not allocate; the view is valid until the
    // next allocation or the next mutation of the object (see py_buffer_get).
    bool (*get_buffer)(py_vm_t *vm, py_val_t self, py_buffer_t *view, bool writable);
} py_type_slots_t;

// The operators a type's binary and unary slots implement, as bits 1 << op
// (py_binary_op_t, py_unary_op_t): its operator dunders (__add__, __radd__,
// __iadd__...) come from these, and `a op= b` passes PY_OP_INPLACE to the
// binary slot only for the operators in [inplace] (the slot then changes a).
typedef struct py_operator_set {
    uint16_t forward, reflected, inplace;
    uint8_t unary;
    bool divmod;    // __divmod__ and __rdivmod__
    bool repeat;    // * is sequence repetition: its argument is an index
} py_operator_set_t;

// What a built-in type's obj_*.c file defines; vm start-up turns it into a type object.
typedef struct py_type_spec {
    const char *name;
    py_type_id_t base;            // PY_T_object for most
    size_t basicsize;             // bytes of an instance (0: not instantiable as a heap object)
    uint32_t flags;               // PY_TF_*
    py_type_slots_t slots;
    const py_method_def_t *methods;   // NULL-name terminated; may be NULL
    // Its operators; NULL for none, and for the core types, whose sets are
    // listed in vm/obj_slotwrap.c.
    const py_operator_set_t *operators;
} py_type_spec_t;

#define PY_TF_BASETYPE 1u    // may be subclassed
#define PY_TF_HEAPTYPE 2u    // made by a class statement or type(name, bases, dict)
#define PY_TF_EXCEPTION 4u   // BaseException or a subclass: instances are py_exc_t
#define PY_TF_HAS_SUBCLASS 8u   // some class has been made with this one in its MRO
#define PY_TF_WEAKREF 16u       // a class whose instances CPython could weakly reference (__weakref__)
#define PY_TF_HAS_DEL 32u    // a class whose MRO defines __del__: the GC queues its instances' finaliser
// No instance of this class has a key in its instance dict that its MRO also
// defines, so a cached class attribute or method needs no instance-dict probe
// (vm/vm_cache.h). Set when a class is made; cleared for good by any path that
// could break it (py_type_clear_no_shadow).
#define PY_TF_NO_SHADOW 64u

struct py_type {
    py_obj_t base;            // the type of a type is `type` (or a metaclass)
    py_val_t name;            // interned str
    py_val_t qualname;        // str
    py_val_t bases;           // tuple of types
    py_val_t mro;             // tuple of types, this type first
    py_val_t dict;            // dict: the class namespace
    py_type_t *base_type;     // the first base: slots and layout come from it
    py_type_id_t id;          // which built-in type, or the built-in it derives from
    uint32_t flags;           // PY_TF_*
    uint32_t version;         // bumped whenever dict (or a base's) changes; caches key on it
    size_t basicsize;         // bytes of an instance
    size_t dictoffset;        // offset of the instance-dict field, 0 if none
    py_type_slots_t slots;
    const py_operator_set_t *operators;   // a built-in's operators (py_type_spec_t), else NULL
    // A built-in type's own C slots whose wrappers (__add__, __len__...) are
    // not in its dict yet; NULL once they are, and for classes. They are
    // made on first need (vm/obj_slotwrap.c), so idle types cost no heap.
    const py_type_slots_t *pending_slots;
    // Which attribute hooks the type or its MRO defines (PY_TA_*), valid while
    // attr_epoch equals vm->attr_epoch; see py_type_attr_flags (vm/runtime.h).
    uint32_t attr_flags;
    uint32_t attr_epoch;
    uint32_t serial;          // creation order of classes, for __subclasses__()
    uint32_t nslots;          // __slots__ value fields this class itself adds to the layout
};

// Attribute-protocol facts about a type, cached so that plain attribute and
// method lookups pay one flag test for the hooks they do not use.
#define PY_TA_GETATTRIBUTE 1u  // a Python class in the MRO overrides __getattribute__
#define PY_TA_GETATTR 2u       // the MRO defines __getattr__ (Python classes only)
#define PY_TA_SETATTR 4u       // a Python class in the MRO overrides __setattr__ or __delattr__
#define PY_TA_DESCR_GET 8u     // instances are descriptors: the MRO defines __get__
#define PY_TA_DESCR_SET 16u    // instances are data descriptors: __set__ or __delete__
#define PY_TA_CLASS_ATTR 32u   // a Python class in the MRO defines __class__ (isinstance must ask it)
#define PY_TA_SET_NAME 64u     // instances want __set_name__ when stored in a class body

// ---- strings: the inline accessors everyone needs ----------------------------------

typedef struct py_str {
    py_obj_t base;
    // 32-bit counts and hash keep the header at 23 bytes on 64-bit hosts (19
    // on 32-bit ones), so a str of up to 8 bytes takes two 16-byte blocks:
    // programs hold many short strs (split pieces, keys, formatted numbers).
    // Longer texts than PY_STR_MAX_LEN bytes are a MemoryError (py_str_alloc).
    uint32_t len;      // bytes of UTF-8 (no terminator counted)
    uint32_t nchars;   // code points
    uint32_t hash;     // 0 until computed; py_str_hash_bytes never gives 0
    uint8_t ascii;     // 1 when every byte < 0x80, so indexing is O(1)
    uint8_t interned;  // 1 when this object is the one in the intern set
    uint8_t shared;    // 1 when the bytes are a prefix of an append buffer (vm/str_buf.c)
    char data[];       // plain: len bytes, then one byte of room: NUL, but see py_str_bytes
} py_str_t;

// Bytes before a str's text: sizeof(py_str_t) rounds up past them, and
// would cost a block for texts of 8 bytes on 64-bit hosts.
#define PY_STR_HEAD offsetof(py_str_t, data)
// The longest str text, in bytes (the header's counts are 32-bit).
#define PY_STR_MAX_LEN ((size_t)UINT32_MAX)

// Where a shared str (made by a + b, vm/str_buf.c) keeps the address of its
// bytes, in place of inline ones: the first pointer-aligned offset after the header.
#define PY_STR_SHARED_AT \
    ((offsetof(py_str_t, data) + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *))

// A str hash's 32 bits: 30 of hash, then 01 on top. Never 0 ("not computed")
// nor -1 (CPython's error value), and never like an address: the start-up
// image's audit (unix/image_build.c) refuses words that point into a
// library or the stack, which on i386 sit at 0x08... and 0xf0... and up.
#define PY_STR_HASH_SHAPE(r) (((uint32_t)(r) & 0x3FFFFFFFu) | 0x40000000u)
// The py_hash_t of a str whose header keeps [r]: on 64-bit hosts r in both
// halves, so the probe sequence (which shifts the hash down) has bits to
// use, and the word is never a canonical address either.
static inline py_hash_t py_str_hash_widen(uint32_t r) {
    return sizeof(py_hash_t) == 8 ? (py_hash_t)((uint64_t)r << 32 | r) : (py_hash_t)r;
}
// The hash a str's header caches, as py_hash_t (0: not computed yet).
static inline py_hash_t py_str_stored_hash(const py_str_t *s) { return py_str_hash_widen(s->hash); }

// The py_str_t behind a str value, interned or not. [v] must be a str.
static inline py_str_t *py_str_ptr(py_val_t v) { return (py_str_t *)(v & ~PY_TAG_MASK); }
// The len bytes of [s]: inline, or for a shared str inside its append buffer
// (which never moves, and whose first fill bytes never change).
static inline const char *py_str_text(const py_str_t *s) {
    if (!s->shared) return s->data;
    const char *p;
    memcpy(&p, (const char *)s + PY_STR_SHARED_AT, sizeof p);
    return p;
}
// The str's len bytes of UTF-8: NOT NUL-terminated in general (a shared str's
// bytes may be followed by those of a longer str, and PY_CFG_STR_NUL_CHECK puts
// a non-NUL byte after them). Compare with py_str_eq_c, search with memchr,
// hand C parsers and the OS py_str_cstr (vm/obj_str.h).
static inline const char *py_str_bytes(py_val_t v) { return py_str_text(py_str_ptr(v)); }
static inline size_t py_str_len(py_val_t v) { return py_str_ptr(v)->len; }
// An interned str object as a value (the tag says "interned").
static inline py_val_t py_from_istr(const py_str_t *s) { return (py_val_t)s | PY_TAG_ISTR; }

// ---- floats in the word ------------------------------------------------------------------

// A float the word cannot hold, or an instance of a subclass of float.
typedef struct py_float {
    py_obj_t base;
    double value;
} py_float_t;

// Float self-tagging (Melançon, Feeley and Serrano, 2024), in the form our
// tags allow: a word whose bits 2..0 are 1s0 holds a double whose biased
// exponent e is 768..1278 (magnitudes 2^-255 to just under 2^256, where
// nearly every float a program computes lies) as
//
//   bits 63..3: (e - 767) in 9 bits, then the 52 mantissa bits
//   bit 2: 1    bit 1: the sign    bit 0: 0 (not a small int)
//
// and ±0.0 as the words 4 and 6 (a stored exponent of 0, unused otherwise).
// Encoding and decoding are a few shifts and adds; the other doubles
// (subnormals, huge magnitudes, infinities, NaNs with their payloads) are
// boxed. The word is a pure function of the double's bits, so `x is y` and
// id() agree for equal tagged floats, and 0.0 and -0.0 stay distinct.
// Only the functions here and py_float_new/py_float_val know this layout.
#if PY_CFG_FLOAT_TAG && UINTPTR_MAX > UINT32_MAX
#define PY_FLOAT_TAGGED 1
#else
#define PY_FLOAT_TAGGED 0
#endif

#define PY_FLOAT_TAG_MASK ((py_val_t)5)
#define PY_FLOAT_TAG ((py_val_t)4)

static inline bool py_is_tagged_float(py_val_t v) {
    return PY_FLOAT_TAGGED && (v & PY_FLOAT_TAG_MASK) == PY_FLOAT_TAG;
}

#if PY_FLOAT_TAGGED
// Subtracted from a magnitude's bits, it turns exponent 767 into 0.
#define PY_FLOAT_EXP_BIAS ((uint64_t)767 << 52)
#define PY_FLOAT_ONE_EXP ((uint64_t)1 << 52)

// Stores [d]'s tagged word in [*out] and returns true, or returns false
// when [d] must be boxed. Does not allocate.
static inline bool py_float_try_tag(double d, py_val_t *out) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    uint64_t sign = (b >> 62) & 2, mag = b & ~((uint64_t)1 << 63);
    uint64_t r = mag - PY_FLOAT_EXP_BIAS;   // wraps for magnitudes below the range
    if (r - PY_FLOAT_ONE_EXP < 511 * PY_FLOAT_ONE_EXP) {
        *out = (py_val_t)((r << 3) | sign | PY_FLOAT_TAG);
        return true;
    }
    if (mag == 0) {
        *out = (py_val_t)(sign | PY_FLOAT_TAG);
        return true;
    }
    return false;
}

// The double of a tagged float [v] (py_is_tagged_float).
static inline double py_tagged_float_val(py_val_t v) {
    uint64_t r = (uint64_t)v >> 3;
    uint64_t b = (r ? r + PY_FLOAT_EXP_BIAS : 0) | ((uint64_t)(v & 2) << 62);
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}
#else
static inline bool py_float_try_tag(double d, py_val_t *out) {
    (void)d, (void)out;
    return false;
}
static inline double py_tagged_float_val(py_val_t v) {
    (void)v;
    return 0.0;
}
#endif

#endif
