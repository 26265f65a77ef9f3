# Bioinformatics helpers on DNA strings: complement, GC content, codons, Hamming distance, k-mers
dna = "ATGGCCATTGTAATGGGCCGCTGAAAGGGTGCCCGATAGATGCCGTAA"
comp = dna.translate(str.maketrans("ACGT", "TGCA"))
print(dna)
print(comp)
print(comp[::-1], "(reverse complement)")
gc = (dna.count("G") + dna.count("C")) / len(dna)
print(f"GC content: {gc:.2%}")
print({b: dna.count(b) for b in "ACGT"})
CODONS = {"ATG": "M", "GCC": "A", "ATT": "I", "GTA": "V", "GGG": "G", "CGC": "R", "TGA": "*",
          "AAA": "K", "GGT": "G", "GCC": "A", "CGA": "R", "TAG": "*", "TAA": "*", "CCG": "P",
          "ATA": "I", "GAT": "D"}
def translate(seq):
    protein = []
    for i in range(0, len(seq) - 2, 3):
        aa = CODONS.get(seq[i:i + 3], "X")
        if aa == "*":
            break
        protein.append(aa)
    return "".join(protein)
for frame in range(3):
    print(f"frame {frame}: {translate(dna[frame:])}")
starts = [i for i in range(len(dna)) if dna.startswith("ATG", i)]
print("ATG at", starts)
def hamming(a, b):
    if len(a) != len(b):
        raise ValueError("sequences differ in length")
    return sum(x != y for x, y in zip(a, b))
print(hamming("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"))
try:
    hamming("AAA", "AA")
except ValueError as e:
    print("ValueError:", e)
k = 3
kmers = {}
for i in range(len(dna) - k + 1):
    kmers[dna[i:i + k]] = kmers.get(dna[i:i + k], 0) + 1
print(sorted(((c, m) for m, c in kmers.items() if c > 1), reverse=True))
rna = dna.replace("T", "U")
print(rna[:21], len(rna), rna.count("U"))
