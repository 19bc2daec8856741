# exceptions: NameError for undefined globals and UnboundLocalError for locals
try:
    print(undefined_variable)
except NameError as e:
    print("NameError", type(e).__name__)
def use_before_assign():
    print(local_var)
    local_var = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError", isinstance(e, NameError))
counter = 0
def bad_increment():
    counter += 1
try:
    bad_increment()
except NameError as e:
    print("caught as NameError:", type(e).__name__)
def deleted_local():
    v = 1
    del v
    return v
try:
    deleted_local()
except NameError as e:
    print("after del:", type(e).__name__)
def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError:
    print("UnboundLocalError for unset branch")
def calls_missing():
    return missing_function(1)
try:
    calls_missing()
except NameError:
    print("NameError for missing function")
x = 1
del x
try:
    x
except NameError:
    print("NameError after global del")
print(issubclass(UnboundLocalError, NameError))
