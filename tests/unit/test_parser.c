// tests/unit/test_parser.c: Criterion tests of vm/parser: tree shapes, errors, limits.
// Layer: tests (unit). Trees are compared through a compact dump whose format
// mirrors CPython's ast (Kind(field,...), identifiers bare, constants tagged:
// S/B + hex for str/bytes, F/J for float/imaginary).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

// ---- a dumper for assertions -------------------------------------------------------------

static char out[1 << 16];
static size_t outn;

static void put(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out + outn, sizeof out - outn, fmt, ap);
    va_end(ap);
    if (n > 0)
        outn += (size_t)n;
    if (outn >= sizeof out)
        outn = sizeof out - 1;
}

static int POS; // also dump positions
static void e(const py_expr_t *x);
static void s(const py_stmt_t *x);
static void pat(const py_pattern_t *x);
static void pos(const py_pos_t *p) {
    if (POS)
        put("@%d:%d-%d:%d", p->line, p->col, p->end_line, p->end_col);
}
typedef void (*fn)(const void *);
static void list(py_ast_list_t l, fn f) {
    put("[");
    for (size_t i = 0; i < l.n; i++) {
        if (i)
            put(",");
        f(l.items[i]);
    }
    put("]");
}
static void ex(const void *x) {
    e(x);
}
static void st(const void *x) {
    s(x);
}
static void str(const void *x) {
    put("%s", x ? (const char *)x : "N");
}
static void hex(const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        put("%02x", (unsigned char)b[i]);
}
static const char *binops[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                               "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
static const char *unops[] = {"Invert", "Not", "UAdd", "USub"};
static const char *cmpops[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                               "GtE", "Is",    "IsNot", "In",  "NotIn"};
static const char *ctxs[] = {"Load", "Store", "Del"};
static void cmp(const void *x) {
    put("%s", cmpops[(intptr_t)x]);
}
static void intval(const char *t) {
    char buf[4096];
    size_t n = 0;
    for (const char *p = t; *p && n < 4000; p++)
        if (*p != '_')
            buf[n++] = *p;
    buf[n] = 0;
    int base = 10;
    const char *d = buf;
    if (buf[0] == '0' && buf[1]) {
        char c = buf[1] | 0x20;
        if (c == 'x')
            base = 16;
        else if (c == 'o')
            base = 8;
        else if (c == 'b')
            base = 2;
        if (base != 10)
            d = buf + 2;
    }
    if (strlen(d) > 18) {
        put("BIG");
        return;
    }
    put("%llu", strtoull(d, NULL, base));
}
static void cval(py_const_kind_t k, const py_constant_t *c) {
    switch (k) {
    case PY_CONST_NONE: put("None"); break;
    case PY_CONST_TRUE: put("True"); break;
    case PY_CONST_FALSE: put("False"); break;
    case PY_CONST_ELLIPSIS: put("Ellipsis"); break;
    case PY_CONST_INT: intval(c->text); break;
    case PY_CONST_FLOAT: put("F%.17g", c->number); break;
    case PY_CONST_IMAG: put("J%.17g", c->number); break;
    case PY_CONST_STR:
        put("S");
        hex(c->bytes, c->len);
        break;
    case PY_CONST_BYTES:
        put("B");
        hex(c->bytes, c->len);
        break;
    }
}
static void arg(const void *v) {
    const py_arg_t *a = v;
    if (!a) {
        put("N");
        return;
    }
    put("arg(%s,", a->arg);
    if (a->annotation)
        e(a->annotation);
    else
        put("N");
    put(")");
}
static void args(const py_arguments_t *a) {
    put("arguments(");
    list(a->posonlyargs, arg);
    put(",");
    list(a->args, arg);
    put(",");
    arg(a->vararg);
    put(",");
    list(a->kwonlyargs, arg);
    put(",");
    list(a->kw_defaults, ex);
    put(",");
    arg(a->kwarg);
    put(",");
    list(a->defaults, ex);
    put(")");
}
static void kw(const void *v) {
    const py_keyword_t *k = v;
    put("keyword(%s,", k->arg ? k->arg : "N");
    e(k->value);
    put(")");
}
static void comp(const void *v) {
    const py_comprehension_t *c = v;
    put("comprehension(");
    e(c->target);
    put(",");
    e(c->iter);
    put(",");
    list(c->ifs, ex);
    put(",%d)", c->is_async);
}
static void opt(const py_expr_t *x) {
    if (x)
        e(x);
    else
        put("N");
}
static void e(const py_expr_t *x) {
    if (!x) {
        put("N");
        return;
    }
    switch (x->kind) {
    case PY_EXPR_BOOLOP:
        put("BoolOp(%s,", x->u.boolop.op == PY_BOOL_AND ? "And" : "Or");
        list(x->u.boolop.values, ex);
        put(")");
        break;
    case PY_EXPR_NAMEDEXPR:
        put("NamedExpr(");
        e(x->u.namedexpr.target);
        put(",");
        e(x->u.namedexpr.value);
        put(")");
        break;
    case PY_EXPR_BINOP:
        put("BinOp(");
        e(x->u.binop.left);
        put(",%s,", binops[x->u.binop.op]);
        e(x->u.binop.right);
        put(")");
        break;
    case PY_EXPR_UNARYOP:
        put("UnaryOp(%s,", unops[x->u.unaryop.op]);
        e(x->u.unaryop.operand);
        put(")");
        break;
    case PY_EXPR_LAMBDA:
        put("Lambda(");
        args(x->u.lambda.args);
        put(",");
        e(x->u.lambda.body);
        put(")");
        break;
    case PY_EXPR_IFEXP:
        put("IfExp(");
        e(x->u.ifexp.test);
        put(",");
        e(x->u.ifexp.body);
        put(",");
        e(x->u.ifexp.orelse);
        put(")");
        break;
    case PY_EXPR_DICT:
        put("Dict(");
        list(x->u.dict.keys, ex);
        put(",");
        list(x->u.dict.values, ex);
        put(")");
        break;
    case PY_EXPR_SET:
        put("Set(");
        list(x->u.set.elts, ex);
        put(")");
        break;
    case PY_EXPR_LISTCOMP:
    case PY_EXPR_SETCOMP:
    case PY_EXPR_GENERATOREXP:
        put("%s(", x->kind == PY_EXPR_LISTCOMP  ? "ListComp"
                   : x->kind == PY_EXPR_SETCOMP ? "SetComp"
                                                : "GeneratorExp");
        e(x->u.comp.elt);
        put(",");
        list(x->u.comp.generators, comp);
        put(")");
        break;
    case PY_EXPR_DICTCOMP:
        put("DictComp(");
        e(x->u.comp.key);
        put(",");
        e(x->u.comp.value);
        put(",");
        list(x->u.comp.generators, comp);
        put(")");
        break;
    case PY_EXPR_AWAIT:
        put("Await(");
        e(x->u.await.value);
        put(")");
        break;
    case PY_EXPR_YIELD:
        put("Yield(");
        opt(x->u.yield.value);
        put(")");
        break;
    case PY_EXPR_YIELDFROM:
        put("YieldFrom(");
        e(x->u.yieldfrom.value);
        put(")");
        break;
    case PY_EXPR_COMPARE:
        put("Compare(");
        e(x->u.compare.left);
        put(",");
        list(x->u.compare.ops, cmp);
        put(",");
        list(x->u.compare.comparators, ex);
        put(")");
        break;
    case PY_EXPR_CALL:
        put("Call(");
        e(x->u.call.func);
        put(",");
        list(x->u.call.args, ex);
        put(",");
        list(x->u.call.keywords, kw);
        put(")");
        break;
    case PY_EXPR_FORMATTEDVALUE:
        put("FormattedValue(");
        e(x->u.formatted.value);
        put(",%d,", x->u.formatted.conversion);
        opt(x->u.formatted.format_spec);
        put(")");
        break;
    case PY_EXPR_JOINEDSTR:
        put("JoinedStr(");
        list(x->u.joinedstr.values, ex);
        put(")");
        break;
    case PY_EXPR_CONSTANT:
        put("Constant(");
        cval(x->u.constant.kind, &x->u.constant);
        put(")");
        break;
    case PY_EXPR_ATTRIBUTE:
        put("Attribute(");
        e(x->u.attribute.value);
        put(",%s,%s)", x->u.attribute.attr, ctxs[x->u.attribute.ctx]);
        break;
    case PY_EXPR_SUBSCRIPT:
        put("Subscript(");
        e(x->u.subscript.value);
        put(",");
        e(x->u.subscript.slice);
        put(",%s)", ctxs[x->u.subscript.ctx]);
        break;
    case PY_EXPR_STARRED:
        put("Starred(");
        e(x->u.starred.value);
        put(",%s)", ctxs[x->u.starred.ctx]);
        break;
    case PY_EXPR_NAME: put("Name(%s,%s)", x->u.name.id, ctxs[x->u.name.ctx]); break;
    case PY_EXPR_LIST:
    case PY_EXPR_TUPLE:
        put("%s(", x->kind == PY_EXPR_LIST ? "List" : "Tuple");
        list(x->u.list.elts, ex);
        put(",%s)", ctxs[x->u.list.ctx]);
        break;
    case PY_EXPR_SLICE:
        put("Slice(");
        opt(x->u.slice.lower);
        put(",");
        opt(x->u.slice.upper);
        put(",");
        opt(x->u.slice.step);
        put(")");
        break;
    }
    pos(&x->pos);
}
static void pt(const void *v) {
    pat(v);
}
static void pat(const py_pattern_t *x) {
    if (!x) {
        put("N");
        return;
    }
    switch (x->kind) {
    case PY_PAT_VALUE:
        put("MatchValue(");
        e(x->u.value.value);
        put(")");
        break;
    case PY_PAT_SINGLETON:
        put("MatchSingleton(");
        cval(x->u.singleton.value, NULL);
        put(")");
        break;
    case PY_PAT_SEQUENCE:
        put("MatchSequence(");
        list(x->u.sequence.patterns, pt);
        put(")");
        break;
    case PY_PAT_MAPPING:
        put("MatchMapping(");
        list(x->u.mapping.keys, ex);
        put(",");
        list(x->u.mapping.patterns, pt);
        put(",%s)", x->u.mapping.rest ? x->u.mapping.rest : "N");
        break;
    case PY_PAT_CLASS:
        put("MatchClass(");
        e(x->u.cls.cls);
        put(",");
        list(x->u.cls.patterns, pt);
        put(",");
        list(x->u.cls.kwd_attrs, str);
        put(",");
        list(x->u.cls.kwd_patterns, pt);
        put(")");
        break;
    case PY_PAT_STAR: put("MatchStar(%s)", x->u.star.name ? x->u.star.name : "N"); break;
    case PY_PAT_AS:
        put("MatchAs(");
        pat(x->u.as.pattern);
        put(",%s)", x->u.as.name ? x->u.as.name : "N");
        break;
    case PY_PAT_OR:
        put("MatchOr(");
        list(x->u.or.patterns, pt);
        put(")");
        break;
    }
}
static void handler(const void *v) {
    const py_excepthandler_t *h = v;
    put("ExceptHandler(");
    opt(h->type);
    put(",%s,", h->name ? h->name : "N");
    list(h->body, st);
    put(")");
}
static void withitem(const void *v) {
    const py_withitem_t *w = v;
    put("withitem(");
    e(w->context_expr);
    put(",");
    opt(w->optional_vars);
    put(")");
}
static void alias(const void *v) {
    const py_alias_t *a = v;
    put("alias(%s,%s)", a->name, a->asname ? a->asname : "N");
}
static void mcase(const void *v) {
    const py_match_case_t *c = v;
    put("match_case(");
    pat(c->pattern);
    put(",");
    opt(c->guard);
    put(",");
    list(c->body, st);
    put(")");
}
static void s(const py_stmt_t *x) {
    switch (x->kind) {
    case PY_STMT_FUNCTIONDEF:
    case PY_STMT_ASYNCFUNCTIONDEF:
        put("%s(%s,", x->kind == PY_STMT_FUNCTIONDEF ? "FunctionDef" : "AsyncFunctionDef",
            x->u.funcdef.name);
        args(x->u.funcdef.args);
        put(",");
        list(x->u.funcdef.body, st);
        put(",");
        list(x->u.funcdef.decorator_list, ex);
        put(",");
        opt(x->u.funcdef.returns);
        put(")");
        break;
    case PY_STMT_CLASSDEF:
        put("ClassDef(%s,", x->u.classdef.name);
        list(x->u.classdef.bases, ex);
        put(",");
        list(x->u.classdef.keywords, kw);
        put(",");
        list(x->u.classdef.body, st);
        put(",");
        list(x->u.classdef.decorator_list, ex);
        put(")");
        break;
    case PY_STMT_RETURN:
        put("Return(");
        opt(x->u.ret.value);
        put(")");
        break;
    case PY_STMT_DELETE:
        put("Delete(");
        list(x->u.del.targets, ex);
        put(")");
        break;
    case PY_STMT_ASSIGN:
        put("Assign(");
        list(x->u.assign.targets, ex);
        put(",");
        e(x->u.assign.value);
        put(")");
        break;
    case PY_STMT_AUGASSIGN:
        put("AugAssign(");
        e(x->u.augassign.target);
        put(",%s,", binops[x->u.augassign.op]);
        e(x->u.augassign.value);
        put(")");
        break;
    case PY_STMT_ANNASSIGN:
        put("AnnAssign(");
        e(x->u.annassign.target);
        put(",");
        e(x->u.annassign.annotation);
        put(",");
        opt(x->u.annassign.value);
        put(",%d)", x->u.annassign.simple);
        break;
    case PY_STMT_FOR:
    case PY_STMT_ASYNCFOR:
        put("%s(", x->kind == PY_STMT_FOR ? "For" : "AsyncFor");
        e(x->u.for_.target);
        put(",");
        e(x->u.for_.iter);
        put(",");
        list(x->u.for_.body, st);
        put(",");
        list(x->u.for_.orelse, st);
        put(")");
        break;
    case PY_STMT_WHILE:
        put("While(");
        e(x->u.while_.test);
        put(",");
        list(x->u.while_.body, st);
        put(",");
        list(x->u.while_.orelse, st);
        put(")");
        break;
    case PY_STMT_IF:
        put("If(");
        e(x->u.if_.test);
        put(",");
        list(x->u.if_.body, st);
        put(",");
        list(x->u.if_.orelse, st);
        put(")");
        break;
    case PY_STMT_WITH:
    case PY_STMT_ASYNCWITH:
        put("%s(", x->kind == PY_STMT_WITH ? "With" : "AsyncWith");
        list(x->u.with.items, withitem);
        put(",");
        list(x->u.with.body, st);
        put(")");
        break;
    case PY_STMT_MATCH:
        put("Match(");
        e(x->u.match.subject);
        put(",");
        list(x->u.match.cases, mcase);
        put(")");
        break;
    case PY_STMT_RAISE:
        put("Raise(");
        opt(x->u.raise.exc);
        put(",");
        opt(x->u.raise.cause);
        put(")");
        break;
    case PY_STMT_TRY:
    case PY_STMT_TRYSTAR:
        put("%s(", x->kind == PY_STMT_TRY ? "Try" : "TryStar");
        list(x->u.try_.body, st);
        put(",");
        list(x->u.try_.handlers, handler);
        put(",");
        list(x->u.try_.orelse, st);
        put(",");
        list(x->u.try_.finalbody, st);
        put(")");
        break;
    case PY_STMT_ASSERT:
        put("Assert(");
        e(x->u.assert_.test);
        put(",");
        opt(x->u.assert_.msg);
        put(")");
        break;
    case PY_STMT_IMPORT:
        put("Import(");
        list(x->u.import.names, alias);
        put(")");
        break;
    case PY_STMT_IMPORTFROM:
        put("ImportFrom(%s,", x->u.importfrom.module ? x->u.importfrom.module : "N");
        list(x->u.importfrom.names, alias);
        put(",%d)", x->u.importfrom.level);
        break;
    case PY_STMT_GLOBAL:
    case PY_STMT_NONLOCAL:
        put("%s(", x->kind == PY_STMT_GLOBAL ? "Global" : "Nonlocal");
        list(x->u.global.names, str);
        put(")");
        break;
    case PY_STMT_EXPR:
        put("Expr(");
        e(x->u.expr.value);
        put(")");
        break;
    case PY_STMT_PASS: put("Pass()"); break;
    case PY_STMT_BREAK: put("Break()"); break;
    case PY_STMT_CONTINUE: put("Continue()"); break;
    }
    pos(&x->pos);
}

// ---- helpers ---------------------------------------------------------------------------------

// Parses [src] in [mode]; returns the dump, or "ERROR msg @line:col".
static const char *parse_dump(const char *src, py_parse_mode_t mode, py_syntax_error_t *err) {
    static py_syntax_error_t local;
    if (!err)
        err = &local;
    py_arena_t a;
    py_arena_init(&a);
    outn = 0;
    out[0] = '\0';
    py_ast_mod_t *m = py_parse(&a, src, strlen(src), mode, err);
    if (!m)
        put("ERROR %s @%d:%d", err->msg, err->line, err->col);
    else if (mode == PY_PARSE_EVAL)
        e(m->expr);
    else
        list(m->body, st);
    py_arena_free(&a);
    return out;
}

// The tree of [src] as a module must be [want] (the list of statements).
static void tree(const char *src, const char *want) {
    cr_assert_str_eq(parse_dump(src, PY_PARSE_FILE, NULL), want, "source: %s", src);
}

// The expression [src] must parse to [want].
static void expr(const char *src, const char *want) {
    cr_assert_str_eq(parse_dump(src, PY_PARSE_EVAL, NULL), want, "source: %s", src);
}

// [src] must fail with [msg] at [line]:[col] (1-based); col 0 skips the check.
static void error(const char *src, const char *msg, int line, int col) {
    py_syntax_error_t err;
    const char *got = parse_dump(src, PY_PARSE_FILE, &err);
    cr_assert(strncmp(got, "ERROR", 5) == 0, "source: %s parsed as %s", src, got);
    cr_assert_str_eq(err.msg, msg, "source: %s", src);
    cr_assert_eq(err.line, line, "source: %s: line %d", src, err.line);
    if (col)
        cr_assert_eq(err.col, col, "source: %s: col %d", src, err.col);
}

// [src] in REPL mode must be incomplete (1) or complete or a hard error (0).
static void incomplete(const char *src, int want) {
    py_syntax_error_t err;
    const char *got = parse_dump(src, PY_PARSE_SINGLE, &err);
    int inc = strncmp(got, "ERROR", 5) == 0 && err.incomplete;
    cr_assert_eq(inc, want, "source: %s -> %s", src, got);
}

// ---- expressions ---------------------------------------------------------------------------

Test(parser, atoms) {
    expr("x", "Name(x,Load)");
    expr("None", "Constant(None)");
    expr("...", "Constant(Ellipsis)");
    expr("0x_ff", "Constant(255)");
    expr("123456789012345678901234567890", "Constant(BIG)");
    expr("1_0.5", "Constant(F10.5)");
    expr("2j", "Constant(J2)");
    expr("'a' \"b\"", "Constant(S6162)");
    expr("b'a' b'\\x00'", "Constant(B6100)");
    expr("()", "Tuple([],Load)");
    expr("[]", "List([],Load)");
    expr("{}", "Dict([],[])");
}

Test(parser, precedence) {
    expr("1 + 2 * 3", "BinOp(Constant(1),Add,BinOp(Constant(2),Mult,Constant(3)))");
    expr("1 - 2 - 3", "BinOp(BinOp(Constant(1),Sub,Constant(2)),Sub,Constant(3))");
    expr("2 ** 3 ** 4", "BinOp(Constant(2),Pow,BinOp(Constant(3),Pow,Constant(4)))");
    expr("-2 ** 2", "UnaryOp(USub,BinOp(Constant(2),Pow,Constant(2)))");
    expr("2 ** -1", "BinOp(Constant(2),Pow,UnaryOp(USub,Constant(1)))");
    expr("a | b ^ c & d << e + f @ g // h",
         "BinOp(Name(a,Load),BitOr,BinOp(Name(b,Load),BitXor,BinOp(Name(c,Load),BitAnd,"
         "BinOp(Name(d,Load),LShift,BinOp(Name(e,Load),Add,BinOp(BinOp(Name(f,Load),MatMult,"
         "Name(g,Load)),FloorDiv,Name(h,Load)))))))");
    expr("not a and b or c", "BoolOp(Or,[BoolOp(And,[UnaryOp(Not,Name(a,Load)),Name(b,Load)]),"
                             "Name(c,Load)])");
    expr("a or b or c", "BoolOp(Or,[Name(a,Load),Name(b,Load),Name(c,Load)])");
    expr("~a % b", "BinOp(UnaryOp(Invert,Name(a,Load)),Mod,Name(b,Load))");
    expr("await x ** 2", "BinOp(Await(Name(x,Load)),Pow,Constant(2))");
}

Test(parser, comparisons) {
    expr("a < b <= c", "Compare(Name(a,Load),[Lt,LtE],[Name(b,Load),Name(c,Load)])");
    expr("a not in b is not c", "Compare(Name(a,Load),[NotIn,IsNot],[Name(b,Load),Name(c,Load)])");
    expr("a == b != c > d >= e in f is g",
         "Compare(Name(a,Load),[Eq,NotEq,Gt,GtE,In,Is],[Name(b,Load),Name(c,Load),"
         "Name(d,Load),Name(e,Load),Name(f,Load),Name(g,Load)])");
}

Test(parser, conditional_lambda_walrus) {
    expr("a if b else c if d else e",
         "IfExp(Name(b,Load),Name(a,Load),IfExp(Name(d,Load),Name(c,Load),Name(e,Load)))");
    expr("lambda: 0", "Lambda(arguments([],[],N,[],[],N,[]),Constant(0))");
    expr("lambda a, /, b=1, *c, d, e=2, **f: a",
         "Lambda(arguments([arg(a,N)],[arg(b,N)],arg(c,N),[arg(d,N),arg(e,N)],[N,Constant(2)],"
         "arg(f,N),[Constant(1)]),Name(a,Load))");
    expr("lambda *, k: k", "Lambda(arguments([],[],N,[arg(k,N)],[N],N,[]),Name(k,Load))");
    expr("(y := f(x))", "NamedExpr(Name(y,Store),Call(Name(f,Load),[Name(x,Load)],[]))");
}

Test(parser, primaries) {
    expr("a.b.c", "Attribute(Attribute(Name(a,Load),b,Load),c,Load)");
    expr("f(1, *a, k=2, **d)", "Call(Name(f,Load),[Constant(1),Starred(Name(a,Load),Load)],"
                               "[keyword(k,Constant(2)),keyword(N,Name(d,Load))])");
    expr("f(x for x in y)", "Call(Name(f,Load),[GeneratorExp(Name(x,Load),[comprehension("
                            "Name(x,Store),Name(y,Load),[],0)])],[])");
    expr("f(a=1, *b)", "Call(Name(f,Load),[Starred(Name(b,Load),Load)],[keyword(a,Constant(1))])");
    expr("a[1]", "Subscript(Name(a,Load),Constant(1),Load)");
    expr("a[1:2, ::3]", "Subscript(Name(a,Load),Tuple([Slice(Constant(1),Constant(2),N),"
                        "Slice(N,N,Constant(3))],Load),Load)");
    expr("a[:]", "Subscript(Name(a,Load),Slice(N,N,N),Load)");
    expr("a[*b]", "Subscript(Name(a,Load),Tuple([Starred(Name(b,Load),Load)],Load),Load)");
    expr("a[b:=1]", "Subscript(Name(a,Load),NamedExpr(Name(b,Store),Constant(1)),Load)");
}

Test(parser, displays) {
    expr("(1,)", "Tuple([Constant(1)],Load)");
    expr("1, *a", "Tuple([Constant(1),Starred(Name(a,Load),Load)],Load)");
    expr("[1, *a]", "List([Constant(1),Starred(Name(a,Load),Load)],Load)");
    expr("{1, *a}", "Set([Constant(1),Starred(Name(a,Load),Load)])");
    expr("{1: 2, **d}", "Dict([Constant(1),N],[Constant(2),Name(d,Load)])");
    expr("(1)", "Constant(1)");
}

Test(parser, comprehensions) {
    expr("[x for x in y if x if z for w in x]",
         "ListComp(Name(x,Load),[comprehension(Name(x,Store),Name(y,Load),[Name(x,Load),"
         "Name(z,Load)],0),comprehension(Name(w,Store),Name(x,Load),[],0)])");
    expr("{k: v for k, v in d}", "DictComp(Name(k,Load),Name(v,Load),[comprehension("
                                 "Tuple([Name(k,Store),Name(v,Store)],Store),Name(d,Load),[],0)])");
    expr("{x async for x in y}", "SetComp(Name(x,Load),[comprehension(Name(x,Store),"
                                 "Name(y,Load),[],1)])");
    expr("(x for x in y)", "GeneratorExp(Name(x,Load),[comprehension(Name(x,Store),"
                           "Name(y,Load),[],0)])");
}

Test(parser, yield_and_await) {
    tree("def f():\n x = yield\n yield from g\n y = yield 1, 2\n await z\n",
         "[FunctionDef(f,arguments([],[],N,[],[],N,[]),[Assign([Name(x,Store)],Yield(N)),"
         "Expr(YieldFrom(Name(g,Load))),Assign([Name(y,Store)],Yield(Tuple([Constant(1),"
         "Constant(2)],Load))),Expr(Await(Name(z,Load)))],[],N)]");
}

Test(parser, fstrings) {
    expr("f'a{x}b'", "JoinedStr([Constant(S61),FormattedValue(Name(x,Load),-1,N),Constant(S62)])");
    expr("f''", "JoinedStr([])");
    expr("f'{x!r:>{w}}'", "JoinedStr([FormattedValue(Name(x,Load),114,JoinedStr([Constant(S3e),"
                          "FormattedValue(Name(w,Load),-1,N)]))])");
    expr("f'{x=}'", "JoinedStr([Constant(S783d),FormattedValue(Name(x,Load),114,N)])");
    expr("f'{x = :>3}'", "JoinedStr([Constant(S78203d20),FormattedValue(Name(x,Load),-1,"
                         "JoinedStr([Constant(S3e33)]))])");
    expr("f'{x=!s}'", "JoinedStr([Constant(S783d),FormattedValue(Name(x,Load),115,N)])");
    expr("'a' f'{{b}}' 'c'", "JoinedStr([Constant(S617b627d63)])");
    expr("f'{\"q\"}'", "JoinedStr([FormattedValue(Constant(S71),-1,N)])");
    expr("f'{a, b}'", "JoinedStr([FormattedValue(Tuple([Name(a,Load),Name(b,Load)],Load),-1,N)])");
    expr("f'''{\na\n}'''", "JoinedStr([FormattedValue(Name(a,Load),-1,N)])");
    expr("f'\\n{x}\\N{BULLET}'", "JoinedStr([Constant(S0a),FormattedValue(Name(x,Load),-1,N),"
                                 "Constant(Se280a2)])");
    expr("f\"{f'{x}'}\"", "JoinedStr([FormattedValue(JoinedStr([FormattedValue(Name(x,Load),"
                          "-1,N)]),-1,N)])");
    expr("rf'\\n{x}'", "JoinedStr([Constant(S5c6e),FormattedValue(Name(x,Load),-1,N)])");
}

Test(parser, fstring_expression_positions) {
    POS = 1;
    const char *got = parse_dump("x = f'ab{yy}'", PY_PARSE_FILE, NULL);
    POS = 0;
    cr_assert(strstr(got, "Name(yy,Load)@1:9-1:11") != NULL, "%s", got);
}

// ---- statements ------------------------------------------------------------------------------

Test(parser, assignments) {
    tree("a = b = 1", "[Assign([Name(a,Store),Name(b,Store)],Constant(1))]");
    tree("a, *b = c", "[Assign([Tuple([Name(a,Store),Starred(Name(b,Store),Store)],Store)],"
                      "Name(c,Load))]");
    tree("[a, (b, c)] = x", "[Assign([List([Name(a,Store),Tuple([Name(b,Store),Name(c,Store)],"
                            "Store)],Store)],Name(x,Load))]");
    tree("a.b[c] = 1", "[Assign([Subscript(Attribute(Name(a,Load),b,Load),Name(c,Load),Store)],"
                       "Constant(1))]");
    tree("x += 1", "[AugAssign(Name(x,Store),Add,Constant(1))]");
    tree("x //= y", "[AugAssign(Name(x,Store),FloorDiv,Name(y,Load))]");
    tree("x: int", "[AnnAssign(Name(x,Store),Name(int,Load),N,1)]");
    tree("(x): int = 1", "[AnnAssign(Name(x,Store),Name(int,Load),Constant(1),0)]");
    tree("a.b: int", "[AnnAssign(Attribute(Name(a,Load),b,Store),Name(int,Load),N,0)]");
    tree("x = *a, *b", "[Assign([Name(x,Store)],Tuple([Starred(Name(a,Load),Load),"
                       "Starred(Name(b,Load),Load)],Load))]");
}

Test(parser, simple_statements) {
    tree("pass; break; continue", "[Pass(),Break(),Continue()]");
    tree("del a, b[0], (c, d)", "[Delete([Name(a,Del),Subscript(Name(b,Load),Constant(0),Del),"
                                "Tuple([Name(c,Del),Name(d,Del)],Del)])]");
    tree("assert x, 'm'", "[Assert(Name(x,Load),Constant(S6d))]");
    tree("raise E from c", "[Raise(Name(E,Load),Name(c,Load))]");
    tree("raise", "[Raise(N,N)]");
    tree("global a, b", "[Global([a,b])]");
    tree("def f():\n nonlocal a\n return", "[FunctionDef(f,arguments([],[],N,[],[],N,[]),"
                                           "[Nonlocal([a]),Return(N)],[],N)]");
    tree("def f(): return *a, b",
         "[FunctionDef(f,arguments([],[],N,[],[],N,[]),"
         "[Return(Tuple([Starred(Name(a,Load),Load),Name(b,Load)],Load))],[],N)]");
}

Test(parser, imports) {
    tree("import a.b.c as d, e", "[Import([alias(a.b.c,d),alias(e,N)])]");
    tree("from . import x", "[ImportFrom(N,[alias(x,N)],1)]");
    tree("from ...a.b import (c as d, e,)", "[ImportFrom(a.b,[alias(c,d),alias(e,N)],3)]");
    tree("from .... import *", "[ImportFrom(N,[alias(*,N)],4)]");
}

Test(parser, if_while_for) {
    tree("if a:\n pass\nelif b:\n pass\nelse:\n pass",
         "[If(Name(a,Load),[Pass()],[If(Name(b,Load),[Pass()],[Pass()])])]");
    tree("while x: pass\nelse: pass", "[While(Name(x,Load),[Pass()],[Pass()])]");
    tree("for a, *b in c, d: pass", "[For(Tuple([Name(a,Store),Starred(Name(b,Store),Store)],"
                                    "Store),Tuple([Name(c,Load),Name(d,Load)],Load),[Pass()],[])]");
    tree("async def f():\n async for x in y: pass\n async with a as b: pass",
         "[AsyncFunctionDef(f,arguments([],[],N,[],[],N,[]),[AsyncFor(Name(x,Store),"
         "Name(y,Load),[Pass()],[]),AsyncWith([withitem(Name(a,Load),Name(b,Store))],"
         "[Pass()])],[],N)]");
}

Test(parser, with_items) {
    tree("with a as b, c: pass", "[With([withitem(Name(a,Load),Name(b,Store)),"
                                 "withitem(Name(c,Load),N)],[Pass()])]");
    tree("with (a as b, c as d,): pass", "[With([withitem(Name(a,Load),Name(b,Store)),"
                                         "withitem(Name(c,Load),Name(d,Store))],[Pass()])]");
    tree("with (a, b) as c: pass", "[With([withitem(Tuple([Name(a,Load),Name(b,Load)],Load),"
                                   "Name(c,Store))],[Pass()])]");
    tree("with (a, b): pass", "[With([withitem(Name(a,Load),N),withitem(Name(b,Load),N)],"
                              "[Pass()])]");
    tree("with (yield): pass", "[With([withitem(Yield(N),N)],[Pass()])]");
}

Test(parser, try_statements) {
    tree("try: pass\nexcept E as e: pass\nexcept: pass\nelse: pass\nfinally: pass",
         "[Try([Pass()],[ExceptHandler(Name(E,Load),e,[Pass()]),ExceptHandler(N,N,[Pass()])],"
         "[Pass()],[Pass()])]");
    tree("try: pass\nfinally: pass", "[Try([Pass()],[],[],[Pass()])]");
    tree("try: pass\nexcept* (A, B): pass",
         "[TryStar([Pass()],[ExceptHandler(Tuple("
         "[Name(A,Load),Name(B,Load)],Load),N,[Pass()])],[],[])]");
}

Test(parser, definitions) {
    tree("@d\n@e.f(1)\ndef g(a: int = 1, *args: str, b, **kw) -> None: pass",
         "[FunctionDef(g,arguments([],[arg(a,Name(int,Load))],arg(args,Name(str,Load)),"
         "[arg(b,N)],[N],arg(kw,N),[Constant(1)]),[Pass()],[Name(d,Load),Call(Attribute("
         "Name(e,Load),f,Load),[Constant(1)],[])],Constant(None))]");
    tree("class A(B, metaclass=M):\n x = 1",
         "[ClassDef(A,[Name(B,Load)],[keyword("
         "metaclass,Name(M,Load))],[Assign([Name(x,Store)],Constant(1))],[])]");
    tree("class A: pass", "[ClassDef(A,[],[],[Pass()],[])]");
    tree("def f(a, /, b): pass", "[FunctionDef(f,arguments([arg(a,N)],[arg(b,N)],N,[],[],N,[]),"
                                 "[Pass()],[],N)]");
}

Test(parser, match_statement) {
    tree("match x:\n case 1 | -2 | 3+4j: pass\n case None: pass\n case [a, *rest]: pass\n"
         " case {'k': v, **kw}: pass\n case P(1, y=2) as p if p: pass\n case a.B: pass\n"
         " case (x, _): pass\n case _: pass",
         "[Match(Name(x,Load),[match_case(MatchOr([MatchValue(Constant(1)),MatchValue(UnaryOp("
         "USub,Constant(2))),MatchValue(BinOp(Constant(3),Add,Constant(J4)))]),N,[Pass()]),"
         "match_case(MatchSingleton(None),N,[Pass()]),match_case(MatchSequence([MatchAs(N,a),"
         "MatchStar(rest)]),N,[Pass()]),match_case(MatchMapping([Constant(S6b)],[MatchAs(N,v)],"
         "kw),N,[Pass()]),match_case(MatchAs(MatchClass(Name(P,Load),[MatchValue(Constant(1))],"
         "[y],[MatchValue(Constant(2))]),p),Name(p,Load),[Pass()]),match_case(MatchValue("
         "Attribute(Name(a,Load),B,Load)),N,[Pass()]),match_case(MatchSequence([MatchAs(N,x),"
         "MatchAs(N,N)]),N,[Pass()]),match_case(MatchAs(N,N),N,[Pass()])])]");
    tree("match a, b:\n case 1, 2: pass",
         "[Match(Tuple([Name(a,Load),Name(b,Load)],Load),"
         "[match_case(MatchSequence([MatchValue(Constant(1)),MatchValue(Constant(2))]),N,"
         "[Pass()])])]");
}

Test(parser, soft_keywords_as_names) {
    tree("match = 1", "[Assign([Name(match,Store)],Constant(1))]");
    tree("match(x)", "[Expr(Call(Name(match,Load),[Name(x,Load)],[]))]");
    tree("match[x] = 1", "[Assign([Subscript(Name(match,Load),Name(x,Load),Store)],Constant(1))]");
    tree("match.x", "[Expr(Attribute(Name(match,Load),x,Load))]");
    tree("match -x", "[Expr(BinOp(Name(match,Load),Sub,Name(x,Load)))]");
    tree("case = _ = 2", "[Assign([Name(case,Store),Name(_,Store)],Constant(2))]");
    tree("print(match, case)",
         "[Expr(Call(Name(print,Load),[Name(match,Load),Name(case,Load)],[]))]");
}

Test(parser, positions) {
    POS = 1;
    const char *got = parse_dump("if x:\n    y = (a) + 1\n", PY_PARSE_FILE, NULL);
    POS = 0;
    cr_assert_str_eq(got, "[If(Name(x,Load)@1:3-1:4,[Assign([Name(y,Store)@2:4-2:5],"
                          "BinOp(Name(a,Load)@2:9-2:10,Add,Constant(1)@2:14-2:15)@2:8-2:15)"
                          "@2:4-2:15],[])@1:0-2:15]");
}

Test(parser, eval_mode) {
    expr("1, 2\n\n", "Tuple([Constant(1),Constant(2)],Load)");
    // eval() strips leading blanks itself; compile(..., 'eval') does not
    cr_assert_str_eq(parse_dump("  1", PY_PARSE_EVAL, NULL), "ERROR unexpected indent @1:2");
    cr_assert_str_eq(parse_dump("x = 1", PY_PARSE_EVAL, NULL), "ERROR invalid syntax @1:3");
}

// ---- errors -----------------------------------------------------------------------------------

Test(parser, generic_errors) {
    error("x = 5 +", "invalid syntax", 1, 8);
    error("a.1", "invalid syntax", 1, 2);
    error("else: pass", "invalid syntax", 1, 1);
    error("(1 2", "'(' was never closed", 1, 1);
    error("f(a b)", "invalid syntax. Perhaps you forgot a comma?", 1, 3);
    error("[1 2]", "invalid syntax. Perhaps you forgot a comma?", 1, 2);
    error("print 'x'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
    error("a if b", "expected 'else' after 'if' expression", 1, 1);
    error("x = (1,\n2 3", "'(' was never closed", 1, 5);
    error("class A(:\n  pass", "invalid syntax", 1, 9);
    error("with (a as b, c as d) as e: pass", "invalid syntax", 1, 23);
}

Test(parser, expected_tokens) {
    error("if x\n  pass", "expected ':'", 1, 5);
    error("class A", "expected ':'", 1, 8);
    error("def f x: pass", "expected '('", 1, 7);
    error("match x", "expected ':'", 1, 8);
    error("try:\n  pass\nx = 1", "expected 'except' or 'finally' block", 3, 1);
}

Test(parser, target_errors) {
    error("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
    error("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1,
          1);
    error("(a, 1) = x", "cannot assign to literal", 1, 5);
    error("a = 1 = 2", "cannot assign to literal", 1, 5);
    error("not x = 1", "cannot assign to expression", 1, 1);
    error("True = 1", "cannot assign to True", 1, 1);
    error("del f()", "cannot delete function call", 1, 5);
    error("del 1", "cannot delete literal", 1, 5);
    error("del *a", "cannot delete starred", 1, 5);
    error("for 1 in x: pass", "cannot assign to literal", 1, 5);
    error("with a as 1: pass", "cannot assign to literal", 1, 11);
    error("[x for 1 in y]", "cannot assign to literal", 1, 8);
    error("a, b: int", "only single target (not tuple) can be annotated", 1, 1);
    error("(a, b) += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1);
    error("None += 1", "'None' is an illegal expression for augmented assignment", 1, 1);
    error("*a = 1", "starred assignment target must be in a list or tuple", 1, 1);
    error("*a, *b = 1", "multiple starred expressions in assignment", 1, 1);
    error("(a.b := 1)", "cannot use assignment expressions with attribute", 1, 2);
    error("x = *a", "can't use starred expression here", 1, 5);
    error("(*a)", "cannot use starred expression here", 1, 2);
}

Test(parser, argument_errors) {
    error("f(a=1, a=2)", "keyword argument repeated: a", 1, 8);
    error("f(a=1, b)", "positional argument follows keyword argument", 1, 9);
    error("f(**a, b)", "positional argument follows keyword argument unpacking", 1, 9);
    error("f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking", 1, 8);
    error("f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3);
    error("f(a.b=1)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3);
    error("f(True=1)", "cannot assign to True", 1, 3);
}

Test(parser, parameter_errors) {
    error("def f(a=1, b): pass", "non-default argument follows default argument", 1, 12);
    error("def f(a=1, /, b): pass", "non-default argument follows default argument", 1, 15);
    error("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10);
    error("lambda a, a: 0", "duplicate argument 'a' in function definition", 1, 11);
    error("def f(*): pass", "named arguments must follow bare *", 1, 7);
    error("def f(*, **k): pass", "named arguments must follow bare *", 1, 7);
    error("def f(**k, a): pass", "arguments cannot follow var-keyword argument", 1, 12);
    error("def f(a, /, b, /): pass", "/ may appear only once", 1, 16);
    error("def f(/, a): pass", "at least one argument must precede /", 1, 7);
    error("def f(*a=1): pass", "var-positional argument cannot have default value", 1, 9);
    error("def f(**k=1): pass", "var-keyword argument cannot have default value", 1, 10);
}

Test(parser, string_errors) {
    error("u'a' b'b'", "cannot mix bytes and nonbytes literals", 1, 10);
    error("x = '\\x4'",
          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
          "0-2: truncated \\xXX escape",
          1, 10);
    error("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9);
    error("f'{}'", "f-string: empty expression not allowed", 1, 6);
    error("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply", 1, 15);
    error("f'{a b}'", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 0);
    error("f'{*a}'", "f-string: can't use starred expression here", 1, 0);
    error("'abc", "unterminated string literal (detected at line 1)", 1, 1);
}

Test(parser, indentation_errors) {
    py_syntax_error_t err;
    parse_dump("if x:\npass", PY_PARSE_FILE, &err);
    cr_assert_str_eq(err.msg, "expected an indented block after 'if' statement on line 1");
    cr_assert_eq(err.is_indentation, 1);
    cr_assert_eq(err.line, 2);
    error("def f():\n  x = 1\n   y = 2", "unexpected indent", 3, 3);
    error("for x in y:\nprint(x)", "expected an indented block after 'for' statement on line 1", 2,
          1);
    error("try:\n  pass\nexcept:\nfoo",
          "expected an indented block after 'except' statement on line 3", 4, 1);
    error("class A:", "expected an indented block after class definition on line 1", 1, 9);
    error("if 1:\n  pass\n else: pass", "unindent does not match any outer indentation level", 3,
          0);
}

Test(parser, error_after_error_prefers_tokenizer) {
    // A later unterminated string is reported instead of the earlier syntax error.
    error("x = = 1\ny = 'abc\n", "unterminated string literal (detected at line 2)", 2, 5);
}

// ---- incomplete input (REPL) --------------------------------------------------------------------

Test(parser, incomplete_detection) {
    incomplete("x = (1,", 1);
    incomplete("x = [1,\n 2,", 1);
    incomplete("s = '''abc", 1);
    incomplete("x = 1 + \\", 1);
    incomplete("if x:", 1);
    incomplete("if x:\n", 1);
    incomplete("if x:\n    pass\n", 1);
    incomplete("if x:\n    pass\nelse:\n", 1);
    incomplete("def f():\n  if y:\n    pass\n  else:\n", 1);
    incomplete("@dec\n", 1);
    incomplete("class A:\n  def f(self):\n    pass\n", 1);
    incomplete("try:\n  pass\n", 1);
    incomplete("if x:\n    pass\n\n", 0);
    incomplete("x = 1", 0);
    incomplete("x = ", 0);
    incomplete("(1 2)", 0);
    incomplete("if x x:", 0);
}

Test(parser, single_mode) {
    cr_assert_str_eq(parse_dump("x = 1\n", PY_PARSE_SINGLE, NULL),
                     "[Assign([Name(x,Store)],Constant(1))]");
    cr_assert_str_eq(parse_dump("a; b\n", PY_PARSE_SINGLE, NULL),
                     "[Expr(Name(a,Load)),Expr(Name(b,Load))]");
    cr_assert_str_eq(parse_dump("if x:\n  y\n\n", PY_PARSE_SINGLE, NULL),
                     "[If(Name(x,Load),[Expr(Name(y,Load))],[])]");
    cr_assert_str_eq(parse_dump("", PY_PARSE_SINGLE, NULL), "[]");
    cr_assert_str_eq(parse_dump("x = 1\ny = 2\n", PY_PARSE_SINGLE, NULL),
                     "ERROR multiple statements found while compiling a single statement @1:6");
}

// ---- limits ------------------------------------------------------------------------------------

// Repeats [unit] [n] times, then appends [tail].
static char *repeat(const char *unit, int n, const char *tail) {
    size_t u = strlen(unit), t = strlen(tail);
    char *s = malloc(u * (size_t)n + t + 1);
    for (int i = 0; i < n; i++)
        memcpy(s + u * (size_t)i, unit, u);
    memcpy(s + u * (size_t)n, tail, t + 1);
    return s;
}

static void deep_error(const char *unit, int n, const char *tail, const char *msg) {
    char *src = repeat(unit, n, tail);
    py_syntax_error_t err;
    py_arena_t a;
    py_arena_init(&a);
    cr_assert_null(py_parse(&a, src, strlen(src), PY_PARSE_FILE, &err), "%s x %d", unit, n);
    cr_assert_str_eq(err.msg, msg, "%s x %d", unit, n);
    py_arena_free(&a);
    free(src);
}

Test(parser, deep_nesting_is_an_error_not_a_crash) {
    deep_error("(", 100000, "", "too many nested parentheses");
    deep_error("[", 100000, "", "too many nested parentheses");
    deep_error("-", 100000, "1", "expression too deeply nested");
    deep_error("not ", 100000, "1", "expression too deeply nested");
    deep_error("lambda: ", 100000, "1", "expression too deeply nested");
    deep_error("1 if 1 else ", 100000, "1", "expression too deeply nested");
    deep_error("2 ** ", 100000, "1", "expression too deeply nested");
}

Test(parser, moderate_nesting_is_fine) {
    char *src = repeat("(", 150, "1");
    char *full = malloc(strlen(src) + 151);
    strcpy(full, src);
    memset(full + strlen(src), ')', 150);
    full[strlen(src) + 150] = '\0';
    cr_assert_str_eq(parse_dump(full, PY_PARSE_EVAL, NULL), "Constant(1)");
    free(src);
    free(full);
    src = repeat("-", 500, "1");
    py_arena_t a;
    py_arena_init(&a);
    py_syntax_error_t err;
    cr_assert_not_null(py_parse(&a, src, strlen(src), PY_PARSE_EVAL, &err));
    py_arena_free(&a);
    free(src);
}

Test(parser, long_flat_chain_is_iterative) {
    char *src = repeat("1+", 100000, "1");
    py_arena_t a;
    py_arena_init(&a);
    py_syntax_error_t err;
    py_ast_mod_t *m = py_parse(&a, src, strlen(src), PY_PARSE_EVAL, &err);
    cr_assert_not_null(m, "%s", err.msg);
    int depth = 0;
    for (const py_expr_t *x = m->expr; x->kind == PY_EXPR_BINOP; x = x->u.binop.left)
        depth++;
    cr_assert_eq(depth, 100000);
    py_arena_free(&a);
    free(src);
}

Test(parser, long_elif_chain) {
    char *src = repeat("elif x: pass\n", 20000, "");
    char *full = malloc(strlen(src) + 20);
    strcpy(full, "if x: pass\n");
    strcat(full, src);
    py_arena_t a;
    py_arena_init(&a);
    py_syntax_error_t err;
    cr_assert_not_null(py_parse(&a, full, strlen(full), PY_PARSE_FILE, &err), "%s", err.msg);
    py_arena_free(&a);
    free(src);
    free(full);
}

Test(parser, out_of_memory_is_reported) {
    const char *src = "x = [1, 2, 3]\n"
                      "def f(a, b):\n    return a + b\n";
    for (size_t limit = 1; limit < 200000; limit *= 2) {
        py_arena_t a;
        py_arena_init(&a);
        a.limit = limit;
        py_syntax_error_t err;
        py_ast_mod_t *m = py_parse(&a, src, strlen(src), PY_PARSE_FILE, &err);
        if (!m)
            cr_assert_eq(err.out_of_memory, 1, "limit %zu: %s", limit, err.msg);
        py_arena_free(&a);
    }
}

Test(parser, arena_basics) {
    py_arena_t a;
    py_arena_init(&a);
    char *s = py_arena_strndup(&a, "hello", 3);
    cr_assert_str_eq(s, "hel");
    void *big = py_arena_alloc(&a, 1 << 20);
    cr_assert_not_null(big);
    cr_assert_eq((uintptr_t)big % sizeof(max_align_t), 0);
    cr_assert_geq(a.total, (size_t)1 << 20);
    py_arena_free(&a);
    cr_assert_null(a.chunk);
}
