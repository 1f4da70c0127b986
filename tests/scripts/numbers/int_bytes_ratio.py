for e in ['(256).to_bytes(1,"big")','(-1).to_bytes(2,"big")','(-1).to_bytes(2,"big",signed=True)','(5).to_bytes()',
          'int.from_bytes(b"\\xff\\xff", "big", signed=True)','(5).to_bytes(2, "middle")','(10).bit_count()','(-3).as_integer_ratio()',
          '(0.1).as_integer_ratio()','float("inf").as_integer_ratio()','int.from_bytes([1,2], "big")', '(1).to_bytes(2, byteorder="little")',
          'int.from_bytes(b"\\x01")', '(2**70).to_bytes(9, "little")', 'int.from_bytes(bytes(range(10)), "little")', '(-129).to_bytes(2, "big", signed=True)',
          '(128).to_bytes(1, "big", signed=True)', '(0).to_bytes(0, "big")', '(2.5).as_integer_ratio()', '(-0.75).as_integer_ratio()', 'True.as_integer_ratio()',
          '(1e300).as_integer_ratio()[1]', '(5e-324).as_integer_ratio()[0]']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
