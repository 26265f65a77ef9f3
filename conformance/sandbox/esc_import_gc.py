# import gc is refused
import gc
