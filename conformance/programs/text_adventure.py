# Tiny text adventure engine driven by a scripted list of commands
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
player = {"room": "hall", "inventory": [], "moves": 0}

def do(cmd):
    verb, _, noun = cmd.partition(" ")
    room = rooms[player["room"]]
    player["moves"] += 1
    if verb == "look":
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. You see: {items}. Exits: {', '.join(sorted(room['exits']))}."
    if verb == "go":
        dest = room["exits"].get(noun)
        if dest is None:
            return "You can't go that way."
        if rooms[dest].get("locked"):
            if "key" in player["inventory"]:
                rooms[dest]["locked"] = False
                player["room"] = dest
                return f"You unlock the way and enter the {dest}."
            return "It's locked."
        player["room"] = dest
        return f"You go {noun} to the {dest}."
    if verb == "take":
        if noun in room["items"]:
            room["items"].remove(noun)
            player["inventory"].append(noun)
            return f"Taken: {noun}."
        return f"There is no {noun} here."
    if verb == "inventory":
        return "You carry: " + (", ".join(sorted(player["inventory"])) or "nothing")
    player["moves"] -= 1
    return f"I don't understand {cmd!r}."

script = ["look", "take lamp", "go west", "go north", "look", "take key", "take sword", "go south",
          "go east", "go down", "look", "take treasure", "inventory", "dance", "go up"]
for c in script:
    print(f"> {c}\n{do(c)}")
print(player)
print(sum(len(r["items"]) for r in rooms.values()), "items left in the world")
