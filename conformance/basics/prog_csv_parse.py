# Program: hand-written CSV parsing with quotes, type coercion, grouping and aggregation.
raw = '''id,name,dept,salary,start
1,Ann,Eng,120000,2019-04-01
2,"Smith, Bob",Sales,85000.50,2020-01-15
3,Cy,Eng,135000,2018-11-30
4,"Dee ""DJ"" Jones",Ops,,2021-06-01
5,Eve,Sales,91000,2017-02-28'''
def parse_line(line):
    fields, cur, in_q, i = [], '', False, 0
    while i < len(line):
        ch = line[i]
        if in_q:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                in_q = False
            else:
                cur += ch
        elif ch == '"':
            in_q = True
        elif ch == ',':
            fields.append(cur)
            cur = ''
        else:
            cur += ch
        i += 1
    fields.append(cur)
    return fields
lines = raw.splitlines()
header = parse_line(lines[0])
records = []
for line in lines[1:]:
    rec = dict(zip(header, parse_line(line)))
    rec['id'] = int(rec['id'])
    rec['salary'] = float(rec['salary']) if rec['salary'] else None
    y, m, d = (int(p) for p in rec['start'].split('-'))
    rec['start'] = (y, m, d)
    records.append(rec)
for r in records:
    print(r)
by_dept = {}
for r in records:
    by_dept.setdefault(r['dept'], []).append(r)
for dept in sorted(by_dept):
    pays = [r['salary'] for r in by_dept[dept] if r['salary'] is not None]
    avg = sum(pays) / len(pays) if pays else None
    print(dept, len(by_dept[dept]), avg)
print(min(records, key=lambda r: r['start'])['name'], [r['name'] for r in records if r['salary'] is None])
