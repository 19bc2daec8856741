# attribute lookup on classes: metaclass data descriptors, class dict, metaclass attributes
class Meta(type):
    meta_attr = "from meta"
    shared = "meta shared"
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__
    def meta_method(cls):
        return "meta method of " + cls.__name__

class A(metaclass=Meta):
    shared = "class shared"
    def method(self):
        return "instance method"

print(A.meta_attr, A.shared, A.meta_prop, A.meta_method())
print(hasattr(A(), "meta_attr"), hasattr(A(), "shared"))
print(A.method(A()), A().method())

# a data descriptor on the metaclass wins over the class dict
class DataMeta(type):
    @property
    def name_upper(cls):
        return cls.__name__.upper()
class B(metaclass=DataMeta):
    name_upper = "class value"
print(B.name_upper, B.__dict__["name_upper"])

# setting through a metaclass property setter
class SetMeta(type):
    _v = 0
    @property
    def v(cls):
        return cls._v
    @v.setter
    def v(cls, value):
        cls._v = value * 10
class C(metaclass=SetMeta):
    pass
C.v = 4
print(C.v, C._v)

# metaclass __getattr__ and __setattr__
class Dyn(type):
    def __getattr__(cls, name):
        return "dyn:" + name
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)
class D(metaclass=Dyn):
    real = 1
print(D.real, D.missing)
D.x = 5
print(D.x)

# metaclass __call__ and __repr__ dunders act on the class
class Show(type):
    def __repr__(cls):
        return "<Show %s>" % cls.__name__
    def __len__(cls):
        return len(cls.__name__)
    def __iter__(cls):
        return iter(cls.__name__)
    def __getitem__(cls, k):
        return cls.__name__[k]
    def __contains__(cls, x):
        return x in cls.__name__
class Word(metaclass=Show):
    pass
print(repr(Word), str(Word), len(Word), list(Word), Word[0], "or" in Word)
print([Word], "%r" % Word)
