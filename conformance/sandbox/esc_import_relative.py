# a relative import is refused
from . import x
