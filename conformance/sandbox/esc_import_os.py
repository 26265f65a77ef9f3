# import os is refused
import os
