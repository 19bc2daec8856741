# wordcount: word frequencies of a generated text (split, lower, strip, dict counting, sorting).
# SPDX-License-Identifier: MIT
# Non-interned string keys: hashing and dict lookup dominate.

import sys

DEFAULT = 240
TINY = 1

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "ish",
             "ent", "al", "or", "ung"]
PUNCT = ["", "", "", ",", ".", ";", "!", "?"]


def make_text(paragraphs, seed):
    # Paragraphs of 250 pseudo-words from syllables; capitals and punctuation to strip.
    out = []
    for p in range(paragraphs):
        words = []
        for w in range(250):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            n = 1 + (seed >> 8) % 3
            word = ""
            s = seed
            for _ in range(n):
                word += SYLLABLES[s % len(SYLLABLES)]
                s //= len(SYLLABLES)
            if (seed >> 4) % 11 == 0:
                word = word.capitalize()
            words.append(word + PUNCT[(seed >> 12) % len(PUNCT)])
        out.append(" ".join(words))
    return "\n\n".join(out), seed


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip(",.;!?").lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def main(n):
    text, seed = make_text(n, 7)
    # Counting is the workload: repeat it over the same text (new keys each
    # time); once only at the tiny size, which tests run under GC stress.
    for _ in range(24 if n > TINY else 1):
        counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    total = sum(counts.values())
    longest = max(counts, key=lambda w: (len(w), w))
    print(n, len(counts), total, longest, top)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
