# To-do list manager: commands parsed from text, priorities, due days and a summary table
commands = """
add 2 buy milk @3
add 1 fix bug #42 @1
add 3 read book
add 1 call mom @2
done 2
add 2 write tests @1
prio 3 1
del 9
list
done 1
list
""".strip().splitlines()
todos = []
next_id = 1

def fmt(t):
    due = f"day {t['due']}" if t["due"] is not None else "-"
    mark = "x" if t["done"] else " "
    return f"[{mark}] #{t['id']:<2} P{t['prio']} {t['text']:<16} {due}"

for line in commands:
    cmd, *args = line.split()
    try:
        if cmd == "add":
            prio = int(args[0])
            due = None
            words = []
            for w in args[1:]:
                if w.startswith("@"):
                    due = int(w[1:])
                else:
                    words.append(w)
            todos.append({"id": next_id, "prio": prio, "text": " ".join(words), "due": due, "done": False})
            print(f"added #{next_id}")
            next_id += 1
        elif cmd in ("done", "del", "prio"):
            tid = int(args[0])
            t = next((t for t in todos if t["id"] == tid), None)
            if t is None:
                raise LookupError(f"no todo #{tid}")
            if cmd == "done":
                t["done"] = True
            elif cmd == "del":
                todos.remove(t)
            else:
                t["prio"] = int(args[1])
            print(f"{cmd} #{tid}")
        elif cmd == "list":
            for t in sorted(todos, key=lambda t: (t["done"], t["prio"], t["due"] if t["due"] is not None else 99, t["id"])):
                print("  " + fmt(t))
    except LookupError as e:
        print("error:", e)
open_items = [t for t in todos if not t["done"]]
print(f"{len(open_items)} open, {len(todos) - len(open_items)} done")
print("overdue on day 2:", [t["id"] for t in open_items if t["due"] is not None and t["due"] < 2])
