# Program: sparse vectors as dicts: dot products, cosine similarity, top-k neighbours.
docs = {
    'd1': 'the cat sat on the mat', 'd2': 'the dog sat on the log', 'd3': 'cats and dogs',
    'd4': 'the cat and the dog', 'd5': 'quantum physics lecture notes',
}
def vec(text):
    v = {}
    for w in text.split():
        v[w] = v.get(w, 0) + 1
    return v
def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(k, 0) for k, x in a.items())
def norm(a):
    return dot(a, a) ** 0.5
def cosine(a, b):
    na, nb = norm(a), norm(b)
    return dot(a, b) / (na * nb) if na and nb else 0.0
vecs = {k: vec(t) for k, t in docs.items()}
q = vec('the cat and dog')
ranked = sorted(((round(cosine(q, v), 4), k) for k, v in vecs.items()), reverse=True)
print(ranked)
for k in sorted(vecs):
    sims = sorted(((round(cosine(vecs[k], vecs[j]), 3), j) for j in vecs if j != k), reverse=True)[:2]
    print(k, sims)
print(dot({}, {'a': 1}), cosine({}, q), norm({'x': 3, 'y': 4}))
