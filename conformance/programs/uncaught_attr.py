# Word statistics script that ends by calling a list method that does not exist (AttributeError)
text = "the rain in spain falls mainly on the plain while the sun shines on the hills"
words = text.split()
print("words:", len(words))
print("unique:", len(set(words)))
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"{n:2d} letters: {', '.join(sorted(set(lengths[n])))}")
caps = [w.capitalize() for w in words if len(w) > 4]
print(caps)
ain = [w for w in words if "ain" in w]
print("contain 'ain':", ain, len(ain))
vowels = sum(1 for ch in text if ch in "aeiou")
print(f"vowels: {vowels} ({vowels / len(text.replace(' ', '')):.1%})")
first = {}
for w in words:
    first[w[0]] = first.get(w[0], 0) + 1
print(sorted(first.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
nums = [len(w) for w in words]
print("total letters:", sum(nums))
print(nums.length())
