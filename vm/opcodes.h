// vm/opcodes.h: the one list of bytecode instructions.
// Layer: vm compiler/VM contract. The compiler, the dispatch loop and the disassembler all include it.
// SPDX-License-Identifier: MIT
//
// An instruction is one 32-bit word: the opcode in the low 8 bits and a 24-bit
// argument above it (DESIGN §6.5: fixed width, so quickening can rewrite an
// instruction in place). Jump arguments are absolute instruction indexes.
//
// X(NAME, effect, jump_effect, flags, "description")
//   effect       stack effect when execution falls through, as an expression of `arg`
//   jump_effect  stack effect when the jump is taken (PY_OPF_JUMP ops only)
//   flags        PY_OPF_*: what the argument means and how control flows
// The operand stack is written bottom -> top in the descriptions. Opcode
// constants are PY_OPC_<NAME> (PY_OP_ belongs to the operators of obj.h).

#ifndef PY_OPCODES_H
#define PY_OPCODES_H

#include <stdint.h>

#define PY_OPF_JUMP 1u     // arg is a jump target
#define PY_OPF_NOFALL 2u   // never falls through to the next instruction
#define PY_OPF_CONST 4u    // arg indexes the code's constants
#define PY_OPF_NAME 8u     // arg indexes the code's names
#define PY_OPF_LOCAL 16u   // arg indexes the code's local variables
#define PY_OPF_CELL 32u    // arg indexes the code's cell then free variables

// Bias of LOAD_INT's argument, so small negative ints are immediate too.
#define PY_LOAD_INT_BIAS (1 << 23)

