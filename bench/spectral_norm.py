# Spectral norm of an infinite matrix (the benchmark-game problem, written for this
# repository): function calls, float arithmetic, list comprehensions, zip and sum.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def a_times_u(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def at_times_u(u):
    n = len(u)
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def ata_times_u(u):
    return at_times_u(a_times_u(u))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = ata_times_u(u)
        u = ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print(f"{(vbv / vv) ** 0.5:.9f}")


main(200)
