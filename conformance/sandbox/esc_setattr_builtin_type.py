# builtin types are immutable
for t in (int, str, list, dict, type, object):
    try:
        setattr(t, 'evil', 1)
        print('set', t.__name__)
    except (TypeError, AttributeError):
        print('refused', t.__name__)