#define PY_OPCODES(X) \
    X(NOP, 0, 0, 0, "does nothing") \
    X(POP_TOP, -1, 0, 0, "discards the top of the stack") \
    X(COPY, 1, 0, 0, "pushes a copy of the arg-th item (1 = top)") \
    X(SWAP, 0, 0, 0, "swaps the top with the arg-th item") \
    X(PUSH_NULL, 1, 0, 0, "pushes the absent value (the empty self slot of a call)") \
    X(LOAD_CONST, 1, 0, PY_OPF_CONST, "pushes constant arg") \
    X(LOAD_INT, 1, 0, 0, "pushes the small int arg - PY_LOAD_INT_BIAS") \
    X(LOAD_FAST, 1, 0, PY_OPF_LOCAL, "pushes local arg (UnboundLocalError if unset)") \
    X(STORE_FAST, -1, 0, PY_OPF_LOCAL, "pops into local arg") \
    X(DELETE_FAST, 0, 0, PY_OPF_LOCAL, "unbinds local arg") \
    X(LOAD_DEREF, 1, 0, PY_OPF_CELL, "pushes the contents of cell arg") \
    X(LOAD_CLASSDEREF, 1, 0, PY_OPF_CELL, "class body: the namespace's name, else cell arg's contents") \
    X(STORE_DEREF, -1, 0, PY_OPF_CELL, "pops into cell arg") \
    X(DELETE_DEREF, 0, 0, PY_OPF_CELL, "empties cell arg") \
    X(LOAD_CLOSURE, 1, 0, PY_OPF_CELL, "pushes cell arg itself (to build a closure)") \
    X(LOAD_GLOBAL, 1, 0, PY_OPF_NAME, "pushes global name arg, else the builtin") \
    X(STORE_GLOBAL, -1, 0, PY_OPF_NAME, "pops into global name arg") \
    X(DELETE_GLOBAL, 0, 0, PY_OPF_NAME, "deletes global name arg") \
    X(LOAD_NAME, 1, 0, PY_OPF_NAME, "pushes name arg from locals, globals, builtins") \
    X(STORE_NAME, -1, 0, PY_OPF_NAME, "pops into the locals namespace") \
    X(DELETE_NAME, 0, 0, PY_OPF_NAME, "deletes from the locals namespace") \
    X(LOAD_ATTR, 0, 0, PY_OPF_NAME, "obj -> obj.name") \
    X(STORE_ATTR, -2, 0, PY_OPF_NAME, "value obj -> ; obj.name = value") \
    X(DELETE_ATTR, -1, 0, PY_OPF_NAME, "obj -> ; del obj.name") \
    X(LOAD_METHOD, 1, 0, PY_OPF_NAME, "obj -> meth self_or_null, for CALL") \
    X(BINARY_SUBSCR, -1, 0, 0, "obj key -> obj[key]") \
    X(STORE_SUBSCR, -3, 0, 0, "value obj key -> ; obj[key] = value") \
    X(DELETE_SUBSCR, -2, 0, 0, "obj key -> ; del obj[key]") \
    X(BINARY_OP, -1, 0, 0, "a b -> a <op arg> b (py_binary_op_t)") \
    X(UNARY_OP, 0, 0, 0, "a -> <op arg> a (py_unary_op_t)") \
    X(UNARY_NOT, 0, 0, 0, "a -> not a") \
    X(COMPARE_OP, -1, 0, 0, "a b -> a <cmp arg> b (py_compare_op_t)") \
    X(IS_OP, -1, 0, 0, "a b -> a is b (is not when arg is 1)") \
    X(CONTAINS_OP, -1, 0, 0, "a b -> a in b (not in when arg is 1)") \
    X(BUILD_TUPLE, 1 - (int)(arg), 0, 0, "arg items -> tuple") \
    X(BUILD_LIST, 1 - (int)(arg), 0, 0, "arg items -> list") \
    X(BUILD_SET, 1 - (int)(arg), 0, 0, "arg items -> set") \
    X(BUILD_MAP, 1 - 2 * (int)(arg), 0, 0, "arg key/value pairs -> dict") \
    X(BUILD_SLICE, 1 - (int)(arg), 0, 0, "start stop [step] -> slice (arg 2 or 3)") \
    X(BUILD_STRING, 1 - (int)(arg), 0, 0, "arg strs -> their concatenation") \
    X(LIST_APPEND, -1, 0, 0, "list ... v -> list ...; list (arg-th item after the pop) gets v") \
    X(SET_ADD, -1, 0, 0, "set ... v -> set ...; set.add(v)") \
    X(MAP_ADD, -2, 0, 0, "dict ... k v -> dict ...; dict[k] = v") \
    X(LIST_EXTEND, -1, 0, 0, "list ... it -> list ...; list.extend(it)") \
    X(SET_UPDATE, -1, 0, 0, "set ... it -> set ...; set.update(it)") \
    X(DICT_UPDATE, -1, 0, 0, "dict ... m -> dict ...; dict.update(m)") \
    X(DICT_MERGE, -1, 0, 0, "dict ... m -> dict ...; as update, duplicate keys are a TypeError") \
    X(LIST_TO_TUPLE, 0, 0, 0, "list -> tuple") \
    X(FORMAT_VALUE, -(((arg) & 4) ? 1 : 0), 0, 0, "v [spec] -> f-string piece (arg: 1 str 2 repr 3 ascii, +4 spec)") \
    X(UNPACK_SEQUENCE, (int)(arg) - 1, 0, 0, "seq -> its arg items, the first on top") \
    X(UNPACK_EX, (int)((arg) & 0xff) + (int)((arg) >> 8), 0, 0, "seq -> before + list + after items (arg = before | after << 8)") \
    X(JUMP_FORWARD, 0, 0, PY_OPF_JUMP | PY_OPF_NOFALL, "jumps to arg") \
    X(JUMP_BACKWARD, 0, 0, PY_OPF_JUMP | PY_OPF_NOFALL, "jumps to arg; polls interrupts") \
    X(POP_JUMP_IF_FALSE, -1, -1, PY_OPF_JUMP, "pops; jumps to arg if false") \
    X(POP_JUMP_IF_TRUE, -1, -1, PY_OPF_JUMP, "pops; jumps to arg if true") \
    X(JUMP_IF_FALSE_OR_POP, -1, 0, PY_OPF_JUMP, "jumps to arg keeping the top if false, else pops") \
    X(JUMP_IF_TRUE_OR_POP, -1, 0, PY_OPF_JUMP, "jumps to arg keeping the top if true, else pops") \
    X(GET_ITER, 0, 0, 0, "obj -> iter(obj)") \
    X(FOR_ITER, 1, -1, PY_OPF_JUMP, "it -> it next(it); when exhausted pops it and jumps to arg") \
    X(CALL, -1 - (int)(arg), 0, 0, "f self_or_null args... -> f(args) (arg positional args)") \
    X(CALL_KW, -2 - (int)(arg), 0, 0, "f self_or_null args... kwnames -> result (arg values)") \
    X(CALL_EX, -3, 0, 0, "f null argtuple kwdict_or_null -> f(*argtuple, **kwdict)") \
    X(MAKE_FUNCTION, -(int)(((arg) & 1) + (((arg) >> 1) & 1) + (((arg) >> 2) & 1)), 0, 0, \
      "[defaults] [kwdefaults] [closure] code -> function (arg flags 1, 2, 4)") \
    X(RETURN_VALUE, -1, 0, PY_OPF_NOFALL, "returns the top to the caller") \
    X(RAISE_VARARGS, -(int)(arg), 0, PY_OPF_NOFALL, "raise (0: re-raise, 1: exc, 2: exc cause)") \
    X(RERAISE, -1, 0, PY_OPF_NOFALL, "exc -> ; raises exc again, keeping its traceback") \
    X(PUSH_EXC_INFO, 1, 0, 0, "exc -> prev_handled exc; exc becomes the handled exception") \
    X(POP_EXCEPT, -1, 0, 0, "prev_handled -> ; restores the handled exception") \
    X(CHECK_EXC_MATCH, 0, 0, 0, "exc type -> exc matches") \
    X(CLEANUP_RERAISE, -2, 0, PY_OPF_NOFALL, "prev_handled exc -> ; restores prev, re-raises exc") \
    X(BEFORE_WITH, 1, 0, 0, "mgr -> exit mgr.__enter__()") \
    X(WITH_EXIT, -1, 0, 0, "exit -> ; exit(None, None, None)") \
    X(WITH_EXCEPT_START, 1, 0, 0, "exit prev exc -> exit prev exc exit(type, exc, tb)") \
    X(LOAD_ASSERTION_ERROR, 1, 0, 0, "pushes AssertionError") \
    X(BUILD_CLASS, -2 - (int)((arg) & 1), 0, 0, "bodyfunc name bases [kwdict] -> class (arg 1: kwdict)") \
    X(IMPORT_NAME, -1, 0, PY_OPF_NAME, "level fromlist -> module") \
    X(IMPORT_FROM, 1, 0, PY_OPF_NAME, "module -> module module.name") \
    X(IMPORT_STAR, -1, 0, 0, "module -> ; copies its public names into the namespace") \
    X(PRINT_EXPR, -1, 0, 0, "v -> ; REPL: shows repr(v) unless None") \
    PY_OPCODES_GEN(X) \
    PY_OPCODES_MATCH(X) \
    PY_OPCODES_FUSED(X) \
    PY_OPCODES_ARITH(X) \
    PY_OPCODES_QUICK(X)

