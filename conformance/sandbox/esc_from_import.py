# from os import system is refused
from os import system
