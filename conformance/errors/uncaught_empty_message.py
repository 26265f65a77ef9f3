# An exception whose message is the empty string prints just the type name.
print('before')
raise ValueError('')