// The match statement's instructions (vm/compiler_match.c emits them, vm/vm_match.c runs them).
// MATCH_SEQUENCE's argument is the length, plus this bit when the pattern has
// a star (the length is then a minimum).
#define PY_MATCH_SEQ_AT_LEAST (1u << 23)
#define PY_OPCODES_MATCH(X) \
    X(ROT_DOWN, 0, 0, 0, "moves the top down to be the arg-th item (1 = top)") \
    X(GET_LEN, 1, 0, 0, "obj -> obj len(obj)") \
    X(MATCH_SEQUENCE, 1, 0, 0, "subj -> subj ok: a sequence, not str/bytes, of len arg (bit 23: at least)") \
    X(MATCH_MAPPING, 1, 0, 0, "subj -> subj ok: a mapping of at least arg items") \
    X(MATCH_KEYS, 2, 0, 0, "subj keys -> subj keys values_or_None ok") \
    X(MATCH_CLASS, -1, 0, 0, "subj cls names -> attrs_or_None ok (arg positional sub-patterns)") \
    X(COPY_DICT_WITHOUT_KEYS, -1, 0, 0, "subj keys -> dict(subj) without the keys")

// Fused pairs (superinstructions): the compiler's last pass (vm/compiler.c,
// fuse_pairs) turns the first of two common adjacent instructions into one of
// these, and the loop runs both halves with one dispatch. The second word stays
// in place unchanged, its own instruction: the fused one reads its argument
// from it and steps over it, while a jump to it (a loop's head) runs it alone.
// So jump targets, positions and the exception table need no change, and an
// error in the second half is reported at the second word. Each one's stack
// effect is its first half's; the word after it accounts for the second.
#define PY_OPCODES_FUSED(X) \
    X(LOAD_FAST_LOAD_FAST, 1, 0, PY_OPF_LOCAL, "LOAD_FAST arg, then the LOAD_FAST that follows") \
    X(STORE_FAST_LOAD_FAST, -1, 0, PY_OPF_LOCAL, "STORE_FAST arg, then the LOAD_FAST that follows") \
    X(LOAD_FAST_LOAD_INT, 1, 0, PY_OPF_LOCAL, "LOAD_FAST arg, then the LOAD_INT that follows") \
    X(FOR_ITER_STORE_FAST, 1, -1, PY_OPF_JUMP, "FOR_ITER arg, then the STORE_FAST that follows")

