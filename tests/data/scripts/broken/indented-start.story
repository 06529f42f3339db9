  person early
    name: Early
