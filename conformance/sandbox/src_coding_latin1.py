# a latin-1 coding declaration
# -*- coding: latin-1 -*-
print(len('é'))
