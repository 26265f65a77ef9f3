# memory/time bomb: math.factorial(10**7)
import math
y = math.factorial(10**7)
