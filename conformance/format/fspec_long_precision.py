# Large precisions print the exact binary expansion; %-format and format() agree.
print(f'{0.1:.55f}')
print('%.55f' % 0.1)
print(f'{1e-10:.70f}')
print(f'{2 ** -20:.30f} {2 ** -20:.20e}')
print(f'{5e-324:.30e}')
print(f'{1 / 3:.60g}')
print(format(0.1, '.55f') == '%.55f' % 0.1 == '{:.55f}'.format(0.1))
