# __name__ is "__main__" for the script and the module name for imports.
print("script __name__:", __name__)
import mod_config
print("imported module __name__:", mod_config.__name__)

def main():
    print("main() called")
    return 0

if __name__ == "__main__":
    print("guard taken")
    result = main()
    print("result", result)
else:
    print("guard not taken")
if __name__ != "__main__":
    print("never")
print(__name__ == "__main__", type(__name__).__name__)
