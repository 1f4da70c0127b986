# Helper module without __all__: * binds every name that does not start with "_".
alpha = 1
beta = 2
_gamma = 3

def delta():
    return alpha + beta
