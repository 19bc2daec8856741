# misc: recursive-descent evaluator for + - * / ( ) with precedence and error reporting
class ParseError(Exception):
    pass

class Parser:
    def __init__(self, text):
        self.toks = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                self.toks.append(int(text[i:j]))
                i = j
            elif c in "+-*/()":
                self.toks.append(c)
                i += 1
            elif c == " ":
                i += 1
            else:
                raise ParseError("unexpected %r" % c)
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take()
            rhs = self.factor()
            v = v * rhs if op == "*" else v // rhs
        return v
    def factor(self):
        t = self.take()
        if t == "-":
            return -self.factor()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise ParseError("missing )")
            return v
        if isinstance(t, int):
            return t
        raise ParseError("unexpected token %r" % (t,))
    def parse(self):
        v = self.expr()
        if self.peek() is not None:
            raise ParseError("trailing %r" % (self.peek(),))
        return v

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4) * 5 - 6 / 2", "-(4 - 10) * -2",
            "100 / 7 / 2", "2 * (3", "4 + * 2", "7 7", "9 % 2", "10 / (5 - 5)",
            "123456789 * 987654321 * 1000"]:
    try:
        print(src, "=", Parser(src).parse())
    except ParseError as e:
        print(src, "-> ParseError:", e)
    except ZeroDivisionError:
        print(src, "-> ZeroDivisionError")
