# a non-printable control character
x = 1
