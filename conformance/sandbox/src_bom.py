# a UTF-8 BOM before the code
print('bom')
