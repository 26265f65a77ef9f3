# typing: TypeVar (repr, attributes, errors), generic aliases and substitution, NewType, AnyStr
from typing import TypeVar, List, Dict, Tuple, Callable, Optional, Union, NewType, AnyStr, Text

T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', contravariant=True)
B = TypeVar('B', bound=int)
S = TypeVar('S', int, str)
print(T, K, V, B, S, AnyStr, Text)
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
print(K.__covariant__, V.__contravariant__, B.__bound__, S.__constraints__, AnyStr.__constraints__)
print(TypeVar('W', bound='Foo').__bound__, TypeVar('N', bound=None).__bound__, T == T, T == K)

print(List[T], Dict[K, V], Dict[K, V].__parameters__, List[int].__parameters__)
print(List[T][int], Dict[str, T][int], Dict[K, V][str, int])
Pair = Tuple[T, T]
print(Pair, Pair[int], Pair.__parameters__, Pair[int] == Tuple[int, int])
F = Callable[[T], List[T]]
print(F, F[int], F.__parameters__, Callable[[List[int]], Dict[str, T]].__parameters__)
print(Optional[T][str], Union[T, List[T]][int], Union[T, int][int], Optional[T].__parameters__)
Nested = Dict[str, List[Tuple[T, K]]]
print(Nested.__parameters__, Nested[int, str])

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId(3) + 1, UserId.__supertype__, UserId.__name__)
print(UserId.__qualname__, UserId.__module__, type(UserId).__name__)

def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

check('TypeVar("T", int)', lambda: TypeVar('T', int))
check('bivariant', lambda: TypeVar('T', covariant=True, contravariant=True))
check('constraints+bound', lambda: TypeVar('T', int, str, bound=int))
check('TypeVar(x=1)', lambda: TypeVar('T', x=1))
check('TypeVar bound tuple', lambda: TypeVar('T', bound=(int, str)))
check('T()', lambda: T())
check('isinstance(1, T)', lambda: isinstance(1, T))
check('List[T][int, str]', lambda: List[T][int, str])
check('Dict[K, V][int]', lambda: Dict[K, V][int])
check('List[int][str]', lambda: List[int][str])
check('NewType("X")', lambda: NewType('X'))
check('UserId()', lambda: UserId())
check('UserId(1, 2)', lambda: UserId(1, 2))
check('isinstance(1, UserId)', lambda: isinstance(1, UserId))
