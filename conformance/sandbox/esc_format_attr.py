# format strings can read attributes, which reaches nothing dangerous
print('{0.__class__}'.format(1))
print('{0.__class__.__name__}'.format([]))
for spec in ('{0.__globals__}', '{0.__class__.__bases__[0].__subclasses__}', '{0.__init__.__globals__}'):
    try:
        s = spec.format(1)
        print('open' in s or 'eval(' in s)
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as e:
        print(False)
