# import builtins is refused or has no open
import builtins
print(hasattr(builtins, 'open'))
