# typing: Union and Optional: flattening, deduplication, Optional repr, equality, isinstance
from typing import Union, Optional, List, Dict, Any

print(Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]])
print(Union[int, Union[int, str]], Union[int], Union[int, int], Union[str, int, str])
print(Union[None, int], Optional[Optional[int]], Optional[Union[int, None]], Union[None])
print(Union[int, None, str], Union[Union[int, str], Union[float, bytes]], Optional[Any])
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(Optional[int] == Optional[str], Union[int, str] != Union[str, int])
print(hash(Optional[int]) == hash(Union[None, int]), len({Union[int, str], Union[str, int]}))
print(Union[int] is int, Union[int, str].__args__, Optional[int].__args__)
print(Union[List[int], Dict[str, int]], Optional[List[int]], Optional["Node"])
print(Union[1, True], Union[1, 2])

print(isinstance(1, Union[int, str]), isinstance(1.0, Optional[int]), isinstance(None, Optional[str]))
print(isinstance('a', Union[int, str]), isinstance([], Union[List, Dict]), isinstance(True, Union[int, str]))
print(issubclass(bool, Union[int, str]), issubclass(float, Optional[int]))

def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

check('Union[()]', lambda: Union[()])
check('Optional[int, str]', lambda: Optional[int, str])
check('Union[int, str]()', lambda: Union[int, str]())
check('Optional[int]()', lambda: Optional[int]())
check('isinstance(1, Union)', lambda: isinstance(1, Union))
check('isinstance(1, Union[int, List[int]])', lambda: isinstance(1, Union[int, List[int]]))
check('isinstance("a", Union[int, List[int]])', lambda: isinstance("a", Union[int, List[int]]))
check('Union[[1]]', lambda: Union[[1]])
check('Union[int, (int, str)]', lambda: Union[int, (int, str)])
check('Union[int, Union]', lambda: Union[int, Union])
check('Union[int, str][int]', lambda: Union[int, str][int])
check('Union()', lambda: Union())
check('issubclass(1, Optional[int])', lambda: issubclass(1, Optional[int]))
