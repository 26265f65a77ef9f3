# typing: special aliases and their subscriptions: reprs, type names, attributes, equality, hash
import typing
from typing import (Any, Dict, List, Optional, Set, FrozenSet, Tuple, Type, Callable, Iterable,
                    Iterator, Sequence, Mapping, MutableMapping, Generator, DefaultDict, Counter,
                    Deque, OrderedDict, NoReturn, Final, ClassVar, Literal, Union)

print(List, Dict, Tuple, Callable, typing.Hashable, typing.Sized, typing.AbstractSet, Any)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Set[str], FrozenSet[int], Type[int], Iterable[int], Iterator[str], Sequence[int])
print(Mapping[str, int], MutableMapping[str, Sequence[int]], Generator[int, None, str])
print(DefaultDict[str, int], Counter[str], Deque[int], OrderedDict[str, int])
print(typing.AbstractSet[int], typing.ByteString, typing.ContextManager[int])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(List[Tuple[int, int]], Set[FrozenSet[int]], Dict[str, Callable[[int], Any]])
print(List[None], Dict[str, None], List[Optional[Dict[str, Any]]], Tuple[int, Tuple[str, ...]])
print(NoReturn, Final, ClassVar, Literal, Union, typing.Optional, Final[int], ClassVar[Dict[str, int]])
print(Final[List[int]], typing.TypeGuard[int], typing.Never, typing.Self, typing.LiteralString)
print(repr(Any), str(Optional[int]), typing.List[int], typing.Any)

# module-level aliases
Vec = List[float]
Matrix = List[Vec]
Table = Dict[str, Tuple[int, ...]]
print(Vec, Matrix, Table)
print(Vec == List[float], Vec != List[int], Matrix == List[List[float]])
print({Vec: 'vec'}[List[float]], len({List[int], List[int], List[str]}))
print(hash(Dict[str, int]) == hash(Dict[str, int]), hash(Tuple[int, ...]) == hash(Tuple[int, ...]))
print(List[int] == Dict[int, int], List == List, List[int] == List, Callable[[int], str] == Callable[[int], str])
print(Callable[[int], str] == Callable[[str], str], Tuple[int] == Tuple[int, ...])

# type names and attributes
print(type(List[int]).__name__, type(Union[int, str]).__name__, type(List).__name__)
print(type(Any).__name__, type(Optional).__name__, type(Literal[1]).__name__)
print(type(Callable[[int], str]).__name__, type(Tuple).__name__, type(Callable).__name__)
print(List[int].__origin__, List[int].__args__, List[int].__parameters__, List.__origin__)
print(Dict[str, int].__origin__, Tuple[int, ...].__args__, Callable[[int, str], None].__args__)
print(Final[int].__origin__, Union[int, str].__origin__, Type[int].__origin__)
print(List[int].__name__, List[int]._name, Dict.__name__, Union[int, str]._name, Final[int].__name__)
print(Optional[int]._name, Literal[1].__name__, Union.__name__, List.__module__)

# annotations are never evaluated but must still accept every form
x: Final = 3
y: ClassVar[int] = 4
def func(cb: Callable[[int], str], *args: Any, **kw: Dict[str, int]) -> NoReturn:
    pass
def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None
print(x, y, first([3, 4]), first([]))
