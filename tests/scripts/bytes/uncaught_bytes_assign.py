# bytes are immutable: item assignment is an uncaught TypeError.
data = b"\x10\x20\x30"
checksum = 0
for i in range(len(data)):
    checksum ^= data[i]
print(checksum, data[-3])
data[0] = checksum