// Quickened forms (vm/vm_cache.h): the loop rewrites a generic instruction
// into one of these in place, in code that has become hot; the compiler never
// emits them. Those marked "cache arg" take the index of their entry in the
// code's cache array (which keeps the original argument) instead of a name.
// Each checks a guard and falls back to the generic behaviour on a miss.
#define PY_OPCODES_QUICK(X) \
    X(LOAD_GLOBAL_ADAPTIVE, 1, 0, 0, "LOAD_GLOBAL, cache arg: specialises itself") \
    X(LOAD_GLOBAL_MODULE, 1, 0, 0, "LOAD_GLOBAL, cache arg: an entry of the globals dict") \
    X(LOAD_GLOBAL_BUILTIN, 1, 0, 0, "LOAD_GLOBAL, cache arg: an entry of builtins, globals unchanged") \
    X(LOAD_ATTR_ADAPTIVE, 0, 0, 0, "LOAD_ATTR, cache arg: specialises itself") \
    X(LOAD_ATTR_INSTANCE, 0, 0, 0, "LOAD_ATTR, cache arg: an entry of the instance dict") \
    X(LOAD_ATTR_SLOT, 0, 0, 0, "LOAD_ATTR, cache arg: a __slots__ field") \
    X(LOAD_ATTR_CLASS, 0, 0, 0, "LOAD_ATTR, cache arg: a plain class attribute, not shadowed") \
    X(LOAD_ATTR_MODULE, 0, 0, 0, "LOAD_ATTR, cache arg: an entry of a module's dict") \
    X(LOAD_ATTR_TYPE, 0, 0, 0, "LOAD_ATTR, cache arg: a plain attribute of a class object") \
    X(LOAD_METHOD_ADAPTIVE, 1, 0, 0, "LOAD_METHOD, cache arg: specialises itself") \
    X(LOAD_METHOD_CACHED, 1, 0, 0, "LOAD_METHOD, cache arg: the type's method, not shadowed") \
    X(LOAD_METHOD_MODULE, 1, 0, 0, "LOAD_METHOD, cache arg: an entry of a module's dict, no self") \
    X(STORE_ATTR_ADAPTIVE, -2, 0, 0, "STORE_ATTR, cache arg: specialises itself") \
    X(STORE_ATTR_INSTANCE, -2, 0, 0, "STORE_ATTR, cache arg: an entry of the instance dict") \
    X(STORE_ATTR_SLOT, -2, 0, 0, "STORE_ATTR, cache arg: a __slots__ field")

