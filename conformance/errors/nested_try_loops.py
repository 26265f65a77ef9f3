# try/except inside loops: continue after errors, counting failures, nested loops with handlers.
inputs = ['10', 'x', '0', '5', None, '2.5', '-4']
results, errors = [], {}
for s in inputs:
    try:
        n = int(s)
        results.append(100 // n)
    except ValueError:
        errors['ValueError'] = errors.get('ValueError', 0) + 1
        continue
    except ZeroDivisionError as e:
        errors['ZeroDivisionError'] = errors.get('ZeroDivisionError', 0) + 1
        results.append(str(e))
    except TypeError:
        errors['TypeError'] = errors.get('TypeError', 0) + 1
    else:
        results.append('ok')
    finally:
        results.append('|')
print(results)
print(errors)
grid = [[1, 2, 0], [4, 0, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        try:
            if 12 // v > 3:
                break
        except ZeroDivisionError:
            print('zero at', r, c)
            continue
    else:
        print('row', r, 'completed')
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise ConnectionError(f'attempt {attempt}')
        print('succeeded on attempt', attempt)
        break
    except ConnectionError as e:
        print('retrying after', e)
