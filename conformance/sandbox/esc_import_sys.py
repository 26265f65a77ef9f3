# import sys is refused
import sys