// BINARY_OP and COMPARE_OP specialised by the loop itself (no cache entry;
// arg is still the operator). The first run of one rewrites it into the form
// for its operands, else into its _GENERIC form for good; a form rewrites
// itself back to the plain opcode on a guard miss.
#define PY_OPCODES_ARITH(X) \
    X(BINARY_OP_GENERIC, -1, 0, 0, "BINARY_OP that no longer specialises") \
    X(BINARY_OP_ADD_INT, -1, 0, 0, "BINARY_OP + (or +=): two small ints, else generic") \
    X(BINARY_OP_SUB_INT, -1, 0, 0, "BINARY_OP - (or -=): two small ints, else generic") \
    X(BINARY_OP_ADD_FLOAT, -1, 0, 0, "BINARY_OP + (or +=): two floats in the word, else generic") \
    X(BINARY_OP_SUB_FLOAT, -1, 0, 0, "BINARY_OP - (or -=): two floats in the word, else generic") \
    X(BINARY_OP_MUL_FLOAT, -1, 0, 0, "BINARY_OP * (or *=): two floats in the word, else generic") \
    X(COMPARE_OP_GENERIC, -1, 0, 0, "COMPARE_OP that no longer specialises") \
    X(COMPARE_OP_FLOAT, -1, 0, 0, "COMPARE_OP of two floats in the word, else generic")

// Generators, coroutines and async (vm/obj_gen.h).
#define PY_OPCODES_GEN(X) \
    X(RETURN_GENERATOR, 1, 0, 0, "returns a new generator owning this frame; resumed, pushes the sent value") \
    X(YIELD_VALUE, 0, 0, 0, "v -> sent; suspends, yielding v (arg 1: a yield from / await step)") \
    X(SEND, 0, -1, PY_OPF_JUMP, "receiver v -> receiver yielded, or (jumping to arg) -> returned") \
    X(GET_YIELD_FROM_ITER, 0, 0, 0, "v -> iterator for yield from (arg 1: in a coroutine)") \
    X(GET_AWAITABLE, 0, 0, 0, "v -> the iterator await drives (arg 2: from __aexit__)") \
    X(GET_AITER, 0, 0, 0, "v -> v.__aiter__()") \
    X(GET_ANEXT, 1, 0, 0, "aiter -> aiter awaitable(aiter.__anext__())") \
    X(END_ASYNC_FOR, -2, 0, 0, "aiter exc -> ; ends the loop on StopAsyncIteration, else re-raises") \
    X(BEFORE_ASYNC_WITH, 1, 0, 0, "mgr -> aexit awaitable(mgr.__aenter__())") \
    X(ASYNC_WITH_EXIT, 0, 0, 0, "aexit -> aexit(None, None, None) (then awaited)")

typedef enum {
#define X(name, eff, jeff, flags, desc) PY_OPC_##name,
    PY_OPCODES(X)
#undef X
    PY_OPC__COUNT
} py_opcode_t;

// Instruction words.
// The largest argument: 24 bits.
#define PY_ARG_MAX 0xffffffu
static inline uint32_t py_instr(py_opcode_t op, uint32_t arg) { return (uint32_t)op | (arg << 8); }
static inline py_opcode_t py_instr_op(uint32_t instr) { return (py_opcode_t)(instr & 0xff); }
static inline uint32_t py_instr_arg(uint32_t instr) { return instr >> 8; }

#endif
