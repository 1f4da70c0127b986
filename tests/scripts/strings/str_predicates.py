# The is* predicate family (ASCII and common Unicode letters/digits).
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "²", "٣",
           "Title Case", "Not title", "hello_world", "_x1", "1x", "MiXed", "ÉLAN", "ünï", "A1!"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower())
print("123".isdecimal(), "12a".isdecimal(), "".isdecimal(), "1.5".isdecimal())
print("ABC DEF".isupper(), "abc def".islower(), "123".isupper(), "A1".isupper(), "a1".islower())
print("\u00a0".isspace(), "\u3000".isspace(), "\x0b\x0c\r".isspace())
print("ß".islower(), "Σ".isupper(), "日本".isalpha(), "日本".isupper())
