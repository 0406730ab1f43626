// Sources and what CPython 3.11's ast.dump prints for them (generated with python3; the test
// re-checks them against python3 when it is installed). f-strings are compared without positions:
// CPython 3.11 gives their parts odd locations (format_spec ends mid-string).

export interface AstCase {
  source: string;
  attributes: boolean;
  expected: string;
}

export const AST_CASES: AstCase[] = [
  {
    source: "x = 1",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])",
  },
  {
    source: "a = b = c, d",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Tuple(elts=[Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='d', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])",
  },
  {
    source: "first, *rest = items",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Tuple(elts=[Name(id='first', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Starred(value=Name(id='rest', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], value=Name(id='items', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])",
  },
  {
    source: "[a, (b, c)] = x",
    attributes: true,
    expected: "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], value=Name(id='x', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])",
  },
  {
    source: "x += 1\ny //= 2\nz **= 3\nw @= m",
    attributes: true,
    expected: "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), AugAssign(target=Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), op=FloorDiv(), value=Constant(value=2, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), AugAssign(target=Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), op=Pow(), value=Constant(value=3, lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), AugAssign(target=Name(id='w', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), op=MatMult(), value=Name(id='m', ctx=Load(), lineno=4, col_offset=5, end_lineno=4, end_col_offset=6), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6)], type_ignores=[])",
  },
  {
    source: "x: int = 3\n(y): str\nself.a: int = 1",
    attributes: true,
    expected: "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), AnnAssign(target=Name(id='y', ctx=Store(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), annotation=Name(id='str', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=8), simple=0, lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), AnnAssign(target=Attribute(value=Name(id='self', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), attr='a', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=6), annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=11), value=Constant(value=1, lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), simple=0, lineno=3, col_offset=0, end_lineno=3, end_col_offset=15)], type_ignores=[])",
  },
  {
    source: "del a, b[0], c.d",
    attributes: true,
    expected: "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])",
  },
  {
    source: "def f(a, /, b=1, *c, d, e=2, **k) -> int:\n    return a",
    attributes: true,
    expected: "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], vararg=arg(arg='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), kwonlyargs=[arg(arg='d', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), arg(arg='e', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kwarg=arg(arg='k', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), defaults=[Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=40), lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])",
  },
  {
    source: "def g(*, a, b=3): pass",
    attributes: true,
    expected: "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], kw_defaults=[None, Constant(value=3, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], defaults=[]), body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])",
  },
  {
    source: "@dec\n@dec.x(1, k=2)\ndef h(): ...",
    attributes: true,
    expected: "Module(body=[FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=9, end_lineno=3, end_col_offset=12), lineno=3, col_offset=9, end_lineno=3, end_col_offset=12)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Attribute(value=Name(id='dec', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), attr='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=6), args=[Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8)], keywords=[keyword(arg='k', value=Constant(value=2, lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), lineno=2, col_offset=10, end_lineno=2, end_col_offset=13)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=14)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])",
  },
  {
    source: "class A(B, C, k=1):\n    x = 1\n    def m(self): return super().m()",
    attributes: true,
    expected: "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='C', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[keyword(arg='k', value=Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=3, col_offset=10, end_lineno=3, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Call(func=Attribute(value=Call(func=Name(id='super', ctx=Load(), lineno=3, col_offset=24, end_lineno=3, end_col_offset=29), args=[], keywords=[], lineno=3, col_offset=24, end_lineno=3, end_col_offset=31), attr='m', ctx=Load(), lineno=3, col_offset=24, end_lineno=3, end_col_offset=33), args=[], keywords=[], lineno=3, col_offset=24, end_lineno=3, end_col_offset=35), lineno=3, col_offset=17, end_lineno=3, end_col_offset=35)], decorator_list=[], lineno=3, col_offset=4, end_lineno=3, end_col_offset=35)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=35)], type_ignores=[])",
  },
  {
    source: "lambda: 0\nlambda a, *b, c=1, **d: a",
    attributes: true,
    expected: "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=7, end_lineno=2, end_col_offset=8)], vararg=arg(arg='b', lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), kwonlyargs=[arg(arg='c', lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)], kw_defaults=[Constant(value=1, lineno=2, col_offset=16, end_lineno=2, end_col_offset=17)], kwarg=arg(arg='d', lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), defaults=[]), body=Name(id='a', ctx=Load(), lineno=2, col_offset=24, end_lineno=2, end_col_offset=25), lineno=2, col_offset=0, end_lineno=2, end_col_offset=25), lineno=2, col_offset=0, end_lineno=2, end_col_offset=25)], type_ignores=[])",
  },
  {
    source: "x = not a in b and c is not d or e",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ops=[In()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), Compare(left=Name(id='c', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), ops=[IsNot()], comparators=[Name(id='d', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=19, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), Name(id='e', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], type_ignores=[])",
  },
  {
    source: "a < b <= c != d == e > f >= g",
    attributes: true,
    expected: "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), NotEq(), Eq(), Gt(), GtE()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='e', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='f', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])",
  },
  {
    source: "x = a if b else c if d else e",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=IfExp(test=Name(id='d', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), body=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), orelse=Name(id='e', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=16, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])",
  },
  {
    source: "x = -a ** -b * c + d // e % f - g << h >> i & j ^ k | l",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12), lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), op=Add(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), op=FloorDiv(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=19, end_lineno=1, end_col_offset=25), op=Mod(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=19, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), op=Sub(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), lineno=1, col_offset=4, end_lineno=1, end_col_offset=33), op=LShift(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=38), lineno=1, col_offset=4, end_lineno=1, end_col_offset=38), op=RShift(), right=Name(id='i', ctx=Load(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=43), lineno=1, col_offset=4, end_lineno=1, end_col_offset=43), op=BitAnd(), right=Name(id='j', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47), lineno=1, col_offset=4, end_lineno=1, end_col_offset=47), op=BitXor(), right=Name(id='k', ctx=Load(), lineno=1, col_offset=50, end_lineno=1, end_col_offset=51), lineno=1, col_offset=4, end_lineno=1, end_col_offset=51), op=BitOr(), right=Name(id='l', ctx=Load(), lineno=1, col_offset=54, end_lineno=1, end_col_offset=55), lineno=1, col_offset=4, end_lineno=1, end_col_offset=55), lineno=1, col_offset=0, end_lineno=1, end_col_offset=55)], type_ignores=[])",
  },
  {
    source: "x = ~a + +b",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])",
  },
  {
    source: "x = (a or b) and (not c)",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BoolOp(op=And(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=18, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])",
  },
  {
    source: "[x * y for x in range(3) if x if x > 1 for y in range(x)]",
    attributes: true,
    expected: "Module(body=[Expr(value=ListComp(elt=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Mult(), right=Name(id='y', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), args=[Constant(value=3, lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], keywords=[], lineno=1, col_offset=16, end_lineno=1, end_col_offset=24), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), ops=[Gt()], comparators=[Constant(value=1, lineno=1, col_offset=37, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=33, end_lineno=1, end_col_offset=38)], is_async=0), comprehension(target=Name(id='y', ctx=Store(), lineno=1, col_offset=43, end_lineno=1, end_col_offset=44), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=48, end_lineno=1, end_col_offset=53), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=54, end_lineno=1, end_col_offset=55)], keywords=[], lineno=1, col_offset=48, end_lineno=1, end_col_offset=56), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=57), lineno=1, col_offset=0, end_lineno=1, end_col_offset=57)], type_ignores=[])",
  },
  {
    source: "{k: v for k, v in d.items()}\n{a for a in b}\n(a for a in b)",
    attributes: true,
    expected: "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Name(id='v', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='v', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), iter=Call(func=Attribute(value=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), attr='items', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=25), args=[], keywords=[], lineno=1, col_offset=18, end_lineno=1, end_col_offset=27), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), Expr(value=SetComp(elt=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), generators=[comprehension(target=Name(id='a', ctx=Store(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), iter=Name(id='b', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), ifs=[], is_async=0)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=14), lineno=2, col_offset=0, end_lineno=2, end_col_offset=14), Expr(value=GeneratorExp(elt=Name(id='a', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), generators=[comprehension(target=Name(id='a', ctx=Store(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), iter=Name(id='b', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), ifs=[], is_async=0)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=14), lineno=3, col_offset=0, end_lineno=3, end_col_offset=14)], type_ignores=[])",
  },
  {
    source: "f(x for x in y)",
    attributes: true,
    expected: "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])",
  },
  {
    source: "f(a, *b, c=1, **d)\nf(*a, *b, **c, **d)",
    attributes: true,
    expected: "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), args=[Starred(value=Name(id='a', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=4), Starred(value=Name(id='b', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=8)], keywords=[keyword(value=Name(id='c', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), lineno=2, col_offset=10, end_lineno=2, end_col_offset=13), keyword(value=Name(id='d', ctx=Load(), lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), lineno=2, col_offset=15, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=19), lineno=2, col_offset=0, end_lineno=2, end_col_offset=19)], type_ignores=[])",
  },
  {
    source: "a[1:2, ::3]\na[::]\na[x:]\na[:y]\na[1]\na[1,]\na[b, c]",
    attributes: true,
    expected: "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), slice=Slice(lineno=2, col_offset=2, end_lineno=2, end_col_offset=4), ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), slice=Slice(lower=Name(id='x', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), lineno=3, col_offset=2, end_lineno=3, end_col_offset=4), ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), slice=Slice(upper=Name(id='y', ctx=Load(), lineno=4, col_offset=3, end_lineno=4, end_col_offset=4), lineno=4, col_offset=2, end_lineno=4, end_col_offset=4), ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=5), lineno=4, col_offset=0, end_lineno=4, end_col_offset=5), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), slice=Constant(value=1, lineno=5, col_offset=2, end_lineno=5, end_col_offset=3), ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=4), lineno=5, col_offset=0, end_lineno=5, end_col_offset=4), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1), slice=Tuple(elts=[Constant(value=1, lineno=6, col_offset=2, end_lineno=6, end_col_offset=3)], ctx=Load(), lineno=6, col_offset=2, end_lineno=6, end_col_offset=4), ctx=Load(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=5), lineno=6, col_offset=0, end_lineno=6, end_col_offset=5), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=7, col_offset=0, end_lineno=7, end_col_offset=1), slice=Tuple(elts=[Name(id='b', ctx=Load(), lineno=7, col_offset=2, end_lineno=7, end_col_offset=3), Name(id='c', ctx=Load(), lineno=7, col_offset=5, end_lineno=7, end_col_offset=6)], ctx=Load(), lineno=7, col_offset=2, end_lineno=7, end_col_offset=6), ctx=Load(), lineno=7, col_offset=0, end_lineno=7, end_col_offset=7), lineno=7, col_offset=0, end_lineno=7, end_col_offset=7)], type_ignores=[])",
  },
  {
    source: "x = ...\ny = None\nz = True, False",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=Ellipsis, lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=None, lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Tuple(elts=[Constant(value=True, lineno=3, col_offset=4, end_lineno=3, end_col_offset=8), Constant(value=False, lineno=3, col_offset=10, end_lineno=3, end_col_offset=15)], ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=15), lineno=3, col_offset=0, end_lineno=3, end_col_offset=15)], type_ignores=[])",
  },
  {
    source: "x = 1_000\ny = 0xFF\nz = 0o17\nw = 0b1010\nv = 1e-6\nu = 1_000.5\nt = 12345678901234567890123",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1000, lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=255, lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value=15, lineno=3, col_offset=4, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), Assign(targets=[Name(id='w', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=Constant(value=10, lineno=4, col_offset=4, end_lineno=4, end_col_offset=10), lineno=4, col_offset=0, end_lineno=4, end_col_offset=10), Assign(targets=[Name(id='v', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], value=Constant(value=1e-06, lineno=5, col_offset=4, end_lineno=5, end_col_offset=8), lineno=5, col_offset=0, end_lineno=5, end_col_offset=8), Assign(targets=[Name(id='u', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1)], value=Constant(value=1000.5, lineno=6, col_offset=4, end_lineno=6, end_col_offset=11), lineno=6, col_offset=0, end_lineno=6, end_col_offset=11), Assign(targets=[Name(id='t', ctx=Store(), lineno=7, col_offset=0, end_lineno=7, end_col_offset=1)], value=Constant(value=12345678901234567890123, lineno=7, col_offset=4, end_lineno=7, end_col_offset=27), lineno=7, col_offset=0, end_lineno=7, end_col_offset=27)], type_ignores=[])",
  },
  {
    source: "x = 1.5e20\ny = 0.1\nz = 2.0\nw = 1e16\nv = 123456789012345.0\nu = .5",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1.5e+20, lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=0.1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value=2.0, lineno=3, col_offset=4, end_lineno=3, end_col_offset=7), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), Assign(targets=[Name(id='w', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=Constant(value=1e+16, lineno=4, col_offset=4, end_lineno=4, end_col_offset=8), lineno=4, col_offset=0, end_lineno=4, end_col_offset=8), Assign(targets=[Name(id='v', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], value=Constant(value=123456789012345.0, lineno=5, col_offset=4, end_lineno=5, end_col_offset=21), lineno=5, col_offset=0, end_lineno=5, end_col_offset=21), Assign(targets=[Name(id='u', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1)], value=Constant(value=0.5, lineno=6, col_offset=4, end_lineno=6, end_col_offset=6), lineno=6, col_offset=0, end_lineno=6, end_col_offset=6)], type_ignores=[])",
  },
  {
    source: "s = 'a' \"b\" '''c''' \"\"\"d\ne\"\"\"",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='abcd\\ne', lineno=1, col_offset=4, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])",
  },
  {
    source: "s = r'\\n' + b'\\x00\\n' + rb'\\d' + 'x'",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=Constant(value='\\\\n', lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), op=Add(), right=Constant(value=b'\\x00\\n', lineno=1, col_offset=12, end_lineno=1, end_col_offset=21), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), op=Add(), right=Constant(value=b'\\\\d', lineno=1, col_offset=24, end_lineno=1, end_col_offset=30), lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), op=Add(), right=Constant(value='x', lineno=1, col_offset=33, end_lineno=1, end_col_offset=36), lineno=1, col_offset=4, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, end_col_offset=36)], type_ignores=[])",
  },
  {
    source: "s = '\\t\\x41\\u00e9\\101\\\\\\'\\\"\\a\\b\\f\\v\\r'",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='\\tAéA\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r', lineno=1, col_offset=4, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)], type_ignores=[])",
  },
  {
    source: "f'{x}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])",
  },
  {
    source: "f'a{x!r:>{w}}b{y=}' 'c'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='by='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='c')]))], type_ignores=[])",
  },
  {
    source: "f'{x * 2 = }'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x * 2 = '), FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Mult(), right=Constant(value=2)), conversion=114)]))], type_ignores=[])",
  },
  {
    source: "f'{x=!s}{y=:>10}{z!a}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), Constant(value='y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')])), FormattedValue(value=Name(id='z', ctx=Load()), conversion=97)]))], type_ignores=[])",
  },
  {
    source: "f'{{literal}} {x:{a}.{b}}' f'' 'plain'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{literal} '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)])), Constant(value='plain')]))], type_ignores=[])",
  },
  {
    source: "rf'\\d{x}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\d'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])",
  },
  {
    source: "global g\nnonlocal_name = 1",
    attributes: true,
    expected: "Module(body=[Global(names=['g'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assign(targets=[Name(id='nonlocal_name', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)], value=Constant(value=1, lineno=2, col_offset=16, end_lineno=2, end_col_offset=17), lineno=2, col_offset=0, end_lineno=2, end_col_offset=17)], type_ignores=[])",
  },
  {
    source: "def f():\n    global a, b\n    def g():\n        nonlocal c",
    attributes: true,
    expected: "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b'], lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['c'], lineno=4, col_offset=8, end_lineno=4, end_col_offset=18)], decorator_list=[], lineno=3, col_offset=4, end_lineno=4, end_col_offset=18)], decorator_list=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=18)], type_ignores=[])",
  },
  {
    source: "if (n := 10) > 5:\n    pass",
    attributes: true,
    expected: "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Constant(value=10, lineno=1, col_offset=9, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), ops=[Gt()], comparators=[Constant(value=5, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=16), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "assert x\nassert x, 'msg'",
    attributes: true,
    expected: "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assert(test=Name(id='x', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), msg=Constant(value='msg', lineno=2, col_offset=10, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15)], type_ignores=[])",
  },
  {
    source: "raise\nraise E\nraise E('m') from None",
    attributes: true,
    expected: "Module(body=[Raise(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Raise(exc=Name(id='E', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), Raise(exc=Call(func=Name(id='E', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), args=[Constant(value='m', lineno=3, col_offset=8, end_lineno=3, end_col_offset=11)], keywords=[], lineno=3, col_offset=6, end_lineno=3, end_col_offset=12), cause=Constant(value=None, lineno=3, col_offset=18, end_lineno=3, end_col_offset=22), lineno=3, col_offset=0, end_lineno=3, end_col_offset=22)], type_ignores=[])",
  },
  {
    source: "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    attributes: true,
    expected: "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=13), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Name(id='C', ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=8), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8), ExceptHandler(body=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8)], orelse=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], finalbody=[Pass(lineno=12, col_offset=4, end_lineno=12, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=12, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "try:\n    a\nfinally:\n    b",
    attributes: true,
    expected: "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], handlers=[], orelse=[], finalbody=[Expr(value=Name(id='b', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])",
  },
  {
    source: "with a as x, b:\n    pass\nwith c: pass",
    attributes: true,
    expected: "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='x', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), With(items=[withitem(context_expr=Name(id='c', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6))], body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])",
  },
  {
    source: "import a.b as c, d\nfrom m import x as y, z\nfrom . import x\nfrom ..p.q import (r, s,)\nfrom m import *",
    attributes: true,
    expected: "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), alias(name='d', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), ImportFrom(module='m', names=[alias(name='x', asname='y', lineno=2, col_offset=14, end_lineno=2, end_col_offset=20), alias(name='z', lineno=2, col_offset=22, end_lineno=2, end_col_offset=23)], level=0, lineno=2, col_offset=0, end_lineno=2, end_col_offset=23), ImportFrom(names=[alias(name='x', lineno=3, col_offset=14, end_lineno=3, end_col_offset=15)], level=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=15), ImportFrom(module='p.q', names=[alias(name='r', lineno=4, col_offset=19, end_lineno=4, end_col_offset=20), alias(name='s', lineno=4, col_offset=22, end_lineno=4, end_col_offset=23)], level=2, lineno=4, col_offset=0, end_lineno=4, end_col_offset=25), ImportFrom(module='m', names=[alias(name='*', lineno=5, col_offset=14, end_lineno=5, end_col_offset=15)], level=0, lineno=5, col_offset=0, end_lineno=5, end_col_offset=15)], type_ignores=[])",
  },
  {
    source: "if __name__ == '__main__':\n    main()\nelif x:\n    pass\nelse:\n    pass",
    attributes: true,
    expected: "Module(body=[If(test=Compare(left=Name(id='__name__', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=11), ops=[Eq()], comparators=[Constant(value='__main__', lineno=1, col_offset=15, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=25), body=[Expr(value=Call(func=Name(id='main', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), args=[], keywords=[], lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=4, end_lineno=2, end_col_offset=10)], orelse=[If(test=Name(id='x', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "while x:\n    break\nelse:\n    continue",
    attributes: true,
    expected: "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Continue(lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])",
  },
  {
    source: "for i, j in pairs:\n    pass\nelse:\n    pass",
    attributes: true,
    expected: "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='j', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), iter=Name(id='pairs', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=17), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "for x in 1, 2: pass",
    attributes: true,
    expected: "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Tuple(elts=[Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Constant(value=2, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=13), body=[Pass(lineno=1, col_offset=15, end_lineno=1, end_col_offset=19)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])",
  },
  {
    source: "a = 1; b = 2; c()",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(targets=[Name(id='b', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], value=Constant(value=2, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), Expr(value=Call(func=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), args=[], keywords=[], lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], type_ignores=[])",
  },
  {
    source: "x = 1 + \\\n    2",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])",
  },
  {
    source: "x = (1 +\n     2)\ny = [\n  1,\n  2,\n]",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=4, col_offset=2, end_lineno=4, end_col_offset=3), Constant(value=2, lineno=5, col_offset=2, end_lineno=5, end_col_offset=3)], ctx=Load(), lineno=3, col_offset=4, end_lineno=6, end_col_offset=1), lineno=3, col_offset=0, end_lineno=6, end_col_offset=1)], type_ignores=[])",
  },
  {
    source: "def gen():\n    yield\n    yield 1\n    x = yield 2\n    yield from g()\n    yield 1, 2",
    attributes: true,
    expected: "Module(body=[FunctionDef(name='gen', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), Expr(value=Yield(value=Constant(value=1, lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), Assign(targets=[Name(id='x', ctx=Store(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], value=Yield(value=Constant(value=2, lineno=4, col_offset=14, end_lineno=4, end_col_offset=15), lineno=4, col_offset=8, end_lineno=4, end_col_offset=15), lineno=4, col_offset=4, end_lineno=4, end_col_offset=15), Expr(value=YieldFrom(value=Call(func=Name(id='g', ctx=Load(), lineno=5, col_offset=15, end_lineno=5, end_col_offset=16), args=[], keywords=[], lineno=5, col_offset=15, end_lineno=5, end_col_offset=18), lineno=5, col_offset=4, end_lineno=5, end_col_offset=18), lineno=5, col_offset=4, end_lineno=5, end_col_offset=18), Expr(value=Yield(value=Tuple(elts=[Constant(value=1, lineno=6, col_offset=10, end_lineno=6, end_col_offset=11), Constant(value=2, lineno=6, col_offset=13, end_lineno=6, end_col_offset=14)], ctx=Load(), lineno=6, col_offset=10, end_lineno=6, end_col_offset=14), lineno=6, col_offset=4, end_lineno=6, end_col_offset=14), lineno=6, col_offset=4, end_lineno=6, end_col_offset=14)], decorator_list=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=14)], type_ignores=[])",
  },
  {
    source: "x = {}\ny = {1: 2, **m}\nz = {1, 2}\nw = []\nv = ()\nu = (1,)",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[], values=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Dict(keys=[Constant(value=1, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), None], values=[Constant(value=2, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), Name(id='m', ctx=Load(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Set(elts=[Constant(value=1, lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), Constant(value=2, lineno=3, col_offset=8, end_lineno=3, end_col_offset=9)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=10), lineno=3, col_offset=0, end_lineno=3, end_col_offset=10), Assign(targets=[Name(id='w', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=List(elts=[], ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=6), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6), Assign(targets=[Name(id='v', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], value=Tuple(elts=[], ctx=Load(), lineno=5, col_offset=4, end_lineno=5, end_col_offset=6), lineno=5, col_offset=0, end_lineno=5, end_col_offset=6), Assign(targets=[Name(id='u', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=6, col_offset=5, end_lineno=6, end_col_offset=6)], ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=8), lineno=6, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "print(*args, sep='', end='\\n')",
    attributes: true,
    expected: "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Starred(value=Name(id='args', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11)], keywords=[keyword(arg='sep', value=Constant(value='', lineno=1, col_offset=17, end_lineno=1, end_col_offset=19), lineno=1, col_offset=13, end_lineno=1, end_col_offset=19), keyword(arg='end', value=Constant(value='\\n', lineno=1, col_offset=25, end_lineno=1, end_col_offset=29), lineno=1, col_offset=21, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])",
  },
  {
    source: "x = a.b.c(d)[e].f",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Attribute(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), attr='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), slice=Name(id='e', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), attr='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])",
  },
  {
    source: "def f(a, b: int = 1, *args: str, c: int, **kw: dict): pass",
    attributes: true,
    expected: "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), lineno=1, col_offset=9, end_lineno=1, end_col_offset=15)], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=31), lineno=1, col_offset=22, end_lineno=1, end_col_offset=31), kwonlyargs=[arg(arg='c', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=36, end_lineno=1, end_col_offset=39), lineno=1, col_offset=33, end_lineno=1, end_col_offset=39)], kw_defaults=[None], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load(), lineno=1, col_offset=47, end_lineno=1, end_col_offset=51), lineno=1, col_offset=43, end_lineno=1, end_col_offset=51), defaults=[Constant(value=1, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)]), body=[Pass(lineno=1, col_offset=54, end_lineno=1, end_col_offset=58)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=58)], type_ignores=[])",
  },
  {
    source: "x = [*a, *b]\ny = (*a, b)\nz = {*a}",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=7), Name(id='b', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)], ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Set(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=7)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "return_value = f(x)(y)",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='return_value', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], value=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], keywords=[], lineno=1, col_offset=15, end_lineno=1, end_col_offset=19), args=[Name(id='y', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], keywords=[], lineno=1, col_offset=15, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])",
  },
  {
    source: "class E(Exception): pass",
    attributes: true,
    expected: "Module(body=[ClassDef(name='E', bases=[Name(id='Exception', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=17)], keywords=[], body=[Pass(lineno=1, col_offset=20, end_lineno=1, end_col_offset=24)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])",
  },
  {
    source: "x = 'é' + f'{y}ü'",
    attributes: false,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value='é'), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='ü')])))], type_ignores=[])",
  },
  {
    source: "f'{-42:=8} {42: } {n:#x}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=UnaryOp(op=USub(), operand=Constant(value=42)), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=8')])), Constant(value=' '), FormattedValue(value=Constant(value=42), conversion=-1, format_spec=JoinedStr(values=[Constant(value=' ')])), Constant(value=' '), FormattedValue(value=Name(id='n', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='#x')]))]))], type_ignores=[])",
  },
  {
    source: "f'{a[\"k\"]} {x!=y} {a < b} {d[\"{\"]}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1), Constant(value=' '), FormattedValue(value=Compare(left=Name(id='x', ctx=Load()), ops=[NotEq()], comparators=[Name(id='y', ctx=Load())]), conversion=-1), Constant(value=' '), FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]), conversion=-1), Constant(value=' '), FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='{'), ctx=Load()), conversion=-1)]))], type_ignores=[])",
  },
  {
    source: "f'{x:{a}.{b}f} {\"nested \" + name}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='f')])), Constant(value=' '), FormattedValue(value=BinOp(left=Constant(value='nested '), op=Add(), right=Name(id='name', ctx=Load())), conversion=-1)]))], type_ignores=[])",
  },
  {
    source: "f\"\"\"{\nx\n}\"\"\"",
    attributes: true,
    expected: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], type_ignores=[])",
  },
  {
    source: "f'{(lambda: 1)()} {[i for i in y]} {a, b}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conversion=-1), Constant(value=' '), FormattedValue(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), conversion=-1), Constant(value=' '), FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])",
  },
  {
    source: "f'{x = !s:>{w}}'",
    attributes: false,
    expected: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])",
  },
  {
    source: "x = 24. * 3600.\ny = 1.e5 + 1_0.\nz = [1., 2.]",
    attributes: true,
    expected: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=24.0, lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), op=Mult(), right=Constant(value=3600.0, lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=BinOp(left=Constant(value=100000.0, lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), op=Add(), right=Constant(value=10.0, lineno=2, col_offset=11, end_lineno=2, end_col_offset=15), lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=List(elts=[Constant(value=1.0, lineno=3, col_offset=5, end_lineno=3, end_col_offset=7), Constant(value=2.0, lineno=3, col_offset=9, end_lineno=3, end_col_offset=11)], ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=12), lineno=3, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])",
  },
  {
    source: "if x:  # comment: here\n    pass  # another\nelse:  # yes\n    pass",
    attributes: true,
    expected: "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])",
  },
  {
    source: "with (a, b):\n    pass\nwith (open(a) as f, open(b) as g,):\n    pass\nwith (a, b) as c:\n    pass\nwith (a):\n    pass",
    attributes: true,
    expected: "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=10), args=[Name(id='a', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], keywords=[], lineno=3, col_offset=6, end_lineno=3, end_col_offset=13), optional_vars=Name(id='f', ctx=Store(), lineno=3, col_offset=17, end_lineno=3, end_col_offset=18)), withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=3, col_offset=20, end_lineno=3, end_col_offset=24), args=[Name(id='b', ctx=Load(), lineno=3, col_offset=25, end_lineno=3, end_col_offset=26)], keywords=[], lineno=3, col_offset=20, end_lineno=3, end_col_offset=27), optional_vars=Name(id='g', ctx=Store(), lineno=3, col_offset=31, end_lineno=3, end_col_offset=32))], body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), lineno=5, col_offset=6, end_lineno=5, end_col_offset=7), Name(id='b', ctx=Load(), lineno=5, col_offset=9, end_lineno=5, end_col_offset=10)], ctx=Load(), lineno=5, col_offset=5, end_lineno=5, end_col_offset=11), optional_vars=Name(id='c', ctx=Store(), lineno=5, col_offset=15, end_lineno=5, end_col_offset=16))], body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8), With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=7, col_offset=6, end_lineno=7, end_col_offset=7))], body=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8)], type_ignores=[])",
  },
];
