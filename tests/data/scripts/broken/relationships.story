parent ada cecilia
partners ada + ada
  status: engaged
bond ada <-> bea
  label: no kind
bond bea -> ada
  kind: harm
  begins: ada-leave
