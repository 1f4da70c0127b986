# An AttributeError on an instance, uncaught, ends the script.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

head = Node(1)
head.next = Node(2)
print(head.value, head.next.value)
print(head.next.next)
print(head.next.next.value)
