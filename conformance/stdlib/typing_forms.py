# typing: Literal, Annotated, ForwardRef, get_origin/get_args, cast, decorators, TYPE_CHECKING
import typing
from typing import (Literal, Annotated, ForwardRef, get_origin, get_args, cast, overload, final,
                    no_type_check, assert_never, assert_type, TYPE_CHECKING, List, Dict, Tuple,
                    Callable, Union, Optional, ClassVar, Final, Generic, Protocol, NamedTuple,
                    TypedDict, SupportsInt, IO, TextIO, runtime_checkable)

print(Literal['a'], Literal['a', 'b', 'a'], Literal[1, True], Literal[Literal[1, 2], 3])
print(Literal[None], Literal[-1, b'x'], Literal[Literal['a']], Literal[1, 2] == Literal[2, 1])
print(Literal[1] == Literal[True], Literal[0] == Literal[False], Literal['a'] == Literal['a'])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]), Literal['x', 'y'].__args__)
print(Annotated[int, 'meta'], Annotated[Annotated[int, 'a'], 'b'], Annotated[List[int], 'a', 1])
print(Annotated[int, 'x'] == Annotated[int, 'x'], Annotated[int, 'x'] == Annotated[int, 'y'])
print(Annotated[int, 'x'](), Annotated[int, 'x'].__metadata__, Annotated[int, 'x'].__origin__)
print(Dict[str, "Tree"], Optional["Node"], ForwardRef('X'), ForwardRef('X') == ForwardRef('X'))
print(Union["A", "A", int], ForwardRef('X').__forward_arg__, List["int"] == List["int"])

print(get_origin(List[int]), get_origin(List), get_origin(Tuple), get_origin(Dict[str, int]))
print(get_origin(Union[int, str]), get_origin(Optional[int]), get_origin(Literal[1]))
print(get_origin(ClassVar[int]), get_origin(Generic), get_origin(int), get_origin(None))
print(get_origin(Annotated[int, 'x']))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., int]))
print(get_args(Callable[[], int]), get_args(Optional[int]), get_args(int), get_args(List))
print(get_args(Annotated[int, 'x', 2]), get_args(Tuple[int, ...]), get_args(Literal['a', 'b']))

print(cast(int, 'x'), cast('List[int]', [1]), assert_type(5, int), TYPE_CHECKING)
if TYPE_CHECKING:
    import module_that_does_not_exist

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('a'))

@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print(e)

@final
def h():
    return 1
@no_type_check
def k():
    return 2
print(h(), h.__final__, k(), k.__no_type_check__)
for arg in (len, int):
    try:
        runtime_checkable(arg)
    except TypeError as e:
        print(e)

try:
    assert_never(5)
except AssertionError as e:
    print(e)
try:
    assert_never('x' * 200)
except AssertionError as e:
    print(len(str(e)), str(e)[-5:])
print(Generic, Protocol, SupportsInt, IO, TextIO, NamedTuple is not None, TypedDict is not None)
