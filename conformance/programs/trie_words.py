# Trie built from nested dicts: insert, prefix search, autocomplete and longest common prefix
END = "$"
def insert(trie, word):
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[END] = node.get(END, 0) + 1

def find(trie, prefix):
    node = trie
    for ch in prefix:
        if ch not in node:
            return None
        node = node[ch]
    return node

def words_from(node, prefix):
    out = []
    for ch in sorted(node):
        if ch == END:
            out.append(prefix)
        else:
            out.extend(words_from(node[ch], prefix + ch))
    return out

trie = {}
vocab = "car card care careful cart carbon cat catalog dog dot dote doting do a an and ant".split()
for w in vocab:
    insert(trie, w)
for p in ["car", "cat", "do", "z", "an", ""]:
    node = find(trie, p)
    print(f"{p!r:>6}: {words_from(node, p) if node is not None else 'no matches'}")
def count_nodes(node):
    return sum(1 + count_nodes(child) for k, child in node.items() if k != END)
print("nodes:", count_nodes(trie), "words:", len(words_from(trie, "")))
def lcp(words):
    if not words:
        return ""
    prefix = min(words)
    last = max(words)
    i = 0
    while i < len(prefix) and prefix[i] == last[i]:
        i += 1
    return prefix[:i]
print(repr(lcp(["flower", "flow", "flight"])), repr(lcp(["card", "care", "careful"])), repr(lcp(["a", "b"])))
def delete(node, word, i=0):
    if i == len(word):
        node.pop(END, None)
    elif word[i] in node:
        delete(node[word[i]], word, i + 1)
        if not node[word[i]]:
            del node[word[i]]
delete(trie, "careful")
delete(trie, "dote")
print(words_from(trie, ""))
