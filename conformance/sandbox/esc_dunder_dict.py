# __dict__ of builtin types is read-only
try:
    int.__dict__['real'] = 1
    print('changed')
except (TypeError, AttributeError):
    print('refused')
